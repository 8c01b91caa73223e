import { loadConfig } from "../src/config/config.js";
import { createCore } from "../src/core/create-core.js";
import { silentLogger } from "../src/logging/logger.js";

/**
 * Run in a fresh process by bench.ts. performance.now() counts from process start, so `ready`
 * includes loading the modules, the model and the index; `firstAnswer` adds one new question.
 */
const core = await createCore(loadConfig(process.env), silentLogger);
const ready = performance.now();
await core.engine.answer({ text: "Has he done PII encryption?" });
const firstAnswer = performance.now();
const rssMb = Math.round(process.memoryUsage().rss / 1e6);
await core.close();
console.log(JSON.stringify({ ready, firstAnswer, rssMb, rebuilt: core.indexReport.rebuilt }));
