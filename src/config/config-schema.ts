import type * as Zod from "zod";

/*
 * The configuration's schema, built from `z` (zod, which config.ts loads only when a setting is not plainly
 * valid): what decides, and words, every configuration error. One group per part of `.env.example`.
 */

function kinds(z: typeof Zod) {
  const optionalText = z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().optional(),
  );
  const optionalUrl = z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.url({ protocol: /^https?$/, message: "must be a full http(s) URL such as http://127.0.0.1:8080/v1" }).optional(),
  );
  const positiveInt = (fallback: number, max = Number.MAX_SAFE_INTEGER, unit = "") =>
    z.preprocess(
      (v) => (v === undefined || v === "" ? fallback : Number(v)),
      z
        .number({ message: "must be a number" })
        .int("must be a whole number")
        .positive("must be above 0")
        .max(max, `must be at most ${max}${unit}`),
    );
  /** A duration setting in milliseconds, `min` to `max`, worded as such in its errors. */
  const millis = (fallback: number, min: number, max: number) =>
    z.preprocess(
      (v) => (v === undefined || v === "" ? fallback : Number(v)),
      z
        .number({ message: "must be a number of milliseconds" })
        .int("must be a whole number of milliseconds")
        .min(min, min === 0 ? "must be 0 or more" : `must be at least ${min} (ms)`)
        .max(max, `must be at most ${max} (${max / 60_000} minutes)`),
    );
  return { optionalText, optionalUrl, positiveInt, millis };
}
type Kinds = ReturnType<typeof kinds>;

/** The knowledge, the models, the answers. */
function coreSettings(z: typeof Zod, { optionalText, optionalUrl, positiveInt, millis }: Kinds) {
  return {
    /** Folder of markdown files the bot answers from. */
    KNOWLEDGE_DIR: z.string().default("knowledge"),
    /** Folder for the index, the embeddings cache and (later) the database. Git-ignored. */
    DATA_DIR: z.string().default("data"),
    /** Folder of the prompt files. */
    PROMPTS_DIR: z.string().default("prompts"),
    /** "local" (bundled model, offline) or "openai"; defaults to openai when OPENAI_API_KEY is set. */
    EMBEDDINGS_PROVIDER: z.enum(["local", "openai"], { message: 'must be "local" or "openai"' }).optional(),
    OPENAI_API_KEY: optionalText,
    /** Any OpenAI-compatible server: Azure, vLLM, Ollama, LM Studio. */
    OPENAI_BASE_URL: optionalUrl,
    OPENAI_EMBEDDINGS_MODEL: z.string().default("text-embedding-3-small"),
    /** Chat model for fluent answers. */
    OPENAI_MODEL: z.string().default("gpt-4.1-mini"),
    OPENAI_TEMPERATURE: z.preprocess(
      (v) => (v === undefined || v === "" ? 0.1 : Number(v)),
      z.number({ message: "must be a number" }).min(0, "must be between 0 and 2").max(2, "must be between 0 and 2"),
    ),
    /**
     * "llm" (fluent, through the chat model) or "extractive" (quotes only); defaults to llm when OPENAI_API_KEY is set.
     */
    ANSWER_MODE: z.enum(["llm", "extractive"], { message: 'must be "llm" or "extractive"' }).optional(),
    /** Earlier turns kept per conversation for follow-up questions. */
    HISTORY_TURNS: positiveInt(4),
    // Over 2^31 - 1 ms a timer fires at once: every call would fail before it is sent.
    OPENAI_TIMEOUT_MS: positiveInt(20_000, 600_000, " (10 minutes)"),
    OPENAI_MAX_RETRIES: z.preprocess(
      (v) => (v === undefined || v === "" ? 2 : Number(v)),
      z.number().int().min(0).max(10),
    ),
    /** After a failed model call, how long answers skip the model (0: never); see LlmSetup.rest. */
    OPENAI_REST_MS: millis(30_000, 0, 600_000),
    /** Longest question accepted, in characters. */
    MAX_QUESTION_CHARS: positiveInt(1000),
  };
}

