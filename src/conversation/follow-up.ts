import type { UnderstoodQuestion } from "../query/understand.js";
import type { Turn } from "./conversation-store.js";

const ANAPHORA = new RegExp(
  `\\b(${[
    ...["that", "this", "it", "there", "then", "those", "these", "them", "same"],
    ...["ça", "ca", "cela", "ceci", "là", "la-bas", "y", "celui-ci", "celle-ci", "ce projet", "cette mission"],
  ].join("|")})\\b`,
  "i",
);
const MAX_FOLLOW_UP_WORDS = 7;
/** What may stand around the employer in "and at AAA-Data?", "et chez MAIF ?", "what about Decathlon?". */
const CONNECTORS = new RegExp(
  `\\b(${[
    ...["and", "et", "what", "how", "about", "at", "in", "for", "with", "the", "same", "then", "or"],
    ...["chez", "pour", "a", "à", "au", "aux", "en", "dans", "avec", "le", "la", "les", "l", "pareil", "idem"],
    ...["alors", "puis", "ou"],
  ].join("|")})\\b`,
  "gi",
);

/**
 * Offline follow-ups. A message with a subject of its own is a new question. A short one that points
 * back ("when was that?", "et là-bas ?") or has no subject inherits the previous question's; one that
 * only names another employer ("and at AAA-Data?") keeps the previous subject and changes the role.
 * Returns the question to answer in full, or null when the message stands alone.
 */
export function resolveFollowUp(understood: UnderstoodQuestion, history: Turn[], employers: string[]): string | null {
  const previous = history[history.length - 1];
  if (!previous || understood.topic || understood.arithmetic || understood.parts.length !== 1) return null;
  const text = understood.text;
  if (text.trim().split(/\s+/).length > MAX_FOLLOW_UP_WORDS) return null;
  const [part] = understood.parts;
  const subject = part!.words.filter((w) => !w.employer).length + part!.missing.length;
  if (subject > 0 && !ANAPHORA.test(text)) return null;
  if (part!.roles.length > 0) {
    // "and at AAA-Data?" only names the employer; "qu'est-ce qu'il fait à l'EPISEN ?" asks a question of its own.
    const named = [...employers, ...part!.words.filter((w) => w.employer).map((w) => w.original)];
    const rest = named
      .reduce((t, e) => t.replace(new RegExp(literal(e), "gi"), " "), text)
      .replace(CONNECTORS, " ")
      .replace(new RegExp(ANAPHORA.source, "gi"), " ");
    if (/[\p{L}\p{N}]/u.test(rest)) return null;
    // The previous subject, at the employer now named: drop the employer the previous question named.
    let base = previous.standalone;
    for (const e of employers)
      base = base.replace(new RegExp(`\\b(at|chez|for|pour|à|a)?\\s*${literal(e)}\\b`, "gi"), " ");
    return `${base.replace(/\s+/g, " ").trim()} ${text}`;
  }
  return `${previous.standalone} ${text}`;
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
