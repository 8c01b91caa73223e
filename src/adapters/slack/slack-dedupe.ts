import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Logger } from "../../logging/logger.js";

/** Slack re-sends an event it thinks was missed, the last time ~5 minutes later; ids are kept longer. */
const REMEMBER_MS = 10 * 60 * 1000;

/**
 * Global middleware that lets each Events API `event_id` through once. Bolt acks events itself and
 * has no dedupe of its own, so without this a retried event would be answered twice.
 */
export function dropRetriedEvents(logger: Logger, rememberMs = REMEMBER_MS): Middleware<AnyMiddlewareArgs> {
  const seen = new Map<string, number>();
  return async ({ body, next, context }) => {
    const id = (body as { event_id?: string }).event_id;
    if (id) {
      const now = Date.now();
      for (const [key, at] of seen) {
        if (now - at <= rememberMs) break;
        seen.delete(key);
      }
      if (seen.has(id)) {
        logger.info({ eventId: id, retryNum: context.retryNum, retryReason: context.retryReason }, "dropped a repeated Slack event");
        return;
      }
      seen.set(id, now);
    }
    await next();
  };
}
