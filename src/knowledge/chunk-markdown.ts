import type { Language } from "../text/stem.js";
import type { Chunk, ChunkKind, ChunkRole } from "./chunk.js";
import { parsePeriod, type Period } from "./parse-period.js";
import { splitSentences, slugify } from "./text-units.js";

export interface MarkdownSource {
  /** File name, e.g. "cv.fr.md". */
  source: string;
  /** Document key shared by twin files, e.g. "cv" for cv.fr.md and cv.en.md. */
  doc: string;
  lang: Language;
  text: string;
}

interface Owner {
  level: number;
  slug: string;
  display: string;
  period: Period | null;
  role: ChunkRole | null;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const SEPARATOR = /^\s*([-*_])(\s*\1){2,}\s*$/;
const BULLET = /^([ \t]*)(?:[-*+]|\d+[.)])\s+(.*)$/;
const LABEL = /^([\p{L}][\p{L}' ]{1,30}?)\s*:\s+\S/u;
const LABEL_KINDS: Record<string, ChunkKind> = {
  contexte: "context",
  context: "context",
  "stack technique": "stack",
  "tech stack": "stack",
  stack: "stack",
  "technical stack": "stack",
  equipe: "team",
  team: "team",
};

/** Bullets over this length are split by sentence so a citation stays a few lines long. */
const MAX_BULLET_CHARS = 450;

function indentWidth(ws: string): number {
  return [...ws].reduce((n, c) => n + (c === "\t" ? 4 : 1), 0);
}

export function labelKind(line: string): { kind: ChunkKind; label: string } | null {
  const m = LABEL.exec(line);
  if (!m) return null;
  const label = m[1]!.trim();
  const folded = label
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  return { kind: LABEL_KINDS[folded] ?? "text", label };
}

/** "Decathlon - Senior Data Engineer - Freelance" → company, title, contract. */
export function describeHeading(title: string): { display: string; slugSource: string; role: ChunkRole | null } {
  const parts = title
    .split(/\s+[-–—|]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length >= 2) {
    const employer = parts[0]!.replace(/\s*\(.*?\)\s*/g, " ").trim();
    const role = { employer, title: parts[1]!, contract: parts[2] ?? null };
    return { display: `${parts[0]} — ${parts[1]}`, slugSource: parts[0]!.replace(/\(.*?\)/g, ""), role };
  }
  return { display: title, slugSource: title, role: null };
}

/** Where the reading of one file stands: the role and sub-section open, the bullet and paragraph pending. */
interface ChunkState {
  input: MarkdownSource;
  /** "cv.fr#": the file name without ".md", before every passage id. */
  idPrefix: string;
  lines: string[];
  chunks: Chunk[];
  usedSlugs: Map<string, number>;
  owner: Owner | null;
  subPath: { level: number; title: string }[];
  /** The section path of the open role and sub-section, once built (every passage under it shares it). */
  section: string | null;
  subIndex: number;
  counters: { b: number; p: number };
  paragraph: string[];
  bullet: string[] | null;
  bulletIndent: number;
  // 1-based lines where the pending bullet and paragraph start.
  bulletLine: number;
  paragraphLine: number;
}

/**
 * Cuts one markdown CV into citable passages: a role's heading and period, each sentence of its
 * "Contexte :" paragraph, each bullet (with its sub-bullets), its stack and team lines.
 * A heading followed by a period line starts a role; deeper headings are its sub-sections.
 */
export function chunkMarkdown(input: MarkdownSource): Chunk[] {
  const state: ChunkState = {
    input,
    idPrefix: `${input.source.replace(/\.md$/i, "")}#`,
    lines: input.text.replace(/\r\n?/g, "\n").split("\n"),
    chunks: [],
    usedSlugs: new Map(),
    owner: null,
    subPath: [],
    section: null,
    subIndex: 0,
    counters: { b: 0, p: 0 },
    paragraph: [],
    bullet: null,
    bulletIndent: 0,
    bulletLine: 0,
    paragraphLine: 0,
  };
  for (let i = 0; i < state.lines.length; i++) i = readLine(state, i);
  flushBullet(state);
  flushParagraph(state);
  return state.chunks;
}

/** Reads line `i` into the state; returns the last line it consumed (a role's period line is read with its heading). */
function readLine(state: ChunkState, i: number): number {
  const line = state.lines[i]!;
  const heading = HEADING.exec(line);
  if (heading) return readHeading(state, i, heading[1]!.length, heading[2]!.trim());
  if (line.trim() === "" || SEPARATOR.test(line)) {
    flushParagraph(state);
    if (SEPARATOR.test(line)) flushBullet(state);
    return i;
  }
  const item = BULLET.exec(line);
  if (item) {
    readBullet(state, i, indentWidth(item[1]!), item[2]!.trim());
    return i;
  }
  if (state.bullet && /^[ \t]/.test(line)) {
    state.bullet.push(line.replace(/[ \t]+$/, ""));
    return i;
  }
  flushBullet(state);
  if (state.paragraph.length === 0) state.paragraphLine = i + 1;
  state.paragraph.push(line.trim());
  return i;
}

/** A heading: a new role (when a period line follows, or at its level or above), else a sub-section. */
function readHeading(state: ChunkState, i: number, level: number, title: string): number {
  flushBullet(state);
  flushParagraph(state);
  const { lines, owner } = state;
  let nextIndex = i + 1;
  while (nextIndex < lines.length && lines[nextIndex]!.trim() === "") nextIndex += 1;
  if (nextIndex >= lines.length) nextIndex = -1;
  const period = nextIndex > 0 ? parsePeriod(lines[nextIndex]!) : null;
  state.counters = { b: 0, p: 0 };
  if (owner && !period && level > owner.level) {
    state.subPath = state.subPath.filter((s) => s.level < level);
    state.subPath.push({ level, title });
    state.section = null;
    state.subIndex += 1;
    return i;
  }
  const { display, slugSource, role } = describeHeading(title);
  const base = slugify(slugSource) || "section";
  const seen = (state.usedSlugs.get(base) ?? 0) + 1;
  state.usedSlugs.set(base, seen);
  state.owner = { level, slug: seen > 1 ? `${base}-${seen}` : base, display, period, role };
  state.subPath = [];
  state.section = null;
  state.subIndex = 0;
  if (!period) return i;
  pushChunk(state, "role", "role", `${title}\n${lines[nextIndex]!.trim()}`, i + 1);
  return nextIndex;
}

/** A bullet line: a sub-bullet of the pending bullet when indented deeper, else a new bullet. */
function readBullet(state: ChunkState, i: number, indent: number, text: string): void {
  flushParagraph(state);
  if (state.bullet && indent > state.bulletIndent) {
    state.bullet.push(state.lines[i]!.replace(/[ \t]+$/, ""));
    return;
  }
  flushBullet(state);
  state.bullet = [text];
  state.bulletIndent = indent;
  state.bulletLine = i + 1;
}

/** The section a passage is cited under. A labelled line ("Stack technique : …") speaks for the whole role. */
function sectionPath(state: ChunkState, leaf?: string): string {
  if (!leaf && state.section !== null) return state.section;
  const path = leaf ? [leaf] : state.subPath.map((s) => s.title);
  const section = [state.owner?.display, ...path].filter(Boolean).join(" › ");
  if (!leaf) state.section = section;
  return section;
}

function pushChunk(state: ChunkState, kind: ChunkKind, localKey: string, text: string, line: number, leaf?: string) {
  const { input, owner } = state;
  const key = `${owner?.slug ?? "intro"}.${localKey}`;
  const id = `${state.idPrefix}${key}`;
  const section = sectionPath(state, leaf) || input.source;
  const { lang, source } = input;
  const period = owner?.period ?? null;
  // One literal per shape (with or without a role), fields in the same order either way.
  const twinKey = `${input.doc}#${key}`;
  if (period && owner?.role)
    state.chunks.push({ id, key: twinKey, lang, source, section, period, role: owner.role, kind, text, line });
  else state.chunks.push({ id, key: twinKey, lang, source, section, period, kind, text, line });
}

/** The pending bullet as one passage (a long one-line bullet as one per sentence). */
function flushBullet(state: ChunkState): void {
  if (!state.bullet) return;
  state.counters.b += 1;
  const text = state.bullet.join("\n").trimEnd();
  const key = `s${state.subIndex}.b${state.counters.b}`;
  const parts = text.length > MAX_BULLET_CHARS && !text.includes("\n") ? splitSentences(text) : [text];
  parts.forEach((part, i) =>
    pushChunk(state, "bullet", parts.length > 1 ? `${key}.${i + 1}` : key, part, state.bulletLine),
  );
  state.bullet = null;
}

/** The pending paragraph: a stack or team line as one passage, other text as one per sentence. */
function flushParagraph(state: ChunkState): void {
  if (state.paragraph.length === 0) return;
  const text = state.paragraph.join(" ").replace(/\s+/g, " ").trim();
  state.paragraph = [];
  const labelled = labelKind(text);
  const kind = labelled?.kind ?? "text";
  const key =
    kind === "context" || kind === "stack" || kind === "team" ? kind : `s${state.subIndex}.p${(state.counters.p += 1)}`;
  const parts = kind === "stack" || kind === "team" ? [text] : splitSentences(text);
  parts.forEach((part, i) =>
    pushChunk(state, kind, parts.length > 1 ? `${key}.${i + 1}` : key, part, state.paragraphLine, labelled?.label),
  );
}
