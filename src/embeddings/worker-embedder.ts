import { createRequire } from "node:module";
import { extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Logger } from "../logging/logger.js";
import type { EmbedJob, EmbedReply } from "./embed-worker.js";
import type { Embedder } from "./embedder.js";
import { BATCH, LOCAL_EMBEDDER_ID, textOfTokens, WARM_UP_LENGTHS } from "./local-model.js";

/** Questions embedded in one forward pass: 8 short texts cost ~3× less each than one at a time. */
const QUERY_BATCH = 8;
/** Longest a job may run in the worker (the first one loads the model) before it counts as stuck. */
const JOB_TIMEOUT_MS = 30_000;
/** Longest a new worker may take to load its code and say it is listening. */
const START_TIMEOUT_MS = 30_000;

/** Raised for the calls that were pending when the worker crashed or got stuck. */
export class EmbeddingWorkerError extends Error {
  override name = "EmbeddingWorkerError";
}

/** The worker's entry: the .ts source under tsx and vitest, the compiled .js under dist/. */
export const EMBED_WORKER_URL = new URL(`./embed-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

interface Pending {
  texts: string[];
  resolve: (vectors: number[][]) => void;
  reject: (error: Error) => void;
}

export interface WorkerEmbedderOptions {
  logger: Logger;
  jobTimeoutMs?: number;
  startTimeoutMs?: number;
  /** The worker's entry; tests swap in one that crashes. */
  workerUrl?: URL;
}

/**
 * The bundled model in a worker thread, behind the same `Embedder` interface: the main thread only
 * posts texts and receives vectors, so it stays free for acks and health checks while hundreds of
 * questions are embedded. Questions go before passages being indexed and are batched. A worker that
 * crashes or gets stuck is dropped: the calls pending on it fail at once, and the next call starts a
 * fresh one.
 */
export class WorkerEmbedder implements Embedder {
  readonly id = LOCAL_EMBEDDER_ID;
  private worker: Worker | null = null;
  /** The worker has said it is listening: a job's clock runs from then. */
  private ready = false;
  private readonly queries: Pending[] = [];
  private readonly documents: Pending[] = [];
  private current: { id: number; parts: Pending[]; timer: NodeJS.Timeout } | null = null;
  private nextId = 1;
  private readonly jobTimeoutMs: number;
  private readonly startTimeoutMs: number;
  private readonly workerUrl: URL;
  /** The current worker has sent vectors back: its model is loaded. */
  private answered = false;

  constructor(private readonly options: WorkerEmbedderOptions) {
    this.jobTimeoutMs = options.jobTimeoutMs ?? JOB_TIMEOUT_MS;
    this.startTimeoutMs = options.startTimeoutMs ?? START_TIMEOUT_MS;
    this.workerUrl = options.workerUrl ?? EMBED_WORKER_URL;
  }

  get warm(): boolean {
    return this.worker !== null && this.answered;
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.enqueue(this.queries, [text]);
    return vector!;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const batches: Promise<number[][]>[] = [];
    for (let i = 0; i < texts.length; i += BATCH) batches.push(this.enqueue(this.documents, texts.slice(i, i + BATCH)));
    return (await Promise.all(batches)).flat();
  }

  async warmUp(): Promise<void> {
    // Loads the model and compiles its WASM kernels in the worker, ahead of the first question.
    await this.embedQuery("warm up");
    // Then one pass at each common question length (see WARM_UP_LENGTHS), each a job of its own in the
    // passages' line: a question asked meanwhile goes first.
    const lengths = Array.from({ length: WARM_UP_LENGTHS }, (_, i) => textOfTokens(i + 1));
    await Promise.all(lengths.map((text) => this.enqueue(this.documents, [text])));
  }

  /** Stops the worker; pending calls fail. The next call would start a new one. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.fail(new EmbeddingWorkerError("the embedding worker was closed"));
    await worker?.terminate();
  }

  private enqueue(line: Pending[], texts: string[]): Promise<number[][]> {
    return new Promise((resolve, reject) => {
      line.push({ texts, resolve, reject });
      this.pump();
    });
  }

  /** Sends the next job when the worker is free: up to QUERY_BATCH questions, else one batch of passages. */
  private pump(): void {
    if (this.current) return;
    const parts = this.queries.length > 0 ? this.queries.splice(0, QUERY_BATCH) : this.documents.splice(0, 1);
    if (parts.length === 0) {
      this.worker?.unref();
      return;
    }
    let worker: Worker;
    try {
      worker = this.ensureWorker();
    } catch (error) {
      for (const p of parts) p.reject(error as Error);
      return;
    }
    const id = this.nextId++;
    this.current = { id, parts, timer: this.stuckTimer(worker) };
    // Referenced while it works, so a command-line run waits for its answer; unreferenced when idle.
    worker.ref();
    worker.postMessage({ id, texts: parts.flatMap((p) => p.texts) } satisfies EmbedJob);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnWorker(this.workerUrl);
    this.ready = false;
    this.answered = false;
    worker.on("message", (reply: EmbedReply) => this.onReply(worker, reply));
    worker.on("error", (error) => this.onGone(worker, error));
    worker.on("exit", (code) => this.onGone(worker, new Error(`exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  /** Deems the worker stuck if the job in flight gets no reply in time (counted from when it listens). */
  private stuckTimer(worker: Worker): NodeJS.Timeout {
    const timeoutMs = this.ready ? this.jobTimeoutMs : this.startTimeoutMs + this.jobTimeoutMs;
    const timer = setTimeout(() => this.onStuck(worker, timeoutMs), timeoutMs);
    timer.unref();
    return timer;
  }

  private onReply(worker: Worker, reply: EmbedReply): void {
    if ("ready" in reply) {
      if (worker !== this.worker) return;
      this.ready = true;
      if (this.current) {
        clearTimeout(this.current.timer);
        this.current.timer = this.stuckTimer(worker);
      }
      return;
    }
    const job = this.current;
    if (worker !== this.worker || !job || job.id !== reply.id) return;
    clearTimeout(job.timer);
    this.current = null;
    if ("error" in reply) {
      for (const p of job.parts) p.reject(new Error(`embedding failed: ${reply.error}`));
    } else {
      this.answered = true;
      let at = 0;
      for (const p of job.parts) {
        p.resolve(reply.vectors.slice(at, at + p.texts.length));
        at += p.texts.length;
      }
    }
    this.pump();
  }

  private onGone(worker: Worker, cause: Error): void {
    if (worker !== this.worker) return;
    this.options.logger.error({ err: cause }, "the embedding worker stopped; a new one starts with the next call");
    this.fail(new EmbeddingWorkerError(`the embedding worker stopped: ${cause.message}`));
  }

  private onStuck(worker: Worker, timeoutMs: number): void {
    if (worker !== this.worker) return;
    this.options.logger.error({ timeoutMs }, "the embedding worker is stuck; restarting it");
    this.fail(new EmbeddingWorkerError(`no reply from the embedding worker within ${timeoutMs} ms`));
    void worker.terminate();
  }

  /** Drops the worker and fails every call pending on it, in flight or in line. */
  private fail(error: Error): void {
    const pending = [...(this.current?.parts ?? []), ...this.queries.splice(0), ...this.documents.splice(0)];
    if (this.current) clearTimeout(this.current.timer);
    this.current = null;
    this.worker = null;
    for (const p of pending) p.reject(error);
  }
}

