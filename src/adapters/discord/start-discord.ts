import type { Config } from "../../config/config.js";
import { listOf } from "../../config/config.js";
import type { AdapterDeps } from "../adapter-deps.js";
import { createDiscordClient, startDiscordClient } from "./discord-client.js";
import { Deliveries, type PendingDelivery } from "./discord-delivery.js";
import { destroyWithin } from "./discord-start.js";

/**
 * Builds the Discord bot from the configuration and logs in. Returns how to stop it (bounded: a
 * gateway that went away never holds the process) and which answers are still on their way out.
 */
export async function startDiscord(
  config: Config,
  deps: AdapterDeps,
): Promise<{ tag: string; stop: () => Promise<void>; undelivered: () => PendingDelivery[] }> {
  const deliveries = new Deliveries();
  const client = createDiscordClient(deps, {
    token: config.DISCORD_TOKEN!,
    apiUrl: config.DISCORD_API_URL,
    allowedChannels: listOf(config.DISCORD_ALLOWED_CHANNELS),
    deliveries,
    ownerUserId: config.OWNER_DISCORD_USER_ID,
  });
  await startDiscordClient(client, config.DISCORD_TOKEN!);
  return {
    tag: client.user?.tag ?? "bot",
    stop: () => destroyWithin(client),
    undelivered: () => deliveries.undelivered(),
  };
}
