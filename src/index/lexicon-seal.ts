import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "../logging/logger.js";
import { openLexicon, type Lexicon, type LexiconBytes } from "../text/lexicon.js";
import { digestOf, type FileDigest } from "./index-files.js";

/**
 * The lexicon cache (written by src/query/lexicon.ts) sits beside the index, and damage to it is
 * silent: a zeroed Bloom filter makes every ordinary word "specific", so "What are his principales
 * skills?" becomes "The profile doesn't mention “principales”". Its files' sizes and sha256 are kept
 * beside them and checked at each start; a mismatch deletes them, so the lexicon is built again.
 */
const LEXICON_FILES = ["lexicon.json", "lexicon.bloom"];
const SUMS_FILE = "lexicon.sums.json";

/**
 * The lexicon files as read, when they match their recorded checksums; else null, and files that don't
 * match are deleted. The three files are read at once, each once: the lexicon is opened from these bytes.
 */
async function checkLexiconFiles(dir: string, logger: Logger): Promise<LexiconBytes | null> {
  const [sumsText, ...files] = await Promise.all(
    [SUMS_FILE, ...LEXICON_FILES].map((name) => readFile(join(dir, name)).catch(() => null)),
  );
  let sums: Record<string, FileDigest>;
  try {
    sums = JSON.parse(sumsText?.toString("utf8") ?? "") as Record<string, FileDigest>;
  } catch {
    return null;
  }
  for (const [i, name] of LEXICON_FILES.entries()) {
    const bytes = files[i];
    if (!bytes) return null;
    const actual = digestOf(bytes);
    const expected = sums?.[name];
    if (!expected || actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) {
      logger.warn({ file: join(dir, name) }, "lexicon files are damaged; rebuilding them");
      await Promise.all(LEXICON_FILES.map((n) => rm(join(dir, n), { force: true })));
      return null;
    }
  }
  return { json: files[0]!, bloom: files[1]! };
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
  if (verified) {
    // Opened from the bytes checked; sealed again if it was built anew (a cache of an older version).
    let built = false;
    const lexicon = await openLexicon(dataDir, logger, { read: verified, onBuilt: () => (built = true) });
    if (built) await sealLexiconFiles(dir, logger);
    return lexicon;
  }
  const lexicon = await openLexicon(dataDir, logger);
  // Sealed again: first start, rebuilt, or never sealed.
  await sealLexiconFiles(dir, logger);
  return lexicon;
}
