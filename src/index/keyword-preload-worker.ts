import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { KEYWORDS_FILE, parseManifest, readVerified, type IndexManifest } from "./index-files.js";
import { readKeywordFile, type KeywordFile } from "./postings.js";

/** The index folder whose manifest and keyword index the worker reads. */
export interface KeywordPreloadJob {
  dir: string;
}

/** The keyword index read and checked against the manifest's passages. */
export interface KeywordPreload {
  manifest: IndexManifest;
  file: KeywordFile;
}

/** The files read and decoded, or why not (the main thread then reads them itself, and says so). */
export type KeywordPreloadReply = { ok: true; value: KeywordPreload } | { ok: false; problem: string };

async function preload(dir: string): Promise<KeywordPreloadReply> {
  const manifest = parseManifest(await readFile(join(dir, "manifest.json"), "utf8"));
  if (!Array.isArray(manifest.ids) || typeof manifest.files !== "object" || manifest.files === null)
    return { ok: false, problem: "manifest.json is not this version's" };
  const file = readKeywordFile(await readVerified(dir, KEYWORDS_FILE, manifest), manifest.ids);
  if (typeof file === "string") return { ok: false, problem: file };
  return { ok: true, value: { manifest, file } };
}

/**
 * The worker thread's side of a large index's start-up: the manifest and the keyword index (tens of
 * megabytes at 100,000 passages) are read and checked here while the main thread reads the knowledge
 * files. The lengths and postings come back as typed arrays, moved, not copied.
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
  const file = reply.ok ? reply.value.file : null;
  // The arrays are views of one buffer, the file's (on a big-endian machine, copies of their own).
  const moved = file ? [...new Set([file.lengths.buffer, file.offsets.buffer, file.docs.buffer, file.tfs.buffer])] : [];
  port.postMessage(reply, moved as ArrayBuffer[]);
}

await run();
