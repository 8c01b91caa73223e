import pino from "pino";

/** The logging surface the code depends on; pino's logger fits it. */
export interface Logger {
  debug(obj: object | string, msg?: string): void;
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

/**
 * JSON logs on stderr, so stdout stays for answers (`ask --json` prints only JSON there).
 * `stream` redirects them (tests read them to check that no secret is logged).
 */
export function createLogger(level: LogLevel, stream?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ["apiKey", "*.apiKey", "token", "*.token", "authorization", "*.authorization"], censor: "[redacted]" },
    },
    stream ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** A logger that drops everything, for tests and benchmarks. */
export const silentLogger: Logger = createLogger("silent");
