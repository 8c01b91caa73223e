import type { Answer } from "./answer.js";
import { NOW_AND_HOW_LONG } from "../profile/profile-intents.js";
import { enumerated } from "../query/clean-message.js";
import { ownerTopicOf } from "../query/owner-topics.js";
import { foldText, literal } from "../text/normalize.js";

/** At most this many questions of one message are answered in turn; more are read as one. */
export const MAX_QUESTIONS = 5;

/**
 * « est-il », « connaît-il », « a-t-elle »: a French question puts its subject after the verb (written without
 * hyphens too: « est il », « a t il »).
 */
const INVERTED = String.raw`\p{L}+-(?:t-)?(?:il|elle)\b|(?:est|sait|peut|fait|a t|va t) (?:il|elle)\b`;

/** A word that opens a question: "what", "has", "is", « quel », « est-ce », « a-t-il »… */
export const OPENS_QUESTION = new RegExp(
  String.raw`^(?:and |et |also |aussi |then |puis |pis )?` +
    String.raw`(?:(?:in|with|on|at|for|under|by|sur|sous|par|avec|en|dans|chez|pour) ` +
    String.raw`(?=what|which|quel))?(?:où(?=\s|$)|(?:what|which|where|when|how|who|whom|why|` +
    // ("ever write into Unity Catalog from EMR?": the auxiliary left out.)
    String.raw`is|are|was|were|has|have|had|does|do|did|can|could|would|will|should|any|ever|` +
    String.raw`quel\w*|quand|combien|comment|pourquoi|qu'|que|qui|est-ce|a-t-il|a-t-elle|a t il|il|elle|` +
    String.raw`s'il|s'elle|` +
    // « c'était du dev ou plutôt de la formation ? », « c'est quoi sa stack ? »: a question of its own (asked with
    // its question mark: « C'est l'outil ETL du client. » tells).
    String.raw`(?:c'?(?:est|etait|était)|c (?:est|etait))(?=[^?]*\?\s*$)|` +
    String.raw`peut-il|sait-il|tell me|give me|list|whether|if(?= (?:he|she)\b))\b|${INVERTED})`,
  "iu",
);

/** "…encryption and what did he do at MAIF?": a second question joined to the first by "and". */
const JOINED_QUESTION = new RegExp(
  // "whether he knows Databricks, whether he has led a team?", « s'il maîtrise Terraform, s'il a encadré… »: a
  // second "whether" after a clause with its subject ("whether he…", "he knows…" once "could you tell me" is read;
  // not "share his Airflow exp, whether he has written DAGs", which says what to share).
  String.raw`(?<=(?:^|[\s'’])(?:whether|he|she|il|elle)\s[^?]*),\s*(?:(?:and|et)\s+)?` +
    String.raw`(?=(?:whether (?:he|she|the candidate)|s'(?:il|elle)|s’(?:il|elle))\s)|` +
    // "…le volume horaire, et me confirmer qu'il y aborde le ML ?", "…, and confirm whether he…": a second ask.
    String.raw`,?\s+(?:and|et)\s+(?:me\s+)?(?:confirmer|confirm|dire|indiquer|pr[ée]ciser|tell me|let me know)\s+` +
    String.raw`(?=(?:s'il|qu'il|qu'elle|whether|if)\b)|` +
    String.raw`,?\s+(?:and|et|also|aussi)\s+(?=(?:(?:in|with|on|at|for|under|by|sur|sous|par|avec|en|dans|chez|pour) ` +
    String.raw`(?:what|which|quel\w*)\b)|(?:what|which|where|when|how|who|why|whether|is|does|did|has|can|could|was|` +
    String.raw`est-ce|a-t-il|a-t-elle|quel\w*|quand|combien|comment|pourquoi|qu'|que|qui)\b|où(?=\s)|` +
    String.raw`s['’](?:il|elle)\s|${INVERTED}|` +
    // « …, et ça porte sur quoi ? », « et c'est quoi ? »: what it is about, asked last.
    String.raw`(?:ça|ca|cela|c'est)\s[^,?]{0,25}\bquoi\b|sur quels sujets\b)|` +
    // "…if he has used Airflow and also if he has done data governance and also his team size?": each "if".
    String.raw`,?\s+(?:and\s+)?also\s+(?=(?:if (?:he|she)|his|her)\s)|` +
    // « il a combien d'années d'expérience et il a bossé sur quels clouds ? »: a question word asked, then « et il… »,
    // a second clause with its own subject.
    String.raw`(?<=(?:^|[:!?.]\s*)[^,?]*\b(?:combien|quel\w*|quand|comment)\b[^,?]*)\s+et\s+(?=(?:il|elle)\s)|` +
    // "how many years of exp, has he used Kafka, and is he freelance?", « sa stack chez Decathlon, combien de
    // temps y est-il resté ? »: a question after a comma, its verb first.
    // (Only after a question of its own: not "As a senior engineer, has he mentored anyone?".)
    // ("When he was at Decathlon, did he use Kafka?": a setting, not a question.)
    // (The question word opening its clause: not "my client has Databricks, does he know it?".)
    String.raw`(?<=(?:^|[:!?.]\s*)(?:(?:hello|hi|bonjour|salut|ok|so),?\s+)?(?:how|what|which|who|is|has|does|did|` +
    String.raw`quel\w*|combien|a-t-il|` +
    String.raw`est-il)\b[^,?]*),\s+(?=(?:has|is|does|did|can|was|were|have|are) (?:he|she)\b|` +
    String.raw`(?:combien|quel\w*|quand)\s|a-t-(?:il|elle)\b|est-(?:il|elle)\b)`,
  "iu",
);
/**
 * « il connaît Docker, il accepte le full remote ? »: French's questions said as statements, one after another,
 * split only when one of them asks what only he can say (not « il a encadré 2 juniors, il les a formés ? », whose
 * second points back at the first).
 */
