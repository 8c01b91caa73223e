import type { AnswerEngine } from "../answer/answer-engine.js";
import type { Logger } from "../logging/logger.js";
import type { FeedbackSink } from "./feedback.js";
import type { RecentAnswers } from "./recent-answers.js";

/** What every platform adapter needs from the core: an engine to ask, places to record what happened. */
export interface AdapterDeps {
  engine: AnswerEngine;
  logger: Logger;
  recent: RecentAnswers;
  feedback: FeedbackSink;
}
