import type { Language } from "../text/stem.js";

/** A question as any adapter hands it to the engine. */
export interface Question {
  text: string;
  /** Thread, DM or terminal session the question belongs to (follow-ups). */
  conversationId?: string;
}

/** A quoted passage backing an answer. */
export interface Citation {
  /** Stable passage id, e.g. "cv.en#decathlon.s2.b1". */
  id: string;
  /** Knowledge file the passage comes from. */
  source: string;
  /** Heading path, e.g. "Decathlon — Senior Data Engineer › Security and governance". */
  section: string;
  /** The role's period as the CV writes it, or null. */
  period: string | null;
  /** The passage, verbatim. */
  text: string;
  /** Retrieval score (higher is more relevant); citations are ordered by it. */
  score: number;
}

/** Why a question got no answer from the profile. */
export type NoAnswerReason = "not_in_profile" | "off_topic" | "empty" | "too_long";

/** The platform-neutral answer every adapter renders. */
export interface Answer {
  question: string;
  answered: boolean;
  /** The reply text, in `language`; citations are referred to as [1], [2]… */
  answer: string;
  language: Language;
  mode: "extractive" | "llm";
  citations: Citation[];
  /** Set when `answered` is false. */
  reason?: NoAnswerReason;
  /** A short remark for the reader, e.g. that fluent answers are unavailable right now. */
  notice?: string;
}
