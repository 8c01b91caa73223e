/**
 * The one retry policy of outside model calls, chat and embeddings alike.
 *
 * @langchain/core 1.4's AsyncCaller honours `retry-after` on a 429 too (it waits the longer of its
 * backoff and the header), but it is not used: it gives up at once on a 429 without the header and on
 * one asking for more than 60 s, its waits have no upper bound of ours (`maxDelayMs`), its backoff
 * (1 s, doubling) can't be set, and it has no hook to log a retry. This one retries 429, 5xx, time-outs
 * and dropped connections, waits what `retry-after` asks up to `maxDelayMs`, and reports each retry.
 */
/** How failed model calls are retried. */
export interface RetryPolicy {
  maxRetries: number;
  /** First backoff; doubled on each retry, with jitter. */
  baseDelayMs: number;
  /** No single wait is longer than this, whatever `retry-after` asks. */
  maxDelayMs: number;
}

interface HttpishError {
  status?: number;
  headers?: Headers | Record<string, string | undefined>;
  response?: { status?: number; headers?: Headers | Record<string, string | undefined> };
  name?: string;
  code?: string;
}

function statusOf(error: unknown): number | undefined {
  const e = error as HttpishError;
  return e?.status ?? e?.response?.status;
}

function header(headers: HttpishError["headers"], name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  return (headers as Record<string, string | undefined>)[name];
}

/** The wait a server asked for, in ms (`retry-after` in seconds or as a date), if any. */
export function retryAfterMs(error: unknown): number | undefined {
  const e = error as HttpishError;
  const value = header(e?.headers, "retry-after") ?? header(e?.response?.headers, "retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** 429, 5xx, time-outs and dropped connections are worth another try; 4xx are not. */
export function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return status === 429 || status >= 500;
  const e = error as HttpishError;
  return /timeout|connection|ECONNRESET|ECONNREFUSED|socket/i.test(
    `${e?.name ?? ""} ${e?.code ?? ""} ${(error as Error)?.message ?? ""}`,
  );
}

/** Runs `call`, retrying retryable failures with backoff that honours `retry-after`. */
export async function withRetries<T>(
  call: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  onRetry?: (error: unknown, waitMs: number, attempt: number) => void,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call(attempt);
    } catch (error) {
      if (attempt >= policy.maxRetries || !isRetryable(error)) throw error;
      const backoff = policy.baseDelayMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
      const wait = Math.min(policy.maxDelayMs, retryAfterMs(error) ?? backoff);
      onRetry?.(error, wait, attempt + 1);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
