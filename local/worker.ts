// The local server's compute host: the CPU-bound stages (load and clean, rules extraction and grounding)
// run in a pool of worker threads, so one big article does not stall /health and every other request
// on the server's event loop. In Lambda each container handles one event at a time and the stages run
// in-process; only the local runner installs this (lib/pipeline.ts useComputeHost).
//
// The same file is the worker's entry point. A task carries the work budget's deadline; a worker that
// outlasts it by GRACE_MS (stuck in a stage that does not check the budget) is terminated and replaced,
// and the task fails with `too_complex`, as it would have in-process.
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker } from "node:worker_threads";
import type { CleanedArticle } from "../lib/article.ts";
import { Budget, tooComplex, withBudget } from "../lib/budget.ts";
import { PrecisError } from "../lib/errors.ts";
import type { Engine } from "../lib/engines/engine.ts";
import { createRulesEngine } from "../lib/engines/rules/index.ts";
import { storyFingerprint } from "../lib/similarity/fingerprint.ts";
import { extractAndGround, prepareDocument, type ArticleLimits, type ComputeHost, type Extracted, type PreparedArticle, type SummarizeInput } from "../lib/pipeline.ts";

/** Past the deadline, how long a worker may take to notice it before it is terminated. */
const GRACE_MS = 2_000;

type Task =
  | { kind: "prepare"; input: SummarizeInput; limits: ArticleLimits; deadline: number }
  | { kind: "extract"; cleaned: CleanedArticle; deadline: number };
type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { name: string; message: string; code?: string; retryable?: boolean } };

const RULES_FINGERPRINT = createRulesEngine().fingerprint;

// ---- worker side -------------------------------------------------------------------------------------

async function runTask(task: Task, engine: Engine): Promise<unknown> {
  const budget = new Budget(task.deadline);
  if (task.kind === "prepare") {
    // The same-story fingerprint too: it is as CPU-bound as cleaning, and the server's thread has the
    // S3 requests of every delivery to make.
    const prepared = await withBudget(budget, () => prepareDocument(task.input, task.limits));
    return { ...prepared, fingerprint: storyFingerprint(prepared.cleaned.text) } satisfies PreparedArticle;
  }
  return extractAndGround(task.cleaned, engine, budget);
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const engine = createRulesEngine();
  // Warm up (lexicons, JIT) before the first task arrives, not while a request waits for it.
  const warm = "Mayor Elena Varga demanded on Monday that the Northport council release the harbour report by Friday, March 6. The council said it would answer next week.";
  await runTask({ kind: "prepare", input: { bytes: new TextEncoder().encode(warm), contentType: "text/plain" }, limits: { maxObjectBytes: 1e6 }, deadline: Infinity }, engine)
    .then((p) => runTask({ kind: "extract", cleaned: (p as PreparedArticle).cleaned, deadline: Infinity }, engine))
    .catch(() => undefined);
  port.on("message", async ({ id, task }: { id: number; task: Task }) => {
    try {
      port.postMessage({ id, ok: true, value: await runTask(task, engine) } satisfies Reply);
    } catch (e) {
      const err = e as Error & { code?: string; retryable?: boolean };
      const error = err instanceof PrecisError ? { name: err.name, message: err.message, code: err.code, retryable: err.retryable } : { name: err?.name ?? "Error", message: err?.message ?? String(e) };
      port.postMessage({ id, ok: false, error } satisfies Reply);
    }
  });
}

// ---- main side ---------------------------------------------------------------------------------------

interface Pending {
  task: Task;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  busy: { id: number; pending: Pending; timer: NodeJS.Timeout | undefined } | null;
}

function revive(error: Extract<Reply, { ok: false }>["error"]): Error {
  if (error.code) return new PrecisError(error.code as PrecisError["code"], error.message, { retryable: error.retryable ?? false });
  const Ctor = error.name === "RangeError" ? RangeError : error.name === "TypeError" ? TypeError : Error;
  return new Ctor(error.message);
}

