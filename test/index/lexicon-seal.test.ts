import { readFileSync, statSync, writeFileSync } from "node:fs";
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
});
