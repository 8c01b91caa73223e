/** Per-user sliding window: at most `limit` questions in any `windowMs`. */
export class RateLimiter {
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
    const recent = (this.hits.get(user) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(user, recent);
      return this.windowMs - (now - recent[0]!);
    }
    recent.push(now);
    this.hits.delete(user);
    this.hits.set(user, recent);
    if (this.hits.size > this.maxUsers) this.hits.delete(this.hits.keys().next().value!);
    return 0;
  }
}
