// Pure UI logic (no DOM, no Tauri): what the screens show, tested with Vitest.
// The core's types, generated (ts-rs): see api.ts.
import type { Action } from "./bindings/Action";
import type { CoreError } from "./bindings/CoreError";
import type { Job } from "./bindings/Job";
import type { JobError } from "./bindings/JobError";
import type { JobState } from "./bindings/JobState";
import type { Report } from "./bindings/Report";
export type { Action, CoreError, Job, JobError, JobState, Report };
import { t, language } from "./i18n";
export { formatBytes, formatTime } from "./i18n";

/** The words on an error's action button. */
export function actionLabel(a: Action): string {
  switch (a.do) {
    case "set_credentials":
      return t("action-enter", { fields: listFormat(a.fields) });
    case "sign_in":
      return t("action-sign-in", { profile: a.profile });
    case "add_profile":
      return t("action-add-profile", { profile: a.profile });
    case "retry_job":
      return a.needs_target ? t("action-retry-target") : t("action-retry");
    case "choose_record":
      return t("action-choose");
  }
}

/** Chips describing what preparation does (or will do) to a photo. */
export function describePlan(r: Report | null | undefined): string[] {
  if (!r) return [];
  const out: string[] = [];
  if (r.converted_from) out.push(t("plan-converted", { format: r.converted_from.toUpperCase() }));
  if (r.resized && r.dimensions) {
    const [w, h] = r.dimensions;
    out.push(t("plan-resized-to", { width: String(w), height: String(h) }));
  } else if (r.resized) {
    out.push(t("plan-resized"));
  }
  if (r.reencoded && !r.converted_from && !r.resized) out.push(t("plan-reencoded"));
  const s = new Set(r.stripped.map((x) => x.toLowerCase()));
  if ([...s].some((x) => x.includes("gps"))) out.push(t("plan-gps"));
  if ([...s].some((x) => x.includes("serial"))) out.push(t("plan-serial"));
  return out;
}

/** "a, b and c" in the language in use. */
export function listFormat(items: string[]): string {
  return new Intl.ListFormat(language(), { type: "conjunction" }).format(items);
}

export function stateText(s: JobState): string {
  return t(`state-${s}`);
}

export function isFinal(s: JobState): boolean {
  return s === "done" || s === "duplicate" || s === "failed" || s === "needs-attention";
}

export function canRetry(s: JobState): boolean {
  return s === "failed" || s === "needs-attention" || s === "duplicate" || s === "waiting-retry";
}

/** One sentence for a job's status line. */
export function jobLine(j: Job, now = Date.now()): string {
  switch (j.state) {
    case "waiting-retry": {
      const at = j.next_attempt_at ? Date.parse(j.next_attempt_at) : NaN;
      const secs = Number.isFinite(at) ? Math.max(0, Math.round((at - now) / 1000)) : 0;
      const why = j.error ? `${j.error.message} ` : "";
      return secs ? t("retry-in", { why, seconds: secs, attempt: j.attempts + 1 }) : t("retry-shortly", { why, attempt: j.attempts + 1 });
    }
    case "needs-attention":
    case "failed":
      return j.error?.message ?? t("upload-failed");
    case "duplicate":
      return j.error?.message ?? t("already-attached");
    default:
      return stateText(j.state);
  }
}

/** Plain words for an error from a command. */
export function errorText(e: unknown): string {
  if (e && typeof e === "object" && "message" in e && typeof (e as CoreError).message === "string") {
    return (e as CoreError).message;
  }
  if (typeof e === "string") return e;
  return t("something-wrong");
}

/** Percent for a progress bar; never NaN. */
export function percent(sent: number, total: number): number {
  if (!total || total <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((sent / total) * 100)));
}

/** Which rows of a fixed-height virtual list to render. */
export function virtualWindow(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  overscan = 8,
): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(viewport / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end: Math.max(start, end) };
}

/** Columns of a CSS grid `repeat(auto-fill, minmax(min, 1fr))` with `gap`, as the browser lays it out. */
export function gridColumns(width: number, min: number, gap: number): number {
  return Math.max(1, Math.floor((width + gap) / (min + gap)));
}

/** A run of tiles to render, the space above it, and the grid's whole height (null: natural). */
export interface GridWindow { start: number; end: number; padTop: number; height: number | null }

/**
 * Which tiles of a grid with fixed-height rows to put in the DOM: whole rows
 * around the viewport plus `overscan` rows each side. `top` is how far the
 * viewport's top edge is below the grid's top edge. Batches of up to
 * `renderAll` tiles are rendered whole: cheap at that size, and every tile
 * stays reachable by Tab and by a screen reader's list navigation.
 */
