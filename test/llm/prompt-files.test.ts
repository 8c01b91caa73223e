import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillPrompt, loadPrompts, PromptError } from "../../src/llm/prompt-files.js";

function promptsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "prompts-"));
  cpSync("prompts", dir, { recursive: true });
  return dir;
}

describe("prompt files", () => {
  it("load, and fill their placeholders once", async () => {
    const prompts = await loadPrompts("prompts");
    const filled = fillPrompt(prompts.answer, { passages: "[1] x", question: "Has he {{passages}}?" });
    expect(filled).toContain("[1] x");
    expect(filled).toContain("Has he {{passages}}?");
    expect(fillPrompt(prompts.system, { subject: "the candidate", pronoun: "he", language: "French" })).toContain(
      "Answer in French.",
    );
  });

  it("refuses a prompt whose placeholder is misspelt, naming the file and the placeholder", async () => {
    const dir = promptsCopy();
    const file = join(dir, "answer.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("{{question}}", "{{questoin}}"));
    await expect(loadPrompts(dir)).rejects.toThrow(PromptError);
    await expect(loadPrompts(dir)).rejects.toThrow(
      `prompt file ${file}: unknown placeholder(s) {{questoin}}; missing placeholder(s) {{question}}`,
    );
  });

  it("refuses a prompt that lacks placeholders the code fills in", async () => {
    const dir = promptsCopy();
    writeFileSync(join(dir, "condense.md"), "Rewrite {{question}}");
    await expect(loadPrompts(dir)).rejects.toThrow("missing placeholder(s) {{subject}}, {{history}}");
  });
});
