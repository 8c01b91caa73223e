import { LRUCache } from "lru-cache";
import type { AdapterDeps } from "../adapter-deps.js";
import type { Deliveries } from "./discord-delivery.js";

/** Time limits for Discord: no REST call, log-in or shutdown waits on Discord for longer. */
export const DISCORD_TIMEOUTS = {
  /** One REST request (discord.js aborts it, then retries it `restRetries` times). */
  restMs: 10_000,
  /** Log-in: the gateway's READY and the guilds after it. */
  readyMs: 60_000,
  /** client.destroy() at shutdown, which waits on a gateway that may be gone. */
  destroyMs: 3_000,
} as const;

export interface DiscordOptions {
  token: string;
  /** REST base, e.g. http://127.0.0.1:4100/api in tests; Discord's own when unset. */
  apiUrl?: string;
  /** Channel ids the bot answers in; empty: every channel it can read. DMs are always answered. */
  allowedChannels: string[];
  /** REST retries on 5xx and time-outs (discord.js default 3; tests use 0). */
  restRetries?: number;
  /** Per-request REST time-out; DISCORD_TIMEOUTS.restMs when unset. */
  restTimeoutMs?: number;
  /** The candidate's Discord user id: "Ask the candidate" forwards questions to them by DM. */
  ownerUserId?: string;
  /** Where answers on their way out are tracked; one is made when unset. */
  deliveries?: Deliveries;
}

/** Which conversation a bot message belongs to, so a reply to it continues that conversation. */
export class ReplyChains {
  private readonly byMessage: LRUCache<string, string>;

  constructor(max = 20_000) {
    this.byMessage = new LRUCache({ max });
  }

  link(botMessageId: string, conversationId: string): void {
    this.byMessage.set(botMessageId, conversationId);
  }

  conversationOf(botMessageId: string): string | undefined {
    return this.byMessage.get(botMessageId);
  }
}

export interface DiscordContext {
  deps: AdapterDeps;
  options: DiscordOptions;
  chains: ReplyChains;
  deliveries: Deliveries;
  isAllowed(channelId: string, isDm: boolean): boolean;
}

/** Sent with every message: nothing from a question or a passage can ping anyone. */
export const NO_PINGS = { parse: [], repliedUser: false } as const;
