import { describe, expect, it } from "vitest";
import { Bm25Index } from "../../src/index/bm25-index.js";
import { encodeKeywordFile, postingsOf, readKeywordFile, type KeywordFile } from "../../src/index/postings.js";

const docs = [
  { id: "a", lang: "en", text: "Kafka pipeline" },
  { id: "b", lang: "en", text: "BigQuery migration" },
] as const;
const saved = () => Bm25Index.build([...docs]).toFile();

describe("the keyword file", () => {
  it("reads back the lengths and postings it was written with", () => {
    const postings = new Map([
      ["kafka", { docs: Int32Array.of(0), tfs: Float32Array.of(1) }],
      ["pipelin", { docs: Int32Array.of(0, 1), tfs: Float32Array.of(2, 1) }],
    ]);
    const file = readKeywordFile(encodeKeywordFile([3, 1], postings), ["a", "b"]) as KeywordFile;
    expect([...file.lengths]).toEqual([3, 1]);
    expect(file.terms).toEqual(["kafka", "pipelin"]);
    expect(postingsOf(file)).toEqual(postings);
  });

  it("finds a file that doesn't match the passages, so it is rebuilt rather than trusted", () => {
    expect(typeof readKeywordFile(saved(), ["a", "b"])).toBe("object");
    expect(readKeywordFile(saved(), ["a", "b", "c"])).toBe("keyword index names 2 passages that are not the 3 indexed");
    expect(readKeywordFile(saved().subarray(0, 30), ["a", "b"])).toBe("keyword index is malformed");
    expect(readKeywordFile(Buffer.from("{}"), ["a", "b"])).toBe("keyword index is malformed");
    const noPostings = encodeKeywordFile([2, 2], new Map());
    expect(readKeywordFile(noPostings, ["a", "b"])).toMatch(/^keyword index words of passage a/);
    expect(readKeywordFile(encodeKeywordFile([], new Map()), [])).toBeTypeOf("object");
    const negative = encodeKeywordFile([2, -1], new Map());
    expect(readKeywordFile(negative, ["a", "b"])).toBe("keyword index passage lengths are damaged");
  });
});
