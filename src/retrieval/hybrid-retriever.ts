import type { Chunk } from "../knowledge/chunk.js";
import type { KeywordSearch } from "../index/bm25-index.js";
import type { SearchIndex } from "../index/search-index.js";
import { foldText } from "../text/normalize.js";
import type { Language, QueryWord } from "../text/stem.js";

/** One passage found for a question, in the asker's language when a twin exists. */
export interface RetrievedPassage {
  /** Twin key: the French and English renderings count once. */
  key: string;
  chunk: Chunk;
  /** Reciprocal-rank fusion of both rankings. */
  fused: number;
  /** Best cosine similarity of the passage or its twin to the question. */
  vector: number;
  /** Best BM25 score of the passage or its twin. */
  keyword: number;
  /** Rarity-weighted share of the question's content words found in the passage or its twin (0–1). */
  coverage: number;
  /** For each of the question's content words, whether the passage or its twin holds it. */
  matched: boolean[];
  /** The same, counting the word itself only, not its synonyms. */
  exact: boolean[];
}

/** Measures of how well the knowledge covers the question, for the abstention decision. */
export interface RetrievalSignals {
  topVector: number;
  topCoverage: number;
  /** Content words of the question that no passage contains. */
  unknownWords: string[];
  contentWords: number;
  /** The question could not be embedded (service down, worker crashed): ranked by keywords alone. */
  keywordOnly?: boolean;
}

export interface Retrieval {
  passages: RetrievedPassage[];
  signals: RetrievalSignals;
  /** Every passage holding at least one of the question's words, best keyword score first. */
  matches: RetrievedPassage[];
  /** The rarity weight of each of the question's content words. */
  weights: number[];
}

/** How the two rankings are fused; measured with `npm run eval -- --calibrate`. */
export interface FusionTuning {
  /** RRF constant: smaller values favour first places more. */
  rrfK: number;
  /** Weight of the vector ranking (the keyword ranking weighs 1). */
  vectorWeight: number;
  /** Weight of the vector ranking for French questions with the English-only bundled embedder. */
  frenchLocalVectorWeight: number;
}

export const FUSION: FusionTuning = { rrfK: 30, vectorWeight: 0.75, frenchLocalVectorWeight: 0.6 };

const CANDIDATES = 40;
/**
 * Keyword matches kept for judging evidence by role: every passage that holds a question word, up to
 * this many, best keyword score first. A CV (184 passages here) keeps them all; at 100,000 passages,
 * judging a thousand of them was most of an answer's time.
 */
const ALL_MATCHES = 300;
const PERIOD_BOOST = 0.02;
const PERIOD_QUESTION = new RegExp(
  `\\b(${[
    ...["when", "how long", "since when", "what year", "which year", "dates?", "period", "duration", "start(ed)?"],
    ...["join(ed)?", "quand", "depuis", "combien de temps", "duree", "periode", "en quelle annee", "commence"],
    ...["arrive"],
  ].join("|")})\\b`,
);

/**
 * Hybrid search: the vector and the keyword rankings are fused by reciprocal rank, twins are merged
 * (a passage is never cited twice), and each passage is returned in the asker's language. When the
 * question cannot be embedded, the keyword ranking alone is used.
 */
export async function retrievePassages(
  index: SearchIndex,
  question: string,
  lang: Language,
  limit = 8,
  tuning = FUSION,
  words?: QueryWord[],
  options: { vectors?: boolean; keyword?: KeywordSearch } = {},
): Promise<Retrieval> {
  // Keywords alone still answer most questions: better than an apology when the embeddings fail.
  // The embedder the core builds logs the failure (see ResilientEmbedder).
  // While a large vector graph is still loading in the background, keywords alone rank (keywordOnly).
  const useVectors = options.vectors !== false && index.vectors.loaded;
  const embedding = useVectors ? index.embedder.embedQuery(question).catch(() => null) : null;
  // The keyword search runs while the worker embeds the question.
  const keyword = options.keyword ?? keywordSearch(index, question, words);
  const vector = embedding ? await embedding : null;
  // Hits name passages by position: the indexes hold the passages in the knowledge's order.
  const vectorHits = vector ? index.vectors.nearest(vector, CANDIDATES) : [];
  const keywordHits = keyword.hits.slice(0, CANDIDATES);
  const asksWhen = PERIOD_QUESTION.test(foldText(question));
  // The bundled embedder reads English only: its ranking of a French question is mostly noise.
  const vectorWeight =
    lang === "fr" && index.embedder.id.startsWith("local:") ? tuning.frenchLocalVectorWeight : tuning.vectorWeight;
  const RRF_K = tuning.rrfK;

  const { ranked, passages } = fuse(index, vectorHits, keyword, { lang, vectorWeight, rrfK: RRF_K, asksWhen, limit });
  const matches = ranked.filter((p) => p.keyword > 0).sort((a, b) => b.keyword - a.keyword);

  return {
    passages,
    matches,
    weights: keyword.weights,
    signals: {
      topVector: vectorHits[0]?.[1] ?? 0,
      topCoverage: keywordHits.reduce((m, h) => Math.max(m, h.coverage), 0),
      unknownWords: keyword.unknownWords,
      contentWords: keyword.contentWords,
      ...(vector ? {} : { keywordOnly: true }),
    },
  };
}

