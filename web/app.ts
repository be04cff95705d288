// The Précis page: paste or drop an article, get its summary, and see each actor, demand and date's
// evidence highlighted in the cleaned article. Plain DOM; the logic worth testing lives in ./logic.
// No innerHTML anywhere: the page runs under Trusted Types ('none'), so text only ever becomes text.
import type { Actor, DateItem, Demand, Summary } from "../lib/schema/summary.ts";
import { itemHighlights, segmentArticle, type SpanLike } from "./logic/highlight.ts";
import { cameoLabel, demandSentence, STATUS_LABEL, type DemandStatus } from "./logic/demands.ts";
import { buildTimeline, describeInYear, describeTimex, groupByYear } from "./logic/timeline.ts";
import { groupStories, parseSummaryPage, type StoredItem } from "./logic/stories.ts";
import { formatOfFile, guessFormat, planSummarize, problemMessage, type ArticleFormat, type FormatChoice } from "./logic/request.ts";

interface RemovedPiece {
  kind: string;
  text: string;
}
type ItemKind = "actor" | "demand" | "date";
interface Shown {
  summary: Summary;
  removed: RemovedPiece[] | null;
}

const KEY_STORAGE = "precis.apiKey";
const PAGE_SIZE = 20;
/** Actors listed before "Show all": the most salient ones. */
const ACTORS_SHOWN = 8;

// ---------- DOM helpers ----------

type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | null | undefined>;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

const ui = {
  keyForm: $<HTMLFormElement>("key-form"),
  keyInput: $<HTMLInputElement>("api-key"),
  keyForget: $<HTMLButtonElement>("key-forget"),
  keyState: $("key-state"),
  compose: $<HTMLFormElement>("compose"),
  drop: $("drop"),
  textarea: $<HTMLTextAreaElement>("article-input"),
  fileInput: $<HTMLInputElement>("file-input"),
  fileChip: $("file-chip"),
  fileName: $("file-name"),
  fileClear: $<HTMLButtonElement>("file-clear"),
  format: $<HTMLSelectElement>("format"),
  engine: $<HTMLSelectElement>("engine"),
  publishedAt: $<HTMLInputElement>("published-at"),
  title: $<HTMLInputElement>("title"),
  submit: $<HTMLButtonElement>("summarize"),
  status: $("status"),
  error: $("error"),
  storedState: $("stored-state"),
  storedList: $("stored-list"),
  storedMore: $<HTMLButtonElement>("stored-more"),
  storedRefresh: $<HTMLButtonElement>("stored-refresh"),
  result: $("result"),
  resultTitle: $("result-title"),
  resultMeta: $("result-meta"),
  removedToggleLabel: $("removed-toggle-label"),
  removedToggle: $<HTMLInputElement>("removed-toggle"),
  removed: $("removed"),
  removedList: $("removed-list"),
  article: $("article"),
  summaryText: $("summary-text"),
  summaryCol: document.querySelector<HTMLElement>(".col-summary")!,
  articleCol: document.querySelector<HTMLElement>(".col-article")!,
  actors: $("actors"),
  actorsCount: $("actors-count"),
  actorsMore: $<HTMLButtonElement>("actors-more"),
  demands: $("demands"),
  demandsCount: $("demands-count"),
  datesCount: $("dates-count"),
  timeline: $("timeline"),
  unanchoredWrap: $("unanchored-wrap"),
  unanchored: $("unanchored"),
  warningsWrap: $("warnings-wrap"),
  warnings: $("warnings"),
  warningsCount: $("warnings-count"),
  engineInfo: $("engine-info"),
  srStatus: $("sr-status"),
};

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

// ---------- API key ----------

const getKey = () => sessionStorage.getItem(KEY_STORAGE) ?? "";

function showKeyState(): void {
  const key = getKey();
  ui.keyInput.value = key;
  ui.keyForget.hidden = !key;
  ui.keyState.textContent = key ? "Saved for this tab." : "Kept in this tab only.";
}

