import { foldText, literal, wordTokens } from "../text/normalize.js";

/**
 * Words that name one of a few alternatives, each excluding the others: row or column, front or back end, daily or
 * weekly… (folded; English and French). A passage that says one of them answers no to another. (Not "junior" and
 * "senior", nor "technical" and "business": said of him, or of a goal, they exclude nothing.)
 */
const KINDS: string[][][] = [
  [
    ["row", "rows", "ligne", "lignes"],
    ["column", "columns", "colonne", "colonnes"],
    // ("at table level?" against "column-level encryption".)
    ["table-level"],
  ],
  [
    ["frontend", "front-end"],
    ["backend", "back-end"],
  ],
  [
    ["daily", "quotidien", "quotidienne", "quotidiens", "quotidiennes", "journalier", "journaliere"],
    ["weekly", "hebdomadaire", "hebdomadaires"],
    ["monthly", "mensuel", "mensuelle", "mensuels", "mensuelles"],
    ["yearly", "annual", "annuel", "annuelle"],
  ],
  [
    ["public", "publique", "publiques"],
    ["private", "prive", "privee", "privees"],
  ],
  [
    ["single-cloud", "mono-cloud", "monocloud"],
    ["cross-cloud", "multi-cloud", "multicloud"],
  ],
  [["unit", "unitaire", "unitaires"], ["integration"]],
  [
    ["logs", "log"],
    ["metrics", "metriques", "metrique"],
  ],
  [
    ["append"],
    [
      ...["replace", "replaces", "replaced", "replacing", "replacement", "overwrite", "overwrites", "overwritten"],
      ...["remplacement", "remplace", "remplacer", "remplacee", "remplaces", "ecrase", "ecraser"],
      ...["cancel-and-replace", "annule-et-remplace"],
    ],
    // ("Were the JDBC tables loaded incrementally?" against their "cancel and replace" mode.)
    [
      ...["incremental", "incrementally", "incrementale", "incrementales", "incrementaux", "incrementiel"],
      ...["incrementielle", "incrementiels", "incrementielles"],
    ],
  ],
];
/**
 * Words of a claim, each excluding the others only when a question asks yes or no: "did the projects have positive
 * ROI?" against "zero ROI", "did AAA-Data lose its monopoly?" against "threatened". ("Tell me about its positive
 * sides" claims nothing.)
 */
const CLAIMS: string[][][] = [
  [
    ["positive", "positif", "positifs", "positives"],
    ["zero", "nul"],
  ],
  [
    ["lost", "lose", "loses", "losing", "perdu", "perdue", "perdre"],
    ["threatened", "menacee", "menace"],
  ],
  // ("only flat data?" against "complex nested data"; "restaurants?" against "bars".)
  [
    ["flat", "plat", "plates", "plats"],
    ["nested", "nestees", "imbriquees", "imbriques"],
  ],
  [
    ["restaurants", "restaurant", "cafes", "hotels"],
    ["bars", "bar"],
  ],
];
/** Each group of words, and the kind it belongs to (its alternatives are the kind's other groups). */
const ALTERNATIVES: string[][] = [...KINDS, ...CLAIMS].flat();
const KIND_OF = new Map<number, number>(
  [...KINDS, ...CLAIMS].flatMap((k, i) => k.map((g) => [ALTERNATIVES.indexOf(g), i] as const)),
);
const GROUP = new Map<string, number>(ALTERNATIVES.flatMap((g, i) => g.map((w) => [w, i] as const)));
/** The groups of claims (see CLAIMS). */
const CLAIMED = new Set(CLAIMS.flat().map((g) => ALTERNATIVES.indexOf(g)));

/** Phrases read as one word: "front end", "cancel and replace". */
const PHRASES: [RegExp, string][] = [
  // ("front end", "back end": one word, not "back" of "come back".)
  [/\b(front|back) end\b/g, "$1-end"],
  [/\bcancel and replace\b/g, "cancel-and-replace"],
  [/\bannule et remplace\b/g, "annule-et-remplace"],
  [/\b(?:table[- ]level|au niveau (?:de la |des )?tables?)\b/g, "table-level"],
];

/** Words of a text, with hyphenated ones also whole ("cross-cloud"). */
function wordsOf(text: string): Set<string> {
  let folded = foldText(text);
  for (const [pattern, by] of PHRASES) folded = folded.replace(pattern, by);
  const hyphened = folded.match(/[a-z]+(?:-[a-z]+)+/g) ?? [];
  // (Phrases first: "cancel and replace" is said, more than "replace".)
  return new Set([...hyphened, ...wordTokens(folded)]);
}

/** A question asking yes or no ("did he…?", « il a migré… ? »), not what or how ("tell me all about…"). */
export function asksYesOrNo(question: string): boolean {
  const q = foldText(question).replace(/^(hi|hello|hey|bonjour|salut|ok|so|and|et|alors)\b[\s,!]*/g, "");
  if (/^(does|did|do|has|have|had|is|was|were|are|can|could|would|will)\b/.test(q)) return true;
  if (/^(what|which|how|why|when|where|who|tell|list|describe|show|give)\b/.test(q)) return false;
  return (
    /\?\s*$/.test(q) && !/\b(quel\w*|quoi|comment|combien|pourquoi|ou|quand|qui|que|qu'est|parle|decri\w*)\b/.test(q)
  );
}

/**
 * "Did he do row-level encryption?" against "column-level encryption": the alternative the passage says instead of
 * the one asked, as both are written ({ asked: "row", said: "column" }); null when the passage says the one asked
 * too, or none of them, or the question names both ("unit and integration tests?").
 */
export function saidInstead(
  question: string,
  passage: string,
): { asked: string; said: string; shown: { asked: string; said: string } } | null {
  const asked = wordsOf(question);
  const held = wordsOf(passage);
  const askedGroups = new Set([...asked].flatMap((w) => GROUP.get(w) ?? []));
  for (const word of asked) {
    const g = GROUP.get(word);
    if (g === undefined || ALTERNATIVES[g]!.some((w) => held.has(w))) continue;
    if (CLAIMED.has(g) && !asksYesOrNo(question)) continue;
    // An alternative of the same kind: the next or previous group made with it (row/column, daily/weekly/…).
    const said = [...held].find((w) => {
      const other = GROUP.get(w);
      return other !== undefined && other !== g && !askedGroups.has(other) && sameKind(g, other);
    });
    if (said) return { asked: word, said, shown: { asked: asWritten(question, word), said: asWritten(passage, said) } };
  }
  return null;
}

/** A folded word as the text writes it: "privee" → « privée », "cancel-and-replace" → "cancel and replace". */
function asWritten(text: string, folded: string): string {
  const word = (text.match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []).find((w) => foldText(w) === folded)?.toLowerCase();
  if (word) return word;
  // (A phrase read as one word: as the text writes it, spaces and all.)
  const phrase = new RegExp(folded.split("-").map(literal).join("[\\s-]+"), "i").exec(foldText(text));
  return phrase ? text.slice(phrase.index, phrase.index + phrase[0].length).toLowerCase() : folded.replace(/-/g, " ");
}

/** Whether a passage holds the word or another form of it ("replacement" of "replace"), as `saidInstead` reads. */
export function holdsWord(passage: string, word: string): boolean {
  const held = wordsOf(passage);
  const g = GROUP.get(word);
  return g === undefined ? held.has(word) : ALTERNATIVES[g]!.some((w) => held.has(w));
}

function sameKind(a: number, b: number): boolean {
  return KIND_OF.get(a) === KIND_OF.get(b);
}
