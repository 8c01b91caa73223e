import { describe, expect, it } from "vitest";
import { Bm25Index } from "../../src/index/bm25-index.js";
import * as files from "../../src/index/index-files.js";

const manifest = (fields: Record<string, unknown>) =>
  JSON.stringify({ formatVersion: files.FORMAT_VERSION, dims: 512, ids: ["a"], twins: [], files: {}, ...fields });

describe("index files", () => {
  it("reads a manifest this version wrote, calls a broken one damage, and an older format merely stale", () => {
    expect(files.parseManifest(manifest({})).dims).toBe(512);
    expect(() => files.parseManifest("{ not json")).toThrow(files.IndexDamage);
    expect(() => files.parseManifest(manifest({ dims: 0 }))).toThrow("manifest.json is malformed");
    expect(files.parseManifest(manifest({ formatVersion: 1, files: undefined })).formatVersion).toBe(1);
  });

  it("says how a file differs from what the manifest recorded: size, then checksum", () => {
    const expected = files.digestOf(Buffer.from("vectors"));
    expect(files.digestProblem("vectors.hnsw", Buffer.from("vectors"), expected)).toBeNull();
    expect(files.digestProblem("vectors.hnsw", Buffer.from("vector"), expected)).toBe(
      "vectors.hnsw is 6 bytes, expected 7",
    );
    expect(files.digestProblem("vectors.hnsw", Buffer.from("VECTORS"), expected)).toBe(
      "vectors.hnsw does not match its checksum",
    );
    expect(() => files.expectedDigest(files.parseManifest(manifest({})), "keywords.json")).toThrow(
      "no checksum for keywords.json",
    );
  });

  it("finds a keyword index that doesn't match the passages, so it is rebuilt rather than trusted", () => {
    const docs = [
      { id: "a", lang: "en", text: "Kafka pipeline" },
      { id: "b", lang: "en", text: "BigQuery migration" },
    ] as const;
    const data = Bm25Index.build([...docs]).toJSON();
    expect(files.checkKeywordData(data, ["a", "b"])).toBeNull();
    expect(files.checkKeywordData(data, ["b", "a"])).toBe("keyword index names 2 passages that are not the 2 indexed");
    expect(files.checkKeywordData({ ...data, lengths: [2, -1] }, ["a", "b"])).toBe(
      "keyword index passage lengths are damaged",
    );
    expect(files.checkKeywordData({ ...data, postings: {} }, ["a", "b"])).toMatch(/^keyword index words of passage a/);
  });
});
