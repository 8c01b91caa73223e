import type { Server } from "node:http";
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, webApi, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../logging/logger.js";
import { registerActions } from "./slack-actions.js";
import { startError, verifyAppToken, verifyBotToken, type SlackIdentity } from "./slack-auth.js";
import { SlackCalls, within } from "./slack-calls.js";
import { ActiveThreads, type SlackContext, type SlackDeps, type SlackOptions } from "./slack-context.js";
import { dropRetriedEvents } from "./slack-dedupe.js";
import { registerHome } from "./slack-home.js";
import { guardHttpReceiver } from "./slack-http-guard.js";
import { SLACK_LIMITS } from "./slack-limits.js";
import { registerMention } from "./slack-mention.js";
import { registerMessages } from "./slack-message.js";
import { registerFitCommand } from "./slack-fit.js";
import { registerForwards } from "./slack-forward.js";
import { registerSlashCommand } from "./slack-slash-command.js";
import { guardSocketReceiver } from "./slack-socket-guard.js";

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
 * Options for the Socket Mode client's own Web API client (apps.connections.open): a copy (it writes
 * its defaults into the object it is given), keeping its patient reconnect policy unless a test sets
 * `retries`, so a Slack outage of a few minutes doesn't end the connection for good.
 */
function socketClientOptions<T extends { retryConfig: unknown }>(
  clientOptions: T,
  retries: number | undefined,
): Omit<T, "retryConfig"> & { retryConfig?: { retries: number } } {
  const { retryConfig: _ours, ...rest } = clientOptions;
  return retries === undefined ? rest : { ...rest, retryConfig: { retries } };
}

/** What start and stop need beyond the App itself. */
interface SlackRuntime {
  ctx: SlackContext;
  identity: { current?: SlackIdentity };
  server?: Server;
}

const runtimes = new WeakMap<App, SlackRuntime>();

/** Socket Mode's receiver when an app token is given, else HTTP mode's, with GET /healthz. */
function createReceiver(
  options: SlackOptions,
  logger: ReturnType<typeof boltLogger>,
  clientOptions: Parameters<typeof socketClientOptions>[0],
): SocketModeReceiver | HTTPReceiver {
  return options.appToken
    ? new SocketModeReceiver({
        appToken: options.appToken,
        logger,
        installerOptions: { clientOptions: socketClientOptions(clientOptions, options.retries) },
      })
    : new HTTPReceiver({
        signingSecret: options.signingSecret!,
        logger,
        bodyLimit: SLACK_LIMITS.maxBodyBytes,
        customRoutes: [
          {
            path: "/healthz",
            method: ["GET"],
            handler: (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("ok"),
          },
        ],
      });
}

/**
 * The Slack app: Socket Mode when an app token is given, else HTTP mode (/slack/events, GET /healthz).
 * It only translates Slack events into questions and answers into Block Kit. Its receivers are
 * guarded (malformed bodies and envelopes are refused before Bolt reads them) and every Slack call
 * is timed out and abortable on stop.
 */
export function createSlackApp(deps: SlackDeps, options: SlackOptions): App {
  const calls = new SlackCalls(options.timeoutMs ?? SLACK_LIMITS.callTimeoutMs);
  const logger = boltLogger(deps.logger);
  const clientOptions = {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    fetch: calls.fetch,
    logger,
    retryConfig: { retries: options.retries ?? SLACK_LIMITS.apiRetries, factor: 2, minTimeout: 300, maxTimeout: 2000 },
  };
  const once = new webApi.WebClient(options.botToken, { ...clientOptions, retryConfig: { retries: 0 } });
  const receiver = createReceiver(options, logger, clientOptions);
  if (receiver instanceof SocketModeReceiver) guardSocketReceiver(receiver, deps.logger);
  else guardHttpReceiver(receiver, options.signingSecret!, deps.logger);
  const identity: SlackRuntime["identity"] = {};
  // The token is checked by startSlackApp; Bolt's own check at construction leaves its failure unhandled.
  const authorize = async () => (identity.current ??= await verifyBotToken(once, options.botToken));
  const app = new App({ receiver, authorize, logger, clientOptions });
  const ctx: SlackContext = {
    deps,
    options,
    threads: new ActiveThreads(),
    calls,
    once,
    isAllowed: (channel) =>
      options.allowedChannels.length === 0 ||
      channel === undefined ||
      channel.startsWith("D") ||
      options.allowedChannels.includes(channel),
  };
  runtimes.set(app, { ctx, identity });
  app.use(dropRetriedEvents(deps.logger));
  // Bolt's `next()` resolves once the listener is done: a shutdown waits for the reply to go out.
  app.use(({ next }) => deps.asker.track(next));
  registerSlashCommand(app, ctx);
  registerFitCommand(app, ctx);
  registerMention(app, ctx);
  registerMessages(app, ctx);
  registerActions(app, ctx);
  registerForwards(app, ctx);
  registerHome(app, ctx);
  app.error(async (error) => {
    deps.logger.error({ err: error }, "slack listener failed");
  });
  return app;
}

/**
 * Checks the bot token, then starts the app: HTTP mode listens on `port`/`host`; Socket Mode connects
 * out. A refused token throws a SlackStartError naming the variable to fix.
 */
export async function startSlackApp(app: App, options: SlackOptions): Promise<void> {
  const runtime = runtimes.get(app)!;
  runtime.identity.current = await verifyBotToken(runtime.ctx.once, options.botToken);
  if (options.appToken) {
    await verifyAppToken(runtime.ctx.once, options.appToken);
    await app.start().catch((error: unknown) => {
      throw startError(
        error,
        "SLACK_APP_TOKEN",
        "the app-level token (xapp-…, scope connections:write) from Basic Information",
      );
    });
  } else {
    runtime.server = (await app.start({ port: options.port, host: options.host })) as Server;
  }
}

/**
 * Stops the app within about SLACK_LIMITS.stopGraceMs + closeTimeoutMs whatever Slack does: calls in
 * flight get a short grace, then are aborted (their listeners end, so a drain waiting on them ends
 * too); the HTTP server or socket is closed, connections left open are cut.
 */
export async function stopSlackApp(app: App): Promise<void> {
  const runtime = runtimes.get(app);
  if (!runtime) return void (await app.stop());
  const aborted = await runtime.ctx.calls.stop(SLACK_LIMITS.stopGraceMs);
  if (aborted > 0) runtime.ctx.deps.logger.warn({ calls: aborted }, "Slack calls still in flight at stop were aborted");
  const stopping = app.stop().then(() => true);
  if ((await within(stopping, SLACK_LIMITS.closeTimeoutMs)) === undefined) {
    runtime.ctx.deps.logger.warn("the Slack receiver did not close in time; cutting its connections");
    runtime.server?.closeAllConnections();
    await within(stopping, 500);
  }
}
