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
  output.write(`${bannerOf(core, words).join("\n")}\n\n`);
  // Lines are read as a stream, not one `question()` at a time: piped input arrives all at once,
  // and each line must still get its answer, in order.
  const rl = createInterface({ input, output, terminal: input.isTTY ?? false, prompt: "> " });
  // "/reset" starts a new conversation: follow-ups then refer to nothing asked before it.
  let conversations = 0;
  let conversationId = `terminal-${process.pid}`;
  const write = (text: string) => output.write(`\n${text}\n\n`);
  rl.prompt();
  // "/fit" gathers the lines that follow, up to a lone "." (or the end of input), as one description.
  let pasted = null as string[] | null;
  const checkFit = async (lines: string[]) => {
    const result = await core.asker.fit(lines.join("\n"), { platform: "terminal" }, conversationId);
    write(result.ok ? renderText(result.answer) : result.message);
  };
  /** The bot's own commands ("/fit", "/reset", "/help"); false for a line that is none, which is a question. */
  const command = async (line: string): Promise<boolean> => {
    const m = /^\s*\/([\p{L}?]+)(?:\s+(.*\S))?\s*$/u.exec(line);
    if (!m) return false;
    const [name, rest] = [m[1]!.toLowerCase().replace(/\?$/, "") || "?", m[2]];
    // "/help", « /aide » (in French): what the banner said, again, with the commands (not a question about the CV).
    const said = ["aide", "nouveau"].includes(name) ? core.asker.texts("fr") : words;
    if (["help", "aide", "?"].includes(name)) write([...bannerOf(core, said).slice(2), said.chat.commands].join("\n"));
    else if (["reset", "new", "clear", "nouveau"].includes(name)) {
      conversationId = `terminal-${process.pid}-${++conversations}`;
      write(said.chat.reset);
    } else if (name === "fit" && rest) await checkFit([rest]);
    else if (name === "fit") {
      pasted = [];
      output.write(`${words.chat.fitPrompt}\n`);
      rl.setPrompt("");
    } else write(`${words.chat.unknownCommand(`/${name}`)} ${words.chat.commands}`);
    return true;
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
      else if (line.trim() !== "" && !(await command(line))) {
        const result = await core.asker.ask({ text: line, conversationId }, { platform: "terminal" });
        write(result.ok ? renderText(result.answer) : result.message);
      }
      rl.prompt();
    }
    if (pasted && pasted.length > 0) await checkFit(pasted);
  } finally {
    rl.close();
  }
}

/** What the chat says first: the mode, how answers are sourced, how to ask and check a job. */
function bannerOf(core: Pick<Core, "kb" | "modeLabel">, words: ReturnType<Core["asker"]["texts"]>): string[] {
  return [
    words.chat.intro(words.platform.botName),
    words.chat.mode(core.modeLabel, core.kb.chunks.length, core.kb.files.join(", ")),
    words.chat.sourced,
    core.modeLabel.startsWith("offline") ? words.chat.offline : "",
    words.chat.platforms,
    words.chat.example,
    words.chat.fit,
  ].filter(Boolean);
}
