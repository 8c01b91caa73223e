import type { Chunk } from "../knowledge/chunk.js";
import { readRoles, stackNames, type RoleInfo } from "../profile/roles.js";
import { foldText } from "../text/normalize.js";
import type { Thesaurus } from "../text/thesaurus.js";

/** A technology as the CV's stack lines name it ("Delta Lake"), with the folded tokens that find it. */
export interface Technology {
  name: string;
  tokens: string[];
}

/** What the profile is made of, in words: its roles, its technologies and every word form it uses. */
export interface ProfileVocabulary {
  roles: Map<string, RoleInfo>;
  technologies: Technology[];
  /** Folded word forms of the passages (both languages) and of the thesaurus, with their counts. */
  words: Map<string, number>;
  /** How the CV writes a folded word ("databricks" → "Databricks"), for telling the asker. */
  display: Map<string, string>;
}

/** Words that qualify a name rather than name it: "Apache Spark" is found by "Spark". */
const NAME_PREFIXES = new Set(["apache", "aws", "amazon", "google", "microsoft"]);

/** Reads roles, stack technologies and word forms from the indexed passages. */
export function buildVocabulary(chunks: Chunk[], thesaurus: Thesaurus): ProfileVocabulary {
  const roles = new Map<string, RoleInfo>();
  const technologies = new Map<string, Technology>();
  const words = new Map<string, number>();
  const display = new Map<string, string>();
  const count = (w: string) => words.set(w, (words.get(w) ?? 0) + 1);
  for (const role of readRoles(chunks)) roles.set(role.key, role);
  for (const chunk of chunks) {
    if (chunk.kind === "stack") {
      for (const name of stackNames(chunk.text)) {
        const all = foldText(name).match(/[\p{L}\p{N}]+/gu) ?? [];
        const tokens = all.length > 1 ? all.filter((t) => !NAME_PREFIXES.has(t)) : all;
        const id = tokens.join(" ");
        if (id && !technologies.has(id))
          technologies.set(id, { name: name.replace(/^(Apache|AWS|Amazon)\s+/i, ""), tokens });
      }
    }
    for (const original of `${chunk.section} ${chunk.text}`.match(/[\p{L}\p{N}]+/gu) ?? []) {
      const w = foldText(original);
      count(w);
      // Proper names keep their capital; a word seen lower-case anywhere is an ordinary word.
      const seen = display.get(w);
      if (
        seen === undefined ||
        (seen !== seen.toLowerCase() && original === original.toLowerCase() && chunk.lang === "en")
      )
        display.set(w, original);
    }
  }
  for (const w of thesaurus.words()) count(w);
  return { roles, technologies: [...technologies.values()], words, display };
}
