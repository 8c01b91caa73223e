import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { loadConfig } from "../../src/config/config.js";
import { makeEmbedder } from "../../src/embeddings/make-embedder.js";
import { buildIndex } from "../../src/index/search-index.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { silentLogger } from "../../src/logging/logger.js";
import { openLexicon } from "../../src/text/lexicon.js";

/** Shared by all test files: the real model's vectors of the real CV, embedded once per machine. */
export const TEST_CACHE_DIR = resolve("test/.cache");

/**
 * Embeds the knowledge and builds the lexicon once before the suite (≈10 s on a clean clone, then
 * cached on disk), so each test that builds a real index reuses them instead of building them again.
 */
export default async function warmEmbeddings(): Promise<void> {
  mkdirSync(TEST_CACHE_DIR, { recursive: true });
  const config = loadConfig({ DATA_DIR: TEST_CACHE_DIR, EMBEDDINGS_PROVIDER: "local" });
  const kb = await loadKnowledge(resolve("knowledge"));
  await buildIndex(kb, await makeEmbedder(config, silentLogger), await openLexicon(TEST_CACHE_DIR, silentLogger));
}
