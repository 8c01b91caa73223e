import { REST, Routes, type SlashCommandBooleanOption, SlashCommandBuilder } from "discord.js";
import type { Profile } from "../../knowledge/profile.js";
import { textFor, type Messages } from "../../messages/messages.js";
import { trimClean } from "../../render/answer-parts.js";

export const ASK_COMMAND = "ask";
export const FIT_COMMAND = "fit";

/** The words for a Discord client's locale ("fr", "en-US"…): French for French, else English. */
export function localeTexts(locale: string | null | undefined): Messages {
  return textFor(locale?.startsWith("fr") ? "fr" : "en");
}

type CommandWords = Messages["discord"];

/** A command named `name`, described in English, and in French for French clients, with its `public` option. */
function describedCommand(name: string, profile: Profile | undefined, describe: (w: CommandWords) => [string, string]) {
  const [[en, enPublic], [fr, frPublic]] = [
    describe(textFor("en", profile).discord),
    describe(textFor("fr", profile).discord),
  ];
  return {
    command: new SlashCommandBuilder().setName(name).setDescription(en).setDescriptionLocalization("fr", fr),
    publicOption: (o: SlashCommandBooleanOption) =>
      o.setName("public").setDescription(enPublic).setDescriptionLocalization("fr", frPublic),
  };
}

/** The /ask command as Discord registers it. */
export function askCommand(profile?: Profile) {
  const { command, publicOption } = describedCommand(ASK_COMMAND, profile, (w) => [w.askCommand, w.askPublic]);
  const [en, fr] = [textFor("en", profile).discord, textFor("fr", profile).discord];
  return command
    .addStringOption((o) =>
      o
        .setName("question")
        .setDescription(clip(en.askQuestion))
        .setDescriptionLocalization("fr", clip(fr.askQuestion))
        .setRequired(true)
        .setMaxLength(1000),
    )
    .addBooleanOption(publicOption)
    .toJSON();
}

/** The /fit command: opens a modal where a job description is pasted. */
export function fitCommand(profile?: Profile) {
  const { command, publicOption } = describedCommand(FIT_COMMAND, profile, (w) => [w.fitCommand, w.fitPublic]);
  return command.addBooleanOption(publicOption).toJSON();
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
