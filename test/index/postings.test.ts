import { describe, expect, it } from "vitest";
import { decodeAllPostings, encodePostings } from "../../src/index/postings.js";

describe("postings in their saved form", () => {
  it("decode to the passages and counts they were encoded from", () => {
    const decoded = decodeAllPostings({ spark: encodePostings([0, 3, 7], [1, 2, 1]) });
    expect(typeof decoded).toBe("object");
    const spark = (decoded as Map<string, { docs: Int32Array; tfs: Float32Array }>).get("spark")!;
    expect([...spark.docs]).toEqual([0, 3, 7]);
    expect([...spark.tfs]).toEqual([1, 2, 1]);
  });

  it("name the first term whose postings are not a list of pairs", () => {
    expect(decodeAllPostings({ kafka: encodePostings([1], [1]), spark: "AAAA" })).toBe(
      'keyword index entry "spark" is damaged',
    );
  });
});
