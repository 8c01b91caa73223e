import type { Answer, Citation } from "../../src/answer/answer.js";
import type { QuestionRecord } from "../../src/storage/question-log.js";

/** "Yes" to "Has he used Spark?", quoting `citations`: what the question-log tests store. */
export function sparkAnswer(citations: Citation[] = []): Answer {
  return {
    question: "Has he used Spark?",
    answered: true,
    answer: "Yes",
    language: "en",
    mode: "extractive",
    citations,
  };
}

/** "Has he used Spark?" as asked in Slack and answered in 3 ms, under `id`. */
export function sparkQuestion(id: string): QuestionRecord {
  return { id, askedAt: new Date(), platform: "slack", question: "Has he used Spark?", latencyMs: 3 };
}
