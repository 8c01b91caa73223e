import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

/** `npm run report` in `cwd` (it reads its settings as every command does, then looks for bot.db). */
function report(cwd: string, env: Record<string, string> = {}) {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  return spawnSync(process.execPath, ["--import", tsx, resolve("src/cli/report.ts")], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: join(cwd, "data"), ...env },
    encoding: "utf8",
  });
}

describe("the commands' settings", () => {
  it("come from a .env file in the working directory, from the environment alone without one", () => {
    const dir = mkdtempSync(join(tmpdir(), "dotenv-"));
    const clean = report(dir);
    expect(clean.stderr).toContain("No question log yet");
    expect(report(dir, { MAX_QUESTION_CHARS: "lots" }).stderr).toContain("MAX_QUESTION_CHARS");
    writeFileSync(join(dir, ".env"), "MAX_QUESTION_CHARS=lots\n");
    const withFile = report(dir);
    expect(withFile.status).toBe(2);
    expect(withFile.stderr).toContain("MAX_QUESTION_CHARS");
  }, 60_000);

  it("come from the file DOTENV_PATH names", () => {
    const dir = mkdtempSync(join(tmpdir(), "dotenv-"));
    writeFileSync(join(dir, "settings.env"), "MAX_QUESTION_CHARS=lots\n");
    const run = report(dir, { DOTENV_PATH: join(dir, "settings.env") });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("MAX_QUESTION_CHARS");
  }, 60_000);
});
