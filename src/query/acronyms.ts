import { foldText } from "../text/normalize.js";

/** Words a name may hold between its first and last word: "Proof of Concept", « Ressources Humaines ». */
const JOINERS = new Set(["of", "and", "for", "de", "des", "du", "d", "et", "la", "le", "l", "a"]);
/** Words that never begin or end a name. */
const FUNCTION_WORDS = new Set([
  ...["the", "an", "in", "on", "at", "to", "with", "by", "from", "into", "via", "per", "as", "or", "its", "their"],
  ...["les", "un", "une", "en", "dans", "sur", "avec", "par", "pour", "au", "aux", "ou", "sa", "son", "ses", "leur"],
]);
/** The longest name an acronym is read from, joiners included: "Proof of Concept". */
const MAX_WORDS = 3;
const MAX_CONTENT_WORDS = 2;
/**
 * How often the profile must use a name for a two-letter acronym to stand for it: "DS" could mean many
 * things, "Data Scientists" written four times is what it means here; "Reject Table" twice is not "RT".
 */
const TWO_LETTER_USES = 4;
/** Stretches a name never spans: sentences, list items, brackets, quotes, dashes between spaces. */
const SENTENCE = /[.;:!?\n]+/;
const STRETCH = /[,()[\]"«»“”]+|\s[-–—]\s/;
const TOKEN = /[\p{L}\p{N}]+/gu;

interface Candidate {
  phrase: string;
  /** Written with a capital to every word, other than at the start of a sentence ("Data Scientists"). */
  named: boolean;
  count: number;
}

/**
 * The profile's own names that an acronym may stand for ("DS" → "Data Scientists", "POC" → "Proof of
 * Concept"), read from its passages: runs of two content words, perhaps joined ("of", « de »), the
 * initials of every word (or of the content words only) making the acronym. Only names the profile
 * writes with capitals count, other than at the start of a sentence; a two-letter acronym, which could
 * mean many things, only for a name the profile uses often. `excluded` words (technologies,
 * employers: "Delta Lake" is not what "DL" means) keep a name out. When two names share an acronym, the
 * one the profile uses more wins.
 */
export function acronymsOf(texts: Iterable<string>, excluded: (word: string) => boolean): Map<string, string> {
  const candidates = new Map<string, Map<string, Candidate>>();
  for (const text of texts) {
    for (const sentence of text.split(SENTENCE)) {
      let first = true;
      for (const stretch of sentence.split(STRETCH)) {
        const words = stretch.match(TOKEN) ?? [];
        const folded = words.map(foldText);
        for (let i = 0; i < words.length; i++) {
          for (let n = 2; n <= MAX_WORDS && i + n <= words.length; n++)
            collect(candidates, words.slice(i, i + n), folded.slice(i, i + n), first && i === 0, excluded);
        }
        if (words.length > 0) first = false;
      }
    }
  }
  const out = new Map<string, string>();
  for (const [acronym, byPhrase] of candidates) {
    const usable = [...byPhrase.values()].filter((c) => c.named && (acronym.length > 2 || c.count >= TWO_LETTER_USES));
    const best = usable.sort((a, b) => b.count - a.count)[0];
    if (best) out.set(acronym, best.phrase);
  }
  return out;
}

const content = (w: string) => w.length > 1 && /^\p{L}/u.test(w) && !JOINERS.has(w) && !FUNCTION_WORDS.has(w);

function collect(
  candidates: Map<string, Map<string, Candidate>>,
  words: string[],
  folded: string[],
  sentenceStart: boolean,
  excluded: (word: string) => boolean,
): void {
  if (!content(folded[0]!) || !content(folded[folded.length - 1]!)) return;
  if (!folded.every((w) => (content(w) && !excluded(w)) || JOINERS.has(w))) return;
  // Two words of content at most: a longer name would put several words where the asker wrote one,
  // outweighing the rest of the question ("UPEC" is not four words of "Université Paris-Est Créteil").
  if (folded.filter(content).length > MAX_CONTENT_WORDS) return;
  const capitals = words.every((w, k) => !content(folded[k]!) || /^\p{Lu}/u.test(w));
  const named = capitals && !sentenceStart;
  const key = folded.join(" ");
  const initials = [
    folded.map((w) => w[0]).join(""),
    folded
      .filter(content)
      .map((w) => w[0])
      .join(""),
  ];
  for (const acronym of new Set(initials)) {
    if (acronym.length < 2) continue;
    let byPhrase = candidates.get(acronym);
    if (!byPhrase) candidates.set(acronym, (byPhrase = new Map()));
    const seen = byPhrase.get(key);
    if (!seen) byPhrase.set(key, { phrase: words.join(" "), named, count: 1 });
    else {
      seen.count += 1;
      if (named && !seen.named) Object.assign(seen, { phrase: words.join(" "), named });
    }
  }
}
