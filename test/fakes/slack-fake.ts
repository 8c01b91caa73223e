import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import type { SlackOptions } from "../../src/adapters/slack/slack-context.js";

export interface SlackCall {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  /** Form fields or JSON body; `blocks` parsed from JSON when sent as a form string. */
  body: Record<string, unknown>;
}

/**
 * A fault the fake injects into its next answer to a method: an HTTP status, a Slack error
 * (`ok: false`), a request left hanging, or the call carried out and its response then lost.
 */
export type SlackFault = { status: number } | { error: string } | { hang: true } | { lose: true };

/** A message the fake holds, as posted or updated. */
export interface FakeMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  user: string;
  bot_id: string;
  metadata?: unknown;
  /** Block Kit as last posted or updated: the buttons a user can click. */
  blocks?: unknown[];
}

export const BOT_USER_ID = "UBOT";
export const TEAM_ID = "T1";

/** The Slack app's options in HTTP mode against this fake on `port`: what tests and benches start it with. */
export function slackOptionsFor(
  fake: FakeSlack,
  port: number,
  signingSecret: string,
  overrides: Partial<SlackOptions> = {},
): SlackOptions {
  return {
    botToken: "xoxb-test",
    signingSecret,
    apiUrl: fake.apiUrl,
    command: "/ask",
    fitCommand: "/fit",
    allowedChannels: [],
    port,
    host: "127.0.0.1",
    retries: 0,
    ...overrides,
  };
}

