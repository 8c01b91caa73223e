import type { Chunk } from "../knowledge/chunk.js";
import type { Period } from "../knowledge/parse-period.js";
import { foldText } from "../text/normalize.js";
import type { Thesaurus } from "../text/thesaurus.js";

/** How a role relates to what it lists: a teaching role teaches, a training role trains others. */
export type RoleKind = "work" | "teaching" | "training";

/** A dated role of the CV, read from its heading and period line. */
export interface RoleInfo {
  /** Role key shared by both languages, e.g. "cv#decathlon". */
  key: string;
  /** Company as the heading names it, without a parenthesis: "AAA-Data". */
  employer: string;
  /** Folded tokens of the company name: ["aaa", "data"]. */
  employerTokens: string[];
  title: string;
  kind: RoleKind;
  period: Period | null;
}

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

const TEACHING = /\b(professeur|enseignant|lecturer|teacher|instructor|vacataire|teaching|enseignement)\b/;
const TRAINING = /\b(formateur|formatrice|trainer|coach)\b/;
/** Words that qualify a name rather than name it: "Apache Spark" is found by "Spark". */
const NAME_PREFIXES = new Set(["apache", "aws", "amazon", "google", "microsoft"]);

/** "cv#decathlon.s2.b1" → "cv#decathlon": the passage's role, the same in both languages. */
export function roleKeyOf(chunk: Chunk): string {
  return chunk.key.split(".")[0]!;
}

function readRole(chunk: Chunk): RoleInfo {
  const [company = "", title = ""] = chunk.section.split(" — ");
  const employer = company.replace(/\s*\(.*?\)\s*/g, " ").trim();
  const heading = foldText(chunk.text.split("\n")[0] ?? "");
  const kind: RoleKind = TEACHING.test(heading) ? "teaching" : TRAINING.test(heading) ? "training" : "work";
  return { key: roleKeyOf(chunk), employer, employerTokens: foldText(employer).match(/[\p{L}\p{N}]+/gu) ?? [], title, kind, period: chunk.period };
}

/** "Spark, Scala, AWS (S3, EMR, Glue), Fuzzy Logic (FuzzyWuzzy)" → Spark, Scala, AWS, S3, EMR, Glue, … */
function stackNames(text: string): string[] {
  const body = text.replace(/^[^:]*:\s*/, "");
  return body
    .split(/[,;()]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

/** Reads roles, stack technologies and word forms from the indexed passages. */
export function buildVocabulary(chunks: Chunk[], thesaurus: Thesaurus): ProfileVocabulary {
  const roles = new Map<string, RoleInfo>();
  const technologies = new Map<string, Technology>();
  const words = new Map<string, number>();
  const display = new Map<string, string>();
  const count = (w: string) => words.set(w, (words.get(w) ?? 0) + 1);
  for (const chunk of chunks) {
    if (chunk.kind === "role" && chunk.lang === "en") roles.set(roleKeyOf(chunk), readRole(chunk));
    if (chunk.kind === "role" && !roles.has(roleKeyOf(chunk))) roles.set(roleKeyOf(chunk), readRole(chunk));
    if (chunk.kind === "stack") {
      for (const name of stackNames(chunk.text)) {
        const all = foldText(name).match(/[\p{L}\p{N}]+/gu) ?? [];
        const tokens = all.length > 1 ? all.filter((t) => !NAME_PREFIXES.has(t)) : all;
        const id = tokens.join(" ");
        if (id && !technologies.has(id)) technologies.set(id, { name: name.replace(/^(Apache|AWS|Amazon)\s+/i, ""), tokens });
      }
    }
    for (const original of `${chunk.section} ${chunk.text}`.match(/[\p{L}\p{N}]+/gu) ?? []) {
      const w = foldText(original);
      count(w);
      // Proper names keep their capital; a word seen lower-case anywhere is an ordinary word.
      const seen = display.get(w);
      if (seen === undefined || (seen !== seen.toLowerCase() && original === original.toLowerCase() && chunk.lang === "en")) display.set(w, original);
    }
  }
  for (const w of thesaurus.words()) count(w);
  return { roles, technologies: [...technologies.values()], words, display };
}
