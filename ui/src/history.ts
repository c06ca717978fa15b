// History and the needs-attention list.
import { api, type HistoryFilter } from "./api";
import { type Job, formatTime, stateText, canRetry, jobLine, errorText, virtualWindow } from "./logic";
import { $, h, toast, copy } from "./dom";
import { t } from "./i18n";
import { actionButton } from "./profiles";
import { retryJobs } from "./upload";

const ROW = 44;
let hist: Job[] = [];
const histById = new Map<number, Job>();
let histDone = false;
let histLoading = false;
function histQuery(): HistoryFilter {
  return {
    text: $<HTMLInputElement>("hist-search").value || null,
    state: $<HTMLSelectElement>("hist-state").value || null,
  };
}
export function setupHistory() {
  let timer = 0;
  $("hist-search").addEventListener("input", () => { clearTimeout(timer); timer = window.setTimeout(reloadHistory, 200); });
  $("hist-state").addEventListener("change", reloadHistory);
  $("hist-viewport").addEventListener("scroll", () => { renderHistoryRows(); maybeMore(); }, { passive: true });
  $("export-csv").addEventListener("click", async () => {
    try {
      const r = await api.exportCsv(histQuery());
      if (r) toast(t("exported-rows", { count: r[1], file: r[0] }));
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
export async function reloadHistory() {
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
    const rows = await api.history({ ...histQuery(), limit: 500, before: last ? [Date.parse(last.finished_at ?? last.created_at), last.id] : null });
    for (const r of rows) { hist.push(r); histById.set(r.id, r); }
    if (rows.length < 500) histDone = true;
    $("hist-count").textContent = histDone ? t("hist-count", { count: hist.length }) : t("hist-count-more", { count: hist.length });
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
    h("span", { class: "file", title: j.path, translate: "no" }, j.file_name),
    h("span", { class: "tgt muted", title: j.target ?? "", translate: "no" }, `${j.profile} → ${recordOf(j)}`),
    j.url
      ? h("a", { href: "#", class: "link", "data-url": j.url, onclick: (e: Event) => { e.preventDefault(); api.openLink(j.id).catch((x) => toast(errorText(x), true)); } }, t("open"))
      : canRetry(j.state) ? h("button", { class: "small retry", onclick: () => retryJobs([j.id]) }, t("retry")) : h("span", {}),
    j.url ? h("button", { class: "secondary small", onclick: () => copy(j.url!, t("copied-link")), "aria-label": t("copy-link-of", { name: j.file_name }, "aria-label") }, t("copy"))
      : j.remote_id ? h("button", { class: "secondary small", onclick: () => copy(j.remote_id!, t("copied-id")), title: j.remote_id, "aria-label": t("copy-id-of", { name: j.file_name }, "aria-label") }, t("copy-id"))
      : h("span", { class: "err small", title: j.error?.message ?? "", translate: "no" }, j.error?.code ?? ""),
  );
}
let attTimer = 0;
export function refreshAttentionSoon() { clearTimeout(attTimer); attTimer = window.setTimeout(refreshAttention, 500); }
export async function refreshAttention() {
  const jobs = await api.unfinished().catch(() => [] as Job[]);
  const card = $("attention-card");
  const list = $("unfinished");
  card.hidden = jobs.length === 0;
  list.replaceChildren(...jobs.slice(0, 200).map((j) => h("li", { class: `jrow ${j.state}`, "data-job": String(j.id) },
    h("span", { class: `pill ${j.state}` }, stateText(j.state)),
    h("span", { class: "file", title: j.path, translate: "no" }, j.file_name),
    h("span", { class: "muted", translate: "no" }, `${j.profile} → ${recordOf(j)}`),
    h("span", { class: "msg" }, jobLine(j)),
    canRetry(j.state) && j.error?.action?.do !== "retry_job" ? h("button", { class: "small retry", onclick: () => retryJobs([j.id]).then(refreshAttention) }, t("retry")) : null,
    actionButton(j.error?.action, j, refreshAttention),
  )));
  if (jobs.length > 200) list.append(h("li", { class: "muted" }, t("and-more", { count: jobs.length - 200 })));
  const att = jobs.filter((j) => j.state === "needs-attention" || j.state === "failed").length;
  const b = $("badge-attention");
  b.hidden = att === 0;
  b.textContent = String(att);
  b.setAttribute("aria-label", t("need-attention-badge", { count: att }, "aria-label"));
}

/** Job updates from the runner: rows already shown change in place. */
export function updateHistory(jobs: Job[]) {
  let dirty = false;
  for (const j of jobs) {
    if (!histById.has(j.id)) continue;
    histById.set(j.id, j);
    const i = hist.findIndex((x) => x.id === j.id);
    if (i >= 0) hist[i] = j;
    dirty = true;
  }
  if (dirty) renderHistoryRows();
}

/** Where a job went: the record a target by field was looked up to, or the target. */
function recordOf(j: Job): string {
  if (j.resolved_target) return j.record_name ? `${j.record_name} (${j.resolved_target})` : j.resolved_target;
  return j.target ?? "?";
}
