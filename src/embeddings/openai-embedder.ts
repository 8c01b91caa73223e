import { OpenAIEmbeddings } from "@langchain/openai";
import type { Logger } from "../logging/logger.js";
import { createModelLane, MODEL_BACKOFF } from "../calls/model-calls.js";
import { withRetries, type RetryPolicy } from "../calls/retry.js";
import type { Embedder } from "./embedder.js";

export interface OpenAIEmbedderOptions {
  apiKey: string;
  model: string;
  baseURL?: string;
  /** Per request; each retry gets its own. */
  timeoutMs: number;
  maxRetries: number;
  logger: Logger;
}

/**
 * OpenAI's embeddings, or any OpenAI-compatible server's, through LangChain's client. As for the
 * chat model, LangChain's own retries are off and src/calls/retry.ts retries; calls go through the
 * embeddings' own lane, a few at once.
 */
export function createOpenAIEmbedder(options: OpenAIEmbedderOptions): Embedder {
  const client = new OpenAIEmbeddings({
    apiKey: options.apiKey,
    model: options.model,
    timeout: options.timeoutMs,
    maxRetries: 0,
    maxConcurrency: Infinity,
    configuration: options.baseURL ? { baseURL: options.baseURL } : undefined,
  });
  const lane = createModelLane(options.timeoutMs);
  const policy: RetryPolicy = { maxRetries: options.maxRetries, ...MODEL_BACKOFF };
  const call = <T>(purpose: string, work: () => Promise<T>) =>
    lane(() =>
      withRetries(work, policy, (error, waitMs, attempt) =>
        options.logger.warn(
          { purpose, attempt, waitMs: Math.round(waitMs), status: (error as { status?: number }).status },
          "embeddings call failed; retrying",
        ),
      ),
    );
  return {
    id: `openai:${options.model}`,
    embedDocuments: (texts) => call("documents", () => client.embedDocuments(texts)),
    embedQuery: (text) => call("query", () => client.embedQuery(text)),
  };
}
