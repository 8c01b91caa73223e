import type { RetrievedPassage } from "../retrieval/hybrid-retriever.js";
import type { Language } from "../text/stem.js";
import type { Citation } from "./answer.js";
import { foldText, literal } from "../text/normalize.js";
import { NEGATED } from "../query/clean-message.js";
import { citeChunk, quoteLines } from "./cite.js";
import { countsTime } from "./measures.js";
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
    // (« A t il deja fait du ML », typed without hyphens.)
    ...["est-il", "a-t", "peut", "a t il", "a t elle", "est il", "est elle"],
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

/** A question opening on what it asks for: "what language…?", « quel outil… ? », "and where?", "from where?". */
const WH_FIRST = new RegExp(
  String.raw`^(?:and |et |so |alors )?(?:(?:from|with|for|to|in|at|by|of|de|d'|avec|pour|par|dans|chez|sur) )?` +
    String.raw`(?:what|which|who|whom|where|when|why|how|quel\w*|qu'|que|quoi|pourquoi|` +
    String.raw`comment|où|combien)\b`,
  "iu",
);

/** "…or not?", « …ou pas ? »: the question's other side, no negative. */
const OR_NOT = /\b(or not|ou pas|ou non)\b/gi;

/** "he has never used Spark, right?", "didn't he…?" (not "…or not?"): a question asked in the negative. */
export function askedInNegative(question: string): boolean {
  return NEGATED.test(question.replace(OR_NOT, " "));
}

/**
 * True for a yes-or-no question, inverted ("Has he…?", "A-t-il…?") or spoken ("il a fait du Spark ?"); not one
 * asked in the negative, which a "Yes" would answer the wrong way ("he has never used Spark, right?").
 */
export function isYesNo(question: string): boolean {
  const q = question.trim();
  if (EITHER_OR.test(q) || askedInNegative(q)) return false;
  // "Did he take notebooks to production? what language did he port them to?": the last question asks what.
  const last = q.split(/(?<=\?)\s+/).pop()!;
  if (last !== q && WH_FIRST.test(last)) return false;
  // (A figure claimed in a sentence, not a bare "at least 160 teams?" after an answer.)
  const claimed = BOUND_CLAIMED.test(q) && q.split(/\s+/).length >= 5;
  return YES_NO.test(q) || (q.endsWith("?") && !WH_WORD.test(q) && (SPOKEN_SUBJECT.test(q) || claimed));
}

/** « La plateforme sert au moins 150 équipes ? », "the platform, over 100 teams?": a figure claimed, to check. */
const BOUND_CLAIMED = /\b(au moins|plus de|moins de|at least|more than|less than|fewer than|over|under)\s+\d/i;

/** "how many teams use it, 200?", « combien d'équipes, 200 ? »: a figure guessed at the question's end. */
const GUESSED = new RegExp(
  String.raw`(?:,|\bor\b|\bou\b|\blike\b|\bgenre\b)\s*(?:about |around |roughly |environ |à peu près )?` +
    String.raw`(\d[\d,. ]*\d|\d)\s*\??\s*$`,
  "iu",
);
/** A figure's digits alone: "2,000" and « 2 000 » are 2000. */
const plainNumbers = (text: string) => text.replace(/(\d)[\s,.\u00a0\u202f](?=\d{3}\b)/g, "$1");

/** "…PII encryption? when was that?": the time of it, which the places' periods say. */
const WHEN_ASKED = new RegExp(
  String.raw`\b(when (was|were|did) (that|this|it|he|she)|since when|c'? ?(é|e)tait quand|` +
    String.raw`quand (c'? ?(é|e)tait|était-ce)|et quand|depuis quand)\b|` +
    // « quand a-t-il … ? », « quand est-ce qu'il … ? »: when he did it.
    String.raw`(?:^|[\s,])quand (?=a[- ]t[- ](?:il|elle)|est[- ]ce qu)`,
  "i",
);
/** "…PII encryption, where did he do it?", « il l'a fait où ? »: the place, which the quotes' roles say. */
const WHERE_ASKED = new RegExp(
  String.raw`(?:^|[\s,])où(?=\s*(?:exactement|ça|ca|donc|déjà|deja)?\s*[?!.]*\s*$)|\bou\s*\?+\s*$|` +
    // « où a-t-il utilisé Docker ? », « où est-ce qu'il a fait du Spark ? »
    String.raw`(?:^|[\s,])o[uù] (?=a[- ]t[- ]|est[- ]ce|avait|(?:il|elle) a\b|l'a[- ]t)|` +
    String.raw`\bwhere (?:did|was|were|has|had|is)\b|` +
    String.raw`\b(?:at|for|in) which (?:company|companies|employer|client|role|job|mission)\b|` +
    String.raw`\bdans quelle (?:bo[iî]te|entreprise|soci[ée]t[ée]|mission)\b|\bchez qui\b`,
  "iu",
);
/** "…when was that?", « il l'a fait où ? »: when or where, which the places' periods say, not yes or no. */
export function asksWhenOrWhere(question: string): boolean {
  return WHEN_ASKED.test(question) || WHERE_ASKED.test(question);
}

