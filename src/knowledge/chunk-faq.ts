import type { Language } from "../text/stem.js";
import type { Chunk } from "./chunk.js";
import { slugify } from "./text-units.js";

/** An answer still holding this is the owner's to write: it is never indexed or cited. */
export const PLACEHOLDER = /\[TO FILL\]|\bTODO\b|\bTBD\b/i;

export interface FaqResult {
  chunks: Chunk[];
  /** Questions whose answer is still a placeholder. */
  placeholders: string[];
}

/**
 * Reads the owner's FAQ: each heading that asks a question ("### Is he available?") and the text
 * below it become one passage, cited with the section "FAQ › question". HTML comments are skipped.
 * `twinOf`: the document the file renders in one of two languages (see profile.yml's `twins`).
 */
export function chunkFaq(input: { source: string; lang: Language; text: string; twinOf?: string }): FaqResult {
  const text = input.text.replace(/\r\n?/g, "\n").replace(/<!--[\s\S]*?-->/g, "");
  const entries: { question: string; lines: string[] }[] = [];
  for (const line of text.split("\n")) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const title = heading[1]!.trim();
      if (title.endsWith("?")) entries.push({ question: title, lines: [] });
      continue;
    }
    entries[entries.length - 1]?.lines.push(line);
  }
  const chunks: Chunk[] = [];
  const placeholders: string[] = [];
  const base = input.source.replace(/\.md$/i, "");
  const used = new Set<string>();
  for (const [n, { question, lines }] of entries.entries()) {
    const answer = lines
      .join("\n")
      .trim()
      .replace(/\n(?!\n)/g, " ")
      .replace(/[ \t]+/g, " ");
    if (answer === "" || PLACEHOLDER.test(answer)) {
      placeholders.push(question);
      continue;
    }
    let slug = slugify(question).slice(0, 60) || "entry";
    while (used.has(slug)) slug += "-2";
    used.add(slug);
    chunks.push({
      id: `${base}#${slug}`,
      // Twin FAQs (faq.md, faq.fr.md) pair by position: the n-th entry of each is one answer in two languages.
      key: input.twinOf ? `${input.twinOf}#entry-${n + 1}` : `${base}#${slug}`,
      lang: input.lang,
      source: input.source,
      section: `FAQ › ${question}`,
      period: null,
      kind: "faq",
      text: answer,
    });
  }
  return { chunks, placeholders };
}
