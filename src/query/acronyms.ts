import { foldText } from "../text/normalize.js";

/** Words that never make a name: "Publique d'Ingénieurs" is the middle of a longer name, not one of its own. */
const FUNCTION_WORDS = new Set([
  ...["the", "an", "a", "in", "on", "at", "to", "with", "by", "from", "into", "via", "per", "as", "or", "its"],
  ...["of", "and", "for", "their", "les", "un", "une", "en", "dans", "sur", "avec", "par", "pour", "au", "aux"],
  ...["ou", "sa", "son", "ses", "leur", "de", "des", "du", "d", "et", "la", "le", "l"],
]);
/**
 * How often the profile must use a name for a two-letter acronym to stand for it: "DS" could mean many
 * things, "Data Scientists" written four times is what it means here; "Reject Table" twice is not "RT".
 */
const USES = 4;
/** Stretches a name never spans: sentences, list items, brackets, quotes, dashes between spaces. */
const SENTENCE = /[.;:!?\n]+/;
const STRETCH = /[,()[\]"«»“”]+|\s[-–—]\s/;
const TOKEN = /[\p{L}\p{N}]+/gu;

interface Candidate {
  phrase: string;
  /** Written with a capital to each word, other than at the start of a sentence ("Data Scientists"). */
  named: boolean;
  count: number;
}

const content = (w: string) => w.length > 1 && /^\p{L}/u.test(w) && !FUNCTION_WORDS.has(w);

/**
 * The profile's own two-word names that a two-letter acronym may stand for ("DS" → "Data Scientists",
 * "DE" → "Data Engineers"), read from its passages. Only names the profile writes with capitals count,
 * other than at the start of a sentence, and only those it uses often: an acronym could mean many
 * things. A longer name would put several words where the asker wrote one, outweighing the rest of the
 * question ("UPEC" is not four words of "Université Paris-Est Créteil"). `excluded` words (technologies,
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
        for (let i = 0; i + 1 < words.length; i++)
          collect(candidates, words.slice(i, i + 2), folded.slice(i, i + 2), first && i === 0, excluded);
        if (words.length > 0) first = false;
      }
    }
  }
  const out = new Map<string, string>();
  for (const [acronym, byPhrase] of candidates) {
    const usable = [...byPhrase.values()].filter((c) => c.named && c.count >= USES);
    const best = usable.sort((a, b) => b.count - a.count)[0];
    if (best) out.set(acronym, best.phrase);
  }
  return out;
}

function collect(
  candidates: Map<string, Map<string, Candidate>>,
  words: string[],
  folded: string[],
  sentenceStart: boolean,
  excluded: (word: string) => boolean,
): void {
  if (!folded.every((w) => content(w) && !excluded(w))) return;
  const named = !sentenceStart && words.every((w) => /^\p{Lu}/u.test(w));
  const acronym = folded.map((w) => w[0]).join("");
  const key = folded.join(" ");
  let byPhrase = candidates.get(acronym);
  if (!byPhrase) candidates.set(acronym, (byPhrase = new Map()));
  const seen = byPhrase.get(key);
  if (!seen) byPhrase.set(key, { phrase: words.join(" "), named, count: 1 });
  else {
    seen.count += 1;
    if (named && !seen.named) Object.assign(seen, { phrase: words.join(" "), named });
  }
}
