import type { Chunk } from "../knowledge/chunk.js";
import type { SearchIndex } from "../index/search-index.js";
import type { RoleInfo } from "../profile/roles.js";
import { isContentWord, stemWord, type Language } from "../text/stem.js";

/**
 * The passages in `lang` that may hold a folded word (never fewer than do), by role, in the CV's
 * order; or null when it can't be told (a stopword): `techUses` then reads every role.
 */
export type RoleFinder = (token: string, lang: Language) => ReadonlyMap<RoleInfo, Chunk[]> | null;

/**
 * The roles with a passage holding a word, read from the keyword index: a passage's terms are its
 * folded words, stemmed, so every passage holding the word holds its stem (the index reads the
 * heading too: a superset, which `techUses` checks word by word). A stopword isn't indexed: null.
 */
export function roleFinder(index: SearchIndex, roles: RoleInfo[]): RoleFinder {
  let roleOf: Map<string, RoleInfo> | null = null;
  // A technology is asked again and again (every stack technology, for "his main skills?").
  const told = new Map<string, ReadonlyMap<RoleInfo, Chunk[]>>();
  return (token, lang) => {
    if (!isContentWord(token)) return null;
    const key = `${lang} ${token}`;
    const known = told.get(key);
    if (known) return known;
    roleOf ??= new Map(roles.flatMap((r) => r.chunks.map((c) => [c.id, r] as const)));
    const found = new Map<RoleInfo, Chunk[]>();
    for (const position of Array.from(index.keywords.passagesWith(stemWord(token, lang)))) {
      const chunk = index.chunks[position];
      const role = chunk?.lang === lang ? roleOf.get(chunk.id) : undefined;
      if (!chunk || !role) continue;
      const list = found.get(role);
      if (list) list.push(chunk);
      else found.set(role, [chunk]);
    }
    if (told.size >= TOLD_LIMIT) told.clear();
    told.set(key, found);
    return found;
  };
}

const TOLD_LIMIT = 2000;

/** The smallest of the maps told, or null when none was. */
export function narrowestOf<T>(maps: (ReadonlyMap<RoleInfo, T> | null)[]): ReadonlyMap<RoleInfo, T> | null {
  let best: ReadonlyMap<RoleInfo, T> | null = null;
  for (const map of maps) if (map && (!best || map.size < best.size)) best = map;
  return best;
}
