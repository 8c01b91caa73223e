import { Client, Events, GatewayIntentBits, Partials } from "discord.js";
import type { AdapterDeps } from "../adapter-deps.js";
import { ReplyChains, type DiscordContext, type DiscordOptions } from "./discord-context.js";
import { handleInteraction } from "./discord-interaction.js";
import { handleMessage } from "./discord-message.js";

/**
 * The Discord bot: mentions, replies, threads, DMs and /ask. It only translates Discord events into
 * questions and answers into embeds. A failed handler or REST call is logged; the process goes on.
 */
export function createDiscordClient(deps: AdapterDeps, options: DiscordOptions): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel, Partials.Message],
    rest: { ...(options.apiUrl ? { api: options.apiUrl } : {}), version: "10", ...(options.restRetries !== undefined ? { retries: options.restRetries } : {}) },
    allowedMentions: { parse: [], repliedUser: false },
  });
  const ctx: DiscordContext = {
    deps,
    options,
    chains: new ReplyChains(),
    isAllowed: (channelId, isDm) => isDm || options.allowedChannels.length === 0 || options.allowedChannels.includes(channelId),
  };
  const log = deps.logger.child({ component: "discord" });
  // Tracked, so a shutdown waits for the reply to go out; a failure is logged, never thrown.
  const guard = (what: string, run: () => Promise<void>) => {
    deps.asker.track(run).catch((error: unknown) => log.error({ err: error }, `${what} failed`));
  };
  client.on(Events.MessageCreate, (message) => guard("message handler", () => handleMessage(ctx, client as Client<true>, message)));
  client.on(Events.InteractionCreate, (interaction) => guard("interaction handler", () => handleInteraction(ctx, interaction)));
  client.on(Events.Error, (error) => log.error({ err: error }, "discord client error"));
  client.on(Events.Warn, (message) => log.warn(message));
  return client;
}

/** Logs in and waits until the gateway says the bot is ready. */
export async function startDiscordClient(client: Client, token: string): Promise<void> {
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
}
