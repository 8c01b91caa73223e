import { foldText, wordTokens } from "../text/normalize.js";

/**
 * Words that name one of a few alternatives, each excluding the others: row or column, front or back end, daily or
 * weekly… (folded; English and French). A passage that says one of them answers no to another. (Not "junior" and
 * "senior", nor "technical" and "business": said of him, or of a goal, they exclude nothing.)
 */
const KINDS: string[][][] = [
  [
    ["row", "rows", "ligne", "lignes"],
    ["column", "columns", "colonne", "colonnes"],
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
    ],
  ],
];
/** Each group of words, and the kind it belongs to (its alternatives are the kind's other groups). */
const ALTERNATIVES: string[][] = KINDS.flat();
const KIND_OF = new Map<number, number>(KINDS.flatMap((k, i) => k.map((g) => [ALTERNATIVES.indexOf(g), i] as const)));
const GROUP = new Map<string, number>(ALTERNATIVES.flatMap((g, i) => g.map((w) => [w, i] as const)));

/** Words of a text, with hyphenated ones also whole ("cross-cloud"). */
function wordsOf(text: string): Set<string> {
  // ("front end", "back end": one word, not "back" of "come back".)
  const folded = foldText(text).replace(/\b(front|back) end\b/g, "$1-end");
  const hyphened = folded.match(/[a-z]+(?:-[a-z]+)+/g) ?? [];
  return new Set([...wordTokens(folded), ...hyphened]);
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
    // An alternative of the same kind: the next or previous group made with it (row/column, daily/weekly/…).
    const said = [...held].find((w) => {
      const other = GROUP.get(w);
      return other !== undefined && other !== g && !askedGroups.has(other) && sameKind(g, other);
    });
    if (said) return { asked: word, said, shown: { asked: asWritten(question, word), said: asWritten(passage, said) } };
  }
  return null;
}

/** A folded word as the text writes it: "privee" → « privée » (lower case). */
function asWritten(text: string, folded: string): string {
  return (text.match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []).find((w) => foldText(w) === folded)?.toLowerCase() ?? folded;
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
