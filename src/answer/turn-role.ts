import { foldText } from "../text/normalize.js";
import type { Turn } from "../conversation/conversation-store.js";
import { answeredEmployer } from "../conversation/follow-up.js";
import type { ProfileIntent } from "../profile/profile-intents.js";
import type { UnderstoodQuestion } from "../query/understand.js";
import type { ProfileVocabulary } from "../query/vocabulary.js";
import type { Answer } from "./answer.js";

/** Whole-profile answers about another role than the one asked: "before Decathlon" is answered with AAA-Data. */
const ANSWERS_ANOTHER = new Set(["before", "after", "first_role", "current"]);

/**
 * The employer the conversation is on after a turn (see Turn.role): the role a "before"/"after" answer
 * gave; else the one employer the question named; else the one every passage of an answer quoted comes
 * from; else (nothing quoted, or not answered) the role the conversation was on.
 */
export function turnRole(
  understood: UnderstoodQuestion,
  intent: ProfileIntent | null,
  answer: Answer,
  vocabulary: ProfileVocabulary,
  previous: Turn | undefined,
  employers: string[],
): string | undefined {
  const lead = answer.answer.split("\n")[0] ?? "";
  if (intent && ANSWERS_ANOTHER.has(intent.kind)) return answeredEmployer(lead, employers) ?? undefined;
  // "where did he use it the most?": the role that answer names first ("Longest at Decathlon…").
  if (/^(Longest at|Le plus longtemps chez) /.test(lead)) return answeredEmployer(lead, employers) ?? undefined;
  const named = [...new Set(understood.parts.flatMap((p) => p.roles))].map((k) => vocabulary.roles.get(k)?.employer);
  if (named.length === 1 && named[0]) return named[0];
  if (named.length > 1) return undefined;
  const cited = [...new Set(answer.citations.flatMap((c) => (c.role ? [c.role.employer] : [])))];
  const anew = understood.parts.some(
    (p) => p.missing.length > 0 || p.words.some((w) => (w.key || w.tech) && !w.employer && !w.absent),
  );
  // A partial answer ("Docker at MAIF, but not …") quotes a role the conversation has not moved to; but a thing
  // of its own asked anew ("has he used Kafka?" after AAA-Data, taught at EPISEN) leaves the role behind.
  if (!answer.answered) {
    // (Not in the profile, "Kubernetes", "RGPD" with what it shows beside: the conversation stays on its role.)
    const moved = anew && answer.reason !== "not_in_profile" && cited.length > 0;
    return moved ? (cited.length === 1 ? cited[0] : undefined) : previous?.role;
  }
  if (cited.length === 1) return cited[0];
  // (« il a déjà fait du Spark ? » after "and at MAIF?", answered of four roles: his whole career, no role before;
  // not « il utilisait Docker ? » after AAA-Data's work, asked of it.)
  const ever = /\b(ever|already|deja|jamais|in his career|dans sa carriere)\b/.test(foldText(understood.text));
  if (ever && understood.parts.some((p) => p.technologies.length > 0) && anew && cited.length > 1) return undefined;
  // "how much data does it process per day?" on Decathlon: an answer that quotes it among others stays on it.
  return cited.length === 0 || (previous?.role && cited.includes(previous.role)) ? previous?.role : undefined;
}
