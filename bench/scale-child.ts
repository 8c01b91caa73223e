import { readFileSync } from "node:fs";
import { loadConfig } from "../src/config/config.js";
import { createCore } from "../src/core/create-core.js";
import { silentLogger } from "../src/logging/logger.js";
import { freshQuestions, WARM_UP } from "./fresh-questions.js";
import { percentile } from "./stats.js";

/**
 * Run in a fresh process by scale.ts, on the compiled code: `ready` counts from process start (the
 * modules, the knowledge, the index); then, once the model is loaded and warmed up, answer latency on
 * questions new to the process. Peak RSS from /proc.
 */
const core = await createCore(loadConfig(process.env), silentLogger);
const ready = performance.now();
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
    rssMb,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rebuilt: core.indexReport.rebuilt,
  }),
);
