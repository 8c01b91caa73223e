import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnWorker } from "../embeddings/worker-embedder.js";
import { Bm25Index } from "./bm25-index.js";
import { indexPaths, type IndexManifest } from "./index-files.js";
import type { KeywordPreloadJob, KeywordPreloadReply } from "./keyword-preload-worker.js";

/** The worker's entry: the .ts source under tsx and vitest, the compiled .js under dist/. */
const WORKER_FILE = `./keyword-preload-worker${extname(fileURLToPath(import.meta.url))}`;
const PRELOAD_WORKER_URL = new URL(WORKER_FILE, import.meta.url);

/**
 * Keyword indexes this large are read in a worker thread while the knowledge loads (10,000 passages
 * and more); a smaller one takes less than a worker's start-up.
 */
export const PRELOAD_KEYWORDS_BYTES = 1024 * 1024;

/** The manifest and the keyword index, read and checked off the main thread (see keyword-preload-worker.ts). */
export interface PreloadedIndex {
  manifest: IndexManifest;
  /** The keyword index, once the manifest's passages are found to be the knowledge's. */
  keywords(): Bm25Index;
}

/**
 * Starts reading the index under `dataDir` in a worker thread, when its keyword index is large;
 * settles with null when it is small, missing, or anything about it is wrong: `openSearchIndex`
 * then reads the files itself and says what is wrong, as without a preload.
 */
export async function preloadIndex(dataDir: string, from = PRELOAD_KEYWORDS_BYTES): Promise<PreloadedIndex | null> {
  const { dir, keywords } = indexPaths(dataDir);
  const size = await stat(keywords).then(
    (s) => s.size,
    () => 0,
  );
  if (size < from) return null;
  const reply = await new Promise<KeywordPreloadReply | null>((resolve) => {
    const worker = spawnWorker(PRELOAD_WORKER_URL, { dir } satisfies KeywordPreloadJob);
    worker.once("message", resolve);
    worker.once("error", () => resolve(null));
    worker.once("exit", () => resolve(null));
  });
  if (!reply?.ok) return null;
  const { manifest, file } = reply.value;
  return { manifest, keywords: () => Bm25Index.fromFile(file, manifest.ids) };
}
