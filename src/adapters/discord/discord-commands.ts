import { REST, Routes, SlashCommandBuilder } from "discord.js";
import type { Profile } from "../../knowledge/profile.js";
import { textFor, type Messages } from "../../messages/messages.js";
import { trimClean } from "../../render/answer-parts.js";

export const ASK_COMMAND = "ask";
export const FIT_COMMAND = "fit";

/** The words for a Discord client's locale ("fr", "en-US"…): French for French, else English. */
export function localeTexts(locale: string | null | undefined): Messages {
  return textFor(locale?.startsWith("fr") ? "fr" : "en");
}

/** The /ask command as Discord registers it, described in English, and in French for French clients. */
export function askCommand(profile?: Profile) {
  const [en, fr] = [textFor("en", profile).discord, textFor("fr", profile).discord];
  return new SlashCommandBuilder()
    .setName(ASK_COMMAND)
    .setDescription(en.askCommand)
    .setDescriptionLocalization("fr", fr.askCommand)
    .addStringOption((o) =>
      o
        .setName("question")
        .setDescription(clip(en.askQuestion))
        .setDescriptionLocalization("fr", clip(fr.askQuestion))
        .setRequired(true)
        .setMaxLength(1000),
    )
    .addBooleanOption((o) =>
      o.setName("public").setDescription(en.askPublic).setDescriptionLocalization("fr", fr.askPublic),
    )
    .toJSON();
}

/** The /fit command: opens a modal where a job description is pasted. */
export function fitCommand(profile?: Profile) {
  const [en, fr] = [textFor("en", profile).discord, textFor("fr", profile).discord];
  return new SlashCommandBuilder()
    .setName(FIT_COMMAND)
    .setDescription(en.fitCommand)
    .setDescriptionLocalization("fr", fr.fitCommand)
    .addBooleanOption((o) =>
      o.setName("public").setDescription(en.fitPublic).setDescriptionLocalization("fr", fr.fitPublic),
    )
    .toJSON();
}

/** Discord's cap on a command or option description; an example question from profile.yml may be longer. */
const clip = (text: string) => trimClean(text, 100);

/** Registers /ask and /fit through REST: to one guild (instant) when given, else globally (up to an hour). */
export async function registerCommands(options: {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
  /** The profile.yml whose words describe the commands; the defaults when unset. */
  profile?: Profile;
}): Promise<string> {
  const rest = new REST({ version: "10", ...(options.apiUrl ? { api: options.apiUrl } : {}) }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  await rest.put(route, { body: [askCommand(options.profile), fitCommand(options.profile)] });
  return options.guildId ? `guild ${options.guildId}` : "all guilds (global; may take up to an hour to appear)";
}
