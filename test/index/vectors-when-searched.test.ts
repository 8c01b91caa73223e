import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Logger } from "../../src/logging/logger.js";
import { silentLogger } from "../../src/logging/logger.js";
import { retrievePassages } from "../../src/retrieval/hybrid-retriever.js";
import { openTestIndex } from "../helpers/open-index.js";
import { capturingLogger, tempDataDir, tempKnowledgeDir } from "../helpers/test-core.js";

/**
 * One-shot commands (`npm run ask`) open the index with the vector graph read when first searched:
 * a question answered by keywords never reads it, one that is embedded ranks exactly as before.
 */
function open(knowledgeDir: string, dataDir: string, whenSearched: boolean, logger: Logger = silentLogger) {
  return openTestIndex(knowledgeDir, dataDir, { vectorsWhenSearched: whenSearched }, logger);
}

function graphFile(dataDir: string): string {
  return join(dataDir, "index", "vectors.hnsw");
}

describe("a vector graph read when first searched", () => {
  it("ranks an embedded question exactly as a graph read at start", async () => {
    const knowledge = tempKnowledgeDir();
    const data = tempDataDir();
    const eager = await open(knowledge, data, false);
    const lazy = await open(knowledge, data, true);
    expect(lazy.report).toMatchObject({ rebuilt: false, reason: "up to date" });
    expect(lazy.index.vectors.loaded).toBe(true);
    for (const q of ["Has he done PII encryption?", "Did he ever train other engineers?", "A-t-il fait du Spark ?"]) {
      const a = await retrievePassages(eager.index, q, "en");
      const b = await retrievePassages(lazy.index, q, "en");
      expect(b.passages.map((p) => [p.chunk.id, p.fused])).toEqual(a.passages.map((p) => [p.chunk.id, p.fused]));
      expect(b.signals).toEqual(a.signals);
    }
  });

  it("still rebuilds the index at start when the graph file no longer matches its checksum", async () => {
    const knowledge = tempKnowledgeDir();
    const data = tempDataDir();
    await open(knowledge, data, false);
    const bytes = readFileSync(graphFile(data));
    bytes.fill(0xff, 100, 4196);
    writeFileSync(graphFile(data), bytes);
    const { report } = await open(knowledge, data, true);
    expect(report).toMatchObject({ rebuilt: true });
  });

  it("finds a damaged graph, checksum made to match, before hnswlib reads it; and rebuilds the vectors", async () => {
    const knowledge = tempKnowledgeDir();
    const data = tempDataDir();
    await open(knowledge, data, false);
    const bytes = readFileSync(graphFile(data));
    bytes.fill(0xff, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 4096);
    writeFileSync(graphFile(data), bytes);
    const manifestFile = join(data, "index", "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    manifest.files["vectors.hnsw"] = { bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const log = capturingLogger();
    const { index, report } = await open(knowledge, data, true, log.logger);
    expect(report.rebuilt).toBe(false);
    // The first embedded question finds the damage: it is answered on keywords, the vectors rebuilt meanwhile.
    const first = await retrievePassages(index, "Has he done PII encryption?", "en");
    expect(first.passages.map((p) => p.chunk.id)).toContain("cv.en#decathlon.s2.b1");
    await index.vectors.loading;
    expect(log.lines().join(" ")).toMatch(/vector index is damaged; rebuilding/);
    const later = await retrievePassages(index, "Has he done PII encryption?", "en");
    expect(later.signals.topVector).toBeGreaterThan(0);
  });
});
