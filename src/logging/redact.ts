import { createRequire } from "node:module";
import type pino from "pino";

let pinoModule: typeof pino | undefined;

/**
 * pino, required when the first line is written or scrubbed: loading it takes ~40 ms, and a one-shot
 * `npm run ask` (logs at "warn") usually writes none.
 */
export function loadPino(): typeof pino {
  pinoModule ??= createRequire(import.meta.url)("pino") as typeof pino;
  return pinoModule;
}

/** What a secret is replaced with, in log lines. */
export const REDACTED = "[redacted]";

/**
 * Secrets as they show up inside strings (error messages, URLs, headers). Each keeps enough of the
 * text around the secret to stay useful: the scheme, the token's kind, the webhook's application id.
 */
const SECRET_PATTERNS: [RegExp, string][] = [
  // user:password@ (or a bare user@) in any URL: an OPENAI_BASE_URL with a password, a proxy URL.
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi, `$1${REDACTED}@`],
  // Discord webhook and interaction tokens ride in the path: /webhooks/<appid>/<token>, /interactions/<id>/<token>.
  [/(\/(?:webhooks|interactions)\/\d+\/)[^\s/?#"']+/gi, `$1${REDACTED}`],
  // Slack tokens: bot, user, app-level, refresh, configuration.
  [/\b(xox[abposre]|xapp|xoxe\.xox[bp])-[A-Za-z0-9-]+/g, `$1-${REDACTED}`],
  // Authorization headers: "Bearer …", "Bot …", "Basic …".
  [/\b(Bearer|Basic|Bot)\s+[A-Za-z0-9._~+/=-]{16,}/g, `$1 ${REDACTED}`],
  // OpenAI-style keys and JWT-shaped tokens (Discord bot tokens are three dot-separated base64 parts).
  [/\bsk-[A-Za-z0-9_-]{12,}/g, `sk-${REDACTED}`],
  [/\b[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}\b/g, REDACTED],
  // Credentials in query strings.
  [/([?&](?:token|access_token|api[-_]?key|key|password|secret|signature|sig|ticket)=)[^&\s#"']+/gi, `$1${REDACTED}`],
];

/** Keys whose string value is a secret whatever it looks like (apiKey, botToken, SLACK_SIGNING_SECRET…). */
const SECRET_KEY = /(token|secret|password|passwd|authorization|api[-_]?key|cookie)$/i;

/** Paths pino blanks before writing, a second net under the scrubbing below. */
export const REDACT_PATHS = [
  "apiKey",
  "*.apiKey",
  "token",
  "*.token",
  "authorization",
  "*.authorization",
  "password",
  "*.password",
  "headers.authorization",
  "*.headers.authorization",
  "headers.cookie",
  "*.headers.cookie",
  "OPENAI_API_KEY",
  "*.OPENAI_API_KEY",
  "SLACK_BOT_TOKEN",
  "*.SLACK_BOT_TOKEN",
  "SLACK_APP_TOKEN",
  "*.SLACK_APP_TOKEN",
  "SLACK_SIGNING_SECRET",
  "*.SLACK_SIGNING_SECRET",
  "DISCORD_TOKEN",
  "*.DISCORD_TOKEN",
];

/** A string with every secret it carries replaced by "[redacted]". */
export function scrubText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

const MAX_DEPTH = 8;

/**
 * A copy of `value` safe to log: strings scrubbed, secret-named keys blanked, errors turned into
 * plain objects first (message, stack, and a REST error's url and body are scrubbed like the rest).
 */
export function scrubValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === "string") return scrubText(value);
  if (value === null || typeof value !== "object") return value;
  if (depth > MAX_DEPTH || seen.has(value)) return "[…]";
  seen.add(value);
  if (value instanceof Error) return scrubValue(loadPino().stdSerializers.err(value), depth + 1, seen);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1, seen));
  if (value instanceof URL) return scrubText(value.href);
  if (value instanceof Date || Buffer.isBuffer(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      typeof item === "string" && SECRET_KEY.test(key) && item !== "" ? REDACTED : scrubValue(item, depth + 1, seen);
  }
  return out;
}
