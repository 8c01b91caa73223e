import { textFor, type Messages } from "../messages/messages.js";
import type { Citation } from "./answer.js";
import { stripMarkup } from "../query/clean-message.js";
import type { Lexicon } from "../text/lexicon.js";
import { isPlaceName, ownerTopicOf, type OwnerTopic } from "../query/owner-topics.js";
import type { QuestionReader } from "../query/understand.js";
import type { Technology } from "../query/vocabulary.js";
import { detectLanguage } from "../text/detect-language.js";
import { foldText, literal, wordTokens } from "../text/normalize.js";
import type { Language } from "../text/stem.js";
import { formatDuration, mergedMonths, monthsOfRoles, spanOf, spanUntil, writtenMonth } from "../profile/durations.js";
import type { Period } from "../knowledge/parse-period.js";
import { movesWithin, plannedWithin, techUses } from "./profile-answers.js";
import type { RoleFinder } from "./role-finder.js";
import type { RoleInfo } from "../profile/roles.js";
import { citeChunk } from "./cite.js";
import type { FitReport, FitRequirement } from "./fit-report.js";
import { NICE_INLINE, opensMessage, plusApart, sectionHeading, signingOff, wishedLines } from "./fit-sections.js";
import {
  asksLeading,
  asksPeople,
  leadRequirement,
  leadsTitle,
  namesOthersTitle,
  rolesTitled,
  teamSizeAsked,
  titleAsked,
  titleRequirement,
  type RoleFacts,
  type TitleAsked,
  headingOf,
} from "./fit-roles.js";
import { withoutMissionLength, withoutYears, yearsAsked, type YearsAsked } from "./fit-years.js";

/** The longest job description read; past it the asker is told to shorten it. */
export const MAX_FIT_CHARS = 8000;

export type { FitReport, FitRequirement, FitVerdict } from "./fit-report.js";

/** What reading a description needs: the profile's structure, and a judge for responsibilities. */
export interface FitContext {
  reader: QuestionReader;
  roles: RoleInfo[];
  technologies: Technology[];
  lexicon: Lexicon;
  display: Map<string, string>;
  now: () => Date;
  /** Whether the profile shows a responsibility ("mentoring junior engineers"), with the passages. */
  /** As the chat judges it; `taught` when the passages show it only in his teaching or training. */
  judge: (
    text: string,
    language: Language,
  ) => Promise<{ verdict: "yes" | "partial" | "no"; citations: Citation[]; taught?: boolean }>;
  /** Whether the owner's FAQ answers an owner-only topic (spoken languages…). */
  faq: (topic: OwnerTopic) => Citation | undefined;
  /** The roles that may hold a word, so a technology's uses are found without reading every passage. */
  rolesHolding?: RoleFinder;
}

