import { describe, expect, it } from "vitest";
import { ActiveThreads } from "../../../src/adapters/slack/slack-context.js";

describe("ActiveThreads", () => {
  it("knows a thread the bot answered in; past its cap, the one answered in longest ago is forgotten", () => {
    const threads = new ActiveThreads(60_000, 2);
    threads.add("C1", "1.1");
    threads.add("C1", "1.2");
    expect(threads.has("C1", "1.1")).toBe(true);
    threads.add("C1", "1.3");
    expect(threads.has("C1", "1.1")).toBe(false);
    expect(threads.has("C1", "1.2")).toBe(true);
    expect(threads.has("C2", "1.1")).toBe(false);
  });
});