/** "Is he a freelancer or an employee?", « CDI ou freelance ? »: which one, not yes or no ("…or not?" still is). */
// ("…from freelance to permanent or the other way?", « ou l'inverse ? »: which way.)
const EITHER_OR = new RegExp(
  // ("hands-on or more of a manager?", « plutôt dev ou plutôt archi ? »)
  // (Not "100 TB or more?", a floor.)
  String.raw`\b(or|ou)\s+(?!not\b|pas\b|non\b|no\b|(more|less|plus|moins|above|over)\s*\?*\s*$)` +
    String.raw`((more|rather|plut[oô]t) (of )?)?(an? |une? )?[\p{L}-]+( [\p{L}-]+)?\s*\?*\s*$|` +
    String.raw`\b(or|ou) (vice versa|the other way(?: a?round)?|the reverse|l'inverse|le contraire|inversement)\b`,
  "iu",
);

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
  // ("spanish" read as "Spanish" is no reading worth saying.)
  const read = corrections.filter((c) => foldText(c.from) !== foldText(c.to));
  if (read.length === 0) return "";
  return m.reading(read.map((c) => `${m.quote(c.from)}${m.as}${m.quote(c.to)}`).join(", "));
}

/** "“a”, “b” and “c”" in the reader's language. */
export function listWords(words: string[], lang: Language, messages: Messages, last: "and" | "or" = "and"): string {
  const m = messages[lang];
  const quoted = [...new Set(words)].map((w) => m.quote(w));
  return quoted.length > 1
    ? `${quoted.slice(0, -1).join(", ")}${m[last]}${quoted[quoted.length - 1]}`
    : (quoted[0] ?? "");
}

/**
 * The offline answer: a one-line verdict, then the numbered passages it rests on. `yesPlaces`, when given, says
 * where a "yes" is found ("…; taught at EPISEN, …"); other verdicts list the places alone.
 */
export function composeExtractiveAnswer(
  question: string,
  citations: Citation[],
  lang: Language,
  messages: Messages,
  listing = false,
  yesPlaces?: string,
): string {
  const m = messages[lang];
  const places = placesOf(citations, lang, messages);
  const where = places ? m.at(places) : citations.length > 0 ? m.inFaq : "";
  const figures = listing || isYesNo(question) ? [] : figuresQuoted(question, citations);
  const figured = placesOf(
    figures.map((f) => citations[f.n - 1]!),
    lang,
    messages,
  );
  // "to how many students?": a school's own size ("which trains 250 engineering students") is not his classes'.
  // (Not "how many students does the school train?", asked of the school.)
  const schoolSizeOnly =
    STUDENTS_COUNTED.test(foldText(question)) &&
    !/\b(school|ecole|university|universite)\b/.test(foldText(question)) &&
    figures.every((f) => /\.context\./.test(citations[f.n - 1]!.id));
  // "how many teams use the platform, 200?": a figure guessed, which the quotes don't give.
  const guess = GUESSED.exec(question)?.[1];
  const whole = guess ? new RegExp(String.raw`(?<![\d.,])${plainNumbers(guess)}(?![\d])`) : null;
  const guessedWrong = guess && !figures.some((f) => whole!.test(plainNumbers(f.clause)));
  const verdict = figures.length
    ? // (The same in either language: the quotes, then where — "“…160 teams…” [2] — at Decathlon, since May 2021.")
      `${schoolSizeOnly ? m.classSizeUnsaid : ""}${figures.map((f) => `${m.quote(f.clause)} [${f.n}]`).join("; ")}` +
      `${figurePlace(figured, m)}.${guessedWrong ? ` ${m.notGuessed(guess)}` : ""}`
    : listing
      ? m.found(where)
      : asksWhenOrWhere(question) && places
        ? m.when(where)
        : isYesNo(question)
          ? m.yes(yesPlaces ? m.at(yesPlaces) : where)
          : figureUnsaid(question, citations)
            ? m.figureUnsaid(where)
            : m.found(where);
  const quotes = quoteLines(citations);
  return [verdict, ...quotes].join("\n");
}

/**
 * "How much data per day at MAIF?", « combien de projets ? » when no cited passage gives the figure asked: the
 * profile gives none (not "Here is what the profile says", as if the quotes answered it).
 */
export function figureUnsaid(question: string, citations: Citation[]): boolean {
  const q = foldText(question);
  const many = HOW_MANY.exec(q);
  const asked = HOW_BIG.test(q) || (many !== null && !countsTime(many[1]!));
  return asked && !isYesNo(question) && figuresQuoted(question, citations).length === 0;
}

