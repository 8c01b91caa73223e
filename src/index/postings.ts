import { endianness } from "node:os";

/*
 * The keyword index's saved form, apart from Bm25Index: the worker that reads a large index at start-up
 * imports this module alone, not the stemmers and zod (~0.13 s of its start-up).
 */

/**
 * The keyword index as saved: each term's postings are one base64 string of little-endian int32
 * pairs [passage, count]…, so a start decodes typed arrays instead of parsing millions of JSON arrays.
 */
export interface KeywordIndexData {
  ids: string[];
  lengths: number[];
  postings: Record<string, string>;
}

/** A term's passages and how often it appears in each, in passage order. */
export interface Postings {
  docs: Int32Array;
  tfs: Float32Array;
}

/** One term's postings in their saved form (see KeywordIndexData). */
export function encodePostings(docs: ArrayLike<number>, tfs: ArrayLike<number>): string {
  const bytes = Buffer.alloc(docs.length * 8);
  for (let i = 0; i < docs.length; i++) {
    bytes.writeInt32LE(docs[i]!, i * 8);
    bytes.writeInt32LE(tfs[i]!, i * 8 + 4);
  }
  return bytes.toString("base64");
}

/** Typed arrays read in the machine's byte order: the saved postings are little-endian. */
const LITTLE_ENDIAN = endianness() === "LE";

/** One term's postings from their saved form; null when it is not a non-empty list of pairs. */
function decodePostings(text: unknown): Postings | null {
  if (typeof text !== "string") return null;
  const bytes = Buffer.from(text, "base64");
  if (bytes.length === 0 || bytes.length % 8 !== 0) return null;
  const docs = new Int32Array(bytes.length / 8);
  const tfs = new Float32Array(docs.length);
  if (LITTLE_ENDIAN) {
    // Read through a 32-bit view (of an aligned copy when the decoded bytes are not aligned).
    const at = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
    const pairs = new Int32Array(at.buffer, at.byteOffset, docs.length * 2);
    for (let i = 0; i < docs.length; i++) {
      docs[i] = pairs[2 * i]!;
      tfs[i] = pairs[2 * i + 1]!;
    }
    return { docs, tfs };
  }
  for (let i = 0; i < docs.length; i++) {
    docs[i] = bytes.readInt32LE(i * 8);
    tfs[i] = bytes.readInt32LE(i * 8 + 4);
  }
  return { docs, tfs };
}

const decoded = new WeakMap<object, Map<string, Postings> | string>();

/**
 * Every term's postings decoded (once per data object: checking and loading share it), or the first
 * term whose postings are not a list of pairs.
 */
export function decodeAllPostings(postings: Record<string, string>): Map<string, Postings> | string {
  let out = decoded.get(postings);
  if (out !== undefined) return out;
  const map = new Map<string, Postings>();
  out = map;
  for (const [term, text] of Object.entries(postings)) {
    const list = decodePostings(text);
    if (!list) {
      out = `keyword index entry "${term}" is damaged`;
      break;
    }
    map.set(term, list);
  }
  decoded.set(postings, out);
  return out;
}
