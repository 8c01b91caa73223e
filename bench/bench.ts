import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createAnswerEngine } from "../src/answer/answer-engine.js";
import { loadConfig } from "../src/config/config.js";
import { createCore } from "../src/core/create-core.js";
import type { Embedder } from "../src/embeddings/embedder.js";
import { LocalEmbedder } from "../src/embeddings/local-embedder.js";
import { Bm25Index } from "../src/index/bm25-index.js";
import { HnswStore } from "../src/index/hnsw-store.js";
import { buildIndex, type SearchIndex } from "../src/index/search-index.js";
import type { Chunk } from "../src/knowledge/chunk.js";
import { embeddingText } from "../src/knowledge/chunk.js";
import { loadKnowledge } from "../src/knowledge/load-knowledge.js";
import { silentLogger } from "../src/logging/logger.js";
import { FakeOpenAI } from "../test/fakes/openai-fake.js";
import { retrievePassages } from "../src/retrieval/hybrid-retriever.js";
import { percentile, round1 } from "./stats.js";

/**
 * `npm run bench`: start-up, indexing and answer latency on this machine, offline, plus the same
 * retrieval at 10,000 passages. Prints a table; with --json, one JSON object on the last line.
 */
const QUESTIONS = [
  "Has he done PII encryption?", "Does he know Airflow?", "A-t-il fait du machine learning en production ?",
  "What was his biggest performance improvement?", "Does he know Kubernetes?", "Connaît-il le streaming ?",
  "How many teams use the ingestion platform?", "Has he worked in insurance?", "Quel est son TJM ?",
  "Did he ever train other engineers?", "Has he migrated pandas code to a distributed engine?", "Est-il freelance ?",
];
const SCALE = 10_000;