ui.keyForm.addEventListener("submit", (e) => {
  e.preventDefault();
  const key = ui.keyInput.value.trim();
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  else sessionStorage.removeItem(KEY_STORAGE);
  showKeyState();
  announce(key ? "API key saved for this tab." : "API key cleared.");
  void loadStored(true);
});

ui.keyForget.addEventListener("click", () => {
  sessionStorage.removeItem(KEY_STORAGE);
  showKeyState();
  stored = { items: [], cursor: null };
  renderStored();
  ui.keyInput.focus();
  announce("API key forgotten.");
});

function askForKey(message: string): void {
  showError(message);
  ui.keyInput.focus();
}

// ---------- requests ----------

interface Answer {
  ok: boolean;
  status: number;
  body: unknown;
}

async function api(path: string, init: RequestInit = {}): Promise<Answer> {
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${getKey()}`);
  headers.set("accept", "application/json, application/problem+json");
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers, credentials: "omit", cache: "no-store" });
  } catch {
    return { ok: false, status: 0, body: null };
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    /* not JSON */
  }
  return { ok: res.ok, status: res.status, body };
}

function showError(message: string | null): void {
  ui.error.hidden = !message;
  ui.error.textContent = message ?? "";
}

function announce(message: string): void {
  ui.srStatus.textContent = "";
  // A fresh text node makes screen readers announce a repeat of the same message too.
  requestAnimationFrame(() => (ui.srStatus.textContent = message));
}

// ---------- compose: paste, drop, choose ----------

let file: File | null = null;

function setFile(f: File | null): void {
  file = f;
  ui.fileChip.hidden = !f;
  ui.fileName.textContent = f ? `${f.name} (${formatBytes(f.size)})` : "";
  ui.textarea.disabled = Boolean(f);
  if (!f) ui.fileInput.value = "";
  if (f) announce(`File ${f.name} will be summarized.`);
}

const formatBytes = (n: number) => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

ui.fileInput.addEventListener("change", () => setFile(ui.fileInput.files?.[0] ?? null));
ui.fileClear.addEventListener("click", () => {
  setFile(null);
  ui.textarea.focus();
});
for (const type of ["dragenter", "dragover"]) {
  ui.drop.addEventListener(type, (e) => {
    const de = e as DragEvent;
    if (!de.dataTransfer?.types.includes("Files")) return;
    de.preventDefault();
    de.dataTransfer.dropEffect = "copy";
    ui.drop.classList.add("dragging");
  });
}
ui.drop.addEventListener("dragleave", (e) => {
  if (!ui.drop.contains(e.relatedTarget as Node | null)) ui.drop.classList.remove("dragging");
});
ui.drop.addEventListener("drop", (e) => {
  ui.drop.classList.remove("dragging");
  const f = e.dataTransfer?.files?.[0];
  if (!f) return;
  e.preventDefault();
  setFile(f);
});

ui.compose.addEventListener("submit", (e) => {
  e.preventDefault();
  void summarize();
});

const FORMAT_LABEL: Record<ArticleFormat, string> = { text: "plain text", html: "HTML", markdown: "Markdown", pdf: "PDF", docx: "Word document" };

async function summarize(): Promise<void> {
  showError(null);
  if (!getKey()) return askForKey("Enter your API key first (top of the page).");
  const choice = ui.format.value as FormatChoice;
  let format: ArticleFormat;
  let text: string | null = null;
  if (file) {
    const guessed = choice === "auto" ? formatOfFile(file.name, file.type) : choice;
    if (!guessed) return showError(`${file.name} is not a PDF, Word (.docx), text, HTML or Markdown file. Choose its format, or drop another file.`);
    format = guessed;
  } else {
    text = ui.textarea.value;
    if (!text.trim()) {
      showError("Paste an article or drop a file first.");
      ui.textarea.focus();
      return;
    }
    format = choice === "auto" ? guessFormat(text) : choice;
  }
  const plan = planSummarize({ format, engine: ui.engine.value, title: ui.title.value, publishedAt: ui.publishedAt.value });
  const body: BodyInit = plan.envelope ? plan.envelope(file ? await file.text() : text!) : (file ?? text!);

  ui.submit.disabled = true;
  ui.compose.setAttribute("aria-busy", "true");
  ui.status.textContent = `Summarizing${file ? ` ${file.name}` : ""} as ${FORMAT_LABEL[format]}…`;
  const started = performance.now();
  const answer = await api(plan.path, { method: "POST", headers: { "content-type": plan.contentType }, body });
  ui.submit.disabled = false;
  ui.compose.removeAttribute("aria-busy");
  if (!answer.ok) {
    ui.status.textContent = "";
    if (answer.status === 401) return askForKey(problemMessage(401, answer.body));
    return showError(problemMessage(answer.status, answer.body));
  }
  const { removed, ...summary } = answer.body as Summary & { removed?: unknown };
  ui.status.textContent = `Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
  show({ summary: summary as Summary, removed: readRemoved(removed) });
  setRoute(summary.id);
  void loadStored(true);
  ui.resultTitle.focus({ preventScroll: true });
  ui.result.scrollIntoView({ block: "start" });
}

