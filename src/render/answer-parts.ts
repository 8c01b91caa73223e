import type { Answer } from "../answer/answer.js";

/**
 * The text to show above the citations. An extractive answer quotes its passages in its text ("[1] …"
 * lines); where the citations are shown as blocks or fields, only its verdict lines are shown, so
 * nothing twice.
 */
export function leadText(answer: Answer): string {
  if (answer.mode !== "extractive" || answer.citations.length === 0) return answer.answer;
  return answer.answer
    .split("\n")
    .filter((line) => !/^\[\d+\] /.test(line))
    .join("\n");
}

/** Cuts at a line or word boundary below `max`, ending with "…"; platforms refuse longer text. */
export function trimClean(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const cut = Math.max(room.lastIndexOf("\n"), room.lastIndexOf(" "));
  return `${(cut > max * 0.6 ? room.slice(0, cut) : room).trimEnd()}…`;
}
