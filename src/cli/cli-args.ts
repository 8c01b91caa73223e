import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * The command line read strictly: an unknown flag ("--jsn") is an error shown with the usage, exit
 * code 2, never taken for question text.
 */
export function readArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    // strict is parseArgs's default: unknown flags throw.
    return parseArgs(config);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    process.exit(2);
  }
}
