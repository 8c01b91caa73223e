import type { Client } from "discord.js";
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { DiscordOptions } from "../../src/adapters/discord/discord-context.js";
import type { AnswerEngine } from "../../src/answer/answer-engine.js";
import type { Core } from "../../src/core/create-core.js";
import type { Logger } from "../../src/logging/logger.js";
import type { QuestionLog } from "../../src/storage/question-log.js";
import { type FakeDiscord, startTestBot } from "../fakes/discord-fake.js";
import { createTestCore, switchingDeps } from "./test-core.js";

/** The bot a Discord test file drives, once `discordBotPerFile`'s hook has started it. */
export interface DiscordTestBot {
  core: Core;
  client: Client;
  /** What the bot answers with: the core's engine, put back before each test; a test may swap in another. */
  engine: AnswerEngine;
}

/**
 * The real core and a real discord.js client against `fake`, for the file's tests: started before them,
 * destroyed after; `fake` is reset and the engine put back before each test. `warm` loads the model and
 * answers one question first, as in a bot that has been up a moment (the first answer takes ~0.4 s on a
 * slow machine: lazy loads and a cold JIT). `withProfile` gives the adapter the CV's profile.yml words.
 */
export function discordBotPerFile(
  fake: FakeDiscord,
  options: {
    logger: Logger;
    questionLog: QuestionLog;
    client: Partial<DiscordOptions>;
    warm?: boolean;
    withProfile?: boolean;
  },
): DiscordTestBot {
  const bot = {} as DiscordTestBot;
  beforeAll(async () => {
    bot.core = await createTestCore();
    if (options.warm) {
      await bot.core.modelReady;
      await bot.core.engine.answer({ text: "Has he done PII encryption?" });
    }
    bot.engine = bot.core.engine;
    await fake.start();
    const { logger, questionLog } = options;
    const profile = options.withProfile ? { profile: bot.core.kb.profile } : {};
    const deps = switchingDeps(() => bot.engine, { ...profile, questionLog, logger });
    bot.client = await startTestBot(fake, deps, options.client);
  });
  afterAll(async () => {
    await bot.client.destroy();
    await fake.stop();
  });
  beforeEach(() => {
    fake.reset();
    bot.engine = bot.core.engine;
  });
  return bot;
}
