import { forwardWords, type ForwardWords } from "../messages/en.js";
import { textFor } from "../messages/messages.js";
import type { SaveOutcome } from "../service/forwards.js";

export type { ForwardOrigin } from "../messages/en.js";

/** Every sentence of "Ask the candidate", in the asker's language (written in src/messages/). */
export const FORWARD_TEXT: Record<"en" | "fr", ForwardWords> = { en: forwardWords(), fr: textFor("fr").forward };

export type ForwardText = ForwardWords;

/** What the owner is told after a click on "Save as FAQ". */
export function saveOutcomeText(t: ForwardText, outcome: SaveOutcome): string {
  if (outcome.kind === "saved") return t.saved;
  if (outcome.kind === "already") return t.alreadySaved;
  if (outcome.kind === "failed") return t.saveFailed(outcome.reference);
  return t.expired;
}
