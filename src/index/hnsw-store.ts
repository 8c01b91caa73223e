import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import type hnswlib from "hnswlib-node";
import { checkHnswFile } from "./hnsw-file-check.js";

let native: typeof hnswlib | undefined;

/** hnswlib, required when a graph is first made or read: a one-shot keyword answer never loads it. */
export function hnswlibNative(): typeof hnswlib {
  native ??= createRequire(import.meta.url)("hnswlib-node") as typeof hnswlib;
  return native;
}

/** Linux names an open file by its descriptor: hnswlib then reads the very file that was checked. */
export const BY_DESCRIPTOR = existsSync("/proc/self/fd");

/**
 * A path hnswlib may read that holds exactly the bytes checked from descriptor `fd`: the descriptor
 * itself (a rebuild renames a new file over the path, never writes into this one), or, where the
 * system cannot name a descriptor, a private copy. `done` releases it.
 */
export function checkedPath(fd: number, bytes: () => Buffer): { path: string; done: () => void } {
  return BY_DESCRIPTOR ? { path: `/proc/self/fd/${fd}`, done: () => undefined } : privateCopy(bytes());
}

function privateCopy(bytes: Buffer): { path: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "profile-bot-hnsw-"));
  const path = join(dir, "vectors.hnsw");
  writeFileSync(path, bytes);
  return { path, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A small vector store over hnswlib (cosine space). Its method names and result shapes follow
 * LangChain's VectorStore (`addVectors`, `similaritySearchVectorWithScore`), without pulling in
 * @langchain/community. Scores are cosine similarities: higher is closer. A large graph may be
 * loaded in the background (`loading`): until it is, searches find nothing and `loaded` is false.
 */
export class HnswStore {
  private index: hnswlib.HierarchicalNSW | null = null;
  private ids: string[] = [];
  private ready = true;
  /** Reads the graph on the first search (`loadWhenSearched`); null once done, or when there is none. */
  private deferred: (() => void) | null = null;
  /** Settles when a background load has ended (loaded, or failed and handled). */
  loading: Promise<void> = Promise.resolve();

  constructor(private readonly efSearch = 64) {}

  /** False while the graph is being checked and read in the background. */
  get loaded(): boolean {
    return this.ready;
  }

  /** Vector length of the index (1 while it is empty). */
  get dims(): number {
    return this.graph()?.getNumDimensions() ?? 1;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Builds a fresh index from vectors; `ids[i]` names `vectors[i]`. */
  addVectors(vectors: number[][], ids: string[]): void {
    this.deferred = null;
    if (vectors.length !== ids.length) throw new Error("vectors and ids differ in length");
    const dims = vectors[0]?.length ?? 1;
    const index = new (hnswlibNative().HierarchicalNSW)("cosine", dims);
    index.initIndex(Math.max(vectors.length, 1), 16, 200, 42);
    vectors.forEach((v, i) => index.addPoint(v, i));
    index.setEf(this.efSearch);
    this.index = index;
    this.ids = [...ids];
    this.ready = true;
  }

  /** The `k` nearest ids with their cosine similarity, best first. */
  similaritySearchVectorWithScore(query: number[], k: number): [string, number][] {
    return this.nearest(query, k).map(([label, score]) => [this.ids[label]!, score] as [string, number]);
  }

  /** As `similaritySearchVectorWithScore`, each id given by its position in `ids` (the knowledge's order). */
  nearest(query: number[], k: number): [number, number][] {
    const graph = this.graph();
    if (!this.ready || !graph || this.ids.length === 0) return [];
    const n = Math.min(k, this.ids.length);
    const { neighbors, distances } = graph.searchKnn(query, n);
    return neighbors.map((label, i) => [label, 1 - distances[i]!] as [number, number]);
  }

  /** Writes the graph to `file`; ids are kept by the caller's manifest. */
  save(file: string): void {
    this.graph()?.writeIndexSync(file);
  }

  /**
   * Loads a graph written by `save` from its file (or its bytes). The bytes are checked first (a
   * damaged graph segfaults hnswlib, which nothing can catch), then the native reader reads exactly
   * what was checked (see `checkedPath`). `verify` may refuse the bytes first (their checksum).
   * Throws when the graph does not fit; returns the bytes read.
   */
  loadChecked(source: string | Buffer, dims: number, ids: string[], verify?: (bytes: Buffer) => void): Buffer {
    const fd = typeof source === "string" ? openSync(source, "r") : -1;
    try {
      const bytes = typeof source === "string" ? readFileSync(fd) : source;
      verify?.(bytes);
      const problem = checkHnswFile(bytes, dims, ids.length);
      if (problem) throw new Error(problem);
      const checked = fd >= 0 ? checkedPath(fd, () => bytes) : privateCopy(bytes);
      try {
        const index = new (hnswlibNative().HierarchicalNSW)("cosine", dims);
        index.readIndexSync(checked.path);
        this.adopt(index, ids);
      } finally {
        checked.done();
      }
      return bytes;
    } finally {
      if (fd >= 0) closeSync(fd);
    }
  }

  /**
   * Starts a background load: searches find nothing until `load` (which checks the file off the
   * main thread and has hnswlib read it asynchronously) hands over the graph.
   */
  loadInBackground(
    load: () => Promise<hnswlib.HierarchicalNSW>,
    ids: string[],
    onFailure: (e: Error) => void | Promise<void>,
  ): void {
    this.ready = false;
    this.deferred = null;
    this.index = null;
    this.ids = [...ids];
    this.loading = load().then(
      (index) => this.adopt(index, ids),
      (error: unknown) => onFailure(error instanceof Error ? error : new Error(String(error))),
    );
  }

  /**
   * Reads the graph when it is first searched (or saved), not now: a one-shot question answered by
   * keywords never needs it, and checking and reading a CV's graph takes ~60 ms. `read` loads it into
   * this store (as `loadChecked` does); if it throws, searches find nothing and `onFailure` is told.
   */
  loadWhenSearched(
    read: (store: HnswStore) => void,
    ids: string[],
    onFailure: (e: Error) => void | Promise<void>,
  ): void {
    this.index = null;
    this.ids = [...ids];
    this.ready = true;
    this.deferred = () => {
      try {
        read(this);
      } catch (error) {
        this.ready = false;
        this.loading = Promise.resolve(onFailure(error instanceof Error ? error : new Error(String(error))));
      }
    };
  }

  /** The graph, read first if that was put off (`loadWhenSearched`). */
  private graph(): hnswlib.HierarchicalNSW | null {
    const read = this.deferred;
    this.deferred = null;
    read?.();
    return this.index;
  }

  /** Takes over another store's graph (a rebuild after a background load failed). */
  replaceWith(other: HnswStore): void {
    this.deferred = null;
    this.index = other.graph();
    this.ids = other.ids;
    this.ready = other.ready;
  }

  private adopt(index: hnswlib.HierarchicalNSW, ids: string[]): void {
    index.setEf(this.efSearch);
    this.index = index;
    this.ids = [...ids];
    this.ready = true;
  }
}
