// The command-line face of the pipeline: the same stages the Lambda functions run.
//   precis clean [--json] [--content-type T] FILE|-
//   precis summarize [--engine rules|openai] [--published-at YYYY-MM-DD] [--content-type T] FILE|-
//   precis dates [--raw] [--reference YYYY-MM-DD] [--content-type T] FILE|-
//   precis help [VERB] | precis --help
// Output on stdout, diagnostics on stderr; exit 1 on bad input, 2 on bad usage.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../lib/config.ts";
import { isPrecisError } from "../lib/errors.ts";

const VERBS: Record<string, { usage: string; help: string }> = {
  clean: {
    usage: "precis clean [--json] [--content-type T] FILE|-",
    help: `The article's main text, without navigation, ads and boilerplate.
  --json            {text, metadata, removed: [{kind, text}]} instead of the text
  --content-type T  the input's media type (text/html, text/plain, text/markdown, application/json;
                    a charset parameter is honoured); by default guessed from the name and the bytes`,
  },
  summarize: {
    usage: "precis summarize [--engine rules|openai] [--published-at YYYY-MM-DD] [--content-type T] FILE|-",
    help: `The summary JSON (schema/summary.v1.json): actors, demands and dates, grounded in the text.
  --engine E             rules (embedded, offline) or openai (needs OPENAI_API_KEY or OPENAI_BASE_URL)
  --published-at DATE    the publication day relative dates resolve against
  --content-type T       as for clean`,
  },
  dates: {
    usage: "precis dates [--raw] [--reference YYYY-MM-DD] [--content-type T] FILE|-",
    help: `The dates and times in the cleaned article, as [{start, end, text, type, value}] (TIMEX3 values):
what the cleaner drops (mastheads, copyright lines) is left out. Offsets index the cleaned text, as
summarize's spans do; plain-text input is tagged as given, with offsets into the input.
  --raw             tag the input exactly as given (offsets into the input)
  --reference DATE  the day relative dates ("on Monday") resolve against
  --content-type T  as for clean`,
  },
  help: { usage: "precis help [VERB]", help: "This text, or one command's." },
};

const USAGE = `usage:\n${Object.values(VERBS).map((v) => `  ${v.usage}`).join("\n")}\n
FILE - reads standard input. Output goes to stdout, diagnostics to stderr; exit 1 on bad input, 2 on bad usage.
Configuration comes from the environment (README.md, "Configuration").`;

function helpFor(verb: string | undefined): string {
  if (!verb) return USAGE;
  const v = VERBS[verb];
  if (!v) throw new UsageError(`unknown command '${verb}'`);
  return `usage: ${v.usage}\n\n${v.help}`;
}

class UsageError extends Error {}

function readInput(path: string | undefined): { bytes: Uint8Array; fileName: string | null } {
  if (!path) throw new UsageError("missing FILE (use - for standard input)");
  if (path === "-") return { bytes: readFileSync(0), fileName: null };
  return { bytes: readFileSync(path), fileName: basename(path) };
}

const isoDay = (v: string | undefined, flag: string) => {
  if (v === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new UsageError(`${flag} must be a date YYYY-MM-DD, got '${v}'`);
  return v;
};

async function main(argv: string[]): Promise<void> {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === "--help" || verb === "-h") {
    console.log(USAGE);
    return;
  }
  if (verb === "help") {
    console.log(helpFor(rest[0]));
    return;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      "content-type": { type: "string" },
      engine: { type: "string" },
      "published-at": { type: "string" },
      reference: { type: "string" },
      raw: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(helpFor(verb));
    return;
  }
  const write = (value: unknown) => process.stdout.write(typeof value === "string" ? value + "\n" : JSON.stringify(value, null, 2) + "\n");

  switch (verb) {
    case "clean": {
      const { cleanDocument } = await import("../lib/clean/index.ts");
      const { loadInput } = await import("../lib/load/documents.ts");
      const { bytes, fileName } = readInput(positionals[0]);
      const config = loadConfig();
      const doc = await loadInput({ bytes, fileName, contentType: values["content-type"] ?? null }, { maxBytes: config.limits.maxObjectBytes, maxPages: config.limits.maxDocumentPages });
      const cleaned = cleanDocument(doc);
      write(values.json ? cleaned : cleaned.text);
      return;
    }
    case "summarize": {
      const { summarizeArticle } = await import("../lib/pipeline.ts");
      const { createEngine } = await import("../lib/engines/index.ts");
      const { bytes, fileName } = readInput(positionals[0]);
      const env = { ...process.env, ...(values.engine ? { PRECIS_ENGINE: values.engine } : {}) };
      const config = loadConfig(env);
      const engine = await createEngine(config);
      const summary = await summarizeArticle(
        { bytes, fileName, contentType: values["content-type"] ?? null, publishedAt: isoDay(values["published-at"], "--published-at") },
        { engine, limits: config.limits },
      );
      write(summary);
      return;
    }
    case "dates": {
      const { chooseReference, tagDates } = await import("../lib/dates/index.ts");
      const { bytes, fileName } = readInput(positionals[0]);
      const reference = isoDay(values.reference, "--reference");
      if (values.raw) {
        write(JSON.stringify(tagDates(new TextDecoder().decode(bytes), { reference })));
        return;
      }
      // The same text and the same anchor choice as summarize: what the cleaner drops (mastheads,
      // copyright lines) is not tagged.
      const [{ loadDocument }, { cleanDocument }, { keptRanges }] = await Promise.all([
        import("../lib/load.ts"),
        import("../lib/clean/index.ts"),
        import("../lib/text/project.ts"),
      ]);
      const config = loadConfig();
      const doc = loadDocument({ bytes, fileName, contentType: values["content-type"] ?? null }, { maxBytes: config.limits.maxObjectBytes });
      const { text, metadata } = cleanDocument(doc);
      const anchor = reference ?? chooseReference(text, metadata.publishedAt ?? null);
      if (doc.format !== "plain") {
        write(JSON.stringify(tagDates(text, { reference: anchor })));
        return;
      }
      // Plain text is its own article: it is tagged as given (its own line breaks and context), and
      // offsets index the input, so a tool holding the file (an annotation scorer, an editor) can use
      // them. What the cleaner drops (mastheads, copyright lines) is left out.
      const kept = keptRanges(text, doc.text);
      write(JSON.stringify(tagDates(doc.text, { reference: anchor }).filter((t) => kept.some((r) => t.start >= r.start && t.end <= r.end))));
      return;
    }
    default:
      throw new UsageError(`unknown command '${verb}'`);
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof UsageError || (e instanceof Error && e.name === "TypeError" && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS"))) {
    console.error(`precis: ${e.message}\n${USAGE}`);
    process.exit(2);
  }
  if (isPrecisError(e)) {
    console.error(`precis: ${e.code}: ${e.message}`);
    process.exit(1);
  }
  if (e instanceof ConfigError) {
    console.error(`precis: ${e.message}`);
    process.exit(2);
  }
  if (e instanceof Error && "code" in e && (e.code === "ENOENT" || e.code === "EISDIR" || e.code === "EACCES")) {
    console.error(`precis: cannot read input: ${e.message}`);
    process.exit(1);
  }
  console.error(e);
  process.exit(1);
});
