/**
 * Reading how long a job description asks for something: "5+ years", "at least 3 years of Spark",
 * « 5 ans min », « 3 ans d'exp mini », "w/ 4 yrs min", "(2+ years)". A number is a requirement only
 * as years; a mission's length ("6 months", « 3 mois ») is the offer's, not the candidate's.
 */

/** Years asked, where they sit in the line, and what tells them apart from company blurb. */
export interface YearsAsked {
  years: number;
  start: number;
  end: number;
  /** Said as a requirement: "+", "min", "at least", "of experience", « d'expérience », "3 to 5", "(5 years)". */
  marked: boolean;
  /** In brackets after what they are about: "Spark and Scala (3+ years)". */
  bracketed: boolean;
  /** The words right after, up to the next break: "of Scala", "leading a team", "as a data engineer". */
  after: string;
  /** Whether `after` opens with a word that ties it to the years: "of", "with", "in", « de », « en ». */
  tied: boolean;
  /** About the employer, not asked of the candidate: "founded 12 years ago", "a leader for 60 years". */
  blurb: boolean;
}

const BEFORE = String.raw`(?:(?<before>at least|minimum|min\.?|more than|over|plus de|au moins|>=?|≥)\s*)?`;
const COUNT = String.raw`(?<n>\d{1,2})(?<range>\s*(?:-|–|to|à|a)\s*\d{1,2})?\s*(?<plus>\+|plus\b)?\s*`;
const UNIT = String.raw`(?:years?|yrs?|y|ans?|ann[ée]es?)\b`;
const AFTER = String.raw`(?<after>(?:\s*\+)?(?:\s*(?:minimum|min|mini|or more|ou plus|required|requis)\b\.?)?)`;
const EXPERIENCE =
  String.raw`(?<exp>(?:'|’|'s)?\s*(?:of\s+|d'|d’|de\s+)?(?:(?:professional|pro|total|relevant|` +
  String.raw`hands-on|solid|commercial|industry)\s+)?(?:exp[ée]riences?|exp|xp)\b(?:\s*(?:min(?:imum)?|mini)\b\.?)?)?`;
const YEARS = new RegExp(`${BEFORE}\\b${COUNT}${UNIT}${AFTER}${EXPERIENCE}`, "giu");

/** "6 months", « mission de 3 mois », "12-month contract": how long the job lasts, never a requirement. */
const MONTHS = new RegExp(
  String.raw`\b(?:(?:mission|contrat|contract|dur[ée]e|duration|for)\s*(?:de|of|:)?\s*)?\d{1,2}\s*-?\s*` +
    String.raw`(?:months?|mois|mo)\b(?:\s*(?:contract|mission|renouvelable|renewable|minimum|min))?`,
  "giu",
);
/** "Founded 12 years ago", « il y a 5 ans », "for 60 years": about the employer, not the candidate. */
const NOT_ASKED_AFTER = /^\s*(?:ago|old)\b/i;
const NOT_ASKED_BEFORE = /\b(?:il y a|founded|fond[ée]e?|since|depuis|for|pour|established)\s*$/i;
/** A word that ties the years to what follows: "of Scala", "as a data engineer", « en Spark ». */
const TIE = /^\s*(?:of|in|with|on|as|using|doing|leading|managing|de|d'|d’|en|avec|sur|comme|chez|dans|à|a)\b/i;

/** Every mention of years in a line, in order; those about the employer ("founded 12 years ago") marked so. */
export function yearsAsked(line: string): YearsAsked[] {
  const found: YearsAsked[] = [];
  for (const m of line.matchAll(YEARS)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const rest = line.slice(end);
    // "(3 to 5 years)", "(5+ ans)": a range or years in brackets are asked.
    const bracketed = /\(\s*$/.test(line.slice(0, start));
    const marked = Boolean(g.before || g.plus || g.range || g.after?.trim() || g.exp?.trim() || bracketed);
    const blurb = NOT_ASKED_AFTER.test(rest) || (!marked && NOT_ASKED_BEFORE.test(line.slice(0, start)));
    const after = rest.split(/[,;.()\n]|\s[-–—]\s/)[0] ?? "";
    // "0-2 years": no years asked.
    if (Number(g.n) > 0)
      found.push({ years: Number(g.n), start, end, marked, bracketed, after, tied: TIE.test(after), blurb });
  }
  return found;
}

/** The line without its mission lengths ("6 months", « 3 mois »), which ask nothing of the candidate. */
export function withoutMissionLength(line: string): string {
  return line.replace(MONTHS, " ").replace(/\s+/g, " ").trim();
}

/**
 * The line without the words of its years requirements, so that no number is ever matched to a passage; with
 * `tails`, without what each is about either ("of Scala", "as a data engineer"), read with the years.
 */
export function withoutYears(line: string, asked: YearsAsked[], tails = false): string {
  let text = line;
  for (const a of [...asked].reverse())
    text = `${text.slice(0, a.start)} ${text.slice(a.end + (tails ? a.after.length : 0))}`;
  // The joining words left alone at an end: "with", "w/", "de", "of".
  return text
    .replace(/\b(?:w\/|with|of|de|d'|en|avec|and|et|or|ou|minimum|min|mini)\s*$/i, "")
    .replace(/^\s*(?:w\/|with|of|de|d'|avec|and|et)\b/i, "")
    .replace(/\(\s*\)/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:.\-–—]+|[\s,;:\-–—(]+$/g, "");
}
