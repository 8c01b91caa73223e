import { foldText } from "../text/normalize.js";

/** When a role took place, as read from a line such as "Mai 2021 - Présent (4 ans 3 mois)". */
export interface Period {
  /** The line as written in the CV. */
  label: string;
  /** "YYYY-MM" (or "YYYY" when the CV gives no month). */
  start: string;
  /** "YYYY-MM", or null while the role goes on. */
  end: string | null;
  current: boolean;
  /** The duration the CV states, in months, if it states one. */
  durationMonths: number | null;
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  january: 1,
  jan: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  february: 2,
  feb: 2,
  mars: 3,
  march: 3,
  mar: 3,
  avril: 4,
  avr: 4,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juin: 6,
  june: 6,
  jun: 6,
  juillet: 7,
  juil: 7,
  july: 7,
  jul: 7,
  aout: 8,
  august: 8,
  aug: 8,
  septembre: 9,
  sept: 9,
  september: 9,
  sep: 9,
  octobre: 10,
  oct: 10,
  october: 10,
  novembre: 11,
  nov: 11,
  november: 11,
  decembre: 12,
  dec: 12,
  december: 12,
};

/** Month names and short forms of both languages (folded), longest first: a pattern's alternatives. */
export const MONTH_WORDS = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** "june", « juin », "sept": the month's number (1–12), or 0 for no month's name (folded). */
export const monthNumber = (word: string): number => MONTHS[word] ?? 0;

const PRESENT = /^(present|present|aujourd'?hui|today|now|current|currently|en cours|actuel|actuellement|ce jour)$/;

function parseDate(raw: string): string | null | "present" {
  const text = foldText(raw).replace(/\./g, "").trim();
  if (PRESENT.test(text)) return "present";
  let m = /^([a-z]+)\s+(\d{4})$/.exec(text);
  if (m && MONTHS[m[1]!]) return `${m[2]}-${String(MONTHS[m[1]!]).padStart(2, "0")}`;
  m = /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1]!.padStart(2, "0")}`;
  m = /^(\d{4})$/.exec(text);
  if (m) return m[1]!;
  return null;
}

function parseDuration(raw: string | undefined): number | null {
  if (!raw) return null;
  const text = foldText(raw);
  const years = /(\d+)\s*(ans?|annees?|years?|yrs?)\b/.exec(text);
  const months = /(\d+)\s*(mois|months?|mos?)\b/.exec(text);
  if (!years && !months) return null;
  return (years ? Number(years[1]) * 12 : 0) + (months ? Number(months[1]) : 0);
}

/**
 * Reads a period line in French or English: "Mai 2021 - Présent (4 ans 3 mois)",
 * "January 2020 – May 2021 (1 year 5 months)", "04/2019 - 10/2019", "2019 - 2020".
 * Returns null when the line is not a period.
 */
export function parsePeriod(line: string): Period | null {
  const label = line.trim();
  const m = /^(.+?)\s+[-–—]\s+(.+?)\s*(?:\(([^)]*)\))?\s*$/.exec(label);
  if (!m) return null;
  const start = parseDate(m[1]!);
  const end = parseDate(m[2]!);
  if (start === null || start === "present" || end === null) return null;
  return {
    label,
    start,
    end: end === "present" ? null : end,
    current: end === "present",
    durationMonths: parseDuration(m[3]),
  };
}

const HEADING_LINE = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
/** "Company - Title" (and perhaps " - Contract"): the shape of a role heading. */
const ROLE_HEADING = /\S\s+[-–—|]\s+\S/;

/** A heading shaped and placed like a role whose next line is not a period the bot can read. */
export interface UnreadablePeriod {
  line: number;
  heading: string;
  next: string;
}

/**
 * Role headings without a readable period: at the level where the file's roles are (a heading
 * followed by a period), shaped "Company - Title", but followed by a line that is not a period.
 * Such a role would lose its dates and its employer, silently.
 */
export function findUnreadablePeriods(text: string): UnreadablePeriod[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const headings = lines.flatMap((line, i) => {
    const m = HEADING_LINE.exec(line);
    if (!m) return [];
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === "") j += 1;
    const next = lines[j]?.trim() ?? "";
    return [{ line: i + 1, level: m[1]!.length, heading: m[2]!.trim(), next, dated: parsePeriod(next) !== null }];
  });
  const roleLevels = new Set(headings.filter((h) => h.dated).map((h) => h.level));
  return headings
    .filter((h) => !h.dated && roleLevels.has(h.level) && ROLE_HEADING.test(h.heading))
    .map(({ line, heading, next }) => ({ line, heading, next }));
}
