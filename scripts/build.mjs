/**
 * `npm run build`: src/ (and the bench children run compiled) transpiled to dist/ by esbuild; no type
 * checking (that is `npm test`'s job).
 *
 * `node scripts/build.mjs --if-stale` skips esbuild when no input changed since the last build: a list of
 * the inputs' names, sizes and modification times is kept in dist/, and any difference (a file edited,
 * added or removed, this script or the lockfile changed) builds again. With `--run dist/….js args…` (what
 * `npm start`, `npm run ask` and the other compiled commands do), the compiled entry point then runs in
 * this same process, with `args` as its command line: one `node` start, not npm, esbuild and node again.
 * Plain JavaScript, so that the check costs a few stat calls, not tsx or esbuild's start-up.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ENTRIES = [
  "src/**/*.ts",
  "bench/cold-start.ts",
  "bench/scale-child.ts",
  "bench/fresh-questions.ts",
  "bench/stats.ts",
];
/** Inputs beyond src/: the bench files above, and what decides how they are built. */
const OTHER_INPUTS = ENTRIES.slice(1).concat(["scripts/build.mjs", "package-lock.json", "tsconfig.json"]);
const STAMP = "dist/.build-inputs";

/** Every .ts file under `dir`, recursively, sorted. */
function tsFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

/** One line per input: name, size, modification time (a missing file says so). */
function inputsFingerprint() {
  return tsFiles("src")
    .concat(OTHER_INPUTS)
    .map((file) => {
      try {
        const s = statSync(file);
        return `${file}\t${s.size}\t${s.mtimeMs}`;
      } catch {
        return `${file}\tmissing`;
      }
    })
    .join("\n");
}

function lastBuilt() {
  try {
    return readFileSync(STAMP, "utf8");
  } catch {
    return null;
  }
}

/** Builds unless `ifStale` and the inputs are those of the last build; false when esbuild failed (it said why). */
async function buildDist(ifStale) {
  // Taken before building: a file edited while esbuild runs is built again next time.
  const fingerprint = inputsFingerprint();
  if (ifStale && lastBuilt() === fingerprint) return true;
  const { build } = await import("esbuild");
  try {
    await build({
      entryPoints: ENTRIES,
      outdir: "dist",
      outbase: ".",
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: "warning",
    });
  } catch {
    return false;
  }
  mkdirSync("dist", { recursive: true });
  writeFileSync(STAMP, fingerprint);
  return true;
}

const args = process.argv.slice(2);
const run = args.indexOf("--run");
const own = run >= 0 ? args.slice(0, run) : args;
if (!(await buildDist(own.includes("--if-stale")))) process.exitCode = 1;
else if (run >= 0) {
  // The entry point reads its own command line from process.argv, as when node runs it directly.
  const entry = resolve(args[run + 1] ?? "");
  process.argv = [process.argv[0], entry, ...args.slice(run + 2)];
  await import(pathToFileURL(entry).href);
}
