import { foldText } from "../text/normalize.js";

/** What only the person can say: a CV never holds it, so no CV passage may answer it. */
export type OwnerTopic =
  | "availability"
  | "rate"
  | "salary"
  | "location"
  /** Whether he may work in a country: a visa, a work permit, sponsorship. */
  | "permit"
  /** A security clearance: « habilitation de sécurité », "SC/DV cleared". */
  | "clearance"
  /** In which countries he worked: "worked in India?", "outside France?". */
  | "countries"
  | "remote"
  | "contact"
  | "languages"
  | "education"
  | "opinion"
  | "personal"
  /** His name, which the CV leaves out. */
  | "name"
  /** What he would want next: a permanent role, a move, a kind of mission. */
  | "wishes"
  /** Why a role ended: "why did he leave MAIF?", « a-t-il été licencié ? ». */
  | "departure"
  /** Events of a career the CV doesn't tell: a promotion, a resignation, being headhunted. */
  | "events"
  /** Why he chose his way of working: "why did he go freelance?", « pourquoi il est passé freelance ? ». */
  | "motives"
  /** Through which legal form he invoices: « SASU ou auto-entrepreneur ? », "umbrella company?". */
  | "company"
  /** Whom he reported to: "who was his manager?", « son N+1 ? ». */
  | "manager"
  /** The CV file itself: "send me his CV", "cv in french pls". */
  | "document"
  /** How much of his week a role takes: "is he full time at Decathlon?", « à temps plein ? ». */
  | "workload"
  /** People who would speak for him: "references we can call?", « des références d'anciens managers ? ». */
  | "references";

/** A quality of his asked of: "reliable", « sérieux », « autonome », "curious". */
const QUALITY =
  String.raw`(serieux|serieuse|fiable|reliable|trustworthy|dependable|serious|competent|competente|any good|` +
  String.raw`talented|talentueux|hard[- ]?working|bosseur|bosseuse|rigoureux|rigoureuse|smart|intelligent|` +
  String.raw`brillant|brilliant|autonome|autonomous|self[- ]?driven|proactive?|proactif|curieux|curious|` +
  String.raw`motive|motivated|dynamique|ponctuel|punctual|sociable|flexible|adaptable|team player|` +
  // "is he lively and easy to work with?", « il est sympa ? »: his manner, which no CV line tells.
  // (Not "nice", "cool": "Nice to have:" opens a job ad's line.)
  String.raw`easy to work with|easy[- ]?going|friendly|pleasant|lively|funny|calm|patient|humble|` +
  String.raw`outgoing|personable|approachable|introvert(ed)?|extrovert(ed)?|sympa|sympathique|agreable|` +
  String.raw`facile a vivre|drole|calme|souriant|souriante|gentil|gentille)`;
/** A judgement of the person: "good", « bon »; and whom it may be said of. */
const GOOD = String.raw`(good|great|strong|solid|competent|decent|talented|skilled|excellent|bad|poor|weak|any good)`;
const SOMEONE = String.raw`(engineer|developer|dev|data engineer|candidate|hire|teacher|person|guy|profile|one)`;
const BON = String.raw`(bon|bonne|fort|forte|competent|competente|doue|douee|nul|nulle|top|solide)`;
const QUELQUN = String.raw`(candidat|candidate|profil|ingenieur|ingenieure|dev|developpeur|data engineer|prof|gars)`;

/** Days and months, and French words of when: "start Monday?", « commencer en janvier ? ». */
const WHEN_WORDS =
  String.raw`(mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|` +
  String.raw`august|september|october|november|december|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|` +
  String.raw`bientot|rapidement|tout de suite|endeans|en (janvier|fevrier|mars|avril|mai|juin|juillet|aout|` +
  String.raw`septembre|octobre|novembre|decembre)|la semaine|le mois|debut|fin|week|month|semaine|mois`;

/** Cities recruiters place a candidate in: France, Belgium, Switzerland, Luxembourg, Québec, a few hubs. */
const CITIES =
  String.raw`paris|lyon|marseille|lille|toulouse|nantes|bordeaux|nice|rennes|strasbourg|montpellier|grenoble|` +
  String.raw`rouen|tours|orleans|dijon|reims|metz|nancy|brest|caen|angers|le mans|clermont|limoges|annecy|` +
  String.raw`sophia|la defense|idf|ile de france|bruxelles|brussels|liege|namur|anvers|antwerp|gand|ghent|charleroi|` +
  String.raw`geneve|geneva|lausanne|zurich|bale|basel|berne|bern|luxembourg|montreal|quebec|london|londres|` +
  String.raw`berlin|amsterdam|madrid|barcelone|barcelona|milan|dublin|lisbonne|lisbon`;

/**
 * A price written out, "~$85/hr", "€600/day", « 600 €/jour », or "rate?" alone: his rate asked (outside the
 * word boundaries of the rate's words: a currency sign begins no word).
 */
const PRICE =
  String.raw`[$€£]\s?\d+\s*(k\s*)?(\/|per |an? |par )\s?(hr|hour|h|day|d|jour|j)\b|` +
  String.raw`\b\d+\s?(€|eur\b|euros?\b|usd\b|dollars?\b|k€)\s*(\/|per |a |an |par )\s?(hr|hour|h|day|d|jour|j)\b|` +
  // "is 650/day ok?", « 600/j ça passe ? »: a day's price without its currency (a volume has its unit: "400 TB/day").
  String.raw`(?<![\d.,])\b\d{3,4}\s?(\/|per |a |par )\s?(day|jour|j)\b|` +
  String.raw`(?:^|[?!.]\s+)\W*rates?\s*[?!.:]`;

// Matched on folded text (no accents, lower case), in English and French.
/** Spoken languages, as a question names them (folded). */
// (Their first letters: "englsh", « anglai » slip; "the English language".)
const SPOKEN =
  String.raw`(the )?(engl|eng\b|fren|fran|germ|span|ital|angl|alle|espa|lang|portug|arab|dutch|neerl|chin|mandar|` +
  String.raw`japan|japon|russ|hindi|pol|turk|swed|sued|dan|norw|written|ecrit)\w*`;
/** Spoken languages a recruiter names most, as folded words of either language. */
export type SpokenLanguage = "english" | "french" | "german" | "spanish" | "italian" | "dutch" | "portuguese";
const SPOKEN_NAMES: [SpokenLanguage, RegExp][] = [
  ["english", /\b(english|anglais)\b/],
  ["french", /\b(french|francais)\b/],
  ["german", /\b(german|allemand)\b/],
  ["spanish", /\b(spanish|espagnol)\b/],
  ["italian", /\b(italian|italien)\b/],
  ["dutch", /\b(dutch|neerlandais)\b/],
  ["portuguese", /\b(portuguese|portugais)\b/],
];

