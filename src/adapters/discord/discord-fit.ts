import {
  ActionRowBuilder,
  MessageFlags,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
} from "discord.js";
import { NO_PINGS, type DiscordContext } from "./discord-context.js";
import { localeTexts } from "./discord-commands.js";
import { stripDiscordMarkup } from "./discord-message.js";
import { renderDiscordAnswer, renderDiscordText } from "./discord-render.js";
import { deliverToInteraction, logDelivery } from "./discord-delivery.js";

/** The modal's ids; whether the result is public rides in the modal's own id. */
export const FIT_MODAL = { prefix: "fit_modal:", input: "jd" } as const;
/** Discord's cap on a paragraph input. */
const MAX_INPUT_CHARS = 4000;

/** `/fit [public]`: a modal with a paragraph box for the job description. */
export async function openFitModal(interaction: ChatInputCommandInteraction): Promise<void> {
  const isPublic = interaction.options.getBoolean("public") ?? false;
  const words = localeTexts(interaction.locale).platform;
  const input = new TextInputBuilder()
    .setCustomId(FIT_MODAL.input)
    .setLabel(words.fitLabel)
    .setStyle(TextInputStyle.Paragraph)
    .setMaxLength(MAX_INPUT_CHARS)
    .setRequired(true);
  const modal = new ModalBuilder()
    .setCustomId(`${FIT_MODAL.prefix}${isPublic ? "public" : "private"}`)
    .setTitle(words.fitTitle)
    .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input));
  await interaction.showModal(modal);
}

/** The modal's submission: deferred at once, then the report, private unless /fit asked public. */
export async function answerFitModal(ctx: DiscordContext, interaction: ModalSubmitInteraction): Promise<void> {
  const isPublic = interaction.customId === `${FIT_MODAL.prefix}public`;
  await interaction.deferReply(isPublic ? {} : { flags: MessageFlags.Ephemeral });
  const text = stripDiscordMarkup(interaction.fields.getTextInputValue(FIT_MODAL.input));
  const channel = interaction.channelId ?? "dm";
  const log = ctx.deps.logger.child({ component: "discord" });
  const done = ctx.deliveries.start(channel, `/fit ${text.split("\n")[0]!.slice(0, 120)}`);
  try {
    // Kept in the user's slash-command conversation: "does he fit?" asked by the command checks this job.
    const result = await ctx.deps.asker.fit(
      text,
      {
        platform: "discord",
        workspace: interaction.guildId ?? undefined,
        channel: interaction.channelId ?? undefined,
        user: interaction.user.id,
      },
      `discord:command:${interaction.user.id}`,
    );
    // No 👍/👎 on a fit report: it is not in the question log they rate.
    const payload = result.ok
      ? { ...renderDiscordAnswer(result.answer), allowedMentions: NO_PINGS }
      : { ...renderDiscordText(result.message), allowedMentions: NO_PINGS };
    try {
      const via = await deliverToInteraction(interaction, payload, isPublic, log);
      logDelivery(log, { answerId: result.ok ? result.answerId : undefined, channel, via });
    } catch (error) {
      logDelivery(log, { channel }, error);
    }
  } finally {
    done();
  }
}
