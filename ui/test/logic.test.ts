import { describe, expect, it } from "vitest";
import {
  describePlan, formatBytes, jobLine, percent, virtualWindow, gridColumns, gridWindow, deferOverscan, summarize, singleSlotWarning, manyPhotosTarget,
  errorText, actionLabel, formatTime, canRetry, isFinal, EarlyJobs, pasteGoesToShell, type Job,
} from "../src/logic";

const job = (over: Partial<Job>): Job => ({
  id: 1, state: "queued", profile: "p", provider: "zoho-crm", target: "Leads/1", path: "/a.jpg", file_name: "a.jpg",
  size: 10, attempts: 0, created_at: "1970-01-01T00:00:00Z", updated_at: "1970-01-01T00:00:00Z", started_at: null, finished_at: null, next_attempt_at: null, error: null, remote_id: null,
  url: null, prepared: null, duplicate_of: null, origin: { kind: "upload" }, sha256: null, idempotency_key: "k", allow_duplicate: false, resolved_target: null, record_name: null, ...over,
});

describe("describePlan", () => {
  it("names each change in plain words", () => {
    expect(describePlan({ resized: true, reencoded: true, stripped: ["GPS location", "camera serial number"], converted_from: "heic", dimensions: [3872, 2582] }))
      .toEqual(["Converted from HEIC to JPEG", "Resized to 3872×2582", "GPS removed", "Serial numbers removed"]);
  });
  it("says nothing when nothing changes", () => {
    expect(describePlan({ resized: false, reencoded: false, stripped: [] })).toEqual([]);
    expect(describePlan(null)).toEqual([]);
  });
  it("explains a re-encode that only fits the byte limit", () => {
    expect(describePlan({ resized: false, reencoded: true, stripped: [] })).toEqual(["Re-encoded to fit the size limit"]);
  });
});

describe("formatting", () => {
  it("formats sizes", () => {
    expect(formatBytes(512)).toBe("512 byte");
    expect(formatBytes(2048)).toBe("2 kB");
    expect(formatBytes(1_430_000)).toBe("1.4 MB");
    expect(formatBytes(24 * 1024 * 1024)).toBe("25 MB");
  });
  it("keeps progress in 0..100 and never NaN", () => {
    expect(percent(5, 10)).toBe(50);
    expect(percent(5, 0)).toBe(0);
    expect(percent(20, 10)).toBe(100);
  });
});

describe("times", () => {
  it("reads a job's RFC 3339 text and a rule's milliseconds alike", () => {
    const now = Date.parse("2026-12-01T12:00:00Z");
    const t = "2026-12-01T11:30:00.250Z";
    expect(formatTime(t, now)).toBe(formatTime(Date.parse(t), now));
    expect(formatTime(t, now)).not.toBe("");
    expect(formatTime(null)).toBe("");
    expect(formatTime("not a time")).toBe("");
  });
});

describe("job lines", () => {
  it("counts down to the next attempt", () => {
    // The core sends times as RFC 3339 text (a job's JSON, as `history --json` prints it).
    const l = jobLine(job({ state: "waiting-retry", attempts: 2, next_attempt_at: "1970-01-01T00:00:10.000Z", error: { code: "X", kind: "transient", message: "The server is busy." } }), 5_000);
    expect(l).toBe("The server is busy. Trying again in 5 s (attempt 3).");
  });
  it("shows the provider's message for failures", () => {
    expect(jobLine(job({ state: "needs-attention", error: { code: "INVALID_TOKEN", kind: "auth", message: "Reconnect Zoho." } }))).toBe("Reconnect Zoho.");
  });
  it("knows which states are final and retryable", () => {
    expect(isFinal("done")).toBe(true);
    expect(isFinal("uploading")).toBe(false);
    expect(canRetry("needs-attention")).toBe(true);
    expect(canRetry("done")).toBe(false);
  });
});

