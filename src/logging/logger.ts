import type pino from "pino";
import { loadPino, REDACT_PATHS, REDACTED, scrubText, scrubValue } from "./redact.js";

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
 *
 * No secret reaches a log line: every argument (message, object, error, a child's bindings) is
 * scrubbed of tokens and URL credentials before pino writes it (see redact.ts), and pino's own
 * `redact` blanks the known secret keys as a second net.
 */
export function createLogger(level: LogLevel, stream?: NodeJS.WritableStream): Logger {
  return new LazyLogger(() => pinoLogger(level, stream), RANKS[level]);
}

/** pino's numbers for the levels: a line is written when its level's is at least the logger's. */
const RANKS: Record<LogLevel, number> = { debug: 20, info: 30, warn: 40, error: 50, silent: Number.POSITIVE_INFINITY };

type LogArgs = Parameters<Logger["info"]>;

/**
 * A logger that makes its pino logger (and loads pino) on the first line its level lets through:
 * lines below the level cost a comparison, and a process that writes none never loads pino. A child
 * is made from its parent's pino logger the same way, when it first writes.
 */
class LazyLogger implements Logger {
  private made: Logger | undefined;

  constructor(
    private readonly make: () => Logger,
    private readonly rank: number,
  ) {}

  private get real(): Logger {
    this.made ??= this.make();
    return this.made;
  }

  debug(...args: LogArgs): void {
    if (this.rank <= RANKS.debug) this.real.debug(...args);
  }
  info(...args: LogArgs): void {
    if (this.rank <= RANKS.info) this.real.info(...args);
  }
  warn(...args: LogArgs): void {
    if (this.rank <= RANKS.warn) this.real.warn(...args);
  }
  error(...args: LogArgs): void {
    if (this.rank <= RANKS.error) this.real.error(...args);
  }
  child(bindings: Record<string, unknown>): Logger {
    return new LazyLogger(() => this.real.child(bindings), this.rank);
  }
}

/** The pino logger behind `createLogger`'s. */
function pinoLogger(level: LogLevel, stream?: NodeJS.WritableStream): Logger {
  const pino = loadPino();
  const logger = pino(
    {
      level,
      base: undefined,
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      hooks: {
        logMethod(args, method) {
          // An error given alone keeps pino's shape: { err }, its message as the line's message.
          const [first, ...rest] = args as unknown[];
          const normalised =
            first instanceof Error ? [{ err: first }, ...(rest.length > 0 ? rest : [first.message])] : args;
          const scrubbed = normalised.map((arg) => (typeof arg === "string" ? scrubText(arg) : scrubValue(arg)));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
      // Errors are already plain objects here (scrubValue serialised them with pino's own serialiser).
      serializers: { err: (err: unknown) => err },
    },
    stream ?? pino.destination({ fd: 2, sync: true }),
  );
  return withScrubbedChildren(logger);
}

/** pino applies no formatter to a child's bindings, so they are scrubbed on the way in. */
function withScrubbedChildren<T extends { child(bindings: pino.Bindings): T }>(logger: T): T {
  const child = logger.child.bind(logger);
  logger.child = (bindings: pino.Bindings) => withScrubbedChildren(child(scrubValue(bindings) as pino.Bindings));
  return logger;
}

/** A logger that drops everything, for tests and benchmarks. */
export const silentLogger: Logger = createLogger("silent");
