import { readFileSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { createCore } from "../../src/core/create-core.js";
import { capturingLogger, tempDataDir } from "../helpers/test-core.js";

describe("the lexicon cache beside the index", () => {
  it("is rebuilt when lexicon.bloom is damaged, so ordinary words stay ordinary", async () => {
    const data = tempDataDir();
    const config = loadConfig({ DATA_DIR: data, EMBEDDINGS_PROVIDER: "local", LOG_QUESTIONS: "false" });
    const first = await createCore(config, capturingLogger().logger);
    expect((await first.engine.answer({ text: "What are his principales skills?" })).answer).toMatch(/^Main skills/);
    const bloom = join(data, "index", "lexicon.bloom");
    const intact = readFileSync(bloom);
    // Same size, all zeros: no word is a dictionary word any more ("principales" becomes the subject).
    writeFileSync(bloom, Buffer.alloc(statSync(bloom).size));
    const log = capturingLogger();
    const second = await createCore(config, log.logger);
    expect((await second.engine.answer({ text: "What are his principales skills?" })).answer).toMatch(/^Main skills/);
    expect(log.lines().join("\n")).toMatch(/lexicon files are damaged; rebuilding them/);
    expect(readFileSync(bloom).equals(intact)).toBe(true);
  });

  it("is built anew from a sealed cache of another version, and sealed again: the next start opens it", async () => {
    const data = tempDataDir();
    const config = loadConfig({ DATA_DIR: data, EMBEDDINGS_PROVIDER: "local", LOG_QUESTIONS: "false" });
    await (await createCore(config, capturingLogger().logger)).close();
    const dir = join(data, "index");
    const json = join(dir, "lexicon.json");
    const current = readFileSync(json, "utf8");
    // An older version's cache, its checksums matching (sealed by that version).
    const older = JSON.stringify({ ...JSON.parse(current), version: -1 });
    writeFileSync(json, older);
    const sums = JSON.parse(readFileSync(join(dir, "lexicon.sums.json"), "utf8"));
    sums["lexicon.json"] = {
      bytes: Buffer.byteLength(older),
      sha256: createHash("sha256").update(older).digest("hex"),
    };
    writeFileSync(join(dir, "lexicon.sums.json"), JSON.stringify(sums));
    const log = capturingLogger();
    const second = await createCore(config, log.logger);
    expect((await second.engine.answer({ text: "What are his principales skills?" })).answer).toMatch(/^Main skills/);
    await second.close();
    expect(readFileSync(json, "utf8")).toBe(current);
    const third = capturingLogger();
    await (await createCore(config, third.logger)).close();
    expect(third.lines().join("\n")).not.toMatch(/lexicon/);
  });
});
