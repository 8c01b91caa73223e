import { createLogger } from "../../src/logging/logger.js";
import { openQuestionLog } from "../../src/storage/question-log.js";

/**
 * Opens the question log in the folder given, records a question and closes it, as the bot does at
 * start and stop. Run in a child process so a test can run it as another user (a read-only DATA_DIR).
 */
const log = openQuestionLog(process.argv[2]!, createLogger("debug"));
log.recordQuestion({ id: "q1", askedAt: new Date(), platform: "cli", question: "Has he used Spark?", latencyMs: 1 });
await log.close();
process.stdout.write("started and closed\n");
