// Small DOM helpers shared by every screen: element builder, toast, the confirm dialog, copy.

export const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
export type Child = Node | string | null | undefined | false;
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, unknown> = {}, ...kids: Child[]): HTMLElementTagNameMap[K] {
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
export function toast(msg: string, bad = false) {
  const t = $("toast");
  t.textContent = msg;
  t.className = bad ? "toast bad" : "toast";
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (t.hidden = true), bad ? 8000 : 3500);
}

export function ask(title: string, body: string, buttons: [string, string][]): Promise<string | null> {
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

/** Copy `text`; `done` is what to say once copied. */
export async function copy(text: string, done: string) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const ta = h("textarea", { value: text }) as HTMLTextAreaElement;
    document.body.append(ta);
    ta.select();
    document.execCommand("copy");
    ta.remove();
  }
  toast(done);
}
