import { randomUUID } from "node:crypto";
import type { App } from "@slack/bolt";
import { postOnce } from "./slack-delivery.js";
import { renderSlackText } from "./slack-render.js";
import { replyWithAnswer, stripSlackMarkup } from "./slack-reply.js";
import type { SlackContext } from "./slack-context.js";

/** `@bot question` in a channel: answered in a thread under the mention, which becomes a conversation. */
export function registerMention(app: App, ctx: SlackContext): void {
  app.event("app_mention", async ({ event, client, context }) => {
    if (event.bot_id) return;
    const threadTs = event.thread_ts ?? event.ts;
    if (!ctx.isAllowed(event.channel)) {
      const { asker } = ctx.deps;
      const note = renderSlackText(asker.texts(asker.languageOf(event.text)).platform.notHere);
      await postOnce(ctx, { channel: event.channel, threadTs, delivery: randomUUID() }, note);
      return;
    }
    await replyWithAnswer(ctx, client, {
      team: context.teamId,
      channel: event.channel,
      threadTs,
      user: event.user,
      text: stripSlackMarkup(event.text, context.botUserId),
      conversationId: `slack:${context.teamId}:${event.channel}:${threadTs}`,
    });
  });
}
