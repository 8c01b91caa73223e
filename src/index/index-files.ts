import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * 2: the manifest holds each file's size and sha256. 3: the passages' word forms (words.json) and the
 * thesaurus's stemmed tables (thesaurus.json) are saved; keyword postings are base64 int32 pairs. 4: the
 * manifest lists the passages that share a twin key (`twins`): a start no longer groups every passage by key;
 * the keyword index is binary (keywords.bin, see `encodeKeywordFile`): no JSON to parse at start.
 */
export const FORMAT_VERSION = 39;

/** Size and sha256 of one index file, as written. */
export interface FileDigest {
  bytes: number;
  sha256: string;
}

/** What the persisted index was built from, and the files it wrote; any difference means a rebuild. */
export interface IndexManifest {
  formatVersion: number;
  knowledgeHash: string;
  embedder: string;
  chunkerVersion: number;
  analysisVersion: number;
  dims: number;
  ids: string[];
  /** Positions (in `ids`) of the passages sharing a twin key, one list per key (see `twinGroups`). */
  twins: number[][];
  builtAt: string;
  /** By file name: what each index file must hold, checked at every load. */
  files: Record<string, FileDigest>;
}

export const VECTORS_FILE = "vectors.hnsw";
export const KEYWORDS_FILE = "keywords.bin";
export const WORDS_FILE = "words.json";
export const THESAURUS_FILE = "thesaurus.json";

export function indexPaths(dataDir: string) {
  const dir = join(dataDir, "index");
  return {
    dir,
    manifest: join(dir, "manifest.json"),
    vectors: join(dir, VECTORS_FILE),
    keywords: join(dir, KEYWORDS_FILE),
  };
}

/** A damaged or inconsistent index file: rebuilt with a warning (a missing one is rebuilt quietly). */
export class IndexDamage extends Error {
  override readonly name = "IndexDamage";
}

export function digestOf(bytes: Buffer): FileDigest {
  return { bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** Reads a manifest, or throws IndexDamage when it is not one this version wrote. */
export function parseManifest(text: string): IndexManifest {
  let manifest: Partial<IndexManifest>;
  try {
    manifest = JSON.parse(text) as Partial<IndexManifest>;
  } catch {
    throw new IndexDamage("manifest.json is not valid JSON");
  }
  if (typeof manifest !== "object" || manifest === null) throw new IndexDamage("manifest.json is malformed");
  const ok =
    Number.isInteger(manifest.dims) &&
    manifest.dims! > 0 &&
    Array.isArray(manifest.ids) &&
    manifest.ids.every((id) => typeof id === "string") &&
    Array.isArray(manifest.twins) &&
    typeof manifest.files === "object" &&
    manifest.files !== null;
  // An earlier format has no `files`: stale, not damaged.
  if (!ok && manifest?.formatVersion === FORMAT_VERSION) throw new IndexDamage("manifest.json is malformed");
  return manifest as IndexManifest;
}

/** What is wrong with `bytes` as the file `name` the manifest describes, or null. */
export function digestProblem(name: string, bytes: Buffer, expected: FileDigest): string | null {
  if (bytes.length !== expected.bytes) return `${name} is ${bytes.length} bytes, expected ${expected.bytes}`;
  if (digestOf(bytes).sha256 !== expected.sha256) return `${name} does not match its checksum`;
  return null;
}

/** What the manifest recorded for file `name`; IndexDamage when it recorded nothing. */
export function expectedDigest(manifest: IndexManifest, name: string): FileDigest {
  const expected = manifest.files[name];
  if (!expected) throw new IndexDamage(`manifest.json has no checksum for ${name}`);
  return expected;
}

/** The file's bytes when they match the manifest's size and sha256; IndexDamage otherwise. */
export async function readVerified(dir: string, name: string, manifest: IndexManifest): Promise<Buffer> {
  const expected = expectedDigest(manifest, name);
  const bytes = await readFile(join(dir, name));
  const problem = digestProblem(name, bytes, expected);
  if (problem) throw new IndexDamage(problem);
  return bytes;
}
