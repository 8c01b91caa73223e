import { chmodSync, writeFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { QuestionDb, type LogEntry, type StorageEvent, type WriteResult } from "./question-db.js";

/** What the question log's writer thread is started with. */
export interface WriterOptions {
  file: string;
  /** How long one write waits for another process's lock before it is retried later. */
  busyTimeoutMs: number;
  /** The longest pause between retries of a locked or unavailable database. */
  retryMaxMs: number;
  /** Rows written in one transaction at most. */
  batchSize: number;
  /** The user-hash key in use, written back to `keyFile` if a deleted DATA_DIR took it along. */
  keyFile: string;
  keyHex: string;
}

/** Messages to the writer thread. */
export type ToWriter = { type: "entries"; entries: LogEntry[] } | { type: "close"; graceMs: number };

/** Messages from the writer thread. */
export type FromWriter =
  | { type: "done"; seqs: number[] }
  | { type: "log"; event: StorageEvent }
  | { type: "closed"; unwritten: number };

/**
 * The writer thread owns bot.db: SQLite's waits (another process's lock, a slow disk) block this
 * thread, never the event loop that acknowledges Slack and Discord. Rows it cannot write yet stay in
 * its queue and are retried with backoff until the database can be written again.
 */
class Writer {
  private readonly db: QuestionDb;
  private readonly queue: LogEntry[] = [];
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;
  private blockedSince: number | null = null;
  private closing = false;

  constructor(
    private readonly port: NonNullable<typeof parentPort>,
    private readonly options: WriterOptions,
  ) {
    const log = (event: StorageEvent) => this.log(event);
    this.db = new QuestionDb(options.file, options.busyTimeoutMs, log, () => restoreKey(options, log));
  }

  /** Takes entries and the close message from the main thread, and opens the database at once. */
  start(): void {
    this.port.on("message", (message: ToWriter) => {
      if (message.type === "close") return this.close(message.graceMs);
      this.queue.push(...message.entries);
      // While the database is blocked, the backoff timer does the next try.
      if (this.failures === 0) this.schedule(0);
    });
    // Open at once, so a lock or a damaged file at start is found (and reported) before the first question.
    this.schedule(0);
  }

  private post(message: FromWriter): void {
    this.port.postMessage(message);
  }

  private log(event: StorageEvent): void {
    this.post({ type: "log", event });
  }

  private schedule(delayMs: number): void {
    if (this.timer || this.closing) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, delayMs);
  }

  private backoff(): number {
    return Math.min(this.options.retryMaxMs, 100 * 2 ** Math.min(this.failures - 1, 10));
  }

  /** Writes what is queued; on failure keeps it and says when it will try again. True when all written. */
  private flush(): boolean {
    const { queue } = this;
    do {
      const batch = queue.slice(0, this.options.batchSize);
      const result = batch.length > 0 ? this.db.write(batch) : this.db.tryOpen();
      if (!result.ok) {
        this.failures += 1;
        if (this.blockedSince === null) this.blocked(result);
        this.schedule(this.backoff());
        return false;
      }
      queue.splice(0, batch.length);
      if (this.blockedSince !== null) this.unblocked(this.blockedSince);
      this.failures = 0;
      for (const r of result.refused)
        this.log({ level: "warn", msg: "the question log refused a row; it is dropped", fields: { err: r.error } });
      if (batch.length > 0) this.post({ type: "done", seqs: batch.map((e) => e.seq) });
    } while (queue.length > 0);
    return true;
  }

  /** The first failure of a run of them: says why, and that questions wait in memory. */
  private blocked(result: Extract<WriteResult, { ok: false }>): void {
    this.blockedSince = Date.now();
    const why =
      result.retry === "locked" ? "bot.db is locked by another process" : "bot.db cannot be opened or written";
    this.log({
      level: "warn",
      msg: `${why}; questions wait in memory and are written when it can be`,
      fields: { err: result.error, code: result.code, waiting: this.queue.length, file: this.options.file },
    });
  }

  private unblocked(since: number): void {
    this.log({
      level: "info",
      msg: "bot.db can be written again; the questions that waited are stored",
      fields: { waitedMs: Date.now() - since, file: this.options.file },
    });
    this.blockedSince = null;
  }

  /** One last flush, retried until `graceMs` has passed; then the database is closed either way. */
  private close(graceMs: number): void {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const until = Date.now() + graceMs;
    const attempt = () => {
      if (this.flush() || Date.now() >= until) {
        this.db.close();
        this.post({ type: "closed", unwritten: this.queue.length });
        this.port.close();
        return;
      }
      setTimeout(attempt, Math.max(0, Math.min(this.backoff(), until - Date.now())));
    };
    attempt();
  }
}

/** Without the key file, the next start would make a new key and no hash would match the old ones. */
function restoreKey(options: WriterOptions, log: (event: StorageEvent) => void): void {
  try {
    writeFileSync(options.keyFile, options.keyHex, { mode: 0o600, flag: "wx" });
    chmodSync(options.keyFile, 0o600);
    log({
      level: "warn",
      msg: "user-hash.key was gone with bot.db; wrote the key in use back",
      fields: { file: options.keyFile },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST")
      log({
        level: "error",
        msg: "could not write user-hash.key back",
        fields: { err: String(error), file: options.keyFile },
      });
  }
}

if (parentPort) new Writer(parentPort, workerData as WriterOptions).start();