const STATEMENT_PAIR = /^((?:[^:?]*:\s*)?(?:il|elle)\s[^,?]*),\s+(?:(?:et|and)\s+)?((?:il|elle)\s+\p{L}[^?]*\??)$/iu;
function statementPair(s: string): string[] {
  // « il connaît Collibra, et il a fait de la data quality ? », « il a encadré des juniors et il a fait de l'agile ? »:
  // a second thing done, new (« de la … », not « il les a formés »), is a question of its own.
  const done = NEW_THING_DONE.exec(s.trim());
  // (Each asked as the whole was: « il est freelance ? », then « il connaît Snowflake ? ».)
  if (done) return [/\?\s*$/.test(done[2]!) ? `${done[1]!.replace(/[\s,]+$/, "")} ?` : done[1]!, done[2]!];
  const m = STATEMENT_PAIR.exec(s.trim());
  // (Not a premise then what it implies: « il a fait du Snowflake chez AAA-Data, il est certifié du coup ? ».)
  if (!m || /\bchez\b/iu.test(m[1]!)) return [s];
  const rest = m[2]!.split(/,\s+(?:(?:et|and)\s+)?(?=(?:il|elle)\s)/iu);
  return rest.some((x) => ownerTopicOf(foldText(x)) !== null) ? [m[1]!, ...rest] : [s];
}
const NEW_THING_DONE = new RegExp(
  String.raw`^((?:[^:?]*:\s*)?(?:il|elle)\s[^?]*?),?\s+et\s+((?:il|elle)\s+(?:(?:a|avait)\s+(?:d[ée]j[àa]\s+)?` +
    String.raw`(?:fait|utilis[ée]|touch[ée]|boss[ée]|travaill[ée]|pratiqu[ée]|mis en place|mont[ée])\s+` +
    String.raw`(?:du|de la|de l'|des|d')\s*|` +
    // (« il a combien d'années d'exp et il connaît Spark + Airflow ? »: a thing known, named; not « il connaît ça ».)
    String.raw`(?:conna[iî]t|ma[iî]trise|sait utiliser)\s+` +
    String.raw`(?!(?:bien\s+|aussi\s+)?(?:ça|ca|cela|le|la|les|l'|y)(?![\p{L}])))` +
    String.raw`\p{L}[^?]*\??)$`,
  "iu",
);

/** "which industries?", « quels secteurs ? »: a question word and the thing it asks for. */
const WHICH_THING = new RegExp(
  String.raw`^(?:which|what|quel|quels|quelle|quelles)\s+(?:industries|sectors?|secteurs?|companies|employers|` +
    String.raw`entreprises|employeurs|boites|clients|roles|postes|missions|technos?|technologies|tools|outils|` +
    String.raw`langages|languages|titles|titres)\b`,
  "iu",
);

/**
 * The questions of a message, in order: sentences ending with "?", and a question joined to another by
 * "and what…", "and is he…". A sentence that asks nothing on its own ("and Kafka?") stays with the
 * one before it, whose parts it adds to (see splitParts).
 */
