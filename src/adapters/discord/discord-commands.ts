import { REST, Routes, SlashCommandBuilder } from "discord.js";

export const ASK_COMMAND = "ask";
export const FIT_COMMAND = "fit";

/** The /ask command as Discord registers it. */
export function askCommand() {
  return new SlashCommandBuilder()
    .setName(ASK_COMMAND)
    .setDescription("Ask about the candidate's profile")
    .addStringOption((o) =>
      o.setName("question").setDescription("e.g. Has he done PII encryption?").setRequired(true).setMaxLength(1000),
    )
    .addBooleanOption((o) => o.setName("public").setDescription("Show the answer to the channel (default: only you)"))
    .toJSON();
}

/** The /fit command: opens a modal where a job description is pasted. */
export function fitCommand() {
  return new SlashCommandBuilder()
    .setName(FIT_COMMAND)
    .setDescription("Check a job description against the candidate's profile")
    .addBooleanOption((o) => o.setName("public").setDescription("Show the result to the channel (default: only you)"))
    .toJSON();
}

/** Registers /ask and /fit through REST: to one guild (instant) when given, else globally (up to an hour). */
export async function registerCommands(options: {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
}): Promise<string> {
  const rest = new REST({ version: "10", ...(options.apiUrl ? { api: options.apiUrl } : {}) }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  await rest.put(route, { body: [askCommand(), fitCommand()] });
  return options.guildId ? `guild ${options.guildId}` : "all guilds (global; may take up to an hour to appear)";
}
