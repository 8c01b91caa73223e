import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { checkHnswFile } from "./hnsw-file-check.js";
import { digestProblem, type FileDigest } from "./index-files.js";

/** What the worker checks: the open file `fd`, against the manifest's digest and the graph's shape. */
export interface HnswCheckJob {
  fd: number;
  name: string;
  dims: number;
  count: number;
  expected: FileDigest;
}

/** The first thing wrong with the file, or null when hnswlib may read it. */
export interface HnswCheckReply {
  problem: string | null;
}

/**
 * The worker thread's side of a background vector load: reads the file through the descriptor the
 * main thread opened, checks its size, sha256 and every link, label and vector, and says so. The
 * main thread keeps answering meanwhile; it hands the same descriptor to hnswlib only when the check passes.
 */
function check(): void {
  const port = parentPort;
  if (!port) throw new Error("hnsw-check-worker.ts runs as a worker thread only");
  const job = workerData as HnswCheckJob;
  let problem: string | null;
  try {
    const bytes = readFileSync(job.fd);
    problem = digestProblem(job.name, bytes, job.expected) ?? checkHnswFile(bytes, job.dims, job.count);
  } catch (error) {
    problem = `${job.name} could not be read (${error instanceof Error ? error.message : String(error)})`;
  }
  port.postMessage({ problem } satisfies HnswCheckReply);
}

check();
