// The local S3 server (s3rver inside the signature-checking front, s3-front.ts) in a thread of its own.
// In the runner's thread it took about half of that thread's time (request parsing, SigV4 checks, the
// file store), time the handlers then waited for; here it runs on the other core.
//
// The bucket's events cross to the runner as messages: only those that trigger a function (the rest,
// four of an object's five writes, the runner would drop). The answer to such a write waits until the
// runner has taken the events posted before it (one round trip on the same, ordered channel): a client
// that has seen its PUT acknowledged finds the event in `stack.events`, as it did with everything in one
// thread. A write to a key no function listens to is answered at once.
//
// The same file is the thread's entry point.
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { S3Event } from "aws-lambda";
import { firesOn, type S3Trigger } from "./wiring.ts";

export interface S3ThreadOptions {
  bucket: string;
  dataDir: string;
  /** The front's port (0: any free one). */
  port: number;
  credentials: Record<string, string>;
  /** The functions' S3 triggers (serverless.yml): the events the runner is sent. */
  triggers: S3Trigger[];
}

type ToRunner =
  | { type: "ready"; url: string; port: number }
  | { type: "failed"; message: string }
  | { type: "event"; event: S3Event }
  | { type: "refused"; code: string }
  | { type: "settle"; id: number }
  | { type: "closed" };
type ToThread = { type: "settled"; id: number } | { type: "close" };

// ---- thread side -------------------------------------------------------------------------------------

if (!isMainThread && parentPort && (workerData as { precisS3?: S3ThreadOptions } | null)?.precisS3) {
  const port = parentPort;
  const send = (m: ToRunner) => port.postMessage(m);
  const options = (workerData as { precisS3: S3ThreadOptions }).precisS3;
  try {
    const { startS3Front } = await import("./s3-front.ts");
    const waiting = new Map<number, () => void>();
    let next = 0;
    const front = await startS3Front({
      directory: options.dataDir,
      buckets: [options.bucket],
      credentials: options.credentials,
      port: options.port,
      hooks: {
        settle: () =>
          new Promise<void>((resolve) => {
            const id = ++next;
            waiting.set(id, resolve);
            send({ type: "settle", id });
          }),
        onRefused: (code) => send({ type: "refused", code }),
        announces: (key) => options.triggers.some((t) => key.startsWith(t.prefix) && key.endsWith(t.suffix)),
        onEvent: (event) => {
          if (!event.Records.some((r) => options.triggers.some((t) => firesOn(t, r.eventName, r.s3.object.key)))) return;
          // s3rver's event is a class instance; the runner needs its plain fields.
          send({ type: "event", event: JSON.parse(JSON.stringify(event)) as S3Event });
        },
      },
    });
    port.on("message", async (m: ToThread) => {
      if (m.type === "settled") {
        waiting.get(m.id)?.();
        waiting.delete(m.id);
      } else if (m.type === "close") {
        for (const resolve of waiting.values()) resolve();
        await front.close();
        send({ type: "closed" });
      }
    });
    send({ type: "ready", url: front.url, port: front.port });
  } catch (e) {
    send({ type: "failed", message: (e as Error).message });
  }
}

// ---- runner side -------------------------------------------------------------------------------------

export interface S3Thread {
  url: string;
  port: number;
  /** Requests the front refused, by S3 error code. */
  readonly refused: Readonly<Record<string, number>>;
  /** The thread's CPU time so far, in microseconds. */
  cpuMicros(): Promise<number>;
  close(): Promise<void>;
}

/** Starts the thread; `onEvent` gets each bucket event, in order, before the write's answer is sent. */
export function startS3Thread(options: S3ThreadOptions, onEvent: (event: S3Event) => void, log: (line: string) => void): Promise<S3Thread> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { precisS3: options } });
  const refused: Record<string, number> = {};
  let closing: (() => void) | null = null;
  return new Promise<S3Thread>((resolve, reject) => {
    let ready = false;
    worker.on("message", (m: ToRunner) => {
      switch (m.type) {
        case "event":
          onEvent(m.event);
          return;
        case "settle":
          worker.postMessage({ type: "settled", id: m.id } satisfies ToThread);
          return;
        case "refused":
          refused[m.code] = (refused[m.code] ?? 0) + 1;
          return;
        case "failed":
          void worker.terminate();
          reject(new Error(`the local S3 server did not start: ${m.message}`));
          return;
        case "closed":
          closing?.();
          return;
        case "ready":
          ready = true;
          resolve({
            url: m.url,
            port: m.port,
            refused,
            cpuMicros: async () => {
              const u = await worker.cpuUsage();
              return u.user + u.system;
            },
            close: async () => {
              await new Promise<void>((done) => {
                closing = done;
                worker.postMessage({ type: "close" } satisfies ToThread);
                setTimeout(done, 2_000).unref();
              });
              await worker.terminate();
            },
          });
      }
    });
    worker.on("error", (e) => {
      if (!ready) reject(e);
      else log(JSON.stringify({ level: "error", message: "the local S3 server thread failed", error: String(e) }));
    });
    worker.on("exit", (code) => {
      if (!ready) reject(new Error(`the local S3 server thread exited (code ${code}) before it was ready`));
      closing?.();
    });
  });
}
