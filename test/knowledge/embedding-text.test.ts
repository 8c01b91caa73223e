import { describe, expect, it } from "vitest";
import { embeddingText, MAX_EMBEDDED_CHARS } from "../../src/knowledge/chunk.js";
import { chunkMarkdown } from "../../src/knowledge/chunk-markdown.js";

describe("what the embedding model reads of a passage", () => {
  it("reads a passage whole, and only the opening of a pasted article (its words stay searchable)", () => {
    const article = Array.from({ length: 30_000 }, (_, i) => `word${i}`).join(" ");
    const text = `## Notes\n\n- Has used Spark widely. ${article}\n- Teaches Kafka.\n`;
    const chunks = chunkMarkdown({ source: "notes.en.md", doc: "notes", lang: "en", text });
    const long = chunks.find((c) => c.text.includes("word29999"))!;
    expect(embeddingText(long).length).toBe(MAX_EMBEDDED_CHARS);
    expect(embeddingText(long)).toContain("Has used Spark widely.");
    const short = chunks.find((c) => c.text.includes("Kafka"))!;
    expect(embeddingText(short)).toMatch(/Teaches Kafka\.$/);
  });
});
