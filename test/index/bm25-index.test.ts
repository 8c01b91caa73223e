import { describe, expect, it } from "vitest";
import { Bm25Index } from "../../src/index/bm25-index.js";
import { encodeKeywordFile, readKeywordFile, type KeywordFile } from "../../src/index/postings.js";
import { Thesaurus } from "../../src/text/thesaurus.js";

const docs = [
  { id: "a", lang: "en" as const, text: "Column-level encryption of PII in nested data" },
  { id: "b", lang: "en" as const, text: "Airflow DAGs generated automatically, with Airflow datasets" },
  { id: "c", lang: "fr" as const, text: "Chiffrement des données personnelles au niveau colonne" },
  { id: "d", lang: "en" as const, text: "Unit tests for every ingestion component" },
];

describe("Bm25Index", () => {
  it("ranks the passage holding the rarer and repeated words first, and says which words each holds", () => {
    const index = Bm25Index.build(docs);
    const r = index.search("airflow encryption", 10);
    expect(r.hits.map((h) => h.id)).toEqual(["b", "a"]);
    expect(r.hits[0]!.matched).toEqual([true, false]);
    expect(r.hits[1]!.matched).toEqual([false, true]);
    expect(r.hits[0]!.coverage).toBeCloseTo(0.5, 5);
  });

  it("stems each passage in its own language and each question word in both", () => {
    const index = Bm25Index.build(docs);
    expect(index.search("chiffrement", 10).hits.map((h) => h.id)).toEqual(["c"]);
    expect(index.search("encrypted", 10).hits.map((h) => h.id)).toEqual(["a"]);
  });

  it("matches a synonym for less than the word itself, and marks it as not exact", () => {
    const thesaurus = new Thesaurus([["encryption", "chiffrement"]]);
    const r = Bm25Index.build(docs).search("encryption", 10, thesaurus);
    expect(r.hits.map((h) => h.id)).toEqual(["a", "c"]);
    expect(r.hits[0]!.exact).toEqual([true]);
    expect(r.hits[1]!.exact).toEqual([false]);
    expect(r.hits[1]!.score).toBeLessThan(r.hits[0]!.score);
  });

  it("keeps the k best, names the words no passage holds, and leaves nothing behind for the next search", () => {
    const index = Bm25Index.build(docs);
    const first = index.search("airflow kubernetes tests", 1);
    expect(first.hits.map((h) => h.id)).toEqual(["b"]);
    expect(first.unknownWords).toEqual(["kubernetes"]);
    // Scratch buffers are reused: a second search must not see the first one's scores or flags.
    const second = index.search("nested", 10);
    expect(second.hits).toEqual([
      { id: "a", doc: 0, score: expect.any(Number), coverage: 1, matched: [true], exact: [true] },
    ]);
  });

  it("leaves nothing behind whether a search touched a few passages or most of them", () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      id: `p${i}`,
      lang: "en" as const,
      text: i === 0 ? "Kafka streams pipeline" : `pipeline number ${i}`,
    }));
    const index = Bm25Index.build(many);
    const alone = index.search("kafka", 5).hits;
    for (const q of ["kafka", "pipeline", "kafka", "streams pipeline", "kafka"]) index.search(q, 5);
    expect(index.search("kafka", 5).hits).toEqual(alone);
    expect(index.search("streams", 5).hits.map((h) => [h.id, h.matched])).toEqual([["p0", [true]]]);
  });

  it("round-trips through its file form, and refuses postings that name passages it doesn't have", () => {
    const index = Bm25Index.build(docs);
    const ids = docs.map((d) => d.id);
    const again = Bm25Index.fromFile(readKeywordFile(index.toFile(), ids) as KeywordFile, ids);
    expect(again.search("airflow encryption", 10)).toEqual(index.search("airflow encryption", 10));
    const lengths = ids.map(() => 1);
    const far = encodeKeywordFile(
      lengths,
      new Map([["airflow", { docs: Int32Array.of(99), tfs: Float32Array.of(1) }]]),
    );
    expect(readKeywordFile(far, ids)).toBe('keyword index entry "airflow" is damaged');
  });
});
