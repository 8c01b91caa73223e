import { stripSlackMarkup } from "./slack-reply.js";
import type { App } from "@slack/bolt";
import { respondReliably } from "./slack-delivery.js";
import { renderSlackAnswer, renderSlackText } from "./slack-render.js";
import { withAskButton } from "./slack-forward.js";
import type { SlackContext } from "./slack-context.js";

/**
 * `/ask question`: acked at once (Slack allows 3 s) with a "looking…" note, then answered privately
 * through `respond`, with a button to share the answer in the channel. Each user's commands form a
 * conversation, so `/ask when was that?` follows up on their previous question.
 */
export function registerSlashCommand(app: App, ctx: SlackContext): void {
  app.command(ctx.options.command, async ({ command, ack }) => {
    const text = stripSlackMarkup(command.text);
    const words = ctx.deps.asker.texts(ctx.deps.asker.languageOf(text));
    if (text === "") {
      const usage = words.slack.usage(ctx.options.command, ctx.deps.asker.texts("fr").examples[0]!);
      await ack({ response_type: "ephemeral", ...renderSlackText(usage) });
      return;
    }
    if (!ctx.isAllowed(command.channel_id)) {
      await ack({ response_type: "ephemeral", ...renderSlackText(words.platform.notHere) });
      return;
    }
    await ack({ response_type: "ephemeral", text: words.platform.working });
    const { deps } = ctx;
    const result = await deps.asker.ask(
      { text, conversationId: `slack:${command.team_id}:command:${command.user_id}` },
      { platform: "slack", workspace: command.team_id, channel: command.channel_id, user: command.user_id },
      { logWhenDelivered: true },
    );
    const rendered = result.ok
      ? renderSlackAnswer(result.answer, { answerId: result.answerId, shareable: true })
      : renderSlackText(result.message);
    const message = withAskButton(ctx, rendered, result, { dm: true });
    const outcome = await respondReliably(ctx, command.response_url, {
      response_type: "ephemeral",
      replace_original: true,
      text: message.text,
      blocks: message.blocks,
    });
    if (result.ok) deps.asker.delivered(result.answerId, outcome);
  });
}
