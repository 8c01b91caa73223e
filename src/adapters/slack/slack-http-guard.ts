import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseQuery } from "node:querystring";
import type { HTTPReceiver } from "@slack/bolt";
import type { Logger } from "../../logging/logger.js";
import { SLACK_LIMITS } from "./slack-limits.js";

/** Why a request to /slack/events is refused before Bolt sees it, with the HTTP status. */
type Refusal = { status: 400 | 401 | 413; reason: string };

/**
 * Checks each POST to /slack/events before Bolt: the body is read up to 1 MB (a larger one is refused
 * with 413 as soon as its length is known, without reading the rest), the signature and a timestamp
 * within 5 minutes either way are checked, and the body must parse to an object. Bolt reads a JSON
 * `null` as a body and crashes the process on it. A request that passes goes on to Bolt with its body
 * already read (Bolt reuses `rawBody`).
 */
export function guardHttpReceiver(
  receiver: HTTPReceiver,
  signingSecret: string,
  logger: Logger,
  endpoint = "/slack/events",
): void {
  const bolt = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "POST" || new URL(req.url ?? "/", "http://localhost").pathname !== endpoint)
      return bolt(req, res);
    void (async () => {
      try {
        const refusal = await readChecked(req, signingSecret);
        if (!refusal) return bolt(req, res);
        logger.warn({ status: refusal.status, reason: refusal.reason }, "refused a request to /slack/events");
        // The rest of an oversized body is never read: the connection closes once the 413 is out.
        if (refusal.status === 413) res.once("finish", () => req.destroy());
        res.writeHead(refusal.status, { connection: "close" }).end();
      } catch (error) {
        logger.warn({ err: error }, "could not read or pass on a request to /slack/events");
        if (!res.headersSent) res.writeHead(400, { connection: "close" }).end();
      }
    })();
  };
}

async function readChecked(req: IncomingMessage, signingSecret: string): Promise<Refusal | null> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > SLACK_LIMITS.maxBodyBytes) return { status: 413, reason: `declared body of ${declared} bytes` };
  const raw = await readUpTo(req, SLACK_LIMITS.maxBodyBytes);
  if (!raw) return { status: 413, reason: `body over ${SLACK_LIMITS.maxBodyBytes} bytes` };
  (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
  const text = raw.toString();
  const contentType = String(req.headers["content-type"] ?? "");
  const form = contentType === "application/x-www-form-urlencoded";
  if (form && parseQuery(text).ssl_check === "1") return null;
  const timestamp = Number(req.headers["x-slack-request-timestamp"]);
  const signature = req.headers["x-slack-signature"];
  if (!Number.isFinite(timestamp) || typeof signature !== "string") return { status: 401, reason: "unsigned" };
  if (Math.abs(Date.now() / 1000 - timestamp) > SLACK_LIMITS.maxClockSkewSec)
    return { status: 401, reason: "timestamp more than 5 minutes away" };
  const expected = Buffer.from(
    `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${text}`).digest("hex")}`,
  );
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { status: 401, reason: "bad signature" };
  return isObjectBody(text, form) ? null : { status: 400, reason: "body is not an object" };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The whole body, or null as soon as it passes `limit` bytes (reading then stops). */
function readUpTo(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off("data", onData).pause();
      resolve(null);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", reject);
  });
}

/**
 * Parses the body as Bolt will (a form, a form's `payload` field, or JSON): true for an object only,
 * and for an Events API callback only if it carries an event with a type.
 */
function isObjectBody(text: string, form: boolean): boolean {
  try {
    if (form) {
      const payload = parseQuery(text).payload;
      if (payload === undefined) return true;
      if (typeof payload !== "string") return false;
      text = payload;
    }
    const body: unknown = JSON.parse(text);
    if (!isObject(body)) return false;
    return body.type !== "event_callback" || (isObject(body.event) && typeof body.event.type === "string");
  } catch {
    return false;
  }
}
