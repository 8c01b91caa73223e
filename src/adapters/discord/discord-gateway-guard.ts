import type { Client } from "discord.js";
import type { Logger } from "../../logging/logger.js";
import { newReference } from "../../logging/reference.js";

interface GatewayPacket {
  t?: unknown;
  d?: unknown;
}

/** Dispatches that may come with no data; every other one must carry an object. */
const DATALESS = new Set(["RESUMED"]);

/**
 * Stands in front of discord.js's packet handlers. discord.js reads dispatches without checking
 * them, and a throw there (a MESSAGE_CREATE whose data is null, an interaction without data) is an
 * unhandled rejection that takes the whole process down, Slack included. A payload without data is
 * dropped; one whose handler throws is logged with a reference and dropped; the bot goes on.
 */
export function guardGatewayPackets(client: Client, log: Logger): void {
  // handlePacket is discord.js's private entry for every dispatch (queued ones too): the one place
  // to stand before all its handlers.
  const ws = client.ws as unknown as { handlePacket(packet?: GatewayPacket, shard?: unknown): boolean };
  const handle = ws.handlePacket.bind(ws);
  ws.handlePacket = (packet, shard) => {
    if (packet !== undefined && !isWellFormed(packet)) {
      log.warn({ reference: newReference(), event: eventName(packet) }, "dropped a malformed gateway payload");
      return true;
    }
    try {
      return handle(packet, shard);
    } catch (error) {
      log.error(
        { err: error, reference: newReference(), event: eventName(packet) },
        "a gateway payload could not be handled; dropped",
      );
      return true;
    }
  };
}

function isWellFormed(packet: GatewayPacket): boolean {
  if (packet === null || typeof packet !== "object" || typeof packet.t !== "string") return false;
  return DATALESS.has(packet.t) || (typeof packet.d === "object" && packet.d !== null && !Array.isArray(packet.d));
}

function eventName(packet: GatewayPacket | undefined): string {
  return typeof packet?.t === "string" ? packet.t.slice(0, 40) : "unknown";
}
