import { readFileSync } from "node:fs";
import { loadConfig } from "../src/config/config.js";
import { createCore } from "../src/core/create-core.js";
import { silentLogger } from "../src/logging/logger.js";
import { freshQuestions, WARM_UP } from "./fresh-questions.js";
import { percentile } from "./stats.js";

/**
 * Run in a fresh process by scale.ts, on the compiled code: `ready` counts from process start (the
 * modules, the knowledge, the keyword index: the bot answers from then on); `vectorsReady` until the
 * vector graph, checked and read in the background, ranks too. Then, once the model is loaded, the
 * graph in and a warm-up done, answer latency on questions new to the process (hybrid, as served
 * from then on). Peak RSS from /proc.
 */
const core = await createCore(loadConfig(process.env), silentLogger);
const ready = performance.now();
await core.index.vectors.loading;
const vectorsReady = performance.now();
await core.modelReady;
for (const q of WARM_UP) await core.engine.answer({ text: q });
const times: number[] = [];
for (const q of freshQuestions(60)) {
  const s = performance.now();
  await core.engine.answer({ text: q });
  times.push(performance.now() - s);
}
const rssMb = Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0) / 1024);
await core.close();
console.log(
  JSON.stringify({
    ready,
    vectorsReady,
    vectorsLoaded: core.index.vectors.loaded,
    rssMb,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rebuilt: core.indexReport.rebuilt,
  }),
);
