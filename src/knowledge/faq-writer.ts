import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { foldText } from "../text/normalize.js";
import { PLACEHOLDER } from "./chunk-faq.js";

export const FAQ_FILE_NAME = "faq.md";

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
/** Saves run one at a time: two clicks at once must not both read the old file. */
let queue: Promise<unknown> = Promise.resolve();

/** The owner's words as FAQ text: nothing in them can start a heading or open a comment. */
function asAnswer(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .trim()
    .replace(/<!--/g, "<\u200b!--")
    .split("\n")
    .map((line) => (/^\s*#/.test(line) ? `\\${line.trimStart()}` : line))
    .join("\n");
}

/** One line, ending with a question mark, as the FAQ reader expects. */
function asQuestion(text: string): string {
  const line = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^#+\s*/, "");
  return /[?？]$/.test(line) ? line : `${line.replace(/[.!…]+$/, "")}?`;
}

/**
 * Adds "### question?" and the owner's answer to the FAQ file of `dir`, written atomically (a
 * temporary file renamed over it). An entry already asking the same question and still holding a
 * placeholder is filled in rather than repeated; otherwise the entry goes at the end.
 */
export function addFaqEntry(
  dir: string,
  entry: { question: string; answer: string },
): Promise<{ file: string; replaced: boolean }> {
  const run = queue.then(async () => {
    const file = join(dir, FAQ_FILE_NAME);
    let text = "";
    try {
      text = (await readFile(file, "utf8")).replace(/\r\n?/g, "\n");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      text = "# FAQ\n";
    }
    const question = asQuestion(entry.question);
    const answer = asAnswer(entry.answer);
    if (answer === "") throw new Error("the answer is empty");
    const lines = text.split("\n");
    const start = lines.findIndex((l) => {
      const m = HEADING.exec(l);
      return m !== null && foldText(m[2]!) === foldText(question);
    });
    let replaced = false;
    if (start >= 0) {
      let end = lines.findIndex((l, i) => i > start && HEADING.test(l));
      if (end < 0) end = lines.length;
      const body = lines.slice(start + 1, end).join("\n");
      if (body.trim() === "" || PLACEHOLDER.test(body)) {
        lines.splice(start + 1, end - start - 1, ...answer.split("\n"), "");
        text = lines.join("\n");
        replaced = true;
      }
    }
    if (!replaced) text = `${text.replace(/\n*$/, "\n")}\n### ${question}\n${answer}\n`;
    const tmp = join(dir, `.${FAQ_FILE_NAME}.${process.pid}.${Date.now()}.tmp`);
    await writeFile(tmp, text);
    await rename(tmp, file);
    return { file, replaced };
  });
  queue = run.catch(() => undefined);
  return run;
}
