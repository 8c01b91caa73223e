/**
 * Every HTTP call the Slack adapter makes (Web API and response_url) goes through `fetch` here: each
 * with its own time-out, and all of them abortable at once when the adapter stops, so a hung Slack
 * cannot hold a shutdown.
 */
export class SlackCalls {
  private readonly stopping = new AbortController();
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly timeoutMs: number) {}

  readonly fetch: typeof globalThis.fetch = async (input, init = {}) => {
    if (this.stopping.signal.aborted) throw new Error("the Slack adapter is stopping");
    const timeout = new AbortController();
    // The time-out is checked after the event loop has read what arrived: when the bot's own work
    // held the loop past the deadline, a reply already waiting in the socket still counts.
    // Left running after the headers arrive, so reading the body is bounded too.
    setTimeout(
      () => setImmediate(() => timeout.abort(new DOMException("Slack call timed out", "TimeoutError"))),
      this.timeoutMs,
    ).unref();
    const signals = [this.stopping.signal, timeout.signal];
    if (init.signal) signals.push(init.signal);
    this.inFlight += 1;
    try {
      return await globalThis.fetch(input, { ...init, signal: AbortSignal.any(signals) });
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  };

  get aborted(): boolean {
    return this.stopping.signal.aborted;
  }

  /** Waits up to `graceMs` for calls in flight to end, then aborts those left and refuses new ones. */
  async stop(graceMs: number): Promise<number> {
    if (this.inFlight > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => this.idleWaiters.push(resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
      ]);
      clearTimeout(timer);
    }
    const left = this.inFlight;
    this.stopping.abort(new Error("the Slack adapter stopped"));
    return left;
  }
}

/** Resolves with `work`, or with undefined once `ms` have passed (never rejects). */
export async function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([work.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}
