// The state every screen reads: set only through these setters (ES modules
// export live bindings, so readers always see the current value).
import { type Bootstrap, type ProfileView, type ProviderInfo, type Settings } from "./api";

export let boot: Bootstrap;
export let profiles: ProfileView[] = [];
export let settings: Settings;
export let current: ProfileView | null = null;
export let target: { value: string; label: string | null } | null = null;
export function setBoot(b: Bootstrap) { boot = b; }
export function setProfiles(p: ProfileView[]) { profiles = p; }
export function setSettings(s: Settings) { settings = s; }
export function setCurrent(p: ProfileView | null) { current = p; }
export function storeTarget(t: { value: string; label: string | null } | null) { target = t; }

export const provider = (id: string | undefined): ProviderInfo | undefined => boot.providers.find((p) => p.id === id);
