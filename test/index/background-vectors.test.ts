import { createHash } from "node:crypto";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Logger } from "../../src/logging/logger.js";
import { silentLogger } from "../../src/logging/logger.js";
import { retrievePassages } from "../../src/retrieval/hybrid-retriever.js";
import { openTestIndex } from "../helpers/open-index.js";
import { capturingLogger, tempDataDir, tempKnowledgeDir } from "../helpers/test-core.js";

/**
 * A large graph is checked (size, sha256, every link, label and vector) in a worker thread and read by
 * hnswlib on its own thread, while answers go on keywords. Forced here on the test CV's small graph.
 */
function open(knowledgeDir: string, dataDir: string, logger: Logger = silentLogger, background = 0) {
  return openTestIndex(knowledgeDir, dataDir, { backgroundVectorsFrom: background }, logger);
}

/** 4 KB of 0xff over the middle of the graph, and the manifest's checksum made to match it. */
function damageAndReseal(dataDir: string): void {
  const file = join(dataDir, "index", "vectors.hnsw");
  const bytes = readFileSync(file);
  bytes.fill(0xff, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 4096);
  writeFileSync(file, bytes);
  const manifestFile = join(dataDir, "index", "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as {
    files: Record<string, { bytes: number; sha256: string }>;
  };
  manifest.files["vectors.hnsw"] = { bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
  writeFileSync(manifestFile, JSON.stringify(manifest));
}

describe("a vector graph loaded in the background", () => {
  it("answers on keywords until the graph is in, then ranks with vectors too", async () => {
    const knowledge = tempKnowledgeDir();
    const data = tempDataDir();
    await open(knowledge, data, silentLogger, Number.POSITIVE_INFINITY);
    const { index, report } = await open(knowledge, data);
    expect(report).toMatchObject({ rebuilt: false, reason: "up to date" });
    expect(index.vectors.loaded).toBe(false);
    const early = await retrievePassages(index, "Has he done PII encryption?", "en");
    expect(early.signals.keywordOnly).toBe(true);
    expect(early.passages.map((p) => p.chunk.id)).toContain("cv.en#decathlon.s2.b1");
    await index.vectors.loading;
    expect(index.vectors.loaded).toBe(true);
    const later = await retrievePassages(index, "Has he done PII encryption?", "en");
    expect(later.signals.keywordOnly).toBeUndefined();
    expect(later.signals.topVector).toBeGreaterThan(0);
  });

  it("finds a damaged graph before hnswlib reads it, checksum right or not, and rebuilds the vectors", async () => {
    const knowledge = tempKnowledgeDir();
    const data = tempDataDir();
    await open(knowledge, data, silentLogger, Number.POSITIVE_INFINITY);
    damageAndReseal(data);
    const log = capturingLogger();
    const { index, report } = await open(knowledge, data, log.logger);
    expect(report.rebuilt).toBe(false);
    expect((await retrievePassages(index, "Has he done PII encryption?", "en")).signals.keywordOnly).toBe(true);
    await index.vectors.loading;
    expect(log.lines().join(" ")).toMatch(/vector index is damaged; rebuilding/);
    expect(index.vectors.loaded).toBe(true);
    const hits = index.vectors.similaritySearchVectorWithScore(
      await index.embedder.embedQuery("column-level encryption of PII"),
      3,
    );
    expect(hits.map(([id]) => id)).toContain("cv.en#decathlon.s2.b1");
    // Saved again: the next start opens it, checked, without rebuilding.
    const again = await open(knowledge, data, silentLogger, Number.POSITIVE_INFINITY);
    expect(again.report).toMatchObject({ rebuilt: false, reason: "up to date" });
    expect(statSync(join(data, "index", "vectors.hnsw")).size).toBeGreaterThan(0);
  });

  it("rebuilds the whole index at once when the graph file's size is not the manifest's", async () => {
    const knowledge = tempKnowledgeDir();
    const data = tempDataDir();
    await open(knowledge, data, silentLogger, Number.POSITIVE_INFINITY);
    writeFileSync(join(data, "index", "vectors.hnsw"), "not an index");
    const { report } = await open(knowledge, data);
    expect(report.rebuilt).toBe(true);
  });
});
