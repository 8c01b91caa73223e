import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HASH_KEY_FILE, hashKey, MalformedHashKeyError } from "../../src/storage/user-hash-key.js";

const dataDir = () => mkdtempSync(join(tmpdir(), "hash-key-"));

describe("hashKey", () => {
  it("makes a 32-byte key once, readable by the owner only, and gives the same key after", () => {
    const dir = dataDir();
    const key = hashKey(dir);
    expect(key).toHaveLength(32);
    expect(statSync(join(dir, HASH_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(hashKey(dir).equals(key)).toBe(true);
    expect(readFileSync(join(dir, HASH_KEY_FILE), "utf8")).toBe(key.toString("hex"));
  });

  it("refuses a damaged key file rather than hash with a guessable key, saying what it found", () => {
    const dir = dataDir();
    writeFileSync(join(dir, HASH_KEY_FILE), "not a key");
    expect(() => hashKey(dir)).toThrow(MalformedHashKeyError);
    expect(() => hashKey(dir)).toThrow("found 9 characters, not all hex");
  });
});
