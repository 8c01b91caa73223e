/**
 * Turns text into vectors. The shape is LangChain's `EmbeddingsInterface` (embedDocuments /
 * embedQuery), so LangChain's own embeddings classes fit behind it.
 */
export interface Embedder {
  /** Provider and model, e.g. "local:use-lite-512"; part of the cache key and of the index manifest. */
  readonly id: string;
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
  /**
   * True once a local model has embedded something and is not resting after a failure: asking it for a
   * question that may not need it then costs only the worker's time (no model load, no paid call).
   */
  readonly warm?: boolean;
  /** Loads a local model ahead of the first question; remote embedders have nothing to load. */
  warmUp?(): Promise<void>;
  /** Releases what it holds (a worker thread): at shutdown, so a command-line run ends at once. */
  close?(): Promise<void>;
}
