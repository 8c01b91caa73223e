import { bootstrap } from "./cli/bootstrap.js";
import { runTerminalChat } from "./cli/chat.js";
import { createCore } from "./core/create-core.js";
import { installProcessGuards } from "./logging/process-guards.js";

/** A platform the bot serves: how to stop it, and (when it tracks them) the answers still going out. */
interface RunningPlatform {
  stop: () => Promise<void>;
  undelivered?: () => { platform: string; channel?: string; question: string; since?: Date }[];
}

/**
 * Composition root: config, core, then each platform whose token is set; the terminal chat when
 * none is. SIGTERM/SIGINT: stop taking questions, finish those in flight, stop the platforms, close
 * the database — for at most SHUTDOWN_GRACE_MS, after which the questions not delivered are logged
 * and the process exits anyway; a second signal exits at once.
 */
async function main(): Promise<void> {
  // Servers log at info by default; the terminal chat keeps the screen for answers.
  const { config, logger } = bootstrap((c) => (c.SLACK_BOT_TOKEN || c.DISCORD_TOKEN ? "info" : "warn"));
  const core = await createCore(config, logger, { watch: true });
  const running: RunningPlatform[] = [];
  let stopping = false;

  const shutdown = async (reason: string, exitCode: number) => {
    if (stopping) {
      if (reason === "SIGINT" || reason === "SIGTERM") {
        logger.warn({ signal: reason }, "second signal: exiting now");
        process.exit(130);
      }
      return;
    }
    stopping = true;
    logger.info({ signal: reason, graceMs: config.SHUTDOWN_GRACE_MS }, "stopping: finishing the questions in flight");
    // Whatever hangs (a platform's API, the model, a gateway gone away), the process leaves in time.
    const deadline = setTimeout(() => {
      for (const item of running.flatMap((platform) => platform.undelivered?.() ?? [])) {
        logger.warn(
          { platform: item.platform, channel: item.channel, question: item.question, since: item.since },
          "shutdown: answer not delivered",
        );
      }
      logger.error({ graceMs: config.SHUTDOWN_GRACE_MS }, "shutdown: grace period over; exiting");
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS);
    await core.close();
    await Promise.allSettled(running.map((platform) => platform.stop()));
    clearTimeout(deadline);
    logger.info("stopped");
    process.exit(exitCode);
  };
  installProcessGuards(logger, () => void shutdown("uncaughtException", 1));

  const deps = { asker: core.asker, logger, forwards: core.forwards };
  if (config.SLACK_BOT_TOKEN) {
    // Each platform's SDK is loaded only when its token is set (Bolt ~150 ms, discord.js ~200 ms).
    const { startSlack } = await import("./adapters/slack/start-slack.js");
    const slack = await startSlack(config, deps);
    running.push(slack);
    logger.info({ mode: slack.mode }, "Slack app started");
  }
  if (config.DISCORD_TOKEN) {
    const { startDiscord } = await import("./adapters/discord/start-discord.js");
    const discord = await startDiscord(config, deps);
    running.push(discord);
    logger.info({ user: discord.tag }, "Discord bot started");
  }
  if (running.length === 0) {
    await runTerminalChat(core);
    await core.close();
    return;
  }
  // Handlers first: a process manager may signal as soon as it reads the line below.
  process.on("SIGINT", () => void shutdown("SIGINT", 0));
  process.on("SIGTERM", () => void shutdown("SIGTERM", 0));
  process.stderr.write(`Profile bot is running (${core.modeLabel}). Press Ctrl-C to stop.\n`);
}

/**
 * One line for the person starting the bot: the error's own `userMessage` when it has one (a bad
 * DISCORD_TOKEN, Slack's invalid_auth…), else its first line. The stack only at LOG_LEVEL=debug.
 */
function startupFailure(error: unknown): string {
  const userMessage = (error as { userMessage?: unknown } | null)?.userMessage;
  if (typeof userMessage === "string" && userMessage !== "") return userMessage;
  const message = error instanceof Error ? error.message : String(error);
  return `Profile bot failed to start: ${message.split("\n")[0]}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${startupFailure(error)}\n`);
  if (process.env.LOG_LEVEL === "debug" && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}\n`);
  // Exit now: a platform already started, or a client retrying, would otherwise keep the process up.
  process.exit(1);
});
