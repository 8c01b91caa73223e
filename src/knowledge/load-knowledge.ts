import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "../logging/logger.js";
import { detectLanguage } from "../text/detect-language.js";
import { isSynonymGroups, SYNONYMS_FILE, Thesaurus, THESAURUS_HINT } from "../text/thesaurus.js";
import type { Language } from "../text/stem.js";
import type { Chunk } from "./chunk.js";
import { chunkFaq } from "./chunk-faq.js";
import { chunkMarkdown } from "./chunk-markdown.js";
import { readOwnerYaml } from "./owner-yaml.js";
import { loadProfile, type Profile } from "./profile.js";
import { findUnreadablePeriods } from "./parse-period.js";
import { pairTwins } from "./pair-twins.js";

/** The owner's FAQ: question/answer pairs rather than a CV. */
const FAQ_FILE = /^faq(\.(en|fr))?\.md$/i;

/** Bump when chunking changes, so existing indexes are rebuilt. */
export const CHUNKER_VERSION = 5;

/** A knowledge file that could not be used (or not all of it), with the reason a person can act on. */
export interface KnowledgeFileError {
  file: string;
  /** 1-based line the problem is on, when it is on one. */
  line?: number;
  message: string;
}

export interface KnowledgeBase {
  chunks: Chunk[];
  profile: Profile;
  /** Recruiters' words → the CV's words (`synonyms.yml`); used at query time only. */
  thesaurus: Thesaurus;
  /** Files that loaded. */
  files: string[];
  /** Files skipped, and owner YAML files that could not be read (the last good version is used). */
  errors: KnowledgeFileError[];
  /**
   * Files that loaded but not as written: a passage with no twin in the other language, a role
   * heading without a readable period. Answers go on; `npm run ingest` names them and fails.
   */
  warnings: KnowledgeFileError[];
  /** FAQ questions whose answer is still a placeholder for the owner to write. */
  faqPlaceholders: string[];
  /** Hash of every file's name and bytes, plus the chunker version: changes when the index must. */
  hash: string;
}

function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\ufeff/, "");
  } catch {
    return null;
  }
}

function fileLanguage(file: string, profile: Profile, text: string): Language {
  for (const pair of profile.twins) {
    if (pair.fr === file) return "fr";
    if (pair.en === file) return "en";
  }
  const suffix = /\.(en|fr)\.md$/i.exec(file)?.[1]?.toLowerCase();
  if (suffix === "en" || suffix === "fr") return suffix;
  return detectLanguage(text.slice(0, 4000));
}

function documentKey(file: string, profile: Profile): string {
  const pairIndex = profile.twins.findIndex((p) => p.fr === file || p.en === file);
  const stem = (pairIndex >= 0 ? profile.twins[pairIndex]!.fr : file).replace(/(\.(en|fr))?\.md$/i, "");
  return stem;
}

/**
 * Reads every markdown file of the knowledge folder into passages. A file that cannot be used
 * (not UTF-8, empty, no headings) is reported in `errors` by name; the others still load.
 */
export async function loadKnowledge(
  dir: string,
  logger?: Logger,
  options: { lastGoodDir?: string } = {},
): Promise<KnowledgeBase> {
  const errors: KnowledgeFileError[] = [];
  const warnings: KnowledgeFileError[] = [];
  const { profileFile, synonyms } = await readOwnerFiles(dir, options.lastGoodDir, errors, logger);
  const profile = profileFile.value;
  const thesaurus = new Thesaurus(synonyms.value);
  const names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith(".md")).sort();
  const hash = createHash("sha256")
    .update(`chunker:${CHUNKER_VERSION}\n`)
    .update(profileFile.raw)
    .update("\0synonyms\0")
    .update(synonyms.raw);
  let chunks: Chunk[] = [];
  const files: string[] = [];
  const faqPlaceholders: string[] = [];
  const faqEntries = new Map<string, number>();
  for (const file of names) {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, file));
    } catch (error) {
      // Unreadable, a folder of that name, a link to nothing: named, and the other files load.
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      hash.update(`\0${file}\0unreadable:${code}`);
      errors.push({ file, message: `${file} cannot be read (${code})` });
      logger?.warn({ file }, `knowledge file skipped: ${file} cannot be read (${code})`);
      continue;
    }
    hash.update(`\0${file}\0`).update(bytes);
    const read = readMarkdownFile(file, decodeUtf8(bytes), profile);
    faqPlaceholders.push(...read.placeholders);
    if (read.entries !== undefined) faqEntries.set(file, read.entries);
    warnings.push(...read.warnings);
    if (read.problem) {
      errors.push({ file, message: `${file} ${read.problem}` });
      logger?.warn({ file }, `knowledge file skipped: ${file} ${read.problem}`);
      continue;
    }
    files.push(file);
    chunks.push(...read.chunks);
  }
  if (faqPlaceholders.length > 0)
    logger?.info({ count: faqPlaceholders.length }, "FAQ entries still to fill in (not cited until they are)");
  warnings.push(...twinFaqMismatches(faqEntries, profile));
  chunks = pairAllTwins(chunks, profile, warnings);
  for (const w of warnings) logger?.warn({ file: w.file, line: w.line }, w.message);
  return { chunks, profile, thesaurus, files, errors, warnings, faqPlaceholders, hash: hash.digest("hex") };
}

