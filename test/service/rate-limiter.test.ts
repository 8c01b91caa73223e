import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/service/rate-limiter.js";

describe("RateLimiter", () => {
  it("lets a user ask `limit` questions in a window, then says how long until the next slot", () => {
    let now = 1_000;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.take("ann")).toBe(0);
    now += 10_000;
    expect(limiter.take("ann")).toBe(0);
    now += 5_000;
    expect(limiter.take("ann")).toBe(45_000);
    expect(limiter.take("bob")).toBe(0);
    now += 45_000;
    expect(limiter.take("ann")).toBe(0);
  });

  it("doesn't count a refused question against the user", () => {
    let now = 0;
    const limiter = new RateLimiter(1, 1_000, () => now);
    expect(limiter.take("ann")).toBe(0);
    now = 500;
    expect(limiter.take("ann")).toBe(500);
    now = 1_000;
    expect(limiter.take("ann")).toBe(0);
  });
});

describe("RateLimiter memory", () => {
  it("forgets users idle for a window, and past maxUsers the one whose last question is the oldest", () => {
    let now = 0;
    const limiter = new RateLimiter(1, 1_000, () => now, 2);
    limiter.take("ann");
    now = 100;
    limiter.take("bob");
    now = 200;
    limiter.take("cid");
    expect(limiter.size).toBe(2);
    // Ann was forgotten (the oldest), so her next question is allowed; Cid's next one is not.
    expect(limiter.take("ann")).toBe(0);
    expect(limiter.take("cid")).toBe(1_000);
    now = 1_300;
    expect(limiter.take("dan")).toBe(0);
    expect(limiter.size).toBe(1);
  });
});
