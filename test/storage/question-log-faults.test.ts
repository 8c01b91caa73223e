import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createSqliteQuestionLog, hashKey } from "../../src/storage/question-log.js";
import { capturingLogger, testAsker } from "../helpers/test-core.js";
import { waitFor } from "../helpers/wait-for.js";
import { holdWriteLock, lagProbe } from "./db-faults.js";
import { sparkAnswer, sparkQuestion } from "./log-fixtures.js";

const answer = sparkAnswer();
const engine = { answer: async (q: { text: string }) => ({ ...answer, question: q.text }) };
const origin = { platform: "slack" as const, workspace: "T1", channel: "C1", user: "U1" };

function setup() {
  const dir = mkdtempSync(join(tmpdir(), "log-faults-"));
  const file = join(dir, "bot.db");
  const log = capturingLogger();
  return { dir, file, log, open: () => createSqliteQuestionLog(file, hashKey(dir), log.logger) };
}

/** The stored questions, oldest first; none while the file or its schema is not there yet. */
function questions(file: string): string[] {
  if (!existsSync(file)) return [];
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT question FROM questions ORDER BY asked_at").all() as { question: string }[]).map(
      (r) => r.question,
    );
  } catch {
    return [];
  } finally {
    db.close();
  }
}

describe("question log under faults", () => {
  it(
    "keeps the event loop responsive while another process write-locks bot.db, and loses no row once it is " +
      "released",
    async () => {
      const { file, log, open } = setup();
      const qlog = open();
      const asker = testAsker(engine, qlog, log.logger);
      await asker.ask({ text: "Warm-up question?" }, origin);
      await waitFor(() => questions(file).length === 1, 15_000, "the warm-up row");
      const lock = await holdWriteLock(file);
      const probe = lagProbe();
      const asked = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          asker.ask({ text: `Question ${i} while locked?` }, { ...origin, user: `U${i}` }),
        ),
      );
      await new Promise((r) => setTimeout(r, 1500));
      const lag = probe.stop();
      expect(asked.every((a) => a.ok)).toBe(true);
      expect(lag).toBeLessThan(500);
      await lock.release();
      await waitFor(() => questions(file).length === 11, 15_000, "the 11 rows");
      await qlog.close();
      expect(questions(file).filter((q) => q.includes("while locked"))).toHaveLength(10);
      expect(log.lines().some((l) => /locked|busy/i.test(l))).toBe(true);
    },
  );

  it("starts while another process holds the lock, then writes what was asked once it is free", async () => {
    const { file, open } = setup();
    const lock = await holdWriteLock(file, "delete");
    const qlog = open();
    const asker = testAsker(engine, qlog);
    expect(await asker.ask({ text: "Asked during the lock?" }, origin)).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 500));
    await lock.release();
    await waitFor(() => questions(file).length === 1, 15_000, "the row");
    expect(await asker.ask({ text: "Asked after the lock?" }, origin)).toMatchObject({ ok: true });
    await qlog.close();
    expect(questions(file)).toEqual(["Asked during the lock?", "Asked after the lock?"]);
  });

  it("moves a corrupt bot.db aside, starts a new one and keeps logging", async () => {
    const { dir, file, log, open } = setup();
    writeFileSync(file, "this is not a database, just garbage ".repeat(200));
    const qlog = open();
    expect(await testAsker(engine, qlog, log.logger).ask({ text: "Has he used Spark?" }, origin)).toMatchObject({
      ok: true,
    });
    await qlog.close();
    expect(questions(file)).toEqual(["Has he used Spark?"]);
    const aside = readdirSync(dir).filter((f) => f.startsWith("bot.db.corrupt-"));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]!), "utf8")).toContain("just garbage");
    expect(log.lines().some((l) => l.includes(aside[0]!))).toBe(true);
  });

  it("recreates DATA_DIR and bot.db when the folder is deleted under a running log", async () => {
    const { dir, file, log, open } = setup();
    const qlog = open();
    const key = readFileSync(join(dir, "user-hash.key"), "utf8");
    const asker = testAsker(engine, qlog, log.logger);
    await asker.ask({ text: "Before the folder went?" }, origin);
    await waitFor(() => questions(file).length === 1, 15_000, "the first row");
    rmSync(dir, { recursive: true, force: true });
    await asker.ask({ text: "After the folder went?" }, origin);
    await qlog.close();
    expect(existsSync(file)).toBe(true);
    expect(questions(file)).toEqual(["After the folder went?"]);
    // The key went with the folder: it is written back, so hashes still match after a restart.
    expect(readFileSync(join(dir, "user-hash.key"), "utf8")).toBe(key);
    expect(statSync(join(dir, "user-hash.key")).mode & 0o777).toBe(0o600);
    expect(log.lines().some((l) => /bot\.db.*(gone|vanished|missing)|recreat/i.test(l))).toBe(true);
  });

  it("creates bot.db and the key readable by the owner only", async () => {
    const { dir, open } = setup();
    const qlog = open();
    await testAsker(engine, qlog).ask({ text: "Has he used Spark?" }, origin);
    await qlog.close();
    for (const f of readdirSync(dir).filter((f) => f.startsWith("bot.db") || f === "user-hash.key")) {
      expect([f, statSync(join(dir, f)).mode & 0o777]).toEqual([f, 0o600]);
    }
    expect(statSync(join(dir, "bot.db")).mode & 0o777).toBe(0o600);
  });

  it("stores no raw id of another user mentioned in a question", async () => {
    const { file, open } = setup();
    const qlog = open();
    const asker = testAsker({ answer: async () => Promise.reject(new Error("boom")) }, qlog);
    await asker.ask({ text: "Did he work with <@U0ABCDE123> and <@!123456789012345678>?" }, origin);
    await testAsker(engine, qlog).ask(
      { text: "Did <@U0ABCDE123|alice> or <@123456789012345678> or @U0ABCDE123 hire him?" },
      origin,
    );
    await qlog.close();
    const stored = questions(file).join(" | ");
    expect(stored).not.toMatch(/U0ABCDE123|123456789012345678|alice/);
    expect(stored).toContain("Did he work with");
  });

  it("refuses a malformed user-hash.key instead of hashing with an empty key", () => {
    for (const bad of ["not a hex key at all", "abcd1234", "zz".repeat(32)]) {
      const dir = mkdtempSync(join(tmpdir(), "key-"));
      writeFileSync(join(dir, "user-hash.key"), bad);
      expect(() => hashKey(dir)).toThrow(/user-hash\.key/);
    }
  });
});

