import { foldText, wordTokens } from "../text/normalize.js";
import { stemWord } from "../text/stem.js";
import { detectLanguage } from "../text/detect-language.js";
import { asksYesOrNo } from "./contrast.js";

/**
 * Opposite words of degree or kind (folded; English and French), each pair excluding the other only of the same
 * thing: "low latency" against "high latency", "small JDBC tables" against "large JDBC tables". Unlike the
 * alternatives of `saidInstead`, these are everyday words, said of many things: they oppose only when both qualify
 * one noun.
 */
const OPPOSITES: [string[], string[]][] = [
  [
    [
      "high",
      "higher",
      "highest",
      "fort",
      "forte",
      "forts",
      "fortes",
      "eleve",
      "elevee",
      "eleves",
      "elevees",
      "haut",
      "haute",
      "hauts",
      "hautes",
    ],
    ["low", "lower", "lowest", "minimal", "minimale", "faible", "faibles", "bas", "basse", "basses"],
  ],
  [
    [
      "large",
      "larger",
      "largest",
      "big",
      "bigger",
      "biggest",
      "huge",
      "massive",
      "volumineux",
      "volumineuse",
      "volumineuses",
    ],
    ["small", "smaller", "smallest", "tiny", "little", "petit", "petite", "petits", "petites", "minuscule"],
  ],
  [
    ["fast", "faster", "fastest", "quick", "quicker", "rapide", "rapides"],
    ["slow", "slower", "slowest", "lent", "lente", "lents", "lentes"],
  ],
  [
    ["simple", "simpler", "simples", "basic", "flat", "plat", "plate", "plats", "plates"],
    ["complex", "complicated", "nested", "complexe", "complexes", "complique", "compliquee", "nestees", "imbriquees"],
  ],
  [
    ["internal", "interne", "internes"],
    ["external", "externe", "externes"],
  ],
  [
    ["short", "shorter", "court", "courte", "courts", "courtes"],
    ["long", "longer", "longue", "longs", "longues"],
  ],
  [
    ["cheap", "cheaper", "inexpensive"],
    ["expensive", "costly", "couteux", "couteuse", "couteuses"],
  ],
  [
    ["synchronous", "synchrone", "synchrones"],
    ["asynchronous", "asynchrone", "asynchrones"],
  ],
  [["structured", "structurees"], ["unstructured"]],
  [
    ["temporary", "temporaire", "temporaires", "transient"],
    ["permanent", "permanente", "permanents", "permanentes", "persistent", "durable"],
  ],
];
const SIDE = new Map<string, [number, 0 | 1]>(
  OPPOSITES.flatMap(([a, b], i) => [
    ...a.map((w): [string, [number, 0 | 1]] => [w, [i, 0]]),
    ...b.map((w): [string, [number, 0 | 1]] => [w, [i, 1]]),
  ]),
);

/** Words a noun and its qualifier may stand apart by: "the latency was low", « latence très élevée ». */
const FILLER = new Set(
  [
    ...["the", "a", "an", "of", "is", "was", "were", "are", "be", "been", "very", "quite", "fairly", "too", "so"],
    ...["really", "rather", "pretty", "extremely", "le", "la", "les", "l", "un", "une", "des", "de", "du", "d"],
    ...["tres", "assez", "plutot", "trop", "est", "etait", "sont", "etaient", "avec", "with", "en"],
    // ("was the save on HDFS permanent?": where the thing is, said between.)
    ...["on", "sur"],
  ].map((w) => foldText(w)),
);

/** Words a qualifier doesn't reach across: "complex … without adding", « complexes sans ajout ». */
const BREAK = new Set(["sans", "without", "no", "not", "pas", "but", "mais", "and", "et", "or", "ou", "than", "que"]);
/** Nouns said of everything, which bind no two qualifiers to one thing: "data", "work", "projects". */
const GENERIC = new Set(["data", "donnees", "work", "travail", "project", "projects", "projet", "projets", "things"]);
const COPULA = new Set(["is", "was", "were", "are", "be", "been"]);
const HOW = new Set(["how", "so", "as", "too", "aussi", "si"]);

/** Stems of the nouns a qualifier at `at` bears on: the telling words within two of it, fillers skipped. */
function qualified(tokens: readonly string[], at: number, english = false): Set<string> {
  const stems = new Set<string>();
  for (const step of [-1, 1]) {
    let seen = 0;
    // (In English, a word before its noun, or after it with a verb of being: "low latency", "was the latency low?";
    // not "encrypt simple data", whose verb is no thing qualified.)
    if (english && step === -1 && !tokens.slice(0, at).some((t) => COPULA.has(t))) continue;
    for (let k = at + step; k >= 0 && k < tokens.length && seen < 2; k += step) {
      const t = tokens[k]!;
      if (FILLER.has(t)) continue;
      if (BREAK.has(t)) break;
      seen++;
      if (SIDE.has(t) || GENERIC.has(t) || t.length < 4 || /^\d/.test(t)) continue;
      stems.add(stemWord(t, "en"));
      stems.add(stemWord(t, "fr"));
    }
  }
  return stems;
}

