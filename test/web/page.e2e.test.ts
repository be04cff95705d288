// The web page end to end: headless Chromium (Debian's `chromium`, driven by playwright-core) against
// the real local stack — startTestStack starts the same s3rver + HTTP adapter + Lambda handlers as
// `npm start`, on ephemeral loopback ports — with the embedded `rules` engine.
//
// When Chromium is missing: outside CI this file is left out (describe.runIf); in CI (CI=true) it
// fails with the reason, so a CI without a browser can never pass by skipping it. `.ci/run` installs
// Debian's chromium. PRECIS_CHROMIUM overrides the path (default /usr/bin/chromium).
// Screenshots go to .test-output/web/ (gitignored).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Summary } from "../../lib/schema/summary.ts";
import { paragraphRanges } from "../../web/logic/highlight.ts";
import { startTestStack, type TestStack } from "../support/local-stack.ts";

const CHROMIUM = process.env["PRECIS_CHROMIUM"] || "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const IN_CI = Boolean(process.env["CI"]) && process.env["CI"] !== "false";
const OUT = fileURLToPath(new URL("../../.test-output/web/", import.meta.url));
const SEEDS = fileURLToPath(new URL("../../../shared/seeds/", import.meta.url));
// Without the background-networking flags Chromium keeps trying to reach Google on a closed network.
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/**
 * The spun seed when the shared reference articles are beside the project; otherwise our own spun
 * fixture (a fictional story in the same machine-spun style), so the test never depends on them.
 */
function readSeed(): { text: string; actor: RegExp } {
  const name = existsSync(SEEDS) ? readdirSync(SEEDS).find((f) => /^000_.*\.txt$/.test(f)) : undefined;
  if (name) return { text: readFileSync(SEEDS + name, "utf8"), actor: /Putin|Biden|Russia/ };
  return { text: readFileSync(new URL("../http/fixtures/ferry-strike-spun.txt", import.meta.url), "utf8"), actor: /Odile Franck|Ines Calloway/ };
}

