import { OpenAIEmbeddings } from "@langchain/openai";
import type { Embedder } from "./embedder.js";

export interface OpenAIEmbedderOptions {
  apiKey: string;
  model: string;
  baseURL?: string;
  timeoutMs: number;
  maxRetries: number;
}

/** OpenAI's embeddings, or any OpenAI-compatible server's, through LangChain's client. */
export function createOpenAIEmbedder(options: OpenAIEmbedderOptions): Embedder {
  const client = new OpenAIEmbeddings({
    apiKey: options.apiKey,
    model: options.model,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
    configuration: options.baseURL ? { baseURL: options.baseURL } : undefined,
  });
  return {
    id: `openai:${options.model}`,
    embedDocuments: (texts) => client.embedDocuments(texts),
    embedQuery: (text) => client.embedQuery(text),
  };
}
