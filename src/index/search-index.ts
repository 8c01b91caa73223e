import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type hnswlib from "hnswlib-node";
import type { Embedder } from "../embeddings/embedder.js";
import { embeddingText, type Chunk } from "../knowledge/chunk.js";
import { CHUNKER_VERSION, type KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { Logger } from "../logging/logger.js";
import { Bm25Index } from "./bm25-index.js";
import { readKeywordFile } from "./postings.js";
import { BY_DESCRIPTOR, HnswStore } from "./hnsw-store.js";
import { readGraphInBackground } from "./background-vectors.js";
import { checkHnswFile } from "./hnsw-file-check.js";
import {
  digestOf,
  digestProblem,
  expectedDigest,
  FORMAT_VERSION,
  IndexDamage,
  indexPaths,
  KEYWORDS_FILE,
  parseManifest,
  readVerified,
  VECTORS_FILE,
  THESAURUS_FILE,
  WORDS_FILE,
  type IndexManifest,
} from "./index-files.js";
import type { Thesaurus } from "../text/thesaurus.js";
import type { Lexicon } from "../text/lexicon.js";
import { openCheckedLexicon } from "./lexicon-seal.js";
import type { PreloadedIndex } from "./keyword-preload.js";
import { countWordForms, wordFormsFromJSON, wordFormsToJSON, type WordForms } from "../text/word-forms.js";

/** Bump when tokenising, stopwords or stemming change: the keyword index must be rebuilt. */
export const ANALYSIS_VERSION = 31;

export type { IndexManifest } from "./index-files.js";

/** The passages with both of their indexes, ready to search. */
export interface SearchIndex {
  chunks: Chunk[];
  /** Passages by id, built on first use: retrieval finds passages by position, the indexes' own order. */
  readonly byId: Map<string, Chunk>;
  /** Passages by twin key: the French and English renderings of one passage (keys without a twin are absent). */
  twins: Map<string, Chunk[]>;
  vectors: HnswStore;
  keywords: Bm25Index;
  thesaurus: Thesaurus;
  embedder: Embedder;
  /** General words and technology names, for reading questions. */
  lexicon: Lexicon;
  /** The passages' word forms, counted when the index was built (saved with it). */
  wordForms: WordForms;
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
  /** Graphs of this many bytes or more load in the background (BACKGROUND_VECTORS_BYTES). */
  backgroundVectorsFrom?: number;
  /** The manifest and keyword index, read in a worker meanwhile (`preloadIndex`); null: read them here. */
  preloaded?: Promise<PreloadedIndex | null>;
  /**
   * A graph under `backgroundVectorsFrom` is read when first searched (one-shot commands: a question
   * answered by keywords never needs it); its checksum is still checked here.
   */
  vectorsWhenSearched?: boolean;
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
 * Vector graphs this large are checked and read in the background (a worker thread, then hnswlib's own
 * thread): the bot answers on keywords meanwhile. Smaller ones take less than a worker's start-up.
 */
export const BACKGROUND_VECTORS_BYTES = 64 * 1024 * 1024;

/**
 * Opens the persisted index when it matches the knowledge, the embedder and the chunker, and every
 * file matches the size and sha256 the manifest recorded; otherwise (or when a file is missing,
 * damaged or inconsistent with the passages) rebuilds it. Never throws, and never hands a damaged
 * graph to hnswlib, for a bad index file. A large graph is checked and loaded in the background
 * (`index.vectors.loading`); if it turns out damaged, the vectors are rebuilt in the background too.
 */
export async function openSearchIndex(options: OpenOptions): Promise<{ index: SearchIndex; report: IndexReport }> {
  const started = performance.now();
  const { kb, embedder, dataDir, logger } = options;
  const paths = indexPaths(dataDir);
  const lexicon = await openCheckedLexicon(dataDir, logger);
  let reason = options.force ? "rebuild requested" : "";
  if (!options.force) {
    try {
      const preloaded = await options.preloaded;
      const manifest = preloaded?.manifest ?? parseManifest(await readFile(paths.manifest, "utf8"));
      reason = staleReason(manifest, kb, embedder) ?? "";
      if (!reason) {
        const ids = kb.chunks.map((c) => c.id);
        const background = options.backgroundVectorsFrom ?? BACKGROUND_VECTORS_BYTES;
        const when = { background, whenSearched: options.vectorsWhenSearched === true };
        const loaded = await loadVerified(paths.dir, manifest, ids, when, preloaded);
        const { vectors, keywords, wordForms, pending, deferred } = loaded;
        await loadThesaurusTables(paths.dir, manifest, kb.thesaurus);
        const twins = twinsOf(kb.chunks, manifest.twins);
        const index = assemble(kb, { vectors, keywords, wordForms, twins }, embedder, lexicon);
        if (pending) vectors.loadInBackground(pending, ids, (error) => rebuildVectors(index, error, options));
        if (deferred) vectors.loadWhenSearched(deferred, ids, (error) => rebuildVectors(index, error, options));
        const ms = performance.now() - started;
        return { index, report: { rebuilt: false, reason: "up to date", chunks: kb.chunks.length, ms, saved: true } };
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

/**
 * A graph found damaged in the background: the vectors are built again from the embeddings cache and
 * saved, while the bot answers on keywords; the store takes them over when they are ready.
 */
async function rebuildVectors(index: SearchIndex, error: Error, options: OpenOptions): Promise<void> {
  const { kb, embedder, dataDir, logger } = options;
  const paths = indexPaths(dataDir);
  logger.warn({ err: error, dir: paths.dir }, "vector index is damaged; rebuilding it in the background");
  try {
    const texts = kb.chunks.map(embeddingText);
    const fresh = new HnswStore();
    fresh.addVectors(
      texts.length ? await embedder.embedDocuments(texts) : [],
      kb.chunks.map((c) => c.id),
    );
    index.vectors.replaceWith(fresh);
    await persist(index, kb, embedder, paths, logger);
    logger.info({ chunks: kb.chunks.length }, "vector index rebuilt");
  } catch (failure) {
    logger.warn({ err: failure }, "the vector index could not be rebuilt; answering on keywords until the next start");
  }
}

function assemble(
  kb: KnowledgeBase,
  parts: Pick<SearchIndex, "vectors" | "keywords" | "wordForms" | "twins">,
  embedder: Embedder,
  lexicon: Lexicon,
): SearchIndex {
  let byId: Map<string, Chunk> | undefined;
  return {
    chunks: kb.chunks,
    // Built when asked for (reports, tests): retrieval finds passages by position (~0.1 s at 100,000 passages).
    get byId() {
      byId ??= new Map(kb.chunks.map((c) => [c.id, c]));
      return byId;
    },
    ...parts,
    thesaurus: kb.thesaurus,
    embedder,
    lexicon,
  };
}

/**
 * Both indexes from files that match the manifest and the passages `ids`; IndexDamage otherwise. A
 * graph of `background` bytes or more is only sized here: `pending` checks and reads it off the main thread.
 */
async function loadVerified(
  dir: string,
  manifest: IndexManifest,
  ids: string[],
  when: { background: number; whenSearched: boolean },
  preloaded?: PreloadedIndex | null,
): Promise<{
  vectors: HnswStore;
  keywords: Bm25Index;
  wordForms: WordForms;
  pending?: () => Promise<hnswlib.HierarchicalNSW>;
  deferred?: (store: HnswStore) => void;
}> {
  if (manifest.ids.length !== ids.length || manifest.ids.some((id, i) => id !== ids[i]))
    throw new IndexDamage("manifest.json names passages other than the knowledge's");
  const expected = expectedDigest(manifest, VECTORS_FILE);
  const file = join(dir, VECTORS_FILE);
  const size = (await stat(file)).size;
  if (size !== expected.bytes) throw new IndexDamage(`${VECTORS_FILE} is ${size} bytes, expected ${expected.bytes}`);
  const vectors = new HnswStore();
  let pending: (() => Promise<hnswlib.HierarchicalNSW>) | undefined;
  let deferred: ((store: HnswStore) => void) | undefined;
  const verify = (bytes: Buffer) => {
    const problem = digestProblem(VECTORS_FILE, bytes, expected);
    if (problem) throw new IndexDamage(problem);
  };
  if (size >= when.background && BY_DESCRIPTOR) {
    pending = () => readGraphInBackground(file, manifest.dims, ids.length, expected, VECTORS_FILE);
  } else if (when.whenSearched) {
    // A changed file rebuilds the index now, as below; only the structure check and the read wait.
    verify(await readFile(file));
    deferred = (store) => store.loadChecked(file, manifest.dims, ids, verify);
  } else {
    try {
      vectors.loadChecked(file, manifest.dims, ids, verify);
    } catch (error) {
      throw error instanceof IndexDamage ? error : new IndexDamage((error as Error).message);
    }
  }
  // A preloaded keyword index was checked against the manifest's passages, which are the knowledge's (above).
  const keywords = preloaded ? preloaded.keywords() : await loadKeywords(dir, manifest, ids);
  return { vectors, keywords, wordForms: await loadWordForms(dir, manifest), pending, deferred };
}

/** The thesaurus's stemmed tables saved at build time, from a file that matches the manifest; IndexDamage otherwise. */
async function loadThesaurusTables(dir: string, manifest: IndexManifest, thesaurus: Thesaurus): Promise<void> {
  const bytes = await readVerified(dir, THESAURUS_FILE, manifest);
  let data: unknown = null;
  try {
    data = JSON.parse(bytes.toString("utf8"));
  } catch {
    // Not JSON: said below.
  }
  if (!thesaurus.restoreTables(data)) throw new IndexDamage(`${THESAURUS_FILE} does not fit synonyms.yml`);
}

/** The word forms counted at build time, from a file that matches the manifest; IndexDamage otherwise. */
async function loadWordForms(dir: string, manifest: IndexManifest): Promise<WordForms> {
  const bytes = await readVerified(dir, WORDS_FILE, manifest);
  let forms: WordForms | null = null;
  try {
    forms = wordFormsFromJSON(JSON.parse(bytes.toString("utf8")));
  } catch {
    // Not JSON: said below.
  }
  if (!forms) throw new IndexDamage(`${WORDS_FILE} is malformed`);
  return forms;
}

/** The keyword index, from a file that matches the manifest and the passages `ids`; IndexDamage otherwise. */
async function loadKeywords(dir: string, manifest: IndexManifest, ids: string[]): Promise<Bm25Index> {
  const file = readKeywordFile(await readVerified(dir, KEYWORDS_FILE, manifest), ids);
  if (typeof file === "string") throw new IndexDamage(file);
  return Bm25Index.fromFile(file, ids);
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
  const parts = {
    vectors,
    keywords,
    wordForms: countWordForms(kb.chunks),
    twins: twinsOf(kb.chunks, twinGroups(kb.chunks)),
  };
  return assemble(kb, parts, embedder, lexicon);
}

/**
 * Positions of the passages that share a twin key (the French and English renderings of one passage),
 * one list per key, in passage order; keys with one passage are left out. Counted when the index is
 * built and saved in its manifest: grouping 100,000 passages by key took ~0.1 s of every start.
 */
export function twinGroups(chunks: Chunk[]): number[][] {
  const groups = new Map<string, number[]>();
  // Only keys with more than one rendering: at 100,000 passages most have no twin.
  const first = new Map<string, number>();
  chunks.forEach((c, position) => {
    const group = groups.get(c.key);
    if (group) group.push(position);
    else {
      const other = first.get(c.key);
      if (other !== undefined) groups.set(c.key, [other, position]);
      else first.set(c.key, position);
    }
  });
  return [...groups.values()];
}

/** Passages by twin key, from `twinGroups`; IndexDamage when a group does not fit the passages. */
export function twinsOf(chunks: Chunk[], groups: number[][]): Map<string, Chunk[]> {
  const twins = new Map<string, Chunk[]>();
  for (const group of groups) {
    const ordered =
      Array.isArray(group) && group.every((p, i) => Number.isInteger(p) && (i === 0 || p > group[i - 1]!));
    const members = ordered ? group.map((p) => chunks[p]) : [];
    const key = members[0]?.key;
    if (members.length < 2 || key === undefined || twins.has(key) || members.some((c) => c?.key !== key))
      throw new IndexDamage("manifest.json's twins do not fit the passages");
    twins.set(key, members as Chunk[]);
  }
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
    const keywordBytes = index.keywords.toFile();
    await writeAtomic(paths.keywords, keywordBytes);
    const wordBytes = Buffer.from(JSON.stringify(wordFormsToJSON(index.wordForms)));
    await writeAtomic(join(paths.dir, WORDS_FILE), wordBytes);
    const thesaurusBytes = Buffer.from(JSON.stringify(index.thesaurus.tablesData()));
    await writeAtomic(join(paths.dir, THESAURUS_FILE), thesaurusBytes);
    const manifest: IndexManifest = {
      formatVersion: FORMAT_VERSION,
      knowledgeHash: kb.hash,
      embedder: embedder.id,
      chunkerVersion: CHUNKER_VERSION,
      analysisVersion: ANALYSIS_VERSION,
      dims,
      ids,
      twins: twinGroups(index.chunks),
      builtAt: new Date().toISOString(),
      files: {
        [VECTORS_FILE]: digestOf(vectorBytes),
        [KEYWORDS_FILE]: digestOf(keywordBytes),
        [WORDS_FILE]: digestOf(wordBytes),
        [THESAURUS_FILE]: digestOf(thesaurusBytes),
      },
    };
    // The manifest goes last: a crash half-way leaves an index that the next start rebuilds.
    await writeAtomic(paths.manifest, JSON.stringify(manifest, null, 1));
    // Format 3's keyword index, replaced by keywords.bin.
    await rm(join(paths.dir, "keywords.json"), { force: true });
    return true;
  } catch (error) {
    logger.warn({ err: error, dir: paths.dir }, "could not save the index; it will be rebuilt at the next start");
    return false;
  }
}
