import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/create-core.js";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createTestCore, tempKnowledgeDir } from "../helpers/test-core.js";

describe("FAQ", () => {
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

  describe("once the owner has filled the entries", () => {
    let core: Core;
    beforeAll(async () => {
      const dir = tempKnowledgeDir();
      const faq = readFileSync(join(dir, "faq.md"), "utf8")
        .replace("[TO FILL] Availability date and notice period.", "Available from 1 March 2027, one month's notice.")
        .replace(
          '[TO FILL] Daily rate (TJM), or "to be discussed".',
          "650 EUR a day, to be discussed for long missions.",
        );
      writeFileSync(join(dir, "faq.md"), faq);
      core = await createTestCore({ KNOWLEDGE_DIR: dir });
    });

    it.each([
      "Est-il disponible ?",
      "when can he start?",
      "Is he available for a new mission?",
      "il est dispo quand ?",
    ])("answers availability from the FAQ, in any words or language: %s", async (question) => {
      const a = await core.engine.answer({ text: question });
      expect(a.answered).toBe(true);
      expect(a.citations.map((c) => c.section)).toEqual(["FAQ › Is he available for a new mission, and from when?"]);
      expect(a.answer).toContain("Available from 1 March 2027");
    });

    it.each(["how much does he charge per day?", "Quel est son TJM ?"])(
      "answers the rate from the FAQ: %s",
      async (question) => {
        const a = await core.engine.answer({ text: question });
        expect(a.answered).toBe(true);
        expect(a.citations[0]!.text).toContain("650 EUR a day");
      },
    );

    it("answers each topic of a message that asks several, saying which the owner left unsaid", async () => {
      const a = await core.engine.answer({
        text: "is he available right now? whats his daily rate? where is he based?",
      });
      expect(a.answered).toBe(true);
      expect(a.citations.map((c) => c.text).join(" ")).toMatch(/Available from 1 March 2027.*650 EUR a day/);
      expect(a.answer.split("\n")[0]).toBe(
        "The profile doesn't say where he is based. Here is what the profile says in the owner's FAQ:",
      );
    });

    it("still says plainly what the owner left unsaid, and cites no CV bullet for it", async () => {
      const a = await core.engine.answer({ text: "Where is he based?" });
      expect(a).toMatchObject({ answered: false, reason: "owner_only", citations: [] });
    });
  });
});
