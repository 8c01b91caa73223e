import { createInterface } from "node:readline";
import type { Core } from "../core/create-core.js";
import { renderText } from "../render/render-text.js";

/** The terminal chat: one question per line, answers with their sources, until "exit" or Ctrl-D. */
export async function runTerminalChat(
  core: Pick<Core, "asker" | "logger" | "kb" | "modeLabel">,
  input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const banner = [
    "Profile bot — ask about the candidate's CV, in English or French.",
    `Mode: ${core.modeLabel}. ${core.kb.chunks.length} passages from ${core.kb.files.join(", ")}.`,
    "Answers quote the CV; when it does not say, the bot says so.",
    core.modeLabel.startsWith("offline") ? "Set OPENAI_API_KEY in .env for fluent answers (see README)." : "",
    "Set Slack or Discord tokens in .env to run those bots instead (see README).",
    'Example: "Has he done PII encryption?" — type "exit" or press Ctrl-D to quit.',
    'To check a job description: type "/fit", paste it (several lines), then a line with "." alone.',
  ].filter(Boolean);
  output.write(`${banner.join("\n")}\n\n`);
  // Lines are read as a stream, not one `question()` at a time: piped input arrives all at once,
  // and each line must still get its answer, in order.
  const rl = createInterface({ input, output, terminal: input.isTTY ?? false, prompt: "> " });
  const conversationId = `terminal-${process.pid}`;
  rl.prompt();
  // "/fit" gathers the lines that follow, up to a lone "." (or the end of input), as one description.
  let pasted: string[] | null = null;
  const checkFit = async (lines: string[]) => {
    const result = await core.asker.fit(lines.join("\n"), { platform: "terminal" });
    output.write(`\n${result.ok ? renderText(result.answer) : result.message}\n\n`);
  };
  try {
    for await (const line of rl) {
      if (pasted) {
        if (line.trim() === ".") {
          await checkFit(pasted);
          pasted = null;
          rl.setPrompt("> ");
        } else pasted.push(line);
      } else if (/^\s*(exit|quit|:q)\s*$/i.test(line)) break;
      else if (/^\s*\/fit\s*$/i.test(line)) {
        pasted = [];
        output.write('Paste the job description, then a line with "." alone.\n');
        rl.setPrompt("");
      } else if (line.trim() !== "") {
        const result = await core.asker.ask({ text: line, conversationId }, { platform: "terminal" });
        output.write(`\n${result.ok ? renderText(result.answer) : result.message}\n\n`);
      }
      rl.prompt();
    }
    if (pasted && pasted.length > 0) await checkFit(pasted);
  } finally {
    rl.close();
  }
}
