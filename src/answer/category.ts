import type { Chunk } from "../knowledge/chunk.js";
import type { MessagesByLanguage } from "../messages/messages.js";
import type { RoleInfo } from "../profile/roles.js";
import type { UnderstoodQuestion } from "../query/understand.js";
import type { Technology } from "../query/vocabulary.js";
import { foldText, literal } from "../text/normalize.js";
import { type Language, queryTerms, stemWord } from "../text/stem.js";
import type { Thesaurus } from "../text/thesaurus.js";
import type { Answer } from "./answer.js";
import { replyFor, techUses } from "./profile-answers.js";
import type { RoleFinder } from "./role-finder.js";

/**
 * "which cloud provider does he use?", « il a bossé sur quel cloud ? », "what databases has he worked with?":
 * the kind of tool asked about, the word right after "which" or « quel ».
 */
const WHICH_KIND = new RegExp(
  // French asks after the verb too: « il a utilisé quel outil de catalogue ? ».
  String.raw`(?:(?:^(?:and |et |so |ok )?|\b(?:sur|avec|on|with|in|en|dans|du|de) )(?:which|what|quels?|quelles?)|` +
    // « il utilisait quoi comme orchestrateur ? »: « quoi comme » asks which.
    String.raw`\b(?:quels?|quelles?)|\bquoi comme)\s+` +
    String.raw`([\p{L}'-]{2,}(?:\s+[\p{L}'-]{1,}){0,3})`,
  "u",
);
/** "what's his experience with cloud?", « son expérience en cloud ? »: the kind after "experience with". */
// ("…with cloud platforms?": the kind, whatever its tools are called.)
const EXPERIENCE_KIND = new RegExp(
  String.raw`\b(?:experience|xp|background)\s+(?:with|in|on|en|avec|sur|dans)\s+(?:the\s+|le\s+)?([\p{L}'-]{2,})` +
    String.raw`(?:\s+(?:platforms?|providers?|tools?|services?|plateformes?|outils))?\s*[?!.]*$`,
  "u",
);
/**
 * "cloud experience?", "any cloud background?", "does he have cloud experience?", "he has no cloud experience,
 * right?": the kind before it.
 */
const KIND_EXPERIENCE = new RegExp(
  String.raw`^(?:and |et |so |any |his |some |(?:does|has) (?:he|she) (?:have |got )?(?:any |some |real )?|` +
    String.raw`(?:he|she) (?:has|had) (?:no |any |some )?)` +
    String.raw`([\p{L}'-]{2,})\s+(?:experience|background|xp)(?:,? (?:right|correct|true|isn't it|no))?\s*[?!.]*$`,
  "u",
);
/**
 * "has he worked on the cloud?", "does he know cloud platforms?", « il a fait du cloud ? »: whether he used a kind,
 * which its tools answer (not the lines that only say the word: "threatened by new cloud entrants").
 */
const KIND_USED = new RegExp(
  String.raw`^(?:and |et |so |ok )?(?:(?:has|does|did|is) (?:he|she) (?:ever |already )?` +
    String.raw`(?:worked|work|been|used|use|know|knows|done|do)(?: (?:on|in|with))?|` +
    String.raw`(?:il|elle) (?:a|connait|conna[iî]t) (?:deja )?(?:fait|bosse|travaille|utilise)?` +
    String.raw`(?: (?:sur|dans|avec))?)(?: (?:the|any|le|la|du|de la|des))? ([\p{L}'-]{2,})` +
    String.raw`(?: (?:platforms?|providers?|plateformes?))?\s*[?!.]*$`,
  "u",
);
/**
 * "how long has he worked with cloud?", « depuis combien de temps fait-il du cloud ? »: the time of a kind, whose
 * tools' roles answer (see timeAsked, and the engine's timeOfKind).
 */
const TIME_HEAD =
  String.raw`^(?:and |et |so |ok )?(?:how long|for how long|how many years|since when|depuis combien de temps|` +
  String.raw`depuis quand|combien d'annees|combien de temps)`;
