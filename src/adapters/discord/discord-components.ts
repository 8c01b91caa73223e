import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from "discord.js";

const FEEDBACK_PREFIX = "feedback";
const FEEDBACK_ID = new RegExp(`^${FEEDBACK_PREFIX}:(up|down):(.+)$`);

/** 👍/👎 under an answer; the custom id carries the rating and the answer's id. */
export function feedbackRow(answerId: string): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(`${FEEDBACK_PREFIX}:up:${answerId}`).setEmoji("👍").setStyle(ButtonStyle.Secondary),
    new ButtonBuilder()
      .setCustomId(`${FEEDBACK_PREFIX}:down:${answerId}`)
      .setEmoji("👎")
      .setStyle(ButtonStyle.Secondary),
  );
}

/** "feedback:up:<id>" → { rating, answerId }, or null for another component. */
export function parseFeedbackId(customId: string): { rating: "up" | "down"; answerId: string } | null {
  const m = FEEDBACK_ID.exec(customId);
  return m ? { rating: m[1] as "up" | "down", answerId: m[2]! } : null;
}
