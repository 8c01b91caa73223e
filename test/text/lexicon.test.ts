import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logging/logger.js";
import { openLexicon } from "../../src/text/lexicon.js";
import { TEST_CACHE_DIR } from "../helpers/warm-embeddings.js";

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

describe("technology names", () => {
  it("knows the cloud products simple-icons leaves out, and no everyday word or compound as one", async () => {
    const lexicon = await openLexicon(TEST_CACHE_DIR, silentLogger);
    // From Iconify's logos: a brand drawn as a wordmark and an icon, or a maker's product ("aws-redshift").
    for (const name of ["azure", "tableau", "redshift", "kinesis", "athena", "dbt"])
      expect(lexicon.techName(name), name).toBe("tech");
    // Its slugs name generic drawings too: "google-analytics", "aws-api-gateway", a product called "Codebase".
    for (const word of ["analytics", "gateway", "codebase", "console", "developers", "refactor", "webhooks", "async"])
      expect(lexicon.techName(word), word).not.toBe("tech");
  });
});
