import type { Citation } from "./answer.js";
import type { Chunk } from "../knowledge/chunk.js";
import { formatDuration, monthIndex, monthOf } from "../profile/durations.js";

/** A passage as the answer object cites it: its role and period as data, the text verbatim. */
export function citeChunk(chunk: Chunk, score = 1): Citation {
  return {
    id: chunk.id,
    source: chunk.source,
    section: chunk.section,
    period: chunk.period?.label ?? null,
    role: chunk.role ? { employer: chunk.role.employer, title: chunk.role.title } : null,
    when: chunk.period ? { start: chunk.period.start, end: chunk.period.end, current: chunk.period.current } : null,
    text: chunk.text,
    score,
  };
}

/**
 * "[1] the passage's text", one line per citation. A passage the CV writes word for word in two roles
 * ("Agile organisation with 2-week sprints") says whose each line is, or the two read as one quoted twice.
 */
export function quoteLines(citations: readonly Citation[]): string[] {
  const text = (c: Citation) => c.text.replace(/\s+/g, " ").trim();
  const twice = (c: Citation) => citations.filter((o) => text(o) === text(c)).length > 1;
  return citations.map((c, i) => `[${i + 1}] ${text(c)}${c.role && twice(c) ? ` (${c.role.employer})` : ""}`);
}

/**
 * A current role's period as of today: the CV's "May 2021 - Present (4 years 3 months)" was written months
 * ago, and its sources line would say so to every asker. The time to date replaces the CV's own count
 * there; the quoted passages stay as written.
 */
export function periodsToDate(citations: Citation[], now: Date): Citation[] {
  return citations.map((c) => {
    if (!c.when?.current || !c.period) return c;
    const months = Math.max(0, monthOf(now) - monthIndex(c.when.start));
    const french = /\b(ans?|mois)\b|pr[ée]sent|aujourd/i.test(c.period) && !/\bpresent\b/i.test(c.period);
    const since = c.period.replace(/\s*\([^)]*\)\s*$/, "");
    const count = formatDuration(months, french ? "fr" : "en");
    return { ...c, period: `${since} (${count}${french ? " à ce jour" : " to date"})` };
  });
}
