import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadConfig } from "../src/config/config.js";
import { createCore } from "../src/core/create-core.js";
import { loadKnowledge } from "../src/knowledge/load-knowledge.js";
import { silentLogger } from "../src/logging/logger.js";
import { FakeOpenAI } from "../test/fakes/openai-fake.js";
import { freshQuestions, WARM_UP } from "./fresh-questions.js";
import { measureScale } from "./scale.js";
import { percentile, round1 } from "./stats.js";

/**
 * `npm run bench`: indexing and answer latency on this machine, offline, and the same at scale
 * (`-- --passages 100000`; 10,000 by default). Answer latency is measured on questions new to the
 * process, after a warm-up reported apart; repeats (query-cache hits) apart too. The start-up of the
 * real entry point in each mode is `npm run bench:startup`. With --json, one JSON object last.
 */
const passagesArg = process.argv.indexOf("--passages");
const SCALE = passagesArg > 0 ? Number(process.argv[passagesArg + 1]) : 10_000;

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const dataDir = mkdtempSync(join(tmpdir(), "profile-bot-bench-"));
  const env = { DATA_DIR: dataDir, EMBEDDINGS_PROVIDER: "local" as const, LOG_QUESTIONS: "false" };
  const config = loadConfig(env);
  const kb = await loadKnowledge(resolve(config.KNOWLEDGE_DIR));
  const build = spawnSync("npm", ["run", "--silent", "build"], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);

  // First build: every passage through the model (no cache), then a no-change re-open.
  let t = performance.now();
  const first = await createCore(config, silentLogger);
  const firstBuild = performance.now() - t;
  await first.close();
  const reopened = await createCore(loadConfig(env), silentLogger);
  const noChange = reopened.indexReport.ms;
  t = performance.now();
  await (await createCore(loadConfig(env), silentLogger, { forceReindex: true, warmUp: false })).close();
  const cachedRebuild = performance.now() - t;

  // Warm-up, timed apart: the model loading in its worker, the first runs of each code path.
  t = performance.now();
  await reopened.modelReady;
  for (const q of WARM_UP) await reopened.engine.answer({ text: q });
  const warmUp = performance.now() - t;
  // Questions new to the process: no answer from a cache.
  const fresh: number[] = [];
  const questions = freshQuestions(80);
  for (const q of questions) {
    const s = performance.now();
    await reopened.engine.answer({ text: q });
    fresh.push(performance.now() - s);
  }
  // Repeats: the query cache skips the model.
  const repeated: number[] = [];
  for (const q of questions.slice(0, 20)) {
    const s = performance.now();
    await reopened.engine.answer({ text: q });
    repeated.push(performance.now() - s);
  }

  // Job-description fit on one-page descriptions (English, French): first reading, then repeats.
  const fitFresh: number[] = [];
  const fitRepeat: number[] = [];
  for (const file of ["test/fixtures/jd.en.txt", "test/fixtures/jd.fr.txt"]) {
    const jd = readFileSync(file, "utf8");
    for (let r = 0; r < 6; r++) {
      const s = performance.now();
      await reopened.engine.fit!(jd);
      (r === 0 ? fitFresh : fitRepeat).push(performance.now() - s);
    }
  }

  // LLM path against a local OpenAI-compatible fake that answers at once: our overhead, not a model's.
  const fake = await new FakeOpenAI().start();
  fake.onChat(() => ({ content: "Yes, at Decathlon [1]." }));
  const llmCore = await createCore(
    loadConfig({ ...env, OPENAI_API_KEY: "bench", OPENAI_BASE_URL: fake.url }),
    silentLogger,
  );
  await llmCore.modelReady;
  const llmTimes: number[] = [];
  const extractiveTimes: number[] = [];
  for (const q of questions.slice(0, 30)) {
    let s = performance.now();
    await llmCore.engine.answer({ text: q });
    llmTimes.push(performance.now() - s);
    s = performance.now();
    await reopened.engine.answer({ text: q });
    extractiveTimes.push(performance.now() - s);
  }
  await fake.stop();
  await llmCore.close();
  await reopened.close();
  rmSync(dataDir, { recursive: true, force: true });

  const scale = await measureScale(SCALE);
  const figures = {
    passages: kb.chunks.length,
    firstBuildMs: round1(firstBuild),
    embedPerPassageMs: round1(firstBuild / kb.chunks.length),
    noChangeReindexMs: round1(noChange),
    cachedRebuildMs: round1(cachedRebuild),
    warmUpMs: round1(warmUp),
    freshQuestions: questions.length,
    answerNewQuestionP50Ms: round1(percentile(fresh, 50)),
    answerNewQuestionP95Ms: round1(percentile(fresh, 95)),
    answerRepeatedP50Ms: round1(percentile(repeated, 50)),
    fitFirstReadingMaxMs: round1(Math.max(...fitFresh)),
    fitRepeatP50Ms: round1(percentile(fitRepeat, 50)),
    llmAnswerP50Ms: round1(percentile(llmTimes, 50)),
    llmOverheadP50Ms: round1(percentile(llmTimes, 50) - percentile(extractiveTimes, 50)),
    scalePassages: scale.passages,
    scaleBuildMs: scale.buildMs,
    scaleOnDiskMb: scale.onDiskMb,
    scaleColdStartMs: scale.coldStartMs,
    scaleVectorsReadyMs: scale.vectorsReadyMs,
    scalePeakRssMb: scale.peakRssMb,
    scaleAnswerP50Ms: scale.answerP50Ms,
    scaleAnswerP95Ms: scale.answerP95Ms,
  };
  const n = scale.passages.toLocaleString("en");
  const rows: [string, string, string][] = [
    [
      "first index build (model on every passage)",
      `${figures.firstBuildMs} ms for ${figures.passages} passages (${figures.embedPerPassageMs} ms each)`,
      "",
    ],
    ["re-index, nothing changed", `${figures.noChangeReindexMs} ms`, "target < 200 ms"],
    ["forced rebuild, vectors cached", `${figures.cachedRebuildMs} ms`, ""],
    [`warm-up: model load and ${WARM_UP.length} first answers`, `${figures.warmUpMs} ms`, "(not counted below)"],
    [
      `answer, ${figures.freshQuestions} questions new to the process (p50 / p95)`,
      `${figures.answerNewQuestionP50Ms} / ${figures.answerNewQuestionP95Ms} ms`,
      "target p50 < 30 ms",
    ],
    ["answer, repeated question (cache hit) p50", `${figures.answerRepeatedP50Ms} ms`, ""],
    [
      "fit, one-page description: first reading (max) / repeat p50",
      `${figures.fitFirstReadingMaxMs} / ${figures.fitRepeatP50Ms} ms`,
      "target < 300 ms",
    ],
    [
      "LLM path vs local fake: answer p50 (overhead)",
      `${figures.llmAnswerP50Ms} ms (+${figures.llmOverheadP50Ms} ms over extractive)`,
      "",
    ],
    [
      `${n} passages: index build (vectors given)`,
      `${figures.scaleBuildMs} ms, ${figures.scaleOnDiskMb} MB on disk`,
      "",
    ],
    [
      `${n} passages: cold start (fresh process, compiled)`,
      `${figures.scaleColdStartMs} ms, peak RSS ${figures.scalePeakRssMb} MB`,
      "target < 1500 ms, < 1200 MB",
    ],
    [
      `${n} passages: vectors ranking too (background load)`,
      `${figures.scaleVectorsReadyMs} ms from process start`,
      "keyword-ranked answers until then",
    ],
    [
      `${n} passages: answer, new questions p50 / p95 (vectors in)`,
      `${figures.scaleAnswerP50Ms} / ${figures.scaleAnswerP95Ms} ms`,
      "target p95 < 25 ms",
    ],
  ];
  if (!json) {
    console.log("Benchmark — offline mode, bundled embedder, this machine");
    for (const [name, value, target] of rows) console.log(`  ${name.padEnd(56)} ${value.padEnd(40)} ${target}`);
  }
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
