import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createSlackApp, startSlackApp, stopSlackApp } from "../../../src/adapters/slack/slack-app.js";
import {
  buttonClick,
  eventCallback,
  FakeSlack,
  type FakeMessage,
  slackOptionsFor,
  slackSignature,
  slashCommand,
} from "../../fakes/slack-fake.js";
import { botPerFile, capturingLogger, createWatchingCore, freshDirs } from "../../helpers/test-core.js";
import { freePort, waitFor } from "../../helpers/wait-for.js";
import { startSlackFixture } from "../slack-fixture.js";

const SECRET = "forward-secret";
const OWNER = "UOWNER";
const OWNER_DM = "DOWNER";
const log = capturingLogger();
const fake = new FakeSlack();
type Button = { action_id: string; value: string; text: { text: string } };
type Block = { type: string; text?: { text: string }; elements?: (Button & { text: unknown })[] };

/** The bot as `npm start` runs it (real core over a knowledge folder it may edit, real Bolt), owner set. */
async function startBot(dataDir: string, knowledgeDir: string) {
  const core = await createWatchingCore(dataDir, knowledgeDir, { OWNER_SLACK_USER_ID: OWNER }, log.logger);
  const port = await freePort();
  const options = slackOptionsFor(fake, port, SECRET, { ownerUserId: OWNER });
  const app = createSlackApp({ asker: core.asker, logger: log.logger, forwards: core.forwards }, options);
  await startSlackApp(app, options);
  const post = (body: string, type: string) =>
    fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: "POST",
      body,
      headers: { "content-type": type, ...slackSignature(SECRET, body) },
    });
  return {
    core,
    event: (event: Record<string, unknown>) => post(JSON.stringify(eventCallback(event)), "application/json"),
    form: (body: string) => post(body, "application/x-www-form-urlencoded"),
    async stop() {
      await stopSlackApp(app);
      await core.close();
    },
  };
}
type Bot = Awaited<ReturnType<typeof startBot>>;
const running = botPerFile(fake, startBot);

let tsCounter = 1_800_000_000;
const nextTs = () => `${++tsCounter}.000200`;
const buttonsOf = (blocks: unknown): Button[] =>
  ((blocks ?? []) as Block[]).flatMap((b) => (b.type === "actions" ? (b.elements ?? []) : []));
const textOf = (m: FakeMessage) => JSON.stringify(m.blocks ?? []) + m.text;

/** A recruiter's mention in #recruiting; resolves with the bot's answer in the thread (placeholder replaced). */
async function mention(bot: Bot, user: string, text: string): Promise<{ thread: string; answer: FakeMessage }> {
  const thread = nextTs();
  await bot.event({ type: "app_mention", channel: "C1", user, text: `<@UBOT> ${text}`, ts: thread });
  const answer = await waitFor(
    () => fake.visible("C1", thread).find((m) => (m.blocks ?? []).length > 0),
    20_000,
    "answer",
  );
  return { thread, answer };
}

/** Clicks "Ask the candidate" under `blocks`; resolves with what the asker was told. */
async function clickAsk(bot: Bot, blocks: unknown, user: string, channel = { id: "C1", name: "recruiting" }) {
  const button = buttonsOf(blocks).find((b) => b.action_id === "ask_owner");
  expect(button, "an Ask the candidate button").toBeDefined();
  const url = `/respond/${nextTs()}`;
  await bot.form(
    buttonClick({ actionId: "ask_owner", value: button!.value, response_url: fake.url + url, user, channel }),
  );
  const told = await waitFor(() => fake.responses.find((r) => r.path === url), 10_000, "the asker told");
  return String(told.body.text);
}

/** The owner's answer as the bot posts it in the recruiter's thread in #recruiting ("in the candidate's own words"). */
const ownerAnswerIn = (thread: string) =>
  waitFor(() => fake.visible("C1", thread).find((m) => m.text.includes("own words")), 10_000, "the owner's answer");

/** The owner's DM messages from the bot, top level (one per forwarded question). */
const ownerInbox = () => fake.visible(OWNER_DM).filter((m) => !m.thread_ts);

/** The owner (or `user`) replies in the thread of the bot's DM message. */
const replyInDm = (bot: Bot, ownerTs: string, text: string, user = OWNER) =>
  bot.event({ type: "message", channel: OWNER_DM, channel_type: "im", user, text, ts: nextTs(), thread_ts: ownerTs });

