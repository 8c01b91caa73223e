import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { createCore, type Core } from "../../src/core/create-core.js";
import { requestReload, type RebuildResult } from "../../src/core/knowledge-reloader.js";
import { silentLogger } from "../../src/logging/logger.js";
import { tempDataDir, tempKnowledgeDir } from "../helpers/test-core.js";

let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

async function runningBot(): Promise<{ core: Core; dir: string; nextRebuild: () => Promise<RebuildResult<unknown>> }> {
  const dir = tempKnowledgeDir();
  core = await createCore(
    loadConfig({ DATA_DIR: tempDataDir(), KNOWLEDGE_DIR: dir, EMBEDDINGS_PROVIDER: "local" }),
    silentLogger,
    { watch: true },
  );
  const running = core;
  const nextRebuild = () => new Promise<RebuildResult<unknown>>((resolve) => running.reloader.onRebuilt(resolve));
  return { core: running, dir, nextRebuild };
}

describe("knowledge edits under a running bot", () => {
  it("an FAQ entry added to the file is cited by the next answer, without a restart", async () => {
    const { core, dir, nextRebuild } = await runningBot();
    const before = await core.asker.ask({ text: "What is his notice period?" }, { platform: "terminal" });
    expect(before.ok && before.answer.answered).toBe(false);
    const rebuilt = nextRebuild();
    appendFileSync(
      join(dir, "faq.md"),
      "\n### What is his notice period?\nOne month, and he can start sooner for the right mission.\n",
    );
    expect((await rebuilt).ok).toBe(true);
    const after = await core.asker.ask({ text: "What is his notice period?" }, { platform: "terminal" });
    expect(after.ok && after.answer.answered).toBe(true);
    expect(after.ok && after.answer.citations[0]!.text).toContain("One month");
    expect(after.ok && after.answer.citations[0]!.source).toBe("faq.md");
  });

  it("a YAML slip in synonyms.yml keeps the last good version: answers go on", async () => {
    const { core, dir, nextRebuild } = await runningBot();
    const rebuilt = nextRebuild();
    writeFileSync(join(dir, "synonyms.yml"), "- [kafka, streaming\n- oops: [\n");
    expect((await rebuilt).ok).toBe(true);
    const reply = await core.asker.ask({ text: "Has he done PII encryption?" }, { platform: "terminal" });
    expect(reply.ok && reply.answer.answered).toBe(true);
    expect(reply.ok && reply.answer.citations[0]!.section).toContain("Decathlon");
  });

  it("a CV file broken mid-edit keeps the last good index, and its passages stay citable", async () => {
    const { core, dir, nextRebuild } = await runningBot();
    const rebuilt = nextRebuild();
    writeFileSync(join(dir, "cv.en.md"), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]));
    const outcome = await rebuilt;
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toContain("cv.en.md is not valid UTF-8");
    const reply = await core.asker.ask({ text: "Has he done PII encryption?" }, { platform: "terminal" });
    expect(reply.ok && reply.answer.citations[0]!.source).toBe("cv.en.md");
  });

  it("a knowledge folder removed and made again (a checkout, a deploy) is watched and read again", async () => {
    const { core, dir } = await runningBot();
    const files = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
    rmSync(dir, { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    mkdirSync(dir);
    for (const [f, bytes] of Object.entries(files)) writeFileSync(join(dir, f), bytes);
    const rebuilt = await new Promise<RebuildResult<unknown>>((resolve) => core.reloader.onRebuilt(resolve));
    expect(rebuilt.ok).toBe(true);
    // An edit of the folder made again is heard too.
    const next = new Promise<RebuildResult<unknown>>((resolve) => core.reloader.onRebuilt(resolve));
    appendFileSync(join(dir, "faq.md"), "\n### What is his notice period?\nOne month.\n");
    expect((await next).ok).toBe(true);
    const after = await core.asker.ask({ text: "What is his notice period?" }, { platform: "terminal" });
    expect(after.ok && after.answer.citations[0]!.text).toContain("One month");
  }, 20_000);

  it("npm run ingest's reload request reaches a running bot on the same data folder", async () => {
    const { core, nextRebuild } = await runningBot();
    const rebuilt = nextRebuild();
    await requestReload(core.config.DATA_DIR);
    expect((await rebuilt).ok).toBe(true);
  });

  it("a markdown file that never loaded blocks no later edit", async () => {
    const dir = tempKnowledgeDir();
    writeFileSync(join(dir, "notes.md"), "just some notes, no heading\n");
    core = await createCore(
      loadConfig({ DATA_DIR: tempDataDir(), KNOWLEDGE_DIR: dir, EMBEDDINGS_PROVIDER: "local" }),
      silentLogger,
      { watch: true },
    );
    appendFileSync(join(dir, "faq.md"), "\n### What is his notice period?\nOne month.\n");
    expect((await core.reloader.reloadNow()).ok).toBe(true);
    const after = await core.asker.ask({ text: "What is his notice period?" }, { platform: "terminal" });
    expect(after.ok && after.answer.citations[0]!.text).toBe("One month.");
  });

  it(
    "reloadNow answers for a rebuild that holds the edits made before it, and nothing is applied after " + "stop",
    async () => {
      const { core, dir } = await runningBot();
      appendFileSync(join(dir, "faq.md"), "\n### Does he know Rust?\nA little, on side projects.\n");
      const first = core.reloader.reloadNow();
      appendFileSync(join(dir, "faq.md"), "\n### Does he know Haskell?\nNo.\n");
      const second = await core.reloader.reloadNow();
      await first;
      expect(second.ok).toBe(true);
      expect(core.kb.chunks.some((c) => c.text === "No.")).toBe(true);
      await core.reloader.stop();
      expect((await core.reloader.reloadNow()).ok).toBe(false);
    },
  );
});
