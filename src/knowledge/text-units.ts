/** Splits prose into sentences; keeps abbreviations such as "e.g." and amounts such as "7M€/an)" whole. */
export function splitSentences(text: string): string[] {
  const parts = text.split(/(?<=[.!?…])\s+(?=["«(]?[\p{Lu}\d])/u);
  const merged: string[] = [];
  for (const part of parts) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && /\b(e\.g|i\.e|etc|cf|vs|M|Mr|Dr|St)\.$/i.test(prev)) {
      merged[merged.length - 1] = `${prev} ${part}`;
    } else {
      merged.push(part);
    }
  }
  return merged.map((s) => s.trim()).filter(Boolean);
}

/** "AAA-Data " → "aaa-data"; ASCII, lower case, dashes. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
