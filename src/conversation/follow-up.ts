import type { UnderstoodQuestion } from "../query/understand.js";
import { foldText } from "../text/normalize.js";
import type { Turn } from "./conversation-store.js";

const ANAPHORA = new RegExp(
  `(?<!\\p{L})(${[
    ...["that", "this", "it", "there", "then", "those", "these", "them", "same"],
    ...["ça", "ca", "cela", "ceci", "là-bas", "la-bas", "là bas", "la bas", "là", "y", "celui-ci", "celle-ci"],
    ...["ce projet", "cette mission"],
  ].join("|")})(?!\\p{L})`,
  "iu",
);
/** Words pointing back at a place: "how big was the team there?" asks about the employer just named. */
const PLACE = /(?<!\p{L})(there|la-bas|là-bas|la bas|là bas|là|y)(?!\p{L})/iu;
/** "is there…?", « il y a… ? »: no place, only something that exists. */
const EXISTS = /\b(is|are|was|were) there\b|(?<![\p{L}])y (a|avait|aura)\b/iu;
/**
 * "which tools there?", "and after that?", « et avant ça ? »: a whole-profile question about the place or
 * the thing just named, not about the whole profile.
 */
/** Words pointing at the place just named: "there", « là-bas », « y », but not "is there" or « il y a ». */
function isPlace(text: string): boolean {
  return PLACE.test(text.replace(EXISTS, " "));
}

export function pointsBack(text: string): boolean {
  return isPlace(text) || /\b(after|before|avant|apres|après) (that|this|ca|ça|cela)(?!\p{L})/iu.test(text);
}

/** "when was that?", « c'était quand ? »: the time of what was just asked. */
const WHEN = /^(and |et )?(when|quand|c'?(é|e)tait quand|since when|depuis quand)\b/i;
/** A question about time: "how long…?", « combien d'années… ? » (not "how many people…?"). */
const DURATION = new RegExp(
  String.raw`\b(how (many|much) (years?|months?|time)|how long|how much experience|` +
    String.raw`combien (de temps|d'?annees|d'?ans|de mois|d'?(experience|xp))|depuis (quand|combien)|since when)\b`,
  "i",
);
/** "how long?", « combien de temps ? »: the time of what was just answered. */
const HOW_LONG_ALONE = /^(and |et )?(for |pendant )?(how long|combien de temps|[cç]a a dur[ée] combien)\b/i;
const MAX_FOLLOW_UP_WORDS = 7;
/** A question about the team: "how big was the team?", « l'équipe ? ». */
const TEAM = /\b(team|teams|equipe|equipes|teammates|colleagues|collegues)\b/;
/** "in production?", « en prod ? », "professionally?": a few words saying how, not what. */
const QUALIFIER = new RegExp(
  String.raw`^(and |et |but |mais |only |seulement |uniquement |c'? ?[ée]tait |was it |is it |it was )?` +
    String.raw`(in|en|on|at|for|as|dans|sur|pour|comme)\s(?!(what|which|quel|quelle|quels|quelles)\b)|` +
    String.raw`^(professionally|commercially|hands[- ]on)\b`,
  "i",
);
const QUALIFIER_WORDS = 4;
/** A message this short, of everyday words only, asks about the employer just named. */
const SHORT_WORDS = 4;
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
  // Words, not marks: « depuis combien de temps il y est ? » is seven words.
  const wordCount = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (wordCount > MAX_FOLLOW_UP_WORDS) return null;
  const [part] = understood.parts;
  // "and before that?" after "Just before Decathlon: … at AAA-Data": before the employer the answer named last.
  const thenWhat = THEN_WHAT.exec(text);
  const lastNamed = thenWhat ? answeredEmployer(previous.answer.split("\n")[0]!, employers) : null;
  if (thenWhat && lastNamed) return `${thenWhat[0]} ${lastNamed}`;
  // Words the profile lacks are a subject too: "does he have kids?" is not about the previous question.
  const subject = part!.words.filter((w) => !w.employer).length + part!.missing.length + part!.unknown.length;
  // The employer the previous question named or, failing that, the one its answer was about ("13 h to 6
  // minutes?" answered from AAA-Data's passages: "how big was the team there?" is asked of AAA-Data).
  const asked = employers.filter((e) => new RegExp(`\\b${literal(e)}\\b`, "i").test(previous.standalone));
  const answeredAt = employers.filter((e) =>
    new RegExp(`\\b${literal(e)}\\b`, "i").test(previous.answer.split("\n")[0]!),
  );
  const named = asked.length > 0 ? asked : answeredAt.length === 1 ? answeredAt : [];
  // « taille de l'équipe ? », "how many hours?" after a question about one employer: asked of that employer.
  const everyday = part!.words.length > 0 && part!.words.every((w) => w.everyday && !w.key && !w.tech);
  const short = wordCount <= SHORT_WORDS;
  const bare = part!.missing.length === 0 && part!.unknown.length === 0 && part!.roles.length === 0;
  // "in production?", « en prod ? », "professionally?": how the thing just asked about was done.
  const plain = part!.words.every((w) => !w.key && !w.tech && !w.employer) && bare;
  if (plain && wordCount <= QUALIFIER_WORDS && QUALIFIER.test(text))
    return `${previous.standalone.replace(/[\s?!.]+$/, "")} ${text}`;
  if (everyday && short && bare && named.length === 1) return `${text} ${named[0]}`;
  if (named.length === 1 && asksTeam(part!, text)) return `${text} ${named[0]}`;
  if (subject > 0 && !ANAPHORA.test(text)) return durationAgain(text, previous, part!.words.length) ?? null;
  // "how big was the team there?", « depuis combien de temps il y est ? »: at the employer just named.
  if (isPlace(text) && named.length === 1 && part!.roles.length === 0) return `${text} ${named[0]}`;
  // "when was that?" after several things asked about one employer: that employer's dates (after one
  // thing, the question and its follow-up together say when that thing was).
  const several = /,|\b(and|et|or|ou)\b.*\b(and|et|or|ou)\b/i.test(previous.standalone);
  if (subject === 0 && WHEN.test(text) && named.length === 1 && part!.roles.length === 0 && several)
    return `${text} ${named[0]}`;
  // "how long?" after an answer from one employer's passages: that employer's time.
  if (subject === 0 && HOW_LONG_ALONE.test(text) && asked.length === 0 && answeredAt.length === 1)
    return `${text} ${answeredAt[0]}`;
  if (part!.roles.length > 0) {
    // "and at AAA-Data?" only names the employer; "qu'est-ce qu'il fait à l'EPISEN ?" asks a question of its own.
    const named = [...employers, ...part!.words.filter((w) => w.employer).map((w) => w.original)];
    const rest = named
      .reduce((t, e) => t.replace(new RegExp(literal(e), "gi"), " "), text)
      .replace(CONNECTORS, " ")
      .replace(new RegExp(ANAPHORA.source, "giu"), " ");
    if (/[\p{L}\p{N}]/u.test(rest)) return null;
    // The previous subject, at the employer now named: drop the employer the previous question named.
    let base = previous.standalone;
    for (const e of employers)
      base = base.replace(new RegExp(`\\b(at|chez|for|pour|à|a)?\\s*${literal(e)}\\b`, "gi"), " ");
    return `${base.replace(/\s+/g, " ").trim()} ${text}`;
  }
  return `${previous.standalone} ${text}`;
}

