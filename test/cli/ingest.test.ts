import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDataDir } from "../helpers/test-core.js";

function runIngest(dataDir: string) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, EMBEDDINGS_PROVIDER: "local" };
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/ingest.ts"], {
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
}

describe("npm run ingest", () => {
  it("says where the index was saved, and exits 0 when the knowledge is clean", () => {
    const run = runIngest(tempDataDir());
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Index: \d+ passages, rebuilt in \d+ ms \(rebuild requested\), saved under /);
  });

  it("says so, and fails, when the index can't be written, instead of claiming it was saved", () => {
    const dataDir = tempDataDir();
    // A file where the index folder should be: nothing can be written there.
    rmSync(join(dataDir, "index"), { recursive: true, force: true });
    writeFileSync(join(dataDir, "index"), "not a folder");
    const run = runIngest(dataDir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/NOT saved: .*index could not be written/);
    expect(run.stdout).not.toMatch(/saved under/);
  });
});
