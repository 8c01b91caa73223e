import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadConfig } from "../../src/config/config.js";
import { createCore, type Core } from "../../src/core/create-core.js";
import { Writable } from "node:stream";
import { createLogger, silentLogger, type Logger } from "../../src/logging/logger.js";
import type { AnswerEngine } from "../../src/answer/answer-engine.js";
import type { AdapterDeps } from "../../src/adapters/adapter-deps.js";
import type { Profile } from "../../src/knowledge/profile.js";
import { Asker } from "../../src/service/asker.js";
import { readerFor, type QuestionReader } from "../../src/query/understand.js";
import type { FeedbackEntry, QuestionLog, QuestionRecord } from "../../src/storage/question-log.js";
import { afterAll, beforeAll } from "vitest";
import { TEST_CACHE_DIR } from "./warm-embeddings.js";

/** A fresh data folder that already holds the real model's vectors for the real CV, and the lexicon. */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "profile-bot-data-"));
  const cached = join(TEST_CACHE_DIR, "embeddings");
  if (existsSync(cached)) {
    mkdirSync(join(dir, "embeddings"), { recursive: true });
    for (const f of readdirSync(cached)) copyFileSync(join(cached, f), join(dir, "embeddings", f));
  }
  const index = join(TEST_CACHE_DIR, "index");
  mkdirSync(join(dir, "index"), { recursive: true });
  for (const f of ["lexicon.json", "lexicon.bloom"])
    if (existsSync(join(index, f))) copyFileSync(join(index, f), join(dir, "index", f));
  return dir;
}

/** A copy of the real knowledge folder that a test may edit. */
export function tempKnowledgeDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "profile-bot-knowledge-"));
  cpSync(resolve("knowledge"), dir, { recursive: true });
  return dir;
}

/** A fresh data folder (see tempDataDir) and a copy of the knowledge folder, for one bot. */
export function freshDirs(): { dataDir: string; knowledgeDir: string } {
  return { dataDir: tempDataDir(), knowledgeDir: tempKnowledgeDir() };
}

/**
 * The day the tests count durations to: answers say "7 years and 10 months" whatever the day they run
 * (the CV's current roles run to "Present").
 */
export const TEST_TODAY = () => new Date("2026-11-30T12:00:00Z");

/** The real core (real model, real index) over the real CV; offline unless `env` names a server. */
export async function createTestCore(env: Record<string, string> = {}, logger: Logger = silentLogger): Promise<Core> {
  const config = loadConfig({ DATA_DIR: tempDataDir(), EMBEDDINGS_PROVIDER: "local", ...env });
  return createCore(config, logger, { now: TEST_TODAY });
}

/** The real core and its question reader, built before the file's tests (read them inside a test). */
export function readerPerFile(): { core: Core; reader: QuestionReader } {
  const built = {} as { core: Core; reader: QuestionReader };
  beforeAll(async () => {
    built.core = await createTestCore();
    built.reader = readerFor(built.core.index).reader;
  });
  return built;
}

/**
 * The core as `npm start` builds it over `knowledgeDir` (a copy the test may edit, watched for edits):
 * the real model, offline, with `env` added (the owner's id).
 */
export function createWatchingCore(
  dataDir: string,
  knowledgeDir: string,
  env: Record<string, string>,
  logger: Logger,
): Promise<Core> {
  const config = loadConfig({ DATA_DIR: dataDir, KNOWLEDGE_DIR: knowledgeDir, EMBEDDINGS_PROVIDER: "local", ...env });
  return createCore(config, logger, { watch: true });
}

/**
 * Starts `fake`, then the bot (`start`, over a fresh data folder and a copy of the knowledge), before the
 * file's tests, and stops both after them. What it returns holds the bot (a test may restart it) and its
 * knowledge folder.
 */
export function botPerFile<Bot extends { stop(): Promise<void> }>(
  fake: { start(): Promise<unknown>; stop(): Promise<unknown> },
  start: (dataDir: string, knowledgeDir: string) => Promise<Bot>,
): { bot: Bot; readonly knowledgeDir: string } {
  const running = {} as { bot: Bot; knowledgeDir: string };
  beforeAll(async () => {
    await fake.start();
    const { dataDir, knowledgeDir } = freshDirs();
    running.knowledgeDir = knowledgeDir;
    running.bot = await start(dataDir, knowledgeDir);
  });
  afterAll(async () => {
    await running.bot.stop();
    await fake.stop();
  });
  return running;
}

/** A question log that keeps what it is given, for assertions. */
export function memoryQuestionLog(): QuestionLog & { questions: QuestionRecord[]; feedback: FeedbackEntry[] } {
  const questions: QuestionRecord[] = [];
  const feedback: FeedbackEntry[] = [];
  return {
    questions,
    feedback,
    recordQuestion: (q) => void questions.push(q),
    recordFeedback: (f) => void feedback.push(f),
    close: () => undefined,
  };
}

/** An Asker over `engine` with roomy limits, as adapters get it. */
export function testAsker(
  engine: AnswerEngine,
  log: QuestionLog = memoryQuestionLog(),
  logger: Logger = silentLogger,
): Asker {
  return new Asker(engine, log, logger, { perUserPerMinute: 1000, maxConcurrent: 8, maxQueued: 1000 });
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

/**
 * What an adapter needs, asking through whichever engine `current()` gives at the time (a test swaps
 * in one that fails), with the words of `profile`.
 */
export function switchingDeps(
  current: () => AnswerEngine,
  options: { profile?: Profile; questionLog?: QuestionLog; logger?: Logger } = {},
): AdapterDeps {
  const engine: AnswerEngine = {
    answer: (q) => current().answer(q),
    fit: (d, conversationId) => current().fit!(d, conversationId),
    ...(options.profile ? { profile: options.profile } : {}),
  };
  const logger = options.logger ?? silentLogger;
  return { asker: testAsker(engine, options.questionLog, logger), logger };
}
