import { endianness } from "node:os";

/*
 * The keyword index's saved form, apart from Bm25Index: the worker that reads a large index at start-up
 * imports this module alone, not the stemmers and zod (~0.13 s of its start-up).
 */

/** A term's passages and how often it appears in each, in passage order. */
export interface Postings {
  docs: Int32Array;
  tfs: Float32Array;
}

/**
 * The keyword index as read from its file: each passage's length in terms, and every term's postings
 * end to end (`docs`, `tfs`), the term `terms[t]` at `offsets[t]` up to `offsets[t + 1]`.
 */
export interface KeywordFile {
  lengths: Int32Array;
  terms: string[];
  offsets: Int32Array;
  docs: Int32Array;
  tfs: Float32Array;
}

/** "BM25" read as a little-endian int32: the first four bytes of a keyword file. */
const MAGIC = 0x35324d42;
/** Header int32s: the magic number, passages, terms, postings, bytes of the terms' JSON. */
const HEADER = 5;
/** Typed arrays read in the machine's byte order: the file is little-endian. */
const LITTLE_ENDIAN = endianness() === "LE";

/** Little-endian int32s (or float32s). */
function int32Bytes(values: ArrayLike<number>, type: "int" | "float" = "int"): Buffer {
  if (LITTLE_ENDIAN) {
    const typed = type === "int" ? Int32Array.from(values) : Float32Array.from(values);
    return Buffer.from(typed.buffer, typed.byteOffset, typed.byteLength);
  }
  const bytes = Buffer.alloc(values.length * 4);
  for (let i = 0; i < values.length; i++)
    if (type === "int") bytes.writeInt32LE(values[i]!, i * 4);
    else bytes.writeFloatLE(values[i]!, i * 4);
  return bytes;
}

/**
 * The keyword index in its saved form (keywords.bin): little-endian int32s — the header, each
 * passage's length, each term's first posting (and the end), the postings' passages — then their
 * counts as float32s, and the terms as UTF-8 JSON. A start reads typed arrays, views of the file's
 * bytes: no JSON of millions of postings to parse, nothing copied.
 */
export function encodeKeywordFile(lengths: ArrayLike<number>, postings: Map<string, Postings>): Buffer {
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
  const termBytes = Buffer.from(JSON.stringify(terms));
  const header = [MAGIC, lengths.length, terms.length, docs.length, termBytes.length];
  const ints = [header, lengths, offsets, docs].map((values) => int32Bytes(values));
  return Buffer.concat([...ints, int32Bytes(tfs, "float"), termBytes]);
}

/** `count` little-endian int32s from `at` (in int32s) of `bytes`: a view when it can be (see `ownAligned`). */
function int32sAt(bytes: Buffer, at: number, count: number): Int32Array {
  if (LITTLE_ENDIAN) return new Int32Array(bytes.buffer, bytes.byteOffset + at * 4, count);
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[i] = bytes.readInt32LE((at + i) * 4);
  return out;
}

/** As `int32sAt`, for float32s. */
function float32sAt(bytes: Buffer, at: number, count: number): Float32Array {
  if (LITTLE_ENDIAN) return new Float32Array(bytes.buffer, bytes.byteOffset + at * 4, count);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = bytes.readFloatLE((at + i) * 4);
  return out;
}

/** `bytes` in a buffer of their own, 4-byte aligned: arrays are views of it, and it may move to another thread. */
function ownAligned(bytes: Buffer): Buffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes;
  return Buffer.from(new Uint8Array(bytes).buffer);
}

/** The terms' JSON: a list of distinct strings, `count` of them; null otherwise. */
function termsOf(text: string, count: number): string[] | null {
  let terms: unknown;
  try {
    terms = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(terms) || terms.length !== count || !terms.every((t) => typeof t === "string")) return null;
  return new Set(terms).size === count ? (terms as string[]) : null;
}

/**
 * The keyword file read and checked against the passages `ids` (in order), or the first way it
 * disagrees with them: an empty or reordered index would answer "not in the profile" to everything,
 * or cite the wrong passage.
 */
export function readKeywordFile(file: Buffer, ids: string[]): KeywordFile | string {
  const bytes = ownAligned(file);
  const head = bytes.length >= HEADER * 4 ? int32sAt(bytes, 0, HEADER) : null;
  const [magic, passages, termCount, postingCount, termBytes] = head ?? [];
  const ints = HEADER + passages! + termCount! + 1 + 2 * postingCount!;
  if (!head || magic !== MAGIC || [passages, termCount, postingCount, termBytes].some((n) => n! < 0))
    return "keyword index is malformed";
  if (ints * 4 + termBytes! !== bytes.length) return "keyword index is malformed";
  if (passages !== ids.length) return `keyword index names ${passages} passages that are not the ${ids.length} indexed`;
  const lengths = int32sAt(bytes, HEADER, passages);
  if (!lengths.every((n) => n >= 0)) return "keyword index passage lengths are damaged";
  const terms = termsOf(bytes.subarray(ints * 4).toString("utf8"), termCount!);
  if (!terms) return "keyword index terms are damaged";
  const offsets = int32sAt(bytes, HEADER + passages, termCount! + 1);
  const docs = int32sAt(bytes, HEADER + passages + termCount! + 1, postingCount!);
  const tfs = float32sAt(bytes, HEADER + passages + termCount! + 1 + postingCount!, postingCount!);
  return postingsProblem({ lengths, terms, offsets, docs, tfs }, ids) ?? { lengths, terms, offsets, docs, tfs };
}

/** The first way the postings disagree with the passages and their lengths, or null. */
function postingsProblem(file: KeywordFile, ids: string[]): string | null {
  const { lengths, terms, offsets, docs, tfs } = file;
  if (offsets[0] !== 0 || offsets[terms.length] !== docs.length) return "keyword index is malformed";
  const counted = new Float64Array(ids.length);
  for (let t = 0; t < terms.length; t++) {
    const from = offsets[t]!;
    const to = offsets[t + 1]!;
    if (!(to > from)) return `keyword index entry "${terms[t]}" is damaged`;
    for (let i = from; i < to; i++) {
      const doc = docs[i]!;
      const tf = tfs[i]!;
      if (doc < 0 || doc >= ids.length || !Number.isInteger(tf) || tf < 1)
        return `keyword index entry "${terms[t]}" is damaged`;
      counted[doc] = counted[doc]! + tf;
    }
  }
  const wrong = counted.findIndex((n, i) => n !== lengths[i]);
  if (wrong >= 0) return `keyword index words of passage ${ids[wrong]} are missing`;
  if (ids.length > 0 && counted.every((n) => n === 0)) return "keyword index is empty";
  return null;
}

/** Each term's postings, as views of the file's arrays. */
export function postingsOf(file: KeywordFile): Map<string, Postings> {
  const postings = new Map<string, Postings>();
  file.terms.forEach((term, t) => {
    const from = file.offsets[t]!;
    const to = file.offsets[t + 1]!;
    postings.set(term, { docs: file.docs.subarray(from, to), tfs: file.tfs.subarray(from, to) });
  });
  return postings;
}
