// The real local stack (s3rver + the Lambda handlers, as `npm start` runs them) with the OpenAI engine
// pointed at the protocol-faithful test server, which counts what it was asked and what it served.
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand } from "@aws-sdk/client-s3";
import { startOpenAIServer, type OpenAIServer, type ServerOptions } from "../../support/openai-server.ts";
import { startTestStack, type TestStack } from "../../support/local-stack.ts";
import { inspectChatRequest } from "../../support/openai-server.ts";

export interface ReliabilityStack {
  stack: TestStack;
  llm: OpenAIServer;
  /** 2xx completions the server sent whose article contains `marker`. */
  served(marker: string): number;
  /** Requests (any answer) whose article contains `marker`. */
  asked(marker: string): number;
  head(key: string): Promise<{ etag: string; metadata: Record<string, string> } | null>;
  text(key: string): Promise<string | null>;
  remove(key: string): Promise<void>;
  dispose(): Promise<void>;
}

/** Engine log lines (JSON on stderr) are dropped while the stack runs: they are checked elsewhere. */
function quietEngineLogs(): () => void {
  const original = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk === "string" && chunk.startsWith('{"level":')) return true;
    return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stderr.write;
  return () => void (process.stderr.write = original);
}

export async function startReliabilityStack(options: { server?: ServerOptions; env?: Record<string, string> } = {}): Promise<ReliabilityStack> {
  const restore = quietEngineLogs();
  const llm = await startOpenAIServer(options.server ?? {});
  const stack = await startTestStack({
    PRECIS_ENGINE: "openai",
    OPENAI_API_KEY: "sk-test-reliability-key-0000000000",
    OPENAI_BASE_URL: llm.url,
    OPENAI_TIMEOUT_MS: "20000",
    OPENAI_MAX_RETRIES: "3",
    ...options.env,
  });
  const articleOf = (body: unknown) => inspectChatRequest(body).article ?? "";
  return {
    stack,
    llm,
    served: (marker) => llm.requests.filter((r) => r.answered === 200 && articleOf(r.body).includes(marker)).length,
    asked: (marker) => llm.requests.filter((r) => articleOf(r.body).includes(marker)).length,
    async head(key) {
      try {
        const out = await stack.s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: key }));
        return { etag: out.ETag!.replaceAll('"', ""), metadata: out.Metadata ?? {} };
      } catch (e) {
        if ((e as Error).name === "NotFound" || (e as Error).name === "NoSuchKey") return null;
        throw e;
      }
    },
    async text(key) {
      try {
        const out = await stack.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }));
        return await out.Body!.transformToString();
      } catch (e) {
        if ((e as Error).name === "NoSuchKey") return null;
        throw e;
      }
    },
    async remove(key) {
      await stack.s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: key }));
    },
    async dispose() {
      await stack.dispose();
      await llm.close();
      restore();
    },
  };
}
