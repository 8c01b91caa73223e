import { describe, expect, it } from "vitest";
import * as z from "zod";
import { configSchema } from "../../src/config/config-schema.js";
import { plainConfig } from "../../src/config/plain-config.js";

const schema = configSchema(z);
/** Values tried for each setting: unset, blank, usual, edge and wrong ones. */
const TRIED = [
  undefined,
  "",
  "  ",
  "0",
  "1",
  "05",
  "2",
  "10",
  "11",
  "99",
  "100",
  "600000",
  "600001",
  "-5",
  "1.5",
  "0.1",
  "2.5",
  " 7 ",
  "1e3",
  "abc",
  "true",
  "false",
  "local",
  "openai",
  "llm",
  "extractive",
  "warn",
  "silent",
  "xoxb-1",
  " xapp-2 ",
  "U012ABCDEF",
  "123456789012345678",
  "/ask",
  "/Ask",
  "http://127.0.0.1:8080/v1",
  " https://api.example.com/v1 ",
  "http:example.com",
  "localhost:8080",
  "ftp://x.org",
  "https://exa mple.com",
];

describe("plainConfig (the settings read without zod)", () => {
  it("gives the schema's own object for every value it reads, and leaves every other to the schema", () => {
    const keys = Object.keys(schema.shape);
    let read = 0;
    for (const key of keys)
      for (const value of TRIED) {
        const env = { [key]: value };
        const plain = plainConfig(env);
        const parsed = schema.safeParse(env);
        if (plain === null) continue;
        read += 1;
        expect(parsed.success, `${key}=${JSON.stringify(value)}`).toBe(true);
        expect(plain, `${key}=${JSON.stringify(value)}`).toStrictEqual(parsed.data);
        expect(Object.keys(plain)).toEqual(Object.keys(parsed.data!));
      }
    expect(read).toBeGreaterThan(keys.length * 3);
    expect(plainConfig({})).toStrictEqual(schema.parse({}));
  });

  it("reads a usual .env without the schema", () => {
    const env = { OPENAI_API_KEY: "sk-1", OPENAI_BASE_URL: "http://127.0.0.1:8080/v1", SLACK_BOT_TOKEN: "xoxb-1" };
    expect(plainConfig({ ...env, SLACK_APP_TOKEN: "xapp-1", PORT: "8080", LOG_QUESTIONS: "false" })).not.toBeNull();
  });
});
