import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerEngine } from "../../src/answer/answer-engine.js";
import { loadConfig } from "../../src/config/config.js";
import { createCore, type Core } from "../../src/core/create-core.js";
import type { Embedder } from "../../src/embeddings/embedder.js";
import { silentLogger } from "../../src/logging/logger.js";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";
import { createTestCore, freshDirs, TEST_TODAY } from "../helpers/test-core.js";

// What a dev set written from the CV alone (a headhunter's franglais, an HR generalist, a US hiring
// manager, a data lead) and the 100,000-passage bench found wrong, thirteenth session.

const { ask } = trialChat();

describe("a question naming two technologies", () => {
  it("is answered by the passage holding both and most of the rest, whatever one rarer word", async () => {
    const a = await ask(
      "did he ever have to port a pandas/sklearn codebase to something distributed because it couldn't cope " +
        "with real volumes?",
    );
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/Yes — the profile mentions it at MAIF/);
    expect(quoted(a)[0]).toMatch(/Port of the algorithms from Python \(pandas, scikit-learn\) to PySpark/);
  });

  it("still needs the rarest word when it names only one: a course outline is not Kafka in production", async () => {
    const a = await ask("Has he run Kafka in production?");
    expect(lead(a)).not.toMatch(/^Yes/);
  });
});

describe("the asker's own context", () => {
  it("« mon client est une fintech… »: the client is the asker's, never a word the profile lacks", async () => {
    const a = await ask(
      "super profil ! mon client est une fintech qui fait du paiement, il a deja bosse sur du streaming temps " +
        "reel ou c'est surtout du batch ? et Flink ca lui parle ?",
    );
    expect(lead(a)).not.toMatch(/client/);
    expect(lead(a)).toMatch(/Flink : absent du profil/);
    expect(quoted(a)[0]).toMatch(/streaming event-driven \(Apache Kafka\)/);
  });

  it("'our client is a bank: has he used Kafka?' is about Kafka", async () => {
    const a = await ask("our client is a bank: has he used Kafka?");
    expect(lead(a)).toMatch(/^Yes — Kafka: taught at EPISEN/);
  });

  it("reads 'org-wide' as the organisation, not a name the profile lacks", async () => {
    const a = await ask(
      "Has he owned a data platform that the rest of the company depends on? Something org-wide, not a side project.",
    );
    expect(a.answer).not.toMatch(/“org”/);
    expect(quoted(a)[0]).toMatch(/ingestion platform/);
  });
});

describe("'figures out' is a verb", () => {
  it("never turns a question into a list of the results with figures", async () => {
    const a = await ask("Has he built something that figures out which customers are most likely to buy?");
    expect(lead(a)).not.toMatch(/^Results the profile gives/);
    expect(lead(await ask("any figures on his results?"))).toMatch(/^Results the profile gives with figures/);
  });
});

describe("an answer the keywords alone decide", () => {
  let core: Core;
  beforeAll(async () => {
    core = await createTestCore();
  });
  /** The core's engine over an embedder that counts the questions it is asked to embed. */
  const counting = () => {
    const calls: string[] = [];
    const embedder: Embedder = {
      id: core.index.embedder.id,
      embedDocuments: (texts) => core.index.embedder.embedDocuments(texts),
      embedQuery: (text) => {
        calls.push(text);
        return core.index.embedder.embedQuery(text);
      },
    };
    const engine = createAnswerEngine({
      index: { ...core.index, embedder },
      profile: core.kb.profile,
      logger: silentLogger,
      maxQuestionChars: 1000,
      now: TEST_TODAY,
    });
    return { engine, calls };
  };

  it("doesn't wait for the embedding model; a question the keywords can't decide still uses it", async () => {
    const { engine, calls } = counting();
    const a = await engine.answer({ text: "Has he encrypted personal data?" });
    expect(a.answered).toBe(true);
    expect(quoted(a)[0]).toMatch(/encryption/i);
    expect(calls).toEqual([]);
    await engine.answer({ text: "how does he deal with messy records from different sources?" });
    expect(calls.length).toBeGreaterThan(0);
  });
});

describe("a knowledge folder of many roles", () => {
  let core: Core;
  beforeAll(async () => {
    const { dataDir, knowledgeDir } = freshDirs();
    const roles = Array.from({ length: 9 }, (_, i) => [
      `## Client ${i + 1} - Data Engineer - Freelance`,
      "January 2015 - December 2016",
      "",
      "- Technical supervision of 2 junior data engineers on the Spark pipelines",
      "",
    ]);
    writeFileSync(join(knowledgeDir, "portfolio.en.md"), ["# Portfolio", "", ...roles.flat()].join("\n"));
    const config = loadConfig({ DATA_DIR: dataDir, KNOWLEDGE_DIR: knowledgeDir, EMBEDDINGS_PROVIDER: "local" });
    core = await createCore(config, silentLogger, { now: TEST_TODAY });
  });
  afterAll(() => core.close());

  it("names six of them and says how many more, in lists of employers and of people supervised", async () => {
    const employers = lead(await core.engine.answer({ text: "who did he work for?" }));
    expect(employers).toMatch(/^14 employers, as the CV lists them: Decathlon .*; and 8 more\.$/);
    expect(employers.split("; ")).toHaveLength(7);
    const led = lead(await core.engine.answer({ text: "has he managed people?" }));
    expect(led).toMatch(/supervised 2 junior data engineers at AAA-Data .*; and \d+ more\./);
    const fr = lead(await core.engine.answer({ text: "pour qui a-t-il travaillé ?" }));
    expect(fr).toMatch(/; et 8 autres\.$/);
  });
});
