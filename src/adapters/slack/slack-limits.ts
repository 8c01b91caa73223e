/** Slack's limits and our timeouts and retries towards Slack, in one place. */
export const SLACK_LIMITS = {
  /** Largest request body read in HTTP mode; Slack's own payloads are far smaller. */
  maxBodyBytes: 1024 * 1024,
  /** A signed request older or newer than this is refused (replay protection; Slack's rule is 5 min). */
  maxClockSkewSec: 5 * 60,
  /** How long a handled slash command's trigger_id is remembered, so a replay is answered once. */
  replayMemoryMs: 10 * 60 * 1000,
  /** Each Web API call or response_url POST gives up after this long. */
  callTimeoutMs: 10_000,
  /** Web API retries on 5xx and network errors, for calls that are safe to repeat. */
  apiRetries: 2,
  /** Pauses before each response_url retry (on 5xx, network error or time-out). */
  respondBackoffMs: [500, 1500, 4000],
  /** stop(): how long in-flight Slack calls may finish before they are aborted. */
  stopGraceMs: 1000,
  /** stop(): how long closing the HTTP server or the socket may take. */
  closeTimeoutMs: 2000,
} as const;
