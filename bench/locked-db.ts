import { join } from "node:path";
import Database from "better-sqlite3";
import { createSlackApp, startSlackApp } from "../src/adapters/slack/slack-app.js";
import { loadConfig } from "../src/config/config.js";
import { createCore } from "../src/core/create-core.js";
import { createLogger } from "../src/logging/logger.js";
import { FakeSlack, slackSignature, slashCommand, slackOptionsFor } from "../test/fakes/slack-fake.js";
import { tempDataDir } from "../test/helpers/test-core.js";
import { freePort, waitFor } from "../test/helpers/wait-for.js";
import { holdWriteLock, lagProbe } from "../test/storage/db-faults.js";
import { percentile, round1 } from "./stats.js";

/**
 * `npx tsx bench/locked-db.ts [--lock-s 20] [--no-lock] [--quiet] [--json]`: the real Bolt app in HTTP mode on the
 * local
 * Slack fake, offline answers, while another process holds `BEGIN EXCLUSIVE` on bot.db for 20 s.
 * Bursts of 10 concurrent signed slash commands every 4 s and GET /healthz every 100 ms throughout;
 * prints ack and /healthz latency, the event loop's worst lag, and the rows in bot.db once the
 * lock is released (none may be lost).
 */
const LOCK_S = Number(process.argv[process.argv.indexOf("--lock-s") + 1]) || 20;
const BURST = 10;
const EVERY_MS = 4_000;
const SECRET = "bench-secret";
const QUESTIONS = [
  "Has he done PII encryption?",
  "Does he know Airflow?",
  "A-t-il enseigné ?",
  "Has he used Docker?",
  "Does he know Kubernetes?",
  "Est-il freelance ?",
];

/** Questions in bot.db; 0 while it has no schema yet. */
function rows(file: string): number {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare("SELECT count(*) AS n FROM questions").get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  // Warnings and errors on stderr: the question log says there when bot.db is locked and when it is free again.
  const logger = createLogger(process.argv.includes("--quiet") ? "silent" : "warn");
  const dataDir = tempDataDir();
  const file = join(dataDir, "bot.db");
  const core = await createCore(loadConfig({ DATA_DIR: dataDir, EMBEDDINGS_PROVIDER: "local" }), logger);
  const fake = await new FakeSlack().start();
  const port = await freePort();
  const options = slackOptionsFor(fake, port, SECRET, { botToken: "xoxb-bench" });
  const app = createSlackApp({ asker: core.asker, logger }, options);
  await startSlackApp(app, options);
  const base = `http://127.0.0.1:${port}`;

  let n = 0;
  const acks: number[] = [];
  // A request the server dropped (a reset connection) counts as failed, not as a latency.
  const failed = { acks: 0, healthz: 0 };
  const slash = async () => {
    const i = n++;
    const body = slashCommand({
      text: QUESTIONS[i % QUESTIONS.length]!,
      user_id: `U${i}`,
      response_url: fake.responseUrl(`r${i}`),
    });
    const started = performance.now();
    try {
      const res = await fetch(`${base}/slack/events`, {
        method: "POST",
        body,
        headers: { "content-type": "application/x-www-form-urlencoded", ...slackSignature(SECRET, body) },
      });
      await res.text();
      acks.push(performance.now() - started);
    } catch {
      failed.acks += 1;
    }
  };
  await slash(); // warm-up: bot.db exists and holds one row before the lock
  await waitFor(
    () => fake.responses.some((r) => r.path === "/respond/r0") && rows(file) === 1,
    30_000,
    "the warm-up answer and its row",
  );

  // --no-lock: the same traffic with bot.db free, to tell what the lock costs from what answering costs.
  const lock = process.argv.includes("--no-lock") ? { release: async () => undefined } : await holdWriteLock(file);
  const lockedAt = performance.now();
  const probe = lagProbe();
  const health: number[] = [];
  let probing = true;
  const healthLoop = (async () => {
    while (probing) {
      const started = performance.now();
      try {
        await (await fetch(`${base}/healthz`)).text();
        health.push(performance.now() - started);
      } catch {
        failed.healthz += 1;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const bursts: Promise<void>[] = [];
  while (performance.now() - lockedAt < LOCK_S * 1000 - EVERY_MS / 2) {
    bursts.push(Promise.all(Array.from({ length: BURST }, slash)).then(() => undefined));
    await new Promise((r) => setTimeout(r, EVERY_MS));
  }
  await Promise.all(bursts);
  await new Promise((r) => setTimeout(r, Math.max(0, LOCK_S * 1000 - (performance.now() - lockedAt))));
  await lock.release();
  const lockMs = performance.now() - lockedAt;
  probing = false;
  await healthLoop;
  const lag = probe.stop();
  await waitFor(
    () => fake.responses.filter((r) => r.path.startsWith("/respond/")).length >= n - failed.acks,
    60_000,
    "every answer",
  ).catch(() => undefined);

  const releasedAt = performance.now();
  const stored = await waitFor(() => (rows(file) >= n ? rows(file) : false), 15_000, "the rows").catch(() =>
    rows(file),
  );
  const storedAfterMs = performance.now() - releasedAt;
  await app.stop();
  await core.close();
  await fake.stop();
  const during = acks.slice(1);
  const figures = {
    lockS: round1(lockMs / 1000),
    commands: during.length,
    ackP50Ms: round1(percentile(during, 50)),
    ackMaxMs: round1(Math.max(...during)),
    acksOver3s: during.filter((x) => x > 3000).length,
    acksFailed: failed.acks,
    healthzProbes: health.length,
    healthzP95Ms: round1(percentile(health, 95)),
    healthzMaxMs: round1(Math.max(...health)),
    healthzOver1s: health.filter((x) => x > 1000).length,
    healthzFailed: failed.healthz,
    eventLoopLagMaxMs: round1(lag),
    rowsExpected: n,
    rowsStored: rows(file),
    rowsStoredWithinMsOfRelease: stored >= n ? round1(storedAfterMs) : null,
  };
  if (!process.argv.includes("--json")) {
    const what = process.argv.includes("--no-lock")
      ? "bot.db free (no lock, for comparison)"
      : "bot.db write-locked by another process";
    console.log(`${what} for ${figures.lockS} s; Slack HTTP mode on the local fake, offline answers`);
    console.log(
      `  ${figures.commands} slash commands (bursts of ${BURST} every ${EVERY_MS / 1000} s): ack p50 / max ` +
        `${figures.ackP50Ms} / ${figures.ackMaxMs} ms, ${figures.acksOver3s} over 3 s, ${figures.acksFailed} failed`,
    );
    console.log(
      `  GET /healthz ×${figures.healthzProbes}: p95 / max ${figures.healthzP95Ms} / ${figures.healthzMaxMs} ms, ` +
        `${figures.healthzOver1s} over 1 s, ${figures.healthzFailed} failed`,
    );
    console.log(`  event loop lag max ${figures.eventLoopLagMaxMs} ms`);
    console.log(
      `  rows in bot.db: ${figures.rowsStored} of ${figures.rowsExpected} (all stored ` +
        `${figures.rowsStoredWithinMsOfRelease ?? "—"} ms after the answers were in)`,
    );
  }
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
