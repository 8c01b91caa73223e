import type { App } from "@slack/bolt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AnswerEngine } from "../../../src/answer/answer-engine.js";
import { createSlackApp, startSlackApp } from "../../../src/adapters/slack/slack-app.js";
import type { SlackOptions } from "../../../src/adapters/slack/slack-context.js";
import type { Core } from "../../../src/core/create-core.js";
import {
  BOT_USER_ID,
  buttonClick,
  eventCallback,
  mentionEvent,
  messageEvent,
  FakeSlack,
  slackSignature,
  slashCommand,
  viewSubmission,
  slackOptionsFor,
} from "../../fakes/slack-fake.js";
import {
  capturingLogger,
  createTestCore,
  memoryQuestionLog,
  switchingDeps,
  testAsker,
} from "../../helpers/test-core.js";
import { freePort, waitFor } from "../../helpers/wait-for.js";

const SECRET = "test-signing-secret";
const fake = new FakeSlack();
const log = capturingLogger();
const questionLog = memoryQuestionLog();
let core: Core;
let app: App;
let base: string;
/** The engine the app calls; a test may swap it for one that fails. */
let engine: AnswerEngine;

beforeAll(async () => {
  core = await createTestCore();
  engine = core.engine;
  await fake.start();
  const port = await freePort();
  const options: SlackOptions = slackOptionsFor(fake, port, SECRET);
  const deps = switchingDeps(() => engine, { profile: core.kb.profile, questionLog, logger: log.logger });
  app = createSlackApp(deps, options);
  await startSlackApp(app, options);
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await app.stop();
  await fake.stop();
});
beforeEach(() => {
  fake.reset();
  engine = core.engine;
});

async function post(
  body: string,
  contentType: string,
  headers: Record<string, string> = slackSignature(SECRET, body),
): Promise<Response> {
  return fetch(`${base}/slack/events`, { method: "POST", body, headers: { "content-type": contentType, ...headers } });
}
const postForm = (body: string, headers?: Record<string, string>) =>
  post(body, "application/x-www-form-urlencoded", headers);
const postEvent = (event: Record<string, unknown>, extra: Record<string, string> = {}) => {
  const body = JSON.stringify(event);
  return post(body, "application/json", { ...slackSignature(SECRET, body), ...extra });
};
const allText = () => JSON.stringify([fake.calls.map((c) => c.body), fake.responses.map((r) => r.body)]);

