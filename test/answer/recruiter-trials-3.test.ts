import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/create-core.js";
import { createTestCore } from "../helpers/test-core.js";

// What a recruiter trying the chat, a fault-injection audit and a dev set written from the CV alone found
// wrong, twelfth session.

let core: Core;
beforeAll(async () => {
  core = await createTestCore();
});

let conversation = 0;
/** Asks in a fresh conversation, or in `id`'s. */
const ask = (text: string, id = `u${++conversation}`) => core.engine.answer({ text, conversationId: id });
const lead = (answer: { answer: string }) => answer.answer.split("\n")[0]!;
const quoted = (answer: { answer: string }) => answer.answer.split("\n").filter((l) => /^\[\d+\]/.test(l));

describe("a message typed in capitals", () => {
  it("is read like any other: « EST-CE QUE TU SAIS S'IL A FAIT DU SPARK ? »", async () => {
    const a = await ask("EST-CE QUE TU SAIS S'IL A FAIT DU SPARK ?");
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/^Oui — Spark : utilisé chez Decathlon/);
  });

  it("keeps a few acronyms among ordinary words as they are", async () => {
    const a = await ask("HELLO! HAS HE DONE PII ENCRYPTION?");
    expect(a.answered).toBe(true);
    expect(quoted(a)[0]).toMatch(/column-level encryption/);
    expect(lead(await ask("has he used AWS, GCP and SQL?"))).toMatch(/^AWS: yes .* GCP: not in the profile/);
  });
});

describe("a light verb and a word of two meanings", () => {
  it("answers 'made data jobs faster?' with what sped up, not with a passage holding 'made'", async () => {
    const a = await ask("has he made data jobs faster?");
    expect(a.answered).toBe(true);
    expect(quoted(a).join("\n")).not.toMatch(/Made sales offers easier/);
    expect(quoted(a)[0]).toMatch(/reduction of the ingestion time/i);
  });

  it("does not read 'cheaper' as saving data to a datalake", async () => {
    const a = await ask("did he make our pipelines cheaper?");
    expect(quoted(a).join("\n")).not.toMatch(/Saving to a datalake/);
    expect(quoted(a)[0]).toMatch(/Reduction of costs/);
  });
});
