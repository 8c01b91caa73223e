import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import { silentLogger } from "../../src/logging/logger.js";
import { FORWARD_LIMITS, Forwards, isForwardable } from "../../src/service/forwards.js";
import { ForwardStore, type NewForward } from "../../src/storage/forward-store.js";

const request = (id: string, askerId = "U1"): NewForward => ({
  id,
  platform: "slack",
  workspace: "T1",
  channel: "C1",
  replyTo: "1.2",
  replyByDm: false,
  askerId,
  question: "Does he know Rust?",
  language: "en",
});

function setUp() {
  const dir = mkdtempSync(join(tmpdir(), "forwards-"));
  const file = join(dir, "bot.db");
  writeFileSync(join(dir, "faq.md"), "# FAQ\n");
  let now = new Date("2026-11-30T10:00:00Z");
  const reloads: number[] = [];
  const make = () =>
    new Forwards(new ForwardStore(file), {
      knowledgeDir: dir,
      reload: async () => (reloads.push(1), { ok: true }),
      logger: silentLogger,
      now: () => now,
    });
  return { dir, file, make, reloads, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe("Forwards", () => {
  it("forwards a question once, however many clicks", () => {
    const forwards = setUp().make();
    expect(forwards.begin(request("a1"))).toEqual({ kind: "go" });
    expect(forwards.begin(request("a1"))).toEqual({ kind: "already", status: "sending" });
    forwards.sent("a1", { channel: "DOWNER", message: "9.1" });
    expect(forwards.begin(request("a1"))).toEqual({ kind: "already", status: "sent" });
  });

  it("lets a click retry a forward cut short between the claim and the owner's DM", () => {
    const { make, advance } = setUp();
    expect(make().begin(request("cut"))).toEqual({ kind: "go" });
    // The bot stopped before the DM went out; after a restart a click soon after still waits for it…
    const restarted = make();
    expect(restarted.begin(request("cut"))).toEqual({ kind: "already", status: "sending" });
    // …and once it is clearly stale, a click sends it.
    advance(FORWARD_LIMITS.staleSendingMs + 1000);
    expect(restarted.begin(request("cut"))).toEqual({ kind: "go" });
    expect(restarted.begin(request("cut"))).toEqual({ kind: "already", status: "sending" });
  });

  it(`lets one asker forward ${FORWARD_LIMITS.perAsker} questions an hour, others unaffected`, () => {
    const { make, advance } = setUp();
    const forwards = make();
    for (let i = 0; i < FORWARD_LIMITS.perAsker; i++) expect(forwards.begin(request(`q${i}`)).kind).toBe("go");
    expect(forwards.begin(request("over"))).toEqual({ kind: "rate_limited", retryInMinutes: 60 });
    expect(forwards.begin(request("other", "U2")).kind).toBe("go");
    advance(FORWARD_LIMITS.windowMs);
    expect(forwards.begin(request("over")).kind).toBe("go");
  });

  it("takes the owner's answer exactly once, again after a failed delivery, and survives a restart", () => {
    const { make } = setUp();
    const first = make();
    first.begin(request("a1"));
    first.sent("a1", { channel: "DOWNER", message: "9.1" });
    first.close();
    const forwards = make(); // a restart: a new connection to the same file
    const forward = forwards.forOwnerMessage("slack", "9.1")!;
    expect(forward).toMatchObject({ id: "a1", channel: "C1", replyTo: "1.2", askerId: "U1", status: "sent" });
    expect(forwards.claimAnswer("a1", "Yes.")).toMatchObject({ answer: "Yes.", status: "answered" });
    expect(forwards.claimAnswer("a1", "Yes again.")).toBeUndefined();
    forwards.answerFailed("a1", new Error("channel_not_found"));
    expect(forwards.claimAnswer("a1", "Yes, retried.")?.answer).toBe("Yes, retried.");
    forwards.answerDelivered("a1");
    expect(forwards.get("a1")?.askerId).toBeNull(); // the raw id is kept only until delivery
  });

  it("saves an answered forward to faq.md once, and reloads the bot", async () => {
    const { make, dir, reloads } = setUp();
    const forwards = make();
    forwards.begin(request("a1"));
    forwards.sent("a1", { channel: "DOWNER", message: "9.1" });
    expect(await forwards.saveAsFaq("a1")).toEqual({ kind: "unknown" }); // no answer yet
    forwards.claimAnswer("a1", "Yes, since 2022.");
    const [one, two] = await Promise.all([forwards.saveAsFaq("a1"), forwards.saveAsFaq("a1")]);
    expect([one.kind, two.kind].sort()).toEqual(["already", "saved"]);
    expect(readFileSync(join(dir, "faq.md"), "utf8")).toBe("# FAQ\n\n### Does he know Rust?\nYes, since 2022.\n");
    expect(reloads).toHaveLength(1);
    expect(forwards.get("a1")?.status).toBe("saved");
  });

  it("a FAQ that can't be written: the owner gets a reference, and may try again", async () => {
    const { file } = setUp();
    const forwards = new Forwards(new ForwardStore(file), {
      knowledgeDir: join(file, "no-such-folder"),
      reload: async () => ({ ok: true }),
      logger: silentLogger,
    });
    forwards.begin(request("a1"));
    forwards.sent("a1", { channel: "DOWNER", message: "9.1" });
    forwards.claimAnswer("a1", "Yes.");
    const outcome = await forwards.saveAsFaq("a1");
    expect(outcome.kind).toBe("failed");
    expect(forwards.get("a1")?.status).toBe("answered");
  });

  it("offers the button for what the profile lacks or only the candidate can say, not for chatter or off-topic", () => {
    const answer = (fields: Partial<Answer>): Answer => ({
      question: "q",
      answered: false,
      answer: "",
      language: "en",
      mode: "extractive",
      citations: [],
      ...fields,
    });
    expect(isForwardable(answer({ reason: "not_in_profile" }))).toBe(true);
    expect(isForwardable(answer({ reason: "owner_only" }))).toBe(true);
    expect(isForwardable(answer({ reason: "chatter" }))).toBe(false);
    expect(isForwardable(answer({ reason: "off_topic" }))).toBe(false);
    expect(isForwardable(answer({ answered: true }))).toBe(false);
  });
});
