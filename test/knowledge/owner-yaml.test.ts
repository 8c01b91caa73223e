import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { readOwnerYaml } from "../../src/knowledge/owner-yaml.js";

const schema = z.object({ rate: z.number() });
let dir: string;
let lastGoodDir: string;
const kept = (v: unknown): v is { rate: number } => schema.safeParse(v).success;
const read = () =>
  readOwnerYaml({
    dir,
    file: "settings.yml",
    schema: async () => schema,
    kept,
    fallback: { rate: 0 },
    hint: "a rate",
    empty: {},
    lastGoodDir,
  });
const write = (text: string) => writeFileSync(join(dir, "settings.yml"), text);

describe("readOwnerYaml", () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "owner-yaml-"));
    lastGoodDir = join(dir, "last-good");
  });

  it("gives the fallback, with no error, when the owner has no such file", async () => {
    expect(await read()).toEqual({ value: { rate: 0 }, raw: "", error: null });
  });

  it("reads a good file and keeps a copy of it", async () => {
    write("rate: 600\n");
    expect(await read()).toEqual({ value: { rate: 600 }, raw: "rate: 600\n", error: null });
    expect(readFileSync(join(lastGoodDir, "settings.yml"), "utf8")).toBe("rate: 600\n");
  });

  it("keeps answering with the last good version when a slip breaks the file, naming line and column", async () => {
    write("rate: 600\n");
    await read();
    write("rate: 600\n  oops: [\n");
    const broken = await read();
    expect(broken.value).toEqual({ rate: 600 });
    expect(broken.error).toMatch(/^settings\.yml, line \d+, column \d+: .*\(using the last good version\)$/);
  });

  it("takes a file emptied to nothing (a save cut short) for a slip: the last good version stays, kept", async () => {
    write("rate: 600\n");
    await read();
    write("");
    const emptied = await read();
    expect(emptied.value).toEqual({ rate: 600 });
    expect(emptied.error).toMatch(/^settings\.yml is empty .*\(using the last good version\)$/);
    expect(readFileSync(join(lastGoodDir, "settings.yml"), "utf8")).toBe("rate: 600\n");
    // A comment empties it on purpose: read as an empty file (this schema then wants its rate).
    write("# nothing for now\n");
    expect((await read()).error).not.toMatch(/is empty/);
  });

  it("names a file it cannot read (a folder of that name) and goes on with the last good version", async () => {
    write("rate: 600\n");
    await read();
    rmSync(join(dir, "settings.yml"));
    mkdirSync(join(dir, "settings.yml"));
    const unreadable = await read();
    expect(unreadable.value).toEqual({ rate: 600 });
    expect(unreadable.error).toMatch(/^settings\.yml cannot be read \(EISDIR\) \(using the last good version\)$/);
  });

  it("names the wrong field and what the file should hold; defaults when nothing good was kept", async () => {
    write("rate: lots\n");
    const wrong = await read();
    expect(wrong.value).toEqual({ rate: 0 });
    expect(wrong.error).toMatch(
      /^settings\.yml at rate: .*\(a rate\) \(using the defaults: no good version kept yet\)$/,
    );
  });
});
