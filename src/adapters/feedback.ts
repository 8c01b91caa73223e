import type { Logger } from "../logging/logger.js";
import type { AnswerOrigin } from "./recent-answers.js";

export interface FeedbackRecord {
  answerId: string;
  rating: "up" | "down";
  origin: AnswerOrigin;
  /** Who rated it; stored keyed-hashed, never raw. */
  user?: string;
}

/** Where 👍/👎 go. Logging is the first sink; the database is another. */
export interface FeedbackSink {
  record(feedback: FeedbackRecord): void;
}

export function loggingFeedbackSink(logger: Logger): FeedbackSink {
  return {
    record: ({ answerId, rating, origin }) => logger.info({ answerId, rating, platform: origin.platform, channel: origin.channel }, "feedback"),
  };
}
