import { ChannelType, type Client, type Message } from "discord.js";
import { NO_PINGS, type DiscordContext } from "./discord-context.js";
import { logDelivery, replyOnce } from "./discord-delivery.js";
import { renderDiscordAnswer, renderDiscordText } from "./discord-render.js";
import { answerComponents } from "./discord-forward.js";
import { takeOwnerReply } from "./discord-owner-reply.js";

/** An answer not ready after this long shows "typing…"; offline answers take ~10–30 ms and never do. */
const TYPING_DELAY_MS = 400;

/**
 * A Discord message as a question: user, nickname, role and channel mentions (the bot's own
 * included), `@everyone`, `@here`, custom emoji and timestamps taken out. Nobody's id is kept.
 */
export function stripDiscordMarkup(content: string): string {
  return content
    .replace(/<(?:@[!&]?|#)\d+>/g, " ")
    .replace(/<a?:[\w~-]+:\d+>/g, " ")
    .replace(/<t:\d+(?::[a-zA-Z])?>/g, " ")
    .replace(/(^|\s)@(?:everyone|here)\b/g, " ")
    .replace(/[ \t]+/g, " ")
    .trim();
}

/** The conversation a message continues, or null when the bot was not addressed. */
async function conversationFor(ctx: DiscordContext, client: Client<true>, message: Message): Promise<string | null> {
  const botId = client.user.id;
  if (message.channel.type === ChannelType.DM) return `discord:dm:${message.channelId}`;
  const referenced = message.reference?.messageId;
  if (referenced) {
    const known = ctx.chains.conversationOf(referenced);
    if (known) return known;
    // A reply to one of the bot's answers from before a restart: look the message up. If Discord can't say
    // (an outage), the reply may have been to the bot: said in the log, not lost unseen.
    const parent = await message.fetchReference().catch((error: unknown) => {
      ctx.deps.logger
        .child({ component: "discord" })
        .warn(
          { err: error, channel: message.channelId },
          "could not look up the message a reply answers; left unanswered",
        );
      return null;
    });
    if (parent?.author.id === botId) return `discord:${message.channelId}:${parent.id}`;
  }
  if (message.channel.isThread() && message.channel.ownerId === botId) return `discord:thread:${message.channelId}`;
  if (message.mentions.users.has(botId)) return `discord:${message.channelId}:${message.id}`;
  return null;
}

/**
 * Mentions, replies to the bot's answers (the reply chain is the conversation), messages in a thread
 * the bot started, and DMs: answered as a reply carrying an embed, with a typing indicator meanwhile.
 */
export async function handleMessage(ctx: DiscordContext, client: Client<true>, message: Message): Promise<void> {
  if (message.author.bot || message.system) return;
  // The owner's reply to a forwarded question is passed on, not answered.
  if (await takeOwnerReply(ctx, client, message, stripDiscordMarkup(message.content))) return;
  const conversationId = await conversationFor(ctx, client, message);
  if (!conversationId) return;
  const isDm = message.channel.type === ChannelType.DM;
  const log = ctx.deps.logger.child({ component: "discord" });
  const text = stripDiscordMarkup(message.content);
  const words = ctx.deps.asker.texts(ctx.deps.asker.languageOf(text));
  if (!ctx.isAllowed(message.channelId, isDm)) {
    await replyOnce(message, { ...renderDiscordText(words.platform.notHere), allowedMentions: NO_PINGS }, log);
    return;
  }
  if (text === "") {
    const usage = words.discord.usage(words.platform.botName);
    await replyOnce(message, { ...renderDiscordText(usage), allowedMentions: NO_PINGS }, log);
    return;
  }
  // Until the answer is out, a shutdown that runs out of time names this question as undelivered.
  const done = ctx.deliveries.start(message.channelId, text);
  try {
    const { deps } = ctx;
    // "typing…" costs a REST call from the bot's budget: only for an answer that isn't ready at once
    // (the model's), and never awaited before the reply.
    const channel = message.channel;
    const typing = setTimeout(() => {
      if ("sendTyping" in channel) channel.sendTyping().catch(() => undefined);
    }, TYPING_DELAY_MS);
    const result = await deps.asker
      .ask(
        { text, conversationId },
        {
          platform: "discord",
          workspace: message.guildId ?? undefined,
          channel: message.channelId,
          user: message.author.id,
        },
        { logWhenDelivered: true },
      )
      .finally(() => clearTimeout(typing));
    const payload = result.ok
      ? {
          ...renderDiscordAnswer(result.answer),
          components: answerComponents(ctx, result, message.id),
          allowedMentions: NO_PINGS,
        }
      : { ...renderDiscordText(result.message), allowedMentions: NO_PINGS };
    const answerId = result.ok ? result.answerId : undefined;
    try {
      const { sent, via } = await replyOnce(message, payload, log);
      if (result.ok) ctx.chains.link(sent.id, conversationId);
      logDelivery(log, { answerId, channel: message.channelId, via }, undefined, deps.asker);
    } catch (error) {
      logDelivery(log, { answerId, channel: message.channelId }, error, deps.asker);
    }
  } finally {
    done();
  }
}
