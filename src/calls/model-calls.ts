import { ConcurrencyGate, stepAside } from "./concurrency-gate.js";
import type { RetryPolicy } from "./retry.js";

/** Calls to one model (chat, or remote embeddings) in flight at once. */
export const MODEL_CALLS_AT_ONCE = 4;
/** Calls that may wait for a free slot; each waits at most one request's timeout. */
const MODEL_CALLS_QUEUED = 1000;
/** Backoff between retries of a failed model call; `retry-after` wins, up to the cap. */
export const MODEL_BACKOFF = { baseDelayMs: 500, maxDelayMs: 10_000 } as const satisfies Omit<
  RetryPolicy,
  "maxRetries"
>;

/** Runs one model call in a model's own lane. */
export type ModelLane = <T>(call: () => Promise<T>) => Promise<T>;

/**
 * A lane for one model's calls, apart from the answers' line: a few calls at once, and the caller's
 * answer slot left to others while it waits, so a hung model holds up only the questions that need it.
 * A call that finds no free slot within `maxWaitMs` fails (the answer falls back) instead of queueing
 * behind a hung model for minutes.
 */
export function createModelLane(maxWaitMs: number, atOnce = MODEL_CALLS_AT_ONCE): ModelLane {
  const gate = new ConcurrencyGate(atOnce, MODEL_CALLS_QUEUED, maxWaitMs);
  return (call) => stepAside(() => gate.run(call));
}
