import { passageTerms, queryTerms, type Language, type QueryWord } from "../text/stem.js";
import { Thesaurus } from "../text/thesaurus.js";

export interface KeywordDocument {
  id: string;
  lang: Language;
  text: string;
}

export interface KeywordIndexData {
  ids: string[];
  lengths: number[];
  postings: Record<string, [number, number][]>;
}

export interface KeywordSearch {
  hits: KeywordHit[];
  /** How many content words the question has (stopwords aside). */
  contentWords: number;
  /** Content words (folded) that no passage contains, even through a synonym. */
  unknownWords: string[];
  /** Each word's rarity weight, as coverage counts it. */
  weights: number[];
}

export interface KeywordHit {
  id: string;
  score: number;
  /** Rarity-weighted share of the question's content words that this passage contains (0–1). */
  coverage: number;
  /** For each of the question's words, whether this passage contains it (or a synonym). */
  matched: boolean[];
  /** For each of the question's words, whether this passage contains the word itself, not a synonym. */
  exact: boolean[];
}

const K1 = 1.2;
/** A synonym's match counts for less than the word itself. */
const SYNONYM_WEIGHT = 0.7;
const B = 0.75;

/**
 * BM25 over folded, stemmed words. Passages are stemmed in their own language; a question's words
 * are tried with both stemmers, so "chiffrement" and "encrypted" each meet their own passages.
 */
export class Bm25Index {
  private ids: string[] = [];
  private lengths: number[] = [];
  private postings = new Map<string, [number, number][]>();
  private avgLength = 1;

  static build(docs: KeywordDocument[]): Bm25Index {
    const index = new Bm25Index();
    const postings: Record<string, [number, number][]> = {};
    docs.forEach((doc, n) => {
      const terms = passageTerms(doc.text, doc.lang);
      index.ids.push(doc.id);
      index.lengths.push(terms.length);
      const counts = new Map<string, number>();
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [t, c] of counts) (postings[t] ??= []).push([n, c]);
    });
    index.setPostings(postings);
    return index;
  }

  static fromJSON(data: KeywordIndexData): Bm25Index {
    const index = new Bm25Index();
    if (!Array.isArray(data.ids) || !Array.isArray(data.lengths) || data.ids.length !== data.lengths.length) {
      throw new Error("keyword index file is malformed");
    }
    index.ids = data.ids;
    index.lengths = data.lengths;
    index.setPostings(data.postings);
    return index;
  }

  private setPostings(postings: Record<string, [number, number][]>): void {
    this.postings = new Map(Object.entries(postings));
    const total = this.lengths.reduce((a, b) => a + b, 0);
    this.avgLength = this.lengths.length ? Math.max(1, total / this.lengths.length) : 1;
  }

  toJSON(): KeywordIndexData {
    return { ids: this.ids, lengths: this.lengths, postings: Object.fromEntries(this.postings) };
  }

  private idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    const n = this.ids.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Passages ranked by BM25 for the question, best first, at most `k`. A word scores by its best
   * form: its own stems, or (damped) a synonym's. Coverage weighs each word by its rarity, and a
   * word that no passage contains weighs most: it is what the question is really about.
   */
  search(question: string, k: number, thesaurus: Thesaurus = Thesaurus.empty): KeywordSearch {
    return this.searchWords(queryTerms(question), k, thesaurus);
  }

  /** Every stem some passage holds. */
  terms(): string[] {
    return [...this.postings.keys()];
  }

  /** True when some passage holds this stem. */
  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Rarity of a stem across the passages (BM25's idf); a stem no passage holds is the rarest. */
  weight(term: string): number {
    return this.idf(term);
  }

  /** As `search`, for words already read from the question. */
  searchWords(queryWords: QueryWord[], k: number, thesaurus: Thesaurus = Thesaurus.empty): KeywordSearch {
    const words = queryWords.map((w) => ({ word: w.word, own: w.stems, synonyms: thesaurus.expand(w) }));
    const maxIdf = this.idf("\0unknown");
    const weights = words.map(({ own, synonyms }) => {
      const known = [...own, ...synonyms].filter((t) => this.postings.has(t));
      return known.length ? Math.max(...known.map((t) => this.idf(t))) : maxIdf;
    });
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const perDoc = new Map<number, number[]>();
    const exactDoc = new Map<number, boolean[]>();
    words.forEach(({ own, synonyms }, w) => {
      const forms: [string, number][] = [...own.map((t) => [t, 1] as [string, number]), ...synonyms.map((t) => [t, SYNONYM_WEIGHT] as [string, number])];
      for (const [term, factor] of forms) {
        const list = this.postings.get(term);
        if (!list) continue;
        const idf = this.idf(term);
        for (const [doc, tf] of list) {
          const norm = tf + K1 * (1 - B + (B * this.lengths[doc]!) / this.avgLength);
          const score = (factor * idf * tf * (K1 + 1)) / norm;
          const row = perDoc.get(doc) ?? new Array<number>(words.length).fill(0);
          row[w] = Math.max(row[w]!, score);
          perDoc.set(doc, row);
          if (factor === 1) {
            const exact = exactDoc.get(doc) ?? new Array<boolean>(words.length).fill(false);
            exact[w] = true;
            exactDoc.set(doc, exact);
          }
        }
      }
    });
    const hits = [...perDoc.entries()]
      .map(([doc, row]) => ({
        id: this.ids[doc]!,
        score: row.reduce((a, b) => a + b, 0),
        coverage: totalWeight ? row.reduce((sum, v, w) => sum + (v > 0 ? weights[w]! : 0), 0) / totalWeight : 0,
        matched: row.map((v) => v > 0),
        exact: exactDoc.get(doc) ?? row.map(() => false),
      }))
      .sort((a, b) => b.score - a.score)
      .slice(0, k);
    const unknownWords = words.filter((_, w) => weights[w] === maxIdf && ![...words[w]!.own, ...words[w]!.synonyms].some((t) => this.postings.has(t))).map((w) => w.word);
    return { hits, contentWords: words.length, unknownWords, weights };
  }
}