function readRemoved(v: unknown): RemovedPiece[] | null {
  if (!Array.isArray(v)) return null;
  return v
    .filter((p): p is Record<string, unknown> => Boolean(p) && typeof p === "object")
    .map((p) => ({ kind: String(p["kind"] ?? "removed"), text: String(p["text"] ?? "") }))
    .filter((p) => p.text);
}

// ---------- the summary ----------

let shown: Shown | null = null;
let pinned: string | null = null;
let preview: string | null = null;

function show(next: Shown): void {
  shown = next;
  pinned = null;
  preview = null;
  const { summary: s } = next;
  const a = s.article;
  ui.result.hidden = false;
  ui.resultTitle.textContent = a.title || "Untitled article";
  ui.resultTitle.setAttribute("tabindex", "-1");
  ui.resultMeta.replaceChildren(
    ...joinMeta([
      a.publisher,
      a.byline,
      a.publishedAt ? h("span", {}, "published ", h("time", { datetime: a.publishedAt }, a.publishedAt)) : null,
      a.dateline,
      `${a.wordCount.toLocaleString("en")} words`,
      a.language,
    ]),
  );
  ui.summaryText.textContent = s.summary || "No summary sentences.";

  renderRemoved(next.removed);
  renderActors(s);
  renderDemands(s);
  renderDates(s);
  renderWarnings(s);
  const e = s.engine;
  ui.engineInfo.replaceChildren(
    ...joinMeta([
      `engine ${e.name}${e.model ? ` (${e.model})` : ""}`,
      `${Math.round(e.ms)} ms`,
      e.usage ? `${e.usage.inputTokens + e.usage.outputTokens} tokens` : null,
      e.costUsd !== null ? `$${e.costUsd.toFixed(4)}` : null,
      h("span", {}, "id ", h("code", {}, s.id)),
      s.sameStoryAs.length ? `${s.sameStoryAs.length} other cop${s.sameStoryAs.length === 1 ? "y" : "ies"} of this story` : null,
    ]),
  );
  applyHighlight(false);
  markCurrentStored();
}

function joinMeta(parts: Array<Node | string | null | undefined>): Node[] {
  const out: Node[] = [];
  for (const p of parts) {
    if (p === null || p === undefined || p === "") continue;
    if (out.length) out.push(h("span", { class: "dot", "aria-hidden": "true" }, " · "));
    out.push(typeof p === "string" ? document.createTextNode(p) : p);
  }
  return out;
}

