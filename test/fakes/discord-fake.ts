import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Client } from "discord.js";
import { WebSocketServer, type WebSocket } from "ws";
import type { AdapterDeps } from "../../src/adapters/adapter-deps.js";
import { createDiscordClient, startDiscordClient } from "../../src/adapters/discord/discord-client.js";
import type { DiscordOptions } from "../../src/adapters/discord/discord-context.js";

export const DISCORD_BOT_ID = "100000000000000001";
export const DISCORD_APP_ID = "100000000000000002";
export const GUILD_ID = "200000000000000001";
export const CHANNEL_ID = "300000000000000001";
export const DM_CHANNEL_ID = "300000000000000009";

export interface DiscordCall {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
  /** performance.now() when the request arrived. */
  at: number;
}

const botUser = {
  id: DISCORD_BOT_ID,
  username: "profile-bot",
  discriminator: "0",
  global_name: null,
  avatar: null,
  bot: true,
};

/** The fields of a message the bot sent with `body`, as Discord returns it. */
function botMessage(body: { content?: unknown; embeds?: unknown }) {
  return {
    author: botUser,
    content: body.content ?? "",
    embeds: body.embeds ?? [],
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
  };
}

export function user(id: string, bot = false) {
  return {
    id,
    username: `user${id.slice(-3)}`,
    discriminator: "0",
    global_name: null,
    avatar: null,
    ...(bot ? { bot: true } : {}),
  };
}

let snowflake = 400_000_000_000_000_000n;
export const nextId = () => String(++snowflake);

/**
 * Discord on 127.0.0.1: REST under /api/v10 (messages, typing, interaction callbacks, webhook edits,
 * command registration) and a gateway (HELLO → IDENTIFY → READY → GUILD_CREATE, heartbeats).
 */
export class FakeDiscord {
  readonly calls: DiscordCall[] = [];
  readonly messages = new Map<string, Record<string, unknown>>();
  /** Status to answer message POSTs with (500 to simulate Discord failing). */
  failMessagesWith: number | null = null;
  /** Message POSTs to create, then answer with this status anyway (a 502 after the work was done). */
  failAfterCreatingWith: number | null = null;
  /** Status to answer replies (a message POST with message_reference) with, e.g. 400 when the question was deleted. */
  refuseRepliesWith: number | null = null;
  /** Status to answer interaction edits (PATCH …/messages/@original) with, e.g. 404 Unknown Webhook. */
  failEditsWith: number | null = null;
  /** Status to answer interaction follow-ups (POST /webhooks/:app/:token) with. */
  failFollowUpsWith: number | null = null;
  /** Message POSTs and edits are never answered (a hung Discord). */
  hangMessages = false;
  /** The token REST and the gateway accept; anything else gets 401 / close 4004. Unset: any. */
  validToken: string | null = null;
  /** Gateway close code for every IDENTIFY (4004 bad token, 4014 disallowed intents). */
  closeIdentifyWith: number | null = null;
  /** Dispatched after READY, before GUILD_CREATE, on every IDENTIFY (malformed payloads at start). */
  beforeGuild: { t: string; d: unknown }[] = [];
  /** Users whose DMs are closed to the bot: a message to their DM channel gets 403 (code 50007), as Discord answers. */
  readonly blockedDms = new Set<string>();
  /** DM channels opened through POST /users/@me/channels, by recipient id. */
  readonly dmChannels = new Map<string, string>();
  /** Messages created with enforce_nonce, by nonce: Discord returns the first instead of a second. */
  private readonly byNonce = new Map<string, Record<string, unknown>>();
  private hung: import("node:http").ServerResponse[] = [];
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private gatewayDown: false | "refuse" | "blackhole" = false;
  private held: import("node:stream").Duplex[] = [];
  url = "";

  get apiUrl(): string {
    return `${this.url}/api`;
  }

