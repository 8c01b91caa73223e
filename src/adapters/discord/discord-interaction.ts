import { stripDiscordMarkup } from "./discord-message.js";
import { type ButtonInteraction, MessageFlags, type Interaction } from "discord.js";
import { parseFeedbackId } from "./discord-components.js";
import { NO_PINGS, type DiscordContext } from "./discord-context.js";
import { localeTexts } from "./discord-commands.js";
import { renderDiscordAnswer, renderDiscordText } from "./discord-render.js";
import { ASK_COMMAND, FIT_COMMAND } from "./discord-commands.js";
import { answerFitModal, FIT_MODAL, openFitModal } from "./discord-fit.js";
import { deliverToInteraction, logDelivery } from "./discord-delivery.js";
import { answerComponents, handleForwardButton } from "./discord-forward.js";

/**
 * `/ask question:<text> [public:<bool>]`: deferred at once (Discord allows 3 s), private unless
 * public, then the answer replaces the "thinking…" message. Also 👍/👎 clicks, recorded.
 */
/** A button: "Ask the candidate" and "Save as FAQ", or 👍/👎 on an answer. */
async function handleButton(ctx: DiscordContext, interaction: ButtonInteraction): Promise<void> {
  if (await handleForwardButton(ctx, interaction)) return;
  const parsed = parseFeedbackId(interaction.customId);
  if (!parsed) return;
  const words = ctx.deps.asker.textsOfAnswer(parsed.answerId).platform;
  const recorded = ctx.deps.asker.rate(parsed.answerId, parsed.rating, interaction.user.id);
  await interaction.reply({
    content: recorded ? words.thanks : words.expired,
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_PINGS,
  });
}

export async function handleInteraction(ctx: DiscordContext, interaction: Interaction): Promise<void> {
  const { deps } = ctx;
  if (interaction.isButton()) {
    await handleButton(ctx, interaction);
    return;
  }
  if (interaction.isModalSubmit() && interaction.customId.startsWith(FIT_MODAL.prefix)) {
    await answerFitModal(ctx, interaction);
    return;
  }
  if (interaction.isChatInputCommand() && interaction.commandName === FIT_COMMAND) {
    if (!ctx.isAllowed(interaction.channelId, interaction.guildId === null)) {
      await interaction.reply({
        ...renderDiscordText(localeTexts(interaction.locale).platform.notHere),
        flags: MessageFlags.Ephemeral,
        allowedMentions: NO_PINGS,
      });
      return;
    }
    await openFitModal(interaction);
    return;
  }
  if (!interaction.isChatInputCommand() || interaction.commandName !== ASK_COMMAND) return;
  const isPublic = interaction.options.getBoolean("public") ?? false;
  await interaction.deferReply(isPublic ? {} : { flags: MessageFlags.Ephemeral });
  if (!ctx.isAllowed(interaction.channelId, interaction.guildId === null)) {
    const question = interaction.options.getString("question") ?? "";
    const notHere = deps.asker.texts(deps.asker.languageOf(question)).platform.notHere;
    await interaction.editReply({ ...renderDiscordText(notHere), allowedMentions: NO_PINGS });
    return;
  }
  const question = stripDiscordMarkup(interaction.options.getString("question") ?? "");
  const log = deps.logger.child({ component: "discord" });
  // Until the answer is out, a shutdown that runs out of time names this question as undelivered.
  const done = ctx.deliveries.start(interaction.channelId, question);
  try {
    const result = await deps.asker.ask(
      { text: question, conversationId: `discord:command:${interaction.user.id}` },
      {
        platform: "discord",
        workspace: interaction.guildId ?? undefined,
        channel: interaction.channelId,
        user: interaction.user.id,
      },
      { logWhenDelivered: true },
    );
    const payload = result.ok
      ? { ...renderDiscordAnswer(result.answer), components: answerComponents(ctx, result), allowedMentions: NO_PINGS }
      : { ...renderDiscordText(result.message), allowedMentions: NO_PINGS };
    const answerId = result.ok ? result.answerId : undefined;
    try {
      const via = await deliverToInteraction(interaction, payload, isPublic, log);
      logDelivery(log, { answerId, channel: interaction.channelId, via }, undefined, deps.asker);
    } catch (error) {
      logDelivery(log, { answerId, channel: interaction.channelId }, error, deps.asker);
    }
  } finally {
    done();
  }
}
