import type { Language } from "../text/stem.js";

/** A question as any adapter hands it to the engine. */
export interface Question {
  text: string;
  /** Thread, DM or terminal session the question belongs to (follow-ups). */
  conversationId?: string;
  /** The asker's language when the caller has detected it already (detected once, passed along). */
  language?: Language;
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
  /** The role the passage belongs to, as data; null for the FAQ and undated text. */
  role: { employer: string; title: string } | null;
  /** The role's period as data: "YYYY-MM" months, `end` null while the role goes on. */
  when: { start: string; end: string | null; current: boolean } | null;
  /** The passage, verbatim. */
  text: string;
  /** Retrieval score (higher is more relevant); citations are ordered by it. */
  score: number;
}

/** Why a question got no answer from the profile. */
export type NoAnswerReason =
  | "not_in_profile"
  | "partial"
  | "owner_only"
  | "chatter"
  | "off_topic"
  | "empty"
  | "too_long"
  /** "does he fit?" with no job pasted in the conversation: the requirements are asked for. */
  | "no_job";

/** The verdict for one thing a question asks about ("Spark and Kubernetes?" has two). */
export interface AnswerPart {
  /** What this part is about, in the asker's words or the profile's name for it. */
  subject: string;
  verdict: "yes" | "partial" | "not_in_profile";
  /** 1-based numbers of the citations that back this part. */
  citations: number[];
}

/** What the answer says about the question: the profile shows it, partly, not at all, or n/a (chatter…). */
export type Verdict = "yes" | "partial" | "not_in_profile" | "none";

/** The platform-neutral answer every adapter renders. */
export interface Answer {
  question: string;
  answered: boolean;
  /** The verdict as data, for renderers and logs: answered is true exactly when it is "yes". */
  verdict?: Verdict;
  /** The reply text, in `language`; citations are referred to as [1], [2]… */
  answer: string;
  language: Language;
  mode: "extractive" | "llm";
  citations: Citation[];
  /** Set when `answered` is false. */
  reason?: NoAnswerReason;
  /** A short remark for the reader, e.g. that fluent answers are unavailable right now. */
  notice?: string;
  /** One verdict per thing asked about, when the question asked about several. */
  parts?: AnswerPart[];
  /** Words read as the profile's ("airflw" → "Airflow"). */
  corrections?: { from: string; to: string }[];
}
