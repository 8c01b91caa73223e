import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadConfig } from "../../src/config/config.js";
import { createCore, type Core } from "../../src/core/create-core.js";
import { Writable } from "node:stream";
import { createLogger, silentLogger, type Logger } from "../../src/logging/logger.js";
import { TEST_CACHE_DIR } from "./warm-embeddings.js";

/** A fresh data folder that already holds the real model's vectors for the real CV. */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "profile-bot-data-"));
  const cached = join(TEST_CACHE_DIR, "embeddings");
  if (existsSync(cached)) {
    mkdirSync(join(dir, "embeddings"), { recursive: true });
    for (const f of readdirSync(cached)) copyFileSync(join(cached, f), join(dir, "embeddings", f));
  }
  return dir;
}

/** A copy of the real knowledge folder that a test may edit. */
export function tempKnowledgeDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "profile-bot-knowledge-"));
  cpSync(resolve("knowledge"), dir, { recursive: true });
  return dir;
}

/** The real core (real model, real index) over the real CV; offline unless `env` names a server. */
export async function createTestCore(env: Record<string, string> = {}, logger: Logger = silentLogger): Promise<Core> {
  const config = loadConfig({ DATA_DIR: tempDataDir(), EMBEDDINGS_PROVIDER: "local", ...env });
  return createCore(config, logger);
}

/** A real pino logger whose JSON lines the test can read. */
export function capturingLogger(): { logger: Logger; lines: () => string[] } {
  const out: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      out.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger("debug", stream), lines: () => out };
}
