import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/text/detect-language.js";
import { silentLogger } from "../../src/logging/logger.js";
import { openLexicon } from "../../src/text/lexicon.js";
import { passageTerms, queryTerms } from "../../src/text/stem.js";
import { Thesaurus } from "../../src/text/thesaurus.js";
import { TEST_CACHE_DIR } from "../helpers/warm-embeddings.js";

describe("detectLanguage", () => {
  it.each([
    ["Has he done PII encryption?", "en"],
    ["A-t-il déjà chiffré des données sensibles ?", "fr"],
    ["Est-il freelance ?", "fr"],
    ["Connaît-il Kubernetes ?", "fr"],
    ["Does he know Airflow?", "en"],
    ["Quel est son TJM ?", "fr"],
  ])("%s → %s", (q, lang) => {
    expect(detectLanguage(q)).toBe(lang);
  });
});

describe("Thesaurus", () => {
  const thesaurus = new Thesaurus([
    ["teach", "lecturer", "enseignement"],
    { ask: ["programming"], find: ["python", "scala"] },
    ["scale", "volume"],
  ]);
  const expand = (q: string) => queryTerms(q).map((w) => thesaurus.expand(w));

  it("matches a word's group in both languages", () => {
    expect(expand("taught")[0]).toEqual([]);
    expect(expand("teaching")[0]).toEqual(expect.arrayContaining(["lectur", "enseign"]));
    expect(expand("enseignement")[0]).toEqual(expect.arrayContaining(["teach"]));
  });

  it("one-way groups do not expand back", () => {
    expect(expand("programming")[0]).toEqual(expect.arrayContaining(["python", "scala"]));
    expect(expand("python")[0]).toEqual([]);
  });

  it("ignores phrases: their words neither trigger a group nor are matched alone", () => {
    const aws = new Thesaurus([["amazon web services", "aws", "amazon"]]);
    const expandAws = (q: string) => queryTerms(q).map((w) => aws.expand(w));
    expect(expandAws("services")[0]).toEqual([]);
    expect(expandAws("AWS")[0]).toEqual(["amazon"]);
    const streaming = new Thesaurus([["kafka", "streaming", "temps-réel"]]);
    const kafka = streaming.expand(queryTerms("Kafka")[0]!);
    expect(kafka).toEqual(expect.arrayContaining(["stream", "streaming"]));
    expect(kafka).not.toEqual(expect.arrayContaining(["temp"]));
    expect(kafka.some((s) => /^(temp|reel)/.test(s))).toBe(false);
  });

  it("does not confuse Scala with scale through the French stemmer", () => {
    expect(expand("Scala")[0]).toEqual([]);
    expect(expand("scale")[0]).toEqual(expect.arrayContaining(["volum"]));
  });
});

describe("passageTerms", () => {
  it("gives a figure written with a unit symbol the words a question uses for it", () => {
    expect(passageTerms("processing 400 TB daily", "en")).toEqual(expect.arrayContaining(["terabyt"]));
    expect(passageTerms("traitant 400 To quotidiens", "fr")).toEqual(expect.arrayContaining(["teraoctet"]));
    expect(passageTerms("10h de cours magistraux", "fr")).toEqual(expect.arrayContaining(["heur"]));
    // A word that only looks like a unit is not one: "To" without a number, "h" inside a word.
    expect(passageTerms("To be migrated with Hive", "en")).not.toContain("terabyt");
  });
});

describe("Lexicon", () => {
  it("knows everyday French words in French questions only, from a frequency list", async () => {
    const lexicon = await openLexicon(TEST_CACHE_DIR, silentLogger);
    expect(lexicon.isEveryday("habitude", "fr")).toBe(true);
    expect(lexicon.isEveryday("habitude", "en")).toBe(false);
    // English everyday words stay everyday in a French question: recruiters mix the two.
    expect(lexicon.isEveryday("built", "fr")).toBe(true);
    // A rarer French word is what a question is about.
    expect(lexicon.isEveryday("chiffrement", "fr")).toBe(false);
    // The very most frequent words are light: grammar more than subject.
    expect(["take", "get"].every((w) => lexicon.isLight(w))).toBe(true);
    expect(lexicon.isLight("load")).toBe(false);
    expect(lexicon.isLight("fait", "fr")).toBe(true);
  });
});
