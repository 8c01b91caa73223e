import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { ConfigError, loadConfig, type Config } from "../config/config.js";
import { createLogger, type LogLevel, type Logger } from "../logging/logger.js";

/**
 * Reads `.env` and the environment, validates them, and makes the logger. Exits with the message
 * naming the bad variable when the configuration cannot be used.
 */
export function bootstrap(defaultLevel: LogLevel | ((config: Config) => LogLevel)): { config: Config; logger: Logger } {
  loadDotenv();
  try {
    const config = loadConfig(process.env);
    const fallback = typeof defaultLevel === "function" ? defaultLevel(config) : defaultLevel;
    return { config, logger: createLogger(config.LOG_LEVEL ?? fallback) };
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

/**
 * `.env` in the working directory, read by dotenv, when there is one or a DOTENV_… setting says where
 * to look: otherwise dotenv has nothing to read, and is not even loaded (~10 ms of a one-shot command).
 */
function loadDotenv(): void {
  if (!existsSync(".env") && !Object.keys(process.env).some((k) => k.startsWith("DOTENV_"))) return;
  const dotenv = createRequire(import.meta.url)("dotenv") as typeof import("dotenv");
  dotenv.config({ quiet: true });
}