describe("virtual list window", () => {
  it("renders only what is visible plus overscan", () => {
    expect(virtualWindow(0, 440, 44, 50_000, 8)).toEqual({ start: 0, end: 18 });
    expect(virtualWindow(44 * 1000, 440, 44, 50_000, 8)).toEqual({ start: 992, end: 1018 });
  });
  it("clamps at the end and on empty lists", () => {
    expect(virtualWindow(44 * 49_995, 440, 44, 50_000, 8)).toEqual({ start: 49_987, end: 50_000 });
    expect(virtualWindow(100, 440, 44, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe("gridWindow", () => {
  const g = { rowHeight: 270, gap: 10, overscan: 2, renderAll: 60 };
  it("counts columns as CSS auto-fill does", () => {
    expect(gridColumns(200, 200, 10)).toBe(1);
    expect(gridColumns(409, 200, 10)).toBe(1);
    expect(gridColumns(410, 200, 10)).toBe(2);
    expect(gridColumns(1568, 200, 10)).toBe(7);
    expect(gridColumns(0, 200, 10)).toBe(1);
  });
  it("renders small batches whole", () => {
    expect(gridWindow({ ...g, count: 60, cols: 3, top: 5000, viewport: 600 })).toEqual({ start: 0, end: 60, padTop: 0, height: null });
  });
  it("renders the rows in view plus overscan, with the space above and the whole height", () => {
    // 500 tiles in 7 columns: 72 rows of 280 px pitch.
    const top = gridWindow({ ...g, count: 500, cols: 7, top: 0, viewport: 700 });
    expect(top).toEqual({ start: 0, end: 35, padTop: 0, height: 72 * 280 - 10 });
    const mid = gridWindow({ ...g, count: 500, cols: 7, top: 280 * 30 + 100, viewport: 700 });
    // Rows 30..32 are in view; 28..34 with overscan.
    expect(mid).toEqual({ start: 28 * 7, end: 35 * 7, padTop: 28 * 280, height: 72 * 280 - 10 });
  });
  it("clamps at the end, above the grid and when scrolled past it", () => {
    const end = gridWindow({ ...g, count: 500, cols: 7, top: 280 * 71, viewport: 700 });
    expect(end.end).toBe(500);
    expect(end.start).toBe(69 * 7);
    const above = gridWindow({ ...g, count: 500, cols: 7, top: -900, viewport: 700 });
    expect(above.start).toBe(0);
    expect(above.end).toBe(2 * 7); // the overscan rows
    const past = gridWindow({ ...g, count: 500, cols: 7, top: 1e7, viewport: 700 });
    expect(past.end).toBe(500);
    expect(past.start).toBeLessThan(500);
  });
});

describe("deferOverscan", () => {
  const pitch = 280;
  const geo = { count: 500, cols: 7, rowHeight: 270, gap: 10, renderAll: 60, viewport: 700 };
  it("leaves unbuilt overscan rows for the next frame", () => {
    const w = gridWindow({ ...geo, top: 280 * 30 + 100, overscan: 2 });
    const inView = gridWindow({ ...geo, top: 280 * 30 + 100, overscan: 0 });
    expect(deferOverscan(w, inView, 7, pitch, () => false)).toEqual({ start: 30 * 7, end: 33 * 7, padTop: 30 * pitch, height: w.height });
  });
  it("keeps overscan rows that are built, and defers nothing when all are", () => {
    const w = gridWindow({ ...geo, top: 280 * 30 + 100, overscan: 2 });
    const inView = gridWindow({ ...geo, top: 280 * 30 + 100, overscan: 0 });
    // Scrolled down a row: rows 28..32 exist, rows 33..34 do not.
    const built = (i: number) => i < 33 * 7;
    expect(deferOverscan(w, inView, 7, pitch, built)).toEqual({ start: 28 * 7, end: 33 * 7, padTop: 28 * pitch, height: w.height });
    expect(deferOverscan(w, inView, 7, pitch, () => true)).toBeNull();
  });
  it("never narrows a batch that is rendered whole", () => {
    const w = gridWindow({ ...geo, count: 40, top: 0 });
    expect(deferOverscan(w, w, 7, pitch, () => false)).toBeNull();
  });
});

describe("batches", () => {
  it("summarises a batch", () => {
    expect(summarize(["done", "done", "uploading", "needs-attention", "duplicate"])).toBe("1 in progress · 2 uploaded · 1 already there · 1 need attention");
  });
  it("warns before several photos land on a single-photo record", () => {
    const zoho = { name: "Zoho CRM", idempotency: "replace", suffix: "/Attachments" };
    expect(singleSlotWarning(zoho, "Leads/1", 3)).toMatch(/A Zoho CRM record .* only the last would stay/);
    expect(singleSlotWarning(zoho, "Leads/1", 1)).toBeNull();
    expect(singleSlotWarning({ name: "ChakraHQ", idempotency: "client_id", suffix: null }, "lead/1/photo", 3)).toBeNull();
    // Attachments take any number.
    expect(singleSlotWarning(zoho, "Leads/1/Attachments", 3)).toBeNull();
    expect(singleSlotWarning(zoho, "Leads/1/attachments/", 3)).toBeNull();
  });
  it("turns a record target into its attachments target once", () => {
    expect(manyPhotosTarget("Leads/3000000038009", "/Attachments")).toBe("Leads/3000000038009/Attachments");
    expect(manyPhotosTarget("Leads/3000000038009/", "/Attachments")).toBe("Leads/3000000038009/Attachments");
    expect(manyPhotosTarget("Leads/3000000038009/attachments", "/Attachments")).toBe("Leads/3000000038009/attachments");
  });
});

describe("errors and targets", () => {
  it("turns command errors into their message", () => {
    expect(errorText({ kind: "auth", code: "INVALID_TOKEN", message: "Reconnect." })).toBe("Reconnect.");
    expect(errorText("boom")).toBe("boom");
    expect(errorText(undefined)).toMatch(/went wrong/);
  });
  it("names what an error's action does, without a command line", () => {
    expect(actionLabel({ do: "set_credentials", profile: "p", fields: ["token"] })).toBe("Enter token");
    expect(actionLabel({ do: "set_credentials", profile: "p", fields: ["client_id", "client_secret", "refresh_token"] }))
      .toBe("Enter client_id, client_secret, and refresh_token");
    expect(actionLabel({ do: "sign_in", profile: "crm" })).toBe("Sign in to crm again");
    expect(actionLabel({ do: "add_profile", profile: "x" })).toBe("Create profile x");
    expect(actionLabel({ do: "retry_job", job: 3, needs_target: true })).toMatch(/target/);
    expect(actionLabel({ do: "retry_job", job: 3, needs_target: false })).toBe("Retry");
  });
});

describe("job updates that arrive before the enqueue answer", () => {
  it("keeps the newest per job and hands it over once", () => {
    const e = new EarlyJobs();
    e.stash(job({ id: 7, state: "uploading" }));
    e.stash(job({ id: 7, state: "done" }));
    expect(e.take(job({ id: 7, state: "queued" })).state).toBe("done");
    // Taken once: a later enqueue answer for the same id is used as is.
    expect(e.take(job({ id: 7, state: "queued" })).state).toBe("queued");
    expect(e.take(job({ id: 8, state: "queued" })).state).toBe("queued");
  });
  it("is bounded", () => {
    const e = new EarlyJobs(3);
    for (let i = 0; i < 10; i++) e.stash(job({ id: i, state: "done" }));
    expect(e.size).toBe(3);
    expect(e.take(job({ id: 9, state: "queued" })).state).not.toBe("queued");
  });
});

describe("pasteGoesToShell", () => {
  it("leaves text pasted into a field alone", () => {
    expect(pasteGoesToShell(true, ["text/plain"])).toBe(false);
    expect(pasteGoesToShell(true, ["text/uri-list", "text/plain"])).toBe(false);
  });
  it("asks the shell when the webview passed nothing (an image or files copied elsewhere)", () => {
    expect(pasteGoesToShell(true, [])).toBe(true);
    expect(pasteGoesToShell(false, [])).toBe(true);
  });
  it("asks the shell outside text fields, where text is no use", () => {
    expect(pasteGoesToShell(false, ["text/plain"])).toBe(true);
  });
});
