import type { Client } from "discord.js";
import { beforeEach, describe, expect, it } from "vitest";
import { createDiscordClient, startDiscordClient } from "../../src/adapters/discord/discord-client.js";
import { DiscordStartError, destroyWithin } from "../../src/adapters/discord/discord-start.js";
import { CHANNEL_ID, DISCORD_APP_ID, DISCORD_BOT_ID, FakeDiscord, GUILD_ID } from "../fakes/discord-fake.js";
import { discordBotPerFile } from "../helpers/discord-bot.js";
import { capturingLogger, memoryQuestionLog, testAsker } from "../helpers/test-core.js";
import { waitFor } from "../helpers/wait-for.js";

const fake = new FakeDiscord();
const log = capturingLogger();
// One retry, as discord.js does by default (3): enough to resend a create Discord already made.
const running = discordBotPerFile(fake, {
  logger: log.logger,
  questionLog: memoryQuestionLog(),
  client: { restRetries: 1, restTimeoutMs: 1_000 },
});

let seenBefore = 0;
/** The bot's messages made during this test holding `text` (what people in the channel see). */
const botMessagesWith = (text: string) =>
  [...fake.messages.values()]
    .slice(seenBefore)
    .filter((m) => (m.author as { id: string }).id === DISCORD_BOT_ID && JSON.stringify(m).includes(text));
const logged = (text: string) => log.lines().filter((l) => l.includes(text));

beforeEach(() => {
  log.lines().length = 0;
  seenBefore = fake.messages.size;
});

describe("Discord delivery, exactly once", () => {
  it("sends a reply once when Discord made it, answered 502, and the client retried", async () => {
    fake.failAfterCreatingWith = 502;
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he used Airflow?` });
    await waitFor(() => logged("answer delivered").length > 0, 10_000, "the answer delivered");
    const posts = fake.postedMessages();
    expect(posts).toHaveLength(2);
    expect(posts[0]!.body.nonce).toBeDefined();
    expect(posts[1]!.body.nonce).toBe(posts[0]!.body.nonce);
    expect(posts[0]!.body.enforce_nonce).toBe(true);
    expect(botMessagesWith("Airflow")).toHaveLength(1);
  });

  it("gives each answer its own nonce, so two answers are two messages", async () => {
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he used Spark?` });
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he used Spark?` });
    await waitFor(
      () => fake.postedMessages().length === 2 && logged("answer delivered").length === 2,
      10_000,
      "two answers",
    );
    expect(fake.postedMessages()[0]!.body.nonce).not.toBe(fake.postedMessages()[1]!.body.nonce);
  });

  it("answers in the channel when Discord refuses the reply (the question was deleted)", async () => {
    fake.refuseRepliesWith = 400;
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he used Docker?` });
    await waitFor(
      () => logged("answer delivered").some((l) => l.includes('"via":"channel"')),
      10_000,
      "delivered in the channel",
    );
    const [refused, sent] = fake.postedMessages();
    expect(refused!.body.message_reference).toBeDefined();
    expect(sent!.body.message_reference).toBeUndefined();
    expect(sent!.body.nonce).toBe(refused!.body.nonce);
    expect(botMessagesWith("Docker")).toHaveLength(1);
  });

  it("answers /ask with a private follow-up when editing the deferred reply fails", async () => {
    fake.failEditsWith = 404;
    const { token } = fake.sendAskCommand("Does he know Airflow?");
    const followUp = await waitFor(
      () => fake.calls.find((c) => c.method === "POST" && c.path === `/api/v10/webhooks/${DISCORD_APP_ID}/${token}`),
      10_000,
      "follow-up",
    );
    expect(JSON.stringify(followUp.body.embeds)).toContain("Airflow");
    expect(followUp.body.flags).toBe(64);
    expect(followUp.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    await waitFor(
      () => logged("answer delivered").some((l) => l.includes('"via":"followUp"')),
      10_000,
      "delivered as a follow-up",
    );
    // The interaction token never reaches the log, though the failed edit's URL carried it.
    expect(log.lines().join("\n")).not.toContain(token);
    expect(logged("could not edit the interaction reply")).toHaveLength(1);
  });

  it("posts a public /ask answer in the channel when both edit and follow-up fail; a private one never", async () => {
    fake.failEditsWith = 404;
    fake.failFollowUpsWith = 404;
    fake.sendAskCommand("Does he know Terraform?", true);
    const inChannel = await waitFor(() => fake.postedMessages()[0], 10_000, "channel message");
    expect(inChannel.path).toBe(`/api/v10/channels/${CHANNEL_ID}/messages`);
    expect(inChannel.body.enforce_nonce).toBe(true);

    fake.reset();
    log.lines().length = 0;
    fake.failEditsWith = 404;
    fake.failFollowUpsWith = 404;
    const { token } = fake.sendAskCommand("Does he know Terraform?");
    const failure = await waitFor(() => logged("answer not delivered")[0], 10_000, "not delivered");
    expect(JSON.parse(failure)).toMatchObject({ delivered: false, reference: expect.stringMatching(/^[0-9A-F]{8}$/) });
    expect(fake.postedMessages()).toHaveLength(0);
    expect(log.lines().join("\n")).not.toContain(token);
  });

  it("gives up on a hung Discord (REST time-out), says so in the log, and keeps serving", async () => {
    fake.hangMessages = true;
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he used Kafka?` });
    const failure = await waitFor(() => logged("answer not delivered")[0], 10_000, "the time-out");
    expect(failure).toMatch(/abort/i);
    fake.hangMessages = false;
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he used Snowflake?` });
    await waitFor(() => botMessagesWith("Snowflake").length > 0, 10_000, "next answer");
  });
});

