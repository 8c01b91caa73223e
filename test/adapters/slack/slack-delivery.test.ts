import { afterEach, describe, expect, it } from "vitest";
import { stopSlackApp } from "../../../src/adapters/slack/slack-app.js";
import { BOT_USER_ID, buttonClick, eventCallback, slashCommand, type SlackFault } from "../../fakes/slack-fake.js";
import { waitFor } from "../../helpers/wait-for.js";
import { echoEngine, sleep, startSlackFixture, type SlackFixture } from "../slack-fixture.js";

/**
 * Faults on Slack's side while an answer is delivered: the asker still gets it, once, and the log says what happened.
 */
let fx: SlackFixture | undefined;
afterEach(async () => {
  await fx?.stop();
  fx = undefined;
});

let seq = 0;
function mention(text: string) {
  const ts = `18000${++seq}.000100`;
  return {
    ts,
    body: eventCallback({
      type: "app_mention",
      user: "U2",
      text: `<@${BOT_USER_ID}> ${text}`,
      ts,
      channel: "C1",
      event_ts: ts,
    }),
  };
}
const texts = (f: SlackFixture, thread: string) => f.fake.visible("C1", thread).map((m) => m.text);
const settled = async (f: SlackFixture) => {
  await waitFor(() => f.questionLog.questions.length > 0, 15_000, "the log row");
  await sleep(200);
};

/** Starts the app, makes Slack's `method` fail as told, asks `question` in a thread: what the asker sees there. */
/** Stops taking questions, stops the app and drains the Asker; says whether that ended within 15 s. */
async function stopAndDrain(f: SlackFixture): Promise<string> {
  f.asker.stopAccepting();
  return Promise.race([
    stopSlackApp(f.app)
      .then(() => f.asker.drain())
      .then(() => "stopped and drained"),
    sleep(15_000).then(() => "still hanging"),
  ]);
}

async function askAfter(
  options: Parameters<typeof startSlackFixture>[0],
  method: string,
  faults: SlackFault[],
  question: string,
): Promise<string[]> {
  fx = await startSlackFixture(options);
  fx.fake.fail(method, ...faults);
  const m = mention(question);
  await fx.postEvent(m.body);
  await settled(fx);
  return texts(fx, m.ts);
}

describe("Slack: an answer in a thread reaches the asker whatever chat.update does", () => {
  it(
    "posts the answer as a new message and removes the placeholder when chat.update says " + "message_not_found",
    async () => {
      const seen = await askAfter({}, "chat.update", [{ error: "message_not_found" }], "Has he used Spark?");
      expect(seen).toEqual(["Answer to: Has he used Spark?"]);
      expect(fx!.questionLog.questions[0]).toMatchObject({
        question: "Has he used Spark?",
        answer: { answered: true },
      });
      expect(fx!.questionLog.questions[0]!.errorRef).toBeUndefined();
    },
  );

  it("does the same after chat.update answers 503 on every retry", async () => {
    const seen = await askAfter(
      { retries: 2 },
      "chat.update",
      [{ status: 503 }, { status: 503 }, { status: 503 }],
      "Does he know Airflow?",
    );
    expect(fx!.fake.callsTo("chat.update")).toHaveLength(3);
    expect(seen).toEqual(["Answer to: Does he know Airflow?"]);
  });

  it("does the same when chat.update hangs past the call time-out", async () => {
    const seen = await askAfter({ timeoutMs: 500 }, "chat.update", [{ hang: true }], "Has he used Docker?");
    expect(seen).toEqual(["Answer to: Has he used Docker?"]);
  });

  it("leaves no second, stuck placeholder when Slack's response to the placeholder is lost", async () => {
    const seen = await askAfter({ retries: 2 }, "chat.postMessage", [{ lose: true }], "Has he done PII encryption?");
    expect(seen).toEqual(["Answer to: Has he done PII encryption?"]);
  });

  it("logs an answer that could not be delivered as a failure with a reference, not as answered", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    fx = await startSlackFixture({}, { answer: async (q) => (await held, echoEngine.answer(q)) });
    fx.fake.fail("chat.update", { error: "message_not_found" });
    const m = mention("Has he used Kafka?");
    await fx.postEvent(m.body);
    await waitFor(() => fx!.fake.callsTo("chat.postMessage").length === 1, 10_000, "placeholder");
    // The placeholder went out; then the channel is archived: nothing more can be posted there.
    fx.fake.fail("chat.postMessage", { error: "is_archived" });
    release();
    await settled(fx);
    const row = fx.questionLog.questions[0]!;
    expect(row.answer).toBeUndefined();
    expect(row.errorRef).toMatch(/^[0-9A-F]{8}$/);
    expect(fx.log.lines().some((l) => l.includes(row.errorRef!) && l.includes("could not deliver"))).toBe(true);
  });
});

