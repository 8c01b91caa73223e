import { foldText } from "./normalize.js";
import type { Language } from "./stem.js";

// Function words and the words people open or close a message with. Folded (no accents).
const FRENCH_MARKERS = new Set(
  `le la les des du un une est il elle quel quelle quels quelles quoi comment pourquoi ou dans avec
  pour sur chez son sa ses ce cette qui que qu avez vous nous je de et ne pas fait connait sait
  travaille deja quand combien bonjour rebonjour bonsoir resalut salut coucou merci svp stp bosse aussi peut
  entreprise entreprises annees competences disponible aupres mais parle cela ca est-ce ans avis
  a-t-il a-t-elle t-il t-elle fait-il sait-il est-il connait-il utilise-t-il peut-il
  petite petit rapide juste dire savoir tres bien oui non alors encore toujours avant apres moi lui leur
  actuel actuelle actuels actuelles actuellement maintenant dispo dispos tjm boite boites poste cdi en au aux
  genre par mois jours semaine semaines depuis etait`.split(/\s+/),
);
const ENGLISH_MARKERS = new Set(
  `the a an is are was were has have had does did do he she his her what which who when where why how with for
  on at in of to and or any ever much many can could would this that know hello hi hey thanks thank please
  cheers there used worked yrs thoughts think`.split(/\s+/),
);
/** French hiring words English-speaking recruiters in France use too: alone, they don't tell ("tjm?", "cdi?"). */
const JARGON = new Set(["tjm", "cdi", "dispo", "dispos", "rgpd"]);
/** "tjm?", "cdi ou freelance": French hiring words and little else, which an English talk uses too. */
export function frenchJargonOnly(text: string): boolean {
  const words = foldText(text).match(/[\p{L}'’-]+/gu) ?? [];
  return !/[àâçéèêëîïôûùüÿœ]/i.test(text) && words.length > 0 && words.length <= 2 && words.some((w) => JARGON.has(w));
}

/** "a" after a French subject, "on" before a French verb: « il a », « on cherche » (not "on a", English too). */
const FRENCH_PAIRS = /^((il|elle|y|qui|ca|cela|lui) a|on (est|fait|peut|cherche|veut|doit|va|dit|recherche))$/;
/** Hyphenated French inversions ("a-t-il", "travaille-t-il", "est-ce"): one strong marker each. */
const FRENCH_INVERSION = /^[\p{L}]+-t-(il|elle|on)$|^[\p{L}]+-(il|elle|ils|elles|vous|je|nous|ce)$/u;

/**
 * Guesses whether a question is French or English from function words, French inversions and
 * French letters. Ties go to `tieBreak` when it can tell from the (folded) words ("current title?": everyday
 * English words), else to `fallback` (the conversation's language, or English).
 */
export function detectLanguage(
  text: string,
  fallback: Language = "en",
  tieBreak?: (words: string[]) => Language | null,
): Language {
  if (frenchJargonOnly(text)) return fallback;
  // « 400 To », « 2 Go »: French units of size, not "to" or "go".
  const units = /(\d)\s*(?:To|Go|Po|Mo)\b/g;
  const unitsFound = (text.match(units) ?? []).length;
  const unitless = text.replace(units, "$1");
  // (Not the accents of a name inside a sentence: "what about Société Générale?" is English.)
  const named = unitless.replace(/(?<=[\p{L},;:]\s+)\p{Lu}[\p{L}'’-]*/gu, "");
  let fr = (/[àâçéèêëîïôûùüÿœ]/i.test(named) ? 1.5 : 0) + unitsFound;
  let en = 0;
  // "senior DE", "ET pipelines": a short word in capitals, in a message that has small letters, is an acronym.
  const lower = /\p{Ll}/u.test(text);
  // (« Spark ET Kafka ? », « OU »: conjunctions in capitals are words still.)
  // (Nor the words of a name: "was he employed by La Poste?" is English.)
  const words = ((lower ? named : unitless).match(/[\p{L}'’-]+/gu) ?? [])
    .filter((w) => !(lower && w.length <= 3 && /^\p{Lu}+$/u.test(w) && !/^(ET|OU|EST|LES|DES|UNE)$/.test(w)))
    .map((w) => foldText(w));
  for (const [i, raw] of words.entries()) {
    const word = raw.replace(/’/g, "'");
    // « on a », « il a », « y a »: the French verb, not the English article or preposition.
    const pair = word === "a" ? `${words[i - 1]} a` : word === "on" ? `on ${words[i + 1]}` : "";
    if (FRENCH_INVERSION.test(word) || FRENCH_MARKERS.has(word) || FRENCH_PAIRS.test(pair)) {
      fr += 2;
      continue;
    }
    if (/^(l|d|qu|j|n|s|c|m|t)'/.test(word)) fr += 1;
    for (const w of word.split(/['-]/)) {
      if (FRENCH_MARKERS.has(w)) fr += 1;
      if (ENGLISH_MARKERS.has(w)) en += 1;
    }
  }
  if (fr === en) return tieBreak?.(words) ?? fallback;
  return fr > en ? "fr" : "en";
}
