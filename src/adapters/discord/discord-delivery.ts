import { randomBytes } from "node:crypto";
import type { BaseMessageOptions, ChatInputCommandInteraction, Message, ModalSubmitInteraction } from "discord.js";
import { MessageFlags } from "discord.js";
import type { Logger } from "../../logging/logger.js";
import { newReference } from "../../logging/reference.js";
import type { Asker } from "../../service/asker.js";

/** A question taken whose answer has not reached Discord yet. */
export interface PendingDelivery {
  platform: "discord";
  channel: string;
  question: string;
  since: Date;
}

/**
 * The answers on their way out. A shutdown whose grace runs out lists what is still here, so the
 * owner knows which questions were taken but never answered.
 */
export class Deliveries {
  private readonly pending = new Map<number, PendingDelivery>();
  private next = 0;

  /** Registers a question; call the returned function once its answer is delivered or given up. */
  start(channel: string, question: string): () => void {
    const id = ++this.next;
    this.pending.set(id, { platform: "discord", channel, question, since: new Date() });
    return () => void this.pending.delete(id);
  }

  undelivered(): PendingDelivery[] {
    return [...this.pending.values()];
  }
}

/**
 * A message nonce (Discord takes up to 25 characters). Sent with `enforce_nonce`, so a create that
 * Discord processed but answered 5xx, then retried, returns the first message instead of a second.
 */
export function newNonce(): string {
  return randomBytes(12).toString("base64url");
}

type Payload = BaseMessageOptions;

/**
 * Replies to a message, exactly once. The nonce rides on every attempt (discord.js's own retries
 * resend the same body); if the reply itself is refused (the question was deleted, say), the answer
 * goes to the channel instead, with the same nonce.
 */
export async function replyOnce(
  message: Message,
  payload: Payload,
  log: Logger,
): Promise<{ sent: Message; via: "reply" | "channel" }> {
  const nonce = newNonce();
  try {
    return { sent: await message.reply({ ...payload, nonce, enforceNonce: true }), via: "reply" };
  } catch (error) {
    if (!isRefusal(error) || !("send" in message.channel)) throw error;
    log.warn({ err: error, channel: message.channelId }, "reply refused; sending the answer to the channel instead");
    return { sent: await message.channel.send({ ...payload, nonce, enforceNonce: true }), via: "channel" };
  }
}

type Deferred = ChatInputCommandInteraction | ModalSubmitInteraction;

/**
 * Replaces a deferred interaction's "thinking…" with the answer. If that edit fails, the answer is
 * sent as a follow-up (private when the reply was private); a public answer whose interaction token
 * no longer works goes to the channel. A private one never does: it would show it to everyone.
 */
export async function deliverToInteraction(
  interaction: Deferred,
  payload: Payload,
  isPublic: boolean,
  log: Logger,
): Promise<"edited" | "followUp" | "channel"> {
  try {
    await interaction.editReply(payload);
    return "edited";
  } catch (editError) {
    log.warn(
      { err: editError, interaction: interaction.id },
      "could not edit the interaction reply; sending a follow-up",
    );
    try {
      await interaction.followUp({ ...payload, ...(isPublic ? {} : { flags: MessageFlags.Ephemeral }) });
      return "followUp";
    } catch (followUpError) {
      const channel = interaction.channel;
      if (!isPublic || !channel || !("send" in channel)) throw followUpError;
      log.warn(
        { err: followUpError, interaction: interaction.id },
        "follow-up failed too; sending the public answer to the channel",
      );
      await channel.send({ ...payload, nonce: newNonce(), enforceNonce: true });
      return "channel";
    }
  }
}

/**
 * Logs the outcome a user sees: delivered, or not (with a reference the log can be searched by); and,
 * for an answer asked with `logWhenDelivered`, tells the Asker, so the question log says the same.
 */
export function logDelivery(
  log: Logger,
  fields: { answerId?: string; channel: string; via?: string },
  error?: unknown,
  asker?: Pick<Asker, "delivered">,
): void {
  const reference = error === undefined ? undefined : newReference();
  if (reference === undefined) log.info({ ...fields, delivered: true }, "answer delivered");
  else log.error({ ...fields, delivered: false, err: error, reference }, "answer not delivered");
  if (asker && fields.answerId)
    asker.delivered(fields.answerId, reference === undefined ? { ok: true } : { ok: false, errorRef: reference });
}

/** A 4xx from Discord other than a rate limit: sending the same thing again to the same place won't help. */
function isRefusal(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return typeof status === "number" && status >= 400 && status < 500 && status !== 429;
}
