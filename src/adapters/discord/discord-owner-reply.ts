import { ActionRowBuilder, ButtonBuilder, ButtonStyle, ChannelType, type Client, type Message } from "discord.js";
import { trimClean } from "../../render/answer-parts.js";
import type { Forward } from "../../service/forwards.js";
import { FORWARD_TEXT } from "../forward-text.js";
import type { DiscordContext } from "./discord-context.js";
import { dmChannelOf, FORWARD_PREFIX, postRaw } from "./discord-forward.js";
import { DISCORD_LIMITS } from "./discord-render.js";

/** A reply to `messageId` that still goes out if that message was deleted. */
const replyingTo = (messageId: string | null) =>
  messageId ? { message_reference: { message_id: messageId, fail_if_not_exists: false } } : {};

/** The candidate's answer as the asker sees it: their own words, dated, not a CV citation. */
function answerContent(forward: Forward, answer: string): string {
  const t = FORWARD_TEXT[forward.language];
  const quote = answer
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
  const intro = t.answerIntro(new Date(forward.answeredAt ?? Date.now()));
  const question = trimClean(t.yourQuestion(forward.question), 300);
  return trimClean(`💬 **${intro}**\n${quote}\n-# ${question}`, DISCORD_LIMITS.content);
}

/**
 * Posts the answer as a reply to the question, in its channel (a guild channel, or the asker's DM when
 * they asked by DM); a /ask question has no message to reply to, so its answer goes to the asker's DM.
 */
async function deliverAnswer(client: Client, forward: Forward, answer: string): Promise<void> {
  const channel =
    forward.channel && forward.replyTo ? forward.channel : await dmChannelOf(client, forward.askerId ?? "");
  await postRaw(client, channel, { content: answerContent(forward, answer), ...replyingTo(forward.replyTo) });
}

/** Under the owner's reply: it was delivered, and "Save as FAQ". */
async function offerSave(client: Client, message: Message, forward: Forward): Promise<void> {
  const t = FORWARD_TEXT[forward.language];
  const button = new ButtonBuilder()
    .setCustomId(`${FORWARD_PREFIX.save}:${forward.id}`)
    .setLabel(t.saveButton)
    .setStyle(ButtonStyle.Success);
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(button);
  await postRaw(client, message.channelId, {
    content: t.delivered,
    components: [row.toJSON()],
    ...replyingTo(message.id),
  });
}

/**
 * A DM reply to the bot's message about a forwarded question: the owner's answer (`answer`, its
 * markup already taken out) goes to the asker exactly once, then the owner is offered "Save as FAQ".
 * True when the message belonged to a forward (a reply from anyone else is ignored); false for any
 * other message, answered as an ordinary question.
 */
export async function takeOwnerReply(
  ctx: DiscordContext,
  client: Client,
  message: Message,
  answer: string,
): Promise<boolean> {
  const { forwards } = ctx.deps;
  const referenced = message.reference?.messageId;
  if (!forwards || !ctx.options.ownerUserId || message.channel.type !== ChannelType.DM || !referenced) return false;
  const forward = forwards.forOwnerMessage("discord", referenced);
  if (!forward) return false;
  if (message.author.id !== ctx.options.ownerUserId || message.channelId !== forward.ownerChannel) {
    ctx.deps.logger.info({ forward: forward.id }, "a reply to a forwarded question not from the owner; ignored");
    return true;
  }
  const claimed = answer === "" ? undefined : forwards.claimAnswer(forward.id, answer);
  if (!claimed) return true;
  try {
    await deliverAnswer(client, claimed, answer);
    forwards.answerDelivered(claimed.id);
  } catch (error) {
    const reference = forwards.answerFailed(claimed.id, error);
    const content = FORWARD_TEXT[claimed.language].notDelivered(reference);
    await postRaw(client, message.channelId, { content, ...replyingTo(message.id) }).catch(() => undefined);
    return true;
  }
  await offerSave(client, message, claimed).catch((error: unknown) =>
    ctx.deps.logger.warn({ err: error }, "could not offer Save as FAQ"),
  );
  return true;
}