function renderRemoved(removed: RemovedPiece[] | null): void {
  ui.removedToggleLabel.hidden = removed === null;
  ui.removedToggle.checked = false;
  ui.removed.hidden = true;
  ui.removedToggle.disabled = !removed?.length;
  ui.removedToggleLabel.lastChild!.textContent = removed && !removed.length ? " Nothing was removed" : ` Show removed text${removed ? ` (${removed.length})` : ""}`;
  ui.removedList.replaceChildren(...(removed ?? []).map((p) => h("li", {}, h("span", { class: "removed-kind" }, p.kind), " ", h("span", { class: "removed-text" }, p.text))));
}

ui.removedToggle.addEventListener("change", () => {
  ui.removed.hidden = !ui.removedToggle.checked;
});

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** An item's button and, under it, its evidence quote (shown while it is selected). */
function itemRow(key: string, kind: ItemKind, label: Child[], evidence: string, extra: Child[] = []): HTMLLIElement {
  const evidenceId = `ev-${key.replace(":", "-")}`;
  return h(
    "li",
    { class: `item-row item-${kind}` },
    h("button", { type: "button", class: "item", "data-key": key, "aria-pressed": "false", "aria-controls": "article" }, ...label),
    h(
      "div",
      { class: "evidence", id: evidenceId, hidden: true },
      ...extra,
      evidence ? h("blockquote", {}, evidence) : null,
      h("button", { type: "button", class: "btn btn-quiet btn-small show-in-article", "data-show": key }, "Show in article"),
    ),
  );
}

function renderActors(s: Summary): void {
  ui.actorsCount.textContent = String(s.actors.length);
  ui.actors.replaceChildren(
    ...(s.actors.length ? s.actors.map((a: Actor, i) => {
      const label: Node[] = [
        h("span", { class: "item-title" }, a.name),
        h("span", { class: `badge kind-${a.kind}` }, a.kind),
        h("span", { class: "item-sub" }, plural(a.spans.length, "mention")),
      ];
      const extra: Child[] = [
        a.role ? h("p", { class: "detail" }, a.role) : null,
        a.aliases.length ? h("p", { class: "detail" }, "Also: ", a.aliases.join(", ")) : null,
      ];
      const row = itemRow(`actor:${i}`, "actor", label, a.evidence, extra);
      if (i >= ACTORS_SHOWN) row.classList.add("extra");
      return row;
    }) : [h("li", { class: "empty" }, "No actors found.")]),
  );
  showAllActors(false);
}

function showAllActors(all: boolean): void {
  const n = shown?.summary.actors.length ?? 0;
  ui.actorsMore.hidden = n <= ACTORS_SHOWN;
  ui.actorsMore.setAttribute("aria-expanded", String(all));
  ui.actorsMore.textContent = all ? "Show fewer" : `Show all ${n} actors`;
  for (const row of ui.actors.querySelectorAll<HTMLElement>("li.extra")) row.hidden = !all;
}

ui.actorsMore.addEventListener("click", () => {
  const all = ui.actorsMore.getAttribute("aria-expanded") !== "true";
  showAllActors(all);
  if (all) ui.actors.querySelector<HTMLElement>("li.extra button")?.focus();
});

function renderDemands(s: Summary): void {
  ui.demandsCount.textContent = String(s.demands.length);
  ui.demands.replaceChildren(
    ...(s.demands.length ? s.demands.map((d: Demand, i) => {
      const cameo = cameoLabel(d.cameo);
      const label: Node[] = [
        h("span", { class: "item-title sentence" }, demandSentence(d)),
        h("span", { class: "chips" },
          h("span", { class: `badge status status-${d.status}` }, STATUS_LABEL[d.status as DemandStatus] ?? d.status),
          d.cameo ? h("span", { class: "badge cameo", title: cameo ? `CAMEO ${d.cameo}: ${cameo}` : `CAMEO ${d.cameo}` }, `CAMEO ${d.cameo}${cameo ? ` · ${cameo}` : ""}`) : null,
        ),
      ];
      return itemRow(`demand:${i}`, "demand", label, d.evidence);
    }) : [h("li", { class: "empty" }, "No demands found.")]),
  );
}

