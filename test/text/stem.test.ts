import { describe, expect, it } from "vitest";
import { isContentWord, passageTerms } from "../../src/text/stem.js";

describe("passageTerms", () => {
  it("gives a figure written with a unit symbol the words a question uses for it", () => {
    expect(passageTerms("processing 400 TB daily", "en")).toEqual(expect.arrayContaining(["terabyt"]));
    expect(passageTerms("traitant 400 To quotidiens", "fr")).toEqual(expect.arrayContaining(["teraoctet"]));
    expect(passageTerms("10h de cours magistraux", "fr")).toEqual(expect.arrayContaining(["heur"]));
    // A size in bytes is a volume of data: "huge data volumes" finds "400 TB daily".
    expect(passageTerms("processing 400 TB daily", "en")).toEqual(expect.arrayContaining(["volum"]));
    // A word that only looks like a unit is not one: "To" without a number, "h" inside a word.
    expect(passageTerms("To be migrated with Hive", "en")).not.toContain("terabyt");
  });
});

describe("isContentWord", () => {
  it("leaves out function words of both languages, prepositions included", () => {
    for (const w of ["towards", "between", "vers", "entre", "pendant", "avant", "selon"])
      expect(isContentWord(w)).toBe(false);
    for (const w of ["migration", "cloud", "chiffrement"]) expect(isContentWord(w)).toBe(true);
  });
});
