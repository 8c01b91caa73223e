import { describe, expect, it } from "vitest";
import { ConcurrencyGate, QueueFullError, stepAside } from "../../src/calls/concurrency-gate.js";

/** A promise the test settles. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
const tick = () => new Promise((r) => setTimeout(r, 5));

describe("ConcurrencyGate", () => {
  it("lets others run while a task waits on a model, and gives it a slot back before anyone new", async () => {
    const gate = new ConcurrencyGate(1, 10);
    const model = deferred<string>();
    const order: string[] = [];
    const slow = gate.run(async () => {
      order.push("slow starts");
      const reply = await stepAside(() => model.promise);
      order.push(`slow resumes with ${reply}`);
    });
    await tick();
    const quick = gate.run(async () => void order.push("quick runs"));
    await quick;
    const blocker = deferred();
    const holding = gate.run(() => blocker.promise.then(() => void order.push("holder done")));
    await tick();
    const late = gate.run(async () => void order.push("late runs"));
    model.resolve("an answer");
    await tick();
    // The holder has the only slot: the slow task waits for it, ahead of the late one.
    expect(order).toEqual(["slow starts", "quick runs"]);
    blocker.resolve();
    await Promise.all([slow, holding, late]);
    expect(order).toEqual(["slow starts", "quick runs", "holder done", "slow resumes with an answer", "late runs"]);
  });

  it("counts a task away at a model as in flight: idle waits for it", async () => {
    const gate = new ConcurrencyGate(2, 10);
    const model = deferred();
    const task = gate.run(() => stepAside(() => model.promise));
    await tick();
    let idle = false;
    const idling = gate.idle().then(() => (idle = true));
    await tick();
    expect(idle).toBe(false);
    model.resolve();
    await task;
    await idling;
    expect(idle).toBe(true);
  });

  it("refuses a task that found no slot within maxWaitMs", async () => {
    const gate = new ConcurrencyGate(1, 10, 50);
    const hung = deferred();
    const first = gate.run(() => hung.promise);
    await expect(gate.run(async () => "never")).rejects.toBeInstanceOf(QueueFullError);
    hung.resolve();
    await first;
    await expect(gate.run(async () => "now")).resolves.toBe("now");
  });

  it("keeps model calls of parallel parts of one task within one slot", async () => {
    const gate = new ConcurrencyGate(1, 10);
    const a = deferred();
    const b = deferred();
    const task = gate.run(() => Promise.all([stepAside(() => a.promise), stepAside(() => b.promise)]));
    await tick();
    await gate.run(async () => "meanwhile");
    a.resolve();
    await tick();
    await expect(gate.run(async () => "still free")).resolves.toBe("still free");
    b.resolve();
    await task;
    await gate.idle();
  });

  it("outside a gate, stepAside just runs the call", async () => {
    await expect(stepAside(async () => 42)).resolves.toBe(42);
  });
});
