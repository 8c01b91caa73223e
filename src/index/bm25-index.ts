import { analysePassage, queryTerms, type Language, type QueryWord } from "../text/stem.js";
import { Thesaurus } from "../text/thesaurus.js";
import { encodeKeywordFile, postingsOf, type KeywordFile, type Postings } from "./postings.js";

export interface KeywordDocument {
  id: string;
  lang: Language;
  text: string;
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
  /** The passage's position in the index, which is its position in the knowledge's passages. */
  doc: number;
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
 * Postings are typed arrays and a search reuses its scratch buffers, so a question allocates
 * nothing per passage: at 100,000 passages the garbage collector has little to do.
 */
export class Bm25Index {
  private ids: string[] = [];
  private lengths = new Float32Array(0);
  private postings = new Map<string, Postings>();
  private avgLength = 1;
  /** Each passage's length normalisation, K1 · (1 − B + B · length / average), computed once. */
  private norms = new Float64Array(0);
  // Scratch buffers, sized to the passages and reused by every search (searches are synchronous).
  private total = new Float64Array(0);
  private best = new Float64Array(0);
  private order = new Int32Array(0);
  private touched = new Int32Array(0);
  private wordTouched = new Int32Array(0);
  /** Per passage and question word: bit 1 matched, bit 2 matched by the word itself (not a synonym). */
  private flags = new Uint8Array(0);

  static build(docs: KeywordDocument[]): Bm25Index {
    const index = new Bm25Index();
    const postings = new Map<string, { docs: number[]; tfs: number[] }>();
    const lengths: number[] = [];
    docs.forEach((doc, n) => {
      const terms = analysePassage(doc.text, doc.lang);
      index.ids.push(doc.id);
      lengths.push(terms.length);
      const counts = new Map<string, number>();
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [t, c] of counts) {
        let list = postings.get(t);
        if (!list) postings.set(t, (list = { docs: [], tfs: [] }));
        list.docs.push(n);
        list.tfs.push(c);
      }
    });
    const typed = new Map<string, Postings>();
    for (const [t, list] of postings)
      typed.set(t, { docs: Int32Array.from(list.docs), tfs: Float32Array.from(list.tfs) });
    index.setPostings(lengths, typed);
    return index;
  }

  /** From a keyword file already read and checked against `ids` (`readKeywordFile`). */
  static fromFile(file: KeywordFile, ids: string[]): Bm25Index {
    return Bm25Index.fromPostings(ids, file.lengths, postingsOf(file));
  }

  /** From postings already checked against `ids` and `lengths`. */
  static fromPostings(ids: string[], lengths: ArrayLike<number>, postings: Map<string, Postings>): Bm25Index {
    const index = new Bm25Index();
    index.ids = ids;
    index.setPostings(lengths, postings);
    return index;
  }

  private setPostings(lengths: ArrayLike<number>, postings: Map<string, Postings>): void {
    const n = this.ids.length;
    this.lengths = Float32Array.from(lengths);
    this.postings = postings;
    let total = 0;
    for (let i = 0; i < lengths.length; i++) total += lengths[i]!;
    this.avgLength = n ? Math.max(1, total / n) : 1;
    this.norms = new Float64Array(n);
    for (let d = 0; d < n; d++) this.norms[d] = K1 * (1 - B + (B * this.lengths[d]!) / this.avgLength);
    this.total = new Float64Array(n);
    this.best = new Float64Array(n);
    this.order = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.wordTouched = new Int32Array(n);
  }

  /** The index in its saved form (keywords.bin; see `encodeKeywordFile`). */
  toFile(): Buffer {
    return encodeKeywordFile(this.lengths, this.postings);
  }

  /** How many passages the index holds. */
  get size(): number {
    return this.ids.length;
  }