export interface WorkerPool extends ComputeHost {
  /** Tasks running now, and tasks finished so far (for tests: "the big article is being worked on"). */
  readonly active: number;
  readonly completed: number;
  /** CPU time of the pool's threads now running, in microseconds (for `npm run load`'s breakdown). */
  cpuMicros(): Promise<number>;
  close(): Promise<void>;
}

/** A pool of `size` worker threads (default: the cores but one, at least one). */
export function createWorkerPool(size = Math.max(1, availableParallelism() - 1)): WorkerPool {
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let completed = 0;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(new URL(import.meta.url)), busy: null };
    slot.worker.unref();
    slot.worker.on("message", (reply: Reply) => {
      const busy = slot.busy;
      if (!busy || busy.id !== reply.id) return;
      clearTimeout(busy.timer);
      slot.busy = null;
      completed++;
      if (reply.ok) busy.pending.resolve(reply.value);
      else busy.pending.reject(revive(reply.error));
      pump();
    });
    // A crashed worker (out of memory, a native fault) fails its task and is replaced.
    slot.worker.on("error", (e) => replace(slot, new PrecisError("internal", `the worker failed: ${e.message}`, { retryable: false })));
    // A reply that cannot be read, or a worker that ends without an error, would otherwise leave its task
    // waiting for ever (and `idle()` with it).
    slot.worker.on("messageerror", (e) => replace(slot, new PrecisError("internal", `the worker's answer could not be read: ${e.message}`, { retryable: false })));
    slot.worker.on("exit", (code) => {
      if (slots.includes(slot)) replace(slot, new PrecisError("internal", `the worker exited (code ${code})`, { retryable: true }));
    });
    return slot;
  };

  const replace = (slot: Slot, error: Error) => {
    const busy = slot.busy;
    slot.busy = null;
    if (busy) {
      clearTimeout(busy.timer);
      busy.pending.reject(error);
    }
    void slot.worker.terminate();
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    if (!closed) slots.push(spawn());
    pump();
  };

  const pump = () => {
    for (const slot of slots) {
      if (slot.busy || queue.length === 0) continue;
      const pending = queue.shift()!;
      const id = nextId++;
      const left = pending.task.deadline - Date.now();
      const timer = Number.isFinite(left) ? setTimeout(() => replace(slot, tooComplex(Math.round(left), `a worker (terminated ${GRACE_MS} ms past the deadline)`)), Math.max(0, left) + GRACE_MS) : undefined;
      slot.busy = { id, pending, timer };
      slot.worker.postMessage({ id, task: pending.task });
    }
  };

  const submit = <T>(task: Task): Promise<T> => {
    if (closed) return Promise.reject(new PrecisError("internal", "the worker pool is closed", { retryable: true }));
    if (Date.now() >= task.deadline) return Promise.reject(tooComplex(0, task.kind));
    return new Promise<T>((resolve, reject) => {
      queue.push({ task, resolve: resolve as (v: unknown) => void, reject });
      pump();
    });
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    get active() {
      return slots.filter((s) => s.busy).length;
    },
    get completed() {
      return completed;
    },
    async cpuMicros() {
      const used = await Promise.all(slots.map((s) => s.worker.cpuUsage().catch(() => ({ user: 0, system: 0 }))));
      return used.reduce((n, u) => n + u.user + u.system, 0);
    },
    runs: (engine) => engine.fingerprint === RULES_FINGERPRINT,
    prepare: (input, limits, deadline) => submit<PreparedArticle>({ kind: "prepare", input, limits, deadline }),
    // Extraction reads the text and its metadata only: the pieces cleaning removed are not copied over again.
    extract: (cleaned, deadline) => submit<Extracted>({ kind: "extract", cleaned: { text: cleaned.text, metadata: cleaned.metadata, removed: [] }, deadline }),
    async close() {
      closed = true;
      const closing = () => new PrecisError("internal", "the worker pool closed", { retryable: true });
      for (const p of queue.splice(0)) p.reject(closing());
      for (const s of slots) {
        clearTimeout(s.busy?.timer);
        s.busy?.pending.reject(closing());
        s.busy = null;
      }
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
