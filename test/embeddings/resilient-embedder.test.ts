import { describe, expect, it } from "vitest";
import type { Embedder } from "../../src/embeddings/embedder.js";
import { EmbeddingsUnavailableError, ResilientEmbedder } from "../../src/embeddings/resilient-embedder.js";
import { capturingLogger } from "../helpers/test-core.js";

/** An embedder whose question embeddings fail while `down` is set, counting the calls that reach it. */
function flaky() {
  const state = { down: true, calls: 0 };
  const inner: Embedder = {
    id: "flaky",
    embedDocuments: async (texts) => texts.map(() => [1, 0]),
    embedQuery: async () => {
      state.calls++;
      if (state.down) throw new Error("service down");
      return [0, 1];
    },
  };
  return { state, inner };
}

describe("ResilientEmbedder", () => {
  it("after a failed question embedding, fails fast without calling the service, with one warning", async () => {
    const { state, inner } = flaky();
    const { logger, lines } = capturingLogger();
    const embedder = new ResilientEmbedder(inner, logger, 60_000);
    await expect(embedder.embedQuery("q1")).rejects.toThrow("service down");
    state.down = false;
    await expect(embedder.embedQuery("q2")).rejects.toBeInstanceOf(EmbeddingsUnavailableError);
    expect(state.calls).toBe(1);
    expect(lines().filter((l) => l.includes("keywords only"))).toHaveLength(1);
    expect(await embedder.embedDocuments(["a", "b"])).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });

  it("asks the service again once the rest is over", async () => {
    const { state, inner } = flaky();
    const embedder = new ResilientEmbedder(inner, capturingLogger().logger, 0);
    await expect(embedder.embedQuery("q1")).rejects.toThrow("service down");
    state.down = false;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await embedder.embedQuery("q2")).toEqual([0, 1]);
  });

  it("says nothing of a question still being embedded when the bot shuts down", async () => {
    let fail: (error: Error) => void = () => {};
    const inner: Embedder = {
      id: "closing",
      embedDocuments: async () => [],
      embedQuery: () => new Promise((_, reject) => (fail = reject)),
      close: async () => fail(new Error("the embedding worker was closed")),
    };
    const { logger, lines } = capturingLogger();
    const embedder = new ResilientEmbedder(inner, logger, 60_000);
    const pending = embedder.embedQuery("asked as the chat ends");
    await new Promise((resolve) => setTimeout(resolve, 5));
    await embedder.close();
    await expect(pending).rejects.toThrow("closed");
    expect(lines().filter((l) => l.includes("keywords only"))).toEqual([]);
  });
});
