/** Raised when the waiting line is full: the caller tells the user to come back shortly. */
export class QueueFullError extends Error {
  override name = "QueueFullError";
}

/**
 * At most `maxRunning` tasks at once; up to `maxQueued` more wait their turn (first come, first
 * served), so a burst waits instead of failing. Past that, `run` refuses at once.
 */
export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly maxRunning: number, private readonly maxQueued: number) {}

  get inFlight(): number {
    return this.running + this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.maxRunning) {
      if (this.waiting.length >= this.maxQueued) throw new QueueFullError(`${this.waiting.length} questions already waiting`);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else {
        this.running -= 1;
        if (this.running === 0) for (const w of this.idleWaiters.splice(0)) w();
      }
    }
  }

  /** Resolves when nothing runs and nothing waits. */
  idle(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
