import { createHmac } from "node:crypto";
import { appendFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Answer } from "../answer/answer.js";
import type { Logger } from "../logging/logger.js";
import { pendingFile } from "./pending-file.js";
import type { LogEntry } from "./question-db.js";
import type { FromWriter, ToWriter, WriterOptions } from "./question-log-worker.js";
import { stripUserMentions } from "./strip-mentions.js";
import { HASH_KEY_FILE, hashKey, MalformedHashKeyError } from "./user-hash-key.js";

export { hashKey, MalformedHashKeyError } from "./user-hash-key.js";

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

/**
 * Where questions and ratings are kept. Recording never throws and never waits on the database: a
 * storage problem is logged, answers go on. `close` writes what is still waiting (within a grace
 * period) and releases the database.
 */
export interface QuestionLog {
  recordQuestion(record: QuestionRecord): void;
  recordFeedback(entry: FeedbackEntry): void;
  close(): void | Promise<void>;
}

export const noQuestionLog: QuestionLog = {
  recordQuestion: () => undefined,
  recordFeedback: () => undefined,
  close: () => undefined,
};

export interface QuestionLogOptions {
  /** Rows kept in memory while the database cannot be written; beyond it new rows are dropped, with a warning. */
  maxBuffered?: number;
  /** How long one write waits for another process's lock (in the writer thread) before it is retried later. */
  busyTimeoutMs?: number;
  /** The longest pause between retries of a locked or unavailable database. */
  retryMaxMs?: number;
  /** How long `close` keeps trying to write what is waiting. */
  closeGraceMs?: number;
}

const DEFAULTS: Required<QuestionLogOptions> = {
  maxBuffered: 10_000,
  busyTimeoutMs: 250,
  retryMaxMs: 2_000,
  closeGraceMs: 5_000,
};
/** At most one "buffer full" warning per this long; each says how many rows were dropped. */
const OVERFLOW_WARN_EVERY_MS = 10_000;

/** A user id as the log keeps it: an HMAC with the owner's key, never the id itself. */
function hashUser(key: Buffer, user?: string): string | null {
  return user ? createHmac("sha256", key).update(user).digest("hex").slice(0, 32) : null;
}

/** A question's row as bot.db stores it: user hashed, mentions stripped. */
function questionEntry(r: QuestionRecord, key: Buffer): Omit<LogEntry, "seq"> {
  return {
    kind: "question",
    row: {
      id: r.id,
      asked_at: r.askedAt.toISOString(),
      platform: r.platform,
      workspace: r.workspace ?? null,
      channel: r.channel ?? null,
      user_hash: hashUser(key, r.user),
      question: stripUserMentions(r.answer?.question ?? r.question),
      language: r.answer?.language ?? null,
      answered: r.answer?.answered ? 1 : 0,
      reason: r.answer?.reason ?? (r.errorRef ? "error" : null),
      cited_ids: JSON.stringify(r.answer?.citations.map((c) => c.id) ?? []),
      mode: r.answer?.mode ?? null,
      latency_ms: Math.round(r.latencyMs * 10) / 10,
      error_ref: r.errorRef ?? null,
    },
  };
}

function feedbackEntry(f: FeedbackEntry, key: Buffer): Omit<LogEntry, "seq"> {
  return {
    kind: "feedback",
    row: { answer_id: f.answerId, rating: f.rating, user_hash: hashUser(key, f.user), rated_at: f.at.toISOString() },
  };
}

/**
 * The question log of a one-shot command (`npm run ask`): each row appended at once to bot.db.pending
 * (private to the owner), which the next opener of bot.db moves in (the bot, `npm run report`). No
 * writer thread, no SQLite: starting them took ~0.15 s of a one-question run. A row that cannot be
 * appended is logged, never thrown.
 */
export class PendingQuestionLog implements QuestionLog {
  constructor(
    private readonly file: string,
    private readonly key: Buffer,
    private readonly logger: Logger,
  ) {}

  recordQuestion(r: QuestionRecord): void {
    this.append(questionEntry(r, this.key));
  }

  recordFeedback(f: FeedbackEntry): void {
    this.append(feedbackEntry(f, this.key));
  }

  close(): void {}

  private append(entry: Omit<LogEntry, "seq">): void {
    const file = pendingFile(this.file);
    try {
      // A line of its own even after a torn write (a run killed mid-line): the row before it can't swallow it.
      appendFileSync(file, `\n${JSON.stringify(entry)}\n`, { mode: 0o600 });
    } catch (error) {
      this.logger.warn({ err: error, file }, "question log: a row could not be stored");
    }
  }
}