export function gridWindow(o: {
  count: number; cols: number; top: number; viewport: number; rowHeight: number; gap: number;
  overscan?: number; renderAll?: number;
}): GridWindow {
  const { count, cols, rowHeight, gap } = o;
  if (count <= (o.renderAll ?? 0)) return { start: 0, end: count, padTop: 0, height: null };
  const pitch = rowHeight + gap;
  const rows = Math.ceil(count / cols);
  const overscan = o.overscan ?? 2;
  const first = Math.max(0, Math.min(rows - 1, Math.floor(Math.max(0, o.top) / pitch) - overscan));
  const last = Math.max(first + 1, Math.min(rows, Math.ceil(Math.max(0, o.top + o.viewport) / pitch) + overscan));
  return { start: first * cols, end: Math.min(count, last * cols), padTop: first * pitch, height: rows * pitch - gap };
}

/**
 * `w` narrowed to the rows in view (`inView`) plus the rows around them that
 * are already built (`built(i)`), so a frame that must build a screenful of new
 * tiles leaves the overscan rows for the next one. Null when nothing would be
 * left out. Windows are whole rows, so starts stay multiples of `cols`.
 */
export function deferOverscan(
  w: GridWindow, inView: GridWindow, cols: number, pitch: number, built: (i: number) => boolean,
): GridWindow | null {
  if (w.height === null) return null;
  const rowBuilt = (a: number, b: number) => { for (let i = a; i < b; i++) if (!built(i)) return false; return true; };
  let start = inView.start, end = inView.end;
  while (start - cols >= w.start && rowBuilt(start - cols, start)) start -= cols;
  while (end < w.end && rowBuilt(end, Math.min(end + cols, w.end))) end = Math.min(end + cols, w.end);
  if (start <= w.start && end >= w.end) return null;
  return { start, end, padTop: (start / cols) * pitch, height: w.height };
}

/** Counts for the batch summary line. */
export function summarize(states: JobState[]): string {
  const c = { done: 0, dup: 0, bad: 0, active: 0 };
  for (const s of states) {
    if (s === "done") c.done++;
    else if (s === "duplicate") c.dup++;
    else if (s === "failed" || s === "needs-attention") c.bad++;
    else c.active++;
  }
  const parts: string[] = [];
  if (c.active) parts.push(t("summary-active", { count: c.active }));
  if (c.done) parts.push(t("summary-done", { count: c.done }));
  if (c.dup) parts.push(t("summary-duplicate", { count: c.dup }));
  if (c.bad) parts.push(t("summary-attention", { count: c.bad }));
  return parts.join(" · ");
}

/** Whether `target` already ends with the provider's many-photos `suffix` (any case, trailing `/`). */
export function hasSuffix(target: string, suffix: string): boolean {
  return target.trim().replace(/\/+$/, "").toLowerCase().endsWith(suffix.toLowerCase());
}
/** The target that takes several photos instead of one slot (Zoho: `Module/Id/Attachments`). */
export function manyPhotosTarget(target: string, suffix: string): string {
  return hasSuffix(target, suffix) ? target : `${target.replace(/\/+$/, "")}${suffix}`;
}

/** A target that holds one photo: what to say before several land on it. */
export function singleSlotWarning(
  service: { name: string; idempotency: string; suffix: string | null },
  target: string,
  count: number,
): string | null {
  if (service.idempotency !== "replace" || count < 2 || (service.suffix && hasSuffix(target, service.suffix))) return null;
  return t("one-slot-warning", { service: service.name, count });
}

/**
 * Whether a paste that brought the page no image is for the shell to read
 * natively (an image or files copied elsewhere; WebKitGTK passes only text).
 * Text pasted into a text field stays an ordinary text paste.
 */
export function pasteGoesToShell(intoTextField: boolean, types: readonly string[]): boolean {
  return !(intoTextField && types.some((t) => t.startsWith("text/")));
}

/**
 * Job updates that arrive before the UI knows the job: the runner can start
 * (and finish) the first photos of a big drop while the enqueue call for the
 * rest is still running. They are kept here, newest per job, and applied when
 * the job's tile is attached. Bounded so a stream of unrelated jobs (a watch
 * rule's) cannot grow it without end.
 */
export class EarlyJobs {
  private m = new Map<number, Job>();
  constructor(private cap = 10_000) {}
  stash(j: Job) {
    this.m.delete(j.id);
    this.m.set(j.id, j);
    if (this.m.size > this.cap) this.m.delete(this.m.keys().next().value as number);
  }
  /** The newer of what is stashed for `j.id` and `j` (the enqueue answer). */
  take(j: Job): Job {
    const e = this.m.get(j.id);
    this.m.delete(j.id);
    return e ?? j;
  }
  get size() { return this.m.size; }
}
