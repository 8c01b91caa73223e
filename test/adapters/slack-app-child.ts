/**
 * Runs the real Slack app in its own process, for cases that could kill it (a test must not die with
 * it). argv: mode ("http" | "socket"), the fake's Web API url, the HTTP port. Prints "ready" once
 * started, "start failed: <message>" if start-up throws; a stub engine answers every question.
 */
import type { Answer } from "../../src/answer/answer.js";
import { startSlack } from "../../src/adapters/slack/start-slack.js";
import { loadConfig } from "../../src/config/config.js";
import { createLogger } from "../../src/logging/logger.js";
import { memoryQuestionLog, testAsker } from "../helpers/test-core.js";

const [mode, apiUrl, port, botToken = "xoxb-child", appToken = "xapp-child"] = process.argv.slice(2);
const answer = (question: string): Answer => ({
  question,
  answered: true,
  answer: `Answer to: ${question}`,
  language: "en",
  mode: "extractive",
  citations: [],
});
const logger = createLogger("info");
const asker = testAsker({ answer: async (q) => answer(q.text) }, memoryQuestionLog(), logger);
const env: Record<string, string> = {
  SLACK_BOT_TOKEN: botToken,
  SLACK_API_URL: apiUrl!,
  PORT: port!,
  HOST: "127.0.0.1",
};
if (mode === "socket") env.SLACK_APP_TOKEN = appToken;
else env.SLACK_SIGNING_SECRET = "child-secret";
startSlack(loadConfig(env), { asker, logger }).then(
  () => process.stdout.write("ready\n"),
  (error: unknown) => {
    process.stdout.write(`start failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
