import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import { newReference } from "../logging/reference.js";
import type { AnswerEngine } from "../answer/answer-engine.js";
import type { Answer, Question } from "../answer/answer.js";
import { fitAsAnswer } from "../answer/fit-answer.js";
import { MAX_FIT_CHARS, type FitReport } from "../answer/fit.js";
import type { Logger } from "../logging/logger.js";
import type { QuestionLog, QuestionRecord } from "../storage/question-log.js";
import { questionLanguage } from "../query/clean-message.js";
import { ConcurrencyGate, QueueFullError } from "../calls/concurrency-gate.js";
import { RateLimiter } from "./rate-limiter.js";
import { textFor, type Messages } from "../messages/messages.js";
import type { Language } from "../text/stem.js";

/** Where a question came from, for the owner's log and for rate limits. */
export interface AnswerOrigin {
  platform: "slack" | "discord" | "terminal" | "cli";
  workspace?: string;
  channel?: string;
  /** Platform user id; hashed before it is stored. */
  user?: string;
}

export type FitResult =
  | { ok: true; report: FitReport; answer: Answer; answerId: string }
  | { ok: false; kind: "error" | "rate_limited" | "busy" | "closing" | "invalid"; message: string; reference?: string };

export type AskResult =
  | { ok: true; answer: Answer; answerId: string }
  | { ok: false; kind: "error" | "rate_limited" | "busy" | "closing"; message: string; reference?: string };

/** How an adapter asks. */
export interface AskOptions {
  /**
   * The adapter reports delivery with `delivered(answerId, …)`: the log row is written then, saying
   * whether the answer reached the user, instead of when it was computed.
   */
  logWhenDelivered?: boolean;
}

/** What an adapter reports once it has tried to deliver an answer. */
export type DeliveryOutcome = { ok: true } | { ok: false; errorRef: string };

export interface AskerLimits {
  /** Questions one user may ask per minute. */
  perUserPerMinute: number;
  /** Answers computed at once; more wait in line. */
  maxConcurrent: number;
  /** How many may wait in line before new ones are turned away. */
  maxQueued: number;
}

/**
 * The one door every adapter asks through: per-user rate limit, a bounded line for bursts, the
 * engine, the owner's question log, and the recent answers that buttons refer to. A failure never
 * reaches the user as an internal error: it becomes a polite sentence with a reference id.
 */
export class Asker {
  private readonly limiter: RateLimiter;
  private readonly gate: ConcurrencyGate;
  /** Recent answers by id, for their buttons; past `maxRecent`, the oldest is forgotten. */
  private readonly recent: LRUCache<string, { answer: Answer; origin: AnswerOrigin }>;
  /** Rows waiting for their delivery to be reported; past `maxRecent`, the oldest is written as computed. */
  private readonly undelivered: LRUCache<string, QuestionRecord>;
  private accepting = true;
  private tracked = 0;
  private trackWaiters: (() => void)[] = [];

  constructor(
    private readonly engine: AnswerEngine,
    private readonly log: QuestionLog,
    private readonly logger: Logger,
    limits: AskerLimits,
    maxRecent = 5000,
  ) {
    this.limiter = new RateLimiter(limits.perUserPerMinute);
    this.gate = new ConcurrencyGate(limits.maxConcurrent, limits.maxQueued);
    this.recent = new LRUCache({ max: maxRecent });
    this.undelivered = new LRUCache({
      max: maxRecent,
      disposeAfter: (record, _id, reason) => {
        if (reason === "evict") this.log.recordQuestion(record);
      },
    });
  }

  async ask(question: Question, origin: AnswerOrigin, options: AskOptions = {}): Promise<AskResult> {
    // Detected once here, from the message as sent (chatter included), and passed to the engine.
    const language = question.language ?? questionLanguage(question.text) ?? undefined;
    const text = this.texts(language ?? "en").service;
    if (!this.accepting) return { ok: false, kind: "closing", message: text.closing };
    // Platform users are limited one by one; the local terminal and command line are the owner's.
    const wait = origin.user ? this.limiter.take(`${origin.platform}:${origin.user}`) : 0;
    if (wait > 0) {
      this.logger.info({ platform: origin.platform, waitMs: wait }, "rate limited");
      return { ok: false, kind: "rate_limited", message: text.limited(Math.ceil(wait / 1000)) };
    }
    const started = performance.now();
    const id = randomUUID();
    try {
      const answer = await this.gate.run(() => this.engine.answer({ ...question, ...(language ? { language } : {}) }));
      this.remember(id, answer, origin);
      const record = {
        id,
        askedAt: new Date(),
        ...origin,
        question: question.text,
        answer,
        latencyMs: performance.now() - started,
      };
      if (options.logWhenDelivered) this.awaitDelivery(record);
      else this.log.recordQuestion(record);
      return { ok: true, answer, answerId: id };
    } catch (error) {
      if (error instanceof QueueFullError) {
        this.logger.warn({ platform: origin.platform }, "queue full; question turned away");
        return { ok: false, kind: "busy", message: text.busy };
      }
      const reference = newReference();
      this.logger.error({ err: error, reference, platform: origin.platform, channel: origin.channel }, "answer failed");
      this.log.recordQuestion({
        id,
        askedAt: new Date(),
        ...origin,
        question: question.text,
        latencyMs: performance.now() - started,
        errorRef: reference,
      });
      return { ok: false, kind: "error", message: text.error(reference), reference };
    }
  }

