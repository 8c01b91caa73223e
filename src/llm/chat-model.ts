import type { Logger } from "../logging/logger.js";
import { createModelLane, MODEL_CALLS_AT_ONCE } from "../calls/model-calls.js";
import { withRetries, type RetryPolicy } from "../calls/retry.js";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ChatResult {
  text: string;
  model: string;
  inputTokens: number | null;
  outputTokens: number | null;
  latencyMs: number;
}

/** A chat model: the answer engine depends on this, not on a vendor's client. */
export interface ChatModel {
  complete(messages: ChatMessage[], purpose: "answer" | "condense"): Promise<ChatResult>;
}

export interface OpenAIChatOptions {
  apiKey: string;
  model: string;
  baseURL?: string;
  temperature: number;
  /** Per request: the client aborts a request with no reply by then (each retry gets its own). */
  timeoutMs: number;
  /** Requests in flight at once; more wait in the model's own lane, never in the answers' line. */
  maxConcurrent?: number;
  retry: RetryPolicy;
  logger: Logger;
}

/**
 * LangChain's ChatOpenAI over the openai client, for OpenAI or any compatible server. LangChain's own
 * retries are off and src/calls/retry.ts retries, as for the embeddings: one policy for both (see there
 * why not LangChain's AsyncCaller).
 */
export async function createOpenAIChatModel(options: OpenAIChatOptions): Promise<ChatModel> {
  const { ChatOpenAI } = await import("@langchain/openai");
  const client = new ChatOpenAI({
    apiKey: options.apiKey,
    model: options.model,
    temperature: options.temperature,
    timeout: options.timeoutMs,
    maxRetries: 0,
    configuration: options.baseURL ? { baseURL: options.baseURL } : undefined,
  });
  const lane = createModelLane(options.timeoutMs, options.maxConcurrent ?? MODEL_CALLS_AT_ONCE);
  return {
    async complete(messages, purpose) {
      const started = performance.now();
      const reply = await lane(() =>
        withRetries(
          () =>
            client.invoke(messages.map((m) => [m.role === "assistant" ? "ai" : m.role, m.content] as [string, string])),
          options.retry,
          (error, waitMs, attempt) =>
            options.logger.warn(
              { purpose, attempt, waitMs: Math.round(waitMs), status: (error as { status?: number }).status },
              "model call failed; retrying",
            ),
        ),
      );
      const latencyMs = performance.now() - started;
      const usage = reply.usage_metadata;
      const result: ChatResult = {
        text:
          typeof reply.content === "string"
            ? reply.content
            : reply.content.map((part) => ("text" in part ? String(part.text) : "")).join(""),
        model: String(reply.response_metadata?.model_name ?? options.model),
        inputTokens: usage?.input_tokens ?? null,
        outputTokens: usage?.output_tokens ?? null,
        latencyMs,
      };
      options.logger.info(
        {
          purpose,
          model: result.model,
          inputTokens: result.inputTokens,
          outputTokens: result.outputTokens,
          latencyMs: Math.round(latencyMs),
        },
        "model call",
      );
      return result;
    },
  };
}
