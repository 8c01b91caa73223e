import { describe, expect, it } from "vitest";
import { ConversationStore, type Turn } from "../../src/conversation/conversation-store.js";

const turn = (question: string): Turn => ({
  question,
  standalone: question,
  answer: "…",
  answered: true,
  language: "en",
});

describe("ConversationStore", () => {
  it("keeps the last turns of a conversation, until it has been quiet for the time-to-live", () => {
    let now = 1_000_000;
    const store = new ConversationStore(2, 60_000, 10, () => now);
    for (const q of ["a", "b", "c"]) store.append("c1", turn(q));
    expect(store.history("c1").map((t) => t.question)).toEqual(["b", "c"]);
    now += 59_000;
    expect(store.history("c1")).toHaveLength(2);
    store.append("c1", turn("d"));
    now += 59_000;
    expect(store.history("c1").map((t) => t.question)).toEqual(["c", "d"]);
    now += 2_000;
    expect(store.history("c1")).toEqual([]);
    expect(store.history(undefined)).toEqual([]);
  });

  it("drops the least recent conversation past its cap", () => {
    const store = new ConversationStore(4, 60_000, 2);
    store.append("c1", turn("a"));
    store.append("c2", turn("b"));
    store.append("c3", turn("c"));
    expect(store.history("c1")).toEqual([]);
    expect(store.history("c3")).toHaveLength(1);
  });
});
