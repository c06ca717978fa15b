// @vitest-environment jsdom
// The catalogs: every language has every message the English one has (with
// the same attributes), every message the page uses exists, and the
// language changes the words, the numbers and the dates.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FluentResource } from "@fluent/bundle";
import { CATALOGS, PSEUDO, setLanguage, t, formatBytes, formatTime } from "../src/i18n";
import { describePlan, summarize, stateText } from "../src/logic";

const root = join(__dirname, "..", "..", "locales");
const LANGS = ["en", "de", "fr", "es", "pt-BR", "ja", "zh-Hans", "ar"];

/** message id → its attribute names, of one ui.ftl */
function shape(tag: string): Map<string, string[]> {
  const res = new FluentResource(readFileSync(join(root, tag, "ui.ftl"), "utf8"));
  const out = new Map<string, string[]>();
  // FluentResource keeps messages in `body`; terms start with "-".
  for (const m of (res as unknown as { body: { id: string; attributes: Record<string, unknown> }[] }).body) {
    out.set(m.id, Object.keys(m.attributes).sort());
  }
  return out;
}

afterEach(() => setLanguage("en"));

describe("catalogs", () => {
  it("are the eight languages, all bundled into the page", () => {
    expect(readdirSync(root).sort()).toEqual([...LANGS].sort());
    expect(CATALOGS).toEqual([...LANGS].sort());
  });
  it("every language has every message and attribute English has, and no other", () => {
    const en = shape("en");
    expect(en.size).toBeGreaterThan(200);
    for (const tag of LANGS) {
      const other = shape(tag);
      expect([...other.keys()].sort(), tag).toEqual([...en.keys()].sort());
      for (const [id, attrs] of en) expect(other.get(id), `${tag} ${id}`).toEqual(attrs);
    }
  });
  it("every message the page names exists in English", () => {
    const en = shape("en");
    const src = join(__dirname, "..", "src");
    const files = [join(__dirname, "..", "index.html"), ...readdirSync(src).filter((f) => f.endsWith(".ts")).map((f) => join(src, f))];
    const used = new Set<string>();
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      for (const m of text.matchAll(/\b(?:t|tr)\("([a-z][a-z0-9-]*)"/g)) used.add(m[1]);
      for (const m of text.matchAll(/data-l10n-id="([a-z][a-z0-9-]*)"/g)) used.add(m[1]);
    }
    // Ids built from a value: each value's message.
    for (const s of ["queued", "preparing", "uploading", "waiting-retry", "done", "duplicate", "failed", "needs-attention"]) used.add(`state-${s}`);
    for (const s of ["watching", "problem", "starting", "stopped"]) used.add(`rule-state-${s}`);
    for (const s of ["set", "missing", "other_host"]) used.add(`secret-state-${s}`);
    expect(used.size).toBeGreaterThan(150);
    expect([...used].filter((id) => !en.has(id))).toEqual([]);
  });
});

describe("languages", () => {
  it("speaks German, with German numbers and dates", () => {
    setLanguage("de");
    expect(stateText("done")).not.toBe("Uploaded");
    expect(formatBytes(1_430_000)).toBe("1,4 MB");
    expect(formatTime("2026-11-03T09:05:00Z", Date.parse("2026-12-01T12:00:00Z"))).toMatch(/03\.11\.2026/);
  });
  it("plural forms follow the language", () => {
    setLanguage("en");
    expect(t("photos-count", { count: 1 })).toBe("One photo");
    expect(t("photos-count", { count: 3 })).toBe("3 photos");
    setLanguage("ar");
    expect(t("photos-count", { count: 3 })).not.toBe(t("photos-count", { count: 1 }));
  });
  it("Arabic turns the page right to left", () => {
    document.documentElement.dir = "ltr";
    setLanguage("ar");
    expect(document.documentElement.dir).toBe("rtl");
    expect(document.documentElement.lang).toBe("ar");
  });
  it("the pseudo-locale brackets and lengthens every message, values untouched", () => {
    setLanguage(PSEUDO);
    const s = summarize(["done", "done"]);
    expect(s.startsWith("[") && s.endsWith("]")).toBe(true);
    expect(s).toContain("2");
    expect([...s].length).toBeGreaterThanOrEqual(Math.ceil("2 uploaded".length * 1.4));
    for (const chip of describePlan({ resized: true, reencoded: false, stripped: ["GPS"], dimensions: [10, 20] })) expect(chip).toMatch(/^\[.*\]$/);
  });
  it("a message missing in one language falls back to English, not to its id", () => {
    setLanguage("de");
    expect(t("no-such-message-anywhere")).toBe("no-such-message-anywhere");
  });
});
