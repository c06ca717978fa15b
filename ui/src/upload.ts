// The upload screen: destination and target, adding photos, the tile grid.
import { convertFileSrc } from "@tauri-apps/api/core";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { api, type RecordHit, type RecordKind, type FileEntry, type Queued } from "./api";
import { type Job, type CoreError, describePlan, formatBytes, stateText, isFinal, jobLine, errorText, percent, gridColumns, gridWindow, deferOverscan, summarize, singleSlotWarning, manyPhotosTarget, hasSuffix, EarlyJobs, pasteGoesToShell } from "./logic";
import { $, type Child, h, toast, ask, copy } from "./dom";
import { t as tr } from "./i18n";
import { refreshAttentionSoon, updateHistory } from "./history";
import { showTab } from "./tabs";
import { actionButton } from "./profiles";
import { boot, profiles, settings, current, target, setSettings, setCurrent, storeTarget, provider } from "./store";

// A tile's element exists only while it is in (or near) view: see layoutTiles.
interface Tile { key: string; path: string; name: string; size: number; el?: HTMLLIElement; job?: Job; sent?: number; total?: number; plan?: string[]; error?: CoreError | null; sig?: string }
const tiles = new Map<string, Tile>(); // by path
let order: Tile[] = []; // as shown: newest first
const tileByJob = new Map<number, Tile>();
const early = new EarlyJobs(); // job updates that came before their enqueue answer
/** Where the keyboard was when its tile scrolled out of the grid's window. */
let focusReturn: { key: string; index: number } | null = null;
const FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])";

// ---------- destination ----------
export function renderProfiles(select: string | null) {
  const sel = $<HTMLSelectElement>("profile");
  sel.replaceChildren(
    ...profiles.map((p) => h("option", { value: p.name }, tr("profile-option", { profile: p.name === boot.demo_profile ? tr("demo-profile") : p.name, service: provider(p.provider)?.name ?? p.provider }))),
  );
  if (!profiles.length) sel.append(h("option", { value: "" }, tr("no-profile-option")));
  const pick = profiles.find((p) => p.name === select) ?? profiles[0] ?? null;
  if (pick) sel.value = pick.name;
  sel.onchange = () => chooseProfile(sel.value);
  chooseProfile(pick?.name ?? null);
  const rp = $<HTMLSelectElement>("rule-profile");
  rp.replaceChildren(...profiles.map((p) => h("option", { value: p.name, translate: "no" }, p.name)));
}

function chooseProfile(name: string | null) {
  setCurrent(profiles.find((p) => p.name === name) ?? null);
  storeTarget(null);
  const st = $("profile-status");
  if (current && !current.ready) {
    st.textContent = tr("credentials-missing");
    st.className = "warn";
  } else {
    st.textContent = current ? "" : "";
    st.className = "muted";
  }
  renderTargetArea();
  renderRecent();
  updateDropLine();
}

