/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters ("kafak" → "kafka") each cost one. Stops early past `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many slips a word of this length may hold and still be read as another: none below 4 letters. */
export function allowedSlips(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * A four-letter word is read as another only when a letter was dropped ("sprk" → "spark") or two
 * swapped ("sapr"), never when one was changed: "ingé" is not "Inde".
 */
function shortSlip(word: string, candidate: string): boolean {
  if (candidate.length === word.length + 1) return true;
  return candidate.length === word.length && [...word].sort().join("") === [...candidate].sort().join("");
}

/**
 * The word of `vocabulary` that `word` is most likely a slip of ("airflw" → "airflow"), or null.
 * Closer wins, then the one with the word's first letter, then the word the profile uses most; a
 * candidate must be at least 5 letters long.
 */
export function closestWord(word: string, vocabulary: Map<string, number>): { word: string; distance: number } | null {
  const max = allowedSlips(word.length);
  if (max === 0) return null;
  let best: string | null = null;
  let bestDistance = max + 1;
  let bestCount = 0;
  for (const [candidate, count] of vocabulary) {
    // ("maiff": a four-letter name with a letter doubled, the one slip a name that short is read through.)
    const twice = candidate.length === 4 && (doubledIn(word, candidate) || swappedIn(word, candidate));
    if ((candidate.length < 5 && !twice) || candidate === word) continue;
    // "datadogue", "sparky": the name with an ending added is one slip from it, however short the name.
    const ending = word.startsWith(candidate) && word.length - candidate.length <= 2;
    const d = ending || twice ? 1 : editDistance(word, candidate, max);
    if (d > max || (d > allowedSlips(candidate.length) && !ending)) continue;
    if (word.length < 5 && !shortSlip(word, candidate)) continue;
    // Of two as close, the one that starts like the word: a slip seldom falls on the first letter.
    const better =
      d < bestDistance ||
      (d === bestDistance &&
        (best === null ||
          (candidate[0] === word[0]) > (best[0] === word[0]) ||
          ((candidate[0] === word[0]) === (best[0] === word[0]) && count > bestCount)));
    if (better) {
      best = candidate;
      bestDistance = d;
      bestCount = count;
    }
  }
  return best && bestDistance <= max ? { word: best, distance: bestDistance } : null;
}

/** "miaf" of "maif": the candidate with two letters side by side swapped (not its first). */
function swappedIn(word: string, candidate: string): boolean {
  if (word.length !== candidate.length || word === candidate || word[0] !== candidate[0]) return false;
  for (let i = 1; i + 1 < word.length; i++)
    if (word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) === candidate) return true;
  return false;
}

/** "maiff" of "maif", "gluue" of "glue": the word is the candidate with one of its letters written twice. */
function doubledIn(word: string, candidate: string): boolean {
  if (word.length !== candidate.length + 1) return false;
  for (let i = 1; i < word.length; i++)
    if (word[i] === word[i - 1] && word.slice(0, i) + word.slice(i + 1) === candidate) return true;
  return false;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** True when one slip away from `word` is a word `isWord` knows ("experiance" → "experience"). */
export function nearDictionaryWord(word: string, isWord: (w: string) => boolean): boolean {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail && isWord(head + tail.slice(1))) return true; // deletion
    if (tail.length > 1 && isWord(head + tail[1] + tail[0] + tail.slice(2))) return true; // swap
    for (const c of LETTERS) {
      if (isWord(head + c + tail)) return true; // insertion
      if (tail && c !== tail[0] && isWord(head + c + tail.slice(1))) return true; // substitution
    }
  }
  return false;
}

/** "runtime" = "run" + "time", "toolbox" = "tool" + "box": two words, each of three letters or more. */
export function isCompound(word: string, isWord: (w: string) => boolean): boolean {
  for (let i = 3; i <= word.length - 3; i++) if (isWord(word.slice(0, i)) && isWord(word.slice(i))) return true;
  return false;
}

/** Endings that make a word of another: « équipement » → « équipementier », "data" → "dataism". */
const DERIVING = /(?:ier|iere|iers|ieres|ien|ienne|iens|iste|istes|iser|isme|eur|euse|eurs|age|ages|ist|ists|ism)$/;

/**
 * « équipementier », « cavistes »: a word the dictionary doesn't list, made of one it does and a deriving ending
 * (its base at least five letters, so that a name's last letters are no ending).
 */
export function isDerived(word: string, isWord: (w: string) => boolean): boolean {
  const ending = DERIVING.exec(word)?.[0];
  if (!ending) return false;
  const base = word.slice(0, -ending.length);
  return base.length >= 5 && [base, `${base}e`, `${base}er`].some(isWord);
}