/**
 * The writer thread: the transpiled `.js` next to this file or, when this file runs from source
 * (tests, `npm run ask`), the `.ts` source loaded through tsx's loader registered inside the thread.
 */
function startWriterThread(workerData: WriterOptions): Worker {
  const options = { workerData, stdout: false, stderr: false };
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL("./question-log-worker.js", import.meta.url), { ...options, execArgv: [] });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api")).href.replace(/\.cjs$/, ".mjs");
  const script = new URL("./question-log-worker.ts", import.meta.url).href;
  const boot =
    `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return ` + `import(${JSON.stringify(script)}); });`;
  return new Worker(boot, { ...options, eval: true, execArgv: [] });
}

/**
 * The question log on SQLite, written by a worker thread that owns the database. Recording only hashes
 * the user, strips mentions and posts the row: the event loop never waits for a lock or a disk.
 * Rows wait in memory (bounded by `maxBuffered`) while the database is locked, damaged or gone, and are
 * written once it can be; rows beyond the bound are dropped and counted in a warning.
 */
export class SqliteQuestionLog implements QuestionLog {
  private readonly options: Required<QuestionLogOptions>;
  private readonly pending = new Map<number, LogEntry>();
  private worker: Worker | null = null;
  private seq = 0;
  private restarts = 0;
  private dropped = 0;
  private lastOverflowWarn = 0;
  private closing: Promise<void> | null = null;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly file: string,
    private readonly key: Buffer,
    private readonly logger: Logger,
    options: QuestionLogOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.startWriter();
  }

  recordQuestion(r: QuestionRecord): void {
    this.enqueue(questionEntry(r, this.key));
  }

  recordFeedback(f: FeedbackEntry): void {
    this.enqueue(feedbackEntry(f, this.key));
  }

  /** Rows recorded but not yet in the database. */
  get waiting(): number {
    return this.pending.size;
  }

  /** Resolves true once everything recorded so far is written, false if `timeoutMs` passes first. */
  async flush(timeoutMs = 10_000): Promise<boolean> {
    if (this.pending.size === 0) return true;
    this.worker?.ref();
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([
      new Promise<boolean>((resolve) => this.idleWaiters.push(() => resolve(true))),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    this.worker?.unref();
    return done;
  }

  /** Writes what is waiting (for at most `closeGraceMs`), then closes the database. */
  close(): Promise<void> {
    this.closing ??= this.stop();
    return this.closing;
  }

  private enqueue(entry: Omit<LogEntry, "seq">): void {
    if (this.closing) {
      this.logger.warn({ kind: entry.kind }, "question log already closed; a row was not stored");
      return;
    }
    if (this.pending.size >= this.options.maxBuffered) {
      this.dropped += 1;
      const now = Date.now();
      if (this.dropped === 1 || now - this.lastOverflowWarn >= OVERFLOW_WARN_EVERY_MS) {
        this.lastOverflowWarn = now;
        this.logger.warn(
          { dropped: this.dropped, waiting: this.pending.size, maxBuffered: this.options.maxBuffered, file: this.file },
          "question log full while bot.db cannot be written: new rows are dropped",
        );
      }
      return;
    }
    const full = { ...entry, seq: ++this.seq } as LogEntry;
    this.pending.set(full.seq, full);
    this.post({ type: "entries", entries: [full] });
  }

  private post(message: ToWriter): void {
    this.worker?.postMessage(message);
  }

  private startWriter(): void {
    const worker = startWriterThread({
      file: this.file,
      busyTimeoutMs: this.options.busyTimeoutMs,
      retryMaxMs: this.options.retryMaxMs,
      batchSize: 500,
      keyFile: join(dirname(this.file), HASH_KEY_FILE),
      keyHex: this.key.toString("hex"),
    });
    this.worker = worker;
    worker.on("message", (message: FromWriter) => this.onMessage(message));
    worker.on("error", (error) =>
      this.logger.error({ err: error, file: this.file }, "the question log's writer failed"),
    );
    worker.on("exit", (code) => {
      if (this.worker !== worker || this.closing) return;
      // Rows it had not written are still pending here: a new writer gets them all again.
      this.worker = null;
      this.restarts += 1;
      const delayMs = Math.min(30_000, 500 * 2 ** Math.min(this.restarts - 1, 6));
      this.logger.error(
        { code, waiting: this.pending.size, retryInMs: delayMs },
        "the question log's writer stopped; restarting it",
      );
      setTimeout(() => {
        if (this.closing) return;
        this.startWriter();
        if (this.pending.size > 0) this.post({ type: "entries", entries: [...this.pending.values()] });
      }, delayMs).unref();
    });
    // The log never keeps the process alive by itself; `close` and `flush` hold it while they wait.
    // (After the listeners: adding a "message" listener refs the worker's port again.)
    worker.unref();
  }

  private onMessage(message: FromWriter): void {
    if (message.type === "log") {
      const { level, msg, fields } = message.event;
      this.logger[level](fields, msg);
    } else if (message.type === "done") {
      for (const seq of message.seqs) this.pending.delete(seq);
      this.restarts = 0;
      if (this.dropped > 0 && this.pending.size < this.options.maxBuffered / 2) {
        this.logger.warn(
          { dropped: this.dropped, file: this.file },
          "question log writing again; rows were dropped while it was full",
        );
        this.dropped = 0;
      }
      if (this.pending.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  /**
   * The rows bot.db did not take before the close, appended to bot.db.pending, which the next opener of
   * bot.db moves in (a question once); true when there were none, or they are kept there.
   */
  private keepUnwritten(): boolean {
    if (this.pending.size === 0) return true;
    const lines = [...this.pending.values()].map(({ seq: _seq, ...entry }) => `\n${JSON.stringify(entry)}\n`);
    try {
      appendFileSync(pendingFile(this.file), lines.join(""), { mode: 0o600 });
    } catch {
      return false;
    }
    this.logger.warn(
      { kept: this.pending.size, file: pendingFile(this.file) },
      "question log closed; the rows bot.db could not take are kept for the next start",
    );
    this.pending.clear();
    return true;
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) {
      if (this.pending.size > 0 && !this.keepUnwritten())
        this.logger.warn(
          { unwritten: this.pending.size, file: this.file },
          "question log closed with rows not written",
        );
      return;
    }
    worker.ref();
    const { closeGraceMs, busyTimeoutMs } = this.options;
    const closed = new Promise<number | null>((resolve) => {
      worker.on("message", (m: FromWriter) => m.type === "closed" && resolve(m.unwritten));
      worker.on("exit", () => resolve(null));
    });
    worker.postMessage({ type: "close", graceMs: closeGraceMs } satisfies ToWriter);
    let timer: NodeJS.Timeout | undefined;
    const unwritten = await Promise.race([
      closed,
      new Promise<"timeout">(
        (resolve) => (timer = setTimeout(() => resolve("timeout"), closeGraceMs + busyTimeoutMs + 2_000)),
      ),
    ]);
    clearTimeout(timer);
    if (unwritten === "timeout") await worker.terminate();
    this.worker = null;
    const lost = !this.keepUnwritten() ? (typeof unwritten === "number" ? unwritten : this.pending.size) : 0;
    if (lost > 0 || this.dropped > 0)
      this.logger.warn(
        { unwritten: lost, dropped: this.dropped, file: this.file },
        "question log closed with rows not written (bot.db could not be written in time)",
      );
  }
}

/** The SQLite question log for `file`, with user ids hashed with `key`. */
export function createSqliteQuestionLog(
  file: string,
  key: Buffer,
  logger: Logger,
  options: QuestionLogOptions = {},
): SqliteQuestionLog {
  return new SqliteQuestionLog(file, key, logger, options);
}

/**
 * The question log in DATA_DIR. Without a usable key (a damaged key file, or a read-only DATA_DIR that
 * has none) the bot still starts and answers; the log is off, and the error says why.
 */
export function openQuestionLog(
  dataDir: string,
  logger: Logger,
  options: QuestionLogOptions & { oneShot?: boolean } = {},
): QuestionLog {
  let key: Buffer;
  try {
    key = hashKey(dataDir);
  } catch (error) {
    if (error instanceof MalformedHashKeyError)
      logger.error(
        { err: error, code: error.code },
        "question log off: the user-hash key is damaged; answers go on, questions are not stored",
      );
    else
      logger.warn(
        { err: error, dataDir },
        "question log off: DATA_DIR is not writable, so the user-hash key cannot be created; answers go on, " +
          "questions are not stored",
      );
    return noQuestionLog;
  }
  const file = join(dataDir, "bot.db");
  return options.oneShot
    ? new PendingQuestionLog(file, key, logger)
    : createSqliteQuestionLog(file, key, logger, options);
}