  async start(): Promise<this> {
    this.wss = new WebSocketServer({ noServer: true });
    this.server = createServer(async (req, res) => {
      let raw = "";
      for await (const chunk of req) raw += chunk;
      const path = decodeURIComponent((req.url ?? "").split("?")[0]!);
      const body =
        raw && String(req.headers["content-type"] ?? "").includes("json")
          ? (JSON.parse(raw) as Record<string, unknown>)
          : {};
      const call = { method: req.method ?? "GET", path, headers: req.headers, body, at: performance.now() };
      this.calls.push(call);
      const needsAuth = !/^\/api\/v10\/(interactions|webhooks)\//.test(path);
      if (this.validToken !== null && needsAuth && req.headers.authorization !== `Bot ${this.validToken}`) {
        res
          .writeHead(401, { "content-type": "application/json" })
          .end(JSON.stringify({ message: "401: Unauthorized", code: 0 }));
        return;
      }
      if (
        this.hangMessages &&
        /\/messages(\/@original)?$/.test(path) &&
        (call.method === "POST" || call.method === "PATCH")
      ) {
        this.hung.push(res);
        return;
      }
      const [status, reply] = this.route(call);
      if (status === 204) res.writeHead(204).end();
      else res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(reply));
    });
    this.server.on("upgrade", (req, socket, head) => {
      if (this.gatewayDown === "blackhole") return void this.held.push(socket);
      if (this.gatewayDown) return void socket.destroy();
      this.wss!.handleUpgrade(req, socket, head, (ws) => this.gateway(ws));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /**
   * The gateway goes away: open sockets cut, then new connections refused, or with `blackhole`
   * accepted and never answered (a half-open network). REST still answers.
   */
  dropGateway(mode: "refuse" | "blackhole" = "refuse"): void {
    this.gatewayDown = mode;
    for (const ws of this.sockets) {
      // A half-open connection: nothing read, nothing answered, never closed.
      if (mode === "blackhole") (ws as unknown as { _socket: import("node:net").Socket })._socket.pause();
      else ws.terminate();
    }
  }

  /** The gateway takes connections again. */
  restoreGateway(): void {
    this.gatewayDown = false;
    for (const socket of this.held.splice(0)) socket.destroy();
  }

  async stop(): Promise<void> {
    for (const res of this.hung.splice(0)) res.destroy();
    for (const socket of this.held.splice(0)) socket.destroy();
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Sends a gateway dispatch (op 0) to every connected client. */
  dispatch(t: string, d: Record<string, unknown>): void {
    const payload = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const ws of this.sockets) ws.send(payload);
  }

  /** A user's message in the guild channel (or a DM with `dm: true`), as MESSAGE_CREATE. */
  sendMessage(fields: {
    content: string;
    author?: ReturnType<typeof user>;
    replyTo?: string;
    dm?: boolean;
    mentionsBot?: boolean;
    /** A DM channel other than DM_CHANNEL_ID (with `dm: true`), e.g. one the bot opened. */
    channelId?: string;
  }): string {
    const id = nextId();
    const channelId = fields.dm ? (fields.channelId ?? DM_CHANNEL_ID) : CHANNEL_ID;
    const author = fields.author ?? user("500000000000000001");
    const mentions = (fields.mentionsBot ?? fields.content.includes(`<@${DISCORD_BOT_ID}>`)) ? [botUser] : [];
    const message = {
      id,
      channel_id: channelId,
      channel_type: fields.dm ? 1 : 0,
      author,
      content: fields.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions,
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: fields.replyTo ? 19 : 0,
      ...(fields.dm
        ? {}
        : { guild_id: GUILD_ID, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false } }),
      ...(fields.replyTo
        ? {
            message_reference: {
              message_id: fields.replyTo,
              channel_id: channelId,
              guild_id: fields.dm ? undefined : GUILD_ID,
            },
          }
        : {}),
    };
    this.messages.set(id, message);
    this.dispatch("MESSAGE_CREATE", message);
    return id;
  }

  /** `/fit [public:…]` as INTERACTION_CREATE. */
  sendFitCommand(isPublic?: boolean, userId = "500000000000000001"): { id: string; token: string } {
    return this.sendInteraction(
      2,
      {
        id: "600000000000000002",
        name: "fit",
        type: 1,
        options: isPublic === undefined ? [] : [{ name: "public", type: 5, value: isPublic }],
      },
      userId,
    );
  }

  /** A modal's submission (type 5) with one text input, as INTERACTION_CREATE. */
  sendModalSubmit(
    customId: string,
    inputId: string,
    value: string,
    userId = "500000000000000001",
  ): { id: string; token: string } {
    return this.sendInteraction(
      5,
      { custom_id: customId, components: [{ type: 1, components: [{ type: 4, custom_id: inputId, value }] }] },
      userId,
    );
  }

  private sendInteraction(
    type: number,
    data: Record<string, unknown>,
    userId: string,
    extra: Record<string, unknown> = {},
  ): { id: string; token: string } {
    const id = nextId();
    const token = `itok-${id}`;
    this.dispatch("INTERACTION_CREATE", {
      ...extra,
      id,
      application_id: DISCORD_APP_ID,
      type,
      token,
      version: 1,
      guild_id: GUILD_ID,
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "recruiting" },
      data,
      member: {
        user: user(userId),
        roles: [],
        permissions: "2147483647",
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
      },
      app_permissions: "2147483647",
      locale: "en-US",
      guild_locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: {},
      context: 0,
      ...extra,
    });
    return { id, token };
  }