/** "How large is the data volume?" and a passage giving one ("processing 400 TB daily"). */
export function givesDataSize(question: string, text: string): boolean {
  return HOW_BIG.test(foldText(question)) && DATA_SIZE.test(foldText(text));
}

/** "how many students?", « combien d'élèves ? »: the students counted. */
const STUDENTS_COUNTED =
  /\b(how many|combien (de |d'|d’)?)\s*(students?|pupils?|learners?|eleves|etudiants?|apprenants?)\b/;

/** " — at Decathlon, since May 2021" after a figure's quotes, or nothing for an FAQ entry's. */
function figurePlace(places: string, m: Messages[Language]): string {
  return places ? ` —${m.at(places)}` : "";
}

/** "how many teams…?", « combien d'équipes… ? »: the things counted, as the question names them. */
const HOW_MANY =
  /\b(?:how many|combien (?:de |d'|d’))\s*(?:of (?:the|his|her|these|those) )?([\p{L}-]+)(?: ([\p{L}-]+))?/iu;
/** "how big was the data?", « quelle volumétrie ? »: a size of data. */
// (Not "how big is Decathlon?", a company's size.)
const HOW_BIG = new RegExp(
  String.raw`\b(how (big|large) (was|were|is|are) (the|his|their) (data|datasets?|tables|volumes?)|how much data|` +
    String.raw`(what|which) (data )?(volumes?|scale)|data volumes?|volumes? of data|quel(le)?s? volumes?|` +
    String.raw`combien de (donnees|data|to|tb)|volumetrie)\b`,
);
/** "400 TB", ">2To", « 400 To quotidiens »: not "1 PO" (a product owner) nor "10 to 20". */
const DATA_SIZE = /\d[\d,.]*\s*(?:tb|gb|pb)\b|\d(?:to|go|po)\b|\d\s(?:to|go|po)\s(?:quotidien|par|de donnees)/;
/** A clause of a passage: between punctuation, at most this long. */
const MAX_CLAUSE = 90;
const MIN_CLAUSE = 20;

/**
 * The clauses of the cited passages giving the figure the question asks for, with their citation's number: "A
 * critical solution used by 160 teams around the world" for "how many teams used the platform?"; every passage
 * giving one ("2 Data Scientists" in a roster, "15 data scientists" served), the first pattern that finds any.
 */
export function figuresQuoted(question: string, citations: Citation[]): { clause: string; n: number }[] {
  const q = foldText(question);
  const many = HOW_MANY.exec(q);
  const counted = many
    ? [many[2] ? `${many[1]} ${many[2]}` : null, many[1]!]
        .filter((x): x is string => !!x)
        .map((w) => w.replace(/s$/, ""))
    : [];
  const pattern = counted.map(
    (w) => new RegExp(String.raw`\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,2}?${literal(w)}(?:s|es)?(?!\p{L})`, "u"),
  );
  if (HOW_BIG.test(q)) pattern.push(DATA_SIZE);
  // "how many hours?", « combien d'heures ? »: "10 h", « 10h » too.
  if (counted.some((w) => /^(hour|heure)$/.test(w))) pattern.push(/\d+\s?h(?!\p{L})/u);
  for (const re of pattern) {
    const found = citations.flatMap((c, i) => {
      const text = c.text.replace(/\s+/g, " ");
      const at = re.exec(foldText(text));
      return at && foldText(text).length === text.length ? [{ clause: clauseAround(text, at.index), n: i + 1 }] : [];
    });
    if (found.length > 0) return found.slice(0, MAX_FIGURES);
  }
  return [];
}
const MAX_FIGURES = 3;

/** The clause of `text` holding position `at`: from the punctuation before it to the one after, shortened. */
function clauseAround(text: string, at: number, brackets = true): string {
  const opening = brackets ? [". ", "; ", ": ", ", ", "("] : [". ", "; ", ": ", ", "];
  const start = Math.max(...opening.map((p) => text.lastIndexOf(p, at)).map((i) => (i < 0 ? 0 : i + 1)));
  const ends = (brackets ? [". ", "; ", ", ", ")"] : [". ", "; ", ", "])
    .map((p) => text.indexOf(p, at))
    .filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) : text.replace(/[.\s]+$/, "").length;
  const clause = text.slice(start, end).trim();
  // "(>2 TB)": a figure in brackets says more with the words around them.
  if (brackets && clause.length < MIN_CLAUSE) return clauseAround(text, at, false);
  if (clause.length <= MAX_CLAUSE) return clause;
  // A long clause: the words around the figure, so that it is never cut off.
  const from = Math.max(start, at - MAX_CLAUSE / 2);
  const to = Math.min(end, from + MAX_CLAUSE);
  const words = text.slice(from, to).trim();
  const shown = (from > start ? words.replace(/^\S*\s+/, "") : words).replace(to < end ? /\s+\S*$/ : /$/, "");
  return `${from > start ? "…" : ""}${shown}${to < end ? "…" : ""}`;
}