describe("Ask the candidate, Slack (real Bolt against the fake)", () => {
  it(
    "forwards an unanswered question on click, posts the owner's reply in the recruiter's thread once, " +
      "and saves it as FAQ for the next recruiter",
    async () => {
      const { thread, answer } = await mention(running.bot, "URECRUIT1", "Does he know Rust?");
      expect(answer.text).toContain("doesn't mention");
      expect(ownerInbox()).toHaveLength(0); // nothing forwarded without the click
      expect(buttonsOf(answer.blocks).find((b) => b.action_id === "ask_owner")!.text.text).toBe("Ask the candidate");

      expect(await clickAsk(running.bot, answer.blocks, "URECRUIT1")).toContain("Sent to the candidate");
      expect(fake.callsTo("conversations.open").at(-1)!.body.users).toBe(OWNER);
      const [dm] = ownerInbox();
      expect(textOf(dm!)).toContain("Does he know Rust?");
      expect(textOf(dm!)).toContain("From recruiter, in #recruiting (fake)");
      // A second click forwards nothing more.
      expect(await clickAsk(running.bot, answer.blocks, "URECRUIT1")).toContain("already sent");
      expect(ownerInbox()).toHaveLength(1);

      await replyInDm(running.bot, dm!.ts, "Yes, I have written Rust for side projects since 2022. <@U999> <!channel>");
      const back = await ownerAnswerIn(thread);
      expect(textOf(back)).toContain("Yes, I have written Rust for side projects since 2022.");
      expect(back.text).not.toMatch(/<[@!]/); // nobody pinged
      expect(textOf(back)).toMatch(new RegExp(String(new Date().getUTCFullYear())));
      // The owner replying again (or Slack re-sending) posts nothing more.
      await replyInDm(running.bot, dm!.ts, "Also some embedded Rust.");
      const savePrompt = await waitFor(
        () => fake.visible(OWNER_DM, dm!.ts).find((m) => buttonsOf(m.blocks).some((b) => b.action_id === "save_faq")),
        10_000,
        "Save as FAQ",
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(fake.visible("C1", thread).filter((m) => m.text.includes("own words"))).toHaveLength(1);

      const save = buttonsOf(savePrompt.blocks).find((b) => b.action_id === "save_faq")!;
      const url = `/respond/${nextTs()}`;
      await running.bot.form(
        buttonClick({
          actionId: "save_faq",
          value: save.value,
          response_url: fake.url + url,
          user: OWNER,
          channel: { id: OWNER_DM, name: "directmessage" },
        }),
      );
      const saved = await waitFor(() => fake.responses.find((r) => r.path === url), 30_000, "saved");
      expect(String(saved.body.text)).toContain("Saved to the FAQ");
      expect(readFileSync(join(running.knowledgeDir, "faq.md"), "utf8")).toContain(
        "### Does he know Rust?\nYes, I have written Rust for side projects since 2022.",
      );

      const second = await mention(running.bot, "URECRUIT2", "Has he worked with Rust?");
      expect(second.answer.text).toContain("Yes");
      expect(textOf(second.answer)).toContain("FAQ › Does he know Rust?");
    },
  );

  it(
    "a reply in the forward's thread from anyone but the owner is ignored; " +
      "the owner's other DMs are answered as questions",
    async () => {
      const { thread, answer } = await mention(running.bot, "URECRUIT3", "Does he know Haskell?");
      await clickAsk(running.bot, answer.blocks, "URECRUIT3");
      const dm = ownerInbox().find((m) => textOf(m).includes("Haskell"))!;
      await replyInDm(running.bot, dm.ts, "Yes, a lot of Haskell.", "UINTRUDER");
      // The owner's own DM, not in the forward's thread: an ordinary question, answered from the profile.
      await running.bot.event({
        type: "message",
        channel: OWNER_DM,
        channel_type: "im",
        user: OWNER,
        text: "Has he done PII encryption?",
        ts: nextTs(),
      });
      await waitFor(
        () => fake.visible(OWNER_DM).find((m) => m.text.includes("Decathlon")),
        10_000,
        "the owner's question answered",
      );
      expect(fake.visible("C1", thread).some((m) => m.text.includes("own words"))).toBe(false);
      expect(fake.visible(OWNER_DM, dm.ts)).toHaveLength(0);
      // The owner's reply still goes through afterwards.
      await replyInDm(running.bot, dm.ts, "No Haskell, sorry.");
      const back = await ownerAnswerIn(thread);
      expect(back.text).toContain("No Haskell, sorry.");
    },
  );

  it("an owner who can't be sent a DM: the asker is told the question couldn't be delivered", async () => {
    const { answer } = await mention(running.bot, "URECRUIT4", "Does he know Elixir?");
    fake.fail("conversations.open", { error: "user_disabled" });
    const told = await clickAsk(running.bot, answer.blocks, "URECRUIT4");
    expect(told).toContain("couldn't be delivered");
    expect(ownerInbox().some((m) => textOf(m).includes("Elixir"))).toBe(false);
    expect(await clickAsk(running.bot, answer.blocks, "URECRUIT4")).toContain("couldn't be delivered");
  });

  it("forwards are rate-limited per asker: the sixth within an hour is refused, another asker is not", async () => {
    const techs = ["COBOL", "Fortran", "OCaml", "Erlang", "Prolog", "Smalltalk"];
    const told: string[] = [];
    for (const tech of techs) {
      const { answer } = await mention(running.bot, "URECRUIT5", `Does he know ${tech}?`);
      told.push(await clickAsk(running.bot, answer.blocks, "URECRUIT5"));
    }
    expect(told.slice(0, 5).every((t) => t.includes("Sent to the candidate"))).toBe(true);
    expect(told[5]).toMatch(/several questions to the candidate in the last hour\. Please try again in \d+ min/);
    expect(ownerInbox().some((m) => textOf(m).includes("Smalltalk"))).toBe(false);
    const other = await mention(running.bot, "URECRUIT6", "Does he know Smalltalk?");
    expect(await clickAsk(running.bot, other.answer.blocks, "URECRUIT6")).toContain("Sent to the candidate");
  });

  it("a question asked by DM: the candidate's answer comes back in that DM", async () => {
    const channel = "DRECRUIT10";
    const ts = nextTs();
    await running.bot.event({
      type: "message",
      channel,
      channel_type: "im",
      user: "URECRUIT10",
      text: "Does he know Zig?",
      ts,
    });
    const answer = await waitFor(
      () => fake.visible(channel).find((m) => (m.blocks ?? []).length > 0),
      20_000,
      "answer",
    );
    const told = await clickAsk(running.bot, answer.blocks, "URECRUIT10", { id: channel, name: "directmessage" });
    expect(told).toContain("Sent to the candidate");
    const dm = ownerInbox().find((m) => textOf(m).includes("Zig"))!;
    expect(textOf(dm)).toContain("in a direct message");
    await replyInDm(running.bot, dm.ts, "Not yet, but I'd like to.");
    const back = await waitFor(() => fake.visible(channel).find((m) => m.text.includes("own words")), 10_000, "answer");
    expect(back.text).toContain("Not yet, but I'd like to.");
  });

  it("the owner's reply also sent to the channel (a thread broadcast) is passed on all the same", async () => {
    const { thread, answer } = await mention(running.bot, "URECRUIT11", "Does he know Elixir?");
    await clickAsk(running.bot, answer.blocks, "URECRUIT11");
    const dm = ownerInbox().find((m) => textOf(m).includes("Elixir"))!;
    await running.bot.event({
      type: "message",
      subtype: "thread_broadcast",
      channel: OWNER_DM,
      channel_type: "im",
      user: OWNER,
      text: "A little, in 2021.",
      ts: nextTs(),
      thread_ts: dm.ts,
    });
    const back = await ownerAnswerIn(thread);
    expect(back.text).toContain("A little, in 2021.");
  });

  it("an answer that can't be posted to the recruiter: the owner is told, and replying again delivers it", async () => {
    const { thread, answer } = await mention(running.bot, "URECRUIT11", "Does he know Dart?");
    await clickAsk(running.bot, answer.blocks, "URECRUIT11");
    const dm = ownerInbox().find((m) => textOf(m).includes("Dart"))!;
    fake.fail("chat.postMessage", { error: "channel_not_found" });
    await replyInDm(running.bot, dm.ts, "A little Dart, with Flutter.");
    const note = await waitFor(
      () => fake.visible(OWNER_DM, dm.ts).find((m) => m.text.includes("could not be posted")),
      10_000,
      "note",
    );
    expect(note.text).toMatch(/reference [A-Z0-9]+/);
    expect(fake.visible("C1", thread).some((m) => m.text.includes("own words"))).toBe(false);
    await replyInDm(running.bot, dm.ts, "A little Dart, with Flutter.");
    const back = await ownerAnswerIn(thread);
    expect(back.text).toContain("A little Dart, with Flutter.");
  });

  it("a French slash command: the button and the replies are in French, and the answer comes back by DM", async () => {
    const url = `/respond/${nextTs()}`;
    await running.bot.form(
      slashCommand({ text: "Est-ce qu'il connaît Kotlin ?", user_id: "URECRUIT7", response_url: fake.url + url }),
    );
    const reply = await waitFor(() => fake.responses.find((r) => r.path === url && r.body.blocks), 20_000, "answer");
    expect(buttonsOf(reply.body.blocks).find((b) => b.action_id === "ask_owner")!.text.text).toBe(
      "Demander au candidat",
    );
    expect(await clickAsk(running.bot, reply.body.blocks, "URECRUIT7")).toContain("Envoyé au candidat");
    const dm = ownerInbox().find((m) => textOf(m).includes("Kotlin"))!;
    await replyInDm(running.bot, dm.ts, "Oui, un peu de Kotlin pour Android.");
    const back = await waitFor(
      () => fake.visible("DRECRUIT7").find((m) => m.text.includes("propres mots")),
      10_000,
      "DM",
    );
    expect(textOf(back)).toContain("Oui, un peu de Kotlin pour Android.");
    expect(fake.callsTo("conversations.open").some((c) => c.body.users === "URECRUIT7")).toBe(true);
  });
});

describe("Ask the candidate across a restart (Slack)", () => {
  let first: Bot | null = null;
  let second: Bot | null = null;
  afterEach(async () => {
    await first?.stop();
    await second?.stop();
  });

  it("the owner's reply after a restart still reaches the recruiter's thread, once, and saves as FAQ", async () => {
    const { dataDir, knowledgeDir: dir } = freshDirs();
    first = await startBot(dataDir, dir);
    const { thread, answer } = await mention(first, "URECRUIT8", "Does he know Julia?");
    expect(await clickAsk(first, answer.blocks, "URECRUIT8")).toContain("Sent to the candidate");
    const dm = ownerInbox().find((m) => textOf(m).includes("Julia"))!;
    await first.stop();
    first = null;

    second = await startBot(dataDir, dir);
    await replyInDm(second, dm.ts, "Yes, Julia for numerical work in 2019.");
    const back = await ownerAnswerIn(thread);
    expect(back.text).toContain("Yes, Julia for numerical work in 2019.");
    const prompt = await waitFor(
      () => fake.visible(OWNER_DM, dm.ts).find((m) => buttonsOf(m.blocks).some((b) => b.action_id === "save_faq")),
      10_000,
      "Save as FAQ",
    );
    const url = `/respond/${nextTs()}`;
    const value = buttonsOf(prompt.blocks).find((b) => b.action_id === "save_faq")!.value;
    await second.form(buttonClick({ actionId: "save_faq", value, response_url: fake.url + url, user: OWNER }));
    expect(
      String((await waitFor(() => fake.responses.find((r) => r.path === url), 30_000, "saved")).body.text),
    ).toContain("Saved");
    const next = await mention(second, "URECRUIT9", "Has he used Julia?");
    expect(textOf(next.answer)).toContain("FAQ › Does he know Julia?");
    expect(fake.visible("C1", thread).filter((m) => m.text.includes("own words"))).toHaveLength(1);
  });
});

describe("without an owner", () => {
  it("an unanswered question gets no Ask the candidate button", async () => {
    const notInProfile = {
      answer: async (q: { text: string }) => ({
        question: q.text,
        answered: false,
        reason: "not_in_profile" as const,
        answer: "The profile doesn't mention it.",
        language: "en" as const,
        mode: "extractive" as const,
        citations: [],
      }),
    };
    const fixture = await startSlackFixture({}, notInProfile);
    try {
      await fixture.postEvent(
        eventCallback({ type: "app_mention", channel: "C1", user: "U1", text: "<@UBOT> Rust?", ts: "5.1" }),
      );
      const answer = await waitFor(
        () => fixture.fake.visible("C1", "5.1").find((m) => (m.blocks ?? []).length > 0),
        10_000,
        "answer",
      );
      expect(answer.text).toContain("doesn't mention");
      expect(buttonsOf(answer.blocks).map((b) => b.action_id)).toEqual(["feedback_up", "feedback_down"]);
    } finally {
      await fixture.stop();
    }
  });
});