/** "combien de personnes dans l'équipe ?", "who was on the team?": about a team, and naming nothing. */
function asksTeam(part: UnderstoodQuestion["parts"][number], text: string): boolean {
  const plain = part.words.every((w) => !w.key && !w.tech) && part.unknown.every((w) => w.everyday);
  return TEAM.test(foldText(text)) && plain && part.missing.length === 0 && part.roles.length === 0;
}

/**
 * "et sur Databricks ?" after "combien d'années d'expérience ?": the same question about time, now
 * about the thing named. Only a short message that names one thing and nothing else.
 */
function durationAgain(text: string, previous: Turn, words: number): string | null {
  const rest = text
    .replace(CONNECTORS, " ")
    .replace(/\b(sur|on)\b/gi, " ")
    .trim()
    .split(/\s+/);
  if (!DURATION.test(foldText(previous.standalone)) || words !== 1 || rest.length > 2) return null;
  return `${previous.standalone} ${text}`;
}

/** "and before that?", « et avant ça ? », "what came after?": the step before or after the last answer's role. */
const THEN_WHAT = /^(and |et )?(before|after|avant|apr[eè]s) (that|this|then|[cç]a|cela)(?!\p{L})/iu;

/**
 * The employer an answer is about: the first named after its lead-in ("Just before Decathlon: … at AAA-Data.
 * At the same time: … Pernod Ricard" → AAA-Data), or else the first it names.
 */
function answeredEmployer(text: string, employers: string[]): string | null {
  const colon = text.search(/\s?:\s/);
  const after = colon >= 0 ? text.slice(colon) : text;
  let best: { at: number; employer: string } | null = null;
  for (const e of employers) {
    const at = after.search(new RegExp(`\\b${literal(e)}\\b`, "i"));
    if (at >= 0 && (!best || at < best.at)) best = { at, employer: e };
  }
  return best?.employer ?? null;
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