let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sampleRss, 20);

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const dataDir = mkdtempSync(join(tmpdir(), "profile-bot-bench-"));
  const env = { DATA_DIR: dataDir, EMBEDDINGS_PROVIDER: "local" as const };
  const config = loadConfig(env);
  const kb = await loadKnowledge(resolve(config.KNOWLEDGE_DIR));

  // First build: every passage through the model (no cache), then a no-change re-open.
  let t = performance.now();
  const first = await createCore(config, silentLogger);
  const firstBuild = performance.now() - t;
  const reopened = await createCore(loadConfig(env), silentLogger);
  // Cold start in fresh processes (median of 3): module loading, model load and index load, on the
  // compiled JavaScript that `npm start` runs.
  const build = spawnSync("npm", ["run", "--silent", "build"], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  const colds = [0, 1, 2].map(() => {
    const child = spawnSync(process.execPath, ["dist/bench/cold-start.js"], { env: { ...process.env, ...env, LOG_LEVEL: "silent" }, encoding: "utf8" });
    const run = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as { ready: number; firstAnswer: number; rssMb: number; rebuilt: boolean };
    if (child.status !== 0 || run.rebuilt) throw new Error(`cold-start run failed: ${child.stderr}`);
    return run;
  });
  const cold = colds.sort((a, b) => a.ready - b.ready)[1]!;
  const coldStart = cold.ready;
  t = performance.now();
  await createCore(loadConfig(env), silentLogger, { forceReindex: true });
  const cachedRebuild = performance.now() - t;
  const noChange = reopened.indexReport.ms;

  // Warm answers: each question is new to the query cache the first time round.
  const fresh: number[] = [];
  const warm: number[] = [];
  for (const round of [fresh, warm]) {
    for (const q of QUESTIONS) {
      const s = performance.now();
      await reopened.engine.answer({ text: q });
      round.push(performance.now() - s);
    }
  }
  for (let i = 0; i < 3; i++) for (const q of QUESTIONS) {
    const s = performance.now();
    await reopened.engine.answer({ text: q });
    warm.push(performance.now() - s);
  }
  const perPassage = firstBuild / kb.chunks.length;

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
  const llmCore = await createCore(loadConfig({ ...env, OPENAI_API_KEY: "bench", OPENAI_BASE_URL: fake.url }), silentLogger);
  const llmTimes: number[] = [];
  const extractiveTimes: number[] = [];
  for (let r = 0; r < 3; r++) for (const q of QUESTIONS) {
    let s = performance.now();
    await llmCore.engine.answer({ text: q });
    llmTimes.push(performance.now() - s);
    s = performance.now();
    await reopened.engine.answer({ text: q });
    extractiveTimes.push(performance.now() - s);
  }
  await fake.stop();
  sampleRss();

  // At scale: 10,000 passages made from the CV's own, with vectors of the real model perturbed
  // (embedding 10,000 texts with the bundled model would take ~perPassage × 10,000 on this CPU).
  const baseVectors = await first.index.embedder.embedDocuments(kb.chunks.map(embeddingText));
  const chunks: Chunk[] = [];
  const vectors: number[][] = [];
  for (let i = 0; i < SCALE; i++) {
    const src = kb.chunks[i % kb.chunks.length]!;
    const copy = Math.floor(i / kb.chunks.length);
    chunks.push({ ...src, id: `${src.id}~${copy}`, key: `${src.key}~${copy}`, text: `${src.text} (variant ${copy})` });
    vectors.push(baseVectors[i % kb.chunks.length]!.map((v) => v + (Math.random() - 0.5) * 0.02));
  }
  t = performance.now();
  const store = new HnswStore();
  store.addVectors(vectors, chunks.map((c) => c.id));
  const keywords = Bm25Index.build(chunks.map((c) => ({ id: c.id, lang: c.lang, text: embeddingText(c) })));
  const scaleBuild = performance.now() - t;
  const twins = new Map<string, Chunk[]>();
  for (const c of chunks) twins.set(c.key, [...(twins.get(c.key) ?? []), c]);
  // An uncached embedder: every query at scale pays the model, as a new question does.
  const uncached: Embedder = new LocalEmbedder();
  const big: SearchIndex = { chunks, byId: new Map(chunks.map((c) => [c.id, c])), twins, vectors: store, keywords, thesaurus: kb.thesaurus, embedder: uncached, lexicon: first.index.lexicon };
  const bigEngine = createAnswerEngine({ index: big, profile: kb.profile, logger: silentLogger, maxQuestionChars: 1000 });
  await retrievePassages(big, "warm up the model", "en");
  const scaleQuery: number[] = [];
  for (let r = 0; r < 4; r++) for (const q of QUESTIONS) {
    const s = performance.now();
    await bigEngine.answer({ text: q });
    scaleQuery.push(performance.now() - s);
  }
  sampleRss();
  clearInterval(sampler);
  rmSync(dataDir, { recursive: true, force: true });

  const figures = {
    passages: kb.chunks.length,
    firstBuildMs: round1(firstBuild),
    embedPerPassageMs: round1(perPassage),
    coldStartMs: round1(coldStart),
    noChangeReindexMs: round1(noChange),
    cachedRebuildMs: round1(cachedRebuild),
    firstAnswerFromProcessStartMs: round1(cold.firstAnswer),
    answerNewQuestionP50Ms: round1(percentile(fresh, 50)),
    answerNewQuestionP95Ms: round1(percentile(fresh, 95)),
    answerWarmP50Ms: round1(percentile(warm, 50)),
    answerWarmP95Ms: round1(percentile(warm, 95)),
    botProcessRssMb: cold.rssMb,
    fitFirstReadingMaxMs: round1(Math.max(...fitFresh)),
    fitRepeatP50Ms: round1(percentile(fitRepeat, 50)),
    llmAnswerP50Ms: round1(percentile(llmTimes.slice(QUESTIONS.length), 50)),
    llmOverheadP50Ms: round1(percentile(llmTimes.slice(QUESTIONS.length), 50) - percentile(extractiveTimes.slice(QUESTIONS.length), 50)),
    scalePassages: SCALE,
    scaleBuildMs: round1(scaleBuild),
    scaleQueryP50Ms: round1(percentile(scaleQuery, 50)),
    scaleQueryP95Ms: round1(percentile(scaleQuery, 95)),
    scalePeakRssMb: Math.round(peakRss / 1e6),
  };
  const rows: [string, string, string][] = [
    ["first index build (model on every passage)", `${figures.firstBuildMs} ms for ${figures.passages} passages (${figures.embedPerPassageMs} ms each)`, ""],
    ["cold start, process start to ready (median of 3)", `${figures.coldStartMs} ms (first answer at ${figures.firstAnswerFromProcessStartMs} ms)`, "target < 1500 ms"],
    ["re-index, nothing changed", `${figures.noChangeReindexMs} ms`, "target < 200 ms"],
    ["forced rebuild, vectors cached", `${figures.cachedRebuildMs} ms`, ""],
    ["answer, question never seen (p50 / p95)", `${figures.answerNewQuestionP50Ms} / ${figures.answerNewQuestionP95Ms} ms`, "target p50 < 30 ms"],
    ["answer, warm (p50 / p95)", `${figures.answerWarmP50Ms} / ${figures.answerWarmP95Ms} ms`, "target p50 < 30 ms"],
    ["RSS of one bot process after its first answer", `${figures.botProcessRssMb} MB`, ""],
    ["fit, one-page description: first reading (max) / repeat p50", `${figures.fitFirstReadingMaxMs} / ${figures.fitRepeatP50Ms} ms`, "target < 300 ms"],
    ["LLM path vs local fake: answer p50 (overhead)", `${figures.llmAnswerP50Ms} ms (+${figures.llmOverheadP50Ms} ms over extractive)`, ""],
    [`${SCALE} passages: index build (vectors given)`, `${figures.scaleBuildMs} ms`, ""],
    [`${SCALE} passages: answer p50 / p95 (model run each time)`, `${figures.scaleQueryP50Ms} / ${figures.scaleQueryP95Ms} ms`, "target p50 < 50 ms"],
    [`${SCALE} passages: peak RSS`, `${figures.scalePeakRssMb} MB`, ""],
  ];
  if (!json) {
    console.log("Benchmark — offline mode, bundled embedder, this machine");
    for (const [name, value, target] of rows) console.log(`  ${name.padEnd(46)} ${value.padEnd(44)} ${target}`);
    console.log("  (a question never seen pays one run of the embedding model; repeats hit the query cache)");
  }
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
