// Settings: theme, notifications, start at login, the current profile's options and secrets.
import { api } from "./api";
import { errorText } from "./logic";
import { $, h, toast, ask } from "./dom";
import { t } from "./i18n";
import { reloadProfiles } from "./profiles";
import { boot, settings, current, profiles, setSettings, provider } from "./store";

/** Import a `.photodrop` file (picked, or handed to the app) and say what each profile still needs. */
export async function importProfiles(path: string | null) {
  const msg = $("profiles-share-msg");
  try {
    path ??= await api.pickProfilesFile();
    if (!path) return;
    const file = path;
    const got = await api.importProfiles(file, false).catch(async (e) => {
      if ((e as { code?: string }).code !== "PROFILE_EXISTS") throw e;
      const ok = await ask(t("profiles-exist-title"), `${errorText(e)}`, [["replace", t("profiles-replace")], ["cancel", t("cancel")]]);
      return ok === "replace" ? api.importProfiles(file, true) : null;
    });
    if (!got) return;
    await reloadProfiles(got[0]?.name ?? null);
    const needs = got.filter((i) => i.needs.length).map((i) => t("profile-needs", { name: i.name, fields: i.needs.join(", ") }));
    msg.textContent = `${t("profiles-imported", { names: got.map((i) => i.name).join(", ") })}${needs.length ? ` ${t("profiles-still-need", { needs: needs.join("; ") })}` : ""}`;
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
      if (to) { msg.textContent = t("profiles-exported", { count: profiles.length, file: to }); msg.className = "ok"; }
    } catch (e) { msg.textContent = errorText(e); msg.className = "err"; }
  });
  $("profiles-import").addEventListener("click", () => importProfiles(null));
  const language = $<HTMLSelectElement>("set-language");
  language.replaceChildren(h("option", { value: "system" }, t("language-system")),
    ...boot.languages.map((l) => h("option", { value: l.tag, lang: l.tag, translate: "no" }, l.name)));
  language.value = settings.language;
  const theme = $<HTMLSelectElement>("set-theme");
  const notify = $<HTMLInputElement>("set-notify");
  const login = $<HTMLInputElement>("set-login");
  theme.value = settings.theme;
  notify.checked = settings.notifications;
  login.checked = settings.start_at_login;
  const save = async () => {
    try {
      const relabel = language.value !== settings.language;
      setSettings(await api.saveSettings({ ...settings, language: language.value, theme: theme.value, notifications: notify.checked, start_at_login: login.checked }));
      applyTheme();
      // Every screen's words (and the core's messages) change with the language: start the page again.
      if (relabel) location.reload();
    } catch (e) {
      toast(errorText(e), true);
      login.checked = settings.start_at_login;
    }
  };
  theme.addEventListener("change", save);
  language.addEventListener("change", save);
  notify.addEventListener("change", save);
  login.addEventListener("change", save);
  const status = $("update-status");
  const install = $<HTMLButtonElement>("update-install");
  $("update-check").addEventListener("click", async () => {
    status.textContent = t("update-checking");
    try {
      const u = await api.checkUpdate();
      status.textContent = u.message;
      install.hidden = !u.available;
    } catch (e) {
      status.textContent = errorText(e);
    }
  });
  install.addEventListener("click", async () => {
    status.textContent = t("update-downloading");
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
  if (!current) { box.append(h("p", { class: "muted" }, t("no-profile"))); return; }
  const p = current;
  const info = provider(p.provider)!;
  // The options every profile has, as the core declares them (labels included).
  const grid = h("div", { class: "grid2" });
  for (const o of boot.common_options) {
    const id = `set-opt-${o.key}`;
    const value = p.options[o.key] ?? o.default ?? "";
    const input = o.choices.length
      ? h("select", { id, "data-option": o.key, title: o.help },
        ...o.choices.map((v, i) => h("option", { value: v, selected: value === v, translate: o.choice_labels[i] ? undefined : "no" }, o.choice_labels[i] ?? v)))
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
      msg.textContent = t("saved"); msg.className = "ok";
    } catch (e) { msg.textContent = errorText(e); msg.className = "err"; }
  } }, t("save-settings"));
  const creds = h("ul", { class: "creds" }, ...info.fields.map((f) => {
    const id = `set-secret-${f.name}`;
    const input = h("input", { id, type: "password", placeholder: p.credentials[f.name] === "set" ? t("secret-set") : p.credentials[f.name] === "other_host" ? t("secret-other-host") : t("secret-not-set"), autocomplete: "off" }) as HTMLInputElement;
    return h("li", {}, h("label", { for: id }, h("span", { translate: "no" }, f.name), ": ", h("strong", { "data-cred": f.name, "data-state": p.credentials[f.name] ?? "missing" }, t(`secret-state-${p.credentials[f.name] ?? "missing"}`))), " ", input,
      h("button", { class: "secondary small", onclick: async () => {
        if (!input.value) return;
        try { await api.setSecret(p.name, f.name, input.value); input.value = ""; await reloadProfiles(p.name); renderProfileSettings(); toast(t("secret-stored", { field: f.name, keyring: boot.keyring })); } catch (e) { toast(errorText(e), true); }
      } }, t("store")));
  }));
  const testMsg = h("span", { role: "status", id: "set-test-msg" });
  box.append(
    h("p", { class: "muted" }, p.base_url ? t("service-at", { service: info.name, url: p.base_url }) : `${info.name}.`),
    grid, h("div", { class: "row" }, saveBtn, msg),
    h("h3", {}, t("credentials")), creds,
    h("div", { class: "row" },
      h("button", { class: "secondary", onclick: async () => { testMsg.textContent = t("testing"); testMsg.className = ""; try { testMsg.textContent = await api.testConnection(p.name); testMsg.className = "ok"; } catch (e) { testMsg.textContent = errorText(e); testMsg.className = "err"; } } }, t("test-connection")),
      h("button", { class: "danger", onclick: async () => {
        const c = await ask(t("remove-title", { name: p.name }), t("remove-body"), [["remove", t("remove")], ["cancel", t("cancel")]]);
        if (c !== "remove") return;
        try { await api.removeProfile(p.name); await reloadProfiles(null); renderProfileSettings(); } catch (e) { toast(errorText(e), true); }
      } }, t("remove-profile")),
      testMsg),
  );
}

export function applyTheme() {
  document.documentElement.dataset.theme = settings.theme === "system" ? "" : settings.theme;
}
