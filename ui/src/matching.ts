// "Match each photo to a record": each photo's value (its name, a part of
// it, its folder) looked up as a record's field before anything is sent; a
// table shows found / not found / ambiguous (with a picker of candidates),
// then the matched photos go, each to its own record. A CSV manifest fills
// the same table. Lookups run four at a time, one per distinct value, and
// rows update as answers arrive; the table draws only the rows in view.
import { api, type FieldMatches, type MatchRule, type RecordHit, type RecordKind } from "./api";
import { errorText, virtualWindow } from "./logic";
import { $, h, toast } from "./dom";
import { t } from "./i18n";
import { current, provider } from "./store";
import { applyQueued, unsentPaths, addPaths } from "./upload";

type Status = "looking" | "found" | "none" | "many" | "error" | "novalue";
interface Row { path: string; name: string; value: string | null; target: string | null; problem: string | null; chosen?: string; direct?: string }
const ROW = 36;
let rows: Row[] = [];
/** Lookup answers by target (shared by every photo with that value). */
const found = new Map<string, FieldMatches | { error: string }>();
let kinds: RecordKind[] = [];
let generation = 0;

export function setupMatching() {
  $("match-open").addEventListener("click", openPanel);
  $("match-close").addEventListener("click", () => { $("match-panel").hidden = true; });
  $("match-go").addEventListener("click", () => lookUpAll(unsentPaths()));
  $("match-import").addEventListener("click", importManifest);
  $("match-send").addEventListener("click", sendMatched);
  $("match-kind").addEventListener("change", fillRest);
  $("match-from").addEventListener("change", () => { $("match-pattern").hidden = $<HTMLSelectElement>("match-from").value !== "pattern"; });
  $("match-viewport").addEventListener("scroll", () => draw(), { passive: true });
}

async function openPanel() {
  if (!current) return;
  $("match-panel").hidden = false;
  try {
    kinds = await api.recordKinds(current.name);
  } catch (e) {
    toast(errorText(e), true);
    kinds = [];
  }
  const sel = $<HTMLSelectElement>("match-kind");
  sel.replaceChildren(...kinds.map((k) => h("option", { value: k.id, translate: "no" }, k.name)));
  fillRest();
  $<HTMLInputElement>("match-field").focus();
}

/** Where on the record the photo goes: the kind's photo slots, or its photo / the provider's many-photos place. */
function fillRest() {
  const k = kinds.find((x) => x.id === $<HTMLSelectElement>("match-kind").value);
  const suffix = current ? provider(current.provider)?.many_photos_suffix : null;
  const opts: [string, string][] = k?.slots.length
    ? k.slots.map((s) => [`/${s.id}`, s.name])
    : [["", t("match-record-photo")], ...(suffix ? [[suffix, t("match-attachment")] as [string, string]] : [])];
  // A kind's slots are the service's field names; the others are our words.
  $("match-rest").replaceChildren(...opts.map(([v, l]) => h("option", { value: v, translate: k?.slots.length ? "no" : undefined }, l)));
}

function rule(): MatchRule {
  const from = $<HTMLSelectElement>("match-from").value;
  return {
    kind: $<HTMLSelectElement>("match-kind").value,
    field: $<HTMLInputElement>("match-field").value.trim(),
    value: from === "pattern" ? { from: "pattern", regex: $<HTMLInputElement>("match-pattern").value } : from === "folder" ? { from: "folder" } : { from: "stem" },
    rest: $<HTMLSelectElement>("match-rest").value,
  };
}

async function lookUpAll(paths: string[]) {
  if (!current || !paths.length) return;
  try {
    rows = (await api.matchRows(rule(), paths)).map((r) => ({ path: r.path, name: r.name, value: r.value, target: r.target, problem: r.problem }));
  } catch (e) {
    toast(errorText(e), true);
    return;
  }
  await lookUp();
}

