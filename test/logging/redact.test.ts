import { describe, expect, it } from "vitest";
import { capturingLogger } from "../helpers/test-core.js";
import { scrubText } from "../../src/logging/redact.js";

const SECRETS = {
  discordToken: "MTAwMDAwMDAwMDAwMDAwMDAx.GhJkLm.abcdefghijklmnopqrstuvwxyz0123456789",
  interactionToken: "aW50ZXJhY3Rpb246MTIzNDU2Nzg5OnNlY3JldC10b2tlbg",
  slackBot: "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp",
  slackApp: "xapp-1-A0123456789-1234567890-abcdef0123456789",
  slackUser: "xoxp-2222222222-3333333333-ZzYyXxWw",
  openaiKey: "sk-proj-Abc123Def456Ghi789Jkl",
  password: "hunter2-Sup3rS3cret",
};
const ALL = Object.values(SECRETS);

function logged(write: (log: ReturnType<typeof capturingLogger>["logger"]) => void): string {
  const capture = capturingLogger();
  write(capture.logger);
  return capture.lines().join("\n");
}

describe("log lines never hold a secret", () => {
  it("scrubs a failed Discord interaction edit: the token in the webhook URL, the Bot header", () => {
    // The shape of discord.js's DiscordAPIError for a failed editReply.
    const error = Object.assign(new Error("Unknown Webhook"), {
      name: "DiscordAPIError[10015]",
      method: "PATCH",
      url: `https://discord.com/api/v10/webhooks/100000000000000002/${SECRETS.interactionToken}/messages/@original`,
      requestBody: { json: { content: "hi" } },
      headers: { authorization: `Bot ${SECRETS.discordToken}` },
    });
    const out = logged((log) =>
      log.error(
        { err: error, callback: `/api/v10/interactions/42/${SECRETS.interactionToken}/callback` },
        "interaction edit failed",
      ),
    );
    for (const secret of ALL) expect(out).not.toContain(secret);
    expect(out).toContain("/webhooks/100000000000000002/[redacted]/messages/@original");
    expect(out).toContain("interaction edit failed");
  });

  it("scrubs Slack tokens in messages, nested objects, arrays and error stacks", () => {
    const out = logged((log) => {
      log.warn(`auth failed for ${SECRETS.slackBot}`);
      log.info(
        { request: { headers: { Authorization: `Bearer ${SECRETS.slackApp}` }, tried: [SECRETS.slackUser] } },
        "socket mode",
      );
      log.error(new Error(`invalid_auth with ${SECRETS.slackBot}`));
      log.child({ appToken: SECRETS.slackApp }).info("child bindings");
    });
    for (const secret of ALL) expect(out).not.toContain(secret);
    expect(out).toContain("xoxb-[redacted]");
    expect(out).toContain("invalid_auth");
  });

  it("never prints a password or key in a URL, header or config object", () => {
    const baseUrl = `https://bot:${SECRETS.password}@llm.internal.example/v1`;
    const out = logged((log) => {
      log.info(
        {
          baseURL: baseUrl,
          config: {
            OPENAI_API_KEY: SECRETS.openaiKey,
            DISCORD_TOKEN: SECRETS.discordToken,
            OPENAI_BASE_URL: new URL(baseUrl),
          },
        },
        `model server ${baseUrl}`,
      );
      log.error(
        { err: new TypeError(`fetch failed: ${baseUrl}/chat/completions?api_key=${SECRETS.openaiKey}`) },
        "model call failed",
      );
      log.debug({ headers: { authorization: `Bot ${SECRETS.discordToken}` } }, "discord request");
    });
    for (const secret of ALL) expect(out).not.toContain(secret);
    expect(out).toContain("https://[redacted]@llm.internal.example/v1");
  });

  it("scrubs the ticket of a Socket Mode connection URL, which Bolt logs at debug level", () => {
    const ticket = "c0ffee-socket-ticket-1234";
    const out = logged((log) =>
      log.debug(`http request result: {"ok":true,"url":"wss://wss.slack.com/link/?ticket=${ticket}&app_id=A1"}`),
    );
    expect(out).not.toContain(ticket);
    expect(out).toContain("?ticket=[redacted]&app_id=A1");
  });

  it("keeps ordinary words and numbers intact", () => {
    expect(scrubText("Discord bot started as profile-bot#0001; 12 tokens in, 40 out")).toBe(
      "Discord bot started as profile-bot#0001; 12 tokens in, 40 out",
    );
    const out = logged((log) => log.info({ inputTokens: 12, outputTokens: 40, model: "gpt-4.1-mini" }, "model call"));
    expect(JSON.parse(out)).toMatchObject({
      inputTokens: 12,
      outputTokens: 40,
      model: "gpt-4.1-mini",
      msg: "model call",
    });
  });
});
