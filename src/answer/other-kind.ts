import type { Chunk } from "../knowledge/chunk.js";
import type { QuestionPart } from "../query/understand.js";
import type { RetrievedPassage } from "../retrieval/hybrid-retriever.js";
import { foldText, literal } from "../text/normalize.js";
import { isContentWord, stemWord, type Language } from "../text/stem.js";
import type { Thesaurus } from "../text/thesaurus.js";

/**
 * A noun asked with the word naming which kind of it: "load testing" in English, « tests de charge » in French (the
 * kind one of the part's words, held through a synonym at least). `head` is the noun's index among the part's words.
 */
interface KindAsked {
  head: number;
  /** The kind's index among the part's words. */
  kind: number;
  lang: Language;
}

/** After these, the next word is a verb ("he built pipelines", "to write tests"), not a kind of the noun after it. */
const VERB_BEFORE = /^(he|she|they|we|you|i|has|have|had|can|could|will|would|to|ever|also|already)$/;
/** Endings of words that describe rather than name a kind: "automated", "streaming", "massive", "historical". */
const DESCRIBING = /(?:ed|ing|ive|al|ic|ous|ful|able|ible|less|ly)$/;
/** Adjectives of size, age, worth or degree: "large pipelines" are pipelines still, of no other kind. */
const DEGREE = new Set(
  ["big", "large", "small", "huge", "real", "good", "great", "new", "old", "modern", "complex", "simple", "high"]
    .concat(["low", "strong", "solid", "main", "key", "serious", "deep", "heavy", "full", "true", "proper", "own"])
    .concat(["same", "other", "many", "much", "more", "most", "any", "some", "several", "recent", "current", "past"])
    .concat(["senior", "junior", "long", "short", "hard", "fast", "quick", "wide", "whole", "entire", "major"])
    .concat(["slow", "clean", "dirty", "bad", "poor", "best", "better", "nice", "cool", "light"])
    .concat(["basic", "advanced", "hands", "first", "last", "next", "few", "such", "each", "every", "his", "their"]),
);
/** A word that may name a kind of the noun beside it: not a stopword, nor one describing it ("large", "automatic"). */
function plainKind(word: string): boolean {
  return isContentWord(word) && !DESCRIBING.test(word) && !DEGREE.has(word);
}

/** Endings of French adjectives: « unitaires », « incrémental », « nestées ». */
const FR_ADJECTIVE = /(?:aires?|ifs?|ives?|elles?|iques?|ales?|aux|eux|euses?|ables?|ibles?|é|ée|és|ées)$/u;
/** How often the CV writes a word for it to name no kind of the noun beside it ("data", « données »). */
const COMMON_IN_CV = 20;
/** French words joining a noun to its kind: « tests de charge », « schéma en étoile ». */
const FR_JOIN = "(?:de|d|du|des|en|a)";

/** The kinds a part asks of its plain nouns (not of names, technologies or employers). */
function kindsAsked(part: QuestionPart): KindAsked[] {
  const text = foldText(part.text);
  const kinds: KindAsked[] = [];
  const named = new Set(part.words.filter((w) => w.key || w.tech || w.employer).map((w) => w.word));
  const indexOf = (word: string) => part.words.findIndex((w) => w.word === word);
  part.words.forEach((w, head) => {
    if (w.key || w.tech || w.employer || w.light || /\d/.test(w.word)) return;
    const noun = literal(w.word);
    const en = new RegExp(String.raw`(?:^|(\p{L}+)[ ])(\p{L}{2,}) ${noun}\b`, "u").exec(text);
    if (
      en &&
      plainKind(en[2]!) &&
      !FR_ADJECTIVE.test(w.word) &&
      !named.has(en[2]!) &&
      !(en[1] && VERB_BEFORE.test(en[1])) &&
      indexOf(en[2]!) >= 0
    )
      kinds.push({ head, kind: indexOf(en[2]!), lang: "en" });
    const fr = new RegExp(String.raw`\b${noun} ${FR_JOIN}[ ']\s*(\p{L}{3,})\b`, "u").exec(text);
    if (fr && isContentWord(fr[1]!) && !named.has(fr[1]!) && !DEGREE.has(fr[1]!) && indexOf(fr[1]!) >= 0)
      kinds.push({ head, kind: indexOf(fr[1]!), lang: "fr" });
  });
  return kinds;
}

