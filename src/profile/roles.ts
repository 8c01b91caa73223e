import type { Chunk } from "../knowledge/chunk.js";
import type { Period } from "../knowledge/parse-period.js";
import { foldText, literal } from "../text/normalize.js";

/** How a role relates to what it lists: a teaching role teaches, a training role trains others. */
export type RoleKind = "work" | "teaching" | "training";

/** A dated role of the CV, read from its heading, period line, stack and team lines. */
export interface RoleInfo {
  /** Role key shared by both languages, e.g. "cv#decathlon". */
  key: string;
  /** Company as the heading names it, without a parenthesis: "AAA-Data". */
  employer: string;
  /** Folded tokens of the company name: ["aaa", "data"]. */
  employerTokens: string[];
  title: string;
  contract: string | null;
  kind: RoleKind;
  period: Period | null;
  /** Technologies of the role's stack line, as written ("Apache Spark", "AWS (S3, EMR, Glue)" → AWS, S3, …). */
  stack: string[];
  /** Every passage of the role, both languages. */
  chunks: Chunk[];
}

const TEACHING = /\b(professeur|enseignant|lecturer|teacher|instructor|vacataire|teaching|enseignement)\b/;
const TRAINING = /\b(formateur|formatrice|trainer|coach)\b/;

/** How a passage shows what it names: used in the work, taught to students, or taught to colleagues. */
export type Usage = "used" | "taught" | "trained";

/** What a training role's passage is when it trains others rather than uses the skill. */
const TRAINING_PASSAGE =
  /^(formation|training|introduction|initiation|acculturation|premiere formation|first training|preparation)/;

/** A teaching role teaches; a training role trains others in what its training passages name; the rest is used. */
export function usageOf(role: Pick<RoleInfo, "kind"> | undefined, chunk: Chunk): Usage {
  if (!role || role.kind === "work") return "used";
  if (role.kind === "teaching") return "taught";
  return TRAINING_PASSAGE.test(foldText(chunk.text)) ? "trained" : "used";
}

/** "cv#decathlon.s2.b1" → "cv#decathlon": the passage's role, the same in both languages. */
const roleKeys = new WeakMap<Chunk, string>();

export function roleKeyOf(chunk: Chunk): string {
  // Asked for every passage an answer weighs: one string per passage, so maps find it by its cached hash.
  let key = roleKeys.get(chunk);
  if (key === undefined) {
    key = roleKeyFrom(chunk.key);
    roleKeys.set(chunk, key);
  }
  return key;
}

/** "cv#decathlon.s2.b1" → "cv#decathlon". */
function roleKeyFrom(passageKey: string): string {
  const dot = passageKey.indexOf(".");
  return dot < 0 ? passageKey : passageKey.slice(0, dot);
}

