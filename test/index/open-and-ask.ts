/**
 * Child-process entry for the damaged-index tests: opens the real core on each data folder in turn
 * and asks one question. A segfault in the native vector index kills this process, not vitest, and
 * the parent sees which case was being opened (the "case" line on stderr).
 *
 * argv[2]: JSON { knowledgeDir, question, cases: [{ name, dataDir }] }
 * stdout: one JSON line per case: { name, rebuilt, reason, answered, verdict, citations, warnings }
 */
import { Writable } from "node:stream";
import { loadConfig } from "../../src/config/config.js";
import { createCore } from "../../src/core/create-core.js";
import { createLogger } from "../../src/logging/logger.js";

interface ChildInput {
  knowledgeDir: string;
  question: string;
  cases: { name: string; dataDir: string }[];
}

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2]!) as ChildInput;
  for (const c of input.cases) {
    process.stderr.write(`case ${c.name}\n`);
    const warnings: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split("\n").filter(Boolean))
          warnings.push((JSON.parse(line) as { msg: string }).msg);
        done();
      },
    });
    const config = loadConfig({
      KNOWLEDGE_DIR: input.knowledgeDir,
      DATA_DIR: c.dataDir,
      EMBEDDINGS_PROVIDER: "local",
      ANSWER_MODE: "extractive",
      LOG_QUESTIONS: "false",
    });
    const core = await createCore(config, createLogger("warn", sink));
    const answer = await core.engine.answer({ text: input.question });
    await core.close();
    const line = {
      name: c.name,
      rebuilt: core.indexReport.rebuilt,
      reason: core.indexReport.reason,
      answered: answer.answered,
      verdict: answer.verdict,
      citations: answer.citations.map((x) => x.id),
      warnings,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
