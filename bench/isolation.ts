import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config/config.js";
import { createCore } from "../src/core/create-core.js";
import { silentLogger } from "../src/logging/logger.js";
import type { AskResult } from "../src/service/asker.js";
import { percentile, round1 } from "./stats.js";

/**
 * `npx tsx bench/isolation.ts`: 500 different questions asked at once through the Asker, offline, while
 * a setImmediate probe measures how late the event loop runs (what a Slack ack or /healthz would
 * wait) and a loopback /healthz is polled. Prints event-loop lag p95 / max, /healthz p95 / max and the
 * time to answer them all; with --json, one JSON object on the last line. `-- --count 200` asks fewer.
 */
const SUBJECTS = [
  "Spark",
  "Kafka",
  "Airflow",
  "Databricks",
  "Snowflake",
  "Docker",
  "Terraform",
  "PII encryption",
  "Python",
  "SQL",
  "BigQuery",
  "Azure Data Factory",
  "dbt",
  "Delta Lake",
  "machine learning",
  "data quality",
  "streaming",
  "pandas",
  "GitLab CI",
  "Power BI",
  "Kubernetes",
  "Scala",
  "Java",
  "Go",
  "data governance",
  "record linkage",
  "model drift",
  "team leadership",
  "mentoring",
  "agile",
  "cost optimisation",
  "data mesh",
  "Hadoop",
  "Hive",
  "Flink",
  "PostgreSQL",
  "MongoDB",
  "Elasticsearch",
  "Tableau",
  "Looker",
  "AWS",
  "GCP",
  "Azure",
  "REST APIs",
  "FastAPI",
  "unit testing",
  "data modelling",
  "insurance",
  "retail",
  "teaching",
];
const FORMS = [
  (s: string) => `Has he used ${s}?`,
  (s: string) => `Does he know ${s}?`,
  (s: string) => `Any experience with ${s}?`,
  (s: string) => `How long has he worked with ${s}?`,
  (s: string) => `Did he do ${s} at Decathlon?`,
  (s: string) => `Where did he use ${s}?`,
  (s: string) => `Is he good at ${s}?`,
  (s: string) => `A-t-il fait du ${s} ?`,
  (s: string) => `Connaît-il ${s} ?`,
  (s: string) => `What has he built with ${s}?`,
];

const ARRIVALS_PER_TURN = 10;

/** `count` different questions. */
function questions(count: number): string[] {
  const all = FORMS.flatMap((form) => SUBJECTS.map(form));
  return Array.from({ length: count }, (_, i) => (i < all.length ? all[i]! : `${all[i % all.length]!} (${i})`));
}

/** How late the loop runs: each probe is due PERIOD ms after the last, and measured when its setImmediate fires. */
function lagProbe(period = 5): { stop: () => number[] } {
  const lags: number[] = [];
  let on = true;
  let due = performance.now() + period;
  const arm = () =>
    setTimeout(
      () =>
        setImmediate(() => {
          const now = performance.now();
          lags.push(Math.max(0, now - due));
          due = now + period;
          if (on) arm();
        }),
      period,
    );
  arm();
  return { stop: () => ((on = false), lags) };
}

/** Polls a loopback /healthz served by this process every `period` ms; returns each response time. */
async function healthPoller(period = 50): Promise<{ stop: () => Promise<number[]> }> {
  const server = createServer((_req, res) => res.writeHead(200).end("ok"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`;
  const times: number[] = [];
  let on = true;
  const loop = (async () => {
    while (on) {
      const started = performance.now();
      await fetch(url).then((r) => r.text());
      times.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, period));
    }
  })();
  return {
    stop: async () => {
      on = false;
      await loop;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      return times;
    },
  };
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const countAt = process.argv.indexOf("--count");
  const count = countAt > 0 ? Number(process.argv[countAt + 1]) : 500;
  const dataDir = mkdtempSync(join(tmpdir(), "profile-bot-isolation-"));
  const config = loadConfig({
    DATA_DIR: dataDir,
    EMBEDDINGS_PROVIDER: "local",
    MAX_QUEUED_QUESTIONS: String(count * 2),
    RATE_LIMIT_PER_MINUTE: "1000",
  });
  const core = await createCore(config, silentLogger);
  await core.asker.ask({ text: "warm up: has he used Spark at scale?" }, { platform: "cli" });

  const asked = questions(count);
  const probe = lagProbe();
  const health = await healthPoller();
  const started = performance.now();
  // As from a platform: questions arrive as events, ARRIVALS_PER_TURN per turn of the event loop (as a
  // busy server reads several requests per turn), back to back, so all are in flight at once.
  const pending: Promise<AskResult>[] = [];
  await new Promise<void>((resolve) => {
    const arrive = (from: number) => {
      if (from >= asked.length) return resolve();
      for (let i = from; i < Math.min(asked.length, from + ARRIVALS_PER_TURN); i++)
        pending.push(core.asker.ask({ text: asked[i]! }, { platform: "slack", user: `U${i}` }));
      setImmediate(() => arrive(from + ARRIVALS_PER_TURN));
    };
    arrive(0);
  });
  const arrivedMs = performance.now() - started;
  const results = await Promise.all(pending);
  const totalMs = performance.now() - started;
  const lags = probe.stop();
  const healthMs = await health.stop();
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });

  const figures = {
    questions: count,
    answered: results.filter((r) => r.ok).length,
    refused: results.filter((r) => !r.ok).length,
    totalMs: Math.round(totalMs),
    arrivedMs: Math.round(arrivedMs),
    lagP95Ms: round1(percentile(lags, 95)),
    lagMaxMs: round1(Math.max(...lags)),
    healthP95Ms: round1(percentile(healthMs, 95)),
    healthMaxMs: round1(Math.max(...healthMs)),
    healthChecks: healthMs.length,
  };
  if (json) {
    console.log(JSON.stringify(figures));
    return;
  }
  console.log(
    `${count} different questions at once through the Asker (offline, ${config.MAX_CONCURRENT_ANSWERS} answers at ` +
      `once):`,
  );
  console.log(
    `  all arrived within ${figures.arrivedMs} ms; answered ${figures.answered}, refused ${figures.refused}, all ` +
      `done in ${(totalMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `  event-loop lag (setImmediate probe every 5 ms): p95 ${figures.lagP95Ms} ms, max ${figures.lagMaxMs} ms`,
  );
  console.log(
    `  loopback /healthz every 50 ms: p95 ${figures.healthP95Ms} ms, max ${figures.healthMaxMs} ms ` +
      `(${figures.healthChecks} checks)`,
  );
}

await main();
