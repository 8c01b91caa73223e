import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** A copy of what the build reads (sources, benches, scripts, lockfile), node_modules linked. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "profile-bot-build-"));
  for (const part of ["src", "bench", "scripts", "package.json", "package-lock.json", "tsconfig.json"])
    cpSync(resolve(part), join(dir, part), { recursive: true });
  symlinkSync(resolve("node_modules"), join(dir, "node_modules"), "dir");
  // A program of its own, to see --run run it: its command line, and the same process as the build step.
  writeFileSync(
    join(dir, "src", "echo-args.ts"),
    "console.log(JSON.stringify({ args: process.argv.slice(2), pid: process.pid }));\n",
  );
  return dir;
}

function build(dir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ["scripts/build.cjs", ...args], { cwd: dir, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return run;
}

const stampOf = (dir: string) => statSync(join(dir, "dist", ".build-inputs")).mtimeMs;

describe("scripts/build.cjs --if-stale (what npm start and npm run ask go through)", () => {
  it("builds once, then runs the program, not building while nothing changed; an edited source is built again", () => {
    const dir = project();
    const first = build(dir, "--if-stale", "--run", "dist/src/echo-args.js", "Has he", "used Spark?");
    expect(JSON.parse(first.stdout.trim()).args).toEqual(["Has he", "used Spark?"]);
    // The English and French stemmers are written beside the compiled stem.js.
    expect(existsSync(join(dir, "dist", "src", "text", "snowball-en-fr.cjs"))).toBe(true);
    const built = stampOf(dir);
    const again = build(dir, "--if-stale", "--run", "dist/src/echo-args.js", "x");
    expect(JSON.parse(again.stdout.trim()).args).toEqual(["x"]);
    expect(stampOf(dir)).toBe(built);
    writeFileSync(join(dir, "src", "echo-args.ts"), 'console.log(JSON.stringify({ args: ["edited"] }));\n');
    const edited = build(dir, "--if-stale", "--run", "dist/src/echo-args.js");
    expect(JSON.parse(edited.stdout.trim()).args).toEqual(["edited"]);
    expect(stampOf(dir)).not.toBe(built);
    expect(readFileSync(join(dir, "dist", "src", "echo-args.js"), "utf8")).toContain("edited");
  }, 120_000);

  it("runs npm run ask's CommonJS bundle from a code cache written by its first run, emptied by a build", () => {
    const dir = project();
    const ask = () =>
      spawnSync(process.execPath, ["scripts/build.cjs", "--if-stale", "--run", "dist/src/cli/ask.js"], {
        cwd: dir,
        encoding: "utf8",
      });
    const caches = () =>
      existsSync(join(dir, "dist", ".code-cache")) ? readdirSync(join(dir, "dist", ".code-cache")) : [];
    const first = ask();
    // No question: the usage and exit code 2, from the CommonJS bundle beside the ES module.
    expect(first.status, first.stderr).toBe(2);
    expect(first.stderr).toContain("Usage:");
    expect(existsSync(join(dir, "dist", "src", "cli", "ask.cjs"))).toBe(true);
    expect(caches()).toEqual([expect.stringMatching(/^ask\.cjs-.*\.bin$/)]);
    const again = ask();
    expect([again.status, again.stderr]).toEqual([2, first.stderr]);
    expect(caches()).toHaveLength(1);
    // A damaged cache (bytes flipped, same size) is not given to V8, which would crash on it: it is rewritten.
    const file = join(dir, "dist", ".code-cache", caches()[0]!);
    const bytes = readFileSync(file);
    for (let i = 0; i < 20; i++)
      bytes.writeUInt8(bytes.readUInt8(Math.floor(bytes.length / 2) + i) ^ 0xff, Math.floor(bytes.length / 2) + i);
    writeFileSync(file, bytes);
    const damaged = ask();
    expect([damaged.status, damaged.stderr]).toEqual([2, first.stderr]);
    expect(readFileSync(file).equals(bytes)).toBe(false);
    build(dir);
    expect(caches()).toEqual([]);
  }, 120_000);
});
