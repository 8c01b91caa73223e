import { bootstrap } from "./cli/bootstrap.js";
import { runTerminalChat } from "./cli/chat.js";
import { createCore } from "./core/create-core.js";

/** Composition root: config, core, then the enabled adapters (the terminal when no platform token is set). */
async function main(): Promise<void> {
  const { config, logger } = bootstrap("warn");
  const core = await createCore(config, logger);
  await runTerminalChat(core);
}

main().catch((error: unknown) => {
  process.stderr.write(`profile bot failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
