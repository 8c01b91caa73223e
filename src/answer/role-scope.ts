import { MONTH_WORDS, monthNumber } from "../knowledge/parse-period.js";
import { monthOf, spanOf } from "../profile/durations.js";
import type { RoleInfo } from "../profile/roles.js";
import { foldText } from "../text/normalize.js";
import { numberOf } from "../text/numbers.js";

/** "…teams everywhere in the world", « un peu partout dans le monde »: places, not his roles. */
const WORLD = String.raw`(?! (in|dans|across|around|a travers) (the |le )?(world|monde|globe|planet|planete))`;
/** How his roles may be qualified between "all his" and the noun: "all his previous data engineering roles". */
const ROLE_KIND = String.raw`((previous|past|former|professional|data|engineering|freelance|permanent|tech) ){0,3}`;
/**
 * Every role asked: "in all his jobs", "did all his roles use AWS?", "everywhere?", "in each of his missions",
 * « dans toutes ses missions », « partout ? », « à chaque poste » (folded). Not "all his jobs combined", a total;
 * nor "all the company's data", "every client team", « tous les clients de Decathlon »: things, not his roles.
 */
const EVERY_ROLE = new RegExp(
  String.raw`\b((in|at|across|for|throughout|on) )?(all|each|every|each one) (of )?(his |her )?${ROLE_KIND}` +
    String.raw`(jobs?|roles?|positions?|missions?|employers?|gigs?|contracts?|experiences?)\b` +
    // (Nor "so each job function only sees its tables": a kind of job, not his jobs.)
    String.raw`(?! (combined|together|put together|in total|functions?|titles?|famil(y|ies)|descriptions?|levels?|` +
    String.raw`types?|profiles?|categor(y|ies)|requirements?|ads?|postings?|offers?)\b)|` +
    String.raw`\b(all|every) (of )?(the )?(companies|employers|clients) (he|she) (worked|has worked|was)\b|` +
    // ("everywhere?" at the end, "everywhere he worked": not "Spark everywhere in his pipelines".)
    String.raw`\beverywhere( (he|she) (worked|went|has been|was))?(?= *[?!.]*$)${WORLD}|` +
    String.raw`\b(dans |chez |pour )?(toutes|tous|chacune de|chacun de) (ses) (missions|postes|experiences|` +
    String.raw`entreprises|employeurs|boites|clients|jobs|contrats)\b(?! (confondu|reuni|de |d'))|` +
    String.raw`(?<!\bun peu )\bpartout( ou (il|elle) (a|est) (travaille|passe))?(?= *[?!.]*$)|` +
    // "was he always a data engineer?", « il a toujours utilisé Python ? » (not "does he always test?", a habit;
    // nor « toujours » alone, "still").
    String.raw`\b(has|have|had|was|were|did) (he|she) always\b|\balways (been|worked|used|had)\b|` +
    String.raw`\b(a|avait) toujours (ete|\w+e)\b|` +
    String.raw`\ba chaque (poste|mission|job|experience|contrat)\b|` +
    // "throughout his whole career", « dans toute sa carrière », « tout au long de sa carrière »
    String.raw`\b(throughout|across|over|in) (all of )?(his|her) (whole |entire )?career\b|` +
    String.raw`\b(dans|pendant|durant|sur) (toute|tte) sa carriere\b|\btout au long de sa carriere\b`,
);

/** Whether the question asks of every role of his: see EVERY_ROLE. */
export function everyRoleAsked(question: string): boolean {
  return EVERY_ROLE.test(foldText(question));
}

/**
 * The roles of his work that the ones found leave out, when every role is asked ("Snowflake in all his jobs?":
 * AAA-Data only); none when they hold them all, or when teaching and training are all they lack.
 */
export function rolesLeftOut(found: readonly RoleInfo[], all: Iterable<RoleInfo>): RoleInfo[] {
  const held = new Set(found.map((r) => r.key));
  return [...all].filter((r) => r.kind === "work" && !held.has(r.key));
}

/** A window of time asked, in month indexes (both ends included), and how the question says it. */
export interface TimeWindow {
  start: number;
  end: number;
  said: string;
  /** "since 2019": from then on, without a break to now (see heldSince). */
  since?: boolean;
}

/** A count of years or months, in figures or in words. */
const NUMBER =
  String.raw`(\d+|one|two|three|four|five|six|seven|eight|nine|ten|` +
  String.raw`deux|trois|quatre|cinq|sept|huit|neuf|dix)`;
/** "in the last 2 years", "over the past three years", "in the last year", "the past 18 months". */
const LAST_EN = new RegExp(
  String.raw`\b(?:in|over|during|within|for)? ?(?:the )?(?:last|past) (?:${NUMBER} )?(years?|months?)\b`,
);
/** "in recent years", "over the last few years", "the past couple of years", « ces dernières années ». */
const LAST_FEW = new RegExp(
  String.raw`\b(?:in |over |during |within )?(?:recent years|the (?:last|past) (?:few|couple(?: of)?) years|` +
    String.raw`(?:ces|les|au cours des) (?:quelques )?dernieres annees)\b`,
);
/** « ces 2 dernières années », « au cours des trois derniers mois », « les 2 dernières années ». */
const LAST_FR = new RegExp(
  String.raw`\b(?:ces|les|au cours des|durant les|pendant les|sur les|dans les) ${NUMBER} (?:dernieres?|derniers?) ` +
    String.raw`(annees|ans|mois)\b`,
);

