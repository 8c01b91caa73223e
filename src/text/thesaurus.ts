import { wordTokens } from "./normalize.js";
import { stemWord, type QueryWord } from "./stem.js";

export const SYNONYMS_FILE = "synonyms.yml";

/**
 * Words that mean the same both ways, or `ask` words that also find `find` words (one way), or terms the profile
 * lacks (`lacking`: "gdpr") and the words of what it shows instead (`related`: "pii"), which never make a "yes".
 * (`narrower`: the `find` words name kinds of the asked thing — "pipelines" finds Airflow's DAGs — not rarer words.)
 */
export type SynonymGroup =
  | string[]
  | { ask: string[]; find: string[]; narrower?: boolean }
  | { lacking: string[]; related: string[] };

/** The words a group matches with, both ways or asked one way; none for a lacking term's. */
function matching(group: SynonymGroup): { ask: string[]; find: string[] } {
  if (Array.isArray(group)) return { ask: group, find: group };
  return "ask" in group ? group : { ask: [], find: [] };
}

/** Short stems match too much across words ("scal"); below this length only the word itself triggers. */
const MIN_STEM_TRIGGER = 5;

function triggerKeys(word: string): string[] {
  const keys = [`w:${word}`];
  for (const lang of ["en", "fr"] as const) {
    const stem = stemWord(word, lang);
    if (stem.length >= MIN_STEM_TRIGGER) keys.push(`${lang}:${stem}`);
  }
  return keys;
}

/** The entries that are one word ("realtime"); phrases ("temps-réel", "amazon web services") are left out. */
function singleWords(entries: string[]): string[] {
  return entries
    .map((e) => wordTokens(e))
    .filter((w) => w.length === 1)
    .map((w) => w[0]!);
}

function stemsOf(words: string[]): string[] {
  const stems = new Set<string>();
  for (const word of words) {
    stems.add(stemWord(word, "en"));
    stems.add(stemWord(word, "fr"));
  }
  return [...stems];
}

/** The thesaurus's stemmed tables as saved with the index: trigger key → groups, and each group's stems. */
export interface ThesaurusTables {
  triggers: [string, number[]][];
  groupStems: string[][];
}

/**
 * Groups of words that mean the same to a recruiter ("taught" ~ "lecturer" ~ "enseignement").
 * A question's word that belongs to a group also matches the group's other words.
 */
export class Thesaurus {
  /** Every single word of every group, folded: cheap, and wanted at start by the speller's vocabulary. */
  private readonly allWords = new Set<string>();
  /** Built on first use: stemming every word of every group costs ~60–120 ms, which start-up doesn't need to pay. */
  private built: { triggers: Map<string, number[]>; groupStems: string[][] } | null = null;

  constructor(private readonly groups: SynonymGroup[]) {
    for (const group of groups) {
      const { ask, find } = matching(group);
      for (const w of singleWords([...ask, ...find])) this.allWords.add(w);
    }
  }

  private get tables(): { triggers: Map<string, number[]>; groupStems: string[][] } {
    if (this.built) return this.built;
    const triggers = new Map<string, number[]>();
    const groupStems: string[][] = [];
    this.groups.forEach((group, g) => {
      // Only single words count: the keyword index matches words, not phrases, and a phrase's words
      // alone ("temps" and "réel" of "temps-réel") mean other things.
      const ask = singleWords(matching(group).ask);
      // An `ask` word finds the `find` words (and itself), not the other `ask` words: "geospatial" finds "map",
      // not "mapping" (of a table to its contract), another way of asking.
      groupStems.push(stemsOf(singleWords(matching(group).find)));
      for (const word of ask) {
        for (const key of triggerKeys(word)) triggers.set(key, [...new Set([...(triggers.get(key) ?? []), g])]);
      }
    });
    this.built = { triggers, groupStems };
    return this.built;
  }

  /**
   * Stems that mean the same as `word` (its own stems excluded). Stems are compared within one
   * language: the French stemmer makes "scal" of both "Scala" and "scale", which must not meet.
   */
  expand(word: QueryWord): string[] {
    const out = new Set<string>();
    for (const key of triggerKeys(word.word)) {
      for (const g of this.tables.triggers.get(key) ?? []) for (const s of this.tables.groupStems[g]!) out.add(s);
    }
    for (const v of word.stems) out.delete(v);
    return [...out];
  }

