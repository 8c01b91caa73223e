import {
  appendFileSync,
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrations.js";
import { pendingFile } from "./pending-file.js";

/** A question as stored: user already hashed, mentions already stripped. */
export interface QuestionRow {
  id: string;
  asked_at: string;
  platform: string;
  workspace: string | null;
  channel: string | null;
  user_hash: string | null;
  question: string;
  language: string | null;
  answered: 0 | 1;
  reason: string | null;
  cited_ids: string;
  mode: string | null;
  latency_ms: number;
  error_ref: string | null;
}

export interface FeedbackRow {
  answer_id: string;
  rating: "up" | "down";
  user_hash: string | null;
  rated_at: string;
}

/** The columns written for a question and for a rating, in the tables' order; each row binds them by name. */
const QUESTION_COLUMNS: readonly (keyof QuestionRow)[] = [
  ...(["id", "asked_at", "platform", "workspace", "channel", "user_hash", "question", "language"] as const),
  ...(["answered", "reason", "cited_ids", "mode", "latency_ms", "error_ref"] as const),
];
const FEEDBACK_COLUMNS: readonly (keyof FeedbackRow)[] = ["answer_id", "rating", "user_hash", "rated_at"];

/** `INSERT … (a, b) VALUES (@a, @b)`: the statement binding a row's fields by name. */
function insertRow(insertInto: string, columns: readonly string[]): string {
  return `${insertInto} (${columns.join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`;
}

/** One write waiting for the database; `seq` lets the writer say which ones are done. */
export type LogEntry =
  | { seq: number; kind: "question"; row: QuestionRow }
  | { seq: number; kind: "feedback"; row: FeedbackRow };

/** Something the owner should read in the log; the writer has no logger of its own. */
export interface StorageEvent {
  level: "info" | "warn" | "error";
  msg: string;
  fields: Record<string, unknown>;
}

export type WriteResult =
  | { ok: true; written: number[]; refused: { seq: number; error: string }[] }
  | { ok: false; retry: "locked" | "unavailable"; error: string; code?: string };

const codeOf = (error: unknown) => String((error as { code?: unknown }).code ?? "");
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isLocked = (code: string) => code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
const isCorrupt = (code: string) => code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB";
/** Errors that belong to one row (a rating for an answer the database never saw), not to the database. */
const isRowError = (error: unknown) =>
  /^SQLITE_(CONSTRAINT|MISMATCH|TOOBIG|RANGE)/.test(codeOf(error)) ||
  error instanceof TypeError ||
  error instanceof RangeError;

/** bot.db and the files SQLite keeps beside it. */
const siblings = (file: string) => [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];

/** Makes the database and its journals readable by the owner only (best effort on a read-only mount). */
function makePrivate(file: string): void {
  for (const f of siblings(file)) {
    try {
      if (existsSync(f) && (statSync(f).mode & 0o077) !== 0) chmodSync(f, 0o600);
    } catch {
      // Nothing more to do from here; SQLite's own errors say whether the file is usable.
    }
  }
}

/**
 * Opens (creating and migrating) the SQLite database, private to the owner. Throws if the file cannot
 * be used. `busyTimeoutMs` is how long one statement waits for another process's lock.
 */
export function openDatabase(file: string, busyTimeoutMs = 2000): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  // Created here with mode 0600 so SQLite never makes it world-readable; its journals copy this mode.
  closeSync(openSync(file, "a", 0o600));
  makePrivate(file);
  const db = new Database(file, { timeout: busyTimeoutMs });
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  makePrivate(file);
  try {
    takePending(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export { pendingFile } from "./pending-file.js";

/** A claim older than this was left by an opener that died before its commit: its rows are taken again. */
const STALE_CLAIM_MS = 60_000;

/**
 * Moves the rows one-shot commands left in `pendingFile(file)` into the database, one transaction per
 * file: the file is claimed first (renamed, with the claim's time in its name), so two openers never take
 * the same rows; a claim left by an opener that died is taken again after a minute. If the database
 * cannot take them (locked), they go back for the next opener, and rows appended to a file while it was
 * being claimed go back too. A question already there is not written twice; a line that is not a row
 * (a torn write) is skipped. Never throws: what can't be moved stays on disk for the next opener.
 */
function takePending(db: Database.Database, file: string): void {
  const pending = pendingFile(file);
  const dir = dirname(pending);
  const prefix = `${basename(pending)}.`;
  let n = 0;
  const claim = (from: string): string | null => {
    const to = `${pending}.${Date.now()}-${process.pid}-${n++}`;
    try {
      renameSync(from, to);
      return to;
    } catch {
      return null; // another opener took it
    }
  };
  const stale = (name: string) => Date.now() - Number(name.slice(prefix.length).split("-")[0]) > STALE_CLAIM_MS;
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((x) => x.startsWith(prefix) && stale(x));
  } catch {
    return;
  }
  const claimed = [...names.map((x) => join(dir, x)), ...(existsSync(pending) ? [pending] : [])]
    .map(claim)
    .filter((x): x is string => x !== null);
  for (const c of claimed) moveIn(db, c, pending);
}

/** One claimed file's rows into the database, or back to `pending` when they can't go in. */
function moveIn(db: Database.Database, claimed: string, pending: string): void {
  let read: Buffer;
  try {
    read = readFileSync(claimed);
  } catch {
    return; // left as it is: taken again once stale
  }
  try {
    insertEntries(db, read.toString("utf8"));
  } catch {
    try {
      appendFileSync(pending, read, { mode: 0o600 });
      rmSync(claimed, { force: true });
    } catch {
      // Both kept on disk: the claim is taken again once stale.
    }
    return;
  }
  try {
    // A row appended while the file was being claimed went into it after it was read: back for the next opener.
    const now = readFileSync(claimed);
    if (now.length > read.length) appendFileSync(pending, now.subarray(read.length), { mode: 0o600 });
    rmSync(claimed, { force: true });
  } catch {
    // Kept: taken again once stale (questions are not written twice).
  }
}

function insertEntries(db: Database.Database, text: string): void {
  const insertQuestion = db.prepare(insertRow("INSERT OR IGNORE INTO questions", QUESTION_COLUMNS));
  const insertFeedback = db.prepare(insertRow("INSERT INTO feedback", FEEDBACK_COLUMNS));
  db.transaction(() => {
    for (const line of text.split("\n")) {
      const entry = parseEntry(line);
      try {
        if (entry) (entry.kind === "question" ? insertQuestion : insertFeedback).run(entry.row);
      } catch (error) {
        if (!isRowError(error)) throw error;
      }
    }
  }).immediate();
}

function parseEntry(line: string): Omit<LogEntry, "seq"> | null {
  try {
    const entry = JSON.parse(line) as Omit<LogEntry, "seq">;
    const known = entry?.kind === "question" || entry?.kind === "feedback";
    return known && typeof entry.row === "object" && entry.row !== null ? entry : null;
  } catch {
    return null;
  }
}

/**
 * The question log's database as one owner sees it (the writer thread). Every write is one short
 * transaction; what cannot be written is reported as "retry later", never thrown. A damaged file is
 * moved aside and replaced; a file deleted under it (DATA_DIR removed) is recreated.
 */
export class QuestionDb {
  private db: Database.Database | null = null;
  private identity = "";
  private opened = false;
  private insertQuestion: Database.Statement | null = null;
  private insertFeedback: Database.Statement | null = null;

  constructor(
    private readonly file: string,
    private readonly busyTimeoutMs: number,
    private readonly report: (event: StorageEvent) => void,
    /** Runs after each (re)open: puts back what a deleted DATA_DIR took along, such as the hash key. */
    private readonly onOpen: () => void = () => undefined,
  ) {}

  /** Writes the entries in one transaction. Rows the schema refuses are reported, not retried. */
  write(entries: LogEntry[]): WriteResult {
    for (let attempt = 0; ; attempt++) {
      try {
        this.ensureOpen();
        const result = this.insert(entries);
        if (this.isStillThere() || attempt >= 2) return result;
        // Deleted between the check and the commit: those rows went to a file no one can read.
        this.report({
          level: "warn",
          msg: "bot.db vanished while it was written to; writing the rows again to a new file",
          fields: { file: this.file },
        });
        this.closeQuietly();
      } catch (error) {
        const code = codeOf(error);
        if (isLocked(code)) return { ok: false, retry: "locked", error: messageOf(error), code };
        this.closeQuietly();
        if (isCorrupt(code) && attempt < 2 && this.moveAside(error)) continue;
        return { ok: false, retry: "unavailable", error: messageOf(error), ...(code ? { code } : {}) };
      }
    }
  }

  /** Opens the database if it is not (first use, after an error) — the way to retry a lock at start. */
  tryOpen(): WriteResult {
    return this.write([]);
  }

  close(): void {
    this.closeQuietly();
  }

  private ensureOpen(): void {
    if (this.db && !this.isStillThere()) {
      this.report({
        level: "warn",
        msg: "bot.db is gone (DATA_DIR deleted or the file moved); recreating it",
        fields: { file: this.file },
      });
      this.closeQuietly();
    }
    if (this.db) return;
    const db = openDatabase(this.file, this.busyTimeoutMs);
    this.db = db;
    this.identity = this.statIdentity();
    this.insertQuestion = db.prepare(insertRow("INSERT OR IGNORE INTO questions", QUESTION_COLUMNS));
    this.insertFeedback = db.prepare(insertRow("INSERT INTO feedback", FEEDBACK_COLUMNS));
    if (this.opened)
      this.report({ level: "info", msg: "question log database open again", fields: { file: this.file } });
    this.opened = true;
    this.onOpen();
  }

  private insert(entries: LogEntry[]): WriteResult {
    const written: number[] = [];
    const refused: { seq: number; error: string }[] = [];
    if (entries.length === 0) return { ok: true, written, refused };
    const { db, insertQuestion, insertFeedback } = this;
    db!
      .transaction(() => {
        for (const e of entries) {
          try {
            (e.kind === "question" ? insertQuestion! : insertFeedback!).run(e.row);
            written.push(e.seq);
          } catch (error) {
            if (!isRowError(error)) throw error;
            refused.push({ seq: e.seq, error: messageOf(error) });
          }
        }
      })
      .immediate();
    return { ok: true, written, refused };
  }

  /** Keeps a damaged file for the owner to look at, out of the way of a new one. False if it cannot move. */
  private moveAside(error: unknown): boolean {
    const aside = `${this.file}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    try {
      siblings(this.file).forEach((f, i) => {
        if (existsSync(f)) renameSync(f, aside + ["", "-wal", "-shm", "-journal"][i]);
      });
    } catch (moveError) {
      this.report({
        level: "error",
        msg: "bot.db is damaged and could not be moved aside; questions wait until it can",
        fields: { err: messageOf(error), moveErr: messageOf(moveError), file: this.file },
      });
      return false;
    }
    this.report({
      level: "error",
      msg: `bot.db was damaged; moved it aside to ${aside} and started a new one`,
      fields: { err: messageOf(error), code: codeOf(error), file: this.file, movedTo: aside },
    });
    return true;
  }

  private statIdentity(): string {
    const s = statSync(this.file);
    return `${s.dev}:${s.ino}`;
  }

  private isStillThere(): boolean {
    try {
      return this.statIdentity() === this.identity;
    } catch {
      return false;
    }
  }

  private closeQuietly(): void {
    const db = this.db;
    this.db = null;
    this.insertQuestion = this.insertFeedback = null;
    try {
      db?.close();
    } catch {
      // Closing a connection to a damaged or vanished file may fail; it is dropped either way.
    }
  }
}
