/// <reference types="vite/client" />
// The page's words: the same Fluent catalogs as the core and the CLI
// (locales/<lang>/ui.ftl, bundled at build time), in the language the shell
// chose (the setting, else the system's). Dates, numbers and sizes use the
// webview's Intl for that language.
//
// Written here rather than with @fluent/dom: its translation is asynchronous
// (a MutationObserver pass after each change), so text would appear a frame
// after the element; every screen here renders synchronously and the tests
// read it right away.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

const SOURCES = import.meta.glob("../../locales/*/ui.ftl", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

/** Tags of the catalogs bundled into the page. */
export const CATALOGS: string[] = Object.keys(SOURCES).map((p) => p.split("/").slice(-2)[0]).sort();
export const PSEUDO = "en-XA";

function source(tag: string): string {
  return SOURCES[`../../locales/${tag}/ui.ftl`] ?? "";
}

let bundle: FluentBundle;
let english: FluentBundle;
let lang = "en";
let pseudo = false;

function make(tag: string, transform?: (s: string) => string): FluentBundle {
  // Bidi isolation only helps right-to-left text.
  const b = new FluentBundle(tag, { useIsolating: tag === "ar", transform });
  const errors = b.addResource(new FluentResource(source(tag)));
  if (errors.length) console.error(`catalog ${tag}:`, errors);
  return b;
}

/** The pseudo-locale's letters (the same mapping as the core's i18n.rs). */
const FROM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const TO = [..."ȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑ"];
export function accent(s: string): string {
  return [...s].map((c) => { const i = FROM.indexOf(c); return i < 0 ? c : TO[i]; }).join("");
}
/** `[text·····]`: bracketed and 40 % longer. */
export function bracket(s: string): string {
  return `[${s}${"·".repeat(Math.ceil(([...s].length * 2) / 5))}]`;
}

/** Use `tag` (one of CATALOGS, or the pseudo-locale) for every word from now on. */
export function setLanguage(tag: string, rtl = tag === "ar") {
  pseudo = tag === PSEUDO;
  lang = !pseudo && CATALOGS.includes(tag) ? tag : "en";
  english = make("en");
  bundle = pseudo ? make("en", accent) : lang === "en" ? english : make(lang);
  if (typeof document !== "undefined") {
    document.documentElement.lang = pseudo ? PSEUDO : lang;
    document.documentElement.dir = rtl ? "rtl" : "ltr";
  }
}
setLanguage("en");

/** The language in use (for Intl). */
export function language(): string { return lang; }

export type Args = Record<string, FluentVariable>;

function format(b: FluentBundle, id: string, args?: Args, attr?: string): string | null {
  const m = b.getMessage(id);
  const pattern = attr ? m?.attributes[attr] : m?.value;
  if (!pattern) return null;
  return b.formatPattern(pattern, args);
}

/** The message `id` (or its attribute `attr`). A message missing in this
 * language falls back to English; one missing everywhere shows its id (the
 * catalog test finds every id the code uses). */
export function t(id: string, args?: Args, attr?: string): string {
  const s = format(bundle, id, args, attr) ?? format(english, id, args, attr);
  if (s === null) return id;
  return pseudo ? bracket(s) : s;
}

/**
 * Fill every element under `root` that names a message: `data-l10n-id` sets
 * its text (unless the message has no value), and the message's attributes
 * named in `data-l10n-attrs` ("placeholder title aria-label") set those.
 * `data-l10n-args` holds JSON arguments.
 */
export function localize(root: ParentNode = document) {
  for (const el of root.querySelectorAll<HTMLElement>("[data-l10n-id]")) {
    const id = el.dataset.l10nId!;
    const args = el.dataset.l10nArgs ? (JSON.parse(el.dataset.l10nArgs) as Args) : undefined;
    const m = bundle.getMessage(id) ?? english.getMessage(id);
    if (m?.value) el.textContent = t(id, args);
    for (const a of (el.dataset.l10nAttrs ?? "").split(/\s+/).filter(Boolean)) el.setAttribute(a, t(id, args, a));
  }
}

const intlTag = () => (pseudo ? "en" : lang);

/** A file size in the language's notation (decimal units, as file managers show). */
export function formatBytes(n: number): string {
  return pseudoWrap(bytes(n));
}
function bytes(n: number): string {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"];
  let v = n, i = 0;
  while (v >= 1000 && i < units.length - 1) { v /= 1000; i++; }
  return new Intl.NumberFormat(intlTag(), { style: "unit", unit: units[i], unitDisplay: "short", maximumFractionDigits: i === 0 ? 0 : v < 10 ? 1 : 0 }).format(v);
}

/** A number with the language's separators. */
export function formatNumber(n: number): string {
  return pseudoWrap(new Intl.NumberFormat(intlTag()).format(n));
}
/** Sizes and dates are our words too: the pseudo-locale brackets them. */
const pseudoWrap = (s: string) => (pseudo ? bracket(s) : s);

/** A time as the core sends it (RFC 3339 text or milliseconds): the time
 * alone for today, the date and time otherwise, in the language's order. */
export function formatTime(t: string | number | null | undefined, now = Date.now()): string {
  const ms = typeof t === "string" ? Date.parse(t) : t;
  if (!ms || !Number.isFinite(ms)) return "";
  const d = new Date(ms);
  const sameDay = new Date(now).toDateString() === d.toDateString();
  return pseudoWrap(new Intl.DateTimeFormat(intlTag(), sameDay ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" }).format(d));
}
