import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Logger } from "../logging/logger.js";
import type { Embedder } from "./embedder.js";

const HASH_BYTES = 32;

function textHash(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

/**
 * Remembers document vectors on disk by (embedder id, text hash), so a rebuild embeds only new
 * passages, and remembers recent query vectors in memory, so a repeated question skips the model.
 * The file is a sequence of records: 32-byte hash, 4-byte dimension count, float32 values.
 */
export class CachedEmbedder implements Embedder {
  readonly id: string;
  private readonly stored = new Map<string, number[]>();
  private readonly queries = new Map<string, number[]>();

  constructor(
    private readonly inner: Embedder,
    private readonly file: string,
    private readonly logger: Logger,
    private readonly maxQueries = 512,
  ) {
    this.id = inner.id;
    this.readFile();
  }

  private readFile(): void {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file);
    } catch {
      return;
    }
    let at = 0;
    while (at + HASH_BYTES + 4 <= bytes.length) {
      const key = bytes.subarray(at, at + HASH_BYTES).toString("hex");
      const dims = bytes.readUInt32LE(at + HASH_BYTES);
      const end = at + HASH_BYTES + 4 + dims * 4;
      if (dims === 0 || dims > 16_384 || end > bytes.length) {
        this.logger.warn({ file: this.file }, "embeddings cache is damaged past this point; those passages will be embedded again");
        break;
      }
      const values = new Float32Array(bytes.buffer.slice(bytes.byteOffset + at + HASH_BYTES + 4, bytes.byteOffset + end));
      this.stored.set(key, Array.from(values));
      at = end;
    }
  }

  /** How many document vectors the cache holds. */
  get size(): number {
    return this.stored.size;
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
        const head = Buffer.alloc(HASH_BYTES + 4);
        hash.copy(head);
        head.writeUInt32LE(vector.length, HASH_BYTES);
        records.push(head, Buffer.from(new Float32Array(vector).buffer));
      });
      try {
        mkdirSync(dirname(this.file), { recursive: true });
        appendFileSync(this.file, Buffer.concat(records));
      } catch (error) {
        this.logger.warn({ err: error, file: this.file }, "could not write the embeddings cache; continuing without it");
      }
    }
    return hashes.map((h) => this.stored.get(h.toString("hex"))!);
  }

  async warmUp(): Promise<void> {
    await this.inner.warmUp?.();
  }

  async embedQuery(text: string): Promise<number[]> {
    const hit = this.queries.get(text);
    if (hit) {
      this.queries.delete(text);
      this.queries.set(text, hit);
      return hit;
    }
    const vector = await this.inner.embedQuery(text);
    this.queries.set(text, vector);
    if (this.queries.size > this.maxQueries) this.queries.delete(this.queries.keys().next().value!);
    return vector;
  }
}
