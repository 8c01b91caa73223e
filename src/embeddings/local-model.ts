/**
 * Facts about the bundled model that the main thread needs without loading it (the model and
 * TensorFlow.js load in the embedding worker only).
 */

/** The bundled model's id: part of the cache key and of the index manifest. */
export const LOCAL_EMBEDDER_ID = "local:use-lite-512";

/** Passages per forward pass: measured fastest here (larger batches pad every text to the longest). */
export const BATCH = 4;
