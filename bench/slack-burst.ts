import { fork } from "node:child_process";
import { mkdtempSync, cpSync, existsSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createSlackApp, startSlackApp, stopSlackApp } from "../src/adapters/slack/slack-app.js";
import { loadConfig } from "../src/config/config.js";
import { createCore } from "../src/core/create-core.js";
import { silentLogger } from "../src/logging/logger.js";
import { slackSignature, slashCommand } from "../test/fakes/slack-fake.js";
import { freePort } from "../test/helpers/wait-for.js";
import { percentile, round1 } from "./stats.js";

/**
 * `npx tsx bench/slack-burst.ts [--n=500] [--json]`: N signed slash commands, all different questions
 * from different users, sent at once to the real Bolt app in HTTP mode on loopback (offline answers,
 * the real model and index). Prints how many were acked within Slack's 3 s, how many were answered
 * exactly once at their response_url (as the user sees it: a repeat that replaces the original shows
 * once), and ack / answer latencies. Slack — the fake Web API and response_url, and the sender timing
 * the acks — runs in its own process (bench/slack-burst-client.ts), as it would: in the bot's process
 * it would wait on the bot's event loop. Exits non-zero unless all N pass.
 * The waiting line is the default one (MAX_QUEUED_QUESTIONS, 1000): a burst of 500 is not turned away.
 */
const N = Number(process.argv.find((a) => a.startsWith("--n="))?.slice(4) ?? 500);
const SECRET = "burst-secret";
const SUBJECTS = [
  "Spark",
  "Airflow",
  "Kafka",
  "Docker",
  "Kubernetes",
  "Terraform",
  "Snowflake",
  "BigQuery",
  "Databricks",
  "Python",
  "Scala",
  "SQL",
  "dbt",
  "PII encryption",
  "GCP",
  "AWS",
  "Azure",
  "Hadoop",
  "Hive",
  "Flink",
  "PostgreSQL",
  "MongoDB",
  "Elasticsearch",
  "Redis",
  "Git",
  "CI/CD",
  "Jenkins",
  "GitLab",
  "data governance",
  "data quality",
  "machine learning",
  "MLOps",
  "Power BI",
  "Tableau",
  "Looker",
  "streaming",
  "batch processing",
  "data lakes",
  "Delta Lake",
  "Iceberg",
  "teaching",
  "mentoring",
  "Agile",
  "Scrum",
  "team leadership",
  "API design",
  "Java",
  "Go",
  "Rust",
  "pandas",
];
const TEMPLATES = [
  "Has he used {s}?",
  "Does he know {s}?",
  "What did he do with {s}?",
  "How many years of {s} does he have?",
  "Where did he use {s}?",
  "Is he experienced in {s}?",
  "Has he worked on {s} in production?",
  "Connaît-il {s} ?",
  "A-t-il utilisé {s} ?",
  "Tell me about his {s} experience",
];

function question(i: number): string {
  const subject = SUBJECTS[i % SUBJECTS.length]!;
  const template = TEMPLATES[Math.floor(i / SUBJECTS.length) % TEMPLATES.length]!;
  const round = Math.floor(i / (SUBJECTS.length * TEMPLATES.length));
  return template.replace("{s}", subject) + (round > 0 ? ` (${round})` : "");
}

