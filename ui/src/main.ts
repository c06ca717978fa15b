// PhotoDrop's web UI: plain TypeScript over the shell's commands and events.
// One module per screen; shared state in store.ts, DOM helpers in dom.ts.
import { listen } from "@tauri-apps/api/event";
import { api } from "./api";
import { type Job, errorText } from "./logic";
import { $, h } from "./dom";
import { setupHistory, refreshAttention } from "./history";
import { setupProfileDialog } from "./profiles";
import { setupSettings, applyTheme, importProfiles } from "./settings";
import { setupTabs } from "./tabs";
import { boot, profiles, settings, setBoot, setProfiles, setSettings } from "./store";
import { renderProfiles, setupDrop, addPaths, onJobs, setupTileGrid } from "./upload";
import { setupWatch, refreshRules } from "./watch";
import { setupMatching } from "./matching";
import { localize, setLanguage, t } from "./i18n";

async function main() {
  setBoot(await api.bootstrap());
  setProfiles(boot.profiles);
  setSettings(boot.settings);
  setLanguage(boot.language.tag, boot.language.rtl);
  localize();
  applyTheme();
  $("about").textContent = t("about", { version: boot.version, keyring: boot.keyring, dir: boot.data_dir });
  $("pd-secrets-legend").textContent = t("pd-secrets", { keyring: boot.keyring });
  setupTabs();
  renderProfiles(settings.last_profile ?? boot.demo_profile ?? profiles[0]?.name ?? null);
  setupDrop();
  setupTileGrid();
  setupProfileDialog();
  setupHistory();
  setupWatch();
  setupMatching();
  setupSettings();
  await listen<{ jobs: Job[]; progress: [number, number, number][]; active: number }>("jobs", (e) => onJobs(e.payload));
  await listen("watch", () => refreshRules());
  await listen<string[]>("open-files", (e) => openFiles(e.payload));
  if (boot.initial_files.length) openFiles(boot.initial_files);
  refreshAttention();
  document.body.dataset.ready = "1";
}

/** Files handed to the app ("Open with", a second launch): profiles to import, photos to add. */
function openFiles(paths: string[]) {
  const shared = paths.filter((p) => p.toLowerCase().endsWith(".photodrop"));
  for (const p of shared) importProfiles(p);
  addPaths(paths.filter((p) => !shared.includes(p)));
}

main().catch((e) => {
  document.body.prepend(h("div", { class: "fatal", role: "alert" }, t("fatal-start", { error: errorText(e) })));
});
