import type { Citation } from "./answer.js";

export interface CheckedAnswer {
  /** The text with markers renumbered in order of first use; markers to no passage removed. */
  text: string;
  /** Exactly the passages the text cites, in order of first use. */
  citations: Citation[];
  /** Markers that pointed to no passage (removed). */
  invalidMarkers: number[];
}

const MARKER = /\[(\d+(?:\s*,\s*\d+)*)\]/g;

/**
 * Checks a model's answer against the passages it was given: every [n] must name one of them.
 * "[2, 3]" is read as two markers. Numbers are renumbered 1, 2, … in order of first use.
 */
export function checkCitations(text: string, passages: Citation[]): CheckedAnswer {
  const order: number[] = [];
  const invalid: number[] = [];
  const renumbered = text.replace(MARKER, (_, list: string) => {
    const kept: string[] = [];
    for (const raw of list.split(",")) {
      const n = Number(raw.trim());
      if (n < 1 || n > passages.length) {
        invalid.push(n);
        continue;
      }
      if (!order.includes(n)) order.push(n);
      const label = `[${order.indexOf(n) + 1}]`;
      if (!kept.includes(label)) kept.push(label);
    }
    return kept.join("");
  });
  const cleaned = renumbered.replace(/[ \t]+([.,;:!?])/g, "$1").replace(/[ \t]{2,}/g, " ").trim();
  return { text: cleaned, citations: order.map((n) => passages[n - 1]!), invalidMarkers: invalid };
}
