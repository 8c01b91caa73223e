import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Logger } from "../logging/logger.js";
import type { Embedder } from "./embedder.js";

const HASH_BYTES = 32;
const SUM_BYTES = 16;
const MAX_DIMS = 16_384;
/** Starts the file; a file without it is from the earlier format (no checksums) or damaged. */
const FILE_MAGIC = Buffer.from("PBEMB\0\0\x02", "latin1");
/** Starts every record, so a reader can find the next record after damaged bytes. */
const RECORD_MAGIC = Buffer.from("REC\x1e", "latin1");
/** Marker, dimension count, text hash, values, checksum. */
const recordBytes = (dims: number) => RECORD_MAGIC.length + 4 + HASH_BYTES + dims * 4 + SUM_BYTES;

function textHash(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

function checksum(bytes: Buffer): Buffer {
  return createHash("sha256").update(bytes).digest().subarray(0, SUM_BYTES);
}

function encodeRecord(hash: Buffer, vector: number[]): Buffer {
  const out = Buffer.alloc(recordBytes(vector.length));
  RECORD_MAGIC.copy(out);
  out.writeUInt32LE(vector.length, RECORD_MAGIC.length);
  hash.copy(out, RECORD_MAGIC.length + 4);
  Buffer.from(new Float32Array(vector).buffer).copy(out, RECORD_MAGIC.length + 4 + HASH_BYTES);
  checksum(out.subarray(RECORD_MAGIC.length, out.length - SUM_BYTES)).copy(out, out.length - SUM_BYTES);
  return out;
}

function toVector(bytes: Buffer): number[] | null {
  const values = Array.from(new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)));
  return values.every(Number.isFinite) ? values : null;
}

interface ReadResult {
  records: Map<string, number[]>;
  /** Stretches of bytes that held no valid record (torn writes, damage). */
  damaged: number;
  /** The file must be rewritten before anything is appended (earlier format, damaged header). */
  rewrite: boolean;
}

/** Checked records: each found by its marker, kept only when its checksum matches. */
function readRecords(bytes: Buffer, from: number): ReadResult {
  const records = new Map<string, number[]>();
  let damaged = 0;
  let at = from;
  while (at < bytes.length) {
    const body = RECORD_MAGIC.length;
    const dims = at + body + 4 <= bytes.length && bytes.subarray(at, at + body).equals(RECORD_MAGIC) ? bytes.readUInt32LE(at + body) : 0;
    const end = at + recordBytes(dims);
    const ok = dims > 0 && dims <= MAX_DIMS && end <= bytes.length && checksum(bytes.subarray(at + body, end - SUM_BYTES)).equals(bytes.subarray(end - SUM_BYTES, end));
    const vector = ok ? toVector(bytes.subarray(at + body + 4 + HASH_BYTES, end - SUM_BYTES)) : null;
    if (vector) {
      records.set(bytes.subarray(at + body + 4, at + body + 4 + HASH_BYTES).toString("hex"), vector);
      at = end;
      continue;
    }
    damaged++;
    const next = bytes.indexOf(RECORD_MAGIC, at + 1);
    if (next < 0) break;
    at = next;
  }
  return { records, damaged, rewrite: false };
}

/** The earlier format (hash, dimension count, values; no checksum), read up to the first inconsistency. */
function readLegacy(bytes: Buffer): ReadResult {
  const records = new Map<string, number[]>();
  let at = 0;
  let first = 0;
  while (at + HASH_BYTES + 4 <= bytes.length) {
    const dims = bytes.readUInt32LE(at + HASH_BYTES);
    const end = at + HASH_BYTES + 4 + dims * 4;
    first ||= dims;
    if (dims !== first || dims === 0 || dims > MAX_DIMS || end > bytes.length) break;
    const vector = toVector(bytes.subarray(at + HASH_BYTES + 4, end));
    if (!vector) break;
    records.set(bytes.subarray(at, at + HASH_BYTES).toString("hex"), vector);
    at = end;
  }
  return { records, damaged: at < bytes.length ? 1 : 0, rewrite: true };
}

function parseFile(bytes: Buffer): ReadResult {
  if (bytes.length === 0) return { records: new Map(), damaged: 0, rewrite: true };
  if (bytes.subarray(0, FILE_MAGIC.length).equals(FILE_MAGIC)) return readRecords(bytes, FILE_MAGIC.length);
  const marker = bytes.indexOf(RECORD_MAGIC);
  // No record marker anywhere: a file from before checksums, converted once.
  if (marker < 0) return readLegacy(bytes);
  const found = readRecords(bytes, marker);
  return { ...found, damaged: found.damaged + 1, rewrite: true };
}

/**
 * Remembers document vectors on disk by (embedder id, text hash), so a rebuild embeds only new
 * passages, and remembers recent query vectors in memory, so a repeated question skips the model.
 *
 * The file is append-only: a header, then records (marker, dimension count, text hash, float32
 * values, checksum). A torn or damaged record is dropped — its text is embedded again — and the
 * reader finds the next record by its marker; `compact` rewrites the file clean (on index rebuilds).
 */
export class CachedEmbedder implements Embedder {
  readonly id: string;
  private readonly stored = new Map<string, number[]>();
  private readonly queries = new Map<string, number[]>();
  /** True when the file holds bytes that `compact` would drop. */
  private untidy = false;

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
    const { records, damaged, rewrite } = parseFile(bytes);
    for (const [key, vector] of records) this.stored.set(key, vector);
    if (damaged > 0) {
      this.logger.warn({ file: this.file, damaged, kept: records.size }, "embeddings cache has damaged records; their passages will be embedded again");
      this.untidy = true;
    }
    if (rewrite) this.writeAll(this.stored);
  }

  /** How many document vectors the cache holds. */
  get size(): number {
    return this.stored.size;
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
      this.logger.warn({ err: error, file: this.file }, "could not rewrite the embeddings cache; continuing without it");
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
