import { describe, expect, it } from "vitest";
import { isRetryable, retryAfterMs, withRetries } from "../../src/calls/retry.js";

const fast = { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5 };
const httpError = (status: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`HTTP ${status}`), { status, headers });

describe("retry policy of model calls", () => {
  it("retries rate limits, server errors and dropped connections, but not a refused request", () => {
    expect(isRetryable(httpError(429))).toBe(true);
    expect(isRetryable(httpError(503))).toBe(true);
    expect(isRetryable({ response: { status: 502 } })).toBe(true);
    expect(isRetryable(Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }))).toBe(true);
    expect(isRetryable(httpError(400))).toBe(false);
    expect(isRetryable(httpError(401))).toBe(false);
    expect(isRetryable(new Error("bad input"))).toBe(false);
  });

  it("reads retry-after in seconds or as a date, from a plain object or a Headers", () => {
    expect(retryAfterMs(httpError(429, { "retry-after": "2" }))).toBe(2000);
    const headers = new Headers({ "retry-after": "1.5" });
    expect(retryAfterMs({ response: { status: 429, headers } })).toBe(1500);
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const wait = retryAfterMs(httpError(429, { "retry-after": inTenSeconds })) ?? 0;
    expect(wait).toBeGreaterThan(8000);
    expect(wait).toBeLessThanOrEqual(10_000);
    expect(retryAfterMs(httpError(429))).toBeUndefined();
  });

  it("succeeds on a later attempt, reporting each retry with a wait capped at maxDelayMs", async () => {
    const retries: [number, number][] = [];
    const result = await withRetries(
      async (attempt) => {
        if (attempt < 2) throw httpError(429, { "retry-after": "60" });
        return `ok after ${attempt}`;
      },
      fast,
      (_error, waitMs, attempt) => retries.push([waitMs, attempt]),
    );
    expect(result).toBe("ok after 2");
    expect(retries).toEqual([
      [5, 1],
      [5, 2],
    ]);
  });

  it("gives up at once on a 4xx, and after maxRetries on a retryable failure", async () => {
    let calls = 0;
    const refused = withRetries(async () => {
      calls++;
      throw httpError(400);
    }, fast);
    await expect(refused).rejects.toThrow("HTTP 400");
    expect(calls).toBe(1);
    calls = 0;
    const down = withRetries(async () => {
      calls++;
      throw httpError(500);
    }, fast);
    await expect(down).rejects.toThrow("HTTP 500");
    expect(calls).toBe(fast.maxRetries + 1);
  });
});
