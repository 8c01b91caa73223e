import { resolve } from "node:path";
import { createExtractiveEngine, type AnswerEngine } from "../answer/answer-engine.js";
import type { Config } from "../config/config.js";
import { makeEmbedder } from "../embeddings/make-embedder.js";
import { openSearchIndex, type IndexReport, type SearchIndex } from "../index/search-index.js";
import { loadKnowledge, type KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { Logger } from "../logging/logger.js";

/** Everything an adapter needs, built once at start-up. */
export interface Core {
  config: Config;
  logger: Logger;
  kb: KnowledgeBase;
  index: SearchIndex;
  engine: AnswerEngine;
  indexReport: IndexReport;
  /** "offline" with the bundled model and extractive answers; "openai" when a key is set. */
  modeLabel: string;
}

/** Loads the knowledge, opens (or rebuilds) the index and builds the answer engine. */
export async function createCore(config: Config, logger: Logger, options: { forceReindex?: boolean } = {}): Promise<Core> {
  const kb = await loadKnowledge(resolve(config.KNOWLEDGE_DIR), logger);
  if (kb.chunks.length === 0) {
    const why = kb.errors.map((e) => e.message).join("; ") || "no markdown files";
    throw new Error(`No passages to answer from in ${config.KNOWLEDGE_DIR}: ${why}`);
  }
  const embedder = await makeEmbedder(config, logger);
  const [{ index, report }] = await Promise.all([
    openSearchIndex({ kb, embedder, dataDir: resolve(config.DATA_DIR), logger, force: options.forceReindex }),
    embedder.warmUp(),
  ]);
  const engine = createExtractiveEngine({ index, profile: kb.profile, logger, maxQuestionChars: config.MAX_QUESTION_CHARS });
  const modeLabel = config.EMBEDDINGS_PROVIDER === "openai" ? `OpenAI embeddings (${config.OPENAI_EMBEDDINGS_MODEL}), extractive answers` : "offline: bundled embedding model, extractive answers";
  return { config, logger, kb, index, engine, indexReport: report, modeLabel };
}
