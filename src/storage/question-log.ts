import { createHmac, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import type { Answer } from "../answer/answer.js";
import type { Logger } from "../logging/logger.js";
import { migrate } from "./migrations.js";

/** One question as the owner's log keeps it. */
export interface QuestionRecord {
  id: string;
  askedAt: Date;
  platform: string;
  workspace?: string;
  channel?: string;
  user?: string;
  question: string;
  answer?: Answer;
  latencyMs: number;
  errorRef?: string;
}

export interface FeedbackEntry {
  answerId: string;
  rating: "up" | "down";
  user?: string;
  at: Date;
}

/** Where questions and ratings are kept. Writing never throws: a storage error is logged, answers go on. */
export interface QuestionLog {
  recordQuestion(record: QuestionRecord): void;
  recordFeedback(entry: FeedbackEntry): void;
  close(): void;
}

export const noQuestionLog: QuestionLog = { recordQuestion: () => undefined, recordFeedback: () => undefined, close: () => undefined };

/** The key for hashing user ids: kept in the data folder, made once, readable by the owner only. */
export function hashKey(dataDir: string): Buffer {
  const file = join(dataDir, "user-hash.key");
  if (existsSync(file)) return Buffer.from(readFileSync(file, "utf8").trim(), "hex");
  const key = randomBytes(32);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, key.toString("hex"), { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

/** Opens (creating and migrating) the SQLite database. Throws if the file cannot be used. */
export function openDatabase(file: string): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 2000 });
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  migrate(db);
  return db;
}

/**
 * The question log on SQLite. If the database cannot be opened or written (corrupt, locked,
 * read-only), the error is logged once per kind and the bot keeps answering.
 */
export function createSqliteQuestionLog(file: string, key: Buffer, logger: Logger): QuestionLog {
  let db: Database.Database | null = null;
  try {
    db = openDatabase(file);
  } catch (error) {
    logger.error({ err: error, file }, "question log unavailable; answers go on without it");
  }
  const hash = (user?: string) => (user ? createHmac("sha256", key).update(user).digest("hex").slice(0, 32) : null);
  const insertQuestion = db?.prepare(`INSERT INTO questions (id, asked_at, platform, workspace, channel, user_hash, question, language, answered, reason, cited_ids, mode, latency_ms, error_ref)
    VALUES (@id, @asked_at, @platform, @workspace, @channel, @user_hash, @question, @language, @answered, @reason, @cited_ids, @mode, @latency_ms, @error_ref)`);
  const insertFeedback = db?.prepare(`INSERT INTO feedback (answer_id, rating, user_hash, rated_at) VALUES (?, ?, ?, ?)`);
  const guarded = (what: string, run: () => void) => {
    try {
      run();
    } catch (error) {
      logger.error({ err: error, file }, `could not write ${what} to the question log; answers go on`);
    }
  };
  return {
    recordQuestion(r) {
      if (!insertQuestion) return;
      guarded("a question", () =>
        insertQuestion.run({
          id: r.id,
          asked_at: r.askedAt.toISOString(),
          platform: r.platform,
          workspace: r.workspace ?? null,
          channel: r.channel ?? null,
          user_hash: hash(r.user),
          question: r.answer?.question ?? r.question,
          language: r.answer?.language ?? null,
          answered: r.answer?.answered ? 1 : 0,
          reason: r.answer?.reason ?? (r.errorRef ? "error" : null),
          cited_ids: JSON.stringify(r.answer?.citations.map((c) => c.id) ?? []),
          mode: r.answer?.mode ?? null,
          latency_ms: Math.round(r.latencyMs * 10) / 10,
          error_ref: r.errorRef ?? null,
        }),
      );
    },
    recordFeedback(f) {
      if (!insertFeedback) return;
      guarded("feedback", () => insertFeedback.run(f.answerId, f.rating, hash(f.user), f.at.toISOString()));
    },
    close() {
      try {
        db?.close();
      } catch (error) {
        logger.warn({ err: error }, "closing the question log failed");
      }
    },
  };
}
