import type { FitReport } from "./fit.js";
import type { Answer, Citation } from "./answer.js";
import { textFor } from "../messages/messages.js";

/**
 * Passages a fit report quotes beyond each requirement's first one (which every verdict keeps, so the
 * report quotes at most this many plus one per requirement): enough to check each claim, few enough
 * for a chat message.
 */
const MAX_FIT_CITATIONS = 10;

/**
 * A fit report as the platform-neutral answer every adapter renders: the summary, then one line per
 * requirement with its verdict and the numbers of the passages that back it.
 */
export function fitAsAnswer(report: FitReport, question: string): Answer {
  const l = textFor(report.language).fitReport;
  const citations: Citation[] = [];
  const number = (c: Citation, always: boolean) => {
    let i = citations.findIndex((x) => x.id === c.id);
    if (i < 0 && (always || citations.length < MAX_FIT_CITATIONS)) i = citations.push(c) - 1;
    return i;
  };
  // Every claim keeps a source: each requirement's first passage is numbered whatever the count (one
  // already quoted for another requirement does), the others while there is room.
  for (const r of report.requirements) {
    const quoted = r.citations.find((c) => citations.some((x) => x.id === c.id));
    if (r.citations.length > 0) number(quoted ?? r.citations[0]!, true);
  }
  const lines = report.requirements.map((r) => {
    const refs = r.citations
      .map((c) => number(c, false))
      .filter((i) => i >= 0)
      .map((i) => `[${i + 1}]`)
      .join("");
    const label = `${r.requirement}${r.wished ? l.wished : ""}`;
    return `• ${label}${l.sep}${l[r.verdict]}${r.note ? ` (${r.note})` : ""}${refs ? ` ${refs}` : ""}`;
  });
  // (No requirement, only the offer's terms: those are still said.)
  const none = [l.none, report.offer].filter(Boolean).join("\n");
  const text = report.requirements.length === 0 ? none : [report.summary, ...lines].join("\n");
  const met = report.requirements.some((r) => r.verdict === "met");
  return {
    question,
    answered: met,
    verdict: met ? "yes" : "not_in_profile",
    answer: text,
    language: report.language,
    mode: "extractive",
    citations,
    ...(met ? {} : { reason: "not_in_profile" as const }),
  };
}
