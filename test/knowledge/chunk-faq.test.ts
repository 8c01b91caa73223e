import { describe, expect, it } from "vitest";
import { chunkFaq } from "../../src/knowledge/chunk-faq.js";

describe("chunkFaq", () => {
  it("reads question headings and their answers, and keeps placeholders out", () => {
    const { chunks, placeholders } = chunkFaq({
      source: "faq.md",
      lang: "en",
      text:
        "# FAQ\n<!-- ### Hidden? -->\n### Is he remote?\nYes, fully\nremote.\n\n### Rate?\n[TO FILL]\n\n## Not " +
        "a question\ntext\n### Empty?\n",
    });
    expect(chunks).toEqual([
      {
        id: "faq#is-he-remote",
        key: "faq#is-he-remote",
        lang: "en",
        source: "faq.md",
        section: "FAQ › Is he remote?",
        period: null,
        kind: "faq",
        text: "Yes, fully remote.",
      },
    ]);
    expect(placeholders).toEqual(["Rate?", "Empty?"]);
  });

  it("gives two entries asking the same question ids of their own", () => {
    const text = "### Is he remote?\nYes.\n### Is he remote?\nFully.\n";
    const { chunks } = chunkFaq({ source: "faq.md", lang: "en", text });
    expect(chunks.map((c) => [c.id, c.text])).toEqual([
      ["faq#is-he-remote", "Yes."],
      ["faq#is-he-remote-2", "Fully."],
    ]);
  });
});