function renderTargetArea() {
  const area = $("target-area");
  area.replaceChildren();
  if (!current) return;
  const info = provider(current.provider)!;
  const manual = h("input", { id: "target-input", placeholder: info.picker?.takes_links ? tr("target-placeholder-links") : tr("target-placeholder"), "aria-label": tr("target-input", {}, "aria-label"), "aria-describedby": "target-help" }) as HTMLInputElement;
  const useBtn = h("button", { class: "secondary", id: "target-use" }, tr("use-target"));
  const msg = h("span", { id: "target-msg", role: "status" });
  const useManual = async () => {
    const raw = manual.value.trim();
    if (!raw) return;
    try {
      const canonical = await api.checkTarget(current!.name, raw);
      setTarget(canonical, null);
      msg.textContent = "";
    } catch (e) {
      msg.textContent = errorText(e);
      msg.className = "err";
    }
  };
  useBtn.addEventListener("click", useManual);
  manual.addEventListener("keydown", (e) => { if (e.key === "Enter") useManual(); });
  const pk = info.picker;
  if (info.caps.search && pk) {
    // Kinds of record (Zoho's modules, ChakraHQ's procedures with their photo fields) come from the provider.
    const mod = h("select", { id: "search-module", "aria-label": pk.kind_label }, h("option", { value: "" }, tr("loading"))) as HTMLSelectElement;
    const slot = h("select", { id: "search-slot", "aria-label": tr("photo-field", {}, "aria-label"), hidden: true }) as HTMLSelectElement;
    const listsAll = pk.lists_without_query;
    const q = h("input", { id: "search-input", type: "search", placeholder: pk.placeholder, "aria-label": tr("find-record", {}, "aria-label"), autocomplete: "off" }) as HTMLInputElement;
    const results = h("ul", { id: "search-results", class: "results", role: "listbox", "aria-label": tr("matching-records", {}, "aria-label") });
    let kinds: RecordKind[] = [];
    const kind = () => kinds.find((k) => k.id === mod.value);
    let timer = 0;
    let seq = 0;
    const run = async () => {
      const text = q.value.trim();
      if (!mod.value || (!listsAll && text.length < 2)) { results.replaceChildren(); return; }
      const mine = ++seq;
      results.replaceChildren(h("li", { class: "muted" }, tr("searching")));
      try {
        const hits = await api.searchRecords(current!.name, mod.value, text);
        if (mine !== seq) return;
        const what = kind()?.name ?? tr("record-fallback");
        results.replaceChildren(
          ...(hits.length ? hits.map((r) => hitItem(r)) : [h("li", { class: "muted" }, text ? tr("no-match", { what, text }) : tr("no-records", { what }))]),
        );
      } catch (e) {
        if (mine === seq) results.replaceChildren(h("li", { class: "err" }, errorText(e)));
      }
    };
    const hitItem = (r: RecordHit) => {
      const li = h("li", { role: "option", tabindex: "0", "data-target": r.target, translate: "no" }, h("strong", {}, r.name), " ", h("span", { class: "muted" }, [r.detail, `#${r.id}`].filter(Boolean).join(" · ")));
      const choose = () => {
        const k = kind();
        const field = k?.slots.find((s) => s.id === slot.value);
        if (k && k.slots.length && field) setTarget(`${r.target}/${field.id}`, `${r.name} · ${field.name}`);
        else setTarget(r.target, r.name);
        results.replaceChildren();
        q.value = "";
      };
      li.addEventListener("click", choose);
      li.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); choose(); } });
      return li;
    };
    const kindChanged = () => {
      const k = kind();
      slot.replaceChildren(...(k?.slots ?? []).map((s) => h("option", { value: s.id, translate: "no" }, s.name)));
      slot.hidden = !k || k.slots.length === 0;
      run();
    };
    api.recordKinds(current.name).then((ks) => {
      kinds = ks;
      mod.replaceChildren(...ks.map((k) => h("option", { value: k.id, translate: "no" }, k.name)));
      kindChanged();
    }).catch((e) => {
      mod.replaceChildren(h("option", { value: "" }, "—"));
      results.replaceChildren(h("li", { class: "err" }, errorText(e)));
    });
    q.addEventListener("input", () => { clearTimeout(timer); timer = window.setTimeout(run, 250); });
    q.addEventListener("keydown", (e) => { if (e.key === "ArrowDown") (results.querySelector("li[tabindex]") as HTMLElement | null)?.focus(); });
    mod.addEventListener("change", kindChanged);
    area.append(
      h("div", { class: "row" }, h("label", { for: "search-input" }, pk.item_label), mod, q, slot),
      results,
      h("div", { class: "row" }, manual, useBtn, msg),
    );
  } else {
    area.append(h("div", { class: "row" }, h("label", { for: "target-input" }, tr("target")), manual, useBtn, msg));
  }
  // How a target is written, in full (a placeholder that long would be cut off).
  area.append(h("p", { id: "target-help", class: "muted hint" }, tr("pd-target-help", { help: info.target_help })));
  area.append(h("p", { id: "target-chosen", class: "chosen", "aria-live": "polite" }, tr("no-target")));
}

