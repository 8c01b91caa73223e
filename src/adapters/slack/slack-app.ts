import { App, LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../logging/logger.js";
import { registerActions } from "./slack-actions.js";
import { ActiveThreads, type SlackContext, type SlackDeps, type SlackOptions } from "./slack-context.js";
import { dropRetriedEvents } from "./slack-dedupe.js";
import { registerHome } from "./slack-home.js";
import { registerMention } from "./slack-mention.js";
import { registerMessages } from "./slack-message.js";
import { registerFitCommand } from "./slack-fit.js";
import { registerSlashCommand } from "./slack-slash-command.js";

/** Bolt's logger interface, over ours. */
function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: "slack" });
  const text = (args: unknown[]) => args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ");
  return {
    debug: (...a: unknown[]) => log.debug(text(a)),
    info: (...a: unknown[]) => log.info(text(a)),
    warn: (...a: unknown[]) => log.warn(text(a)),
    error: (...a: unknown[]) => log.error(text(a)),
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}

/**
 * The Slack app: Socket Mode when an app token is given, else HTTP mode (/slack/events, GET /healthz).
 * It only translates Slack events into questions and answers into Block Kit.
 */
export function createSlackApp(deps: SlackDeps, options: SlackOptions): App {
  const clientOptions = {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    ...(options.retries !== undefined ? { retryConfig: { retries: options.retries } } : {}),
  };
  const common = { token: options.botToken, logger: boltLogger(deps.logger), clientOptions };
  const app = options.appToken
    ? new App({ ...common, appToken: options.appToken, socketMode: true })
    : new App({
        ...common,
        signingSecret: options.signingSecret!,
        customRoutes: [{ path: "/healthz", method: ["GET"], handler: (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("ok") }],
      });
  const ctx: SlackContext = {
    deps,
    options,
    threads: new ActiveThreads(),
    isAllowed: (channel) => options.allowedChannels.length === 0 || channel === undefined || channel.startsWith("D") || options.allowedChannels.includes(channel),
  };
  app.use(dropRetriedEvents(deps.logger));
  // Bolt's `next()` resolves once the listener is done: a shutdown waits for the reply to go out.
  app.use(({ next }) => deps.asker.track(next));
  registerSlashCommand(app, ctx);
  registerFitCommand(app, ctx);
  registerMention(app, ctx);
  registerMessages(app, ctx);
  registerActions(app, ctx);
  registerHome(app, ctx);
  app.error(async (error) => {
    deps.logger.error({ err: error }, "slack listener failed");
  });
  return app;
}

/** Starts the app: HTTP mode listens on `port`/`host`; Socket Mode connects out. */
export async function startSlackApp(app: App, options: SlackOptions): Promise<void> {
  if (options.appToken) await app.start();
  else await app.start({ port: options.port, host: options.host });
}
