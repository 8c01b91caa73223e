import hnswlib from "hnswlib-node";

/** A stored passage, in LangChain's `Document` shape. */
export interface StoredDocument {
  id: string;
  pageContent: string;
  metadata: Record<string, unknown>;
}

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

  /** Reads a graph written by `save`; throws when the file is missing, damaged or of another size. */
  load(file: string, dims: number, ids: string[]): void {
    const index = new hnswlib.HierarchicalNSW("cosine", dims);
    index.readIndexSync(file);
    if (index.getCurrentCount() !== ids.length) {
      throw new Error(`vector index holds ${index.getCurrentCount()} vectors, expected ${ids.length}`);
    }
    index.setEf(this.efSearch);
    this.index = index;
    this.ids = [...ids];
  }
}
