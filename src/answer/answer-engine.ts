import { ConversationStore, type Turn } from "../conversation/conversation-store.js";
import { resolveFollowUp } from "../conversation/follow-up.js";
import type { SearchIndex } from "../index/search-index.js";
import type { Profile } from "../knowledge/profile.js";
import type { Logger } from "../logging/logger.js";
import { ABSTENTION, isAnswerable, type AbstentionThresholds } from "../retrieval/abstention.js";
import { FUSION, retrievePassages, type FusionTuning, type Retrieval } from "../retrieval/hybrid-retriever.js";
import { detectLanguage } from "../text/detect-language.js";
import { cleanInput, foldText } from "../text/normalize.js";
import type { Language } from "../text/stem.js";
import type { Answer, NoAnswerReason, Question } from "./answer.js";
import { composeExtractiveAnswer, composeNotMentioned, selectCitations, toCitation } from "./extractive-answer.js";
import { askedEmployer, isOffTopicRequest } from "./guard.js";
import { condenseQuestion, generateAnswer, type LlmSetup } from "./llm-answer.js";
import { messagesFor, type Messages } from "./messages.js";

/** The one entry point every adapter calls. */
export interface AnswerEngine {
  answer(question: Question): Promise<Answer>;
}

export interface EngineTuning {
  fusion: FusionTuning;
  abstention: AbstentionThresholds;
}

export interface EngineOptions {
  index: SearchIndex;
  profile: Profile;
  logger: Logger;
  /** Longest question accepted, in characters. */
  maxQuestionChars: number;
  /** Retrieval settings; the measured defaults unless the eval's calibration tries others. */
  tuning?: EngineTuning;
  /** Turns kept per conversation, for follow-ups. */
  conversations?: ConversationStore;
  /** Fluent answers through a chat model; without it, answers are extractive. */
  llm?: LlmSetup;
}

/** Passages handed to the model: more than an extractive answer quotes, so it can choose. */
const LLM_PASSAGES = 6;

/** Companies of the CV's dated roles, from their headings ("Decathlon — Senior…" → "Decathlon"). */
function employersOf(index: SearchIndex): string[] {
  const names = index.chunks.filter((c) => c.kind === "role").map((c) => c.section.split(" — ")[0]!.replace(/\s*\(.*\)$/, ""));
  return [...new Set(names)];
}

/**
 * Builds the engine: screens the question, resolves follow-ups, retrieves, and answers — fluently
 * through the model when one is configured (every citation checked), else by quoting the passages.
 * Any model failure falls back to the extractive answer; nothing about the candidate is invented.
 */
export function createAnswerEngine(options: EngineOptions): AnswerEngine {
  const { index, logger, maxQuestionChars, llm } = options;
  const tuning = options.tuning ?? { fusion: FUSION, abstention: ABSTENTION };
  const conversations = options.conversations ?? new ConversationStore();
  const employers = employersOf(index);
  const messages: Messages = messagesFor(options.profile);

  const noAnswer = (question: string, language: Language, reason: NoAnswerReason, text: string): Answer => ({
    question, answered: false, answer: text, language, mode: "extractive", citations: [], reason,
  });

  const extractive = (question: string, standalone: string, language: Language, retrieval: Retrieval, notice?: string): Answer => {
    if (!isAnswerable(retrieval.signals, tuning.abstention)) {
      return { ...noAnswer(question, language, "not_in_profile", composeNotMentioned(standalone, retrieval.signals.unknownWords, language, messages)), ...(notice ? { notice } : {}) };
    }
    const citations = selectCitations(retrieval.passages);
    if (citations.length === 0) return noAnswer(question, language, "not_in_profile", messages[language].notSaid);
    return { question, answered: true, answer: composeExtractiveAnswer(standalone, citations, language, messages), language, mode: "extractive", citations, ...(notice ? { notice } : {}) };
  };

  const fluent = async (setup: LlmSetup, question: string, standalone: string, language: Language, retrieval: Retrieval): Promise<Answer> => {
    const m = messages[language];
    // Nothing in the profile shares a word with the question: no model call can change that.
    if (retrieval.signals.topCoverage === 0) return extractive(question, standalone, language, retrieval);
    const passages = retrieval.passages.slice(0, LLM_PASSAGES).map(toCitation);
    try {
      const verdict = await generateAnswer(setup, standalone, language, passages);
      if (verdict.kind === "answer") return { question, answered: true, answer: verdict.text, language, mode: "llm", citations: verdict.citations };
      if (verdict.kind === "not_in_profile") return { ...noAnswer(question, language, "not_in_profile", verdict.text || m.notSaid), mode: "llm" };
      logger.warn({ invalidMarkers: verdict.invalidMarkers }, "model answer had no valid citation; showing the passages instead");
      return extractive(question, standalone, language, retrieval, m.unchecked);
    } catch (error) {
      logger.error({ err: error }, "model call failed; answering from the passages");
      return extractive(question, standalone, language, retrieval, m.llmUnavailable);
    }
  };

  const standaloneOf = async (question: string, language: Language, history: Turn[]): Promise<string> => {
    if (history.length === 0) return question;
    if (!llm) return resolveFollowUp(question, history);
    try {
      return await condenseQuestion(llm, question, language, history);
    } catch (error) {
      logger.warn({ err: error }, "could not rewrite the follow-up with the model; using the offline rule");
      return resolveFollowUp(question, history);
    }
  };

  return {
    async answer(input: Question): Promise<Answer> {
      const question = cleanInput(input.text);
      const history = conversations.history(input.conversationId);
      const language = detectLanguage(question, history[history.length - 1]?.language);
      const m = messages[language];
      if (question === "") return noAnswer(question, language, "empty", m.empty);
      if (question.length > maxQuestionChars) return noAnswer(question.slice(0, maxQuestionChars), language, "too_long", m.tooLong(question.length, maxQuestionChars));
      if (isOffTopicRequest(question)) return noAnswer(question, language, "off_topic", `${m.offTopic} ${m.tryAsking}`);

      const standalone = await standaloneOf(question, language, history);
      let answer: Answer;
      const employer = askedEmployer(standalone);
      if (employer && !employers.some((e) => foldText(e).includes(foldText(employer)) || foldText(employer).includes(foldText(e)))) {
        answer = noAnswer(question, language, "not_in_profile", m.notEmployer(employer, employers.join(", ")));
      } else {
        const retrieval = await retrievePassages(index, standalone, language, 8, tuning.fusion);
        logger.debug({ standalone, signals: retrieval.signals }, "retrieval");
        answer = llm ? await fluent(llm, question, standalone, language, retrieval) : extractive(question, standalone, language, retrieval);
      }
      conversations.append(input.conversationId, { question, standalone, answer: answer.answer, answered: answer.answered, language });
      return answer;
    },
  };
}