function setTarget(value: string, label: string | null) {
  storeTarget({ value, label });
  const c = $("target-chosen");
  c.replaceChildren(tr("photos-go-to"), " ", h("strong", { id: "target-value", translate: "no" }, label ? `${label} (${value})` : value));
  updateDropLine();
  // Photos added before there was a target go now.
  if (held.length) send(held.splice(0));
  api.rememberTarget(current!.name, value, label).then((s) => { setSettings(s); renderRecent(); }).catch(() => {});
}

function renderRecent() {
  const box = $("recent");
  box.replaceChildren();
  if (!current) return;
  const rs = settings.recent_targets.filter((r) => r.profile === current!.name);
  if (!rs.length) return;
  box.append(h("span", { class: "muted" }, tr("recent")));
  for (const r of rs) {
    box.append(h("button", { class: "chip", translate: "no", onclick: () => setTarget(r.target, r.label) }, r.label ? `${r.label}` : r.target));
  }
}

function updateDropLine() {
  const l = $("drop-target-line");
  if (!current) l.textContent = tr("add-profile-first");
  else if (!target) l.textContent = tr("choose-target-first");
  else l.textContent = tr("destination-line", { profile: current.name, target: target.label ?? target.value });
  $("overlay-target").textContent = target ? (target.label ?? target.value) : tr("choose-target-overlay");
}

// ---------- adding photos ----------
const held: string[] = []; // paths dropped before a target was chosen
export function setupDrop() {
  const overlay = $("drop-overlay");
  getCurrentWebview().onDragDropEvent((e) => {
    const p = e.payload;
    if (p.type === "enter" || p.type === "over") overlay.hidden = false;
    else if (p.type === "leave") overlay.hidden = true;
    else if (p.type === "drop") {
      overlay.hidden = true;
      addPaths(p.paths);
    }
  });
  $("pick-files").addEventListener("click", async () => addExpanded(await api.pickFiles(false)));
  $("pick-folder").addEventListener("click", async () => addExpanded(await api.pickFiles(true)));
  document.addEventListener("paste", async (e) => {
    const items = [...(e.clipboardData?.items ?? [])].filter((i) => i.kind === "file" && i.type.startsWith("image/"));
    if (!items.length) {
      // WebKitGTK hands the page only the clipboard's text: images and copied
      // files are read by the shell. Text pasted into a field stays a text paste.
      if (!pasteGoesToShell(isTextField(e.target), [...(e.clipboardData?.types ?? [])])) return;
      e.preventDefault();
      try {
        await addExpanded(await api.pasteClipboard());
      } catch (err) {
        toast(errorText(err), true);
      }
      return;
    }
    e.preventDefault();
    for (const it of items) {
      const f = it.getAsFile();
      if (!f) continue;
      try {
        const entry = await api.pasteImage(new Uint8Array(await f.arrayBuffer()));
        await addFiles([entry]);
      } catch (err) {
        toast(errorText(err), true);
      }
    }
  });
  $("clear-done").addEventListener("click", () => {
    for (const [k, t] of tiles) {
      if ((t.job && isFinal(t.job.state) && t.job.state !== "needs-attention" && t.job.state !== "failed") || (!t.job && t.error)) {
        tiles.delete(k);
        if (t.job) tileByJob.delete(t.job.id);
      }
    }
    order = order.filter((t) => tiles.get(t.key) === t);
    layoutTiles();
    updateBatch();
  });
}

function isTextField(el: EventTarget | null): boolean {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable)
    || (el instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "range", "color", "file"].includes(el.type));
}

export async function addPaths(paths: string[]) {
  if (!paths.length) return;
  try {
    addExpanded(await api.expandPaths(paths));
  } catch (e) {
    toast(errorText(e), true);
  }
}

