const ASCII = /^[\x00-\x7f]*$/;

/** Lower-cases, folds accents (é → e) and compatibility forms (ﬁ → fi), and drops control characters. */
export function foldText(text: string): string {
  // ASCII is its own NFKD form, with no marks and no ligatures: lower-casing is all there is to do.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae");
}

/** Removes control and zero-width characters, normalises Unicode and collapses white space. */
export function cleanInput(text: string): string {
  return (
    text
      .normalize("NFC")
      // Terminal colours pasted with a question ("\x1b[31mKafka\x1b[0m"): codes, not words.
      .replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, " ")
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** "2,000", « 2 000 »: one figure, whose groups of three digits are no numbers of their own. */
const DIGIT_GROUPS = /(?<![\d.,])(\d{1,3})(?:[ ,\u00a0\u202f](\d{3}))(?![\d]|[.,]\d)/g;

/** Splits folded text into word tokens; keeps digits ("2,000" is one) and "ci/cd"-like pairs as separate tokens. */
export function wordTokens(text: string): string[] {
  return (
    foldText(text)
      .replace(DIGIT_GROUPS, "$1$2")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** A string matched as written in a regular expression: "AAA-Data", "C++". */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
