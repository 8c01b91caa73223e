import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { CachedEmbedder } from "../../src/embeddings/cached-embedder.js";
import { makeEmbedder } from "../../src/embeddings/make-embedder.js";
import {
  encodeKeywordFile,
  postingsOf,
  readKeywordFile,
  type KeywordFile,
  type Postings,
} from "../../src/index/postings.js";
import { openSearchIndex } from "../../src/index/search-index.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { embeddingText } from "../../src/knowledge/chunk.js";
import { silentLogger } from "../../src/logging/logger.js";
import { capturingLogger, tempDataDir, tempKnowledgeDir } from "../helpers/test-core.js";

/**
 * Damaged index files, opened by the real core in a child process: hnswlib segfaults on some damaged
 * graphs, and a segfault cannot be caught, so it must fail the test rather than kill vitest.
 */

const QUESTION = "Has he done PII encryption?";
const DECATHLON_PII = "cv.en#decathlon.s2.b1";

interface CaseResult {
  name: string;
  rebuilt: boolean;
  reason: string;
  answered: boolean;
  verdict: string;
  citations: string[];
  warnings: string[];
}

let knowledgeDir = "";
let pristine = "";

beforeAll(async () => {
  knowledgeDir = tempKnowledgeDir();
  pristine = tempDataDir();
  const config = loadConfig({ DATA_DIR: pristine, EMBEDDINGS_PROVIDER: "local" });
  await openSearchIndex({
    kb: await loadKnowledge(knowledgeDir),
    embedder: await makeEmbedder(config, silentLogger),
    dataDir: pristine,
    logger: silentLogger,
  });
});

/** A copy of the freshly built data folder, damaged by `damage`. */
function damaged(damage: (indexDir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "profile-bot-damaged-"));
  cpSync(pristine, dir, { recursive: true });
  damage(join(dir, "index"));
  return dir;
}

/** Deterministic bytes that look like nothing in particular (mulberry32). */
function noise(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

/** Overwrites `bytes.length` bytes of `file` at `offset`, keeping its size. */
function overwrite(file: string, offset: number, bytes: Buffer): void {
  const data = readFileSync(file);
  bytes.copy(data, offset, 0, Math.min(bytes.length, data.length - offset));
  writeFileSync(file, data);
}

/** Rewrites the manifest's checksums to match the files as they are now, as if they were never checked. */
function reseal(indexDir: string): void {
  const file = join(indexDir, "manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    files: Record<string, { bytes: number; sha256: string }>;
  };
  for (const name of Object.keys(manifest.files)) {
    const data = readFileSync(join(indexDir, name));
    manifest.files[name] = { bytes: data.length, sha256: createHash("sha256").update(data).digest("hex") };
  }
  writeFileSync(file, JSON.stringify(manifest));
}

function editManifest(indexDir: string, edit: (m: Record<string, unknown>) => void): void {
  const file = join(indexDir, "manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  edit(manifest);
  writeFileSync(file, JSON.stringify(manifest));
}

/** Opens each case in one child process; rejects naming the case when the child dies (e.g. SIGSEGV). */
function openInChild(cases: { name: string; dataDir: string }[]): Promise<CaseResult[]> {
  const input = JSON.stringify({ knowledgeDir, question: QUESTION, cases });
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", join("test", "index", "open-and-ask.ts"), input],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const results = stdout
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l) as CaseResult);
        if (error) {
          const last = stderr.match(/^case (.+)$/gm)?.pop();
          const how = error.signal ? `killed by ${error.signal}` : `exit code ${String(error.code)}`;
          reject(
            new Error(
              `child ${how} while opening ${last ?? "?"} (${results.length} of ${cases.length} cases ` +
                `done)\n${stderr.slice(-2000)}`,
            ),
          );
          return;
        }
        resolve(results);
      },
    );
  });
}

function expectRebuiltAndCorrect(result: CaseResult): void {
  expect({ name: result.name, rebuilt: result.rebuilt }).toEqual({ name: result.name, rebuilt: true });
  expect(result.answered, result.name).toBe(true);
  expect(result.citations, result.name).toContain(DECATHLON_PII);
}

