import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/answer/answer.js";
import { registerCommands } from "../../../src/adapters/discord/discord-commands.js";
import { CHANNEL_ID, DISCORD_APP_ID, DISCORD_BOT_ID, FakeDiscord, GUILD_ID, user } from "../../fakes/discord-fake.js";
import { discordBotPerFile } from "../../helpers/discord-bot.js";
import { capturingLogger, memoryQuestionLog } from "../../helpers/test-core.js";
import { waitFor } from "../../helpers/wait-for.js";

const fake = new FakeDiscord();
const log = capturingLogger();
const questionLog = memoryQuestionLog();
const bot = discordBotPerFile(fake, {
  logger: log.logger,
  questionLog,
  client: { restRetries: 0 },
  warm: true,
  withProfile: true,
});

type Embed = { description: string; fields: { name: string; value: string }[]; footer: { text: string } };
const embedOf = (body: Record<string, unknown>) => (body.embeds as Embed[])[0]!;

/** A click on a button of the bot's last message. */
const clickButton = (customId: string) =>
  fake.sendButtonClick(customId, [...fake.messages.keys()].slice(-1)[0]!, "500000000000000003");

describe("Discord bot, real discord.js against a local gateway and REST", () => {
  it(
    "answers a mention with a reply carrying an embed, pinging nobody, with no typing call for an answer ready at " +
      "once",
    async () => {
      const asked = fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he done PII encryption?` });
      const post = await waitFor(() => fake.postedMessages()[0], 10_000, "reply");
      expect(post.path).toBe(`/api/v10/channels/${CHANNEL_ID}/messages`);
      expect(post.headers.authorization).toBe("Bot discord-test-token");
      expect(post.body.message_reference).toMatchObject({ message_id: asked });
      expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      const embed = embedOf(post.body);
      expect(embed.description).toBe("Yes — the profile mentions it at Decathlon, since May 2021.");
      expect(embed.fields[0]).toEqual({
        // The current role's time to date, not the CV's "(4 years 3 months)" written in 2025.
        name: expect.stringMatching(
          new RegExp(
            String.raw`^\[1\] Decathlon — Senior Data Engineer › Security and governance · ` +
              String.raw`May 2021 - Present \(\d+ years[^)]* to date\)$`,
          ),
        ),
        value: "> PII management: column-level encryption of complex nested data without adding a column",
      });
      expect(embed.footer.text).toBe("Quoted from the CV");
      // An offline answer takes milliseconds: "typing…" would only spend a REST call of the bot's budget.
      expect(fake.calls.some((c) => c.path === `/api/v10/channels/${CHANNEL_ID}/typing`)).toBe(false);
    },
  );

  it("shows typing… while a slow answer (the model's) is on its way, then replies", async () => {
    const real = bot.engine;
    bot.engine = { answer: async (q) => (await new Promise((r) => setTimeout(r, 1500)), real.answer(q)) };
    try {
      fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he done PII encryption?` });
      const post = await waitFor(() => fake.postedMessages()[0], 10_000, "reply");
      const typing = fake.calls.findIndex((c) => c.path === `/api/v10/channels/${CHANNEL_ID}/typing`);
      expect(typing).toBeGreaterThanOrEqual(0);
      expect(typing).toBeLessThan(fake.calls.indexOf(post));
    } finally {
      bot.engine = real;
    }
  });

  it("logs the question once the reply is out, as delivered", async () => {
    const before = questionLog.questions.length;
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Does he know Airflow?` });
    await waitFor(() => fake.postedMessages()[0], 10_000, "reply");
    await waitFor(() => questionLog.questions.length > before || undefined, 5_000, "log row");
    expect(questionLog.questions.at(-1)).toMatchObject({ question: "Does he know Airflow?", platform: "discord" });
    expect(questionLog.questions.at(-1)!.answer?.answered).toBe(true);
  });

  it("defers /ask at once, then edits the reply with the embed", async () => {
    const { id, token } = fake.sendAskCommand("Does he know Airflow?");
    const edit = await waitFor(() => fake.calls.find((c) => c.method === "PATCH"), 10_000, "editReply");
    const callback = fake.calls.find((c) => c.path === `/api/v10/interactions/${id}/${token}/callback`)!;
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(fake.calls.indexOf(callback)).toBeLessThan(fake.calls.indexOf(edit));
    expect(edit.path).toBe(`/api/v10/webhooks/${DISCORD_APP_ID}/${token}/messages/@original`);
    expect(embedOf(edit.body).fields.some((f) => f.value.includes("Airflow"))).toBe(true);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("opens a modal for /fit, and answers the pasted description privately, requirement by requirement", async () => {
    const { id, token } = fake.sendFitCommand();
    const modal = await waitFor(
      () => fake.calls.find((c) => c.path === `/api/v10/interactions/${id}/${token}/callback`),
      10_000,
      "showModal",
    );
    const body = modal.body as {
      type: number;
      data: { custom_id: string; title: string; components: { components: { custom_id: string; style: number }[] }[] };
    };
    expect(body.type).toBe(9);
    expect(body.data.custom_id).toBe("fit_modal:private");
    expect(body.data.components[0]!.components[0]).toMatchObject({ custom_id: "jd", style: 2 });
    const submit = fake.sendModalSubmit(
      "fit_modal:private",
      "jd",
      "- Spark and Airflow\n- Kafka\n- Terraform\n- 5+ years of experience",
    );
    const deferred = await waitFor(
      () => fake.calls.find((c) => c.path === `/api/v10/interactions/${submit.id}/${submit.token}/callback`),
      10_000,
      "defer",
    );
    expect(deferred.body as { type: number; data: { flags?: number } }).toMatchObject({ type: 5, data: { flags: 64 } });
    const edit = await waitFor(
      () => fake.calls.find((c) => c.method === "PATCH" && c.path.includes(submit.token)),
      10_000,
      "editReply",
    );
    const description = embedOf(edit.body).description;
    expect(description).toContain("Meets 3 of 5 requirements.");
    expect(description).toContain("• Kafka: ◐ partly (taught only, not used in a role)");
    expect(description).toContain("• Terraform: ✘ not in the profile");
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("makes /ask public when asked", async () => {
    const { id, token } = fake.sendAskCommand("Est-il freelance ?", true);
    await waitFor(() => fake.calls.find((c) => c.method === "PATCH"), 10_000, "editReply");
    const callback = fake.calls.find((c) => c.path === `/api/v10/interactions/${id}/${token}/callback`)!.body as {
      type: number;
      data: { flags?: number };
    };
    expect(callback.type).toBe(5);
    expect((callback.data.flags ?? 0) & 64).toBe(0);
  });

  it("answers a reply to its answer as a follow-up of the same conversation", async () => {
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he done PII encryption?` });
    await waitFor(() => fake.postedMessages()[0], 10_000, "first answer");
    const [botAnswerId] = [...fake.messages.keys()].slice(-1);
    fake.sendMessage({ content: "when was that?", replyTo: botAnswerId, mentionsBot: false });
    const second = await waitFor(() => fake.postedMessages()[1], 10_000, "follow-up answer");
    expect(embedOf(second.body).description).toContain("Decathlon, since May 2021");
    expect(embedOf(second.body).fields.some((f) => /encryption/.test(f.value))).toBe(true);
  });

  it("answers a DM, and ignores messages that do not address it", async () => {
    fake.sendMessage({ content: "Has he used Docker?", dm: true });
    const dm = await waitFor(() => fake.postedMessages()[0], 10_000, "DM answer");
    expect(dm.path).toContain("/channels/300000000000000009/messages");
    fake.sendMessage({ content: "Has he used Docker? (no mention)" });
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.postedMessages()).toHaveLength(1);
  });

  it("pings nobody when a question carries @everyone or role and user mentions", async () => {
    fake.sendMessage({
      content:
        `<@${DISCORD_BOT_ID}> @everyone @here <@&123456789012345678> <@500000000000000007> Does he know ` +
        `Kubernetes?`,
    });
    const post = await waitFor(() => fake.postedMessages()[0], 10_000, "reply");
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("answers a mention holding @everyone with the real answer, and pings nobody", async () => {
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> @everyone has he done PII encryption?` });
    const post = await waitFor(() => fake.postedMessages()[0], 10_000, "reply");
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const sent = JSON.stringify(post.body);
    expect(sent).toContain("Yes — the profile mentions it at Decathlon, since May 2021.");
    expect(sent).toContain("column-level encryption");
    expect(sent).not.toContain("everyone");
  });

  it("ignores bots, itself included", async () => {
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he used Spark?`, author: user("500000000000000055", true) });
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he used Spark?`, author: { ...user(DISCORD_BOT_ID, true) } });
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.postedMessages()).toHaveLength(0);
  });

  it("keeps an overlong answer within Discord's limits", async () => {
    const huge: Answer = {
      question: "q",
      answered: true,
      language: "en",
      mode: "llm",
      answer: "word ".repeat(2000),
      citations: Array.from({ length: 40 }, (_, i) => ({
        id: `c${i}`,
        source: "cv.en.md",
        section: `Section ${"s".repeat(300)} ${i}`,
        period: null,
        role: null,
        when: null,
        text: "passage ".repeat(300),
        score: 1,
      })),
    };
    bot.engine = { answer: async () => huge };
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> tell me everything` });
    const post = await waitFor(() => fake.postedMessages()[0], 10_000, "reply");
    const embed = embedOf(post.body);
    expect(embed.description.length).toBeLessThanOrEqual(4096);
    expect(embed.description.endsWith("…")).toBe(true);
    expect(embed.fields.length).toBeLessThanOrEqual(25);
    expect(embed.fields.every((f) => f.name.length <= 256 && f.value.length <= 1024)).toBe(true);
    const total =
      embed.description.length +
      embed.footer.text.length +
      embed.fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
  });

  it("answers a French question in French: embed, footer, thanks for a click, apology", async () => {
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> A-t-il utilisé Docker ?` });
    const post = await waitFor(() => fake.postedMessages()[0], 10_000, "reply");
    expect(embedOf(post.body).description).toMatch(/^Oui — /);
    expect(embedOf(post.body).footer.text).toBe("Extraits du CV");
    const customId = (post.body.components as { components: { custom_id: string }[] }[])[0]!.components[0]!.custom_id;
    const click = clickButton(customId);
    const callback = `/api/v10/interactions/${click.id}/${click.token}/callback`;
    const thanks = await waitFor(() => fake.calls.find((c) => c.path === callback), 10_000, "thanks");
    expect(thanks.body).toMatchObject({ data: { content: "Merci pour votre retour." } });

    bot.engine = { answer: async () => Promise.reject(new Error("vector index on fire")) };
    const { token } = fake.sendAskCommand("A-t-il utilisé Spark ?");
    const edit = await waitFor(() => fake.calls.find((c) => c.method === "PATCH"), 10_000, "apology");
    expect(edit.path).toContain(token);
    expect(edit.body.content).toMatch(/^Désolé — un problème est survenu de mon côté \(référence [0-9A-F]{8}\)/);
  });

  it("apologises with a reference id when the core fails", async () => {
    bot.engine = { answer: async () => Promise.reject(new Error("vector index on fire")) };
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he used Spark?` });
    const post = await waitFor(() => fake.postedMessages()[0], 10_000, "apology");
    expect(post.body.content).toMatch(/^Sorry — something went wrong on my side \(reference [0-9A-F]{8}\)/);
    expect(JSON.stringify(post.body)).not.toContain("on fire");
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("logs a failed REST call and keeps serving", async () => {
    fake.failMessagesWith = 500;
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he used Spark?` });
    await waitFor(() => log.lines().some((l) => l.includes("answer not delivered")), 10_000, "logged failure");
    fake.failMessagesWith = null;
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he used Snowflake?` });
    const post = await waitFor(
      () => fake.postedMessages().find((c) => JSON.stringify(c.body).includes("Snowflake")),
      10_000,
      "next answer",
    );
    expect(post).toBeDefined();
  });

  it("gives up on a 429 that says not how long to wait, instead of sending the reply again and again", async () => {
    const before = fake.postedMessages().length;
    fake.failMessagesWith = 429;
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he used Scala?` });
    await waitFor(() => log.lines().some((l) => l.includes("answer not delivered")), 10_000, "failure logged");
    await new Promise((resolve) => setTimeout(resolve, 500));
    fake.failMessagesWith = null;
    // A handful of tries at most (reply, then to the channel), never hundreds.
    expect(fake.postedMessages().length - before).toBeLessThan(10);
  });

  it("keeps replying after a 401 once Discord takes the token again, and names DISCORD_TOKEN in the log", async () => {
    fake.validToken = "rotated";
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he used Spark?` });
    await waitFor(() => log.lines().some((l) => l.includes("Discord refused DISCORD_TOKEN")), 10_000, "refusal");
    await waitFor(() => log.lines().some((l) => l.includes("answer not delivered")), 10_000, "failure logged");
    fake.validToken = null;
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he used Jenkins?` });
    const post = await waitFor(
      () => fake.postedMessages().find((c) => JSON.stringify(c.body).includes("Jenkins")),
      10_000,
      "answer after the refusal",
    );
    expect(post).toBeDefined();
  });

  it("records 👍/👎 clicks against the answer", async () => {
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> Has he used Docker?` });
    const post = await waitFor(() => fake.postedMessages()[0], 10_000, "reply");
    const customId = (post.body.components as { components: { custom_id: string }[] }[])[0]!.components[1]!.custom_id;
    expect(customId).toMatch(/^feedback:down:/);
    const before = questionLog.feedback.length;
    clickButton(customId);
    await waitFor(() => questionLog.feedback.length > before, 10_000, "feedback");
    const rated = questionLog.feedback[before]!;
    expect(rated).toMatchObject({ rating: "down", user: "500000000000000003" });
    expect(questionLog.questions.find((q) => q.id === rated.answerId)).toMatchObject({
      platform: "discord",
      channel: CHANNEL_ID,
      workspace: GUILD_ID,
    });
  });

  it("registers /ask through REST, to one guild or globally", async () => {
    expect(
      await registerCommands({ token: "t", applicationId: DISCORD_APP_ID, guildId: GUILD_ID, apiUrl: fake.apiUrl }),
    ).toBe(`guild ${GUILD_ID}`);
    const put = fake.calls.find((c) => c.method === "PUT")!;
    expect(put.path).toBe(`/api/v10/applications/${DISCORD_APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(JSON.stringify(put.body)).toContain('"name":"question"');
    await registerCommands({ token: "t", applicationId: DISCORD_APP_ID, apiUrl: fake.apiUrl });
    expect(fake.calls.filter((c) => c.method === "PUT")[1]!.path).toBe(
      `/api/v10/applications/${DISCORD_APP_ID}/commands`,
    );
  });
});
