import { join } from "node:path";
import type { Config } from "../config/config.js";
import type { Logger } from "../logging/logger.js";
import { CachedEmbedder } from "./cached-embedder.js";
import type { Embedder } from "./embedder.js";
import { ResilientEmbedder } from "./resilient-embedder.js";
import { WorkerEmbedder } from "./worker-embedder.js";

/**
 * The embedder the configuration asks for, behind the disk cache. Ingest and query both use it.
 * The bundled model runs in a worker thread. LangChain's OpenAI client is imported only when asked
 * for: it costs ~0.5 s of start-up.
 */
export async function makeEmbedder(config: Config, logger: Logger): Promise<CachedEmbedder> {
  const inner: Embedder =
    config.EMBEDDINGS_PROVIDER === "openai"
      ? (await import("./openai-embedder.js")).createOpenAIEmbedder({
          apiKey: config.OPENAI_API_KEY!,
          model: config.OPENAI_EMBEDDINGS_MODEL,
          baseURL: config.OPENAI_BASE_URL,
          timeoutMs: config.OPENAI_TIMEOUT_MS,
          maxRetries: config.OPENAI_MAX_RETRIES,
          logger,
        })
      : new WorkerEmbedder({ logger });
  const file = join(config.DATA_DIR, "embeddings", `${inner.id.replace(/[^a-zA-Z0-9.-]+/g, "_")}.bin`);
  return new CachedEmbedder(new ResilientEmbedder(inner, logger), file, logger);
}