describe("a damaged index never crashes the bot, and is rebuilt", () => {
  it("rebuilds vectors.hnsw with 4 KB overwritten in place at any of 12 offsets, then cites the Decathlon " +
    "passage", async () => {
    const size = statSync(join(pristine, "index", "vectors.hnsw")).size;
    const offsets = Array.from({ length: 12 }, (_, i) => Math.floor((i * (size - 4096)) / 11));
    const cases = offsets.map((offset, i) => ({
      name: `hnsw@${offset}`,
      dataDir: damaged((dir) => overwrite(join(dir, "vectors.hnsw"), offset, noise(4096, i + 1))),
    }));
    const results = await openInChild(cases);
    expect(results).toHaveLength(cases.length);
    for (const r of results) {
      expectRebuiltAndCorrect(r);
      expect(r.warnings.join(" "), r.name).toMatch(/rebuilding/);
    }
  }, 300_000);

  it("rebuilds a damaged graph even when the manifest's checksums were made to match it (checked before the native " +
    "call)", async () => {
    const size = statSync(join(pristine, "index", "vectors.hnsw")).size;
    const offsets = [0, Math.floor(size / 2), size - 4096];
    const cases = offsets.map((offset, i) => ({
      name: `resealed hnsw@${offset}`,
      dataDir: damaged((dir) => {
        overwrite(join(dir, "vectors.hnsw"), offset, noise(4096, 100 + i));
        reseal(dir);
      }),
    }));
    for (const r of await openInChild(cases)) expectRebuiltAndCorrect(r);
  }, 300_000);

  it("rebuilds truncated index files", async () => {
    const cut = (file: string, keep: (size: number) => number) => (dir: string) =>
      truncateSync(join(dir, file), keep(statSync(join(dir, file)).size));
    const cases = [
      { name: "vectors.hnsw cut in half", dataDir: damaged(cut("vectors.hnsw", (s) => Math.floor(s / 2))) },
      { name: "vectors.hnsw one byte short", dataDir: damaged(cut("vectors.hnsw", (s) => s - 1)) },
      { name: "vectors.hnsw header only", dataDir: damaged(cut("vectors.hnsw", () => 96)) },
      { name: "keywords.bin cut in half", dataDir: damaged(cut("keywords.bin", (s) => Math.floor(s / 2))) },
      { name: "manifest.json cut in half", dataDir: damaged(cut("manifest.json", (s) => Math.floor(s / 2))) },
    ];
    for (const r of await openInChild(cases)) expectRebuiltAndCorrect(r);
  }, 300_000);

  it("rebuilds when the manifest states the wrong dims, instead of failing every question", async () => {
    const cases = [256, 1024].map((dims) => ({
      name: `dims ${dims}`,
      dataDir: damaged((dir) => editManifest(dir, (m) => void (m.dims = dims))),
    }));
    for (const r of await openInChild(cases)) expectRebuiltAndCorrect(r);
  }, 300_000);

  it("rebuilds an empty but well-formed keywords.bin, or one that doesn't match the passages, instead of answering " +
    "'not in the profile'", async () => {
    const write = (dir: string, lengths: ArrayLike<number>, postings: Map<string, Postings>) =>
      writeFileSync(join(dir, "keywords.bin"), encodeKeywordFile(lengths, postings));
    const saved = (dir: string) => {
      const ids = (JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { ids: string[] }).ids;
      return readKeywordFile(readFileSync(join(dir, "keywords.bin")), ids) as KeywordFile;
    };
    const cases = [
      { name: "empty keywords.bin", dataDir: damaged((dir) => write(dir, [], new Map())) },
      {
        name: "empty keywords.bin, manifest resealed",
        dataDir: damaged((dir) => {
          write(dir, [], new Map());
          reseal(dir);
        }),
      },
      {
        name: "keywords.bin without postings, manifest resealed",
        dataDir: damaged((dir) => {
          write(dir, saved(dir).lengths, new Map());
          reseal(dir);
        }),
      },
      {
        name: "keywords.bin with two passages' lengths swapped, manifest resealed",
        dataDir: damaged((dir) => {
          const file = saved(dir);
          const lengths = [...file.lengths];
          const other = lengths.findIndex((n) => n !== lengths[0]);
          [lengths[0], lengths[other]] = [lengths[other]!, lengths[0]!];
          write(dir, lengths, postingsOf(file));
          reseal(dir);
        }),
      },
    ];
    for (const r of await openInChild(cases)) {
      expectRebuiltAndCorrect(r);
      expect(r.verdict, r.name).toBe("yes");
    }
  }, 300_000);

  it("rebuilds from an embeddings cache with a torn or damaged record: that passage embedded again, the cache " +
    "compacted", async () => {
    const cacheOf = (dir: string) => join(dir, "embeddings", "local_use-lite-512.bin");
    const noIndex = (dir: string) => rmSync(join(dir, "manifest.json"));
    const cases = [
      {
        name: "torn last record",
        dataDir: damaged((dir) => {
          noIndex(dir);
          truncateSync(cacheOf(join(dir, "..")), statSync(cacheOf(join(dir, ".."))).size - 100);
        }),
      },
      {
        name: "damaged record in the middle",
        dataDir: damaged((dir) => {
          noIndex(dir);
          overwrite(
            cacheOf(join(dir, "..")),
            Math.floor(statSync(cacheOf(join(dir, ".."))).size / 2),
            Buffer.from([1, 2, 3, 4]),
          );
        }),
      },
    ];
    const results = await openInChild(cases);
    for (const [i, r] of results.entries()) {
      expectRebuiltAndCorrect(r);
      expect(r.warnings, r.name).toContain(
        "embeddings cache has damaged records; their passages will be embedded again",
      );
      // Compacted: every passage's vector is there, checked, and the model is needed for none.
      const log = capturingLogger();
      const reopened = new CachedEmbedder(
        {
          id: "local:use-lite-512",
          embedDocuments: () => Promise.reject(new Error("no model here")),
          embedQuery: () => Promise.reject(new Error("no model here")),
        },
        cacheOf(cases[i]!.dataDir),
        log.logger,
      );
      // Every passage's vector is there: an embedder that can't embed is never asked.
      const texts = (await loadKnowledge(knowledgeDir)).chunks.map(embeddingText);
      expect((await reopened.embedDocuments(texts)).length).toBe(texts.length);
      expect(log.lines()).toEqual([]);
    }
  }, 300_000);

  it("opens an intact index without rebuilding, and answers", async () => {
    const [intact] = await openInChild([{ name: "intact", dataDir: damaged(() => undefined) }]);
    expect(intact).toMatchObject({ rebuilt: false, reason: "up to date", answered: true, warnings: [] });
    expect(intact!.citations).toContain(DECATHLON_PII);
  }, 120_000);
});
