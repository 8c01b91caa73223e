import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { createAnswerEngine, type AnswerEngine } from "../answer/answer-engine.js";
import type { LlmSetup } from "../answer/llm-answer.js";
import { ConversationStore } from "../conversation/conversation-store.js";
import { createOpenAIChatModel } from "../llm/chat-model.js";
import { loadPrompts } from "../llm/prompt-files.js";
import type { Config } from "../config/config.js";
import type { CachedEmbedder } from "../embeddings/cached-embedder.js";
import type { Embedder } from "../embeddings/embedder.js";
import { makeEmbedder } from "../embeddings/make-embedder.js";
import { indexPaths } from "../index/index-files.js";
import { preloadIndex } from "../index/keyword-preload.js";
import { openSearchIndex, type IndexReport, type SearchIndex } from "../index/search-index.js";
import { loadKnowledge, type KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { Logger } from "../logging/logger.js";
import { Asker } from "../service/asker.js";
import { KnowledgeReloader, SwappableEngine } from "./knowledge-reloader.js";
import { noQuestionLog, openQuestionLog, type QuestionLog } from "../storage/question-log.js";
import { Forwards, type ForwardsOptions } from "../service/forwards.js";

/**
 * "Ask the candidate" over bot.db, when an owner id is set for some platform; off (with the reason
 * logged) when the database cannot be opened.
 */
async function openForwards(config: Config, file: string, options: ForwardsOptions): Promise<Forwards | undefined> {
  if (!config.OWNER_SLACK_USER_ID && !config.OWNER_DISCORD_USER_ID) return undefined;
  try {
    // Imported here: SQLite is loaded only by the bots that forward questions (~30 ms of every start).
    const { ForwardStore } = await import("../storage/forward-store.js");
    return new Forwards(new ForwardStore(file), options);
  } catch (error) {
    options.logger.error({ err: error, file }, "Ask the candidate is off: bot.db cannot be opened");
    return undefined;
  }
}

/** Which embedder and which kind of answers are in use, for banners and logs. */
function modeLabelOf(config: Config, fluent: boolean): string {
  const embeddings =
    config.EMBEDDINGS_PROVIDER === "openai"
      ? `OpenAI embeddings (${config.OPENAI_EMBEDDINGS_MODEL})`
      : "bundled embedding model (offline)";
  const answers = fluent
    ? `fluent answers by ${config.OPENAI_MODEL}, citations checked`
    : "extractive answers quoting the CV";
  return `${fluent ? "OpenAI" : "offline"}: ${embeddings}, ${answers}`;
}

/** Everything an adapter needs, built once at start-up. */
export interface Core {
  config: Config;
  logger: Logger;
  kb: KnowledgeBase;
  index: SearchIndex;
  engine: AnswerEngine;
  indexReport: IndexReport;
  /** The door adapters ask through: rate limits, the waiting line, the question log. */
  asker: Asker;
  questionLog: QuestionLog;
  /** "Ask the candidate" (bot.db's forwards), when OWNER_SLACK_USER_ID or OWNER_DISCORD_USER_ID is set. */
  forwards?: Forwards;
  /** Stops taking questions, lets those in flight finish, closes the database. */
  close(): Promise<void>;
  /** Says which embedder and which kind of answers are in use, for banners and logs. */
  modeLabel: string;
  /**
   * Settles once the embedding model is loaded (or failed to load), and the engine's tables are built
   * (see `AnswerEngine.warmUp`, unless `warmUp: false`): for benches and tests.
   */
  modelReady: Promise<void>;
  /** Rebuilds on knowledge edits (when started with `watch`); `kb`, `index` and `engine` follow. */
  reloader: KnowledgeReloader<{ kb: KnowledgeBase; index: SearchIndex }>;
}

/** What the knowledge reloader swaps in: the knowledge and its index, built together. */
type Loaded = { kb: KnowledgeBase; index: SearchIndex };

type Warmable = Required<Pick<Embedder, "warmUp">>;

/**
 * The embedding model's loading in its worker, started once: the bot is ready without waiting for it,
 * and the first question that needs it waits in the worker's line (a second or so, once per start).
 * With an index to open, it starts once the bot is ready (not competing with the start-up for the
 * CPU); with none, at once: the build needs it.
 */
function modelWarmer(
  embedder: Warmable,
  logger: Logger,
  enabled: boolean,
): { start(): Promise<void>; closing: boolean } {
  let warming: Promise<void> | undefined;
  const model = {
    closing: false,
    start: () =>
      (warming ??= (enabled ? embedder.warmUp() : Promise.resolve()).catch((error: unknown) => {
        if (!model.closing)
          logger.warn({ err: error }, "the embedding model did not load; answers fall back to keywords");
      })),
  };
  return model;
}

/** Loads the knowledge, opens (or rebuilds) the index and builds the answer engine. */
export async function createCore(
  config: Config,
  logger: Logger,
  /**
   * `warmUp: false` loads the model only when a question needs it (one-shot commands); `now`, the day
   * durations are counted to ("since May 2021": how long so far), today unless a test pins it.
   */
  options: { forceReindex?: boolean; watch?: boolean; warmUp?: boolean; now?: () => Date } = {},
): Promise<Core> {
  const knowledgeDir = resolve(config.KNOWLEDGE_DIR);
  const dataDir = resolve(config.DATA_DIR);
  const lastGoodDir = resolve(dataDir, "last-good");
  // A large index's manifest and keyword index are read in a worker while the knowledge loads.
  const preloaded = options.forceReindex ? undefined : preloadIndex(dataDir).catch(() => null);
  const kb = await loadStartingKnowledge(config, logger, knowledgeDir, lastGoodDir);
  const { embedder, index, report, warmer } = await openIndex(config, logger, kb, { ...options, preloaded });
  const llm = config.ANSWER_MODE === "llm" ? await chatSetup(config, logger, kb) : undefined;
  const conversations = new ConversationStore(config.HISTORY_TURNS);
  const makeEngine = engineMaker(config, logger, conversations, llm, options.now);
  const engine = new SwappableEngine(makeEngine(kb, index));
  const questionLog = questionLogOf(config, dataDir, logger, options.warmUp === false);
  const asker = askerOf(config, engine, questionLog, logger);
  const reloader = knowledgeReloader({ knowledgeDir, lastGoodDir, dataDir }, logger, embedder, {
    served: () => core.kb.files,
    apply: (next) => {
      core.kb = next.kb;
      core.index = next.index;
      engine.swap(makeEngine(next.kb, next.index));
      if (options.warmUp !== false) void warmTables(engine, logger);
    },
  });
  if (options.watch) await reloader.start();
  const forwards = await openForwards(config, resolve(dataDir, "bot.db"), {
    knowledgeDir,
    reload: () => reloader.reloadNow(),
    logger,
  });
  const close = async () => {
    warmer.closing = true;
    await closeInOrder(reloader, asker, questionLog, forwards, embedder);
  };
  const modeLabel = modeLabelOf(config, llm !== undefined);
  const modelReady = readiness(warmer, options.warmUp === false ? undefined : engine, logger);
  const core: Core = {
    config,
    logger,
    kb,
    index,
    engine,
    indexReport: report,
    modeLabel,
    asker,
    questionLog,
    forwards,
    close,
    reloader,
    modelReady,
  };
  return core;
}

/** The Asker adapters ask through, with the configured limits. */
function askerOf(config: Config, engine: SwappableEngine, questionLog: QuestionLog, logger: Logger): Asker {
  return new Asker(engine, questionLog, logger, {
    perUserPerMinute: config.RATE_LIMIT_PER_MINUTE,
    maxConcurrent: config.MAX_CONCURRENT_ANSWERS,
    maxQueued: config.MAX_QUEUED_QUESTIONS,
  });
}

/**
 * Settles once the model is loaded and the `engine`'s tables are built (none for one-shot commands): on the
 * main thread, while the worker loads the model.
 */
function readiness(warmer: { start(): Promise<void> }, engine: SwappableEngine | undefined, logger: Logger) {
  if (!engine) return warmer.start();
  return Promise.all([warmer.start(), warmTables(engine, logger)]).then(() => undefined);
}

/**
 * The engine's tables built ahead of questions (see `AnswerEngine.warmUp`), from the next turn of the event
 * loop: not before the start is done (the country names alone take ~30 ms). A failure only costs speed.
 */
async function warmTables(engine: SwappableEngine, logger: Logger): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await engine
    .warmUp()
    .catch((error: unknown) => logger.warn({ err: error }, "the engine's tables were not built ahead"));
}

