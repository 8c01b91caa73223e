import type { App, BlockAction, ButtonAction, types, webApi } from "@slack/bolt";
import type { AskResult } from "../../service/asker.js";
import { isForwardable, type Forwards } from "../../service/forwards.js";
import { FORWARD_TEXT, saveOutcomeText, type ForwardOrigin, type ForwardText } from "../forward-text.js";
import type { SlackContext } from "./slack-context.js";
import { postOnce, respondReliably } from "./slack-delivery.js";
import { escapeSlack, renderSlackText, type SlackMessage } from "./slack-render.js";

export const FORWARD_ACTIONS = { ask: "ask_owner", save: "save_faq" } as const;

/** What the "Ask the candidate" button carries: the answer's id, and where the candidate's answer goes. */
interface AskValue {
  id: string;
  /** The thread the question was answered in. */
  thread?: string;
  /** Answer back by DM (a slash command's private answer). */
  dm?: boolean;
}

/** The DM channel between the bot and `user` (conversations.open, scope im:write). */
export async function openDm(client: webApi.WebClient, user: string): Promise<string> {
  const opened = await client.conversations.open({ users: user });
  const channel = opened.channel?.id;
  if (!channel) throw new Error("conversations.open returned no channel");
  return channel;
}

/**
 * Adds "Ask the candidate" under an answer the profile could not give, when an owner is set: next to
 * 👍/👎, or in an actions block of its own. Other answers are returned as they are.
 */
export function withAskButton(
  ctx: SlackContext,
  message: SlackMessage,
  result: AskResult,
  where: { threadTs?: string; dm?: boolean },
): SlackMessage {
  if (!ctx.deps.forwards || !ctx.options.ownerUserId || !result.ok || !isForwardable(result.answer)) return message;
  const value: AskValue = { id: result.answerId, thread: where.threadTs, dm: where.dm || undefined };
  const button: types.Button = {
    type: "button",
    action_id: FORWARD_ACTIONS.ask,
    text: { type: "plain_text", text: FORWARD_TEXT[result.answer.language].askButton },
    value: JSON.stringify(value),
  };
  const blocks = [...message.blocks];
  const last = blocks.at(-1);
  if (last?.type === "actions") blocks[blocks.length - 1] = { ...last, elements: [...last.elements, button] };
  else blocks.push({ type: "actions", elements: [button] });
  return { ...message, blocks };
}

/** Where the click came from, as the owner reads it. */
function originOf(body: BlockAction): ForwardOrigin {
  const user = body.user as { name?: string; username?: string };
  const channel = body.channel;
  const inDm = !channel || channel.id.startsWith("D") || channel.name === "directmessage";
  return {
    asker: user.name ?? user.username ?? body.user.id,
    channel: inDm ? undefined : `#${channel.name}`,
    workspace: body.team?.domain,
  };
}

/** The owner's DM: the question, where it came from, how to answer. */
function ownerMessage(question: string, origin: ForwardOrigin, t: ForwardText): SlackMessage {
  const quote = `*${escapeSlack(t.ownerIntro)}*\n> ${escapeSlack(question)}`;
  const from = escapeSlack(t.ownerFrom(origin));
  return {
    text: `${escapeSlack(t.ownerIntro)} ${escapeSlack(question)}`,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: quote } },
      { type: "context", elements: [{ type: "mrkdwn", text: `${from}\n${escapeSlack(t.ownerHowSlack)}` }] },
    ],
  };
}

/** A click on "Ask the candidate": the question goes to the owner's DM once; the asker is told. */
async function askOwner(ctx: SlackContext, client: webApi.WebClient, body: BlockAction, value: AskValue) {
  const say = (text: string) =>
    respondReliably(ctx, body.response_url, {
      response_type: "ephemeral",
      replace_original: false,
      ...renderSlackText(text),
    });
  const item = ctx.deps.asker.recall(value.id);
  const { forwards } = ctx.deps;
  const owner = ctx.options.ownerUserId;
  if (!item || !forwards || !owner) return say(FORWARD_TEXT.en.expired);
  const t = FORWARD_TEXT[item.answer.language];
  const begin = forwards.begin({
    id: value.id,
    platform: "slack",
    workspace: body.team?.id ?? null,
    channel: body.channel?.id ?? null,
    replyTo: value.thread ?? null,
    replyByDm: value.dm === true,
    askerId: body.user.id,
    question: item.answer.question,
    language: item.answer.language,
  });
  if (begin.kind === "already") return say(begin.status === "undeliverable" ? t.undeliverable : t.already);
  if (begin.kind === "rate_limited") return say(t.limited(begin.retryInMinutes));
  try {
    const channel = await openDm(client, owner);
    const message = ownerMessage(item.answer.question, originOf(body), t);
    const ts = await postOnce(ctx, { channel, delivery: `forward:${value.id}` }, message);
    if (!ts) throw new Error("chat.postMessage returned no ts");
    forwards.sent(value.id, { channel, message: ts });
  } catch (error) {
    forwards.undeliverable(value.id, error);
    return say(t.undeliverable);
  }
  return say(t.sent);
}

/** "Save as FAQ", in the owner's DM: the owner's answer goes to faq.md once, and the bot reloads. */
async function saveFaq(ctx: SlackContext, forwards: Forwards, body: BlockAction, id: string) {
  const t = FORWARD_TEXT[forwards.get(id)?.language ?? "en"];
  const say = (text: string) =>
    respondReliably(ctx, body.response_url, {
      response_type: "ephemeral",
      replace_original: false,
      ...renderSlackText(text),
    });
  if (body.user.id !== ctx.options.ownerUserId) return say(t.ownerOnly);
  return say(saveOutcomeText(t, await forwards.saveAsFaq(id)));
}

/** The buttons of "Ask the candidate": the recruiter's click, and the owner's "Save as FAQ". */
export function registerForwards(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(FORWARD_ACTIONS.ask, async ({ ack, action, body, client }) => {
    await ack();
    let value: AskValue;
    try {
      value = JSON.parse(action.value ?? "") as AskValue;
    } catch {
      value = { id: "" };
    }
    await askOwner(ctx, client, body, value);
  });
  app.action<BlockAction<ButtonAction>>(FORWARD_ACTIONS.save, async ({ ack, action, body }) => {
    await ack();
    const { forwards } = ctx.deps;
    if (forwards) await saveFaq(ctx, forwards, body, action.value ?? "");
  });
}