/**
 * Slack on 127.0.0.1: the Web API (`/api/<method>`, with auth.test, chat.*, views.publish and
 * apps.connections.open answered), `response_url` endpoints (`/respond/<id>`), and a Socket Mode
 * WebSocket that says hello and collects the app's acks.
 */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  /** Bodies POSTed to response_url, with performance.now() at arrival. */
  readonly responses: { path: string; body: Record<string, unknown>; at: number }[] = [];
  /** Every POST to a response_url, failed ones included. */
  readonly responseAttempts: { path: string; body: Record<string, unknown>; at: number }[] = [];
  readonly socketMessages: Record<string, unknown>[] = [];
  /** Messages the bot posted, by ts: what a user would see in the channel. */
  readonly messages = new Map<string, FakeMessage>();
  /** Faults for the next calls to a Web API method ("chat.update"…) or to any response_url ("respond"). */
  readonly faults = new Map<string, SlackFault[]>();
  /** auth.test's answer to a bad token. */
  authError: string | null = null;
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private socket: WebSocket | null = null;
  private ts = 1_700_000_000;
  url = "";

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/respond/${id}`;
  }

  async start(): Promise<this> {
    this.wss = new WebSocketServer({ noServer: true });
    this.server = createServer(async (req, res) => {
      let raw = "";
      for await (const chunk of req) raw += chunk;
      const path = req.url ?? "";
      const isJson = String(req.headers["content-type"] ?? "").includes("json");
      const body: Record<string, unknown> = isJson
        ? raw
          ? JSON.parse(raw)
          : {}
        : Object.fromEntries(new URLSearchParams(raw));
      if (typeof body.blocks === "string") body.blocks = JSON.parse(body.blocks);
      if (path.startsWith("/respond/")) {
        const fault = this.faults.get("respond")?.shift();
        this.responseAttempts.push({ path, body, at: performance.now() });
        if (fault && "hang" in fault) return;
        if (fault && "status" in fault) return void res.writeHead(fault.status).end("error");
        this.responses.push({ path, body, at: performance.now() });
        if (fault && "lose" in fault) return void res.destroy();
        res.writeHead(200, { "content-type": "text/plain" }).end("ok");
        return;
      }
      const method = path.replace(/^\/api\//, "").split("?")[0]!;
      this.calls.push({ method, headers: req.headers, body });
      const fault = this.faults.get(method)?.shift();
      if (fault && "hang" in fault) return;
      if (fault && "status" in fault) return void res.writeHead(fault.status).end("error");
      const reply = fault && "error" in fault ? { ok: false, error: fault.error } : this.reply(method, body);
      if (fault && "lose" in fault) return void res.destroy();
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply));
    });
    this.server.on("upgrade", (req, socket, head) => {
      this.wss!.handleUpgrade(req, socket, head, (ws) => {
        this.socket = ws;
        ws.on("message", (data) => this.socketMessages.push(JSON.parse(String(data))));
        ws.send(
          JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A1" }, debug_info: {} }),
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.socket?.terminate();
    this.wss?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Sends a Socket Mode envelope to the connected app. */
  sendEnvelope(envelope: Record<string, unknown>): void {
    if (!this.socket) throw new Error("no Socket Mode connection");
    this.socket.send(JSON.stringify(envelope));
  }

  get connected(): boolean {
    return this.socket !== null;
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.responseAttempts.length = 0;
    this.socketMessages.length = 0;
    this.messages.clear();
    this.faults.clear();
    this.authError = null;
  }

  /** Makes the next calls to `method` (or "respond" for response_url) fail as given, in order. */
  fail(method: string, ...faults: SlackFault[]): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...faults]);
  }

  /**
   * How many messages a response_url's POSTs left on the user's screen, as Slack shows them: a reply
   * with `replace_original: true` replaces the original (so repeats of it show once); others add one.
   */
  shownFor(path: string): number {
    const posts = this.responses.filter((r) => r.path === path);
    return (
      posts.filter((r) => r.body.replace_original !== true).length +
      (posts.some((r) => r.body.replace_original === true) ? 1 : 0)
    );
  }

  /** The messages in a channel (and thread), oldest first: what a user would see. */
  visible(channel: string, threadTs?: string): FakeMessage[] {
    return [...this.messages.values()].filter(
      (m) => m.channel === channel && (threadTs === undefined || m.thread_ts === threadTs),
    );
  }

  private reply(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        if (this.authError) return { ok: false, error: this.authError };
        return {
          ok: true,
          url: "https://fake.slack.test/",
          team: "Fake",
          user: "profile-bot",
          team_id: TEAM_ID,
          user_id: BOT_USER_ID,
          bot_id: "BBOT",
        };
      case "chat.postMessage": {
        const message: FakeMessage = {
          channel: String(body.channel),
          ts: `${++this.ts}.000100`,
          text: String(body.text ?? ""),
          user: BOT_USER_ID,
          bot_id: "BBOT",
        };
        if (body.thread_ts) message.thread_ts = String(body.thread_ts);
        if (Array.isArray(body.blocks)) message.blocks = body.blocks;
        if (body.metadata)
          message.metadata = typeof body.metadata === "string" ? JSON.parse(body.metadata) : body.metadata;
        this.messages.set(message.ts, message);
        return { ok: true, channel: body.channel, ts: message.ts, message: { text: body.text } };
      }
      case "chat.update": {
        const message = this.messages.get(String(body.ts));
        if (!message) return { ok: false, error: "message_not_found" };
        message.text = String(body.text ?? "");
        if (Array.isArray(body.blocks)) message.blocks = body.blocks;
        return { ok: true, channel: body.channel, ts: body.ts };
      }
      case "chat.delete":
        return this.messages.delete(String(body.ts))
          ? { ok: true, channel: body.channel, ts: body.ts }
          : { ok: false, error: "message_not_found" };
      case "conversations.replies":
      case "conversations.history": {
        const oldest = Number(body.oldest ?? 0);
        const found = [...this.messages.values()].filter(
          (m) =>
            m.channel === body.channel &&
            Number(m.ts) >= oldest &&
            (method === "conversations.history" || m.thread_ts === body.ts),
        );
        // Slack returns message metadata only when asked for it.
        const shown = found.map(({ metadata, ...m }) =>
          body.include_all_metadata === "true" || body.include_all_metadata === true ? { ...m, metadata } : m,
        );
        return { ok: true, messages: shown, has_more: false };
      }
      case "conversations.open":
        // The DM between the bot and one user (Slack answers with the same channel every time).
        return { ok: true, channel: { id: `D${String(body.users).replace(/^[UW]/, "")}` } };
      case "apps.connections.open":
        return { ok: true, url: `${this.url.replace("http", "ws")}/link/?ticket=test` };
      default:
        return { ok: true };
    }
  }
}

/** Headers Slack signs a request with: v0=HMAC-SHA256(secret, "v0:ts:body"). */
export function slackSignature(
  secret: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return { "x-slack-signature": signature, "x-slack-request-timestamp": String(timestamp) };
}

let triggerCounter = 0;

/** A slash command's form body, as Slack sends it; each gets its own trigger_id unless one is given. */
export function slashCommand(fields: {
  text: string;
  user_id?: string;
  channel_id?: string;
  response_url: string;
  command?: string;
  trigger_id?: string;
}): string {
  return new URLSearchParams({
    token: "legacy",
    team_id: TEAM_ID,
    team_domain: "fake",
    channel_id: fields.channel_id ?? "C1",
    channel_name: "recruiting",
    user_id: fields.user_id ?? "U1",
    user_name: "recruiter",
    command: fields.command ?? "/ask",
    text: fields.text,
    api_app_id: "A1",
    response_url: fields.response_url,
    trigger_id: fields.trigger_id ?? `${++triggerCounter}.456`,
  }).toString();
}

let eventCounter = 0;

/** A `message` event: in a channel ("C…"), or a DM ("D…"), with the fields given (`thread_ts`, `bot_id`…). */
export function messageEvent(
  event: { channel: string; ts: string; text: string } & Record<string, unknown>,
): Record<string, unknown> {
  return { type: "message", channel_type: event.channel.startsWith("D") ? "im" : "channel", ...event };
}

/** An `app_mention` event in `channel`, `text` after the bot's mention. */
export function mentionEvent(
  event: { channel: string; ts: string; text: string; user: string } & Record<string, unknown>,
): Record<string, unknown> {
  return { type: "app_mention", ...event, text: `<@${BOT_USER_ID}> ${event.text}` };
}

/** An Events API `event_callback` body. */
export function eventCallback(
  event: Record<string, unknown>,
  eventId = `Ev${++eventCounter}`,
): Record<string, unknown> {
  return {
    token: "legacy",
    team_id: TEAM_ID,
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event,
    authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }],
  };
}

/** An interactive payload of `type` from `user`, form-encoded as Slack sends it. */
function interactive(type: string, user: string | undefined, fields: Record<string, unknown>): string {
  const payload = {
    type,
    team: { id: TEAM_ID, domain: "fake" },
    user: { id: user ?? "U1", username: "recruiter", name: "recruiter", team_id: TEAM_ID },
    api_app_id: "A1",
    token: "legacy",
    ...fields,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A block_actions payload for a button click, form-encoded as Slack sends it (in C1 #recruiting unless told). */
export function buttonClick(fields: {
  actionId: string;
  value: string;
  response_url: string;
  user?: string;
  channel?: { id: string; name: string };
}): string {
  const channel = fields.channel ?? { id: "C1", name: "recruiting" };
  return interactive("block_actions", fields.user, {
    container: { type: "message", message_ts: "1.2", channel_id: channel.id, is_ephemeral: true },
    trigger_id: "1.2.3",
    channel,
    response_url: fields.response_url,
    actions: [
      {
        type: "button",
        action_id: fields.actionId,
        block_id: "b1",
        value: fields.value,
        action_ts: "1.3",
        text: { type: "plain_text", text: "x" },
      },
    ],
  });
}

/** A view_submission payload for a modal with one plain-text input, form-encoded as Slack sends it. */
export function viewSubmission(fields: {
  callbackId: string;
  block: string;
  action: string;
  value: string;
  privateMetadata?: string;
  user?: string;
}): string {
  return interactive("view_submission", fields.user, {
    trigger_id: "1.2.4",
    view: {
      id: "V1",
      type: "modal",
      callback_id: fields.callbackId,
      private_metadata: fields.privateMetadata ?? "",
      state: { values: { [fields.block]: { [fields.action]: { type: "plain_text_input", value: fields.value } } } },
      hash: "h",
    },
  });
}
