import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "../logging/logger.js";
import { detectLanguage } from "../text/detect-language.js";
import { loadThesaurus, type Thesaurus } from "../text/thesaurus.js";
import type { Language } from "../text/stem.js";
import type { Chunk } from "./chunk.js";
import { chunkFaq } from "./chunk-faq.js";
import { chunkMarkdown } from "./chunk-markdown.js";
import { loadProfile, type Profile } from "./profile.js";

/** The owner's FAQ: question/answer pairs rather than a CV. */
const FAQ_FILE = /^faq(\.(en|fr))?\.md$/i;

/** Bump when chunking changes, so existing indexes are rebuilt. */
export const CHUNKER_VERSION = 4;

/** A knowledge file that could not be used, with the reason a person can act on. */
export interface KnowledgeFileError {
  file: string;
  message: string;
}

export interface KnowledgeBase {
  chunks: Chunk[];
  profile: Profile;
  /** Recruiters' words → the CV's words (`synonyms.yml`); used at query time only. */
  thesaurus: Thesaurus;
  /** Files that loaded. */
  files: string[];
  errors: KnowledgeFileError[];
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
export async function loadKnowledge(dir: string, logger?: Logger): Promise<KnowledgeBase> {
  const { profile, raw: profileRaw } = await loadProfile(dir);
  const thesaurus = await loadThesaurus(dir);
  const names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith(".md")).sort();
  const hash = createHash("sha256").update(`chunker:${CHUNKER_VERSION}\n`).update(profileRaw);
  const chunks: Chunk[] = [];
  const files: string[] = [];
  const errors: KnowledgeFileError[] = [];
  const faqPlaceholders: string[] = [];
  for (const file of names) {
    const bytes = await readFile(join(dir, file));
    hash.update(`\0${file}\0`).update(bytes);
    const text = decodeUtf8(bytes);
    let problem: string | null = null;
    let fileChunks: Chunk[] = [];
    if (text === null) problem = "is not valid UTF-8 text; save it as UTF-8";
    else if (text.trim() === "") problem = "is empty";
    else if (!/^#{1,6}\s+\S/m.test(text)) problem = "has no markdown headings (## Role - Title); nothing to cite it by";
    else if (FAQ_FILE.test(file)) {
      const faq = chunkFaq({ source: file, lang: fileLanguage(file, profile, text), text });
      fileChunks = faq.chunks;
      faqPlaceholders.push(...faq.placeholders);
      if (fileChunks.length === 0 && faq.placeholders.length === 0) problem = "has no \"### question?\" entries";
    } else {
      const lang = fileLanguage(file, profile, text);
      fileChunks = chunkMarkdown({ source: file, doc: documentKey(file, profile), lang, text });
      if (fileChunks.length === 0) problem = "has headings but no passages";
    }
    if (problem) {
      errors.push({ file, message: `${file} ${problem}` });
      logger?.warn({ file }, `knowledge file skipped: ${file} ${problem}`);
      continue;
    }
    files.push(file);
    chunks.push(...fileChunks);
  }
  if (faqPlaceholders.length > 0) logger?.info({ count: faqPlaceholders.length }, "FAQ entries still to fill in (not cited until they are)");
  reportUnpairedTwins(chunks, profile, logger);
  return { chunks, profile, thesaurus, files, errors, faqPlaceholders, hash: hash.digest("hex") };
}

function reportUnpairedTwins(chunks: Chunk[], profile: Profile, logger?: Logger): void {
  for (const pair of profile.twins) {
    const fr = new Set(chunks.filter((c) => c.source === pair.fr).map((c) => c.key));
    const en = new Set(chunks.filter((c) => c.source === pair.en).map((c) => c.key));
    if (fr.size === 0 || en.size === 0) continue;
    const lonely = [...fr].filter((k) => !en.has(k)).length + [...en].filter((k) => !fr.has(k)).length;
    if (lonely > 0) logger?.warn({ fr: pair.fr, en: pair.en, lonely }, "some passages have no twin in the other language; keep both files in the same structure");
  }
}
