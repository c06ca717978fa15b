// The profile dialog (add, edit, sign in) and errors' actions.
import { api } from "./api";
import { type Job, errorText, actionLabel, type Action } from "./logic";
import { $, h, toast, copy } from "./dom";
import { t } from "./i18n";
import { boot, profiles, current, target, setProfiles, provider } from "./store";
import { renderProfiles } from "./upload";

export function setupProfileDialog() {
  const d = $<HTMLDialogElement>("profile-dialog");
  const prov = $<HTMLSelectElement>("pd-provider");
  prov.replaceChildren(...boot.providers.map((p) => h("option", { value: p.id, translate: "no" }, p.name)));
  prov.onchange = () => renderProviderForm();
  $("add-profile").addEventListener("click", () => openProfileDialog(null));
  $("pd-cancel").addEventListener("click", () => d.close());
  $("pd-save").addEventListener("click", () => saveProfileForm(false));
  $("pd-test").addEventListener("click", () => saveProfileForm(true));
  setupDeviceSignIn();
  $("pd-exchange").addEventListener("click", async () => {
    const name = $<HTMLInputElement>("pd-name").value.trim();
    const code = $<HTMLInputElement>("pd-grant-code").value.trim();
    if (!code) return say(t("pd-paste-grant"), true);
    if (!(await saveProfileForm(false, true))) return;
    try {
      say(t("pd-exchanging"));
      await api.signInCode(name, code);
      $<HTMLInputElement>("pd-grant-code").value = "";
      say(t("pd-token-stored"));
      say(await api.testConnection(name));
      await reloadProfiles(name);
    } catch (e) {
      say(errorText(e), true);
    }
  });
}
/** The profile dialog, empty (`newName` prefilled) or for an existing profile,
 * e.g. to enter a secret again or sign in again from an error's action. */
function openProfileDialog(existing: string | null, focusField: string | null = null, newName = "") {
  const p = existing ? profiles.find((x) => x.name === existing) : undefined;
  if (existing && !p) { toast(t("pd-no-profile", { name: existing }), true); return; }
  (document.getElementById("profile-form") as HTMLFormElement).reset();
  $("pd-msg").textContent = "";
  $<HTMLInputElement>("pd-name").value = p?.name ?? newName;
  if (p) $<HTMLSelectElement>("pd-provider").value = p.provider;
  renderProviderForm();
  if (p) {
    $<HTMLInputElement>("pd-base").value = p.base_url ?? "";
    for (const el of $("pd-options").querySelectorAll<HTMLInputElement>("[data-option]")) {
      const v = p.options[el.dataset.option!];
      if (v != null) el.value = v;
    }
    for (const el of $("pd-secrets").querySelectorAll<HTMLInputElement>("[data-secret]")) {
      if (p.credentials[el.dataset.secret!] === "set") el.placeholder = t("pd-secret-set", {}, "placeholder");
    }
  }
  $<HTMLDialogElement>("profile-dialog").showModal();
  if (focusField) document.getElementById(`pd-secret-${focusField}`)?.focus();
}

/** An error's action as a button (the CLI prints the same action as a command). */
export function actionButton(a: Action | null | undefined, j: Job | null = null, after?: () => void): HTMLElement | null {
  if (!a) return null;
  if (a.do === "choose_record") {
    // Several records matched: pick one of the candidates, send it there.
    const pick = h("select", { class: "small", "aria-label": t("record-to-send", {}, "aria-label") },
      ...a.candidates.map((c) => h("option", { value: c.target }, `${c.name || t("no-name")} · ${c.id}${c.detail ? ` · ${c.detail}` : ""}`))) as HTMLSelectElement;
    const send = h("button", { class: "small action", "data-action": a.do, onclick: async () => {
      await api.retry([a.job], pick.value).then((n) => { if (!n.length) toast(t("nothing-to-retry")); }).catch((e) => toast(errorText(e), true));
      after?.();
    } }, actionLabel(a));
    return h("span", { class: "choose-record" }, pick, " ", send);
  }
  const run = async () => {
    switch (a.do) {
      case "set_credentials": return openProfileDialog(a.profile, a.fields[0] ?? null);
      case "sign_in": return openProfileDialog(a.profile);
      case "add_profile": return openProfileDialog(null, null, a.profile);
      case "retry_job": {
        let dest: string | null = null;
        if (a.needs_target) {
          if (!target || !current || (j && j.profile !== current.name)) {
            toast(t("choose-target-for", { profile: j?.profile ?? t("its-profile") }), true);
            return;
          }
          dest = target.value;
        }
        await api.retry([a.job], dest).then((n) => { if (!n.length) toast(t("nothing-to-retry")); }).catch((e) => toast(errorText(e), true));
        return after?.();
      }
    }
  };
  return h("button", { class: "small action", "data-action": a.do, onclick: run }, actionLabel(a));
}

