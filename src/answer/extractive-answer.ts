import type { RetrievedPassage } from "../retrieval/hybrid-retriever.js";
import type { Language } from "../text/stem.js";
import type { Citation } from "./answer.js";
import { citeChunk, quoteLines } from "./cite.js";
import type { MessagesByLanguage as Messages } from "../messages/messages.js";

const YES_NO = new RegExp(
  `^(${[
    ...["does", "did", "do", "has", "have", "had", "is", "was", "were", "can", "could", "would", "will"],
    ...[
      "est-ce",
      "est ce",
      "a-t-il",
      "at-il",
      "a-t-elle",
      "connait",
      "connaît",
      "sait",
      "maîtrise",
      "maitrise",
      "travaille",
    ],
    ...["est-il", "a-t", "peut"],
  ].join("|")})\\b`,
  "i",
);
/** A French month name as the CV capitalises it in a period line ("Mai 2021 - Présent"). */
const FRENCH_MONTH = new RegExp(
  `\\b(${[
    ...["Janvier", "Février", "Fevrier", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Aout"],
    ...["Septembre", "Octobre", "Novembre", "Décembre", "Decembre"],
  ].join("|")})\\b`,
  "g",
);
/** A question word: "il a fait quoi chez MAIF ?" asks for something; "il a fait du Spark ?" asks yes or no. */
const WH_WORD = new RegExp(
  `\\b(${[
    ...["what", "which", "who", "whom", "whose", "where", "when", "why", "how"],
    ...["quoi", "que", "quel", "quelle", "quels", "quelles", "qui", "où", "ou", "quand", "pourquoi", "comment"],
    ...["combien", "lequel", "laquelle", "qu"],
  ].join("|")})\\b|^qu'|\\bqu'`,
  "i",
);

/** Someone said to have done something: "il a fait du Spark ?", not the bare "sa stack chez MAIF ?". */
// (« c'est un freelance ? » too: "it's", of him.)
const SPOKEN_SUBJECT = /\b(il|elle|on|ils|he|she|they|you|vous|tu)\b|\bc'(est|[ée]tait)\b/i;

/** True for a yes-or-no question, inverted ("Has he…?", "A-t-il…?") or spoken ("il a fait du Spark ?"). */
export function isYesNo(question: string): boolean {
  const q = question.trim();
  if (EITHER_OR.test(q)) return false;
  return YES_NO.test(q) || (q.endsWith("?") && !WH_WORD.test(q) && SPOKEN_SUBJECT.test(q));
}

/** "…PII encryption? when was that?": the time of it, which the places' periods say. */
const WHEN_ASKED = new RegExp(
  String.raw`\b(when (was|were|did) (that|this|it|he|she)|since when|c'? ?(é|e)tait quand|` +
    String.raw`quand (c'? ?(é|e)tait|était-ce)|et quand|depuis quand)\b`,
  "i",
);
/** "Is he a freelancer or an employee?", « CDI ou freelance ? »: which one, not yes or no ("…or not?" still is). */
const EITHER_OR = /\b(or|ou)\s+(?!not\b|pas\b|non\b|no\b)(an? |une? )?[\p{L}-]+( [\p{L}-]+)?\s*\?*\s*$/iu;

/** A retrieved passage as the answer object cites it. */
export function toCitation(p: Pick<RetrievedPassage, "chunk" | "fused">): Citation {
  return citeChunk(p.chunk, Math.round(p.fused * 1e4) / 1e4);
}

/** "since May 2021" for a current role, "January 2020 - May 2021" otherwise, from the CV's period line. */
export function periodPhrase(label: string | null | undefined, lang: Language, messages: Messages): string {
  if (!label) return "";
  const span = label.replace(/\s*\(.*\)\s*$/, "");
  const current = /[-–—]\s*(pr[ée]sent|present|aujourd'hui|today|now)\b/i.test(label);
  // French writes month names in lower case mid-sentence ("depuis mai 2021").
  const text = lang === "fr" ? span.replace(FRENCH_MONTH, (m) => m.toLowerCase()) : span;
  return current ? messages[lang].since(text.split(/\s+[-–—]\s+/)[0]!) : text;
}

/** "Decathlon, since May 2021; MAIF, January 2019 - January 2020" for the roles the citations come from. */
export function placesOf(citations: Citation[], lang: Language, messages: Messages): string {
  const places: string[] = [];
  for (const c of citations.filter((c) => !c.section.startsWith("FAQ › "))) {
    const role = c.section.split(" › ")[0]!.split(" — ")[0]!;
    const when = periodPhrase(c.period, lang, messages);
    const place = when ? `${role}, ${when}` : role;
    if (!places.includes(place)) places.push(place);
  }
  return places.join("; ");
}

/** "Reading “airflw” as “Airflow”." for the typos read as the profile's words, or "". */
export function readingNote(corrections: { from: string; to: string }[], lang: Language, messages: Messages): string {
  const m = messages[lang];
  if (corrections.length === 0) return "";
  return m.reading(corrections.map((c) => `${m.quote(c.from)}${m.as}${m.quote(c.to)}`).join(", "));
}

/** "“a”, “b” and “c”" in the reader's language. */
export function listWords(words: string[], lang: Language, messages: Messages, last: "and" | "or" = "and"): string {
  const m = messages[lang];
  const quoted = [...new Set(words)].map((w) => m.quote(w));
  return quoted.length > 1
    ? `${quoted.slice(0, -1).join(", ")}${m[last]}${quoted[quoted.length - 1]}`
    : (quoted[0] ?? "");
}

/** The offline answer: a one-line verdict, then the numbered passages it rests on. */
export function composeExtractiveAnswer(
  question: string,
  citations: Citation[],
  lang: Language,
  messages: Messages,
  listing = false,
): string {
  const m = messages[lang];
  const places = placesOf(citations, lang, messages);
  const where = places ? m.at(places) : citations.length > 0 ? m.inFaq : "";
  const verdict = listing
    ? m.found(where)
    : WHEN_ASKED.test(question) && places
      ? m.when(where)
      : isYesNo(question)
        ? m.yes(where)
        : m.found(where);
  const quotes = quoteLines(citations);
  return [verdict, ...quotes].join("\n");
}
