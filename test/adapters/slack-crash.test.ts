import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { FakeSlack, slackSignature, slashCommand } from "../fakes/slack-fake.js";
import { freePort, waitFor } from "../helpers/wait-for.js";

/**
 * Payloads that used to kill the whole process, sent to the real Bolt app running in a child process
 * (so a crash kills the child, not the test run).
 */
interface Child {
  proc: ChildProcess;
  out: () => string;
  exit: Promise<number | null>;
}

const children: Child[] = [];
const fakes: FakeSlack[] = [];

function runChild(args: string[]): Child {
  const proc = spawn(process.execPath, ["--import", "tsx", "test/adapters/slack-app-child.ts", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stdout!.on("data", (d) => (out += String(d)));
  proc.stderr!.on("data", (d) => (out += String(d)));
  const exit = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  const child = { proc, out: () => out, exit };
  children.push(child);
  return child;
}

async function startFake(): Promise<FakeSlack> {
  const fake = await new FakeSlack().start();
  fakes.push(fake);
  return fake;
}

afterEach(async () => {
  for (const c of children.splice(0)) if (c.proc.exitCode === null) c.proc.kill("SIGKILL");
  for (const f of fakes.splice(0)) await f.stop();
});

const alive = (c: Child) => c.proc.exitCode === null && c.proc.signalCode === null;

describe("Slack HTTP mode: no payload takes the process down", () => {
  it("refuses signed bodies that are null or not objects with 400, and keeps answering", async () => {
    const fake = await startFake();
    const port = await freePort();
    const child = runChild(["http", fake.apiUrl, String(port)]);
    await waitFor(() => child.out().includes("ready") || !alive(child), 30_000, "child start");
    const url = `http://127.0.0.1:${port}/slack/events`;
    const send = (body: string, type: string) =>
      fetch(url, {
        method: "POST",
        body,
        headers: { "content-type": type, ...slackSignature("child-secret", body) },
      }).catch(() => null);
    const statuses = [];
    for (const [body, type] of [
      ["null", "application/json"],
      ["payload=null", "application/x-www-form-urlencoded"],
      ["42", "application/json"],
      ["[1]", "application/json"],
      ["{", "application/json"],
      ['{"type":"event_callback","event_id":"Ev0"}', "application/json"],
    ] as const) {
      statuses.push((await send(body, type))?.status);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(alive(child)).toBe(true);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400]);
    const command = slashCommand({ text: "Has he used Spark?", response_url: fake.responseUrl("after") });
    expect((await send(command, "application/x-www-form-urlencoded"))?.status).toBe(200);
    const reply = await waitFor(() => fake.responses[0]?.body, 10_000, "answer after the bad bodies");
    expect(String(reply.text)).toContain("Answer to: Has he used Spark?");
  });
});

describe("Slack Socket Mode: no envelope takes the process down", () => {
  it("acks and drops envelopes without payload or event, and keeps answering", async () => {
    const fake = await startFake();
    const child = runChild(["socket", fake.apiUrl, "3999"]);
    await waitFor(() => child.out().includes("ready") || !alive(child), 30_000, "child start");
    expect(child.out()).toContain("ready");
    await waitFor(() => fake.connected, 10_000, "Socket Mode connection");
    fake.sendEnvelope({ envelope_id: "bad-1", type: "events_api", accepts_response_payload: false });
    fake.sendEnvelope({ envelope_id: "bad-2", type: "events_api", payload: { type: "event_callback" } });
    fake.sendEnvelope({ envelope_id: "bad-3", type: "slash_commands" });
    fake.sendEnvelope(null as unknown as Record<string, unknown>);
    await new Promise((r) => setTimeout(r, 500));
    expect(alive(child)).toBe(true);
    const payload = Object.fromEntries(
      new URLSearchParams(slashCommand({ text: "Does he know Airflow?", response_url: fake.responseUrl("sock") })),
    );
    fake.sendEnvelope({ envelope_id: "good", type: "slash_commands", accepts_response_payload: true, payload });
    const reply = await waitFor(() => fake.responses[0]?.body, 10_000, "answer after the bad envelopes");
    expect(String(reply.text)).toContain("Answer to: Does he know Airflow?");
    const acked = fake.socketMessages.map((m) => m.envelope_id);
    expect(acked).toEqual(expect.arrayContaining(["bad-1", "bad-2", "bad-3", "good"]));
  });
});

describe("Slack start-up with a bad token", () => {
  it("says in one line that SLACK_BOT_TOKEN was refused, and exits non-zero without a stack trace", async () => {
    const fake = await startFake();
    fake.authError = "invalid_auth";
    const child = runChild(["http", fake.apiUrl, String(await freePort())]);
    const code = await child.exit;
    expect(code).not.toBe(0);
    expect(child.out()).toMatch(/start failed: .*SLACK_BOT_TOKEN/);
    expect(child.out()).not.toMatch(/\n\s+at /);
  });
});
