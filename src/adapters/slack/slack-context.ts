import type { webApi } from "@slack/bolt";
import { LRUCache } from "lru-cache";
import type { AdapterDeps } from "../adapter-deps.js";
import type { SlackCalls } from "./slack-calls.js";

export type SlackDeps = AdapterDeps;

export interface SlackOptions {
  botToken: string;
  /** Socket Mode when set (no public URL needed). */
  appToken?: string;
  /** HTTP mode when set instead, on `port`/`host`, endpoint /slack/events. */
  signingSecret?: string;
  /** Web API base, e.g. http://127.0.0.1:4000/api/ in tests; Slack's own when unset. */
  apiUrl?: string;
  /** Slash command, e.g. "/ask". */
  command: string;
  /** Slash command for job-description fit, e.g. "/fit". */
  fitCommand: string;
  /** Channel ids the bot answers in; empty: everywhere it is invited. DMs are always answered. */
  allowedChannels: string[];
  port: number;
  host?: string;
  /** Web API retries for calls safe to repeat (SLACK_LIMITS.apiRetries by default; tests use 0). */
  retries?: number;
  /** The candidate's Slack user id: "Ask the candidate" forwards questions to them by DM. */
  ownerUserId?: string;
  /** Time-out of each Web API call and response_url post (SLACK_LIMITS.callTimeoutMs by default). */
  timeoutMs?: number;
}

/** Threads the bot answered in: later messages there are follow-ups, answered without a mention. */
export class ActiveThreads {
  private readonly threads: LRUCache<string, true>;

  constructor(ttlMs = 24 * 60 * 60 * 1000, max = 10_000) {
    this.threads = new LRUCache({ max, ttl: ttlMs });
  }

  add(channel: string, threadTs: string): void {
    this.threads.set(`${channel}:${threadTs}`, true);
  }

  has(channel: string, threadTs: string): boolean {
    return this.threads.has(`${channel}:${threadTs}`);
  }
}

export interface SlackContext {
  deps: SlackDeps;
  options: SlackOptions;
  threads: ActiveThreads;
  /** Every Slack HTTP call: timed out, and aborted when the adapter stops. */
  calls: SlackCalls;
  /** A Web API client that never retries by itself, for calls that create something (chat.postMessage). */
  once: webApi.WebClient;
  isAllowed(channel: string | undefined): boolean;
}