const TIME_KIND = new RegExp(
  TIME_HEAD +
    String.raw`(?: (?:has|have|did|does|is) (?:he|she)(?: been| ever)?` +
    String.raw`(?: (?:worked|working|used|using|done|doing|do|use|work|had|touched))?|` +
    String.raw` (?:il|elle) (?:a )?(?:fait|travaille|bosse|utilise|pratique)|` +
    String.raw` (?:fait|travaille|bosse|utilise|pratique|a)-t?-?(?:il|elle)` +
    String.raw`(?: (?:fait|travaille|utilise|pratique))?)?` +
    String.raw`(?: (?:with|on|in|du|de la|de l'|des|sur le|sur la|sur|avec le|avec la|avec|dans le|dans la|` +
    String.raw`dans|en))?` +
    String.raw`(?: (?:the|le|la|les))? ([\p{L}'-]{2,})` +
    String.raw`(?: (?:experience|platforms?|providers?|plateformes?|tools|outils))?\s*[?!.]*$`,
  "u",
);
const TIME_ASKED = new RegExp(TIME_HEAD);

/** Words around the kind asked, not the kind: "which *data* warehouse?", « quels *outils de* BI ? ». */
const NOT_THE_KIND = new RegExp(
  String.raw`^(data|big|tools?|outils?|de|d'|of|for|pour|le|la|les|l'|the|kinds?|types?|sorts?|technos?|technologies|` +
    String.raw`solutions?|librar(?:y|ies)|libs?|librairies?|bibliotheques?|frameworks?|packages?|` +
    String.raw`providers?|vendors?|platforms?|plateformes?|services?|fournisseurs?|editeurs?|` +
    // The verb of using it: « il utilisait quoi comme orchestrateur ? »
    String.raw`utilis\w*|use|uses|used|using)$`,
);

const TEACHING = /^(teach\w*|taught|enseign\w*|form\w*|train\w*|cours)$/;

/** A kind of tool asked about, and the stack technologies the owner's synonyms put under it. */
export interface CategoryAsked {
  word: string;
  technologies: Technology[];
  role: string | null;
}

/**
 * "Which cloud?": the stack technologies the word finds through the owner's synonyms (synonyms.yml's
 * `{ask: [cloud], find: [aws, s3, …]}`); null when the question names a technology itself, or the word
 * finds none ("which sectors?").
 */
export function categoryAsked(
  read: UnderstoodQuestion,
  technologies: Technology[],
  thesaurus: Thesaurus,
): CategoryAsked | null {
  const part = read.parts[0];
  if (read.parts.length !== 1 || !part || part.technologies.length + part.missing.length > 0) return null;
  if (part.roles.length > 1) return null;
  const folded = foldText(read.text);
  // "which cloud?"; else "what is his experience with cloud?", "cloud experience?": a kind with several tools
  // (a practice such as governance, one tool, is what the passages answer).
  const which = kindIn(WHICH_KIND, folded, part, technologies, thesaurus, 1);
  return (
    which ??
    kindIn(EXPERIENCE_KIND, folded, part, technologies, thesaurus, 2) ??
    kindIn(KIND_EXPERIENCE, folded, part, technologies, thesaurus, 2) ??
    // (Not a name asked: "has he used Cloudera?" is no kind, whatever its stem.)
    (part.words.some((w) => w.tech) ? null : kindIn(KIND_USED, folded, part, technologies, thesaurus, 3)) ??
    namedKind(folded, part, technologies, thesaurus) ??
    kindIn(TIME_KIND, folded, part, technologies, thesaurus, 2)
  );
}

/** "how long has he worked with cloud?": whether it asks for a time (a kind's, when categoryAsked finds one). */
export const timeAsked = (read: UnderstoodQuestion): boolean => TIME_ASKED.test(foldText(read.text));

/**
 * "is he good at SQL?", « il connaît SQL ? »: a technology's name the stacks don't list, asked alone, that the
 * owner's synonyms put over several of them, is a kind too: the ones he used answer (not a "yes" from "bases").
 */
function namedKind(
  folded: string,
  part: UnderstoodQuestion["parts"][number],
  technologies: Technology[],
  thesaurus: Thesaurus,
): CategoryAsked | null {
  const named = part.words.filter((w) => w.tech && !w.everyday);
  // (Words the profile lacks, "queries" of "SQL queries", ask nothing it could hold.)
  if (named.length !== 1 || part.words.some((w) => w !== named[0] && !w.everyday && !w.light && !w.absent)) return null;
  const { word, original } = named[0]!;
  // A kind's short name ("SQL", "BI"), not a product's: "Jupyter" is no kind of Databricks.
  if (word.length > 5 || !thesaurus.holds(word)) return null;
  const kind = kindIn(new RegExp(String.raw`\b(${word})\b`), folded, part, technologies, thesaurus, 2);
  // As the CV's makers write it: "SQL", not "sql".
  return kind && { ...kind, word: /^\p{Ll}{2,4}$/u.test(original) ? word.toUpperCase() : original };
}