async function addExpanded(x: { files: FileEntry[]; skipped: number }) {
  if (x.skipped) toast(tr("skipped-files", { count: x.skipped }));
  await addFiles(x.files);
}

async function addFiles(files: FileEntry[]) {
  if (!files.length) return;
  showTab("upload");
  const fresh: Tile[] = [];
  const added: Tile[] = [];
  let replaced = false;
  for (const f of files) {
    let t = tiles.get(f.path);
    // A finished photo, or one that could not be read (gone, not yet there)
    // and is added again, gets a fresh tile: size, thumbnail and plan anew.
    if (!t || (t.job && isFinal(t.job.state)) || (!t.job && t.error)) {
      if (t) { replaced = true; t.el?.remove(); if (t.job) tileByJob.delete(t.job.id); }
      t = { key: f.path, path: f.path, name: f.name, size: f.size, error: f.error };
      tiles.set(f.path, t);
      added.push(t);
    }
    t.error = f.error;
    renderTile(t);
    if (!f.error) fresh.push(t);
  }
  // Newest on top, the last one added first (as a stack of prints would be).
  if (replaced) order = order.filter((t) => tiles.get(t.key) === t);
  order = [...added.reverse(), ...order];
  layoutTiles();
  updateBatch();
  // A batch too big to show at once: its thumbnails are made ahead, in the order shown.
  if (order.length > RENDER_ALL && added.length) api.prefetchThumbs(added.map((t) => t.path), THUMB_SIZE).catch(() => {});
  if (!fresh.length || !current) return;
  replan(fresh.map((t) => t.path), target?.value ?? null);
  const ok = fresh.filter((t) => !t.error).map((t) => t.path);
  if (!target) {
    held.push(...ok);
    toast(tr("held-until-target"));
    return;
  }
  await send(ok);
}

/// What preparation will do for this destination, shown before anything is sent.
function replan(paths: string[], dest: string | null) {
  if (!current || !paths.length) return;
  api.planFiles(current.name, dest, paths).then((plans) => {
    for (const p of plans) {
      const t = tiles.get(p.path);
      if (!t) continue;
      t.plan = describePlan(p.report);
      if (p.error) t.error = p.error;
      renderTile(t);
    }
  }).catch(() => {});
}

async function send(paths: string[], allowDuplicates = false) {
  if (!current || !target || !paths.length) return;
  const info = provider(current.provider)!;
  let dest = target.value;
  const suffix = info.many_photos_suffix;
  const warn = singleSlotWarning({ name: info.name, idempotency: info.caps.idempotency, suffix }, dest, paths.length);
  if (warn) {
    const attach = !!suffix;
    const choice = await ask(tr("one-slot-title"), warn + (attach ? ` ${tr("one-slot-attach-hint")}` : ""), [
      ...(attach ? [["attach", tr("one-slot-attach", { count: paths.length })] as [string, string]] : []),
      ["first", tr("one-slot-first")],
      ["all", tr("one-slot-each")],
      ["cancel", tr("cancel")],
    ]);
    if (choice === "attach") {
      dest = manyPhotosTarget(dest, suffix!);
      replan(paths, dest);
    }
    if (choice === "cancel" || !choice) {
      for (const p of paths) { const t = tiles.get(p); if (t) { t.error = { kind: "config", code: "CANCELLED", message: tr("not-sent"), retry: "permanent" }; renderTile(t); } }
      return;
    }
    if (choice === "first") {
      for (const p of paths.slice(1)) { const t = tiles.get(p); if (t) { t.error = { kind: "config", code: "NOT_SENT", message: tr("not-sent-one-photo"), retry: "permanent" }; renderTile(t); } }
      paths = paths.slice(0, 1);
    }
  }
  try {
    applyQueued(await api.enqueue(current.name, dest, paths, allowDuplicates));
  } catch (e) {
    toast(errorText(e), true);
    for (const p of paths) { const t = tiles.get(p); if (t) { t.error = { kind: "config", code: (e as CoreError).code ?? "ERROR", message: errorText(e), retry: "permanent", action: (e as CoreError).action }; renderTile(t); } }
  }
}

