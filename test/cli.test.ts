// The command line, run as a person runs it: a child process, its stdout, stderr and exit code.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Summary } from "../lib/schema/summary.ts";

const BIN = fileURLToPath(new URL("../bin/precis.ts", import.meta.url));
const FIXTURE = fileURLToPath(new URL("./fixtures/articles/labour-dispute.txt", import.meta.url));
const precis = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", env: { ...process.env, PRECIS_ENGINE: "rules", PRECIS_LOG_LEVEL: "silent" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe("precis (the CLI)", () => {
  it("prints its usage for --help, -h, help and no arguments, and exits 0", () => {
    for (const args of [["--help"], ["-h"], ["help"], []]) {
      const r = precis(args);
      expect(r.code, args.join(" ")).toBe(0);
      for (const verb of ["clean", "summarize", "dates", "help"]) expect(r.out).toContain(`precis ${verb}`);
    }
  });

  it("prints one command's usage for `help VERB` and `VERB --help`, and exits 0", () => {
    const r = precis(["help", "summarize"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: precis summarize /);
    expect(r.out).toContain("--published-at");
    expect(r.out).not.toContain("precis dates");
    const d = precis(["dates", "--help"]);
    expect(d.code).toBe(0);
    expect(d.out).toMatch(/^usage: precis dates /);
  });

  it("exits 2 with the usage on stderr for an unknown command", () => {
    for (const args of [["frobnicate"], ["help", "frobnicate"]]) {
      const r = precis(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/unknown command 'frobnicate'/);
      expect(r.out).toBe("");
    }
  });

  it("summarizes a file into a valid v1 summary, and cleans standard input", () => {
    const s = precis(["summarize", "--published-at", "2025-03-03", FIXTURE]);
    expect(s.code, s.err).toBe(0);
    const summary = Summary.parse(JSON.parse(s.out));
    expect(summary.engine.name).toBe("rules");
    expect(summary.actors.length).toBeGreaterThan(0);
    const c = precis(["clean", "--content-type", "text/html", "-"], "<html><body><nav>Home | News</nav><article><p>The council met on Monday and agreed to reopen the library.</p></article></body></html>");
    expect(c.code, c.err).toBe(0);
    expect(c.out).toContain("The council met on Monday");
    expect(c.out).not.toContain("Home | News");
  });

  it("exits 1 on input it cannot read", () => {
    const r = precis(["clean", "/nonexistent/story.txt"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read input/);
  });
});
