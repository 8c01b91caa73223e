import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/create-core.js";
import { FakeOpenAI } from "../fakes/openai-fake.js";
import { capturingLogger, createTestCore } from "../helpers/test-core.js";

const fake = new FakeOpenAI();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

/** A core on OpenAI embeddings (the fake's), answering offline, whose index is already built. */
async function openAICore(log = capturingLogger()): Promise<{ core: Core; log: ReturnType<typeof capturingLogger> }> {
  fake.reset();
  const core = await createTestCore(
    {
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: fake.url,
      EMBEDDINGS_PROVIDER: "openai",
      ANSWER_MODE: "extractive",
      OPENAI_TIMEOUT_MS: String(TIMEOUT_MS),
      OPENAI_MAX_RETRIES: "1",
    },
    log.logger,
  );
  return { core, log };
}

/** How long one embeddings request may hang before it is cut off: long enough that answering is well within it. */
const TIMEOUT_MS = 1000;

/** A question the keywords can't decide (a word of it is in no passage): answering it embeds it. */
const NEEDS_VECTOR =
  "Does he hand-write every workflow definition, or has the scheduling code been set up to write itself?";

const warnings = (log: ReturnType<typeof capturingLogger>) =>
  log
    .lines()
    .map((l) => JSON.parse(l))
    .filter((l) => l.level === 40)
    .map((l) => l.msg);

describe("when the embeddings service fails, questions are answered from keywords", () => {
  it("answers from keywords, citing the right passage, with a warning, when the endpoint answers 500", async () => {
    const { core, log } = await openAICore();
    fake.failEmbeddings({ status: 500 });
    // Not a question keywords alone decide (those never wait for the model): this one needs its vector.
    const result = await core.asker.ask({ text: NEEDS_VECTOR }, { platform: "slack", user: "U1" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answer).toMatchObject({ verdict: "partial", mode: "extractive" });
    expect(result.answer.citations[0]!.text).toMatch(/^Airflow: automatic generation of DAGs/);
    expect(fake.embeddingRequests().length).toBeGreaterThanOrEqual(2);
    expect(warnings(log)).toContain("question embedding failed; answering from keywords only for a while");
  });

  it("answers after the timeout when the endpoint hangs, and the next questions don't wait it out again", async () => {
    const { core } = await openAICore();
    fake.failEmbeddings({ hang: true });
    const before = fake.embeddingRequests().length;
    const first = await core.asker.ask({ text: NEEDS_VECTOR }, { platform: "slack", user: "U1" });
    expect(first.ok && first.answer.verdict).toBe("partial");
    const calls = fake.embeddingRequests().length;
    // OPENAI_MAX_RETRIES=1: the first try and one retry, each cut off by OPENAI_TIMEOUT_MS.
    expect(calls - before).toBe(2);
    const started = performance.now();
    // Another question that needs its vector.
    const next = await core.asker.ask(
      { text: "has he quarantined malformed input files?" },
      { platform: "slack", user: "U1" },
    );
    expect(next.ok && next.answer.verdict).toBe("partial");
    // Resting after the failure: no new request, so no second timeout.
    expect(fake.embeddingRequests().length).toBe(calls);
    // (Within one timeout: waiting it out again would take it all, and more for the retry.)
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS);
    fake.releaseHanging();
  });
});

describe("when the embeddings service fails while the index must be built", () => {
  it("stops the start with a line naming the embeddings service and what to check", async () => {
    fake.reset();
    fake.failEmbeddings({ status: 500 });
    const started = createTestCore(
      {
        OPENAI_API_KEY: "sk-test",
        OPENAI_BASE_URL: fake.url,
        EMBEDDINGS_PROVIDER: "openai",
        ANSWER_MODE: "extractive",
        OPENAI_TIMEOUT_MS: "300",
        OPENAI_MAX_RETRIES: "0",
        DATA_DIR: mkdtempSync(join(tmpdir(), "no-index-")),
      },
      capturingLogger().logger,
    );
    await expect(started).rejects.toThrow(/^could not build the index: the embeddings service at OPENAI_BASE_URL/);
    await expect(started).rejects.toThrow(/EMBEDDINGS_PROVIDER=local/);
  });
});
