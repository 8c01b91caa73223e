import type { Profile } from "../knowledge/profile.js";
import { watch, type FSWatcher } from "node:fs";
import { mkdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Answer, Question } from "../answer/answer.js";
import type { AnswerEngine } from "../answer/answer-engine.js";
import type { FitReport } from "../answer/fit.js";
import type { Logger } from "../logging/logger.js";

/** The file `npm run ingest` touches to tell a running bot that the knowledge changed. */
export const RELOAD_REQUEST = "reload-request";
/** Edits come in bursts (an editor writes, renames, touches): one rebuild per burst. */
const SETTLE_MS = 250;
/**
 * How often the knowledge folder itself is looked at: a folder removed and made again (a checkout, a deploy,
 * rsync) is a new folder, which the watch on the old one never hears of.
 */
const FOLDER_CHECK_MS = 2000;

/**
 * The engine in service, swapped whole when the knowledge is rebuilt: a question already being
 * answered finishes on the engine it started with, the next one gets the new engine.
 */
export class SwappableEngine implements AnswerEngine {
  constructor(private current: AnswerEngine) {}

  swap(next: AnswerEngine): void {
    this.current = next;
  }

  answer(question: Question): Promise<Answer> {
    return this.current.answer(question);
  }

  get profile(): Profile | undefined {
    return this.current.profile;
  }

  warmUp(): Promise<void> {
    return this.current.warmUp?.() ?? Promise.resolve();
  }

  fit(description: string, conversationId?: string): Promise<FitReport> {
    const engine = this.current;
    if (!engine.fit) return Promise.reject(new Error("this engine cannot read job descriptions"));
    return engine.fit(description, conversationId);
  }
}

/** What a rebuild gives: the engine to swap in, or the reason the last good one stays. */
export type RebuildResult<T> = { ok: true; value: T; notes: string[] } | { ok: false; error: string };

/**
 * Watches the knowledge folder (and the ingest request file) and rebuilds in the background: answers
 * keep flowing on the last good index meanwhile, and a broken edit keeps it, with the error logged.
 * Rebuilds never overlap; an edit during one starts another when it ends.
 */
export class KnowledgeReloader<T> {
  private watchers: FSWatcher[] = [];
  /** The watch on the knowledge folder, and which folder (its inode) it is on. */
  private folder: { watcher: FSWatcher | null; ino: number | null } = { watcher: null, ino: null };
  private folderCheck: NodeJS.Timeout | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /** Rebuilds asked for, and the count of asks the running (or last) rebuild started after. */
  private requests = 0;
  private readonly listeners: ((outcome: RebuildResult<T>) => void)[] = [];
  private readonly waiters: { ticket: number; resolve: (outcome: RebuildResult<T>) => void }[] = [];

  constructor(
    private readonly options: {
      knowledgeDir: string;
      dataDir: string;
      rebuild: () => Promise<RebuildResult<T>>;
      apply: (value: T) => void;
      logger: Logger;
    },
  ) {}