export function questionsOf(text: string): string[] {
  const counted = countedItems(text);
  if (counted) return counted;
  // Numbered items are each a question, however few their words ("3. Which industries? 4. Biggest achievement?").
  // (Names listed, "1. Spark 2. Kafka", stay one question of several parts.)
  const items = enumerated(text).split(/(?<=[:?])\s+/);
  // ("1) Databricks? 2) Terraform? 3) Team lead experience?": each item its own question mark, each its own question.)
  // (As written, a "?" right after a word, before the next number: the numbering's reading ends each item with its
  // own " ?", and the engine's rewriting of a message's parts writes "1) … ? 2) … ?".)
  // (« … le temps ? 2/ ils avaient… ? »: a French question mark, spaced, before an item numbered with a slash.)
  const marked = /[^\s?]\?\s*(?:\d{1,2}[.)]|\(\d{1,2}\))/.test(text) || /[^\s?]\s\?\s+\d{1,2}\/\s/.test(text);
  // ("Three points: Delta tables yes/no? Incremental loads? …": questions announced, each its own.)
  const announced = ANNOUNCED.test(text);
  const numbered = announced || (enumerated(text) !== text && (marked || items.some((x) => OPENS_QUESTION.test(x))));
  const requests = new Set<string>();
  const ownerAsked = new Set<string>();
  const ownerAskedAfter = (s: string) => ownerSentenceApart(s, ownerAsked);
  const sentences = enumerated(text)
    .replace(HIS_AND_HIS, "$1 $2 $3? $1 $4 ")
    .split(/(?<=\?)\s+/)
    .map((s) => s.replace(MOREOVER, ""))
    .flatMap((s) => requestsOf(s, requests))
    .map((s) => clientWants(s, requests))
    .flatMap(participleChain)
    .flatMap(andWhy)
    // ("Is he still working with Decathlon or is he free now?": his role, then whether he is free, each asked.)
    .flatMap((s) => s.split(OR_FREE))
    .flatMap((s) => (NOW_AND_HOW_LONG.test(foldText(s)) ? [s] : s.split(JOINED_QUESTION)))
    .flatMap(statementPair)
    .flatMap(ownerAskedAfter)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  const out = joinedSentences(sentences, numbered, (x) => requests.has(x.trim()) || ownerAsked.has(x.trim()));
  const fragments = fragmentsAsked(text);
  if (out.length === 1 && fragments) return fragments;
  // ("We liked his Decathlon work. And his availability?": a first sentence that asks nothing, told before what only
  // he can say, is no question of its own.)
  if (out.length === 2 && ownerAsked.has(out[1]!.trim()) && !out[0]!.includes("?") && !OPENS_QUESTION.test(out[0]!))
    return [`${out[0]} ${out[1]}`].map(withoutClientsOwn);
  return out.map(withoutClientsOwn);
}

/** "…or is he free now?", « …ou il est dispo ? »: whether he is available, a question apart from the one before. */
const OR_FREE = new RegExp(
  String.raw`,?\s+(?:or|ou)\s+(?=(?:is (?:he|she)|est-(?:il|elle)|(?:il|elle) est)\s+(?:\w+\s+)?` +
    String.raw`(?:free|available|dispo\w*|libre)\b)`,
  "iu",
);

/** "When did he leave AAA-Data and why?", « Quand a-t-il quitté AAA-Data et pourquoi ? »: "why" asked last. */
const AND_WHY = /^(when|where|how|quand|où|ou|comment)\b(.*?)[\s,]+(?:and|et) (why|pourquoi)\s*\?\s*$/iu;

/** A question with "and why?" after it: the question, then why, asked of the same ("Why did he leave AAA-Data?"). */
function andWhy(s: string): string[] {
  const m = AND_WHY.exec(s.trim());
  if (!m) return [s];
  const why = /^p/i.test(m[3]!) ? "Pourquoi" : "Why";
  return [`${m[1]}${m[2]}?`, `${why}${m[2]}?`];
}

/**
 * The sentences of a message joined into its questions: a sentence that asks nothing of its own ("and Kafka?", a
 * remark) goes with the one before it; a numbered item, or one that opens a question, is a question of its own.
 */
/** "and the shortest?", « et la plus courte ? »: a superlative alone, after one asked. */
const OTHER_END =
  /^(and |et )?(the |le |la )?(longest|shortest|plus longue?|plus courte?|oldest|newest|earliest)\s*\?$/iu;

