import type { Chunk } from "../knowledge/chunk.js";
import { readRoles, stackNames, type RoleInfo } from "../profile/roles.js";
import { foldText } from "../text/normalize.js";
import type { Thesaurus } from "../text/thesaurus.js";
import { countWordForms, type WordForms } from "../text/word-forms.js";

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
  /** The owner's synonyms: what a question's word also finds in the CV ("orchestration" → Airflow). */
  thesaurus?: Thesaurus;
}

/** Words that qualify a name rather than name it: "Apache Spark" is found by "Spark". */
const NAME_PREFIXES = new Set(["apache", "aws", "amazon", "google", "microsoft"]);

/**
 * Reads roles, stack technologies and word forms from the indexed passages. `forms`, when given, are
 * the passages' word forms as the index counted them when it was built (`countWordForms`).
 */
export function buildVocabulary(chunks: Chunk[], thesaurus: Thesaurus, forms?: WordForms): ProfileVocabulary {
  const roles = new Map<string, RoleInfo>();
  const technologies = new Map<string, Technology>();
  for (const role of readRoles(chunks)) roles.set(role.key, role);
  for (const chunk of chunks) {
    if (chunk.kind !== "stack") continue;
    for (const name of stackNames(chunk.text)) {
      const all = foldText(name).match(/[\p{L}\p{N}]+/gu) ?? [];
      const tokens = all.length > 1 ? all.filter((t) => !NAME_PREFIXES.has(t)) : all;
      const id = tokens.join(" ");
      if (id && !technologies.has(id))
        technologies.set(id, { name: name.replace(/^(Apache|AWS|Amazon)\s+/i, ""), tokens });
    }
  }
  const counted = forms ?? countWordForms(chunks);
  const words = new Map(counted.words);
  for (const w of thesaurus.words()) words.set(w, (words.get(w) ?? 0) + 1);
  return { roles, technologies: [...technologies.values()], words, display: counted.display, thesaurus };
}
