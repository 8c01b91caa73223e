import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** Each prompt file and the placeholders it must use, no more and no fewer. */
export const PROMPT_SPECS = {
  system: { file: "system.md", placeholders: ["subject", "pronoun", "language"] },
  answer: { file: "answer.md", placeholders: ["passages", "question"] },
  condense: { file: "condense.md", placeholders: ["subject", "history", "question"] },
} as const;

export type PromptName = keyof typeof PROMPT_SPECS;
export type Prompts = Record<PromptName, string>;

/** A prompt file that cannot be used as it is; the message names the file and the placeholder. */
export class PromptError extends Error {
  override name = "PromptError";
}

function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{\s*([a-zA-Z_]+)\s*\}\}/g)].map((m) => m[1]!))];
}

/** Reads the prompt files; refuses one whose placeholders differ from what the code fills in. */
export async function loadPrompts(dir: string): Promise<Prompts> {
  const out = {} as Prompts;
  for (const [name, spec] of Object.entries(PROMPT_SPECS) as [PromptName, (typeof PROMPT_SPECS)[PromptName]][]) {
    const path = join(dir, spec.file);
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch {
      throw new PromptError(`prompt file ${path} is missing`);
    }
    const found = placeholdersOf(text);
    const expected: readonly string[] = spec.placeholders;
    const unknown = found.filter((p) => !expected.includes(p));
    const missing = expected.filter((p) => !found.includes(p));
    if (unknown.length > 0 || missing.length > 0) {
      const parts = [
        unknown.length ? `unknown placeholder(s) ${unknown.map((p) => `{{${p}}}`).join(", ")}` : "",
        missing.length ? `missing placeholder(s) ${missing.map((p) => `{{${p}}}`).join(", ")}` : "",
      ].filter(Boolean);
      throw new PromptError(
        `prompt file ${path}: ${parts.join("; ")} (it must use exactly ${expected.map((p) => `{{${p}}}`).join(", ")})`,
      );
    }
    out[name] = text.trim();
  }
  return out;
}

/** Fills a template's placeholders; values are inserted as they are, once, never re-scanned. */
export function fillPrompt(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([a-zA-Z_]+)\s*\}\}/g, (_, name: string) => values[name] ?? "");
}
