import type { Config } from "../../config/config.js";
import { listOf } from "../../config/config.js";
import type { SlackDeps } from "./slack-context.js";
import { createSlackApp, startSlackApp, stopSlackApp } from "./slack-app.js";

/**
 * Builds and starts the Slack app from the configuration; returns how to stop it (bounded: a hung
 * Slack call cannot hold it). A refused token rejects with a one-line SlackStartError.
 */
export async function startSlack(
  config: Config,
  deps: SlackDeps,
): Promise<{ mode: string; stop: () => Promise<void> }> {
  const options = {
    botToken: config.SLACK_BOT_TOKEN!,
    appToken: config.SLACK_APP_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    apiUrl: config.SLACK_API_URL,
    command: config.SLACK_COMMAND,
    fitCommand: config.SLACK_FIT_COMMAND,
    allowedChannels: listOf(config.SLACK_ALLOWED_CHANNELS),
    port: config.PORT,
    host: config.HOST,
    ownerUserId: config.OWNER_SLACK_USER_ID,
  };
  const app = createSlackApp(deps, options);
  await startSlackApp(app, options);
  const mode = options.appToken ? "Socket Mode" : `HTTP mode on ${config.HOST}:${config.PORT}/slack/events`;
  return { mode, stop: () => stopSlackApp(app) };
}
