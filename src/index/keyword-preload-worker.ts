import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { decodeAllPostings, type KeywordIndexData } from "./postings.js";
import { checkKeywordData, KEYWORDS_FILE, parseManifest, readVerified, type IndexManifest } from "./index-files.js";

/** The index folder whose manifest and keyword index the worker reads. */
export interface KeywordPreloadJob {
  dir: string;
}

/**
 * The keyword index read, checked against the manifest and decoded: the postings of every term end
 * to end (`docs`, `tfs`), the term `terms[t]` at `offsets[t]` up to `offsets[t + 1]`.
 */
export interface KeywordPreload {
  manifest: IndexManifest;
  lengths: number[];
  terms: string[];
  offsets: Int32Array;
  docs: Int32Array;
  tfs: Float32Array;
}

/** The files read and decoded, or why not (the main thread then reads them itself, and says so). */
export type KeywordPreloadReply = { ok: true; value: KeywordPreload } | { ok: false; problem: string };

async function preload(dir: string): Promise<KeywordPreloadReply> {
  const manifest = parseManifest(await readFile(join(dir, "manifest.json"), "utf8"));
  if (!Array.isArray(manifest.ids) || typeof manifest.files !== "object" || manifest.files === null)
    return { ok: false, problem: "manifest.json is not this version's" };
  const data = JSON.parse((await readVerified(dir, KEYWORDS_FILE, manifest)).toString("utf8")) as KeywordIndexData;
  const problem = checkKeywordData(data, manifest.ids);
  const postings = typeof data?.postings === "object" && data.postings !== null && decodeAllPostings(data.postings);
  if (problem || typeof postings !== "object") return { ok: false, problem: problem ?? "keyword index is malformed" };
  const terms = [...postings.keys()];
  const offsets = new Int32Array(terms.length + 1);
  terms.forEach((term, t) => {
    offsets[t + 1] = offsets[t]! + postings.get(term)!.docs.length;
  });
  const docs = new Int32Array(offsets[terms.length]!);
  const tfs = new Float32Array(docs.length);
  terms.forEach((term, t) => {
    const list = postings.get(term)!;
    docs.set(list.docs, offsets[t]!);
    tfs.set(list.tfs, offsets[t]!);
  });
  return { ok: true, value: { manifest, lengths: data.lengths, terms, offsets, docs, tfs } };
}

/**
 * The worker thread's side of a large index's start-up: the manifest and the keyword index (tens of
 * megabytes of JSON at 100,000 passages) are read, checked and decoded here while the main thread
 * reads the knowledge files. The postings come back as two typed arrays, moved, not copied.
 */
async function run(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error("keyword-preload-worker.ts runs as a worker thread only");
  const job = workerData as KeywordPreloadJob;
  let reply: KeywordPreloadReply;
  try {
    reply = await preload(job.dir);
  } catch (error) {
    reply = { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
  const moved = reply.ok ? [reply.value.offsets.buffer, reply.value.docs.buffer, reply.value.tfs.buffer] : [];
  port.postMessage(reply, moved as ArrayBuffer[]);
}

await run();
