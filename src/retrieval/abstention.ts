import type { RetrievalSignals } from "./hybrid-retriever.js";

/**
 * When the profile is taken to answer a question. Coverage is the rarity-weighted share of the
 * question's content words (synonyms included) that the best passage contains. A word no passage
 * contains is usually what the question is about ("Kubernetes", "PhD"), so a question with one needs
 * a passage covering more of it. Values are measured with `npm run eval -- --calibrate`.
 */
export const ABSTENTION = {
  minCoverage: 0.3,
  minCoverageWithUnknownWord: 0.6,
} as const;

/** True when the retrieved passages answer the question well enough to quote them. */
export function isAnswerable(signals: RetrievalSignals, thresholds = ABSTENTION): boolean {
  if (signals.contentWords === 0) return false;
  const needed = signals.unknownWords.length > 0 ? thresholds.minCoverageWithUnknownWord : thresholds.minCoverage;
  return signals.topCoverage >= needed;
}