  private idf(term: string): number {
    const df = this.postings.get(term)?.docs.length ?? 0;
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

  /** The passages (by position) that hold this stem. */
  passagesWith(term: string): ArrayLike<number> {
    return this.postings.get(term)?.docs ?? [];
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
    const words = queryWords.map((w) => ({
      word: w.word,
      own: w.stems,
      synonyms: w.literal ? [] : thesaurus.expand(w),
      saying: w.literal ? [] : thesaurus.expandSaying(w),
    }));
    const maxIdf = this.idf("\0unknown");
    // As rare as the rarest word saying it; a narrower thing it also finds only when nothing saying it is written
    // ("pipelines" weighs as pipelines, however rare the DAGs it finds).
    const weights = words.map(({ own, synonyms, saying }) => {
      const said = [...own, ...saying].filter((t) => this.postings.has(t));
      const known = said.length > 0 ? said : synonyms.filter((t) => this.postings.has(t));
      return known.length ? Math.max(...known.map((t) => this.idf(t))) : maxIdf;
    });
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const width = words.length;
    if (this.flags.length < this.ids.length * width) this.flags = new Uint8Array(this.ids.length * width);
    let touchedCount = 0;
    words.forEach(({ own, synonyms }, w) => {
      touchedCount = this.addWord(own, synonyms, w, width, touchedCount);
    });
    const top = this.topK(touchedCount, k);
    const hits = top.map((doc) => this.hitOf(doc, width, weights, totalWeight));
    this.clearScratch(touchedCount, width);
    const unknownWords = words
      .filter(
        (_, w) => weights[w] === maxIdf && ![...words[w]!.own, ...words[w]!.synonyms].some((t) => this.postings.has(t)),
      )
      .map((w) => w.word);
    return { hits, contentWords: words.length, unknownWords, weights };
  }

  /**
   * Scores the passages holding word `w` (its own stems, then its synonyms at SYNONYM_WEIGHT): the best
   * form counts, once per passage, added to the passage's total. Returns how many passages are touched now.
   */
  private addWord(own: string[], synonyms: string[], w: number, width: number, touchedCount: number): number {
    const { total, best, order, touched, wordTouched } = this;
    let count = 0;
    const forms: [string, number][] = [
      ...own.map((t) => [t, 1] as [string, number]),
      ...synonyms.map((t) => [t, SYNONYM_WEIGHT] as [string, number]),
    ];
    for (const [term, factor] of forms) {
      const list = this.postings.get(term);
      if (!list) continue;
      count = this.scoreTerm(list, factor * this.idf(term), factor === 1 ? 3 : 1, w, width, count);
    }
    for (let i = 0; i < count; i++) {
      const doc = wordTouched[i]!;
      if (total[doc] === 0) {
        order[doc] = touchedCount;
        touched[touchedCount++] = doc;
      }
      total[doc] = total[doc]! + best[doc]!;
      best[doc] = 0;
    }
    return touchedCount;
  }

  /**
   * Zeroes the totals and flags a search set (untouched passages are zero already). When the search
   * touched a large share of the passages (a word every passage holds), whole arrays are cleared at once.
   */
  private clearScratch(touchedCount: number, width: number): void {
    const { total, touched, flags } = this;
    if (touchedCount > this.ids.length / 8) {
      total.fill(0);
      flags.fill(0, 0, this.ids.length * width);
      return;
    }
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      total[doc] = 0;
      for (let w = doc * width; w < doc * width + width; w++) flags[w] = 0;
    }
  }

  /**
   * One form's postings into `best` (each passage's best form of word `w` so far) and the word's flags;
   * `weight` is the form's factor times its idf. Returns how many passages the word touches now.
   */
  private scoreTerm(list: Postings, weight: number, bit: number, w: number, width: number, count: number): number {
    const { best, wordTouched, flags, norms } = this;
    const { docs, tfs } = list;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const tf = tfs[i]!;
      // Term by term as BM25 writes it: ((factor · idf) · tf · (K1 + 1)) / (tf + norm).
      const score = (weight * tf * (K1 + 1)) / (tf + norms[doc]!);
      if (best[doc] === 0) wordTouched[count++] = doc;
      if (score > best[doc]!) best[doc] = score;
      flags[doc * width + w] = flags[doc * width + w]! | bit;
    }
    return count;
  }

  /** One passage found: its score, and which of the question's words it holds (exactly or by synonym). */
  private hitOf(doc: number, width: number, weights: number[], totalWeight: number): KeywordHit {
    const matched: boolean[] = [];
    const exact: boolean[] = [];
    let covered = 0;
    for (let w = 0; w < width; w++) {
      const f = this.flags[doc * width + w]!;
      matched.push(f > 0);
      exact.push((f & 2) > 0);
      if (f > 0) covered += weights[w]!;
    }
    return {
      id: this.ids[doc]!,
      doc,
      score: this.total[doc]!,
      coverage: totalWeight ? covered / totalWeight : 0,
      matched,
      exact,
    };
  }

  /** The `k` best of the passages touched, best first; among equal scores, the one found first. */
  private topK(count: number, k: number): number[] {
    const { total, order, touched } = this;
    const better = (a: number, b: number) => total[a]! > total[b]! || (total[a] === total[b] && order[a]! < order[b]!);
    const size = Math.min(k, count);
    if (size <= 0) return [];
    // A min-heap of the best `size` seen so far: its root is the weakest of them.
    const heap = new Int32Array(size);
    let n = 0;
    const down = (i: number) => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < n && better(heap[m]!, heap[l]!)) m = l;
        if (r < n && better(heap[m]!, heap[r]!)) m = r;
        if (m === i) return;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    };
    for (let i = 0; i < count; i++) {
      const doc = touched[i]!;
      if (n < size) {
        heap[n] = doc;
        for (let j = n++; j > 0; ) {
          const p = (j - 1) >> 1;
          if (!better(heap[p]!, heap[j]!)) break;
          [heap[p], heap[j]] = [heap[j]!, heap[p]!];
          j = p;
        }
      } else if (better(doc, heap[0]!)) {
        heap[0] = doc;
        down(0);
      }
    }
    return Array.from(heap).sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  }
}