/**
 * The kinds a text writes beside each time it writes the noun (by its stems): "unit" of "unit tests", « unitair » of
 * « tests unitaires », "" where none. Only tokens beginning as a stem does are stemmed: a passage not holding the noun
 * costs a substring search.
 */
function kindsBeside(text: string, lang: Language, stems: string[], counts: ReadonlyMap<string, number>): string[] {
  const folded = foldText(text);
  if (!stems.some((s) => folded.includes(s))) return [];
  const tokens = [...folded.matchAll(/[\p{L}\p{N}]+/gu)];
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!stems.some((s) => t[0].startsWith(s.slice(0, 3))) || !stems.includes(stemWord(t[0], lang))) return;
    const other = lang === "en" ? tokens[i - 1] : tokens[i + 1];
    const [a, b] = lang === "en" ? [other, t] : [t, other];
    // (Side by side, with only a space between: "unit tests", « tests unitaires »; not "Table": schema".)
    const beside = !!a && !!b && folded.slice(a.index! + a[0].length, b.index!) === " ";
    // (A word describing it is no other kind: "automatic generation". In French, an adjective after it is one,
    // « tests unitaires »; a noun there is what it acts on, « migration metamodel Glue ». Nor is a name's word,
    // "Unity Catalog", nor a word the CV writes everywhere, "data visualisations".)
    const written = other ? text.slice(other.index!).split(/[\s,.;:()]/)[0]! : "";
    const kind =
      beside &&
      plainKind(other![0]) &&
      !/^\p{Lu}/u.test(written) &&
      (counts.get(other![0]) ?? 0) < COMMON_IN_CV &&
      (lang === "en" || FR_ADJECTIVE.test(written))
        ? stemWord(other![0], lang)
        : "";
    out.push(kind);
  });
  return out;
}

/**
 * "Has he done load testing?" against "unit tests across all ingestion components": the kind asked ("load") is there
 * only through a synonym ("ingestion"), and the noun only as another kind of it ("unit"), no synonym of the kind
 * asked. Neither is held there. Returns the passage with them unmatched (the same object each time).
 */
export function otherKindAside(
  part: QuestionPart,
  renderings: (chunk: Chunk) => Chunk[],
  thesaurus: Thesaurus | undefined,
  counts: ReadonlyMap<string, number>,
): (p: RetrievedPassage) => RetrievedPassage {
  const kinds = kindsAsked(part);
  if (kinds.length === 0) return (p) => p;
  // (Nor a word the question asks through another of its words: « métadonnées » finds the passage's "metamodel".)
  // (The noun's own synonyms aside: the owner's thesaurus gives "tests" « unitaires », the kind the CV names.)
  const heads = new Set(kinds.map((k) => k.head));
  const asked = new Set(
    part.words.flatMap((w, i) => [...w.stems, ...(heads.has(i) ? [] : (thesaurus?.expand(w) ?? []))]),
  );
  const done = new Map<RetrievedPassage, RetrievedPassage>();
  return (p) => {
    let q = done.get(p);
    if (q) return q;
    const aside = part.words.map(() => false);
    kinds.forEach(({ head, kind, lang }) => {
      if (!p.matched[head] || !p.matched[kind] || p.exact[kind]) return;
      const chunk = renderings(p.chunk).find((c) => c.lang === lang);
      if (!chunk) return;
      const others = kindsBeside(chunk.text, lang, part.words[head]!.stems, counts);
      // Each time the noun is written, it is written as another kind, no synonym of the one asked.
      if (others.length === 0 || others.some((o) => o === "" || asked.has(o))) return;
      aside[head] = aside[kind] = true;
    });
    q = aside.some(Boolean) ? { ...p, matched: p.matched.map((m, i) => m && !aside[i]) } : p;
    done.set(p, q);
    return q;
  };
}
