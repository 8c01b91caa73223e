import { config as loadDotenv } from "dotenv";
import { ConfigError, loadConfig, type Config } from "../config/config.js";
import { createLogger, type LogLevel, type Logger } from "../logging/logger.js";

/**
 * Reads `.env` and the environment, validates them, and makes the logger. Exits with the message
 * naming the bad variable when the configuration cannot be used.
 */
export function bootstrap(defaultLevel: LogLevel | ((config: Config) => LogLevel)): { config: Config; logger: Logger } {
  loadDotenv({ quiet: true });
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
