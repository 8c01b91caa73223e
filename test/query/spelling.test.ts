import { describe, expect, it } from "vitest";
import { BloomFilter } from "../../src/text/bloom-filter.js";
import { closestWord, editDistance, nearDictionaryWord } from "../../src/query/spelling.js";

describe("editDistance", () => {
  it.each([
    ["airflw", "airflow", 1],
    ["kafak", "kafka", 1],
    ["databriks", "databricks", 1],
    ["spark", "spark", 0],
    ["doctrat", "contrat", 2],
    ["", "abc", 3],
  ])("%s → %s: %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it("stops early past the limit", () => {
    expect(editDistance("kubernetes", "snowflake", 2)).toBe(3);
  });
});

describe("closestWord", () => {
  const vocabulary = new Map([
    ["airflow", 4],
    ["databricks", 6],
    ["snowflake", 3],
    ["spark", 9],
    ["scala", 2],
    ["data", 50],
  ]);

  it("reads a slip as the profile's word", () => {
    expect(closestWord("airflw", vocabulary)).toEqual({ word: "airflow", distance: 1 });
    expect(closestWord("databriks", vocabulary)).toEqual({ word: "databricks", distance: 1 });
    expect(closestWord("snowflak", vocabulary)).toEqual({ word: "snowflake", distance: 1 });
  });

  it("leaves short and distant words alone", () => {
    expect(closestWord("dbt", vocabulary)).toBeNull();
    expect(closestWord("kubernetes", vocabulary)).toBeNull();
  });
});

describe("nearDictionaryWord", () => {
  const words = new Set(["experience", "know", "doctorat"]);
  it("finds a word one slip away: deletion, insertion, swap, substitution", () => {
    for (const typo of ["experiance", "experince", "knwo", "doctrat", "experiencee"])
      expect(nearDictionaryWord(typo, (w) => words.has(w))).toBe(true);
    expect(nearDictionaryWord("kubernetes", (w) => words.has(w))).toBe(false);
  });
});

describe("BloomFilter", () => {
  it("never forgets a word, rarely claims one, and survives a round trip through bytes", () => {
    const filter = BloomFilter.forCapacity(10_000, 1e-4);
    for (let i = 0; i < 10_000; i++) filter.add(`word${i}`);
    const copy = BloomFilter.fromBytes(filter.bytes, filter.bits, filter.hashes);
    for (let i = 0; i < 10_000; i++) expect(copy.has(`word${i}`)).toBe(true);
    let falsePositives = 0;
    for (let i = 0; i < 10_000; i++) if (copy.has(`other${i}`)) falsePositives += 1;
    expect(falsePositives).toBeLessThan(10);
    expect(() => BloomFilter.fromBytes(new Uint8Array(3), filter.bits, filter.hashes)).toThrow(/size/);
  });
});
