import type { QuestionPart } from "../query/understand.js";
import { everyRoleAsked } from "./role-scope.js";
import { leftBehind } from "../profile/left-behind.js";
import type { RetrievedPassage } from "../retrieval/hybrid-retriever.js";
import { foldText, wordTokens } from "../text/normalize.js";
import { numberOf } from "../text/numbers.js";
import { stemWord } from "../text/stem.js";
import { volumeHandled } from "./measures.js";

/** Words that deny what follows them: "with no service interruption", « sans interruption de service ». */
const NEGATORS = new Set(["no", "not", "without", "never", "zero", "non", "sans", "aucun", "aucune", "jamais", "pas"]);
/** What the asker rules out: "business cannot have any downtime", "can't afford an outage". */
const RULED_OUT =
  /\b(?:cannot|can'?t|can not|must ?not|mustn'?t|won'?t|will not) (?:have|afford|tolerate|accept|allow)(?: any)?\b/gi;
/** Asked of what happened: "did the migration interrupt…?", "was there…?", « y a-t-il eu… ? ». */
const HAPPENED = new RegExp(
  String.raw`^(?:and |so |et |alors )?(?:did|was there|were there|has there been|have there been|` +
    String.raw`y a[- ]t[- ]il eu|il y a eu|est[- ]ce qu'il y a eu)\b`,
);
/** How far before a word its negator may stand: "with no service interruption". */
const REACH = 3;

/**
 * Whether `text` denies the word it holds: true when every time it holds the word a negator stands just
 * before it, false when it holds it once at least undenied, null when it doesn't hold it.
 */
function denies(text: string, stems: readonly string[], named = true): boolean | null {
  const tokens = wordTokens(text);
  // (Only a word that names a thing is set aside so: not "directly", "did he work directly with business teams?".)
  const ruledOut = named ? setAside(tokens) : new Set<number>();
  let held = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!stems.includes(stemWord(token, "en")) && !stems.includes(stemWord(token, "fr"))) continue;
    held = true;
    if (!ruledOut.has(i) && !tokens.slice(Math.max(0, i - REACH), i).some((t) => NEGATORS.has(t))) return false;
  }
  return held ? true : null;
}

/** "…rather than parquet", "instead of processing the data directly on S3": the words a choice set aside. */
const SET_ASIDE = [
  ["rather", "than"],
  ["instead", "of"],
  ["au", "lieu", "de"],
  ["au", "lieu", "d"],
  ["plutot", "que"],
  ["plutot", "qu"],
  // (Asked so too: "did he move away from parquet?", which the passage setting it aside answers.)
  ["away", "from"],
];
/** Two things asked at once, or a move from one to the other. */
const ALTERNATIVES_ASKED =
  /\b(or|ou|and|et|vs|versus|from|switch\w*|moved?|moving|migrat\w*|replac\w*|remplac\w*|autre chose|anything else)\b/;
/** How many words after "instead of" it sets aside: "processing the data directly on S3". */
const ASIDE_REACH = 6;
/** Where what was set aside ends: "rather than parquet to avoid memory errors" (a purpose, or another clause). */
const ASIDE_ENDS = new Set(["to", "for", "pour", "afin", "in", "so", "and", "et", "by", "par", "avoid", "eviter"]);
function setAside(tokens: readonly string[]): Set<number> {
  const aside = new Set<number>();
  for (let i = 0; i < tokens.length; i++)
    for (const words of SET_ASIDE) {
      if (!words.every((w, k) => tokens[i + k] === w)) continue;
      const from = i + words.length;
      for (let k = from; k < Math.min(tokens.length, from + ASIDE_REACH) && !ASIDE_ENDS.has(tokens[k]!); k++)
        aside.add(k);
    }
  return aside;
}

/**
 * "Did the migration cause any service interruption?" against "…to Snowflake with no service interruption":
 * a telling word of the question that every quoted passage holding it denies, while the question doesn't
 * ("…without downtime?" asks what the passage says). Null when no word is denied so.
 */
export function deniedWord(
  part: QuestionPart,
  passages: readonly RetrievedPassage[],
  synonyms: (word: QuestionPart["words"][number]) => string[] = () => [],
): RetrievedPassage | null {
  const asked = foldText(part.text);
  for (const [i, w] of part.words.entries()) {
    // (An everyday word too, asked of what happened: "did the migration interrupt the service?" against "with no
    // service interruption"; not "any experience with service interruptions?".)
    if (w.light || w.absent || w.key || w.employer || w.tech || (w.everyday && !HAPPENED.test(asked))) continue;
    if (denies(part.text.replace(RULED_OUT, " no "), w.stems) === true) continue;
    // "any downtime?" against "with no service interruption": the word, or what it means, denied.
    const forms = [...w.stems, ...synonyms(w)];
    // …about what else the question names ("the Snowflake migration"): not "any experience of interruptions?".
    // ("did he save the india tables in parquet?": two words of it, however everyday, as well as one telling word.)
    const others = (p: RetrievedPassage) => part.words.filter((o, k) => k !== i && p.matched[k] && !o.light);
    const alsoHolds = (p: RetrievedPassage) =>
      others(p).some((o) => o.key || o.tech || !o.everyday) || (others(p).length >= 2 && !w.everyday);
    const holding = passages.filter((p) => p.matched[i]);
    // (A choice or a move asked, "parquet or something else?", "from parquet to avro?", "parquet and avro?": what
    // the passage set aside answers it, no "no".)
    const aside = !w.everyday && !ALTERNATIVES_ASKED.test(asked);
    const verdicts = holding.map((p) => ({ p, denied: denies(p.chunk.text, forms, aside) }));
    const found = verdicts.filter((v) => v.denied !== null);
    // (An everyday word, in a line of his work only: a problem the role set out to solve, « …sans passage en
    // production », denies nothing he did.)
    const work = !w.everyday || found.every((v) => v.p.chunk.kind === "bullet");
    // (Or asked alone of what happened: "was there any downtime?" right after the migration, its subject.)
    const about = (p: RetrievedPassage) => alsoHolds(p) || HAPPENED.test(asked);
    if (found.length > 0 && work && found.every((v) => v.denied) && about(found[0]!.p)) return found[0]!.p;
  }
  return null;
}

/**
 * "Did he add a column for the encryption?" against "…without adding a column": the very act asked, a passage says
 * was not done (not when the question says "without" itself).
 */
