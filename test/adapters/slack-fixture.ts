import type { App } from "@slack/bolt";
import type { Answer } from "../../src/answer/answer.js";
import type { AnswerEngine } from "../../src/answer/answer-engine.js";
import { createSlackApp, startSlackApp, stopSlackApp } from "../../src/adapters/slack/slack-app.js";
import type { SlackOptions } from "../../src/adapters/slack/slack-context.js";
import type { Asker } from "../../src/service/asker.js";
import { FakeSlack, slackSignature, slackOptionsFor } from "../fakes/slack-fake.js";
import { capturingLogger, memoryQuestionLog, testAsker } from "../helpers/test-core.js";
import { freePort } from "../helpers/wait-for.js";

export const SECRET = "fixture-secret";

/** An engine that answers every question at once with "Answer to: <question>". */
export const echoEngine: AnswerEngine = {
  answer: async (q) =>
    ({
      question: q.text,
      answered: true,
      answer: `Answer to: ${q.text}`,
      language: "en",
      mode: "extractive",
      citations: [],
    }) satisfies Answer,
};

/** The real Bolt app in HTTP mode on a fresh fake Slack, with an echo engine, a memory log and a readable logger. */
export async function startSlackFixture(overrides: Partial<SlackOptions> = {}, engine: AnswerEngine = echoEngine) {
  const fake = await new FakeSlack().start();
  const port = await freePort();
  const log = capturingLogger();
  const questionLog = memoryQuestionLog();
  const asker: Asker = testAsker(engine, questionLog, log.logger);
  const options: SlackOptions = slackOptionsFor(fake, port, SECRET, overrides);
  const app: App = createSlackApp({ asker, logger: log.logger }, options);
  await startSlackApp(app, options);
  const base = `http://127.0.0.1:${port}`;
  const post = (body: string, contentType: string, headers: Record<string, string> = slackSignature(SECRET, body)) =>
    fetch(`${base}/slack/events`, { method: "POST", body, headers: { "content-type": contentType, ...headers } });
  let stopped = false;
  return {
    fake,
    log,
    questionLog,
    asker,
    app,
    port,
    base,
    postForm: (body: string, headers?: Record<string, string>) =>
      post(body, "application/x-www-form-urlencoded", headers),
    postEvent: (event: Record<string, unknown>) => post(JSON.stringify(event), "application/json"),
    async stop() {
      if (!stopped) await stopSlackApp(app);
      stopped = true;
      await fake.stop();
    },
  };
}

export type SlackFixture = Awaited<ReturnType<typeof startSlackFixture>>;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
