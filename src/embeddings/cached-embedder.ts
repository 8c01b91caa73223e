import { appendFileSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { LRUCache } from "lru-cache";
import type { Logger } from "../logging/logger.js";
import type { Embedder } from "./embedder.js";
import { encodeRecord, FILE_MAGIC, parseCacheFile, textHash } from "./embedding-cache-file.js";

/**
 * Remembers document vectors on disk by (embedder id, text hash), so a rebuild embeds only new
 * passages, and remembers recent query vectors in memory, so a repeated question skips the model.
 *
 * The file is append-only, with a checksum per record (see embedding-cache-file.ts): a torn or
 * damaged record is dropped — its text is embedded again — and the reader finds the next record by
 * its marker; `compact` rewrites the file clean (on index rebuilds). A file of the earlier format
 * (no checksums) is read and rewritten in this one.
 */
export class CachedEmbedder implements Embedder {
  readonly id: string;
  /** Document vectors by text hash, read from the file on first need: an index that is current never needs them. */
  private storedVectors: Map<string, number[]> | null = null;
  /** Recent query vectors, the least recently asked dropped first. */
  private readonly queries: LRUCache<string, number[]>;
  /** Questions being embedded now: a second ask for one waits for the same call. */
  private readonly inflight = new Map<string, Promise<number[]>>();
  /** True when the file holds bytes that `compact` would drop. */
  private untidy = false;

  constructor(
    private readonly inner: Embedder,
    private readonly file: string,
    private readonly logger: Logger,
    maxQueries = 512,
  ) {
    this.id = inner.id;
    this.queries = new LRUCache({ max: maxQueries });
  }

  private get stored(): Map<string, number[]> {
    if (!this.storedVectors) {
      this.storedVectors = new Map();
      this.readFile(this.storedVectors);
    }
    return this.storedVectors;
  }

  private readFile(stored: Map<string, number[]>): void {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file);
    } catch {
      return;
    }
    const { records, damaged, rewrite } = parseCacheFile(bytes);
    for (const [key, vector] of records) stored.set(key, vector);
    if (damaged > 0) {
      this.logger.warn(
        { file: this.file, damaged, kept: records.size },
        "embeddings cache has damaged records; their passages will be embedded again",
      );
      this.untidy = true;
    }
    if (rewrite) this.writeAll(stored);
  }

  /**
   * Rewrites the file with only the vectors of `keep` (the passages now indexed), dropping damaged
   * bytes and passages no longer in the knowledge. Called after an index rebuild.
   */
  compact(keep: string[]): void {
    const wanted = new Map<string, number[]>();
    for (const text of keep) {
      const key = textHash(text).toString("hex");
      const vector = this.stored.get(key);
      if (vector) wanted.set(key, vector);
    }
    if (!this.untidy && wanted.size === this.stored.size) return;
    if (this.writeAll(wanted)) {
      this.stored.clear();
      for (const [key, vector] of wanted) this.stored.set(key, vector);
    }
  }

  /** Replaces the file atomically; false (logged) when it cannot be written. */
  private writeAll(records: Map<string, number[]>): boolean {
    const parts = [FILE_MAGIC, ...[...records].map(([key, vector]) => encodeRecord(Buffer.from(key, "hex"), vector))];
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(tmp, Buffer.concat(parts));
      renameSync(tmp, this.file);
      this.untidy = false;
      return true;
    } catch (error) {
      this.logger.warn(
        { err: error, file: this.file },
        "could not rewrite the embeddings cache; continuing without it",
      );
      return false;
    }
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const hashes = texts.map(textHash);
    const missing = [...new Set(texts.filter((_, i) => !this.stored.has(hashes[i]!.toString("hex"))))];
    if (missing.length > 0) {
      const vectors = await this.inner.embedDocuments(missing);
      const records: Buffer[] = [];
      missing.forEach((text, i) => {
        const hash = textHash(text);
        const vector = vectors[i]!;
        this.stored.set(hash.toString("hex"), vector);
        records.push(encodeRecord(hash, vector));
      });
      this.append(records);
    }
    return hashes.map((h) => this.stored.get(h.toString("hex"))!);
  }

  /** Appends whole records in one write; a new file gets its header first. */
  private append(records: Buffer[]): void {
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      let fresh = true;
      try {
        fresh = statSync(this.file).size === 0;
      } catch {
        // no file yet
      }
      appendFileSync(this.file, Buffer.concat(fresh ? [FILE_MAGIC, ...records] : records));
    } catch (error) {
      this.logger.warn({ err: error, file: this.file }, "could not write the embeddings cache; continuing without it");
    }
  }

  async warmUp(): Promise<void> {
    await this.inner.warmUp?.();
  }

  async close(): Promise<void> {
    await this.inner.close?.();
  }

  get warm(): boolean {
    return this.inner.warm === true;
  }

  /** A question's vector: from memory, from the call already under way for the same text, or a new call. */
  async embedQuery(text: string): Promise<number[]> {
    const hit = this.queries.get(text);
    if (hit) return hit;
    let call = this.inflight.get(text);
    if (!call) {
      call = this.inner.embedQuery(text).finally(() => this.inflight.delete(text));
      this.inflight.set(text, call);
    }
    const vector = await call;
    this.queries.set(text, vector);
    return vector;
  }
}
