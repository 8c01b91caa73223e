import { afterEach, describe, expect, it, vi } from "vitest";
import { readArgs } from "../../src/cli/cli-args.js";

const usage = "usage: ask [--json] <question>";
const options = { json: { type: "boolean" } } as const;

describe("readArgs", () => {
  afterEach(() => vi.restoreAllMocks());

  it("reads known flags and keeps the rest as the question", () => {
    const args = readArgs({ args: ["--json", "what", "stack?"], options, allowPositionals: true }, usage);
    expect(args.values.json).toBe(true);
    expect(args.positionals).toEqual(["what", "stack?"]);
  });

  it("stops on an unknown flag with the error and the usage on stderr, exit code 2", () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((text) => written.push(String(text)) > 0);
    vi.spyOn(process, "exit").mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    expect(() => readArgs({ args: ["--jsn", "what"], options, allowPositionals: true }, usage)).toThrow("exit 2");
    expect(written.join("")).toContain("--jsn");
    expect(written.join("")).toContain(usage);
  });
});
