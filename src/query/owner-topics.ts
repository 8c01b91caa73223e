import { foldText } from "../text/normalize.js";

/** What only the person can say: a CV never holds it, so no CV passage may answer it. */
export type OwnerTopic =
  | "availability"
  | "rate"
  | "salary"
  | "location"
  | "remote"
  | "contact"
  | "languages"
  | "education";

// Matched on folded text (no accents, lower case), in English and French.
const TOPICS: [OwnerTopic, RegExp][] = [
  [
    "availability",
    /\b((?<!highly |high |highly-|high-)available|availability|availabilities|dispo|dispos|notice period|start date|when (can|could|would|will) (he|she|they) (start|join|begin|be available)|start (a|the|his|her) (new )?(mission|job|role|position|contract)|how soon|free to start|disponible|disponibles|disponibilite|disponibilites|preavis|(peut|pourrait)[- ](il|elle) (commencer|demarrer|debuter|nous rejoindre)|date de (debut|demarrage)|quand (peut|pourrait)[- ](il|elle))\b/,
  ],
  [
    "rate",
    /\b(daily rate|day rate|hourly rate|his rate|her rate|rates?\b.{0,20}\b(day|daily|hour)|tjm|taux journalier|tarifs?|how much (does|would|do) (he|she|they|it) (charge|cost|ask|bill)|charge per day|per day rate|his fees|her fees|combien (coute|demande|facture|prend)[- ]?(il|elle)?|cout journalier|prix de journee|son prix|ses tarifs)\b/,
  ],
  [
    "salary",
    /\b(salary|salaire|compensation|remuneration|pay expectations?|pretentions? salariales?|package salarial|how much (does|would) (he|she) (earn|make))\b/,
  ],
  [
    "location",
    /\b(where (is|does) (he|she|they) (based|live|located|from)|based (in|where|out of)|where is (he|she) located|(his|her|the candidate's) location|whereabouts|which city|what city|relocate|relocation|ou (habite|vit|reside|est)[- ]?(t[- ])?(il|elle)|(il|elle) (habite|vit|reside) (ou|a|en|dans|sur)|(est|il est|elle est) base (a|sur|en|dans)|base sur|ou est[- ](il|elle) base|basee? ou|localisation|localise|demenager|mobilite geographique|dans quelle ville|quelle ville)\b/,
  ],
  [
    "remote",
    /\b(remote(ly)? (work|working|job|jobs|position|mission|missions|only|first|friendly|possible)|(work|works|working|job|mission)s? (fully |full |100% )?remote(ly)?|full[- ]remote|fully remote|open to remote|is (he|she) remote|remote\?|work from home|wfh|hybrid (work|working|position|job|mission|remote)|on[- ]?site|teletravail|en remote|full distanciel|a distance|sur site|presentiel)\b/,
  ],
  [
    "contact",
    /\b(contact (him|her|them|the candidate|the person)|how (do|can|could) (i|we) (reach|contact|get in touch|talk)|reach (him|her|them)|email address|(his|her) e-?mail|phone number|(his|her) (phone|telephone)|linkedin|get in touch|joindre|contacter|le contacter|la contacter|coordonnees|numero de telephone|adresse mail)\b/,
  ],
  [
    "languages",
    /\b(speak|speaks|spoken|fluent|fluency|bilingual|native language|mother tongue|level of english|english level|languages? (does|do|can) (he|she) speak|parle[- ]t[- ](il|elle)|(il|elle) parle (anglais|francais|allemand|espagnol|italien)|parler (anglais|francais|allemand|espagnol|italien)|langues? (parlees|etrangeres|vivantes)|niveau d'anglais|niveau en anglais|bilingue|courant en|(anglais|francais|allemand|espagnol) (courant|professionnel|bilingue|natif)|(fluent|business|native) (english|french|german|spanish)|(english|french|german|spanish) (fluent|fluency|speaker))\b/,
  ],
  [
    "education",
    /\b(degree|degrees|diploma|diplomas|phd|ph d|doctorate|masters?'? degree|msc|bachelor'?s?|mba|graduated?|(what|where) did (he|she) study|(his|her) (education|studies|(academic|educational) background)|alma mater|certifications?|certifs?|certified|driving licen[cs]e|driver'?s licen[cs]e|permis de conduire|permis b|diplome|diplomes|doctorat|certifie|certifiee)\b/,
  ],
];

/** The owner-only topic a question or an FAQ heading is about, or null. */
export function ownerTopicOf(text: string): OwnerTopic | null {
  const folded = foldText(text).replace(/’/g, "'");
  for (const [topic, re] of TOPICS) if (re.test(folded)) return topic;
  return null;
}

const ARITHMETIC_PREFIX =
  /^(what is|what's|whats|how much is|how much are|calculate|compute|combien font|combien fait|calcule[zr]?)\s+/i;
const OPERATOR_WORDS = /\b(times|plus|minus|divided by|multiplied by|over|fois|moins|divise par|multiplie par)\b/gi;

/** "What is 2+2?", "what's 17 times 23?": sums are not about the profile; "2019-2020?" is a question. */
export function isArithmetic(text: string): boolean {
  const body = foldText(text).trim().replace(ARITHMETIC_PREFIX, "").replace(OPERATOR_WORDS, "+");
  if (!/^[\d\s+\-*/x×÷^().,=?]+$/i.test(body)) return false;
  // Two numbers around an operator; a dash between years is a period, not a sum.
  return /\d\s*[+*/x×÷^]\s*\d/.test(body) || (/\d\s*-\s*\d/.test(body) && !/\b\d{4}\s*-\s*\d{4}\b/.test(body));
}