/** A language named as not the one asked: "other than French", « d'autres langues que le français », "he's French". */
const NOT_THE_ONE =
  /\b(other than|besides|apart from|except|autres?\b[^?]{0,20}\bque|a part|en dehors|(he'?s|he is|il est) \w+)\b/;
/** The one spoken language a question about languages names ("his level of English?"), or null. */
export function spokenLanguageNamed(text: string): SpokenLanguage | null {
  const folded = foldText(text);
  // (Not "languages other than French", "He's French, does he speak other languages?": not the one asked.)
  if (NOT_THE_ONE.test(folded)) return null;
  const named = SPOKEN_NAMES.filter(([, re]) => re.test(folded));
  return named.length === 1 ? named[0]![0] : null;
}

const TOPICS: [OwnerTopic, RegExp][] = [
  [
    "availability",
    new RegExp(
      // (Not "high availability", "data availability", « haute disponibilité »: a system's, not his.)
      String.raw`\b((?<!highly |high |highly-|high-)available|(?<!high |high-|data |system |service |platform )` +
        String.raw`availability|availabilities|dispo|dispos|` +
        // « il est en fin de mission ? », « en inter-contrat ? », "open to work?": free soon, his to say.
        String.raw`en fin de (mission|contrat)(?! (chez|a|at|de|du|avec)\b)|en inter-?contrat|intercontrat|` +
        String.raw`open to work(?= *[?!.]*$)|` +
        // "is he an immediate joiner?", "can he join asap?", "serving notice?": when he can begin, his to say.
        // (Not "did he start right away on the migration?", "was he an immediate starter at Decathlon?": the past.)
        String.raw`(?<!\b(?:did|was|were|had) (?:he|she) (?:an? )?)(immediate(ly)? (joiner|joining|start(er)?)|` +
        String.raw`(join|joining|start|starting) (asap|as soon as possible|immediately|right away))|` +
        String.raw`(commencer|demarrer|debuter|rejoindre|integrer|dispo) (asap|as soon as possible|des que possible|` +
        String.raw`tout de suite|immediatement)|` +
        String.raw`serving (his |her )?notice|` +
        // "is it ok if he starts in March?", "could he start next month?": when he would begin, his to say.
        String.raw`(if|when|could|can|would) (he|she) starts? ` +
        String.raw`(in|from|next|by|early|asap|as soon as possible|right away|soon)\b` +
        String.raw`(?! (a|an|the|une?|le|la)\b)|` +
        // "when will his Decathlon mission end?", « quand se termine sa mission ? »: when he is free, his to say.
        String.raw`when (will|does|is|would) (his|her|the) ([\w-]+ )?(mission|contract|assignment|engagement|job|` +
        String.raw`role|freelance \w+) (end|finish|be over|expire|stop)|` +
        String.raw`(quand|quelle date) (se termine|finit|prend fin|s'arrete|se finit) (sa|son|la|le) ([\w-]+ )?` +
        String.raw`(mission|contrat|poste)(?! (chez|a|at) (la )?(maif|pernod|aaa))|` +
        // "is his Decathlon mission ending soon?", "when does his mission at Decathlon end?": the same.
        // (Not "did his Decathlon mission finish?": whether it did, which its dates say.)
        String.raw`(?<!\b(did|has|had) )(his|her|the) ([\w-]+ )?(mission|contract|assignment|engagement)( (at|with) ` +
        String.raw`(?!(maif|pernod|aaa))[\w-]+)? (end|ends|ending|finish|finishing|finishes|over|expire|expiring)` +
        String.raw`( soon| shortly| anytime soon)?(?= *[?!.]*$)|` +
        // « sa mission chez Decathlon se termine quand ? »: the same, the mission first.
        String.raw`(sa|son) ([\w-]+ )?(mission|contrat|poste)( (chez|a|at) (?!(la )?(maif|pernod|aaa))[\w-]+)? ` +
        String.raw`(se termine|finit|prend fin|s'arrete|se finit)( (quand|a quelle date|bientot))?(?= *[?!.]*$)|` +
        // "is he free right now?", "free from January?": free for work (not "free of charge", "feel free").
        String.raw`(is|are) (he|she|they) free` +
        String.raw`( (right )?now| at the moment| currently| from| in| for| to start)|` +
        String.raw`notice period|start date|(start|starting|demarrage|debut|prise de poste) (asap|immediate\w*|` +
        String.raw`des que possible)|` +
        String.raw`when (can|could|would|will) (he|she|they) (start|join|begin|be available)|` +
        String.raw`start (a|the|his|her) (new )?(mission|job|role|position|contract)|how soon|free to start|` +
        String.raw`disponible|disponibles|(?<!haute |de haute )disponibilite(?! (des|de la|du) )|disponibilites|` +
        String.raw`preavis|` +
        String.raw`(peut|pourrait)[- ](il|elle) (commencer|demarrer|debuter|nous rejoindre)|` +
        // "can he start Monday?", « il peut commencer lundi ? » (not "can he start with Spark pipelines?").
        // (Belgian French « il sait commencer ? », « il saurait démarrer ? » for « peut ».)
        String.raw`((can|could) (he|she) (start|begin|join)|(he|she) (can|could) (start|begin|join)|` +
        String.raw`(il|elle) (peut|pourrait|sait|saurait) (commencer|demarrer|debuter))` +
        // (Not « démarrer rapidement une migration »: a task started, not a date.)
        String.raw`(?! (rapidement|vite|bientot|tout de suite|quickly|soon) ` +
        String.raw`(un|une|sur|la|le|les|des|de|du|a|an|the|on)\b)` +
        String.raw`(?= *([?!.]|$|((on|in|next|this|en|le|des) )?(${WHEN_WORDS})|soon|asap|right away|immediately|` +
        String.raw`tomorrow|today|quand|when|to work|working|with us|for us|chez nous|avec nous))|` +
        String.raw`date de (debut|demarrage)|quand (peut|pourrait)[- ](il|elle)|` +
        // "can he start in 60 days?", « démarrer d'ici 3 semaines ? »
        String.raw`(start|begin|join|commencer|demarrer|debuter|dispo\w*|available) ` +
        String.raw`(in|within|dans|d'ici|sous|endeans) (\d+|a|an|one|une?) ` +
        String.raw`(days?|weeks?|months?|jours|semaines|mois)|` +
        // "How long will he stay?", « il va rester combien de temps encore ? »: his plans, his to say.
        String.raw`how long (will|would|is) (he|she) (stay|remain|be staying|going to stay)|` +
        String.raw`(va|compte|pense|veut) rester|restera[- ]?t?[- ]?(il|elle)?|` +
        String.raw`quand (est-ce qu'il|il) (part|partira)|` +
        // "would his current mission at Decathlon end soon?", « fin de sa mission ? »: when he is free.
        // (Not "when did his mission at MAIF end?": the CV dates it.)
        String.raw`(current|present) (mission|contract)s? ((at|chez) \w+ )?(ends?|ending|will end|finish\w*)\b|` +
        String.raw`end (date )?of (his|her) (current|present) (mission|contract)|` +
        String.raw`fin de (sa |son )?(mission|contrat) (actuelle?|en cours)|` +
        String.raw`(mission|contrat) (actuelle?|en cours) ((a|chez) \w+ )?(se termine|finit|prend fin)|` +
        String.raw`(will|is) (he|she) (leave|leaving|be leaving)|` +
        // "he is disposable from next month?", "he is libre?": « disponible », « libre », in second-language English.
        String.raw`(he|she|il|elle) (is|est) (disposable|libre)` +
        String.raw`(?=\s*[?!.]*$| (from|now|next|soon|a partir|des|bientot|maintenant|demain|en)\b)|` +
        String.raw`est[- ](il|elle) libre(?=\s*[?!.]*$| (a partir|des|bientot|maintenant|demain|en)\b)|` +
        String.raw`(is|are) (he|she) (free|disposable)(?= (from|now|next|in|at|on|soon)\b|\s*[?!.]*$))\b`,
    ),
  ],
  [
    "rate",
    new RegExp(
      String.raw`\b(daily rate|day rate|hourly rate|his rate|her rate|rates?\b.{0,20}\b(day|daily|hour)|tjm|` +
        // « cb de tj ? », « son tj ? »: the rate, as chat French writes it.
        String.raw`(cb|combien|son|quel|le) (de )?tj\b|` +
        String.raw`taux journalier|tarifs?|how much (does|would|do) (he|she|they|it) (charge|cost|ask|bill)|` +
        String.raw`charge per day|per day rate|his fees|her fees|(his|her) price|price (per|a|by the) day|` +
        String.raw`prix (par jour|journalier)|` +
        // "Rate expectations?", "in his ballpark?": a price asked (a price written out: PRICE below).
        String.raw`rates? expectations?|expected (day |daily |hourly )?rate|` +
        String.raw`(in|within) (his|her) (ballpark|price range|rate range)|` +
        String.raw`combien (coute|demande|facture|prend)[- ]?(il|elle)?|cout journalier|prix de journee|son prix|` +
        String.raw`(il|elle) (veut|demande|prend|facture|coute) combien|` +
        // « ça coûte combien à la journée quelqu'un comme lui ? », « c'est combien la journée ? »: his price.
        // (Not « ça coûte combien de migrer ? », « La licence ANTS, ça coûte combien ? »: the cost of something else;
        // alone, only as the message's first words.)
        String.raw`(?<=^|[.!?] )((ca|cela) (lui )?coute combien|combien (il|elle|ca) coute)(?=\s*[?!.]*$)|` +
        String.raw`((ca|cela) (lui )?coute combien|combien (il|elle|ca) coute)(?= (a la journee|par jour|` +
        String.raw`le jour|quelqu'un|un profil|un freelance|un consultant|pour (une|la|cette) mission))|` +
        String.raw`c'?est combien (la journee|par jour|le jour)|` +
        String.raw`combien (il|elle) (veut|demande|prend|facture)|` +
        // "what costs he per day?", « il fait combien par jour ? », "how much a day?"
        // (Not "how much per day?" alone: after a platform's volumes, it asks them.)
        String.raw`((combien|how much)( (does|is|would) (he|she)| (il|elle|he|she))|` +
        String.raw`(il|elle) (fait|prend|coute|demande|facture) combien|costs? (he|she|him|her)|` +
        String.raw`(what|how much) (does|would) (he|she) cost) (par jour|per day|a day|la journee|/ ?(jour|day|j))` +
        String.raw`(?=\s*[?!.]*$)|` +
        // "is he expensive?", « il est cher ? »: his price, asked as a judgement.
        String.raw`(is|would) (he|she) (be )?(expensive|pricey|cheap|affordable)|((il|elle) est|est[- ](il|elle)) ` +
        String.raw`(cher|chere|abordable)|` +
        String.raw`ses tarifs|` +
        // « il facture au forfait ? », « à la journée ou en régie ? », "does he bill by the day?": how he bills.
        String.raw`(factur\w*|travaille|bosse) (au forfait|a la journee|au jour|a l'heure|en regie|au temps passe)|` +
        String.raw`(he|she) (bill|bills|billed|charge|charges|invoice|invoices)( [\w-]+)? ` +
        String.raw`(by the (day|hour)|per (day|hour)|` +
        String.raw`hourly|daily|a fixed (fee|price)|fixed[- ]price)|` +
        String.raw`pa(y|ys|id) (him|her) (by the|per|a) (day|hour))\b|` +
        String.raw`${PRICE}`,
    ),
  ],
  [
    "salary",
    new RegExp(
      // (Not others' pay held as data: "employee salary info", « les données de salaire ».)
      String.raw`(?<!\b(employees?'?s?|staff|their|payroll|hr|donnees de|fiches de|bulletins de|data) )` +
        String.raw`\b(salary|salaire|compensation|remuneration|pay expectations?|pretentions? salariales?|` +
        // « ses prétentions », « quelles prétentions » : what a candidate asks to be paid, in French hiring.
        String.raw`(ses|vos|quelles|les) pretentions(?! (du|de la|des) )|` +
        // "current CTC and expected CTC?": India's "cost to company", a salary.
        String.raw`package salarial|how much (does|would) (he|she) (earn|make)|(current|expected) ctc|ctc|` +
        // "how much was he paid at AAA-Data?", "was he paid 7M a year?", « combien il gagnait ? »: his pay, then.
        String.raw`how much (was|is|did|does) (he|she) (paid|earn|make|get paid)|` +
        // (Not "was he paid as a freelancer?", "is he paid by Decathlon directly?": his contract.)
        String.raw`(was|is|were) (he|she) paid(?= *(\?|$|well|much|more|less|\d|€|\$|£|a lot))|` +
        String.raw`(he|she) (was|is|got) paid(?= *(\?|$|well|much|more|less|\d|€|\$|£|a lot))|` +
        String.raw`(did|does) (he|she) earn(?= *(\?|$|much|more|less|well|a lot|\d|€|\$|£))|` +
        String.raw`(combien|que|qu') ?(il|elle) (gagnait|gagne|touchait|touche|etait paye)|` +
        String.raw`(il|elle) (gagnait|gagne|touchait|touche|etait paye) combien|` +
        String.raw`combien (gagnait|gagne|touchait|touche)[- ]t?[- ]?(il|elle))\b`,
    ),
  ],
  [
    "permit",
    new RegExp(
      String.raw`\b(work permit|work visa|visas?|passports?|passeports?|right to work|permis de travail|` +
        String.raw`titre de sejour|sponsorship|` +
        String.raw`needs? (a )?(visa )?sponsor|work authori[sz]ation|green card|autorisation de travail)\b`,
    ),
  ],
  [
    "clearance",
    new RegExp(
      String.raw`\b(security clearances?|clearance (level|check)|(sc|dv|nv1|nv2|baseline)[- ]cleared|` +
        String.raw`cleared (for|to) handle|habilitations? (de securite|secret defense|confidentiel defense|` +
        String.raw`defense)|habilite (secret|confidentiel)|secret defense)\b`,
    ),
  ],
  [
    "location",
    new RegExp(
      String.raw`\b(where(?: is|'s|s| does) (he|she|they) ((currently|now|presently|actually) )?` +
        String.raw`(based|live|living|located|from|staying)|` +
        // (Not others placed: "colleagues based in other countries".)
        String.raw`(?<!\b(teams?|people|colleagues|clients|customers|developers|engineers|users|offices?|equipes?) )` +
        String.raw`based (in|where|out of|near|around)|` +
        // "is he London-based?", "he's Paris based?": a place he would be based in.
        String.raw`(is (he|she)|(he|she) is|(he|she)'s) (${CITIES})[- ]based\b|` +
        String.raw`where is (he|she) located|(his|her|the candidate's) location|` +
        // (Not "whereabouts did he use Power BI?": where in his career, British English.)
        String.raw`whereabouts(?! (did|was|were|has|had|does) (he|she|it|the|that|this)\b)|which city|what city|` +
        // « il est où géographiquement ? », "where is he geographically?"
        String.raw`((il|elle) est|est[- ](il|elle)) (ou )?geographiquement|(is|where is) (he|she) geographically|` +
        String.raw`relocate|relocation|relocations|relocating|relocatable|` +
        String.raw`ou (habite|vit|reside|est)[- ]?(t[- ])?(il|elle)(?! (reste|passe|parti|alle|arrive|entre))|` +
        String.raw`(il|elle) (habite|vit|reside) (ou|a|en|dans|sur)|(est|il est|elle est) base (a|sur|en|dans)|` +
        // « dans quel pays il habite ? », "which country does he live in?": where he lives.
        String.raw`(quel|quelle) (pays|ville|region) (il|elle|est-ce qu'il) (habite|vit|reside|est base)|` +
        String.raw`(which|what) (country|city|town) (does|is) (he|she) (live|based|living|located)|` +
        String.raw`base sur|ou est[- ](il|elle) base|basee? ou|localisation|localise|demenager|` +
        // « il est où basé ? », « il est ou base ? »
        String.raw`(il|elle) est ou basee?|est[- ](il|elle) basee?(?=\s*[?!.]*$)|` +
        // "location?", "and location?": the word alone, asked.
        String.raw`^(and |et )?(his |her |sa )?location(?=\s*\??$)|` +
        String.raw`mobilite geographique|dans quelle ville|quelle ville|` +
        // « il est mobile sur Lille ? », "would he travel?": where he would go, his to say.
        String.raw`((il|elle) est|est[- ](il|elle)) mobile|` +
        String.raw`(would|could|can|will) (he|she) (travel|commute)|se deplacer)\b`,
    ),
  ],
  [
    "remote",
    new RegExp(
      String.raw`\b(remote(ly)? (work|working|job|jobs|role|roles|position|mission|missions|only|first|friendly|` +
        String.raw`possible)|` +
        String.raw`(work|works|working|job|mission)s? (fully |full |100% )?remote(ly)?|full[- ]remote|fully remote|` +
        String.raw`open to remote|is (he|she) remote|work from home|wfh|` +
        String.raw`hybrid (work|working|position|job|mission|remote)|on[- ]?site|teletravail|en remote|` +
        String.raw`full distanciel|a distance|sur site|presentiel|` +
        // "did he work in the office at MAIF?", « il bossait au bureau ? »: where he worked from.
        String.raw`(work|worked|working|works|bosse|bossait|travaill\w*) (in|from|at|au) (the )?(office|bureau)` +
        String.raw`(?! (of|d'|de|des|du)\b)|` +
        // "ok with 3 days in office?", « 2 jours au bureau » : days at the office.
        String.raw`\d (days?|jours?) (a week |per week |par semaine )?(in|at|au|in the|on) ?(the )?` +
        String.raw`(office|bureau|site)|` +
        // "happy to come in a few days a week?", "come into the office?", « venir au bureau ? »: being there.
        String.raw`come (in (a few|a couple of|\d|one|two|three|four) days?|into the office|to the office|on ?site)|` +
        String.raw`venir (au bureau|sur site|dans nos locaux))\b|` +
        // "remote?", "remote ok?": the word alone, asked.
        String.raw`\bremote( ok| okay| possible)?\s*\?|` +
        // "remote from france ok?", « en remote depuis Lyon ? »: working from elsewhere (not "data remote from India").
        String.raw`\b(remote|full remote|teletravail) (from|depuis) \w+ (ok|okay|possible|fine|allowed)\b|` +
        String.raw`^(remote|full remote|teletravail) (from|depuis) \w+\s*\?`,
    ),
  ],
  [
    "contact",
    new RegExp(
      String.raw`\b(contact (him|her|them|the candidate|the person)|` +
        String.raw`how (do|can|could) (i|we) (reach|contact|get in touch|talk)|reach (him|her|them)|email address|` +
        String.raw`(his|her) e-?mail|phone number|(his|her) (phone|telephone)|` +
        // (Not "his LinkedIn says he used Kafka": what another page tells, weighed against the CV.)
        String.raw`(?<!sur son )linkedin(?!( profile| page)? ` +
        String.raw`(says|said|shows|showed|mentions|lists|claims|dit|indique|mentionne))|` +
        String.raw`get in touch|joindre|` +
        // "who do I contact?", « qui je contacte ? »: whom to reach about him.
        String.raw`who (do|should|can) (i|we) (contact|call|reach|talk to|speak to)|qui (je|on) (contacte|appelle)|` +
        // (Not « je me permets de vous contacter »: the asker, writing to the bot.)
        String.raw`(?<!(vous|te|t') )contacter|le contacter|la contacter|coordonnees|numero de telephone|` +
        String.raw`adresse mail|` +
        // « comment je le contacte ? », « on peut la joindre ? »
        String.raw`(le|la) contact(e|es|ez|ons)|(le|la) joindre|` +
        // "phone or email?", « son tel ? »: the means, asked alone.
        String.raw`(phone|e-?mail|mail|tel|telephone|numero)( number)?( or | ou | and | et |\s*/\s*)` +
        String.raw`(phone|e-?mail|mail|tel|telephone|numero)( number)?(?=\s*[?!.]*$)|` +
        String.raw`^(and |et )?(his |her |son |sa )(phone|e-?mail|mail|tel|telephone|numero)( number)?(?=\s*\?))\b`,
    ),
  ],
  [
    "languages",
    new RegExp(
      // (Not "fluent in Scala", « courant en Scala »: at ease with a tool.)
      // (Not "can he speak to that?", "speak about it": to address a topic, unless in a language.)
      String.raw`\b(speaks?(?! (to|about|on|of|for)\b)|speaks? (to|with) [\w ]{1,30} in (?=${SPOKEN})|spoken|` +
        String.raw`(fluent|fluency)(?! (in|with|at|on) (?!(both |either )?${SPOKEN}))|bilingual|` +
        String.raw`native language|mother tongue|level of english|` +
        String.raw`(level|proficiency) in (english|french|german|spanish|italian)|` +
        String.raw`english level|languages? (does|do|can) (he|she) speak|parle[- ]t[- ](il|elle)|` +
        String.raw`(il|elle) parle (quelles?|combien de) langues?|quelles? langues? (il|elle) parle|` +
        String.raw`(il|elle) parle (l'|le |un |bien |couramment )?(anglais|francais|allemand|espagnol|italien)|` +
        String.raw`parler (l'|le |un |bien |couramment )?(anglais|francais|allemand|espagnol|italien)|` +
        String.raw`langues? (parlees|etrangeres|vivantes)|niveau d'anglais|niveau en anglais|bilingue|` +
        String.raw`courant en (?=${SPOKEN})|` +
        String.raw`(anglais|francais|allemand|espagnol) (courant|professionnel|bilingue|natif|au quotidien)|` +
        // "languages?", « langues ? »: asked in a word, the languages he speaks.
        String.raw`^(et |and |what about )?(les |ses |his )?(langues?( parlees)?|languages?( spoken)?)(?=\s*\?|\s*$)|` +
        // "english?", « anglais ? »: the language alone, asked.
        String.raw`(?<=^|[?!.] )(et |and |en |in |what about |how about |et pour |et en )?(l')?` +
        String.raw`(anglais|english|allemand|german|espagnol|spanish|italien|italian)(?=\s*\?|\s*$)|` +
        String.raw`(fluent|business|native) (english|french|german|spanish)|` +
        String.raw`(english|french|german|spanish) (fluent|fluency|speaker)|` +
        // « à l'aise en anglais ? », "comfortable in English?", "good English?": his level in a language.
        String.raw`(a l'aise|alaise|a laise|comfortable|at ease|confident|good|bon|bonne) (en|in|with) ` +
        String.raw`(anglais|english|allemand|german|espagnol|spanish|italien|italian)|` +
        String.raw`(good|strong|solid|decent) (english|german|spanish)|` +
        // "what's his level of French?", "his command of English", « son niveau de français »: a language's level.
        String.raw`(level|command|proficiency|knowledge) (of|in) (english|french|german|spanish|italian)|` +
        String.raw`niveau (de|en) (francais|anglais|allemand|espagnol|italien)|` +
        String.raw`(bon|bonne|un bon) (niveau )?(anglais|allemand)|` +
        String.raw`(his|her) (english|german|spanish|italian)(?! (cv|resume|version|clients?|compan\w*|team))|` +
        String.raw`(?<!\bcv )(son|sa) (niveau d')?(anglais|allemand|espagnol|italien)(?! (du|de|des|cv)\b)|` +
        // "can he teach in English?", « il peut travailler en anglais ? »: a language he would work in.
        String.raw`(teach|taught|teaching|work|working|present|lecture|communicate|write|interview)\w* in ` +
        String.raw`(english|french|german|spanish|italian)|(enseign|travaill|boss|present|communiqu|donn)\w* ` +
        String.raw`((ses|des) cours )?en (anglais|allemand|espagnol|italien))\b`,
    ),
  ],
  [
    "education",
    new RegExp(
      String.raw`\b(degree|degrees|diploma|diplomas|phd|ph d|doctorate|masters?'? degree|msc|bachelor'?s?|mba|` +
        // "is he an engineer by training?", « il est ingénieur de formation ? »: his schooling, not his work.
        String.raw`(engineer|developer|scientist|statistician|mathematician|ingenieur|developpeur|statisticien|` +
        String.raw`mathematicien) (by (training|education|background)|de formation)|` +
        String.raw`(by|par) (training|education|formation)\s*[?!.]*$|` +
        // « il a une formation d'ingénieur ? », « sa formation initiale »: his schooling (not « il a donné une
        // formation en informatique », « la formation qu'il donne »: his teaching).
        String.raw`((il|elle) a|a[- ]t[- ](il|elle)|(sa|son)) (une )?formation (d'ingenieur|universitaire|initiale|` +
        String.raw`academique|superieure|en (informatique|mathematiques|statistiques?))(?! qu'|,? (il|elle) la)|` +
        String.raw`(he|she) graduated?|graduated (from|in|with)|a graduate of|graduate degree|` +
        String.raw`(what|where) did (he|she) study|` +
        // "did he study at EPISEN?" (he teaches there), "what school did he go to?", « il a étudié où ? »; not
        // "has he studied performance bottlenecks?", « a-t-il étudié les besoins ? »: studying something.
        String.raw`(did|has) (he|she) (study|studied)(?! (the|a|an|his|their|how|what|whether|why|performance|` +
        String.raw`bottlenecks?|costs?|options?|requirements?|needs?|impact)\b)|` +
        String.raw`(what|which) (school|university|college|uni) did (he|she) (go to|attend)|` +
        // « quelle école a-t-il fréquentée ? », « il a fait quelle école ? », « il sort de quelle école ? »
        String.raw`(quelle|quel) (ecole|universite|fac|faculte|cursus) a[- ]t[- ](il|elle) (frequente\w*|suivi\w*)|` +
        String.raw`(il|elle) (a fait|sort de|vient de) (quelle|quel) (ecole|universite|fac|cursus)|` +
        String.raw`(went|go) to (school|university|college|uni)|` +
        // "did he go to an engineering school?", "attend a business school?"
        String.raw`(did|has) (he|she) (go|gone|been|attend|attended) (to )?(an? |the )?([\w-]+ ){0,2}` +
        String.raw`(school|university|college|uni)\b|` +
        String.raw`((il|elle) a|a[- ]t[- ](il|elle)) etudie(?! (les|des|ses|son|sa|comment|pourquoi)\b)|` +
        String.raw`(il|elle) a fait ses etudes|fait[- ](il|elle) ses etudes|` +
        // « a-t-il suivi une formation en… ? », "has he taken a course in…?": training he followed, not gave.
        String.raw`((il|elle) a|a[- ]t[- ](il|elle)) (deja )?suivi (une|des) (formations?|cours|cursus)|` +
        // « il a été formé au machine learning ? », "was he trained in ML?": training he received, not gave.
        String.raw`((il|elle) a|a[- ]t[- ](il|elle)) (deja )?ete formee? (a|au|aux|en|sur)\b|` +
        String.raw`(was|has) (he|she) (ever )?(been )?(formally )?trained (in|on)\b|` +
        String.raw`(has|did) (he|she) (ever )?(take|taken|took|follow|followed|attend|attended|complete|completed) ` +
        String.raw`(a |an |any |some )?(course|courses|training|trainings|class|classes|bootcamp)|` +
        String.raw`(his|her) (education|studies|(academic|educational) background)|alma mater|certifications?|` +
        // "education?", « études ? »: asked in a word.
        String.raw`^(et |and |what about )?(les |ses |his )?` +
        String.raw`(etudes|education|studies|cursus|schooling)(?=\s*\?|\s*$)|` +
        // "studies of university?", "university studies": an ESL way to ask what he studied.
        String.raw`(?<!case )stud(y|ies|ied) (of|at|in) (the )?(university|uni|college)|` +
        String.raw`(university|college) (studies|education)|` +
        // "educational qualification, B.Tech or M.Tech?": an Indian recruiter's degree question.
        String.raw`(educational|academic|education) qualifications?|[bm]\.? ?tech|mca|bsc|bca|` +
        // "BS or MS in CS?", "an MS in computer science": a degree, in its letters.
        String.raw`\b(bs|ba|ms|ma)c?( or (an? )?(bs|ba|ms|ma|phd)c?)? (in|of) (cs|computer science|engineering|` +
        String.raw`maths?|mathematics|statistics|(a )?related)\b|\b(bs|ms) (or|/) (bs|ms|phd)\b|` +
        // "is he certified?", "certified in AWS" (not "an HDS-certified host": what a host is).
        // ("AWS certs", "any certs?"; not "TLS certs".)
        String.raw`certifs?|(?<=\b(any|his|her|some|aws|azure|gcp|cloud|google|microsoft|databricks|snowflake|` +
        String.raw`professional|official|relevant) )certs?\b|` +
        String.raw`(?<![\w-])certified(?! (host|hosting|hosts|provider|cloud|platform|data ?cent(er|re)))|` +
        String.raw`driving licen[cs]e|driver'?s licen[cs]e|permis de conduire|permis b|diplome|` +
        String.raw`diplomes|doctorat|certifie|certifiee|masters?'? (degree|in)|(his|her) masters\b|` +
        // « a-t-il soutenu une thèse ? », "did he write a dissertation?" (not "these", the English word).
        String.raw`(soutenu|fait|prepare|redige|ecrit) (une|sa) these|these de doctorat|docteur en|` +
        String.raw`(a|his|her) (phd |doctoral )?(thesis|dissertation)|` +
        // « quelle est sa formation ? », « sa formation initiale », « ses études », « une licence ou un master ? »
        String.raw`(sa|son|votre) formation( (initiale|academique|universitaire|scolaire))?(?= *([?,.!]|$))|` +
        // (Not « son premier poste après ses études »: the earliest role, which the CV dates.)
        String.raw`formation (initiale|academique|universitaire|scolaire)|(?<!apres )(ses|quelles) etudes|` +
        String.raw`niveau (d'|d |de |des )?etudes|niveau scolaire|niveau de diplome|` +
        // « quelle est son éducation ? », "what is his education?": his schooling, not the sector.
        String.raw`(son|sa|his|her) (education|educational background|cursus|parcours (scolaire|academique))|` +
        String.raw`\b(an|a|any|formal) education (in|en)\b|` +
        // (« une licence de 7 M€ par an », the ANTS licence, is no degree.)
        String.raw`(un|une|son|sa) (licence(?! (de|d'|ants)\b)|master|mastere|bac ?\+ ?\d)|bac ?\+ ?\d|licence ou|` +
        String.raw`ou (un |une )?master|` +
        // "Is he licensed?"; « il a fait quelle école ? », « il sort de quelle école ? » (not the one he teaches at).
        String.raw`licensed|(fait|sort|sorti|issu|diplome) (de )?(quelle|une|son|sa) (ecole|universite|fac)|` +
        String.raw`quelle (ecole|universite|fac) (a[- ]t[- ](il|elle)|(il|elle) a) (faite?|suivie?))\b`,
    ),
  ],
  [
    // A judgement the CV can't make: how good a fit, his weaknesses. ("Is he good at Spark?" is a skill.)
    "opinion",
    new RegExp(
      String.raw`\b((good|great|right|strong|best) (fit|match)|(a )?fit for (the|a|an|this|our|your)|` +
        String.raw`(his|her) weak(nesses| points| spots)|weaknesses|points? faibles?|ses defauts|red flags?|` +
        String.raw`drapeaux? rouges?|points? de vigilance|` +
        String.raw`(would|do) you recommend|should (we|i) hire|worth hiring|why (should|would) (we|i) hire|` +
        String.raw`why (hire|recruit|pick|choose) (him|her)|` +
        // "Give me 3 reasons to hire him", « 3 raisons de le recruter »: a verdict, counted.
        String.raw`reasons? (to |why (we |i |you )?(should )?)(hire|recruit|pick|choose|interview)|` +
        String.raw`raisons? (de|pour) (le|la) (recruter|embaucher|prendre|choisir)|` +
        // "Is he good with clients?", « il est bon avec les clients ? »: how he is with people, a judgement.
        String.raw`(is|was) (he|she) (good|great|bad|nice|easy|strong) (with|around) (the )?(people|clients?|` +
        String.raw`customers?|colleagues|others)\b|` +
        String.raw`(il|elle) est (bon|bonne|doue|douee) avec (les |ses )?(gens|clients?|collegues)\b|` +
        String.raw`would you hire|(tu|vous) (le|la) (prendrais|prendriez|recruterais|recruteriez|embaucherais)|` +
        // "would he be happy in a 5-person team?", « il serait à l'aise… ? »: how he would feel, his to say.
        // (Not "would he be comfortable scheduling our pipelines with Airflow?": a skill, asked.)
        // (Only of a team, a company: "comfortable in an AWS environment?", « à l'aise avec Spark ? » ask skills.)
        String.raw`((would|will) (he|she) (be (happy|comfortable|at ease|fine|ok|okay|bored)|enjoy|like|fit in)|` +
        String.raw`(serait|sera)[- ](il|elle) (heureux|heureuse|a l'aise|content|contente|bien)|` +
        String.raw`(il|elle) (serait|sera) (heureux|heureuse|a l'aise|content|contente|bien))` +
        String.raw`(?=\s*[?!.]*$| (in|at|with|within|dans|chez|avec) ` +
        String.raw`(a |an |the |our |my |this |une? |notre |nos |la |le )?` +
        String.raw`((small|big|large|tiny|young|new|fast-paced|distributed|remote|international|` +
        String.raw`\d+[- ]?(person|people)|` +
        String.raw`petite?|grande?|jeune|nouvelle?) )*` +
        String.raw`(team|company|startup|scale-?up|culture|org\w*|equipe|boite|entreprise|structure)s?\b)|` +
        // "would you shortlist him?", "would he be a good first data hire?", "is he legit?": a verdict on him.
        String.raw`(would|should|do) (you|we|i) (shortlist|short-list|interview|put forward|submit|present) ` +
        String.raw`(him|her|this (candidate|profile))|` +
        String.raw`(would|will|could) (he|she) (be|make) (a |an )?(good|great|strong|solid|decent) ([\w-]+ ){0,2}` +
        String.raw`(hire|recruit|addition|choice|pick|candidate)|is (he|she) (legit|the real deal|worth it)|` +
        String.raw`(what'?s|what is) (he|she|his|her) (weakest|worst)|(il|elle) est (legit|bon|bien)\s*\?|` +
        String.raw`pourquoi (je|on|nous) (devrais|devrait|devrions|devons|dois|doit)[- ](le|la) (recruter|embaucher|` +
        String.raw`prendre)|pourquoi (le|la) (recruter|embaucher|prendre)|` +
        // « Pourquoi devrais-je le recruter ? »: the verb first, its subject after.
        String.raw`pourquoi (devrais|devrait|devrions|devons|dois|doit)[- ](je|on|nous)[- ]?(le|la) ` +
        String.raw`(recruter|embaucher|prendre|choisir)|` +
        String.raw`(the )?(best|better|meilleur) (data engineer|engineer) (in|of|for|en|de|du|pour)\b|` +
        String.raw`(the )?(best|meilleur) (candidate|candidat|profil)\b|` +
        // "which one is the most impressive?", "what do you think of him?": the bot's own judgement.
        String.raw`your (opinion|take|view) on (him|her)|what do you think of (him|her)\b|` +
        // "is he a team player?", "what would his former managers say about him?": others' judgement of him.
        // (Asked of him: a job ad's "Team player" line is a requirement, which the fit report weighs.)
        String.raw`(is|est)[- ]?(he|she|il|elle) (a |an )?(good |real |true )?team player|` +
        String.raw`a[- ]t[- ](il|elle) l'esprit d'equipe|` +
        // « il a l'esprit d'équipe ? », « le sens du service ? », "does he have team spirit?": a quality judged.
        String.raw`((il|elle) a|a[- ]t[- ](il|elle)) (l'|le |un )?(bon )?(esprit d'equipe|sens du service|` +
        String.raw`sens de l'ecoute|sens du relationnel|sens client|bon relationnel|esprit critique|` +
        String.raw`leadership naturel)|` +
        // « il est force de proposition ? », "is he proactive?" (a trait, which the facts only hint at).
        String.raw`((il|elle) est|est[- ](il|elle)|c'est (un|une)( vrai| vraie)?|etre) force de propositions?|` +
        String.raw`(has|have|does) (he|she) (got |have )?(a )?(good )?(team spirit|customer focus|service mindset)|` +
        String.raw`(former|previous|past|ex) (managers?|bosses|colleagues|clients) ` +
        String.raw`(say|think|said)|(anciens?|ex) (managers?|collegues|clients) (diraient|disent|pensent)|` +
        String.raw`the most impressive|le plus impressionnant|la plus impressionnante|` +
        // « c'est un bon profil ? », "is this a strong candidate?": a verdict on him.
        String.raw`(c'?est|est-ce) (un|une) (bon|bonne|excellent|excellente|solide|tres bon|super|mauvais) ` +
        String.raw`(profil|candidat|candidate|choix)|(is|was) (he|this|that) (a |an )?(good|strong|great|solid|bad|` +
        String.raw`decent) (profile|candidate|hire|choice)|` +
        // "is his Scala better than his Python?", « est-il meilleur en Spark qu'en Kafka ? »: a level compared.
        // (Not "more Spark or more SQL?", "did he use Spark longer?": the time of each, which the CV dates.)
        String.raw`(is|est)[- ]?(his|her|son|sa) [\w-]+( [\w-]+)? (better|stronger|weaker|worse|meilleure?|` +
        String.raw`plus forte?) (than|que|qu)\b|(is|est)[- ]?(he|she|il|elle) (better|stronger|weaker|worse|` +
        String.raw`meilleure?|plus forte?) (at|in|with|than|en|avec|que|qu)\b|` +
        String.raw`(better|stronger|meilleure?|plus forte?) (than|que|qu'?) ?(an? |la |les )?` +
        String.raw`(average|typical|other|moyenne|autres)\b|` +
        // "what kind of role would suit him best?", « quel poste lui conviendrait le mieux ? »: a judgement of fit.
        String.raw`(what|which) (kind of |sort of |type of )?(role|job|position|mission|team|company)s? ` +
        String.raw`(would |might |will )?(suit|fit)s? (him|her)|(suit|suits|fit|fits) (him|her) best|` +
        String.raw`(quel|quelle|quels|quelles) (type |genre |sorte )?(de |d')?` +
        String.raw`(poste|role|mission|job|equipe|entreprise)s? ` +
        String.raw`(lui )?(conviendrai\w*|irai\w*|correspondrai\w*)|(lui )?(conviendrait|irait) le mieux|` +
        // « il est sérieux ? », "is he reliable?", "is he any good?": a quality of his, asked alone.
        // (« est-il autonome, rigoureux ? »: several, listed.)
        String.raw`(is (he|she)|(he|she) is|est[- ](il|elle)|(il|elle) est) (really |vraiment |quelqu'un de )?` +
        String.raw`${QUALITY}((,| et| and| ou| or|, et|, and) ${QUALITY})*(?=\s*[?!.]*$)|` +
        // "can he work independently?", « il sait travailler en autonomie ? »: how he works, a judgement.
        String.raw`(can|does|will|would) (he|she) work (independently|autonomously|on (his|her) own|alone|` +
        String.raw`unsupervised|without supervision)|(sait|peut|aime)[- ]?(il|elle)? travailler (en autonomie|seule?|` +
        String.raw`de (maniere|facon) autonome)|(sait|peut) travailler (en autonomie|seule?)|` +
        String.raw`(c'?est|c est) (un gars|quelqu'un|une personne|un profil) (de )?` +
        String.raw`(serieux|fiable|serieuse|rigoureux|bien)` +
        String.raw`(?=\s*[?!.]*$)|` +
        // « la MAIF c'est une boîte sérieuse ? », "is MAIF a reputable company?": a judgement of an employer.
        String.raw`(c'?est|est) (une|un) (boite|entreprise|societe|ecole|structure|employeur) ` +
        String.raw`(serieuse|fiable|solide|reputee|serieux|sympa|cool|top)|` +
        String.raw`(a|an) (good|reputable|serious|solid|decent|great) ` +
        String.raw`(company|firm|employer|school)\b|` +
        // "has he ever failed a project?", "was it a good project?": a judgement the CV doesn't make.
        String.raw`(has|did|have) (he|she) (ever )?(fail|failed)\b|` +
        String.raw`(echoue|rate) (un|une|des|sur un|sur des) (projets?|missions?)|` +
        // "has he ever broken production?", « a-t-il cassé la prod ? », « il a du mal avec Scala ? »: a failing.
        String.raw`(has|did|have) (he|she) (ever )?(broke|broken|break|crashed|crash|took down|taken down|take down) ` +
        String.raw`(the )?(prod|production)\b|` +
        String.raw`(casse|plante|fait tomber|fait planter) (la )?(prod|production)\b|` +
        // "did he break anything during the migration?", « a-t-il déjà planté un déploiement ? »: a failing too.
        String.raw`(has|did) (he|she) (ever )?(break|broke|broken) (anything|something|things|stuff)\b|` +
        String.raw`(casse|plante) (quelque chose|qqch|` +
        String.raw`(un|une|le|la|des) (deploiement|mise en prod|migration|projet|pipeline|serveur|cluster))\b|` +
        String.raw`(has|did|does) (he|she) (ever )?(struggle|struggled) (with|in|at)\b|` +
        String.raw`(?<!\by )(a[- ]t[- ](il|elle)|(il|elle) a) (eu )?du mal (avec|en|a|sur)\b|` +
        String.raw`(was|is) (it|that|this) a (good|great|bad|successful|failed) (project|mission|job)|` +
        String.raw`(c'etait|c'est|etait-ce) (un )?(bon|beau|mauvais) (projet|poste|job)|(projet|mission) reussie?\b|` +
        // "Would you count the teaching as real engineering experience?": the reader's judgement.
        String.raw`would you (count|consider|call|rate)|(diriez|considereriez|compteriez)[- ]vous|` +
        // "was he the most senior engineer on that team?": a rank among people the CV doesn't give.
        String.raw`(was|is) (he|she) the most (senior|experienced|junior) (engineer|developer|person|member)|` +
        String.raw`(etait|est)[- ](il|elle) le plus (senior|experimente|junior) (de|du|des)|` +
        String.raw`bon profil pour|(correspond|colle)(rait)? (bien |vraiment )?(a|au|pour) (notre|ce|cette|un|une) ` +
        String.raw`(poste|besoin|mission|role)|le recommander(ais|iez)?|` +
        // (« tu recommanderais ce candidat ? », read « … il ? »; not « tu recommanderais Spark ou Flink ? ».)
        String.raw`(tu|vous) (le|la) recommander(ais|iez)|(tu|vous) recommander(ais|iez) (ce|cette|il|elle)\b|` +
        // "is he a good engineer?", « il est bon ? » (not "is he good at Spark?": a skill), "better than the others?".
        String.raw`(is|was) (he|she) (really |actually )?(an? )?(really |very |any )?${GOOD}( ${SOMEONE})?` +
        String.raw`(?=\s*[?!.]*$)|` +
        String.raw`((il|elle) est|est[- ](il|elle)) (vraiment |tres |un |une |un tres |une tres )*${BON}` +
        String.raw`( ${QUELQUN})?(?=\s*[?!.]*$)|(better|worse) than (the )?(other|others|another|most|the rest)|` +
        String.raw`(meilleur|meilleure|mieux) que (les )?autres|` +
        String.raw`(rate|score|grade|rank) (him|her|this (profile|candidate))|` +
        // "rate his python from 1 to 10", « note son Spark sur 10 »: a mark for a skill.
        String.raw`(rate|score|grade) (his|her) [\w#+.-]+( skills?| level)? (from|on a scale|out of|between)|` +
        String.raw`(tu|vous) (le|la) recommande(s|z)?(?=\s*[?!.]*$)|` +
        // "rate him out of 10", "how would you score him?" (not "2 out of 5 engineers").
        String.raw`out of (10|ten|5|five|100)(?=\s*[?!.]*$)|(une )?note sur (5|10|20)|` +
        String.raw`(tu|vous) (le|la) noter(ais|iez)?)\b`,
    ),
  ],
  [
    "personal",
    new RegExp(
      String.raw`\b(how old is (he|she)|(does|did) (he|she) have (any )?(kids|children)|is (he|she) married|` +
        String.raw`is (he|she) (single|dating|in a relationship|taken)(?=\s*[?!.]*$)|single (or|and) married|` +
        String.raw`(does|has) (he|she) (have|got) a (girlfriend|boyfriend|wife|husband)|` +
        String.raw`(does|has) (he|she) (have|got) a partner(?=\s*[?!.]*$)|` +
        // "does he have a car?", « il a le permis ? »: his own means, not the CV's automotive data.
        String.raw`(does|has) (he|she) (have|got|own) (a |an )?(car|vehicle|driving licen[cs]e|driver'?s licen[cs]e)|` +
        String.raw`((il|elle) a|a[- ]t[- ](il|elle)) (un |une |le |son )?(vehicule|voiture|permis( de conduire| b)?)` +
        String.raw`(?=\s*[?!.]*$)|` +
        // « il est véhiculé ? », "is he mobile (has a car)?": his own means of getting about.
        String.raw`(est[- ](il|elle)|(il|elle) est) (vehicule|vehiculee|motorise|motorisee)|` +
        String.raw`(his|her) (age|wife|husband|family|hobbies|religion)|(il|elle) a (des|quel) (enfants|age)|` +
        String.raw`a[- ]t[- ](il|elle) des enfants|(est[- ](il|elle)|il est|elle est) (marie|mariee|celibataire)|` +
        String.raw`quel age a[- ]t[- ](il|elle)|(son|sa) (age|famille|religion)|ses loisirs|` +
        // « il a 40 ans ? », "is he 40?", "is he 40 years old?": his age, not years of experience.
        String.raw`^(et |and |so )?(((il|elle) a|a[- ]t[- ](il|elle)) \d{2} ans|` +
        String.raw`(is (he|she)|(he|she) is) \d{2}( years old)?)` +
        String.raw`(?=\s*[?!.]*$)|` +
        String.raw`(has|have|own|owns) a car|(his|her) car|(il|elle) a une voiture|a[- ]t[- ](il|elle) une voiture|` +
        // Where he is from: "is he French?", « est-il français ? », "nationality".
        String.raw`nationality|nationalite|citizenship|citoyennete|(is (he|she)|est[- ](il|elle)|(il|elle) est) (a )?` +
        String.raw`(french|british|english|american|german|spanish|italian|indian|european|francaise?|anglaise?|` +
        String.raw`americaine?|allemande?|espagnole?|italienne?|europeenne?|indienne?))\b`,
    ),
  ],
  [
    "name",
    new RegExp(
      String.raw`\b(what'?s (his|her) (full |first |last )?name|what is (his|her) (full |first |last )?name|` +
        String.raw`(his|her) (full |first |last )?name\?|` +
        // (Not « la boîte où il bosse, elle s'appelle comment ? », « l'UE qu'il enseigne, elle s'appelle… »: a
        // thing's name.)
        String.raw`(?<!\b(?:boite|entreprise|societe|ecole|universite|ue|formation|cours|module|matiere|client|` +
        String.raw`plateforme|outil|projet|mission|groupe|banque|mutuelle|employeur)\b[^?]{0,60})` +
        String.raw`((il|elle) s(?:'| )?appelle|s(?:'| )?appelle[- ]t[- ](il|elle))|` +
        // « comment s'appelle le candidat ? », "what is the candidate's name?", "name of the candidate?"
        String.raw`comment s'appelle (le|la|ce|cette) (candidat|candidate|consultant|consultante)\b(?! (qui|de|d'))|` +
        String.raw`(the )?(candidate|consultant)'?s (full |first |last )?name|` +
        String.raw`\bname of (the|this) (candidate|consultant)\b(?! (who|that|he))|` +
        String.raw`(son|quel est son) (nom|prenom)( de famille)?\b(?!\s*(de|du|des)\b|\s*d'))`,
    ),
  ],
  [
    "wishes",
    new RegExp(
      String.raw`\b(is (he|she) (open|willing) to|` +
        String.raw`would (he|she) (be )?(open|willing|ok|okay|interested)|` +
        String.raw`(is|was) (he|she) interested in (a|an|this|the|our|my)|` +
        // « il est à l'écoute du marché ? », "is he on the market?", "open to offers?": whether he is looking.
        String.raw`(a|en) l'ecoute (du marche|des opportunites)|` +
        String.raw`(is|was) (he|she) (on the (job )?market|open to offers)|` +
        String.raw`^(and |so )?on the (job )?market\s*[?!.]*$|` +
        String.raw`open to (new )?(offers|opportunities)|en (recherche|veille) (active|passive)|` +
        // "…we have a mission in Lyon, is he interested?", « ça l'intéresse ? »: his wish, asked alone.
        String.raw`(is|would) (he|she) (be )?interested\s*[?!.]*$|(ca|cela) (l'|pourrait l')interesse\w*|` +
        String.raw`(serait|est)[- ](il|elle) interesse|(il|elle) (serait|est) interesse|` +
        String.raw`would (he|she) (accept|consider|want)|` +
        String.raw`(does|do) (he|she) (want|wish) (to|a|an)|is (he|she) (currently )?(looking|searching) for|` +
        String.raw`(est[- ](il|elle)|(il|elle) (est|serait)|serait[- ](il|elle)) (ouverte?|` +
        String.raw`partante?|ok|d'accord) (a|pour|par)|` +
        String.raw`(accepterait|voudrait|souhaite|souhaiterait|cherche|recherche)[- ]t?[- ]?(il|elle)|` +
        // « Seriez-vous ouvert à un CDI ? », "would you be open to…": the same, asked of him as "you".
        String.raw`((seriez|etes)[- ]vous|vous (seriez|etes)) (ouverte?s?|partante?s?|interessee?s?|ok|d'accord)\b|` +
        String.raw`(accepteriez|voudriez|souhaitez|souhaiteriez|cherchez|recherchez)[- ]vous|` +
        String.raw`(are|would) you (be )?(open|willing|interested) (to|in|by) (a |an |the |our |this |my )?` +
        String.raw`(cdi|cdd|permanent|freelance|contract|role|position|job|mission|relocat\w*|remote|offer|` +
        String.raw`opportunit\w*|move|moving|join\w*)\b|would you accept\b|` +
        String.raw`(il|elle) (accepterait|voudrait|souhaite|souhaiterait)|` +
        // "does he accept a CDI or only freelance?", "would he go back to a permanent contract?"
        // ("does he prefer Python or Scala?" is read as a skill question: both are in the profile; "does he take
        // on architecture decisions?" too: only a kind of job or contract after the verb is a wish.)
        String.raw`(does|do|will|would) (he|she) (accept|consider|take on|take|prefer) ([\w-]+ ){0,3}?(cdi|cdd|` +
        String.raw`permanent|freelance|contracts?|jobs?|roles?|positions?|missions?|offers?|relocation|relocating|` +
        String.raw`remote|full[- ]time|part[- ]time|new clients?|contract types?)|` +
        String.raw`(which|what) (contract|kind of contract|type of contract|contract type) ` +
        String.raw`(does|would) (he|she) prefer|` +
        String.raw`would (he|she) (go back|return|move|switch|relocate)\b|` +
        // « il passerait en CDI ? », « il repasserait freelance ? »: the same, in French.
        String.raw`(il|elle) (passerait|repasserait|reviendrait|irait|retournerait) (en |au |a |vers )?(un )?` +
        String.raw`(cdi|salariat|freelance|interne)|` +
        // "would he go perm?", "could he go permanent again?", "would she go freelance?": a contract he would take.
        String.raw`(would|could|will|might) (he|she) (ever )?go (back )?(to )?(perm|permanent|cdi|salaried|in-?house|` +
        String.raw`freelance|contract|contracting|independent)|` +
        String.raw`accepte[- ]t[- ](il|elle) (un|une|les|le|la|du|des)|prefere[- ]t[- ](il|elle) (le|la|un|une|les)|` +
        String.raw`(il|elle) (accepte|accepterait|prefere|prefererait|cherche|recherche|vise|veut) ([\w'-]+ ){0,2}?` +
        String.raw`(cdi|cdd|freelance|contrats?|missions?|postes?|offres?|job|boulot|emploi))\b`,
    ),
  ],
  [
    "motives",
    new RegExp(
      String.raw`\b(why (did|does|would|has) (he|she) (go|gone|become|became|turn|turned|switch|switched|move|moved) ` +
        String.raw`(to )?(freelance|independent|contracting|self-employed)|why (freelance|independent)\b|` +
        String.raw`(pourquoi|pk|pq) (est[- ](il|elle)|(il|elle) est|(il|elle) a) (passe|devenu|devenue|choisi|opte)` +
        String.raw`( (en|pour le|le|pour))? (freelance|independant|independante|free)|pourquoi (le )?freelance)\b`,
    ),
  ],
  [
    "departure",
    new RegExp(
      String.raw`\b(why (did|does|would) (he|she) (leave|left|quit|stop|go away)|why (he|she) (left|quit)|` +
        String.raw`reasons? (for|of) (leaving|his departure|(his|her) departure)|` +
        String.raw`(was|were|has|have) (he|she) (been )?(fired|let go|laid off|dismissed|sacked)|` +
        String.raw`(pourquoi|pk|pq) (il|elle|a[- ]t[- ](il|elle)) (a )?(quitte|parti)|` +
        String.raw`pourquoi (est[- ](il|elle)|(il|elle) est) parti|raisons? de son depart|` +
        // "why did he stay only 6 months at Pernod?", « pourquoi est-il resté seulement 6 mois ? »
        String.raw`why (did (he|she) stay|(he|she) stayed) (only|just|so little|so short)|` +
        String.raw`pourquoi (est[- ](il|elle)|(il|elle) est) reste (seulement|que|si peu|aussi peu)|` +
        // "why only 6 months?", « pourquoi seulement 6 mois chez Pernod ? »: why the role was so short.
        // (Not "why just one year of Scala?": a skill's time, which its roles give.)
        String.raw`(why|pourquoi|pk|pq) (only|just|seulement|que|juste) (\d+|one|two|six|un|une|deux|trois) ` +
        String.raw`(months?|years?|mois|ans?)\b(?! (of|de|d'|with|avec|in|en|on|sur)\b)|` +
        String.raw`(why|pourquoi) (so short|si court|aussi court)\b|` +
        // « il est parti pourquoi ? », « il a quitté MAIF pourquoi ? »: the question word last, as people talk.
        String.raw`(il|elle) (est parti|a quitte)\b[^?]{0,40}\bpourquoi|(he|she) left\b[^?]{0,40}\bwhy|` +
        String.raw`(a[- ]t[- ](il|elle)|(il|elle) a) (deja )?ete (licencie|vire|renvoye|remercie)|licenciements?|` +
        // "did he leave on good terms with MAIF?", « il est parti en bons termes ? »: how it ended.
        String.raw`(left|leave|leaving|part(i|ir)|quitte) [^?]{0,30}\b` +
        String.raw`(on (good|bad|bad-?ish) terms|en (bons|mauvais) termes)|` +
        String.raw`(on (good|bad) terms|en (bons|mauvais) termes) (with|avec) (his|her|ses|son|sa) ` +
        String.raw`(former|previous|ex|anciens?)\b)\b`,
    ),
  ],
  [
    "events",
    new RegExp(
      // "was he promoted at Decathlon?", « il a été promu ? », "did he resign?", « il a été chassé par AAA ? »
      // (Not « une promotion de 30 élèves », a class; nor "promotion data", a retailer's.)
      String.raw`\b(promoted|resign(ed|ing)?|resignation|` +
        String.raw`head-?hunted|poached|promue?|(eu|obtenu|eu une|obtenu une) promotions?(?! (d'|de |des )?` +
        String.raw`(eleves|etudiants|ingenieurs))|demissionn\w*|demission|(chasse|chassee|debauche|debauchee) par)\b`,
    ),
  ],
  [
    "manager",
    new RegExp(
      String.raw`\b((who|whom) (did|does) (he|she) report to|who was (his|her) (manager|boss)|` +
        String.raw`(his|her) (line manager|manager|boss|n\+1)(?=\s*[?!.]*$| (at|there|was|is)\b)|` +
        String.raw`a qui (il|elle) (reportait|rendait des comptes|rend des comptes|reporte)|` +
        String.raw`(son|sa) (manager|chef|n\+1|responsable hierarchique|superieur)(?=\s*[?!.]*$| (chez|la|etait)\b))`,
    ),
  ],
  [
    "references",
    new RegExp(
      // People to call, only: not "reference data", "references to Kafka in his CV", « ses références clients »
      // (his past clients, a portfolio the profile gives), nor « la prise de références, … » (what the asker does).
      String.raw`\b(references? (we|i) (can|could|may) (call|contact|ring|reach|speak to)|` +
        String.raw`references? to (call|contact)|` +
        String.raw`references? from (his |her )?(former|previous|past|old) (managers?|employers?|clients?|bosses|` +
        String.raw`colleagues)|reference checks?|referees?\b|` +
        // "does he have references?", « a-t-il des références ? »: asked alone.
        String.raw`^(does|has) (he|she) (have |got )?(any )?references\s*[?!.]*$|` +
        // "does he have a reference from Decathlon?", "any references from MAIF?": someone there to call.
        String.raw`\b(an?|any|some) references? (from|at) (his |her )?(\w+[- ]?){1,2}\s*[?!.]*$|` +
        String.raw`^(a[- ]t[- ](il|elle)|(il|elle) a) des references\s*[?!.]*$|` +
        // "Can I speak to a former manager?", « je peux contacter un de ses anciens managers ? »: people to call.
        String.raw`((can|could|may) (i|we) (also )?|(i|we)('d| would) like to |(i|we) want to |possible to )` +
        String.raw`(speak|talk|chat|get in touch|contact|call|reach|ring) ((to|with) )?` +
        String.raw`(a |one of |any of )?(his |her )?` +
        String.raw`(former|previous|past|old|ex-?)\s?` +
        String.raw`(managers?|bosses|boss|colleagues?|clients?|employers?|team ?leads?)\b|` +
        String.raw`(je peux|on peut|peut[- ]on|puis[- ]je|possible de|pourrait[- ]on|j'aimerais|je voudrais|` +
        // (Not « parler de ses anciens clients »: about them.)
        String.raw`on pourrait) ((parler|echanger) (a|avec)|contacter|joindre|appeler) ` +
        String.raw`(un |une |l'un |l'une )?(de )?(ses )?` +
        String.raw`(anciens?|anciennes?|ex)[- ]?(managers?|responsables?|collegues?|clients?|employeurs?|chefs?)\b|` +
        String.raw`(provide|give|share|send|get|line up) (us |me )?(\w+ )?(references|referees)\b` +
        String.raw`(?! (to|in|on|of|for)\b)|` +
        String.raw`references? (clients? )?(a|à) (contacter|appeler|joindre)|references? professionnelles|` +
        String.raw`references? (d'anciens|de ses anciens|d'ex)[- ]?(clients?|managers?|employeurs?|responsables?|` +
        String.raw`collegues?)\b[^?]{0,30}\b(appeler|contacter|joindre|qu'?on peut))`,
    ),
  ],
  [
    "document",
    new RegExp(
      String.raw`\b((send|share|forward|give|get) (me |us )?(his|her|the|a copy of (his|her|the)) ` +
        String.raw`(full |complete |whole |entire |latest |updated |original )?(cv|resume|pdf)` +
        String.raw`(?=\s*[?!.]*$| (please|pls|file|as|in (french|english|pdf)))|` +
        String.raw`(cv|resume) in (french|english)|(his|her|the) (cv|resume) (as a )?pdf|` +
        String.raw`download (his|her|the) (cv|resume)|` +
        String.raw`(envoie|envoyer|envoyez|transmettre|transmettez)[- ]?(moi|nous)? (son|le|ton|votre) cv( complet)?|` +
        String.raw`(son|le) cv en (anglais|francais|pdf))\b`,
    ),
  ],
  [
    "workload",
    new RegExp(
      String.raw`\b((is|est[- ]il|est[- ]elle|il est|elle est|works?|working|travaille|bosse)( he| she| il| elle)?` +
        String.raw`( (a|en))? (full[- ]time|part[- ]time|temps plein|temps partiel|plein temps|mi-temps)` +
        // ("a full-time teacher?": his teaching beside his other work, which the CV shows.)
        String.raw`(?! (teacher|lecturer|trainer|teaching|prof\w*|enseignant\w*|formateur\w*))|` +
        String.raw`(is|was) (it|that|this) (a )?(full|part)[- ]time|` +
        // "Is EPISEN a full-time job?": of one role, named.
        String.raw`(is|was) (?!teaching|lecturing|training)[\w-]+ (a )?(full|part)[- ]time ` +
        String.raw`(job|role|position|mission|gig|contract)|` +
        // "Is his Decathlon mission full time?", « sa mission est à temps plein ? »
        String.raw`(mission|role|job|contract|position|poste|contrat)s?\b[^?]{0,25}\b(full[- ]time|part[- ]time|` +
        String.raw`temps plein|temps partiel|plein temps|mi-temps)|` +
        // "full-time?", « CDI ou freelance, temps plein ? »: the word alone, asked.
        String.raw`(?<=^|, |and |et )(full[- ]time|part[- ]time|temps plein|temps partiel|plein temps|mi-temps)` +
        String.raw`(?=\s*\?)|` +
        // (Not "come in a few days a week": days at the office, not how much he works.)
        String.raw`(?<!come in (a few |a couple of |\w+ )?)(how many |combien de )?` +
        String.raw`(days|jours) (a|per|par) (week|semaine)|` +
        // "how many hours a week?", « combien d'heures par semaine ? »: his week (not the hours he teaches).
        String.raw`(?<!\b(teach\w*|cours|enseign\w*|lectur\w*|class\w*)\b[^?]{0,30})` +
        String.raw`(hours|heures) (a|per|par) (week|semaine)` +
        // (Nor of a place, "…at EPISEN?", nor of a thing, "…did the ingestion jobs run?".)
        String.raw`(?![^?]*\b(teach\w*|cours|enseign\w*|lectur\w*|class\w*|at|chez|a l|(did|do|does|were|was) ` +
        String.raw`(the|these|those|its|their|les|le|la)))|` +
        String.raw`\d ?(j|jours|days?|d) ?/ ?(sem|semaine|week|wk))\b`,
    ),
  ],
  [
    "company",
    new RegExp(
      String.raw`\b(sasu|eurl|sarl|micro[- ]?entrepr\w*|auto[- ]?entrepr\w*|umbrella company|` +
        // (« en portage », « portage salarial »; not « ce genre de portage » of code to Spark.)
        String.raw`portage salarial|(en|par|via|du|un|une societe de) portage(?! (de|du|des|d'|vers|en|sur))|` +
        // (Not « sa société actuelle »: his employer.)
        String.raw`limited company|own (company|ltd|limited)|(sa|son) propre (societe|structure)|` +
        String.raw`(sa|son) (structure|statut) juridique|` +
        String.raw`statut (juridique|de freelance)|forme juridique|legal (structure|entity|form)|` +
        // ("does he work through a consulting firm?", « passe-t-il par une ESN ? »: how he is placed, his to say.)
        String.raw`(through|via|with) an? (consulting|consultancy|staffing|recruitment) (firm|company|agency)|` +
        String.raw`(through|via) an? (esn|ssii|agency)|with an? (esn|ssii)|(passe|passe-t-il)[\w' -]{0,12} ` +
        String.raw`(par|via) une? (esn|ssii|societe de conseil|cabinet))\b`,
    ),
  ],
];

/**
 * « une infra sur site vers le cloud », "on-site servers": where systems run (on premises), not where he works.
 * A system named right before "on site", or "on site" moved away from.
 */
const HOSTED_ON_SITE = new RegExp(
  String.raw`\b(infra\w*|serveurs?|servers?|systemes?|systems?|si|plateformes?|platforms?|applications?|` +
    String.raw`heberge\w*|hosted|datacenters?|donnees|data|clusters?)\s+(\S+\s+){0,2}(sur site|on[- ]?site)\b|` +
    String.raw`\b(sur site|on[- ]?premises?)\s+(vers|->)\s|` +
    // "our legacy on-site data systems": a system said to be on site, the adjective first.
    String.raw`\b(on[- ]?site)\s+(\S+\s+)?(infra\w*|servers?|systems?|platforms?|applications?|datacenters?|` +
    String.raw`clusters?|databases?|storage|hardware|environments?|stack)\b`,
);

function hostedOnSite(folded: string): boolean {
  return HOSTED_ON_SITE.test(folded);
}

/** A city's name: looked for first, so that the sentences placing him in one are read only when one is named. */
const CITY = new RegExp(String.raw`(?<![\p{L}-])(${CITIES})(?![\p{L}-])`, "u");
const IN_CITY = new RegExp(
  // « il est sur Paris ? », "is he in Lille?": a city he would be in.
  String.raw`\b((is|est[- ]?) ?(he|she|il|elle)|(il|elle) est|(he|she) is) (based |located |basee? )?` +
    String.raw`(in|at|near|around|sur|a|en|dans|vers|pres de|du cote de) (${CITIES})(?=\s*[?!.]*$)|` +
    // « dispo pour une mission à Lyon ? », "a mission in Brussels": where the work would be.
    String.raw`\b(missions?|jobs?|postes?|roles?|contracts?|contrats?|poste base|based|onsite|on site|sur site) ` +
    String.raw`(a|au|in|at|sur|near|pres de) (${CITIES})(?![\p{L}-])`,
  "u",
);
const TOPIC_ORDER = TOPICS.map(([topic]) => topic);

/** The owner-only topic a question or an FAQ heading is about, or null. */
export function ownerTopicOf(text: string): OwnerTopic | null {
  return ownerTopicsOf(text)[0] ?? null;
}

/** The start of a role named: « date de début de sa mission chez Decathlon », "start date at EPISEN". */
const STARTED_AT = new RegExp(
  String.raw`\b(start date|date de (?:debut|demarrage)|(?:sa|son) (?:debut|demarrage))\b[^?]*?` +
    String.raw`\b(?:chez|at|with|a l'|a la|a) ?` +
    String.raw`(?!(?:the|la|le|les|plus|earliest|latest|soon|once|partir|compter|quand|when|asap)\b)[a-z][\w-]+|` +
    // "start date of his Decathlon mission?", "his EPISEN start date": a role's, not the next one's.
    String.raw`\bstart date (?:of|for) (?:his|her) (?!(?:next|new|future|upcoming|potential|possible|preferred|` +
    String.raw`expected|ideal|desired|likely|anticipated|proposed)\b)[a-z][\w-]* ?` +
    String.raw`(?:mission|job|role|contract|position|gig|stint|teaching)\b`,
);

/** Every owner-only topic a message asks about: "is he available? what's his rate?" asks two. */
export function ownerTopicsOf(text: string): OwnerTopic[] {
  const folded = foldText(text).replace(/’/g, "'");
  const topics = TOPICS.filter(([topic, re]) => re.test(folded) && !(topic === "remote" && hostedOnSite(folded)))
    .map(([topic]) => topic)
    // (« la date de début de sa mission chez Decathlon », "start date at EPISEN": a role's, which its dates say.)
    .filter((topic) => topic !== "availability" || !STARTED_AT.test(folded));
  if (!topics.includes("location") && CITY.test(folded) && IN_CITY.test(folded)) {
    topics.push("location");
    topics.sort((a, b) => TOPIC_ORDER.indexOf(a) - TOPIC_ORDER.indexOf(b));
  }
  if (topics.includes("location") || topics.includes("countries")) return topics;
  // "has he worked abroad?", « à l'étranger ? »: where, which the roles don't say (only where tables were).
  // (Not "teams abroad", « des équipes à l'étranger »: people he worked with, which the CV may say.)
  if ((ABROAD.test(folded) || ABROAD_ALONE.test(folded)) && !TEAMS_ABROAD.test(folded)) return [...topics, "countries"];
  if (!workedWhere(folded)) return topics;
  // "Does he live in France?" asks where he lives; "has he worked in India?", where he has worked.
  return [...topics, LIVES.test(WORKED_IN.exec(folded)?.[1] ?? "") ? "location" : "countries"];
}

/**
 * "Has he worked in India?", « il a vécu en Inde ? »: in which country he worked or lived, which this CV's roles
 * don't say (it names India only as where source tables were). The place right after the verb: "worked with
 * Spark in Germany" asks about Spark.
 */
const WORKED_IN = new RegExp(
  // (…or his jobs said to be there: "was every job in France?", "is all his experience in France?".)
  String.raw`\b(work|worked|working|works|live|lived|living|lives|been|travaille|bosse|vecu|habite|` +
    String.raw`(?:jobs?|roles?|positions?|missions?|experiences?|career|postes?|carriere)(?: (?:was|were|is|are|been|` +
    String.raw`etaient|etait|est|sont|a ete|ont ete))?)\s+` +
    String.raw`(in|from|a|au|aux|en|outside(?: of)?|out of|hors d[eu]|en dehors d[eu])\s+(.+)$`,
);
const LIVES = /^(live|lived|living|lives|vecu|habite)$/;
const ABROAD = new RegExp(
  String.raw`\b(work|worked|working|works|live|lived|living|been|experience|xp|travaille|bosse|vecu|habite|` +
    String.raw`missions?|jobs?|postes?|projects?|projets?)` +
    String.raw`( \w+){0,2} (abroad|overseas|in (a )?foreign countr(y|ies)|a l'etranger|hors de france|` +
    // "has he worked in other countries?", « dans d'autres pays ? »: where, as "abroad" asks it.
    String.raw`in (other|different|several|many|multiple) countries|dans (d'autres|plusieurs|differents) pays)\b`,
);
/** "abroad?", « mission à l'étranger ? »: asked alone. */
const ABROAD_ALONE =
  /^(and |et )?((missions?|jobs?|postes?|work|experience|xp) )?(abroad|overseas|a l'etranger)\s*\?*\s*$/;
const TEAMS_ABROAD = new RegExp(
  String.raw`\b(teams?|people|colleagues|clients|customers|users|equipes?|collegues|utilisateurs)( \w+)? ` +
    String.raw`(abroad|overseas|a l'etranger|in (other|different|several|many|multiple) countries|` +
    String.raw`dans (d'autres|plusieurs|differents) pays)\b`,
);
/** Everyday short names of countries that Intl's names don't give. */
const COUNTRY_SHORT = ["uk", "usa", "us", "uae"];
let countries: Set<string> | undefined;
/** Each country's names in both languages, by each of its names ("inde" → ["india", "inde"]). */
const namesOfCountry = new Map<string, string[]>();

/** Country names in English and French, folded, from the runtime's own region names (built once, ~30 ms). */
function countryNames(): Set<string> {
  if (countries) return countries;
  countries = new Set(COUNTRY_SHORT);
  const names = ["en", "fr"].map((l) => new Intl.DisplayNames([l], { type: "region" }));
  for (let a = 65; a < 91; a++)
    for (let b = 65; b < 91; b++) {
      const code = String.fromCharCode(a, b);
      const both = names.map((n) => n.of(code)).filter((name): name is string => !!name && name !== code);
      const folded = [...new Set(both.map(foldText))];
      for (const name of folded) {
        countries.add(name);
        namesOfCountry.set(name, folded);
      }
    }
  return countries;
}

/** The countries a text names, each as its names in both languages: "en Inde ?" → [["india", "inde"]]. */
export function countriesNamed(text: string): string[][] {
  countryNames();
  const words = foldText(text).match(/[\p{L}'-]+/gu) ?? [];
  const found: string[][] = [];
  for (let i = 0; i < words.length; i++)
    for (const n of [3, 2, 1]) {
      const names = namesOfCountry.get(words.slice(i, i + n).join(" "));
      if (names && !found.includes(names)) found.push(names);
    }
  return found;
}

/** A city's or a country's name, folded ("bruxelles", "nyc", "allemagne"): a place, not a thing asked. */
export function isPlaceName(folded: string): boolean {
  return CITY_ALONE.test(folded) || /^(nyc|sf|usa|uk|us)$/.test(folded) || isCountryName(folded);
}
const CITY_ALONE = new RegExp(String.raw`^(${CITIES})$`, "u");

/** True for a country's name in English or French, folded ("france", "royaume uni"). */
export function isCountryName(folded: string): boolean {
  return countryNames().has(folded);
}

/** Builds the country names ahead of the first "has he worked in …?" (~30 ms of that question otherwise). */
export function readCountryNames(): void {
  countryNames();
}

/** "teams in India", « des équipes en Inde », "clients in Germany": people he worked with, placed in a country. */
const PEOPLE_IN = new RegExp(
  String.raw`\b(teams?|people|colleagues|clients|customers|developers|engineers|stakeholders|offshore|equipes?|` +
    String.raw`collegues|developpeurs|ingenieurs)\s+(?:based |located |basees? |situees? )?` +
    String.raw`(in|from|en|au|aux|a)\s+(.+)$`,
);

function workedWhere(folded: string): boolean {
  const place = WORKED_IN.exec(folded)?.[3] ?? PEOPLE_IN.exec(folded)?.[3];
  if (!place) return false;
  const words = place.replace(/^(the|le|la|les|l')\s*/, "").match(/[\p{L}'-]+/gu) ?? [];
  // One to three words after the preposition: "India", "the United Kingdom", « l'Inde ».
  return [1, 2, 3].some((n) => countryNames().has(words.slice(0, n).join(" ")));
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
