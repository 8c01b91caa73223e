import type { Config } from "../../config/config.js";
import { listOf } from "../../config/config.js";
import type { AdapterDeps } from "../adapter-deps.js";
import { createDiscordClient, startDiscordClient } from "./discord-client.js";

/** Builds the Discord bot from the configuration, logs in, and returns how to stop it. */
export async function startDiscord(config: Config, deps: AdapterDeps): Promise<{ tag: string; stop: () => Promise<void> }> {
  const client = createDiscordClient(deps, { token: config.DISCORD_TOKEN!, apiUrl: config.DISCORD_API_URL, allowedChannels: listOf(config.DISCORD_ALLOWED_CHANNELS) });
  await startDiscordClient(client, config.DISCORD_TOKEN!);
  return { tag: client.user?.tag ?? "bot", stop: () => client.destroy() };
}
