import { describe, expect, it } from "vitest";
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
});
