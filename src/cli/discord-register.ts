import { registerCommands } from "../adapters/discord/discord-commands.js";
import { bootstrap } from "./bootstrap.js";
import { resolve } from "node:path";
import { loadProfile } from "../knowledge/profile.js";

/** `npm run discord:register`: registers /ask for the application (one guild when DISCORD_GUILD_ID is set). */
async function main(): Promise<void> {
  const { config } = bootstrap("warn");
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    process.stderr.write("Set DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env first (see README, Discord).\n");
    process.exitCode = 2;
    return;
  }
  const where = await registerCommands({
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    guildId: config.DISCORD_GUILD_ID,
    apiUrl: config.DISCORD_API_URL,
    profile: (await loadProfile(resolve(config.KNOWLEDGE_DIR))).value,
  });
  process.stdout.write(`Registered /ask for ${where}.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`registering the command failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