function joinedSentences(sentences: string[], numbered: boolean, asked: (s: string) => boolean): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    // « est-il dispo ? » is three words: the verb, its subject, what is asked.
    const words = s.split(/[\s-]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    // "…and which industries?" asks a thing of its own in two words; "and which ones?" asks on about the first.
    // ("…the longest? and the shortest?": the other end, a question of its own.)
    const short = words < 3 && !(words === 2 && WHICH_THING.test(s)) && !OTHER_END.test(s.trim());
    const opens =
      OPENS_QUESTION.test(s) ||
      OTHER_END.test(s.trim()) ||
      // ("…? Our client is a fintech. Kindly confirm if he has encrypted PII.": a request after what is told.)
      REQUEST_IN.test(s) ||
      THERE_IS_ASKED.test(s) ||
      WHAT_ABOUT_LAST.test(s) ||
      asked(s) ||
      ownerAskedApart(s, out.at(-1));
    // (Numbered, each item ends with "?": what follows the last, "Avec mes remerciements, Sandrine", stays with it;
    // a word alone, "thx!", is no part of it.)
    const item = numbered && (/\?\s*$/.test(s) || words < 2);
    if (out.length > 0 && !item && (short || !opens)) out[out.length - 1] += ` ${s}`;
    else out.push(s);
  }
  return out;
}

/**
 * « il a encadré des juniors ? et son anglais ça donne quoi ? »: what only he can say, asked with its own question
 * mark after a question of his work — a question of its own, not more parts of the one before.
 */
function ownerAskedApart(s: string, before: string | undefined): boolean {
  return (
    before !== undefined &&
    /\?\s*$/.test(s) &&
    ownerTopicOf(foldText(s)) !== null &&
    ownerTopicOf(foldText(before)) === null
  );
}

/** What a role or the profile has, asked in a word: "team size?", "stack?", « dates ? », "rate?". */
const FACET = new RegExp(
  String.raw`\b(team|equipe|size|taille|stack|tools?|outils|volumes?|volumetrie|results?|resultats?|dates?|` +
    String.raw`duration|duree|title|titre|role|poste|contract|contrat|rate|tjm|availability|dispo\w*|location|` +
    String.raw`languages?|langues?|salary|salaire|degree|diplome|` +
    // "Total exp? Current company? Notice period?": an HR form's lines.
    String.raw`exp|experience|xp|company|employer|employeur|entreprise|boite|notice|preavis|skills|competences|` +
    String.raw`education|certifications?|visa|remote|teletravail)\b`,
);

/**
 * "team size? stack? volumes? at decathlon": things asked in a word or two each, a question mark each, one of them
 * a facet of a role or of the profile, and no question beside them; each its own question, asked at the employer the
 * message ends on. Null otherwise (names alone, "spark? kafka?", are one question of several parts).
 */
function fragmentsAsked(text: string): string[] | null {
  const pieces = text.trim().split(/(?<=\?)\s+/);
  const setting = /^(?:at|chez)\s+[^?]{2,40}$/iu.test(pieces.at(-1) ?? "") ? pieces.pop()! : "";
  const words = (x: string) => x.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (pieces.length < 2 || pieces.some((x) => !/\?$/.test(x) || words(x) > 2 || OPENS_QUESTION.test(x))) return null;
  if (!pieces.some((x) => FACET.test(foldText(x)))) return null;
  return pieces.map((x) => (setting ? `${x.replace(/\s*\?$/, "")} ${setting}?` : x));
}

/**
 * "…scala or python? both ok for us. and his daily rate in SGD pls, need for budget approval": a sentence after
 * another, asking what only he can say (his rate), joined on with "and" (its question mark left out), or asked with
 * its mark after a sentence that asks too: a question of its own, noted in `asked`.
 */
function ownerSentenceApart(s: string, asked: Set<string>): string[] {
  for (const end of s.matchAll(/(?<=[\p{L}\p{N}][.!;])\s+(?=\p{L})/gu)) {
    const before = s.slice(0, end.index);
    const after = s.slice(end.index + end[0].length);
    // (Joined on, "and his rate", or asked, "…his rate?": not "HR needs his degree for the file.", why it is asked.)
    // (Or asked after a sentence that asks too: "I see a school on his CV. Did he study there?" is one question.)
    const joined = /^(?:and|also|plus|et|aussi)\b/iu.test(after);
    if (!joined && !(/\?\s*$/.test(after) && (before.includes("?") || OPENS_QUESTION.test(before)))) continue;
    if (ownerTopicOf(before) !== null || ownerTopicOf(after) === null) continue;
    asked.add(after.trim());
    return [before, after];
  }
  return [s];
}

/**
 * "what's his total experience and his Spark experience?", « quelle est son expérience totale et son niveau
 * d'anglais ? »: two things of his, asked with one "what's" — each asked of its own.
 */