function renderDates(s: Summary): void {
  ui.datesCount.textContent = String(s.dates.length);
  const t = buildTimeline(s.dates, s.article.publishedAt);
  const rows: HTMLLIElement[] = [];
  // One heading per year; the entries under it leave the year out.
  for (const group of groupByYear(t.entries)) {
    rows.push(h("li", { class: "tl-year" }, String(group.year)));
    for (const entry of group.entries) {
      if (entry.kind === "published") {
        rows.push(h("li", { class: "tl-entry tl-published" }, h("span", { class: "tl-dot", "aria-hidden": "true" }), h("span", { class: "tl-when" }, describeInYear(entry.value, group.year)), h("span", { class: "item-sub" }, "publication date")));
        continue;
      }
      rows.push(dateRow(entry.item, entry.index, true, group.year));
    }
  }
  if (!t.entries.length) rows.push(h("li", { class: "empty" }, s.dates.length ? "No date could be placed on the calendar." : "No dates found."));
  ui.timeline.replaceChildren(...rows);
  ui.unanchoredWrap.hidden = !t.unanchored.length;
  ui.unanchored.replaceChildren(...t.unanchored.map(({ item, index }) => dateRow(item, index, false)));
}

function dateRow(d: DateItem, index: number, anchored: boolean, year?: number): HTMLLIElement {
  const when = year === undefined ? describeTimex(d.value, d.type) : describeInYear(d.value, year, d.type);
  const label: Child[] = [
    anchored ? h("span", { class: "tl-dot", "aria-hidden": "true" }) : null,
    h("span", { class: "tl-when" }, anchored ? h("time", { datetime: d.value }, when) : when),
    h("span", { class: "item-sub" }, "“", d.text, "”", d.about ? ` — ${d.about}` : ""),
    h("code", { class: "timex", title: `TIMEX3 ${d.type}` }, d.value || "—"),
  ];
  const row = itemRow(`date:${index}`, "date", label, d.evidence);
  if (anchored) row.classList.add("tl-entry");
  return row;
}

function renderWarnings(s: Summary): void {
  ui.warningsWrap.hidden = !s.warnings.length;
  ui.warningsCount.textContent = String(s.warnings.length);
  ui.warnings.replaceChildren(...s.warnings.map((w) => h("li", {}, h("code", {}, w.code), " ", w.message)));
}

// ---------- highlighting ----------

function itemFor(key: string): { kind: ItemKind; name: string; spans: SpanLike[] } | null {
  if (!shown) return null;
  const [kind, n] = key.split(":") as [ItemKind, string];
  const i = Number(n);
  const s = shown.summary;
  if (kind === "actor" && s.actors[i]) return { kind, name: s.actors[i].name, spans: s.actors[i].spans };
  if (kind === "demand" && s.demands[i]) return { kind, name: `demand by ${s.demands[i].by}`, spans: s.demands[i].spans };
  if (kind === "date" && s.dates[i]) return { kind, name: `date “${s.dates[i].text}”`, spans: s.dates[i].spans };
  return null;
}