/** Slack. */
function slackSettings(z: typeof Zod, { optionalText, optionalUrl }: Kinds) {
  return {
    /** Slack bot token (xoxb-…): starts the Slack app. */
    SLACK_BOT_TOKEN: optionalText.refine(
      (v) => v === undefined || v.startsWith("xoxb-"),
      "must be the bot token, starting with xoxb-",
    ),
    /** App-level token (xapp-…) for Socket Mode. */
    SLACK_APP_TOKEN: optionalText.refine(
      (v) => v === undefined || v.startsWith("xapp-"),
      "must be an app-level token, starting with xapp-",
    ),
    /** Signing secret, for HTTP mode (when there is no app token). */
    SLACK_SIGNING_SECRET: optionalText,
    /** Slack Web API base URL; Slack's own when unset (GovCloud, proxies, tests). */
    SLACK_API_URL: optionalUrl,
    SLACK_COMMAND: z
      .string()
      .regex(/^\/[a-z0-9_-]{1,31}$/, "must be a slash command such as /ask")
      .default("/ask"),
    /** Slash command that reads a pasted job description against the profile. */
    SLACK_FIT_COMMAND: z
      .string()
      .regex(/^\/[a-z0-9_-]{1,31}$/, "must be a slash command such as /fit")
      .default("/fit"),
    /** Comma-separated channel ids the bot answers in; empty: every channel it is in. */
    SLACK_ALLOWED_CHANNELS: z.string().default(""),
  };
}

/** Discord, and the owner's ids for "Ask the candidate". */
function discordSettings(z: typeof Zod, { optionalText, optionalUrl }: Kinds) {
  return {
    /** Discord bot token: starts the Discord bot. */
    DISCORD_TOKEN: optionalText,
    /** Discord REST base URL, e.g. http://127.0.0.1:4100/api; Discord's own when unset (proxies, tests). */
    DISCORD_API_URL: optionalUrl,
    /** Application id, for `npm run discord:register`. */
    DISCORD_APPLICATION_ID: optionalText.refine(
      (v) => v === undefined || /^\d{5,25}$/.test(v),
      "must be the numeric application id",
    ),
    /** Guild to register /ask in (instant); unset: registered globally. */
    DISCORD_GUILD_ID: optionalText.refine((v) => v === undefined || /^\d{5,25}$/.test(v), "must be a numeric guild id"),
    /** Comma-separated channel ids the bot answers in; empty: every channel it can read. */
    DISCORD_ALLOWED_CHANNELS: z.string().default(""),
    /** The candidate's own Slack user id (U…): turns on "Ask the candidate" in Slack. */
    OWNER_SLACK_USER_ID: optionalText.refine(
      (v) => v === undefined || /^[UW][A-Z0-9]{2,}$/.test(v),
      "must be a Slack user id such as U012ABCDEF (profile → ⋮ → Copy member ID)",
    ),
    /** The candidate's own Discord user id: turns on "Ask the candidate" in Discord. */
    OWNER_DISCORD_USER_ID: optionalText.refine(
      (v) => v === undefined || /^\d{5,25}$/.test(v),
      "must be a numeric Discord user id (Developer Mode → right-click your name → Copy User ID)",
    ),
  };
}

/** Serving: the port, the question log, limits, shutdown, logs. */
function serviceSettings(z: typeof Zod, { positiveInt, millis }: Kinds) {
  return {
    /** HTTP port (Slack HTTP mode) and interface to listen on. */
    PORT: positiveInt(3000, 65_535),
    HOST: z.string().default("0.0.0.0"),
    /** "false" turns the owner's question log (DATA_DIR/bot.db) off. */
    LOG_QUESTIONS: z
      .enum(["true", "false"], { message: 'must be "true" or "false"' })
      .default("true")
      .transform((v) => v === "true"),
    /** Questions one person may ask per minute. */
    RATE_LIMIT_PER_MINUTE: positiveInt(10),
    /** Answers computed at once; more wait in line. */
    MAX_CONCURRENT_ANSWERS: positiveInt(4),
    /** Questions that may wait in line before new ones are turned away with a "busy" message. */
    MAX_QUEUED_QUESTIONS: positiveInt(1000),
    /**
     * SIGTERM/SIGINT: how long questions in flight may take to be answered and delivered before the
     * process exits anyway, naming in the log those it could not deliver. Kept well under the 15 s a
     * process manager usually waits before SIGKILL.
     */
    SHUTDOWN_GRACE_MS: millis(10_000, 100, 600_000),
    LOG_LEVEL: z
      .enum(["debug", "info", "warn", "error", "silent"], { message: "must be debug, info, warn, error or silent" })
      .optional(),
  };
}

/** Every setting the bot reads from the environment, with its default. */
export function configSchema(z: typeof Zod) {
  const k = kinds(z);
  return z.object({
    ...coreSettings(z, k),
    ...slackSettings(z, k),
    ...discordSettings(z, k),
    ...serviceSettings(z, k),
  });
}

/** The settings as the schema gives them. */
export type RawConfig = Zod.infer<ReturnType<typeof configSchema>>;
