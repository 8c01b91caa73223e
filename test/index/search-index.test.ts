import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { makeEmbedder } from "../../src/embeddings/make-embedder.js";
import { preloadIndex } from "../../src/index/keyword-preload.js";
import { openSearchIndex, twinGroups, twinsOf } from "../../src/index/search-index.js";
import type { Chunk } from "../../src/knowledge/chunk.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { silentLogger } from "../../src/logging/logger.js";
import { tempDataDir, tempKnowledgeDir } from "../helpers/test-core.js";

async function open(knowledgeDir: string, dataDir: string, force = false, preload = false) {
  const config = loadConfig({ DATA_DIR: dataDir, EMBEDDINGS_PROVIDER: "local" });
  // As a large index opens: the manifest and keyword index read in a worker meanwhile (any size here).
  const preloaded = preload ? preloadIndex(dataDir, 0) : undefined;
  const kb = await loadKnowledge(knowledgeDir);
  return openSearchIndex({
    kb,
    embedder: await makeEmbedder(config, silentLogger),
    dataDir,
    logger: silentLogger,
    force,
    preloaded,
  });
}

describe("openSearchIndex", () => {
  it("builds once, then reopens without rebuilding while nothing changed", async () => {
    const knowledge = tempKnowledgeDir();
    const data = tempDataDir();
    const first = await open(knowledge, data);
    expect(first.report).toMatchObject({ rebuilt: true, reason: "no index yet" });
    const second = await open(knowledge, data);
    expect(second.report).toMatchObject({ rebuilt: false, reason: "up to date", chunks: first.report.chunks });
    const hits = second.index.vectors.similaritySearchVectorWithScore(
      await second.index.embedder.embedQuery("column-level encryption of PII"),
      3,
    );
    expect(hits.map(([id]) => id)).toContain("cv.en#decathlon.s2.b1");
    // Retrieval finds passages by position: the graph's labels are the passages' positions.
    const nearest = second.index.vectors.nearest(
      await second.index.embedder.embedQuery("column-level encryption of PII"),
      3,
    );
    expect(nearest.map(([position, score]) => [second.index.chunks[position]!.id, score])).toEqual(hits);
  });

  it("rebuilds when a knowledge file changes, and indexes the new passage", async () => {
    const knowledge = tempKnowledgeDir();
    const data = tempDataDir();
    await open(knowledge, data);
    writeFileSync(
      join(knowledge, "side.md"),
      "## Side project - Maintainer\n2023 - 2024\n- Maintained an open-source Rust parser for Parquet files\n",
    );
    const after = await open(knowledge, data);
    expect(after.report).toMatchObject({ rebuilt: true, reason: "knowledge files changed" });
    expect(after.index.keywords.search("rust parser", 1).hits[0]?.id).toBe("side#side-project.s0.b1");
  });

  it("rebuilds instead of crashing when an index file is damaged or missing", async () => {
    const knowledge = tempKnowledgeDir();
    const data = tempDataDir();
    await open(knowledge, data);
    writeFileSync(join(data, "index", "vectors.hnsw"), "not an index");
    const damaged = await open(knowledge, data);
    expect(damaged.report.rebuilt).toBe(true);
    expect(damaged.report.reason).toMatch(/^index unreadable/);

    writeFileSync(join(data, "index", "manifest.json"), "{ truncated");
    expect((await open(knowledge, data)).report.rebuilt).toBe(true);

    rmSync(join(data, "index", "keywords.bin"));
    const missing = await open(knowledge, data);
    expect(missing.report.rebuilt).toBe(true);
    expect((await open(knowledge, data)).report.rebuilt).toBe(false);
  });

  it("rebuilds when asked, and records the embedder in the manifest", async () => {
    const knowledge = tempKnowledgeDir();
    const data = tempDataDir();
    await open(knowledge, data);
    const forced = await open(knowledge, data, true);
    expect(forced.report).toMatchObject({ rebuilt: true, reason: "rebuild requested" });
    const manifest = JSON.parse(readFileSync(join(data, "index", "manifest.json"), "utf8"));
    expect(manifest).toMatchObject({ embedder: "local:use-lite-512", dims: 512 });
    expect(manifest.ids).toHaveLength(forced.report.chunks);
  });

  it("reads a large index's keywords in a worker: the same passages found, a damaged file rebuilt", async () => {
    const knowledge = tempKnowledgeDir();
    const data = tempDataDir();
    const built = await open(knowledge, data);
    expect(await preloadIndex(data, 0)).not.toBeNull();
    const preloaded = await open(knowledge, data, false, true);
    expect(preloaded.report).toMatchObject({ rebuilt: false, reason: "up to date" });
    for (const q of ["column-level encryption of PII", "airflow dags", "chiffrement des données"])
      expect(preloaded.index.keywords.search(q, 10)).toEqual(built.index.keywords.search(q, 10));

    const file = join(data, "index", "keywords.bin");
    const bytes = readFileSync(file);
    bytes.fill(0, 40, 52);
    writeFileSync(file, bytes);
    const damaged = await open(knowledge, data, false, true);
    expect(damaged.report.rebuilt).toBe(true);
    expect(damaged.index.keywords.search("airflow dags", 10)).toEqual(built.index.keywords.search("airflow dags", 10));
  });
});

describe("twins", () => {
  const chunk = (key: string, lang: "en" | "fr") => ({ key, lang }) as Chunk;
  const chunks = [
    chunk("cv#a", "fr"),
    chunk("cv#b", "fr"),
    chunk("cv#a", "en"),
    chunk("cv#c", "en"),
    chunk("cv#b", "en"),
  ];

  it("groups the passages sharing a key, by position, leaving out keys with one passage", () => {
    expect(twinGroups(chunks)).toEqual([
      [0, 2],
      [1, 4],
    ]);
    const twins = twinsOf(chunks, twinGroups(chunks));
    expect([...twins.keys()]).toEqual(["cv#a", "cv#b"]);
    expect(twins.get("cv#b")).toEqual([chunks[1], chunks[4]]);
  });

  it("calls saved groups that do not fit the passages damage", () => {
    for (const groups of [
      [[0, 1]],
      [[0]],
      [[2, 0]],
      [[0, 9]],
      [
        [0, 2],
        [0, 2],
      ],
      [[0, 1.5]],
    ])
      expect(() => twinsOf(chunks, groups)).toThrow("twins do not fit the passages");
  });

  it("reopens an index with the twins it was built with", async () => {
    const knowledge = tempKnowledgeDir();
    const data = tempDataDir();
    const built = await open(knowledge, data);
    const reopened = await open(knowledge, data, false, true);
    expect(reopened.report.rebuilt).toBe(false);
    expect(built.index.twins.size).toBeGreaterThan(0);
    expect(reopened.index.twins).toEqual(built.index.twins);
    const manifest = JSON.parse(readFileSync(join(data, "index", "manifest.json"), "utf8"));
    writeFileSync(join(data, "index", "manifest.json"), JSON.stringify({ ...manifest, twins: [[0, 1]] }));
    expect((await open(knowledge, data)).report).toMatchObject({ rebuilt: true });
  });
});
