import { beforeAll } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import type { Core } from "../../src/core/create-core.js";
import { createTestCore } from "./test-core.js";

/**
 * A chat with the test profile for a file of recruiter trials: `ask` in a fresh conversation, or in
 * `id`'s to follow one up. The core is built once, before the file's tests.
 */
export function trialChat(): { ask: (text: string, id?: string) => Promise<Answer> } {
  let core: Core;
  beforeAll(async () => {
    core = await createTestCore();
  });
  let conversation = 0;
  return { ask: (text, id = `u${++conversation}`) => core.engine.answer({ text, conversationId: id }) };
}

/** An answer's first line: the verdict. */
export const lead = (answer: { answer: string }) => answer.answer.split("\n")[0]!;

/** An answer's quoted passages, "[1] …" each. */
export const quoted = (answer: { answer: string }) => answer.answer.split("\n").filter((l) => /^\[\d+\]/.test(l));