  /**
   * A click on a button of `messageId` (a message the bot posted), as INTERACTION_CREATE type 3: in the
   * guild channel, or in a DM (no guild, `user` instead of `member`) when the message is in one.
   */
  sendButtonClick(customId: string, messageId: string, userId = "500000000000000001"): { id: string; token: string } {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`no message ${messageId}`);
    const channelId = String(message.channel_id);
    if (!this.isDm(channelId))
      return this.sendInteraction(3, { custom_id: customId, component_type: 2 }, userId, { message });
    const id = nextId();
    const token = `itok-${id}`;
    this.dispatch("INTERACTION_CREATE", {
      id,
      application_id: DISCORD_APP_ID,
      type: 3,
      token,
      version: 1,
      channel_id: channelId,
      channel: { id: channelId, type: 1, recipients: [user(userId)] },
      data: { custom_id: customId, component_type: 2 },
      message,
      user: user(userId),
      app_permissions: "2147483647",
      locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: {},
      context: 1,
    });
    return { id, token };
  }

  /** True for a DM channel: the fixed one, or one the bot opened. */
  isDm(channelId: string): boolean {
    return channelId === DM_CHANNEL_ID || [...this.dmChannels.values()].includes(channelId);
  }

  /** Messages the bot created in a channel, oldest first: what a user there sees. */
  postedIn(channelId: string): Record<string, unknown>[] {
    return [...this.messages.values()].filter(
      (m) => m.channel_id === channelId && (m.author as { id: string }).id === DISCORD_BOT_ID,
    );
  }

  /** `/ask question:… [public:…]` as INTERACTION_CREATE. */
  sendAskCommand(question: string, isPublic?: boolean, userId = "500000000000000001"): { id: string; token: string } {
    const options: Record<string, unknown>[] = [{ name: "question", type: 3, value: question }];
    if (isPublic !== undefined) options.push({ name: "public", type: 5, value: isPublic });
    return this.sendInteraction(2, { id: "600000000000000001", name: "ask", type: 1, options }, userId);
  }

  postedMessages(): DiscordCall[] {
    return this.calls.filter((c) => c.method === "POST" && /^\/api\/v10\/channels\/\d+\/messages$/.test(c.path));
  }

  reset(): void {
    this.calls.length = 0;
    this.failMessagesWith = null;
    this.failAfterCreatingWith = null;
    this.refuseRepliesWith = null;
    this.failEditsWith = null;
    this.failFollowUpsWith = null;
    this.hangMessages = false;
    for (const res of this.hung.splice(0)) res.destroy();
  }

  private gateway(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on("close", () => this.sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on("message", (data) => {
      if (this.gatewayDown) return;
      const payload = JSON.parse(String(data)) as { op: number; d?: { token?: string } };
      if (payload.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (payload.op !== 2) return;
      if (this.validToken !== null && payload.d?.token !== this.validToken)
        return void ws.close(4004, "Authentication failed.");
      if (this.closeIdentifyWith !== null) return void ws.close(this.closeIdentifyWith, "Refused.");
      this.seq = 0;
      const send = (t: string, d: Record<string, unknown>) => ws.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
      send("READY", {
        v: 10,
        user: botUser,
        guilds: [{ id: GUILD_ID, unavailable: true }],
        session_id: "session-1",
        resume_gateway_url: this.url.replace("http", "ws"),
        shard: [0, 1],
        application: { id: DISCORD_APP_ID, flags: 0 },
        private_channels: [],
      });
      for (const extra of this.beforeGuild) ws.send(JSON.stringify({ op: 0, t: extra.t, s: ++this.seq, d: extra.d }));
      send("GUILD_CREATE", {
        id: GUILD_ID,
        name: "Recruiting",
        icon: null,
        owner_id: "500000000000000099",
        unavailable: false,
        large: false,
        member_count: 2,
        joined_at: new Date().toISOString(),
        features: [],
        emojis: [],
        stickers: [],
        presences: [],
        voice_states: [],
        threads: [],
        stage_instances: [],
        guild_scheduled_events: [],
        roles: [
          {
            id: GUILD_ID,
            name: "@everyone",
            permissions: "2147483647",
            position: 0,
            color: 0,
            hoist: false,
            managed: false,
            mentionable: false,
            flags: 0,
          },
        ],
        members: [{ user: botUser, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false }],
        channels: [
          {
            id: CHANNEL_ID,
            type: 0,
            name: "recruiting",
            guild_id: GUILD_ID,
            position: 0,
            permission_overwrites: [],
            nsfw: false,
            parent_id: null,
          },
        ],
        afk_timeout: 300,
        verification_level: 0,
        default_message_notifications: 0,
        explicit_content_filter: 0,
        mfa_level: 0,
        premium_tier: 0,
        preferred_locale: "en-US",
        nsfw_level: 0,
        system_channel_flags: 0,
      });
    });
  }

  private route(call: DiscordCall): [number, unknown] {
    const { method, path, body } = call;
    if (method === "GET" && path === "/api/v10/gateway/bot") {
      return [
        200,
        {
          url: this.url.replace("http", "ws"),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        },
      ];
    }
    if (method === "POST" && path === "/api/v10/users/@me/channels") {
      const recipient = String(body.recipient_id);
      if (!this.dmChannels.has(recipient)) this.dmChannels.set(recipient, nextId());
      return [
        200,
        { id: this.dmChannels.get(recipient), type: 1, last_message_id: null, recipients: [user(recipient)] },
      ];
    }
    let m = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(path);
    const blocked = m && [...this.dmChannels].some(([u, c]) => c === m![1] && this.blockedDms.has(u));
    if (m && method === "POST" && blocked) return [403, { message: "Cannot send messages to this user", code: 50007 }];
    if (m && method === "POST") {
      if (this.failMessagesWith) return [this.failMessagesWith, { message: "scripted failure", code: 0 }];
      if (this.refuseRepliesWith && body.message_reference)
        return [this.refuseRepliesWith, { message: "Invalid Form Body", code: 50035 }];
      // As Discord does: the same nonce with enforce_nonce within minutes returns the message already made.
      const nonce = body.enforce_nonce === true && body.nonce !== undefined ? `${m[1]}:${String(body.nonce)}` : null;
      const existing = nonce ? this.byNonce.get(nonce) : undefined;
      if (existing) return [200, existing];
      const id = nextId();
      const message = {
        id,
        channel_id: m[1],
        ...botMessage(body),
        components: body.components ?? [],
        type: body.message_reference ? 19 : 0,
        ...(this.isDm(m[1]!) ? {} : { guild_id: GUILD_ID }),
        ...(body.message_reference ? { message_reference: body.message_reference } : {}),
      };
      this.messages.set(id, message);
      if (nonce) this.byNonce.set(nonce, message);
      if (this.failAfterCreatingWith) {
        const status = this.failAfterCreatingWith;
        this.failAfterCreatingWith = null;
        return [status, { message: "Bad Gateway", code: 0 }];
      }
      return [200, message];
    }
    m = /^\/api\/v10\/channels\/(\d+)\/messages\/(\d+)$/.exec(path);
    if (m && method === "GET") {
      const found = this.messages.get(m[2]!);
      return found ? [200, found] : [404, { message: "Unknown Message", code: 10008 }];
    }
    if (/^\/api\/v10\/channels\/\d+\/typing$/.test(path)) return [204, null];
    if (/^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return [204, null];
    m = /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(path);
    if (m && method === "PATCH" && this.failEditsWith)
      return [this.failEditsWith, { message: "Unknown Webhook", code: 10015 }];
    if (m && method === "PATCH")
      return [
        200,
        {
          id: nextId(),
          channel_id: CHANNEL_ID,
          ...botMessage(body),
          type: 20,
        },
      ];
    m = /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)$/.exec(path);
    if (m && method === "POST") {
      if (this.failFollowUpsWith) return [this.failFollowUpsWith, { message: "Unknown Webhook", code: 10015 }];
      return [
        200,
        {
          id: nextId(),
          channel_id: CHANNEL_ID,
          ...botMessage(body),
          flags: body.flags ?? 0,
          type: 0,
          webhook_id: m[1],
        },
      ];
    }
    if (method === "PUT" && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path))
      return [200, [body]];
    if (method === "GET" && path.startsWith("/api/v10/users/@me")) return [200, botUser];
    return [404, { message: "Unknown route", code: 0 }];
  }
}

/** The bot, real discord.js, logged in to `fake` with the test token. */
export async function startTestBot(
  fake: FakeDiscord,
  deps: AdapterDeps,
  options: Partial<DiscordOptions> = {},
): Promise<Client> {
  const client = createDiscordClient(deps, {
    token: "discord-test-token",
    apiUrl: fake.apiUrl,
    allowedChannels: [],
    ...options,
  });
  await startDiscordClient(client, "discord-test-token");
  return client;
}
