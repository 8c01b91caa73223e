import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { LRUCache } from "lru-cache";
import type { Logger } from "../../logging/logger.js";
import { SLACK_LIMITS } from "./slack-limits.js";

/** Ids seen in the last `rememberMs` (the latest 100,000 at most); `seen` tells whether an id came before. */
class RecentIds {
  private readonly at: LRUCache<string, true>;

  constructor(rememberMs: number) {
    this.at = new LRUCache({ max: 100_000, ttl: rememberMs });
  }

  seen(id: string): boolean {
    if (this.at.has(id)) return true;
    this.at.set(id, true);
    return false;
  }
}

/**
 * Global middleware that lets each Events API `event_id` through once, and each slash command's
 * `trigger_id` once. Slack re-sends an event it thinks was missed (the last time ~5 minutes later), and
 * Bolt has no dedupe of its own; a replayed slash command (a captured request sent again within the
 * 5-minute signature window) would otherwise be answered twice. A repeated command is acked, silently.
 */
export function dropRetriedEvents(
  logger: Logger,
  rememberMs: number = SLACK_LIMITS.replayMemoryMs,
): Middleware<AnyMiddlewareArgs> {
  const events = new RecentIds(rememberMs);
  const commands = new RecentIds(rememberMs);
  return async (args) => {
    const { body, next, context } = args;
    const {
      event_id: eventId,
      command,
      trigger_id: triggerId,
    } = body as { event_id?: string; command?: string; trigger_id?: string };
    if (eventId && events.seen(eventId)) {
      logger.info(
        { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
        "dropped a repeated Slack event",
      );
      return;
    }
    if (command && triggerId && commands.seen(triggerId)) {
      logger.warn({ command, triggerId }, "dropped a replayed slash command");
      if ("ack" in args && typeof args.ack === "function") await (args.ack as () => Promise<void>)();
      return;
    }
    await next();
  };
}
