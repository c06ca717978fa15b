// Settings: theme, notifications, start at login, the current profile's options and secrets.
import { api } from "./api";
import { errorText } from "./logic";
import { $, h, toast, ask } from "./dom";
import { reloadProfiles } from "./profiles";
import { boot, settings, current, profiles, setSettings, provider } from "./store";

/** Import a `.photodrop` file (picked, or handed to the app) and say what each profile still needs. */
export async function importProfiles(path: string | null) {
  const msg = $("profiles-share-msg");
  try {
    let got = await api.importProfiles(path, false).catch(async (e) => {
      if ((e as { code?: string }).code !== "PROFILE_EXISTS") throw e;
      const ok = await ask("Profiles already here", `${errorText(e)}`, [["replace", "Replace their settings"], ["cancel", "Cancel"]]);
      return ok === "replace" ? api.importProfiles(path, true) : null;
    });
    if (!got) return;
    await reloadProfiles(got[0]?.name ?? null);
    const needs = got.filter((i) => i.needs.length).map((i) => `${i.name} needs ${i.needs.join(", ")}`);
    msg.textContent = `Imported ${got.map((i) => i.name).join(", ")}.${needs.length ? ` ${needs.join("; ")} (Settings → Profile).` : ""}`;
    msg.className = "ok";
    toast(msg.textContent);
  } catch (e) {
    msg.textContent = errorText(e);
    msg.className = "err";
    toast(errorText(e), true);
  }
}

export function setupSettings() {
  $("profiles-export").addEventListener("click", async () => {
    const msg = $("profiles-share-msg");
    try {
      const to = await api.exportProfiles(profiles.map((p) => p.name));
      if (to) { msg.textContent = `Saved ${profiles.length} profile${profiles.length === 1 ? "" : "s"} to ${to} (no secrets).`; msg.className = "ok"; }
    } catch (e) { msg.textContent = errorText(e); msg.className = "err"; }
  });
  $("profiles-import").addEventListener("click", () => importProfiles(null));
  const theme = $<HTMLSelectElement>("set-theme");
  const notify = $<HTMLInputElement>("set-notify");
  const login = $<HTMLInputElement>("set-login");
  theme.value = settings.theme;
  notify.checked = settings.notifications;
  login.checked = settings.start_at_login;
  const save = async () => {
    try {
      setSettings(await api.saveSettings({ ...settings, theme: theme.value, notifications: notify.checked, start_at_login: login.checked }));
      applyTheme();
    } catch (e) {
      toast(errorText(e), true);
      login.checked = settings.start_at_login;
    }
  };
  theme.addEventListener("change", save);
  notify.addEventListener("change", save);
  login.addEventListener("change", save);
  const status = $("update-status");
  const install = $<HTMLButtonElement>("update-install");
  $("update-check").addEventListener("click", async () => {
    status.textContent = "Checking…";
    try {
      const u = await api.checkUpdate();
      status.textContent = u.message;
      install.hidden = !u.available;
    } catch (e) {
      status.textContent = errorText(e);
    }
  });
  install.addEventListener("click", async () => {
    status.textContent = "Downloading the update…";
    install.disabled = true;
    try {
      await api.installUpdate();
    } catch (e) {
      status.textContent = errorText(e);
      install.disabled = false;
    }
  });
}
export function renderProfileSettings() {
  const box = $("set-profile");
  $("set-profile-name").textContent = current ? current.name : "";
  box.replaceChildren();
  if (!current) { box.append(h("p", { class: "muted" }, "No profile yet.")); return; }
  const p = current;
  const info = provider(p.provider)!;
  // The options every profile has, as the core declares them (labels included).
  const grid = h("div", { class: "grid2" });
  for (const o of boot.common_options) {
    const id = `set-opt-${o.key}`;
    const value = p.options[o.key] ?? o.default ?? "";
    const input = o.choices.length
      ? h("select", { id, "data-option": o.key, title: o.help },
        ...o.choices.map((v, i) => h("option", { value: v, selected: value === v }, o.choice_labels[i] ?? v)))
      : o.whole_number
        ? h("input", { id, type: "number", step: "1", min: String(o.whole_number.min), ...(o.whole_number.max !== null ? { max: String(o.whole_number.max) } : {}), value, "data-option": o.key, title: o.help })
        : h("input", { id, value, "data-option": o.key, title: o.help });
    grid.append(h("label", { for: id }, o.label), input);
  }
  const msg = h("span", { role: "status" });
  const saveBtn = h("button", { onclick: async () => {
    const options = { ...p.options };
    for (const el of grid.querySelectorAll<HTMLInputElement>("[data-option]")) options[el.dataset.option!] = el.value;
    try {
      await api.saveProfile({ name: p.name, provider: p.provider, base_url: p.base_url, options, replace: true });
      await reloadProfiles(p.name);
      msg.textContent = "Saved."; msg.className = "ok";
    } catch (e) { msg.textContent = errorText(e); msg.className = "err"; }
  } }, "Save settings");
  const creds = h("ul", { class: "creds" }, ...info.fields.map((f) => {
    const id = `set-secret-${f.name}`;
    const input = h("input", { id, type: "password", placeholder: p.credentials[f.name] === "set" ? "set — type to replace" : p.credentials[f.name] === "other_host" ? "entered for another server — type it again" : "not set", autocomplete: "off" }) as HTMLInputElement;
    return h("li", {}, h("label", { for: id }, `${f.name}: `, h("strong", { "data-cred": f.name }, p.credentials[f.name] ?? "missing")), " ", input,
      h("button", { class: "secondary small", onclick: async () => {
        if (!input.value) return;
        try { await api.setSecret(p.name, f.name, input.value); input.value = ""; await reloadProfiles(p.name); renderProfileSettings(); toast(`${f.name} stored in ${boot.keyring}.`); } catch (e) { toast(errorText(e), true); }
      } }, "Store"));
  }));
  const testMsg = h("span", { role: "status", id: "set-test-msg" });
  box.append(
    h("p", { class: "muted" }, `${info.name}${p.base_url ? ` at ${p.base_url}` : ""}.`),
    grid, h("div", { class: "row" }, saveBtn, msg),
    h("h3", {}, "Credentials"), creds,
    h("div", { class: "row" },
      h("button", { class: "secondary", onclick: async () => { testMsg.textContent = "Testing…"; testMsg.className = ""; try { testMsg.textContent = await api.testConnection(p.name); testMsg.className = "ok"; } catch (e) { testMsg.textContent = errorText(e); testMsg.className = "err"; } } }, "Test connection"),
      h("button", { class: "danger", onclick: async () => {
        const c = await ask(`Remove ${p.name}?`, "The profile and its secrets in the keyring are deleted. History stays.", [["remove", "Remove"], ["cancel", "Cancel"]]);
        if (c !== "remove") return;
        try { await api.removeProfile(p.name); await reloadProfiles(null); renderProfileSettings(); } catch (e) { toast(errorText(e), true); }
      } }, "Remove profile"),
      testMsg),
  );
}

export function applyTheme() {
  document.documentElement.dataset.theme = settings.theme === "system" ? "" : settings.theme;
}
