import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import type { Embedder } from "../embeddings/embedder.js";
import { embeddingText, type Chunk } from "../knowledge/chunk.js";
import { CHUNKER_VERSION, type KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { Logger } from "../logging/logger.js";
import { Bm25Index, type KeywordIndexData } from "./bm25-index.js";
import { HnswStore } from "./hnsw-store.js";
import { checkHnswFile } from "./hnsw-file-check.js";
import {
  checkKeywordData,
  digestOf,
  FORMAT_VERSION,
  IndexDamage,
  indexPaths,
  KEYWORDS_FILE,
  parseManifest,
  readVerified,
  VECTORS_FILE,
  type IndexManifest,
} from "./index-files.js";
import type { Thesaurus } from "../text/thesaurus.js";
import type { Lexicon } from "../text/lexicon.js";
import { openCheckedLexicon } from "./lexicon-seal.js";

/** Bump when tokenising, stopwords or stemming change: the keyword index must be rebuilt. */
export const ANALYSIS_VERSION = 6;

export type { IndexManifest } from "./index-files.js";

/** The passages with both of their indexes, ready to search. */
export interface SearchIndex {
  chunks: Chunk[];
  byId: Map<string, Chunk>;
  /** Passages by twin key: the French and English renderings of one passage. */
  twins: Map<string, Chunk[]>;
  vectors: HnswStore;
  keywords: Bm25Index;
  thesaurus: Thesaurus;
  embedder: Embedder;
  /** General words and technology names, for reading questions. */
  lexicon: Lexicon;
}

export interface IndexReport {
  rebuilt: boolean;
  /** Why it was (or was not) rebuilt, in words for `npm run ingest`. */
  reason: string;
  chunks: number;
  ms: number;
  /** False when the index could not be written under DATA_DIR: answers go on, the next start rebuilds. */
  saved: boolean;
}

interface OpenOptions {
  kb: KnowledgeBase;
  embedder: Embedder;
  dataDir: string;
  logger: Logger;
  /** Rebuild even when the manifest matches (`npm run ingest`). */
  force?: boolean;
}

async function writeAtomic(file: string, data: string | Buffer): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

function staleReason(manifest: IndexManifest, kb: KnowledgeBase, embedder: Embedder): string | null {
  if (manifest.formatVersion !== FORMAT_VERSION) return "index format changed";
  if (manifest.embedder !== embedder.id) return `embedder changed (${manifest.embedder} → ${embedder.id})`;
  if (manifest.chunkerVersion !== CHUNKER_VERSION) return "chunker changed";
  if (manifest.analysisVersion !== ANALYSIS_VERSION) return "text analysis changed";
  if (manifest.knowledgeHash !== kb.hash) return "knowledge files changed";
  return null;
}

/**
 * Opens the persisted index when it matches the knowledge, the embedder and the chunker, and every
 * file matches the size and sha256 the manifest recorded; otherwise (or when a file is missing,
 * damaged or inconsistent with the passages) rebuilds it. Never throws, and never hands a damaged
 * graph to hnswlib, for a bad index file.
 */
export async function openSearchIndex(options: OpenOptions): Promise<{ index: SearchIndex; report: IndexReport }> {
  const started = performance.now();
  const { kb, embedder, dataDir, logger } = options;
  const paths = indexPaths(dataDir);
  const byId = new Map(kb.chunks.map((c) => [c.id, c]));
  const twins = groupTwins(kb.chunks);
  const lexicon = await openCheckedLexicon(dataDir, logger);
  let reason = options.force ? "rebuild requested" : "";
  if (!options.force) {
    try {
      const manifest = parseManifest(await readFile(paths.manifest, "utf8"));
      reason = staleReason(manifest, kb, embedder) ?? "";
      if (!reason) {
        const { vectors, keywords } = await loadVerified(
          paths.dir,
          manifest,
          kb.chunks.map((c) => c.id),
        );
        const ms = performance.now() - started;
        return {
          index: { chunks: kb.chunks, byId, twins, vectors, keywords, thesaurus: kb.thesaurus, embedder, lexicon },
          report: { rebuilt: false, reason: "up to date", chunks: kb.chunks.length, ms, saved: true },
        };
      }
    } catch (error) {
      const { code, path } = error as NodeJS.ErrnoException;
      // No manifest: a first start. A manifest without its files: damage, said as such.
      const firstStart = code === "ENOENT" && path === paths.manifest;
      reason = firstStart ? "no index yet" : `index unreadable (${(error as Error).message})`;
      if (!firstStart) logger.warn({ err: error, dir: paths.dir }, "index files are damaged; rebuilding");
    }
  }
  const index = await buildIndex(kb, embedder, lexicon);
  const saved = await persist(index, kb, embedder, paths, logger);
  compactCache(embedder, kb.chunks.map(embeddingText));
  const ms = performance.now() - started;
  logger.info({ reason, chunks: kb.chunks.length, ms: Math.round(ms) }, "index built");
  return { index, report: { rebuilt: true, reason, chunks: kb.chunks.length, ms, saved } };
}

/** Both indexes from files that match the manifest and the passages `ids`; IndexDamage otherwise. */
async function loadVerified(
  dir: string,
  manifest: IndexManifest,
  ids: string[],
): Promise<{ vectors: HnswStore; keywords: Bm25Index }> {
  if (manifest.ids.length !== ids.length || manifest.ids.some((id, i) => id !== ids[i]))
    throw new IndexDamage("manifest.json names passages other than the knowledge's");
  const vectorBytes = await readVerified(dir, VECTORS_FILE, manifest);
  const keywordBytes = await readVerified(dir, KEYWORDS_FILE, manifest);
  const vectors = new HnswStore();
  try {
    vectors.loadChecked(vectorBytes, manifest.dims, ids);
  } catch (error) {
    throw new IndexDamage((error as Error).message);
  }
  let data: KeywordIndexData;
  try {
    data = JSON.parse(keywordBytes.toString("utf8")) as KeywordIndexData;
  } catch {
    throw new IndexDamage("keywords.json is not valid JSON");
  }
  const problem = checkKeywordData(data, ids);
  if (problem) throw new IndexDamage(problem);
  return { vectors, keywords: Bm25Index.fromJSON(data) };
}

/** After a rebuild, the embeddings cache keeps only the indexed passages' vectors (if it can). */
function compactCache(embedder: Embedder, texts: string[]): void {
  const cache = embedder as Embedder & { compact?: (keep: string[]) => void };
  if (typeof cache.compact === "function") cache.compact(texts);
}

/** Embeds every passage (cached vectors are reused) and builds both indexes in memory. */
export async function buildIndex(kb: KnowledgeBase, embedder: Embedder, lexicon: Lexicon): Promise<SearchIndex> {
  const texts = kb.chunks.map(embeddingText);
  const vectorList = texts.length ? await embedder.embedDocuments(texts) : [];
  const vectors = new HnswStore();
  vectors.addVectors(
    vectorList,
    kb.chunks.map((c) => c.id),
  );
  const keywords = Bm25Index.build(kb.chunks.map((c, i) => ({ id: c.id, lang: c.lang, text: texts[i]! })));
  const byId = new Map(kb.chunks.map((c) => [c.id, c]));
  return {
    chunks: kb.chunks,
    byId,
    twins: groupTwins(kb.chunks),
    vectors,
    keywords,
    thesaurus: kb.thesaurus,
    embedder,
    lexicon,
  };
}

function groupTwins(chunks: Chunk[]): Map<string, Chunk[]> {
  const twins = new Map<string, Chunk[]>();
  for (const c of chunks) twins.set(c.key, [...(twins.get(c.key) ?? []), c]);
  return twins;
}

async function persist(
  index: SearchIndex,
  kb: KnowledgeBase,
  embedder: Embedder,
  paths: ReturnType<typeof indexPaths>,
  logger: Logger,
): Promise<boolean> {
  try {
    await mkdir(paths.dir, { recursive: true });
    const dims = index.vectors.dims;
    const ids = index.chunks.map((c) => c.id);
    const tmpVectors = `${paths.vectors}.${process.pid}.tmp`;
    index.vectors.save(tmpVectors);
    const vectorBytes = await readFile(tmpVectors);
    // A graph this checker refuses would be rebuilt at every start: say so once, here.
    const problem = checkHnswFile(vectorBytes, dims, ids.length);
    if (problem)
      logger.warn({ problem }, "the vector index just written fails its own check; it will be rebuilt at each start");
    await rename(tmpVectors, paths.vectors);
    const keywordBytes = Buffer.from(JSON.stringify(index.keywords.toJSON()));
    await writeAtomic(paths.keywords, keywordBytes);
    const manifest: IndexManifest = {
      formatVersion: FORMAT_VERSION,
      knowledgeHash: kb.hash,
      embedder: embedder.id,
      chunkerVersion: CHUNKER_VERSION,
      analysisVersion: ANALYSIS_VERSION,
      dims,
      ids,
      builtAt: new Date().toISOString(),
      files: { [VECTORS_FILE]: digestOf(vectorBytes), [KEYWORDS_FILE]: digestOf(keywordBytes) },
    };
    // The manifest goes last: a crash half-way leaves an index that the next start rebuilds.
    await writeAtomic(paths.manifest, JSON.stringify(manifest, null, 1));
    return true;
  } catch (error) {
    logger.warn({ err: error, dir: paths.dir }, "could not save the index; it will be rebuilt at the next start");
    return false;
  }
}
