/**
 * `npm run build`: src/ (and the bench children run compiled) transpiled to dist/ by esbuild; no type
 * checking (that is `npm test`'s job).
 *
 * `node scripts/build.cjs --if-stale` skips esbuild when no input changed since the last build: a list of
 * the inputs' names, sizes and modification times is kept in dist/, and any difference (a file edited,
 * added or removed, this script or the lockfile changed) builds again. With `--run dist/….js args…` (what
 * `npm start`, `npm run ask` and the other compiled commands do), the compiled entry point then runs in
 * this same process, with `args` as its command line: one `node` start, not npm, esbuild and node again.
 * Plain JavaScript, so that the check costs a few stat calls, not tsx or esbuild's start-up; CommonJS, so that
 * Node starts it without its ES module loader, nor the ES module face of node:fs (which loads the streams).
 *
 * The programs people start by hand (`npm start`, `npm run ask`) are also bundled as one CommonJS file each
 * (dist/…/x.cjs), which `--run` compiles with a V8 code cache kept under dist/.code-cache/: Node 20 has no
 * compile cache for ES modules, and compiling the bundles' functions was ~0.1 s of a one-question run.
 */
const {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require("node:fs");
const { readFile } = require("node:fs/promises");
const { createRequire } = require("node:module");
const { basename, dirname, join, relative, resolve } = require("node:path");
const { pathToFileURL } = require("node:url");
const vm = require("node:vm");
const zlib = require("node:zlib");

const ENTRIES = [
  "src/**/*.ts",
  "bench/cold-start.ts",
  "bench/scale-child.ts",
  "bench/fresh-questions.ts",
  "bench/stats.ts",
];
/** Inputs beyond src/: the bench files above, and what decides how they are built. */
const OTHER_INPUTS = ENTRIES.slice(1).concat([
  "scripts/build.cjs",
  "scripts/snowball-en-fr.mjs",
  "package-lock.json",
  "tsconfig.json",
]);
const STAMP = "dist/.build-inputs";
/**
 * The programs people and benches start, and the worker threads, each also bundled into one file (over its per-file output) with
 * the modules it imports, code loaded on demand split into dist/src/chunks/: loading ~90 modules and
 * zod's ~95 files one by one took a good part of every start. Other packages stay in node_modules.
 */
const PROGRAMS = [
  "src/main.ts",
  "src/cli/ask.ts",
  "src/cli/fit.ts",
  "src/cli/ingest.ts",
  "src/cli/report.ts",
  "src/cli/discord-register.ts",
  "bench/cold-start.ts",
  "bench/scale-child.ts",
  // Worker threads, started by file: a one-shot `npm run ask` waits for the question log's writer.
  "src/storage/question-log-worker.ts",
  "src/index/keyword-preload-worker.ts",
  "src/index/hnsw-check-worker.ts",
  "src/embeddings/embed-worker.ts",
];
/** Programs also bundled as CommonJS, which `--run` starts from a code cache (see runProgram). */
const CACHED_PROGRAMS = ["src/main.ts", "src/cli/ask.ts"];
/** Where `--run` keeps the V8 code caches of the CommonJS programs; emptied by every build. */
const CODE_CACHE_DIR = "dist/.code-cache";
/** Packages bundled into the programs (many small files); the others are imported from node_modules. */
const BUNDLED_PACKAGES = new Set(["zod"]);
/** Stands for the way from an output file to dist/src/, filled in once each file's place is known. */
const TO_DIST_SRC = "__to_dist_src__/";

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

/**
 * A module's `import.meta.url` is its own compiled file's (dist/src/…/x.js) in the bundles too: workers and
 * packages are found next to it (`new URL("./x-worker.js", import.meta.url)`), as in the per-file output.
 */
const keepModuleUrls = (metaUrl = "import.meta.url") => ({
  name: "keep-module-urls",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (a) =>
      BUNDLED_PACKAGES.has(a.path.split("/")[0]) ? undefined : { path: a.path, external: true },
    );
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (a) => {
      const own = relative(resolve("src"), a.path).replace(/\.ts$/, ".js").replaceAll("\\", "/");
      const url = `new URL(${JSON.stringify(own)}, new URL("${TO_DIST_SRC}", ${metaUrl})).href`;
      return { contents: (await readFile(a.path, "utf8")).replaceAll("import.meta.url", url), loader: "ts" };
    });
  },
});

/** What every esbuild pass shares: Node 20 ES modules under dist/, sources' folders kept. */
const COMMON = { outdir: "dist", outbase: ".", platform: "node", format: "esm", target: "node20", logLevel: "warning" };

/** The programs bundled (see PROGRAMS), written over their per-file output. */
async function bundlePrograms(build) {
  const { outputFiles } = await build({
    ...COMMON,
    entryPoints: PROGRAMS,
    bundle: true,
    splitting: true,
    chunkNames: "src/chunks/[name]-[hash]",
    write: false,
    plugins: [keepModuleUrls()],
  });
  // The chunks' names carry a hash of their content: those of earlier builds would pile up.
  rmSync("dist/src/chunks", { recursive: true, force: true });
  writeOutputs(outputFiles);
}

/**
 * CACHED_PROGRAMS as CommonJS, one file each beside the ES module (x.js → x.cjs): `import.meta.url` is the
 * file's own URL, set by a first line; code loaded on demand is in the file, run when first imported.
 */
