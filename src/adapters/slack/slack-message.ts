import type { App } from "@slack/bolt";
import { replyWithAnswer, stripSlackMarkup } from "./slack-reply.js";
import type { SlackContext } from "./slack-context.js";
import { takeOwnerReply } from "./slack-owner-reply.js";

interface PlainMessage {
  subtype?: string;
  bot_id?: string;
  user?: string;
  text?: string;
  channel: string;
  channel_type?: string;
  ts: string;
  thread_ts?: string;
}

/** Subtypes of a message a person wrote: anything else is an edit, a join, a bot's, a deletion… */
const PERSON_SUBTYPES = new Set(["thread_broadcast", "file_share"]);

/**
 * Direct messages, each DM its own conversation; and replies in a thread the bot answered in, which
 * are follow-ups answered without a new mention. Bots (the bot itself included) are ignored.
 */
export function registerMessages(app: App, ctx: SlackContext): void {
  app.event("message", async ({ event, client, context }) => {
    const message = event as unknown as PlainMessage;
    // A thread reply also sent to the channel is a person's message like any other; so is one with a file
    // attached (a job description, say), whose text is answered (the file itself is not read).
    const edited = message.subtype !== undefined && !PERSON_SUBTYPES.has(message.subtype);
    if (edited || message.bot_id || !message.user || message.user === context.botUserId) return;
    const text = message.text ?? "";
    // The owner's reply to a forwarded question is passed on, not answered.
    if (message.channel_type === "im" && (await takeOwnerReply(ctx, client, message))) return;
    if (message.channel_type === "im") {
      await replyWithAnswer(ctx, client, {
        team: context.teamId,
        channel: message.channel,
        user: message.user,
        text: stripSlackMarkup(text, context.botUserId),
        conversationId: `slack:${context.teamId}:im:${message.channel}`,
      });
      return;
    }
    // A mention in the thread arrives as app_mention too, and is answered there.
    const mentionsBot = context.botUserId !== undefined && text.includes(`<@${context.botUserId}`);
    if (
      !message.thread_ts ||
      mentionsBot ||
      !ctx.threads.has(message.channel, message.thread_ts) ||
      !ctx.isAllowed(message.channel)
    )
      return;
    await replyWithAnswer(ctx, client, {
      team: context.teamId,
      channel: message.channel,
      threadTs: message.thread_ts,
      user: message.user,
      text: stripSlackMarkup(text, context.botUserId),
      conversationId: `slack:${context.teamId}:${message.channel}:${message.thread_ts}`,
    });
  });
}
