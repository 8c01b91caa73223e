import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "../logging/logger.js";
import { openLexicon, type Lexicon } from "../text/lexicon.js";
import { digestOf, type FileDigest } from "./index-files.js";

/**
 * The lexicon cache (written by src/query/lexicon.ts) sits beside the index, and damage to it is
 * silent: a zeroed Bloom filter makes every ordinary word "specific", so "What are his principales
 * skills?" becomes "The profile doesn't mention “principales”". Its files' sizes and sha256 are kept
 * beside them and checked at each start; a mismatch deletes them, so the lexicon is built again.
 */
const LEXICON_FILES = ["lexicon.json", "lexicon.bloom"];
const SUMS_FILE = "lexicon.sums.json";

type Stamp = string;

async function stampOf(dir: string): Promise<Stamp> {
  const stats = await Promise.all(
    LEXICON_FILES.map((name) =>
      stat(join(dir, name)).then(
        (s) => `${s.size}:${s.mtimeMs}`,
        () => "-",
      ),
    ),
  );
  return stats.join("|");
}

/** Deletes the lexicon files when they don't match their recorded checksums; says whether they did. */
async function checkLexiconFiles(dir: string, logger: Logger): Promise<boolean> {
  let sums: Record<string, FileDigest>;
  try {
    sums = JSON.parse(await readFile(join(dir, SUMS_FILE), "utf8")) as Record<string, FileDigest>;
  } catch {
    return false;
  }
  for (const name of LEXICON_FILES) {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, name));
    } catch {
      return false;
    }
    const actual = digestOf(bytes);
    const expected = sums?.[name];
    if (!expected || actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) {
      logger.warn({ file: join(dir, name) }, "lexicon files are damaged; rebuilding them");
      await Promise.all(LEXICON_FILES.map((n) => rm(join(dir, n), { force: true })));
      return false;
    }
  }
  return true;
}

async function sealLexiconFiles(dir: string, logger: Logger): Promise<void> {
  try {
    const sums = Object.fromEntries(
      await Promise.all(LEXICON_FILES.map(async (name) => [name, digestOf(await readFile(join(dir, name)))] as const)),
    );
    await writeFile(join(dir, `${SUMS_FILE}.${process.pid}.tmp`), JSON.stringify(sums));
    await rename(join(dir, `${SUMS_FILE}.${process.pid}.tmp`), join(dir, SUMS_FILE));
  } catch (error) {
    // No cached lexicon (read-only folder): nothing to protect, it is built in memory each start.
    logger.debug({ err: error }, "lexicon files not sealed");
  }
}

/** The lexicon, from its cache when the cache matches its checksums, else built again (and sealed). */
export async function openCheckedLexicon(dataDir: string, logger: Logger): Promise<Lexicon> {
  const dir = join(dataDir, "index");
  const verified = await checkLexiconFiles(dir, logger);
  const before = await stampOf(dir);
  const lexicon = await openLexicon(dataDir, logger);
  // Sealed again only when the files are new: first start, rebuilt, or never sealed.
  if (!verified || (await stampOf(dir)) !== before) await sealLexiconFiles(dir, logger);
  return lexicon;
}
