import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/create-core.js";
import { retrievePassages } from "../../src/retrieval/hybrid-retriever.js";
import { createTestCore } from "../helpers/test-core.js";

let core: Core;
beforeAll(async () => {
  core = await createTestCore();
});

/** Twin keys of the passages the user is shown for a question. */
async function citedKeys(question: string): Promise<string[]> {
  const answer = await core.engine.answer({ text: question });
  return answer.citations.map((c) => core.index.byId.get(c.id)!.key);
}

describe("retrievePassages", () => {
  it.each([
    ["Has he done PII encryption?", "en", "cv#decathlon.s2.b1"],
    ["Did he speed up a slow data load?", "en", "cv#aaa-data.s1.b3"],
    ["Experience with fuzzy matching or record linkage?", "en", "cv#aaa-data.s1.b4"],
    ["Has he dealt with model drift?", "en", "cv#maif.s1.b3"],
    ["A-t-il encadré des développeurs juniors ?", "fr", "cv#aaa-data.s1.b1"],
    ["Travaille-t-il en méthode agile ?", "fr", "cv#decathlon.s6.b3"],
    ["When did he start at Decathlon?", "en", "cv#decathlon.role"],
  ] as const)("cites the passage for a paraphrase: %s", async (question, _lang, key) => {
    expect(await citedKeys(question)).toContain(key);
  });

  it("cites the passage in the asker's language and never twice", async () => {
    const fr = await retrievePassages(core.index, "A-t-il fait du chiffrement de données personnelles ?", "fr");
    expect(fr.passages[0]?.chunk.lang).toBe("fr");
    expect(fr.passages[0]?.chunk.text).toMatch(/chiffrement/);
    const en = await retrievePassages(core.index, "Has he encrypted personal data?", "en");
    expect(en.passages[0]?.chunk.lang).toBe("en");
    const keys = en.passages.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("reports the words no passage contains", async () => {
    const r = await retrievePassages(core.index, "Does he know Kubernetes?", "en");
    expect(r.signals.unknownWords).toEqual(["kubernetes"]);
    expect(r.signals.topCoverage).toBe(0);
  });
});
