import { newReference } from "./reference.js";
import type { Logger } from "./logger.js";

/**
 * The process's last line of defence, installed once the core is built (the bundled model's wasm
 * runtime registers listeners that rethrow, turning any stray rejection into a crash with exit
 * code 7: they are removed here, ours stay the only ones).
 *
 * - An unhandled rejection is a promise nobody awaited: the work it belonged to failed, but no
 *   shared state is half-changed. It is logged with a reference and the bot keeps serving.
 * - An uncaught exception may have left anything half-done (Node's own advice is not to resume),
 *   so it is logged with a reference and `onFatal` runs: the graceful shutdown, bounded by
 *   SHUTDOWN_GRACE_MS, then a non-zero exit for the supervisor to restart the bot.
 */
export function installProcessGuards(logger: Logger, onFatal: (reference: string) => void): void {
  process.removeAllListeners("unhandledRejection");
  process.removeAllListeners("uncaughtException");
  process.on("unhandledRejection", (reason: unknown) => {
    logger.error({ err: reason, reference: newReference() }, "unhandled rejection; the bot keeps serving");
  });
  process.on("uncaughtException", (error: Error) => {
    const reference = newReference();
    logger.error({ err: error, reference }, "uncaught exception; stopping gracefully");
    onFatal(reference);
  });
}
