import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { tempKnowledgeDir } from "../helpers/test-core.js";

describe("loadKnowledge", () => {
  it("loads the real knowledge folder: both languages, twins, profile", async () => {
    const kb = await loadKnowledge("knowledge");
    expect(kb.files).toEqual(["cv.en.md", "cv.fr.md", "faq.fr.md", "faq.md"]);
    expect(kb.errors).toEqual([]);
    expect(kb.warnings).toEqual([]);
    expect(kb.profile.subject.en).toBe("the candidate");
    const cv = kb.chunks.filter((c) => c.source.startsWith("cv."));
    expect(cv.filter((c) => c.lang === "fr")).toHaveLength(cv.filter((c) => c.lang === "en").length);
    const faq = kb.chunks.filter((c) => c.kind === "faq");
    expect(faq.map((c) => c.section)).toEqual([
      "FAQ › Est-il freelance ?",
      "FAQ › A-t-il encadré des ingénieurs ?",
      "FAQ › Is he a freelancer?",
      "FAQ › Has he managed or mentored engineers?",
    ]);
    // The French FAQ renders the English one: the n-th entries of both are one answer (one key), twins.
    expect(faq.map((c) => c.key)).toEqual(["faq#entry-1", "faq#entry-2", "faq#entry-1", "faq#entry-2"]);
  });

  it("names each unusable file and still loads the others", async () => {
    const dir = tempKnowledgeDir();
    writeFileSync(join(dir, "latin1.md"), Buffer.from([0x23, 0x20, 0x43, 0x56, 0x0a, 0xe9, 0x74, 0xe9, 0x0a]));
    writeFileSync(join(dir, "empty.md"), "  \n");
    writeFileSync(join(dir, "plain.md"), "Just a sentence, no heading.\n");
    // A folder of that name and a link to nothing: named too (they stopped the start).
    mkdirSync(join(dir, "folder.md"));
    symlinkSync(join(dir, "gone.txt"), join(dir, "link.md"));
    const kb = await loadKnowledge(dir);
    expect(kb.errors.map((e) => e.message)).toEqual([
      "empty.md is empty",
      "folder.md cannot be read (EISDIR)",
      "latin1.md is not valid UTF-8 text; save it as UTF-8",
      "link.md cannot be read (ENOENT)",
      "plain.md has no markdown headings (## Role - Title); nothing to cite it by",
    ]);
    expect(kb.files).toEqual(["cv.en.md", "cv.fr.md", "faq.fr.md", "faq.md"]);
    expect(kb.chunks.length).toBeGreaterThan(150);
  });

  it("changes its hash when a file changes, and only then", async () => {
    const dir = tempKnowledgeDir();
    const before = (await loadKnowledge(dir)).hash;
    expect((await loadKnowledge(dir)).hash).toBe(before);
    writeFileSync(join(dir, "extra.md"), "## Extra - Thing\n2020 - 2021\n- A bullet\n");
    expect((await loadKnowledge(dir)).hash).not.toBe(before);
  });

  it("warns when the twin FAQs don't have the same number of entries, which pair by position", async () => {
    const dir = tempKnowledgeDir();
    const en = readFileSync(join(dir, "faq.md"), "utf8");
    writeFileSync(
      join(dir, "faq.md"),
      en.replace("### Is he a freelancer?", "### Does he drive?\nYes.\n\n### Is he a freelancer?"),
    );
    const kb = await loadKnowledge(dir);
    expect(kb.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(
        /^faq\.fr\.md has 6 FAQ entries and faq\.md has 7: keep the same questions in the same order/,
      ),
    );
  });

  it("guesses the language of a file that does not say it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-"));
    writeFileSync(
      join(dir, "notes.md"),
      "## Projet - Données\n2020 - 2021\n- Il a développé la plateforme de données pour les équipes\n",
    );
    const kb = await loadKnowledge(dir);
    expect(kb.chunks[0]?.lang).toBe("fr");
  });
});