  /** Starts watching; a folder that can't be watched is logged, and the bot serves what it has. */
  async start(): Promise<void> {
    const { knowledgeDir, dataDir, logger } = this.options;
    const requests = join(dataDir, "index");
    await mkdir(requests, { recursive: true }).catch(() => undefined);
    for (const [dir, only] of [
      [knowledgeDir, null],
      [requests, RELOAD_REQUEST],
    ] as const) {
      try {
        const watcher = watch(dir, (_event, name) => {
          if (only && name !== only) return;
          if (!only && name && (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp"))) return;
          this.schedule();
        });
        watcher.on("error", (error) => logger.warn({ err: error, dir }, "stopped watching for knowledge edits"));
        this.watchers.push(watcher);
        if (!only) this.folder = { watcher, ino: await inodeOf(dir) };
      } catch (error) {
        const what = only ? "cannot watch for npm run ingest's reload requests" : "cannot watch for knowledge edits";
        logger.warn({ err: error, dir }, `${what}; restart the bot after editing`);
      }
    }
    this.folderCheck = setInterval(() => void this.checkFolder(), FOLDER_CHECK_MS);
    this.folderCheck.unref();
  }

  /** The knowledge folder removed, or made again: the watch follows the folder now there, and it is read. */
  private async checkFolder(): Promise<void> {
    const { knowledgeDir, logger } = this.options;
    const ino = await inodeOf(knowledgeDir);
    if (this.stopped || ino === this.folder.ino) return;
    this.folder.watcher?.close();
    this.watchers = this.watchers.filter((w) => w !== this.folder.watcher);
    this.folder = { watcher: null, ino };
    if (ino === null) {
      logger.warn({ dir: knowledgeDir }, "the knowledge folder is gone; answering from the last good version");
      return;
    }
    try {
      const watcher = watch(knowledgeDir, (_event, name) => {
        if (name && (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp"))) return;
        this.schedule();
      });
      watcher.on("error", (error) => logger.warn({ err: error }, "stopped watching for knowledge edits"));
      this.watchers.push(watcher);
      this.folder.watcher = watcher;
      logger.info({ dir: knowledgeDir }, "the knowledge folder was made again; watching it and reading it");
    } catch (error) {
      logger.warn({ err: error, dir: knowledgeDir }, "cannot watch the knowledge folder made again");
    }
    this.schedule();
  }

  /** Called with the outcome of each rebuild (for tests and the Save-as-FAQ button). */
  onRebuilt(listener: (outcome: RebuildResult<T>) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Rebuilds now and resolves with the outcome of a rebuild that started after this call (so it holds
   * every edit made before it), waiting for the one running, if any, to end first.
   */
  async reloadNow(): Promise<RebuildResult<T>> {
    if (this.stopped) return { ok: false, error: "the bot is stopping" };
    const ticket = ++this.requests;
    return new Promise((resolve) => {
      this.waiters.push({ ticket, resolve });
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.kick();
    });
  }

  /** Stops watching; a rebuild under way ends without being applied, and none starts after. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.folderCheck) clearInterval(this.folderCheck);
    for (const w of this.watchers) w.close();
    this.watchers = [];
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    for (const waiter of this.waiters.splice(0)) waiter.resolve({ ok: false, error: "the bot is stopping" });
  }

  private schedule(): void {
    if (this.stopped) return;
    this.requests += 1;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.kick();
    }, SETTLE_MS);
    this.timer.unref();
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  private async run(): Promise<void> {
    const { logger } = this.options;
    const started = performance.now();
    // Every edit asked for up to now is on disk: this rebuild holds them.
    const covers = this.requests;
    let outcome: RebuildResult<T>;
    try {
      outcome = await this.options.rebuild();
    } catch (error) {
      outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    if (this.stopped) return;
    if (outcome.ok) {
      this.options.apply(outcome.value);
      for (const note of outcome.notes) logger.warn(note);
      logger.info({ ms: Math.round(performance.now() - started) }, "knowledge reloaded");
    } else {
      logger.error({ error: outcome.error }, "knowledge edit not applied; still answering from the last good version");
    }
    for (const listener of [...this.listeners]) listener(outcome);
    for (const waiter of this.waiters.filter((w) => w.ticket <= covers)) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(outcome);
    }
  }
}

/** Tells a running bot (if any) to reload: `npm run ingest` calls this after rebuilding. */
export async function requestReload(dataDir: string): Promise<void> {
  await mkdir(join(dataDir, "index"), { recursive: true });
  await writeFile(join(dataDir, "index", RELOAD_REQUEST), new Date().toISOString());
}

/** A folder's inode, or null when there is none. */
function inodeOf(dir: string): Promise<number | null> {
  return stat(dir).then(
    (s) => s.ino,
    () => null,
  );
}
