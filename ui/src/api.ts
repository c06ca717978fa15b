// Typed wrappers over the shell's commands. The UI talks to nothing else.
import { invoke } from "@tauri-apps/api/core";
import type { Job } from "./logic";

// The types every command takes and returns are generated from the Rust side
// (ts-rs; src-tauri/src/bindings.rs checks they are current): never edit by hand.
import type { Bootstrap } from "./bindings/Bootstrap";
import type { DeviceAuth } from "./bindings/DeviceAuth";
import type { Expanded } from "./bindings/Expanded";
import type { FieldSpec } from "./bindings/FieldSpec";
import type { FileEntry } from "./bindings/FileEntry";
import type { HistoryFilter } from "./bindings/HistoryFilter";
import type { OptionSpec } from "./bindings/OptionSpec";
import type { Picker } from "./bindings/Picker";
import type { PlanView } from "./bindings/PlanView";
import type { ProfileInput } from "./bindings/ProfileInput";
import type { ProfileView } from "./bindings/ProfileView";
import type { ProviderInfo } from "./bindings/ProviderInfo";
import type { Queued } from "./bindings/Queued";
import type { RecentTarget } from "./bindings/RecentTarget";
import type { RecordHit } from "./bindings/RecordHit";
import type { RecordKind } from "./bindings/RecordKind";
import type { RuleStatus } from "./bindings/RuleStatus";
import type { RuleView } from "./bindings/RuleView";
import type { Settings } from "./bindings/Settings";
import type { SignInInfo } from "./bindings/SignInInfo";
import type { UpdateStatus } from "./bindings/UpdateStatus";
import type { WatchRule } from "./bindings/WatchRule";
import type { MatchRule } from "./bindings/MatchRule";
import type { MatchRow } from "./bindings/MatchRow";
import type { FieldMatches } from "./bindings/FieldMatches";
import type { ManifestRow } from "./bindings/ManifestRow";
import type { Preview } from "./bindings/Preview";
import type { Imported } from "./bindings/Imported";
export type { MatchRule, MatchRow, FieldMatches, ManifestRow, Preview, Imported };
export type { Bootstrap, DeviceAuth, Expanded, FieldSpec, FileEntry, HistoryFilter, OptionSpec, Picker, PlanView, ProfileInput, ProfileView, ProviderInfo, Queued, RecentTarget, RecordHit, RecordKind, RuleStatus, RuleView, Settings, SignInInfo, UpdateStatus, WatchRule };

export const api = {
  bootstrap: () => invoke<Bootstrap>("bootstrap"),
  listProfiles: () => invoke<ProfileView[]>("list_profiles"),
  saveProfile: (input: ProfileInput) =>
    invoke<ProfileView>("save_profile", { input }),
  removeProfile: (name: string) => invoke<void>("remove_profile", { name }),
  setSecret: (profile: string, field: string, value: string) => invoke<ProfileView>("set_secret", { profile, field, value }),
  clearSecret: (profile: string, field: string) => invoke<ProfileView>("clear_secret", { profile, field }),
  testConnection: (profile: string) => invoke<string>("test_connection", { profile }),
  signInCode: (profile: string, code: string) => invoke<ProfileView>("sign_in_code", { profile, code }),
  deviceSignInStart: (profile: string) => invoke<DeviceAuth>("device_sign_in_start", { profile }),
  deviceSignInWait: (profile: string) => invoke<ProfileView>("device_sign_in_wait", { profile }),
  deviceSignInCancel: (profile: string) => invoke<void>("device_sign_in_cancel", { profile }),
  deviceSignInOpen: (profile: string) => invoke<void>("device_sign_in_open", { profile }),
  checkUpdate: () => invoke<UpdateStatus>("check_update"),
  installUpdate: () => invoke<void>("install_update"),
  exportProfiles: (names: string[]) => invoke<string | null>("export_profiles", { names }),
  importProfiles: (path: string, replace: boolean) => invoke<Imported[]>("import_profiles", { path, replace }),
  pickProfilesFile: () => invoke<string | null>("pick_profiles_file"),
  recordKinds: (profile: string) => invoke<RecordKind[]>("record_kinds", { profile }),
  checkTarget: (profile: string, target: string) => invoke<string>("check_target", { profile, target }),
  searchRecords: (profile: string, module: string, query: string) => invoke<RecordHit[]>("search_records", { profile, module, query }),
  rememberTarget: (profile: string, target: string, label: string | null) => invoke<Settings>("remember_target", { profile, target, label }),
  saveSettings: (settings: Settings) => invoke<Settings>("save_settings", { settings }),
  expandPaths: (paths: string[]) => invoke<Expanded>("expand_paths", { paths }),
  prefetchThumbs: (paths: string[], size: number) => invoke<void>("prefetch_thumbs", { paths, size }),
  pickFiles: (folders: boolean) => invoke<Expanded>("pick_files", { folders }),
  pasteImage: (bytes: Uint8Array) => invoke<FileEntry>("paste_image", bytes),
  pasteClipboard: () => invoke<Expanded>("paste_clipboard"),
  planFiles: (profile: string, target: string | null, paths: string[]) => invoke<PlanView[]>("plan_files", { profile, target, paths }),
  enqueue: (profile: string, target: string, paths: string[], allowDuplicates: boolean) =>
    invoke<Queued[]>("enqueue", { profile, target, paths, allowDuplicates }),
  matchRows: (rule: MatchRule, paths: string[]) => invoke<MatchRow[]>("match_rows", { rule, paths }),
  lookUpRecord: (profile: string, target: string) => invoke<FieldMatches>("look_up_record", { profile, target }),
  pickManifest: () => invoke<ManifestRow[] | null>("pick_manifest"),
  enqueueEach: (profile: string, items: [string, string][], allowDuplicates: boolean) =>
    invoke<Queued[]>("enqueue_each", { profile, items, allowDuplicates }),
  jobs: (ids: number[]) => invoke<Job[]>("jobs", { ids }),
  unfinished: () => invoke<Job[]>("unfinished"),
  history: (query: HistoryFilter) => invoke<Job[]>("history", { query }),
  exportCsv: (query: HistoryFilter) => invoke<[string, number] | null>("export_csv", { query }),
  retry: (ids: number[], target: string | null = null) => invoke<number[]>("retry", { ids, target }),
  openLink: (job: number) => invoke<void>("open_link", { job }),
  watchRules: () => invoke<RuleView[]>("watch_rules"),
  pickFolder: () => invoke<string | null>("pick_folder"),
  saveRule: (rule: WatchRule, replace: string | null) => invoke<void>("save_rule", { rule, replace }),
  removeRule: (name: string) => invoke<boolean>("remove_rule", { name }),
  previewTemplate: (target: string | null, pattern: string | null, sample: string, profile: string | null) =>
    invoke<Preview>("preview_template", { target, pattern, sample, profile }),
};
