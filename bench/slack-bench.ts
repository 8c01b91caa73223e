import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSlackApp, startSlackApp } from "../src/adapters/slack/slack-app.js";
import { loadConfig } from "../src/config/config.js";
import { createCore } from "../src/core/create-core.js";
import { silentLogger } from "../src/logging/logger.js";
import { FakeSlack, slackSignature, slashCommand } from "../test/fakes/slack-fake.js";
import { freePort, waitFor } from "../test/helpers/wait-for.js";
import { percentile, round1 } from "./stats.js";

/**
 * `npm run bench:slack`: the real Bolt app in HTTP mode on loopback, offline answers. Sends signed
 * slash commands one at a time; prints ack latency and time until the answer reaches response_url.
 */
const N = 60;
const QUESTIONS = ["Has he done PII encryption?", "Does he know Airflow?", "A-t-il enseigné ?", "Has he used Docker?", "Does he know Kubernetes?", "Est-il freelance ?"];
const SECRET = "bench-secret";

async function main(): Promise<void> {
  const dataDir = process.env.DATA_DIR ?? mkdtempSync(join(tmpdir(), "bench-slack-"));
  const core = await createCore(loadConfig({ DATA_DIR: dataDir, EMBEDDINGS_PROVIDER: "local" }), silentLogger);
  const fake = await new FakeSlack().start();
  const port = await freePort();
  const options = { botToken: "xoxb-bench", signingSecret: SECRET, apiUrl: fake.apiUrl, command: "/ask", fitCommand: "/fit", allowedChannels: [], port, host: "127.0.0.1", retries: 0 };
  const app = createSlackApp({ asker: core.asker, logger: silentLogger }, options);
  await startSlackApp(app, options);
  const acks: number[] = [];
  const answers: number[] = [];
  for (let i = 0; i < N; i++) {
    const body = slashCommand({ text: `${QUESTIONS[i % QUESTIONS.length]}`, user_id: `U${i}`, response_url: fake.responseUrl(`r${i}`) });
    const started = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded", ...slackSignature(SECRET, body) } });
    await res.text();
    acks.push(performance.now() - started);
    const answer = await waitFor(() => fake.responses.find((r) => r.path === `/respond/r${i}`), 30_000, "answer");
    answers.push(answer.at - started);
  }
  await app.stop();
  await fake.stop();
  const figures = { commands: N, ackP50Ms: round1(percentile(acks, 50)), ackP95Ms: round1(percentile(acks, 95)), answerP50Ms: round1(percentile(answers, 50)), answerP95Ms: round1(percentile(answers, 95)) };
  if (!process.argv.includes("--json")) {
    console.log(`Slack HTTP mode, loopback, offline answers, ${N} signed slash commands one at a time`);
    console.log(`  ack latency p50 / p95            ${figures.ackP50Ms} / ${figures.ackP95Ms} ms   (target < 100 ms)`);
    console.log(`  time to answer posted p50 / p95  ${figures.answerP50Ms} / ${figures.answerP95Ms} ms`);
  }
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