/** What the queue made of photos handed to it: each tile follows its job. */
export function applyQueued(results: Queued[]) {
  // Sent each to its own record: no longer held for the target to come.
  const gone = new Set(results.map((r) => r.path));
  held.splice(0, held.length, ...held.filter((p) => !gone.has(p)));
  for (const r of results) {
    const t = tiles.get(r.path);
    if (!t) continue;
    t.error = r.error;
    if (r.job) attachJob(t, r.job);
    renderTile(t);
  }
  updateBatch();
}

/** Photos of this session not sent yet (no job, nothing wrong with them). */
export function unsentPaths(): string[] {
  return order.filter((t) => !t.job && !t.error).map((t) => t.path).reverse();
}

/** Whether a job's target is its provider's many-photos target (attachments). */
function attachedTo(j: Job): boolean {
  const suffix = boot ? provider(j.provider)?.many_photos_suffix : null;
  return !!(suffix && j.target && hasSuffix(j.target, suffix));
}

function attachJob(t: Tile, j: Job) {
  if (t.job) tileByJob.delete(t.job.id);
  j = early.take(j);
  t.job = j;
  tileByJob.set(j.id, t);
}

function renderTile(t: Tile) {
  if (!t.el) return; // off screen: drawn from the model when scrolled to
  const j = t.job;
  const state = j?.state;
  t.el.className = `tile ${state ?? (t.error ? "error" : "pending")}`;
  t.el.dataset.state = state ?? (t.error ? "error" : "pending");
  t.el.dataset.path = t.path;
  if (j) t.el.dataset.job = String(j.id);
  t.el.setAttribute("aria-label", tr("tile-label", { name: t.name, state: state ? stateText(state) : t.error ? tr("tile-cannot") : tr("tile-waiting") }));
  let img = t.el.querySelector("img");
  if (!img) {
    img = h("img", { alt: "", decoding: "async", class: "thumb" }) as HTMLImageElement;
    img.src = `${convertFileSrc(t.path, "thumb")}?size=${THUMB_SIZE}`;
    img.addEventListener("error", () => img!.classList.add("broken"));
    t.el.replaceChildren(img, h("div", { class: "body" }));
  }
  const body = t.el.querySelector(".body")!;
  const plan = j?.prepared ? describePlan(j.prepared) : t.plan ?? [];
  // Rebuild the tile's text only when something it shows changed: a drop of
  // hundreds re-renders every tile several times (plan, enqueue, events).
  const sig = JSON.stringify([state, j?.attempts, j?.next_attempt_at, j?.error?.message, t.error?.message, plan, j?.url, j?.remote_id, !!target]);
  if (sig === t.sig && body.childElementCount) return;
  t.sig = sig;
  const kids: Child[] = [
    h("div", { class: "name", title: t.path, translate: "no" }, t.name),
    h("div", { class: "meta muted" }, formatBytes(t.size)),
    plan.length ? h("div", { class: "chips" }, ...plan.map((p) => h("span", { class: "chip small" }, p))) : null,
  ];
  if (j && (state === "uploading" || state === "preparing" || state === "queued" || state === "waiting-retry")) {
    const pc = state === "uploading" ? percent(t.sent ?? 0, t.total ?? j.size) : 0;
    const fill = h("i", {});
    fill.style.width = `${pc}%`;
    kids.push(h("div", { class: "bar", role: "progressbar", "aria-valuemin": "0", "aria-valuemax": "100", "aria-valuenow": String(pc), "aria-label": tr("progress-of", { name: t.name }) }, fill));
    kids.push(h("div", { class: "status" }, jobLine(j)));
  } else if (j && (state === "done" || state === "duplicate")) {
    kids.push(h("div", { class: "status ok" }, state === "done" ? (j.target && attachedTo(j) ? (j.record_name ? tr("attached-to", { record: j.record_name }) : tr("attached-to-record")) : j.record_name ? tr("uploaded-to", { record: j.record_name }) : tr("uploaded")) : tr("already-on-record")));
    if (j.url) {
      kids.push(h("div", { class: "row links" },
        h("a", { href: "#", class: "link", "data-url": j.url, onclick: (e: Event) => { e.preventDefault(); api.openLink(j.id).catch((x) => toast(errorText(x), true)); } }, tr("open")),
        h("button", { class: "secondary small", onclick: () => copy(j.url!, tr("copied-link")) }, tr("copy-link")),
      ));
    } else if (j.remote_id) {
      // The service gives no web link (ChakraHQ): its id is what people paste elsewhere.
      kids.push(h("div", { class: "row links" },
        h("span", { class: "rid muted", title: j.remote_id }, tr("remote-id", { id: j.remote_id })),
        h("button", { class: "secondary small", onclick: () => copy(j.remote_id!, tr("copied-id")) }, tr("copy-id")),
      ));
    }
    if (state === "duplicate") kids.push(h("button", { class: "secondary small", onclick: () => send([t.path], true) }, tr("upload-again")));
  } else if (j && (state === "failed" || state === "needs-attention")) {
    kids.push(h("div", { class: "status err", role: "alert", title: jobLine(j) }, jobLine(j)));
    const a = j.error?.action;
    if (a?.do !== "retry_job") kids.push(h("button", { class: "small retry", onclick: () => retryJobs([j.id]) }, tr("retry")));
    kids.push(actionButton(a, j, async () => onJobs({ jobs: await api.jobs([j.id]), progress: [], active: 1 })));
  } else if (t.error) {
    kids.push(h("div", { class: "status err", title: t.error.message }, t.error.message));
    kids.push(actionButton(t.error.action));
  } else {
    kids.push(h("div", { class: "status muted" }, target ? tr("adding") : tr("waiting-for-target")));
  }
  const hadFocus = body.contains(document.activeElement);
  body.replaceChildren(...kids.filter(Boolean) as Node[]);
  // Its button went with the old state (Retry pressed): keep the keyboard on this
  // tile's new control, or in the list, rather than back at the top of the page.
  if (hadFocus) (body.querySelector<HTMLElement>(FOCUSABLE) ?? $("tiles")).focus({ preventScroll: true });
}

