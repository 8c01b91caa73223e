import type { Profile } from "../knowledge/profile.js";
import { watch, type FSWatcher } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
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

  fit(description: string): Promise<FitReport> {
    const engine = this.current;
    if (!engine.fit) return Promise.reject(new Error("this engine cannot read job descriptions"));
    return engine.fit(description);
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
      } catch (error) {
        logger.warn({ err: error, dir }, "cannot watch for knowledge edits; restart the bot after editing");
      }
    }
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