/** Words that make a line a responsibility worth checking, not company blurb. */
const RESPONSIBILITY = new RegExp(
  String.raw`\b(${[
    String.raw`mentor\w*|coach\w*|encadr\w*|supervis\w*|lead\w*|manag\w*|pilot\w*|agile|scrum|train\w*|former`,
    String.raw`formation|teach\w*|enseign\w*|migrat\w*|governance|gouvernance|ci\/cd|tests?|testing|quality`,
    String.raw`qualite|architect\w*|optimi\w*|costs?|couts?|stakeholders?|international|industriali\w*|production`,
    String.raw`encrypt\w*|chiffr\w*|security|securite|pipelines?|orchestrat\w*`,
  ].join("|")})\b`,
);
/** A requirement's words, cut at a word boundary past 80 characters. */
function clip(line: string): string {
  const text = line.replace(/[\s.!?]+$/, "");
  if (text.length <= 80) return text;
  const cut = text.slice(0, 80);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40)).replace(/[\s,;:]+$/, "")}…`;
}

/** Where a description's statements part: lines, sentences, semicolons, a comma before a new requirement. */
const STATEMENT_BREAK = new RegExp(
  [
    String.raw`\r?\n+`,
    // ("…Kubernetes. 5 years experience minimum.": a sentence may open on a number, not a version's "3.5".)
    String.raw`(?<=[.;!?])\s+(?=[A-ZÀ-Ý]|\d+\+?\s*(?:years?|yrs?|ans?)\b)`,
    String.raw`;\s+`,
    String.raw`,\s+(?=\d|(?:fluent|strong|good|solid|experience|knowledge|bonne|maîtrise|maitrise|anglais|english)\b)`,
  ].join("|"),
  "i",
);

/** The lines and sentences of a description, bullets unwrapped, each without platform markup. */
function statements(text: string): string[] {
  return text
    .split(STATEMENT_BREAK)
    .map((l) => stripMarkup(l.replace(/^\s*(?:[-*•·▪◦>]|\d+[.)])\s*/, "")))
    .filter((l) => /[\p{L}]{2}/u.test(l) || ONE_LETTER_NAME.test(l.trim()));
}

/** A list's item without the bracket of the list it opened or closed: "(BigQuery", "Dataflow)". */
function unbracketed(item: string): string {
  const opened = /[([]/.test(item);
  const closed = /[)\]]/.test(item);
  return item
    .trim()
    .replace(closed && opened ? /^\s+/ : /^[\s([]+/, "")
    .replace(opened && closed ? /\s+$/ : /[\s)\]]+$/, "");
}

/** "C++", "C#", "R": names of one letter, which a line may hold alone. */
const ONE_LETTER_NAME = /^(c\+\+|c#|f#|r|c)$/i;

/** What reading one description keeps from line to line, and reads every line with. */
interface FitReading {
  ctx: FitContext;
  language: Language;
  t: Messages["fit"];
  now: Date;
  /** Dated working roles, for the years of experience. */
  work: RoleInfo[];
  /** The roles, language and day that titles and leading are judged with. */
  facts: RoleFacts;
  requirements: FitRequirement[];
  /** Requirements added so far, folded: a repeated one is listed once. */
  seen: Set<string>;
  /** Technologies asked with years ("5+ years of Scala"): a later bare "Scala" adds nothing. */
  techsAsked: Set<string>;
  /** The line read is wished for ("Nice to have:"), not required: what it adds is marked so. */
  wished: boolean;
  /** The offer's terms (where, how long, what pay): not graded, said apart. */
  offer: string[];
  /** Lines about the company or its perks ("About us", « Avantages »): not graded, counted. */
  aside: number;
  /** Lines of requirements read as none (prose the reading knows nothing in): not graded, said. */
  unread: string[];
}

/** Each line of a description: a heading, the company's blurb, the offer's terms, or requirements read. */
async function readLines(reading: FitReading, lines: string[]): Promise<void> {
  const wished = wishedLines(lines);
  let aside = false;
  for (const [i, line] of lines.entries()) {
    // ("Thanks,", « Cordialement, », then "John": the message's end, and who signed it.)
    // ("Good afternoon,", "I'm a recruiter at a fintech in London.": the message's opening, who asks.)
    if (signingOff(lines, i) || (opensMessage(line) && namedTechnologies(reading, line, null).techs.length === 0))
      continue;
    // ("Nice to have" alone on its line: a heading, no requirement; "About us", « Avantages »: none under it either,
    // the lines set aside, counted in the summary.)
    const heading = sectionHeading(line);
    // ("We are a fintech startup looking for a Senior Data Engineer.": that line alone, unless it names a skill.)
    if (heading === "asideLine" && namedTechnologies(reading, line, null).techs.length === 0) {
      reading.aside += 1;
      continue;
    }
    if (heading !== null && heading !== "asideLine") aside = heading === "aside";
    if (heading !== null && heading !== "asideLine" && !/:\s*\S/.test(line)) continue;
    // (A skill with it is still read: "Remote: Spark and Kafka" is no term of the offer alone.)
    // ("Lyon", « Paris (75) » alone on a line: where the job is.)
    const place = isPlaceName(
      foldText(line)
        .replace(/\([^)]*\)|[.!]/g, "")
        .trim(),
    );
    if ((OFFER_TERMS.test(foldText(line)) || place) && namedTechnologies(reading, line, null).techs.length === 0) {
      reading.offer.push(clip(line));
      continue;
    }
    if (aside) {
      reading.aside += 1;
      continue;
    }
    const before = reading.requirements.length;
    reading.wished = wished[i]!;
    await readLine(reading, line);
    if (reading.requirements.length === before) await readUnread(reading, line);
    // (Nothing read of a line that asks something: said, not lost.)
    // (Not a line whose years or names went to a requirement already there: "3+ years Snowflake required".)
    const named = namedTechnologies(reading, line, null).techs.length > 0 || yearsAsked(line).length > 0;
    if (reading.requirements.length === before && !named && unreadItem(line)) reading.unread.push(clip(line));
  }
}

/**
 * Reads a job description (English or French) against the profile: every technology it names, the
 * years of experience it asks, owner-only requirements (languages…) and responsibilities (mentoring,
 * agile…), each with a verdict — met, partial (only taught, fewer years) or not in the profile — and
 * the passages and periods it rests on.
 */
export async function assessFit(description: string, ctx: FitContext, asked?: Language): Promise<FitReport> {
  // ("Must: Kafka, 5+ yrs | Nice: Scala": a bar between sections, a line break pasted on one line.)
  const text = description.slice(0, MAX_FIT_CHARS).replace(/[ \t]+\|[ \t]+/g, "\n");
  // A list of names says nothing of its language: the message it came in does.
  const language = asked ?? detectLanguage(text);
  const reading: FitReading = {
    ctx,
    language,
    t: textFor(language).fit,
    now: ctx.now(),
    work: ctx.roles.filter((r) => r.kind !== "teaching" && r.period),
    facts: { roles: ctx.roles, language, now: ctx.now() },
    requirements: [],
    seen: new Set<string>(),
    techsAsked: new Set<string>(),
    wished: false,
    offer: [],
    aside: 0,
    unread: [],
  };
  const lines = statements(text)
    .map((line) => termsApart(reading, line))
    .flatMap(plusApart);
  await readLines(reading, lines);
  const { requirements, t } = reading;
  // The required ones make the count; the wished-for ones are told apart (all of them when none is required).
  const required = requirements.filter((r) => !r.wished);
  const wishedFor = requirements.filter((r) => r.wished);
  // (All of them wished for: the nice-to-haves' count alone.)
  const summary = [
    required.length > 0 || wishedFor.length === 0 ? t.summary(...tally(required)) : "",
    wishedFor.length > 0 ? t.wished(...tally(wishedFor)) : "",
  ];
  const offer = reading.offer.length > 0 ? t.offer(reading.offer) : "";
  const aside = reading.aside > 0 ? t.aside(reading.aside) : "";
  const unread = reading.unread.length > 0 ? t.unread(reading.unread) : "";
  return {
    language,
    requirements,
    summary: [...summary, offer, aside, unread].filter(Boolean).join(" "),
    ...(offer ? { offer } : {}),
  };
}

/** How many are met, of how many, those met in part (with why) and those the profile lacks. */
function tally(requirements: FitRequirement[]): [number, number, string[], string[]] {
  const met = requirements.filter((r) => r.verdict === "met").length;
  const partial = requirements
    .filter((r) => r.verdict === "partial")
    .map((r) => (r.note ? `${r.requirement} (${r.note})` : r.requirement));
  const missing = requirements.filter((r) => r.verdict === "not_in_profile").map((r) => r.requirement);
  return [met, requirements.length, partial, missing];
}

/**
 * A line of a list that read as no requirement, worth saying so: a few words or more, not a heading, pay, who is
 * sought or how long the job lasts (those are the offer's, or no line of the list).
 */
function unreadItem(line: string): boolean {
  const folded = foldText(line);
  const words = folded.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length;
  return words >= 3 && !/:\s*$/.test(line) && !MONEY.test(folded) && !SOUGHT.test(folded) && !ownerTopicOf(line);
}

/** Past this many words, a line that names no requirement the reading knows is prose, not a requirement. */
const ITEM_WORDS = 5;

/**
 * « Secteur assurance », "insurance background": a short line that named nothing the reading knows (no
 * technology, years, title or duty) is still a requirement the asker listed, judged as a question would
 * be, not dropped. What only he can say, where the job is, what it pays and how long it lasts stay the
 * offer's: the report leaves them out, as it does on any line.
 */
async function readUnread(reading: FitReading, line: string): Promise<void> {
  // ("Experience in financial services is a plus": what is asked is "financial services", said with a frame.)
  const framed = foldText(line)
    .replace(NICE_INLINE, " ")
    .replace(/\b(is|are|would be|serait|est|sera)\s*$/, " ")
    .split(/\s+/)
    .filter((w) => !GENERIC_ITEM_WORD.test(w) && !/^(in|of|with|en|dans|de|du|des|the|a|an|le|la|les|d')$/.test(w));
  const words = framed.filter((w) => /\p{L}{2}/u.test(w) || ONE_LETTER_NAME.test(w)).length;
  if (words === 0 || words > ITEM_WORDS || ownerTopicOf(line) !== null || yearsAsked(line).length > 0) return;
  // "600€/day", « TJM 550 € »: what the offer pays, not what the candidate has; « Nous recherchons un profil
  // expérimenté », "We are looking for a great engineer": who is sought, said before the requirements.
  if (MONEY.test(foldText(line)) || SOUGHT.test(foldText(line))) return;
  // "Required:", « Profil recherché : »: a heading over the lines, not one of them; a title asked twice, once.
  if (/:\s*$/.test(line) || titleAsked(line) !== null || /\d\s*(ans?|years?|yrs?)\b/i.test(line)) return;
  if (withoutMissionLength(line) !== line || reading.seen.has(foldText(line))) return;
  // "GCP (BigQuery, Dataflow)": the last item keeps no bracket of the list it closed; "…, or Pulsar is a plus": the
  // last of a list keeps neither its "or" nor the frame.
  // ("Data warehousing (Kimball)": a bracket it opens and closes, it keeps.)
  const item = unbracketed(line)
    .replace(/^(?:or|and|ou|et)\s+(?=\S+\s+(?:is|are|est|sont|serait)\s)/i, "")
    .replace(
      /\s+(?:is|are|est|sont|serait|would be) (?:a plus|a bonus|un plus|un atout|appreciated|appreciee?s?)\W*$/i,
      "",
    );
  // "banking or insurance": each one judged, the best kept (the frame, "… is a plus", set aside).
  const asked = item.replace(new RegExp(NICE_INLINE.source, "i"), "").trim() || item;
  const alternatives = asked.split(/\s+(?:or|ou)\s+/i);
  const each = await Promise.all(alternatives.map((alternative) => judgedItem(reading, alternative)));
  const { judged, verdict } =
    each.find((x) => x.verdict === "met") ?? each.find((x) => x.verdict === "partial") ?? each[0]!;
  add(reading, {
    requirement: clip(item),
    verdict: verdict === "met" || verdict === "partial" ? verdict : "not_in_profile",
    citations: verdict === "no" ? [] : judged.citations.slice(0, 3),
    ...(judged.taught ? { note: reading.t.taughtOnly } : {}),
  });
}

/**
 * One item judged as a question would be: met only when a quoted passage holds its longest word ("assurance" of
 * « Secteur assurance »); a yes through looser matches ("Team player" → a team roster) is only partly shown.
 */
async function judgedItem(reading: FitReading, item: string) {
  const judged = await reading.ctx.judge(item, reading.language);
  const longest = [...(foldText(item).match(/\p{L}{4,}/gu) ?? [])]
    .filter((w) => !GENERIC_ITEM_WORD.test(w))
    .sort((x, y) => y.length - x.length)[0];
  // ("CI/CD", no word of four letters: the item itself.)
  const held = longest?.slice(0, 6) ?? foldText(item).trim();
  const said = judged.citations.some((c) => foldText(c.text).includes(held));
  const verdict = judged.verdict === "yes" ? (said ? "met" : "partial") : judged.verdict;
  return { judged, verdict };
}

const SOUGHT = new RegExp(
  String.raw`^(nous (re)?cherchons|on (re)?cherche|je (re)?cherche|` +
    String.raw`we('re| are) (looking for|hiring|seeking)|looking for|seeking)\b`,
);
/** Words that say how a requirement is held, not what it is: "Insurance *background*", « *Secteur* assurance ». */
const GENERIC_ITEM_WORD = new RegExp(
  String.raw`^(experience|experiences|background|expertise|knowledge|skills?|sectors?|secteurs?|industry|domain|` +
    String.raw`domaines?|connaissances?|maitrise|competences?|strong|solid|good|bonne|solide|forte)$`,
);
const MONEY = /[€$£]|\b(\d+ ?k|k€|keur|euros?|eur|tjm|daily rate|day rate|salary|salaire|remuneration)\b/;

/** Adds a requirement unless the description already asked it. */
function add(reading: FitReading, r: FitRequirement): void {
  const key = foldText(r.requirement);
  if (reading.seen.has(key)) return;
  reading.seen.add(key);
  reading.requirements.push(reading.wished ? { ...r, wished: true } : r);
}

/** A level asked with no title: "senior", "a senior profile", « profil confirmé », "senior level". */
const SENIORITY_ALONE = new RegExp(
  String.raw`^(?:(?:a|an|un|une)\s+)?(?:(?:profil|niveau)\s+)?(?:senior|seniors|confirme|confirmee|experienced)` +
    String.raw`(?:\s+(?:level|profile|profil|role|candidate|niveau))?$`,
);

function seniority(line: string): TitleAsked {
  return { label: line.trim(), level: "senior", title: "" };
}

/** A spoken language alone on a line of a job ("French", "fluent English", « anglais courant »): his to say. */
const SPOKEN_LANGUAGE =
  String.raw`(?:english|french|german|spanish|italian|dutch|portuguese|anglais|francais|allemand|` +
  String.raw`espagnol|italien|neerlandais|portugais)`;
const SPOKEN_LEVEL =
  String.raw`(?:fluent|native|business|professional|good|strong|excellent|bon|bonne|speaker|` +
  String.raw`speaking|courants?|natifs?|native|required|souhaitee?s?|appreciee?s?|obligatoires?|a plus|un plus|` +
  String.raw`c1|c2|b1|b2)`;
const SPOKEN_ONE = String.raw`(?:${SPOKEN_LEVEL}\s+)?${SPOKEN_LANGUAGE}(?:\s+${SPOKEN_LEVEL})*`;
/** "Fluent English", « Français et anglais courants, allemand apprécié »: languages spoken, and nothing else. */
const SPOKEN_ALONE = new RegExp(String.raw`^${SPOKEN_ONE}(?:\s*(?:,|et|and|ou|or|&)\s*${SPOKEN_ONE})*[.!;]*$`);

/**
 * Where, when, how long and for what pay the job is ("Location: Paris, hybrid", "3 days remote per week", « TJM :
 * 550-650 € », « Durée : 12 mois »): the offer's terms, his to answer, not requirements of the profile.
 */
const OFFER_TERMS = new RegExp(
  // A label and a short value ("Contract: 6 months", not "Contract: experience negotiating vendor SLAs").
  String.raw`^(location|localisation|lieu|based|ville|city|client|customer|duree|duration|length|start|start date|` +
    String.raw`demarrage|debut|date de debut|tjm|rate|day rate|daily rate|salary|salaire|remuneration|package|` +
    String.raw`budget|remote|teletravail|tt|hybrid|hybride|contract|contrat|type de contrat|workplace|work mode|` +
    String.raw`mode de travail|rythme|availability|disponibilite)\s*:(?![^\n]*\b(experience|knowledge|skills?|` +
    String.raw`connaissances?|competences?|maitrise)\b)|` +
    // « Mission longue », "long-term contract", « TJM selon profil », "Salary competitive": the terms, no colon.
    String.raw`^(mission|contrat|contract|engagement|assignment|gig)s? ` +
    String.raw`(longue?s?|courte?s?|long[- ]term|short[- ]term|` +
    String.raw`long|short|renouvelable|renewable)\b|^(long|short)[- ]term (mission|contract|engagement|assignment)\b|` +
    String.raw`^(tjm|day rate|daily rate|salary|salaire|remuneration)\b(?![^\n]*\b(experience|knowledge|` +
    String.raw`skills?|connaissances?|competences?|maitrise)\b)|` +
    String.raw`\b\d+\s*(j|jours?|days?)\b.{0,20}\b(remote|teletravail|tt|on[- ]?site|sur site|au bureau)\b|` +
    String.raw`\b(remote|teletravail|tt)\b.{0,12}\b\d+\s*(j|jours?|days?)\b|` +
    // "hybrid" of the work, not of a cloud: "Hybrid, Paris", "hybrid working", « mode hybride », "ASAP".
    // ("Remote sensing data pipelines", "Remote work tooling experience (Slack, Jira)" ask for skills.)
    String.raw`^(full[- ]remote|fully remote|100 ?% remote|hybrid|hybride|remote|teletravail|asap|des que possible)` +
    String.raw`(\s*([,.;:(/]|$)|\s+(ok|possible|friendly|first|only|partiel))|` +
    String.raw`\bhybrid (work|working|model|mode|setup|schedule|policy)\b|` +
    String.raw`\b(mode|travail|organisation) hybride\b|\b(asap|des que possible)\s*[.!]*$`,
);

/**
 * « Poste : Lead Data Engineer - Lille - 3j TT »: the pieces after a spaced dash that are the offer's terms (a
 * place, days of remote) go with the terms; the line keeps the rest ("Kafka - nice to have" stays whole).
 */
function termsApart(reading: FitReading, line: string): string {
  const pieces = line.split(/\s+[-–—|]\s+/);
  const term = (x: string, k: number) =>
    k > 0 && (isPlaceName(foldText(x).replace(/[.!]/g, "").trim()) || OFFER_TERMS.test(foldText(x)));
  const terms = pieces.filter(term);
  if (terms.length === 0) return line;
  reading.offer.push(...terms.map((x) => clip(x)));
  return pieces.filter((x, k) => !term(x, k)).join(" - ");
}

/** The requirements of one line of the description: owner-only, years, technologies, leading, a title, a duty. */
async function readLine(reading: FitReading, statement: string): Promise<void> {
  const { ctx, t } = reading;
  // "6 months", « mission de 3 mois »: how long the job lasts asks nothing of the candidate.
  const line = withoutMissionLength(statement);
  if (!/[\p{L}]{2}/u.test(line) && !ONE_LETTER_NAME.test(line.trim())) return;
  // What a candidate has (languages, degrees) is a requirement; where and how the job is done is the
  // offer's. Either way the rest of the line (its technologies) is still read.
  const topic = SPOKEN_ALONE.test(foldText(line).trim()) ? "languages" : ownerTopicOf(line);
  if (topic === "languages" || topic === "education") {
    const faq = ctx.faq(topic);
    add(
      reading,
      faq
        ? { requirement: clip(line), verdict: "met", citations: [faq] }
        : { requirement: clip(line), verdict: "not_in_profile", citations: [], note: t.ownerOnly },
    );
  }
  // A number is read as years or not at all: never matched to a passage ("13 h to 6 minutes").
  const years = yearsAsked(line);
  const rest = withoutYears(line, years);
  // What the years are about ("as a data engineer", "leading a team") is read with them.
  const duty = withoutYears(line, years, true);
  const title = titleAsked(duty) ?? (SENIORITY_ALONE.test(foldText(line).trim()) ? seniority(line) : null);
  const leading = asksLeading(line) || (title !== null && leadsTitle(title));
  const { techs, absent } = /[\p{L}]{2}/u.test(rest) ? namedTechnologies(reading, rest, topic) : NONE;
  const asked = years.filter((y) => !y.blurb);
  const tied = await readYears(reading, line, asked, [...techs.map((x) => x.name), ...absent]);
  // The title or the leading first ("Data Engineer Senior (5+ ans)"), then the technologies, then the years.
  if (leading || tied.lead !== undefined) {
    // "2+ years mentoring juniors" is mentoring, which needs no lead title; "3+ years leading a team" does.
    const mentoring = tied.lead !== undefined ? tied.mentoring : !leading;
    const byTitle = title && leadsTitle(title) && title.label.includes(" ") ? title.label : clip(duty);
    const label = tied.lead === undefined ? byTitle : mentoring ? clip(line) : t.leadYears(tied.lead);
    const size = teamSizeAsked(line);
    add(reading, leadRequirement(reading.facts, label, { years: tied.lead, size, mentoring }));
  } else if (title && !reading.seen.has(`title:${title.level} ${title.title}`)) {
    // "Data Engineer senior" and then "Senior Data Engineers wanted": one title asked.
    reading.seen.add(`title:${title.level} ${title.title}`);
    add(reading, titleRequirement(reading.facts, title));
  }
  await readTechnologies(reading, techs, eitherMet(rest, techs, absent), tied.techs);
  for (const r of tied.others) add(reading, r);
  // "We have been a leader for 60 years" is the employer's blurb, not a duty.
  const blurb = years.length > asked.length;
  // "You will report to the Lead Data Engineer": someone else's job, not a duty.
  const others = namesOthersTitle(duty);
  // "CI/CD (GitLab CI)": the duty outside the brackets, whatever tools they name.
  const outside = duty.replace(/\([^)]*\)/g, " ").trim();
  const named = techs.length + absent.length > 0 && !(outside !== duty && RESPONSIBILITY.test(foldText(outside)));
  if (!leading && tied.lead === undefined && !title && !topic && !blurb && !others && !named)
    await readResponsibility(reading, techs.length + absent.length > 0 ? unnamed(outside, techs, absent) : duty);
  // "Spark, CI/CD, Jenkins": an item of a list of names that names none is a requirement of its own.
  else if (named && !topic) for (const item of itemsNamingNone(rest, techs, absent)) await readUnread(reading, item);
}

