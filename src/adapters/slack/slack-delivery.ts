import type { webApi } from "@slack/bolt";
import type { DeliveryOutcome } from "../../service/asker.js";
import { newReference } from "../../logging/reference.js";
import type { SlackMessage } from "./slack-render.js";
import type { SlackContext } from "./slack-context.js";
import { SLACK_LIMITS } from "./slack-limits.js";

/** What a response_url POST carries. */
export type ResponseBody = Record<string, unknown> & { text: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Posts to a response_url. Each attempt times out. A 5xx or a refused connection is retried with
 * backoff (Slack did not take the message); so is a time-out or a reset when the reply replaces the
 * original (posting it twice still shows it once), but not otherwise, where a repeat could show twice.
 * A 4xx (expired URL) is final. A failure is logged under a reference id.
 */
export async function respondReliably(ctx: SlackContext, url: string, body: ResponseBody): Promise<DeliveryOutcome> {
  const idempotent = body.replace_original === true;
  let lastError = "";
  for (let attempt = 0; attempt <= SLACK_LIMITS.respondBackoffMs.length; attempt++) {
    if (attempt > 0) await sleep(SLACK_LIMITS.respondBackoffMs[attempt - 1]!);
    if (ctx.calls.aborted) break;
    try {
      const res = await ctx.calls.fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      await res.body?.cancel();
      if (res.ok) return { ok: true };
      lastError = `HTTP ${res.status}`;
      if (res.status < 500) break;
    } catch (error) {
      lastError = describe(error);
      if (!idempotent && !notSent(error)) break;
    }
    ctx.deps.logger.warn({ attempt: attempt + 1, error: lastError }, "response_url post failed");
  }
  const errorRef = newReference();
  ctx.deps.logger.error({ reference: errorRef, error: lastError }, "could not deliver a reply to response_url");
  return { ok: false, errorRef };
}

/** True when the request surely never reached the server (so sending it again can't double it). */
function notSent(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } }).cause?.code;
  return code === "ECONNREFUSED" || code === "UND_ERR_CONNECT_TIMEOUT" || code === "ENOTFOUND" || code === "EAI_AGAIN";
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const message = error instanceof Error ? error.message : String(error);
  return cause?.code ? `${message} (${cause.code})` : message;
}

/** Where an answer goes in a channel, and the id its messages carry so a lost one can be found. */
export interface ThreadTarget {
  channel: string;
  threadTs?: string;
  delivery: string;
}

/** Message metadata naming the delivery: Slack keeps it, so a message whose response was lost can be found. */
export function deliveryMetadata(delivery: string): { event_type: string; event_payload: { delivery: string } } {
  return { event_type: "profile_bot_reply", event_payload: { delivery } };
}

/**
 * Posts a message once: no automatic retry (chat.postMessage is not idempotent, so a retry after a
 * lost response would post it twice). After an uncertain failure the channel is searched for the
 * message; only if it isn't there is it posted a second time.
 */
export async function postOnce(
  ctx: SlackContext,
  target: ThreadTarget,
  message: SlackMessage,
): Promise<string | undefined> {
  const args = {
    channel: target.channel,
    thread_ts: target.threadTs,
    text: message.text,
    ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
    metadata: deliveryMetadata(target.delivery),
  };
  try {
    return (await ctx.once.chat.postMessage(args)).ts;
  } catch (error) {
    if (isSlackRefusal(error)) throw error;
    ctx.deps.logger.warn(
      { err: error, channel: target.channel },
      "chat.postMessage unconfirmed; looking for the message before posting again",
    );
    const found = await findDelivered(ctx, target);
    if (found) return found;
    return (await ctx.once.chat.postMessage(args)).ts;
  }
}

/** The ts of the bot's message carrying `target.delivery`, if Slack has it. */
export async function findDelivered(ctx: SlackContext, target: ThreadTarget): Promise<string | undefined> {
  try {
    const page = target.threadTs
      ? await ctx.once.conversations.replies({
          channel: target.channel,
          ts: target.threadTs,
          include_all_metadata: true,
          limit: 200,
        })
      : await ctx.once.conversations.history({ channel: target.channel, include_all_metadata: true, limit: 50 });
    const messages = (page.messages ?? []) as { ts?: string; metadata?: { event_payload?: { delivery?: string } } }[];
    return messages.find((m) => m.metadata?.event_payload?.delivery === target.delivery)?.ts;
  } catch (error) {
    ctx.deps.logger.warn({ err: error, channel: target.channel }, "could not look for an unconfirmed message");
    return undefined;
  }
}

/**
 * Puts the answer where the placeholder is: chat.update (safe to retry). If that fails
 * (message_not_found, repeated 5xx, time-out), the answer is posted as a new message in the thread
 * and the placeholder deleted, so the asker never stays with "Looking…" alone.
 */
export async function replacePlaceholder(
  ctx: SlackContext,
  client: webApi.WebClient,
  target: ThreadTarget,
  placeholderTs: string | undefined,
  message: SlackMessage,
): Promise<DeliveryOutcome> {
  const ts = placeholderTs ?? (await findDelivered(ctx, target));
  if (ts) {
    try {
      await client.chat.update({ channel: target.channel, ts, text: message.text, blocks: message.blocks });
      return { ok: true };
    } catch (error) {
      ctx.deps.logger.warn(
        { err: error, channel: target.channel },
        "could not replace the placeholder; posting the answer as a new message",
      );
    }
  }
  try {
    await postOnce(ctx, { ...target, delivery: `${target.delivery}:answer` }, message);
  } catch (error) {
    const errorRef = newReference();
    ctx.deps.logger.error(
      { err: error, reference: errorRef, channel: target.channel },
      "could not deliver an answer in Slack",
    );
    return { ok: false, errorRef };
  }
  if (ts)
    await client.chat
      .delete({ channel: target.channel, ts })
      .catch((error: unknown) =>
        ctx.deps.logger.warn({ err: error, channel: target.channel }, "could not delete the placeholder"),
      );
  return { ok: true };
}

/** A Slack `ok: false` answer: the call reached Slack and was refused, so nothing was posted. */
function isSlackRefusal(error: unknown): boolean {
  return (error as { code?: string }).code === "slack_webapi_platform_error";
}
