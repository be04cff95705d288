// Least privilege, failure routing and deployment hardening, checked on what would actually be deployed: the CloudFormation
// template `osls package` writes. CI packages first (.ci/run); otherwise, or when serverless.yml (or its esbuild config) is newer
// than the template, this test packages into a temporary folder itself, offline, like `npm run package`.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../lib/config.ts";
import { Document, Packer, Paragraph } from "docx";
import { importedAtStart, reachable, startBenchS3, unzip } from "../bench/cold-start.ts";
import { pressReleasePdf } from "./load/make-documents.ts";
import { STATE_PREFIX } from "../lib/store/layout.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const TEMPLATE = "cloudformation-template-update-stack.json";

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };
let template: { Resources: Record<string, { Type: string; Properties: any; DependsOn?: unknown }> };
let scratch: string | null = null;

function packagedTemplate(): string {
  const existing = join(ROOT, ".serverless", TEMPLATE);
  const newest = Math.max(...["serverless.yml", "esbuild.config.cjs", "package.json"].map((f) => statSync(join(ROOT, f)).mtimeMs));
  if (existsSync(existing) && statSync(existing).mtimeMs >= newest) return existing;
  // The same command as `npm run package`, with the environment that keeps osls off the network, but
  // into a folder of our own so a concurrent `npm run package` is not disturbed.
  scratch = mkdtempSync(join(tmpdir(), "precis-package-"));
  // The bundles' output folder is kept (for the source maps): start it empty, as `npm run package` does.
  rmSync(join(ROOT, ".esbuild"), { recursive: true, force: true });
  execFileSync(process.execPath, [join(ROOT, "node_modules/osls/bin/serverless.js"), "package", "--stage", "ci", "--package", scratch], {
    cwd: ROOT,
    env: {
      ...process.env,
      PATH: `${join(ROOT, "node_modules/.bin")}:${process.env.PATH}`,
      AWS_EC2_METADATA_DISABLED: "true",
      SLS_TELEMETRY_DISABLED: "1",
      SLS_NOTIFICATIONS_MODE: "off",
    },
    stdio: "pipe",
    timeout: 240_000,
  });
  return join(scratch, TEMPLATE);
}

let templatePath = "";
beforeAll(() => {
  templatePath = packagedTemplate();
  template = JSON.parse(readFileSync(templatePath, "utf8"));
}, 300_000);
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const actions = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);
const resources = (s: Statement): unknown[] => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]);
const statements = (): Statement[] =>
  Object.values(template.Resources)
    .filter((r) => r.Type === "AWS::IAM::Role")
    .flatMap((r) => (r.Properties.Policies ?? []).flatMap((p: any) => p.PolicyDocument.Statement as Statement[]));
const s3Statements = (of: Statement[] = statements()) => of.filter((s) => actions(s).some((a) => a === "*" || a.startsWith("s3:")));
const fn = (handler: string) => Object.entries(template.Resources).find(([, r]) => r.Type === "AWS::Lambda::Function" && r.Properties.Handler === handler)!;
const bucketName = () => fn("functions/on-upload.handler")[1].Properties.Environment.Variables.PRECIS_BUCKET as string;
/** The statements of the role a function runs with. */
const roleStatements = (handler: string): Statement[] => {
  const role = fn(handler)[1].Properties.Role;
  expect(role).toEqual({ "Fn::GetAtt": [expect.any(String), "Arn"] });
  const policies = template.Resources[role["Fn::GetAtt"][0]]!.Properties.Policies ?? [];
  return policies.flatMap((p: any) => p.PolicyDocument.Statement as Statement[]);
};
/** S3 object ARNs a given action is allowed on, by one function's role. */
const allowedOn = (action: string, handler: string) =>
  s3Statements(roleStatements(handler))
    .filter((s) => s.Effect === "Allow" && actions(s).includes(action))
    .flatMap(resources);
const UPLOAD = "functions/on-upload.handler";
const HTTP = "functions/http.handler";