/** The question's keyword search: every passage holding one of its words, best first (at most ALL_MATCHES). */
export function keywordSearch(index: SearchIndex, question: string, words?: QueryWord[]): KeywordSearch {
  return words
    ? index.keywords.searchWords(words, ALL_MATCHES, index.thesaurus)
    : index.keywords.search(question, ALL_MATCHES, index.thesaurus);
}

/**
 * Both rankings fused by reciprocal rank: one passage per twin key, in the asker's language; `ranked`
 * holds every passage found, best first, `passages` the first `limit` of them.
 */
function fuse(
  index: SearchIndex,
  vectorHits: [number, number][],
  keyword: KeywordSearch,
  how: { lang: Language; vectorWeight: number; rrfK: number; asksWhen: boolean; limit: number },
): { ranked: RetrievedPassage[]; passages: RetrievedPassage[] } {
  // One passage per twin key, in order of first appearance (vector hits, then keyword hits); the
  // ranks sit beside them, so each hit costs one object.
  const slots = new Map<string, number>();
  const found: RetrievedPassage[] = [];
  const vRank: number[] = [];
  const kRank: number[] = [];
  const slotOf = (position: number) => {
    const chunk = index.chunks[position];
    if (!chunk) return -1;
    let slot = slots.get(chunk.key);
    if (slot === undefined) {
      slot = found.length;
      slots.set(chunk.key, slot);
      found.push({ key: chunk.key, chunk, fused: 0, vector: 0, keyword: 0, coverage: 0, matched: [], exact: [] });
      vRank.push(Infinity);
      kRank.push(Infinity);
    }
    return slot;
  };
  vectorHits.forEach(([position, score], rank) => {
    const slot = slotOf(position);
    if (slot < 0) return;
    const g = found[slot]!;
    g.vector = Math.max(g.vector, score);
    vRank[slot] = Math.min(vRank[slot]!, rank);
  });
  keyword.hits.forEach((hit, rank) => {
    const slot = slotOf(hit.doc);
    if (slot < 0) return;
    const g = found[slot]!;
    g.keyword = Math.max(g.keyword, hit.score);
    g.coverage = Math.max(g.coverage, hit.coverage);
    // A hit's flags are its own (fresh per search): the first twin's are taken as they are.
    g.matched = g.matched.length === 0 ? hit.matched : hit.matched.map((m, i) => m || (g.matched[i] ?? false));
    g.exact = g.exact.length === 0 ? hit.exact : hit.exact.map((m, i) => m || (g.exact[i] ?? false));
    if (rank < CANDIDATES) kRank[slot] = Math.min(kRank[slot]!, rank);
  });

  return rankFound(index, found, vRank, kRank, how);
}

/** Fused scores of the passages found, then every one of them best first, and the first `limit` ranked. */
function rankFound(
  index: SearchIndex,
  found: RetrievedPassage[],
  vRank: number[],
  kRank: number[],
  how: { lang: Language; vectorWeight: number; rrfK: number; asksWhen: boolean; limit: number },
): { ranked: RetrievedPassage[]; passages: RetrievedPassage[] } {
  const { lang, vectorWeight, rrfK: RRF_K, asksWhen, limit } = how;
  found.forEach((g, slot) => {
    // In the asker's language when the passage has a twin in it.
    const chunk = index.twins.get(g.key)?.find((c) => c.lang === lang) ?? g.chunk;
    let fused =
      (Number.isFinite(vRank[slot]) ? vectorWeight / (RRF_K + vRank[slot]!) : 0) +
      (Number.isFinite(kRank[slot]) ? 1 / (RRF_K + kRank[slot]!) : 0);
    // "When did he join X?" is answered by X's heading and period line.
    if (asksWhen && chunk.kind === "role" && g.keyword > 0) fused += PERIOD_BOOST;
    g.chunk = chunk;
    g.fused = fused;
  });
  // Best fused first; among equals, in order of first appearance.
  const order = found.map((_, slot) => slot).sort((a, b) => found[b]!.fused - found[a]!.fused || a - b);
  const ranked = order.map((slot) => found[slot]!);
  const passages: RetrievedPassage[] = [];
  for (const slot of order) {
    if (passages.length >= limit) break;
    if (Number.isFinite(vRank[slot]) || Number.isFinite(kRank[slot])) passages.push(found[slot]!);
  }
  return { ranked, passages };
}