/** Each distinct target looked up once, four at a time; rows redraw as answers come. */
async function lookUp() {
  const profile = current!.name;
  const gen = ++generation;
  found.clear();
  const todo = [...new Set(rows.map((r) => r.target).filter((t): t is string => !!t))];
  draw();
  const worker = async () => {
    for (let t = todo.shift(); t !== undefined; t = todo.shift()) {
      let answer: FieldMatches | { error: string };
      try {
        answer = await api.lookUpRecord(profile, t);
      } catch (e) {
        answer = { error: errorText(e) };
      }
      if (gen !== generation) return;
      found.set(t, answer);
      scheduleDraw();
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

let drawPending = false;
function scheduleDraw() {
  if (drawPending) return;
  drawPending = true;
  requestAnimationFrame(() => { drawPending = false; draw(); });
}

function statusOf(r: Row): { s: Status; hit?: RecordHit; m?: FieldMatches; error?: string } {
  // A manifest's target by id: nothing to look up.
  if (r.direct) return { s: "found", hit: { target: r.direct, id: r.direct, name: "", detail: null } };
  if (!r.target) return { s: "novalue", error: r.problem ?? t("match-no-value-plain") };
  const a = found.get(r.target);
  if (!a) return { s: "looking" };
  if ("error" in a) return { s: "error", error: a.error };
  if (a.count === 0) return { s: "none", m: a };
  if (a.count === 1 && a.hits.length === 1) return { s: "found", hit: a.hits[0], m: a };
  return { s: "many", m: a };
}

/** Where a row's photo goes now: its one record, or the candidate picked. */
function destination(r: Row): string | null {
  const st = statusOf(r);
  if (st.s === "found") return st.hit!.target;
  if (st.s === "many") return r.chosen ?? null;
  return null;
}

const drawn = new Map<number, HTMLElement>();
function draw() {
  const vp = $("match-viewport");
  $("match-spacer").style.height = `${rows.length * ROW}px`;
  const { start, end } = virtualWindow(vp.scrollTop, vp.clientHeight || 300, ROW, rows.length);
  const keep = new Set<number>();
  for (let i = start; i < end; i++) {
    keep.add(i);
    const r = rows[i];
    const st = statusOf(r);
    const sig = `${r.path}|${st.s}|${r.chosen ?? ""}`;
    let el = drawn.get(i);
    if (el && el.dataset.sig === sig) continue;
    el?.remove();
    el = rowElement(r, st);
    el.dataset.sig = sig;
    el.style.transform = `translateY(${i * ROW}px)`;
    drawn.set(i, el);
    vp.append(el);
  }
  for (const [i, el] of drawn) if (!keep.has(i)) { el.remove(); drawn.delete(i); }
  summarizeTable();
}

function rowElement(r: Row, st: ReturnType<typeof statusOf>): HTMLElement {
  let rec: HTMLElement;
  switch (st.s) {
    case "looking": rec = h("span", { class: "rec muted" }, t("match-looking")); break;
    case "found": rec = h("span", { class: "rec", title: st.hit!.target }, "✓ ", st.hit!.name ? h("span", { translate: "no" }, st.hit!.name) : t("no-name"), h("span", { translate: "no" }, ` · ${st.hit!.id}`)); break;
    case "none": rec = h("span", { class: "rec" }, t("match-none")); break;
    case "novalue": rec = h("span", { class: "rec", title: st.error }, t("match-no-value", { problem: st.error ?? "" })); break;
    case "error": rec = h("span", { class: "rec", title: st.error }, st.error!); break;
    case "many": {
      const m = st.m!;
      const pick = h("select", { "aria-label": t("match-record-for", { name: r.name }, "aria-label"), onchange: (e: Event) => { r.chosen = (e.target as HTMLSelectElement).value || undefined; draw(); } },
        h("option", { value: "" }, t("match-many", { more: m.more ? "yes" : "no", count: m.count })),
        ...m.hits.map((c) => h("option", { value: c.target, selected: c.target === r.chosen }, `${c.name || t("no-name")} · ${c.id}${c.detail ? ` · ${c.detail}` : ""}`)));
      rec = h("span", { class: "rec" }, pick);
      break;
    }
  }
  return h("div", { class: `mrow ${st.s}`, role: "row", "data-path": r.path, "data-status": st.s },
    h("span", { role: "cell", title: r.path, translate: "no" }, r.name),
    h("span", { role: "cell", class: "muted", translate: "no" }, r.value ?? "—"),
    h("span", { role: "cell" }, rec));
}

function summarizeTable() {
  const counts: Record<Status, number> = { looking: 0, found: 0, none: 0, many: 0, error: 0, novalue: 0 };
  let ready = 0;
  for (const r of rows) { counts[statusOf(r).s]++; if (destination(r)) ready++; }
  const parts = [t("match-summary-photos", { count: rows.length }), t("match-summary-found", { count: counts.found })];
  if (counts.many) parts.push(t("match-summary-many", { count: counts.many }));
  if (counts.none) parts.push(t("match-summary-none", { count: counts.none }));
  if (counts.novalue + counts.error) parts.push(t("match-summary-problem", { count: counts.novalue + counts.error }));
  if (counts.looking) parts.push(t("match-summary-looking", { count: counts.looking }));
  $("match-summary").textContent = parts.join(" · ");
  const send = $<HTMLButtonElement>("match-send");
  send.disabled = ready === 0;
  send.textContent = t("match-send", { count: ready });
}

async function sendMatched() {
  if (!current) return;
  const items: [string, string][] = [];
  for (const r of rows) { const d = destination(r); if (d) items.push([r.path, d]); }
  if (!items.length) return;
  try {
    applyQueued(await api.enqueueEach(current.name, items, false));
    const sent = new Set(items.map(([p]) => p));
    rows = rows.filter((r) => !sent.has(r.path));
    for (const el of drawn.values()) el.remove();
    drawn.clear();
    draw();
    toast(t("match-sent", { count: items.length, left: rows.length }));
    if (!rows.length) $("match-panel").hidden = true;
  } catch (e) {
    toast(errorText(e), true);
  }
}

/** A CSV manifest (file,target): its photos are added, its targets looked up (by field) or taken as they are. */
async function importManifest() {
  if (!current) return;
  let m;
  try {
    m = await api.pickManifest();
  } catch (e) {
    toast(errorText(e), true);
    return;
  }
  if (!m) return;
  const bad = m.filter((r) => r.error);
  if (bad.length) toast(t("manifest-bad-rows", { count: bad.length, error: errorText(bad[0].error) }), true);
  const good = m.filter((r) => r.file && r.target);
  await addPaths(good.map((r) => r.file!));
  rows = good.map((r) => {
    const path = r.file!;
    const byField = r.target!.includes("[");
    return { path, name: path.split(/[\\/]/).pop() ?? path, value: r.target!, target: byField ? r.target! : null, problem: null, direct: byField ? undefined : r.target! };
  });
  $("match-panel").hidden = false;
  await lookUp();
}
