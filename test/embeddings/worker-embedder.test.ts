import { afterAll, describe, expect, it } from "vitest";
import { LocalEmbedder } from "../../src/embeddings/local-embedder.js";
import {
  EmbeddingWorkerError,
  spawnWorker,
  WorkerEmbedder,
  workerExecArgv,
} from "../../src/embeddings/worker-embedder.js";
import { WARM_UP_LENGTHS } from "../../src/embeddings/local-model.js";
import { silentLogger } from "../../src/logging/logger.js";
import { capturingLogger, createTestCore } from "../helpers/test-core.js";

const FLAKY = new URL("./fixtures/flaky-worker.ts", import.meta.url);
const opened: WorkerEmbedder[] = [];
const flaky = (jobTimeoutMs = 10_000, logger = silentLogger) => {
  const embedder = new WorkerEmbedder({ logger, jobTimeoutMs, startTimeoutMs: 20_000, workerUrl: FLAKY });
  opened.push(embedder);
  return embedder;
};
afterAll(() => Promise.all(opened.map((e) => e.close())));

describe("WorkerEmbedder", () => {
  it("gives the bundled model's vectors, from a worker thread", async () => {
    const worker = new WorkerEmbedder({ logger: silentLogger });
    opened.push(worker);
    const local = new LocalEmbedder();
    const docs = [
      "PII management: column-level encryption",
      "Airflow at Decathlon",
      "Spark",
      "Kafka, taught",
      "dbt models",
      "Power BI",
    ];
    const [fromWorker, inProcess, query, queryInProcess] = await Promise.all([
      worker.embedDocuments(docs),
      local.embedDocuments(docs),
      worker.embedQuery("Has he done PII encryption?"),
      local.embedQuery("Has he done PII encryption?"),
    ]);
    expect(worker.id).toBe(local.id);
    expect(fromWorker).toHaveLength(6);
    fromWorker.forEach((v, i) => v.forEach((x, j) => expect(x).toBeCloseTo(inProcess[i]![j]!, 5)));
    query.forEach((x, j) => expect(x).toBeCloseTo(queryInProcess[j]!, 5));
  });

  it("fails the calls pending on a worker that crashed, at once, and starts a new one for the next call", async () => {
    const log = capturingLogger();
    const embedder = flaky(10_000, log.logger);
    expect(await embedder.embedQuery("warm")).toEqual([4, 1]);
    const started = performance.now();
    const results = await Promise.allSettled([
      embedder.embedQuery("crash"),
      embedder.embedQuery("in line"),
      embedder.embedDocuments(["a", "b", "c", "d", "e"]),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect((results[0] as PromiseRejectedResult).reason).toBeInstanceOf(EmbeddingWorkerError);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await embedder.embedQuery("after")).toEqual([5, 1]);
    expect(log.lines().some((l) => l.includes("the embedding worker stopped"))).toBe(true);
  });

  it("restarts a worker that does not answer within the job timeout", async () => {
    const embedder = flaky(300);
    await expect(embedder.embedQuery("hang")).rejects.toThrow(/no reply from the embedding worker within 300 ms/);
    expect(await embedder.embedQuery("fine")).toEqual([4, 1]);
  });

  it("warms up at each common question length, one job each, and a question asked meanwhile goes first", async () => {
    const embedder = flaky();
    let warmed = false;
    const warming = embedder.warmUp().then(() => {
      warmed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await embedder.embedQuery("asked meanwhile")).toEqual([15, 1]);
    expect(warmed).toBe(false);
    await warming;
    // "warm up", one job per length, the question, and this one.
    expect(await embedder.embedQuery("jobs?")).toEqual([WARM_UP_LENGTHS + 3, 1]);
  });

  it("passes on a failure the worker reports, and keeps the worker", async () => {
    const embedder = flaky();
    await expect(embedder.embedQuery("fail")).rejects.toThrow(/scripted failure/);
    expect(await embedder.embedDocuments(["x", "yy"])).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });
});

describe("while many questions are embedded", () => {
  it("keeps the event loop turning (setImmediate probe)", async () => {
    const core = await createTestCore({ MAX_QUEUED_QUESTIONS: "1000", RATE_LIMIT_PER_MINUTE: "1000" });
    await core.asker.ask({ text: "Has he used Spark?" }, { platform: "cli" });
    const asks = Array.from({ length: 200 }, (_, i) =>
      core.asker.ask(
        { text: `Has he used Kafka or tool number ${i} at Decathlon?` },
        { platform: "slack", user: `U${i}` },
      ),
    );
    // From here on, what runs is the questions' work: how late does a setImmediate fire?
    const lags: number[] = [];
    let on = true;
    let last = performance.now();
    const probe = () =>
      setImmediate(() => {
        const now = performance.now();
        lags.push(now - last);
        if (on) setTimeout(() => ((last = performance.now()), probe()), 2);
      });
    probe();
    const results = await Promise.all(asks);
    on = false;
    expect(results.every((r) => r.ok)).toBe(true);
    // Generous: on the old in-process embedder the loop was blocked for the whole run (one sample).
    expect(lags.length).toBeGreaterThan(20);
    expect(Math.max(...lags)).toBeLessThan(1_000);
  });
});

describe("spawnWorker", () => {
  it("starts the worker when the process was given V8 flags, which a worker refuses", async () => {
    const saved = [...process.execArgv];
    process.execArgv.push("--max-semi-space-size=32", "--stack-size", "900");
    try {
      const worker = spawnWorker(FLAKY);
      const first = await new Promise((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
      });
      expect(first).toEqual({ ready: true });
      await worker.terminate();
    } finally {
      process.execArgv.splice(0, process.execArgv.length, ...saved);
    }
  });

  it("keeps Node's own flags and their values, drops V8's", () => {
    expect(
      workerExecArgv([
        "--max-semi-space-size=64",
        "--import",
        "tsx",
        "--expose_gc",
        "--stack-size",
        "900",
        "--no-warnings",
      ]),
    ).toEqual(["--import", "tsx", "--no-warnings"]);
  });
});