describe("Slack: a slash command's answer reaches response_url", () => {
  it("retries response_url with backoff on 500, and the asker sees the answer once", async () => {
    fx = await startSlackFixture();
    fx.fake.fail("respond", { status: 500 }, { status: 502 });
    await fx.postForm(slashCommand({ text: "Has he used Spark?", response_url: fx.fake.responseUrl("r1") }));
    await settled(fx);
    expect(fx.fake.responseAttempts).toHaveLength(3);
    expect(fx.fake.responses.map((r) => r.body.text)).toEqual(["Answer to: Has he used Spark?"]);
    expect(fx.questionLog.questions[0]!.errorRef).toBeUndefined();
  });

  it("retries a response_url that hangs past the time-out", async () => {
    fx = await startSlackFixture({ timeoutMs: 500 });
    fx.fake.fail("respond", { hang: true });
    await fx.postForm(slashCommand({ text: "Does he know Airflow?", response_url: fx.fake.responseUrl("r2") }));
    await settled(fx);
    expect(fx.fake.responses.map((r) => r.body.text)).toEqual(["Answer to: Does he know Airflow?"]);
  });

  it("gives up on an expired response_url (404) at once, and logs the question as not delivered", async () => {
    fx = await startSlackFixture();
    fx.fake.fail("respond", { status: 404 });
    await fx.postForm(slashCommand({ text: "Has he used Docker?", response_url: fx.fake.responseUrl("r3") }));
    await settled(fx);
    expect(fx.fake.responseAttempts).toHaveLength(1);
    expect(fx.questionLog.questions[0]!.errorRef).toMatch(/^[0-9A-F]{8}$/);
  });
});

describe("Slack: a shared answer is never posted twice in the channel", () => {
  it("does not re-post an in-channel share whose response_url timed out (Slack may have shown it)", async () => {
    fx = await startSlackFixture({ timeoutMs: 500 });
    await fx.postForm(slashCommand({ text: "Has he used Spark?", response_url: fx.fake.responseUrl("ask") }));
    const reply = await waitFor(() => fx!.fake.responses[0]?.body, 10_000, "answer");
    const answerId = (reply.blocks as { type: string; elements?: { value?: string }[] }[]).find(
      (b) => b.type === "actions",
    )!.elements![0]!.value!;
    fx.fake.fail("respond", { hang: true });
    await fx.postForm(
      buttonClick({ actionId: "share_answer", value: answerId, response_url: fx.fake.responseUrl("shared") }),
    );
    await waitFor(
      () => fx!.log.lines().some((l) => l.includes("could not deliver a reply to response_url")),
      10_000,
      "the give-up",
    );
    expect(fx.fake.responseAttempts.filter((r) => r.path === "/respond/shared")).toHaveLength(1);
  });
});

describe("Slack: stop() is bounded whatever Slack does", () => {
  it("ends a reply stuck on a hung chat.update, so the drain ends too", async () => {
    fx = await startSlackFixture({ timeoutMs: 120_000 });
    fx.fake.fail("chat.update", { hang: true });
    const m = mention("Has he used Spark?");
    await fx.postEvent(m.body);
    await waitFor(() => fx!.fake.callsTo("chat.update").length === 1, 10_000, "the hung chat.update");
    expect(await stopAndDrain(fx)).toBe("stopped and drained");
  });

  it("ends a reply stuck on a hung response_url", async () => {
    fx = await startSlackFixture({ timeoutMs: 120_000 });
    fx.fake.fail("respond", { hang: true });
    await fx.postForm(slashCommand({ text: "Has he used Spark?", response_url: fx.fake.responseUrl("hung") }));
    await waitFor(() => fx!.fake.responseAttempts.length === 1, 10_000, "the hung response_url");
    expect(await stopAndDrain(fx)).toBe("stopped and drained");
  });
});
