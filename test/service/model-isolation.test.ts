import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/create-core.js";
import type { AskResult } from "../../src/service/asker.js";
import { FakeOpenAI } from "../fakes/openai-fake.js";
import { createTestCore } from "../helpers/test-core.js";
import { waitFor } from "../helpers/wait-for.js";

const fake = new FakeOpenAI();
let core: Core;

beforeAll(async () => {
  await fake.start();
  // A long timeout: the model stays hung for the whole test unless released.
  core = await createTestCore({
    OPENAI_API_KEY: "sk-test",
    OPENAI_BASE_URL: fake.url,
    ANSWER_MODE: "llm",
    OPENAI_TIMEOUT_MS: "60000",
    OPENAI_MAX_RETRIES: "0",
    MAX_CONCURRENT_ANSWERS: "4",
  });
});
afterAll(() => fake.stop());

/** The result, or a failure naming what did not come back in time. */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)),
  ]);
}

describe("a hung model holds up only the questions that need it", () => {
  it("answers a greeting and questions needing no model while four answers wait on a hung model", async () => {
    fake.onChat(() => ({ hang: true }));
    const settled: string[] = [];
    const needModel = [
      "Has he used Docker?",
      "Does he know Airflow?",
      "Has he done PII encryption?",
      "Has he used Snowflake?",
    ];
    const hung = needModel.map((text, i) =>
      core.asker.ask({ text }, { platform: "slack", user: `U${i}` }).then((r) => (settled.push(text), r)),
    );
    await waitFor(() => fake.chatRequests().length === 4, 20_000, "four model calls");

    const greeting = await within(
      5_000,
      "greeting",
      core.asker.ask({ text: "hi!" }, { platform: "slack", user: "U9" }),
    );
    expect(greeting).toMatchObject({ ok: true, answer: { reason: "chatter" } });
    const absent = await within(
      5_000,
      "offline answer",
      core.asker.ask({ text: "Does he know Kubernetes?" }, { platform: "slack", user: "U9" }),
    );
    expect(absent).toMatchObject({ ok: true, answer: { answered: false, reason: "not_in_profile" } });
    const whole = await within(
      5_000,
      "whole-profile answer",
      core.asker.ask({ text: "How many years of experience does he have?" }, { platform: "slack", user: "U9" }),
    );
    expect(whole).toMatchObject({ ok: true, answer: { answered: true, mode: "extractive" } });
    expect(fake.chatRequests()).toHaveLength(4);
    expect(settled).toEqual([]);

    // The model comes back: the four waiting get their answers (the quoted passages, since their call failed).
    fake.onChat(() => ({ content: "Yes [1]." }));
    fake.releaseHanging();
    const results: AskResult[] = await within(10_000, "the four held answers", Promise.all(hung));
    expect(results.every((r) => r.ok && r.answer.answered)).toBe(true);
  });
});