/** "in 2022", "during 2023", « en 2022 », "since 2022", « depuis 2022 », "before 2021", « après 2021 ». */
const YEAR = new RegExp(
  String.raw`\b(in|during|en|durant|pendant|since|depuis|before|prior to|until|till|up to|avant|jusqu'en|jusqu'a|` +
    String.raw`after|apres) ` +
    // ("since June 2021", « depuis mi-2021 », "before early 2020": from a month of it.)
    String.raw`(?:(early|late|mid|debut|fin|mi)[ -]+|(${MONTH_WORDS}) )?` +
    String.raw`((?:19|20)\d\d)\b(?! ?[-–/] ?\d)`,
);
/** "between 2019 and 2020", "from 2019 to 2020", "in 2019-2020", « entre 2019 et 2020 », « de 2019 à 2020 ». */
const YEAR_SPAN = new RegExp(
  String.raw`\b(?:between|from|entre|de|over|sur(?: la periode)?)\s+((?:19|20)\d\d)\s*` +
    String.raw`(?:and|to|through|thru|et|a|-|–|until|jusqu'en)\s*((?:19|20)\d\d)\b|` +
    String.raw`\b(?:in|en|during|durant|pendant)\s+((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)\b|` +
    // ("Scala 2019-2020?", "Snowflake 2022 to 2024?": two years joined, nothing before.)
    // (Not counts, "1900-2000 tables".)
    String.raw`(?<![\d/.-])(19[89]\d|20[0-4]\d)\s*(?:-|–|to|through)\s*(19[89]\d|20[0-4]\d)(?![\d/.-])` +
    String.raw`(?!\s*(?:(?:tables?|rows?|files?|teams?|people|students?|tb|gb|pb|to|go)\b|%))`,
);
/** The month a part of a year starts ("mid": July), as an index from 0. */
const PART_OF_YEAR: Record<string, number> = { early: 0, debut: 0, mid: 6, mi: 6, late: 9, fin: 9 };
/** Doing a thing all along since a time: the French present, "has he been …". */
const ALL_ALONG = new RegExp(
  // (Not « a-t-il fait … depuis 2020 ? », the past: any time since.)
  // ("is he a lecturer since 2020?", "does he teach since 2021?", « est-il prof depuis 2021 ? »: the present, all
  // along, as non-native English and French say it.)
  // (Of doing or being: not "does he have experience with…", "is he familiar with…", « est-il passé à… ».)
  String.raw`\b(has|have) (he|she) been\b|^(?:(?:and|so|ok),? )?(?:is (he|she) (?:a|an|still|on|[a-z]+ing)|` +
    String.raw`does (he|she) (?:use|work|teach|do|code|practi[cs]e|train|lead|manage))\b|` +
    String.raw`\best[- ](il|elle) (?:un|une|toujours|encore|(?![a-z]*(?:e|i|u|is|it)\b)[a-z]+)\b|` +
    String.raw`(?<!\ba[- ]t[- ])\b(il|elle) (fait|utilise|travaille|enseigne|bosse|code|pratique|connait|est|` +
    String.raw`forme)\b|` +
    String.raw`\b(fait|utilise|enseigne|travaille|bosse|pratique|connait)[- ]t?[- ]?(il|elle)\b`,
);
/** « l'année dernière », « l'an dernier », « l'an passé »: the calendar year before this one. */
const LAST_YEAR_FR = /\b(?:l'annee derniere|l'an dernier|l'an passe|l'annee passee)\b/;

/**
 * The window of time a question asks of: "in the last 2 years" (the 24 months up to now), "in 2022" (that year),
 * "since 2022" (from its January up to now); null when it names none.
 */
