import { queryTerms } from "../text/stem.js";
import type { Turn } from "./conversation-store.js";

const ANAPHORA = /\b(that|this|it|there|then|those|these|them|same|ça|ca|cela|ceci|là|la-bas|y|celui-ci|celle-ci|ce projet|cette mission)\b/i;
const MAX_FOLLOW_UP_WORDS = 7;

/**
 * Offline follow-ups: a short question that points back ("when was that?", "et là-bas ?") or has no
 * subject of its own inherits the subject of the previous question. A short question with a subject
 * of its own ("and with Kafka?") stands on that subject.
 */
export function resolveFollowUp(question: string, history: Turn[]): string {
  const previous = history[history.length - 1];
  if (!previous) return question;
  const words = question.trim().split(/\s+/);
  if (words.length > MAX_FOLLOW_UP_WORDS) return question;
  const ownSubject = queryTerms(question).length > 0;
  if (ownSubject && !ANAPHORA.test(question)) return question;
  return `${previous.standalone} ${question}`;
}