/**
 * "Must have: PySpark, Airflow, AWS (S3, EMR), CI/CD": of a list naming technologies, the items that name none
 * ("CI/CD"), without the line's label; the whole when every item names one ("CI/CD (GitLab CI)").
 */
function unnamed(outside: string, techs: Technology[], absent: string[]): string {
  const names = [...techs.map((t) => t.name), ...absent].map(foldText);
  const items = outside
    .replace(/^[^:,]{1,30}:\s*/, "")
    .split(/\s*,\s*/)
    .filter((item) => /\p{L}{2}/u.test(item) && !names.some((n) => foldText(item).includes(n)));
  return items.length > 0 ? items.join(", ") : outside;
}

const NONE = { techs: [] as Technology[], absent: [] as string[] };

/** What years asked are about: leading or mentoring people, technologies, a title, the career, or nothing. */
type YearsSubject =
  | { kind: "lead" | "mentoring" | "career" | "none" }
  | { kind: "domain"; domain: string }
  | { kind: "techs"; names: string[] }
  | { kind: "title"; title: string };

/**
 * What one years requirement is about: leading people ("3+ years leading a team", "3 ans en tant que lead"),
 * the technologies it names ("3+ yrs snowflake", "Spark: 3 ans min", "Spark and Scala (3+ years)", "AWS for at
 * least 2 years"), a title ("as a data engineer"), or the career ("5 ans min", "6+ yrs").
 */
