import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The key file's name in DATA_DIR. */
export const HASH_KEY_FILE = "user-hash.key";

/** 32 random bytes, written as 64 hex characters. */
const KEY_HEX = /^[0-9a-f]{64}$/i;

/** A key file that exists but does not hold a key: hashing with it would make every hash guessable. */
export class MalformedHashKeyError extends Error {
  readonly code = "storage:malformed_hash_key";
  constructor(file: string, found: string) {
    super(
      `${file} does not hold a user-hash key (expected 64 hex characters, found ${found}). ` +
        `Restore the original file, or delete it to make a new key (user hashes already stored will no longer match ` +
        `new ones).`,
    );
  }
}

/**
 * The key for hashing user ids: kept in the data folder, made once, readable by the owner only.
 * Throws `MalformedHashKeyError` for a damaged key file, and the file system's error (EACCES, EROFS…)
 * when there is none and it cannot be written.
 */
export function hashKey(dataDir: string): Buffer {
  const file = join(dataDir, HASH_KEY_FILE);
  let text: string | undefined;
  try {
    text = readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  if (text !== undefined) {
    if (!KEY_HEX.test(text))
      throw new MalformedHashKeyError(
        file,
        `${text.length} characters${/^[0-9a-f]*$/i.test(text) ? "" : ", not all hex"}`,
      );
    // A key from before files were made private: tighten it (best effort; reading it still works).
    if ((statSync(file).mode & 0o077) !== 0) tryChmod(file);
    return Buffer.from(text, "hex");
  }
  const key = randomBytes(32);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, key.toString("hex"), { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return key;
}

function tryChmod(file: string): void {
  try {
    chmodSync(file, 0o600);
  } catch {
    // A read-only mount: the key is still usable, and nothing else can be done from here.
  }
}
