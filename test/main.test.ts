import { spawn } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack, slackSignature, slashCommand } from "./fakes/slack-fake.js";
import { tempDataDir } from "./helpers/test-core.js";
import { freePort, waitFor } from "./helpers/wait-for.js";

const fake = new FakeSlack();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

describe("npm start with Slack tokens", () => {
  it("serves Slack, and on SIGTERM finishes the answer in flight, logs it, and exits cleanly", async () => {
    const port = await freePort();
    const dataDir = tempDataDir();
    const env = {
      PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, EMBEDDINGS_PROVIDER: "local", LOG_LEVEL: "info",
      SLACK_BOT_TOKEN: "xoxb-main", SLACK_SIGNING_SECRET: "main-secret", SLACK_API_URL: fake.apiUrl, PORT: String(port), HOST: "127.0.0.1",
    };
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    await waitFor(() => stderr.includes("Press Ctrl-C to stop"), 60_000, "the bot to start");
    expect(stderr).toContain("Slack app started");
    expect(stderr).not.toContain("main-secret");

    const body = slashCommand({ text: "Has he done PII encryption?", user_id: "U1", response_url: fake.responseUrl("main") });
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded", ...slackSignature("main-secret", body) } });
    expect(res.status).toBe(200);
    child.kill("SIGTERM");

    expect(await exited).toBe(0);
    const answer = fake.responses.find((r) => r.path === "/respond/main");
    expect(String(answer?.body.text)).toContain("Decathlon");
    expect(stderr).toContain("stopping: finishing the questions in flight");
    const db = new Database(join(dataDir, "bot.db"), { readonly: true });
    expect(db.prepare("SELECT platform, question, answered FROM questions").all()).toEqual([{ platform: "slack", question: "Has he done PII encryption?", answered: 1 }]);
    db.close();
  });
});