/** The question log, if kept; one-shot commands leave their rows for bot.db's next opener (PendingQuestionLog). */
function questionLogOf(config: Config, dataDir: string, logger: Logger, oneShot: boolean): QuestionLog {
  return config.LOG_QUESTIONS ? openQuestionLog(dataDir, logger, { oneShot }) : noQuestionLog;
}

/** The knowledge at start: a start with no passage to answer from fails, saying why. */
async function loadStartingKnowledge(
  config: Config,
  logger: Logger,
  knowledgeDir: string,
  lastGoodDir: string,
): Promise<KnowledgeBase> {
  const kb = await loadKnowledge(knowledgeDir, logger, { lastGoodDir });
  if (kb.chunks.length === 0) {
    const why = kb.errors.map((e) => e.message).join("; ") || "no markdown files";
    throw new Error(`No passages to answer from in ${config.KNOWLEDGE_DIR}: ${why}`);
  }
  return kb;
}

/** Builds an engine for a knowledge base and its index; every engine shares the conversations. */
function engineMaker(
  config: Config,
  logger: Logger,
  conversations: ConversationStore,
  llm: LlmSetup | undefined,
  now: (() => Date) | undefined,
): (k: KnowledgeBase, i: SearchIndex) => AnswerEngine {
  return (k, i) =>
    createAnswerEngine({
      index: i,
      profile: k.profile,
      logger,
      maxQuestionChars: config.MAX_QUESTION_CHARS,
      conversations,
      ...(now ? { now } : {}),
      llm: llm && { ...llm, profile: k.profile },
    });
}

