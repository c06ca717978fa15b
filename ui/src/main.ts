// PhotoDrop's web UI: plain TypeScript over the shell's commands and events.
import { convertFileSrc } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { api, Bootstrap, ProfileView, ProviderInfo, RecordHit, RecordKind, RuleView, Settings, FileEntry, HistoryInput, WatchRule } from "./api";
import {
  Job, CoreError, describePlan, formatBytes, formatTime, stateText, isFinal, canRetry, jobLine, errorText,
  percent, virtualWindow, gridColumns, gridWindow, deferOverscan, summarize, singleSlotWarning, manyPhotosTarget, hasSuffix, EarlyJobs,
  pasteGoesToShell,
} from "./logic";

// ---------- tiny DOM helpers ----------
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
type Child = Node | string | null | undefined | false;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, unknown> = {}, ...kids: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v as EventListener);
    else if (k === "class") el.className = String(v);
    else if (k === "value" || (k in el && typeof v !== "string")) (el as unknown as Record<string, unknown>)[k] = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of kids) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}
let toastTimer = 0;
function toast(msg: string, bad = false) {
  const t = $("toast");
  t.textContent = msg;
  t.className = bad ? "toast bad" : "toast";
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (t.hidden = true), bad ? 8000 : 3500);
}

// ---------- state ----------
let boot: Bootstrap;
let profiles: ProfileView[] = [];
let settings: Settings;
let current: ProfileView | null = null;
let target: { value: string; label: string | null } | null = null;

// A tile's element exists only while it is in (or near) view: see layoutTiles.
interface Tile { key: string; path: string; name: string; size: number; el?: HTMLLIElement; job?: Job; sent?: number; total?: number; plan?: string[]; error?: CoreError | null; sig?: string }
const tiles = new Map<string, Tile>(); // by path
let order: Tile[] = []; // as shown: newest first
const tileByJob = new Map<number, Tile>();
const early = new EarlyJobs(); // job updates that came before their enqueue answer
/** Where the keyboard was when its tile scrolled out of the grid's window. */
let focusReturn: { key: string; index: number } | null = null;
const FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])";

const provider = (id: string | undefined): ProviderInfo | undefined => boot.providers.find((p) => p.id === id);

// ---------- boot ----------
async function main() {
  boot = await api.bootstrap();
  profiles = boot.profiles;
  settings = boot.settings;
  applyTheme();
  $("about").textContent = `PhotoDrop ${boot.version}. Secrets are kept in ${boot.keyring}. Queue, history and thumbnails: ${boot.data_dir}.`;
  $("pd-keyring").textContent = boot.keyring;
  setupTabs();
  renderProfiles(settings.last_profile ?? boot.demo_profile ?? profiles[0]?.name ?? null);
  setupDrop();
  setupTileGrid();
  setupProfileDialog();
  setupHistory();
  setupWatch();
  setupSettings();
  await listen<{ jobs: Job[]; progress: [number, number, number][]; active: number }>("jobs", (e) => onJobs(e.payload));
  await listen("watch", () => refreshRules());
  await listen<string[]>("open-files", (e) => addPaths(e.payload));
  if (boot.initial_files.length) addPaths(boot.initial_files);
  refreshAttention();
  document.body.dataset.ready = "1";
}

function applyTheme() {
  document.documentElement.dataset.theme = settings.theme === "system" ? "" : settings.theme;
}

