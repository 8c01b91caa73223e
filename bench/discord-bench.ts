import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDiscordClient, startDiscordClient } from "../src/adapters/discord/discord-client.js";
import { loadConfig } from "../src/config/config.js";
import { createCore } from "../src/core/create-core.js";
import { silentLogger } from "../src/logging/logger.js";
import { DISCORD_BOT_ID, FakeDiscord, user } from "../test/fakes/discord-fake.js";
import { waitFor } from "../test/helpers/wait-for.js";
import { percentile, round1 } from "./stats.js";

/**
 * `npm run bench:discord`: the real discord.js client against the local gateway and REST, offline
 * answers. Times MESSAGE_CREATE → reply POST, and INTERACTION_CREATE → defer callback and → edit.
 */
const N = 40;
const QUESTIONS = ["Has he done PII encryption?", "Does he know Airflow?", "A-t-il enseigné ?", "Has he used Docker?", "Does he know Kubernetes?", "Est-il freelance ?"];

async function main(): Promise<void> {
  const dataDir = process.env.DATA_DIR ?? mkdtempSync(join(tmpdir(), "bench-discord-"));
  const core = await createCore(loadConfig({ DATA_DIR: dataDir, EMBEDDINGS_PROVIDER: "local" }), silentLogger);
  const fake = await new FakeDiscord().start();
  const client = createDiscordClient({ asker: core.asker, logger: silentLogger }, { token: "bench", apiUrl: fake.apiUrl, allowedChannels: [], restRetries: 0 });
  await startDiscordClient(client, "bench");
  const replies: number[] = [];
  const defers: number[] = [];
  const edits: number[] = [];
  for (let i = 0; i < N; i++) {
    const q = QUESTIONS[i % QUESTIONS.length]!;
    const before = fake.postedMessages().length;
    let started = performance.now();
    fake.sendMessage({ content: `<@${DISCORD_BOT_ID}> ${q}`, author: user(String(510000000000000000n + BigInt(i))) });
    const reply = await waitFor(() => fake.postedMessages()[before], 30_000, "reply");
    replies.push(reply.at - started);

    started = performance.now();
    const { id, token } = fake.sendAskCommand(q, undefined, String(520000000000000000n + BigInt(i)));
    const defer = await waitFor(() => fake.calls.find((c) => c.path === `/api/v10/interactions/${id}/${token}/callback`), 30_000, "defer");
    defers.push(defer.at - started);
    const edit = await waitFor(() => fake.calls.find((c) => c.method === "PATCH" && c.path.includes(token)), 30_000, "edit");
    edits.push(edit.at - started);
  }
  await client.destroy();
  await fake.stop();
  const figures = {
    rounds: N,
    mentionToReplyP50Ms: round1(percentile(replies, 50)), mentionToReplyP95Ms: round1(percentile(replies, 95)),
    interactionToDeferP50Ms: round1(percentile(defers, 50)), interactionToDeferP95Ms: round1(percentile(defers, 95)),
    interactionToAnswerP50Ms: round1(percentile(edits, 50)), interactionToAnswerP95Ms: round1(percentile(edits, 95)),
  };
  if (!process.argv.includes("--json")) {
    console.log(`Discord, local gateway and REST, offline answers, ${N} mentions and ${N} /ask`);
    console.log(`  MESSAGE_CREATE → reply POST p50 / p95        ${figures.mentionToReplyP50Ms} / ${figures.mentionToReplyP95Ms} ms   (target < 200 ms)`);
    console.log(`  INTERACTION_CREATE → defer p50 / p95         ${figures.interactionToDeferP50Ms} / ${figures.interactionToDeferP95Ms} ms   (target < 200 ms)`);
    console.log(`  INTERACTION_CREATE → answer edit p50 / p95   ${figures.interactionToAnswerP50Ms} / ${figures.interactionToAnswerP95Ms} ms`);
  }
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