describe("question log limits", () => {
  it(
    "drops rows beyond its buffer while bot.db is locked, warns with the count, and writes the rest once " + "free",
    async () => {
      const { file, log } = setup();
      const qlog = createSqliteQuestionLog(file, hashKey(dirname(file)), log.logger, { maxBuffered: 3 });
      const lock = await holdWriteLock(file, "delete");
      const asker = testAsker(engine, qlog, log.logger);
      for (let i = 0; i < 5; i++) await asker.ask({ text: `Question ${i}?` }, origin);
      const warning = log.lines().find((l) => l.includes("new rows are dropped"));
      expect(warning && JSON.parse(warning)).toMatchObject({ level: 40, dropped: 1, maxBuffered: 3 });
      await lock.release();
      await qlog.close();
      expect(questions(file)).toEqual(["Question 0?", "Question 1?", "Question 2?"]);
      expect(log.lines().some((l) => l.includes('"dropped":2'))).toBe(true);
    },
  );

  it("stores a question even when a rating in the same batch refers to an answer it never saw", async () => {
    const { file, log } = setup();
    const qlog = createSqliteQuestionLog(file, hashKey(dirname(file)), log.logger);
    qlog.recordFeedback({ answerId: "lost-answer", rating: "down", at: new Date() });
    qlog.recordQuestion(sparkQuestion("q1"));
    qlog.recordFeedback({ answerId: "q1", rating: "up", at: new Date() });
    await qlog.close();
    expect(questions(file)).toEqual(["Has he used Spark?"]);
    expect(new Database(file, { readonly: true }).prepare("SELECT answer_id, rating FROM feedback").all()).toEqual([
      { answer_id: "q1", rating: "up" },
    ]);
    expect(log.lines().some((l) => l.includes("refused a row") && l.includes("FOREIGN KEY"))).toBe(true);
  });

  it("closes in its grace period when bot.db stays locked, keeping the rows for the next start", async () => {
    const { file, log } = setup();
    const qlog = createSqliteQuestionLog(file, hashKey(dirname(file)), log.logger, { closeGraceMs: 300 });
    const lock = await holdWriteLock(file, "delete");
    qlog.recordQuestion(sparkQuestion("q1"));
    const started = Date.now();
    await qlog.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    await lock.release();
    expect(log.lines().some((l) => l.includes("kept for the next start") && l.includes('"kept":1'))).toBe(true);
    // The question itself, not a count: in bot.db.pending, which the next opener of bot.db moves in.
    expect(readFileSync(`${file}.pending`, "utf8")).toContain('"id":"q1"');
  });

  it("lets the bot start with a read-only DATA_DIR that has no key file: the log is off, with a warning", () => {
    const dir = mkdtempSync(join(tmpdir(), "log-readonly-"));
    chmodSync(dir, 0o555);
    // Root writes anywhere: the child runs as "nobody" then, for whom the folder is read-only.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = spawnSync(process.execPath, ["--import", "tsx", "test/storage/open-log-in.ts", dir], {
      encoding: "utf8",
      env: { PATH: process.env.PATH },
      ...asUser,
    });
    expect(run.stdout).toBe("started and closed\n");
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("question log off: DATA_DIR is not writable");
    expect(readdirSync(dir)).toEqual([]);
  });
});
