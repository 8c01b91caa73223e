import { appendFileSync, existsSync, mkdtempSync, readFileSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDatabase, pendingFile } from "../../src/storage/question-db.js";
import { openQuestionLog, PendingQuestionLog } from "../../src/storage/question-log.js";
import { capturingLogger, testAsker } from "../helpers/test-core.js";
import { sparkAnswer } from "./log-fixtures.js";

const engine = { answer: async () => sparkAnswer([]) };

/** A one-shot command's log (`npm run ask`), in a fresh data folder. */
function oneShotLog() {
  const dir = mkdtempSync(join(tmpdir(), "pending-log-"));
  const log = capturingLogger();
  const file = join(dir, "bot.db");
  return { dir, file, log, qlog: openQuestionLog(dir, log.logger, { oneShot: true }) };
}

function questions(file: string): Record<string, unknown>[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT id, platform, question, user_hash FROM questions ORDER BY rowid").all() as Record<
      string,
      unknown
    >[];
  } finally {
    db.close();
  }
}

describe("a one-shot command's question log", () => {
  it("leaves its rows beside bot.db, private to the owner, and the next opener moves them in, once", async () => {
    const { file, qlog } = oneShotLog();
    expect(qlog).toBeInstanceOf(PendingQuestionLog);
    const asker = testAsker(engine, qlog);
    const first = await asker.ask({ text: "Has he used Spark?" }, { platform: "cli" });
    const second = await asker.ask({ text: "Est-il freelance ?" }, { platform: "cli", user: "U-secret-7" });
    await qlog.close();
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(pendingFile(file), "utf8")).not.toContain("U-secret-7");
    openDatabase(file).close();
    expect(existsSync(pendingFile(file))).toBe(false);
    const rows = questions(file);
    // The fake engine answers every question with the same Spark answer, whose question is logged.
    expect(rows.map((r) => [r.id, r.platform, r.question])).toEqual([
      [first.ok && first.answerId, "cli", "Has he used Spark?"],
      [second.ok && second.answerId, "cli", "Has he used Spark?"],
    ]);
    expect(rows[1]!.user_hash).toMatch(/^[0-9a-f]{32}$/);
    openDatabase(file).close();
    expect(questions(file)).toHaveLength(2);
  });

  it("keeps the rows for the next opener when bot.db is locked, and skips a torn line", async () => {
    const { file, qlog } = oneShotLog();
    openDatabase(file).close();
    const asker = testAsker(engine, qlog);
    const first = await asker.ask({ text: "Has he used Spark?" }, { platform: "cli" });
    const holder = new Database(file);
    holder.prepare("BEGIN IMMEDIATE").run();
    openDatabase(file, 50).close(); // opens all the same; the rows wait
    expect(readFileSync(pendingFile(file), "utf8")).toContain("Has he used Spark?");
    holder.prepare("ROLLBACK").run();
    holder.close();
    // A line cut short (a crash while appending) is skipped; the rows around it are kept.
    appendFileSync(pendingFile(file), '{"kind":"question","row":{"id":"torn');
    const second = await asker.ask({ text: "Est-il freelance ?" }, { platform: "cli" });
    openDatabase(file).close();
    expect(questions(file).map((r) => r.id)).toEqual([first.ok && first.answerId, second.ok && second.answerId]);
  });

  it("takes again the rows of an opener that died between its claim and its commit", async () => {
    const { file, qlog } = oneShotLog();
    openDatabase(file).close();
    const asked = await testAsker(engine, qlog).ask({ text: "Has he used Kafka?" }, { platform: "cli" });
    // A claim two minutes old, as a crashed opener leaves it.
    const claim = `${pendingFile(file)}.${Date.now() - 120_000}-99999-0`;
    renameSync(pendingFile(file), claim);
    openDatabase(file).close();
    expect(questions(file).map((r) => r.id)).toEqual([asked.ok && asked.answerId]);
    expect(existsSync(claim)).toBe(false);
  });
});