// ---------- tabs ----------
function setupTabs() {
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
function showTab(name: string) {
  for (const t of ["upload", "history", "watch", "settings"]) {
    $(`tab-${t}`).setAttribute("aria-selected", String(t === name));
    $(`view-${t}`).hidden = t !== name;
  }
  if (name === "history") { refreshAttention(); reloadHistory(); }
  if (name === "watch") refreshRules();
  if (name === "settings") renderProfileSettings();
}

// ---------- destination ----------
function renderProfiles(select: string | null) {
  const sel = $<HTMLSelectElement>("profile");
  sel.replaceChildren(
    ...profiles.map((p) => h("option", { value: p.name }, `${p.name === boot.demo_profile ? "Sandbox (demo)" : p.name} — ${provider(p.provider)?.name ?? p.provider}`)),
  );
  if (!profiles.length) sel.append(h("option", { value: "" }, "No profile yet — add one"));
  const pick = profiles.find((p) => p.name === select) ?? profiles[0] ?? null;
  if (pick) sel.value = pick.name;
  sel.onchange = () => chooseProfile(sel.value);
  chooseProfile(pick?.name ?? null);
  const rp = $<HTMLSelectElement>("rule-profile");
  rp.replaceChildren(...profiles.map((p) => h("option", { value: p.name }, p.name)));
}

function chooseProfile(name: string | null) {
  current = profiles.find((p) => p.name === name) ?? null;
  target = null;
  const st = $("profile-status");
  if (current && !current.ready) {
    st.textContent = "Credentials missing — open Settings to add them.";
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
  const manual = h("input", { id: "target-input", placeholder: info.picker?.takes_links ? `or paste a record address / type ${info.target_help}` : info.target_help, "aria-label": "Target" }) as HTMLInputElement;
  const useBtn = h("button", { class: "secondary", id: "target-use" }, "Use");
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
    const mod = h("select", { id: "search-module", "aria-label": pk.kind_label }, h("option", { value: "" }, "Loading…")) as HTMLSelectElement;
    const slot = h("select", { id: "search-slot", "aria-label": "Photo field", hidden: true }) as HTMLSelectElement;
    const listsAll = pk.lists_without_query;
    const q = h("input", { id: "search-input", type: "search", placeholder: pk.placeholder, "aria-label": "Find a record", autocomplete: "off" }) as HTMLInputElement;
    const results = h("ul", { id: "search-results", class: "results", role: "listbox", "aria-label": "Matching records" });
    let kinds: RecordKind[] = [];
    const kind = () => kinds.find((k) => k.id === mod.value);
    let timer = 0;
    let seq = 0;
    const run = async () => {
      const text = q.value.trim();
      if (!mod.value || (!listsAll && text.length < 2)) { results.replaceChildren(); return; }
      const mine = ++seq;
      results.replaceChildren(h("li", { class: "muted" }, "Searching…"));
      try {
        const hits = await api.searchRecords(current!.name, mod.value, text);
        if (mine !== seq) return;
        const what = kind()?.name.toLowerCase() ?? "record";
        results.replaceChildren(
          ...(hits.length ? hits.map((r) => hitItem(r)) : [h("li", { class: "muted" }, text ? `No ${what} matches “${text}”.` : `No ${what} yet.`)]),
        );
      } catch (e) {
        if (mine === seq) results.replaceChildren(h("li", { class: "err" }, errorText(e)));
      }
    };
    const hitItem = (r: RecordHit) => {
      const li = h("li", { role: "option", tabindex: "0", "data-target": r.target }, h("strong", {}, r.name), " ", h("span", { class: "muted" }, [r.detail, `#${r.id}`].filter(Boolean).join(" · ")));
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
      slot.replaceChildren(...(k?.slots ?? []).map((s) => h("option", { value: s.id }, s.name)));
      slot.hidden = !k || k.slots.length === 0;
      run();
    };
    api.recordKinds(current.name).then((ks) => {
      kinds = ks;
      mod.replaceChildren(...ks.map((k) => h("option", { value: k.id }, k.name)));
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
    area.append(h("div", { class: "row" }, h("label", { for: "target-input" }, "Target"), manual, useBtn, msg));
  }
  area.append(h("p", { id: "target-chosen", class: "chosen", "aria-live": "polite" }, "No target chosen yet."));
}

function setTarget(value: string, label: string | null) {
  target = { value, label };
  const c = $("target-chosen");
  c.replaceChildren("Photos go to ", h("strong", { id: "target-value" }, label ? `${label} (${value})` : value));
  updateDropLine();
  // Photos added before there was a target go now.
  if (held.length) send(held.splice(0));
  api.rememberTarget(current!.name, value, label).then((s) => { settings = s; renderRecent(); }).catch(() => {});
}

function renderRecent() {
  const box = $("recent");
  box.replaceChildren();
  if (!current) return;
  const rs = settings.recent_targets.filter((r) => r.profile === current!.name);
  if (!rs.length) return;
  box.append(h("span", { class: "muted" }, "Recent:"));
  for (const r of rs) {
    box.append(h("button", { class: "chip", onclick: () => setTarget(r.target, r.label) }, r.label ? `${r.label}` : r.target));
  }
}

function updateDropLine() {
  const l = $("drop-target-line");
  if (!current) l.textContent = "Add a profile first.";
  else if (!target) l.textContent = "Choose a target record first; photos you add are held until then.";
  else l.textContent = `Destination: ${current.name} → ${target.label ?? target.value}`;
  $("overlay-target").textContent = target ? (target.label ?? target.value) : "(choose a target first)";
}

// ---------- adding photos ----------
const held: string[] = []; // paths dropped before a target was chosen
function setupDrop() {
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

async function addPaths(paths: string[]) {
  if (!paths.length) return;
  try {
    addExpanded(await api.expandPaths(paths));
  } catch (e) {
    toast(errorText(e), true);
  }
}

async function addExpanded(x: { files: FileEntry[]; skipped: number }) {
  if (x.skipped) toast(`${x.skipped} file${x.skipped === 1 ? "" : "s"} in the folder ${x.skipped === 1 ? "is not a photo" : "are not photos"} and ${x.skipped === 1 ? "was" : "were"} skipped.`);
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
    if (!t || (t.job && isFinal(t.job.state))) {
      if (t) { replaced = true; if (t.job) tileByJob.delete(t.job.id); }
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
    toast("Choose a target record; the photos will go as soon as you do.");
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
    const choice = await ask("Several photos, one photo slot", warn + (attach ? " They can go as record attachments instead: a record keeps any number of those, at full size." : ""), [
      ...(attach ? [["attach", `Attach all ${paths.length} as attachments`] as [string, string]] : []),
      ["first", "Use only the first as the photo"],
      ["all", "Set each as the photo (the last stays)"],
      ["cancel", "Cancel"],
    ]);
    if (choice === "attach") {
      dest = manyPhotosTarget(dest, suffix!);
      replan(paths, dest);
    }
    if (choice === "cancel" || !choice) {
      for (const p of paths) { const t = tiles.get(p); if (t) { t.error = { kind: "config", code: "CANCELLED", message: "Not sent." }; renderTile(t); } }
      return;
    }
    if (choice === "first") {
      for (const p of paths.slice(1)) { const t = tiles.get(p); if (t) { t.error = { kind: "config", code: "NOT_SENT", message: "Not sent: the record keeps one photo." }; renderTile(t); } }
      paths = paths.slice(0, 1);
    }
  }
  try {
    const results = await api.enqueue(current.name, dest, paths, allowDuplicates);
    for (const r of results) {
      const t = tiles.get(r.path);
      if (!t) continue;
      t.error = r.error;
      if (r.job) attachJob(t, r.job);
      renderTile(t);
    }
    updateBatch();
  } catch (e) {
    toast(errorText(e), true);
    for (const p of paths) { const t = tiles.get(p); if (t) { t.error = { kind: "config", code: (e as CoreError).code ?? "ERROR", message: errorText(e) }; renderTile(t); } }
  }
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
  t.el.setAttribute("aria-label", `${t.name}: ${state ? stateText(state) : t.error ? "cannot upload" : "waiting"}`);
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
    h("div", { class: "name", title: t.path }, t.name),
    h("div", { class: "meta muted" }, formatBytes(t.size)),
    plan.length ? h("div", { class: "chips" }, ...plan.map((p) => h("span", { class: "chip small" }, p))) : null,
  ];
  if (j && (state === "uploading" || state === "preparing" || state === "queued" || state === "waiting-retry")) {
    const pc = state === "uploading" ? percent(t.sent ?? 0, t.total ?? j.size) : 0;
    const fill = h("i", {});
    fill.style.width = `${pc}%`;
    kids.push(h("div", { class: "bar", role: "progressbar", "aria-valuemin": "0", "aria-valuemax": "100", "aria-valuenow": String(pc), "aria-label": `Upload progress of ${t.name}` }, fill));
    kids.push(h("div", { class: "status" }, jobLine(j)));
  } else if (j && (state === "done" || state === "duplicate")) {
    kids.push(h("div", { class: "status ok" }, state === "done" ? (j.target && attachedTo(j) ? "✓ Attached to the record" : "✓ Uploaded") : "✓ Already on this record"));
    if (j.url) {
      kids.push(h("div", { class: "row links" },
        h("a", { href: "#", class: "link", "data-url": j.url, onclick: (e: Event) => { e.preventDefault(); api.openLink(j.id).catch((x) => toast(errorText(x), true)); } }, "Open"),
        h("button", { class: "secondary small", onclick: () => copy(j.url!, "Link") }, "Copy link"),
      ));
    } else if (j.remote_id) {
      // The service gives no web link (ChakraHQ): its id is what people paste elsewhere.
      kids.push(h("div", { class: "row links" },
        h("span", { class: "rid muted", title: j.remote_id }, `ID ${j.remote_id}`),
        h("button", { class: "secondary small", onclick: () => copy(j.remote_id!, "ID") }, "Copy ID"),
      ));
    }
    if (state === "duplicate") kids.push(h("button", { class: "secondary small", onclick: () => send([t.path], true) }, "Upload again anyway"));
  } else if (j && (state === "failed" || state === "needs-attention")) {
    kids.push(h("div", { class: "status err", role: "alert", title: jobLine(j) }, jobLine(j)));
    kids.push(h("button", { class: "small retry", onclick: () => retryJobs([j.id]) }, "Retry"));
  } else if (t.error) {
    kids.push(h("div", { class: "status err", title: t.error.message }, t.error.message));
  } else {
    kids.push(h("div", { class: "status muted" }, target ? "Adding…" : "Waiting for a target"));
  }
  const hadFocus = body.contains(document.activeElement);
  body.replaceChildren(...kids.filter(Boolean) as Node[]);
  // Its button went with the old state (Retry pressed): keep the keyboard on this
  // tile's new control, or in the list, rather than back at the top of the page.
  if (hadFocus) (body.querySelector<HTMLElement>(FOCUSABLE) ?? $("tiles")).focus({ preventScroll: true });
}

async function retryJobs(ids: number[]) {
  try {
    const n = await api.retry(ids);
    if (!n.length) toast("Nothing to retry.");
    const fresh = await api.jobs(ids);
    onJobs({ jobs: fresh, progress: [], active: 1 });
  } catch (e) {
    toast(errorText(e), true);
  }
}

async function copy(text: string, what = "Link") {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const ta = h("textarea", { value: text }) as HTMLTextAreaElement;
    document.body.append(ta);
    ta.select();
    document.execCommand("copy");
    ta.remove();
  }
  toast(`${what} copied.`);
}

function onJobs(p: { jobs: Job[]; progress: [number, number, number][]; active: number }) {
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
    if (histById.has(j.id)) {
      histById.set(j.id, j);
      const i = hist.findIndex((x) => x.id === j.id);
      if (i >= 0) hist[i] = j;
      histDirty = true;
    }
  }
  if (histDirty) { histDirty = false; renderHistoryRows(); }
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
function setupTileGrid() {
  const ul = $("tiles");
  ul.closest("main")!.addEventListener("scroll", queueLayout, { passive: true });
  new ResizeObserver(queueLayout).observe(ul.closest("main")!);
  new ResizeObserver(queueLayout).observe(ul);
}

function updateBatch() {
  const states = [...tiles.values()].filter((t) => t.job).map((t) => t.job!.state);
  $("batchbar").hidden = tiles.size === 0;
  $("batch-summary").textContent = summarize(states) || `${tiles.size} photo${tiles.size === 1 ? "" : "s"}`;
}

// ---------- confirm dialog ----------
function ask(title: string, body: string, buttons: [string, string][]): Promise<string | null> {
  const d = $<HTMLDialogElement>("confirm-dialog");
  $("cd-title").textContent = title;
  $("cd-body").textContent = body;
  return new Promise((resolve) => {
    $("cd-buttons").replaceChildren(...buttons.map(([v, label], i) => h("button", { value: v, class: i === 0 ? "" : "secondary", "data-choice": v }, label)));
    d.onclose = () => resolve(d.returnValue || null);
    d.returnValue = "";
    d.showModal();
  });
}

// ---------- profile dialog ----------
function setupProfileDialog() {
  const d = $<HTMLDialogElement>("profile-dialog");
  const prov = $<HTMLSelectElement>("pd-provider");
  prov.replaceChildren(...boot.providers.map((p) => h("option", { value: p.id }, p.name)));
  prov.onchange = () => renderProviderForm();
  $("add-profile").addEventListener("click", () => {
    (document.getElementById("profile-form") as HTMLFormElement).reset();
    $("pd-msg").textContent = "";
    renderProviderForm();
    d.showModal();
  });
  $("pd-cancel").addEventListener("click", () => d.close());
  $("pd-save").addEventListener("click", () => saveProfileForm(false));
  $("pd-test").addEventListener("click", () => saveProfileForm(true));
  setupDeviceSignIn();
  $("pd-exchange").addEventListener("click", async () => {
    const name = $<HTMLInputElement>("pd-name").value.trim();
    const code = $<HTMLInputElement>("pd-grant-code").value.trim();
    if (!code) return say("Paste the grant code first.", true);
    if (!(await saveProfileForm(false, true))) return;
    try {
      say("Exchanging the grant code…");
      await api.signInCode(name, code);
      $<HTMLInputElement>("pd-grant-code").value = "";
      say("Refresh token stored. Testing the connection…");
      say(await api.testConnection(name));
      await reloadProfiles(name);
    } catch (e) {
      say(errorText(e), true);
    }
  });
}
// Device sign-in (the provider's, e.g. Zoho's): show the code and the link, wait for approval.
function setupDeviceSignIn() {
  const box = $("pd-device-box");
  let active: string | null = null;
  const stop = () => { box.hidden = true; active = null; };
  $("pd-device").addEventListener("click", async () => {
    const name = $<HTMLInputElement>("pd-name").value.trim();
    if (!(await saveProfileForm(false, true))) return;
    try {
      const info = provider($<HTMLSelectElement>("pd-provider").value);
      say(`Asking ${info?.name ?? "the service"} for a sign-in code…`);
      const auth = await api.deviceSignInStart(name);
      active = name;
      $("pd-device-code").textContent = auth.user_code;
      $("pd-device-link").textContent = auth.verification_url;
      $("pd-device-status").textContent = `Waiting for approval (the code is valid ${Math.round(auth.expires_in / 60)} min)…`;
      box.hidden = false;
      say("");
      const view = await api.deviceSignInWait(name);
      if (active !== name) return;
      stop();
      // A sign-in may move the profile (Zoho: to the account's data centre).
      const moved = (info?.sign_in?.may_change ?? []).filter((k) => view.options[k]);
      say(`Connected${moved.length ? ` (${moved.map((k) => `${k} ${view.options[k]}`).join(", ")})` : ""}. Testing the connection…`);
      say(await api.testConnection(name));
      await reloadProfiles(name);
      for (const k of moved) {
        const el = document.getElementById(`pd-opt-${k}`) as HTMLSelectElement | null;
        if (el) el.value = view.options[k];
      }
    } catch (e) {
      if (active === name) stop();
      say(errorText(e), true);
    }
  });
  $("pd-device-link").addEventListener("click", (e) => { e.preventDefault(); if (active) api.deviceSignInOpen(active).catch((x) => say(errorText(x), true)); });
  $("pd-device-copy").addEventListener("click", () => copy($("pd-device-code").textContent ?? "", "Code"));
  $("pd-device-cancel").addEventListener("click", () => { if (active) api.deviceSignInCancel(active); });
  $<HTMLDialogElement>("profile-dialog").addEventListener("close", () => { if (active) api.deviceSignInCancel(active); });
}
function say(msg: string, bad = false) {
  const m = $("pd-msg");
  m.textContent = msg;
  m.className = bad ? "err" : "ok";
}
function renderProviderForm() {
  const info = provider($<HTMLSelectElement>("pd-provider").value)!;
  const opts = $("pd-options");
  opts.replaceChildren();
  for (const o of info.options) {
    const id = `pd-opt-${o.key}`;
    opts.append(h("label", { for: id, title: o.help }, o.key === "dc" ? "Data centre" : o.key));
    if (o.choices.length) {
      opts.append(h("select", { id, "data-option": o.key, title: o.help }, ...o.choices.map((c) => h("option", { value: c, selected: c === o.default }, c))));
    } else {
      opts.append(h("input", { id, "data-option": o.key, placeholder: o.default ?? "", title: o.help }));
    }
  }
  const sec = $("pd-secrets");
  sec.replaceChildren();
  for (const f of info.fields) {
    const id = `pd-secret-${f.name}`;
    sec.append(h("label", { for: id }, f.name), h("input", { id, type: "password", "data-secret": f.name, placeholder: f.help, autocomplete: "off" }));
  }
  const guide = $("pd-guide");
  const si = info.sign_in;
  $("pd-grant").hidden = !si;
  for (const el of $("pd-grant").querySelectorAll<HTMLElement>(".pd-by-code, .pd-by-device")) {
    el.hidden = !((el.classList.contains("pd-by-code") && si?.grant_code) || (el.classList.contains("pd-by-device") && si?.device));
  }
  if (si) {
    const ways = [
      si.grant_code ? "Generate a grant code with those scopes, paste it below and press Exchange." : "",
      si.device ? "Or press “Sign in with a code” and approve in your browser; PhotoDrop follows your account where it lives." : "",
    ].filter(Boolean);
    const lasting = info.fields.filter((f) => !si.client_fields.includes(f.name)).map((f) => f.name);
    guide.replaceChildren(
      h("p", {}, `Connecting ${info.name}: ${si.instructions}`),
      h("code", { class: "block" }, si.scopes),
      h("p", {}, `${ways.join(" ")} Either way the result goes to the keyring.${lasting.length ? ` (Already have a ${lasting.join(" / ")}? Paste it below.)` : ""}`),
    );
  } else {
    guide.replaceChildren(h("p", { class: "muted" }, `Target: ${info.target_help}`));
  }
}
async function saveProfileForm(test: boolean, quiet = false): Promise<boolean> {
  const info = provider($<HTMLSelectElement>("pd-provider").value)!;
  const name = $<HTMLInputElement>("pd-name").value.trim();
  if (!name) { say("Give the profile a name.", true); return false; }
  const options: Record<string, string> = {};
  for (const el of $("pd-options").querySelectorAll<HTMLInputElement>("[data-option]")) if (el.value) options[el.dataset.option!] = el.value;
  try {
    const exists = profiles.some((p) => p.name === name);
    await api.saveProfile({ name, provider: info.id, base_url: $<HTMLInputElement>("pd-base").value.trim() || null, options, replace: exists });
    for (const el of $("pd-secrets").querySelectorAll<HTMLInputElement>("[data-secret]")) {
      if (el.value) {
        await api.setSecret(name, el.dataset.secret!, el.value);
        el.value = "";
        el.placeholder = "set (type to replace)";
      }
    }
    await reloadProfiles(name);
    if (test) {
      say("Testing the connection…");
      say(await api.testConnection(name));
    } else if (!quiet) {
      say(`Saved profile ${name}.`);
    }
    return true;
  } catch (e) {
    say(errorText(e), true);
    return false;
  }
}
async function reloadProfiles(select: string | null) {
  profiles = await api.listProfiles();
  renderProfiles(select);
}

// ---------- history ----------
const ROW = 44;
let hist: Job[] = [];
const histById = new Map<number, Job>();
let histDone = false;
let histLoading = false;
let histDirty = false;
function histQuery(): HistoryInput {
  return {
    text: $<HTMLInputElement>("hist-search").value || null,
    state: $<HTMLSelectElement>("hist-state").value || null,
  };
}
function setupHistory() {
  let timer = 0;
  $("hist-search").addEventListener("input", () => { clearTimeout(timer); timer = window.setTimeout(reloadHistory, 200); });
  $("hist-state").addEventListener("change", reloadHistory);
  $("hist-viewport").addEventListener("scroll", () => { renderHistoryRows(); maybeMore(); }, { passive: true });
  $("export-csv").addEventListener("click", async () => {
    try {
      const r = await api.exportCsv(histQuery());
      if (r) toast(`Exported ${r[1]} rows to ${r[0]}.`);
    } catch (e) {
      toast(errorText(e), true);
    }
  });
  $("retry-all").addEventListener("click", async () => {
    const jobs = await api.unfinished();
    await retryJobs(jobs.filter((j) => canRetry(j.state)).map((j) => j.id));
    refreshAttention();
  });
}
async function reloadHistory() {
  hist = [];
  histById.clear();
  histDone = false;
  $("hist-viewport").scrollTop = 0;
  await loadMore();
}
async function loadMore() {
  if (histLoading || histDone) return;
  histLoading = true;
  try {
    const last = hist[hist.length - 1];
    const rows = await api.history({ ...histQuery(), limit: 500, before: last ? [last.finished_at ?? last.created_at, last.id] : null });
    for (const r of rows) { hist.push(r); histById.set(r.id, r); }
    if (rows.length < 500) histDone = true;
    $("hist-count").textContent = `${hist.length}${histDone ? "" : "+"} upload${hist.length === 1 ? "" : "s"}`;
  } catch (e) {
    toast(errorText(e), true);
  } finally {
    histLoading = false;
  }
  renderHistoryRows();
}
function maybeMore() {
  const vp = $("hist-viewport");
  if (vp.scrollTop + vp.clientHeight > hist.length * ROW - 20 * ROW) loadMore();
}
const rowCache = new Map<number, HTMLElement>();
function renderHistoryRows() {
  const vp = $("hist-viewport");
  const spacer = $("hist-spacer");
  spacer.style.height = `${hist.length * ROW}px`;
  const { start, end } = virtualWindow(vp.scrollTop, vp.clientHeight || 600, ROW, hist.length);
  const keep = new Set<number>();
  for (let i = start; i < end; i++) {
    const j = hist[i];
    keep.add(j.id);
    let row = rowCache.get(j.id);
    const sig = `${j.state}|${j.url}|${i}`;
    if (!row || row.dataset.sig !== sig) {
      row?.remove();
      row = historyRow(j);
      row.dataset.sig = sig;
      row.style.transform = `translateY(${i * ROW}px)`;
      rowCache.set(j.id, row);
      vp.append(row);
    }
  }
  for (const [id, el] of rowCache) if (!keep.has(id)) { el.remove(); rowCache.delete(id); }
}
function historyRow(j: Job): HTMLElement {
  return h("div", { class: `hrow ${j.state}`, role: "listitem", "data-job": String(j.id) },
    h("span", { class: "when muted" }, formatTime(j.finished_at ?? j.created_at)),
    h("span", { class: `pill ${j.state}` }, stateText(j.state)),
    h("span", { class: "file", title: j.path }, j.file_name),
    h("span", { class: "tgt muted", title: j.target ?? "" }, `${j.profile} → ${j.target ?? "?"}`),
    j.url
      ? h("a", { href: "#", class: "link", "data-url": j.url, onclick: (e: Event) => { e.preventDefault(); api.openLink(j.id).catch((x) => toast(errorText(x), true)); } }, "Open")
      : canRetry(j.state) ? h("button", { class: "small retry", onclick: () => retryJobs([j.id]) }, "Retry") : h("span", {}),
    j.url ? h("button", { class: "secondary small", onclick: () => copy(j.url!, "Link"), "aria-label": `Copy link of ${j.file_name}` }, "Copy")
      : j.remote_id ? h("button", { class: "secondary small", onclick: () => copy(j.remote_id!, "ID"), title: j.remote_id, "aria-label": `Copy the ID of ${j.file_name}` }, "Copy ID")
      : h("span", { class: "err small", title: j.error?.message ?? "" }, j.error?.code ?? ""),
  );
}
let attTimer = 0;
function refreshAttentionSoon() { clearTimeout(attTimer); attTimer = window.setTimeout(refreshAttention, 500); }
async function refreshAttention() {
  const jobs = await api.unfinished().catch(() => [] as Job[]);
  const card = $("attention-card");
  const list = $("unfinished");
  card.hidden = jobs.length === 0;
  list.replaceChildren(...jobs.slice(0, 200).map((j) => h("li", { class: `jrow ${j.state}`, "data-job": String(j.id) },
    h("span", { class: `pill ${j.state}` }, stateText(j.state)),
    h("span", { class: "file", title: j.path }, j.file_name),
    h("span", { class: "muted" }, `${j.profile} → ${j.target ?? "?"}`),
    h("span", { class: "msg" }, jobLine(j)),
    canRetry(j.state) ? h("button", { class: "small retry", onclick: () => retryJobs([j.id]).then(refreshAttention) }, "Retry") : null,
  )));
  if (jobs.length > 200) list.append(h("li", { class: "muted" }, `…and ${jobs.length - 200} more`));
  const att = jobs.filter((j) => j.state === "needs-attention" || j.state === "failed").length;
  const b = $("badge-attention");
  b.hidden = att === 0;
  b.textContent = String(att);
  b.setAttribute("aria-label", `${att} need attention`);
}

// ---------- watched folders ----------
let editing: string | null = null;
function setupWatch() {
  const f = $<HTMLFormElement>("rule-form");
  const preview = async () => {
    const out = $("rule-preview");
    const t = $<HTMLInputElement>("rule-target").value.trim();
    if (!t) { out.textContent = ""; return; }
    try {
      out.textContent = `→ ${await api.previewTemplate(t, $<HTMLInputElement>("rule-pattern").value.trim() || null, $<HTMLInputElement>("rule-sample").value)}`;
      out.className = "ok";
    } catch (e) {
      out.textContent = errorText(e);
      out.className = "err";
    }
  };
  for (const id of ["rule-target", "rule-pattern", "rule-sample"]) $(id).addEventListener("input", preview);
  $("rule-pick").addEventListener("click", async () => {
    const d = await api.pickFolder();
    if (d) {
      $<HTMLInputElement>("rule-dir").value = d;
      if (!$<HTMLInputElement>("rule-name").value) $<HTMLInputElement>("rule-name").value = d.split(/[\\/]/).filter(Boolean).pop() ?? "";
    }
  });
  $("rule-cancel").addEventListener("click", () => { editing = null; f.reset(); $("rule-form-title").textContent = "Add a watched folder"; $("rule-preview").textContent = ""; });
  f.addEventListener("submit", async (e) => {
    e.preventDefault();
    const rule: WatchRule = {
      name: $<HTMLInputElement>("rule-name").value.trim(),
      dir: $<HTMLInputElement>("rule-dir").value,
      recursive: $<HTMLInputElement>("rule-recursive").checked,
      profile: $<HTMLSelectElement>("rule-profile").value,
      target: $<HTMLInputElement>("rule-target").value.trim() || null,
      pattern: $<HTMLInputElement>("rule-pattern").value.trim() || null,
      after: $<HTMLSelectElement>("rule-after").value,
      on_failure: "move",
      allow_duplicates: false,
    };
    const msg = $("rule-msg");
    try {
      await api.saveRule(rule, editing);
      msg.textContent = `Watching ${rule.dir}.`;
      msg.className = "ok";
      editing = null;
      f.reset();
      refreshRules();
    } catch (err) {
      msg.textContent = errorText(err);
      msg.className = "err";
    }
  });
}
async function refreshRules() {
  let rules: RuleView[] = [];
  try { rules = await api.watchRules(); } catch (e) { toast(errorText(e), true); }
  $("rules").replaceChildren(...(rules.length ? rules.map((r) => h("li", { class: "jrow", "data-rule": r.rule.name },
    h("span", { class: `pill ${r.status.state === "watching" ? "done" : r.status.state === "problem" ? "needs-attention" : "queued"}` }, r.status.state || "starting"),
    h("strong", {}, r.rule.name),
    h("span", { class: "file", title: r.rule.dir }, r.rule.dir),
    h("span", { class: "muted" }, `${r.rule.profile} → ${r.rule.target ?? "?"}${r.rule.pattern ? ` (pattern ${r.rule.pattern})` : ""}`),
    h("span", { class: "msg" }, r.status.message ?? (r.status.last_file ? `${r.status.queued} queued, last ${r.status.last_file} at ${formatTime(r.status.last_at)}` : "Nothing yet")),
    h("button", { class: "secondary small", onclick: () => editRule(r.rule) }, "Edit"),
    h("button", { class: "secondary small", onclick: async () => { await api.removeRule(r.rule.name); refreshRules(); } }, "Remove"),
  )) : [h("li", { class: "muted" }, "No watched folders yet.")]));
}
function editRule(r: WatchRule) {
  editing = r.name;
  $("rule-form-title").textContent = `Edit ${r.name}`;
  $<HTMLInputElement>("rule-name").value = r.name;
  $<HTMLInputElement>("rule-dir").value = r.dir;
  $<HTMLSelectElement>("rule-profile").value = r.profile;
  $<HTMLInputElement>("rule-target").value = r.target ?? "";
  $<HTMLInputElement>("rule-pattern").value = r.pattern ?? "";
  $<HTMLSelectElement>("rule-after").value = r.after;
  $<HTMLInputElement>("rule-recursive").checked = r.recursive;
  $("rule-target").dispatchEvent(new Event("input"));
}

// ---------- settings ----------
function setupSettings() {
  const theme = $<HTMLSelectElement>("set-theme");
  const notify = $<HTMLInputElement>("set-notify");
  const login = $<HTMLInputElement>("set-login");
  theme.value = settings.theme;
  notify.checked = settings.notifications;
  login.checked = settings.start_at_login;
  const save = async () => {
    try {
      settings = await api.saveSettings({ ...settings, theme: theme.value, notifications: notify.checked, start_at_login: login.checked });
      applyTheme();
    } catch (e) {
      toast(errorText(e), true);
      login.checked = settings.start_at_login;
    }
  };
  theme.addEventListener("change", save);
  notify.addEventListener("change", save);
  login.addEventListener("change", save);
  const status = $("update-status");
  const install = $<HTMLButtonElement>("update-install");
  $("update-check").addEventListener("click", async () => {
    status.textContent = "Checking…";
    try {
      const u = await api.checkUpdate();
      status.textContent = u.message;
      install.hidden = !u.available;
    } catch (e) {
      status.textContent = errorText(e);
    }
  });
  install.addEventListener("click", async () => {
    status.textContent = "Downloading the update…";
    install.disabled = true;
    try {
      await api.installUpdate();
    } catch (e) {
      status.textContent = errorText(e);
      install.disabled = false;
    }
  });
}
function renderProfileSettings() {
  const box = $("set-profile");
  $("set-profile-name").textContent = current ? current.name : "";
  box.replaceChildren();
  if (!current) { box.append(h("p", { class: "muted" }, "No profile yet.")); return; }
  const p = current;
  const info = provider(p.provider)!;
  const common = [
    ["fit", "Fit photos to the destination", [["auto", "Convert photos the service would refuse (size, pixels, format)"], ["refuse", "Refuse them with a message"]]],
    ["privacy", "Privacy", [["strip", "Remove GPS location and camera serial numbers"], ["keep", "Send metadata as it is"]]],
    ["duplicates", "Duplicates", [["skip", "Skip photos already attached to the same record"], ["allow", "Upload them again"]]],
  ] as const;
  const grid = h("div", { class: "grid2" });
  for (const [key, label, choices] of common) {
    const id = `set-opt-${key}`;
    const sel = h("select", { id, "data-option": key }, ...choices.map(([v, t]) => h("option", { value: v, selected: (p.options[key] ?? choices[0][0]) === v }, t)));
    grid.append(h("label", { for: id }, label), sel);
  }
  const conc = h("input", { id: "set-opt-concurrency", type: "number", min: "1", max: String(info.caps.max_concurrency), value: p.options["concurrency"] ?? "4", "data-option": "concurrency" });
  grid.append(h("label", { for: "set-opt-concurrency" }, "Uploads at once"), conc);
  const msg = h("span", { role: "status" });
  const saveBtn = h("button", { onclick: async () => {
    const options = { ...p.options };
    for (const el of grid.querySelectorAll<HTMLInputElement>("[data-option]")) options[el.dataset.option!] = el.value;
    try {
      await api.saveProfile({ name: p.name, provider: p.provider, base_url: p.base_url, options, replace: true });
      await reloadProfiles(p.name);
      msg.textContent = "Saved."; msg.className = "ok";
    } catch (e) { msg.textContent = errorText(e); msg.className = "err"; }
  } }, "Save settings");
  const creds = h("ul", { class: "creds" }, ...info.fields.map((f) => {
    const id = `set-secret-${f.name}`;
    const input = h("input", { id, type: "password", placeholder: p.credentials[f.name] === "set" ? "set — type to replace" : p.credentials[f.name] === "other_host" ? "entered for another server — type it again" : "not set", autocomplete: "off" }) as HTMLInputElement;
    return h("li", {}, h("label", { for: id }, `${f.name}: `, h("strong", { "data-cred": f.name }, p.credentials[f.name] ?? "missing")), " ", input,
      h("button", { class: "secondary small", onclick: async () => {
        if (!input.value) return;
        try { await api.setSecret(p.name, f.name, input.value); input.value = ""; await reloadProfiles(p.name); renderProfileSettings(); toast(`${f.name} stored in ${boot.keyring}.`); } catch (e) { toast(errorText(e), true); }
      } }, "Store"));
  }));
  const testMsg = h("span", { role: "status", id: "set-test-msg" });
  box.append(
    h("p", { class: "muted" }, `${info.name}${p.base_url ? ` at ${p.base_url}` : ""}.`),
    grid, h("div", { class: "row" }, saveBtn, msg),
    h("h3", {}, "Credentials"), creds,
    h("div", { class: "row" },
      h("button", { class: "secondary", onclick: async () => { testMsg.textContent = "Testing…"; testMsg.className = ""; try { testMsg.textContent = await api.testConnection(p.name); testMsg.className = "ok"; } catch (e) { testMsg.textContent = errorText(e); testMsg.className = "err"; } } }, "Test connection"),
      h("button", { class: "danger", onclick: async () => {
        const c = await ask(`Remove ${p.name}?`, "The profile and its secrets in the keyring are deleted. History stays.", [["remove", "Remove"], ["cancel", "Cancel"]]);
        if (c !== "remove") return;
        try { await api.removeProfile(p.name); await reloadProfiles(null); renderProfileSettings(); } catch (e) { toast(errorText(e), true); }
      } }, "Remove profile"),
      testMsg),
  );
}

main().catch((e) => {
  document.body.prepend(h("div", { class: "fatal", role: "alert" }, `PhotoDrop could not start: ${errorText(e)}`));
});
