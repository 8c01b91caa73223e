/**
 * Facts about the bundled model that the main thread needs without loading it (the model and
 * TensorFlow.js load in the embedding worker only).
 */

/** The bundled model's id: part of the cache key and of the index manifest. */
export const LOCAL_EMBEDDER_ID = "local:use-lite-512";

/** Passages per forward pass: measured fastest here (larger batches pad every text to the longest). */
export const BATCH = 4;

/**
 * Input lengths, in the model's tokens, that warm-up runs once each: the model's first pass at a given
 * input length costs 20–50 ms more than the next ones (measured on the 60 bench questions, 5 to 32
 * tokens long: first pass p95 36–74 ms, next passes 16–28 ms), which each question of a length not yet
 * seen would otherwise pay. Most questions are 5 to 25 tokens long.
 */
export const WARM_UP_LENGTHS = 40;

/** A text the bundled model reads as `tokens` tokens ("data" is one token of its vocabulary). */
export function textOfTokens(tokens: number): string {
  return Array.from({ length: tokens }, () => "data").join(" ");
}
