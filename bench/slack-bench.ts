import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSlackApp, startSlackApp, stopSlackApp } from "../src/adapters/slack/slack-app.js";
import { loadConfig } from "../src/config/config.js";
import { createCore } from "../src/core/create-core.js";
import { silentLogger } from "../src/logging/logger.js";
import { FakeSlack, slackSignature, slashCommand, slackOptionsFor } from "../test/fakes/slack-fake.js";
import { freePort, waitFor } from "../test/helpers/wait-for.js";
import { freshQuestions, WARM_UP } from "./fresh-questions.js";
import { percentile, round1 } from "./stats.js";

/**
 * `npm run bench:slack`: the real Bolt app in HTTP mode on loopback, offline answers. Sends signed
 * slash commands one at a time; prints ack latency and time until the answer reaches response_url.
 */
const N = 60;
const REPEATS = 10;
const SECRET = "bench-secret";

async function main(): Promise<void> {
  const dataDir = process.env.DATA_DIR ?? mkdtempSync(join(tmpdir(), "bench-slack-"));
  const core = await createCore(loadConfig({ DATA_DIR: dataDir, EMBEDDINGS_PROVIDER: "local" }), silentLogger);
  const fake = await new FakeSlack().start();
  const port = await freePort();
  const options = slackOptionsFor(fake, port, SECRET, { botToken: "xoxb-bench" });
  const app = createSlackApp({ asker: core.asker, logger: silentLogger }, options);
  await startSlackApp(app, options);
  await core.modelReady;
  let sent = 0;
  const ask = async (text: string) => {
    const i = sent++;
    const body = slashCommand({ text, user_id: `U${i}`, response_url: fake.responseUrl(`r${i}`) });
    const started = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded", ...slackSignature(SECRET, body) },
    });
    await res.text();
    const ack = performance.now() - started;
    const answer = await waitFor(() => fake.responses.find((r) => r.path === `/respond/r${i}`), 30_000, "answer");
    return { ack, answer: answer.at - started };
  };
  const warmUp: number[] = [];
  for (const q of WARM_UP) warmUp.push((await ask(q)).answer);
  const questions = freshQuestions(N);
  const acks: number[] = [];
  const answers: number[] = [];
  for (const q of questions) {
    const { ack, answer } = await ask(q);
    acks.push(ack);
    answers.push(answer);
  }
  // The same questions again: answered from the query cache, timed apart.
  const repeats: number[] = [];
  for (const q of questions.slice(0, REPEATS)) repeats.push((await ask(q)).answer);
  await stopSlackApp(app);
  await fake.stop();
  await core.close();
  const figures = {
    commands: N,
    warmUpMaxMs: round1(Math.max(...warmUp)),
    ackP50Ms: round1(percentile(acks, 50)),
    ackP95Ms: round1(percentile(acks, 95)),
    answerP50Ms: round1(percentile(answers, 50)),
    answerP95Ms: round1(percentile(answers, 95)),
    repeatedAnswerP50Ms: round1(percentile(repeats, 50)),
  };
  if (!process.argv.includes("--json")) {
    console.log(
      `Slack HTTP mode, loopback, offline answers, ${N} signed slash commands one at a time, each a question new to ` +
        `the process`,
    );
    console.log(
      `  warm-up (${WARM_UP.length} commands, model loading), slowest  ${figures.warmUpMaxMs} ms   (not counted below)`,
    );
    console.log(`  ack latency p50 / p95            ${figures.ackP50Ms} / ${figures.ackP95Ms} ms   (target < 100 ms)`);
    console.log(`  time to answer posted p50 / p95  ${figures.answerP50Ms} / ${figures.answerP95Ms} ms`);
    console.log(`  repeated question (cache hit), answer p50  ${figures.repeatedAnswerP50Ms} ms`);
  }
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
