import { AsyncLocalStorage } from "node:async_hooks";

/** Raised when the waiting line is full: the caller tells the user to come back shortly. */
export class QueueFullError extends Error {
  override name = "QueueFullError";
}

/** One task's hold on a slot of a gate; it lets go of the slot while the task waits on a model. */
interface Lease {
  gate: ConcurrencyGate;
  held: boolean;
  /** Calls under `stepAside` still running for this task. */
  away: number;
  done: boolean;
}

const currentLease = new AsyncLocalStorage<Lease>();

/**
 * At most `maxRunning` tasks at once; up to `maxQueued` more wait their turn (first come, first
 * served), so a burst waits instead of failing. Past that, `run` refuses at once. A task waiting on a
 * model (see `stepAside`) leaves its slot to the next one meanwhile, and gets one back before anyone
 * new when the model replies.
 *
 * Waiting tasks are started one per turn of the event loop: starting them all in the same turn would
 * chain their work into one long block, and acks and health checks would wait behind it.
 */
export class ConcurrencyGate {
  private running = 0;
  /** Tasks taken and not finished, holding a slot or not. */
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** Tasks back from a model call: they go before new ones. */
  private readonly returning: (() => void)[] = [];
  private idleWaiters: (() => void)[] = [];
  private pumping: NodeJS.Immediate | null = null;

  /**
   * @param maxWaitMs when set, a task still waiting after this long is refused with `QueueFullError`
   *   (model calls: better the quoted passages now than a fluent answer after minutes in line).
   */
  constructor(
    private readonly maxRunning: number,
    private readonly maxQueued: number,
    private readonly maxWaitMs?: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.maxRunning && this.waiting.length === 0 && this.returning.length === 0) {
      this.running += 1;
    } else {
      if (this.waiting.length >= this.maxQueued)
        throw new QueueFullError(`${this.waiting.length} questions already waiting`);
      await this.wait();
    }
    const lease: Lease = { gate: this, held: true, away: 0, done: false };
    this.active += 1;
    try {
      return await currentLease.run(lease, task);
    } finally {
      lease.done = true;
      this.active -= 1;
      if (lease.held) this.release();
      else this.settle();
    }
  }

  /** Resolves when nothing runs and nothing waits. */
  idle(): Promise<void> {
    if (this.active === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** @internal Lets go of a lease's slot while it waits. */
  leave(lease: Lease): void {
    if (!lease.held) return;
    lease.held = false;
    this.release();
  }

  /** @internal Takes a slot back for a lease, before any new task; never refused. */
  async rejoin(lease: Lease): Promise<void> {
    if (lease.held || lease.done) return;
    await new Promise<void>((resolve) => {
      this.returning.push(resolve);
      this.schedule();
    });
    lease.held = true;
    // Finished meanwhile, or gone waiting again: the slot goes on to the next one.
    if (lease.done || lease.away > 0) this.leave(lease);
  }

  /** Waits in line for a slot, handed over by the pump; with `maxWaitMs`, not for longer. */
  private wait(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.maxWaitMs === undefined) {
        this.waiting.push(resolve);
        this.schedule();
        return;
      }
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(take);
        if (at < 0) return;
        this.waiting.splice(at, 1);
        this.settle();
        reject(new QueueFullError(`no free slot within ${this.maxWaitMs} ms`));
      }, this.maxWaitMs);
      const take = () => {
        clearTimeout(timer);
        resolve();
      };
      this.waiting.push(take);
      this.schedule();
    });
  }

  private release(): void {
    this.running -= 1;
    this.schedule();
    this.settle();
  }

  /** Starts the next task (one back from a model first) on the next turn, if a slot is free. */
  private schedule(): void {
    if (this.pumping || this.running >= this.maxRunning) return;
    if (this.returning.length === 0 && this.waiting.length === 0) return;
    this.pumping = setImmediate(() => {
      this.pumping = null;
      const next = this.running < this.maxRunning ? (this.returning.shift() ?? this.waiting.shift()) : undefined;
      if (next) {
        this.running += 1;
        next();
      }
      this.schedule();
    });
  }

  private settle(): void {
    if (this.active === 0 && this.waiting.length === 0) for (const w of this.idleWaiters.splice(0)) w();
  }
}

/**
 * Runs `call` — a request to a model, which may take seconds or hang until its timeout — without
 * holding the caller's slot in the gate it runs under, so answers that need no model go on meanwhile.
 * Outside any gate it just runs `call`.
 */
export async function stepAside<T>(call: () => Promise<T>): Promise<T> {
  const lease = currentLease.getStore();
  if (!lease || lease.done) return call();
  lease.away += 1;
  lease.gate.leave(lease);
  try {
    // The call itself runs outside the lease: a gate it enters is a separate one.
    return await currentLease.exit(call);
  } finally {
    lease.away -= 1;
    if (lease.away === 0) await lease.gate.rejoin(lease);
  }
}
