import { describe, expect, it } from "vitest";
import type { Answer, Question } from "../../src/answer/answer.js";
import { silentLogger } from "../../src/logging/logger.js";
import { Asker } from "../../src/service/asker.js";
import { memoryQuestionLog } from "../helpers/test-core.js";

const reply = (q: Question): Answer => ({
  question: q.text,
  answered: true,
  answer: `answer to ${q.text}`,
  language: "en",
  mode: "extractive",
  citations: [],
});

/** An engine whose answers wait until the test releases them. */
function heldEngine() {
  const pending: (() => void)[] = [];
  return {
    pending,
    engine: { answer: (q: Question) => new Promise<Answer>((resolve) => pending.push(() => resolve(reply(q)))) },
    releaseAll: () => pending.splice(0).forEach((r) => r()),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("Asker", () => {
  it("limits each user per minute, with a message saying when to try again", async () => {
    const asker = new Asker({ answer: async (q) => reply(q) }, memoryQuestionLog(), silentLogger, {
      perUserPerMinute: 3,
      maxConcurrent: 2,
      maxQueued: 10,
    });
    for (let i = 0; i < 3; i++)
      expect((await asker.ask({ text: "Has he used Spark?" }, { platform: "slack", user: "U1" })).ok).toBe(true);
    const limited = await asker.ask({ text: "Has he used Spark?" }, { platform: "slack", user: "U1" });
    expect(limited).toMatchObject({ ok: false, kind: "rate_limited" });
    expect((limited as { message: string }).message).toMatch(
      /^You've asked a lot of questions in the last minute\. Please try again in (60|59) s\.$/,
    );
    const fr = await asker.ask({ text: "A-t-il utilisé Spark ?" }, { platform: "slack", user: "U1" });
    expect((fr as { message: string }).message).toMatch(/^Vous avez posé beaucoup de questions/);
    expect((await asker.ask({ text: "Has he used Spark?" }, { platform: "slack", user: "U2" })).ok).toBe(true);
    expect((await asker.ask({ text: "Has he used Spark?" }, { platform: "discord", user: "U1" })).ok).toBe(true);
  });

  it("makes a burst wait in line, and turns away what is over the line's bound", async () => {
    const held = heldEngine();
    const asker = new Asker(held.engine, memoryQuestionLog(), silentLogger, {
      perUserPerMinute: 100,
      maxConcurrent: 2,
      maxQueued: 2,
    });
    const asks = Array.from({ length: 5 }, (_, i) =>
      asker.ask({ text: `question ${i}` }, { platform: "slack", user: `U${i}` }),
    );
    await tick();
    expect(held.pending).toHaveLength(2);
    const turnedAway = await asks[4]!;
    expect(turnedAway).toMatchObject({
      ok: false,
      kind: "busy",
      message: "I'm answering a lot of questions right now. Please try again in a minute.",
    });
    while (held.pending.length > 0) {
      held.releaseAll();
      await tick();
    }
    const results = await Promise.all(asks.slice(0, 4));
    expect(results.map((r) => r.ok && r.answer.answer)).toEqual([
      "answer to question 0",
      "answer to question 1",
      "answer to question 2",
      "answer to question 3",
    ]);
  });

  it("on shutdown, refuses new questions, finishes those in flight, then the log can close", async () => {
    const held = heldEngine();
    const log = memoryQuestionLog();
    const asker = new Asker(held.engine, log, silentLogger, { perUserPerMinute: 100, maxConcurrent: 1, maxQueued: 10 });
    const inFlight = asker.ask({ text: "Has he used Spark?" }, { platform: "slack", user: "U1" });
    const queued = asker.ask({ text: "Has he used Docker?" }, { platform: "slack", user: "U2" });
    await tick();
    asker.stopAccepting();
    expect(await asker.ask({ text: "Has he used Kafka?" }, { platform: "slack", user: "U3" })).toMatchObject({
      ok: false,
      kind: "closing",
    });
    let drained = false;
    const draining = asker.drain().then(() => (drained = true));
    await tick();
    expect(drained).toBe(false);
    held.releaseAll();
    await tick();
    held.releaseAll();
    await draining;
    expect((await inFlight).ok).toBe(true);
    expect((await queued).ok).toBe(true);
    expect(log.questions.map((q) => q.question)).toEqual(["Has he used Spark?", "Has he used Docker?"]);
  });

  it("on shutdown, waits for a tracked reply to be delivered, not only computed", async () => {
    const asker = new Asker({ answer: async (q) => reply(q) }, memoryQuestionLog(), silentLogger, {
      perUserPerMinute: 100,
      maxConcurrent: 1,
      maxQueued: 10,
    });
    let deliver!: () => void;
    const delivered = new Promise<void>((resolve) => (deliver = resolve));
    const sent: string[] = [];
    const exchange = asker.track(async () => {
      const result = await asker.ask({ text: "Has he used Spark?" }, { platform: "discord", user: "U1" });
      await delivered;
      sent.push(result.ok ? result.answer.answer : "failed");
    });
    await tick();
    asker.stopAccepting();
    let drained = false;
    const draining = asker.drain().then(() => (drained = true));
    await tick();
    expect(drained).toBe(false);
    deliver();
    await draining;
    await exchange;
    expect(sent).toEqual(["answer to Has he used Spark?"]);
  });
});