/** profile.yml and synonyms.yml (or their last good versions), each error added to `errors` and logged. */
async function readOwnerFiles(
  dir: string,
  lastGoodDir: string | undefined,
  errors: KnowledgeFileError[],
  logger?: Logger,
) {
  const profileFile = await loadProfile(dir, lastGoodDir);
  const synonyms = await readOwnerYaml({
    dir,
    file: SYNONYMS_FILE,
    schema: async () => (await import("../text/synonyms-schema.js")).thesaurusSchema,
    kept: isSynonymGroups,
    fallback: [],
    hint: THESAURUS_HINT,
    lastGoodDir,
  });
  for (const [file, loaded] of [
    ["profile.yml", profileFile],
    [SYNONYMS_FILE, synonyms],
  ] as const) {
    if (!loaded.error) continue;
    errors.push({ file, message: loaded.error });
    logger?.error({ file }, `knowledge file not usable as written: ${loaded.error}`);
  }
  return { profileFile, synonyms };
}

/** One markdown file read: its passages, or the problem that makes it unusable, and what to tell the owner. */
interface MarkdownFileRead {
  chunks: Chunk[];
  /** Why the file is skipped ("is empty"), after its name. */
  problem: string | null;
  /** FAQ questions whose answer is still a placeholder. */
  placeholders: string[];
  /** Role headings without a readable period. */
  warnings: KnowledgeFileError[];
  /** For an FAQ file, how many entries it has, filled or not. */
  entries?: number;
}

/** Cuts one file's text (null when not UTF-8) into passages: FAQ entries, or the CV's sections. */
function readMarkdownFile(file: string, text: string | null, profile: Profile): MarkdownFileRead {
  const none = { chunks: [], placeholders: [], warnings: [] };
  if (text === null) return { ...none, problem: "is not valid UTF-8 text; save it as UTF-8" };
  if (text.trim() === "") return { ...none, problem: "is empty" };
  if (!/^#{1,6}\s+\S/m.test(text))
    return { ...none, problem: "has no markdown headings (## Role - Title); nothing to cite it by" };
  if (FAQ_FILE.test(file)) {
    const twin = profile.twins.some((p) => p.fr === file || p.en === file);
    const lang = fileLanguage(file, profile, text);
    const faq = chunkFaq({ source: file, lang, text, ...(twin ? { twinOf: documentKey(file, profile) } : {}) });
    const empty = faq.chunks.length === 0 && faq.placeholders.length === 0;
    return {
      chunks: faq.chunks,
      problem: empty ? 'has no "### question?" entries' : null,
      placeholders: faq.placeholders,
      warnings: [],
      entries: faq.chunks.length + faq.placeholders.length,
    };
  }
  const lang = fileLanguage(file, profile, text);
  const chunks = chunkMarkdown({ source: file, doc: documentKey(file, profile), lang, text });
  const warnings = findUnreadablePeriods(text).map((p) => ({
    file,
    line: p.line,
    message:
      `${file}, line ${p.line}: role heading “${p.heading}” has no readable period on the next line ` +
      `(“${p.next}”); write it like “May 2021 - Present” or “Mai 2021 - Présent”`,
  }));
  return { chunks, problem: chunks.length === 0 ? "has headings but no passages" : null, placeholders: [], warnings };
}

/** Twin FAQs pair entry by entry: one with more entries than the other pairs the wrong questions from there on. */
function twinFaqMismatches(entries: Map<string, number>, profile: Profile): KnowledgeFileError[] {
  return profile.twins.flatMap(({ fr, en }) => {
    const [a, b] = [entries.get(fr), entries.get(en)];
    if (a === undefined || b === undefined || a === b) return [];
    return [
      {
        file: fr,
        message:
          `${fr} has ${a} FAQ entries and ${en} has ${b}: keep the same questions in the same order in both ` +
          "(the n-th entry of each is one answer in two languages)",
      },
    ];
  });
}

/** Pairs each twin's passages (English and French), a warning added for each passage left without its twin. */
function pairAllTwins(chunks: Chunk[], profile: Profile, warnings: KnowledgeFileError[]): Chunk[] {
  let paired = chunks;
  for (const pair of profile.twins) {
    const result = pairTwins(paired, pair);
    paired = result.chunks;
    warnings.push(
      ...result.lonely.map((c) => ({
        file: c.source,
        line: c.line,
        message:
          `${c.source}${c.line ? `, line ${c.line}` : ""}: passage without its twin in ` +
          `${c.source === pair.fr ? pair.en : pair.fr} (“${c.text.slice(0, 60)}”); ` +
          "keep both languages in the same structure",
      })),
    );
  }
  return paired;
}
