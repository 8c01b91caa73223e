import type { webApi } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { verifyAppToken, verifyBotToken } from "../../../src/adapters/slack/slack-auth.js";

/** A client whose auth.test gives each of `replies` in turn (an Error is thrown). */
function clientGiving(...replies: (Error | Record<string, string>)[]) {
  let calls = 0;
  const next = async () => {
    const reply = replies[Math.min(calls++, replies.length - 1)]!;
    if (reply instanceof Error) throw reply;
    return reply;
  };
  const client = {
    auth: {
      test: async () => next(),
    },
    apps: { connections: { open: async () => next() } },
  } as unknown as webApi.WebClient;
  return { client, calls: () => calls };
}

const refused = () =>
  Object.assign(new Error("An API error occurred: invalid_auth"), { data: { error: "invalid_auth" } });

describe("checking the bot token at start", () => {
  it("tries again after a Slack hiccup (a 5xx) instead of stopping the bot", async () => {
    const { client, calls } = clientGiving(new Error("An HTTP protocol error occurred: statusCode = 500"), {
      user_id: "UBOT",
      team_id: "T1",
    });
    expect(await verifyBotToken(client, "xoxb-1", 1)).toMatchObject({ botUserId: "UBOT", teamId: "T1" });
    expect(calls()).toBe(2);
  });

  it("stops at once when Slack refuses it; after three hiccups, says it could not reach Slack", async () => {
    const bad = clientGiving(refused());
    await expect(verifyBotToken(bad.client, "xoxb-1", 1)).rejects.toThrow(
      /^Slack refused SLACK_BOT_TOKEN \(invalid_auth\)/,
    );
    expect(bad.calls()).toBe(1);
    const down = clientGiving(new Error("statusCode = 503"));
    await expect(verifyBotToken(down.client, "xoxb-1", 1)).rejects.toThrow(
      /^could not reach Slack to check SLACK_BOT_TOKEN/,
    );
    expect(down.calls()).toBe(3);
  });

  it("names SLACK_APP_TOKEN at once when Slack refuses it for Socket Mode (missing_scope)", async () => {
    const missing = Object.assign(new Error("An API error occurred: missing_scope"), {
      data: { error: "missing_scope" },
    });
    const { client, calls } = clientGiving(missing);
    await expect(verifyAppToken(client, "xapp-1", 1)).rejects.toThrow(
      /^Slack refused SLACK_APP_TOKEN \(missing_scope\)/,
    );
    expect(calls()).toBe(1);
  });
});
