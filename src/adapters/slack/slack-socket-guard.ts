import type { SocketModeReceiver } from "@slack/bolt";
import type { Logger } from "../../logging/logger.js";

type Envelope = { type?: unknown; envelope_id?: unknown; payload?: unknown };
type MessageHandler = (data: unknown, isBinary: boolean) => Promise<void>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks each Socket Mode message before the Socket Mode client reads it: the client dereferences
 * `payload.event.type` unguarded, and the rejection of an envelope without them ends the process.
 * Such an envelope is acked (so Slack doesn't resend it) and dropped with a warning.
 */
export function guardSocketReceiver(receiver: SocketModeReceiver, logger: Logger): void {
  // The Socket Mode client's message handler and send() are not public; they are what it registers itself.
  const client = receiver.client as unknown as NodeJS.EventEmitter & {
    onWebSocketMessage: MessageHandler;
    send(id: string, body?: object): Promise<void>;
  };
  client.removeAllListeners("ws_message");
  client.on("ws_message", (data: unknown, isBinary: boolean) => {
    const envelope = readEnvelope(data, isBinary);
    if (envelope && !isUsable(envelope)) {
      logger.warn(
        { type: String(envelope.type), envelopeId: String(envelope.envelope_id ?? "") },
        "dropped a malformed Socket Mode envelope",
      );
      if (typeof envelope.envelope_id === "string")
        client
          .send(envelope.envelope_id)
          .catch((error: unknown) => logger.warn({ err: error }, "could not ack a malformed envelope"));
      return;
    }
    client
      .onWebSocketMessage(data, isBinary)
      .catch((error: unknown) => logger.error({ err: error }, "a Socket Mode message failed"));
  });
}

/** The parsed message, or null when it is not JSON at all (the client ignores those itself). */
function readEnvelope(data: unknown, isBinary: boolean): Envelope | null {
  if (isBinary) return null;
  try {
    const parsed: unknown = JSON.parse(typeof data === "string" ? data : new TextDecoder().decode(data as ArrayBuffer));
    return isObject(parsed) ? parsed : { type: typeof parsed };
  } catch {
    return null;
  }
}

function isUsable(envelope: Envelope): boolean {
  if (envelope.type === "hello" || envelope.type === "disconnect") return true;
  if (typeof envelope.type !== "string" || !isObject(envelope.payload)) return false;
  if (envelope.type !== "events_api") return true;
  const event = envelope.payload.event;
  return isObject(event) && typeof event.type === "string";
}