describe("no gateway payload takes the bot down", () => {
  it("drops malformed dispatches with a reference in the log, and answers the next question", async () => {
    const malformed: [string, unknown][] = [
      ["MESSAGE_CREATE", null],
      ["MESSAGE_CREATE", { id: "2", channel_id: CHANNEL_ID, guild_id: GUILD_ID, author: null, content: "x" }],
      ["INTERACTION_CREATE", null],
      ["INTERACTION_CREATE", { id: "3", type: 2 }],
      ["INTERACTION_CREATE", { id: "4", type: 2, data: null, channel_id: CHANNEL_ID, guild_id: GUILD_ID }],
      ["GUILD_CREATE", null],
      ["MESSAGE_DELETE", null],
      ["CHANNEL_CREATE", []],
    ];
    for (const [t, d] of malformed) fake.dispatch(t, d as Record<string, unknown>);
    await waitFor(
      () => logged("malformed gateway payload").length + logged("could not be handled").length >= malformed.length,
      10_000,
      "every payload logged",
    );
    for (const line of [...logged("malformed gateway payload"), ...logged("could not be handled")])
      expect(JSON.parse(line).reference).toMatch(/^[0-9A-F]{8}$/);
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he done PII encryption?` });
    await waitFor(() => botMessagesWith("encryption").length > 0, 10_000, "the answer after them");
  });
});

describe("start and stop", () => {
  /** A client of `gateway` logging in with `token`, answering through the core. */
  const clientOf = (gateway: FakeDiscord, token: string) =>
    createDiscordClient(
      { asker: testAsker({ answer: (q) => running.core.engine.answer(q) }), logger: log.logger },
      { token, apiUrl: gateway.apiUrl, allowedChannels: [], restRetries: 0 },
    );
  /** What the client's start failed with, or null when it started. */
  const startFailure = (bot: Client, token: string) =>
    startDiscordClient(bot, token).then(
      () => null,
      (error: unknown) => error,
    );

  it("refuses a bad token with one line naming DISCORD_TOKEN", async () => {
    const strict = await new FakeDiscord().start();
    strict.validToken = "the-right-token";
    const failure = await startFailure(clientOf(strict, "wrong"), "wrong");
    expect(failure).toBeInstanceOf(DiscordStartError);
    expect((failure as DiscordStartError).userMessage).toMatch(/^Discord refused DISCORD_TOKEN/);
    expect((failure as DiscordStartError).userMessage).not.toContain("\n");
    await strict.stop();
  });

  it.each([
    [4004, /^Discord refused DISCORD_TOKEN/],
    [4014, /Message Content Intent/],
  ])("turns the gateway closing with %i at log-in into one friendly line, and stops trying", async (code, expected) => {
    const strict = await new FakeDiscord().start();
    strict.closeIdentifyWith = code;
    const failure = await startFailure(clientOf(strict, "t"), "t");
    expect(failure).toBeInstanceOf(DiscordStartError);
    expect((failure as DiscordStartError).userMessage).toMatch(expected);
    const identifies = strict.calls.length;
    await new Promise((r) => setTimeout(r, 500));
    expect(strict.calls.length).toBe(identifies);
    await strict.stop();
  });

  it("stops within its bound when the gateway has gone away", async () => {
    const other = await new FakeDiscord().start();
    const bot = clientOf(other, "t");
    await startDiscordClient(bot, "t");
    other.dropGateway();
    await destroyWithin(bot, 2_000);
    expect(bot.isReady()).toBe(false);
    await other.stop();
  });
});
