import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { wordTokens } from "./normalize.js";
import { QUESTION_INTENT, STOPWORDS } from "./stopwords.js";

export type Language = "en" | "fr";

type Stemmers = Record<Language, { stem(word: string): string }>;
let loaded: Stemmers | null = null;

/**
 * The build's copy of snowball-stemmers with the English and French stemmers alone, beside the compiled
 * file (dist/src/text/): ~15 ms to load where the whole package takes ~60 (see scripts/snowball-en-fr.mjs).
 */
const TRIMMED = fileURLToPath(new URL("./snowball-en-fr.cjs", import.meta.url));

/**
 * The stemmers, loaded on first use (start-up doesn't stem): the build's trimmed copy, or the package
 * itself when run from source. With require: an ESM import makes Node scan the CommonJS file for its exports.
 */
function stemmers(): Stemmers {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const snowball = (
      existsSync(TRIMMED) ? require(TRIMMED) : require("snowball-stemmers")
    ) as typeof import("snowball-stemmers");
    loaded = { en: snowball.newStemmer("english"), fr: snowball.newStemmer("french") };
  }
  return loaded;
}

const memo = { en: new Map<string, string>(), fr: new Map<string, string>() };
/** Words seen are few (the CV's, the thesaurus's, the questions'); past this the memo starts afresh. */
const MEMO_LIMIT = 50_000;

/**
 * Words the English stemmer cuts down to another word's stem: "international" to "intern", which
 * « interne » (in-house) also gives. As the Snowball project does for "general" and "generate".
 */
const OVERSTEMMED: Record<string, string> = {
  international: "internation",
  internationally: "internation",
  internationale: "internation",
  internationaux: "internation",
  internationales: "internation",
  // A design (« conception ») is not a concept (the French stemmer makes "concept" of both).
  conception: "conception",
  conceptions: "conception",
  // Publications are not "public" (Porter makes "public" of both); retail's « grande distribution » is no
  // distributed system (« distribués », which the French stemmer makes "distribu" too).
  publication: "publication",
  publications: "publication",
  distribution: "distribution",
  distributions: "distribution",
  // Personalisation (of offers) is nothing personal (PII): the French stemmer makes "personal" of both.
  personalisation: "personalization",
  personalization: "personalization",
  personalised: "personalization",
  personalized: "personalization",
  personalise: "personalization",
  personalize: "personalization",
  // A government is not governance (the Porter stemmer makes "govern" of both).
  government: "government",
  governments: "government",
  governmental: "government",
  // (And « gouvernement » is no « gouvernance », which the French stemmer makes "gouvern" of too.)
  gouvernement: "gouvernement",
  gouvernements: "gouvernement",
  gouvernemental: "gouvernement",
  gouvernementale: "gouvernement",
  gouvernementales: "gouvernement",
  gouvernementaux: "gouvernement",
  // Industry (a sector) is no industrialisation (Porter makes "industri" of both); manufacturing (a sector) is no
  // car manufacturer, whom the CV sells to.
  industry: "industry",
  industries: "industry",
  industrie: "industry",
  manufacturing: "manufacturing",
  // An engine is no engineering (Porter makes "engin" of both); a board (« comité de direction ») is nothing direct.
  engine: "engines",
  engines: "engines",
  direction: "direction",
  directions: "direction",
  // A product (what is sold, offered) is no production (where code runs): Porter makes "product" of both.
  product: "products",
  products: "products",
  // …and producing (making) is neither: "has he produced anything map-based?" is not "put into production".
  produce: "produce",
  produced: "produce",
  produces: "produce",
  producing: "produce",
  // Marketing is no market (AAA-Data's "market position"): Porter makes "market" of both.
  marketing: "marketing",
  // A file format is no training (« formation »): the French stemmer makes "format" of both.
  format: "fileformat",
  formats: "fileformat",
  // Mapping a table to its contract is not a map (the Porter stemmer makes "map" of both).
  mapping: "mapping",
  mappings: "mapping",
  mapped: "mapping",
  // Data modelling (schemas) is not a model (machine learning).
  modeling: "modeling",
  modelling: "modeling",
  modeler: "modeling",
  modeller: "modeling",
  modelisation: "modeling",
  modelisations: "modeling",
  modeliser: "modeling",
  modelise: "modeling",
  modelisee: "modeling",
  modelises: "modeling",
  modelisees: "modeling",
};

/**
 * American "-ize" spellings, which the English stemmer cuts where it leaves the British "-ise" whole: a question's
 * "modernizing" is the CV's "modernisation". Written the British way, as the CV is, before stemming.
 */
const AMERICAN_IZE = /^([a-z]{3,})iz(ation|ations|e|ed|es|ing|er|ers)$/;
/** Stems one folded word with the stemmer of `lang` (memoised: the JS stemmers take ~30 µs a word). */
export function stemWord(word: string, lang: Language): string {
  const cache = memo[lang];
  let stem = cache.get(word);
  if (stem === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    stem = OVERSTEMMED[word] ?? stemmers()[lang].stem(lang === "en" ? word.replace(AMERICAN_IZE, "$1is$2") : word);
    cache.set(word, stem);
  }
  return stem;
}

