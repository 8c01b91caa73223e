import type { Answer } from "../answer/answer.js";
import { textFor } from "../messages/messages.js";

/** An answer as terminal text: the reply, then where each numbered passage comes from. */
export function renderText(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.notice) lines.push("", `(${answer.notice})`);
  if (answer.citations.length > 0) {
    lines.push("", `${textFor(answer.language).platform.sources}:`);
    answer.citations.forEach((c, i) => {
      lines.push(`  [${i + 1}] ${c.section}${c.period ? ` · ${c.period}` : ""} — ${c.source}`);
    });
  }
  return lines.join("\n");
}
