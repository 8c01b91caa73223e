import { existsSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { loadKnowledge } from "../knowledge/load-knowledge.js";
import { openLexicon } from "../text/lexicon.js";
import { logReader } from "../query/subject.js";
import type { Logger } from "../logging/logger.js";
import { openDatabase, pendingFile } from "../storage/question-db.js";
import { buildReport, parseSince, renderReportMarkdown } from "../storage/report.js";
import { bootstrap } from "./bootstrap.js";
import { readArgs } from "./cli-args.js";

const USAGE = `Usage:
  npm run report                      the owner's report, as markdown
  npm run report -- --since 7d        only the last 7 days (also 24h, 2w)
  npm run --silent report -- --json   the same as one JSON object`;

/** `npm run report [-- --since 7d] [-- --json]`: the owner's report from DATA_DIR/bot.db. */
async function main(): Promise<void> {
  const { values } = readArgs(
    { options: { since: { type: "string" }, json: { type: "boolean", default: false } } },
    USAGE,
  );
  const sinceArg = values.since;
  let since: Date | undefined;
  try {
    since = sinceArg === undefined ? undefined : parseSince(sinceArg);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const { config, logger } = bootstrap("warn");
  const file = resolve(config.DATA_DIR, "bot.db");
  takePendingRows(file, logger);
  if (!existsSync(file)) {
    process.stderr.write(
      `No question log yet: ${file} does not exist. It fills up as people ask ` +
        `(LOG_QUESTIONS=${config.LOG_QUESTIONS}).\n`,
    );
    process.exitCode = 1;
    return;
  }
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const kb = await loadKnowledge(resolve(config.KNOWLEDGE_DIR), logger);
  const byId = new Map(kb.chunks.map((c) => [c.id, c.section.split(" › ").slice(0, 2).join(" › ")]));
  try {
    const read = logReader(kb, await openLexicon(resolve(config.DATA_DIR), logger));
    const report = buildReport(db, { since, sectionOf: (id) => byId.get(id), thesaurus: kb.thesaurus, read });
    process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : renderReportMarkdown(report));
  } finally {
    db.close();
  }
}

/** Rows one-shot commands (`npm run ask`) left beside bot.db go in first (see PendingQuestionLog). */
function takePendingRows(file: string, logger: Logger): void {
  if (!existsSync(pendingFile(file))) return;
  try {
    openDatabase(file).close();
  } catch (error) {
    logger.warn({ err: error, file }, "questions asked on the command line could not be moved into bot.db yet");
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`report failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
