import type { Period } from "../knowledge/parse-period.js";
import type { Language } from "../text/stem.js";

/** A span of months, [start, end): month indexes (year × 12 + month − 1). */
export interface MonthSpan {
  start: number;
  end: number;
}

/** "2021-05" → 2021 × 12 + 4; "2019" → January 2019. */
export function monthIndex(ym: string): number {
  const [year, month] = ym.split("-").map(Number);
  return year! * 12 + ((month ?? 1) - 1);
}

/** The month a date falls in, as a month index. */
export function monthOf(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/**
 * The months a role lasted, as of `now` for a current role: "Mai 2021 - Présent" on 30 November 2026
 * is 66 months; "Janvier 2019 - Janvier 2020" is 12 (the CV's own convention: end month minus start).
 */
export function spanOf(period: Period, now: Date): MonthSpan {
  const start = monthIndex(period.start);
  const end = period.end ? monthIndex(period.end) : monthOf(now);
  return { start, end: Math.max(start, end) };
}

/** Months covered by the spans, overlaps counted once (Pernod Ricard inside MAIF's 2019). */
export function mergedMonths(spans: MonthSpan[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let total = 0;
  let current: MonthSpan | null = null;
  for (const s of sorted) {
    if (current && s.start <= current.end) current.end = Math.max(current.end, s.end);
    else {
      if (current) total += current.end - current.start;
      current = { ...s };
    }
  }
  return total + (current ? current.end - current.start : 0);
}

const UNITS = {
  en: { year: ["year", "years"], month: ["month", "months"], and: "and" },
  fr: { year: ["an", "ans"], month: ["mois", "mois"], and: "et" },
} as const;

/** 66 → "5 years and 6 months" / "5 ans et 6 mois"; 12 → "1 year"; 6 → "6 months". */
export function formatDuration(months: number, lang: Language): string {
  const u = UNITS[lang];
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years > 0 ? `${years} ${u.year[years > 1 ? 1 : 0]}` : "";
  const m = rest > 0 || years === 0 ? `${rest} ${u.month[rest === 1 ? 0 : 1]}` : "";
  return [y, m].filter(Boolean).join(` ${u.and} `);
}

/** True when the span covers some of `year`; its end month counts ("January 2019 - January 2020" is in 2020). */
export function coversYear(span: MonthSpan, year: number): boolean {
  return span.start < (year + 1) * 12 && span.end >= year * 12;
}

/**
 * The month the CV was written, read from a current role's own count: "Mai 2021 - Présent (4 ans 3 mois)"
 * was written in August 2025. The latest such month, or null when no current role states its length.
 */
export function writtenMonth(periods: Period[]): number | null {
  const months = periods
    .filter((p) => p.current && typeof p.durationMonths === "number")
    .map((p) => monthIndex(p.start) + p.durationMonths!);
  return months.length > 0 ? Math.max(...months) : null;
}

/** The span cut at `month`: the part of it the CV, written then, could count. */
export function spanUntil(span: MonthSpan, month: number): MonthSpan {
  const end = Math.max(span.start, Math.min(span.end, month));
  return { start: Math.min(span.start, end), end };
}

/**
 * The months of some roles: one closed role as the CV counts it (so it agrees with the period line quoted,
 * as "how long at AAA-Data?" does), else their spans merged, current roles counted to `now`.
 */
export function monthsOfRoles(periods: Period[], now: Date): number {
  const [only] = periods;
  if (periods.length === 1 && only && !only.current && only.durationMonths !== null) return only.durationMonths;
  return mergedMonths(periods.map((p) => spanOf(p, now)));
}
