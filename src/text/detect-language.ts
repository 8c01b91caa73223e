import { foldText } from "./normalize.js";
import type { Language } from "./stem.js";

const FRENCH_MARKERS = new Set(
  `le la les des du un une est il elle a-t-il t-il quel quelle quels quelles quoi comment pourquoi ou dans avec
  pour sur chez son sa ses ce cette qui que qu est-ce avez vous nous je de et ne pas fait-il sait-il connait
  travaille deja quand combien`.split(/\s+/),
);
const ENGLISH_MARKERS = new Set(
  `the a an is are was were has have had does did do he she his her what which who when where why how with for
  on at in of to and any ever much many can could would this that know`.split(/\s+/),
);

/**
 * Guesses whether a question is French or English from function words and French letters.
 * Ties go to `fallback` (the conversation's language, or English).
 */
export function detectLanguage(text: string, fallback: Language = "en"): Language {
  let fr = /[àâçéèêëîïôûùüÿœ]/i.test(text) ? 1.5 : 0;
  let en = 0;
  const words = foldText(text).match(/[\p{L}'-]+/gu) ?? [];
  for (const raw of words) {
    for (const w of raw.split(/['-]/)) {
      if (FRENCH_MARKERS.has(w)) fr += 1;
      if (ENGLISH_MARKERS.has(w)) en += 1;
    }
    if (/^(l|d|qu|j|n|s|c)'/.test(raw)) fr += 1;
  }
  if (fr === en) return fallback;
  return fr > en ? "fr" : "en";
}
