import { randomUUID } from "node:crypto";
import type { webApi } from "@slack/bolt";
import { postOnce, replacePlaceholder } from "./slack-delivery.js";
import { renderSlackAnswer, renderSlackText } from "./slack-render.js";
import { withAskButton } from "./slack-forward.js";
import type { SlackContext } from "./slack-context.js";

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
 * with the answer (or a polite apology with a reference id if the core fails). The placeholder is
 * posted once, never retried blindly (a lost response would leave a second one stuck); the question
 * log records whether the answer was delivered.
 */
export async function replyWithAnswer(ctx: SlackContext, client: webApi.WebClient, q: ThreadQuestion): Promise<void> {
  const { deps } = ctx;
  const target = { channel: q.channel, threadTs: q.threadTs, delivery: randomUUID() };
  let placeholderTs: string | undefined;
  try {
    const working = deps.asker.texts(deps.asker.languageOf(q.text)).platform.working;
    placeholderTs = await postOnce(ctx, target, { text: working, blocks: [] });
  } catch (error) {
    deps.logger.warn(
      { err: error, channel: q.channel },
      "could not post the placeholder; the answer will be posted on its own",
    );
  }
  if (q.threadTs) ctx.threads.add(q.channel, q.threadTs);
  const result = await deps.asker.ask(
    { text: q.text, conversationId: q.conversationId },
    { platform: "slack", workspace: q.team, channel: q.channel, user: q.user },
    { logWhenDelivered: true },
  );
  const rendered = result.ok
    ? renderSlackAnswer(result.answer, { answerId: result.answerId, shareable: false })
    : renderSlackText(result.message);
  const message = withAskButton(ctx, rendered, result, { threadTs: q.threadTs });
  const outcome = await replacePlaceholder(ctx, client, target, placeholderTs, message);
  if (result.ok) deps.asker.delivered(result.answerId, outcome);
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
