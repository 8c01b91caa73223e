import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { createDiscordClient, startDiscordClient } from "../src/adapters/discord/discord-client.js";
import { createSlackApp, startSlackApp } from "../src/adapters/slack/slack-app.js";
import { loadConfig } from "../src/config/config.js";
import { createCore } from "../src/core/create-core.js";
import { silentLogger } from "../src/logging/logger.js";
import { DISCORD_BOT_ID, FakeDiscord, user } from "../test/fakes/discord-fake.js";
import { FakeSlack, slackSignature, slashCommand, slackOptionsFor } from "../test/fakes/slack-fake.js";
import { freePort, waitFor } from "../test/helpers/wait-for.js";
import { percentile, round1 } from "./stats.js";

/**
 * `npm run load`: 200 signed slash commands, 50 at a time, from distinct users, to the real Bolt app in
 * HTTP mode; then 200 mentions through the local gateway to the real discord.js client. All on
 * loopback, offline answers. Exits non-zero if an ack took over 3 s or an answer was lost or doubled.
 */
const N = 200;
const BATCH = 50;
const SECRET = "load-secret";
const QUESTIONS = [
  "Has he done PII encryption?",
  "Does he know Airflow?",
  "A-t-il enseigné le Big Data ?",
  "Has he used Docker?",
  "Does he know Kubernetes?",
  "Est-il freelance ?",
  "What did he do at MAIF?",
  "Has he migrated to Snowflake?",
  "Connaît-il Kafka ?",
  "How many teams use the platform?",
];

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "profile-bot-load-"));
  if (existsSync(resolve("data/embeddings")))
    cpSync(resolve("data/embeddings"), join(dataDir, "embeddings"), { recursive: true });
  const core = await createCore(
    loadConfig({ ...process.env, DATA_DIR: dataDir, EMBEDDINGS_PROVIDER: "local", ANSWER_MODE: "extractive" }),
    silentLogger,
  );
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const deps = { asker: core.asker, logger: silentLogger };

  // Slack: 200 slash commands, 50 at a time.
  const slack = await new FakeSlack().start();
  const port = await freePort();
  const slackOptions = slackOptionsFor(slack, port, SECRET, { botToken: "xoxb-load" });
  const app = createSlackApp(deps, slackOptions);
  await startSlackApp(app, slackOptions);
  const sentAt = new Map<string, number>();
  const ackMs: number[] = [];
  let ackFailures = 0;
  for (let start = 0; start < N; start += BATCH) {
    await Promise.all(
      Array.from({ length: BATCH }, async (_, j) => {
        const i = start + j;
        const body = slashCommand({
          text: QUESTIONS[i % QUESTIONS.length]!,
          user_id: `UL${i}`,
          response_url: slack.responseUrl(`c${i}`),
        });
        const t = performance.now();
        sentAt.set(`/respond/c${i}`, t);
        const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
          method: "POST",
          body,
          headers: { "content-type": "application/x-www-form-urlencoded", ...slackSignature(SECRET, body) },
        });
        await res.text();
        const took = performance.now() - t;
        ackMs.push(took);
        if (res.status !== 200 || took > 3000) ackFailures += 1;
      }),
    );
  }
  await waitFor(() => slack.responses.length >= N, 120_000, "Slack answers").catch(() => undefined);
  await new Promise((r) => setTimeout(r, 500));
  const slackCounts = new Map<string, number>();
  for (const r of slack.responses) slackCounts.set(r.path, (slackCounts.get(r.path) ?? 0) + 1);
  const slackAnswerMs = slack.responses.map((r) => r.at - sentAt.get(r.path)!);
  const slackOnce = [...sentAt.keys()].filter((p) => slackCounts.get(p) === 1).length;
  const slackBusy = slack.responses.filter((r) => /busy|a lot of questions/i.test(String(r.body.text))).length;
  await app.stop();
  await slack.stop();

  // Discord: 200 mentions through the gateway, 50 at a time.
  const discord = await new FakeDiscord().start();
  const client = createDiscordClient(deps, {
    token: "load",
    apiUrl: discord.apiUrl,
    allowedChannels: [],
    restRetries: 0,
  });
  await startDiscordClient(client, "load");
  const mentionAt = new Map<string, number>();
  for (let start = 0; start < N; start += BATCH) {
    for (let j = 0; j < BATCH; j++) {
      const i = start + j;
      const id = discord.sendMessage({
        content: `<@${DISCORD_BOT_ID}> ${QUESTIONS[i % QUESTIONS.length]}`,
        author: user(String(530000000000000000n + BigInt(i))),
      });
      mentionAt.set(id, performance.now());
    }
    await waitFor(() => discord.postedMessages().length >= start + BATCH, 60_000, "Discord batch").catch(
      () => undefined,
    );
  }
  await new Promise((r) => setTimeout(r, 500));
  const replies = discord.postedMessages();
  const discordCounts = new Map<string, number>();
  for (const r of replies) {
    const ref = (r.body.message_reference as { message_id?: string } | undefined)?.message_id ?? "?";
    discordCounts.set(ref, (discordCounts.get(ref) ?? 0) + 1);
  }
  const discordAnswerMs = replies.map(
    (r) => r.at - (mentionAt.get((r.body.message_reference as { message_id: string }).message_id) ?? r.at),
  );
  const discordOnce = [...mentionAt.keys()].filter((id) => discordCounts.get(id) === 1).length;
  await client.destroy();
  await discord.stop();

  await core.close();
  clearInterval(sampler);
  const db = new Database(join(dataDir, "bot.db"), { readonly: true });
  const rows = db.prepare("SELECT platform, COUNT(*) AS n FROM questions GROUP BY platform").all() as {
    platform: string;
    n: number;
  }[];
  db.close();
  const figures = {
    slackCommands: N,
    slackAckedWithin3s: N - ackFailures,
    slackAckP50Ms: round1(percentile(ackMs, 50)),
    slackAckP95Ms: round1(percentile(ackMs, 95)),
    slackAnsweredExactlyOnce: slackOnce,
    slackDuplicates: [...slackCounts.values()].filter((n) => n > 1).length,
    slackBusyReplies: slackBusy,
    slackAnswerP50Ms: round1(percentile(slackAnswerMs, 50)),
    slackAnswerP95Ms: round1(percentile(slackAnswerMs, 95)),
    discordMentions: N,
    discordAnsweredExactlyOnce: discordOnce,
    discordDuplicates: [...discordCounts.values()].filter((n) => n > 1).length,
    discordAnswerP50Ms: round1(percentile(discordAnswerMs, 50)),
    discordAnswerP95Ms: round1(percentile(discordAnswerMs, 95)),
    peakRssMb: Math.round(peakRss / 1e6),
    rowsLogged: Object.fromEntries(rows.map((r) => [r.platform, r.n])),
  };
  if (!process.argv.includes("--json")) {
    console.log(
      `Load — loopback, offline answers, ${N} Slack slash commands (${BATCH} at a time, distinct users), ${N} ` +
        `Discord mentions`,
    );
    console.log(
      `  Slack: acked within 3 s ${figures.slackAckedWithin3s}/${N} (ack p50 ${figures.slackAckP50Ms} ms, p95 ` +
        `${figures.slackAckP95Ms} ms)`,
    );
    console.log(
      `  Slack: answered exactly once ${figures.slackAnsweredExactlyOnce}/${N}, duplicates ` +
        `${figures.slackDuplicates}, "busy" replies ${figures.slackBusyReplies}; ` +
        `time to answer p50 ${figures.slackAnswerP50Ms} ms, p95 ${figures.slackAnswerP95Ms} ms`,
    );
    console.log(
      `  Discord: answered exactly once ${figures.discordAnsweredExactlyOnce}/${N}, duplicates ` +
        `${figures.discordDuplicates}; ` +
        `time to answer p50 ${figures.discordAnswerP50Ms} ms, p95 ${figures.discordAnswerP95Ms} ms`,
    );
    console.log(`  Peak RSS ${figures.peakRssMb} MB; rows in the question log: ${JSON.stringify(figures.rowsLogged)}`);
  }
  console.log(JSON.stringify(figures));
  const ok = figures.slackAckedWithin3s === N && slackOnce === N && discordOnce === N && figures.slackBusyReplies === 0;
  if (!ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
