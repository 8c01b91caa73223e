import { startDiscord } from "./adapters/discord/start-discord.js";
import { startSlack } from "./adapters/slack/start-slack.js";
import { bootstrap } from "./cli/bootstrap.js";
import { runTerminalChat } from "./cli/chat.js";
import { createCore } from "./core/create-core.js";

/**
 * Composition root: config, core, then each platform whose token is set; the terminal chat when
 * none is. SIGTERM/SIGINT: stop taking questions, finish those in flight, stop the platforms, close
 * the database; a second signal exits at once.
 */
async function main(): Promise<void> {
  // Servers log at info by default; the terminal chat keeps the screen for answers.
  const { config, logger } = bootstrap((c) => (c.SLACK_BOT_TOKEN || c.DISCORD_TOKEN ? "info" : "warn"));
  const core = await createCore(config, logger, { watch: true });
  const deps = { asker: core.asker, logger };
  const stops: (() => Promise<void>)[] = [];
  if (config.SLACK_BOT_TOKEN) {
    const slack = await startSlack(config, deps);
    stops.push(slack.stop);
    logger.info({ mode: slack.mode }, "Slack app started");
  }
  if (config.DISCORD_TOKEN) {
    const discord = await startDiscord(config, deps);
    stops.push(discord.stop);
    logger.info({ user: discord.tag }, "Discord bot started");
  }
  if (stops.length === 0) {
    await runTerminalChat(core);
    await core.close();
    return;
  }
  process.stderr.write(`Profile bot is running (${core.modeLabel}). Press Ctrl-C to stop.\n`);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting now");
      process.exit(130);
    }
    stopping = true;
    logger.info({ signal }, "stopping: finishing the questions in flight");
    await core.close();
    await Promise.allSettled(stops.map((stop) => stop()));
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`profile bot failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
