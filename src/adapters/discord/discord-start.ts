import { Events, type Client } from "discord.js";
import { DISCORD_TIMEOUTS } from "./discord-context.js";

/**
 * A start-up failure with one line for the person running the bot (`userMessage`): the process
 * prints it and exits non-zero, with no stack trace.
 */
export class DiscordStartError extends Error {
  override name = "DiscordStartError";

  constructor(
    readonly userMessage: string,
    options?: { cause?: unknown },
  ) {
    super(userMessage, options);
  }
}

const BAD_TOKEN =
  "Discord refused DISCORD_TOKEN (401 Unauthorized, invalid token): reset it in the Developer Portal (your " +
  "application → Bot → Reset Token) and put the new one in .env.";
const DISALLOWED_INTENTS =
  "Discord refused the bot's intents: turn on Message Content Intent (Developer Portal → your application → Bot), " +
  "then start again.";

/** Gateway close codes after which Discord will not take this bot until its settings change. */
const FATAL_CLOSE: Record<number, string> = { 4004: BAD_TOKEN, 4014: DISALLOWED_INTENTS, 4013: DISALLOWED_INTENTS };

/**
 * Logs in and waits until the gateway says the bot is ready. A bad token, disallowed intents, an
 * unreachable Discord or a gateway that never gets ready becomes a DiscordStartError; the client
 * is destroyed first, so nothing keeps retrying in the background.
 */
export async function loginDiscordClient(
  client: Client,
  token: string,
  readyMs: number = DISCORD_TIMEOUTS.readyMs,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let onDisconnect: ((event: { code: number }) => void) | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    onDisconnect = (event) =>
      reject(
        new DiscordStartError(
          FATAL_CLOSE[event.code] ??
            `Discord closed the connection at start (code ${event.code}); check DISCORD_TOKEN and the bot's settings.`,
        ),
      );
    client.once(Events.ShardDisconnect, onDisconnect);
    timer = setTimeout(
      () =>
        reject(
          new DiscordStartError(
            `Discord did not get the bot ready within ${Math.round(readyMs / 1000)} s; check the network and ` +
              `DISCORD_API_URL.`,
          ),
        ),
      readyMs,
    );
  });
  ready.catch(() => undefined);
  try {
    await client.login(token).catch((error: unknown) => {
      throw asStartError(error);
    });
    await ready;
  } catch (error) {
    await client.destroy().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
    if (onDisconnect) client.off(Events.ShardDisconnect, onDisconnect);
  }
}

function asStartError(error: unknown): DiscordStartError {
  const { code, status, message } = error as { code?: unknown; status?: number; message?: string };
  if (code === "TokenInvalid" || status === 401) return new DiscordStartError(BAD_TOKEN, { cause: error });
  // The gateway's own refusals (close 4004, 4013/4014), as @discordjs/ws words them.
  if (message === "Authentication failed") return new DiscordStartError(BAD_TOKEN, { cause: error });
  if (message === "Used disallowed intents" || message === "Used invalid intents")
    return new DiscordStartError(DISALLOWED_INTENTS, { cause: error });
  if (typeof code === "string" && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET)$/.test(code)) {
    return new DiscordStartError(`Could not reach Discord (${code}); check the network and DISCORD_API_URL.`, {
      cause: error,
    });
  }
  const cause = (error as { cause?: { code?: string } }).cause;
  if (cause?.code)
    return new DiscordStartError(`Could not reach Discord (${cause.code}); check the network and DISCORD_API_URL.`, {
      cause: error,
    });
  return new DiscordStartError(`Discord bot could not start: ${String(message ?? error).split("\n")[0]}`, {
    cause: error,
  });
}

/** client.destroy(), but never waiting longer than `ms` on a gateway that may be gone. */
export async function destroyWithin(client: Client, ms: number = DISCORD_TIMEOUTS.destroyMs): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([client.destroy().catch(() => undefined), late]);
  clearTimeout(timer);
}
