import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One scripted reply of the fake: a completion's text, or a raw HTTP answer, or a hang. */
export interface FakeReply {
  content?: string;
  status?: number;
  headers?: Record<string, string>;
  /** Sent as the body as is (e.g. malformed JSON). */
  raw?: string;
  /** Never answer (until the server stops). */
  hang?: boolean;
}

export interface FakeRequest {
  path: string;
  headers: IncomingMessage["headers"];
  body: { model?: string; messages?: { role: string; content: string }[]; input?: string | string[]; stream?: boolean };
}

type ChatHandler = (request: FakeRequest) => FakeReply;

/**
 * An OpenAI-compatible server on 127.0.0.1: POST /v1/chat/completions answers from a script (a queue,
 * then a handler), POST /v1/embeddings answers with small deterministic vectors. Records requests.
 */
export class FakeOpenAI {
  readonly requests: FakeRequest[] = [];
  private readonly queue: FakeReply[] = [];
  private handler: ChatHandler = () => ({ content: "NOT_IN_PROFILE: no script for this request." });
  /** When set, how /v1/embeddings answers instead of with vectors (a status, or a hang). */
  private embeddingsFault: FakeReply | null = null;
  private server: Server | null = null;
  private readonly hanging = new Set<ServerResponse>();
  url = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
    return this;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Replies used in order for the next chat requests. */
  script(...replies: FakeReply[]): void {
    this.queue.push(...replies);
  }

  /** The reply for chat requests once the script is used up. */
  onChat(handler: ChatHandler): void {
    this.handler = handler;
  }

  /** Makes /v1/embeddings fail as `reply` says (status, hang); `null` restores the vectors. */
  failEmbeddings(reply: FakeReply | null): void {
    this.embeddingsFault = reply;
  }

  /** Drops the connections of the requests left hanging (the client sees a connection error). */
  releaseHanging(): void {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
  }

  embeddingRequests(): FakeRequest[] {
    return this.requests.filter((r) => r.path.endsWith("/embeddings"));
  }

  chatRequests(): FakeRequest[] {
    return this.requests.filter((r) => r.path.endsWith("/chat/completions"));
  }

  reset(): void {
    this.requests.length = 0;
    this.queue.length = 0;
    this.handler = () => ({ content: "NOT_IN_PROFILE: no script for this request." });
    this.embeddingsFault = null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const request: FakeRequest = { path: req.url ?? "", headers: req.headers, body: raw ? JSON.parse(raw) : {} };
    this.requests.push(request);
    if (req.method === "POST" && request.path.endsWith("/embeddings") && !this.embeddingsFault)
      return this.embeddings(request, res);
    if (req.method !== "POST" || !/\/(chat\/completions|embeddings)$/.test(request.path)) {
      res
        .writeHead(404, { "content-type": "application/json" })
        .end(JSON.stringify({ error: { message: "not found" } }));
      return;
    }
    const reply = request.path.endsWith("/embeddings")
      ? this.embeddingsFault!
      : (this.queue.shift() ?? this.handler(request));
    if (reply.hang) {
      this.hanging.add(res);
      return;
    }
    const status = reply.status ?? 200;
    const headers = { "content-type": "application/json", ...reply.headers };
    if (reply.raw !== undefined) {
      res.writeHead(status, headers).end(reply.raw);
      return;
    }
    if (status !== 200) {
      res
        .writeHead(status, headers)
        .end(JSON.stringify({ error: { message: `scripted ${status}`, type: "server_error" } }));
      return;
    }
    res.writeHead(200, headers).end(
      JSON.stringify({
        id: `chatcmpl-${this.requests.length}`,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model: request.body.model ?? "fake-model",
        choices: [{ index: 0, message: { role: "assistant", content: reply.content ?? "" }, finish_reason: "stop" }],
        usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
      }),
    );
  }

  private embeddings(request: FakeRequest, res: ServerResponse): void {
    const inputs = Array.isArray(request.body.input) ? request.body.input : [request.body.input ?? ""];
    const data = inputs.map((text, index) => ({ object: "embedding", index, embedding: hashVector(String(text)) }));
    res.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({
        object: "list",
        data,
        model: request.body.model,
        usage: { prompt_tokens: 1, total_tokens: 1 },
      }),
    );
  }
}

/** A bag-of-words vector: texts sharing words are close. */
function hashVector(text: string): number[] {
  const v = new Array<number>(64).fill(0);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    let h = 0;
    for (const c of word) h = (h * 31 + c.charCodeAt(0)) >>> 0;
    v[h % 64]! += 1;
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}
