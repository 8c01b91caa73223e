import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "discord.js";
import { describe, expect, it } from "vitest";
import { createDiscordClient, startDiscordClient } from "../../../src/adapters/discord/discord-client.js";
import { CHANNEL_ID, DISCORD_BOT_ID, DM_CHANNEL_ID, FakeDiscord, user } from "../../fakes/discord-fake.js";
import { botPerFile, capturingLogger, createWatchingCore, freshDirs } from "../../helpers/test-core.js";
import { waitFor } from "../../helpers/wait-for.js";

const OWNER = "500000000000000777";
const log = capturingLogger();
const fake = new FakeDiscord();
type Row = { components: { custom_id: string; label?: string }[] };
type Msg = Record<string, unknown> & { id: string; content: string; components?: Row[] };

/** The bot as `npm start` runs it: the real core over a knowledge folder it may edit, real discord.js, owner set. */
async function startBot(dataDir: string, knowledgeDir: string) {
  const core = await createWatchingCore(dataDir, knowledgeDir, { OWNER_DISCORD_USER_ID: OWNER }, log.logger);
  const client: Client = createDiscordClient(
    { asker: core.asker, logger: log.logger, forwards: core.forwards },
    { token: "discord-test-token", apiUrl: fake.apiUrl, allowedChannels: [], restRetries: 0, ownerUserId: OWNER },
  );
  await startDiscordClient(client, "discord-test-token");
  let stopped = false;
  return {
    core,
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
      await core.close();
    },
  };
}

const buttonOf = (m: Msg, prefix: string) =>
  (m.components ?? []).flatMap((r) => r.components).find((c) => c.custom_id.startsWith(prefix));
const botMessages = (channel: string) => fake.postedIn(channel) as Msg[];
const ownerDm = () => fake.dmChannels.get(OWNER) ?? "none";
/** The bot's messages in the owner's DM that are forwarded questions (not replies). */
const ownerInbox = () => botMessages(ownerDm()).filter((m) => !m.message_reference);

