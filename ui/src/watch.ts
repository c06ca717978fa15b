// Watched folders.
import { api, type RuleView, type WatchRule } from "./api";
import type { AfterSuccess } from "./bindings/AfterSuccess";
import { formatTime, errorText } from "./logic";
import { $, h, toast } from "./dom";
import { t } from "./i18n";

let editing: string | null = null;
export function setupWatch() {
  const f = $<HTMLFormElement>("rule-form");
  const preview = async () => {
    const out = $("rule-preview");
    const t = $<HTMLInputElement>("rule-target").value.trim();
    if (!t) { out.textContent = ""; return; }
    try {
      const p = await api.previewTemplate(t, $<HTMLInputElement>("rule-pattern").value.trim() || null, $<HTMLInputElement>("rule-sample").value, $<HTMLSelectElement>("rule-profile").value || null);
      out.textContent = `→ ${p.target}${p.record ? ` → ${p.record}` : ""}`;
      out.translate = false;
      out.className = "ok";
    } catch (e) {
      out.textContent = errorText(e);
      out.className = "err";
    }
  };
  // A target by field is looked up at the service: wait for a pause in typing.
  let timer = 0;
  const later = () => { clearTimeout(timer); timer = window.setTimeout(preview, 350); };
  for (const id of ["rule-target", "rule-pattern", "rule-sample"]) $(id).addEventListener("input", later);
  $("rule-profile").addEventListener("change", later);
  $("rule-pick").addEventListener("click", async () => {
    const d = await api.pickFolder();
    if (d) {
      $<HTMLInputElement>("rule-dir").value = d;
      if (!$<HTMLInputElement>("rule-name").value) $<HTMLInputElement>("rule-name").value = d.split(/[\\/]/).filter(Boolean).pop() ?? "";
    }
  });
  $("rule-cancel").addEventListener("click", () => { editing = null; f.reset(); $("rule-form-title").textContent = t("rule-add-title"); $("rule-preview").textContent = ""; });
  f.addEventListener("submit", async (e) => {
    e.preventDefault();
    const rule: WatchRule = {
      name: $<HTMLInputElement>("rule-name").value.trim(),
      dir: $<HTMLInputElement>("rule-dir").value,
      recursive: $<HTMLInputElement>("rule-recursive").checked,
      profile: $<HTMLSelectElement>("rule-profile").value,
      target: $<HTMLInputElement>("rule-target").value.trim() || null,
      pattern: $<HTMLInputElement>("rule-pattern").value.trim() || null,
      after: $<HTMLSelectElement>("rule-after").value as AfterSuccess,
      on_failure: "move",
      allow_duplicates: false,
    };
    const msg = $("rule-msg");
    try {
      await api.saveRule(rule, editing);
      msg.textContent = t("watching-dir", { dir: rule.dir });
      msg.className = "ok";
      editing = null;
      f.reset();
      refreshRules();
    } catch (err) {
      msg.textContent = errorText(err);
      msg.className = "err";
    }
  });
}
export async function refreshRules() {
  let rules: RuleView[] = [];
  try { rules = await api.watchRules(); } catch (e) { toast(errorText(e), true); }
  $("rules").replaceChildren(...(rules.length ? rules.map((r) => h("li", { class: "jrow", "data-rule": r.rule.name },
    h("span", { class: `pill ${r.status.state === "watching" ? "done" : r.status.state === "problem" ? "needs-attention" : "queued"}`, "data-state": r.status.state || "starting" }, t(`rule-state-${r.status.state || "starting"}`)),
    h("strong", { translate: "no" }, r.rule.name),
    h("span", { class: "file", title: r.rule.dir, translate: "no" }, r.rule.dir),
    h("span", { class: "muted" }, h("span", { translate: "no" }, `${r.rule.profile} → ${r.rule.target ?? "?"}`), r.rule.pattern ? ` ${t("rule-pattern-note", { pattern: r.rule.pattern })}` : ""),
    h("span", { class: "msg" }, r.status.message ?? (r.status.last_file ? t("rule-status", { queued: r.status.queued, file: r.status.last_file, when: formatTime(r.status.last_at) }) : t("rule-nothing-yet"))),
    // The administrator's rules run here but are not the user's to change.
    r.rule.managed ? h("span", { class: "muted" }, t("rule-managed")) : h("button", { class: "secondary small", onclick: () => editRule(r.rule) }, t("edit")),
    r.rule.managed ? null : h("button", { class: "secondary small", onclick: async () => { await api.removeRule(r.rule.name).catch((e) => toast(errorText(e), true)); refreshRules(); } }, t("remove")),
  )) : [h("li", { class: "muted" }, t("no-rules"))]));
}
function editRule(r: WatchRule) {
  editing = r.name;
  $("rule-form-title").textContent = t("rule-edit-title", { name: r.name });
  $<HTMLInputElement>("rule-name").value = r.name;
  $<HTMLInputElement>("rule-dir").value = r.dir;
  $<HTMLSelectElement>("rule-profile").value = r.profile;
  $<HTMLInputElement>("rule-target").value = r.target ?? "";
  $<HTMLInputElement>("rule-pattern").value = r.pattern ?? "";
  $<HTMLSelectElement>("rule-after").value = r.after;
  $<HTMLInputElement>("rule-recursive").checked = r.recursive;
  $("rule-target").dispatchEvent(new Event("input"));
}
