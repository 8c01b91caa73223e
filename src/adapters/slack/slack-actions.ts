import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { respondReliably } from "./slack-delivery.js";
import { ACTIONS, renderSlackAnswer, renderSlackText } from "./slack-render.js";
import type { SlackContext } from "./slack-context.js";

/** "Share in channel" posts a private answer publicly; 👍/👎 are acknowledged and recorded. */
export function registerActions(app: App, ctx: SlackContext): void {
  const respond = (
    body: BlockAction,
    reply: { response_type: string; replace_original: boolean; text: string; blocks?: unknown },
  ) => respondReliably(ctx, body.response_url, reply);
  app.action<BlockAction<ButtonAction>>(ACTIONS.share, async ({ ack, action, body }) => {
    await ack();
    const answerId = action.value ?? "";
    const item = ctx.deps.asker.recall(answerId);
    if (!item) {
      await respond(body, {
        response_type: "ephemeral",
        replace_original: false,
        ...renderSlackText(ctx.deps.asker.textsOfAnswer(answerId).platform.expired),
      });
      return;
    }
    const message = renderSlackAnswer(item.answer, { answerId, shareable: false });
    await respond(body, {
      response_type: "in_channel",
      replace_original: false,
      text: message.text,
      blocks: message.blocks,
    });
  });

  for (const [actionId, rating] of [
    [ACTIONS.up, "up"],
    [ACTIONS.down, "down"],
  ] as const) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, action, body }) => {
      await ack();
      const words = ctx.deps.asker.textsOfAnswer(action.value ?? "").platform;
      const recorded = ctx.deps.asker.rate(action.value ?? "", rating, body.user.id);
      await respond(body, {
        response_type: "ephemeral",
        replace_original: false,
        ...renderSlackText(recorded ? words.thanks : words.expired),
      });
    });
  }
}
