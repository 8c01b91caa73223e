import { createHash } from "node:crypto";

/**
 * The embeddings cache file: a header, then append-only records, each [marker "REC\x1e", dimension
 * count (u32), sha256 of the text (32 bytes), float32 values, first 16 bytes of the sha256 of
 * everything between the marker and it]. The marker lets a reader find the next record after damaged
 * bytes; the checksum tells a damaged or torn record from a good one.
 */

const HASH_BYTES = 32;
const SUM_BYTES = 16;
const MAX_DIMS = 16_384;
/** Starts the file (version 2); a file without it is from the earlier format (no checksums) or damaged. */
export const FILE_MAGIC = Buffer.from("PBEMB\0\0\x02", "latin1");
/** Starts every record, so a reader can find the next record after damaged bytes. */
const RECORD_MAGIC = Buffer.from("REC\x1e", "latin1");
/** Marker, dimension count, text hash, values, checksum. */
const recordBytes = (dims: number) => RECORD_MAGIC.length + 4 + HASH_BYTES + dims * 4 + SUM_BYTES;

/** The cache key of a text. */
export function textHash(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

function checksum(bytes: Buffer): Buffer {
  return createHash("sha256").update(bytes).digest().subarray(0, SUM_BYTES);
}

/** One record, checksum included, ready to append. */
export function encodeRecord(hash: Buffer, vector: number[]): Buffer {
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

export interface ReadResult {
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
    const dims =
      at + body + 4 <= bytes.length && bytes.subarray(at, at + body).equals(RECORD_MAGIC)
        ? bytes.readUInt32LE(at + body)
        : 0;
    const end = at + recordBytes(dims);
    const ok =
      dims > 0 &&
      dims <= MAX_DIMS &&
      end <= bytes.length &&
      checksum(bytes.subarray(at + body, end - SUM_BYTES)).equals(bytes.subarray(end - SUM_BYTES, end));
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

/** Every good record of a cache file, how many damaged stretches it has, and whether to rewrite it. */
export function parseCacheFile(bytes: Buffer): ReadResult {
  if (bytes.length === 0) return { records: new Map(), damaged: 0, rewrite: true };
  if (bytes.subarray(0, FILE_MAGIC.length).equals(FILE_MAGIC)) return readRecords(bytes, FILE_MAGIC.length);
  const marker = bytes.indexOf(RECORD_MAGIC);
  // No record marker anywhere: a file from before checksums, converted once.
  if (marker < 0) return readLegacy(bytes);
  const found = readRecords(bytes, marker);
  return { ...found, damaged: found.damaged + 1, rewrite: true };
}