  /**
   * Reads a job description against the profile, under the same rate limit and waiting line as
   * questions. The report is also kept as an answer, so "Share in channel" works for it.
   */
  /** `conversationId` keeps the job in that conversation: a later "does he fit?" asks of it again. */
  async fit(description: string, origin: AnswerOrigin, conversationId?: string): Promise<FitResult> {
    const text = this.texts(this.languageOf(description)).service;
    const trimmed = description.trim();
    if (!this.accepting) return { ok: false, kind: "closing", message: text.closing };
    if (trimmed === "") return { ok: false, kind: "invalid", message: text.fitEmpty };
    if (trimmed.length > MAX_FIT_CHARS)
      return { ok: false, kind: "invalid", message: text.fitTooLong(trimmed.length, MAX_FIT_CHARS) };
    const wait = origin.user ? this.limiter.take(`${origin.platform}:${origin.user}`) : 0;
    if (wait > 0) return { ok: false, kind: "rate_limited", message: text.limited(Math.ceil(wait / 1000)) };
    const engine = this.engine;
    try {
      if (!engine.fit) throw new Error("this engine cannot read job descriptions");
      const report = await this.gate.run(() => engine.fit!(trimmed, conversationId));
      const answer = fitAsAnswer(report, trimmed.split("\n")[0]!.slice(0, 120));
      const id = randomUUID();
      this.remember(id, answer, origin);
      this.logger.info({ platform: origin.platform, requirements: report.requirements.length }, "fit");
      return { ok: true, report, answer, answerId: id };
    } catch (error) {
      if (error instanceof QueueFullError) return { ok: false, kind: "busy", message: text.busy };
      const reference = newReference();
      this.logger.error({ err: error, reference, platform: origin.platform }, "fit failed");
      return { ok: false, kind: "error", message: text.error(reference), reference };
    }
  }

  /** The words of one language, naming the person as the engine's profile.yml says. */
  texts(language: Language): Messages {
    return textFor(language, this.engine.profile);
  }

  /**
   * The language of a message as the engine will read it (English when it can't tell), for what an
   * adapter says before the answer exists ("Looking through the profile…").
   */
  languageOf(message: string): Language {
    return questionLanguage(message) ?? "en";
  }

  /** The words of a recent answer's language (English for one no longer known), for its buttons' replies. */
  textsOfAnswer(answerId: string): Messages {
    return this.texts(this.recent.peek(answerId)?.answer.language ?? "en");
  }

  /** An answer given lately, for "Share in channel". */
  recall(answerId: string): { answer: Answer; origin: AnswerOrigin } | undefined {
    return this.recent.peek(answerId);
  }

  /** Stores a 👍/👎 against the answer it rates; false when the answer is unknown here. */
  rate(answerId: string, rating: "up" | "down", user?: string): boolean {
    const item = this.recent.peek(answerId);
    if (!item) return false;
    this.log.recordFeedback({ answerId, rating, user, at: new Date() });
    this.logger.info({ answerId, rating, platform: item.origin.platform }, "feedback");
    return true;
  }

  /**
   * Writes the log row of an answer asked with `logWhenDelivered`: as answered when it reached the
   * user, as a failure under `errorRef` (no answer) when it could not be delivered.
   */
  delivered(answerId: string, outcome: DeliveryOutcome): void {
    const record = this.undelivered.peek(answerId);
    if (!record) return;
    this.undelivered.delete(answerId);
    this.log.recordQuestion(outcome.ok ? record : { ...record, answer: undefined, errorRef: outcome.errorRef });
  }

  /** Stops taking new questions; those in flight and in line still get their answers. */
  stopAccepting(): void {
    this.accepting = false;
  }

  /**
   * Runs an adapter's whole exchange (ask, then post the reply) so that `drain` waits for the reply
   * to be delivered, not only computed.
   */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.tracked += 1;
    try {
      return await work();
    } finally {
      this.tracked -= 1;
      if (this.tracked === 0) for (const resolve of this.trackWaiters.splice(0)) resolve();
    }
  }

  /** Resolves when every question taken has been answered and every tracked reply delivered. */
  async drain(): Promise<void> {
    await this.gate.idle();
    if (this.tracked > 0) await new Promise<void>((resolve) => this.trackWaiters.push(resolve));
  }

  /** Holds a row until its delivery is reported; past `maxRecent` waiting, the oldest is written as computed. */
  private awaitDelivery(record: QuestionRecord): void {
    this.undelivered.set(record.id, record);
  }

  private remember(id: string, answer: Answer, origin: AnswerOrigin): void {
    this.recent.set(id, { answer, origin });
  }
}