const HIS_AND_HIS = new RegExp(
  String.raw`^(what'?s|what is|what are|quel(?:le)?s? (?:est|sont))\s+(his|her|son|sa|ses)\s+([^?,]{2,60}?)\s+` +
    // (Not with a role or a time after both: "what is his role and his stack at AAA-Data?" asks both there.)
    String.raw`(?:and|et)\s+(his|her|son|sa|ses)\s+(?=[^?]*\?\s*$)` +
    String.raw`(?![^?]*\b(?:at|chez|in|en|during|pendant|for|pour)\s)`,
  "iu",
);

/** « ça porte sur quoi ? », « c'est quoi ? »: what it is about, its question word last. */
const WHAT_ABOUT_LAST = /^(?:ça|ca|cela|c'est)\s[^,?]{0,25}\bquoi\s*\?|^sur quels sujets\b/iu;

/** "Three points:", « Trois questions : », "2 things:": the questions that follow announced, each its own. */
const ANNOUNCED = new RegExp(
  String.raw`\b(?:two|three|four|five|deux|trois|quatre|cinq|[2-5])\s+(?:small |quick |short |petites? )?` +
    String.raw`(?:points|questions|things|ones|choses|items|sujets|trucs|qs|qns|q's)(?:[, ][^:?]{0,30})?\s*:`,
  "iu",
);

/** How many questions "three points:", « deux questions : » announce. */
const COUNT_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
};

/**
 * « trois points : l'envergure de la plateforme chez Decathlon, la taille de l'école où il enseigne, et s'il a évolué
 * dans le luxe ? »: as many things as announced, listed with commas and one question mark — each its own question.
 */
