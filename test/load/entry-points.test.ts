// Documents through the other doors: the CLI, the page's request planning; and the promise that a
// handler which never sees a document never loads a document reader.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { formatOfFile, planSummarize } from "../../web/logic/request.ts";
import { Summary } from "../../lib/schema/summary.ts";
import { COLUMNS_ARTICLE, COLUMNS_DECK, COLUMNS_TITLE } from "./articles.ts";
import { layoutPdf, scanLikePdf } from "./make-documents.ts";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "precis-docs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cliEnv = { ...process.env, PRECIS_ENGINE: "rules", PRECIS_LOG_LEVEL: "silent" };

describe("precis CLI on documents", () => {
  it("summarize file.pdf prints a summary of the article text; clean file.pdf prints the text", async () => {
    const path = join(dir, "ferry.pdf");
    writeFileSync(path, await layoutPdf(COLUMNS_ARTICLE, { title: COLUMNS_TITLE, deck: COLUMNS_DECK, columns: [{ x: 54, width: 240 }, { x: 318, width: 240 }], flow: { size: 10, leading: 13, indent: 12 } }));
    const { stdout } = await run(process.execPath, ["bin/precis.ts", "summarize", path], { cwd: root, env: cliEnv });
    const summary = Summary.parse(JSON.parse(stdout));
    expect(summary.source).toMatchObject({ fileName: "ferry.pdf", contentType: "application/pdf" });
    expect(summary.article.text).toBe(COLUMNS_ARTICLE.join("\n\n"));
    const cleaned = await run(process.execPath, ["bin/precis.ts", "clean", path], { cwd: root, env: cliEnv });
    expect(cleaned.stdout.trim()).toBe(COLUMNS_ARTICLE.join("\n\n"));
  });

  it("a scan exits 1 with the no_text_layer code on stderr", async () => {
    const path = join(dir, "scan.pdf");
    writeFileSync(path, await scanLikePdf(1));
    const err = await run(process.execPath, ["bin/precis.ts", "summarize", path], { cwd: root, env: cliEnv }).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1, stderr: expect.stringMatching(/no_text_layer: .*OCR/) });
  });
});

describe("the page sends dropped documents as their own bytes", () => {
  it("recognises .pdf and .docx by name or browser type", () => {
    expect(formatOfFile("release.PDF", "")).toBe("pdf");
    expect(formatOfFile("x", "application/pdf")).toBe("pdf");
    expect(formatOfFile("statement.docx", "")).toBe("docx");
    expect(formatOfFile("old.doc", "application/msword")).toBeNull();
  });

  it("posts a PDF raw with its media type even when a title is given (a JSON envelope holds text only)", () => {
    expect(planSummarize({ format: "pdf", engine: "", title: "A title" })).toMatchObject({ contentType: "application/pdf", envelope: null });
    expect(planSummarize({ format: "docx", engine: "rules" })).toMatchObject({ contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", envelope: null });
  });
});

describe("cold start without documents", () => {
  it("importing the upload and HTTP handlers loads neither PDF.js (unpdf) nor mammoth nor jszip", async () => {
    // A resolve hook in a fresh process records every module the handlers' graph pulls in.
    const script = `
      import { registerHooks } from "node:module";
      const seen = [];
      registerHooks({ resolve(spec, ctx, next) { const r = next(spec, ctx); seen.push(r.url); return r; } });
      await import("./functions/on-upload.ts");
      await import("./functions/http.ts");
      console.log(JSON.stringify(seen));`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: root, env: { ...cliEnv, PRECIS_API_KEY: "k" } });
    const urls: string[] = JSON.parse(stdout.trim().split("\n").pop()!);
    expect(urls.some((u) => u.includes("/functions/on-upload.ts"))).toBe(true);
    expect(urls.filter((u) => /node_modules\/(unpdf|mammoth|jszip)\//.test(u))).toEqual([]);
    expect(urls.filter((u) => /lib\/load\/(pdf|docx)\.ts$/.test(u))).toEqual([]);
  });
});
