import {
  ActionRowBuilder,
  ButtonBuilder,
  type ButtonInteraction,
  ButtonStyle,
  type Client,
  MessageFlags,
  Routes,
} from "discord.js";
import { trimClean } from "../../render/answer-parts.js";
import type { AskResult } from "../../service/asker.js";
import { type Forwards, isForwardable } from "../../service/forwards.js";
import { FORWARD_TEXT, saveOutcomeText, type ForwardOrigin } from "../forward-text.js";
import { feedbackRow } from "./discord-components.js";
import { type DiscordContext, NO_PINGS } from "./discord-context.js";
import { newNonce } from "./discord-delivery.js";
import { DISCORD_LIMITS } from "./discord-render.js";

export const FORWARD_PREFIX = { ask: "ask_owner", save: "save_faq" } as const;

/** No pings, in the REST body's own words. */
const RAW_NO_PINGS = { parse: [] };

/**
 * Creates a message through REST, exactly as given (a raw body: content, components, reply reference),
 * with a nonce Discord enforces, so a retried create never posts twice. Returns the message id.
 */
export async function postRaw(client: Client, channelId: string, body: Record<string, unknown>): Promise<string> {
  const sent = (await client.rest.post(Routes.channelMessages(channelId), {
    body: { allowed_mentions: RAW_NO_PINGS, ...body, nonce: newNonce(), enforce_nonce: true },
  })) as { id: string };
  return sent.id;
}

/** The DM channel between the bot and `user`; a user who closed their DMs makes the first post fail. */
export async function dmChannelOf(client: Client, user: string): Promise<string> {
  return (await client.users.createDM(user)).id;
}

/**
 * "Ask the candidate" under an answer the profile could not give, when an owner is set. The custom id
 * carries the answer's id and the message the candidate's answer will reply to (none: by DM).
 */
export function askOwnerRows(
  ctx: DiscordContext,
  result: AskResult,
  replyTo?: string,
): ActionRowBuilder<ButtonBuilder>[] {
  if (!ctx.deps.forwards || !ctx.options.ownerUserId || !result.ok || !isForwardable(result.answer)) return [];
  const button = new ButtonBuilder()
    .setCustomId(`${FORWARD_PREFIX.ask}:${result.answerId}:${replyTo ?? ""}`)
    .setLabel(FORWARD_TEXT[result.answer.language].askButton)
    .setStyle(ButtonStyle.Primary);
  return [new ActionRowBuilder<ButtonBuilder>().addComponents(button)];
}

/** The buttons under an answer: 👍/👎, and "Ask the candidate" when it applies. */
export function answerComponents(ctx: DiscordContext, result: AskResult & { ok: true }, replyTo?: string) {
  return [feedbackRow(result.answerId), ...askOwnerRows(ctx, result, replyTo)];
}

/** Where the click came from, as the owner reads it. */
function originOf(interaction: ButtonInteraction): ForwardOrigin {
  const channel = interaction.channel;
  const name = channel && "name" in channel ? channel.name : undefined;
  return {
    asker: interaction.inCachedGuild()
      ? interaction.member.displayName
      : (interaction.user.globalName ?? interaction.user.username),
    channel: interaction.guildId && name ? `#${name}` : undefined,
    workspace: interaction.guild?.name,
  };
}

/** A click on "Ask the candidate": the question goes to the owner's DM once; the asker is told, privately. */
async function askOwner(ctx: DiscordContext, interaction: ButtonInteraction, forwards: Forwards, owner: string) {
  const [, answerId = "", replyTo = ""] = interaction.customId.split(":");
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const say = (content: string) => interaction.editReply({ content, allowedMentions: NO_PINGS });
  const item = ctx.deps.asker.recall(answerId);
  if (!item) return say(FORWARD_TEXT.en.expired);
  const { question, language } = item.answer;
  const t = FORWARD_TEXT[language];
  const begin = forwards.begin({
    id: answerId,
    platform: "discord",
    workspace: interaction.guildId,
    channel: interaction.channelId,
    replyTo: replyTo || null,
    replyByDm: interaction.guildId === null || replyTo === "",
    askerId: interaction.user.id,
    question,
    language,
  });
  if (begin.kind === "already") return say(begin.status === "undeliverable" ? t.undeliverable : t.already);
  if (begin.kind === "rate_limited") return say(t.limited(begin.retryInMinutes));
  const quoted = trimClean(question, 1500);
  const content = `**${t.ownerIntro}**\n> ${quoted}\n${t.ownerFrom(originOf(interaction))}\n${t.ownerHowDiscord}`;
  try {
    const channel = await dmChannelOf(interaction.client, owner);
    const message = await postRaw(interaction.client, channel, { content: trimClean(content, DISCORD_LIMITS.content) });
    forwards.sent(answerId, { channel, message });
  } catch (error) {
    forwards.undeliverable(answerId, error);
    return say(t.undeliverable);
  }
  return say(t.sent);
}

/** "Save as FAQ", in the owner's DM: the answer goes to faq.md once, and the bot reloads. */
async function saveFaq(ctx: DiscordContext, interaction: ButtonInteraction, forwards: Forwards) {
  const id = interaction.customId.slice(FORWARD_PREFIX.save.length + 1);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const t = FORWARD_TEXT[forwards.get(id)?.language ?? "en"];
  const say = (content: string) => interaction.editReply({ content, allowedMentions: NO_PINGS });
  if (interaction.user.id !== ctx.options.ownerUserId) return say(t.ownerOnly);
  return say(saveOutcomeText(t, await forwards.saveAsFaq(id)));
}

/** Handles the buttons of "Ask the candidate"; false for any other button. */
export async function handleForwardButton(ctx: DiscordContext, interaction: ButtonInteraction): Promise<boolean> {
  const { forwards } = ctx.deps;
  const owner = ctx.options.ownerUserId;
  const kind = interaction.customId.split(":")[0];
  if (kind !== FORWARD_PREFIX.ask && kind !== FORWARD_PREFIX.save) return false;
  if (!forwards || !owner) {
    await interaction.reply({
      content: FORWARD_TEXT.en.expired,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_PINGS,
    });
    return true;
  }
  if (kind === FORWARD_PREFIX.ask) await askOwner(ctx, interaction, forwards, owner);
  else await saveFaq(ctx, interaction, forwards);
  return true;
}