/**
 * Starts a worker on `url`: the compiled .js as is; TypeScript sources (tsx, vitest) get tsx's loader
 * registered in the worker first.
 */
export function spawnWorker(url: URL, workerData?: unknown): Worker {
  // The parent's Node flags, but not those a worker refuses (`node --input-type=module -e …`).
  const execArgv = process.execArgv.filter((a) => !a.startsWith("--input-type"));
  try {
    return startWorker(url, execArgv, workerData);
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw error;
    return startWorker(url, workerExecArgv(execArgv), workerData);
  }
}

function startWorker(url: URL, execArgv: string[], workerData: unknown): Worker {
  if (!url.pathname.endsWith(".ts")) return new Worker(url, { execArgv, workerData });
  const tsx = createRequire(import.meta.url)
    .resolve("tsx/package.json")
    .replace(/package\.json$/, "dist/esm/api/index.mjs");
  const boot =
    `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((api) => { api.register(); return ` +
    `import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true, execArgv, workerData });
}

/**
 * V8's flags that NODE_OPTIONS accepts (Node's documentation lists them); the others are not in
 * `process.allowedNodeEnvironmentFlags` at all.
 */
const V8_FLAGS_IN_NODE_OPTIONS = new Set([
  "--abort-on-uncaught-exception",
  "--disallow-code-generation-from-strings",
  "--enable-etw-stack-walking",
  "--expose-gc",
  "--huge-max-old-generation-size",
  "--interpreted-frames-native-stack",
  "--jitless",
  "--max-old-space-size",
  "--max-semi-space-size",
  "--perf-basic-prof",
  "--perf-basic-prof-only-functions",
  "--perf-prof",
  "--perf-prof-unwinding-info",
  "--stack-trace-limit",
]);

/**
 * The parent's flags a worker surely takes, when it refused some: not V8's (`--max-semi-space-size`,
 * `--trace-gc`… are the process's; a worker given one throws ERR_WORKER_INVALID_EXEC_ARGV before it
 * starts, so the keyword preload and the vector check fell back to the main thread: a 100,000-passage
 * start took a minute), only Node's own that NODE_OPTIONS accepts. A flag's value in the next
 * argument goes with it.
 */
export function workerExecArgv(parent: readonly string[]): string[] {
  const kept: string[] = [];
  let keepValue = true;
  for (const arg of parent) {
    if (!arg.startsWith("-")) {
      if (keepValue) kept.push(arg);
      continue;
    }
    const name = arg.split("=")[0]!.replace(/_/g, "-");
    keepValue =
      name !== "--input-type" && !V8_FLAGS_IN_NODE_OPTIONS.has(name) && process.allowedNodeEnvironmentFlags.has(name);
    if (keepValue) kept.push(arg);
  }
  return kept;
}
