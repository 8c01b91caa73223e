import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/create-core.js";
import { chunkFaq } from "../../src/knowledge/chunk-faq.js";
import { createTestCore } from "../helpers/test-core.js";

describe("FAQ", () => {
  it("reads question headings and their answers, and keeps placeholders out", () => {
    const { chunks, placeholders } = chunkFaq({
      source: "faq.md",
      lang: "en",
      text: "# FAQ\n<!-- ### Hidden? -->\n### Is he remote?\nYes, fully\nremote.\n\n### Rate?\n[TO FILL]\n\n## Not a question\ntext\n### Empty?\n",
    });
    expect(chunks).toEqual([{ id: "faq#is-he-remote", key: "faq#is-he-remote", lang: "en", source: "faq.md", section: "FAQ › Is he remote?", period: null, kind: "faq", text: "Yes, fully remote." }]);
    expect(placeholders).toEqual(["Rate?", "Empty?"]);
  });

  describe("in answers", () => {
    let core: Core;
    beforeAll(async () => {
      core = await createTestCore();
    });

    it("cites a filled-in entry as FAQ", async () => {
      const a = await core.engine.answer({ text: "Is he a freelancer?" });
      expect(a.answered).toBe(true);
      expect(a.citations.some((c) => c.source === "faq.md" && c.section === "FAQ › Is he a freelancer?")).toBe(true);
    });

    it("never cites a placeholder", async () => {
      expect(core.kb.faqPlaceholders).toContain("What is his daily rate?");
      const a = await core.engine.answer({ text: "What is his daily rate?" });
      expect(a.answered).toBe(false);
      expect(core.index.chunks.some((c) => /TO FILL/.test(c.text))).toBe(false);
    });
  });
});
