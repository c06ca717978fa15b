// The four tabs (arrow keys move between them) and what each refreshes when shown.
import { $ } from "./dom";
import { refreshAttention, reloadHistory } from "./history";
import { renderProfileSettings } from "./settings";
import { refreshRules } from "./watch";

export function setupTabs() {
  const tabs = ["upload", "history", "watch", "settings"];
  for (const t of tabs) {
    $(`tab-${t}`).addEventListener("click", () => showTab(t));
  }
  $("tab-upload").parentElement!.addEventListener("keydown", (e) => {
    const i = tabs.findIndex((t) => $(`tab-${t}`) === document.activeElement);
    if (i < 0) return;
    if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
      const n = tabs[(i + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
      showTab(n);
      $(`tab-${n}`).focus();
    }
  });
}
export function showTab(name: string) {
  for (const t of ["upload", "history", "watch", "settings"]) {
    $(`tab-${t}`).setAttribute("aria-selected", String(t === name));
    $(`view-${t}`).hidden = t !== name;
  }
  if (name === "history") { refreshAttention(); reloadHistory(); }
  if (name === "watch") refreshRules();
  if (name === "settings") renderProfileSettings();
}
