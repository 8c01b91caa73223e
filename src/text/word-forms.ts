import { foldText } from "./normalize.js";

/** Folded word forms of some passages, with their counts, and how the passages write each one. */
export interface WordForms {
  /** Folded form → occurrences, in order of first appearance. */
  words: Map<string, number>;
  /** Folded form → as written ("databricks" → "Databricks"). */
  display: Map<string, string>;
}

/** WordForms as JSON: entries in order of first appearance. */
export interface WordFormsData {
  words: [string, number][];
  display: [string, string][];
}

/**
 * Counts the word forms of passages (section and text), both languages. Proper names keep their
 * capital; a word seen lower-case in an English passage is an ordinary word. A profile repeats its
 * words, so each distinct form is folded once: at 100,000 passages that is most of the work.
 */
export function countWordForms(passages: Iterable<{ section: string; text: string; lang: string }>): WordForms {
  const words = new Map<string, number>();
  const display = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const passage of passages) {
    for (const original of `${passage.section} ${passage.text}`.match(/[\p{L}\p{N}]+/gu) ?? []) {
      let w = folded.get(original);
      if (w === undefined) folded.set(original, (w = foldText(original)));
      words.set(w, (words.get(w) ?? 0) + 1);
      const seen = display.get(w);
      if (
        seen === undefined ||
        (seen !== seen.toLowerCase() && original === original.toLowerCase() && passage.lang === "en")
      )
        display.set(w, original);
    }
  }
  return { words, display };
}

export function wordFormsToJSON(forms: WordForms): WordFormsData {
  return { words: [...forms.words], display: [...forms.display] };
}

/** WordForms from their JSON, or null when it is not what `wordFormsToJSON` wrote. */
export function wordFormsFromJSON(data: unknown): WordForms | null {
  const d = data as Partial<WordFormsData> | null;
  if (typeof d !== "object" || d === null || !Array.isArray(d.words) || !Array.isArray(d.display)) return null;
  const pairs = (list: unknown[], value: "number" | "string") =>
    list.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === "string" && typeof e[1] === value);
  if (!pairs(d.words, "number") || !pairs(d.display, "string")) return null;
  return { words: new Map(d.words), display: new Map(d.display) };
}
