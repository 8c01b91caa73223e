import { createRequire } from "node:module";
import type * as Zod from "zod";
import { configSchema, type RawConfig } from "./config-schema.js";
import { plainConfig } from "./plain-config.js";

/** "a, b ,c" → ["a", "b", "c"]. */
export function listOf(value: string): string[] {
  return value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
}

export interface Config extends Omit<RawConfig, "EMBEDDINGS_PROVIDER" | "ANSWER_MODE"> {
  EMBEDDINGS_PROVIDER: "local" | "openai";
  ANSWER_MODE: "llm" | "extractive";
}

/** A setting that cannot be used; the message names the variable and what to put there. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment once, at start-up; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = plainConfig(env) ?? checkedConfig(env);
  const provider = raw.EMBEDDINGS_PROVIDER ?? (raw.OPENAI_API_KEY ? "openai" : "local");
  if (provider === "openai" && !raw.OPENAI_API_KEY) {
    throw new ConfigError(
      'Invalid configuration (see .env.example):\n  EMBEDDINGS_PROVIDER: is "openai" but OPENAI_API_KEY is empty; ' +
        "set the key or use EMBEDDINGS_PROVIDER=local",
    );
  }
  const answerMode = raw.ANSWER_MODE ?? (raw.OPENAI_API_KEY ? "llm" : "extractive");
  if (answerMode === "llm" && !raw.OPENAI_API_KEY) {
    throw new ConfigError(
      'Invalid configuration (see .env.example):\n  ANSWER_MODE: is "llm" but OPENAI_API_KEY is empty; set the key ' +
        "(any value for a local server that needs none) or use ANSWER_MODE=extractive",
    );
  }
  if (raw.SLACK_BOT_TOKEN && !raw.SLACK_APP_TOKEN && !raw.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      "Invalid configuration (see .env.example):\n  SLACK_APP_TOKEN: SLACK_BOT_TOKEN is set but neither " +
        "SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is",
    );
  }
  return { ...raw, EMBEDDINGS_PROVIDER: provider, ANSWER_MODE: answerMode };
}

/**
 * The settings as the schema reads them, or ConfigError naming each bad one. zod (~0.2 MB of code) is loaded
 * only here, when a setting is not plainly valid (see plainConfig): a usual start never loads it.
 */
function checkedConfig(env: NodeJS.ProcessEnv): RawConfig {
  const z = createRequire(import.meta.url)("zod") as typeof Zod;
  const parsed = configSchema(z).safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join("\n")}`);
  }
  return parsed.data;
}
