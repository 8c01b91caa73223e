/**
 * Turns text into vectors. The shape is LangChain's `EmbeddingsInterface` (embedDocuments /
 * embedQuery), so LangChain's own embeddings classes fit behind it.
 */
export interface Embedder {
  /** Provider and model, e.g. "local:use-lite-512"; part of the cache key and of the index manifest. */
  readonly id: string;
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
  /** Loads a local model ahead of the first question; remote embedders have nothing to load. */
  warmUp?(): Promise<void>;
  /** Releases what it holds (a worker thread): at shutdown, so a command-line run ends at once. */
  close?(): Promise<void>;
}