export async function retryJobs(ids: number[]) {
  try {
    const n = await api.retry(ids);
    if (!n.length) toast(tr("nothing-to-retry"));
    const fresh = await api.jobs(ids);
    onJobs({ jobs: fresh, progress: [], active: 1 });
  } catch (e) {
    toast(errorText(e), true);
  }
}

export function onJobs(p: { jobs: Job[]; progress: [number, number, number][]; active: number }) {
  for (const [id, sent, total] of p.progress) {
    const t = tileByJob.get(id);
    if (t) {
      t.sent = sent; t.total = total;
      const bar = t.el?.querySelector<HTMLElement>(".bar");
      if (bar) { const pc = percent(sent, total); bar.setAttribute("aria-valuenow", String(pc)); (bar.firstChild as HTMLElement).style.width = `${pc}%`; }
    }
  }
  for (const j of p.jobs) {
    const t = tileByJob.get(j.id);
    if (t) { t.job = j; renderTile(t); } else early.stash(j);
  }
  updateHistory(p.jobs);
  if (p.jobs.some((j) => j.state === "needs-attention" || j.state === "failed" || j.state === "done")) refreshAttentionSoon();
  updateBatch();
}

// ---------- the tile grid ----------
// Only the rows in view (and two either side) exist in the DOM: with 500
// photos, building and styling every tile, and the lazy-image bookkeeping for
// each, froze the window for about a second at the drop and on every scroll.
// Rows have a fixed height (grid-auto-rows in style.css), so positions are arithmetic.
const TILE_MIN_W = 200, TILE_H = 280, TILE_GAP = 10;
const RENDER_ALL = 60; // up to this many tiles, all are in the DOM
const THUMB_SIZE = 256;
let layoutQueued = false;
function queueLayout() {
  if (layoutQueued) return;
  layoutQueued = true;
  requestAnimationFrame(() => { layoutQueued = false; layoutTiles(); });
}
function layoutTiles(withOverscan = false) {
  const ul = $("tiles");
  const scroller = ul.closest("main")!;
  const geometry = {
    count: order.length, cols: gridColumns(ul.clientWidth, TILE_MIN_W, TILE_GAP), rowHeight: TILE_H, gap: TILE_GAP, renderAll: RENDER_ALL,
    top: scroller.getBoundingClientRect().top - ul.getBoundingClientRect().top,
    viewport: scroller.clientHeight || innerHeight,
  };
  let w = gridWindow({ ...geometry, overscan: 2 });
  // A jump (Page Down, the scrollbar) can bring a whole screen of new tiles:
  // build the rows in view in this frame and the rows around them in the next,
  // so no single frame carries both.
  if (!withOverscan) {
    const d = deferOverscan(w, gridWindow({ ...geometry, overscan: 0 }), geometry.cols, TILE_H + TILE_GAP, (i) => !!order[i].el);
    if (d) { w = d; requestAnimationFrame(() => layoutTiles(true)); }
  }
  ul.style.paddingTop = w.padTop ? `${w.padTop}px` : "";
  ul.style.height = w.height === null ? "" : `${w.height}px`;
  const want = order.slice(w.start, w.end);
  const keep = new Set(want);
  const active = document.activeElement;
  for (const el of [...ul.children]) {
    const t = tiles.get((el as HTMLElement).dataset.path ?? "");
    if (!t || !keep.has(t)) {
      // A focused control scrolled out of the window: the keyboard stays in
      // the list (Tab goes on from the rows in view) and gets it back when it returns.
      if (t && active && el.contains(active)) {
        focusReturn = { key: t.key, index: [...el.querySelectorAll(FOCUSABLE)].indexOf(active) };
        el.remove();
        ul.focus({ preventScroll: true });
      } else el.remove();
      if (t && t.el === el) { t.el = undefined; t.sig = undefined; }
    }
  }
  const els = want.map((t, i) => {
    if (!t.el) {
      t.el = h("li", { class: "tile" }) as HTMLLIElement;
      renderTile(t);
    }
    t.el.setAttribute("aria-posinset", String(w.start + i + 1));
    t.el.setAttribute("aria-setsize", String(order.length));
    return t.el;
  });
  // Only new tiles are inserted; the ones kept never move, because moving a
  // node out of the document drops the keyboard focus inside it.
  for (let i = 0; i < els.length; i++) {
    if (ul.children[i] !== els[i]) ul.insertBefore(els[i], ul.children[i] ?? null);
  }
  if (focusReturn) {
    const back = document.activeElement === ul ? tiles.get(focusReturn.key) : undefined;
    if (back?.el?.isConnected) {
      const ctl = back.el.querySelectorAll<HTMLElement>(FOCUSABLE)[focusReturn.index];
      (ctl ?? back.el).focus({ preventScroll: true });
      focusReturn = null;
    } else if (document.activeElement !== ul) focusReturn = null;
  }
  ul.dataset.count = String(order.length);
}
export function setupTileGrid() {
  const ul = $("tiles");
  ul.closest("main")!.addEventListener("scroll", queueLayout, { passive: true });
  new ResizeObserver(queueLayout).observe(ul.closest("main")!);
  new ResizeObserver(queueLayout).observe(ul);
}

function updateBatch() {
  const states = [...tiles.values()].filter((t) => t.job).map((t) => t.job!.state);
  $("batchbar").hidden = tiles.size === 0;
  $("match-open").hidden = !(current && provider(current.provider)?.caps.by_field && unsentPaths().length > 1);
  $("batch-summary").textContent = summarize(states) || tr("photos-count", { count: tiles.size });
}