/**
 * Whether a word is a notion of its own that a stemmer (or a cut ending) would take for another: "government" is
 * no "governance", « modélisation » no « modèle ».
 */
export function isOwnNotion(word: string): boolean {
  return Object.hasOwn(OVERSTEMMED, word);
}

/** A word worth matching: not a stopword, not a lone letter (the "l" of "l'assurance"). */
export function isContentWord(word: string): boolean {
  return !STOPWORDS.has(word) && (word.length > 1 || /\d/.test(word));
}

/**
 * Words a question drops as asking about his jobs ("which roles?") but a passage holds as content ("Role Based
 * Access Control"), for a question that asks of them so ("user roles and permissions").
 */
const PASSAGE_CONTENT = new Set(["role", "roles"]);

/** Content terms of a passage written in `lang`: folded, stopwords dropped, stemmed (never memoised). */
export function analysePassage(text: string, lang: Language): string[] {
  const terms = indexedWords(text)
    .filter((w) => isContentWord(w) || PASSAGE_CONTENT.has(w))
    .map((w) => stemWord(w, lang));
  for (const [figure, words] of UNIT_WORDS) if (figure.test(text)) for (const w of words) terms.push(stemWord(w, lang));
  return terms;
}

/** "May 2021 - Present": a date, no word of his work ("has he presented…?"); not indexed as a word. */
const NOT_HIS_WORDS = /((?:19|20)\d\d\s*[-–]\s*)(?:present|présent|aujourd'hui)\b/giu;

/**
 * « Mise en place », « mettre en place »: a setting-up, no place ("Google Places" is not in it); the question's
 * own said the same way (see the cleaner's locutions).
 */
export const SET_IN_PLACE = /(?<=\b(?:mise?s?|mettre|met|mettent|mettait|mettra|mettez) )en place\b/giu;

/** A stack line's label, "Tech stack:", « Stack technique : »: its "tech" is no technical thing of his. */
const STACK_LABEL = /^(?:tech stack|stack technique)\s*:/iu;

/** A passage's words as the keyword index holds them (a role's "- Present" left out). */
export function indexedWords(text: string): string[] {
  return wordTokens(text.replace(NOT_HIS_WORDS, "$1").replace(SET_IN_PLACE, "").replace(STACK_LABEL, "Stack:"));
}

const termsMemo = { en: new Map<string, readonly string[]>(), fr: new Map<string, readonly string[]>() };
/** Passages an answer weighs again and again (its quoted ones, their headings); past this the memo starts afresh. */
const TERMS_MEMO_LIMIT = 10_000;

/**
 * As `analysePassage`, memoised for the passages answers weigh (at 100,000 passages, up to a
 * thousand per question): the same array for the same text, which callers only read.
 */
export function passageTerms(text: string, lang: Language): readonly string[] {
  const cache = termsMemo[lang];
  let terms = cache.get(text);
  if (terms === undefined) {
    if (cache.size >= TERMS_MEMO_LIMIT) cache.clear();
    terms = analysePassage(text, lang);
    cache.set(text, terms);
  }
  return terms;
}

/**
 * Units a CV writes as symbols after a number, and the words a question uses for them: "400 TB" holds
 * "terabytes", "10h" holds "hours", in English and in French.
 */
const UNIT_WORDS: [RegExp, string[]][] = [
  // A size in bytes is a volume of data, whatever the word for it.
  [/\d\s*(?:TB|To)\b/, ["terabytes", "teraoctets", "volumes", "volumetrie"]],
  [/\d\s*(?:GB|Go)\b/, ["gigabytes", "gigaoctets", "volumes", "volumetrie"]],
  [/\d\s*(?:PB|Po)\b/, ["petabytes", "petaoctets", "volumes", "volumetrie"]],
  [/\d\s*h\b/, ["hours", "heures"]],
  [/€\s*\d|\d\s*[kKmM]?€/, ["euros"]],
  [/\d\s*%/, ["percent", "pourcent"]],
];

/**
 * Content terms of a question. A question's language is a guess, and recruiters mix the two,
 * so each word yields its English and its French stem: either may match the passages.
 */
export function queryTerms(text: string): QueryWord[] {
  return wordTokens(text)
    .filter((w) => isContentWord(w) && !QUESTION_INTENT.has(w))
    .map((word) => ({ word, stems: [...new Set([stemWord(word, "en"), stemWord(word, "fr")])] }));
}

/** A content word of a question, with its English and French stems. */
export interface QueryWord {
  word: string;
  stems: string[];
  /**
   * Found as written only, not through its synonyms: "workflows" of "Databricks workflows" is a feature of
   * Databricks, not Airflow (which "workflows" stands for, asked alone).
   */
  literal?: boolean;
}
