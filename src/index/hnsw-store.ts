import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import hnswlib from "hnswlib-node";
import { checkHnswFile } from "./hnsw-file-check.js";

/**
 * A small vector store over hnswlib (cosine space). Its method names and result shapes follow
 * LangChain's VectorStore (`addVectors`, `similaritySearchVectorWithScore`), without pulling in
 * @langchain/community. Scores are cosine similarities: higher is closer.
 */
export class HnswStore {
  private index: hnswlib.HierarchicalNSW | null = null;
  private ids: string[] = [];

  constructor(private readonly efSearch = 64) {}

  /** Vector length of the index (1 while it is empty). */
  get dims(): number {
    return this.index?.getNumDimensions() ?? 1;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Builds a fresh index from vectors; `ids[i]` names `vectors[i]`. */
  addVectors(vectors: number[][], ids: string[]): void {
    if (vectors.length !== ids.length) throw new Error("vectors and ids differ in length");
    const dims = vectors[0]?.length ?? 1;
    const index = new hnswlib.HierarchicalNSW("cosine", dims);
    index.initIndex(Math.max(vectors.length, 1), 16, 200, 42);
    vectors.forEach((v, i) => index.addPoint(v, i));
    index.setEf(this.efSearch);
    this.index = index;
    this.ids = [...ids];
  }

  /** The `k` nearest ids with their cosine similarity, best first. */
  similaritySearchVectorWithScore(query: number[], k: number): [string, number][] {
    if (!this.index || this.ids.length === 0) return [];
    const n = Math.min(k, this.ids.length);
    const { neighbors, distances } = this.index.searchKnn(query, n);
    return neighbors.map((label, i) => [this.ids[label]!, 1 - distances[i]!] as [string, number]);
  }

  /** Writes the graph to `file`; ids are kept by the caller's manifest. */
  save(file: string): void {
    this.index?.writeIndexSync(file);
  }

  /**
   * Loads a graph written by `save` from its bytes. The bytes are checked first (a damaged graph
   * segfaults hnswlib, which nothing can catch), then handed to hnswlib through a private copy, so
   * the native reader sees exactly what was checked. Throws when the graph does not fit.
   */
  loadChecked(bytes: Buffer, dims: number, ids: string[]): void {
    const problem = checkHnswFile(bytes, dims, ids.length);
    if (problem) throw new Error(problem);
    const dir = mkdtempSync(join(tmpdir(), "profile-bot-hnsw-"));
    try {
      const copy = join(dir, "vectors.hnsw");
      writeFileSync(copy, bytes);
      const index = new hnswlib.HierarchicalNSW("cosine", dims);
      index.readIndexSync(copy);
      index.setEf(this.efSearch);
      this.index = index;
      this.ids = [...ids];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
