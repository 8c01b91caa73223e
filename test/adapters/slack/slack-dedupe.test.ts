import { describe, expect, it } from "vitest";
import { dropRetriedEvents } from "../../../src/adapters/slack/slack-dedupe.js";
import { capturingLogger } from "../../helpers/test-core.js";

/** Runs the middleware on `body`; says whether it went on to the handlers, and whether it acked. */
async function deliver(middleware: ReturnType<typeof dropRetriedEvents>, body: Record<string, unknown>) {
  const seen = { next: false, acked: false };
  const args = {
    body,
    context: { retryNum: 1 },
    next: async () => void (seen.next = true),
    ack: async () => void (seen.acked = true),
  };
  await (middleware as (args: unknown) => Promise<void>)(args);
  return seen;
}

describe("dropRetriedEvents", () => {
  it("answers an event once, however often Slack sends it again, and logs the drop", async () => {
    const { logger, lines } = capturingLogger();
    const middleware = dropRetriedEvents(logger, 60_000);
    expect((await deliver(middleware, { event_id: "Ev1" })).next).toBe(true);
    expect((await deliver(middleware, { event_id: "Ev1" })).next).toBe(false);
    expect((await deliver(middleware, { event_id: "Ev2" })).next).toBe(true);
    expect(lines().filter((l) => l.includes("dropped a repeated Slack event"))).toHaveLength(1);
  });

  it("acks a replayed slash command silently, without answering it twice", async () => {
    const middleware = dropRetriedEvents(capturingLogger().logger, 60_000);
    const command = { command: "/ask", trigger_id: "T1" };
    expect(await deliver(middleware, command)).toEqual({ next: true, acked: false });
    expect(await deliver(middleware, command)).toEqual({ next: false, acked: true });
    expect((await deliver(middleware, { command: "/ask", trigger_id: "T2" })).next).toBe(true);
  });
});
