import type { SearchIndex } from "../index/search-index.js";
import type { Profile } from "../knowledge/profile.js";
import type { Logger } from "../logging/logger.js";
import { ABSTENTION, isAnswerable, type AbstentionThresholds } from "../retrieval/abstention.js";
import { FUSION, retrievePassages, type FusionTuning } from "../retrieval/hybrid-retriever.js";
import { detectLanguage } from "../text/detect-language.js";
import { cleanInput, foldText } from "../text/normalize.js";
import type { Language } from "../text/stem.js";
import type { Answer, NoAnswerReason, Question } from "./answer.js";
import { composeExtractiveAnswer, composeNotMentioned, selectCitations } from "./extractive-answer.js";
import { askedEmployer, isOffTopicRequest } from "./guard.js";
import { messagesFor } from "./messages.js";

/** The one entry point every adapter calls. */
export interface AnswerEngine {
  answer(question: Question): Promise<Answer>;
}

export interface EngineOptions {
  index: SearchIndex;
  profile: Profile;
  logger: Logger;
  /** Longest question accepted, in characters. */
  maxQuestionChars: number;
  /** Retrieval settings; the measured defaults unless the eval's calibration tries others. */
  tuning?: EngineTuning;
}

export interface EngineTuning {
  fusion: FusionTuning;
  abstention: AbstentionThresholds;
}

function noAnswer(question: string, language: Language, reason: NoAnswerReason, text: string): Answer {
  return { question, answered: false, answer: text, language, mode: "extractive", citations: [], reason };
}

/** Companies of the CV's dated roles, from their headings ("Decathlon — Senior…" → "Decathlon"). */
function employersOf(index: SearchIndex): string[] {
  const names = index.chunks.filter((c) => c.kind === "role").map((c) => c.section.split(" — ")[0]!.replace(/\s*\(.*\)$/, ""));
  return [...new Set(names)];
}

/**
 * Answers from the knowledge alone (offline): retrieves, decides whether the profile answers,
 * and quotes the passages. Never invents: every sentence about the candidate is a quotation.
 */
export function createExtractiveEngine(options: EngineOptions): AnswerEngine {
  const { index, logger, maxQuestionChars } = options;
  const tuning = options.tuning ?? { fusion: FUSION, abstention: ABSTENTION };
  const employers = employersOf(index);
  const messages = messagesFor(options.profile);
  return {
    async answer(input: Question): Promise<Answer> {
      const question = cleanInput(input.text);
      const language = detectLanguage(question);
      const m = messages[language];
      if (question === "") return noAnswer(question, language, "empty", m.empty);
      if (question.length > maxQuestionChars) return noAnswer(question.slice(0, maxQuestionChars), language, "too_long", m.tooLong(question.length, maxQuestionChars));
      if (isOffTopicRequest(question)) return noAnswer(question, language, "off_topic", `${m.offTopic} ${m.tryAsking}`);

      const employer = askedEmployer(question);
      if (employer && !employers.some((e) => foldText(e).includes(foldText(employer)) || foldText(employer).includes(foldText(e)))) {
        return noAnswer(question, language, "not_in_profile", m.notEmployer(employer, employers.join(", ")));
      }

      const retrieval = await retrievePassages(index, question, language, 8, tuning.fusion);
      logger.debug({ signals: retrieval.signals }, "retrieval");
      if (!isAnswerable(retrieval.signals, tuning.abstention)) {
        return noAnswer(question, language, "not_in_profile", composeNotMentioned(question, retrieval.signals.unknownWords, language, messages));
      }
      const citations = selectCitations(retrieval.passages);
      if (citations.length === 0) return noAnswer(question, language, "not_in_profile", m.notSaid);
      return {
        question,
        answered: true,
        answer: composeExtractiveAnswer(question, citations, language, messages),
        language,
        mode: "extractive",
        citations,
      };
    },
  };
}
