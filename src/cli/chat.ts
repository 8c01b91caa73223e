import { createInterface } from "node:readline";
import type { Core } from "../core/create-core.js";
import { renderText } from "../render/render-text.js";

/** The terminal chat: one question per line, answers with their sources, until "exit" or Ctrl-D. */
export async function runTerminalChat(
  core: Pick<Core, "asker" | "logger" | "kb" | "modeLabel">,
  input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const words = core.asker.texts("en");
  const banner = [
    words.chat.intro(words.platform.botName),
    words.chat.mode(core.modeLabel, core.kb.chunks.length, core.kb.files.join(", ")),
    words.chat.sourced,
    core.modeLabel.startsWith("offline") ? words.chat.offline : "",
    words.chat.platforms,
    words.chat.example,
    words.chat.fit,
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
    const result = await core.asker.fit(lines.join("\n"), { platform: "terminal" }, conversationId);
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
      // "/help", « /aide »: what the banner said, again (the bot's own commands, not a question about the CV).
      else if (/^\s*\/(help|aide|\?)\s*$/i.test(line)) output.write(`\n${banner.slice(2).join("\n")}\n\n`);
      else if (/^\s*\/fit\s*$/i.test(line)) {
        pasted = [];
        output.write(`${words.chat.fitPrompt}\n`);
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
