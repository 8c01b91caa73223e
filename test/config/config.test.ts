import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/config.js";

describe("loadConfig", () => {
  it("defaults to the offline embedder without a key, and to OpenAI with one", () => {
    expect(loadConfig({}).EMBEDDINGS_PROVIDER).toBe("local");
    expect(loadConfig({ OPENAI_API_KEY: "sk-test" }).EMBEDDINGS_PROVIDER).toBe("openai");
    expect(loadConfig({ OPENAI_API_KEY: "sk-test", EMBEDDINGS_PROVIDER: "local" }).EMBEDDINGS_PROVIDER).toBe("local");
    expect(loadConfig({}).MAX_QUESTION_CHARS).toBe(1000);
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
  ])("stops on %o naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
