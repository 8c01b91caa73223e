import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTIONS, renderSlackAnswer, renderSlackText } from "./slack-render.js";
import { SLACK_TEXT, type SlackContext } from "./slack-context.js";

/** "Share in channel" posts a private answer publicly; 👍/👎 are acknowledged and recorded. */
export function registerActions(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(ACTIONS.share, async ({ ack, action, respond }) => {
    await ack();
    const item = ctx.deps.recent.get(action.value ?? "");
    if (!item) {
      await respond({ response_type: "ephemeral", replace_original: false, ...renderSlackText(SLACK_TEXT.expired) });
      return;
    }
    const message = renderSlackAnswer(item.answer, { answerId: item.id, shareable: false });
    await respond({ response_type: "in_channel", replace_original: false, text: message.text, blocks: message.blocks });
  });

  for (const [actionId, rating] of [[ACTIONS.up, "up"], [ACTIONS.down, "down"]] as const) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, action, body, respond }) => {
      await ack();
      const item = ctx.deps.recent.get(action.value ?? "");
      if (!item) {
        await respond({ response_type: "ephemeral", replace_original: false, ...renderSlackText(SLACK_TEXT.expired) });
        return;
      }
      ctx.deps.feedback.record({ answerId: item.id, rating, origin: item.origin, user: body.user.id });
      await respond({ response_type: "ephemeral", replace_original: false, ...renderSlackText(SLACK_TEXT.thanks) });
    });
  }
}