/** A recruiter's mention; resolves with the bot's reply to it. */
async function mention(author: string, text: string): Promise<{ asked: string; answer: Msg }> {
  const asked = fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> ${text}`, author: user(author) });
  const answer = await waitFor(
    () => botMessages(CHANNEL_ID).find((m) => (m.message_reference as { message_id?: string })?.message_id === asked),
    20_000,
    "answer",
  );
  return { asked, answer };
}

/** Clicks a button of the bot's message `messageId`; resolves with the private reply the clicker sees. */
async function click(customId: string, messageId: string, userId: string): Promise<string> {
  const { token } = fake.sendButtonClick(customId, messageId, userId);
  const edit = await waitFor(
    () => fake.calls.find((c) => c.method === "PATCH" && c.path.includes(token)),
    30_000,
    "interaction reply",
  );
  const deferred = fake.calls.find((c) => c.path.includes(token) && c.path.endsWith("/callback"));
  expect(deferred?.body).toMatchObject({ data: { flags: 64 } }); // ephemeral: only the clicker sees it
  return String(edit.body.content);
}

const askOwner = (answer: Msg, author: string) => click(buttonOf(answer, "ask_owner")!.custom_id, answer.id, author);

/** The owner (or `author`) replies to the bot's DM message `to`. */
const replyInDm = (to: string, content: string, author = OWNER) =>
  fake.sendMessage({ content, author: user(author), dm: true, channelId: ownerDm(), replyTo: to });

const running = botPerFile(fake, startBot);

describe("Ask the candidate, Discord (real discord.js against the fake)", () => {
  it(
    "forwards an unanswered question on click, replies to the recruiter's message with the owner's answer once, " +
      "and saves it as FAQ for the next recruiter",
    async () => {
      const { asked, answer } = await mention("500000000000000101", "Does he know Rust?");
      expect(buttonOf(answer, "ask_owner")?.label).toBe("Ask the candidate");
      expect(fake.dmChannels.has(OWNER)).toBe(false); // nothing forwarded without the click

      expect(await askOwner(answer, "500000000000000101")).toContain("Sent to the candidate");
      expect(ownerInbox()).toHaveLength(1);
      const dm = ownerInbox()[0]!;
      expect(dm.content).toContain("Does he know Rust?");
      expect(dm.content).toContain("From user101, in #recruiting (Recruiting)");
      expect(await askOwner(answer, "500000000000000101")).toContain("already sent");
      expect(ownerInbox()).toHaveLength(1);

      replyInDm(dm.id, `Yes, I have written Rust for side projects since 2022. <@${OWNER}> @everyone`);
      const isAnswer = (m: Msg) => m.content.includes("own words");
      const back = await waitFor(() => botMessages(CHANNEL_ID).find(isAnswer), 10_000, "answer back");
      expect(back.message_reference).toMatchObject({ message_id: asked });
      expect(back.content).toContain("Yes, I have written Rust for side projects since 2022.");
      expect(back.content).not.toContain("@everyone");
      expect(back.content).toContain(String(new Date().getUTCFullYear()));
      const post = fake.postedMessages().find((c) => String(c.body.content).includes("own words"))!;
      expect(post.body.allowed_mentions).toEqual({ parse: [] });

      replyInDm(dm.id, "Also some embedded Rust.");
      const prompt = await waitFor(
        () => botMessages(ownerDm()).find((m) => buttonOf(m, "save_faq")),
        10_000,
        "Save as FAQ",
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(botMessages(CHANNEL_ID).filter(isAnswer)).toHaveLength(1);

      expect(await click(buttonOf(prompt, "save_faq")!.custom_id, prompt.id, OWNER)).toContain("Saved to the FAQ");
      expect(readFileSync(join(running.knowledgeDir, "faq.md"), "utf8")).toContain(
        "### Does he know Rust?\nYes, I have written Rust for side projects since 2022.",
      );
      const second = await mention("500000000000000102", "Has he worked with Rust?");
      const embed = (second.answer.embeds as { description: string; fields: { name: string }[] }[])[0]!;
      expect(embed.description).toContain("Yes");
      expect(embed.fields[0]!.name).toContain("FAQ › Does he know Rust?");
    },
  );

  it("a reply from anyone but the owner is ignored; the owner's other DMs are answered as questions", async () => {
    const { answer } = await mention("500000000000000103", "Does he know Haskell?");
    await askOwner(answer, "500000000000000103");
    const dm = ownerInbox().find((m) => m.content.includes("Haskell"))!;
    replyInDm(dm.id, "Lots of Haskell.", "500000000000000666");
    const own = fake.sendMessage({
      content: "Has he done PII encryption?",
      author: user(OWNER),
      dm: true,
      channelId: ownerDm(),
    });
    await waitFor(
      () => botMessages(ownerDm()).find((m) => (m.message_reference as { message_id?: string })?.message_id === own),
      10_000,
      "the owner's question answered",
    );
    expect(botMessages(CHANNEL_ID).some((m) => m.content.includes("Lots of Haskell"))).toBe(false);
    replyInDm(dm.id, "No Haskell, sorry.");
    const back = await waitFor(
      () => botMessages(CHANNEL_ID).find((m) => m.content.includes("No Haskell")),
      10_000,
      "answer",
    );
    expect(back.content).toContain("own words");
  });

  it("an owner whose DMs are closed: the asker is told the question couldn't be delivered", async () => {
    fake.blockedDms.add(OWNER);
    try {
      const { answer } = await mention("500000000000000104", "Does he know Elixir?");
      expect(await askOwner(answer, "500000000000000104")).toContain("couldn't be delivered");
      expect(ownerInbox().some((m) => m.content.includes("Elixir"))).toBe(false);
    } finally {
      fake.blockedDms.delete(OWNER);
    }
  });

  it("forwards are rate-limited per asker: the sixth within an hour is refused", async () => {
    const told: string[] = [];
    for (const tech of ["COBOL", "Fortran", "OCaml", "Erlang", "Prolog", "Smalltalk"]) {
      const { answer } = await mention("500000000000000105", `Does he know ${tech}?`);
      told.push(await askOwner(answer, "500000000000000105"));
    }
    expect(told.slice(0, 5).every((t) => t.includes("Sent to the candidate"))).toBe(true);
    expect(told[5]).toMatch(/in the last hour\. Please try again in \d+ min/);
    expect(ownerInbox().some((m) => m.content.includes("Smalltalk"))).toBe(false);
  });

  it("a question asked by DM: the candidate's answer replies to it in that DM", async () => {
    const asker = "500000000000000001"; // the fake's DM channel is this user's
    const asked = fake.sendMessage({ content: "Does he know Zig?", author: user(asker), dm: true });
    const isReply = (m: Msg) => (m.message_reference as { message_id?: string })?.message_id === asked;
    const answer = await waitFor(() => botMessages(DM_CHANNEL_ID).find(isReply), 20_000, "answer");
    expect(await askOwner(answer, asker)).toContain("Sent to the candidate");
    const dm = ownerInbox().find((m) => m.content.includes("Zig"))!;
    expect(dm.content).toContain("in a direct message");
    replyInDm(dm.id, "Not yet, but I'd like to.");
    const back = await waitFor(
      () => botMessages(DM_CHANNEL_ID).find((m) => isReply(m) && m.content.includes("own words")),
      10_000,
      "answer in the DM",
    );
    expect(back.content).toContain("Not yet, but I'd like to.");
  });

  it("/ask in French: the button and the words are French, and the answer comes back by DM", async () => {
    const asker = "500000000000000106";
    const { token } = fake.sendAskCommand("Est-ce qu'il connaît Kotlin ?", false, asker);
    const edit = await waitFor(
      () => fake.calls.find((c) => c.method === "PATCH" && c.path.includes(token)),
      20_000,
      "answer",
    );
    const rows = edit.body.components as Row[];
    const ask = rows.flatMap((r) => r.components).find((c) => c.custom_id.startsWith("ask_owner"))!;
    expect(ask.label).toBe("Demander au candidat");
    // The private answer is not a channel message: the click comes from a copy the fake keeps.
    fake.messages.set("700000000000000001", {
      id: "700000000000000001",
      channel_id: CHANNEL_ID,
      author: user(DISCORD_BOT_ID, true),
      content: "",
      components: rows,
    });
    expect(await click(ask.custom_id, "700000000000000001", asker)).toContain("Envoyé au candidat");
    const dm = ownerInbox().find((m) => m.content.includes("Kotlin"))!;
    replyInDm(dm.id, "Oui, un peu de Kotlin pour Android.");
    const askerDm = await waitFor(() => fake.dmChannels.get(asker), 10_000, "the asker's DM");
    const back = await waitFor(
      () => botMessages(askerDm).find((m) => m.content.includes("propres mots")),
      10_000,
      "DM",
    );
    expect(back.content).toContain("Oui, un peu de Kotlin pour Android.");
  });
});

describe("Ask the candidate across a restart (Discord)", () => {
  it("the owner's reply after the bot restarted still reaches the recruiter, once, and saves as FAQ", async () => {
    // One bot on the fake gateway at a time: two would both take every event.
    await running.bot.stop();
    const { dataDir, knowledgeDir: dir } = freshDirs();
    running.bot = await startBot(dataDir, dir);
    const { asked, answer } = await mention("500000000000000107", "Does he know Julia?");
    expect(await askOwner(answer, "500000000000000107")).toContain("Sent to the candidate");
    const dm = ownerInbox().find((m) => m.content.includes("Julia"))!;
    await running.bot.stop();

    running.bot = await startBot(dataDir, dir);
    const reply = replyInDm(dm.id, "Yes, Julia for numerical work in 2019.");
    const isAnswer = (m: Msg) => m.content.includes("Julia for numerical");
    const back = await waitFor(() => botMessages(CHANNEL_ID).find(isAnswer), 10_000, "answer");
    expect(back.message_reference).toMatchObject({ message_id: asked });
    const prompt = await waitFor(
      () => botMessages(ownerDm()).find((m) => (m.message_reference as { message_id?: string })?.message_id === reply),
      10_000,
      "Save as FAQ",
    );
    expect(await click(buttonOf(prompt, "save_faq")!.custom_id, prompt.id, OWNER)).toContain("Saved");
    const next = await mention("500000000000000108", "Has he used Julia?");
    expect(JSON.stringify(next.answer.embeds)).toContain("FAQ › Does he know Julia?");
    expect(botMessages(CHANNEL_ID).filter(isAnswer)).toHaveLength(1);
  });
});