export function windowAsked(question: string, now: Date): TimeWindow | null {
  const q = foldText(question);
  const current = monthOf(now);
  // (Said in the question's own words: « ces 2 dernières années », accents and all.)
  const said = (m: RegExpExecArray) =>
    question
      .slice(m.index, m.index + m[0].length)
      .trim()
      .replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  const last = LAST_EN.exec(q) ?? LAST_FR.exec(q);
  if (last) return lastMonths(said(last), last[1], last[2]!, current);
  // ("in recent years", "the last few years", « ces dernières années »: a few, taken as three; a couple, two.)
  const few = LAST_FEW.exec(q);
  if (few) return lastMonths(said(few), /couple/.test(few[0]) ? "2" : "3", "years", current);
  const lastYear = LAST_YEAR_FR.exec(q);
  if (lastYear) {
    const start = (Math.floor(current / 12) - 1) * 12;
    return { start, end: start + 11, said: said(lastYear) };
  }
  // ("between 2019 and 2020": from the first's January to the second's December, up to now.)
  const span = YEAR_SPAN.exec(q);
  if (span) {
    const [from, to] = [span[1] ?? span[3] ?? span[5], span[2] ?? span[4] ?? span[6]].map(Number).sort((a, b) => a - b);
    return from! * 12 > current ? null : { start: from! * 12, end: Math.min(current, to! * 12 + 11), said: said(span) };
  }
  const year = YEAR.exec(q);
  if (!year) return null;
  const [, word, part, month, asked] = year as unknown as string[];
  const start = Number(asked) * 12;
  if (start > current) return null;
  // ("since June 2021", "before mid-2020", "in June 2021": from, up to, or in that month.)
  const from = part ? PART_OF_YEAR[part]! : month ? monthNumber(month) - 1 : -1;
  if (from >= 0) {
    const at = start + from;
    // ("in June 2021": that month; "in mid-2021", "in early 2020": those three months or so.)
    if (/^(in|during|en|durant|pendant)$/.test(word!))
      return at > current ? null : { start: at, end: Math.min(current, at + (month ? 0 : 2)), said: said(year) };
    // ("before June 2021": up to May; "until June 2021": up to June; "after May 2021": from June.)
    if (/^(before|prior to|avant)$/.test(word!)) return { start: 0, end: at - 1, said: said(year) };
    if (/^(until|till|up to|jusqu'en|jusqu'a)$/.test(word!))
      return { start: 0, end: at + (month ? 0 : 2), said: said(year) };
    const next = /^(after|apres)$/.test(word!) ? at + (month ? 1 : 3) : at;
    // ("has he been using Snowflake since January 2020?": all along since then, which heldSince weighs.)
    const along = /^(since|depuis)$/.test(word!) && ALL_ALONG.test(q) ? { since: true } : {};
    return next > current ? null : { start: next, end: current, said: said(year), ...along };
  }
  // ("before 2021": any time up to its January; "after 2021": from the next January; "since 2019": from it, to now.)
  // ("until 2020": up to its end.)
  if (/^(before|prior to|avant)$/.test(word!)) return { start: 0, end: start - 1, said: said(year) };
  if (/^(until|till|up to|jusqu'en|jusqu'a)$/.test(word!)) return { start: 0, end: start + 11, said: said(year) };
  if (/^(after|apres)$/.test(word!))
    return start + 12 > current ? null : { start: start + 12, end: current, said: said(year) };
  // ("has he used Snowflake since 2020?": any time since; « il fait du Spark depuis 2019 ? », "has he been using…":
  // all along, which heldSince weighs.)
  const onward = /^(since|depuis)$/.test(word!);
  const since = onward && ALL_ALONG.test(q);
  const end = onward ? current : Math.min(current, start + 11);
  return { start, end, said: said(year), ...(since ? { since } : {}) };
}

/**
 * "does he know Databricks since 2019?", « il connaît Docker depuis 2019 ? »: known since the first role that had it
 * began, by the end of the year asked — whether it went on since or not (see heldSince for "used since").
 */
export function begunBy(roles: readonly Pick<RoleInfo, "period">[], window: TimeWindow, now: Date): boolean {
  return roles.some((r) => r.period && spanOf(r.period, now).start <= window.start + 11);
}

/** "does he know…", « il connaît… », "familiar with…": knowing a thing, not using it. */
export const KNOWING = /\b(know|knows|known|knew|connait|connaissait|connu|familiar)\b/;

/**
 * "Spark since 2015?", « il enseigne depuis 2020 ? »: the roles holding it must begin by the end of that year and
 * go on to now without a break (MAIF, AAA-Data, Decathlon do for Spark; Pernod Ricard in 2019, then EPISEN from
 * November 2022, don't for his teaching).
 */
export function heldSince(roles: readonly Pick<RoleInfo, "period">[], window: TimeWindow, now: Date): boolean {
  const spans = roles.map((r) => (r.period ? spanOf(r.period, now) : null));
  if (spans.some((s) => s === null)) return true;
  let reached = window.start + 11;
  const sorted = spans.map((s) => s!).sort((a, b) => a.start - b.start);
  if (sorted.length === 0 || sorted[0]!.start > reached) return false;
  for (const s of sorted) if (s.start <= reached + 1) reached = Math.max(reached, s.end);
  return reached >= monthOf(now);
}

function lastMonths(said: string, count: string | undefined, unit: string, current: number): TimeWindow | null {
  // ("over the past years": how many, not said; no window.)
  if (count === undefined && /s$/.test(unit)) return null;
  const n = count === undefined ? 1 : numberOf(count);
  if (n === undefined || n <= 0) return null;
  const months = /^(years?|annees|ans)$/.test(unit) ? n * 12 : n;
  return { start: current - months, end: current, said };
}

/** Whether a role's dates meet the window (a role ended in May 2021 meets 2021, not the last 2 years of 2026). */
export function roleInWindow(role: Pick<RoleInfo, "period">, window: TimeWindow, now: Date): boolean {
  if (!role.period) return true;
  const span = spanOf(role.period, now);
  return span.start <= window.end && span.end >= window.start;
}
