import { loadConfig } from "../../src/config/config.js";
import { makeEmbedder } from "../../src/embeddings/make-embedder.js";
import { openSearchIndex } from "../../src/index/search-index.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import type { Logger } from "../../src/logging/logger.js";
import { silentLogger } from "../../src/logging/logger.js";

/** What an index test may change in how the index opens: when the graph is read or checked. */
export interface IndexOpening {
  vectorsWhenSearched?: boolean;
  backgroundVectorsFrom?: number;
}

/** Opens the index of `knowledgeDir` in `dataDir` with the bundled embedder, as the bot does. */
export async function openTestIndex(
  knowledgeDir: string,
  dataDir: string,
  opening: IndexOpening,
  logger: Logger = silentLogger,
) {
  const config = loadConfig({ DATA_DIR: dataDir, EMBEDDINGS_PROVIDER: "local" });
  return openSearchIndex({
    kb: await loadKnowledge(knowledgeDir),
    embedder: await makeEmbedder(config, silentLogger),
    dataDir,
    logger,
    ...opening,
  });
}
