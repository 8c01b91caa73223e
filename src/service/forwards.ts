import type { Answer } from "../answer/answer.js";
import { addFaqEntry } from "../knowledge/faq-writer.js";
import type { Logger } from "../logging/logger.js";
import { newReference } from "../logging/reference.js";
import type { Forward, ForwardStore, NewForward } from "../storage/forward-store.js";
import { RateLimiter } from "./rate-limiter.js";

export type { Forward } from "../storage/forward-store.js";

/** How many questions one asker may forward to the candidate, and over how long. */
export const FORWARD_LIMITS = {
  perAsker: 5,
  windowMs: 60 * 60 * 1000,
  /** A forward still "sending" after this long was cut short (the bot stopped mid-way): a click retries it. */
  staleSendingMs: 2 * 60 * 1000,
} as const;

/** Answers the candidate can give: the profile lacks it, has only part of it, or only they can say. */
const FORWARDABLE = new Set(["not_in_profile", "partial", "owner_only"]);

/** True for an answer that deserves an "Ask the candidate" button. */
export function isForwardable(answer: Answer): boolean {
  return !answer.answered && FORWARDABLE.has(answer.reason ?? "");
}

/** What a click on "Ask the candidate" may do. */
export type BeginForward =
  | { kind: "go" }
  | { kind: "already"; status: Forward["status"] }
  | { kind: "rate_limited"; retryInMinutes: number };

export type SaveOutcome =
  | { kind: "saved" }
  | { kind: "already" }
  | { kind: "unknown" }
  | { kind: "failed"; reference: string };

export interface ForwardsOptions {
  /** The folder of faq.md (KNOWLEDGE_DIR). */
  knowledgeDir: string;
  /** Asks the running bot to rebuild from the knowledge now, so a saved entry answers at once. */
  reload: () => Promise<{ ok: boolean; error?: string }>;
  logger: Logger;
  now?: () => Date;
}

/**
 * "Ask the candidate", platform-neutral: a question forwarded once to the owner, their reply delivered
 * to the asker exactly once, then saved to the FAQ once. The adapters do the platform calls; each step
 * here is claimed in the store first, so a second click or a second reply does nothing.
 */
export class Forwards {
  private readonly limiter: RateLimiter;
  private readonly now: () => Date;

  constructor(
    private readonly store: ForwardStore,
    private readonly options: ForwardsOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.limiter = new RateLimiter(FORWARD_LIMITS.perAsker, FORWARD_LIMITS.windowMs, () => this.now().getTime());
  }

  /** Claims the forward of a question: "go" means the caller sends it to the owner now. */
  begin(request: NewForward): BeginForward {
    const existing = this.store.get(request.id);
    const staleBefore = new Date(this.now().getTime() - FORWARD_LIMITS.staleSendingMs);
    const stale = existing?.status === "sending" && Date.parse(existing.createdAt) < staleBefore.getTime();
    if (existing && !stale) return { kind: "already", status: existing.status };
    const wait = this.limiter.take(`${request.platform}:${request.askerId}`);
    if (wait > 0) {
      this.options.logger.info({ platform: request.platform }, "forward rate limited");
      return { kind: "rate_limited", retryInMinutes: Math.ceil(wait / 60_000) };
    }
    if (!this.store.claim(request, this.now(), staleBefore)) return { kind: "already", status: "sending" };
    return { kind: "go" };
  }

  /** The owner's DM is out, as `message` in `channel`. */
  sent(id: string, owner: { channel: string; message: string }): void {
    this.store.markSent(id, owner.channel, owner.message, this.now());
    this.options.logger.info({ forward: id }, "question forwarded to the candidate");
  }

  /** The owner could not be reached (DMs closed, user gone). */
  undeliverable(id: string, error: unknown): void {
    this.store.markUndeliverable(id);
    this.options.logger.warn({ forward: id, err: error }, "could not forward a question to the candidate");
  }

  get(id: string): Forward | undefined {
    return this.store.get(id);
  }

  /** The forward a reply to the owner's DM message answers, if any. */
  forOwnerMessage(platform: Forward["platform"], ownerMessage: string): Forward | undefined {
    return this.store.byOwnerMessage(platform, ownerMessage);
  }

  /** Takes the owner's answer: the forward to deliver, or undefined when it was answered already. */
  claimAnswer(id: string, answer: string): Forward | undefined {
    if (!this.store.claimAnswer(id, answer, this.now())) return undefined;
    return this.store.get(id);
  }

  /** The answer reached the asker. */
  answerDelivered(id: string): void {
    this.store.forgetAsker(id);
    this.options.logger.info({ forward: id }, "the candidate's answer was delivered");
  }

  /** The answer could not be delivered: the owner may reply again. */
  answerFailed(id: string, error: unknown): string {
    this.store.releaseAnswer(id);
    const reference = newReference();
    this.options.logger.error({ forward: id, err: error, reference }, "could not deliver the candidate's answer");
    return reference;
  }

  /** Appends the question and the owner's answer to faq.md, then has the bot reload: once per forward. */
  async saveAsFaq(id: string): Promise<SaveOutcome> {
    const forward = this.store.get(id);
    if (!forward?.answer) return { kind: "unknown" };
    if (!this.store.claimSave(id, this.now())) return { kind: "already" };
    try {
      await addFaqEntry(this.options.knowledgeDir, { question: forward.question, answer: forward.answer });
    } catch (error) {
      this.store.releaseSave(id);
      const reference = newReference();
      this.options.logger.error({ forward: id, err: error, reference }, "could not save the answer to the FAQ");
      return { kind: "failed", reference };
    }
    const reloaded = await this.options.reload();
    if (!reloaded.ok) this.options.logger.warn({ error: reloaded.error }, "FAQ saved, but the reload failed");
    this.options.logger.info({ forward: id }, "the candidate's answer was saved to the FAQ");
    return { kind: "saved" };
  }

  close(): void {
    this.store.close();
  }
}
