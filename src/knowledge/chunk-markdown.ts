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

function labelKind(line: string): { kind: ChunkKind; label: string } | null {
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
function describeHeading(title: string): { display: string; slugSource: string; role: ChunkRole | null } {
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

/**
 * Cuts one markdown CV into citable passages: a role's heading and period, each sentence of its
 * "Contexte :" paragraph, each bullet (with its sub-bullets), its stack and team lines.
 * A heading followed by a period line starts a role; deeper headings are its sub-sections.
 */
export function chunkMarkdown(input: MarkdownSource): Chunk[] {
  const lines = input.text.replace(/\r\n?/g, "\n").split("\n");
  const chunks: Chunk[] = [];
  const usedSlugs = new Map<string, number>();
  let owner: Owner | null = null;
  let subPath: { level: number; title: string }[] = [];
  let subIndex = 0;
  let counters = { b: 0, p: 0 };
  let paragraph: string[] = [];
  let bullet: string[] | null = null;
  let bulletIndent = 0;
  // 1-based lines where the pending bullet and paragraph start.
  let bulletLine = 0;
  let paragraphLine = 0;

  // A labelled line ("Stack technique : …") speaks for the whole role, not for the sub-section above it.
  const sectionPath = (leaf?: string): string =>
    [owner?.display, ...(leaf ? [leaf] : subPath.map((s) => s.title))].filter(Boolean).join(" › ");

  const push = (kind: ChunkKind, localKey: string, text: string, line: number, leaf?: string): void => {
    const slug = owner?.slug ?? "intro";
    const key = `${slug}.${localKey}`;
    const base = input.source.replace(/\.md$/i, "");
    chunks.push({
      id: `${base}#${key}`,
      key: `${input.doc}#${key}`,
      lang: input.lang,
      source: input.source,
      section: sectionPath(leaf) || input.source,
      period: owner?.period ?? null,
      ...(owner?.period && owner.role ? { role: owner.role } : {}),
      kind,
      text,
      line,
    });
  };

  const flushBullet = (): void => {
    if (!bullet) return;
    counters.b += 1;
    const text = bullet.join("\n").trimEnd();
    const key = `s${subIndex}.b${counters.b}`;
    const parts = text.length > MAX_BULLET_CHARS && !text.includes("\n") ? splitSentences(text) : [text];
    parts.forEach((part, i) => push("bullet", parts.length > 1 ? `${key}.${i + 1}` : key, part, bulletLine));
    bullet = null;
  };

  const flushParagraph = (): void => {
    if (paragraph.length === 0) return;
    const text = paragraph.join(" ").replace(/\s+/g, " ").trim();
    paragraph = [];
    const labelled = labelKind(text);
    const kind = labelled?.kind ?? "text";
    const leaf = labelled?.label;
    let key: string;
    if (kind === "context" || kind === "stack" || kind === "team") key = kind;
    else key = `s${subIndex}.p${(counters.p += 1)}`;
    const parts = kind === "stack" || kind === "team" ? [text] : splitSentences(text);
    parts.forEach((part, i) => push(kind, parts.length > 1 ? `${key}.${i + 1}` : key, part, paragraphLine, leaf));
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = HEADING.exec(line);
    if (heading) {
      flushBullet();
      flushParagraph();
      const level = heading[1]!.length;
      const title = heading[2]!.trim();
      const nextIndex = lines.findIndex((l, j) => j > i && l.trim() !== "");
      const period = nextIndex > 0 ? parsePeriod(lines[nextIndex]!) : null;
      if (period || !owner || level <= owner.level) {
        const { display, slugSource, role } = describeHeading(title);
        const base = slugify(slugSource) || "section";
        const seen = (usedSlugs.get(base) ?? 0) + 1;
        usedSlugs.set(base, seen);
        owner = { level, slug: seen > 1 ? `${base}-${seen}` : base, display, period, role };
        subPath = [];
        subIndex = 0;
        counters = { b: 0, p: 0 };
        if (period) {
          push("role", "role", `${title}\n${lines[nextIndex]!.trim()}`, i + 1);
          i = nextIndex;
        }
      } else {
        subPath = subPath.filter((s) => s.level < level);
        subPath.push({ level, title });
        subIndex += 1;
        counters = { b: 0, p: 0 };
      }
      continue;
    }
    if (line.trim() === "" || SEPARATOR.test(line)) {
      flushParagraph();
      if (SEPARATOR.test(line)) flushBullet();
      continue;
    }
    const item = BULLET.exec(line);
    if (item) {
      const indent = indentWidth(item[1]!);
      flushParagraph();
      if (bullet && indent > bulletIndent) {
        bullet.push(line.replace(/[ \t]+$/, ""));
      } else {
        flushBullet();
        bullet = [item[2]!.trim()];
        bulletIndent = indent;
        bulletLine = i + 1;
      }
      continue;
    }
    if (bullet && /^[ \t]/.test(line)) {
      bullet.push(line.replace(/[ \t]+$/, ""));
      continue;
    }
    flushBullet();
    if (paragraph.length === 0) paragraphLine = i + 1;
    paragraph.push(line.trim());
  }
  flushBullet();
  flushParagraph();
  return chunks;
}
