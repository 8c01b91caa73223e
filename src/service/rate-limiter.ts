/** Per-user sliding window: at most `limit` questions in any `windowMs`. */
export class RateLimiter {
  /**
   * Each user's questions in the window, oldest first, the user whose last question taken is the
   * oldest first. A user is forgotten once `windowMs` has passed since their last question taken (none
   * of theirs is in the window then), or, past `maxUsers`, the one whose last question taken is the
   * oldest. A Map in that order: an LRU cache of `maxUsers` entries allocated them all at every start
   * (~20–30 ms for 50,000).
   */
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
    private readonly maxUsers = 50_000,
  ) {}

  /** Takes a slot for `user`; returns 0 when allowed, else the ms until a slot frees up. */
  take(user: string): number {
    const now = this.now();
    this.forgetIdle(now);
    // A refused question leaves the user's place (and expiry) as their last question taken set it.
    const recent = (this.hits.get(user) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) return this.windowMs - (now - recent[0]!);
    recent.push(now);
    this.hits.delete(user);
    this.hits.set(user, recent);
    if (this.hits.size > this.maxUsers) this.hits.delete(this.hits.keys().next().value!);
    return 0;
  }

  /** Users whose last question taken is out of the window: the oldest come first. */
  private forgetIdle(now: number): void {
    for (const [user, times] of this.hits) {
      if (now - times[times.length - 1]! < this.windowMs) return;
      this.hits.delete(user);
    }
  }

  /** How many users are remembered. */
  get size(): number {
    return this.hits.size;
  }
}
