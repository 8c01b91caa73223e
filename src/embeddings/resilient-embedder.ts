import type { Logger } from "../logging/logger.js";
import { stepAside } from "../calls/concurrency-gate.js";
import type { Embedder } from "./embedder.js";

/** After a failed question embedding, questions skip the embeddings this long (keyword-only answers). */
const QUERY_COOLDOWN_MS = 15_000;

/** Raised without calling the model while the embeddings are resting after a failure. */
export class EmbeddingsUnavailableError extends Error {
  override name = "EmbeddingsUnavailableError";
}

/**
 * How the core calls an embedder: off the answers' line while it waits (see `stepAside`), and, when
 * a question's embedding fails (service down, worker crashed or stuck), with a warning and a short
 * rest during which questions fail fast — retrieval then ranks by keywords alone instead of every
 * question waiting out the same timeout.
 */
export class ResilientEmbedder implements Embedder {
  readonly id: string;
  private restingUntil = 0;
  /** Closing: a question still being embedded then fails, which is no failure to report. */
  private closing = false;

  constructor(
    private readonly inner: Embedder,
    private readonly logger: Logger,
    private readonly cooldownMs = QUERY_COOLDOWN_MS,
  ) {
    this.id = inner.id;
  }

  get warm(): boolean {
    return this.inner.warm === true && Date.now() >= this.restingUntil;
  }

  embedDocuments(texts: string[]): Promise<number[][]> {
    return stepAside(() => this.inner.embedDocuments(texts));
  }

  async embedQuery(text: string): Promise<number[]> {
    if (Date.now() < this.restingUntil)
      throw new EmbeddingsUnavailableError(`embeddings resting after a failure (${this.id})`);
    try {
      return await stepAside(() => this.inner.embedQuery(text));
    } catch (error) {
      if (this.closing) throw error;
      this.restingUntil = Date.now() + this.cooldownMs;
      this.logger.warn(
        { err: error, embedder: this.id, cooldownMs: this.cooldownMs },
        "question embedding failed; answering from keywords only for a while",
      );
      throw error;
    }
  }

  async warmUp(): Promise<void> {
    await this.inner.warmUp?.();
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.inner.close?.();
  }
}
