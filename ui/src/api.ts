// Typed wrappers over the shell's commands. The UI talks to nothing else.
import { invoke } from "@tauri-apps/api/core";
import type { Job, Report, CoreError } from "./logic";

export interface FieldSpec { name: string; help: string }
export interface OptionSpec { key: string; help: string; default: string | null; choices: string[] }
export interface ProviderInfo {
  id: string;
  name: string;
  target_help: string;
  fields: FieldSpec[];
  auth_sets: string[][];
  options: OptionSpec[];
  limits: { formats: string[]; max_bytes: number | null; max_pixels: number | null };
  caps: { idempotency: string; search: boolean; max_concurrency: number; needs_content_hash: boolean };
  /** How an account is connected beyond typing the fields (OAuth), when it is. */
  sign_in: SignInInfo | null;
  /** The target picker's words (providers with record search). */
  picker: Picker | null;
  /** When a target holds one photo: the suffix of the target that takes any number (Zoho: "/Attachments"). */
  many_photos_suffix: string | null;
}
export interface Picker { kind_label: string; item_label: string; placeholder: string; lists_without_query: boolean; takes_links: boolean }
export interface SignInInfo {
  client_fields: string[];
  instructions: string;
  scopes: string;
  grant_code: boolean;
  device: boolean;
  may_change: string[];
}
export interface ProfileView {
  name: string;
  provider: string;
  base_url: string | null;
  options: Record<string, string>;
  /** "other_host": stored for the host the profile pointed at before; enter it again. */
  credentials: Record<string, "set" | "missing" | "unknown" | "other_host">;
  ready: boolean;
}
export interface RecentTarget { profile: string; target: string; label: string | null }
export interface Settings {
  theme: string;
  notifications: boolean;
  start_at_login: boolean;
  last_profile: string | null;
  recent_targets: RecentTarget[];
}
export interface Bootstrap {
  version: string;
  profiles: ProfileView[];
  providers: ProviderInfo[];
  demo_profile: string | null;
  settings: Settings;
  keyring: string;
  initial_files: string[];
  data_dir: string;
}
export interface FileEntry { path: string; name: string; size: number; format: string | null; error: CoreError | null }
export interface Expanded { files: FileEntry[]; skipped: number }
export interface PlanView { path: string; report: Report | null; error: CoreError | null }
export interface EnqueueResult { path: string; job: Job | null; duplicate_of: Job | null; error: CoreError | null }
export interface UpdateStatus { enabled: boolean; available: string | null; current: string; notes: string | null; message: string }
export interface RecordKind { id: string; name: string; slots: { id: string; name: string }[] }
export interface DeviceAuth { user_code: string; verification_url: string; expires_in: number; interval: number }
export interface RecordHit { target: string; id: string; name: string; detail: string | null }
export interface WatchRule {
  name: string;
  dir: string;
  recursive: boolean;
  profile: string;
  target: string | null;
  pattern: string | null;
  after: string;
  on_failure: string;
  allow_duplicates: boolean;
}
export interface RuleStatus { state: string; message: string | null; queued: number; last_file: string | null; last_at: number | null }
export interface RuleView { rule: WatchRule; status: RuleStatus }
export interface HistoryInput { limit?: number; before?: [number, number] | null; profile?: string | null; text?: string | null; state?: string | null }

export const api = {
  bootstrap: () => invoke<Bootstrap>("bootstrap"),
  listProfiles: () => invoke<ProfileView[]>("list_profiles"),
  saveProfile: (input: { name: string; provider: string; base_url: string | null; options: Record<string, string>; replace: boolean }) =>
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
    invoke<EnqueueResult[]>("enqueue", { profile, target, paths, allowDuplicates }),
  jobs: (ids: number[]) => invoke<Job[]>("jobs", { ids }),
  unfinished: () => invoke<Job[]>("unfinished"),
  history: (query: HistoryInput) => invoke<Job[]>("history", { query }),
  exportCsv: (query: HistoryInput) => invoke<[string, number] | null>("export_csv", { query }),
  retry: (ids: number[], target: string | null = null) => invoke<number[]>("retry", { ids, target }),
  openLink: (job: number) => invoke<void>("open_link", { job }),
  watchRules: () => invoke<RuleView[]>("watch_rules"),
  pickFolder: () => invoke<string | null>("pick_folder"),
  saveRule: (rule: WatchRule, replace: string | null) => invoke<void>("save_rule", { rule, replace }),
  removeRule: (name: string) => invoke<boolean>("remove_rule", { name }),
  previewTemplate: (target: string | null, pattern: string | null, sample: string) =>
    invoke<string>("preview_template", { target, pattern, sample }),
};