function countedItems(text: string): string[] | null {
  const m = ANNOUNCED.exec(text);
  if (!m) return null;
  const word = /\b(two|three|four|five|deux|trois|quatre|cinq|[2-5])\b/iu.exec(m[0])?.[1]?.toLowerCase() ?? "";
  const count = COUNT_WORDS[word] ?? Number(word);
  const rest = text.slice(m.index + m[0].length).trim();
  if (!count || rest.replace(/\?\s*$/u, "").includes("?") || /\d[.)]\s/u.test(rest)) return null;
  const items = rest
    .replace(/\?\s*$/u, "")
    .split(/\s*[,;]\s+(?:(?:et|and)\s+)?|\s+(?:et|and)\s+(?=s'(?:il|elle)\b|si\b|whether\b|if\b)/iu)
    .filter((x) => /\p{L}/u.test(x));
  // (Each a question's worth of words: not « Deux questions : chez Decathlon, … », a setting, then what is asked.)
  const asks = (x: string) => x.split(/\s+/).length >= 3 && !/^(chez|at|in|à|a|pour|for|en|dans)\s/iu.test(x);
  return items.length === count && items.every(asks) ? items.map((x) => `${x}?`) : null;
}

/** Whether the message announces its questions: "3 things pls: …", « Trois questions : … ». */
export function announcesQuestions(text: string): boolean {
  return ANNOUNCED.test(text);
}

/** "has he …", « a-t-il (déjà) … »: a question whose verb is a participle, said once for several. */
const PERFECT_ASKED = new RegExp(
  String.raw`(?:^|[\s:,;])((?:has|have) (?:he|she)|a[- ]t[- ](?:il|elle)|(?:il|elle) a|est[- ]ce qu['’](?:il|elle) a)` +
    String.raw`\s+(?:(?:ever|already|deja|déjà|aussi|also)\s+)?(?=\p{L})`,
  "iu",
);
/** A participle opening a clause: "deployed", "built", « assuré », « travaillé », « mis », « conçu ». */
const PARTICIPLE =
  /^(?:\p{L}+(?:ed|é|ée|és)|built|done|made|led|run|written|taught|set|mis|fait|conçu|concu|suivi|pris|écrit|ecrit)$/iu;
/** Nouns that end like a French participle: « sécurité », « qualité », « activité ». */
const NOT_PARTICIPLE = /it[ée]s?$/iu;

/**
 * « a-t-il déjà fait passer des prototypes en production, assuré le suivi du drift, et travaillé avec TensorFlow ? »,
 * "has he built X, deployed Y and run Z?": each participle after a comma is a question of its own, its "has he" said
 * again. Unchanged when no such clause follows.
 */
function participleChain(sentence: string): string[] {
  const asked = PERFECT_ASKED.exec(sentence);
  if (!asked) return [sentence];
  const head = asked[1]!;
  const start = asked.index + asked[0].length;
  const pieces = sentence.slice(start).split(/,\s*(?:(?:and|et)\s+)?(?=\p{L}+\s)/u);
  const verb = (piece: string) => piece.split(/\s+/)[0]!;
  const clause = (piece: string) =>
    PARTICIPLE.test(verb(piece)) && !NOT_PARTICIPLE.test(verb(piece)) && piece.split(/\s+/).length >= 3;
  // ("has he designed, built and maintained pipelines?": verbs sharing one object, no question each.)
  const first = pieces[0]!.split(/\s+/).length >= 3;
  if (pieces.length < 2 || !first || !pieces.slice(1).every(clause)) return [sentence];
  const ask = /^(?:has|have)\b/i.test(head) ? "?" : " ?";
  const mark = (piece: string) => (/\?\s*$/.test(piece) ? piece : `${piece.trim()}${ask}`);
  return [
    mark(sentence.slice(0, start) + pieces[0]!),
    ...pieces.slice(1).map((p) => mark(`${head[0]!.toUpperCase()}${head.slice(1)} ${p}`)),
  ];
}

/** The words of a request: "please", "could you", "I need", « merci de », « pourriez-vous »… */
const REQUEST_WORDS =
  String.raw`(?:i|we) (?:also |would also |would )?(?:need|require|want)|i'?d (?:also )?like|please|kindly|` +
  String.raw`could you|can you|would you|merci de|pourriez[- ]vous|pouvez[- ]vous|peux[- ]tu|pourrais[- ]tu|` +
  String.raw`j'aurais (?:aussi |[ée]galement )?besoin|je voudrais|il me faut`;
/** A sentence asking for something without a question mark: "…I need his history…", "Please also flag…". */
const ASKS_FOR = new RegExp(String.raw`(?<![\p{L}'])(?:${REQUEST_WORDS})(?![\p{L}])`, "iu");
/** A verb that asks, opening a sentence: "Tell me…", "List…", « Précisez… », « Donnez-moi… ». */
const IMPERATIVE =
  String.raw`tell|list|send|share|provide|give|flag|confirm|describe|explain|indicate|outline|let me know|` +
  String.raw`pr[ée]cisez|indiquez|donnez|envoyez|listez|d[ée]crivez|confirmez|dites|pr[ée]cise|indique|donne|dis`;
/** A sentence opening with a request: "Please also flag…", "Also, tell me…", « Merci de préciser… ». */
const OPENS_REQUEST = new RegExp(
  String.raw`^(?:(?:and|also|et|aussi),? )?(?:${REQUEST_WORDS}|${IMPERATIVE})(?![\p{L}])`,
  "iu",
);

/** A sentence opening with a request, first or after one told: "…a fintech. Kindly confirm if he…". */
const REQUEST_IN = new RegExp(
  String.raw`(?:^|[.!]\s+)(?:(?:and|also|et|aussi),? )?(?:please|kindly|could you|can you|would you|merci de|` +
    String.raw`pourriez[- ]vous|pouvez[- ]vous|peux[- ]tu|pourrais[- ]tu|${IMPERATIVE})(?![\p{L}])`,
  "iu",
);
const ALSO_FIRST = /^(?:and |et )?(?:also|aussi),?\s+/i;
const ALSO_OPENS = /^(?:and )?also\b/i;
/** « et ya de la dataviz aussi ou pas », « y a du Kafka ? »: asked (not « ya du ML sur son CV donc je pense oui »). */
const THERE_IS_ASKED = /^(?:et )(?:ya|y a|y'a)\b|^(?:ya|y a|y'a)\b.*(?:\?|\bou pas)\s*$/i;
const POINTS_BACK = /\b(it|that|this|those|these|them|there|ça|ca|cela|y)\b/i;

/**
 * "I need his employment history in order. Please also flag any overlaps.": two requests, each its own question,
 * though neither ends with "?" (kept in `requests`); any other sentence stays with the one before it.
 */
function requestsOf(sentence: string, requests: Set<string>): string[] {
  const pieces = sentence.split(/(?<=[.!])\s+(?=\p{Lu})/u);
  const out: string[] = [];
  // (…or a question written as one, its "?" left out: "Has he done any scoring work. Has he insurance exp?")
  const asks = (x: string) => ASKS_FOR.test(x) || OPENS_REQUEST.test(x) || OPENS_QUESTION.test(x);
  for (const piece of pieces) {
    const last = out.at(-1);
    // ("Also tell me…": the request itself, its "also" asking nothing more.)
    // ("Kindly give a brief summary. What are his strengths?", "Tell me if he led a team. Also JD line: …": a
    // question or an "also" after a request is one more.)
    // (Not one pointing back at the request's thing: "Describe his platform work. Was it used by many teams?")
    const asked = /\?\s*$/.test(piece) && OPENS_QUESTION.test(piece) && !POINTS_BACK.test(piece);
    const more = OPENS_REQUEST.test(piece) || asked || ALSO_OPENS.test(piece);
    if (last !== undefined && asks(last) && more) out.push(piece.replace(ALSO_FIRST, ""));
    else if (last !== undefined) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  }
  if (out.length > 1) for (const request of out) requests.add(request.trim());
  return out;
}

/** "Par ailleurs, …", "Also, …", « De plus, … »: a word that moves on, before the next question. */
const MOREOVER = new RegExp(
  String.raw`^(?:par ailleurs|de plus|en outre|enfin|ensuite|d'autre part|autre (?:chose|question)|` +
    String.raw`also|and also|aussi|additionally|moreover|furthermore|besides|finally|lastly|secondly|` +
    String.raw`another thing|one more thing)\s*[,:]\s*`,
  "iu",
);

/** "The client asks also for a SAFe certificate.", « Le client exige aussi Terraform. »: a requirement told. */
const CLIENT_WANTS = new RegExp(
  String.raw`^(?:(?:and|also|et|aussi),? )?(?:the|our|my|le|notre|mon|ma|la) (?:end )?(?:client|customer|cliente)` +
    String.raw`(?: also| aussi| [ée]galement)? (?:asks|is asking|requires|wants|needs|expects|demands|would like|` +
    String.raw`demande|exige|veut|souhaite|attend|voudrait|cherche)(?: also| aussi| [ée]galement)?(?: for)? ` +
    // (Not "…wants someone for model monitoring": whom they want, which the question before asks about.)
    String.raw`(?!(?:someone|somebody|a person|a profile|qqn|quelqu'un|une personne|un profil)(?![\p{L}]))` +
    String.raw`((?:(?:a|an|some|un|une|des|du|de la|de l')\s*)?[^.!?]{2,60}?)\s*[.!]?$`,
  "iu",
);

/**
 * "Does he work with Scrum? The client asks also for a SAFe certificate.": the client's requirement told after the
 * questions is one more question ("a SAFe certificate?", kept in `requests`), not a sentence lost after the last.
 */
function clientWants(sentence: string, requests: Set<string>): string {
  const m = CLIENT_WANTS.exec(sentence.trim());
  // (What names a thing, "a SAFe certificate", not "a quick reply", « votre retour rapidement ».)
  if (!m || !/\p{Lu}|certif/u.test(m[1]!)) return sentence;
  const asked = `${m[1]!.trim()} ?`;
  requests.add(asked);
  return asked;
}

/** What the asker's client or team uses: « Notre client … utilise Databricks », "Our client uses Spark daily". */
const CLIENTS_OWN = new RegExp(
  String.raw`^(?:notre|mon|le|our|my|the) (?:client|cliente|customer|team|equipe|équipe)\b|` +
    String.raw`^(?:l'(?:é|e)quipe|we|nous|ils|they)\b`,
  "iu",
);

/**
 * "Our client uses Databricks daily. Does he have Databricks experience?": the sentences before the question that
 * tell the asker's own setting, when the question names a thing of its own; "…uses Kafka. Does he know it?" keeps
 * them (the question leans on them).
 */
function withoutClientsOwn(question: string): string {
  const sentences = question.split(/(?<=[.!])\s+(?=\p{Lu})/u);
  if (sentences.length < 2) return question;
  const last = sentences[sentences.length - 1]!;
  const setting = sentences.slice(0, -1);
  const named = /\s\p{Lu}[\p{L}-]+/u.test(last.replace(/^\S+\s+/, " "));
  if (!named || !setting.every((s) => CLIENTS_OWN.test(s) && !s.includes("?"))) return question;
  return last;
}

/**
 * Answers to the questions of one message, as one reply: each answer's lines in turn, the later ones'
 * quotes numbered after the earlier ones'; a passage quoted twice keeps its first number, its quote shown
 * once. Answered when one of them is; "partial" when some are and some aren't.
 */
export function mergedAnswers(question: string, answers: Answer[]): Answer {
  const lines: string[] = [];
  const citations: Answer["citations"] = [];
  const parts: NonNullable<Answer["parts"]> = [];
  for (const a of answers) {
    // This answer's quote numbers → the reply's.
    const number = a.citations.map((c) => {
      const seen = citations.findIndex((x) => x.id === c.id);
      if (seen >= 0) return { n: seen + 1, again: true };
      citations.push(c);
      return { n: citations.length, again: false };
    });
    const renumber = (n: string) => number[Number(n) - 1]?.n ?? Number(n);
    // (Quotes already shown for a question before: not shown again; an answer left with none of its own points at
    // them from its last line.)
    const shown: number[] = [];
    let lead = -1;
    let own = 0;
    for (const line of a.answer.split("\n")) {
      const quote = /^\[(\d+)\] /.exec(line);
      if (quote && number[Number(quote[1]) - 1]?.again) {
        shown.push(renumber(quote[1]!));
        continue;
      }
      const said = line.replace(/\[(\d+)\]/g, (_, n: string) => `[${renumber(n)}]`);
      // Two questions that come to one verdict ("doesn't mention 'HDS'") say it once.
      if (!quote && lines.includes(said)) continue;
      lines.push(said);
      if (quote) own += 1;
      else if (said.trim() !== "") lead = lines.length - 1;
    }
    const unseen = shown.filter((n) => lead < 0 || !lines[lead]!.includes(`[${n}]`));
    if (own === 0 && unseen.length > 0 && lead >= 0)
      lines[lead] = `${lines[lead]} ${unseen.map((n) => `[${n}]`).join("")}`;
    for (const p of a.parts ?? []) parts.push({ ...p, citations: p.citations.map((n) => renumber(String(n))) });
  }
  const first = answers.find((a) => a.answered) ?? answers[0]!;
  const corrections = answers.flatMap((a) => a.corrections ?? []);
  const notice = answers.find((a) => a.notice)?.notice;
  const answered = answers.some((a) => a.answered);
  const mixed = answered && answers.some((a) => !a.answered);
  return {
    question,
    answered,
    ...(mixed ? { verdict: "partial" as const } : {}),
    answer: lines.join("\n"),
    language: first.language,
    mode: answers.some((a) => a.mode === "llm") ? "llm" : "extractive",
    citations,
    ...(answered || !first.reason ? {} : { reason: first.reason }),
    ...(parts.length > 0 ? { parts } : {}),
    ...(corrections.length > 0 ? { corrections } : {}),
    ...(notice ? { notice } : {}),
  };
}

/** Pointing at a role it doesn't name: "…his assignment?", "what did he do there?", « combien de temps ? » */
const POINTS_AT_ROLE = new RegExp(
  String.raw`\b(there|la-bas|(his|her) (assignment|role|mission|job|work|position|title|tasks|responsibilities|` +
    String.raw`time there)|(sa|son|ses) (mission|missions|role|poste|travail|intitule|taches)|` +
    String.raw`what (did|was) (he|she) (do|doing)|how long|combien de temps|qu'?(il|elle) (y )?(a fait|faisait))\b`,
);

/** The asker telling what the CV shows: "The CV mentions…", "I see he worked at…", « je vois sur son CV… ». */
const SAW_IN_CV =
  /\b(cv|resume|résumé|profile|profil)\b|\bi (see|saw|noticed|note|read)\b|\b(je vois|j'ai vu|je lis)\b/iu;
/** "…now?", « …actuellement ? »: asked of now. */
const ASKED_NOW = /\b(now|currently|today|these days|actuellement|maintenant|aujourd'hui|en ce moment)\b/;

/**
 * "The CV mentions Pernod Ricard; they make drinks. Could you elaborate on his assignment?": sentences telling
 * what the asker saw, naming one employer, then a question pointing at a role without naming one: that question,
 * of that employer. Null otherwise (a question naming its own subject is read with its sentences, as before).
 */
export function questionOfContext(text: string, employers: string[], language: "en" | "fr"): string | null {
  const sentences = text.trim().split(/(?<=[.!?;])\s+/);
  if (sentences.length < 2) return null;
  const last = sentences.at(-1)!;
  const before = sentences.slice(0, -1).join(" ");
  if (!last.endsWith("?") || before.includes("?") || ASKS_FOR.test(before) || !SAW_IN_CV.test(before)) return null;
  // ("Our last hire came from MAIF. What is his role now?": asked of now, whatever was named before.)
  if (ASKED_NOW.test(foldText(last))) return null;
  const names = (e: string) => new RegExp(String.raw`(?<![\p{L}])${literal(e)}(?![\p{L}])`, "iu");
  const named = employers.filter((e) => names(e).test(before));
  if (named.length !== 1 || employers.some((e) => names(e).test(last))) return null;
  if (!POINTS_AT_ROLE.test(foldText(last))) return null;
  return `${last.replace(/[\s?]+$/, "")} ${language === "fr" ? "chez" : "at"} ${named[0]} ?`;
}
