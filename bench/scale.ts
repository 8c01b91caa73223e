import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config/config.js";
import { createCore } from "../src/core/create-core.js";
import { CachedEmbedder } from "../src/embeddings/cached-embedder.js";
import { LOCAL_EMBEDDER_ID } from "../src/embeddings/local-model.js";
import { embeddingText } from "../src/knowledge/chunk.js";
import { loadKnowledge } from "../src/knowledge/load-knowledge.js";
import { silentLogger } from "../src/logging/logger.js";
import { round1 } from "./stats.js";

/** Bullets per synthetic role, and roles per synthetic file. */
const BULLETS = 50;
const ROLES_PER_FILE = 20;

export interface ScaleFigures {
  passages: number;
  buildMs: number;
  onDiskMb: number;
  coldStartMs: number;
  /** Until the vector graph, loaded in the background, ranks too. */
  vectorsReadyMs: number;
  peakRssMb: number;
  answerP50Ms: number;
  answerP95Ms: number;
}

function sizeMb(dir: string): number {
  return round1(readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) / 1e6);
}

/**
 * A knowledge folder of `n` passages beside the real CV (a portfolio: the CV's bullets in numbered
 * variants, in roles of their own), whose vectors are given (the real model's vectors of the CV's
 * passages, perturbed), then: the index build, its size on disk, and, in a fresh process running
 * the compiled code, cold start, peak RSS and answer latency on fresh questions.
 */
export async function measureScale(n: number): Promise<ScaleFigures> {
  const root = mkdtempSync(join(tmpdir(), "profile-bot-scale-"));
  const knowledgeDir = join(root, "knowledge");
  const dataDir = join(root, "data");
  mkdirSync(knowledgeDir, { recursive: true });
  const cv = await loadKnowledge("knowledge");
  for (const f of ["cv.en.md", "cv.fr.md", "faq.md", "profile.yml", "synonyms.yml"])
    writeFileSync(join(knowledgeDir, f), readFileText(join("knowledge", f)));
  const bullets = cv.chunks.filter((c) => c.lang === "en" && c.kind === "bullet").map((c) => c.text.split("\n")[0]!);
  const extra = Math.max(0, n - cv.chunks.length);
  const roles = Math.ceil(extra / (BULLETS + 1));
  for (let file = 0; file * ROLES_PER_FILE < roles; file++) {
    const lines: string[] = [];
    for (let r = file * ROLES_PER_FILE; r < Math.min(roles, (file + 1) * ROLES_PER_FILE); r++) {
      lines.push(`## Project ${r} - Data Engineer - Freelance`, "January 2015 - December 2016", "");
      for (let b = 0; b < BULLETS; b++)
        lines.push(`- ${bullets[(r * BULLETS + b) % bullets.length]} (variant ${r}.${b})`);
      lines.push("");
    }
    writeFileSync(join(knowledgeDir, `portfolio-${String(file).padStart(5, "0")}.en.md`), lines.join("\n"));
  }
  // Vectors given: the cache holds a vector for every passage, so the build never runs the model.
  const kb = await loadKnowledge(knowledgeDir);
  const base = await vectorsOfTheCv(cv.chunks.map(embeddingText));
  const given = {
    id: LOCAL_EMBEDDER_ID,
    embedQuery: async () => base[0]!,
    embedDocuments: async (texts: string[]) =>
      texts.map((_, i) => base[i % base.length]!.map((v) => v + (Math.random() - 0.5) * 0.02)),
  };
  await new CachedEmbedder(
    given,
    join(dataDir, "embeddings", `${LOCAL_EMBEDDER_ID.replace(/[^a-zA-Z0-9.-]+/g, "_")}.bin`),
    silentLogger,
  ).embedDocuments(kb.chunks.map(embeddingText));
  const env = {
    DATA_DIR: dataDir,
    KNOWLEDGE_DIR: knowledgeDir,
    EMBEDDINGS_PROVIDER: "local" as const,
    LOG_QUESTIONS: "false",
  };
  const started = performance.now();
  const built = await createCore(loadConfig(env), silentLogger, { warmUp: false });
  const buildMs = performance.now() - started;
  await built.close();
  const child = spawnSync(process.execPath, ["dist/bench/scale-child.js"], {
    env: { ...process.env, ...env, LOG_LEVEL: "silent" },
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  const run = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as {
    ready: number;
    vectorsReady: number;
    vectorsLoaded: boolean;
    rssMb: number;
    p50: number;
    p95: number;
    rebuilt: boolean;
  };
  if (child.status !== 0 || run.rebuilt || !run.vectorsLoaded)
    throw new Error(`scale cold start failed: ${child.stderr.slice(-800)}`);
  const figures = {
    passages: kb.chunks.length,
    buildMs: round1(buildMs),
    onDiskMb: sizeMb(join(dataDir, "index")),
    coldStartMs: round1(run.ready),
    vectorsReadyMs: round1(run.vectorsReady),
    peakRssMb: run.rssMb,
    answerP50Ms: round1(run.p50),
    answerP95Ms: round1(run.p95),
  };
  // BENCH_KEEP=1 keeps the folders, to profile a cold start: node --cpu-prof dist/bench/scale-child.js
  if (process.env.BENCH_KEEP) process.stderr.write(`kept ${root}\n`);
  else rmSync(root, { recursive: true, force: true });
  return figures;
}

function readFileText(file: string): string {
  return spawnSync("cat", [file], { encoding: "utf8" }).stdout;
}

/** The real model's vectors of the CV's passages (from the test cache when it holds them). */
async function vectorsOfTheCv(texts: string[]): Promise<number[][]> {
  const dataDir = mkdtempSync(join(tmpdir(), "profile-bot-scale-cv-"));
  const core = await createCore(loadConfig({ DATA_DIR: dataDir, EMBEDDINGS_PROVIDER: "local" }), silentLogger);
  const vectors = await core.index.embedder.embedDocuments(texts);
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
  return vectors;
}
