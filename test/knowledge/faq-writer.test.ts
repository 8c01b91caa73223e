import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chunkFaq } from "../../src/knowledge/chunk-faq.js";
import { addFaqEntry } from "../../src/knowledge/faq-writer.js";
import { tempKnowledgeDir } from "../helpers/test-core.js";

const faqOf = (dir: string) =>
  chunkFaq({ source: "faq.md", lang: "en", text: readFileSync(join(dir, "faq.md"), "utf8") });

describe("adding an FAQ entry", () => {
  it("fills in a placeholder entry asking the same question, and leaves no temporary file", async () => {
    const dir = tempKnowledgeDir();
    const before = faqOf(dir);
    const saved = await addFaqEntry(dir, {
      question: "what is his daily rate",
      answer: "650 € a day, negotiable for long missions.",
    });
    expect(saved.replaced).toBe(true);
    const after = faqOf(dir);
    expect(after.placeholders).toHaveLength(before.placeholders.length - 1);
    expect(after.chunks.find((c) => c.section === "FAQ › What is his daily rate?")!.text).toBe(
      "650 € a day, negotiable for long missions.",
    );
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("appends a new entry; the owner's text can't open a heading or a comment", async () => {
    const dir = tempKnowledgeDir();
    await addFaqEntry(dir, {
      question: "Does he know Kubernetes",
      answer: "Some, on personal projects.\n# not a heading\n<!-- not a comment",
    });
    const entry = faqOf(dir).chunks.find((c) => c.section === "FAQ › Does he know Kubernetes?")!;
    expect(entry.text).toContain("Some, on personal projects.");
    expect(entry.text).toContain("# not a heading");
    expect(entry.text).toContain("not a comment");
  });

  it("two saves at once both land", async () => {
    const dir = tempKnowledgeDir();
    await Promise.all([
      addFaqEntry(dir, { question: "Q one?", answer: "A one." }),
      addFaqEntry(dir, { question: "Q two?", answer: "A two." }),
    ]);
    const sections = faqOf(dir).chunks.map((c) => c.section);
    expect(sections).toEqual(expect.arrayContaining(["FAQ › Q one?", "FAQ › Q two?"]));
  });

  it("creates the file when the folder has none", async () => {
    const dir = mkdtempSync(join(tmpdir(), "faq-"));
    await addFaqEntry(dir, { question: "Is he available?", answer: "From January." });
    expect(faqOf(dir).chunks.map((c) => c.text)).toEqual(["From January."]);
  });
});