describe("IAM: least privilege for S3", () => {
  it("grants no s3:* and no wildcard action at all", () => {
    for (const s of statements()) {
      for (const a of actions(s)) {
        expect(a).not.toBe("*");
        expect(a).not.toBe("s3:*");
        expect(a).not.toMatch(/^s3:.*\*/);
      }
    }
  });

  it("scopes every S3 statement to the article bucket, never Resource '*'", () => {
    const bucket = bucketName();
    expect(s3Statements().length).toBeGreaterThan(0);
    for (const s of s3Statements()) {
      for (const r of resources(s)) {
        expect(typeof r).toBe("string");
        expect(r).not.toBe("*");
        expect(r as string).toMatch(new RegExp(`^arn:aws:s3:::${bucket}(/|$)`));
      }
    }
  });

  it("runs each function with a role of its own", () => {
    const roles = [UPLOAD, HTTP].map((h) => JSON.stringify(fn(h)[1].Properties.Role));
    expect(new Set(roles).size).toBe(2);
  });

  it("lets onUpload read only incoming/*, and write only summaries/*, errors/* and state/* (never incoming/: it cannot trigger itself)", () => {
    const bucket = bucketName();
    const prefixes = loadConfig({}).prefixes;
    const arn = (p: string) => `arn:aws:s3:::${bucket}/${p}*`;
    expect(allowedOn("s3:GetObject", UPLOAD)).toContain(arn(prefixes.incoming));
    expect(new Set(allowedOn("s3:PutObject", UPLOAD))).toEqual(new Set([arn(prefixes.summaries), arn(prefixes.errors), arn(STATE_PREFIX)]));
    for (const a of ["s3:PutObject", "s3:DeleteObject", "s3:PutObjectAcl", "s3:PutObjectTagging"]) {
      for (const r of allowedOn(a, UPLOAD)) expect(r as string).not.toMatch(new RegExp(`^arn:aws:s3:::${bucket}/${prefixes.incoming}`));
    }
    expect(new Set(allowedOn("s3:DeleteObject", UPLOAD))).toEqual(new Set([arn(prefixes.summaries), arn(prefixes.errors), arn(STATE_PREFIX)]));
    // Nothing that changes the bucket itself.
    for (const s of s3Statements()) for (const a of actions(s)) expect(a).toMatch(/^s3:(GetObject|PutObject|DeleteObject|ListBucket)$/);
  });

  it("lets the HTTP API write summaries/* and state/*, and hand work to onUpload only through incoming/api/ and incoming/uploads/", () => {
    const bucket = bucketName();
    const prefixes = loadConfig({}).prefixes;
    const arn = (p: string) => `arn:aws:s3:::${bucket}/${p}*`;
    expect(new Set(allowedOn("s3:PutObject", HTTP))).toEqual(
      new Set([arn(prefixes.summaries), arn(STATE_PREFIX), arn(`${prefixes.incoming}api/`), arn(`${prefixes.incoming}uploads/`)]),
    );
    expect(allowedOn("s3:DeleteObject", HTTP)).toEqual([]);
    expect(allowedOn("s3:GetObject", HTTP)).not.toContain(arn(prefixes.incoming));
  });

  it("lets each function write only its own log group", () => {
    for (const [handler, name] of [[UPLOAD, "onUpload"], [HTTP, "http"]] as const) {
      const logs = roleStatements(handler).filter((s) => actions(s).some((a) => a.startsWith("logs:")));
      expect(logs.flatMap(actions).sort()).toEqual(["logs:CreateLogStream", "logs:PutLogEvents"]);
      for (const r of logs.flatMap(resources)) expect(r).toMatch(new RegExp(`:log-group:/aws/lambda/precis-ci-${name}:\\*$`));
    }
  });

  it("reads secrets only from this stage's SSM parameters, each role only its own, and ships none", () => {
    const ssmOf = (handler: string) => roleStatements(handler).filter((s) => actions(s).some((a) => a.startsWith("ssm:")));
    for (const s of [...ssmOf(UPLOAD), ...ssmOf(HTTP)]) expect(actions(s)).toEqual(["ssm:GetParameter"]);
    const param = (name: string) => expect.stringMatching(new RegExp(`:parameter/precis/ci/${name}$`));
    // the upload function never sees the API keys; nothing has a wildcard over the stage's parameters
    expect(ssmOf(UPLOAD).flatMap(resources)).toEqual([param("openai-api-key")]);
    expect(ssmOf(HTTP).flatMap(resources).sort()).toEqual([param("api-keys"), param("openai-api-key")]);
    for (const r of statements().filter((s) => actions(s).some((a) => a.startsWith("ssm:"))).flatMap(resources)) expect(r).not.toMatch(/:parameter\/.*\*/);
    for (const [, r] of Object.entries(template.Resources).filter(([, r]) => r.Type === "AWS::Lambda::Function")) {
      const env = r.Properties.Environment.Variables as Record<string, string>;
      expect(env.OPENAI_API_KEY).toBeUndefined();
      expect(env.PRECIS_API_KEY).toBeUndefined();
      expect(env.OPENAI_API_KEY_PARAMETER).toMatch(/^\/precis\/ci\//);
    }
    expect(JSON.stringify(template)).not.toMatch(/sk-[A-Za-z0-9_-]{16,}|AKIA[0-9A-Z]{16}/);
  });
});

describe("deployment hardening", () => {
  const resourcesOf = (type: string) => Object.entries(template.Resources).filter(([, r]) => r.Type === type);
  const articles = () => {
    const found = resourcesOf("AWS::S3::Bucket").find(([, r]) => r.Properties.BucketName === bucketName());
    expect(found, "the articles bucket").toBeDefined();
    return found!;
  };

  it("throttles the API stage", () => {
    const [[, stage]] = resourcesOf("AWS::ApiGatewayV2::Stage") as [[string, any]];
    const s = stage.Properties.DefaultRouteSettings;
    expect(s.ThrottlingRateLimit).toBeGreaterThan(0);
    expect(s.ThrottlingRateLimit).toBeLessThanOrEqual(1000);
    expect(s.ThrottlingBurstLimit).toBeGreaterThanOrEqual(s.ThrottlingRateLimit);
  });

  it("reserves concurrency for the HTTP function", () => {
    const p = fn(HTTP)[1].Properties;
    expect(p.ReservedConcurrentExecutions).toBeGreaterThan(0);
    expect(p.ReservedConcurrentExecutions).toBeLessThanOrEqual(100);
  });

  it("allows no CORS origin by default, never '*'", () => {
    const [[, api]] = resourcesOf("AWS::ApiGatewayV2::Api") as [[string, any]];
    const origins = api.Properties.CorsConfiguration?.AllowOrigins ?? [];
    expect(origins).not.toContain("*");
    expect(origins).toEqual([]);
  });

  it("routes everything else to the handler ($default), which answers 404 and 405 as problem+json", () => {
    const routes = resourcesOf("AWS::ApiGatewayV2::Route").map(([, r]) => r.Properties.RouteKey);
    expect(routes).toContain("$default");
  });

  it("blocks public access to the bucket and encrypts it explicitly", () => {
    const [, bucket] = articles();
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    const rules = bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration;
    expect(rules).toHaveLength(1);
    expect(["AES256", "aws:kms"]).toContain(rules[0].ServerSideEncryptionByDefault.SSEAlgorithm);
  });

  it("refuses plain-HTTP access to the bucket (a TLS-only policy)", () => {
    const [logicalId] = articles();
    const policies = resourcesOf("AWS::S3::BucketPolicy").filter(([, p]) => p.Properties.Bucket?.Ref === logicalId);
    expect(policies).toHaveLength(1);
    const deny = (policies[0]![1].Properties.PolicyDocument.Statement as any[]).find((s) => s.Effect === "Deny" && s.Condition?.Bool?.["aws:SecureTransport"] === "false");
    expect(deny).toBeDefined();
    expect(deny.Principal).toBe("*");
    expect(deny.Action).toBe("s3:*");
    const bucket = bucketName();
    expect(new Set(deny.Resource)).toEqual(new Set([`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`]));
  });

  it("expires error records and short-lived internal state, and never summaries, uploads or the catalog", () => {
    const [, bucket] = articles();
    const rules = bucket.Properties.LifecycleConfiguration.Rules as Array<{ Status: string; Prefix?: string; ExpirationInDays?: number }>;
    const expiring = rules.filter((r) => r.Status === "Enabled" && r.ExpirationInDays);
    const prefixes = expiring.map((r) => r.Prefix);
    expect(prefixes).toContain(loadConfig({}).prefixes.errors);
    expect(prefixes.some((p) => p?.startsWith("state/"))).toBe(true);
    for (const p of prefixes) {
      expect(p, "every expiring rule is scoped to a prefix").toBeTruthy();
      expect(p).toMatch(/^(errors\/|state\/(claims|pending|uploads)\/)/);
    }
    expect(rules.some((r: any) => r.AbortIncompleteMultipartUpload?.DaysAfterInitiation >= 1)).toBe(true);
  });

  it("ships minified handlers, without source maps, one zip per function", () => {
    const dir = dirname(templatePath);
    const zips = readdirSync(dir).filter((f) => f.endsWith(".zip"));
    expect(zips.sort()).toEqual(["http.zip", "onUpload.zip"]);
    for (const z of zips) {
      const files = unzip(readFileSync(join(dir, z)));
      expect([...files.keys()].filter((f) => f.endsWith(".map")), z).toEqual([]);
      const entry = [...files.entries()].find(([f]) => /^functions\/(http|on-upload)\.mjs$/.test(f))!;
      expect(entry, z).toBeDefined();
      // minified: few, long lines
      const text = entry[1].toString("utf8");
      expect(text.length / text.split("\n").length, z).toBeGreaterThan(500);
    }
    for (const [, f] of resourcesOf("AWS::Lambda::Function")) expect(f.Properties.Environment.Variables.NODE_OPTIONS ?? "").not.toMatch(/enable-source-maps/);
  });

  it("each zip carries its own handler's chunks, all it can load, and none of the other function's", () => {
    const dir = dirname(templatePath);
    const own = { "onUpload.zip": "on-upload", "http.zip": "http" } as const;
    for (const [z, handler] of Object.entries(own)) {
      const files = unzip(readFileSync(join(dir, z)));
      const names = [...files.keys()];
      const entry = `functions/${handler}.mjs`;
      expect(names, z).toContain(entry);
      expect(names.filter((f) => f.startsWith("functions/") && f !== entry && !f.startsWith(`functions/${handler}-chunks/`)), z).toEqual([]);
      // Every relative import, static or dynamic, resolves inside the zip (reachable() follows only files it has).
      const all = reachable(files, entry, true);
      for (const f of all) {
        const src = files.get(f)!.toString("utf8");
        for (const m of src.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)"(\.\.?\/[^"]+)"/g)) expect(files.has(join(dirname(f), m[1]!)), `${z}: ${f} imports ${m[1]}`).toBe(true);
      }
      expect(all.length, z).toBeGreaterThan(reachable(files, entry).length); // the engines are chunks loaded later
      // The SDK's browser user-agent parser is never loaded in Node (esbuild.config.cjs no-bowser).
      expect(names.filter((f) => /bowser/i.test(f)), z).toEqual([]);
      // node:http only through require: its ES-module namespace would load Node's undici (esbuild.config.cjs).
      expect(all.filter((f) => /(?:\bfrom\s*|\bimport\s*\(?\s*)"(?:node:)?http"/.test(files.get(f)!.toString("utf8"))), z).toEqual([]);
    }
  });

  it("a handler imports at start only the S3 client's ES modules, with the env credential provider alone", () => {
    // The metafiles of the bundles just packaged (custom.esbuild.metafile), kept beside them.
    for (const handler of ["on-upload", "http"]) {
      const meta = JSON.parse(readFileSync(join(ROOT, ".esbuild/.build/functions", `${handler}-meta.json`), "utf8"));
      const at = importedAtStart(meta, `functions/${handler}.ts`);
      expect(at.get("@aws-sdk/client-s3"), handler).toBeGreaterThan(0);
      expect(at.get("@aws-sdk/credential-provider-env"), handler).toBeGreaterThan(0);
      const pkgs = [...at.keys()];
      // The default chain's other providers and the nested STS/SSO clients they use: chunks loaded only
      // when env credentials are missing, which never happens on Lambda.
      expect(pkgs.filter((p) => /credential-provider-(ini|sso|process|web-identity|http|login)|credential-provider-imds|nested-clients|token-providers/.test(p)), handler).toEqual([]);
      // The engines' dependencies are chunks of their own.
      expect(pkgs.filter((p) => /^(compromise|gpt-tokenizer|openai|chrono-node)$/.test(p)), handler).toEqual([]);
      // So is the HTML reader (lib/clean/document.ts): loaded when a page or a JSON record arrives.
      expect(pkgs.filter((p) => /^(htmlparser2|entities|domhandler)$/.test(p)), handler).toEqual([]);
      const inputs = Object.values(meta.outputs as Record<string, { inputs: Record<string, unknown> }>).flatMap((o) => Object.keys(o.inputs));
      expect(inputs.filter((i) => /@aws-sdk\/client-s3\/dist-cjs/.test(i)), handler).toEqual([]);
      // The rules engine reads its lexicon baked (lib/engines/rules/lexicon-data.ts): compromise is in no chunk at all.
      expect(inputs.filter((i) => /node_modules\/compromise\//.test(i)), handler).toEqual([]);
    }
  });

  it("runs from its zip: the packaged http handler answers, with English validation messages", async () => {
    const dir = mkdtempSync(join(tmpdir(), "precis-zip-"));
    try {
      for (const [name, data] of unzip(readFileSync(join(dirname(templatePath), "http.zip")))) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), data);
      }
      const script = `
        process.env.PRECIS_ENGINE = "rules"; process.env.PRECIS_LOG_LEVEL = "silent"; process.env.PRECIS_API_KEY = "k";
        const { handler } = await import(${JSON.stringify(pathToFileURL(join(dir, "functions/http.mjs")).href)});
        const ev = (method, path, body) => ({ rawPath: path, headers: { authorization: "Bearer k", "content-type": "application/json" }, requestContext: { http: { method, sourceIp: "203.0.113.1" }, requestId: "r" }, body, isBase64Encoded: false });
        const out = [];
        for (const e of [ev("GET", "/health"), ev("DELETE", "/summaries"), ev("POST", "/summaries", JSON.stringify({ text: 5 }))]) { const r = await handler(e); out.push([r.statusCode, JSON.parse(r.body)]); }
        console.log(JSON.stringify(out));`;
      const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", env: { PATH: process.env.PATH ?? "" } }));
      expect(out[0]).toEqual([200, { status: "ok" }]);
      expect(out[1][0]).toBe(405);
      expect(out[2][0]).toBe(422);
      expect(out[2][1].errors[0].detail).toMatch(/expected string/i); // zod's English messages survive the slimmed bundle
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("documents from the zip: the readers' code ships with the handler", () => {
  it("the packaged onUpload summarizes a PDF, a Word file and an HTML page (readers loaded on first use), against the local S3 server", async () => {
    const dir = mkdtempSync(join(tmpdir(), "precis-zip-"));
    const s3 = await startBenchS3();
    try {
      for (const [name, data] of unzip(readFileSync(join(dirname(templatePath), "onUpload.zip")))) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), data);
      }
      const paragraphs = [
        "ORLEN BAY — The ferry workers' union said on Monday that its members will stop work on 3 March unless the operator restores the night crossing.",
        "The operator, Kestrel Lines, said it would reply to the union by Friday and that the timetable change was needed to cut fuel costs.",
      ];
      const page = `<!doctype html><html><head><title>Depot staff vote to strike</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Depot staff vote to strike</h1>
        <p>MARSH END — Staff at the Marsh End bus depot voted on Tuesday to strike from 12 April unless the council drops its plan to close the depot&rsquo;s night shift.</p>
        <p>The council said it would meet the staff association on Thursday and that the closure was needed to balance its transport budget this year.</p></article>
        <footer>&copy; 2025 Marsh End Courier. All rights reserved.</footer></body></html>`;
      const docx = await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((t) => new Paragraph(t)) }] }));
      const uploads: [string, Uint8Array, string][] = [
        ["incoming/docs/release.pdf", await pressReleasePdf(), "application/pdf"],
        ["incoming/docs/ferry.docx", docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
        ["incoming/docs/depot.html", new TextEncoder().encode(page), "text/html; charset=utf-8"],
      ];
      for (const [key, body, type] of uploads) await s3.put(key, body, type);
      const records = uploads.map(([key, body]) => ({ eventName: "ObjectCreated:Put", s3: { bucket: { name: s3.env["PRECIS_BUCKET"] }, object: { key, size: body.length } } }));
      const script = `
        const { handler } = await import(${JSON.stringify(pathToFileURL(join(dir, "functions/on-upload.mjs")).href)});
        const r = await handler({ Records: ${JSON.stringify(records)} });
        console.log(JSON.stringify(r.results));
        process.exit(0);`;
      const { spawn } = await import("node:child_process");
      // Asynchronous: the S3 server answers from this process.
      const stdout = await new Promise<string>((ok, fail) => {
        const child = spawn(process.execPath, ["--input-type=module", "-e", script], { env: { PATH: process.env.PATH ?? "", AWS_REGION: "us-east-1", ...s3.env } });
        let out = "";
        let err = "";
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (err += d));
        child.on("exit", (code) => (code === 0 ? ok(out) : fail(new Error(err))));
      });
      const results = JSON.parse(stdout) as { outcome: string; key: string }[];
      expect(results.map((r) => [r.key, r.outcome])).toEqual(uploads.map(([key]) => [key, "summarized"]));
    } finally {
      await s3.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("recursion: triggers only on incoming/, outputs never overlap it", () => {
  it("the bucket notifies onUpload for ObjectCreated under incoming/ only", () => {
    const [logicalId] = fn("functions/on-upload.handler");
    const buckets = Object.values(template.Resources).filter((r) => r.Type === "AWS::S3::Bucket" && r.Properties.NotificationConfiguration);
    const configs = buckets.flatMap((b) => b.Properties.NotificationConfiguration.LambdaConfigurations ?? []);
    expect(configs.length).toBeGreaterThan(0);
    for (const c of configs) {
      expect(c.Function).toEqual({ "Fn::GetAtt": [logicalId, "Arn"] });
      expect(c.Event).toMatch(/^s3:ObjectCreated:/);
      const rules = c.Filter.S3Key.Rules as Array<{ Name: string; Value: string }>;
      expect(rules.find((r) => r.Name.toLowerCase() === "prefix")?.Value).toBe(loadConfig({}).prefixes.incoming);
    }
  });

  it("the deployed environment does not move the prefixes away from the IAM grants and the trigger", () => {
    for (const [, r] of Object.entries(template.Resources).filter(([, r]) => r.Type === "AWS::Lambda::Function")) {
      const env = r.Properties.Environment.Variables as Record<string, string>;
      for (const v of ["PRECIS_INCOMING_PREFIX", "PRECIS_SUMMARIES_PREFIX", "PRECIS_ERRORS_PREFIX"]) expect(env[v]).toBeUndefined();
      expect(() => loadConfig(env)).not.toThrow();
    }
  });

  it("refuses, at start-up, prefixes that would make outputs trigger the function", () => {
    expect(() => loadConfig({ PRECIS_SUMMARIES_PREFIX: "incoming/" })).toThrow(/must differ|overlap/);
    expect(() => loadConfig({ PRECIS_ERRORS_PREFIX: "incoming/" })).toThrow(/must differ|overlap/);
    expect(() => loadConfig({ PRECIS_INCOMING_PREFIX: "summaries/" })).toThrow(/must differ|overlap/);
    expect(() => loadConfig({ PRECIS_INCOMING_PREFIX: "in/", PRECIS_SUMMARIES_PREFIX: "in/sum/" })).toThrow();
  });
});

describe("failure routing for S3 events", () => {
  const invokeConfig = () => Object.values(template.Resources).find((r) => r.Type === "AWS::Lambda::EventInvokeConfig" && r.Properties.FunctionName.Ref === fn("functions/on-upload.handler")[0])!;

  it("retries a failed invocation twice, for at most an hour, then sends it to an SQS queue", () => {
    const c = invokeConfig();
    expect(c.Properties.MaximumRetryAttempts).toBe(2);
    expect(c.Properties.MaximumEventAgeInSeconds).toBe(3600);
    const dest = c.Properties.DestinationConfig.OnFailure.Destination;
    const queueId = dest["Fn::GetAtt"][0];
    expect(template.Resources[queueId]!.Type).toBe("AWS::SQS::Queue");
    // and the role may send to exactly that queue
    const send = roleStatements(UPLOAD).filter((s) => actions(s).includes("sqs:SendMessage"));
    expect(send.flatMap(resources)).toEqual([{ "Fn::GetAtt": [queueId, "Arn"] }]);
  });

  it("gives the function more time than the LLM's worst case plus writing the records", () => {
    const p = fn("functions/on-upload.handler")[1].Properties;
    const env = p.Environment.Variables as Record<string, string>;
    const config = loadConfig(env);
    const llmWorstCaseS = (config.openai.timeoutMs * (config.openai.maxRetries + 1)) / 1000;
    expect(p.Timeout).toBeGreaterThan(llmWorstCaseS + 30);
    expect(p.Timeout).toBeLessThanOrEqual(900);
    // the record of a last failed attempt matches Lambda's attempts
    expect(config.reliability.maxAttempts).toBe(invokeConfig().Properties.MaximumRetryAttempts + 1);
  });

  it("reserves concurrency for the upload function, so the LLM rate limit is not overrun", () => {
    const p = fn("functions/on-upload.handler")[1].Properties;
    expect(p.ReservedConcurrentExecutions).toBeGreaterThan(0);
    expect(p.ReservedConcurrentExecutions).toBeLessThanOrEqual(50);
  });
});