function yearsSubject(line: string, y: YearsAsked, names: string[]): YearsSubject {
  const clause = clauseOf(line, y);
  const within = (text: string) => names.filter((n) => foldText(text).includes(foldText(n)));
  const as = /^\s*(?:as|comme|en tant que)\s+(?:an?\s+|une?\s+)?(.+)$/i.exec(y.after);
  const titled = as ? titleAsked(as[1]!) : null;
  if (asksPeople(clause) || (titled && leadsTitle(titled)))
    return { kind: !asksLeading(clause) && !titled ? "mentoring" : "lead" };
  const about = within(y.after);
  if (about.length > 0) return { kind: "techs", names: about };
  const inClause = within(clause);
  if (inClause.length === 1) return { kind: "techs", names: inClause };
  const ahead = clause.slice(0, Math.max(0, clause.indexOf(line.slice(y.start, y.end))));
  const before = within(ahead);
  if (before.length > 0 && (y.bracketed || /\b(for|pendant|durant|depuis|since)\s*$/i.test(ahead.trim())))
    return { kind: "techs", names: before };
  if (titled) return { kind: "title", title: [...new Set([titled.level, titled.title].filter(Boolean))].join(" ") };
  // "2+ years in insurance", "3+ years of teaching experience": a sector or an activity, not the whole career.
  const domain = y.tied ? DOMAIN.exec(foldText(y.after))?.[0] : undefined;
  if (domain) return { kind: "domain", domain: y.after.trim().replace(/^(?:of|in|with|de|d'|d’|en|dans)\s+/i, "") };
  return y.marked || clause.trim().split(/\s+/).length <= 4 ? { kind: "career" } : { kind: "none" };
}

/** Sectors and activities whose years a job asks: "in insurance", « dans la banque », "of teaching". */
const DOMAIN = new RegExp(
  String.raw`\b(insurance|insurer|assurance|assureur|mutuelle|banking|bank|banque|bancaire|finance|financial|` +
    String.raw`fintech|retail|distribution|e-?commerce|automotive|automobile|health\w*|sante|pharma\w*|medical|` +
    String.raw`energy|energie|telecom\w*|public sector|secteur public|government|luxury|luxe|sports?|` +
    String.raw`teaching|enseignement|lecturing|training|formation|education|consulting|conseil|media|gaming|` +
    String.raw`spirits|beverages?|boissons|wines?|vins?|spiritueux)\b`,
);
/** Activities rather than sectors: the roles given to them (teaching, training) are their years. */
const TEACHING_DOMAIN = /\b(teaching|enseignement|lecturing|training|formation|education)\b/;

/** The line's years by subject: those of each technology and of leading, and the requirements of the rest. */
async function readYears(
  reading: FitReading,
  line: string,
  years: YearsAsked[],
  names: string[],
): Promise<{ techs: Map<string, number>; lead?: number; mentoring: boolean; others: FitRequirement[] }> {
  const techs = new Map<string, number>();
  const others: FitRequirement[] = [];
  let lead: number | undefined;
  let mentoring = false;
  for (const y of years) {
    const subject = yearsSubject(line, y, names);
    if (subject.kind === "lead" || subject.kind === "mentoring") {
      lead = y.years;
      mentoring = subject.kind === "mentoring";
    } else if (subject.kind === "techs") for (const n of subject.names) techs.set(foldText(n), y.years);
    else if (subject.kind === "title") others.push(titleYears(reading, y.years, subject.title));
    else if (subject.kind === "career") others.push(careerYears(reading, y.years));
    else if (subject.kind === "domain") others.push(await domainYears(reading, y.years, subject.domain));
  }
  return lead === undefined ? { techs, mentoring, others } : { techs, lead, mentoring, others };
}

/** The comma- or semicolon-separated piece of the line that holds the years; a list in brackets is one piece. */
function clauseOf(line: string, y: YearsAsked): string {
  const breaks: number[] = [];
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "(") depth++;
    else if (line[i] === ")") depth = Math.max(0, depth - 1);
    else if ((line[i] === "," || line[i] === ";") && depth === 0) breaks.push(i);
  }
  const from = Math.max(-1, ...breaks.filter((i) => i < y.start)) + 1;
  const to = Math.min(line.length, ...breaks.filter((i) => i >= y.end));
  return line.slice(from, to);
}

/** "Spark, CI/CD, Jenkins" → ["CI/CD"]: the items of a comma list that name no technology, read or lacking. */
function itemsNamingNone(line: string, techs: Technology[], absent: string[]): string[] {
  const names = [...techs.flatMap((t) => t.tokens), ...absent.flatMap((a) => wordTokens(foldText(a)))];
  const items = line.replace(/^[^:]*:\s*/, "").split(/\s*[,;]\s*/);
  if (items.length < 2) return [];
  return items.filter(
    (item) => /\p{L}{2}/u.test(item) && !wordTokens(foldText(item)).some((w) => names.includes(w) || ANY_LIKE.test(w)),
  );
}

/** "or", « ou », "/" between two names: either one meets the line. */
const EITHER = String.raw`\s*(?:,\s*)?(?:or|ou|/|either)\s+`;
/** "Collibra or equivalent", « ou équivalent », "or similar": any tool of that kind, the one named first included. */
const ANY_LIKE = /^(equivalents?|similar|similaire|similaires|other|autre|autres|alike)$/;

/**
 * "Snowflake or BigQuery", « Airflow ou Dagster », "Collibra or equivalent": a name the profile lacks, offered as
 * an alternative to one it holds, is no requirement of its own.
 */
function eitherMet(line: string, techs: Technology[], absent: string[]): string[] {
  const folded = foldText(line);
  return absent.filter((name) => {
    if (ANY_LIKE.test(foldText(name))) return false;
    const other = literal(foldText(name));
    return !techs.some((t) => {
      const held = literal(foldText(t.name));
      return new RegExp(`\\b${held}${EITHER}${other}\\b|\\b${other}${EITHER}${held}\\b`).test(folded);
    });
  });
}

/** The line's technologies, with the years tied to them; a later "Scala" adds nothing to "5+ years of Scala". */
async function readTechnologies(
  reading: FitReading,
  techs: Technology[],
  absent: string[],
  tied: Map<string, number>,
): Promise<void> {
  for (const tech of techs) {
    const key = foldText(tech.name);
    const n = tied.get(key);
    if (n === undefined && reading.techsAsked.has(key)) continue;
    if (n === undefined) {
      const r = techRequirement(reading, tech);
      add(reading, r.verdict === "not_in_profile" ? await judgedTech(reading, r) : r);
      continue;
    }
    reading.techsAsked.add(key);
    addYears(reading, tech.name, techRequirement(reading, tech, n));
  }
  for (const name of absent) {
    const n = tied.get(foldText(name));
    const r: FitRequirement = { requirement: name, verdict: "not_in_profile", citations: [] };
    if (n === undefined) add(reading, r);
    else addYears(reading, name, { ...r, requirement: reading.t.techYears(n, name) });
  }
}

/** "3+ yrs snowflake" after "Snowflake expert": one requirement, the years', where the bare name was. */
function addYears(reading: FitReading, name: string, r: FitRequirement): void {
  const bare = reading.requirements.findIndex((x) => foldText(x.requirement) === foldText(name));
  if (bare < 0) {
    add(reading, r);
    return;
  }
  reading.requirements[bare] = r;
  reading.seen.add(foldText(r.requirement));
}

/** A name in capitals ("GCP", "EKS") is a product's, not a city's or an employer's. */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
/** A product's name written in one word with a capital inside: "BigQuery", "PySpark", "dbt" is not. */
const PRODUCT = /^[A-Z]?[a-z0-9]+[A-Z]\w*$/;

/** The technologies a line names: those the profile knows, and the names it lacks ("Terraform"). */
function namedTechnologies(
  reading: FitReading,
  line: string,
  topic: OwnerTopic | null,
): { techs: Technology[]; absent: string[] } {
  const { ctx, language } = reading;
  const read = ctx.reader.read(line, { language });
  const techs: Technology[] = [];
  const absent: string[] = [];
  for (const part of read.parts) {
    techs.push(...part.technologies);
    for (const w of part.words) {
      if (w.tech && !part.technologies.some((x) => x.tokens.includes(w.word)))
        techs.push({ name: ctx.display.get(w.word) ?? w.original, tokens: [w.word] });
    }
    // Names the profile lacks count when they are technologies ("Terraform", "dbt"), not the
    // employer's name or city (capitalised words no technology list holds).
    // (A language or degree line names its requirement already: "Fluent English" is not a product.)
    // (A place, "mission in Lyon", names nothing of the candidate's: "dbt" beside it still counts.)
    const spelled = topic === "languages" || topic === "education";
    for (const missing of spelled ? [] : part.missing) {
      const names = missing
        .split(" ")
        .filter((w) => ctx.lexicon.techName(foldText(w)) === "tech" || w === w.toLowerCase() || ACRONYM.test(w));
      // "GCP BigQuery": two products' names side by side, each one requirement.
      // (Not "GitLab CI": a two-letter acronym ends the product's name.)
      if (names.length > 1 && names.every((w) => (ACRONYM.test(w) && w.length > 2) || PRODUCT.test(w)))
        absent.push(...names);
      else if (names.length > 0) absent.push(names.join(" "));
    }
  }
  return { techs, absent: [...new Set(absent)] };
}

/**
 * Years asked, against months counted to today and, when a current role counts, as the CV counted them when
 * written (its current roles' own counts date it): met only when both reach them; else partly, and said why.
 */
function yearsJudged(reading: FitReading, periods: Period[], months: number, asked: number) {
  const at = writtenMonth(reading.ctx.roles.flatMap((r) => (r.period ? [r.period] : [])));
  const then =
    at !== null && periods.some((p) => p.current)
      ? mergedMonths(periods.map((p) => spanUntil(spanOf(p, reading.now), at)))
      : months;
  const met = months >= asked * 12 && then >= asked * 12;
  const written = then < months - 1 ? reading.t.whenWritten(formatDuration(then, reading.language)) : "";
  return { met, written };
}

/** "5+ years of experience": the working roles' merged months against the years asked. */
function careerYears(reading: FitReading, asked: number): FitRequirement {
  const { work, now, t, language } = reading;
  const heading = (r: RoleInfo) => headingOf(r, language)!;
  const months = mergedMonths(work.map((r) => spanOf(r.period!, now)));
  const { met, written } = yearsJudged(
    reading,
    work.map((r) => r.period!),
    months,
    asked,
  );
  return {
    requirement: t.years(asked),
    verdict: met ? "met" : "partial",
    citations: work.map((r) => citeChunk(heading(r))),
    note: t.has(formatDuration(months, language)) + written,
  };
}

/** The months of some roles, overlaps once, and whether they reach the years asked (to today and when written). */
function rolesYears(reading: FitReading, roles: RoleInfo[], asked: number) {
  const periods = roles.map((r) => r.period!);
  const months = monthsOfRoles(periods, reading.now);
  return { months, ...yearsJudged(reading, periods, months, asked) };
}

/** "5+ years as a data engineer": the months of the roles holding that title, against the years asked. */
function titleYears(reading: FitReading, asked: number, title: string): FitRequirement {
  const { t, language } = reading;
  const roles = rolesTitled(reading.facts, title);
  const { months, met, written } = rolesYears(reading, roles, asked);
  const heading = (r: RoleInfo) => headingOf(r, language)!;
  return {
    requirement: t.years(asked),
    verdict: met ? "met" : months > 0 ? "partial" : "not_in_profile",
    citations: roles.map((r) => citeChunk(heading(r))),
    note: t.asTitle(formatDuration(months, language), title) + written,
  };
}

/**
 * "2+ years in insurance": the months of the roles whose passages show the sector or activity (as the chat
 * would answer it), against the years asked; not the whole career.
 */
async function domainYears(reading: FitReading, asked: number, domain: string): Promise<FitRequirement> {
  const { t, language, ctx } = reading;
  const word = DOMAIN.exec(foldText(domain))?.[0] ?? foldText(domain);
  // The sector as an employer's description says it ("a French mutual insurance company"), in either language
  // (the chat's answer to it says which); teaching and training, as the roles given to them.
  const judged = await ctx.judge(domain, language);
  const described = new Set(judged.citations.flatMap((c) => c.role?.employer ?? []));
  const roles = ctx.roles.filter(
    (r) =>
      r.period &&
      (TEACHING_DOMAIN.test(word)
        ? r.kind === "teaching" || r.kind === "training"
        : // (A school's sector is teaching, or public: EPISEN trains engineers for health, it is no health employer.)
          (r.kind !== "teaching" || /public/.test(word)) &&
          described.has(r.employer) &&
          judged.verdict === "yes" &&
          r.chunks.some((c) => c.kind === "context" && foldText(c.text).includes(word.slice(0, 6)))),
  );
  const { months, met, written } = rolesYears(reading, roles, asked);
  return {
    requirement: t.domainYears(asked, domain),
    verdict: met ? "met" : months > 0 ? "partial" : "not_in_profile",
    citations: roles.map((r) => citeChunk(headingOf(r, language)!)),
    note:
      months > 0 ? t.inRoles(formatDuration(months, language), roles.map((r) => r.employer).join(", ")) + written : "",
  };
}

/** A technology asked (for some years, or not): met where a role used it, partial where only taught. */
function techRequirement(reading: FitReading, tech: Technology, years?: number): FitRequirement {
  const { ctx, language, t, now } = reading;
  const uses = techUses(tech, ctx.roles, language, ctx.rolesHolding);
  const used = uses.filter((u) => u.usage === "used");
  const months = monthsOfRoles(
    used.map((u) => u.role.period!),
    now,
  );
  const citations = (used.length ? used : uses).slice(0, 3).map((u) => citeChunk(u.chunk));
  const name = years ? t.techYears(years, tech.name) : tech.name;
  // "Unity Catalog, 2 years": a strategy and a POC for it only, at most partly.
  if (used.length > 0 && plannedWithin(tech, used, language))
    return { requirement: name, verdict: "partial", citations, note: t.plannedOnly };
  if (used.length > 0) {
    const periods = used.map((u) => u.role.period!);
    const judged = years === undefined ? { met: true, written: "" } : yearsJudged(reading, periods, months, years);
    // ("3 years min on Databricks": met only by counting the role whose move to it the CV doesn't date, at most.)
    const shift = years === undefined ? null : movesWithin(tech, used, language);
    const sure = shift
      ? monthsOfRoles(
          periods.filter((_, i) => used[i]!.role !== shift.role),
          now,
        )
      : months;
    const undated = judged.met && years !== undefined && sure < years * 12;
    return {
      requirement: name,
      verdict: judged.met && !undated ? "met" : "partial",
      citations,
      note:
        t.hasTech(formatDuration(months, language)) +
        judged.written +
        (undated ? t.undatedMove(shift!.role.employer, shift!.away) : ""),
    };
  }
  // Taught is not done: "3 yrs kafka in production" is not shown by a course on Kafka.
  if (uses.length > 0)
    return {
      requirement: name,
      verdict: years === undefined ? "partial" : "not_in_profile",
      citations,
      note: uses.some((u) => u.usage === "taught") ? t.taughtOnly : t.trainedOnly,
    };
  return { requirement: name, verdict: "not_in_profile", citations: [] };
}

/**
 * A technology no role lists by name ("SQL"), which the chat may still find ("PostgreSQL", "databases"): the
 * same judgement as the chat's, so the report and the chat agree.
 */
async function judgedTech(reading: FitReading, r: FitRequirement): Promise<FitRequirement> {
  const judged = await reading.ctx.judge(r.requirement, reading.language);
  return judged.verdict === "yes" ? { ...r, verdict: "met", citations: judged.citations.slice(0, 3) } : r;
}

/** A responsibility, alone or after the years asked ("5+ years of experience, mentoring juniors"): each judged. */
async function readResponsibility(reading: FitReading, duty: string): Promise<void> {
  if (duty === "" || !RESPONSIBILITY.test(foldText(duty))) return;
  // "design pipelines, optimise cloud costs, and ensure data quality": three duties, each judged.
  // Only a list of things to do: each later piece opens with a verb ("optimise", « garantir »), not a noun
  // ("data scientists, analysts and product managers" is one duty).
  const pieces = duty.split(/,\s*(?:(?:and|et)\s+)?/).filter((x) => /[\p{L}]{2}.*\s.*[\p{L}]{2}/u.test(x));
  const verbLed = (x: string) => /^\s*[a-zà-ÿ]+(e|ise|ize|ate|fy|ld|er|ir|re)\s/u.test(x) && !/^\s*\S+s\s/.test(x);
  const listed = pieces.length > 1 && pieces.slice(1).every(verbLed);
  for (const piece of listed ? pieces : [duty]) {
    const lead = piece.replace(/^(you will|you'll|vous (allez|serez)|tu vas)\s+/i, "");
    const judged = await reading.ctx.judge(lead, reading.language);
    add(reading, {
      requirement: clip(lead),
      verdict: judged.verdict === "yes" ? "met" : judged.verdict === "partial" ? "partial" : "not_in_profile",
      citations: judged.citations.slice(0, 3),
    });
  }
}
