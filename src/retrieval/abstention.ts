import type { RetrievalSignals } from "./hybrid-retriever.js";

/**
 * When the profile is taken to answer a question. Coverage is the rarity-weighted share of the
 * question's content words (synonyms included) that the best passage contains. A word no passage
 * contains is usually what the question is about ("Kubernetes", "PhD"), so a question with one needs
 * a passage covering more of it. Measured with `npm run eval -- --calibrate` on test/eval/questions.yml:
 * abstention stays at 1.0 for minCoverage anywhere in 0.2–0.5 (the middle is kept), and needs 0.7
 * when a word is unknown.
 */
export interface AbstentionThresholds {
  minCoverage: number;
  minCoverageWithUnknownWord: number;
}

export const ABSTENTION: AbstentionThresholds = {
  minCoverage: 0.35,
  minCoverageWithUnknownWord: 0.7,
};

/** True when the retrieved passages answer the question well enough to quote them. */
export function isAnswerable(signals: RetrievalSignals, thresholds = ABSTENTION): boolean {
  if (signals.contentWords === 0) return false;
  const needed = signals.unknownWords.length > 0 ? thresholds.minCoverageWithUnknownWord : thresholds.minCoverage;
  return signals.topCoverage >= needed;
}
