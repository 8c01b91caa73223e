import { randomBytes } from "node:crypto";
import type { AnswerEngine } from "../answer/answer-engine.js";
import type { Answer, Question } from "../answer/answer.js";
import type { Logger } from "../logging/logger.js";
import { detectLanguage } from "../text/detect-language.js";

export type SafeAnswer = { ok: true; answer: Answer } | { ok: false; reference: string; message: string };

/** A short id the user can quote and the log can be searched by. */
export function newReference(): string {
  return randomBytes(4).toString("hex").toUpperCase();
}

const APOLOGY = {
  en: (ref: string) => `Sorry — something went wrong on my side (reference ${ref}). Please try again in a moment.`,
  fr: (ref: string) => `Désolé — un problème est survenu de mon côté (référence ${ref}). Merci de réessayer dans un instant.`,
};

/**
 * Calls the engine for an adapter. A failure becomes a polite sentence with a reference id for the
 * user, and the detail goes to the log under the same id: adapters never show internal errors.
 */
export async function askSafely(engine: AnswerEngine, question: Question, logger: Logger, context: Record<string, unknown>): Promise<SafeAnswer> {
  try {
    return { ok: true, answer: await engine.answer(question) };
  } catch (error) {
    const reference = newReference();
    logger.error({ err: error, reference, ...context }, "answer failed");
    return { ok: false, reference, message: APOLOGY[detectLanguage(question.text)](reference) };
  }
}