describe.runIf(HAVE_CHROMIUM || IN_CI)("the web page in headless Chromium, against the local stack", () => {
  let stack: TestStack;
  let browser: Browser;
  let seed: string;
  let seedActor: RegExp;
  let summary: Summary;

  // A failed set-up fails every test with its reason (a throwing beforeAll would only mark them skipped).
  let setupError: unknown = null;
  const ready = () => {
    if (setupError) throw setupError;
  };

  beforeAll(async () => {
    try {
      if (!HAVE_CHROMIUM) throw new Error(`Chromium is required here (CI=${process.env["CI"]}) but ${CHROMIUM} does not exist: apt-get install -y chromium, or set PRECIS_CHROMIUM`);
      ({ text: seed, actor: seedActor } = readSeed());
      mkdirSync(OUT, { recursive: true });
      stack = await startTestStack({ PRECIS_ENGINE: "rules" });
      // playwright-core gives each launch a fresh temporary --user-data-dir.
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    } catch (e) {
      setupError = e;
    }
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.dispose();
  });

  /**
   * A fresh browser context (its own sessionStorage) on the page. `problems` collects script errors and
   * console errors (CSP and Trusted Types violations among them); every test ends expecting none.
   */
  async function openPage(viewport = { width: 1366, height: 900 }): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
    const problems: string[] = [];
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: "reduce" });
    const page = await context.newPage();
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    const res = await page.goto(`${stack.httpEndpoint}/`);
    expect(res?.status(), "GET / must serve the page (is GET / routed to webAsset?)").toBe(200);
    return { context, page, problems };
  }

  async function saveKey(page: Page, key = stack.apiKey): Promise<void> {
    await page.getByLabel("API key").fill(key);
    await page.getByRole("button", { name: "Save", exact: true }).click();
  }

  /** Pastes the seed, picks the rules engine and summarizes; returns the summary the API answered. */
  async function summarizeSeed(page: Page): Promise<Summary> {
    await page.getByLabel("Article text").fill(seed);
    await page.getByLabel("Engine").selectOption("rules");
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/summaries");
    await page.getByRole("button", { name: "Summarize" }).click();
    const res = await answered;
    expect(res.status(), await res.text()).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    delete body["removed"];
    const s = Summary.parse(body);
    await expect.poll(() => page.locator("#result-title").textContent()).toBe(s.article.title || "Untitled article");
    return s;
  }

  /** The seed's summary straight from the API (the same bytes give the same id). */
  async function postSeed(): Promise<Summary> {
    const res = await fetch(`${stack.httpEndpoint}/summaries?engine=rules`, { method: "POST", body: seed, headers: { authorization: `Bearer ${stack.apiKey}`, "content-type": "text/plain" } });
    expect(res.status).toBe(200);
    return Summary.parse(await res.json());
  }

  const markTexts = (page: Page) => page.locator("#article mark").allTextContents();
  const spanTexts = (s: Summary, spans: Array<{ start: number; end: number }>) => spans.map((sp) => s.article.text.slice(sp.start, sp.end));

  it("serves the page and its assets under a strict Content-Security-Policy, without a key", async () => {
    ready();
    const res = await fetch(`${stack.httpEndpoint}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    const html = await res.text();
    for (const [, path] of html.matchAll(/(?:src|href)="(assets\/[^"]+)"/g)) {
      const asset = await fetch(`${stack.httpEndpoint}/${path}`);
      expect(asset.status, path).toBe(200);
      expect(asset.headers.get("cache-control")).toMatch(/immutable/);
    }
    expect((await fetch(`${stack.httpEndpoint}/assets/nope.js`)).status).toBe(404);
  });

  it("paste the spun seed, see the actors, click a demand and find its evidence highlighted", { timeout: 90_000 }, async () => {
    ready();
    const { context, page, problems } = await openPage();
    await expect.poll(() => page.locator("#stored-state").textContent()).toMatch(/API key/);
    await saveKey(page);
    summary = await summarizeSeed(page);

    // The actors, as the summary has them.
    expect(summary.actors.length, "the rules engine found no actors in the seed").toBeGreaterThan(0);
    const actorNames = await page.locator("#actors button.item .item-title").allTextContents();
    expect(actorNames).toEqual(summary.actors.map((a) => a.name));
    expect(actorNames.join(" ")).toMatch(seedActor);

    // A demand, clicked: its evidence span(s) become the marks in the article, scrolled into view.
    const d = summary.demands.findIndex((x) => x.spans.length > 0);
    expect(d, "the rules engine found no grounded demand in the seed").toBeGreaterThanOrEqual(0);
    const demand = summary.demands[d]!;
    const button = page.locator(`#demands button[data-key="demand:${d}"]`);
    await expect.poll(() => button.textContent()).toContain(demand.by);
    await button.click();
    await expect.poll(() => button.getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => page.locator("#article").getAttribute("data-hl")).toBe("demand");
    expect((await markTexts(page)).join("")).toBe(spanTexts(summary, demand.spans).join("").replace(/\n\s*\n\s*/g, ""));
    const first = page.locator("#article mark.hl-primary").first();
    await expect.poll(() => first.getAttribute("data-start")).toBe(String(demand.spans[0]!.start));
    await expect.poll(async () => (await first.evaluate((m) => {
      const r = m.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && getComputedStyle(m).backgroundColor !== "rgba(0, 0, 0, 0)";
    }))).toBe(true);
    await expect.poll(() => page.locator(`#ev-demand-${d}`).isVisible()).toBe(true);
    await page.screenshot({ path: `${OUT}desktop.png` });

    // Clicking again, or Escape, clears the highlight.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#article mark").count()).toBe(0);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("works from the keyboard: Tab to an actor, Enter highlights its mentions, Esc clears", { timeout: 60_000 }, async () => {
    ready();
    const { context, page, problems } = await openPage();
    await saveKey(page);
    const s = await summarizeSeed(page);
    await page.locator("#article").focus();
    await page.keyboard.press("Tab");
    const focused = page.locator("#actors button.item").first();
    await expect.poll(() => focused.evaluate((el) => el === document.activeElement)).toBe(true);
    // A visible focus ring on keyboard focus.
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect.poll(() => focused.getAttribute("aria-pressed")).toBe("true");
    const actor = s.actors[0]!;
    // The marks cover exactly the actor's spans (within paragraphs), however they overlap.
    const ranges = await page.locator("#article mark").evaluateAll((ms) => ms.map((m) => [Number(m.getAttribute("data-start")), Number(m.getAttribute("data-end"))]));
    expect(ranges.length).toBeGreaterThan(0);
    for (const [from, to] of ranges) expect(s.article.text.slice(from, to)).toBe(await page.locator(`#article mark[data-start="${from}"]`).first().textContent());
    const covered = new Set(ranges.flatMap(([from, to]) => Array.from({ length: to! - from! }, (_, i) => from! + i)));
    const inParagraph = (i: number) => paragraphRanges(s.article.text).some((p) => i >= p.start && i < p.end);
    const expected = new Set(actor.spans.flatMap((sp) => Array.from({ length: sp.end - sp.start }, (_, i) => sp.start + i)).filter(inParagraph));
    expect(covered).toEqual(expected);
    expect(await page.locator("#article mark.hl-primary").first().getAttribute("data-start")).toBe(String(actor.spans[0]!.start));
    await page.screenshot({ path: `${OUT}desktop-actor.png` });
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#article mark").count()).toBe(0);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("is readable on a 390 px phone: one column, summary first, evidence one tap away", { timeout: 60_000 }, async () => {
    ready();
    const { context, page, problems } = await openPage({ width: 390, height: 844 });
    await saveKey(page);
    const s = await summarizeSeed(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const summaryBox = (await page.locator(".col-summary").boundingBox())!;
    const articleBox = (await page.locator(".col-article").boundingBox())!;
    expect(summaryBox.y).toBeLessThan(articleBox.y);
    expect(summaryBox.width).toBeGreaterThan(300);

    const d = Math.max(0, s.demands.findIndex((x) => x.spans.length > 0));
    await page.locator(`#demands button[data-key="demand:${d}"]`).click();
    await page.screenshot({ path: `${OUT}phone.png` });
    await page.locator(`#ev-demand-${d} .show-in-article`).click();
    const mark = page.locator("#article mark.hl-primary").first();
    await expect.poll(() => mark.evaluate((m) => m === document.activeElement)).toBe(true);
    await expect.poll(() => mark.evaluate((m) => m.getBoundingClientRect().top >= 0 && m.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await page.screenshot({ path: `${OUT}phone-evidence.png` });
    await page.screenshot({ path: `${OUT}phone-full.png`, fullPage: true });
    await context.close();
    expect(problems).toEqual([]);
  });

  it("lists stored summaries newest first and opens one", { timeout: 60_000 }, async () => {
    ready();
    const { context, page, problems } = await openPage();
    await saveKey(page);
    // Another article, so the list has two entries.
    const harbor = readFileSync(new URL("../fixtures/e2e/harbor-strike.txt", import.meta.url), "utf8");
    const posted = await fetch(`${stack.httpEndpoint}/summaries?engine=rules`, { method: "POST", body: harbor, headers: { authorization: `Bearer ${stack.apiKey}`, "content-type": "text/plain" } });
    expect(posted.status).toBe(200);
    const newest = Summary.parse(await posted.json());
    summary ??= await postSeed();
    await page.getByRole("button", { name: "Refresh" }).click();
    const links = page.locator("#stored-list a.stored-link");
    await expect.poll(() => links.count()).toBeGreaterThanOrEqual(2);
    expect(await links.first().getAttribute("data-id")).toBe(newest.id);
    // Opening the seed's summary from the list (GET /summaries/{id}).
    await page.locator(`#stored-list a[data-id="${summary.id}"]`).click();
    await expect.poll(() => page.locator("#result-title").textContent()).toBe(summary.article.title || "Untitled article");
    expect(await page.locator("#actors button.item").count()).toBe(summary.actors.length);
    expect(new URL(page.url()).hash).toBe(`#/summaries/${summary.id}`);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("groups copies of one story, and shows the text the cleaner removed, greyed, on demand", { timeout: 60_000 }, async () => {
    ready();
    const { context, page, problems } = await openPage();
    // Two copies of one story through the real API: the second is linked to the first (sameStoryAs).
    const story = (name: string) => readFileSync(new URL(`../http/fixtures/${name}`, import.meta.url), "utf8");
    const ids: string[] = [];
    for (const name of ["tram-strike.txt", "ferry-strike.txt", "ferry-strike-spun.txt"]) {
      const res = await fetch(`${stack.httpEndpoint}/summaries?engine=rules`, { method: "POST", body: story(name), headers: { authorization: `Bearer ${stack.apiKey}`, "content-type": "text/plain" } });
      expect(res.status).toBe(200);
      ids.push(((await res.json()) as Summary).id);
    }
    const [, original, spun] = ids;
    await saveKey(page);
    await summarizeSeed(page);
    const toggle = page.getByLabel(/Show removed text/);
    await expect.poll(() => page.locator("#removed").isVisible()).toBe(false);
    await toggle.check();
    await expect.poll(() => page.locator("#removed").isVisible()).toBe(true);
    expect(await page.locator("#removed-list li").count()).toBeGreaterThan(0);
    expect(await page.locator("#removed").evaluate((el) => getComputedStyle(el).color)).not.toBe(await page.locator("#article").evaluate((el) => getComputedStyle(el).color));
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect.poll(() => page.locator("#stored-list .copies a.stored-link").count()).toBeGreaterThanOrEqual(1);
    const grouped = await page.locator("#stored-list li").filter({ has: page.locator(".copies") }).locator("a.stored-link").evaluateAll((as) => as.map((a) => a.getAttribute("data-id")));
    expect(grouped).toEqual(expect.arrayContaining([original, spun]));
    expect(grouped).not.toContain(ids[0]); // another strike, another story
    await page.screenshot({ path: `${OUT}desktop-removed.png` });
    await context.close();
    expect(problems).toEqual([]);
  });

  it("summarizes a dropped HTML file, sent as text/html with its own bytes", { timeout: 60_000 }, async () => {
    ready();
    const { context, page, problems } = await openPage();
    await saveKey(page);
    const html = readFileSync(new URL("../fixtures/e2e/council-vote.html", import.meta.url), "utf8");
    // A real drop: a DataTransfer holding the file, dispatched on the drop zone.
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "council vote.html", { type: "" }));
      return dt;
    }, html);
    await page.dispatchEvent("#drop", "dragenter", { dataTransfer: transfer });
    await page.dispatchEvent("#drop", "drop", { dataTransfer: transfer });
    await expect.poll(() => page.locator("#file-name").textContent()).toMatch(/^council vote\.html \(/);
    expect(await page.getByLabel("Article text").isDisabled()).toBe(true);
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/summaries");
    await page.getByRole("button", { name: "Summarize" }).click();
    const res = await answered;
    expect(res.request().headers()["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.status(), await res.text()).toBe(200);
    const s = Summary.parse(Object.fromEntries(Object.entries(await res.json()).filter(([k]) => k !== "removed")));
    expect(s.source).toMatchObject({ bytes: Buffer.byteLength(html), sha256: createHash("sha256").update(html).digest("hex") });
    await expect.poll(() => page.locator("#result-title").textContent()).toBe(s.article.title || "Untitled article");
    // Removing the file gives the text box back.
    await page.getByRole("button", { name: "Remove file" }).click();
    expect(await page.getByLabel("Article text").isDisabled()).toBe(false);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("asks for the key again when the API refuses it", { timeout: 30_000 }, async () => {
    ready();
    const { context, page, problems } = await openPage();
    await saveKey(page, "wrong-key");
    await page.getByLabel("Article text").fill(seed);
    await page.getByRole("button", { name: "Summarize" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/API key was refused/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("api-key");
    expect(await page.evaluate(() => sessionStorage.getItem("precis.apiKey"))).toBe("wrong-key");
    await context.close();
    expect(problems).toEqual([]);
  });
});
