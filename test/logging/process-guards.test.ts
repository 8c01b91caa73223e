import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

/**
 * A child process with a runtime like the bundled model's (listeners that rethrow), then the
 * guards, then a stray rejection and, later, an uncaught exception.
 */
const SCRIPT = `
import { createLogger } from "./src/logging/logger.ts";
import { installProcessGuards } from "./src/logging/process-guards.ts";
process.on("unhandledRejection", (reason) => { throw reason; });
process.on("uncaughtException", (error) => { throw error; });
installProcessGuards(createLogger("info"), (reference) => {
  process.stderr.write("graceful shutdown for " + reference + "\\n");
  process.exit(3);
});
Promise.reject(new Error("nobody awaited me"));
setTimeout(() => process.stderr.write("still serving\\n"), 100);
setTimeout(() => { throw new Error("state may be half-changed"); }, 200);
`;

describe("process guards", () => {
  it("logs a stray rejection with a reference and keeps serving; an uncaught exception stops gracefully", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SCRIPT], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    const lines = stderr.split("\n");
    const rejection = JSON.parse(lines.find((l) => l.includes("unhandled rejection"))!);
    expect(rejection).toMatchObject({
      reference: expect.stringMatching(/^[0-9A-F]{8}$/),
      err: { message: "nobody awaited me" },
    });
    expect(stderr).toContain("still serving");
    const exception = JSON.parse(lines.find((l) => l.includes("uncaught exception"))!);
    expect(stderr).toContain(`graceful shutdown for ${exception.reference}`);
    expect(code).toBe(3);
  });
});