export function doneWithout(question: string, passages: readonly RetrievedPassage[]): RetrievedPassage | null {
  const q = foldText(question);
  // (Not "did he avoid adding columns?", « sans », "never": the question says it wasn't done itself.)
  if (/\b(without|sans|avoid\w*|evit\w*|never|jamais|not|no|pas)\b|n't\b/.test(q)) return null;
  // (The verb and its object as asked, whole: "add a column", not "address column-level", « interagi ».)
  const lemma = (w: string) => w.replace(/(?:ing|ed|es|er|s|e)$/, "");
  const tokens = wordTokens(q);
  const done = ([, verb, thing]: RegExpMatchArray) =>
    tokens.some(
      (t, i) =>
        lemma(t) === lemma(verb!) &&
        // (Its object right after it, an article between at most: not "add encryption to columns".)
        [1, 2].some(
          (k) =>
            lemma(tokens[i + k] ?? "") === lemma(thing!) &&
            (k === 1 || /^(a|an|the|any|new|une?|la|le|les|de|des|d)$/.test(tokens[i + 1]!)) &&
            tokens[i + k + 1] !== "level",
        ),
    );
  // (And of what the line is about, asked too: "…for encryption", not "a column for the rejects".)
  const about = (text: string, [whole, verb, thing]: RegExpMatchArray) =>
    wordTokens(text.replace(whole!, " "))
      .filter((w) => w.length >= 5 && ![verb!, thing!].some((x) => x.slice(0, 5) === w.slice(0, 5)))
      .some((w) => new RegExp(String.raw`\b${w.slice(0, 5)}`).test(q));
  const WITHOUT = /\b(?:without|sans) (\p{L}{3,}) (?:(?:a|an|the|any|de|du|des|une?|la|le|les) |d')?(\p{L}{4,})/gu;
  return (
    passages.find((p) => {
      const text = foldText(p.chunk.text);
      return [...text.matchAll(WITHOUT)].some((m) => done(m) && about(text, m));
    }) ?? null
  );
}

/** Done by hand, asked: "did he write the DAGs by hand?", « il les écrivait à la main ? ». */
const BY_HAND = new RegExp(
  String.raw`\b(by hand|manually|hand[- ]?(coded|code|craft\w*)|a la main|manuellement|en manuel|` +
    // "were the DAGs hand-written?" (not "handwritten data", which the CV has).
    String.raw`hand[- ]?(written|write|writes|wrote)(?! (data|forms?|records|documents|files|notes|input|entries)))\b`,
);
/** Done by a program, as a passage says: "automatic generation of DAGs", « génération automatique ». */
const AUTOMATIC = /\b(automat(e|ed|es|ing|ion|ic|ically)|automatique\w*|automatis\w*|auto[- ]generat\w*)\b/;

const CHOICE = /\b(or|ou|rather than|instead of|plutot que|au lieu de|versus|vs)\b/;

/**
 * "Did he write the DAGs by hand?" against "Airflow: automatic generation of DAGs": the passage that holds what
 * the question asks about says it was done automatically. Null when no quoted passage does.
 */
export function oppositeManner(part: QuestionPart, passages: readonly RetrievedPassage[]): RetrievedPassage | null {
  const asked = foldText(part.text);
  // (Not "does he generate them or write them by hand?": a choice, which the passage itself answers.)
  if (!BY_HAND.test(asked) || AUTOMATIC.test(asked) || CHOICE.test(asked)) return null;
  const telling = (i: number) => !part.words[i]!.light;
  return (
    passages.find((p) => AUTOMATIC.test(foldText(p.chunk.text)) && p.matched.some((m, i) => m && telling(i))) ?? null
  );
}

/** What a passage did not do, after "instead of" / « au lieu de »: "…on HDFS instead of processing … on S3". */
const INSTEAD_OF = new RegExp(
  String.raw`\b(?:instead of|rather than|plutot que|plutot qu|au lieu de|au lieu d)` +
    String.raw`(?:[\s'’]+(?!(?:to|pour|afin|so|because|car|which|qui|that|avoid|eviter)\b)[^\s,.;:()]+){1,8}`,
  "g",
);
const WEIGHED = /\b(or|ou|vs|versus|instead|rather|plutot|lieu|not|pas)\b/;
/** Knowing a thing, not doing it: "does he know Parquet?" (he chose Avro over it, knowing both). */
const KNOWING = /\b(know|knows|knew|familiar|aware|heard|connai\w*|connu|maitris\w*|sait)\b/;

/**
 * "Did he process the data directly on S3?" against "…a temporary save on HDFS instead of processing the data
 * directly on S3", "did he store the JDBC tables in parquet?" against "…in .avro format rather than parquet": the
 * thing asked is what the passage says was not done. A name the question asks is written there only after
 * "instead of", every other name asked is in the passage, and either one of them is, or three of the question's
 * words are in the set-aside clause. Null when no quoted passage says so.
 */
export function doneInstead(
  part: QuestionPart,
  passages: readonly RetrievedPassage[],
  profileTexts: () => readonly string[],
): RetrievedPassage | null {
  if (WEIGHED.test(foldText(part.text)) || KNOWING.test(foldText(part.text))) return null;
  const holds = (text: string, w: QuestionPart["words"][number]) =>
    wordTokens(text).some((t) => w.stems.includes(stemWord(t, "en")) || w.stems.includes(stemWord(t, "fr")));
  const asked = part.words.filter((w) => !w.light && !w.employer && !w.absent);
  const named = asked.filter((w) => w.key || w.tech);
  for (const p of passages) {
    const text = foldText(p.chunk.text);
    const clause = (text.match(INSTEAD_OF) ?? []).join(" ");
    if (!clause) continue;
    const kept = text.replace(INSTEAD_OF, " ");
    // (Not asked with what was done instead, "Parquet and Avro?": the words just before "instead of".)
    const chosen = [...text.matchAll(INSTEAD_OF)].map((m) => wordTokens(text.slice(0, m.index)).slice(-3).join(" "));
    if (asked.some((w) => (w.key || w.tech) && !w.everyday && chosen.some((c) => holds(c, w)))) continue;
    // A name, or a telling word ("parquet"), written there only after "instead of".
    const aside = asked.filter((w) => (w.key || w.tech || !w.everyday) && holds(clause, w) && !holds(kept, w));
    if (aside.length === 0 || !named.every((w) => aside.includes(w) || holds(kept, w))) continue;
    const others = asked.filter((w) => !aside.includes(w));
    const inClause = others.filter((w) => holds(clause, w)).length;
    // (Not "has he used the parquet format?", « traitement de données sur S3 ? »: a name asked with what the passage
    // did instead, or what it says was not done nearly word for word.)
    const bound = inClause >= 3 || others.some((w) => (w.key || w.tech) && holds(kept, w));
    // …and said nowhere else in the profile, with what the clause holds of the question ("Has he used S3?": its
    // stack line; "processed data directly on S3": nowhere).
    const together = [...aside, ...others.filter((w) => holds(clause, w))];
    const elsewhere = () =>
      profileTexts().some((t) => {
        const said = foldText(t).replace(INSTEAD_OF, " ");
        return together.every((w) => holds(said, w));
      });
    if (bound && !elsewhere()) return p;
  }
  return null;
}

/** A claim a "yes" would make that the passages don't: see `unsaidClaim`. */
export type UnsaidClaim =
  | "alone"
  | "scratch"
  | "whole"
  | "founded"
  | "created"
  | "decided"
  | "led"
  | "figure"
  | "production"
  | "placeFigure"
  | "without"
  | "grew"
  | "harm"
  | "received"
  | "outcome";

/** A business gain claimed: "did he increase revenue?", "grow market share?", « augmenter le CA ? ». */
// (The thing grown right after the verb: not "increase the speed of the sales pipeline", « …, ça c'est sûr ».)
const GREW_ASKED = new RegExp(
  // (« doublé les ventes ? », "improve sales": a gain; "did sales go up?" after.)
  String.raw`\b(increas\w*|grow|grew|grown|growing|boost\w*|rais(e|ed|ing)|augment\w*|accroi\w*|accru|doubl\w*|` +
    String.raw`tripl\w*|improv\w*|amelior\w*)\b[^?,]{0,14}` +
    String.raw`\b(revenues?|sales(?! (force|teams?|offers?|data|pipelines?))|turnover|market share|profits?|` +
    String.raw`profitability|income|(le|son|du) ca|chiffre d'affaires|ventes|parts? de marche|benefices?|` +
    String.raw`rentabilite)\b|` +
    String.raw`\b(revenues?|sales|turnover|profits?|ventes|chiffre d'affaires) (go|went|gone|goes|going) up\b`,
);
/** Money made for them: "did he make MAIF money?", « il a fait gagner de l'argent à la MAIF ? ». */
const MONEY_MADE = new RegExp(
  // (Not "save money", "money-saving", costs brought down, nor how or by what.)
  String.raw`^(?!.*\b(how|comment|by selling|en vendant|save|saving|savings|saved|down|economi\w*|couts?|costs?|` +
    String.raw`teaching|enseign\w*)\b).*\b(?:(?:did|has|had) (?:he|she)|(?:il|elle) a|` +
    String.raw`a[- ]t[- ](?:il|elle)) (?:fait )?(gagn\w*|rapport(e|er|ait|ee)|earn\w*|make|made|making|bring in|` +
    String.raw`brought in|bring|brought|generat\w*)\b[^?,]{0,24}\b(money|cash|argent|fric|thune|revenues?|` +
    String.raw`chiffre d'affaires)\b`,
);
/** A gain said: "increase", "growth", « hausse », « croissance ». */
// ("double the speed of the ingestion?" against "from 13 h to 6 minutes": more than that.)
const GREW_SAID = new RegExp(
  String.raw`\b(increas\w*|grow\w*|grew|boost\w*|rais(e|ed|ing)|augment\w*|hausse|croissance|accroi\w*|doubled|` +
    String.raw`x2|(from|de) \d+ ?h)\b`,
);

/** Working without a thing: "has he worked without Scrum?", « il a déjà bossé sans méthode agile ? ». */
const WORKED_WITHOUT = /\b(work(ed|ing|s)?|been|travaille\w*|bosse\w*) (without|sans)\b/;

/** Done alone: "did he design the migration by himself?", « il l'a fait tout seul ? » (not "himself" alone). */
const ALONE = new RegExp(
  String.raw`\b(alone|by (himself|herself|themselves)|on (his|her|their) own(?! (initiative|idea|decision))|` +
    String.raw`single[- ]?handed\w*|solo|` +
    String.raw`tout seul|toute seule|a (lui|elle) seule?|par (lui|elle)[- ]meme|en solo)\b|` +
    // « a-t-il conçu seul… ? »: a participle, then « seul ».
    String.raw`\b\p{L}+(e|i|u|it|is)\s+seule?\b|` +
    // "he built the ML models himself, right?": what he made, then "himself".
    String.raw`\b(\p{L}+ed|built|wrote|written|made|did|do|done|build|write|make|ran|run)\s+(\S+\s+){0,8}?` +
    String.raw`(himself|herself)\s*([,?.!]|$|right|non\b)`,
  "u",
);
/** Built from nothing: "did he build it from scratch?", « de A à Z », « à partir de zéro ». */
const FROM_SCRATCH = new RegExp(
  String.raw`\b(from scratch|from the ground up|from zero|greenfield|de a a z|de zero|a partir de (zero|rien)|` +
    String.raw`from nothing|(d'une|une) page blanche|(d'une|une) feuille blanche|(a|from a) (blank page|clean slate|` +
    String.raw`blank slate))\b`,
);
/** All of it: "the whole migration", "everything", « tout le groupe », « l'ensemble de la plateforme ». */
const WHOLE = new RegExp(
  String.raw`\b(the (whole|entire)|everything|all of (the|it|his|its|their|[\w-]+'s)|end[- ]to[- ]end|` +
    // "move all processing", "encrypt all the data": all of what was done (not "all the logs in one place").
    String.raw`\b(mov|migrat|encrypt|convert|port|rewr[io]t|ingest|transfer|shift|deploy|ship)\w* all ` +
    String.raw`(the )?(?=[a-z])|` +
    // "did he put all the data science projects into production?" (not "all the logs in Datadog").
    String.raw`\bput all (the )?([\w-]+ ){0,4}(into|in|to) (production|prod)|` +
    String.raw`tout le|toute la|tous les|` +
    String.raw`toutes les|l'ensemble (de|des|du)|entierement|en entier|la totalite)\b` +
    // (Not "the whole night", « toute la nuit », « tous les jours »: how long or how often, not how much.)
    String.raw`(?! ([\w-]+ )?(night|day|days|week|weeks|month|year|time|nuit|journee|jour|jours|semaine|semaines|` +
    String.raw`mois|annee|` +
    String.raw`temps|monde)\b)`,
);
/** What says all of it ("Complete transition", « l'ensemble des composants »), against "part of the processing". */
const WHOLE_SAID = new RegExp(
  String.raw`\b(complete|completely|entire|whole|all|every|end[- ]to[- ]end|complete|complet\w*|totale?|` +
    String.raw`ensemble|tous|toutes|tout|bout en bout)\b`,
);
/** Founding an employer: "did he found AAA-Data?", « c'est lui le fondateur ? » (not "has he found a way…"). */
const FOUNDED = /\b((co-?)?found(ed)?|(co-?)?founders? of|fondateur de|fondatrice de|(co-?)?fonde)\b/;
/** "why / how / which … did he choose?": a question of the reason or the thing, not whose decision. */
const WH_ASKED = /^(why|how|which|what|pourquoi|comment|quel\w*|qu)\b|\bquoi\b/;

/** "did he found AAA-Data?", « fondateur de MAIF » — the employer named right after (not "found solutions"). */
function foundedEmployer(asked: string, roles: readonly string[]): boolean {
  const match = FOUNDED.exec(asked);
  if (!match) return false;
  const after = asked.slice(match.index + match[0].length).replace(/^\s*(of |de |d'|du |the |la |le |l')?/, "");
  return roles.some((r) => after.startsWith(foldText(r).replace(/^cv#/, "")));
}

/** Making a product: "did he create Autoloader?", « il a inventé Airflow ? », right before its name. */
const MADE =
  String.raw`(creat(e|ed)|invent(ed)?|author(ed)?|cree|invente|build|built|develop(ed)?|developpe|construit|` +
  String.raw`concu|design(ed)?)`;
/** What says he made it: "Creation of …", "created …", « Création de … », right before its name. */
const MAKING =
  String.raw`(creat\w*|invent\w*|author\w*|creation|cree|generat\w*|generation|development|` +
  String.raw`developpement)`;
/** Whose decision: "was it his decision to…?", « c'est lui qui a décidé ? ». */
const DECIDED = new RegExp(
  String.raw`\b((his|her|their) (own )?(decision|idea|call|choice|initiative)|the one who (decided|chose|picked|` +
    String.raw`initiated|proposed|made the call)|(did|was it) (he|she) (who )?` +
    String.raw`(decide|choose|chose|initiate|propose)\w*|(he|she) (decided|chose|initiated|proposed)|` +
    String.raw`(sa|son) (decision|idee|choix|initiative)|(lui|elle) qui (a )?(decide|choisi|initie|propose)\w*|` +
    String.raw`(a[- ]t[- ](il|elle)|(il|elle) a) (decide|choisi|initie|propose)\w*|` +
    // ("did he take architectural decisions at AAA-Data?", « a-t-il pris des décisions d'architecture ? »)
    String.raw`(take|took|taken|taking|make|made|making|pris|prend\w*) (the |any |some |des |les |de )?` +
    String.raw`((architectur\w*|technical|technique\w*|key|important\w*|design|strategic|strategique\w*) )?` +
    String.raw`(decisions?|choices?|choix)\b)\b`,
);
/** What says whose decision it was: "taking architectural decisions", "Proposals and implementation…". */
const DECIDING = /\b(decid\w*|decision\w*|choice|chose|choix|propos\w*|initiat\w*|recommend\w*|preconis\w*)\b/;

/** Leading a piece of work: "did he lead the Snowflake migration?", « c'est lui qui a piloté la migration ? ». */
const LED_ASKED = new RegExp(
  // (Not « il a piloté … ? » alone, nor "was he in charge of / responsible for…?": as often "did he do it?".)
  // (Not "was he led by…", "head out to India".)
  String.raw`\b((did|has|was) (he|she) (ever )?(lead|led|drive|drove|spearhead\w*|head|headed|` +
    String.raw`(take|took|taken) the lead)(?! (by|out|back|off|home|to|over|up|down)\b)|` +
    // "He led the EMR to Databricks migration, correct?": the claim said, to be confirmed.
    String.raw`(^|[,;:.!?] |so |and |i (heard|read|think|believe|understand) (that )?)(he|she) ` +
    String.raw`(has |had )?(led|drove|spearheaded|headed)(?! (to|for|back|home|off|out)\b)|` +
    String.raw`(a[- ]t[- ](il|elle)|(il|elle) a) (deja )?dirige|` +
    // …but responsible for all of it is leading it: "responsible for the whole migration?"
    String.raw`(responsible|in charge|accountable) (for|of) (the )?(whole|entire|complete)|` +
    String.raw`responsable (de|du) (toute la|tout le|l'ensemble)|` +
    String.raw`(c'est|was it) (lui|elle|him|her) qui (a )?(pilote|dirige|mene|porte|led|lead))\b`,
);
/** What says he led it: "Management of critical projects", "Technical supervision of…", « piloté ». */
const LEADING_SAID = new RegExp(
  String.raw`\b(led|leading|lead (?!to\b)|head of|headed|pilot\w*|dirig\w*|supervis\w*|responsab\w*|` +
    String.raw`encadr\w*|in charge|coordinat\w*|coordination|management of|gestion de|` +
    // "did he lead the training at Pernod Ricard?": he was its trainer.
    String.raw`trainer|formateur|lecturer|professeur|teach\w*|enseign\w*|train\w*|formation)\b`,
);

/**
 * The thing the question says he made: "did he create Autoloader?", "API dev?", « développement d'API ? » (the
 * making said as a noun), as its tokens; undefined when it says he made none of them.
 */
function madeAsked(
  asked: string,
  things: readonly (readonly string[])[],
  unlisted: ReadonlySet<string>,
): readonly string[] | undefined {
  // (The noun only of a thing no stack lists, "API dev?": "Python development" is developing in Python.)
  return things.find(
    (t) =>
      new RegExp(
        String.raw`\b${MADE} (the |a |an |le |la |l'|les |des |un |une )?${t.join(" ")}` +
          // ("…the user interface for the ingestion contracts?": what it was for, after it.)
          String.raw`(\s+(for|of|pour|de|du|des|in|at|chez|on)\s+[^?!.]*)?\s*([?!.]|$|(himself|from scratch))`,
      ).test(asked) ||
      (unlisted.has(t.join(" ")) &&
        new RegExp(
          String.raw`\b${t.join(" ")}s? (dev|development|building|creation|design)\s*([?!.]|$)|` +
            String.raw`\b(development|developpement|creation|conception) (of |d'|de |des )(the |les )?${t.join(" ")}`,
        ).test(asked)),
  );
}

/**
 * "Did he found AAA-Data?", "did he create Autoloader?", "…by himself?", "was it his decision?", "from 13
 * hours to 6 seconds?": what the question claims beyond what the passages holding its subject say.
 * Null when they say all of it.
 */
export function unsaidClaim(
  part: QuestionPart,
  passages: readonly RetrievedPassage[],
  techTokens: readonly (readonly string[])[],
): UnsaidClaim | null {
  const asked = foldText(withUnits(part.text));
  const said = passages.map((p) => foldText(withUnits(p.chunk.text)));
  // What the passages holding most of the question say ("taking architectural decisions" is of another bullet).
  // (The claim's own words aside: "his decision" is no subject a passage must hold.)
  const claimWord = (w: string) =>
    [
      DECIDING,
      ALONE,
      FOUNDED,
      /^(lead|led|leading|headed|pilot\w*|responsib\w*|responsable|scratch|whole|entire)$/,
    ].some((re) => re.test(w));
  const subject = part.words.map((w) => !w.light && !claimWord(w.word));
  const held = (p: RetrievedPassage) => p.matched.filter((m, i) => m && subject[i]).length;
  const most = Math.max(0, ...passages.map(held));
  const none = (re: RegExp) => passages.every((p) => held(p) < most || !re.test(foldText(p.chunk.text)));
  // (Not « seul ou en équipe ? », a choice, nor "did he work alone?", of no task: the roster answers them.)
  const task = part.words.some((w) => !w.light && !w.everyday && !w.employer && !claimWord(w.word));
  // ("has he worked without Scrum?", « a-t-il déjà travaillé sans Scrum ? »: the passages holding it say it was there.)
  if (WORKED_WITHOUT.test(asked)) return "without";
  if (RECEIVED.test(asked) && !WH_ASKED.test(asked) && none(RECEIVED_SAID)) return "received";
  // ("was he a junior at AAA-Data?": the juniors the line names are those he supervised.)
  if (JUNIOR_ASKED.test(asked) && !WH_ASKED.test(asked) && !none(/\bjuniors?\b/)) return "received";
  // (First: "did he build Autoloader himself?" claims he made a product he used, more than "alone".)
  if (createdClaim(part, asked, said, techTokens)) return "created";
  if (ALONE.test(asked) && task && !CHOICE.test(asked) && none(ALONE)) return "alone";
  if (FROM_SCRATCH.test(asked) && none(FROM_SCRATCH)) return "scratch";
  // (Not "in all of his missions": every role, which the roles found answer, see role-scope.)
  if (task && WHOLE.test(asked) && !CHOICE.test(asked) && !everyRoleAsked(asked) && none(WHOLE_SAID)) return "whole";
  if (foundedEmployer(asked, part.roles) && none(FOUNDED)) return "founded";
  // (Not "why did he choose Avro?": the reason, which the passages may give.)
  if (DECIDED.test(asked) && !WH_ASKED.test(asked) && none(DECIDING)) return "decided";
  if (LED_ASKED.test(asked) && !CHOICE.test(asked) && none(LEADING_SAID)) return "led";
  if ((GREW_ASKED.test(asked) || MONEY_MADE.test(asked)) && none(GREW_SAID)) return "grew";
  if (harmAsked(asked, techTokens, said) && none(HARM_SAID)) return "harm";
  if (openedAsked(asked, none)) return "harm";
  if (OUTCOME_ASKED.test(asked) && !WH_ASKED.test(asked) && none(OUTCOME_SAID)) return "outcome";
  return figuresDiffer(asked, said, new Set(techTokens.flat())) || usersUncounted(asked, said) ? "figure" : null;
}

/**
 * Undoing or harm, asked yes or no: "did he close MAIF branches?", "block data science projects?", « il a supprimé des
 * équipes ? », « fait perdre de l'argent ? » — which no passage holding the rest says (not "without losing data").
 */
const HARM =
  String.raw`clos(e|ed|es|ing|ure)|shut(s|ting)?( down)?|delet(e|ed|es|ing|ion)|remov(e|ed|es|ing|al)|` +
  String.raw`block(ed|s|ing)?|lose|loses|lost|losing|loss|break|breaks|broke|broken|breaking|fail(ed|s|ing|ure)?|` +
  String.raw`cancel(l?ed|l?ing|s)?|kill(ed|s|ing)?|fire|fired|firing|lay(ing)? off|laid off|sabotag\w*|` +
  String.raw`leak(ed|s|ing)?|` +
  String.raw`destroy(ed|s|ing)?|wast(e|ed|es|ing)|crash(ed|es|ing)?|abandon(ed|s|ing)?|downsiz\w*|dismantl\w*|` +
  String.raw`scrap(ped|s|ping)?|ferm(e|er|ee|es|ees|ait|aient|eture|etures)|supprim\w*|suppression|bloqu\w*|` +
  String.raw`perd\w*|perdu\w*|pertes?|cass(e|er|ee|es|ait)|annul\w*|detrui\w*|detruit\w*|virer|vire|renvoy\w*|` +
  String.raw`sabot\w*|fuite|fuites|abandonn\w*|gaspill\w*|plantage\w*|echou\w*|echecs?|demantel\w*`;
/** Done by him, asked: "did he close…", "has he ever lost…", « il a fait perdre… », « a-t-il supprimé… ». */
const HARM_ASKED = new RegExp(
  String.raw`\b(?:(?:did|has|had|was|would|could) (?:he|she)|(?:he|she)|a[- ]t[- ](?:il|elle)|` +
    String.raw`(?:il|elle) (?:a|avait|aurait))(?: (?:ever|already|actually|really|deja|jamais|vraiment|fait|been))*` +
    String.raw` (${HARM})\b((?:\s+[\p{L}\p{N}'-]+){0,3})`,
  "u",
);
/** The same, said ("Closure", « fermeture »): not "Close collaboration", an adjective, nor a "cancel and replace". */
const HARM_SAID = new RegExp(String.raw`\b(?!close\b|cancel and replace|annule et remplace)(${HARM})\b`);
/** Harm denied or kept clear of, before it: "without losing data", « sans perte », "avoid breaking". */
const HARM_AVOIDED = new RegExp(
  String.raw`\b(without|no|never|not|avoid\w*|prevent\w*|sans|aucune?|jamais|pas|eviter|evite)\s+` +
    String.raw`(\S+\s+){0,2}(${HARM})\b`,
);
function harmAsked(asked: string, techTokens: readonly (readonly string[])[], said: string[]): boolean {
  const harm = HARM_ASKED.exec(asked);
  if (!harm || HARM_AVOIDED.test(asked) || WH_ASKED.test(asked)) return false;
  // (Not of a tool: "killing EMR for Databricks", « abandonné EMR » — leaving it, which other answers weigh; nor of
  // a trouble or a figure, "remove the bottleneck", « supprimé la dette technique », "kill the 13h batch"; nor of a
  // thing a line leaves behind, "shut down the on-premise system".)
  const after = ` ${(harm.at(-1) ?? "").trim()} `;
  const left = after.split(/\s+/).some((w) => w.length > 2 && said.some((text) => leftBehind(text, w)));
  return !techTokens.some((t) => after.includes(` ${t.join(" ")} `)) && !TROUBLE.test(after) && !left;
}

/**
 * Places or teams made new, asked yes or no: "did he open new MAIF branches?", "create new teams?", « a-t-il
 * ouvert des agences ? » — which no passage holding the rest says (not a project, which he may have built).
 */
const OPENED_ASKED = new RegExp(
  String.raw`\b(?:(?:did|has|had) (?:he|she)|a[- ]t[- ](?:il|elle)|(?:il|elle) a)(?: (?:ever|already|deja|jamais))* ` +
    String.raw`(?:open|opened|launch|launched|create|created|start|started|ouvert|lance|cree)\s+` +
    String.raw`(?:(?:new|any|some|the|his|des|de|d'|nouvelles?|nouveaux?|une?|les)\s*)*(?:[\p{L}-]+\s+)?` +
    String.raw`(branch|agenc|bar|store|shop|boutique|magasin|team|equipe|office|bureau|market|marche|` +
    String.raw`compan|entreprise|startup|restaurant|points? (?:of sale|de vente))(?:s|es|ies|y)?\b(?!['’])`,
  "u",
);
/** Whether such a thing made new is asked, and no passage holding the rest says it was ("opening of branches"). */
function openedAsked(asked: string, none: (re: RegExp) => boolean): boolean {
  const thing = OPENED_ASKED.exec(asked)?.[1];
  return (
    !!thing && none(new RegExp(String.raw`\b(open|ouv|launch|lanc|creat|found|fond)\w*\s+(\S+\s+){0,3}?${thing}`, "u"))
  );
}

/**
 * How a piece of work turned out, asked yes or no: "was the Lakehouse migration successful?", "did the POC succeed?",
 * "did the migration secure AAA-Data's market position?", « la migration a-t-elle réussi ? » — a goal or the work
 * itself is no result.
 */
const OUTCOME_ASKED = new RegExp(
  // (Not « il a réussi à accélérer… », "managed to"; nor "work out of notebooks", « faire aboutir leurs travaux ».)
  String.raw`\b((?<!\b(?:he|she|il|elle) (?:a |an )?)successful(?!ly| in| (data|engineer|consultant|freelance\w*|` +
    String.raw`professional|teacher|lecturer|candidate))|a success|succeed(ed|s)?(?! (in|to))|` +
    String.raw`conclusive|concluant\w*|` +
    String.raw`pa(y|id) off|go(ne)? well|went well|` +
    String.raw`reussi\w*(?! a )|(un |une )?(succes|reussite)|(a|ont|a[- ]t[- ](il|elle)) abouti|porte ses fruits|` +
    String.raw`(secure|secured|keep|kept|save|saved|protect(ed)?) (the |its |their |aaa-data'?s? )?(market )?` +
    String.raw`(position|monopoly|licen[cs]e|market share)|` +
    String.raw`(securise|garde|conserve|sauve|protege)\w* (la |sa |son |le )?` +
    String.raw`(position|monopole|licence|part de marche))\b`,
);
/** The same, said: "successfully", « avec succès », "secured", "complete… with no service interruption". */
const OUTCOME_SAID = new RegExp(
  String.raw`\b(success\w*|succes|reussi\w*|achieved|secured|securise\w*|abouti\w*|complete|` +
    String.raw`no service interruption|sans interruption|reduction|reduced|reduit\w*|effective|effective|effectif|` +
    String.raw`upskilling|montee en competences|robust|robustes?|easier|facilitation|` +
    String.raw`\d+ (?:teams|branches|agences|h\b))\b`,
);

/** A trouble to be rid of, or a figure: "the bottleneck", "the gap", « la dette technique », "the 13h batch". */
const TROUBLE = new RegExp(
  String.raw`\b(bottlenecks?|gaps?|debt|dette|duplicates?|doublons?|errors?|erreurs?|bugs?|issues?|problems?|` +
    String.raw`problemes?|latenc\w*|silos?|bad|mauvais\w*|rejects?|legacy|frictions?|delays?|retards?|` +
    String.raw`costs?|couts?|manual|manuel\w*|risks?|risques?|noise|bruit|barriers?|barrieres?|blockers?|` +
    String.raw`obstacles?|pain points?|waste|gaspillage|\d+\s*h|\d+[- ]hours?)\b`,
);

/**
 * Taught, trained or led, where he does it: "was he mentored at AAA-Data?", "a student at EPISEN?", "did he receive
 * training at Pernod?", "did the juniors supervise him?", « a-t-il été formé chez Pernod ? ».
 */
const RECEIVED = new RegExp(
  String.raw`\b(?:(?:(?:was|were|is) (?:he|she) (?:ever |already |also )*|` +
    String.raw`(?:has|had) (?:he|she) (?:ever |already |also )*been )` +
    String.raw`(?:mentored|coached|trained|taught|tutored|onboarded|supervised|a student|a pupil|` +
    String.raw`an apprentice|an? (?:big data |data )?(?:student|trainee)|enrolled)|` +
    // ("did he receive training at Pernod?", "get daily mentoring from…": the thing itself, ending what is asked;
    // not "got any training experience?", "a training role?".)
    String.raw`(?:did|does|has|had) (?:he|she) (?:ever |also )?(?:receive|get|got|attend|follow|attended|followed|` +
    String.raw`received|gotten) (?:any |a |the |some |his |formal )?(?:[\p{L}-]+ ){0,2}?` +
    String.raw`(?:training|mentoring|coaching|courses?|class(?:es)?|lessons?|tutoring|supervision)` +
    String.raw`(?=\s*(?:[?.!,]|$|(?:at|from|in|during|by|chez|when)\b))|` +
    // ("did he have a mentor at AAA-Data?", « a-t-il eu un mentor ? »: one above him; not "a mentor role".)
    String.raw`(?:(?:did|does|has|had) (?:he|she) (?:ever )?(?:have|had|get|got) (?:a|any|an) (?:mentor|coach|tutor|` +
    String.raw`manager|boss|supervisor)|(?:a[- ]t[- ](?:il|elle)|(?:il|elle) a) (?:eu )?(?:un|une|des) ` +
    String.raw`(?:mentor|coach|tuteur|manager|chef|superieur))s?\b(?!\s+(?:roles?|positions?|jobs?|missions?|` +
    String.raw`responsibilit\w*|duties|skills?|experience|postes?|fonctions?|experiences?))|` +
    String.raw`(?:supervis|mentor|coach|train|teach|taught)\w* (?:him|her)` +
    String.raw`(?=\s*(?:[?.!,]|$|(?:at|in|during|when|chez)\b))|` +
    String.raw`(?:a[- ]t[- ](?:il|elle) ete|(?:il|elle) a ete|(?:il|elle) etait|etait[- ](?:il|elle)) ` +
    String.raw`(?:forme|formee|encadre|encadree|coache|mentore|supervise|etudiant|etudiante|eleve|stagiaire)|` +
    String.raw`(?:a[- ]t[- ](?:il|elle)|(?:il|elle) a) (?:deja )?(?:suivi|recu|assiste a) ` +
    String.raw`(?:une |des |la |le |les |du |un )?(?:[\p{L}-]+ )?(?:formations?|cours|mentorat|coaching|encadrement)` +
    String.raw`(?=\s*(?:[?.!,]|$|(?:chez|a|au|par|pendant)\b))|` +
    String.raw`l'(?:ont|a|avaient|avait) (?:forme|encadre|coache|mentore))\b`,
  "u",
);
/** Himself a junior, asked: "was he a junior at AAA-Data?", "did he start as a junior?", « était-il junior ? ». */
const JUNIOR_ASKED = new RegExp(
  String.raw`\b(?:(?:was|were|is) (?:he|she) (?:ever |also )*(?:a|one of the) juniors?|` +
    String.raw`(?:start|started|begin|began) (?:out )?as (?:a )?junior|` +
    String.raw`(?:etait[- ](?:il|elle)|(?:il|elle) etait|(?:il|elle) a ete|a[- ]t[- ](?:il|elle) ete) ` +
    String.raw`(?:un |une |l'un des |parmi les )?(?:data engineers? )?juniors?|` +
    String.raw`(?:commence|debute)\w* (?:comme|en tant que|en) junior)\b`,
);
/** Said of him as taught or led: "trained by", « formé par » (no such line, so far). */
const RECEIVED_SAID =
  /\b(trained by|taught by|mentored by|coached by|supervised by|forme par|encadre par|suivi une formation)\b/;

/** "did he create Autoloader?", "has he built APIs?": a thing the passages show him using, claimed made. */
function createdClaim(
  part: QuestionPart,
  asked: string,
  said: string[],
  techTokens: readonly (readonly string[])[],
): boolean {
  // …or a thing the question names that no stack lists: "has he built APIs?" against "scraping through an API".
  // (Only one a passage shows used, after "through", "via", "with"…: not "a POC", "ETL processes" he made.)
  // (A word of no name, "interface", only after "through", "via": « paramétré via l'interface utilisateur ».)
  const usedThrough = (w: string, strict = false) => {
    const by = strict ? "through|via|using|par" : "through|via|using|with|avec|par|from|depuis|on|sur|in|dans";
    return said.some((t) => new RegExp(String.raw`\b(${by}) (the |le |la |l')?(\w+ ){0,2}${w}`).test(t));
  };
  const named = part.words.filter(
    (w) =>
      !w.tech &&
      !w.employer &&
      /^[a-z]{2,12}s?$/.test(w.word) &&
      (w.key
        ? usedThrough(w.word.replace(/s$/, ""))
        : !w.light && !w.everyday && usedThrough(w.word.replace(/s$/, ""), true)),
  );
  // (With the word beside it as asked: "a user interface", « une interface utilisateur », through which he worked.)
  const tokens = asked.split(/[^\p{L}\p{N}]+/u);
  const phrases = named.flatMap((w) => {
    const i = tokens.indexOf(w.word);
    return [
      [w.word],
      ...(i > 0 ? [[tokens[i - 1]!, w.word]] : []),
      ...(i >= 0 && tokens[i + 1] ? [[w.word, tokens[i + 1]!]] : []),
    ];
  });
  const made = madeAsked(asked, [...techTokens, ...phrases], new Set(phrases.map((t) => t.join(" "))));
  // ("automatic generation of DAGs", « génération automatique des DAGs »: a word may stand between.)
  // …the name ending what was made: "Development of Spark data-cleaning pipelines" made pipelines, not Spark.
  const making =
    made &&
    new RegExp(
      String.raw`\b${MAKING} (\w+ )?(of |de |des |du |d')?(the |la |le |les |l')?${made.join(" ")}s?\b` +
        String.raw`(?!\s+(?!(and|et|with|avec|by|par|for|pour|in|en|on|sur|to|from|de|des|du)\b)[\p{L}])`,
      "u",
    );
  return Boolean(made && making && said.every((t) => !making.test(t)));
}

/** People a platform serves or a role counts: "users", « utilisateurs », "customers", "members". */
const PEOPLE_COUNTED =
  /^(users?|utilisateurs?|customers?|clients?|employees?|members?|membres?|subscribers?|abonnes?)$/;
/** A vague count: "thousands of users", « des milliers d'utilisateurs ». */
const VAGUE_COUNT = /\b(hundreds|thousands|millions|dozens|centaines|milliers|dizaines) (?:of |d'|de |des )?(\p{L}+)/gu;

/**
 * "a platform used by 5000 users?", "by thousands of users?": a count of people the question claims, of a kind no
 * quoted passage counts ("used by 160 teams" counts teams, not users); the same vague count said is no claim.
 */
function usersUncounted(asked: string, said: string[]): boolean {
  const exact = figuresOf(asked).filter((c) => PEOPLE_COUNTED.test(c.next) || PEOPLE_COUNTED.test(`${c.next}s`));
  const vague = [...asked.matchAll(VAGUE_COUNT)].filter((m) => PEOPLE_COUNTED.test(m[2]!));
  if (exact.length === 0 && vague.length === 0) return false;
  const given = said.flatMap((t) => figuresOf(t));
  const counted = (noun: string) => given.some((g) => g.next === noun.replace(/s$/, ""));
  return (
    exact.some((c) => !counted(c.next)) ||
    vague.some((m) => !counted(m[2]!) && !said.some((t) => t.includes(`${m[1]} of ${m[2]}`) || t.includes(m[0])))
  );
}

/** « 400 To », « 2 Go », « 1 Po »: French units, read before folding makes « To » the word "to". */
function withUnits(text: string): string {
  return (
    text
      // « 2 000 », "2,000": one figure.
      .replace(/(\d)[ \u00a0\u202f,](\d{3})(?!\d)/g, "$1$2")
      .replace(/(\d)\s*(To|Go|Po)\b/g, (_m, d: string, u: string) => `${d} ${u[0]}B`)
  );
}

/** Units of time and size the CV writes figures with: "13 h", "6 minutes", "400 TB". */
const UNIT_CLASS: [RegExp, string][] = [
  [/^(h|hrs?|hours?|heures?)$/, "hour"],
  [/^(min|mins|minutes?|mn)$/, "minute"],
  [/^(s|secs?|seconds?|secondes?)$/, "second"],
  // (Not "daily", « quotidien »: how often, not how long.)
  [/^(days?|jours?)$/, "day"],
  // (Not « To »: folded, it is "to".)
  [/^(tb|terabytes?|teraoctets?)$/, "tb"],
  [/^(gb|go|gigabytes?|gigaoctets?)$/, "gb"],
  [/^(pb|po|petabytes?|petaoctets?)$/, "pb"],
];
/** Spans a question may put around a claim ("in 5 years", "over 3 months"): not figures of the work. */
const SPAN = /^(years?|yrs?|ans?|annees?|months?|mois|weeks?|semaines?)$/;

/** A team's roster line: "Team: 3 Data Engineers, 1 PO…", « Équipe : … ». */
const ROSTER = /^(team|equipe)\s*:/;

/** A figure of a text, the unit after it, and whether it is a floor ("100+ teams", "more than 100"). */
interface Figure {
  n: number;
  unit: string | null;
  atLeast: boolean;
  /** "under 10 minutes", « moins de 10 minutes », "10 or less": a ceiling. */
  atMost?: boolean;
  /** The word after it, a plural's "s" off: what it counts ("teams", "tech leads"). */
  next: string;
}

/** Words that make the figure after them a floor: "more than 100", « plus de 100 ». */
const AT_LEAST_BEFORE = new Set(["than", "over", "least", "above", "de", "moins", "minimum", "min", "mini"]);

/** Each figure of a text with the unit after it: "13 h to 6 minutes" → [13, hour], [6, minute]. */
function figuresOf(text: string, names: ReadonlySet<string> = new Set()): Figure[] {
  const tokens = wordTokens(text);
  const found: Figure[] = [];
  const floors = new Set([...text.matchAll(/(\d+)\s*\+/g)].map((x) => x[1]));
  for (const [i, token] of tokens.entries()) {
    // "13h", « 2To »: a figure and its unit in one token.
    const glued = /^(\d+)(h|min|mn|s|tb|gb|pb)$/.exec(token);
    const t = glued ? glued[1]! : token;
    const n = numberOf(t);
    // A year, or a version after a name ("Python 3", "Spark 3"): no figure of the work.
    if (n === undefined || (n >= 1900 && n <= 2100) || names.has(tokens[i - 1] ?? "")) continue;
    const next = glued ? glued[2]! : (tokens[i + 1] ?? "");
    if (SPAN.test(next)) continue;
    const before = tokens[i - 1] ?? "";
    // « de » is a floor after « plus » only ("plus de 100"), not in "de 13h à 6 minutes".
    // ("100 TB or more", « 100 To ou plus »: a floor said after.)
    const orMore =
      /^(or|ou|and|et)$/.test(tokens[i + 2] ?? "") && /^(more|above|plus|over|higher)$/.test(tokens[i + 3] ?? "");
    // ("less than 10", "fewer than 3": a ceiling, not a floor.)
    const floor =
      (AT_LEAST_BEFORE.has(before) &&
        (before !== "de" || tokens[i - 2] === "plus") &&
        !(before === "than" && /^(less|fewer)$/.test(tokens[i - 2] ?? ""))) ||
      orMore;
    const unit = UNIT_CLASS.find(([re]) => re.test(next))?.[1] ?? null;
    const atMost = ceilingBefore(before, tokens[i - 2] ?? "");
    found.push({ n, unit, atLeast: floors.has(t) || floor, atMost, next: next.replace(/s$/, "") });
  }
  return found;
}

/** "under 10", "less than 10", « moins de 10 », « au plus 10 »: the words before a ceiling. */
function ceilingBefore(before: string, twoBefore: string): boolean {
  return (
    /^(under|below)$/.test(before) ||
    (before === "than" && /^(less|fewer)$/.test(twoBefore)) ||
    (before === "de" && twoBefore === "moins") ||
    (before === "plus" && twoBefore === "au")
  );
}

/**
 * A figure the question claims that no passage holds ("a team of ten", "500 TB"), or holds with another unit
 * ("6 seconds" against "6 minutes"), while the passages do give figures of their own.
 */
function figuresDiffer(asked: string, said: string[], names: ReadonlySet<string>): boolean {
  const claimed = figuresOf(asked, names);
  const given = said.flatMap((t) => figuresOf(t));
  // "Team: 3 Data Engineers, 1 Front-end, 1 PO, 1 Tech Lead" counts 6 people in all, too.
  for (const t of said.filter((x) => ROSTER.test(x)))
    given.push({ n: figuresOf(t).reduce((sum, f) => sum + f.n, 0), unit: null, atLeast: false, next: "" });
  if (claimed.length === 0 || given.length === 0) return false;
  // (A volume of data is a floor: "300 TB a day?" is handled by "400 TB daily", in the same unit.)
  const floor = (c: Figure) => c.atLeast || (c.unit !== null && /^(tb|gb|pb)$/.test(c.unit) && volumeHandled(asked));
  // ("more than 500 GB?" against ">2 TB": sizes of data weighed in one unit when the question bounds them.)
  const gb = (f: Figure) => f.n * (f.unit === "tb" ? 1e3 : f.unit === "pb" ? 1e6 : 1);
  const sizes = (c: Figure, g: Figure) =>
    (floor(c) || c.atMost) && family(c.unit) === "size" && family(g.unit) === "size";
  const same = (c: Figure, g: Figure) =>
    sizes(c, g)
      ? floor(c)
        ? gb(g) >= gb(c)
        : gb(g) <= gb(c)
      : (floor(c) ? g.n >= c.n : c.atMost ? g.n <= c.n : g.n === c.n) &&
        (c.unit === null || g.unit === null || g.unit === c.unit);
  // Only a figure the passages give of the same thing can differ: a unit, or the word counted ("2 tech leads"
  // against "1 Tech Lead"); not "a team of 7" against "160 teams" of users.
  const family = (unit: string | null) => (unit === null ? null : /^(tb|gb|pb)$/.test(unit) ? "size" : "time");
  const comparable = (c: Figure) =>
    (c.unit !== null && given.some((g) => family(g.unit) === family(c.unit))) ||
    (c.next.length > 2 && given.some((g) => g.next === c.next));
  return claimed.some((c) => comparable(c) && !given.some((g) => same(c, g)));
}