async function bundleCommonJs(build) {
  const { outputFiles } = await build({
    ...COMMON,
    entryPoints: CACHED_PROGRAMS,
    bundle: true,
    format: "cjs",
    // import() of a package or of code loaded on demand becomes require(): no ES module loader, nor Node's
    // experimental hook for import() in code compiled by vm.
    supported: { "dynamic-import": false },
    outExtension: { ".js": ".cjs" },
    banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    write: false,
    plugins: [keepModuleUrls("__importMetaUrl")],
  });
  rmSync(CODE_CACHE_DIR, { recursive: true, force: true });
  writeOutputs(outputFiles);
}

/** esbuild's output files, written with the way to dist/src/ filled in. */
function writeOutputs(outputFiles) {
  for (const file of outputFiles) {
    // "./" or "../": every output lies in dist/src/ or one folder below dist/.
    const toDistSrc = `${relative(dirname(file.path), resolve("dist/src")).replaceAll("\\", "/") || "."}/`;
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text.replaceAll(TO_DIST_SRC, toDistSrc));
  }
}

/** The English and French stemmers alone, beside the compiled stem.js, which loads them (see snowball-en-fr.mjs). */
async function writeTrimmedStemmers() {
  // Imported when building only: the up-to-date check stays a few stat calls.
  const { trimSnowball } = await import("./snowball-en-fr.mjs");
  const out = "dist/src/text/snowball-en-fr.cjs";
  const trimmed = trimSnowball(readFileSync("node_modules/snowball-stemmers/snowball-stemmers.js", "utf8"));
  if (trimmed) writeFileSync(out, trimmed);
  else rmSync(out, { force: true });
}

/**
 * Builds unless `ifStale`, the inputs are those of the last build and `entry` (when given) is there;
 * false when esbuild failed (it said why).
 */
async function buildDist(ifStale, entry) {
  // Taken before building: a file edited while esbuild runs is built again next time.
  const fingerprint = inputsFingerprint();
  if (ifStale && lastBuilt() === fingerprint && (!entry || existsSync(entry))) return true;
  // A build that fails halfway must not look current to the next run.
  rmSync(STAMP, { force: true });
  try {
    const { build } = await import("esbuild");
    await build({ ...COMMON, entryPoints: ENTRIES });
    await bundlePrograms(build);
    await bundleCommonJs(build);
    await writeTrimmedStemmers();
  } catch (error) {
    // esbuild has printed its own errors; anything else (esbuild missing, a disk error) is said here.
    if (!Array.isArray(error?.errors)) console.error(`build failed: ${error?.message ?? error}`);
    return false;
  }
  mkdirSync("dist", { recursive: true });
  writeFileSync(STAMP, fingerprint);
  return true;
}

/**
 * Runs a compiled program in this process: its CommonJS bundle from a V8 code cache when it has one (see
 * CACHED_PROGRAMS), else the ES module. The CommonJS bundle has no import() (the build made each a require()),
 * so it needs no import hook from vm.
 */
async function runProgram(entry) {
  const commonJs = entry.replace(/\.js$/, ".cjs");
  if (!existsSync(commonJs)) return import(pathToFileURL(entry).href);
  // Named by the file (a build empties the folder too) and the Node that compiled it: V8 itself checks
  // only its version, its flags and the source's length.
  const { size, mtimeMs } = statSync(commonJs);
  const key = `${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}`;
  const cacheFile = join(CODE_CACHE_DIR, `${basename(commonJs)}-${key}.bin`);
  const source = readFileSync(commonJs, "utf8");
  let cachedData;
  try {
    cachedData = checkedCache(readFileSync(cacheFile));
  } catch {
    // none yet: this run writes it
  }
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {"use strict";${source}\n})`,
    {
      filename: commonJs,
      cachedData,
    },
  );
  if (!cachedData || script.cachedDataRejected) saveCodeCache(script, cacheFile);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(commonJs), module, commonJs, dirname(commonJs));
}

/**
 * The cache's bytes when its checksum (the file's first four bytes, CRC-32) matches, else undefined: V8
 * checks its version, flags and the source's length, not the bytes, and a damaged cache crashes it.
 */
function checkedCache(file) {
  if (file.length < 5) return undefined;
  const data = file.subarray(4);
  return file.readUInt32LE(0) === zlib.crc32(data) ? data : undefined;
}

/**
 * Writes the code cache once the program has run a while (its start compiled) or at exit, whichever comes
 * first; atomically, so that runs at once never read half a file. A cache that cannot be written is skipped.
 */
function saveCodeCache(script, cacheFile) {
  let saved = false;
  const save = () => {
    if (saved) return;
    saved = true;
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      const data = script.createCachedData();
      const sum = Buffer.alloc(4);
      sum.writeUInt32LE(zlib.crc32(data), 0);
      writeFileSync(tmp, Buffer.concat([sum, data]));
      renameSync(tmp, cacheFile);
    } catch {
      // a read-only dist/: every run compiles, as without the cache
    }
  };
  process.once("exit", save);
  setTimeout(save, 2000).unref();
}

async function main() {
  const args = process.argv.slice(2);
  const run = args.indexOf("--run");
  const own = run >= 0 ? args.slice(0, run) : args;
  const entry = run >= 0 ? resolve(args[run + 1] ?? "") : undefined;
  if (!(await buildDist(own.includes("--if-stale"), entry))) process.exitCode = 1;
  else if (entry) {
    // The entry point reads its own command line from process.argv, as when node runs it directly.
    process.argv = [process.argv[0], entry, ...args.slice(run + 2)];
    await runProgram(entry);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
