import type { RawConfig } from "./config-schema.js";

/** A setting's value read without the schema, or UNSURE when only the schema can say (and word an error). */
const UNSURE = Symbol("unsure");
type Reader = (value: string | undefined) => unknown;

const text =
  (fallback: string): Reader =>
  (v) =>
    v ?? fallback;
/** Blank is unset; else trimmed. */
const optionalText: Reader = (v) => (v === undefined || v.trim() === "" ? undefined : v.trim());
const optionalMatching =
  (ok: (v: string) => boolean): Reader =>
  (v) => {
    const t = optionalText(v) as string | undefined;
    return t === undefined || ok(t) ? t : UNSURE;
  };
/** An http(s) URL written in full, as the schema keeps it (trimmed). */
const optionalUrl = optionalMatching((t) => /^https?:\/\/\S+$/i.test(t) && URL.canParse(t));
const oneOf =
  (values: readonly string[]): Reader =>
  (v) =>
    v === undefined || values.includes(v) ? v : UNSURE;
/** Digits only, within bounds; unset or empty: `fallback`. */
const wholeNumber =
  (fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): Reader =>
  (v) => {
    if (v === undefined || v === "") return fallback;
    const n = Number(v);
    return /^\d{1,15}$/.test(v) && n >= min && n <= max ? n : UNSURE;
  };
const command =
  (fallback: string): Reader =>
  (v) =>
    v === undefined ? fallback : /^\/[a-z0-9_-]{1,31}$/.test(v) ? v : UNSURE;

const ID = /^\d{5,25}$/;

/** Each setting of `configSchema`, in its order, read the way the schema reads a plainly valid value. */
const READERS: Record<keyof RawConfig, Reader> = {
  KNOWLEDGE_DIR: text("knowledge"),
  DATA_DIR: text("data"),
  PROMPTS_DIR: text("prompts"),
  EMBEDDINGS_PROVIDER: oneOf(["local", "openai"]),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_EMBEDDINGS_MODEL: text("text-embedding-3-small"),
  OPENAI_MODEL: text("gpt-4.1-mini"),
  OPENAI_TEMPERATURE: (v) =>
    v === undefined || v === "" ? 0.1 : /^[0-2](\.\d{1,6})?$/.test(v) && Number(v) <= 2 ? Number(v) : UNSURE,
  ANSWER_MODE: oneOf(["llm", "extractive"]),
  HISTORY_TURNS: wholeNumber(4, 1),
  OPENAI_TIMEOUT_MS: wholeNumber(20_000, 1, 600_000),
  OPENAI_MAX_RETRIES: wholeNumber(2, 0, 10),
  OPENAI_REST_MS: wholeNumber(30_000, 0, 600_000),
  MAX_QUESTION_CHARS: wholeNumber(1000, 1),
  SLACK_BOT_TOKEN: optionalMatching((t) => t.startsWith("xoxb-")),
  SLACK_APP_TOKEN: optionalMatching((t) => t.startsWith("xapp-")),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: optionalUrl,
  SLACK_COMMAND: command("/ask"),
  SLACK_FIT_COMMAND: command("/fit"),
  SLACK_ALLOWED_CHANNELS: text(""),
  DISCORD_TOKEN: optionalText,
  DISCORD_API_URL: optionalUrl,
  DISCORD_APPLICATION_ID: optionalMatching((t) => ID.test(t)),
  DISCORD_GUILD_ID: optionalMatching((t) => ID.test(t)),
  DISCORD_ALLOWED_CHANNELS: text(""),
  OWNER_SLACK_USER_ID: optionalMatching((t) => /^[UW][A-Z0-9]{2,}$/.test(t)),
  OWNER_DISCORD_USER_ID: optionalMatching((t) => ID.test(t)),
  PORT: wholeNumber(3000, 1, 65_535),
  HOST: text("0.0.0.0"),
  LOG_QUESTIONS: (v) => (v === undefined || v === "true" ? true : v === "false" ? false : UNSURE),
  RATE_LIMIT_PER_MINUTE: wholeNumber(10, 1),
  MAX_CONCURRENT_ANSWERS: wholeNumber(4, 1),
  MAX_QUEUED_QUESTIONS: wholeNumber(1000, 1),
  SHUTDOWN_GRACE_MS: wholeNumber(10_000, 100, 600_000),
  LOG_LEVEL: oneOf(["debug", "info", "warn", "error", "silent"]),
};

/**
 * The settings, read without zod when every one is plainly valid (unset, or as written in `.env.example`):
 * the same object `configSchema` gives, key for key (a key the environment has, or with a default). Null
 * when any value is not plainly valid: then the schema reads them all, and words what is wrong.
 */
export function plainConfig(env: NodeJS.ProcessEnv): RawConfig | null {
  const out: Record<string, unknown> = {};
  for (const [key, read] of Object.entries(READERS)) {
    const value = read(env[key]);
    if (value === UNSURE) return null;
    if (value !== undefined || key in env) out[key] = value;
  }
  return out as RawConfig;
}