/** Where the text qualifies one of `nouns` with a word of the given side of pair `pair`: its index, or -1. */
function qualifies(tokens: readonly string[], pair: number, side: 0 | 1, nouns: ReadonlySet<string>): number {
  return tokens.findIndex((t, k) => {
    const s = SIDE.get(t);
    return s?.[0] === pair && s[1] === side && [...qualified(tokens, k)].some((n) => nouns.has(n));
  });
}

/**
 * "Was the latency low?" against "…JDBC tables (>2 TB) with high latency": the passage qualifies the noun the
 * question qualifies with the opposite word, and never with the word asked ({ asked: "low", said: "high" }, as
 * written; `other` when the passage says it of another thing than the question's, "low-latency pipelines"). Null
 * otherwise, or when the question holds both words ("high or low latency?").
 */
export function saidOpposite(
  question: string,
  passage: string,
): { asked: string; said: string; shown: { asked: string; said: string }; other?: boolean } | null {
  if (!asksYesOrNo(question)) return null;
  const asked = wordTokens(question);
  const held = wordTokens(passage);
  const english = detectLanguage(question) === "en";
  for (const [i, t] of asked.entries()) {
    const side = SIDE.get(t);
    // (Not a measure asked: "how long…?", "how big…?", "as large as…?".)
    if (!side || HOW.has(asked[i - 1] ?? "")) continue;
    const [pair, which] = side;
    if (asked.some((o) => SIDE.get(o)?.[0] === pair && SIDE.get(o)?.[1] !== which)) continue;
    const nouns = qualified(asked, i, english);
    if (nouns.size === 0 || qualifies(held, pair, which, nouns) >= 0) continue;
    const j = qualifies(held, pair, which === 0 ? 1 : 0, nouns);
    if (j < 0) continue;
    // ("high latency": the thing qualified, written right after its word, shown with it, on either side.)
    const shown = (text: string, tokens: readonly string[], k: number) => {
      // (Only what both qualify: "low latency", not "low latency pipelines".)
      const both = qualified(held, j);
      const noun = (w = "") => [stemWord(w, "en"), stemWord(w, "fr")].some((x) => nouns.has(x) && both.has(x));
      const run = tokens.slice(k + 1, k + 3);
      const thing = run.slice(0, noun(run[0]) ? (noun(run[1]) ? 2 : 1) : 0).map((w) => written(text, w, false));
      return [written(text, tokens[k]!), ...thing].join(" ");
    };
    // ("low-latency pipelines" against "tables … with high latency": said of another thing, no "no".)
    const compound = english ? headOf(question, asked, i) : null;
    const other = !sameHead(compound, held);
    const askedShown = other
      ? asked
          .slice(i, compound!.end + 1)
          .map((w) => written(question, w, false))
          .join(" ")
      : null;
    return {
      asked: t,
      said: held[j]!,
      shown: { asked: askedShown ?? shown(question, asked, i), said: shown(passage, held, j) },
      ...(other ? { other } : {}),
    };
  }
  return null;
}

/** A word that names a thing: not a filler, a break, a qualifier of the pairs, a number or a short word. */
const thing = (t = "") => t.length >= 4 && !FILLER.has(t) && !BREAK.has(t) && !SIDE.has(t) && !/^\d/.test(t);

/**
 * The head of what a qualifier says in English, when it says it of a compound: "low-latency pipelines", "low latency
 * data pipelines" (the last noun, plural, or after a hyphenated pair), with where it ends; null for one noun ("low
 * latency") or a word after it that is no noun ("was low latency important?").
 */
function headOf(question: string, asked: readonly string[], i: number): { head: string; end: number } | null {
  let k = i + 1;
  while (k < i + 3 && thing(asked[k + 1])) k++;
  const head = asked[k]!;
  const hyphen = new RegExp(String.raw`\b${asked[i]}-${asked[i + 1]}\b`).test(foldText(question));
  if (k === i + 1 || GENERIC.has(head) || !(/[^s]s$/.test(head) || hyphen)) return null;
  return { head, end: k };
}

/**
 * Whether the passage says the thing the question qualifies: "low-latency pipelines" against "tables … with high
 * latency" is of another thing (no pipelines there), "low latency JDBC tables" of the same.
 */
function sameHead(asked: { head: string } | null, held: readonly string[]): boolean {
  if (!asked) return true;
  const stems = new Set([stemWord(asked.head, "en"), stemWord(asked.head, "fr")]);
  return held.some((t) => stems.has(stemWord(t, "en")) || stems.has(stemWord(t, "fr")));
}

/**
 * Whether the text qualifies what the question qualifies with the question's own word ("high latency" for "was the
 * latency high?"): a line of the profile that says the asked word.
 */
export function saysAsked(question: string, text: string): boolean {
  const asked = wordTokens(question);
  const held = wordTokens(text);
  const english = detectLanguage(question) === "en";
  return asked.some((t, i) => {
    const side = SIDE.get(t);
    return side !== undefined && qualifies(held, side[0], side[1], qualified(asked, i, english)) >= 0;
  });
}

/** A folded word as the text writes it: "elevee" → « élevée ». */
function written(text: string, folded: string, lower = true): string {
  const word = (text.match(/[\p{L}\p{N}]+/gu) ?? []).find((w) => foldText(w) === folded);
  return (lower ? word?.toLowerCase() : word) ?? folded;
}