interface ClientReport {
  acks: { sentAt: number; ackedAt: number; status: number }[];
  responses: { path: string; at: number; text: string }[];
  shown: Record<string, number>;
  attempts: number;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "profile-bot-burst-"));
  if (existsSync(resolve("data/embeddings")))
    cpSync(resolve("data/embeddings"), join(dataDir, "embeddings"), { recursive: true });
  const env = { ...process.env, DATA_DIR: dataDir, EMBEDDINGS_PROVIDER: "local", ANSWER_MODE: "extractive" };
  const config = loadConfig(env);
  const core = await createCore(config, silentLogger);
  const client = fork(resolve("bench/slack-burst-client.ts"), { execArgv: ["--import", "tsx"] });
  const next = <T>() =>
    new Promise<T>((done, fail) => {
      client.once("message", (m) => done(m as T));
      client.once("error", fail);
    });
  const { apiUrl, responseBase } = await next<{ apiUrl: string; responseBase: string }>();
  const port = await freePort();
  const options = {
    botToken: "xoxb-burst",
    signingSecret: SECRET,
    apiUrl,
    command: "/ask",
    fitCommand: "/fit",
    allowedChannels: [],
    port,
    host: "127.0.0.1",
  };
  const app = createSlackApp({ asker: core.asker, logger: silentLogger }, options);
  await startSlackApp(app, options);

  const requests = Array.from({ length: N }, (_, i) => {
    const body = slashCommand({ text: question(i), user_id: `UB${i}`, response_url: `${responseBase}b${i}` });
    return { body, headers: { "content-type": "application/x-www-form-urlencoded", ...slackSignature(SECRET, body) } };
  });
  const started = performance.now();
  const reported = next<ClientReport>();
  client.send({ url: `http://127.0.0.1:${port}/slack/events`, requests });
  const report = await reported;
  const wallS = (performance.now() - started) / 1000;
  const acks = report.acks.map((r) => r.ackedAt - r.sentAt);
  const paths = requests.map((_, i) => `/respond/b${i}`);
  const sentAt = new Map(report.acks.map((r, i) => [paths[i]!, r.sentAt]));
  const counts = new Map<string, number>();
  for (const r of report.responses) counts.set(r.path, (counts.get(r.path) ?? 0) + 1);
  const busy = new Set(
    report.responses
      .filter((r) => /a lot of questions|beaucoup de questions|went wrong|problème/i.test(r.text))
      .map((r) => r.path),
  );
  const firstAnswer = new Map<string, number>();
  for (const r of report.responses) if (!firstAnswer.has(r.path)) firstAnswer.set(r.path, r.at - sentAt.get(r.path)!);
  const answerMs = [...firstAnswer.values()];
  const figures = {
    commands: N,
    ackedWithin3s: report.acks.filter((r) => r.status === 200 && r.ackedAt - r.sentAt <= 3000).length,
    answeredOnce: paths.filter((p) => report.shown[p] === 1 && !busy.has(p)).length,
    duplicates: paths.filter((p) => (report.shown[p] ?? 0) > 1).length,
    repeatedPosts: [...counts.values()].filter((n) => n > 1).length,
    busyOrErrorReplies: busy.size,
    ackP50Ms: round1(percentile(acks, 50)),
    ackP95Ms: round1(percentile(acks, 95)),
    ackMaxMs: round1(Math.max(...acks)),
    answerP50Ms: round1(percentile(answerMs, 50)),
    answerP95Ms: round1(percentile(answerMs, 95)),
    wallS: round1(wallS),
    loadAverage1m: round1(loadavg()[0]!),
    maxConcurrentAnswers: config.MAX_CONCURRENT_ANSWERS,
    maxQueued: config.MAX_QUEUED_QUESTIONS,
  };
  await stopSlackApp(app);
  await core.close();
  if (!process.argv.includes("--json")) {
    console.log(
      `Slack burst — ${N} different slash commands at once, real Bolt in HTTP mode, loopback, offline answers`,
    );
    console.log(
      `  acked within 3 s      ${figures.ackedWithin3s}/${N}   (ack p50 ${figures.ackP50Ms} ms, p95 ` +
        `${figures.ackP95Ms} ms, max ${figures.ackMaxMs} ms)`,
    );
    console.log(
      `  answered exactly once ${figures.answeredOnce}/${N}   (shown twice ${figures.duplicates}, busy/error ` +
        `replies ${figures.busyOrErrorReplies}; response_url POSTs repeated ${figures.repeatedPosts}, ` +
        "each replacing the same message)",
    );
    console.log(
      `  time to answer        p50 ${figures.answerP50Ms} ms, p95 ${figures.answerP95Ms} ms; all done in ` +
        `${figures.wallS} s`,
    );
    console.log(`  machine load (1 min)  ${figures.loadAverage1m} on ${availableParallelism()} cores`);
  }
  console.log(JSON.stringify(figures));
  if (figures.ackedWithin3s !== N || figures.answeredOnce !== N) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
