import type { webApi } from "@slack/bolt";

/** Who the bot is in Slack, from auth.test. */
export interface SlackIdentity {
  botToken: string;
  botId?: string;
  botUserId?: string;
  teamId?: string;
}

/** A start-up failure with a one-line message for the person running the bot. */
export class SlackStartError extends Error {
  override readonly name = "SlackStartError";
}

const REFUSED = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "not_allowed_token_type",
  "missing_scope",
]);

/**
 * Checks the bot token with auth.test before anything else runs. Bolt would otherwise call it from
 * its constructor and leave the rejection unhandled, which ends the process with a stack trace.
 */
export async function verifyBotToken(
  client: webApi.WebClient,
  botToken: string,
  retryDelayMs = START_RETRY_DELAY_MS,
): Promise<SlackIdentity> {
  const result = await checked(
    () => client.auth.test({ token: botToken }),
    "SLACK_BOT_TOKEN",
    "the Bot User OAuth Token (xoxb-…) from the app's Install App page",
    retryDelayMs,
  );
  return { botToken, botId: result.bot_id, botUserId: result.user_id, teamId: result.team_id };
}

/**
 * Checks the app-level token before Socket Mode starts: Bolt's own start retries a refusal other than
 * invalid_auth (a missing connections:write scope) and a 5xx forever, saying nothing that names the token.
 */
export async function verifyAppToken(
  client: webApi.WebClient,
  appToken: string,
  retryDelayMs = START_RETRY_DELAY_MS,
): Promise<void> {
  await checked(
    () => client.apps.connections.open({ token: appToken }),
    "SLACK_APP_TOKEN",
    "the app-level token (xapp-…, scope connections:write) from Basic Information",
    retryDelayMs,
  );
}

/** A start-up call to Slack: a refusal is final; a hiccup (a 5xx, a dropped connection) is tried again twice. */
async function checked<T>(call: () => Promise<T>, variable: string, what: string, retryDelayMs: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const refused = REFUSED.has((error as { data?: { error?: string } }).data?.error ?? "");
      if (refused || attempt >= START_ATTEMPTS) throw startError(error, variable, what);
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs * attempt));
    }
  }
}

/** auth.test tries at start, and the pause before the next (times the attempt). */
const START_ATTEMPTS = 3;
const START_RETRY_DELAY_MS = 1000;

/** Slack's reason for refusing a token, as a friendly start-up error naming the variable to fix. */
export function startError(error: unknown, variable: string, what: string): SlackStartError {
  const code = (error as { data?: { error?: string } }).data?.error;
  if (code && REFUSED.has(code)) return new SlackStartError(`Slack refused ${variable} (${code}): put ${what} in .env`);
  const reason = error instanceof Error ? error.message : String(error);
  return new SlackStartError(`could not reach Slack to check ${variable}: ${reason}`);
}
