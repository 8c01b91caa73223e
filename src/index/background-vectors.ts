import { closeSync, openSync } from "node:fs";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import type hnswlib from "hnswlib-node";
import { spawnWorker } from "../embeddings/worker-embedder.js";
import type { HnswCheckJob, HnswCheckReply } from "./hnsw-check-worker.js";
import { checkedPath, hnswlibNative } from "./hnsw-store.js";
import { IndexDamage, type FileDigest } from "./index-files.js";

/** The check worker's entry: the .ts source under tsx and vitest, the compiled .js under dist/. */
const CHECK_WORKER_URL = new URL(`./hnsw-check-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** Runs the whole-file check in a worker thread: the main thread stays free to answer. */
function checkInWorker(job: HnswCheckJob): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const worker = spawnWorker(CHECK_WORKER_URL, job);
    let answered = false;
    worker.once("message", (reply: HnswCheckReply) => {
      answered = true;
      resolve(reply.problem);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!answered) reject(new Error(`the vector index check stopped (exit code ${code})`));
    });
  });
}

/**
 * Opens the graph file, checks it in a worker thread (size, sha256, every link, label and vector),
 * then has hnswlib read that same open file on its own thread (`readIndex`): nothing of this runs
 * on the main thread. Rejects with IndexDamage before hnswlib sees a damaged file.
 */
export async function readGraphInBackground(
  file: string,
  dims: number,
  count: number,
  expected: FileDigest,
  name: string,
): Promise<hnswlib.HierarchicalNSW> {
  const fd = openSync(file, "r");
  try {
    const problem = await checkInWorker({ fd, name, dims, count, expected });
    if (problem) throw new IndexDamage(problem);
    const checked = checkedPath(fd, () => {
      throw new Error("no descriptor path on this system");
    });
    try {
      const index = new (hnswlibNative().HierarchicalNSW)("cosine", dims);
      await index.readIndex(checked.path);
      return index;
    } finally {
      checked.done();
    }
  } finally {
    closeSync(fd);
  }
}
