import { describe, expect, it } from "vitest";
import { BloomFilter } from "../../src/text/bloom-filter.js";

describe("BloomFilter", () => {
  it("never says absent for a word it holds, rarely says present for one it doesn't", () => {
    const filter = BloomFilter.forCapacity(1000, 0.01);
    const words = Array.from({ length: 1000 }, (_, i) => `word${i}`);
    for (const w of words) filter.add(w);
    expect(words.every((w) => filter.has(w))).toBe(true);
    const strangers = Array.from({ length: 2000 }, (_, i) => `other${i}`).filter((w) => filter.has(w));
    expect(strangers.length).toBeLessThan(60);
  });

  it("reopens from its bytes with the same answers, and refuses bytes of the wrong size", () => {
    const filter = BloomFilter.forCapacity(10, 0.01);
    filter.add("databricks");
    const copy = BloomFilter.fromBytes(filter.bytes.slice(), filter.bits, filter.hashes);
    expect([copy.has("databricks"), copy.has("kubernetes")]).toEqual([true, false]);
    expect(() => BloomFilter.fromBytes(new Uint8Array(3), filter.bits, filter.hashes)).toThrow("does not match");
  });
});
