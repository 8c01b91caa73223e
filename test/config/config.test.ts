import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/config.js";

describe("loadConfig", () => {
  it("defaults to the offline embedder without a key, and to OpenAI with one", () => {
    expect(loadConfig({}).EMBEDDINGS_PROVIDER).toBe("local");
    expect(loadConfig({ OPENAI_API_KEY: "sk-test" }).EMBEDDINGS_PROVIDER).toBe("openai");
    expect(loadConfig({ OPENAI_API_KEY: "sk-test", EMBEDDINGS_PROVIDER: "local" }).EMBEDDINGS_PROVIDER).toBe("local");
    expect(loadConfig({}).MAX_QUESTION_CHARS).toBe(1000);
  });

  it("reads the owner's ids for Ask the candidate; unset, the feature is off", () => {
    const config = loadConfig({ OWNER_SLACK_USER_ID: "U012ABCDEF", OWNER_DISCORD_USER_ID: "123456789012345678" });
    expect([config.OWNER_SLACK_USER_ID, config.OWNER_DISCORD_USER_ID]).toEqual(["U012ABCDEF", "123456789012345678"]);
    expect(loadConfig({ OWNER_SLACK_USER_ID: "" }).OWNER_SLACK_USER_ID).toBeUndefined();
  });

  it("treats empty values as unset, as a copied .env.example has them", () => {
    expect(
      loadConfig({ OPENAI_API_KEY: "", OPENAI_BASE_URL: "", EMBEDDINGS_PROVIDER: undefined }).EMBEDDINGS_PROVIDER,
    ).toBe("local");
  });

  it.each([
    [{ EMBEDDINGS_PROVIDER: "cohere" }, 'EMBEDDINGS_PROVIDER: must be "local" or "openai"'],
    [{ OPENAI_BASE_URL: "localhost:8080" }, "OPENAI_BASE_URL: must be a full http(s) URL"],
    [{ MAX_QUESTION_CHARS: "-5" }, "MAX_QUESTION_CHARS: must be above 0"],
    [{ EMBEDDINGS_PROVIDER: "openai" }, "OPENAI_API_KEY is empty"],
    [{ OWNER_SLACK_USER_ID: "@jdoe" }, "OWNER_SLACK_USER_ID: must be a Slack user id"],
    [{ OWNER_DISCORD_USER_ID: "jdoe#1234" }, "OWNER_DISCORD_USER_ID: must be a numeric Discord user id"],
    // A timer past 2^31 - 1 ms fires at once: every model call would fail unsent.
    [{ OPENAI_TIMEOUT_MS: "99999999999" }, "OPENAI_TIMEOUT_MS: must be at most 600000 (10 minutes)"],
    [{ PORT: "70000" }, "PORT: must be at most 65535"],
  ])("stops on %o naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