/** "Tech stack: Spark, Scala, AWS (S3, EMR, Glue), Fuzzy Logic (FuzzyWuzzy)" → Spark, Scala, AWS, S3, EMR, Glue, … */
export function stackNames(text: string): string[] {
  return text
    .replace(/^[^:]*:\s*/, "")
    .split(/[,;()]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

/**
 * The CV's dated roles, in the CV's order, read from the passages the chunker made: each role's
 * heading (employer, title, contract), period, kind (work, teaching, training), stack and passages.
 * The English rendering names them when there is one, so names stay the same in both languages.
 */
export function readRoles(chunks: Chunk[]): RoleInfo[] {
  const roles = new Map<string, RoleInfo>();
  // A role's passages come one after another: the previous passage's role is checked first, without a lookup.
  let last: RoleInfo | undefined;
  for (const chunk of chunks) {
    if (!chunk.period) continue;
    const same = last !== undefined && chunk.key.startsWith(last.key) && chunk.key[last.key.length] === ".";
    const key = same ? last!.key : roleKeyFrom(chunk.key);
    let role = same ? last : roles.get(key);
    if (!role) {
      role = {
        key,
        employer: "",
        employerTokens: [],
        title: "",
        contract: null,
        kind: "work",
        period: chunk.period,
        stack: [],
        chunks: [],
      };
      roles.set(key, role);
    }
    last = role;
    role.chunks.push(chunk);
    const heading = chunk.kind === "role" && (role.employer === "" || chunk.lang === "en");
    if (heading && chunk.role) {
      const first = foldText(chunk.text.split("\n")[0] ?? "");
      Object.assign(role, {
        employer: chunk.role.employer,
        employerTokens: foldText(chunk.role.employer).match(/[\p{L}\p{N}]+/gu) ?? [],
        title: chunk.role.title,
        contract: chunk.role.contract,
        kind: TEACHING.test(first) ? "teaching" : TRAINING.test(first) ? "training" : "work",
        period: chunk.period,
      });
    }
    if (chunk.kind === "stack" && (role.stack.length === 0 || chunk.lang === "en")) role.stack = stackNames(chunk.text);
  }
  // In the CV's own order: a CV lists its roles most recent first, and its owner chose that order.
  return [...roles.values()].filter((r) => r.employer !== "");
}

/** The employer's name, an optional parenthesis (1), a comma, and what follows up to the sentence's end (2). */
function appositiveOf(role: RoleInfo): RegExp {
  const name = literal(role.employer).replace(/[\s-]+/g, "[\\s-]+");
  return new RegExp(`${name}\\s*(?:\\(([^)]*)\\))?\\s*,\\s*([^.]*)`, "i");
}

/**
 * Words that describe a role's employer rather than name it, as the CV writes them: the heading's
 * qualifier ("AAA-Data (Automotive)", "Lecturer at an engineering school") and what the context says
 * the company is ("MAIF, a French mutual insurance company…"), in both languages, folded.
 */
export function describingWords(role: RoleInfo): string[] {
  const texts: string[] = [];
  // The first appositive of each language: later ones may be about something else.
  const said = new Set<string>();
  const appositive = appositiveOf(role);
  for (const chunk of role.chunks) {
    if (chunk.kind === "role") {
      const first = chunk.text.split("\n")[0] ?? "";
      texts.push(...[...first.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!));
      const qualifier = / (?:at|en|in|dans) (?:an? |une? |l'|la |le )?([^-]+?)(?: - |$)/.exec(first);
      if (qualifier) texts.push(qualifier[1]!);
    } else if (chunk.kind === "context" && !said.has(chunk.lang)) {
      const m = appositive.exec(chunk.text);
      // What the company is, not what it does: "…school, which trains 250 students" stops at "which".
      if (m) texts.push(m[1] ?? "", m[2]!.split(DESCRIPTION_END)[0]!);
      if (m) said.add(chunk.lang);
    }
  }
  return [...new Set(texts.flatMap((t) => foldText(t).match(/\p{L}{5,}/gu) ?? []))];
}

/** Where a company's description stops: what it does or has, not what it is. */
const DESCRIPTION_END =
  /,|\s(?:which|who|that|with|qui|dont|avec|de millions|since|depuis|speciali[sz]\w+|spécialisée?s?)\s|\sfor \d/;

/**
 * What the CV says the company is, in the passages of one language: "a French mutual insurance company"
 * (the context's appositive after its name, up to "with", "which"…), else the heading's parenthesis
 * ("Automotive"); null when the CV doesn't say.
 */
export function describedAs(role: RoleInfo, chunks: Chunk[]): string | null {
  const appositive = appositiveOf(role);
  for (const chunk of chunks) {
    if (chunk.kind !== "context") continue;
    const m = appositive.exec(chunk.text);
    const what = m?.[2]?.split(DESCRIPTION_END)[0]?.trim();
    if (what) return what;
  }
  const heading = chunks.find((c) => c.kind === "role")?.text.split("\n")[0] ?? "";
  return /\(([^)]*)\)/.exec(heading)?.[1] ?? null;
}
