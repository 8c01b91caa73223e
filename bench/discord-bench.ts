import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDiscordClient, startDiscordClient } from "../src/adapters/discord/discord-client.js";
import { loadConfig } from "../src/config/config.js";
import { createCore } from "../src/core/create-core.js";
import { silentLogger } from "../src/logging/logger.js";
import { DISCORD_BOT_ID, FakeDiscord, user } from "../test/fakes/discord-fake.js";
import { waitFor } from "../test/helpers/wait-for.js";
import { freshQuestions, WARM_UP } from "./fresh-questions.js";
import { percentile, round1 } from "./stats.js";

/**
 * `npm run bench:discord`: the real discord.js client against the local gateway and REST, offline
 * answers. Times MESSAGE_CREATE → reply POST, and INTERACTION_CREATE → defer callback and → edit,
 * on questions new to the process (after a warm-up reported apart), and counts the REST calls each
 * answer costs; repeated questions (cache hits) are timed apart.
 */
const N = 40;
const REPEATS = 10;

async function main(): Promise<void> {
  const dataDir = process.env.DATA_DIR ?? mkdtempSync(join(tmpdir(), "bench-discord-"));
  const core = await createCore(loadConfig({ DATA_DIR: dataDir, EMBEDDINGS_PROVIDER: "local" }), silentLogger);
  const fake = await new FakeDiscord().start();
  const client = createDiscordClient(
    { asker: core.asker, logger: silentLogger },
    { token: "bench", apiUrl: fake.apiUrl, allowedChannels: [], restRetries: 0 },
  );
  await startDiscordClient(client, "bench");
  await core.modelReady;
  const mention = async (q: string, i: number) => {
    const before = fake.postedMessages().length;
    const started = performance.now();
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> ${q}`, author: user(String(530000000000000000n + BigInt(i))) });
    return (await waitFor(() => fake.postedMessages()[before], 30_000, "reply")).at - started;
  };
  const warmUp: number[] = [];
  for (const [i, q] of WARM_UP.entries()) warmUp.push(await mention(q, i));
  const questions = freshQuestions(2 * N);
  const callsBefore = fake.calls.length;
  const replies: number[] = [];
  const defers: number[] = [];
  const edits: number[] = [];
  for (let i = 0; i < N; i++) {
    const q = questions[2 * i]!;
    const before = fake.postedMessages().length;
    let started = performance.now();
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> ${q}`, author: user(String(510000000000000000n + BigInt(i))) });
    const reply = await waitFor(() => fake.postedMessages()[before], 30_000, "reply");
    replies.push(reply.at - started);

    started = performance.now();
    const { id, token } = fake.sendAskCommand(
      questions[2 * i + 1]!,
      undefined,
      String(520000000000000000n + BigInt(i)),
    );
    const defer = await waitFor(
      () => fake.calls.find((c) => c.path === `/api/v10/interactions/${id}/${token}/callback`),
      30_000,
      "defer",
    );
    defers.push(defer.at - started);
    const edit = await waitFor(
      () => fake.calls.find((c) => c.method === "PATCH" && c.path.includes(token)),
      30_000,
      "edit",
    );
    edits.push(edit.at - started);
  }
  const restCallsPerAnswer = (fake.calls.length - callsBefore) / (2 * N);
  // The same questions again: answered from the query cache.
  const repeats: number[] = [];
  for (let i = 0; i < REPEATS; i++) repeats.push(await mention(questions[2 * i]!, 100 + i));
  await client.destroy();
  await fake.stop();
  await core.close();
  const figures = {
    rounds: N,
    freshQuestions: 2 * N,
    warmUpMaxMs: round1(Math.max(...warmUp)),
    restCallsPerAnswer: round1(restCallsPerAnswer),
    repeatedQuestionReplyP50Ms: round1(percentile(repeats, 50)),
    mentionToReplyP50Ms: round1(percentile(replies, 50)),
    mentionToReplyP95Ms: round1(percentile(replies, 95)),
    interactionToDeferP50Ms: round1(percentile(defers, 50)),
    interactionToDeferP95Ms: round1(percentile(defers, 95)),
    interactionToAnswerP50Ms: round1(percentile(edits, 50)),
    interactionToAnswerP95Ms: round1(percentile(edits, 95)),
  };
  if (!process.argv.includes("--json")) {
    console.log(
      `Discord, local gateway and REST, offline answers, ${N} mentions and ${N} /ask, each a question new to the ` +
        `process`,
    );
    console.log(
      `  warm-up (${WARM_UP.length} mentions, model loading), slowest   ${figures.warmUpMaxMs} ms   (not counted ` +
        `below)`,
    );
    console.log(
      `  MESSAGE_CREATE → reply POST p50 / p95        ${figures.mentionToReplyP50Ms} / ` +
        `${figures.mentionToReplyP95Ms} ms   (target p95 < 100 ms)`,
    );
    console.log(
      `  INTERACTION_CREATE → defer p50 / p95         ${figures.interactionToDeferP50Ms} / ` +
        `${figures.interactionToDeferP95Ms} ms   (target < 200 ms)`,
    );
    console.log(
      `  INTERACTION_CREATE → answer edit p50 / p95   ${figures.interactionToAnswerP50Ms} / ` +
        `${figures.interactionToAnswerP95Ms} ms`,
    );
    console.log(`  REST calls per answer                        ${figures.restCallsPerAnswer}`);
    console.log(`  repeated question (cache hit), reply p50     ${figures.repeatedQuestionReplyP50Ms} ms`);
  }
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
