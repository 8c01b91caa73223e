import { Client, Events, GatewayIntentBits, Partials, type Interaction } from "discord.js";
import { newReference } from "../../logging/reference.js";
import type { Logger } from "../../logging/logger.js";
import type { AdapterDeps } from "../adapter-deps.js";
import {
  DISCORD_TIMEOUTS,
  NO_PINGS,
  ReplyChains,
  type DiscordContext,
  type DiscordOptions,
} from "./discord-context.js";
import { Deliveries } from "./discord-delivery.js";
import { guardGatewayPackets } from "./discord-gateway-guard.js";
import { handleInteraction } from "./discord-interaction.js";
import { localeTexts } from "./discord-commands.js";
import { handleMessage } from "./discord-message.js";
import { loginDiscordClient } from "./discord-start.js";

/** What the bot hears: servers' messages (their text too) and direct messages. */
const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.MessageContent,
  GatewayIntentBits.DirectMessages,
];

/**
 * The Discord bot: mentions, replies, threads, DMs and /ask. It only translates Discord events into
 * questions and answers into embeds. A failed handler or REST call is logged; the process goes on.
 */
export function createDiscordClient(deps: AdapterDeps, options: DiscordOptions): Client {
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel, Partials.Message],
    rest: {
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
      version: "10",
      // Every REST call is bounded: a hung Discord never holds a reply (or a shutdown) for long.
      timeout: options.restTimeoutMs ?? DISCORD_TIMEOUTS.restMs,
      ...(options.restRetries !== undefined ? { retries: options.restRetries } : {}),
      // A 429 that says not how long to wait (a proxy's): failed, not tried again at once, forever.
      rejectOnRateLimit: (limit) => limit.retryAfter <= 0 && !limit.sublimitTimeout,
    },
    allowedMentions: { parse: [], repliedUser: false },
  });
  const ctx: DiscordContext = {
    deps,
    options,
    chains: new ReplyChains(),
    deliveries: options.deliveries ?? new Deliveries(),
    isAllowed: (channelId, isDm) =>
      isDm || options.allowedChannels.length === 0 || options.allowedChannels.includes(channelId),
  };
  const log = deps.logger.child({ component: "discord" });
  guardGatewayPackets(client, log);
  keepTokenAfterRefusal(client, options.token, log);
  // Tracked, so a shutdown waits for the reply to go out; a failure is logged, never thrown.
  const guard = (what: string, run: () => Promise<void>, onError?: (reference: string) => Promise<unknown>) => {
    deps.asker.track(run).catch((error: unknown) => {
      const reference = newReference();
      log.error({ err: error, reference }, `${what} failed`);
      onError?.(reference).catch(() => undefined);
    });
  };
  client.on(Events.MessageCreate, (message) =>
    guard("message handler", () => handleMessage(ctx, client as Client<true>, message)),
  );
  client.on(Events.InteractionCreate, (interaction) =>
    guard(
      "interaction handler",
      () => handleInteraction(ctx, interaction),
      async (reference) => {
        // A deferred command left "thinking…" gets the apology instead.
        if (interaction.isRepliable() && interaction.deferred && !interaction.replied) {
          await interaction.editReply({
            content: apologyFor(deps, interaction, reference),
            embeds: [],
            components: [],
            allowedMentions: NO_PINGS,
          });
        }
      },
    ),
  );
  client.on(Events.Error, (error) => log.error({ err: error }, "discord client error"));
  client.on(Events.Warn, (message) => log.warn(message));
  return client;
}

/** The apology in the asker's language: their question's, else their Discord client's. */
function apologyFor(deps: AdapterDeps, interaction: Interaction, reference: string): string {
  const question = interaction.isChatInputCommand() ? interaction.options.getString("question") : null;
  const words = question ? deps.asker.texts(deps.asker.languageOf(question)) : localeTexts(interaction.locale);
  return words.service.error(reference);
}

/**
 * A 401 makes discord.js's REST client drop the token for good: every later reply failed with "Expected
 * token to be set", even once Discord took the token again. The refusal is logged, naming DISCORD_TOKEN
 * (once a minute at most), and the token set again for the next calls; a refusal that holds fails each.
 */
function keepTokenAfterRefusal(client: Client, token: string, log: Logger): void {
  let saidAt = 0;
  client.rest.on("response", (_request, response) => {
    if (response.status !== 401) return;
    if (Date.now() - saidAt > 60_000) {
      saidAt = Date.now();
      log.error("Discord refused DISCORD_TOKEN (401 Unauthorized) for a reply; check the token if this goes on");
    }
    setImmediate(() => client.rest.setToken(token));
  });
}

/** Logs in and waits until the gateway says the bot is ready; a DiscordStartError otherwise. */
export async function startDiscordClient(client: Client, token: string): Promise<void> {
  await loginDiscordClient(client, token);
}
