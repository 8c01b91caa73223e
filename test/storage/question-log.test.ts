import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createSqliteQuestionLog, hashKey, openQuestionLog } from "../../src/storage/question-log.js";
import { capturingLogger, testAsker } from "../helpers/test-core.js";
import { sparkAnswer } from "./log-fixtures.js";

const answer = sparkAnswer([
  {
    id: "cv.en#maif.stack",
    source: "cv.en.md",
    section: "MAIF",
    period: null,
    role: null,
    when: null,
    text: "x",
    score: 1,
  },
]);
const engine = { answer: async () => answer };

function freshLog() {
  const dir = mkdtempSync(join(tmpdir(), "log-"));
  const log = capturingLogger();
  return {
    dir,
    file: join(dir, "bot.db"),
    log,
    qlog: createSqliteQuestionLog(join(dir, "bot.db"), hashKey(dir), log.logger),
  };
}

describe("question log", () => {
  it("writes each question with a keyed hash of the user, never the raw id, and feedback against it", async () => {
    const { dir, file, qlog } = freshLog();
    const asker = testAsker(engine, qlog);
    const result = await asker.ask(
      { text: "Has he used Spark?" },
      { platform: "discord", workspace: "G1", channel: "C1", user: "U-secret-42" },
    );
    if (!result.ok) throw new Error("expected an answer");
    expect(asker.rate(result.answerId, "down", "U-secret-42")).toBe(true);
    expect(asker.rate("unknown-answer", "up", "U1")).toBe(false);
    await qlog.close();
    const db = new Database(file, { readonly: true });
    const row = db.prepare("SELECT * FROM questions").get() as Record<string, unknown>;
    expect(row).toMatchObject({
      id: result.answerId,
      platform: "discord",
      workspace: "G1",
      channel: "C1",
      question: "Has he used Spark?",
      language: "en",
      answered: 1,
      mode: "extractive",
      cited_ids: '["cv.en#maif.stack"]',
    });
    expect(row.user_hash).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(row)).not.toContain("U-secret-42");
    expect(db.prepare("SELECT answer_id, rating, user_hash FROM feedback").all()).toEqual([
      { answer_id: result.answerId, rating: "down", user_hash: row.user_hash },
    ]);
    // The same user hashes the same across restarts (the key is kept in the data folder).
    expect(hashKey(dir).equals(hashKey(dir))).toBe(true);
  });

  it("logs a failed answer with its reference id", async () => {
    const { file, qlog } = freshLog();
    const asker = testAsker({ answer: async () => Promise.reject(new Error("boom")) }, qlog);
    const result = await asker.ask({ text: "Has he used Spark?" }, { platform: "slack", user: "U1" });
    expect(result).toMatchObject({ ok: false, kind: "error" });
    await qlog.close();
    const row = new Database(file, { readonly: true })
      .prepare("SELECT answered, reason, error_ref FROM questions")
      .get();
    expect(row).toEqual({ answered: 0, reason: "error", error_ref: (result as { reference: string }).reference });
  });

  it("keeps answering, and says why the log is off, when the user-hash key is damaged", async () => {
    const dir = mkdtempSync(join(tmpdir(), "log-"));
    writeFileSync(join(dir, "user-hash.key"), "not-a-key");
    const log = capturingLogger();
    const qlog = openQuestionLog(dir, log.logger);
    expect(
      await testAsker(engine, qlog).ask({ text: "Has he used Spark?" }, { platform: "slack", user: "U1" }),
    ).toMatchObject({ ok: true });
    await qlog.close();
    expect(existsSync(join(dir, "bot.db"))).toBe(false);
    expect(log.lines().some((l) => l.includes("user-hash key is damaged") && l.includes("user-hash.key"))).toBe(true);
  });
});
