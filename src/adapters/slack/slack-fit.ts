import type { App } from "@slack/bolt";
import { respondReliably } from "./slack-delivery.js";
import { renderSlackAnswer, renderSlackText } from "./slack-render.js";
import { stripSlackMarkup } from "./slack-reply.js";
import type { SlackContext } from "./slack-context.js";

/** The modal's ids: what Slack sends back on submission. */
export const FIT_MODAL = { callbackId: "fit_modal", block: "jd_block", action: "jd" } as const;
/** Slack's cap on a plain-text input. */
const MAX_INPUT_CHARS = 3000;

/**
 * `/fit <job description>`: acked at once, answered privately with a Share button. `/fit` alone opens a
 * modal with a multi-line box (Slack slash commands carry one line); its submission is answered in the
 * channel the command came from, privately.
 */
export function registerFitCommand(app: App, ctx: SlackContext): void {
  app.command(ctx.options.fitCommand, async ({ command, ack, client }) => {
    const text = stripSlackMarkup(command.text);
    const words = ctx.deps.asker.texts(ctx.deps.asker.languageOf(text)).platform;
    if (!ctx.isAllowed(command.channel_id)) {
      await ack({ response_type: "ephemeral", ...renderSlackText(words.notHere) });
      return;
    }
    if (text === "") {
      await ack();
      await client.views.open({
        trigger_id: command.trigger_id,
        view: {
          type: "modal",
          callback_id: FIT_MODAL.callbackId,
          private_metadata: JSON.stringify({ channel: command.channel_id }),
          title: { type: "plain_text", text: words.fitTitle },
          submit: { type: "plain_text", text: words.fitSubmit },
          blocks: [
            {
              type: "input",
              block_id: FIT_MODAL.block,
              label: { type: "plain_text", text: words.fitLabel },
              element: {
                type: "plain_text_input",
                action_id: FIT_MODAL.action,
                multiline: true,
                max_length: MAX_INPUT_CHARS,
              },
            },
          ],
        },
      });
      return;
    }
    await ack({ response_type: "ephemeral", text: words.reading });
    // Kept in the user's slash-command conversation: "does he fit?" asked by the command checks this job.
    const result = await ctx.deps.asker.fit(
      text,
      { platform: "slack", workspace: command.team_id, channel: command.channel_id, user: command.user_id },
      `slack:${command.team_id}:command:${command.user_id}`,
    );
    const message = result.ok
      ? renderSlackAnswer(result.answer, { answerId: result.answerId, shareable: true, feedback: false })
      : renderSlackText(result.message);
    await respondReliably(ctx, command.response_url, {
      response_type: "ephemeral",
      replace_original: true,
      text: message.text,
      blocks: message.blocks,
    });
  });
  registerFitModal(app, ctx);
}

/** The /fit modal's submission: the report, privately, in the channel the command came from. */
function registerFitModal(app: App, ctx: SlackContext): void {
  app.view(FIT_MODAL.callbackId, async ({ ack, view, body, client }) => {
    await ack();
    const text = view.state.values[FIT_MODAL.block]?.[FIT_MODAL.action]?.value ?? "";
    let channel: string | undefined;
    try {
      channel = (JSON.parse(view.private_metadata || "{}") as { channel?: string }).channel;
    } catch {
      channel = undefined;
    }
    const user = body.user.id;
    const result = await ctx.deps.asker.fit(
      stripSlackMarkup(text),
      { platform: "slack", workspace: body.team?.id, channel, user },
      body.team?.id && user ? `slack:${body.team.id}:command:${user}` : undefined,
    );
    const message = result.ok
      ? renderSlackAnswer(result.answer, { answerId: result.answerId, shareable: false, feedback: false })
      : renderSlackText(result.message);
    // In the channel the command came from, seen by the asker only; where the bot can't post (a
    // channel it hasn't joined), in a DM with the bot instead, so the report is never lost.
    if (channel) {
      try {
        await client.chat.postEphemeral({ channel, user, text: message.text, blocks: message.blocks });
        return;
      } catch (error) {
        ctx.deps.logger.warn({ err: error, channel }, "could not post the fit report in the channel; sending it by DM");
      }
    }
    await client.chat.postMessage({ channel: user, text: message.text, blocks: message.blocks });
  });
}
