import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { createCore, type Core } from "../../src/core/create-core.js";
import { silentLogger } from "../../src/logging/logger.js";
import { tempDataDir, tempKnowledgeDir } from "../helpers/test-core.js";

let core: Core | null = null;
afterAll(async () => {
  await core?.close();
});

describe("a CV whose roles lost their date lines (fault injection)", () => {
  it("says the profile gives no dates, not 'About 0 months of experience'", async () => {
    const dir = tempKnowledgeDir();
    const months = [
      ...["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre"],
      ...["novembre", "décembre", "january", "february", "march", "april", "may", "june", "july", "august"],
      ...["september", "october", "november", "december"],
    ];
    const period = new RegExp(String.raw`^\s*(${months.join("|")})\s+\d{4}.*$`, "gim");
    for (const file of ["cv.fr.md", "cv.en.md"])
      writeFileSync(join(dir, file), readFileSync(join(dir, file), "utf8").replace(period, ""));
    core = await createCore(
      loadConfig({ DATA_DIR: tempDataDir(), KNOWLEDGE_DIR: dir, EMBEDDINGS_PROVIDER: "local" }),
      silentLogger,
    );
    const a = await core.engine.answer({ text: "how many years of experience does he have?" });
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/^The profile gives no dates for its roles/);
    expect(a.answer).not.toMatch(/0 months/);
  });
});
