import { chmodSync, writeFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { QuestionDb, type LogEntry, type StorageEvent } from "./question-db.js";

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
function runWriter(port: NonNullable<typeof parentPort>, options: WriterOptions): void {
  const post = (message: FromWriter) => port.postMessage(message);
  const log = (event: StorageEvent) => post({ type: "log", event });
  // Without the key file, the next start would make a new key and no hash would match the old ones.
  const restoreKey = () => {
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
  };
  const db = new QuestionDb(options.file, options.busyTimeoutMs, log, restoreKey);
  const queue: LogEntry[] = [];
  let timer: NodeJS.Timeout | null = null;
  let failures = 0;
  let blockedSince: number | null = null;
  let closing = false;

  const schedule = (delayMs: number) => {
    if (timer || closing) return;
    timer = setTimeout(() => {
      timer = null;
      flush();
    }, delayMs);
  };
  const backoff = () => Math.min(options.retryMaxMs, 100 * 2 ** Math.min(failures - 1, 10));

  /** Writes what is queued; on failure keeps it and says when it will try again. True when all written. */
  const flush = (): boolean => {
    do {
      const batch = queue.slice(0, options.batchSize);
      const result = batch.length > 0 ? db.write(batch) : db.tryOpen();
      if (!result.ok) {
        failures += 1;
        if (blockedSince === null) {
          blockedSince = Date.now();
          const why =
            result.retry === "locked" ? "bot.db is locked by another process" : "bot.db cannot be opened or written";
          log({
            level: "warn",
            msg: `${why}; questions wait in memory and are written when it can be`,
            fields: { err: result.error, code: result.code, waiting: queue.length, file: options.file },
          });
        }
        schedule(backoff());
        return false;
      }
      queue.splice(0, batch.length);
      if (blockedSince !== null) {
        log({
          level: "info",
          msg: "bot.db can be written again; the questions that waited are stored",
          fields: { waitedMs: Date.now() - blockedSince, file: options.file },
        });
        blockedSince = null;
      }
      failures = 0;
      for (const r of result.refused)
        log({ level: "warn", msg: "the question log refused a row; it is dropped", fields: { err: r.error } });
      if (batch.length > 0) post({ type: "done", seqs: batch.map((e) => e.seq) });
    } while (queue.length > 0);
    return true;
  };

  /** One last flush, retried until `graceMs` has passed; then the database is closed either way. */
  const close = (graceMs: number) => {
    closing = true;
    if (timer) clearTimeout(timer);
    timer = null;
    const until = Date.now() + graceMs;
    const attempt = () => {
      if (flush() || Date.now() >= until) {
        db.close();
        post({ type: "closed", unwritten: queue.length });
        port.close();
        return;
      }
      setTimeout(attempt, Math.max(0, Math.min(backoff(), until - Date.now())));
    };
    attempt();
  };

  port.on("message", (message: ToWriter) => {
    if (message.type === "close") return close(message.graceMs);
    queue.push(...message.entries);
    // While the database is blocked, the backoff timer does the next try.
    if (failures === 0) schedule(0);
  });
  // Open at once, so a lock or a damaged file at start is found (and reported) before the first question.
  schedule(0);
}

if (parentPort) runWriter(parentPort, workerData as WriterOptions);