/** Stops taking questions, lets those in flight finish, then closes the log, bot.db and the embedder. */
async function closeInOrder(
  reloader: KnowledgeReloader<Loaded>,
  asker: Asker,
  questionLog: QuestionLog,
  forwards: Forwards | undefined,
  embedder: CachedEmbedder,
): Promise<void> {
  await reloader.stop();
  asker.stopAccepting();
  await asker.drain();
  await questionLog.close();
  forwards?.close();
  await embedder.close?.();
}

/**
 * The embedder and the index opened with it, and the model's loading (see `modelWarmer`); the index of a
 * large knowledge base may come `preloaded` by a worker.
 */
async function openIndex(
  config: Config,
  logger: Logger,
  kb: KnowledgeBase,
  options: { forceReindex?: boolean; warmUp?: boolean; preloaded?: ReturnType<typeof preloadIndex> | undefined },
): Promise<{
  embedder: CachedEmbedder;
  index: SearchIndex;
  report: IndexReport;
  warmer: { start(): Promise<void>; closing: boolean };
}> {
  const dataDir = resolve(config.DATA_DIR);
  const embedder = await makeEmbedder(config, logger);
  const warmer = modelWarmer(embedder, logger, options.warmUp !== false);
  if (options.forceReindex || !existsSync(indexPaths(dataDir).manifest)) warmer.start();
  const { index, report } = await openSearchIndex({
    kb,
    embedder,
    dataDir,
    logger,
    force: options.forceReindex,
    preloaded: options.preloaded,
    // One-shot commands: the graph is read if a question is embedded, not before.
    vectorsWhenSearched: options.warmUp === false,
  }).catch(async (error: unknown) => {
    // The worker would keep a failed start waiting for the model to load.
    warmer.closing = true;
    await embedder.close?.();
    throw config.EMBEDDINGS_PROVIDER === "openai" ? embeddingsServiceError(config, error) : error;
  });
  return { embedder, index, report, warmer };
}

/**
 * "500 Internal Server Error", "Request timed out.": said of the embeddings service the index is built
 * with, and of what to check (a question's embeddings fall back to keywords; an index can't be built so).
 */
function embeddingsServiceError(config: Config, error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  const where = config.OPENAI_BASE_URL ? `at OPENAI_BASE_URL (${new URL(config.OPENAI_BASE_URL).host})` : "(OpenAI)";
  return new Error(
    `could not build the index: the embeddings service ${where} failed: ${reason}. Check OPENAI_BASE_URL and ` +
      "OPENAI_API_KEY, or set EMBEDDINGS_PROVIDER=local to build it offline.",
    { cause: error },
  );
}

/** The chat model and prompts for fluent answers (ANSWER_MODE=llm). */
async function chatSetup(config: Config, logger: Logger, kb: KnowledgeBase): Promise<LlmSetup> {
  const model = await createOpenAIChatModel({
    apiKey: config.OPENAI_API_KEY!,
    model: config.OPENAI_MODEL,
    baseURL: config.OPENAI_BASE_URL,
    temperature: config.OPENAI_TEMPERATURE,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    retry: { maxRetries: config.OPENAI_MAX_RETRIES, baseDelayMs: 500, maxDelayMs: 10_000 },
    logger,
  });
  return {
    model,
    prompts: await loadPrompts(resolve(config.PROMPTS_DIR)),
    profile: kb.profile,
    rest: { ms: config.OPENAI_REST_MS, until: 0 },
  };
}

/** Rebuilds the knowledge and its index on edits, unless a file that served answers can't be read now. */
function knowledgeReloader(
  dirs: { knowledgeDir: string; lastGoodDir: string; dataDir: string },
  logger: Logger,
  embedder: CachedEmbedder,
  core: { served: () => string[]; apply: (next: Loaded) => void },
): KnowledgeReloader<Loaded> {
  const { knowledgeDir, lastGoodDir, dataDir } = dirs;
  return new KnowledgeReloader<Loaded>({
    knowledgeDir,
    dataDir,
    logger,
    rebuild: async () => {
      const next = await loadKnowledge(knowledgeDir, logger, { lastGoodDir });
      // A file that served answers and can't be read now would take its passages out: keep the last good
      // index. A file that never loaded (notes without headings) blocks nothing.
      const served = core.served();
      const broken = next.errors.filter((e) => served.includes(e.file));
      if (broken.length > 0 || next.chunks.length === 0)
        return { ok: false, error: broken.map((e) => e.message).join("; ") || "no passages left" };
      const { index: nextIndex } = await openSearchIndex({ kb: next, embedder, dataDir, logger });
      return { ok: true, value: { kb: next, index: nextIndex }, notes: [] };
    },
    apply: core.apply,
  });
}
