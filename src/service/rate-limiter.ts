import { LRUCache } from "lru-cache";

/** Per-user sliding window: at most `limit` questions in any `windowMs`. */
export class RateLimiter {
  /**
   * Each user's questions in the window, oldest first. A user is forgotten once `windowMs` has passed
   * since their last question taken (none of theirs is in the window then), or, past `maxUsers`, the
   * one whose last question taken is the oldest.
   */
  private readonly hits: LRUCache<string, number[]>;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
    maxUsers = 50_000,
  ) {
    this.hits = new LRUCache({ max: maxUsers, ttl: windowMs, ttlResolution: 0, perf: { now } });
  }

  /** Takes a slot for `user`; returns 0 when allowed, else the ms until a slot frees up. */
  take(user: string): number {
    const now = this.now();
    // `peek`: a refused question leaves the user's place (and expiry) as their last question taken set it.
    const recent = (this.hits.peek(user) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) return this.windowMs - (now - recent[0]!);
    recent.push(now);
    this.hits.set(user, recent);
    return 0;
  }
}
