import { foldText } from "../text/normalize.js";
import type { Chunk } from "./chunk.js";

/** Where a passage sits in its role: "decathlon.s1.b" for every bullet of the role's first sub-section. */
function containerOf(key: string): string {
  const local = key.slice(key.indexOf("#") + 1);
  const m = /^(.*?\.)(s\d+\.[bp])\d+(?:\.\d+)?$/.exec(local) ?? /^(.*?\.)(context|text)(?:\.\d+)?$/.exec(local);
  return m ? `${m[1]}${m[2]}` : local;
}

/** Words a passage shares with its translation: names, figures, and the many words French and English share. */
function signature(text: string): Set<string> {
  return new Set(
    foldText(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3 || /\d/.test(w)),
  );
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** Pairs of positions (i in `a`, j in `b`) in order that share the most words altogether. */
function align(a: Chunk[], b: Chunk[]): [number, number][] {
  const sa = a.map((c) => signature(c.text));
  const sb = b.map((c) => signature(c.text));
  const score = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const sim = similarity(sa[i - 1]!, sb[j - 1]!);
      score[i]![j] = Math.max(score[i - 1]![j]!, score[i]![j - 1]!, sim > 0 ? score[i - 1]![j - 1]! + sim : 0);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = a.length, j = b.length; i > 0 && j > 0; ) {
    const sim = similarity(sa[i - 1]!, sb[j - 1]!);
    if (sim > 0 && score[i]![j] === score[i - 1]![j - 1]! + sim) {
      pairs.unshift([i - 1, j - 1]);
      i -= 1;
      j -= 1;
    } else if (score[i]![j] === score[i - 1]![j]) i -= 1;
    else j -= 1;
  }
  return pairs;
}

/**
 * Pairs the passages of two files that translate each other by structure: same role, same
 * sub-section, same position in it. Where a sub-section has more passages in one language (a bullet
 * added to one file only), position no longer says which is which: the passages are aligned by the
 * words they share, and those left over get a key of their own, so an answer in one language never
 * quotes a twin that says something else. Those are returned, for the owner to fix.
 */
export function pairTwins(chunks: Chunk[], pair: { fr: string; en: string }): { chunks: Chunk[]; lonely: Chunk[] } {
  const groups = new Map<string, { fr: Chunk[]; en: Chunk[] }>();
  for (const c of chunks) {
    const side = c.source === pair.fr ? "fr" : c.source === pair.en ? "en" : null;
    if (!side) continue;
    const container = containerOf(c.key);
    const group = groups.get(container) ?? { fr: [], en: [] };
    group[side].push(c);
    groups.set(container, group);
  }
  const rekeyed = new Map<Chunk, string>();
  const lonely: Chunk[] = [];
  for (const { fr, en } of groups.values()) {
    if (fr.length === en.length) continue;
    const pairs = align(fr, en);
    for (const [i, j] of pairs) rekeyed.set(en[j]!, fr[i]!.key);
    const pairedFr = new Set(pairs.map(([i]) => i));
    const pairedEn = new Set(pairs.map(([, j]) => j));
    for (const [list, paired] of [
      [fr, pairedFr],
      [en, pairedEn],
    ] as const) {
      list.forEach((c, k) => {
        if (paired.has(k)) return;
        lonely.push(c);
        rekeyed.set(c, `${c.key}@${c.lang}`);
      });
    }
  }
  lonely.sort((a, b) => a.source.localeCompare(b.source) || (a.line ?? 0) - (b.line ?? 0));
  if (rekeyed.size === 0) return { chunks, lonely };
  return { chunks: chunks.map((c) => (rekeyed.has(c) ? { ...c, key: rekeyed.get(c)! } : c)), lonely };
}