describe("Slack app, HTTP mode, real Bolt", () => {
  it("acks a signed slash command at once and answers with citation blocks", async () => {
    const res = await postForm(
      slashCommand({ text: "Has he done PII encryption?", response_url: fake.responseUrl("cmd1") }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ response_type: "ephemeral", text: "Looking through the profile…" });
    const reply = await waitFor(() => fake.responses[0]?.body, 10_000, "respond()");
    expect(reply).toMatchObject({ response_type: "ephemeral", replace_original: true });
    const blocks = reply.blocks as {
      type: string;
      elements?: { text?: string; action_id?: string }[];
      text?: { text: string };
    }[];
    expect(blocks[0]!.text!.text).toBe("Yes — the profile mentions it at Decathlon, since May 2021.");
    const contexts = blocks.filter((b) => b.type === "context").map((b) => b.elements![0]!.text!);
    expect(contexts[0]).toMatch(
      new RegExp(
        String.raw`^\*\[1\] Decathlon — Senior Data Engineer › Security and governance\* · May 2021 - Present ` +
          String.raw`\(\d+ years[^)]* to date\)\n> ` +
          String.raw`PII management: column-level encryption of complex nested data without adding a column$`,
      ),
    );
    const actions = blocks.find((b) => b.type === "actions")!.elements!.map((e) => e.action_id);
    expect(actions).toEqual(["share_answer", "feedback_up", "feedback_down"]);
    expect(String(reply.text)).toContain("[1] Decathlon — Senior Data Engineer › Security and governance");
  });

  it("answers an empty command with usage and examples", async () => {
    const res = await postForm(slashCommand({ text: "  ", response_url: fake.responseUrl("usage") }));
    const body = await res.json();
    expect(body.text).toContain("/ask Has he done PII encryption?");
    expect(fake.responses).toHaveLength(0);
  });

  it("refuses a bad signature and a stale timestamp with 401", async () => {
    const body = slashCommand({ text: "Has he used Spark?", response_url: fake.responseUrl("x") });
    const bad = await postForm(body, { ...slackSignature("wrong-secret", body) });
    expect(bad.status).toBe(401);
    const stale = await postForm(body, slackSignature(SECRET, body, Math.floor(Date.now() / 1000) - 6 * 60));
    expect(stale.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.responses).toHaveLength(0);
  });

  it("answers a mention in a thread, then a follow-up in that thread without a mention", async () => {
    const ts = "1800000000.000100";
    const mention = mentionEvent({ user: "U2", text: "Has he done PII encryption?", ts, channel: "C1", event_ts: ts });
    expect((await postEvent(eventCallback(mention))).status).toBe(200);
    const update = await waitFor(() => fake.callsTo("chat.update")[0], 10_000, "chat.update");
    const placeholder = fake.callsTo("chat.postMessage")[0]!;
    expect(placeholder.body).toMatchObject({
      channel: "C1",
      thread_ts: "1800000000.000100",
      text: "Looking through the profile…",
    });
    expect(placeholder.headers.authorization).toBe("Bearer xoxb-test");
    expect(String(update.body.text)).toContain("Yes — the profile mentions it at Decathlon");

    const next = "1800000005.000100";
    const followUp = messageEvent({
      user: "U2",
      text: "when was that?",
      ts: next,
      thread_ts: ts,
      channel: "C1",
      event_ts: next,
    });
    await postEvent(eventCallback(followUp));
    const second = await waitFor(() => fake.callsTo("chat.update")[1], 10_000, "second chat.update");
    expect(String(second.body.text)).toContain("Decathlon, since May 2021");
    expect(fake.callsTo("chat.postMessage")[1]!.body.thread_ts).toBe("1800000000.000100");
  });

  it("answers a mention holding <!channel> with the real answer, and pings nobody", async () => {
    const before = fake.callsTo("chat.update").length;
    const ts = "1800000200.000100";
    const mention = mentionEvent({
      user: "U2",
      text: "<!channel> does he know Airflow?",
      ts,
      channel: "C1",
      event_ts: ts,
    });
    await postEvent(eventCallback(mention, "EvChannel"));
    const update = await waitFor(() => fake.callsTo("chat.update")[before], 10_000, "chat.update");
    const sent = JSON.stringify(update.body);
    expect(sent).toContain("Yes — Airflow: used at Decathlon (since May 2021), AAA-Data (January 2020 - May 2021).");
    expect(sent).not.toMatch(/<!channel>|<!here>|<@U/);
    expect(sent).not.toContain("channel”");
  });

  it("checks a job description pasted after /fit, privately, requirement by requirement", async () => {
    const res = await postForm(
      slashCommand({
        command: "/fit",
        text: "We need Spark, Airflow and Terraform; 5+ years of experience.",
        response_url: fake.responseUrl("fit1"),
      }),
    );
    expect(await res.json()).toMatchObject({
      response_type: "ephemeral",
      text: "Reading the job description against the profile…",
    });
    const reply = await waitFor(() => fake.responses[0]?.body, 10_000, "respond()");
    const text = JSON.stringify(reply);
    expect(text).toContain("Meets 3 of 4 requirements.");
    expect(text).toContain("• Spark: ✔ met (7 years and 10 months in the roles that list it)");
    expect(text).toContain("• Terraform: ✘ not in the profile");
    expect(
      (reply.blocks as { elements?: { action_id?: string }[] }[]).some((b) =>
        b.elements?.some((e) => e.action_id === "share_answer"),
      ),
    ).toBe(true);
  });

  it("answers 'does he fit?' asked by the slash command after /fit with that job's check", async () => {
    const user = "UFIT";
    await postForm(
      slashCommand({
        command: "/fit",
        text: "We need Spark, Airflow and Terraform; 5+ years of experience.",
        user_id: user,
        response_url: fake.responseUrl("fit-first"),
      }),
    );
    await waitFor(() => fake.responses.find((r) => r.path.endsWith("/fit-first")), 10_000, "the /fit report");
    await postForm(slashCommand({ text: "does he fit?", user_id: user, response_url: fake.responseUrl("fit-then") }));
    const reply = await waitFor(
      () => fake.responses.find((r) => r.path.endsWith("/fit-then"))?.body,
      10_000,
      "respond()",
    );
    expect(JSON.stringify(reply)).toContain("Meets 3 of 4 requirements.");
  });

  it("opens a modal for /fit alone, and answers its multi-line submission in the channel, privately", async () => {
    const res = await postForm(
      slashCommand({ command: "/fit", text: "", channel_id: "C7", response_url: fake.responseUrl("fit2") }),
    );
    expect(res.status).toBe(200);
    const open = await waitFor(() => fake.callsTo("views.open")[0], 10_000, "views.open");
    expect(String(open.body.trigger_id)).toMatch(/^\d+\.456$/);
    const view = (typeof open.body.view === "string" ? JSON.parse(open.body.view) : open.body.view) as Record<
      string,
      unknown
    >;
    expect(view).toMatchObject({
      type: "modal",
      callback_id: "fit_modal",
      private_metadata: JSON.stringify({ channel: "C7" }),
    });
    const submission = viewSubmission({
      callbackId: "fit_modal",
      block: "jd_block",
      action: "jd",
      value: "- Python\n- Kubernetes\n- Mentoring junior engineers",
      privateMetadata: String(view.private_metadata),
    });
    expect((await postForm(submission)).status).toBe(200);
    const posted = await waitFor(() => fake.callsTo("chat.postEphemeral")[0], 10_000, "chat.postEphemeral");
    expect(posted.body).toMatchObject({ channel: "C7", user: "U1" });
    expect(String(posted.body.text)).toContain("• Kubernetes: ✘ not in the profile");
    expect(String(posted.body.text)).toContain("• Mentoring junior engineers: ✔ met");
  });

  it("answers a message in a thread it was never asked in: not at all", async () => {
    const thread = { ts: "1900000001.000100", thread_ts: "1900000000.000100" };
    const stray = messageEvent({ user: "U3", text: "has he used Spark?", ...thread, channel: "C1" });
    await postEvent(eventCallback(stray));
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("answers a DM", async () => {
    const dm = messageEvent({ user: "U4", text: "Est-il freelance ?", ts: "1900000100.000100", channel: "D1" });
    await postEvent(eventCallback(dm));
    const update = await waitFor(() => fake.callsTo("chat.update")[0], 10_000, "DM answer");
    expect(String(update.body.text)).toMatch(/^Oui — le profil le mentionne/);
    expect(fake.callsTo("chat.postMessage")[0]!.body.thread_ts).toBeUndefined();
  });

  it("answers a DM with a file attached (a job description, say): its text", async () => {
    const dm = messageEvent({
      user: "U4",
      subtype: "file_share",
      text: "Has he used Spark? (JD attached)",
      files: [{ id: "F1", name: "jd.pdf" }],
      ts: "1900000200.000100",
      channel: "D2",
    });
    await postEvent(eventCallback(dm));
    const update = await waitFor(() => fake.callsTo("chat.update")[0], 10_000, "DM answer");
    expect(String(update.body.text)).toMatch(/Spark/);
    // An edit is still no new question.
    const edit = messageEvent({
      user: "U4",
      subtype: "message_changed",
      text: "x",
      ts: "1900000201.0001",
      channel: "D2",
    });
    await postEvent(eventCallback(edit));
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("answers an event delivered twice only once", async () => {
    const mention = eventCallback(
      mentionEvent({ user: "U2", text: "Does he know Airflow?", ts: "1800000100.000100", channel: "C1" }),
      "EvRetried",
    );
    expect((await postEvent(mention)).status).toBe(200);
    const retry = await postEvent(mention, { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" });
    expect(retry.status).toBe(200);
    await waitFor(() => fake.callsTo("chat.update")[0], 10_000, "answer");
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(fake.callsTo("chat.update")).toHaveLength(1);
    expect(log.lines().some((l) => l.includes("dropped a repeated Slack event") && l.includes("EvRetried"))).toBe(true);
  });

  it("ignores its own messages and other bots'", async () => {
    await postEvent(
      eventCallback(messageEvent({ user: BOT_USER_ID, text: "Has he used Spark?", ts: "1.1", channel: "D1" })),
    );
    await postEvent(
      eventCallback(messageEvent({ bot_id: "B2", user: "U9", text: "Has he used Spark?", ts: "1.2", channel: "D1" })),
    );
    await postEvent(
      eventCallback(messageEvent({ subtype: "bot_message", bot_id: "B2", text: "hi", ts: "1.3", channel: "D1" })),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("never turns <!channel>, <!here> or <@U…> from a question into a ping", async () => {
    await postForm(
      slashCommand({
        text: "<!channel> <!here> <@U999> Does he know Kubernetes <!channel>?",
        response_url: fake.responseUrl("ping"),
      }),
    );
    await waitFor(() => fake.responses[0], 10_000, "answer");
    const sent = allText();
    expect(sent).not.toMatch(/<!channel>|<!here>|<@U999>|<!everyone>/);
    expect(sent).toContain("The profile doesn't mention “Kubernetes”.");
  });

  it("shares a private answer in the channel, and records feedback", async () => {
    await postForm(slashCommand({ text: "Has he used Docker?", response_url: fake.responseUrl("share") }));
    const reply = await waitFor(() => fake.responses[0]?.body, 10_000, "answer");
    const answerId = (reply.blocks as { type: string; elements?: { value?: string }[] }[]).find(
      (b) => b.type === "actions",
    )!.elements![0]!.value!;
    await postForm(
      buttonClick({ actionId: "share_answer", value: answerId, response_url: fake.responseUrl("shared") }),
    );
    const shared = await waitFor(
      () => fake.responses.find((r) => r.path === "/respond/shared")?.body,
      10_000,
      "shared answer",
    );
    expect(shared).toMatchObject({ response_type: "in_channel" });
    expect(String(shared.text)).toContain("Docker");

    await postForm(
      buttonClick({ actionId: "feedback_down", value: answerId, response_url: fake.responseUrl("fb"), user: "U7" }),
    );
    await waitFor(() => questionLog.feedback.length > 0, 10_000, "feedback");
    expect(questionLog.feedback[0]).toMatchObject({ answerId, rating: "down", user: "U7" });
    expect(questionLog.questions.find((q) => q.id === answerId)).toMatchObject({
      platform: "slack",
      channel: "C1",
      user: "U1",
      workspace: "T1",
    });

    await postForm(buttonClick({ actionId: "share_answer", value: "gone", response_url: fake.responseUrl("gone") }));
    const gone = await waitFor(() => fake.responses.find((r) => r.path === "/respond/gone")?.body, 10_000, "expired");
    expect(gone.text).toBe("That answer is no longer available; please ask again.");
  });

  it("answers a French question in French: placeholder, answer, share button, thanks, apology", async () => {
    const res = await postForm(
      slashCommand({ text: "A-t-il utilisé Docker ?", response_url: fake.responseUrl("fr"), user_id: "UFR" }),
    );
    expect(await res.json()).toMatchObject({ text: "Je parcours le profil…" });
    const reply = await waitFor(() => fake.responses[0]?.body, 10_000, "French answer");
    type Button = { text: { text: string }; value: string };
    const blocks = reply.blocks as { type: string; text?: { text: string }; elements?: Button[] }[];
    expect(blocks[0]!.text!.text).toMatch(/^Oui — /);
    const buttons = blocks.find((b) => b.type === "actions")!.elements!;
    expect(buttons[0]!.text.text).toBe("Partager dans le canal");
    await postForm(
      buttonClick({ actionId: "feedback_up", value: buttons[0]!.value, response_url: fake.responseUrl("fr-fb") }),
    );
    const thanks = await waitFor(() => fake.responses.find((r) => r.path === "/respond/fr-fb")?.body, 10_000, "thanks");
    expect(thanks.text).toBe("Merci pour votre retour.");

    const mention = { type: "app_mention", user: "UFR", ts: "1800000100.000100", channel: "C1" };
    await postEvent(eventCallback({ ...mention, text: `<@${BOT_USER_ID}> Qu'a-t-il fait chez Decathlon ?` }));
    await waitFor(() => fake.callsTo("chat.update")[0], 10_000, "chat.update");
    expect(fake.callsTo("chat.postMessage")[0]!.body.text).toBe("Je parcours le profil…");

    engine = { answer: async () => Promise.reject(new Error("index exploded")) };
    await postForm(slashCommand({ text: "A-t-il utilisé Spark ?", response_url: fake.responseUrl("fr-boom") }));
    const sorry = await waitFor(() => fake.responses.find((r) => r.path === "/respond/fr-boom")?.body, 10_000, "sorry");
    expect(sorry.text).toMatch(/^Désolé — un problème est survenu de mon côté \(référence [0-9A-F]{8}\)/);
    expect(allText()).not.toMatch(/Looking through|Share in channel|Thanks for|Sorry/);
  });

  it("apologises with a reference id when the core fails, and logs the detail", async () => {
    engine = { answer: async () => Promise.reject(new Error("index exploded")) };
    await postForm(slashCommand({ text: "Has he used Spark?", response_url: fake.responseUrl("boom") }));
    const reply = await waitFor(() => fake.responses[0]?.body, 10_000, "apology");
    const ref = /reference ([0-9A-F]{8})/.exec(String(reply.text))?.[1];
    expect(reply.text).toMatch(/^Sorry — something went wrong on my side \(reference [0-9A-F]{8}\)/);
    expect(String(reply.text)).not.toContain("index exploded");
    expect(log.lines().some((l) => l.includes(ref!) && l.includes("index exploded"))).toBe(true);
  });

  it("serves /healthz", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ok");
  });
});

describe("Slack app, Socket Mode, real Bolt", () => {
  it("connects, says hello, acks a slash command envelope and answers", async () => {
    const socketFake = await new FakeSlack().start();
    const options: SlackOptions = {
      botToken: "xoxb-test",
      appToken: "xapp-test",
      apiUrl: socketFake.apiUrl,
      command: "/ask",
      fitCommand: "/fit",
      allowedChannels: [],
      port: 0,
      retries: 0,
    };
    const socketApp = createSlackApp({ asker: testAsker(core.engine), logger: log.logger }, options);
    try {
      await startSlackApp(socketApp, options);
      expect(socketFake.callsTo("apps.connections.open")[0]!.headers.authorization).toBe("Bearer xapp-test");
      const payload = Object.fromEntries(
        new URLSearchParams(
          slashCommand({ text: "Does he know Airflow?", response_url: socketFake.responseUrl("socket") }),
        ),
      );
      socketFake.sendEnvelope({
        envelope_id: "env-1",
        type: "slash_commands",
        accepts_response_payload: true,
        payload,
      });
      const ack = await waitFor(
        () => socketFake.socketMessages.find((m) => m.envelope_id === "env-1"),
        10_000,
        "envelope ack",
      );
      expect(ack).toMatchObject({ envelope_id: "env-1", payload: { text: "Looking through the profile…" } });
      const reply = await waitFor(() => socketFake.responses[0]?.body, 10_000, "respond()");
      expect(String(reply.text)).toContain("Airflow");
    } finally {
      await socketApp.stop();
      await socketFake.stop();
    }
  });
});