/** Draws the article with the active item's spans as <mark>s; `reveal` scrolls the evidence into view. */
function applyHighlight(reveal: boolean): void {
  if (!shown) return;
  const key = preview ?? pinned;
  const item = key ? itemFor(key) : null;
  const text = shown.summary.article.text;
  const paragraphs = segmentArticle(text, item ? itemHighlights(item.kind, item.spans) : []);
  let first = true;
  ui.article.replaceChildren(
    ...paragraphs.map((p) =>
      h("p", {}, ...p.segments.map((seg) => {
        if (!seg.mark) return seg.text;
        const cls = seg.mark.primary ? (seg.mark.mention ? "hl hl-primary hl-mention" : "hl hl-primary") : "hl";
        const mark = h("mark", { class: cls, "data-start": seg.start, "data-end": seg.end }, seg.text);
        if (first && seg.mark.primary) {
          mark.id = "evidence";
          mark.tabIndex = -1;
          first = false;
        }
        return mark;
      })),
    ),
  );
  if (item) ui.article.dataset["hl"] = item.kind;
  else delete ui.article.dataset["hl"];

  for (const btn of ui.summaryCol.querySelectorAll<HTMLButtonElement>("button.item")) {
    const k = btn.dataset["key"]!;
    btn.setAttribute("aria-pressed", String(k === pinned));
    btn.classList.toggle("is-preview", k === preview && k !== pinned);
    const evidence = btn.nextElementSibling as HTMLElement | null;
    if (evidence) evidence.hidden = k !== pinned;
  }
  if (reveal && item) revealEvidence(false);
}

function scrollBox(): HTMLElement | null {
  const col = ui.articleCol;
  const style = getComputedStyle(col);
  return /(auto|scroll)/.test(style.overflowY) && col.scrollHeight > col.clientHeight ? col : null;
}

/**
 * Brings the first evidence mark into view. On a wide screen only the article column scrolls; on a
 * phone (one column) the page scrolls only when asked (`force`), so the list does not jump away.
 */
function revealEvidence(force: boolean): void {
  const mark = ui.article.querySelector<HTMLElement>("mark.hl-primary") ?? ui.article.querySelector<HTMLElement>("mark");
  if (!mark) return;
  const behavior: ScrollBehavior = reducedMotion() ? "auto" : "smooth";
  const box = scrollBox();
  if (box) {
    const m = mark.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (m.top >= b.top + 8 && m.bottom <= b.bottom - 8 && !force) return;
    box.scrollTo({ top: box.scrollTop + (m.top - b.top) - box.clientHeight / 3, behavior });
    if (force) mark.focus({ preventScroll: true });
  } else if (force) {
    mark.scrollIntoView({ behavior, block: "center" });
    mark.focus({ preventScroll: true });
  }
}

const keyOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>("button.item")?.dataset["key"] ?? null : null);

function setPreview(key: string | null, reveal: boolean): void {
  if (key === preview) return;
  preview = key;
  applyHighlight(reveal);
}

ui.summaryCol.addEventListener("mouseover", (e) => setPreview(keyOf(e.target), false));
ui.summaryCol.addEventListener("mouseleave", () => setPreview(null, false));
ui.summaryCol.addEventListener("focusin", (e) => {
  const key = keyOf(e.target);
  if (key) setPreview(key, true);
});
ui.summaryCol.addEventListener("focusout", (e) => {
  if (!keyOf(e.relatedTarget)) setPreview(null, false);
});
ui.summaryCol.addEventListener("click", (e) => {
  const target = e.target as Element;
  const show = target.closest<HTMLElement>("[data-show]");
  if (show) {
    revealEvidence(true);
    return;
  }
  const key = keyOf(target);
  if (!key) return;
  pinned = pinned === key ? null : key;
  preview = null;
  applyHighlight(true);
  const item = pinned ? itemFor(pinned) : null;
  announce(item ? `${item.name}: ${plural(item.spans.length, "passage")} highlighted in the article.` : "Highlight cleared.");
});
document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape" || (!pinned && !preview)) return;
  pinned = null;
  preview = null;
  applyHighlight(false);
  announce("Highlight cleared.");
});

// ---------- stored summaries ----------

let stored: { items: StoredItem[]; cursor: string | null } = { items: [], cursor: null };
let storedLoading = false;
let reloadPending = false;