  /**
   * As `expand`, without what `narrower` groups find: the words that say it, whose rarity is the asked word's ("DAGs"
   * found for "pipelines" don't make pipelines a rare thing to ask).
   */
  expandSaying(word: QueryWord): string[] {
    const out = new Set<string>();
    for (const key of triggerKeys(word.word)) {
      for (const g of this.tables.triggers.get(key) ?? []) {
        const group = this.groups[g]!;
        if (Array.isArray(group) || !("narrower" in group) || !group.narrower)
          for (const s of this.tables.groupStems[g]!) out.add(s);
      }
    }
    for (const v of word.stems) out.delete(v);
    return [...out];
  }

  /** Whether a group holds the word itself (not only a word of the same stem: "Cloudera" is no "cloud"). */
  holds(word: string): boolean {
    return this.allWords.has(word);
  }

  /** Every single word of every group (folded): recruiters' words a typo may be a slip of. */
  words(): string[] {
    return [...this.allWords];
  }

  /**
   * The words of what the profile shows instead of a term it lacks ("GDPR" → "pii", "confidential"), as the owner
   * wrote them; none for any other term.
   */
  relatedTo(term: string): string[] {
    const words = wordTokens(term);
    return this.groups.flatMap((g) =>
      !Array.isArray(g) && "lacking" in g && singleWords(g.lacking).some((w) => words.includes(w)) ? g.related : [],
    );
  }

  /** One name for a word and its synonyms ("daily" and "day" → the same), for grouping questions. */
  canonical(word: QueryWord): string {
    for (const key of triggerKeys(word.word)) {
      const groups = this.tables.triggers.get(key);
      if (groups?.length) return `group:${groups[0]}`;
    }
    return word.stems[0]!;
  }

  /** The stemmed tables, to save with the index (a start then reads them instead of stemming every group). */
  tablesData(): ThesaurusTables {
    return { triggers: [...this.tables.triggers], groupStems: this.tables.groupStems };
  }

  /** Takes the tables `tablesData` saved for these groups; false (and nothing taken) when they don't fit. */
  restoreTables(data: unknown): boolean {
    const d = data as Partial<ThesaurusTables> | null;
    const n = this.groups.length;
    const strings = (x: unknown) => Array.isArray(x) && x.every((v) => typeof v === "string");
    const fits =
      typeof d === "object" &&
      d !== null &&
      Array.isArray(d.groupStems) &&
      d.groupStems.length === n &&
      d.groupStems.every(strings) &&
      Array.isArray(d.triggers) &&
      d.triggers.every(
        (e) =>
          Array.isArray(e) &&
          typeof e[0] === "string" &&
          Array.isArray(e[1]) &&
          e[1].every((g) => Number.isInteger(g) && g >= 0 && g < n),
      );
    if (!fits) return false;
    this.built = { triggers: new Map(d.triggers), groupStems: d.groupStems! };
    return true;
  }

  static readonly empty = new Thesaurus([]);
}

const isWords = (v: unknown, least: number) =>
  Array.isArray(v) && v.length >= least && v.every((w) => typeof w === "string");

/** A value of the shape `thesaurusSchema` (synonyms-schema.ts) gives: a kept copy of one. */
export function isSynonymGroups(v: unknown): v is SynonymGroup[] {
  const isGroup = (g: unknown) =>
    isWords(g, 2) ||
    (typeof g === "object" &&
      g !== null &&
      !Array.isArray(g) &&
      ((isWords((g as { ask?: unknown }).ask, 1) &&
        isWords((g as { find?: unknown }).find, 1) &&
        ["undefined", "boolean"].includes(typeof (g as { narrower?: unknown }).narrower)) ||
        (isWords((g as { lacking?: unknown }).lacking, 1) && isWords((g as { related?: unknown }).related, 1))));
  return Array.isArray(v) && v.every(isGroup);
}
/** What to write instead, for the error message. */
export const THESAURUS_HINT =
  "each entry must be a list of words, {ask: [...], find: [...]} (narrower: true optional) or " +
  "{lacking: [...], related: [...]}";
