import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkHnswFile } from "../../src/index/hnsw-file-check.js";
import { HnswStore } from "../../src/index/hnsw-store.js";

/** The bytes of a real graph of `count` unit vectors of `dims`, as `HnswStore.save` writes it. */
function savedGraph(count: number, dims: number): Buffer {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  const vectors = Array.from({ length: count }, () => {
    const v = Array.from({ length: dims }, random);
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
  const store = new HnswStore();
  store.addVectors(
    vectors,
    vectors.map((_, i) => `p${i}`),
  );
  const file = join(mkdtempSync(join(tmpdir(), "profile-bot-hnsw-check-")), "vectors.hnsw");
  store.save(file);
  return readFileSync(file);
}

const COUNT = 300;
const DIMS = 32;

describe("checkHnswFile, before hnswlib reads a graph", () => {
  const graph = savedGraph(COUNT, DIMS);

  it("accepts the graph hnswlib wrote, and that graph loads and searches", () => {
    expect(checkHnswFile(graph, DIMS, COUNT)).toBeNull();
    const store = new HnswStore();
    store.loadChecked(
      graph,
      DIMS,
      Array.from({ length: COUNT }, (_, i) => `p${i}`),
    );
    expect(store.size).toBe(COUNT);
  });

  it("refuses 4 KB of noise written at any offset (the overwrites that segfaulted hnswlib)", () => {
    const missed: number[] = [];
    for (let offset = 0; offset + 4096 <= graph.length; offset += 512) {
      const damaged = Buffer.from(graph);
      for (let i = 0; i < 4096; i++) damaged[offset + i] = (i * 131 + offset * 7 + 89) & 0xff;
      if (checkHnswFile(damaged, DIMS, COUNT) === null) missed.push(offset);
    }
    expect(missed).toEqual([]);
  });

  it("refuses a graph cut short anywhere, or with bytes after it", () => {
    for (let length = 0; length < graph.length; length += 997)
      expect(checkHnswFile(graph.subarray(0, length), DIMS, COUNT), `cut at ${length}`).not.toBeNull();
    expect(checkHnswFile(graph.subarray(0, graph.length - 1), DIMS, COUNT)).not.toBeNull();
    expect(checkHnswFile(Buffer.concat([graph, Buffer.alloc(4)]), DIMS, COUNT)).not.toBeNull();
  });

  it("refuses other dimensions or another number of vectors than the manifest's", () => {
    expect(checkHnswFile(graph, DIMS / 2, COUNT)).toMatch(/dimensions/);
    expect(checkHnswFile(graph, DIMS + 1, COUNT)).toMatch(/dimensions/);
    expect(checkHnswFile(graph, DIMS, COUNT - 1)).toMatch(/holds 300 vectors, expected 299/);
  });

  it(
    "refuses a single neighbour id pointing outside the graph, a repeated label, or a vector that is not unit " +
      "length",
    () => {
      const elementBytes = Number(graph.readBigUInt64LE(24));
      const maxM0 = Number(graph.readBigUInt64LE(64));
      const element = 150;
      const base = 96 + element * elementBytes;
      const links = Buffer.from(graph);
      links.writeUInt16LE(Math.max(1, links.readUInt16LE(base)), base);
      links.writeUInt32LE(COUNT + 5, base + 4);
      expect(checkHnswFile(links, DIMS, COUNT)).toMatch(/links of element 150/);

      const labels = Buffer.from(graph);
      labels.writeBigUInt64LE(0n, base + 4 + maxM0 * 4 + DIMS * 4);
      labels.writeBigUInt64LE(0n, 96 + 4 + maxM0 * 4 + DIMS * 4);
      expect(checkHnswFile(labels, DIMS, COUNT)).toMatch(/label/);

      const vector = Buffer.from(graph);
      vector.writeFloatLE(3, base + 4 + maxM0 * 4);
      expect(checkHnswFile(vector, DIMS, COUNT)).toMatch(/vector 150 is damaged/);
    },
  );
});
