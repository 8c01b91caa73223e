import { randomUUID } from "node:crypto";
import type { webApi } from "@slack/bolt";
import type { Forward } from "../../service/forwards.js";
import { FORWARD_TEXT, type ForwardText } from "../forward-text.js";
import type { SlackContext } from "./slack-context.js";
import { postOnce } from "./slack-delivery.js";
import { FORWARD_ACTIONS, openDm } from "./slack-forward.js";
import { escapeSlack, renderSlackText, type SlackMessage } from "./slack-render.js";
import { stripSlackMarkup } from "./slack-reply.js";

/** A DM message as the Events API sends it. */
export interface DmMessage {
  user?: string;
  text?: string;
  channel: string;
  thread_ts?: string;
}

/** The candidate's answer as the asker sees it: their own words, dated, not a CV citation. */
function answerMessage(forward: Forward, answer: string, t: ForwardText): SlackMessage {
  const intro = escapeSlack(t.answerIntro(new Date(forward.answeredAt ?? Date.now())));
  const quote = escapeSlack(answer)
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
  return {
    text: `${intro} ${escapeSlack(answer)}`,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `💬 *${intro}*\n${quote}` } },
      { type: "context", elements: [{ type: "mrkdwn", text: `_${escapeSlack(t.yourQuestion(forward.question))}_` }] },
    ],
  };
}

/** Under the owner's reply: it was delivered, and "Save as FAQ". */
function savePrompt(forward: Forward, t: ForwardText): SlackMessage {
  return {
    text: escapeSlack(t.delivered),
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: escapeSlack(t.delivered) } },
      {
        type: "actions",
        elements: [
          {
            type: "button",
            action_id: FORWARD_ACTIONS.save,
            text: { type: "plain_text", text: t.saveButton },
            value: forward.id,
          },
        ],
      },
    ],
  };
}

/** Posts the candidate's answer where the question was asked: its thread, its DM, or a DM to the asker. */
async function deliverAnswer(ctx: SlackContext, client: webApi.WebClient, forward: Forward, answer: string) {
  const t = FORWARD_TEXT[forward.language];
  const target =
    forward.replyByDm || !forward.channel
      ? { channel: await openDm(client, forward.askerId ?? "") }
      : { channel: forward.channel, threadTs: forward.replyTo ?? undefined };
  const ts = await postOnce(
    ctx,
    { ...target, delivery: `forward-answer:${forward.id}` },
    answerMessage(forward, answer, t),
  );
  if (!ts) throw new Error("chat.postMessage returned no ts");
}

/**
 * A reply in the thread of a forwarded question's DM: the owner's answer goes to the asker exactly
 * once, then the owner is offered "Save as FAQ". True when the message belonged to a forward (a
 * reply from anyone else is ignored); false for any other DM, answered as an ordinary question.
 */
export async function takeOwnerReply(
  ctx: SlackContext,
  client: webApi.WebClient,
  message: DmMessage,
): Promise<boolean> {
  const { forwards } = ctx.deps;
  if (!forwards || !ctx.options.ownerUserId || !message.thread_ts) return false;
  const forward = forwards.forOwnerMessage("slack", message.thread_ts);
  if (!forward || forward.ownerChannel !== message.channel) return false;
  if (message.user !== ctx.options.ownerUserId) {
    ctx.deps.logger.info({ forward: forward.id }, "a reply to a forwarded question not from the owner; ignored");
    return true;
  }
  const answer = stripSlackMarkup(message.text ?? "");
  const claimed = answer === "" ? undefined : forwards.claimAnswer(forward.id, answer);
  if (!claimed) return true;
  const t = FORWARD_TEXT[claimed.language];
  const inThread = { channel: message.channel, threadTs: message.thread_ts };
  try {
    await deliverAnswer(ctx, client, claimed, answer);
    forwards.answerDelivered(claimed.id);
  } catch (error) {
    const reference = forwards.answerFailed(claimed.id, error);
    await postOnce(ctx, { ...inThread, delivery: randomUUID() }, renderSlackText(t.notDelivered(reference))).catch(
      () => undefined,
    );
    return true;
  }
  await postOnce(ctx, { ...inThread, delivery: `forward-save:${claimed.id}` }, savePrompt(claimed, t)).catch(
    (error: unknown) => ctx.deps.logger.warn({ err: error }, "could not offer Save as FAQ"),
  );
  return true;
}
