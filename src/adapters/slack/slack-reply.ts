import type { webApi } from "@slack/bolt";
import { renderSlackAnswer, renderSlackText } from "./slack-render.js";
import { SLACK_TEXT, type SlackContext } from "./slack-context.js";

export interface ThreadQuestion {
  team?: string;
  channel: string;
  /** Where the reply goes: the thread's parent ts, or undefined to reply in the channel (DMs). */
  threadTs?: string;
  user?: string;
  text: string;
  conversationId: string;
}

/**
 * Answers a message: posts a placeholder at once so the asker sees work under way, then replaces it
 * with the answer (or a polite apology with a reference id if the core fails).
 */
export async function replyWithAnswer(ctx: SlackContext, client: webApi.WebClient, q: ThreadQuestion): Promise<void> {
  const { deps } = ctx;
  const placeholder = await client.chat.postMessage({ channel: q.channel, thread_ts: q.threadTs, text: SLACK_TEXT.working });
  if (q.threadTs) ctx.threads.add(q.channel, q.threadTs);
  const result = await deps.asker.ask({ text: q.text, conversationId: q.conversationId }, { platform: "slack", workspace: q.team, channel: q.channel, user: q.user });
  const message = result.ok ? renderSlackAnswer(result.answer, { answerId: result.answerId, shareable: false }) : renderSlackText(result.message);
  if (placeholder.ts) {
    await client.chat.update({ channel: q.channel, ts: placeholder.ts, text: message.text, blocks: message.blocks });
  } else {
    await client.chat.postMessage({ channel: q.channel, thread_ts: q.threadTs, text: message.text, blocks: message.blocks });
  }
}

/**
 * A Slack message as a question: the bot's mention and every other user, group, channel or broadcast
 * (`<@U…>`, `<!channel>`, `<!here>`, `<#C…|name>`) taken out, links reduced to their label, Slack's
 * three escaped characters restored. Nobody is pinged by what is echoed, and nobody's id is kept.
 */
export function stripSlackMarkup(text: string, botUserId?: string): string {
  return text
    .replace(/<(?:https?|mailto):[^|>\s]+\|([^>]*)>/g, " $1 ")
    .replace(/<(?:https?|mailto):[^>\s]+>/g, " ")
    .replace(/<[@#][A-Z0-9]+(?:\|[^>]*)?>/g, " ")
    .replace(/<!(?:channel|here|everyone|subteam\^[A-Z0-9]+|date\^[^>]*)(?:\|[^>]*)?>/g, " ")
    .replace(botUserId ? new RegExp(`@${botUserId}\\b`, "g") : /$^/, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+/g, " ")
    .trim();
}