// Device sign-in (the provider's, e.g. Zoho's): show the code and the link, wait for approval.
function setupDeviceSignIn() {
  const box = $("pd-device-box");
  let active: string | null = null;
  const stop = () => { box.hidden = true; active = null; };
  $("pd-device").addEventListener("click", async () => {
    const name = $<HTMLInputElement>("pd-name").value.trim();
    if (!(await saveProfileForm(false, true))) return;
    try {
      const info = provider($<HTMLSelectElement>("pd-provider").value);
      say(t("pd-asking", { service: info?.name ?? t("the-service") }));
      const auth = await api.deviceSignInStart(name);
      active = name;
      $("pd-device-code").textContent = auth.user_code;
      $("pd-device-link").textContent = auth.verification_url;
      $("pd-device-status").textContent = t("pd-waiting", { minutes: Math.round(auth.expires_in / 60) });
      box.hidden = false;
      say("");
      const view = await api.deviceSignInWait(name);
      if (active !== name) return;
      stop();
      // A sign-in may move the profile (Zoho: to the account's data centre).
      const moved = (info?.sign_in?.may_change ?? []).filter((k) => view.options[k]);
      say(moved.length ? t("pd-connected-moved", { moved: moved.map((k) => `${k} ${view.options[k]}`).join(", ") }) : t("pd-connected"));
      say(await api.testConnection(name));
      await reloadProfiles(name);
      for (const k of moved) {
        const el = document.getElementById(`pd-opt-${k}`) as HTMLSelectElement | null;
        if (el) el.value = view.options[k];
      }
    } catch (e) {
      if (active === name) stop();
      say(errorText(e), true);
    }
  });
  $("pd-device-link").addEventListener("click", (e) => { e.preventDefault(); if (active) api.deviceSignInOpen(active).catch((x) => say(errorText(x), true)); });
  $("pd-device-copy").addEventListener("click", () => copy($("pd-device-code").textContent ?? "", t("copied-code")));
  $("pd-device-cancel").addEventListener("click", () => { if (active) api.deviceSignInCancel(active); });
  $<HTMLDialogElement>("profile-dialog").addEventListener("close", () => { if (active) api.deviceSignInCancel(active); });
}
function say(msg: string, bad = false) {
  const m = $("pd-msg");
  m.textContent = msg;
  m.className = bad ? "err" : "ok";
}
function renderProviderForm() {
  const info = provider($<HTMLSelectElement>("pd-provider").value)!;
  const opts = $("pd-options");
  opts.replaceChildren();
  for (const o of info.options) {
    const id = `pd-opt-${o.key}`;
    opts.append(h("label", { for: id, title: o.help }, o.label));
    if (o.choices.length) {
      opts.append(h("select", { id, "data-option": o.key, title: o.help }, ...o.choices.map((c, i) => h("option", { value: c, selected: c === o.default, translate: o.choice_labels[i] ? undefined : "no" }, o.choice_labels[i] ?? c))));
    } else if (o.whole_number) {
      opts.append(h("input", { id, type: "number", step: "1", min: String(o.whole_number.min), ...(o.whole_number.max !== null ? { max: String(o.whole_number.max) } : {}), "data-option": o.key, placeholder: o.default ?? "", title: o.help }));
    } else {
      opts.append(h("input", { id, "data-option": o.key, placeholder: o.default ?? "", title: o.help }));
    }
  }
  const sec = $("pd-secrets");
  sec.replaceChildren();
  for (const f of info.fields) {
    const id = `pd-secret-${f.name}`;
    // The field's help under it (as a placeholder it would be cut off, and gone once typed in).
    sec.append(h("label", { for: id, translate: "no" }, f.name), h("div", {},
      h("input", { id, type: "password", "data-secret": f.name, autocomplete: "off", "aria-describedby": `${id}-hint` }),
      h("p", { id: `${id}-hint`, class: "muted hint" }, f.help)));
  }
  const guide = $("pd-guide");
  const si = info.sign_in;
  $("pd-grant").hidden = !si;
  for (const el of $("pd-grant").querySelectorAll<HTMLElement>(".pd-by-code, .pd-by-device")) {
    el.hidden = !((el.classList.contains("pd-by-code") && si?.grant_code) || (el.classList.contains("pd-by-device") && si?.device));
  }
  if (si) {
    const ways = [
      si.grant_code ? t("pd-way-grant") : "",
      si.device ? t("pd-way-device") : "",
    ].filter(Boolean);
    const lasting = info.fields.filter((f) => !si.client_fields.includes(f.name)).map((f) => f.name);
    guide.replaceChildren(
      h("p", {}, t("pd-connecting", { service: info.name, instructions: si.instructions })),
      h("code", { class: "block", translate: "no" }, si.scopes),
      h("p", {}, `${t("pd-either-way", { ways: ways.join(" ") })}${lasting.length ? ` ${t("pd-have-already", { fields: lasting.join(" / ") })}` : ""}`),
    );
  } else {
    guide.replaceChildren(h("p", { class: "muted" }, t("pd-target-help", { help: info.target_help })));
  }
}
async function saveProfileForm(test: boolean, quiet = false): Promise<boolean> {
  const info = provider($<HTMLSelectElement>("pd-provider").value)!;
  const name = $<HTMLInputElement>("pd-name").value.trim();
  if (!name) { say(t("pd-give-name"), true); return false; }
  const options: Record<string, string> = {};
  for (const el of $("pd-options").querySelectorAll<HTMLInputElement>("[data-option]")) if (el.value) options[el.dataset.option!] = el.value;
  try {
    const exists = profiles.some((p) => p.name === name);
    await api.saveProfile({ name, provider: info.id, base_url: $<HTMLInputElement>("pd-base").value.trim() || null, options, replace: exists });
    for (const el of $("pd-secrets").querySelectorAll<HTMLInputElement>("[data-secret]")) {
      if (el.value) {
        await api.setSecret(name, el.dataset.secret!, el.value);
        el.value = "";
        el.placeholder = t("pd-secret-set", {}, "placeholder");
      }
    }
    await reloadProfiles(name);
    if (test) {
      say(t("pd-testing"));
      say(await api.testConnection(name));
    } else if (!quiet) {
      say(t("pd-saved", { name }));
    }
    return true;
  } catch (e) {
    say(errorText(e), true);
    return false;
  }
}
export async function reloadProfiles(select: string | null) {
  setProfiles(await api.listProfiles());
  renderProfiles(select);
}
