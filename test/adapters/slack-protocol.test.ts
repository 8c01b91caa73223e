import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { stopSlackApp } from "../../src/adapters/slack/slack-app.js";
import { slackSignature, slashCommand } from "../fakes/slack-fake.js";
import { waitFor } from "../helpers/wait-for.js";
import { SECRET, sleep, startSlackFixture, type SlackFixture } from "./slack-fixture.js";

/** Requests an attacker could send to the HTTP endpoint: refused before they cost anything. */
let fx: SlackFixture | undefined;
afterEach(async () => {
  await fx?.stop();
  fx = undefined;
});

/**
 * POSTs `declared` bytes' worth of headers but sends only `sent` bytes, and reports the status the
 * server answers with (or "no answer" after `waitMs`): a server that buffers everything first never answers.
 */
function postPartly(
  port: number,
  headers: Record<string, string | number>,
  sent: number,
  waitMs = 5000,
): Promise<number | "no answer"> {
  return new Promise((resolve) => {
    const req = request({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: "/slack/events",
      headers: { "content-type": "application/json", ...headers },
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve("no answer");
    }, waitMs);
    req.on("response", (res) => {
      clearTimeout(timer);
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", () => undefined);
    req.write(Buffer.alloc(sent, 0x20));
  });
}

describe("Slack HTTP mode: request checks", () => {
  it("refuses a timestamp more than 5 minutes in the future, and accepts a small clock skew", async () => {
    fx = await startSlackFixture();
    const body = slashCommand({ text: "Has he used Spark?", response_url: fx.fake.responseUrl("future") });
    const future = await fx.postForm(body, slackSignature(SECRET, body, Math.floor(Date.now() / 1000) + 6 * 60));
    expect(future.status).toBe(401);
    await sleep(300);
    expect(fx.fake.responseAttempts).toHaveLength(0);
    const skewed = slashCommand({ text: "Has he used Spark?", response_url: fx.fake.responseUrl("skew") });
    expect((await fx.postForm(skewed, slackSignature(SECRET, skewed, Math.floor(Date.now() / 1000) + 60))).status).toBe(
      200,
    );
    await waitFor(() => fx!.fake.responses[0], 10_000, "answer");
  });

  it("answers a replayed slash command (same trigger_id) once", async () => {
    fx = await startSlackFixture();
    const body = slashCommand({
      text: "Does he know Airflow?",
      response_url: fx.fake.responseUrl("replay"),
      trigger_id: "777.888",
    });
    expect((await fx.postForm(body)).status).toBe(200);
    const again = await fx.postForm(body);
    expect(again.status).toBe(200);
    await waitFor(() => fx!.fake.responses[0], 10_000, "answer");
    await sleep(500);
    expect(fx.fake.responses).toHaveLength(1);
    expect(fx.questionLog.questions).toHaveLength(1);
    expect(fx.log.lines().some((l) => l.includes("dropped a replayed slash command") && l.includes("777.888"))).toBe(
      true,
    );
  });

  it("refuses a body declared over 1 MB with 413 before it is sent", async () => {
    fx = await startSlackFixture();
    expect(await postPartly(fx.port, { "content-length": 3 * 1024 * 1024 }, 64 * 1024)).toBe(413);
  });

  it("refuses a chunked body with 413 as soon as it passes 1 MB", async () => {
    fx = await startSlackFixture();
    expect(await postPartly(fx.port, { "transfer-encoding": "chunked" }, 1024 * 1024 + 10)).toBe(413);
  });

  it("still answers /healthz and a normal command after all that", async () => {
    fx = await startSlackFixture();
    await postPartly(fx.port, { "content-length": 3 * 1024 * 1024 }, 1024, 1000);
    expect((await fetch(`${fx.base}/healthz`)).status).toBe(200);
    await fx.postForm(slashCommand({ text: "Has he used Docker?", response_url: fx.fake.responseUrl("ok") }));
    expect((await waitFor(() => fx!.fake.responses[0], 10_000, "answer")).body.text).toBe(
      "Answer to: Has he used Docker?",
    );
  });

  it("stops even with a request left half-sent", async () => {
    fx = await startSlackFixture();
    void postPartly(fx.port, { "content-length": 4096 }, 100, 30_000);
    await sleep(200);
    const outcome = await Promise.race([
      stopSlackApp(fx.app).then(() => "stopped"),
      sleep(15_000).then(() => "still hanging"),
    ]);
    expect(outcome).toBe("stopped");
  });
});
