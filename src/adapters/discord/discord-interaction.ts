import { MessageFlags, type Interaction } from "discord.js";
import { askSafely } from "../ask-safely.js";
import { feedbackRow, parseFeedbackId } from "./discord-components.js";
import { DISCORD_TEXT, NO_PINGS, type DiscordContext } from "./discord-context.js";
import { renderDiscordAnswer, renderDiscordText } from "./discord-render.js";
import { ASK_COMMAND } from "./discord-commands.js";

/**
 * `/ask question:<text> [public:<bool>]`: deferred at once (Discord allows 3 s), private unless
 * public, then the answer replaces the "thinking…" message. Also 👍/👎 clicks, recorded.
 */
export async function handleInteraction(ctx: DiscordContext, interaction: Interaction): Promise<void> {
  const { deps } = ctx;
  if (interaction.isButton()) {
    const parsed = parseFeedbackId(interaction.customId);
    if (!parsed) return;
    const item = deps.recent.get(parsed.answerId);
    if (item) deps.feedback.record({ answerId: item.id, rating: parsed.rating, origin: item.origin, user: interaction.user.id });
    await interaction.reply({ content: item ? DISCORD_TEXT.thanks : DISCORD_TEXT.expired, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return;
  }
  if (!interaction.isChatInputCommand() || interaction.commandName !== ASK_COMMAND) return;
  const isPublic = interaction.options.getBoolean("public") ?? false;
  await interaction.deferReply(isPublic ? {} : { flags: MessageFlags.Ephemeral });
  if (!ctx.isAllowed(interaction.channelId, interaction.guildId === null)) {
    await interaction.editReply({ ...renderDiscordText(DISCORD_TEXT.notHere), allowedMentions: NO_PINGS });
    return;
  }
  const question = interaction.options.getString("question") ?? "";
  const result = await askSafely(deps.engine, { text: question, conversationId: `discord:command:${interaction.user.id}` }, deps.logger, { platform: "discord", channel: interaction.channelId });
  if (!result.ok) {
    await interaction.editReply({ ...renderDiscordText(result.message), allowedMentions: NO_PINGS });
    return;
  }
  const item = deps.recent.remember(result.answer, { platform: "discord", workspace: interaction.guildId ?? undefined, channel: interaction.channelId, user: interaction.user.id });
  await interaction.editReply({ ...renderDiscordAnswer(result.answer), components: [feedbackRow(item.id)], allowedMentions: NO_PINGS });
}