/** The kind `pattern` finds in the question, with the stack technologies it finds (at least `least`); or null. */
function kindIn(
  pattern: RegExp,
  folded: string,
  part: UnderstoodQuestion["parts"][number],
  technologies: Technology[],
  thesaurus: Thesaurus,
  least: number,
): CategoryAsked | null {
  const words = (pattern.exec(folded)?.[1] ?? "")
    .split(/\s+/)
    .map((w) => w.replace(/^[ldjmnst]'/, ""))
    .filter((w) => !NOT_THE_KIND.test(w));
  // The first word after "which" that names a kind: "which cloud provider" → cloud.
  for (const word of words.slice(0, 2)) {
    const asked = queryTerms(word)[0];
    if (!asked) continue;
    const forms = new Set([...asked.stems, ...thesaurus.expand(asked)]);
    const found = technologies.filter(
      // Its whole name: "learning" finds no "Scikit-learn"; or a name that says its kind ("Unity Catalog").
      (t) =>
        (!t.tokens.includes(asked.word) && t.tokens.every((x) => forms.has(x) || forms.has(stemWord(x, "en")))) ||
        (t.tokens.length > 1 && namesKind(stemWord(t.tokens[t.tokens.length - 1]!, "en"), asked.stems)),
    );
    // "in which language did he write the DAGs?", "which cloud did he teach?": a subject of its own, not a kind.
    const other = part.words.filter(
      (w) =>
        !w.employer &&
        !w.light &&
        !forms.has(w.word) &&
        !w.stems.some((x) => forms.has(x)) &&
        !NOT_THE_KIND.test(w.word),
    );
    // "CI/CD": the kind as one name, both halves ("For CI/CD", not "For cd").
    const pair = new RegExp(String.raw`[\p{L}\p{N}]+\s*/\s*${word}\b|\b${word}\s*/\s*[\p{L}\p{N}]+`, "u").exec(folded);
    const shown = pair ? pair[0].replace(/\s*\/\s*/, "/").toUpperCase() : word;
    if (found.length >= least && other.every((w) => w.everyday && !TEACHING.test(w.word)))
      return { word: shown, technologies: found, role: part.roles[0] ?? null };
  }
  return null;
}

/** The last word of a name is the kind asked, in either language: "Catalog" of « catalogue ». */
function namesKind(last: string, stems: string[]): boolean {
  return stems.some((s) => Math.min(s.length, last.length) >= 5 && (s.startsWith(last) || last.startsWith(s)));
}

export function categoryAnswer(
  asked: CategoryAsked,
  question: string,
  language: Language,
  roles: RoleInfo[],
  messages: MessagesByLanguage,
  finder?: RoleFinder,
): Answer | null {
  const m = messages[language];
  const scope = asked.role ? roles.filter((r) => r.key === asked.role) : roles;
  const quoted: Chunk[] = [];
  const lines = asked.technologies.flatMap((t) => {
    const uses = techUses(t, scope, language, finder);
    if (uses.length === 0) return [];
    for (const u of uses) if (!quoted.includes(u.chunk)) quoted.push(u.chunk);
    return [`${t.name} (${uses.map((u) => u.role.employer).join(", ")})`];
  });
  // None of them in the role asked: the passages answer, as for any question.
  if (lines.length === 0) return null;
  // "what about CI/CD?": a bullet naming the kind itself ("Set-up of CI/CD to automate deployments") first.
  const named = namingKind(asked.word, scope, language);
  const lead = m.categoryUses(asked.word, lines.join("; "));
  const places = [...new Set(named.map((n) => n.role.employer))].join(", ");
  const said = named.length > 0 ? `${lead} ${m.categoryNamed(asked.word, places)}` : lead;
  return replyFor(question, language)(said, [...named.map((n) => n.chunk), ...quoted]);
}

/** The bullets of these roles that name the kind of tool itself, as asked: "Set-up of CI/CD…". */
function namingKind(word: string, roles: RoleInfo[], language: Language): { role: RoleInfo; chunk: Chunk }[] {
  // (An acronym only, "CI/CD", "ETL": a practice named; not "cloud" of "cross-cloud", "databases" of enrichment.)
  const folded = foldText(word);
  if (folded.length < 2 || !/^[\p{Lu}\d/&-]+$/u.test(word)) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${literal(folded)}(?![\\p{L}\\p{N}])`, "u");
  return roles.flatMap((role) =>
    role.chunks
      .filter((c) => c.kind === "bullet" && c.lang === language && pattern.test(foldText(c.text)))
      .slice(0, 1)
      .map((chunk) => ({ role, chunk })),
  );
}
