import { createInterface } from "node:readline";
import { createCore } from "../core/create-core.js";
import { renderText } from "../render/render-text.js";
import { bootstrap } from "./bootstrap.js";
import { readArgs } from "./cli-args.js";

const USAGE = `Usage:
  npm run ask -- "Has he done PII encryption?"            one answer, for people
  npm run --silent ask -- --json "A-t-il fait du Spark ?"   one JSON answer object on stdout
  npm run --silent ask -- --json < questions.txt           one question per line in, one JSON object per line out`;

async function main(): Promise<void> {
  const { values, positionals } = readArgs(
    { options: { json: { type: "boolean", default: false } }, allowPositionals: true },
    USAGE,
  );
  const json = values.json;
  const question = positionals.join(" ").trim();
  if (!json && question === "") {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const { config, logger } = bootstrap("warn");
  // One question: the model loads only if that question needs it ("Has he used Spark?" doesn't).
  const core = await createCore(config, logger, { warmUp: false });
  // The command line is one trusted user: no rate limit, but still the question log. A failure is
  // an object of its own in JSON mode (with the reference id the log has), so no line is lost.
  const ask = async (text: string) => {
    const result = await core.asker.ask({ text }, { platform: "cli" });
    if (!result.ok) process.exitCode = 1;
    return result.ok
      ? result.answer
      : { question: text, answered: false, error: { reference: result.reference ?? null, message: result.message } };
  };
  try {
    if (!json) {
      const result = await ask(question);
      process.stdout.write(`${"error" in result ? result.error.message : renderText(result)}\n`);
    } else if (question !== "") {
      process.stdout.write(`${JSON.stringify(await ask(question))}\n`);
    } else {
      // JSON Lines: one object per input line, in order; a blank line still gets its (empty) answer.
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) process.stdout.write(`${JSON.stringify(await ask(line))}\n`);
    }
  } finally {
    await core.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`ask failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