async function loadStored(reset: boolean): Promise<void> {
  if (!getKey()) {
    stored = { items: [], cursor: null };
    renderStored();
    return;
  }
  if (storedLoading) {
    // A summary stored while the list was loading must still show up: reload once the load ends.
    reloadPending ||= reset;
    return;
  }
  storedLoading = true;
  ui.storedList.setAttribute("aria-busy", "true");
  const q = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (!reset && stored.cursor) q.set("cursor", stored.cursor);
  const answer = await api(`summaries?${q}`);
  storedLoading = false;
  ui.storedList.removeAttribute("aria-busy");
  if (!answer.ok) {
    reloadPending = false;
    ui.storedState.hidden = false;
    ui.storedState.textContent = answer.status === 401 ? "The API key was refused." : `Could not list summaries: ${problemMessage(answer.status, answer.body)}`;
    return;
  }
  const page = parseSummaryPage(answer.body);
  stored = { items: reset ? page.items : [...stored.items, ...page.items], cursor: page.nextCursor };
  renderStored();
  if (reloadPending) {
    reloadPending = false;
    void loadStored(true);
  }
}

function renderStored(): void {
  const groups = groupStories(stored.items);
  ui.storedState.hidden = groups.length > 0;
  ui.storedState.textContent = getKey() ? "No summaries stored yet." : "Enter your API key to see stored summaries.";
  ui.storedMore.hidden = !stored.cursor;
  ui.storedList.replaceChildren(
    ...groups.map((g) =>
      h("li", { class: "story" },
        storedLink(g.lead),
        g.copies.length
          ? h("div", { class: "copies" },
              h("p", { class: "copies-label" }, `Same story, ${plural(g.copies.length, "more copy", "more copies")}:`),
              h("ul", {}, ...g.copies.map((c) => h("li", {}, storedLink(c)))))
          : null,
      ),
    ),
  );
  markCurrentStored();
}

function storedLink(i: StoredItem): HTMLAnchorElement {
  const when = i.createdAt ? new Date(i.createdAt) : null;
  return h("a", { class: "stored-link", href: `#/summaries/${i.id}`, "data-id": i.id },
    h("span", { class: "stored-title" }, i.title || "Untitled article"),
    h("span", { class: "stored-meta" },
      ...joinMeta([
        when && !Number.isNaN(when.getTime()) ? h("time", { datetime: i.createdAt! }, when.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })) : null,
        i.publisher,
        i.engine,
        h("code", {}, i.id.slice(0, 8)),
      ]),
    ),
  );
}

function markCurrentStored(): void {
  for (const a of ui.storedList.querySelectorAll<HTMLAnchorElement>("a.stored-link")) {
    if (shown && a.dataset["id"] === shown.summary.id) a.setAttribute("aria-current", "true");
    else a.removeAttribute("aria-current");
  }
}

ui.storedMore.addEventListener("click", () => void loadStored(false));
ui.storedRefresh.addEventListener("click", () => void loadStored(true));

// ---------- routing: #/summaries/{id} ----------

function setRoute(id: string): void {
  if (location.hash !== `#/summaries/${id}`) history.replaceState(null, "", `#/summaries/${id}`);
}

async function route(): Promise<void> {
  const id = /^#\/summaries\/([0-9a-f]{24})$/.exec(location.hash)?.[1];
  if (!id || shown?.summary.id === id) return;
  if (!getKey()) return askForKey("Enter your API key to open a stored summary.");
  showError(null);
  ui.status.textContent = "Loading the summary…";
  const answer = await api(`summaries/${id}`);
  ui.status.textContent = "";
  if (!answer.ok) return answer.status === 401 ? askForKey(problemMessage(401, answer.body)) : showError(problemMessage(answer.status, answer.body));
  show({ summary: answer.body as Summary, removed: null });
  ui.resultTitle.focus({ preventScroll: true });
  ui.result.scrollIntoView({ block: "start" });
}

window.addEventListener("hashchange", () => void route());

// ---------- start ----------

showKeyState();
void loadStored(true);
void route();
