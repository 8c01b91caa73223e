import type { Citation } from "./answer.js";

export interface CheckedAnswer {
  /**
   * The text with markers renumbered in order of first use; markers to no passage removed, and the
   * sentences (or list lines) that only such markers supported removed with them.
   */
  text: string;
  /** Exactly the passages the text cites, in order of first use. */
  citations: Citation[];
  /** Markers that pointed to no passage (removed). */
  invalidMarkers: number[];
  /** Sentences removed because every marker they carried pointed to no passage. */
  droppedSentences: string[];
}

const MARKER = /\[(\d+(?:\s*,\s*\d+)*)\]/g;
/**
 * Between two sentences: the spaces after a full stop (and the markers that follow it, which belong
 * to the sentence before), or a line break. Captured, so the text can be put back together as written.
 */
const SENTENCE_BREAK = /((?<=[.!?](?:[ \t]*\[\d+(?:\s*,\s*\d+)*\])*)[ \t]+(?!\[\d)|[ \t]*\r?\n[ \t\r\n]*)/;

function markersOf(sentence: string): number[] {
  return [...sentence.matchAll(MARKER)].flatMap((m) => m[1]!.split(",").map((n) => Number(n.trim())));
}

/**
 * Removes each sentence whose markers all point to no passage: the claim it makes is backed by
 * nothing the model was shown. A sentence with no marker at all, or one valid marker, stays.
 */
function dropUnbackedSentences(text: string, count: number): { text: string; dropped: string[] } {
  const pieces = text.split(SENTENCE_BREAK);
  const kept: { sentence: string; before: string }[] = [];
  const dropped: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const sentence = pieces[i]!;
    const markers = markersOf(sentence);
    if (markers.length > 0 && markers.every((n) => n < 1 || n > count)) dropped.push(sentence.trim());
    else kept.push({ sentence, before: pieces[i - 1] ?? "" });
  }
  return { text: kept.map((k, i) => (i === 0 ? k.sentence : k.before + k.sentence)).join(""), dropped };
}

/**
 * Checks a model's answer against the passages it was given: every [n] must name one of them.
 * "[2, 3]" is read as two markers. A sentence backed only by markers to no passage is removed;
 * an invalid marker beside a valid one is removed alone. Numbers are renumbered 1, 2, … in order
 * of first use.
 */
export function checkCitations(text: string, passages: Citation[]): CheckedAnswer {
  const order: number[] = [];
  const invalid: number[] = [];
  const backed = dropUnbackedSentences(text, passages.length);
  const renumbered = backed.text.replace(MARKER, (_, list: string) => {
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
  const removed = backed.dropped.flatMap(markersOf);
  const cleaned = renumbered
    .replace(/[ \t]+([.,;:!?])/g, "$1")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
  return {
    text: cleaned,
    citations: order.map((n) => passages[n - 1]!),
    invalidMarkers: [...removed, ...invalid],
    droppedSentences: backed.dropped,
  };
}
