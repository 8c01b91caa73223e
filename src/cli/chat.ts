import { createInterface } from "node:readline/promises";
import type { Core } from "../core/create-core.js";
import { renderText } from "../render/render-text.js";

/** The terminal chat: one question per line, answers with their sources, until "exit" or Ctrl-D. */
export async function runTerminalChat(core: Core, input = process.stdin, output = process.stdout): Promise<void> {
  const banner = [
    "Profile bot — ask about the candidate's CV, in English or French.",
    `Mode: ${core.modeLabel}. ${core.kb.chunks.length} passages from ${core.kb.files.join(", ")}.`,
    core.config.EMBEDDINGS_PROVIDER === "local" ? "Set OPENAI_API_KEY in .env for fluent answers." : "",
    "Slack and Discord start instead when their tokens are set in .env (see README).",
    'Example: "Has he done PII encryption?" — type "exit" or press Ctrl-D to quit.',
  ].filter(Boolean);
  output.write(`${banner.join("\n")}\n\n`);
  const rl = createInterface({ input, output, terminal: input.isTTY ?? false });
  const conversationId = `terminal-${process.pid}`;
  try {
    for (;;) {
      let line: string;
      try {
        line = await rl.question("> ");
      } catch {
        break;
      }
      if (/^\s*(exit|quit|:q)\s*$/i.test(line)) break;
      if (line.trim() === "") continue;
      try {
        output.write(`\n${renderText(await core.engine.answer({ text: line, conversationId }))}\n\n`);
      } catch (error) {
        core.logger.error({ err: error }, "answer failed");
        output.write("\nSorry, something went wrong while answering; the details are in the log. Please ask again.\n\n");
      }
    }
  } finally {
    rl.close();
  }
}
