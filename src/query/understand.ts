import type { Bm25Index } from "../index/bm25-index.js";
import type { Chunk } from "../knowledge/chunk.js";
import type { SearchIndex } from "../index/search-index.js";
import { detectLanguage } from "../text/detect-language.js";
import { foldText, literal, wordTokens } from "../text/normalize.js";
import { isContentWord, isOwnNotion, stemWord, type Language, type QueryWord } from "../text/stem.js";
import { QUESTION_INTENT, STOPWORDS } from "../text/stopwords.js";
import type { Thesaurus } from "../text/thesaurus.js";
import { acronymsOf } from "./acronyms.js";
import { cleanMessage, plainText, type ChatterKind } from "./clean-message.js";
import { isMaker, type Lexicon, nameAsWritten } from "../text/lexicon.js";
import { isArithmetic, isPlaceName, ownerTopicOf, type OwnerTopic } from "./owner-topics.js";
import { allowedSlips, closestWord, editDistance, isCompound, isDerived, nearDictionaryWord } from "./spelling.js";
import { buildVocabulary, type ProfileVocabulary, type Technology } from "./vocabulary.js";
import { describingWords, type RoleInfo } from "../profile/roles.js";
import type { Profile } from "../knowledge/profile-shape.js";

/** A content word of a question that the profile knows, perhaps after a spelling fix. */
export interface QuestionWord extends QueryWord {
  /** As the asker typed it. */
  original: string;
  /** Must be found in the passage that answers: a technology, an employer, a name or acronym. */
  key: boolean;
  /** One of the most frequent English words ("built", "put"): rarely what a question is about. */
  everyday: boolean;
  /** One of the very most frequent ("take", "get", « fait »): it weighs nothing in the evidence. */
  light?: boolean;
  /** Names an employer of the CV ("Decathlon"). */
  employer: boolean;
  /** Names a technology: a stack-line entry of the CV, or a known technology or brand. */
  tech: boolean;
  /**
   * A word the profile lacks that still says what is asked ("fraud" in "fraud detection models"): it
   * vetoes nothing alone, but evidence must hold the rest without it. English only, where word
   * frequencies tell everyday words ("much") from telling ones.
   */
  absent?: boolean;
  /**
   * The second of two words the CV writes only together, asked after the first ("science" of "data science"): a
   * passage holding the first word of the notion holds it only with this one too.
   */
  term?: true;
}

const CODES = /^(code|codes|coding|coder|codait|codé|program|programs|programming|programmer|programme|script\w*)$/;

/** Words that ask, whose slips are read as the word ("wich" → "which"); four letters or more. */
/** Words of a question pointing back at what its asker said of themselves: "did he work at one?", « ce secteur ». */
const POINTS_INTO = new RegExp(
  String.raw`\b(one|ones|it|them|such|same|there|` +
    String.raw`(that|this|the same|similar) (sector|industry|field|domain|kind|type|` +
    String.raw`role|company|business|area|space)|(ce|cette|le meme|la meme) (secteur|domaine|type|genre|poste|role|` +
    String.raw`entreprise|boite|milieu)|y|ca|la-dedans|dedans)\b`,
);
/** Words naming him, the candidate: a sentence holding one is about him, not the asker's side. */
const HIS_WORDS = /\b(he|he's|his|him|il|son|sa|ses|lui|candidate?|candidat|profile?|profil|cv)\b/;
/**
 * A question pointing at one thing said before: "has he used it?", « il l'a utilisé ? », « il la maîtrise ? » (not
 * "them", « ça », which may point at a list or at the whole story).
 */
const POINTS_AT_THING = new RegExp(
  // ("it" as what he uses: "has he used it?", "does he know it?"; not "is it ok if he starts in March?").
  String.raw`\b(?:(?:used|use|uses|using|know|knows|knew|worked with|work with|works with|touched|handled|mastered|` +
    String.raw`seen|tried|run|ran|operated|deployed|administered|done with|experience with|exp with) it|` +
    String.raw`(?:l'|le |la )(?:a|avait|utilis\p{L}*|connai\p{L}*|connu|maitris\p{L}*|pratiqu\p{L}*|touch\p{L}*|` +
    String.raw`vu|deja))\b`,
  "u",
);
/** "we're a bank.", "Our client is an insurance company.": the kind of business the asker's side is. */
const ASKERS_KIND = new RegExp(
  String.raw`^(?:we're|we are|i'm at|i am at|i work (?:at|for)|(?:our|my|the) client is|it's|it is)\s+` +
    String.raw`(an?\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s*[.!;…]?$`,
  "iu",
);
/**
 * A sentence of the asker's side: "our platform…", "we have…", « chez nous… », « notre équipe… », "I'm a recruiter
 * at…".
 */
const OUR_SIDE = new RegExp(
  String.raw`^\W*(?:\w+[,!]\s+)?(?:our|we|we're|we've|we'd|us|chez nous|nous|notre|nos|on a|on est|ici on|in our|` +
    String.raw`at our|dans notre|i'm|i am|je suis)\b`,
);
/** "has he used that?", « de le raccorder » : a question pointing at what was told before it. */
const POINTS_AT_TOLD =
  /\b(that|this|those|these|them|cela)\b|\b(de|pour|a|il|elle) (l'|le |la |les )\p{L}+(er|ir|re)\b/u;
/** A question asking of a kind just told: "that kind of migration", « ce genre de projet ». */
const KIND_POINTED = /\b((that|this|the same) (kind|type|sort) of|such an?|(ce|ces|cette) (genre|type)s? d[e'])/;
/** A verb of doing, whose object is a deed ("done it", « l'a fait »), not a thing used. */
/** "produced", "producing": a verb of making, which says nothing of what was made. */
const PRODUCING = /^(produce|produced|produces|producing)$/;
/** Words of grammar that begin no name: "one", "the", "a", « un », « le ». */
const GRAMMAR_FIRST = new RegExp(
  String.raw`^(one|two|a|an|the|this|that|these|those|my|his|her|our|your|their|any|some|each|every|another|` +
    String.raw`un|une|le|la|les|des|du|ce|cet|cette|ces|son|sa|ses|notre|nos|votre|vos)$`,
);
/** A French inflected form's ending, folded: « régulées », « régulés », « régulait », « régulant ». */
const FRENCH_INFLECTION = /(?:ees|ee|es|aient|ait|ant|s)$/;
const DONE = /\b(done|doing|(?:do|does|did) (?:it|that|this|so)|fait|faire|fais)\b/;
/** What follows « que » when it asks what (« que faisait-il », « que sait-il faire »), not which. */
const QUE_VERB =
  /^(fait|faisait|fais|font|faites|a|avait|est|etait|sont|peut|peux|pouvez|sait|sais|savez|dit|il|elle|on|vous|tu)$/;
const ASKING_WORDS = [
  ...["which", "what", "where", "when", "whom", "does", "have", "many", "much", "long"],
  ...["quel", "quelle", "quels", "quelles", "quand", "combien", "comment", "pourquoi"],
];

/** One thing a question asks about; "Spark and Kafka?" has two. */
export interface QuestionPart {
  /** The part in words, corrected, for the vector search and for the model. */
  text: string;
  /** Words the profile knows, the part's subject. */
  words: QuestionWord[];
  /** Specific terms the profile lacks ("Kubernetes", "PhD"), as the asker wrote them. */
  missing: string[];
  /** Everyday words the profile lacks ("principales", "much"): they never decide anything. */
  ignored: string[];
  /** Words of the part the profile lacks that carry meaning (not numbers, names or slips), as written. */
  /** Words the profile lacks and nothing names; `dictionary` when a dictionary holds them ("lineage", not "dokcer"). */
  unknown: { word: string; everyday: boolean; dictionary?: boolean }[];
  /** Technologies of the CV's stack lines that the part names. */
  technologies: Technology[];
  /** "how many years of containers?": the one stack technology the notion asked names through its synonyms. */
  notionTech?: Technology;
  /** A notion whose words the roles say beyond its one stack tool ("devops": CI/CD, Jenkins): no one tool's time. */
  notionWide?: true;
  /** Roles the part names by their employer ("at AAA-Data"). */
  roles: string[];
  /** How the part described its employer, when it didn't name it: "insurer" → "MAIF". */
  described?: { from: string; to: string };
  /** "which ones?" after it: every passage holding the subject is asked for, not whether he has it. */
  details?: boolean;
  /** "what else?": passages (by key) the conversation has quoted already, which the answer leaves out. */
  exclude?: ReadonlySet<string>;
}

/** A message turned into what the engine needs to know about it. */
export interface UnderstoodQuestion {
  /** The question without markup or chatter, typos corrected. */
  text: string;
  language: Language;
  /** Set when the message is nothing but chatter ("thanks!", "👍"). */
  chatter: ChatterKind | null;
  /** Chatter found around the question ("greeting"), for a friendlier reply. */
  found: ChatterKind[];
  /** Typos read as the profile's words: "airflw" → "Airflow". */
  corrections: { from: string; to: string }[];
  /** A question only the candidate can answer (rate, availability, location…). */
  topic: OwnerTopic | null;
  /** "What is 2+2?": not about the profile. */
  arithmetic: boolean;
  parts: QuestionPart[];
}

interface Token {
  original: string;
  folded: string;
  start: number;
  end: number;
}

/**
 * A recruiter saying who they are and no question ("I'm hiring for a fintech, quick screening questions",
 * « je suis recruteuse chez Hays, j'aurais quelques questions »): a greeting. Not "I'm looking for…",
 * « je cherche… », a need the fit report takes up, nor anything with a question mark.
 */
export const SELF_INTRODUCTION = new RegExp(
  // "working on a Lead Data Engineer search" says who is asking; "searching for…", « je recherche… » a need.
  String.raw`^(?!.*\?)(?!.*\b(looking for|need|needs|seeking|searching|search for|cherch\w*|recherche (un|une|des)|` +
    String.raw`recherchons|besoin)\b)` +
    // "We're hiring a Lead Data Engineer: manage a team of 6, …": a job, and what it needs (a list after a colon).
    String.raw`(?!.*\b(hiring|recruiting|recrutons|recrute) (a|an|un|une)\b[^:?]*:\s*\S[^?]*,)` +
    String.raw`(i'm|i am|im|my name is|this is|we're|we are|je suis|je m'appelle|moi c'est|nous sommes|on est|` +
    String.raw`i work (at|for|in)|je travaille (dans|chez|pour)|` +
    String.raw`recruiter|recruteur|recruteuse|talent partner|hiring manager|headhunter|chasseu\w*)\b` +
    String.raw`.*\b(hiring|recruit\w*|screening|talent|agency|recrut\w*|cabinet|chasseu\w*|rh|hr|headhunt\w*|` +
    String.raw`head hunt\w*|consulting|consultancy|esn|ssii|from|de chez)\b`,
);

/** « cabinet à Dakar ici », "Sarah from Hays here": a few words saying who writes, then "here". */
const SIGNED_HERE = /^(?:bonjour|hello|hi|salut)?[\s,!]*(?:[\p{L}'-]+\s+){1,5}(?:ici|here)$/u;

/**
 * "I lead the data platform team at a scale-up", « je dirige l'équipe data dans une banque »: who is asking, by the
 * team they lead and where; nothing asked yet.
 */
const LEAD_INTRODUCTION = new RegExp(
  String.raw`^(?!.*\?)(i (lead|run|manage|head)|je (dirige|manage|pilote|gere)) ` +
    String.raw`(the |a |our |my |l'|la |le |une |un |` +
    String.raw`mon |ma |notre )?[\w' -]{0,30}?\b(team|teams|squad|department|equipe|pole|service|departement)\b` +
    String.raw`[\w' -]{0,20}? (at|for|in|dans|chez) (an?|the|une?|la|le) `,
);
/** Kinds of company an asker works at, before where it is: "a fintech in London". */
const COMPANY_KINDS = ["company", "firm", "startup", "scale-up", "scaleup", "fintech", "bank", "agency", "group"];
/** "Sarah from a fintech in London", « Julie de chez une ESN lyonnaise »: a first name, then a kind of company. */
const NAME_FROM = /^\p{Lu}\p{Ll}+ (?:from|de chez) (?:an?|the|une?) [^?]{1,60}$/u;

/**
 * "quick questions about this profile", « j'ai quelques questions sur ce profil »: questions announced, none asked.
 */
const QUESTIONS_ANNOUNCED = new RegExp(
  String.raw`^(?!.*\?)(i have |i've got |got |a |some |a few |a couple of |` +
    String.raw`j'ai |j'aurais |quelques |deux |petites? )*` +
    // ("few technical questions", « quelques questions techniques »: of what kind, still none asked.)
    String.raw`(quick |short |few |small |petites? |rapides? )?(technical |tech )?questions?( rapides?)?` +
    String.raw`( techniques?| tech)?` +
    String.raw`( (for you|about|on|regarding|sur|concernant|a propos de) (this|the|his|ce|le|son|cet) ` +
    String.raw`(profile|candidate|cv|resume|profil|candidat|consultant))?\s*[.!:]*$`,
);

/**
 * After a name: the things it stands for, given as examples ("Hadoop ecosystem like HDFS", "MLOps — model
 * versioning", "big data tools such as Spark"); not "Kubernetes like Docker?", which likens two.
 */
const UMBRELLA_NOUN = /^(ecosystems?|stacks?|tools?|technolog\w*|stuff|things|frameworks?|platforms?|suites?|family)$/;
const EXAMPLES_OF = new RegExp(
  // A word for a kind of things first: "Hadoop ecosystem like HDFS", "big data tools such as Spark"; never a bare
  // bracket or dash, which describes ("Kubernetes (container orchestration)", "Redshift – like Snowflake").
  String.raw`^\s+(?:ecosystem|stack|tools?|technolog\w*|stuff|things|frameworks?|platforms?|suite|family)\s*` +
    String.raw`(?:like|such as|e\.?g\.?|for (?:example|instance)|including|notamment|par exemple|tel(?:le)?s? que|` +
    String.raw`comme|—|–|:|\()\s*`,
  "iu",
);

/**
 * A name the profile lacks, followed by examples of it the profile holds: the examples are asked ("HDFS"), not the
 * name over them (said as absent, the name would deny what the examples show).
 */
function umbrellasAside(segment: string, missing: string[], words: QuestionWord[]): string[] {
  const held = words.filter((w) => (w.key || w.tech || !w.everyday) && !w.absent && !w.employer).map((w) => w.word);
  if (held.length === 0) return missing;
  const folded = foldText(segment);
  return missing.filter((name) => {
    const at = folded.indexOf(foldText(name));
    const marker = at < 0 ? null : EXAMPLES_OF.exec(folded.slice(at + name.length));
    if (!marker) return true;
    const after = folded.slice(at + name.length + marker.index + marker[0].length);
    // (A description naming another thing the profile lacks is no list of examples: "Hive (the Hadoop engine)".)
    if (missing.some((other) => other !== name && after.includes(foldText(other)))) return true;
    return !held.some((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, "u").test(after));
  });
}

/** The place he works at now: "his present client", "the company he works for now", « sa boîte actuelle ». */
const CURRENT_PLACE = new RegExp(
  String.raw`\b(his|her|son|sa|the|le|la) (current|present|actual|actuel|actuelle)? ?` +
    String.raw`(?<noun>client|customer|employer|company|firm|school|employeur|entreprise|boite|societe|ecole)` +
    String.raw`( (actuel|actuelle|du moment)|` +
    String.raw` (he|she) (works|is working|teaches) (for|at|with|in) (now|currently|today))|` +
    String.raw`\b(his|her|son|sa) (current|present) (?<after>client|customer|employer|company|firm|school)|` +
    // "the team in his present engagement", « l'équipe de son projet actuel »: the work he is on now (not "the current
    // project", the asker's own).
    String.raw`\b(his|her) (current|present|ongoing) (?<work>project|engagement|assignment)|` +
    String.raw`\bson (?<travail>projet) (actuel|en cours|du moment)`,
);

/** Clouds whose services go by the cloud's name first: "AWS Lambda", "Azure Functions". */
const CLOUD_VENDOR = /^(aws|azure|gcp|amazon)$/;
/** Verbs of being in charge of something: "manage a budget", "own the roadmap", « gérer un budget ». */
const IN_CHARGE = /^(manag\w*|handl\w*|own\w*|run|ran|running|oversee\w*|oversaw|gere\w*|gerer|pilot\w*|responsible)$/;

/** "his primary cloud — AWS", "which cloud, AWS or Azure?": "cloud" is what the vendor named is, nothing to find. */
function withoutCloudWord(words: QuestionWord[], folded: string[]): QuestionWord[] {
  if (!folded.some((w) => CLOUD_VENDOR.test(w))) return words;
  return words.filter((w) => !/^(clouds?|providers?|vendors?|fournisseurs?)$/.test(w.word));
}
/** Words beside "roles" that make them rights to data, not jobs: "user roles and permissions", « rôles d'accès ». */
const ACCESS_NEAR =
  /^(users?|iam|access|acces|permissions?|privileges?|rights|droits|habilitations?|utilisateurs?|rbac|acls?|admins?)$/;

/** "user roles", "roles and permissions": the word "roles" (else a word for his jobs) of access to data. */
function accessRole(tokens: Token[], i: number): boolean {
  if (!/^(roles?)$/.test(tokens[i]!.folded)) return false;
  return [i - 1, i + 1, i + 2].some((k) => ACCESS_NEAR.test(tokens[k]?.folded ?? ""));
}

/** A stretch of a question as read (see readSegment). */
interface SegmentRead {
  part: QuestionPart;
  subjects: number;
  segment: string;
}

/** "stack", "toolset", « outils »: the words for where a technology is listed. */
const STACK_WORDS = String.raw`stacks?|toolsets?|toolkits?|toolbox|tools|outils|technos|arsenal|skillsets?`;
const STACK_WORD = new RegExp(String.raw`^(${STACK_WORDS})$`);

/** His stack, said so: "his (current) stack", « sa stack actuelle », « ses outils » (not "our stack is…"). */
const HIS_STACK = new RegExp(
  String.raw`\b(his|her|sa|son|ses)( (current|present|actual|tech|technical|actuelle?s?))? (${STACK_WORDS})\b`,
);

/** "is Spark in his stack?", « Snowflake dans sa stack ? »: with a technology named, whether he used it. */
function withoutStackWord(words: QuestionWord[], technologies: number, segment: string): QuestionWord[] {
  // (A name the stacks don't list counts too: "is Kafka in his stack?", which he teaches.)
  if ((technologies === 0 && !words.some((w) => w.tech)) || !HIS_STACK.test(foldText(segment))) return words;
  return words.filter((w) => w.tech || w.key || !STACK_WORD.test(w.word));
}

/** Words of segments without a subject of their own, and employers, qualify every part. */
function withShared(read: SegmentRead[], withSubject: SegmentRead[]): QuestionPart[] {
  const shared = read.filter((r) => !withSubject.includes(r));
  const employers = read.flatMap((r) => r.part.roles);
  return withSubject.map(({ part, segment }) => {
    const words = withoutCloudWord(
      [...part.words, ...shared.flatMap((s) => s.part.words)],
      tokensOf(segment).map((t) => t.folded),
    );
    const roles = [...new Set([...part.roles, ...employers])];
    const employerWords = read.flatMap((r) => r.part.words.filter((w) => w.employer));
    for (const w of employerWords) if (!words.some((x) => x.word === w.word)) words.push(w);
    const extra = shared.map((s) => s.segment).join(" ");
    return {
      ...part,
      text: `${segment} ${extra}`.trim(),
      words,
      roles,
      ignored: [...part.ignored, ...shared.flatMap((s) => s.part.ignored)],
      unknown: [...part.unknown, ...shared.flatMap((s) => s.part.unknown)],
    };
  });
}

/** A job ad's words of emphasis, often in capitals: "MUST have", "NICE to have", "PLUS". */
const EMPHASIS =
  /^(must|nice|plus|bonus|required|optional|mandatory|important|essential|desired|obligatoire|souhaite)$/;
const WHICH_PLACE = /\b(who|what|which|name|describe|quel|quelle|qui|nom|decri\w*|que fait)\b/;
const OF_THE_PLACE = /\b(team|equipe|stack|tools?|outils|how long|combien|since|depuis|size|taille|techno\w*)\b/;
/** The word before a sector said as one: "in banking", « dans la banque », « la grande distribution ». */
const SECTOR_PLACE =
  /^(in|dans|la|le|l|les|du|de|des|the|secteur|sector|industry|industrie|domaine|domain|of|en|et|and|or|ou|grande)$/;
/**
 * Words that say when or whose, not what: a year ("Spark at Decathlon in 2022?" is about Spark), « ces
 * technologies » (the things named before), a version asked, a word describing the employer, the asker's own client,
 * how recent ("in the last 10 years").
 */
function saysNoThing(r: SegmentReading, i: number): boolean {
  const w = r.tokens[i]!.folded;
  const pointed = DEMONSTRATIVE.test(r.tokens[i - 1]?.folded ?? "") && KINDS_OF_THING.test(w);
  return (
    pointed ||
    versionAsked(r, i) ||
    r.describing.has(w) ||
    /^(199\d|20[1-3]\d)$/.test(w) ||
    askersOwn(r, i) ||
    clientsPlace(r, i) ||
    whoHires(r, i) ||
    allOfThem(r.tokens, i) ||
    recentSpan(r.tokens, i) ||
    inRecentWindow(r.tokens, i) ||
    lastTime(r.tokens, i) ||
    boundNumber(r.tokens, i) ||
    yearsClaimed(r.tokens, i) ||
    timeAsked(r.tokens, i)
  );
}

/**
 * "at least 10 data scientists", « plus de 10 agences »: a number under a bound is a threshold the answer checks
 * against the profile's figures, not a word to find ("10 h of lectures").
 */
function boundNumber(tokens: Token[], i: number): boolean {
  if (!/^\d+$/.test(tokens[i]!.folded)) return false;
  // ("1 PB of data?": a size in a unit no CV line writes, weighed against the CV's own sizes, not its "(1 year)".)
  if (/^(pb|petabytes?|petaoctets?)$/.test(tokens[i + 1]?.folded ?? "")) return true;
  if (yearsClaimed(tokens, i)) return true;
  const before = tokens
    .slice(Math.max(0, i - 2), i)
    .map((t) => t.folded)
    .join(" ");
  return /(more than|at least|fewer than|less than|over|under|above|below|plus de|au moins|moins de|au plus)$/.test(
    before,
  );
}

/**
 * "2 years of data science?", « 2 ans de data science ? »: a count of years claimed, its figure and its unit, which no
 * line writes — not the "2" of "2 junior data engineers", nor the « ans » of a heading's « (4 ans 3 mois) ».
 */
function yearsClaimed(tokens: Token[], i: number): boolean {
  const at = /^\d+$/.test(tokens[i]!.folded) ? i : i - 1;
  const unit = tokens[at + 1]?.folded ?? "";
  const of = tokens[at + 2]?.folded ?? "";
  return (
    /^\d+$/.test(tokens[at]?.folded ?? "") &&
    /^(years?|yrs?|ans?|annees?|months?|mois)$/.test(unit) &&
    /^(of|in|with|de|d|en|dans|as|comme)$/.test(of)
  );
}

/** "when did he last teach?", « quand … pour la dernière fois ? »: when, not a thing called "last". */
function lastTime(tokens: Token[], i: number): boolean {
  const at = (k: number) => tokens[i + k]?.folded ?? "";
  if (/^(last|latest)$/.test(at(0))) return [-1, -2, -3].some((k) => at(k) === "when");
  return (at(0) === "derniere" && at(1) === "fois") || (at(0) === "fois" && at(-1) === "derniere");
}

/** « combien de temps », "how much time": the time asked, not real time (« temps réel ») or time saved. */
function timeAsked(tokens: Token[], i: number): boolean {
  if (!/^(temps|time)$/.test(tokens[i]!.folded)) return false;
  const before = tokens
    .slice(Math.max(0, i - 2), i)
    .map((t) => t.folded)
    .join(" ");
  return /(combien de|how much|how long a)$/.test(before);
}

/** "spark scala python - all 3?", « les trois ? »: a count of the things named, not a thing. */
function allOfThem(tokens: Token[], i: number): boolean {
  const count = /^([2-9]|two|three|four|five|deux|trois|quatre|cinq)$/.test(tokens[i]!.folded);
  // (Said last: « les 5 V du big data », "all 4 teams" count things the CV names.)
  const last = i === tokens.length - 1;
  return count && last && /^(all|les|tous|toutes|these|those|ces)$/.test(tokens[i - 1]?.folded ?? "");
}

/**
 * The asker's setting first, up to its stop: "I am writing you from a private bank in Luxembourg…", "we're a retailer
 * in Lille;", « Je suis recruteuse à Montréal… », "I work for an agency in London." (not "I'm looking for…", the
 * need; nor "…with us", where the asker works being asked about). Set aside only when it names nothing the profile
 * holds and the rest asks a thing of its own (see settingAside): not "I am writing about Kafka. Did he use it?", nor
 * "I work in insurance. Has he too?".
 */
const ASKERS_SETTING = new RegExp(
  String.raw`^(?![^.;…!?]*\b(?:with us|for us|at our|chez nous|pour nous|avec nous)\b)(?:` +
    String.raw`(?:i am|i'm|i)\s+(?:writing|contacting|reaching out|getting in touch|` +
    String.raw`work(?:ing)? (?:at|for|in|with))\b|` +
    String.raw`i (?:write|represent|recruit for)\b|my name is\b|(?:je m'appelle|je me permets)\b|` +
    // "hiring mgr at a US e-com scaleup in Berlin, we're series C. …": who asks, by the job they do.
    String.raw`(?:(?:i am|i'm|im) (?:a |the )?)?(?:hiring|recruiting|talent|engineering|eng|data|tech) ` +
    String.raw`(?:mgr|manager|lead|partner|director|head)\s+(?:at|for|with|in|chez|pour)\b|` +
    String.raw`(?:i am|i'm) (?:a|an|the) (?:[\p{L}-]+ ){0,2}(?:recruiter|consultant|sourcer|manager|partner|` +
    String.raw`headhunter|buyer|officer|lead|director|founder|cto)\b|` +
    String.raw`(?:we are|we're|nous sommes|on est)\s+(?:a|an|une?|la|le|l')\s|` +
    String.raw`je (?:vous (?:écris|ecris|contacte)|travaille (?:chez|pour|dans)|suis (?:recrut|consultant|charg|` +
    String.raw`responsable|manager|directeur|directrice|fondat|chasseu|acheteu|rh\b)))` +
    String.raw`[^.;…!?]*[.;…!]+\s+(?=\S)|` +
    // « re, nouvelle mission chez un équipementier auto vers Valenciennes, il connaît… ? »: the job's setting.
    String.raw`^(?:[^,?]{0,20},\s*)?(?:(?:nouvelle|new|petite|another|une|a|une autre)\s+)?(?:mission|opportunit\w*|` +
    String.raw`offre|role|position|req|besoin|ao|presta)\s+(?:chez|pour|at|for|with|dans|in|à|a)\s+` +
    String.raw`[^,.;…!?]*[,.;…!]\s+(?=\S)`,
  "iu",
);
/** The asker hiring: "we're hiring", « nous cherchons », "looking for", « je recrute ». */
const ASKER_HIRING = new RegExp(
  String.raw`\b(we|we're|we are|i'm|i am|nous|on|je)\b[^.?!]*\b(hiring|recruiting|looking for|seeking|searching|` +
    String.raw`need|cherch\w*|recherch\w*|recrut\w*)\b|^(looking for|seeking|hiring|recherche|cherche)\b`,
  "iu",
);
/** Words that place something: « une banque à Bruxelles », "a fintech in NYC", "based in Geneva". */
const PLACED_AT = /^(a|au|aux|in|at|en|near|pres|based|basee?|situee?|located)$/;

/**
 * « Notre client est une banque à Bruxelles qui cherche… », "our client is a fintech in NYC": where the asker's client
 * is, a name after "in", « à », once the client was named in the segment (not "Spark at Decathlon?").
 */
function clientsPlace(r: SegmentReading, i: number): boolean {
  const token = r.tokens[i]!;
  if (!/^\p{Lu}/u.test(token.original)) return false;
  // "our company BMW", « notre client Thales »: the asker's own, named; "a client in Milano", right after it, its
  // place however spelled.
  const before = (k: number) => r.tokens[i - k]?.folded ?? "";
  const owned = (k: number) =>
    (RECRUITERS_CLIENT.test(before(k)) || /^(company|entreprise|boite)$/.test(before(k))) && ASKERS.has(before(k + 1));
  // (Not "his client in Paris": the candidate's.)
  const theirs = /^(his|her|son|sa|ses)$/.test(before(3));
  if (owned(1) || (PLACED_AT.test(before(1)) && RECRUITERS_CLIENT.test(before(2)) && !theirs)) return true;
  // « nous cherchons un Data Engineer … pour une banque au Luxembourg », "we're hiring … for a bank in Luxembourg":
  // whom the asker hires for, and where (not "has he worked for a bank in Luxembourg?", "was he a data engineer for
  // an insurer in Belgium?", his own employers).
  const hiredFor =
    /^(pour|for)$/.test(before(4)) &&
    /^(une?|a|an)$/.test(before(3)) &&
    PLACED_AT.test(before(1)) &&
    ASKER_HIRING.test(r.segment.slice(0, r.tokens[i - 4]!.start));
  if (hiredFor) return !r.techTokens.has(before(2)) && !r.employerTokens.has(before(2)) && isPlaceName(token.folded);
  if (!PLACED_AT.test(before(1)) && !/^(de|du|from)$/.test(before(1))) return false;
  // (A city or a country only: "strong in Kafka", "in Insurance" ask of Kafka, of insurance.)
  if (!isPlaceName(token.folded)) return false;
  return (
    (PLACED_AT.test(before(1)) &&
      r.tokens.slice(0, i - 1).some((t, k) => RECRUITERS_CLIENT.test(t.folded) && askersOwn(r, k))) ||
    toldNotAsked(r.segment, token)
  );
}

/**
 * « Un assureur à Québec cherche du monde en MLOps », "A Dutch bank is looking for…": who hires, the sentence's
 * subject before its verb of seeking, in a sentence told, not asked; not a thing asked of him.
 */
function whoHires(r: SegmentReading, i: number): boolean {
  const at = r.tokens[i]!;
  const opens = (k: number) => k < 0 || /[.!?;:\n]$/.test(r.segment.slice(0, r.tokens[k + 1]!.start).trimEnd());
  // The word right after a sentence's determiner: « Un assureur », "A bank", "The airline" (not a technology nor an
  // employer: "The Kafka cluster needs an owner" is about Kafka).
  if (!HIRER_DETERMINER.test(r.tokens[i - 1]?.folded ?? "") || !opens(i - 2)) return false;
  if (r.techTokens.has(at.folded) || r.employerTokens.has(at.folded) || /^\p{Lu}/u.test(at.original)) return false;
  // …then, within four words, a verb of seeking someone: « … à Québec cherche du monde », "… wants someone" (not
  // "An insurer wants to move its mainframe…": what it does, which may be what is asked).
  const next = r.tokens.slice(i + 1, i + 9).map((t) => t.folded);
  const seeks = next.findIndex((w) => SEEKS.test(w));
  return (
    seeks >= 0 &&
    seeks < 4 &&
    next.slice(seeks + 1, seeks + 5).some((w) => SOUGHT.test(w)) &&
    toldNotAsked(r.segment, at)
  );
}
const HIRER_DETERMINER = /^(un|une|le|la|l|a|an|the|notre|our|my|mon|ma)$/;
const SEEKS = /^(cherche|recherche|recrute|veut|needs|wants|seeks|hires|hiring|looking|recruits)$/;
/** Whom it seeks: "someone", « du monde », "a data engineer", « un profil ». */
const SOUGHT = new RegExp(
  String.raw`^(someone|somebody|quelqu|quelquun|monde|engineers?|ingenieurs?|profils?|profiles?|candidat\w*|` +
    String.raw`freelanc\w*|consultants?|developers?|developpeurs?|people|personnes?|experts?|talent)$`,
);

/**
 * « Un assureur à Québec cherche du monde en MLOps. », "A bank from Montreal needs Spark.": a sentence that asks
 * nothing (no question mark at its end) and says nothing of him: the asker's side, told.
 */
function toldNotAsked(segment: string, token: Token): boolean {
  const start = Math.max(...[".", "!", "?", ";", "\n"].map((m) => segment.lastIndexOf(m, token.start)), -1) + 1;
  const ends = /[.!?;\n]/.exec(segment.slice(token.end));
  const sentence = segment.slice(start, ends ? token.end + ends.index + 1 : segment.length);
  // (…and a question after it: "Need details on work with data from India." is the request itself.)
  const after = ends ? segment.slice(token.end + ends.index + 1) : "";
  return !/\?\s*$/.test(sentence) && after.includes("?") && !HIS_WORDS.test(foldText(sentence));
}

/**
 * "Which Spark version?", « quelle version de Scala ? »: what the CV never gives, asked (the answer says so); "do
 * they version the models?" asks of versioning.
 */
function versionAsked(r: SegmentReading, i: number): boolean {
  return /^versions?$/.test(r.tokens[i]!.folded) && VERSION_ASKED.test(r.tokens[i - 1]?.folded ?? "");
}
/** The word before "version" when a version is asked: "which version", « quelle version », "the exact version". */
const VERSION_ASKED =
  /^(which|what|quelle|quel|quelles|quels|any|specific|exact|spark|scala|python|airflow|la|les|sa|ses)$/;
/** What "fait-il", « peut-on », « est-ce » join a verb to. */
const FRENCH_SUBJECT = /^(il|elle|ils|elles|on|tu|vous|nous|je|ce|t|moi|toi|lui|la|le|les)$/;
/** Prefixes that make one term of the word they join ("pre-sales", « avant-vente »; not "multi-TB", « e-santé »). */
const TERM_PREFIX = /^(pre|post|avant|apres|sous)$/;
/** Words; "C++", "C#", "F#": languages whose names end in marks; "2,000", « 2 000 »: one figure. */
const TOKEN = new RegExp(
  String.raw`(?<![\d.,])\d{1,3}(?:[ ,\u00a0\u202f]\d{3})(?![\d]|[.,]\d)|` +
    String.raw`(?<![\p{L}\p{N}])[CF](?:\+\+|#)(?![\p{L}\p{N}+#])|` +
    // "Oracle PL/SQL", "T-SQL": one language's name, not SQL.
    String.raw`(?<![\p{L}\p{N}])(?:PL\/(?:pg)?SQL|T-SQL)(?![\p{L}\p{N}])|[\p{L}\p{N}]+`,
  "giu",
);
/**
 * "in the last 10 years", "1 year ago", « il y a 2 ans »: a count of time that says how recent, not what. (A
 * span claimed, "for 3 years", stays a word: no passage holds it, and no "yes" comes without it.)
 */
function recentSpan(tokens: Token[], i: number): boolean {
  const at = (k: number) => tokens[i + k]?.folded ?? "";
  if (!/^\d{1,3}$/.test(at(0)) || !TIME_UNIT.test(at(1))) return false;
  return RECENT_BEFORE.has(at(-1)) || at(2) === "ago" || (at(-1) === "a" && at(-2) === "y");
}

/** « derniers », « dernières »: the French "last", after the count it qualifies. */
const LAST_WORD_FR = /^(derniers?|dernieres?|passes?|passees?)$/;

/**
 * Every word of a window of recent time, which says when, not what: « ces 6 derniers mois » (not "6 months" of a
 * role's length for the passages to hold), "the past 6 months", "last year", « l'année dernière », « l'an dernier ».
 */
function inRecentWindow(tokens: Token[], i: number): boolean {
  const at = (k: number) => tokens[i + k]?.folded ?? "";
  const count = (k: number) => /^\d{1,3}$/.test(at(k));
  // « ces 6 derniers mois »: the count, « derniers », the unit.
  const french = (k: number) => count(k) && LAST_WORD_FR.test(at(k + 1)) && TIME_UNIT.test(at(k + 2));
  if ([0, -1, -2].some((k) => french(k))) return true;
  // "the last 6 months", "past year": "last", the count if any, the unit.
  const english = (k: number) =>
    /^(last|past)$/.test(at(k)) && (TIME_UNIT.test(at(k + 1)) || (count(k + 1) && TIME_UNIT.test(at(k + 2))));
  if ([0, -1, -2].some((k) => english(k) && -k <= (count(k + 1) ? 2 : 1))) return true;
  // « l'année dernière », « l'an dernier »: the unit, then « dernier ».
  return (TIME_UNIT.test(at(0)) && LAST_WORD_FR.test(at(1))) || (LAST_WORD_FR.test(at(0)) && TIME_UNIT.test(at(-1)));
}

/**
 * "access control", "version control", « contrôle d'accès »: no check on the data, which the thesaurus's « contrôle »
 * is; found as written only ("quality control" is one).
 */
function controlOfAccess(tokens: Token[], i: number): boolean {
  const at = (k: number) => tokens[i + k]?.folded ?? "";
  // (And the English "control", "version control", "access control", unless of quality: « contrôle » is French.)
  if (/^controls?$/.test(at(0))) return !/^(quality|qualite|data)$/.test(at(-1));
  if (!/^controles?$/.test(at(0))) return false;
  return at(1) === "acces" || (at(1) === "d" && at(2) === "acces");
}

/** Words pointing back at what was named: "these tools", « ces technologies ». */
const DEMONSTRATIVE = /^(these|those|this|that|ces|cette|cet|ce|ceux|celles)$/;
/** Where, when or how often a thing was done, said after it: "anywhere", "lately", "daily", "nowadays". */
const WHERE_OR_WHEN = new RegExp(
  String.raw`^(\w*where|lately|often|recently|nowadays|again|already|yet|either|since|ago|daily|weekly|` +
    String.raw`monthly|yearly|today|there|here|extensively|heavily|regularly|previously|before|together|` +
    String.raw`afterwards?|meanwhile|solo|alone|then|later|first|next|instead|too|also|anymore|still|` +
    String.raw`more|less|enough|` +
    String.raw`apart|separately|personally)$`,
);
/** Words of when: "lately", "nowadays", "formerly". */
const WHEN_ADVERB = /^(lately|recently|nowadays|currently|presently|formerly|previously|latterly)$/;
/** Who uses a tool, or how well: "expert", "developer", "guru", "certified" (see featureAsked). */
const WHO_OR_HOW_WELL = new RegExp(
  String.raw`^(experts?|expertise|gurus?|specialists?|specialistes?|developers?|developpeurs?|engineers?|` +
    String.raw`ingenieurs?|devs?|pros?|users?|utilisateurs?|consultants?|architects?|architectes?|leads?|ninjas?|` +
    String.raw`wizards?|masters?|` +
    String.raw`level|niveau|skills?|knowledge|background|certifications?|certified|certifiee?s?|fluent|proficient|` +
    // (…or around it: "an AWS environment", "the Spark ecosystem", "a Databricks shop".)
    String.raw`environments?|environnements?|ecosystems?|ecosystemes?|stacks?|contexts?|contextes?|world|monde|` +
    String.raw`setups?|shops?|space|side|projects?|projets?|teams?|equipes?|jobs?|roles?|work|missions?|experiences?)$`,
);
/** Words for the kind of thing a question names: what "these …" points back at. */
const KINDS_OF_THING = new RegExp(
  // (Not "platform", "solution", "product": the CV's own things, which "this platform" may ask about.)
  String.raw`^(technolog(y|ies)|technologies?|technos?|tools?|outils?|frameworks?|langages?|languages?|` +
    String.raw`logiciels?|software|skills?|competences?|things?|choses?|trucs?|techs?|libraries|librair\w*|libs|` +
    String.raw`packages|` +
    // (In the plural only: "these platforms" are the ones named; "that platform" may be the CV's own.)
    String.raw`platforms|plateformes|solutions|` +
    String.raw`bibliotheques?)$`,
);

/** Words before a count of years that make it how recent: "the last 10 years", « ces 5 dernières années ». */
const RECENT_BEFORE = new Set(["last", "past", "ces", "dernieres", "derniers", "prochaines", "next"]);
/** Units of time a number may count. */
const TIME_UNIT = /^(years?|yrs?|ans?|annees?|months?|mois|weeks?|semaines?|days?|jours?)$/;
/** "our client", "our CISO", « mon DSI »: the asker's people, not the profile's. */
const RECRUITERS_CLIENT =
  /^(clients?|clientes?|customers?|ciso|cto|ceo|cio|cdo|cfo|hr|rh|drh|dsi|boss|manager|recruiter)$/;
const ASKERS = new Set(["mon", "ma", "mes", "notre", "nos", "my", "our"]);
/** A client the asker speaks for: "client retail needs…", « pour un client banque, … », "for a client in…". */
const CLIENT = /^(clients?|clientes?|customers?)$/;
const FOR_A = new Set([...ASKERS, "un", "une", "a", "pour", "for"]);
/** How many words after "client" may say its sector: « client grande distrib : … ». */
const SECTOR_REACH = 3;

/** What the asker's client does, ending the words of its sector: "client retail needs…", « client banque veut… ». */
const CLIENT_VERB = new RegExp(
  String.raw`^(needs?|wants?|is|has|asks|requires?|uses?|veut|veulent|cherche\w*|recherche\w*|demande\w*|` +
    String.raw`souhaite\w*|exige\w*|a|ont|utilise|utilisent|runs?|tourne|travaille)$`,
);

/**
 * « client industrie veut du Snowflake », "client retail needs…", « pour un client pharma ils veulent… »: the
 * words right after the asker's client (at the start, or after "a", « un », "my"…) say its sector, not what is
 * asked of the profile, when what follows closes them (a verb, a function word, punctuation): not "clients
 * internationaux ?", "client-facing", nor "my client needs PII encryption" (no sector at all).
 */
/** « un client dans le retail », « le groupe de vins et spiritueux »: a sector said of a company, not asked. */
function ofOrganisation(r: SegmentReading, i: number): boolean {
  return r.tokens.slice(Math.max(0, i - 4), i).some((t) => EMPLOYER_NOUN.test(t.folded));
}

function clientSector(r: SegmentReading, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - SECTOR_REACH); k--) {
    if (!CLIENT.test(r.tokens[k]!.folded)) continue;
    return opensClient(r, k) && sectorEnd(r, k) > i;
  }
  return false;
}

/** The index after the last word of the sector said after "client" at `k`, or -1 when none is said and closed. */
function sectorEnd(r: SegmentReading, k: number): number {
  if (r.segment.charAt(r.tokens[k]!.end) === "-") return -1;
  const last = Math.min(r.tokens.length - 1, k + SECTOR_REACH);
  for (let i = k + 1; i <= last; i++) {
    const w = r.tokens[i]!.folded;
    const closed = /[,:;]/.test(r.segment.slice(r.tokens[i - 1]!.end, r.tokens[i]!.start));
    if (closed || CLIENT_VERB.test(w) || !isContentWord(w)) return i > k + 1 ? i : -1;
    if (r.techTokens.has(w) || r.employerTokens.has(w)) return -1;
  }
  // The stretch ends with the sector ("pour un client banque" before a comma): closed, unless it asks.
  return last === r.tokens.length - 1 && last > k && !/\?/.test(r.segment.slice(r.tokens[last]!.end)) ? last + 1 : -1;
}

/**
 * « mon client est une fintech », "our client", « client retail needs… » and its sector: the asker's, not the
 * profile's.
 */
function askersOwn(r: SegmentReading, i: number): boolean {
  const w = r.tokens[i]!.folded;
  if (!RECRUITERS_CLIENT.test(w)) return clientSector(r, i);
  // "client's DS team…": whose team, the asker's client's.
  const possessive = /^['’]s?\b/.test(r.segment.slice(r.tokens[i]!.end));
  // « Le client utilise Kafka », "the client needs…": the client the asker speaks of, doing something.
  const theClient =
    /^(le|la|the)$/.test(r.tokens[i - 1]?.folded ?? "") && CLIENT_VERB.test(r.tokens[i + 1]?.folded ?? "");
  return (
    ASKERS.has(r.tokens[i - 1]?.folded ?? "") ||
    (CLIENT.test(w) && (theClient || (opensClient(r, i) && (possessive || sectorEnd(r, i) > 0))))
  );
}

/** "client" opening the message, or after "a", « un », "my": the asker's client. */
function opensClient(r: SegmentReading, k: number): boolean {
  return (k === 0 && r.offset === 0) || FOR_A.has(r.tokens[k - 1]?.folded ?? "");
}
/** Programming languages named by one letter (as linguist-languages names them) that recruiters ask about. */
const LETTER_LANGUAGES = new Set(["c", "r"]);
/** The words around a name asked alone: "and go?", "what about js?", « et du r ? », « en c ? ». */
const LONE_NAME_FRAME =
  /^(and|or|what|how|about|with|in|et|ou|du|de|la|le|les|des|en|avec|quid|sinon|also|aussi|too|then|alors|so|ok)$/;
/** Vendor names that qualify a product name: "Apache Spark", "AWS Glue". */
export const NAME_QUALIFIERS = new Set(["apache", "aws", "amazon", "google", "microsoft"]);
/** What a title or a skill puts after a technology's name: "Spark Developer", "Python Skills", « Scala Expert ». */
const GENERIC_AFTER_NAME = new RegExp(
  String.raw`^(developers?|devs?|engineers?|engineering|experts?|expertise|experience|skills?|knowledge|projects?|` +
    String.raw`jobs?|roles?|positions?|consultants?|architects?|specialists?|certifications?|certified|courses?|` +
    String.raw`training|trainings|leads?|teams?|stack|ecosystem|pipelines?|code|coding|programming|scripts?|` +
    String.raw`developpeurs?|developpeuses?|ingenieurs?|competences?|projets?|formations?|missions?|profils?|` +
    String.raw`background|level|niveau|years?|ans|annees|work|travail|usage|user|users|jobs|` +
    // …or what any tool is used for or made of: "Docker Containers", "Python Scripting", "AWS Services".
    String.raw`containers?|images?|scripting|testing|tests?|schedul\w*|clusters?|queries|query|tables?|` +
    String.raw`dashboards?|monitoring|logs?|logging|security|performance|tuning|optimi[sz]ations?|deployments?|` +
    String.raw`integrations?|admin\w*|architectures?|model(l)?ing|design|setup|configurations?|infra\w*|` +
    String.raw`environments?|tooling|tools?|apis?|sdks?|cli|ui|console|rbac|permissions?|governance|` +
    String.raw`developments?|support|operations|ops|services?|products?|platforms?|cloud|data|databases?|warehouses?|` +
    String.raw`lakes?|storage|migrations?|ingestions?|notebooks?|industriali[sz]ation|jobs?|workloads?|files?)$`,
);
/** Everyday nouns of code and data, which products are named after too ("Config", "Struct"). */
const CODE_NOUN =
  /^(configs?|structs?|arrays?|fields?|columns?|rows?|records?|keys?|values?|objects?|types?|functions?|modules?)$/;
/** Words that ask: a fragment holding one asks on ("formation sur quoi ?"), it names no thing. */
const ASKS = String.raw`(?:quoi|what|which|how|quel\w*|comment|combien|when|quand|where|pourquoi|why)\b`;
/** What joins several subjects in one question: "Spark and Kafka", "Snowflake ou Kubernetes", "S3/EMR". */
const COORDINATOR = new RegExp(
  // "docker? kubernetes? helm?": names asked one after another, each a few words at most.
  // (« …? dans les boissons spiritueux ? »: a preposition before them too.)
  String.raw`\?\s+(?=(?:(?:dans|in|en|chez|at|with|avec|pour|for|sur|on)\s+)?` +
    String.raw`(?:(?!${ASKS})[^\s?]+\s+){0,2}(?!${ASKS})[^\s?]+\s*\?)|` +
    // "CI/CD experience? github actions, gitlab, jenkins?": a list of names after a question, each of its own.
    String.raw`\?\s+(?=(?!${ASKS})[^\s?,]+(?:\s+[^\s?,]+)?,\s*(?:(?!${ASKS})[^\s?]+[\s,]+){0,6}[^\s?]+\s*\?\s*$)|` +
    // "2,000 tables": a comma inside a figure joins nothing.
    // (A semicolon lists as a comma does: « Lakehouse ; Delta Lake ; Scala ».)
    String.raw`\s*(?:(?<!\d),|,(?!\d)|;|\s\/\s|\sn\s|&|\s\+\s|\band\b|\bor\b|\bet\b|\bou\b|\bas well as\b|\bplus\b|` +
    String.raw`\bainsi que\b|\bversus\b|\bvs\.?)\s*|` +
    // « il a fait du spark est ce qu il connait kafka »: a second question begun with no comma before it.
    // (Not after a question word or a filler: « pourquoi est-ce qu'il… », « bon est ce qu il… ».)
    String.raw`(?<=\p{L}{3})(?<!\b(?:pourquoi|comment|quand|combien|quels?|quelles?|que|quoi|qui|depuis|alors|` +
    String.raw`donc|mais|bon|bref|aussi|enfin|puis|ensuite|ok|okay|salut|bonjour|bjr|merci))\s+` +
    // (Nor « Spark et Scala est-ce qu'il les a utilisés ? »: the topic put first, asked of by a pronoun.)
    String.raw`(?=est[- ]ce qu['’ ]?(?:il|elle) (?!(?:l['’]|les |la |le |y |en )))`,
  "iu",
);
/** In French, « plus » mostly compares (« beaucoup plus rapide », « plus de 5 ans »), which joins nothing. */
const COMPARES =
  String.raw`(?!\s+(?:de|d'|que|qu'|en|au|du|rapide\w*|vite|grand\w*|gros\w*|long\w*|simple\w*|` +
  String.raw`efficace\w*|performant\w*|important\w*|r[ée]cent\w*|ancien\w*|lent\w*|souvent|tard|t[ôo]t|petit\w*|` +
  String.raw`facile\w*|fort\w*|s[ée]nior\w*|exp[ée]riment\w*)\b)(?<!\b(?:beaucoup|bien|bcp|encore|nettement|` +
  String.raw`tellement|trop|ne|pas|non|sans|peu|le|la|les)\s+plus)`;
const COORDINATOR_FR = new RegExp(
  COORDINATOR.source.replace(String.raw`|\bplus\b`, String.raw`|\bplus\b${COMPARES}`),
  "iu",
);
/** A question's verb with nothing after it: "Has he deployed", « A-t-il déployé » (folded), before "and …". */
const VERB_ALONE = new RegExp(
  String.raw`^\s*(?:(?:has|have|had|did|does|do) (?:he|she)(?: ever| already| also)?|` +
    String.raw`(?:a[- ]t[- ](?:il|elle)|(?:est-ce qu'?)?(?:il|elle) a)(?: deja)?) [\p{L}-]+\s*$`,
  "u",
);
/** What joins two things asked, other than a comma: "X + Y", "X / Y", "X and Y", « X et Y ». */
const JOINED = /\s[+/&]\s|(?<![\p{L}])(?:and|or|et|ou|plus|as well as|ainsi que)(?![\p{L}])/iu;
/** A stretch that asks on its own: "…, and if he knows Kubernetes", « …, et est-ce qu'il connaît Kafka ». */
const OWN_CLAUSE =
  /^\s*(?:if|whether|does|did|has|is|was|can|could|do you know if) (?:he|she)\b|^\s*(?:est-ce qu|s'il|si il|a-t-il)/i;
/** A word made by "-ize"/"-ise" from another: "containerization", « conteneurisation », "dockerized". */
const DERIVED = /^([a-z]+?)i[sz](?:ations?|ing|ed|es?|er|ee?s?)$/;
/** Words of moving between roles: "joining", « arriver », "leaving", « quitté ». */
const MOVING = /^(join|joins|joining|joined|going|moving|arriver|arrive|aller|leaving|left|quitte|quitter|depart)$/;
/** "before Decathlon", « avant AAA-Data », "prior to joining MAIF": the roles on one side of the one named. */
const BEFORE_ROLE = new RegExp(
  String.raw`(?:^| )(?:before|prior to|avant|until|jusqu a)` +
    String.raw`(?: (?:joining|going to|moving to|he joined|d aller|d arriver|son arrivee))?` +
    String.raw`(?: (?:at|a|chez|the|l|la|le))?$`,
);
/** "after MAIF", « après AAA-Data », "since leaving MAIF": the roles after the one named. */
const AFTER_ROLE = new RegExp(
  String.raw`(?:^| )(?:after|since leaving|apres|depuis son depart)` +
    String.raw`(?: (?:leaving|he left|son depart de|avoir quitte))?(?: (?:at|a|chez|the|l|la|le))?$`,
);
/** "since AAA-Data", « depuis la MAIF »: after it, of a role that has ended. */
const SINCE_ROLE = /(?:^| )(?:since|depuis)(?: (?:at|a|chez|the|l|la|le))?$/;
/**
 * "in his first job", « dans son deuxième poste », "at his last CDI": a role by its rank, after a word of where (not
 * "his first job at Decathlon", a rank within a role named).
 */
const RANKED_ROLE = new RegExp(
  String.raw`(?<![\p{L}])(?:in|at|during|on|for|dans|à|a|pendant|lors de|chez|sur|pour)\s+` +
    String.raw`(?:his|her|son|sa|the|le|la)\s+(first|1st|earliest|second|2nd|third|3rd|premier|premi[eè]re|` +
    String.raw`deuxi[eè]me|seconde?|troisi[eè]me|last|latest|most recent|dernier|derni[eè]re|current|present|` +
    String.raw`previous|prior|former|pr[ée]c[ée]dente?|ancien(?:ne)?)\s+` +
    String.raw`(?:(permanent|salaried|freelance|salari[ée]e?)\s+)?` +
    String.raw`(jobs?|roles?|positions?|missions?|gigs?|employers?|company|contracts?|cdi|postes?|emplois?|` +
    String.raw`boulots?|contrats?|employeurs?|entreprises?|bo[iî]tes?)` +
    String.raw`(?:\s+(?:en\s+)?(cdi|freelance))?(?![\p{L}])(?!\s+(?:at|chez|with|for|pour|à|a|au|de|d'|in|dans)\s)` +
    // (Nor "from his first job up to today", « de son premier poste jusqu'à aujourd'hui »: the whole career.)
    String.raw`(?!\s*(?:jusqu|to\s|until|till|up to|through|thru|onwards|on\b|->|→|–|-|` +
    String.raw`after|since|out of|post|apr[eè]s))`,
  "giu",
);
/** The contract a ranked role names: "his last CDI" → permanent, "his first freelance mission" → freelance. */
function rankedContract(said: string): "permanent" | "freelance" | null {
  const contract = foldText(said);
  return /cdi|permanent|salari/.test(contract) ? "permanent" : /freelance/.test(contract) ? "freelance" : null;
}
/** After "his last job": "before Decathlon", "as an employee", « en CDI » — another last one than his work now. */
const LAST_BEFORE =
  /^\s*(?:before|prior to|avant|as an? (?:employee|salaried)|en tant que salari|salari|en cdi|on a permanent)/i;
/** "before his current job", « avant son poste actuel »: before the work going on now. */
const BEFORE_CURRENT = new RegExp(
  String.raw`(?<![\p{L}])(before|prior to|avant)\s+(?:(?:his|her|the) (?:current|present) ` +
    String.raw`(?:job|role|position|mission|employer|gig)|(?:son|sa|le|la) (?:poste|emploi|job|mission|boulot) ` +
    // (Not "before his current role at EPISEN": that role named.)
    String.raw`(?:actuel(?:le)?|en cours))(?![\p{L}])(?!\s+(?:at|chez|with|a|à)\s)`,
  "giu",
);
/** « dans son poste actuel », « dans son job précédent »: the French adjective after the noun. */
const RANKED_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:dans|pendant|lors de|à|a|sur|pour|chez)\s+(?:son|sa|le|la)\s+` +
    String.raw`(?:poste|job|emploi|mission|boulot|contrat|entreprise|bo[iî]te|employeur|r[oô]le)\s+` +
    String.raw`(actuel(?:le)?|pr[ée]c[ée]dent(?:e)?|d'avant|en cours)(?![\p{L}])`,
  "giu",
);
/** Teaching asked: "a lecturer in his current job?", « enseigne-t-il dans son poste actuel ? ». */
const TEACHING_ASKED = new RegExp(
  String.raw`\b(teach\w*|taught|lectur\w*|trainer|train(?:s|ing|ed)? (?:people|others|students|teams|staff)|` +
    // ("does his current role include training?": training others; not "model training", "training data".)
    String.raw`(?<!\b(?:model|models|ml) )training(?! (?:data|sets?|pipelines?|jobs?|runs?|models?|of models?))|` +
    String.raw`formations?|` +
    String.raw`enseign\w*|profs?|professeur\w*|professor\w*|formateur|forme des|cours)\b`,
  "i",
);
/** "current", "previous", « actuel », « précédent »: the roles going on, or the last one ended. */
const NOW_RANK = /^(current|present|actuel(le)?|en cours)$/i;
const PREVIOUS_RANK = /^(previous|prior|former|pr[ée]c[ée]dente?|d'avant|ancien(ne)?)$/i;
/** "did his previous employer use Scala?", "does his current job involve Snowflake?": the role, as the subject. */
const RANKED_SUBJECT = new RegExp(
  String.raw`(?<![\p{L}])(?:his|her|son|sa) (current|present|previous|prior|former|pr[ée]c[ée]dente?|ancien(?:ne)?) ` +
    String.raw`(?:job|role|position|employer|company|mission|poste|emploi|employeur|entreprise)` +
    // (Doing something, asked yes or no: not "what was his previous job?", which the roles before answer.)
    String.raw`(?=\s+(?:use|uses|used|using|involve\w*|require\w*|rely|relies|run|runs|ran|include\w*|utilis\w*|` +
    String.raw`impliqu\w*|demand\w*))`,
  "giu",
);
/** The ranks, first to third, in both languages. */
const RANKS = [
  /^(first|1st|earliest|premier|premi[eè]re)$/i,
  /^(second|2nd|deuxi[eè]me|seconde?)$/i,
  /^(third|3rd|troisi[eè]me)$/i,
];
/** Words that put the employer named after them aside: "outside Decathlon", « ailleurs qu'à EPISEN ». */
const OUTSIDE = new RegExp(
  String.raw`(?:^| )(?:outside(?: of)?|other than(?: at)?|apart from|aside from|besides|except(?: at| for)?|` +
    String.raw`excluding|` +
    String.raw`hormis(?: chez)?|mis a part(?: chez)?|` +
    String.raw`en dehors (?:de|d)(?: chez)?|ailleurs qu(?: a| chez| au)?|hors(?: de)?|sauf(?: chez| a| au)?|` +
    String.raw`autres? que(?: chez)?)(?: the| l| la| le)?$`,
);
/** An employer set aside in front of a question: "Apart from AAA-Data, …", « À part chez AAA, … ». */
const ROLE_ASIDE = new RegExp(
  String.raw`(^|[,.!;:]\s*)((?:(?:mis )?(?:à|a) part|en dehors d(?:e|u|es)|hormis|apart from|aside from|besides|` +
    String.raw`other than|except(?: at| for)?|outside(?: of)?) [^,?.!]+),\s*(?=\S)`,
  "iu",
);
/** The words that set the employer aside, before its name (see ROLE_ASIDE). */
const ASIDE_WORDS = new RegExp(
  String.raw`^(?:(?:mis )?(?:à|a) part|en dehors d(?:e|u|es)|hormis|apart from|aside from|besides|other than|` +
    String.raw`except(?: at| for)?|outside(?: of)?)`,
  "iu",
);
/** « à part chez Decathlon » (French only: "a part of MAIF's team" is English). */
const A_PART = /(?:^| )a part(?: chez| a| au)?(?: l| la| le)?$/;
/** Names given as examples of a notion ("streaming, e.g. Flink or Kafka Streams"): one thing asked. */
const EXAMPLES = new RegExp(
  String.raw`(?<![\p{L}])(?:e\.g\.?|eg|i\.e\.?|such as|like|for example|for instance|par exemple|par ex|comme|` +
    String.raw`genre|notamment|type)(?![\p{L}])`,
  "iu",
);
/** ", for example to Spark or Delta": examples after a comma, the preposition before them said again. */
const EXAMPLES_AGAIN = new RegExp(
  String.raw`,\s*(?:for example|for instance|e\.g\.?|such as|par exemple|notamment)\s+` +
    String.raw`(to|in|with|on|for|à|au|aux|en|dans|sur|pour)\s+[^,?]+?(?=\s*(?:,|\?|$))`,
  "giu",
);
/** "A, B and C", « A, B ou C »: a list, commas then a last "and"/"or", ending the question. */
const ENUMERATION = /^[^,?]+,[^,?]+(?:,[^,?]+)*\s(?:and|or|et|ou)\s[^,?]+\??\s*$/u;
/** "data modelling, star schemas, dimensional models?": three things or more listed by commas alone. */
const COMMA_LIST = /^[^,?]+,[^,?]+(?:,[^,?]+)+\??\s*$/u;

/** A preposition said again after "and": "in X and in Y", « en X et en Y », « du X ou du Y ». */
const PARALLEL = new RegExp(
  String.raw`(?<![\p{L}])(en|in|du|des|with|on|sur|avec|dans|de la) [^,?]+? (?:et|and|ou|or) \1 ` +
    String.raw`(?!(?:la |le |les )?(?:fois|meme))`,
  "u",
);
/** Nouns that name a setting or a kind of work, not a thing: "environment", "setting", "stuff", « contexte ». */
const GENERIC_HEAD = new RegExp(
  String.raw`^(environments?|settings?|contexts?|work|works|stuff|things?|experience|skills?|background|` +
    String.raw`side|space|world|field|domain|areas?|projects?|roles?|jobs?|positions?|teams?|companies|company|` +
    String.raw`industry|sector|environnements?|contextes?|cadre|milieu|domaine|secteur|projets?|postes?|equipes?|` +
    String.raw`trucs?)$`,
);
/** The word before a verb: "he train…", "to build", « il gère », « il a fait ». */
const VERB_AFTER = { en: /^(he|she|they|to|did|does|do|has|have)$/, fr: /^(il|elle|ils|on|a|ont)$/ };
/** Two words joined by a slash, no space: "hadoop/emr". */
/** "between producers and the platform", « entre les producteurs et la plateforme »: the "and" of two sides. */
const BETWEEN_SIDES = /\b(between|entre)\s+((?:[\p{L}\p{N}'’-]+\s+){1,4}?)(?:and|et)(\s+[\p{L}\p{N}'’-]+)/giu;
const SLASHED = /(?<![\p{L}\p{N}/:.])(\p{L}[\p{L}\p{N}+#-]*)\/(\p{L}[\p{L}\p{N}+#-]*)(?![\p{L}\p{N}/])/gu;
/** Three words or more joined by slashes, no space: "databricks/snowflake/bigquery". */
const SLASH_CHAIN = /(?<![\p{L}\p{N}/:.])\p{L}[\p{L}\p{N}+#-]*(?:\/\p{L}[\p{L}\p{N}+#-]*){2,}(?![\p{L}\p{N}/])/gu;
/** A sector an employer is described in (not a place, a field or a school's subject: "Paris", "engineering"). */
const SECTOR_WORD = new RegExp(
  String.raw`^(insurance|assurances?|insurers?|automotive|automobiles?|auto|retail|distribution|sports?|spirits|` +
    String.raw`spiritueux|wines?|vins?|beverages?|boissons|banking|banks?|banques?|finance|telecoms?|energy|energie|` +
    String.raw`luxury|luxe)$`,
);
/**
 * "(not teaching)", "not counting teaching", "in a real job", « hors enseignement »: his work apart from his
 * classes, which the answer reads off the whole message (a thing only taught gets no "yes"), and a total counted
 * without naming teaching; no words of their own to find in a passage.
 */
const WORK_NOT_TEACHING = new RegExp(
  String.raw`[,(]?\s*\b(?:not counting|not|outside(?: of)?|apart from|excluding|without|other than|besides|hors|` +
    String.raw`sans compter|en dehors de(?:s|l'| l')?)\s+(?:in\s+)?(?:(?:the|his|l'|le|les|ses)\s*)?` +
    String.raw`(?:teaching|training|classes|lecturing|enseignement|cours|formations?)\b\)?|` +
    String.raw`\b(?:in|at|dans|en)\s+(?:a\s+|an\s+|his\s+|un\s+|une\s+)?(?:real|actual|proper|vrai|vraie)\s+` +
    String.raw`(?:jobs?|work|roles?|missions?|postes?|boulots?)\b|` +
    // « …formé des équipes directement chez un client, en entreprise », "trained staff at a client": training given
    // in a company's own work (only after training asked: « a-t-il travaillé chez un client ? » asks of that).
    String.raw`(?<=\b(?:form|train|coach|upskill)\p{L}*\b[^?]*),?\s*\b(?:directement\s+|directly\s+)?` +
    String.raw`(?:chez (?:un|des) clients?(?:,?\s*en entreprise)?|(?:at|for) (?:a|the) client(?:'s)?(?: site)?)` +
    String.raw`(?![\p{L}])`,
  "giu",
);
/** A word the profile lacks, read as one that weighs against a "yes" (see QuestionWord.absent). */
function absentWord(qw: QueryWord, original: string, everyday: boolean): QuestionWord {
  return { ...qw, original, key: false, employer: false, everyday, tech: false, absent: true };
}

/** "which industries?", « quels domaines métier ? »: the sectors themselves asked. */
const WHICH_SECTORS =
  /\b(which|what|quels?|quelles?|dans quels?)\b.*\b(industr\w*|sectors?|secteurs?|domaines?|domains?|verticals?)\b/;
/** How long, asked: "how long", "how many years", « combien de temps », « combien d'années ». */
const HOW_LONG_WORDS =
  /\b(how long|how many (years|months)|combien de temps|combien d ?(annees|ans)|combien de mois)\b/;
/** Words before a description of an employer: "the insurer", « l'assureur », "that engineering school". */
const DETERMINER = /^(the|that|this|his|her|their|l|la|le|cette|cet|ce|son|sa|chez)$/;
/** How far after the determiner the description may go: "the French mutual insurance company". */
const DESCRIPTION_REACH = 4;
/** A word for an employer, or one of the CV's own describing an employer as one ("insurer", « mutuelle »). */
export const EMPLOYER_NOUN = new RegExp(
  String.raw`^(company|companies|firms?|group|clients?|customers?|employers?|business|school|insurer|brand|maker|` +
    String.raw`retail+ers?|distributeurs?|gigs?|stints?|place|shop|stores?|chain|outfit|` +
    String.raw`entreprises?|societes?|boites?|groupes?|ecoles?|assureurs?|mutuelles?|marques?|job|missions?|role|` +
    String.raw`postes?|detaillants?|enseignes?|magasins?|compagnies?|firmes?|co|corp|organi[sz]ations?|agency|` +
    String.raw`agences?|startups?|employeurs?)$`,
);
/** A common word that names a kind of employer, not any employer: "school", « assureur » (not "company"). */
const KIND_OF_EMPLOYER_NOUN = /^(schools?|ecoles?|universit\w*|insurers?|assureurs?|mutuelles?|retailers?)$/;

/**
 * Each role's describing words (see describingWords) that say something of that employer alone: no other
 * role's passages hold them, and they are not among the commonest words ("French", "company", "world").
 */
function describedEmployers(
  vocabulary: ProfileVocabulary,
  lexicon: Lexicon,
  owners: Record<string, { en: string; fr: string }>,
): { key: string; words: string[]; owners: string[] }[] {
  const roles = [...vocabulary.roles.values()];
  const textOf = new Map(roles.map((r) => [r.key, ` ${r.chunks.map((c) => foldText(c.text)).join(" ")} `]));
  // (And what the owner says an employer is, when the CV doesn't: "a sporting goods retailer".)
  const ownersWords = (role: RoleInfo) =>
    Object.entries(owners)
      .filter(([name]) => foldText(name) === foldText(role.employer))
      .flatMap(([, d]) => foldText(`${d.en} ${d.fr}`).match(/\p{L}{5,}/gu) ?? [])
      .filter((w) => !lexicon.isCommon(w));
  return roles.map((role) => ({
    key: role.key,
    // (The owner's words as written, or in the plural: not "distributed" for « distributeur ».)
    owners: ownersWords(role),
    // (A common word too when it names a kind of employer one role alone is: "the school"; see rolesDescribed.)
    words: describingWords(role).filter(
      (w) =>
        (!lexicon.isCommon(w) || KIND_OF_EMPLOYER_NOUN.test(w)) &&
        roles.every((other) => other === role || !textOf.get(other.key)!.includes(` ${w}`)),
    ),
  }));
}

/** A spaced slash and the word after it: "Terraform / infra as code". */
const DESCRIBING_SLASH = /\s\/\s(?=([\p{L}][\p{L}\p{N}+#-]*))/gu;
/** One word, then the end of the message. */
const LAST_WORD = /^[\p{L}][\p{L}\p{N}+#-]*\s*[?!.]*\s*$/u;
const TAKES_UP_WORDS = 6;
/** A stretch that takes up the one before it: "was it Oracle?", « c'était de l'Oracle ? », "it was on EMR?". */
const TAKES_UP =
  /^\s*(c'? ?etait|c'? ?est|c'? ?etaient|ca|cela|was it|is it|were they|are they|was that|it was|they were)\b/;
/** The CV passages acronyms and word pairs are read from: a CV's worth, however large the knowledge folder. */
const MAX_CV_PASSAGES = 1000;
/** « en CDI ou en freelance ? », "freelance or permanent?": which of two contracts. */
const CONTRACT_KIND = String.raw`(cdi|cdd|permanent|salarie|employee|freelance\w*|independant|contractor)`;
const CONTRACT_EITHER = new RegExp(
  String.raw`\b${CONTRACT_KIND}\s+(ou|or)\s+(en\s+|a\s+|as\s+a\s+)?${CONTRACT_KIND}\b`,
);

/** "And in the classroom, what does he teach?": where a question is set, before its comma, is no thing asked. */
const SETTING = new RegExp(
  String.raw`^(and |et |but |mais )?(in|at|on|during|inside|within|dans|en|pendant|au|aux|a la|a l')\s*` +
    String.raw`(the |his |her |le |la |les |l'|ses |son |sa )?[\p{L}-]+$`,
  "u",
);

function isSetting(r: { part: QuestionPart; segment: string }): boolean {
  const plain = foldText(r.segment).replace(/[,;:]/g, "").trim();
  return SETTING.test(plain) && r.part.technologies.length + r.part.missing.length === 0 && r.part.roles.length === 0;
}

/** A figure and its unit written as one word (folded): "12h", "6min", "500to", "2tb", "10k". */
const FIGURE_WITH_UNIT = /^\d+(?:[.,]\d+)?(?:h|min|mn|s|ms|to|tb|go|gb|pb|po|k|m|ans?|mois|j|jours?|x|wk|wks)$/;

/** Words of a story told before a question, past which it is set aside (see storyAside). */
const MIN_STORY_WORDS = 25;

/** The most things one question is split into; a longer list is read as one question. */
const MAX_PARTS = 12;

/**
 * "A/B testing": two letters joined by a slash are one term (the profile writes none), not two letters to drop;
 * read at the first (its second set aside). False for any other word.
 */
function slashedLetters(r: SegmentReading, i: number): boolean {
  const token = r.tokens[i]!;
  if (!/^\p{L}$/u.test(token.original)) return false;
  const after = /(\p{L})\/$/u.exec(r.segment.slice(0, token.start));
  if (after && letterPair(`${after[1]}/${token.original}`)) return true;
  const pair = /^\/(\p{L})(?![\p{L}\p{N}])/u.exec(r.segment.slice(token.end));
  if (!pair || !letterPair(`${token.original}/${pair[1]}`)) return false;
  r.missing.push(`${token.original}/${pair[1]}`);
  r.subjects += 1;
  return true;
}

/** "A/B": two letters joined by a slash, one term; not a shorthand of words ("y/n", "w/o", "n/a", "b/c"). */
function letterPair(pair: string): boolean {
  return /^\p{L}\/\p{L}$/u.test(pair) && !/^(y\/n|w\/o|n\/a|b\/c|o\/w|s\/o|c\/o|w\/e|i\/o)$/i.test(pair);
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    original: m[0],
    folded: foldText(m[0]).replace(/[^\p{L}\p{N}+#]/gu, ""),
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}

/** The words of tokens `start` to `start + length` as the asker wrote them. */
function spanText(tokens: Token[], start: number, length: number): string {
  return tokens
    .slice(start, start + length)
    .map((t) => t.original)
    .join(" ");
}

/**
 * "BigQuery" → "Google BigQuery": a missing name with the capitalised words around it, as written; or with
 * the words a known product name goes on with, whatever the case ("github actions").
 */
function widenNames(
  tokens: Token[],
  missing: string[],
  phraseAt: (tokens: string[], i: number) => number,
  segment: string,
  known: (folded: string) => boolean = () => false,
  opens = true,
): string[] {
  // "Azure Databricks": a name of the profile's own ends the name it lacks, which is "Azure" alone.
  const capital = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.original);
  // "…in Looker. Has he…": a name ends with its sentence.
  // ("Spark-Streaming" is one name; "NoSQL - MongoDB" two things, a spaced dash between them.)
  const joined = (a: Token, b: Token | undefined) => b !== undefined && /^(\s+|-)$/.test(segment.slice(a.end, b.start));
  const folded = tokens.map((t) => t.folded);
  const names = missing.map((m) => {
    const i = tokens.findIndex((t) => t.original === m);
    const phrase = [i, i - 1, i - 2].find(
      (start) => start >= 0 && start + phraseAt(folded, start) > i && !GRAMMAR_FIRST.test(folded[start]!),
    );
    if (i >= 0 && phrase !== undefined) return spanText(tokens, phrase, phraseAt(folded, phrase));
    if (i < 0 || !capital(tokens[i])) return m;
    let start = i;
    let end = i;
    // (The first word's capital is the sentence's, unless the segment follows another: "…and Great Expectations?")
    const first = opens ? 1 : 0;
    while (start > first && capital(tokens[start - 1]) && joined(tokens[start - 1]!, tokens[start])) start -= 1;
    while (capital(tokens[end + 1]) && !known(tokens[end + 1]!.folded) && joined(tokens[end]!, tokens[end + 1]))
      end += 1;
    return tokens
      .slice(start, end + 1)
      .map((t) => t.original)
      .join(" ");
  });
  return [...new Set(names)];
}

function queryWord(word: string): QueryWord {
  // « traitent », « utilisent »: a verb's third person plural, which the French stemmer leaves whole, also read
  // as its singular (« traite » → « trait », as « traitant »); in the question only, the passages' stems untouched.
  // (Not a word kept whole as a notion of its own: "government" is no « governm- ».)
  const plural = word.length >= 7 && word.endsWith("ent") && stemWord(word, "fr") === word && !isOwnNotion(word);
  const singular = plural ? [stemWord(word.slice(0, -2), "fr")] : [];
  return { word, stems: [...new Set([stemWord(word, "en"), stemWord(word, "fr"), ...singular])] };
}

/**
 * Reads a message: takes off markup and chatter, detects the language once, corrects typos to the
 * profile's words, tells specific terms the profile lacks from ordinary words, and splits a question
 * about several things into parts. Built once per index; every answer path starts here.
 */
export class QuestionReader {
  constructor(
    private readonly vocabulary: ProfileVocabulary,
    private readonly lexicon: Lexicon,
    private readonly keywords: Bm25Index,
    private readonly thesaurus: Thesaurus,
    private readonly chunks: readonly Chunk[] = [],
    /** What the owner says each employer is (profile.yml's `employers`), by employer name. */
    private readonly employerDescriptions: Record<string, { en: string; fr: string }> = {},
  ) {
    // Passages found by their keywords first: at 100,000 passages, reading them all took ~30 ms a phrase.
    this.holdsPhrase = phraseHolder(chunks, keywords.size === chunks.length ? keywords : undefined);
    // A CV's worth of passages: a question's pairs are looked for there, never over 100,000 passages.
    this.cvHoldsPhrase = phraseHolder(chunks.filter((c) => c.period).slice(0, MAX_CV_PASSAGES));
  }

  private acronymMap: Map<string, string> | null = null;
  /** The message being read has no lower-case letter. */
  private shouting = false;
  /** The language of the message being read. */
  private language: Language = "en";
  /** "which industries? retail, insurance…": the message asks the sectors themselves (see `sectorsWeighed`). */
  private sectorsAsked = false;
  /** How many sectors the message names ("finance or insurance": two). */
  private sectorsNamed = 0;
  /** Whether the CV's passages write a phrase word for word: the pairs "a/b" and "a-b" of a question. */
  private readonly cvHoldsPhrase: (phrase: string) => boolean;

  /** The profile's names by acronym, read once from the CV's passages (see acronymsOf). */
  private acronyms(): Map<string, string> {
    if (this.acronymMap) return this.acronymMap;
    const techTokens = new Set(this.vocabulary.technologies.flatMap((t) => t.tokens));
    // Employers' own names ("Pernod Ricard"), not the dictionary words in them ("Data" of "AAA-Data").
    const employers = new Set(
      [...this.vocabulary.roles.values()].flatMap((r) => r.employerTokens).filter((w) => !this.lexicon.isWord(w)),
    );
    const excluded = (w: string) => techTokens.has(w) || employers.has(w) || this.lexicon.techName(w) === "tech";
    const texts = this.chunks.filter((c) => c.period && c.kind !== "role").slice(0, MAX_CV_PASSAGES);
    this.acronymMap = acronymsOf(
      texts.map((c) => c.text),
      excluded,
    );
    return this.acronymMap;
  }

  /** True when the profile writes a name word for word ("google places"). */
  private readonly holdsPhrase: (phrase: string) => boolean;

  private sortedTerms: string[] | null = null;

  /**
   * A word with its stems; a brand's name no dictionary holds keeps only the stems close to it: the French
   * stemmer makes "cloud" of "Cloudera", which the CV's "cross-cloud" would answer.
   */
  private nameWord(w: string): QueryWord {
    const word = queryWord(w);
    if (this.lexicon.techName(w) !== "tech" || this.lexicon.isWord(w)) return word;
    const close = word.stems.filter((s) => s.length >= w.length - 2);
    return { word: w, stems: close.length > 0 ? close : [w] };
  }

  /** True when the profile holds the word, or one of its synonyms. */
  knows(word: QueryWord): boolean {
    return [...word.stems, ...this.thesaurus.expand(word)].some((t) => this.keywords.has(t));
  }

  /**
   * "REST": an acronym the CV never writes, whose stem only its words share ("restaient"), nor a synonym
   * of which it holds. Its plural is the same acronym ("APIs").
   */
  private onlyStemShared(word: QueryWord): boolean {
    const forms = [word.word, word.word.replace(/s$/, "")];
    if (
      forms.some((f) => this.vocabulary.words.has(f) || this.vocabulary.technologies.some((t) => t.tokens.includes(f)))
    )
      return false;
    return !this.thesaurus.expand(word).some((t) => this.keywords.has(t));
  }

  /**
   * The word with the profile's forms of it that the stemmers miss ("reconciling" → "reconciliation"):
   * index stems sharing all but the last letter of a stem of six letters or more.
   */
  private withVariants(word: QueryWord): QueryWord {
    // Only real words have forms to find; a typo ("databriks") is the speller's. (And a notion kept whole has none:
    // « industrie » is no « industrialisation ».)
    if (this.knows(word) || !this.lexicon.isWord(word.word) || isOwnNotion(word.word)) return word;
    this.sortedTerms ??= this.keywords.terms().sort();
    const extra = new Set<string>();
    for (const stem of word.stems) {
      if (stem.length < 6) continue;
      const prefix = stem.slice(0, Math.max(6, stem.length - 1));
      let lo = 0;
      let hi = this.sortedTerms.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.sortedTerms[mid]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < this.sortedTerms.length && this.sortedTerms[i]!.startsWith(prefix); i++) {
        const term = this.sortedTerms[i]!;
        // (Not a French -aire derivative, a word of its own: « sociétaire » is a member, not a « société ».)
        if (term.length <= stem.length + 4 && !(/air$/.test(term) && !/air$/.test(stem))) extra.add(term);
      }
    }
    return extra.size > 0 ? { ...word, stems: [...word.stems, ...extra] } : word;
  }

  /**
   * "we're a retailer in Lille; does he know Spark?", « Je suis recruteuse à Montréal… Spark pis Databricks ? »: the
   * question without the asker's setting, when the setting names nothing the profile holds and the rest, read alone,
   * asks a thing of its own; else null.
   */
  private settingAside(text: string, language: Language): UnderstoodQuestion | null {
    const m = ASKERS_SETTING.exec(text);
    const rest = m ? text.slice(m[0].length) : "";
    if (!m)
      return (
        this.storyAside(text, language) ?? this.contextPointedAt(text, language) ?? this.ourSideAside(text, language)
      );
    if (!rest.includes("?")) return null;
    const telling = tokensOf(m[0]).some(
      (t) =>
        isContentWord(t.folded) &&
        !this.lexicon.isEveryday(t.folded, language) &&
        (this.knows(queryWord(t.folded)) || this.lexicon.techName(t.folded) === "tech"),
    );
    if (telling) return this.contextPointedAt(text, language) ?? this.ourSideAside(text, language);
    const alone = this.read(rest, { language });
    const asks = (p: QuestionPart) =>
      p.technologies.length + p.roles.length + p.missing.length > 0 || p.words.some((w) => !w.light);
    return !alone.chatter && (alone.topic !== null || alone.parts.some(asks))
      ? alone
      : (this.contextPointedAt(text, language) ?? this.ourSideAside(text, language));
  }

  /**
   * "So I've been going through profiles for a retail group rebuilding its platform… Anyway: has he done a
   * datalake migration?": a story told first, in sentences that ask nothing and name no technology nor employer,
   * then the question, read alone when it asks a thing of its own (a job pasted names what it wants: not set aside).
   */
  private storyAside(text: string, language: Language): UnderstoodQuestion | null {
    const asked = text.indexOf("?");
    if (asked < 0) return null;
    const ends = [...text.slice(0, asked).matchAll(/[.!;…:]\s+(?=\S)/gu)];
    const cut = ends.length > 0 ? ends[ends.length - 1]!.index! + ends[ends.length - 1]![0].length : 0;
    const story = text.slice(0, cut);
    if (tokensOf(story).length < MIN_STORY_WORDS) return null;
    const told = tokensOf(story).some(
      (t) =>
        this.lexicon.techName(t.folded) === "tech" ||
        this.vocabulary.technologies.some((x) => x.tokens.includes(t.folded)) ||
        [...this.vocabulary.roles.values()].some(
          (r) => r.employerTokens.includes(t.folded) && !this.lexicon.isWord(t.folded),
        ),
    );
    // ("…Has he done it at Decathlon?": the question points back into the story, which it then needs.)
    if (
      told ||
      POINTS_INTO.test(foldText(text.slice(cut))) ||
      /\b(le faire|l'a fait|did (it|that))\b/.test(foldText(text.slice(cut)))
    )
      return null;
    const alone = this.read(text.slice(cut), { language });
    const asks = (p: QuestionPart) => p.technologies.length + p.missing.length > 0;
    return !alone.chatter && alone.parts.some(asks) ? alone : null;
  }

  /**
   * "The airline runs everything on Snowflake. Does he know it?", "My client is a shipping company on AWS. Has he
   * worked with it?": what the asker's side uses, said first, then a question pointing at it ("it", « l'a »). The
   * thing pointed at is the technology named; the rest of the sentence ("airline", "shipping") says who uses it, not
   * what is asked. Only a sentence of the asker's side: none naming him or an employer of his. (Also "we're a bank.
   * has he worked in one?" and "that kind of migration", see kindPointedAt.)
   */
  private contextPointedAt(text: string, language: Language): UnderstoodQuestion | null {
    const told = toldThenAsked(text, false);
    if (!told) return null;
    const { context, question } = told;
    // "we're a bank. has he worked in one?": the kind said, asked of him.
    const kind = ASKERS_KIND.exec(context.trim());
    if (kind && /\b(?:in|at|for|with) one\b/i.test(question))
      return this.read(question.replace(/\bone\b/i, kind[1]!), { language });
    if (KIND_POINTED.test(foldText(question))) return this.kindPointedAt(context, question, language);
    // (Not "has he done it?", « il l'a fait ? », pointing at what was done: "…migrating from Teradata to Snowflake.")
    const folded = foldText(question);
    if (HIS_WORDS.test(foldText(context)) || !POINTS_AT_THING.test(folded) || DONE.test(folded)) return null;
    const tokens = tokensOf(context);
    if (this.namesEmployer(context)) return null;
    const isTech = (t: Token) =>
      this.vocabulary.technologies.some((x) => x.tokens.includes(t.folded)) ||
      (this.lexicon.techName(t.folded) === "tech" && !(this.lexicon.isWord(t.folded) && /^\p{Ll}/u.test(t.original)));
    // (The rest ordinary words, in small letters: not a name besides, "…"Apache Beam / Google Dataflow"…".)
    // ("I'm recruiting for a Databricks role.": the asker's "I'm", no name.)
    const named = (t: Token, i: number) =>
      (!this.lexicon.isWord(t.folded) && !/^(i'?m|i've|i'll|we'?re|we've|m|re|ve|ll)$/.test(t.folded)) ||
      (i > 0 && /^\p{Lu}/u.test(t.original) && !/^(I|I'm)$/.test(t.original));
    if (/["“”«»]/.test(context) || tokens.some((t, i) => !isTech(t) && named(t, i))) return null;
    const runs: string[] = [];
    let prev: Token | null = null;
    for (const t of tokens) {
      if (!isTech(t)) continue;
      if (prev && runs.length > 0 && /^\s*$/.test(context.slice(prev.end, t.start)))
        runs[runs.length - 1] += ` ${t.original}`;
      else runs.push(t.original);
      prev = t;
    }
    // (One thing, as "it" points at; not when a figure goes with it: "…needs 5 years on Airflow. Has he got it?")
    if (runs.length !== 1 || /\d/.test(context)) return null;
    const own = this.read(question, { language });
    if (own.parts.some((p) => p.technologies.length + p.missing.length > 0)) return null;
    const read = this.read(`${runs[0]}: ${question}`, { language });
    return read.chatter ? null : read;
  }

  /**
   * "our platform got hundreds of airflow dags all handwritten, v painful to maintain. he did generate the dags
   * automatically before or not?": what the asker's side has or does ("our", « chez nous »), told in sentences
   * before a question that asks a thing of its own and doesn't point back: the question, read alone.
   */
  private ourSideAside(text: string, language: Language): UnderstoodQuestion | null {
    // (A question of several, split before its mark: "…Has he done Databricks migrations", asked as one.)
    const told = toldThenAsked(text, true);
    if (!told) return null;
    const context = foldText(told.context);
    const q = foldText(told.question);
    if (!OUR_SIDE.test(context) || HIS_WORDS.test(context) || this.namesEmployer(context)) return null;
    if ([POINTS_INTO, KIND_POINTED, POINTS_AT_THING, POINTS_AT_TOLD].some((re) => re.test(q))) return null;
    // (Not a job's stack listed, "Stack : GCP, BigQuery, Airflow…": what is wanted, which a fit report weighs.)
    const techs = tokensOf(context).filter((t) =>
      this.vocabulary.technologies.some((x) => x.tokens.includes(t.folded)),
    );
    if (techs.length >= 2) return null;
    const alone = this.read(told.question, { language });
    // (A thing of its own, that the profile holds or names: not "What's his level of expertise?", which asks of the
    // stack told.)
    const asks = (p: QuestionPart) =>
      p.technologies.length > 0 || p.words.some((w) => !w.everyday && !w.light && !w.absent);
    return !alone.chatter && alone.parts.some(asks) ? alone : null;
  }

  /** Whether a text names an employer of the CV: "Decathlon", "AAA" (not "data", a word of "AAA-Data"). */
  private namesEmployer(text: string): boolean {
    return tokensOf(text).some((t) =>
      [...this.vocabulary.roles.values()].some(
        (r) => r.employerTokens.includes(t.folded) && !this.lexicon.isWord(t.folded),
      ),
    );
  }

  /**
   * "bank is moving from old data lake to lakehouse next yr. he got hands-on exp w/ that kind of migration?": the
   * work told, asked of him as a kind; who does it ("bank"), a word the profile lacks, is the asker's side.
   */
  private kindPointedAt(context: string, question: string, language: Language): UnderstoodQuestion | null {
    const told = this.read(context, { language });
    // (Only who does the work, the sentence's subject: "bank" of "bank is moving…", "The bank is migrating…"; not a
    // thing of the work told, "Oracle" of "…from Oracle to Snowflake", "analysts" of "get analysts up to speed".)
    const subject = tokensOf(context)
      .slice(0, 2)
      .map((t) => t.folded);
    const theirs = told.parts.flatMap((p) =>
      p.missing.filter(
        (m) =>
          subject.includes(foldText(m)) &&
          this.lexicon.techName(foldText(m)) !== "tech" &&
          this.lexicon.isWord(foldText(m)),
      ),
    );
    if (theirs.length === 0 || told.parts.some((p) => p.roles.length > 0)) return null;
    const pattern = new RegExp(String.raw`(?<![\p{L}])(?:${theirs.map(literal).join("|")})(?![\p{L}])`, "giu");
    const read = this.read(`${context.replace(pattern, " ").replace(/\s+/g, " ").trim()} ${question}`, { language });
    // (And nothing else the profile lacks left: "…move its mainframe to the cloud" asks of the mainframe.)
    return read.chatter || read.parts.some((p) => p.missing.length > 0 || p.words.some((w) => w.absent)) ? null : read;
  }

  /**
   * The message's language when its words tell it (see wordsLanguage), else null: the conversation's then. In a
   * conversation, loanwords don't move it: « team ? », "machine learning ?", "side project / open source ?" asked
   * in French stay French; with no function word, it takes four everyday words of the other language, none of its own.
   */
  languageOf(message: string, inTalk = false): Language | null {
    const text = plainText(message);
    const tell = (w: string[]) => this.wordsLanguage(w, inTalk ? 4 : 1);
    const en = detectLanguage(text, "en", tell);
    return en === detectLanguage(text, "fr", tell) ? en : null;
  }

  /**
   * "current title?", « titre actuel ? »: a message with no function word of either language, told by its
   * everyday words that only one language has, `least` of them at least (not names: "Spark?" tells nothing).
   */
  private wordsLanguage(words: string[], least: number): Language | null {
    let en = 0;
    let fr = 0;
    for (const w of words) {
      // (Not a short word: "s" of "s3", "a" of "a+", "min".)
      if (
        w.length < 4 ||
        this.lexicon.techName(w) === "tech" ||
        this.vocabulary.technologies.some((t) => t.tokens.includes(w))
      )
        continue;
      // (Alone, a frequent word only French has tells too: « secteur ? », « langues ? ».)
      const lang = least > 1 ? this.lexicon.everydayLanguage(w) : this.lexicon.tellingLanguage(w);
      if (lang === "en") en++;
      if (lang === "fr") fr++;
    }
    if (least > 1) return en >= least && fr === 0 ? "en" : fr >= least && en === 0 ? "fr" : null;
    return en === fr ? null : en > fr ? "en" : "fr";
  }

  read(message: string, options: { language?: Language; fallbackLanguage?: Language } = {}): UnderstoodQuestion {
    const clean = cleanMessage(this.roleAsideLast(message));
    const language =
      options.language ?? this.languageOf(message, !!options.fallbackLanguage) ?? options.fallbackLanguage ?? "en";
    const aside = this.settingAside(clean.text, language);
    if (aside) return aside;
    const base = {
      language,
      chatter: clean.chatter,
      found: clean.found,
      topic: null,
      arithmetic: false,
      corrections: [],
      parts: [],
    };
    if (clean.chatter || clean.text === "") return { ...base, text: "" };
    const corrections: { from: string; to: string }[] = [];
    let text = clean.text;
    this.shouting = !/\p{Ll}/u.test(clean.text);
    this.language = language;
    this.sectorsAsked = WHICH_SECTORS.test(foldText(clean.text));
    // (Not a company's: « le groupe de vins et spiritueux » describes Pernod Ricard.)
    const words = wordTokens(clean.text);
    this.sectorsNamed = words.filter(
      (w, i) =>
        w !== "auto" && SECTOR_WORD.test(w) && !words.slice(Math.max(0, i - 4), i).some((x) => EMPLOYER_NOUN.test(x)),
    ).length;
    // Corrections are applied to the text first, so every later step reads the profile's words.
    for (let k = 0, apart = this.employerSpelledApart(text); apart && k < 3; k++) {
      if (apart.correction) corrections.push(apart.correction);
      text = apart.text;
      apart = this.employerSpelledApart(text);
    }
    const tokens = tokensOf(text);
    for (const [i, token] of [...tokens.entries()].reverse()) {
      const silent = this.silentReading(text, tokens, i);
      if (silent) {
        text = `${text.slice(0, token.start)}${silent}${text.slice(token.end)}`;
        continue;
      }
      const fix = this.nameSlip(tokens, i) ?? this.correction(token);
      if (!fix) continue;
      if (!corrections.some((c) => c.from === token.original)) corrections.unshift({ from: token.original, to: fix });
      text = `${text.slice(0, token.start)}${fix}${text.slice(token.end)}`;
    }
    text = this.rankedRoleNamed(text, language);
    text = this.withoutIntroduction(this.joinedWords(text).replace(WORK_NOT_TEACHING, " ").trim());
    const parts = this.splitParts(text, language).map((p) => this.plainWordsTogether(p));
    for (const part of parts) this.withNotionTech(part);
    for (const { described } of parts)
      if (described && !corrections.some((c) => c.from === described.from)) corrections.push(described);
    if (this.introducesOnly(text, parts)) return { ...base, chatter: "greeting", text: "" };
    return { ...base, text, corrections, topic: ownerTopicOf(text), arithmetic: isArithmetic(text), parts };
  }

  /**
   * "wich companies…?", « cb dheures a lepisen ? »: read as meant, without a note; the slip of a word that asks, or an
   * apostrophe left out, says nothing about the profile; nor "containerization" read as "container", the same thing
   * made a verb or a noun.
   */
  private silentReading(text: string, tokens: Token[], i: number): string | null {
    const token = tokens[i]!;
    // Where a question starts: the message's first word, or the first after a full stop ("…? wich…").
    const opens = /(^|[.!?:]\s*)$/u.test(text.slice(0, token.start).trimEnd());
    // (« que faisait-il ? », « que fait-il ? »: « que » before a verb asks what; before a noun it is chat French's
    // « quel »: « que techno il utilise ? ».)
    const verb = token.folded === "que" && QUE_VERB.test(tokens[i + 1]?.folded ?? "");
    const slip = opens && !verb ? this.questionWordSlip(token.folded) : null;
    return (
      slip ??
      this.elisionRunTogether(token) ??
      this.droppedG(token) ??
      this.derivedBase(token) ??
      this.swappedEveryday(token)
    );
  }

  /** "workin", "doin'", "lookin": spoken English's "-ing" with its "g" dropped, when only the "-ing" is a word. */
  private droppedG(token: Token): string | null {
    const w = token.folded;
    if (this.language !== "en" || w.length < 4 || !w.endsWith("in") || this.lexicon.isWord(w)) return null;
    return this.lexicon.isEveryday(`${w}g`, "en") ? `${w}g` : null;
  }

  /** The one stack technology a part's one telling word names through its synonyms ("containers" → Docker). */
  private withNotionTech(part: QuestionPart): void {
    if (part.technologies.length > 0 || part.missing.length > 0) return;
    const telling = part.words.filter((w) => !w.everyday && !w.light && !w.employer && !w.absent);
    if (telling.length !== 1) return;
    const stems = new Set(this.thesaurus.expand(telling[0]!));
    const named = this.vocabulary.technologies.filter(
      (t) => t.tokens.length === 1 && queryWord(t.tokens[0]!).stems.some((x) => stems.has(x)),
    );
    // (Not "devops" when a role without the tool says it in other words — "CI/CD" at Decathlon, Jenkins at
    // AAA-Data — nor "monitoring", drift monitored at MAIF, Datadog at Decathlon: the notion is more than the tool.)
    if (named.length !== 1) return;
    const tool = queryWord(named[0]!.tokens[0]!).stems;
    const beyond = [...this.vocabulary.roles.values()].some((r) => {
      const held = this.roleStems(r);
      return !tool.some((s) => held.has(s)) && [...stems].some((s) => held.has(s));
    });
    if (beyond) part.notionWide = true;
    else part.notionTech = named[0]!;
  }

  private readonly stemsOfRole = new WeakMap<RoleInfo, Set<string>>();
  /** The stems of a role's passages, read once per reader (not on every question naming a notion). */
  private roleStems(role: RoleInfo): Set<string> {
    let held = this.stemsOfRole.get(role);
    if (!held) {
      held = new Set(role.chunks.flatMap((c) => wordTokens(c.text).flatMap((t) => queryWord(t).stems)));
      this.stemsOfRole.set(role, held);
    }
    return held;
  }

  /**
   * "I'm a recruiter at a fintech and my manager asks whether…": who is asking, said before what is asked, which
   * is the rest (the shortest such clause; one naming a technology or an employer says more than who asks).
   */
  /** "Sarah from Hays", « Léa de Hays »: a first name (no frequent word of a dictionary), then where she works. */
  private nameFromFirm(head: string): boolean {
    const m =
      /^(?:(?:hi|hello|hey|bonjour|salut|coucou)[\s,!]+)?(\p{Lu}[\p{L}-]+) (?:from|at|de|de chez|chez|@) \p{Lu}/u.exec(
        head.trim(),
      );
    const name = foldText(m?.[1] ?? "");
    // (A name, not "Data from IoT sensors": no frequent word of a dictionary.)
    const common = this.lexicon.isWord(name) && this.lexicon.isEveryday(name, "en");
    return m !== null && head.trim().split(/\s+/).length <= 6 && !common;
  }

  /** "before his current job", « avant son poste actuel »: before the work going on began, the earliest of it. */
  private beforeCurrent(found: string, word: string): string {
    const going = [...this.vocabulary.roles.values()]
      .filter((r) => r.period?.current && r.kind === "work")
      .sort((a, b) => a.period!.start.localeCompare(b.period!.start));
    return going[0] ? `${word} ${going[0].employer}` : found;
  }

  /**
   * "what tools did he use in his first job?", « dans son deuxième poste », "the stack at his last CDI": the role of
   * that rank named instead ("at MAIF"), by when each began — his last one only of a contract ("last CDI"), his
   * current roles being several.
   */
  private rankedRoleNamed(text: string, language: Language): string {
    const at = language === "fr" ? "chez" : "at";
    const dated = [...this.vocabulary.roles.values()].filter((r) => r.period);
    // ("in his current job": the roles going on, either of them; "in his previous job": the last one ended.)
    // ("in his previous jobs": every one ended.)
    const nowOrBefore = (found: string, rank: string, many = false) => {
      const or = (names: string[]) => `${at} ${names.join(language === "fr" ? " ou " : " or ")}`;
      // (Of his work, when some goes on: "his current mission" is Decathlon's, not his teaching beside it.)
      if (NOW_RANK.test(rank)) {
        const going = dated.filter((r) => r.period!.current);
        // ("is he teaching in his current role?": the teaching going on, which it asks of.)
        const work = going.filter((r) => (r.kind === "work") !== teaching);
        const now = (work.length > 0 ? work : going).map((r) => r.employer);
        return now.length > 0 ? or(now) : found;
      }
      const ended = dated
        .filter((r) => !r.period!.current)
        .sort((a, b) => b.period!.end!.localeCompare(a.period!.end!));
      return ended.length === 0 ? found : or((many ? ended : ended.slice(0, 1)).map((r) => r.employer));
    };
    // (Not "what's he called in his current job?": the titles of all his roles now, which the current answer gives;
    // nor "skills for the current role", the one hired for: his, said so.)
    const titled = /\b(title|called|titre|intitul\w*)\b/i.test(text);
    // ("in the previous job" too: the one hired for is no previous one.)
    const his = (found: string, rank = "") =>
      (/\b(his|her|son|sa)\b/i.test(found) || (PREVIOUS_RANK.test(rank) && /\b(the|le|la)\b/i.test(found))) && !titled;
    // ("a lecturer in his current job?": his teaching too, which goes on beside.)
    const teaching = TEACHING_ASKED.test(text);
    const said = text
      .replace(RANKED_AFTER, (found, rank: string) => (his(found, rank) ? nowOrBefore(found, rank) : found))
      .replace(BEFORE_CURRENT, (found, word: string) => this.beforeCurrent(found, word));
    const ranked = said.replace(
      RANKED_ROLE,
      (found, rank: string, kind: string | undefined, noun: string, after?: string) => {
        if (NOW_RANK.test(rank) || PREVIOUS_RANK.test(rank))
          return his(found, rank) && !kind && !after ? nowOrBefore(found, rank, /s$/i.test(noun)) : found;
        const asked = rankedContract(`${kind ?? ""} ${noun} ${after ?? ""}`);
        const last = /^(last|latest|most recent|dernier|derniere|dernière)$/i.test(rank);
        // (His last one of a contract only when one role ends it: his permanent ones; the freelance go on together.
        // "in his last job", « dans son dernier poste »: the work going on now, his latest.)
        if (last && asked !== "permanent")
          return his(found) && !kind && !after && !LAST_BEFORE.test(said.slice(said.indexOf(found) + found.length))
            ? nowOrBefore(found, "current")
            : found;
        const roles = [...this.vocabulary.roles.values()]
          .filter((r) => r.period && (!asked || /freelance/i.test(r.contract ?? "") === (asked === "freelance")))
          .sort((a, b) => a.period!.start.localeCompare(b.period!.start));
        const at = last ? roles.length - 1 : RANKS.findIndex((re) => re.test(rank));
        const role = roles[at];
        return role ? `${language === "fr" ? "chez" : "at"} ${role.employer}` : found;
      },
    );
    // ("did his previous employer use Scala?": the employer itself, with no "at".)
    return ranked.replace(RANKED_SUBJECT, (found, rank: string) =>
      his(found, rank) ? nowOrBefore(found, rank).replace(/^(at|chez) /, "") : found,
    );
  }

  private withoutIntroduction(text: string): string {
    // (A clause after "and": "…at a fintech and my manager asks…"; not "a recruiter and hiring manager".)
    const clause = String.raw`(?:my|i|i'm|we|our|he|she|mon|ma|mes|je|j'|nous|notre|il|elle|on)\b`;
    const bounds = new RegExp(String.raw`\s*(?:[,;.—]|\s(?:and|et|but|mais)\s(?=${clause}))\s*`, "giu");
    for (const bound of text.matchAll(bounds)) {
      const head = text.slice(0, bound.index);
      const rest = text.slice(bound.index + bound[0].length);
      const said = foldText(head);
      const firm = this.nameFromFirm(head);
      const intro = SELF_INTRODUCTION.test(said) || SIGNED_HERE.test(said) || firm;
      if (!/[\p{L}\p{N}]/u.test(rest) || !intro) continue;
      // Only before something asked of him ("…, quick screening questions" asks nothing yet: a greeting), that
      // doesn't point back into it ("…at an insurance company, did he work at one?", « ce secteur »).
      const folded = foldText(rest);
      if (!/\?|\b(he|she|his|her|him|il|elle|son|sa|ses|lui|candidate?|candidat|profile?|profil)\b/.test(folded))
        return text;
      if (POINTS_INTO.test(folded)) return text;
      // (Not the firm a "Sarah from Hays" names, whatever brand shares its name.)
      const names = tokensOf(firm ? head.replace(/\s(?:from|at|de|chez|@)\s.*$/u, "") : head).some(
        (t) =>
          this.vocabulary.technologies.some((x) => x.tokens.includes(t.folded)) ||
          this.lexicon.techName(t.folded) === "tech" ||
          [...this.vocabulary.roles.values()].some((r) => r.employerTokens.includes(t.folded)),
      );
      return names ? text : rest;
    }
    return text;
  }

  /**
   * "I'm hiring for a fintech, a few screening questions": who is asking, nothing asked yet. The agency is a name
   * the profile lacks, and no subject: "a recruiter at Hays", « de chez Hays ».
   */
  private introducesOnly(text: string, parts: QuestionPart[]): boolean {
    const folded = ` ${foldText(text)
      .replace(/[^\p{L}\p{N}'+#.]+/gu, " ")
      .replace(/\.(?=\s|$)/g, "")} `;
    // "I'm Sarah from Talentia", « je suis recruteuse dans une ESN »: who is asking, and where.
    const agency = (name: string) =>
      // (Not "for a": "I'm hiring for a Kubernetes role" names what the job needs.)
      // ("…a retail company in Ohio": where it is.)
      [...["at", "from", "with", "of", "chez", "de", "dans une", "dans un", "chez une", "chez un", "at a", "at an"]]
        .concat(["based in", ...COMPANY_KINDS.map((k) => `${k} in`)])
        .concat(["i'm", "i am", "my name is", "this is", "je suis", "je m'appelle", "moi c'est"])
        .some((x) => folded.includes(` ${x} ${foldText(name)} `));
    // ("…a private bank in Luxembourg, Kirchberg": where, then where in it.)
    const placeIn = (name: string) =>
      new RegExp(String.raw`\b(in|at|a|en|au) [\p{L}-]+, ${literal(foldText(name))}\b`, "u").test(foldText(text));
    const namesNothing = parts.every(
      (p) => p.technologies.length + p.roles.length === 0 && p.missing.every((name) => agency(name) || placeIn(name)),
    );
    const plain = foldText(text);
    // (A name, then where from: only when nothing of the profile's is said, "Migration from a datalake…" is.)
    const named = NAME_FROM.test(text.trim()) && parts.every((p) => p.words.every((w) => w.everyday));
    const announced =
      SELF_INTRODUCTION.test(plain) || QUESTIONS_ANNOUNCED.test(plain) || LEAD_INTRODUCTION.test(plain) || named;
    return announced && namesNothing;
  }

  /**
   * An employer's name dictated or typed in pieces: « ma if », « a a a data », "pernod ri card", "AAA Data",
   * "Pernod-Ricard": the name, when the pieces run together spell it (two pieces at least, none the name itself).
   */
  private employerSpelledApart(text: string): { text: string; correction: { from: string; to: string } | null } | null {
    const tokens = tokensOf(text);
    const names = this.employersRunTogether();
    for (let i = 0; i < tokens.length; i++) {
      // ("AAAdata": a name written with its hyphen left out, in one piece.)
      const one = names.get(tokens[i]!.folded);
      if (one && foldText(one) !== tokens[i]!.folded && !/^\p{L}+$/u.test(foldText(one))) {
        const from = tokens[i]!.original;
        const correction = { from, to: one };
        return { text: `${text.slice(0, tokens[i]!.start)}${one}${text.slice(tokens[i]!.end)}`, correction };
      }
      for (let n = 2; n <= 4 && i + n <= tokens.length; n++) {
        const span = tokens.slice(i, i + n);
        const name = names.get(span.map((t) => t.folded).join(""));
        if (!name || span.some((t) => names.has(t.folded))) continue;
        const from = text.slice(span[0]!.start, span[n - 1]!.end);
        // (Pieces of one run of words, none a sentence's end: not "an MA, if yes where from?", "an MA if so".)
        const shouted =
          /^\p{Lu}{2,}$/u.test(span[0]!.original) && span.slice(1).some((t) => /^\p{Ll}+$/u.test(t.original));
        if (/[^\p{L}\p{N}\s-]/u.test(from) || shouted) continue;
        if (from === name) continue;
        // ("AAA Data", "Pernod-Ricard": the name's own words, written another way; no slip to tell.)
        const spaced = (x: string) => foldText(x).replace(/[^\p{L}\p{N}]+/gu, " ");
        return {
          text: `${text.slice(0, span[0]!.start)}${name}${text.slice(span[n - 1]!.end)}`,
          correction: spaced(from) === spaced(name) ? null : { from, to: name },
        };
      }
    }
    return null;
  }

  /**
   * A slip in one word of a technology the profile names in several ("Deta Lake" → "Delta"), read
   * from the words around it, even when the slip happens to be a word of its own.
   */
  private nameSlip(tokens: Token[], i: number): string | null {
    const w = tokens[i]!.folded;
    if (w.length < 4) return null;
    for (const t of this.vocabulary.technologies) {
      if (t.tokens.length < 2) continue;
      // "PowerBI", "DeltaLake": the name written as one word.
      if (t.tokens.join("") === w) return t.name;
      for (let k = 0; k < t.tokens.length; k++) {
        const start = i - k;
        if (start < 0 || start + t.tokens.length > tokens.length) continue;
        const others = t.tokens.every((x, j) => j === k || tokens[start + j]!.folded === x);
        const name = t.tokens[k]!;
        const slips = allowedSlips(name.length);
        if (others && name !== w && slips > 0 && editDistance(w, name, slips) <= slips)
          return this.vocabulary.display.get(name) ?? name;
      }
    }
    return null;
  }

  /**
   * The profile's word a typo stands for ("airflw" → "airflow"), or null for a word to keep. Not an everyday word
   * for a name typed in capitals: "TOEIC" is a test the profile doesn't name, not "topic".
   */
  private correction(token: Token): string | null {
    const read = this.readingOf(token);
    const capitals = /^\p{Lu}{3,6}$/u.test(token.original) && !this.shouting;
    return read && capitals && read === read.toLowerCase() ? null : read;
  }

  private readingOf(token: Token): string | null {
    const w = token.folded;
    // "DS", "DEs": a name the profile writes in full (even when the letters spell a word: "DE").
    // Not in a message written all in capitals: "QUELLE EXPÉRIENCE DE SPARK ?" is shouting, not acronyms.
    const acronym =
      /^\p{Lu}{2,5}s?$/u.test(token.original) && !this.shouting && !this.knows(queryWord(w))
        ? token.original.replace(/s$/, "")
        : null;
    const expanded = acronym ? this.acronyms().get(foldText(acronym)) : undefined;
    if (expanded) return expanded;
    const cut = this.techNameCut(w);
    if (cut) return cut;
    if (!isContentWord(w) || QUESTION_INTENT.has(w) || /\d/.test(w) || this.knows(this.withVariants(queryWord(w))))
      return null;
    // A technology's name cut short: "postgres" is the CV's "PostgreSQL".
    const whole =
      w.length >= 5
        ? this.vocabulary.technologies.flatMap((t) => t.tokens).find((t) => t.length > w.length && t.startsWith(w))
        : undefined;
    if (whole) return this.vocabulary.display.get(whole) ?? whole;
    const doubled = this.doubledLetterSlip(w);
    if (doubled) return this.vocabulary.display.get(doubled) ?? doubled;
    if (this.lexicon.isWord(w) || this.lexicon.techName(w) || this.inflectedFrench(w)) return null;
    // …and cut short with a slip: "postgrs".
    const slipped =
      w.length >= 6
        ? this.vocabulary.technologies
            .flatMap((t) => t.tokens)
            .find((t) => t.length > w.length + 1 && editDistance(w, t.slice(0, w.length + 1), 1) <= 1)
        : undefined;
    if (slipped) return this.vocabulary.display.get(slipped) ?? slipped;
    const contracted = this.vocabulary.technologies.find((t) => isContraction(w, t.tokens));
    if (contracted) return contracted.name;
    const clipped = this.clippedWord(token);
    if (clipped) return this.vocabulary.display.get(clipped) ?? clipped;
    // Not a name written with capitals ("Salesforce", "PowerPoint"): a brand, not two of the CV's words.
    const split = token.original === w ? this.splitWord(w) : null;
    if (split) return split;
    const closest = closestWord(w, this.vocabulary.words);
    const nearWord = () => nearDictionaryWord(w, (x) => this.lexicon.isWord(x));
    // ("coordoner", one slip from « coordonner », is not the English "coroner", two slips away.)
    if (!closest)
      return this.nameOutsideProfile(w, /^\p{Lu}/u.test(token.original)) ?? this.everydaySlip(w, nearWord() ? 1 : 2);
    // "doctrat" is one slip from "doctorat", two from the profile's "contrat": it is not the profile's word.
    // (An everyday word's slip is that word: "moement" is « moment », and asks nothing of the profile.)
    if (closest.distance > 1 && nearWord()) return this.everydaySlip(w, 1);
    // As the CV writes it: "databriks" → "Databricks", "chiffrment" → "chiffrement".
    return this.vocabulary.display.get(closest.word) ?? closest.word;
  }

  /**
   * Two neighbouring letters swapped in an everyday word, the first letter kept: "teh" → "the", "wiht" → "with",
   * "rigth" → "right", read silently. Only in small letters ("ETA" is a name), of no word of its own, and only when
   * one word fits; in three letters, only into English's commonest words, as lower-case acronyms are three letters
   * too ("pra" is no « par », "hmi" no "him", "psa" no « pas »).
   */
  private swappedEveryday(token: Token): string | null {
    const w = token.folded;
    if (token.original !== w || w.length < 3 || w.length > 7 || this.lexicon.isWord(w) || this.lexicon.techName(w))
      return null;
    if (this.knows(this.withVariants(queryWord(w)))) return null;
    const words =
      w.length === 3
        ? COMMONEST_THREE
        : w.length === 4
          ? FOUR_LETTER_STOPWORDS
          : this.lexicon.everydayStartingWith(w.slice(0, 2));
    const fits = new Set(words.filter((x) => x !== w && x[0] === w[0] && neighboursSwapped(w, x)));
    const fit = fits.size === 1 ? [...fits][0]! : null;
    // (A word the profile holds is read aloud, "Reading “tabels” as “tables”", by the corrections after.)
    return fit && (STOPWORDS.has(fit) || !this.knows(this.withVariants(queryWord(fit)))) ? fit : null;
  }

  /**
   * A word made from one the profile knows by "-ize"/"-ise" ("containerization", « conteneurisation »,
   * "dockerized"): that word, when it has five letters or more.
   */
  private derivedBase(token: Token): string | null {
    const w = token.folded;
    // (The ending first: every word of every message comes this way, and few end so.)
    const base = DERIVED.exec(w)?.[1];
    if (!base || base.length < 5 || !isContentWord(w) || isOwnNotion(w)) return null;
    if (this.knows(this.withVariants(queryWord(w)))) return null;
    // (A word of its own, not a stem: "économiser" is no « econom ».)
    return this.knows(this.withVariants(queryWord(base))) && this.lexicon.isWord(base) ? base : null;
  }

  /**
   * A slip of an everyday word the profile doesn't use ("perssones" → « personnes »): the one such word
   * nearest, in seven letters or more and beginning alike, so that "combien de perssones ?" still asks how many.
   */
  private everydaySlip(w: string, most = 2): string | null {
    if (w.length < 7) return null;
    const slips = Math.min(most, allowedSlips(w.length));
    const near = this.lexicon
      .everydayStartingWith(w.slice(0, 2))
      .filter((x) => Math.abs(x.length - w.length) <= slips)
      .map((x) => ({ x, d: editDistance(w, x, slips) }))
      .filter(({ d }) => d <= slips);
    const best = Math.min(...near.map(({ d }) => d));
    const nearest = [...new Set(near.filter(({ d }) => d === best).map(({ x }) => x))];
    // Of two ("moement": "moment", "movement"), the one the message's language speaks.
    const other = this.language === "fr" ? "en" : "fr";
    const spoken = nearest.length > 1 ? nearest.filter((x) => this.lexicon.everydayLanguage(x) !== other) : nearest;
    return spoken.length === 1 ? spoken[0]! : null;
  }

  /**
   * A consonant doubled before an ending, as English doubles it ("scrapping" for the CV's "scraping"): a slip
   * even when it makes another, rarer word. Not for everyday words ("filling" is not "filing"), nor a
   * French word's double letters (« basses » is not « bases »).
   */
  private doubledLetterSlip(w: string): string | null {
    const doubled = /([bcdfgklmnprtz])\1(ing|ed|er|ers)$/.exec(w);
    if (!doubled || w.length < 7 || this.lexicon.isEveryday(w) || this.lexicon.isEveryday(w, "fr")) return null;
    const variant = w.slice(0, doubled.index + 1) + w.slice(doubled.index + 2);
    return this.vocabulary.words.has(variant) ? variant : null;
  }

  /**
   * Two of the profile's words written as one ("dataviz", "datalake", "bigdata"): the two words, when no
   * nearer reading exists. Each half has three letters at least and is a word the profile holds.
   */
  private splitWord(w: string): string | null {
    const held = (x: string) => x.length >= 3 && isContentWord(x) && this.knows(queryWord(x));
    for (let i = 3; i <= w.length - 3; i++) {
      const [a, b] = [w.slice(0, i), w.slice(i)];
      if (held(a) && held(b)) return `${a} ${b}`;
    }
    return null;
  }

  /**
   * A one-word technology name with its last letters missing or a plural added ("snowflak", "databrick",
   * "dockers"): the stem matches, but the name is the CV's.
   */
  private techNameCut(w: string): string | null {
    // "table" is a word of its own, not "Tableau" cut short.
    if (w.length < 5 || this.lexicon.isWord(w)) return null;
    const name = this.vocabulary.technologies
      .filter((t) => t.tokens.length === 1)
      .map((t) => t.tokens[0]!)
      .find((x) => x !== w && (x.startsWith(w) ? x.length - w.length <= 2 : w === `${x}s`));
    return name ? (this.vocabulary.display.get(name) ?? name) : null;
  }

  /**
   * A word cut short, as people do in speech ("ingé" → "ingénieurs", "appli" → "application"): the profile's
   * most used word that begins with it as written (accents too), at least three letters longer. Not when an
   * everyday word the profile lacks begins with it too: "expé" may be « expérience », not « expérimentaux ».
   * Nor when the profile writes two words of other stems nearly as often: "inge" is « ingénieur » or "ingestion".
   */
  private clippedWord(token: Token): string | null {
    const w = token.folded;
    if (w.length < 4) return null;
    const written = token.original.toLowerCase();
    const candidates = [...this.vocabulary.words].filter(([candidate]) => {
      if (candidate.length < w.length + 3 || !candidate.startsWith(w)) return false;
      const shown = (this.vocabulary.display.get(candidate) ?? candidate).toLowerCase();
      return written === w || shown.startsWith(written);
    });
    const [best, bestCount] = candidates.reduce((a, b) => (b[1] > a[1] ? b : a), ["", 0]);
    if (!best) return null;
    const stem = (x: string) => stemWord(x, "fr").slice(0, w.length + 2);
    const rival = candidates.some(([x, count]) => stem(x) !== stem(best) && count * 2 >= bestCount);
    const others = this.lexicon.everydayStartingWith(w).filter((x) => stem(x) !== stem(best));
    return others.length === 0 && !rival ? best : null;
  }

  /**
   * A slip of a technology the profile doesn't name ("terrafrom" → "Terraform"), so that the answer says
   * what it lacks by its name. Only names of five letters or more.
   */
  private nameOutsideProfile(w: string, capitalised = false): string | null {
    if (w.length < 5) return null;
    // A capitalised name with a letter more or changed is a name of its own ("Snowpark", "Polaris"), not a slip of
    // another ("Snowpack", "Polars"); a letter left out, two swapped, one doubled or the last one missed are slips
    // ("Kuberntes", "Terrafrom", "Hadoopp", "Terraforn").
    const slip = (name: string) =>
      !capitalised ||
      name.length > w.length ||
      (name.length === w.length && [...name].sort().join("") === [...w].sort().join("")) ||
      (name.length === w.length && name.slice(0, -1) === w.slice(0, -1)) ||
      (w.length === name.length + 1 &&
        [...w].some((c, k) => k > 0 && c === w[k - 1] && w.slice(0, k) + w.slice(k + 1) === name));
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const name of this.lexicon.techNames()) {
      const slips = allowedSlips(name.length);
      if (name.length < 5 || Math.abs(name.length - w.length) > slips) continue;
      const d = editDistance(w, name, slips);
      // (Two slips keep the first letter: "sagemaker" is not "gamemaker".)
      if (d <= slips && d < bestDistance && (d < 2 || name[0] === w[0]) && slip(name)) [best, bestDistance] = [name, d];
    }
    if (!best) return null;
    // A slip a dictionary word explains is that word, unless the word is the name ("terraform").
    if (nearDictionaryWord(w, (x) => this.lexicon.isWord(x)) && !this.lexicon.isWord(best)) return null;
    return best[0]!.toUpperCase() + best.slice(1);
  }

  /**
   * "spark kafka flink ?", "python sql scala": names and nothing else, one after the other, are a list:
   * written back with commas ("Delta Lake" and the lexicon's product names stay whole). Else the question.
   * (« spark scala kafka et terraform ? »: the last joined by "and", « et »… is one more.)
   */
  private bareList(question: string, language: Language): string {
    const joiner = /^(.*\S)\s+(and|et|or|ou)\s+(\S[^,]*?)([\s?!.]*)$/iu.exec(question);
    if (joiner && !/(?:^|\s)(?:and|et|or|ou)\s/iu.test(joiner[1]!)) {
      const [, head, word, last, end] = joiner;
      const items = this.namesListed(head!, language, 1);
      // (A last name that is a dictionary word too, "helm", is a name still, after names.)
      const lone = last!.trim();
      const lastItems =
        this.namesListed(last!, language, 1) ??
        (/^[\p{L}\p{N}+#.-]+$/u.test(lone) && this.lexicon.techName(foldText(lone)) !== null ? [lone] : null);
      if (items && lastItems && items.length + lastItems.length >= 3)
        return `${[...items, ...lastItems.slice(0, -1)].join(", ")} ${word} ${lastItems.at(-1)}${end}`;
      return question;
    }
    const items = this.namesListed(question, language, 2);
    const tokens = tokensOf(question);
    return items ? `${items.join(", ")}${question.slice(tokens[tokens.length - 1]!.end)}` : question;
  }

  /** The names a stretch of names alone lists, in order (at least `least`); null when anything else is in it. */
  private namesListed(question: string, language: Language, least: number): string[] | null {
    const tokens = tokensOf(question);
    const rest = tokens.reduceRight((t, x) => t.slice(0, x.start) + t.slice(x.end), question);
    // (A hyphen joins a name's words: "scikit-learn".)
    if (tokens.length < least || tokens.length > MAX_PARTS * 2 || !/^[\s?!.,-]*$/.test(rest)) return null;
    // A word that asks or links ("has", "he", "and") is no name: read no further.
    if (tokens.some((t) => !isContentWord(t.folded) || QUESTION_INTENT.has(t.folded))) return null;
    const { part } = this.readSegment(question, 0, language);
    const named = part.words.length + part.missing.length > 0 && part.ignored.length === 0;
    if (!named || part.words.some((w) => !w.key || w.employer)) return null;
    const folded = tokens.map((t) => t.folded);
    // Every word a name's: "has he used SQL Server?" is a question.
    const nameWords = new Set([...part.words.map((w) => w.word), ...part.missing.flatMap((m) => wordTokens(m))]);
    if (!folded.every((w) => nameWords.has(w) || NAME_QUALIFIERS.has(w))) return null;
    const items: string[] = [];
    for (let i = 0; i < tokens.length; ) {
      const tech = this.vocabulary.technologies.find((t) => t.tokens.every((x, k) => folded[i + k] === x));
      // ("AWS Lambda": the cloud's service, one name; "AWS Glue", his own Glue, two.)
      // (Not another cloud: "aws azure gcp" are three.)
      const next = folded[i + 1];
      const service =
        CLOUD_VENDOR.test(folded[i]!) &&
        !!next &&
        !CLOUD_VENDOR.test(next) &&
        next !== "google" &&
        !this.knows(queryWord(next));
      // ("GitLab CI", "Jenkins CD": the product's pipelines, one name.)
      // (Of a name the profile lacks: "Jenkins CI" is his Jenkins and his CI.)
      const pipelines = /^(ci|cd)$/.test(next ?? "") && !/^(ci|cd)$/.test(folded[i]!) && !tech;
      // ("mongo db": one name in two words.)
      const spaced = !!next && this.spacedName(folded[i]!, next);
      const n = Math.max(
        tech?.tokens.length ?? 1,
        this.lexicon.phraseAt(folded, i),
        service || pipelines || spaced ? 2 : 1,
      );
      items.push(
        tokens
          .slice(i, i + n)
          .map((t) => t.original)
          .join(" "),
      );
      i += n;
    }
    return items.length < least ? null : items;
  }

  /**
   * « il connait pandas numpy sklearn ? », "has he used spark kafka flink?": a few words that ask, then names
   * one after the other: the names are a list as they would be alone (see bareList).
   */
  private listAfterAsking(question: string, language: Language): string {
    const alone = this.bareList(question, language);
    if (alone !== question) return alone;
    const tokens = tokensOf(question);
    const isName = (w: string) =>
      this.vocabulary.technologies.some((t) => t.tokens[0] === w) || this.lexicon.techName(w) === "tech";
    const first = tokens.findIndex((t) => isName(t.folded));
    // Two to four words that ask ("il connait", "has he used"), none of them a name; or any, ending with a
    // preposition ("hands-on experience in Azure Databricks").
    const after = /^(in|with|on|of|en|de|du|avec|sur)$/.test(tokens[first - 1]?.folded ?? "");
    if (first < 2 || (first > 4 && !after) || tokens.length - first < 2) return question;
    // Each word after them a name, or a word of one of the profile's ("learn" of Scikit-learn): "has he used
    // Microsoft SQL Server?" asks of one product.
    const ofOwn = (w: string) => this.vocabulary.technologies.some((t) => t.tokens.length > 1 && t.tokens.includes(w));
    const joins = (w: string) => /^(and|et|or|ou)$/.test(w);
    if (!tokens.slice(first).every((t) => isName(t.folded) || ofOwn(t.folded) || joins(t.folded))) return question;
    const names = question.slice(tokens[first]!.start);
    const listed = this.bareList(names, language);
    return listed === names ? question : `${question.slice(0, tokens[first]!.start)}${listed}`;
  }

  /**
   * "contributions to open source, for example to Spark or Delta": examples given with the preposition said again
   * are more of what the last word before that preposition governs; when the profile doesn't hold that word but
   * holds some of the examples, they are no things asked on their own (Spark is used, not contributed to), and the
   * message reads without them ("skilled in NoSQL, for example in MongoDB" keeps MongoDB, which it lacks).
   */
  private examplesOfUnsaid(text: string): string {
    return text.replace(EXAMPLES_AGAIN, (clause: string, prep: string, at: number, whole: string) => {
      const before =
        whole
          .slice(0, at)
          .split(/[.?!]\s/u)
          .pop() ?? "";
      // (The word the preposition said last depends on; the examples, some of them the profile's: "Spark".)
      const heads = [...before.matchAll(new RegExp(String.raw`([\p{L}-]+)\s+${literal(prep)}\s`, "giu"))];
      const head = heads.at(-1)?.[1];
      const examples = wordTokens(clause.replace(/^[^\p{L}]*(?:\p{L}+\s+){2}/u, ""));
      const held = examples.some((w) => isContentWord(w) && this.knows(queryWord(w)));
      return head && held && isContentWord(foldText(head)) && !this.knows(queryWord(foldText(head))) ? "" : clause;
    });
  }

  /** Words naming a technology, the profile's or another: "Spark", "Kafka", "Airflow" (not "the platform"). */
  private namesTool(words: string): boolean {
    const tools = new Set(this.vocabulary.technologies.flatMap((t) => t.tokens));
    return wordTokens(words).some((w) => tools.has(w) || this.lexicon.techName(w) === "tech");
  }

  /** "PL/SQL", "PL/pgSQL": one technology's name, written with its slash (a name when the slash is left out). */
  private slashedName(a: string, b: string): boolean {
    return a.length <= 3 && this.lexicon.techName(foldText(`${a}${b}`)) === "tech";
  }

  /** One part per subject when several are joined by "and", "or", commas…; else the whole question. */
  /**
   * "hadoop/emr", "databricks/snowflake/bigquery": things listed, unless the profile writes two of them so ("CI/CD"),
   * or each is a letter ("A/B testing": one term), or a name is written with its slash ("PL/SQL").
   */
  private slashesApart(written: string, ...pair: string[]): string {
    const [a, b] = pair.length === 2 ? pair : [null, null];
    if (a !== null && b !== null)
      return this.cvHoldsPhrase(foldText(`${a} ${b}`)) || letterPair(written) || this.slashedName(a, b)
        ? written
        : `${a} / ${b}`;
    return written.split("/").reduce((out, word, i, all) => {
      if (i === 0) return word;
      const before = all[i - 1]!;
      return out + (this.slashesApart(`${before}/${word}`, before, word) === `${before}/${word}` ? "/" : " / ") + word;
    }, "");
  }

  private splitParts(question: string, language: Language): QuestionPart[] {
    // « en CDI ou en freelance ? »: which contract, one question. "between 2019 and 2021": one period.
    if (CONTRACT_EITHER.test(foldText(question))) return [this.readSegment(question, 0, language).part];
    const text = this.examplesOfUnsaid(this.listAfterAsking(question, language))
      .replace(/\b(19[89]\d|20[0-4]\d)\s+(and|et|or|ou)\s+(19[89]\d|20[0-4]\d)\b/g, "$1–$3")
      // ("Spark and in 2020?", a follow-up "and in 2020?" put after its subject: that thing, that year.)
      // (Not "in 2019 and in 2022?": two years asked.)
      .replace(
        /,?\s+(?:and|et)\s+(?=(?:in|en|during|back in)\s+(?:19[89]\d|20[0-4]\d)\s*[?!.]*$)/iu,
        (and, at: number, all: string) => (/\b(?:19[89]\d|20[0-4]\d)\b/.test(all.slice(0, at)) ? and : " "),
      )
      // "contracts between data producers and the platform": one thing between two sides, not two things (but
      // "between Spark and Kafka, which…?" names two).
      .replace(BETWEEN_SIDES, (pair: string, between: string, side: string, after: string) =>
        this.namesTool(side) || this.namesTool(after) ? pair : `${between} ${side} –${after}`,
      )
      // "hadoop/emr", "pandas/sklearn": two things, unless the profile writes them so ("CI/CD"), or each is a
      // letter ("A/B testing": one term).
      .replace(SLASH_CHAIN, (chain: string) => this.slashesApart(chain))
      .replace(SLASHED, (pair: string, a: string, b: string) => this.slashesApart(pair, a, b));
    const segments = this.mergeComments(
      this.listedNames(text)
        // "Terraform / infra as code for the AWS setup": a name, then what it is; not two things.
        // …but "power bi / tableau?": one word after the slash, and the question ends, is one more thing listed.
        .replace(DESCRIBING_SLASH, (slash: string, next: string, at: number, whole: string) => {
          // "CI / CD": one name the CV writes, not two things.
          const before = /([\p{L}\p{N}+#-]+)\s*$/u.exec(whole.slice(0, at))?.[1] ?? "";
          if (before && this.cvHoldsPhrase(foldText(`${before} ${next}`))) return "/";
          return this.namesSomething(next) || LAST_WORD.test(whole.slice(at + slash.length)) ? slash : " ";
        })
        .split(language === "fr" ? COORDINATOR_FR : COORDINATOR)
        .filter((s) => s.trim() !== ""),
    );
    const read = segments.map((s, i) => this.readSegment(s, i === 0 ? text.indexOf(s) : 1, language));
    // Beside a name, known to the profile or not ("GCP ou azure", "kafka, flink et beam").
    if (read.some((r) => r.part.technologies.length + r.part.missing.length > 0 || r.part.words.some((w) => w.tech)))
      read.forEach((r, i) =>
        this.listedTerm(
          r,
          language,
          i > 0 && /(,|\bor|\band|\bou|\bet|\/)\s*$/i.test(text.slice(0, text.indexOf(r.segment))),
        ),
      );
    const joined = EXAMPLES.test(text) ? [] : read.filter((_r, i) => this.joinedNotion(text, read, i));
    const { each, enumerated } = listedAlike(text, read);
    const subjects = each ? read : read.filter((r) => (r.subjects > 0 && !isSetting(r)) || joined.includes(r));
    // "kubernetes / k8s": one thing written twice is asked once.
    const withSubject = subjects.filter((r, i) => !subjects.slice(0, i).some((o) => sameAsked(o.part, r.part)));
    if (subjects.length < 2 || withSubject.length > MAX_PARTS) return [this.readSegment(text, 0, language).part];
    const parts = withShared(read, withSubject);
    return enumerated ? parts.map((p) => this.everyWordTells(p)) : parts;
  }

  /**
   * "master data management?": everyday words only, held apart ("data", "management"), beside an everyday word the
   * profile lacks that says which kind ("master"): that word tells too, weighing against a "yes".
   */
  private plainWordsTogether(part: QuestionPart): QuestionPart {
    const held = part.words.filter((w) => !w.light && !w.employer);
    if (
      held.length < 1 ||
      held.some((w) => !w.everyday) ||
      part.technologies.length + part.missing.length + part.roles.length > 0
    )
      return part;
    const tokens = tokensOf(part.text).map((t) => t.folded);
    // (A short question: in a long one, everyday words the profile lacks are the asker's way of saying it.)
    if (held.length > 2 || tokens.length > 8) return part;
    const at = held.map((w) => tokens.indexOf(w.word));
    // The words held side by side, no verb among them ("did he train staff?": what he did, to whom).
    if (
      at.some((i) => i < 0 || VERB_AFTER[this.language].test(tokens[i - 1] ?? "")) ||
      Math.max(...at) - Math.min(...at) > 1
    )
      return part;
    const [first, last] = [Math.min(...at), Math.max(...at)];
    // (After them, a word for a place or a kind of work says nothing of which: "an international environment".)
    const beside = (u: string) => {
      const i = tokens.indexOf(foldText(u));
      return i === first - 1 || (i === last + 1 && !GENERIC_HEAD.test(tokens[i]!));
    };
    return part.unknown.some((u) => u.everyday && beside(u.word)) ? this.everyWordTells(part) : part;
  }

  /**
   * A part listed in a few words ("star schemas" of "data modelling, star schemas, dimensional models"): an
   * everyday word the profile lacks is what it is about too, weighing against a "yes" ("schema validation" is
   * no star schema), as a dictionary word the profile lacks does.
   */
  private everyWordTells(part: QuestionPart): QuestionPart {
    const lacking = part.unknown.filter((u) => u.everyday && !this.lexicon.isLight(foldText(u.word)));
    if (lacking.length === 0 || part.technologies.length > 0) return part;
    const absent = lacking.map((u) => ({
      ...queryWord(foldText(u.word)),
      original: u.word,
      key: false,
      employer: false,
      everyday: true,
      tech: false,
      absent: true,
    }));
    // In the order the asker wrote them: "star schemas", not "schemas star".
    const at = (w: QuestionWord) => foldText(part.text).indexOf(w.word);
    return { ...part, words: [...part.words, ...absent].sort((a, b) => at(a) - at(b)) };
  }

  /**
   * "drift monitoring + MLflow", « la qualité des données et Great Expectations »: a notion in the profile's
   * words (two that tell, or more) joined to a name by "+", "and", « et »… is a thing asked of its own;
   * not after a comma ("Kafka, in production?" asks how he used Kafka), nor joined to another notion.
   */
  private joinedNotion(text: string, read: { subjects: number; segment: string; part: QuestionPart }[], i: number) {
    const r = read[i]!;
    const telling = r.part.words.filter((w) => !w.absent && !w.everyday && !w.light && !w.employer);
    // "REST APIs or scraping?": a telling word of the profile's, alone in its stretch beside a name, is a
    // notion too (not "freelance" of "employed or freelance?", beside no name).
    const alone = tokensOf(r.segment).filter((t) => isContentWord(t.folded) && !QUESTION_INTENT.has(t.folded));
    const named = (k: number) => read[k]!.part.missing.length + read[k]!.part.technologies.length > 0;
    const beside = (i > 0 && named(i - 1)) || (i + 1 < read.length && named(i + 1));
    const at = (k: number) => text.indexOf(read[k]!.segment);
    const gap = (a: number, b: number) => text.slice(at(a) + read[a]!.segment.length, at(b));
    // "CDC or incremental load?": an alternative to a name the profile lacks, which would answer "no" for the
    // whole, in two or three words all of the profile's own, everyday or not, asks a thing of its own.
    // ("unit tests? with pytest?": a question of its own before the name asked after it, too.)
    // ("data quality checks and Great Expectations?", "…checks, ideally with Great Expectations": beside it too.)
    const or = (a: number, b: number) =>
      /^\W*(or|ou|and|et)\W*$|^\s*\?\s*$/i.test(gap(a, b)) ||
      (/^\s*,\s*$/.test(gap(a, b)) &&
        /^\s*(ideally|preferably|id[ée]alement|de pr[ée]f[ée]rence)\b/i.test(read[b]!.segment));
    const lacking = (k: number) => read[k]!.part.missing.length > 0 && read[k]!.part.technologies.length === 0;
    const besideLacking =
      (i > 0 && lacking(i - 1) && or(i - 1, i)) || (i + 1 < read.length && lacking(i + 1) && or(i, i + 1));
    const held = r.part.words.filter((w) => !w.absent && !w.light && !w.employer);
    const allHeld = r.part.ignored.length + r.part.unknown.length === 0 && alone.length <= 4;
    const ownWords = besideLacking && allHeld && alone.length >= 2 && held.length > 0;
    // "machine learning and Power BI": two everyday words the CV writes together are one notion of its own.
    // (By a word: "Spark/Big Data" is one field, asked as one.)
    const worded = (a: number, b: number) => /^\s*(and|or|et|ou)\s*$/i.test(gap(a, b));
    const phrase =
      alone.length === 2 &&
      !r.part.words.some((w) => w.employer) &&
      ((i > 0 && named(i - 1) && worded(i - 1, i)) || (i + 1 < read.length && named(i + 1) && worded(i, i + 1))) &&
      this.cvHoldsPhrase(alone.map((t) => t.folded).join(" "));
    // "'lakehouse architecture', 'Delta Lake', 'Unity Catalog'": quoted, one by one, each is a thing listed.
    const quote = /(?:^|[\s,:(])["'‘“«][^"'‘’“”«»]*\p{L}[^"'‘’“”«»]*["'’”»](?=$|[\s,.;:!?)])/u;
    const quoted = quote.test(r.segment) && read.some((o, k) => k !== i && quote.test(o.segment));
    if (r.subjects === 0 && quoted && telling.length > 0) return true;
    if (r.subjects > 0 || (telling.length < (alone.length === 1 && beside ? 1 : 2) && !ownWords && !phrase))
      return false;
    if (ownWords) return true;
    const joins = (a: number, b: number) => {
      const between = gap(a, b);
      const comma = between.includes(",") && !OWN_CLAUSE.test(read[b]!.segment);
      return at(a) >= 0 && at(b) > at(a) && !comma && JOINED.test(between);
    };
    return (
      (i > 0 && read[i - 1]!.subjects > 0 && joins(i - 1, i)) ||
      (i + 1 < read.length && read[i + 1]!.subjects > 0 && joins(i, i + 1))
    );
  }

  /**
   * "airflow and dagster?", « power bi ou tableau ? », "snowflake, bigquery or redshift?": a word listed alone
   * beside a technology of the profile is a name too, one the profile lacks, even lowercase, even when a
   * dictionary holds it ("redshift", « tableau ») or nearly does ("dagster"); unless it is an everyday word
   * that names nothing ("and more", « etc »).
   */
  private listedTerm(r: { part: QuestionPart; subjects: number; segment: string }, language: Language, later = false) {
    // "and at the insurer?": the word that described an employer names no thing; « dans quelles boîtes ? »
    // asks where, and names none either.
    if (r.subjects > 0 || r.part.described || new RegExp(ASKS).test(foldText(r.segment))) return;
    // "Lakehouse, Delta Lake, Scala", "experience with Lakehouse and Kafka?": a word of the profile's, capitalised
    // as a name, ending its stretch, listed beside names (not "Infrastructure as Code").
    const telling = r.part.words.filter((w) => !w.everyday && !w.light && !w.employer && !w.absent);
    const last = tokensOf(r.segment).at(-1)?.original;
    if (telling.length === 1 && last === telling[0]!.original && /^\p{Lu}\p{Ll}/u.test(last) && !this.shouting) {
      r.subjects = 1;
      return;
    }
    const content = tokensOf(r.segment).filter((t) => isContentWord(t.folded) && !QUESTION_INTENT.has(t.folded));
    const token = content.length === 1 ? content[0]! : null;
    if (!token || token.folded.length < 3) return;
    const w = token.folded;
    // Left aside as a word the profile lacks, or kept as one that weighs against a "yes" ("beam").
    if (!r.part.ignored.includes(token.original) && !r.part.words.some((x) => x.word === w && x.absent)) return;
    const everyday = this.lexicon.isEveryday(w, language) || this.lexicon.isEveryday(w);
    // …unless capitalised after the first stretch: "Great Expectations or Soda?" lists a product.
    // (Alone in its stretch: "Communication skills" lists a skill.)
    const named = later && /^\p{Lu}\p{Ll}/u.test(token.original) && !this.shouting && tokensOf(r.segment).length === 1;
    if (this.lexicon.techName(w) === null && everyday && !named) return;
    // ("its ingestion config", "struct fields": everyday nouns of code, though products bear them.)
    if (!named && (CODE_NOUN.test(w) || KINDS_OF_THING.test(w) || GENERIC_AFTER_NAME.test(w))) return;
    r.part.missing.push(nameAsWritten(this.lexicon, token.original));
    r.part.ignored = r.part.ignored.filter((x) => x !== token.original);
    r.part.words = r.part.words.filter((x) => x.word !== w);
    r.subjects = 1;
  }

  /**
   * Two technology names side by side with nothing between them, the first the profile's ("docker k8s?"): two
   * things, unless together they make one name the CV or the lexicon holds ("Apache Spark", "Google Cloud").
   */
  private listedNames(text: string): string {
    const tokens = tokensOf(text);
    const isOwn = (w: string) => this.vocabulary.technologies.some((t) => t.tokens.length === 1 && t.tokens[0] === w);
    // The first a name of the profile's own: "Google BigQuery", "Hadoop Cloudera" are one product each.
    const isName = (w: string) => isOwn(w) || this.lexicon.techName(w) === "tech";
    let out = text;
    for (let i = tokens.length - 2; i >= 0; i--) {
      const [a, b] = [tokens[i]!, tokens[i + 1]!];
      // …and the list ends there: "the old AWS hadoop clusters" is one thing described.
      const listEnds = /^\s*([?!.,;/]|$)/.test(text.slice(b.end)) || out.slice(b.end).startsWith(", ");
      // "aws azure gcp?": clouds named one after another are listed, wherever the list ends.
      const clouds = CLOUD_VENDOR.test(a.folded) && CLOUD_VENDOR.test(b.folded);
      if (clouds && /^\s+$/.test(text.slice(a.end, b.start))) {
        out = `${out.slice(0, a.end)}, ${out.slice(b.start)}`;
        continue;
      }
      if (!/^\s+$/.test(text.slice(a.end, b.start)) || !isOwn(a.folded) || !isName(b.folded) || !listEnds) continue;
      if (this.cvHoldsPhrase(`${a.folded} ${b.folded}`) || this.lexicon.phraseAt([a.folded, b.folded], 0) > 0) continue;
      // "AWS Lambda": a cloud's service, one thing (see productsOfOwn); "AWS Glue" is his Glue, said once.
      if (CLOUD_VENDOR.test(a.folded)) continue;
      // ("the Spark framework": what Spark is, not a "Framework" product beside it.)
      if (KIND_OF_NAME.test(b.folded)) continue;
      out = `${out.slice(0, a.end)}, ${out.slice(b.start)}`;
    }
    return out;
  }

  /** Reads one stretch of a question: its known words, the specific terms it lacks, what it names. */
  private readSegment(
    segment: string,
    offset: number,
    language: Language,
  ): { part: QuestionPart; subjects: number; segment: string } {
    const tokens = this.joinCompounds(segment, tokensOf(segment), language);
    const folded = tokens.map((t) => t.folded);
    const { described, asked, outside, roles } = this.rolesAsked(folded, language);
    const technologies = this.vocabulary.technologies.filter((t) => t.tokens.every((x) => folded.includes(x)));
    const names = this.unwrittenNames(folded);
    for (const [start, length] of this.productsOfOwn(tokens)) names.set(start, length);
    const reading: SegmentReading = {
      tokens,
      segment,
      offset,
      language,
      technologies,
      employerTokens: new Set(asked.flatMap((r) => this.vocabulary.roles.get(r)!.employerTokens)),
      describing: this.describingWords(folded, described),
      techTokens: new Set(technologies.flatMap((t) => t.tokens)),
      words: [],
      missing: [...names].map(([start, length]) => spanText(tokens, start, length)),
      ignored: [],
      unknown: [],
      subjects: technologies.length + names.size,
      absentTelling: 0,
    };
    tokens.forEach((_, i) => {
      if (![...names].some(([start, length]) => i >= start && i < start + length)) this.readToken(reading, i);
    });
    this.otherTerm(reading);
    this.otherProduct(reading);
    this.negatedTerm(reading);
    // The employer put aside is no word of what is asked; nor, before or after one, the move to it ("prior to
    // joining Decathlon", « avant d'arriver chez Decathlon »).
    reading.words = reading.words.filter((w) => !(outside && w.employer) && !(roles !== asked && MOVING.test(w.word)));
    const { ignored, unknown, technologies: named } = reading;
    const missing = umbrellasAside(segment, this.missingNames(tokens, reading), reading.words);
    // ("ecosystem" of "Hadoop ecosystem like HDFS" goes with the name set aside.)
    const setAside = missing.length < reading.missing.length;
    const words = withoutStackWord(
      withoutCloudWord(setAside ? reading.words.filter((w) => !UMBRELLA_NOUN.test(w.word)) : reading.words, folded),
      named.length,
      segment,
    );
    const alone = reading.subjects === 0 && words.every((w) => w.absent || w.everyday || w.employer);
    const subjects = reading.subjects + (alone ? reading.absentTelling : 0);
    return {
      part: {
        ...{ text: segment, words, missing, ignored, unknown, technologies: named, roles },
        ...(described.length === 1 ? { described: this.describedAs(tokens, reading.describing, described[0]!) } : {}),
      },
      subjects,
      segment,
    };
  }

  /**
   * "the insurer", "that engineering school": the words that said which employer, not what is asked; « spécialisée
   * dans », "specialised in" join the company to what it does.
   */
  private describingWords(folded: string[], described: string[]): Set<string> {
    if (described.length === 0) return new Set();
    return new Set(
      folded.filter(
        (x) => described.includes(this.describedRole(x) ?? "") || EMPLOYER_NOUN.test(x) || /^speciali[sz]\w*$/.test(x),
      ),
    );
  }

  /** The names a segment lacks, as written and widened to the whole name ("Google BigQuery"). */
  private missingNames(tokens: Token[], r: SegmentReading): string[] {
    // ("Azure Databricks": the profile's own name is not part of the one it lacks.)
    const own = (w: string) => r.techTokens.has(w);
    const phraseAt = (x: string[], i: number) => this.lexicon.phraseAt(x, i);
    const names = widenNames(tokens, r.missing, phraseAt, r.segment, own, r.offset === 0).map((m) =>
      nameAsWritten(this.lexicon, m),
    );
    // ("Azure Functions" and "Functions": the name once, whole.)
    const words = (n: string) => wordTokens(n);
    return names.filter(
      (n, i) =>
        names.indexOf(n) === i &&
        !names.some((o) => o !== n && words(o).length > words(n).length && words(n).every((w) => words(o).includes(w))),
    );
  }

  /**
   * "real-time": a compound one of whose words carries no meaning on its own here ("time") is one word,
   * unless the profile writes it: otherwise "real" alone would find "real data volumes".
   */
  private joinCompounds(segment: string, tokens: Token[], language: Language): Token[] {
    const out: Token[] = [];
    const ignored = (w: string) => !isContentWord(w) || QUESTION_INTENT.has(w);
    for (let i = 0; i < tokens.length; i++) {
      // "machine learning", "business intelligence": spelled out, an acronym the owner's synonyms hold ("ml").
      const spelled = this.spelledAcronym(segment, tokens, i);
      if (spelled) {
        out.push(spelled);
        i += wordTokens(spelled.original).length - 1;
        continue;
      }
      const [a, b] = [tokens[i]!, tokens[i + 1]];
      // Two words only: "out-of-memory" is three, which neither half of ("of-memory") says.
      const chain = (x: Token | undefined, y: Token | undefined) => !!x && !!y && segment.slice(x.end, y.start) === "-";
      const hyphen = chain(a, b) && !chain(tokens[i - 1], a) && !chain(b, tokens[i + 2]);
      // "hands-on": a filler as a whole, whatever its words.
      if (hyphen && STOPWORDS.has(a.folded + b!.folded)) {
        i += 1;
        continue;
      }
      // « temps réel », « temps plein » are written without a hyphen in French.
      // (In an English message too: "what about temps reel?" is French words, said in passing.)
      const frenchPair =
        a.folded === "temps" &&
        segment.slice(a.end, b?.start) === " " &&
        (language === "fr" ||
          (!!b && this.lexicon.isEveryday(b.folded, "fr") && !this.lexicon.isEveryday(b.folded, "en")));
      const joined =
        b !== undefined &&
        // French hyphens join a verb to its subject ("faisait-il", "peux-tu"), not words into one.
        ((hyphen && language === "en") || frenchPair) &&
        ignored(a.folded) !== ignored(b.folded) &&
        this.lexicon.isEveryday(ignored(a.folded) ? b.folded : a.folded, frenchPair ? "fr" : language) &&
        !this.cvHoldsPhrase(`${a.folded} ${b.folded}`);
      // "mongo db", "terra form", "git hub": a technology's name said in two (dictated, or typed so).
      const spaced = !!b && segment.slice(a.end, b.start) === " " && this.spacedName(a.folded, b.folded);
      if (!joined && !spaced && !(hyphen && b && this.oneTerm(a.folded, b.folded))) {
        out.push(a);
        continue;
      }
      const original = `${a.original}${segment.slice(a.end, b.start)}${b.original}`;
      out.push({ original, folded: a.folded + b.folded, start: a.start, end: b.end });
      i += 1;
    }
    return out;
  }

  /**
   * Two or three words from `i`, apart by spaces, whose initials make an acronym a group of the owner's synonyms
   * holds ("machine learning" → "ml", "continuous integration" → "ci"): one word, the acronym, which finds what the
   * group does ("scoring", "models"), written as asked. Not an everyday word ("it", "an"), nor a technology's words.
   */
  private spelledAcronym(segment: string, tokens: Token[], i: number): Token | null {
    for (const n of [3, 2]) {
      const span = tokens.slice(i, i + n);
      if (span.length < n || span.some((t, k) => k > 0 && segment.slice(span[k - 1]!.end, t.start) !== " ")) continue;
      if (span.some((t) => !isContentWord(t.folded) || t.folded.length < 2 || /\d/.test(t.folded))) continue;
      const acronym = span.map((t) => t.folded[0]).join("");
      if (!this.thesaurus.holds(acronym) || this.lexicon.isEveryday(acronym) || STOPWORDS.has(acronym)) continue;
      // What it stands for, by the group itself: "learning" is one of "ml"'s words, "ingestion" none of "ci"'s.
      const group = new Set(this.thesaurus.expand(queryWord(acronym)));
      if (!span.some((t) => queryWord(t.folded).stems.some((x) => group.has(x)))) continue;
      if (this.vocabulary.technologies.some((t) => span.some((x) => t.tokens.includes(x.folded)))) continue;
      const last = span[n - 1]!;
      return {
        original: segment.slice(span[0]!.start, last.end),
        folded: acronym,
        start: span[0]!.start,
        end: last.end,
      };
    }
    return null;
  }

  /**
   * "e-commerce", "pre-sales", « avant-vente »: a hyphenated term the CV never writes is one term, not "commerce"
   * or « vente » (which the CV's sales lines hold). A dictionary word joined ("ecommerce", "presales"), or a
   * prefix first; never a French verb and its subject ("fait-il") nor "non-technical" (which is "technical").
   */
  private oneTerm(a: string, b: string): boolean {
    if (FRENCH_SUBJECT.test(b) || a === "non" || this.cvHoldsPhrase(`${a} ${b}`)) return false;
    // ("co-ordination": the CV's own « coordination ».)
    if (this.knows(queryWord(a + b))) return true;
    return (this.lexicon.isWord(a + b) && !this.lexicon.isEveryday(a + b)) || TERM_PREFIX.test(a);
  }

  /**
   * A technology's name written in two words ("mongo db", "terra form", "data bricks"): a name the gazetteer or
   * the profile holds whole, no dictionary word, and no phrase the CV writes in two ("Power BI").
   */
  private spacedName(a: string, b: string): boolean {
    const whole = a + b;
    // (Two words that ask nothing alone either: not "sum up", "test in", though brands are so named.)
    const plain = (w: string) => /^[\p{L}\p{N}]{2,}$/u.test(w) && isContentWord(w);
    if (!plain(a) || !plain(b)) return false;
    // ("terraform" is a dictionary's word too, a rare one; "into", "anyway" are no names.)
    const name = this.lexicon.techName(whole);
    if (this.lexicon.isWord(whole) && (name === null || this.lexicon.isEveryday(whole))) return false;
    if (name === null && !this.vocabulary.technologies.some((t) => t.tokens.join("") === whole)) return false;
    // (Last, as they read the CV: a phrase it writes in two words, "Power BI".)
    return this.lexicon.phraseAt([a, b], 0) === 0 && !this.cvHoldsPhrase(`${a} ${b}`);
  }

  private termHeads: Map<string, string> | null = null;

  /**
   * The CV's two-word terms whose second word it never writes otherwise ("Machine Learning": "learning"
   * always follows "machine"), as second word → first: read once from the CV's passages.
   */
  private fixedTerms(): Map<string, string> {
    if (this.termHeads) return this.termHeads;
    const texts = this.chunks.filter((c) => c.period && c.kind !== "role").slice(0, MAX_CV_PASSAGES);
    const candidates = new Map<string, string>();
    for (const { text } of texts)
      for (const m of text.matchAll(TERM_PAIR)) candidates.set(foldText(m[2]!), foldText(m[1]!));
    // Each candidate's second word, with every word the CV writes before it: one reading of the passages.
    const before = new Map<string, Set<string | undefined>>([...candidates.keys()].map((h) => [h, new Set()]));
    for (const { text } of texts) {
      const words = wordTokens(text);
      words.forEach((w, i) => before.get(w)?.add(words[i - 1]));
    }
    const heads = new Map<string, string>();
    for (const [head, first] of candidates) if (before.get(head)!.size === 1) heads.set(head, first);
    this.termHeads = heads;
    return heads;
  }

  /**
   * "Deep learning?": the second word of a CV term ("Machine Learning") after a dictionary word the CV
   * lacks is another term, which the profile doesn't hold; the two words are named as missing.
   */
  private otherTerm(r: SegmentReading): void {
    r.tokens.forEach((token, i) => {
      const before = r.tokens[i - 1];
      const first = this.fixedTerms().get(token.folded);
      if (!before || first === undefined || before.folded === first) return;
      const w = before.folded;
      if (!isContentWord(w) || QUESTION_INTENT.has(w) || !this.lexicon.isWord(w) || this.knows(queryWord(w))) return;
      // ("from one catalog to another": a word of grammar makes no term.)
      if (GRAMMAR_FIRST.test(w)) return;
      r.missing.push(`${before.original} ${token.original}`);
      r.words = r.words.filter((x) => x.word !== token.folded && x.word !== w);
      r.ignored = r.ignored.filter((x) => x !== before.original);
      r.unknown = r.unknown.filter((x) => x.word !== before.original);
      r.subjects += 1;
    });
  }

  /**
   * "data science", "machine learning": the second of two everyday words the CV writes together, a term that a
   * passage of the employer asked must hold whole (not "data" alone, which "data pipelines" shares with the rest).
   */
  private termOfTwo(r: SegmentReading, i: number): boolean {
    const before = r.tokens[i - 1];
    const token = r.tokens[i]!;
    if (!before || !/^\s+$/.test(r.segment.slice(before.end, token.start))) return false;
    if (!isContentWord(before.folded) || !this.lexicon.isEveryday(before.folded, r.language)) return false;
    return this.fixedPairs().get(token.folded) === before.folded;
  }

  private pairHeads: Map<string, string> | null = null;
  private hyphenPairs: Set<string> | null = null;

  /** The word at `i` and the one before it, which the CV writes joined by a hyphen: "event-driven". */
  private hyphenated(r: SegmentReading, i: number): boolean {
    if (!this.hyphenPairs) {
      const pairs = new Set<string>();
      for (const { text } of this.chunks.filter((c) => c.period && c.kind !== "role").slice(0, MAX_CV_PASSAGES))
        for (const m of foldText(text).matchAll(/([\p{L}]+)-([\p{L}]+)/gu)) pairs.add(`${m[1]} ${m[2]}`);
      this.hyphenPairs = pairs;
    }
    return this.hyphenPairs.has(`${r.tokens[i - 1]?.folded} ${r.tokens[i]!.folded}`);
  }

  /**
   * The CV's pairs of words whose second it writes only after the first, twice at least ("data science": "science"
   * always follows "data"), as second word → first, whatever their case: read once from the CV's passages.
   */
  private fixedPairs(): Map<string, string> {
    if (this.pairHeads) return this.pairHeads;
    const before = new Map<string, (string | undefined)[]>();
    for (const { text } of this.chunks.filter((c) => c.period && c.kind !== "role").slice(0, MAX_CV_PASSAGES)) {
      const words = wordTokens(text);
      words.forEach((w, i) => before.set(w, [...(before.get(w) ?? []), words[i - 1]]));
    }
    const heads = new Map<string, string>();
    for (const [word, firsts] of before) {
      const first = firsts[0];
      if (firsts.length >= 2 && first && isContentWord(first) && firsts.every((f) => f === first))
        heads.set(word, first);
    }
    this.pairHeads = heads;
    return heads;
  }

  /**
   * "non-technical people", "non-relational databases", "non-AWS clouds", « des publics non techniques »: the
   * word after "non" denied, which the passages holding that word never answer; "non-X" is named as missing
   * (not « non encore licenciés », which the CV writes, nor « non, et Kafka ? », an answer first).
   */
  private negatedTerm(r: SegmentReading): void {
    r.tokens.forEach((token, i) => {
      const next = r.tokens[i + 1];
      if (token.folded !== "non" || i === 0 || !next) return;
      const gap = r.segment.slice(token.end, next.start);
      if (!/^(-|\s+)$/.test(gap) || this.cvHoldsPhrase(`non ${next.folded}`)) return;
      // (Not « non uniquement », "non merci", « non plus »: an adverb after it, no thing denied.)
      const adverb = /^(plus|pas|merci|seulement|uniquement|only|stop|just)$|(ment|ly)$/.test(next.folded);
      if (gap !== "-" && (!isContentWord(next.folded) || adverb)) return;
      r.missing.push(`${token.original}${gap === "-" ? "-" : " "}${next.original}`);
      r.words = r.words.filter((x) => x.word !== next.folded && x.word !== "non");
      r.unknown = r.unknown.filter((x) => foldText(x.word) !== next.folded && foldText(x.word) !== "non");
      r.ignored = r.ignored.filter((x) => foldText(x) !== "non");
      r.technologies = r.technologies.filter((t) => !(t.tokens.length === 1 && t.tokens[0] === next.folded));
      r.subjects += 1;
    });
  }

  /**
   * "Delta Live Tables", "Delta Sharing", "Unity Something": the first word of a name of the profile's ("Delta Lake"),
   * capitalised, then capitalised words that are not the rest of it, one of them a word the profile never writes: a
   * product of its own, which the profile doesn't name; its words are named as missing (not "Delta Lake", "Delta
   * Tables" or "Delta Merge", of Delta Lake, nor "a Delta load").
   */
  private otherProduct(r: SegmentReading): void {
    const capital = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.original);
    const spaced = (a: Token, b: Token) => /^\s+$/.test(r.segment.slice(a.end, b.start));
    // (Not a question in title case, "Has He Used Google Cloud?".)
    if (r.tokens.length >= 3 && r.tokens.every((t) => !/^\p{Ll}/u.test(t.original))) return;
    r.tokens.forEach((token, i) => {
      const names = this.vocabulary.technologies.filter((t) => t.tokens.length > 1 && t.tokens[0] === token.folded);
      const next = r.tokens[i + 1];
      // ("Google Maps": the first word of a name the CV writes, "Google Places API", before another word.)
      const cvName =
        this.lexicon.techName(token.folded) === "tech" &&
        !!next &&
        !GENERIC_AFTER_NAME.test(next.folded) &&
        !KINDS_OF_THING.test(next.folded) &&
        /^\p{Lu}/u.test(this.vocabulary.display.get(token.folded) ?? "") &&
        !r.employerTokens.has(token.folded) &&
        !r.techTokens.has(token.folded) &&
        !!next &&
        !this.cvHoldsPhrase(`${token.folded} ${next.folded}`) &&
        // (A name of its own after it, "Google BigQuery", is read as that name.)
        this.lexicon.phraseAt([token.folded, next.folded], 0) === 0 &&
        this.lexicon.techName(next.folded) !== "tech";
      if ((names.length === 0 && !cvName) || !capital(token) || !next || !capital(next) || !spaced(token, next)) return;
      if (names.some((t) => t.tokens[1] === next.folded) || r.techTokens.has(next.folded)) return;
      if (r.employerTokens.has(next.folded) || !/^\p{Ll}/u.test(next.original.slice(1))) return;
      let end = i + 1;
      while (capital(r.tokens[end + 1]) && spaced(r.tokens[end]!, r.tokens[end + 1]!)) end += 1;
      const run = r.tokens.slice(i, end + 1);
      if (names.length > 0 && run.slice(1).every((t) => this.vocabulary.words.has(t.folded))) return;
      r.missing.push(run.map((t) => t.original).join(" "));
      const folded = new Set(run.map((t) => t.folded));
      r.words = r.words.filter((x) => !folded.has(x.word));
      r.unknown = r.unknown.filter((x) => !folded.has(foldText(x.word)));
      r.subjects += 1;
    });
  }

  /** A language named by one capital letter ("R", "C"), not the "C" of « C'est » (an apostrophe follows). */
  private letterName(tokens: Token[], i: number, text = ""): boolean {
    const token = tokens[i]!;
    // "C++", "C#": another language, which the tokens can't spell.
    if (/^[+#]/.test(text.slice(token.end))) return false;
    const elided = /^['’]/.test(text.slice(token.end));
    return /^\p{Lu}$/u.test(token.original) && !elided && !this.shouting && LETTER_LANGUAGES.has(token.folded);
  }

  /**
   * "and go?", « du r ? », "what about js?": a short language or tool name the profile lacks, asked alone
   * (whatever its case, though it is also a word of grammar), is that name; not a word to set aside, which would
   * leave the question empty and its follow-up the last question again ("Yes — Scala"). Read into `r` when so.
   */
  private loneName(r: SegmentReading, i: number): boolean {
    const w = r.tokens[i]!.folded;
    if (w.length > 3 || this.knows(queryWord(w))) return false;
    if (this.lexicon.techName(w) === null && !LETTER_LANGUAGES.has(w)) return false;
    if (!r.tokens.every((t, k) => k === i || LONE_NAME_FRAME.test(t.folded))) return false;
    r.missing.push(r.tokens[i]!.original);
    r.subjects += 1;
    return true;
  }

  /**
   * "Apache" in "Apache Zeppelin" qualifies the name the CV writes as "Zeppelin" (not "Google services", "Google
   * product": what follows names nothing, Google is the thing asked; but "Google Data Studio" goes on).
   */
  private qualifiesName(r: SegmentReading, i: number): boolean {
    const next = r.tokens[i + 1]?.folded;
    const generic = next !== undefined && (GENERIC_AFTER_NAME.test(next) || KINDS_OF_THING.test(next));
    const goesOn = /^\p{Lu}/u.test(r.tokens[i + 2]?.original ?? "");
    return r.technologies.length > 0 || (next !== undefined && this.knows(queryWord(next)) && (!generic || goesOn));
  }

  /**
   * "which ML libraries?", "what Python frameworks?", « quels outils de BI ? »: a word for a kind of thing beside a
   * technology's name or an acronym, asked which, is what of it is asked (the name answers), not a thing the
   * profile must hold.
   */
  private kindOfNamed(r: SegmentReading, i: number): boolean {
    const named = (k: number) => {
      const t = r.tokens[k];
      if (!t) return false;
      return (
        r.techTokens.has(t.folded) || this.lexicon.techName(t.folded) === "tech" || /^\p{Lu}{2,5}$/u.test(t.original)
      );
    };
    if (nameOfKind(r.tokens, i, named)) return true;
    if (!KINDS_OF_THING.test(r.tokens[i]!.folded)) return false;
    // (Asked which: "did he write Python packages?" asks for packages he wrote, which the profile lacks; « des outils
    // BI ? » too, the French "tools", an everyday word.)
    const which = r.tokens.slice(0, i).some((t) => /^(which|what|quels?|quelles?|lesquels|lesquelles)$/.test(t.folded));
    if (!which && !/^outils?$/.test(r.tokens[i]!.folded)) return false;
    // (Not of tools he made: « il a développé des outils Python ? », "what Python packages has he written?".)
    if (r.tokens.some((t) => MADE_BY_HIM.test(t.folded))) return false;
    // (Not a gloss: "Talend (outil ETL)" says what Talend is.)
    if (/\([^)]*$/.test(r.segment.slice(0, r.tokens[i]!.start))) return false;
    const of = /^(de|d|of|du|des)$/.test(r.tokens[i + 1]?.folded ?? "");
    return named(i - 1) || named(i + 1) || (of && named(i + 2));
  }

  /** Reads the segment's i-th word into `r`: a word the profile knows, a term it lacks, or one to set aside. */
  /**
   * A word the profile holds that no dictionary does, asked as a name ("PII", "DAGs", "EMR"): not a plural or slip
   * the dictionary missed ("pipelines"), nor a word the CV writes in lower case in its sentences (« plateforme »),
   * nor two dictionary words run together, asked in lower case, that the CV writes as a name in quotes ("large
   * datasets" are no Airflow "Datasets"; "fullstack" is the roster's word).
   */
  private writtenAsName(r: SegmentReading, token: { folded: string; original: string }, capitalised: boolean): boolean {
    const w = token.folded;
    const lowerInCv = /^\p{Ll}/u.test(this.vocabulary.display.get(w) ?? "");
    const joinedWords =
      !capitalised &&
      !/\s/.test(token.original) &&
      !r.techTokens.has(w) &&
      twoWords(w, (x) => this.lexicon.isWord(x)) &&
      this.quotedInCv(w);
    return !lowerInCv && !joinedWords && !(w.length >= 4 && nearDictionaryWord(w, (x) => this.lexicon.isWord(x)));
  }

  /** Whether the CV writes the word as a name in quotes: "Datasets", « Reject Table ». */
  private quotedInCv(word: string): boolean {
    this.quoted ??= new Set(
      this.chunks.flatMap((c) =>
        [...c.text.matchAll(/["“«]\s?([^"”»]{1,40}?)\s?["”»]/gu)].flatMap((m) => wordTokens(m[1]!)),
      ),
    );
    return this.quoted.has(word);
  }

  private quoted: Set<string> | undefined;

  /**
   * "row-level": two dictionary words of at least two letters, joined by a hyphen, one half of a compound the CV
   * writes ("column-level"): a term of its own (not a seniority, "mid-level", which the title answers read; nor
   * "go-to", "full-time", like nothing of the CV's).
   */
  private wordsJoined(token: { original: string }, question: string): boolean {
    const halves = foldText(token.original).split("-");
    if (/^(entry|junior|mid|senior|lead|staff|principal|expert|high|top|low|c)-level$/.test(halves.join("-")))
      return false;
    if (halves.length !== 2 || !halves.every((h) => h.length >= 2 && this.lexicon.isWord(h))) return false;
    // (One half as a compound of the CV has it, the other changed: "row-level" beside its "column-level".)
    // (Not with the word the CV's follows, "row-level encryption": the other kind of that, which its own check reads.)
    this.compounds ??= this.chunks.flatMap((c) =>
      [...foldText(c.text).matchAll(/(?<![\p{L}-])(\p{L}+)-(\p{L}+)(?![\p{L}-])\s*(\p{L}*)/gu)].map(
        (m) => [m[1]!, m[2]!, m[3]!] as const,
      ),
    );
    const asked = new Set(wordTokens(question));
    // (One the CV writes itself, "back-end", is no other term.)
    if (this.compounds.some(([a, b]) => a === halves[0] && b === halves[1])) return false;
    return this.compounds.some(([a, b, next]) => (a === halves[0]) !== (b === halves[1]) && !asked.has(next));
  }

  private compounds: (readonly [string, string, string])[] | undefined;

  private readToken(r: SegmentReading, i: number): void {
    const token = r.tokens[i]!;
    const w = token.folded;
    if (this.loneName(r, i) || slashedLetters(r, i)) return;
    if (
      !(isContentWord(w) || this.letterName(r.tokens, i, r.segment) || accessRole(r.tokens, i)) ||
      QUESTION_INTENT.has(w) ||
      r.words.some((x) => x.word === w)
    )
      return;
    // "code in Scala", « coder en Python », "program in Python": how a language of the profile is used is
    // using it; the language is the subject.
    if ((r.technologies.length > 0 && CODES.test(w)) || this.kindOfNamed(r, i)) {
      r.ignored.push(token.original);
      return;
    }
    if (saysNoThing(r, i)) {
      r.ignored.push(token.original);
      return;
    }
    const qw = this.withVariants(this.nameWord(w));
    const capitalised = /^\p{Lu}/u.test(token.original) && (i > 0 || r.offset > 0 || token.original.length === 1);
    // ("MUST have", "NICE to have": a job ad's word of emphasis in capitals is that word, shouted; not "REST".)
    const acronym =
      /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{N}][\p{L}\p{N}]{1,6}$/u.test(token.original) &&
      token.original !== token.original.toLowerCase() &&
      !EMPHASIS.test(w);
    if (NAME_QUALIFIERS.has(w) && this.qualifiesName(r, i) && !r.techTokens.has(w)) return;
    if (this.knows(qw) && !((acronym || this.brandNamed(r, i, capitalised)) && this.onlyStemShared(qw))) {
      const dictionary = this.lexicon.isWord(w);
      const name = !dictionary && this.writtenAsName(r, token, capitalised);
      const employer = r.employerTokens.has(w);
      // A brand's name the asker writes as a dictionary word, in lower case, is that word: « coder en Scala »
      // codes, whatever the "Coder" brand; the CV's own stack names ("spark", "python") stay names.
      const brand = this.lexicon.techName(w) === "tech" && !(dictionary && !capitalised);
      const named = r.techTokens.has(w) || employer || name || acronym || brand;
      // ("data science": a term the CV writes, whose second word it never writes alone.)
      const term = this.termOfTwo(r, i) || undefined;
      const key =
        named || this.sectorsWeighed(r, w, i) || this.headOfName(r, i, capitalised) || this.kindOfData(r.tokens, i);
      if (key && !employer && !r.techTokens.has(w)) r.subjects += 1;
      r.words.push({
        ...qw,
        ...(this.featureOfName(r, i, qw) || controlOfAccess(r.tokens, i) ? { literal: true } : {}),
        original: token.original,
        key,
        employer,
        // ("event driven": the second word of a term the CV hyphenates is telling, however everyday alone.)
        everyday: this.lexicon.isEveryday(w, r.language) && !(term && this.hyphenated(r, i)),
        ...(term ? { term } : {}),
        light: this.lexicon.isLight(w, r.language) || this.saysNothingHere(r, i),
        tech: r.techTokens.has(w) || (this.lexicon.techName(w) === "tech" && !dictionary),
      });
      return;
    }
    this.readUnknown(r, i, qw, capitalised, acronym);
  }

  /** A word that, where it stands, says nothing the words around it don't: "he built", "migration projects". */
  private saysNothingHere(r: SegmentReading, i: number): boolean {
    return (
      placing(r.tokens, i) ||
      doingGiven(r.tokens, i) ||
      deliveringAsked(r.tokens, i) ||
      buildingAsked(r.tokens, i) ||
      workOfKind(r.tokens, i, (x) => this.lexicon.isEveryday(x, r.language))
    );
  }

  /**
   * "health data", « des données de santé », « données bancaires »: the domain of the data asked, which a passage
   * must say (encrypting "complex nested data" is no encrypting of health data).
   */
  private kindOfData(tokens: Token[], i: number): boolean {
    const w = tokens[i]!.folded;
    if (!DATA_DOMAIN.test(w)) return false;
    // (Not a name, "Data Factory".)
    const english = tokens[i + 1]?.folded === "data" && tokens[i + 1]!.original === "data";
    const before = tokens[i - 1]?.folded === "de" || tokens[i - 1]?.folded === "d" ? tokens[i - 2] : tokens[i - 1];
    return english || /^donnees$/.test(before?.folded ?? "");
  }

  /** "financial data?", « des données bancaires ? »: a kind of data the profile never names, asked with it. */
  private dataKindLacked(r: SegmentReading, i: number): boolean {
    const token = r.tokens[i]!;
    if (!this.kindOfData(r.tokens, i) || !this.lexicon.isWord(token.folded)) return false;
    const data = r.tokens[i + 1]?.folded === "data" ? [token.original, r.tokens[i + 1]!.original] : null;
    r.missing.push(data ? data.join(" ") : token.original);
    r.subjects += 1;
    return true;
  }

  /**
   * "Cloud Composer", "Composer": a brand's name, capitalised, which the profile may hold only as a stem of other
   * words (« composants »): then a name it lacks.
   */
  private brandNamed(r: SegmentReading, i: number, capitalised: boolean): boolean {
    if (!capitalised || this.lexicon.techName(r.tokens[i]!.folded) !== "tech") return false;
    // (Said as a tool: beside another capitalised name, "Cloud Composer", in a list, "BigQuery, Composer", or used;
    // not "a good Coder".)
    const capital = (k: number) => /^\p{Lu}/u.test(r.tokens[k]?.original ?? "");
    const listed =
      /^\s*[,/]/.test(r.segment.slice(r.tokens[i]!.end)) || /[,/]\s*$/.test(r.segment.slice(0, r.tokens[i]!.start));
    const used = /^(used|use|using|uses|know|knows|with|du|de|avec|utilise|connait|fait)$/.test(
      r.tokens[i - 1]?.folded ?? "",
    );
    // (Or asked alone, a list's item: "Composer" of "Stack: GCP, BigQuery, Composer".)
    return capital(i - 1) || capital(i + 1) || listed || used || r.tokens.length === 1;
  }

  /** Stems of the profile's technologies' words ("airflow", "spark"): what a synonym may stand for. */
  private techStems: Set<string> | null = null;

  /**
   * "Databricks workflows", "Spark notebooks": a word right after a tool's name, whose synonyms stand for another
   * tool ("workflows" → Airflow), is a feature of the tool named, found as written or not at all.
   */
  private featureOfName(r: SegmentReading, i: number, word: QueryWord): boolean {
    const before = r.tokens[i - 1]?.folded;
    if (!before || !r.techTokens.has(before) || r.techTokens.has(r.tokens[i]!.folded)) return false;
    this.techStems ??= new Set(
      this.vocabulary.technologies.flatMap((t) => t.tokens.flatMap((x) => [x, stemWord(x, "en"), stemWord(x, "fr")])),
    );
    // (Not one standing for the tool named itself: "Zeppelin notebooks", "Docker containers".)
    const own = new Set([before, stemWord(before, "en"), stemWord(before, "fr")]);
    // (Only a word the profile never writes: "pipelines" of "Spark pipelines" is found as written anyway.)
    if (word.stems.some((t) => this.keywords.has(t))) return false;
    // (And the name with it is all that is asked so far: "Databricks workflows?", not a longer sentence.)
    if (r.words.filter((w) => !w.light && !w.employer).length !== 1) return false;
    const stands = this.thesaurus.expand(word).filter((s) => this.techStems!.has(s));
    return stands.length > 0 && !stands.some((s) => own.has(s));
  }

  /**
   * "Delta or Iceberg?", "Delta, Hudi": the first word of a name of the profile's ("Delta Lake"), capitalised
   * and listed alone, is that name (not "delta" of "a delta load").
   */
  private headOfName(r: SegmentReading, i: number, capitalised: boolean): boolean {
    const w = r.tokens[i]!.folded;
    // (Opening the question too: "Delta or Iceberg?")
    if (!(capitalised || (i === 0 && /^\p{Lu}/u.test(r.tokens[i]!.original))) || r.techTokens.has(w)) return false;
    if (!this.vocabulary.technologies.some((t) => t.tokens.length > 1 && t.tokens[0] === w)) return false;
    return /^\s*(?:[,;?!/)]|$|(?:or|and|ou|et|vs)\b)/i.test(r.segment.slice(r.tokens[i]!.end));
  }

  /**
   * "banking or insurance?", « l'assurance et la banque ? »: sectors weighed one against the other, each a thing
   * asked; not "which industries? retail, insurance…" (the sectors answer), nor words describing an employer.
   */
  private sectorsWeighed(r: SegmentReading, w: string, i: number): boolean {
    if (!SECTOR_WORD.test(w) || w === "auto" || r.describing.size > 0 || ofOrganisation(r, i)) return false;
    return !this.sectorsAsked && this.sectorsNamed >= 2;
  }

  /**
   * « la banque », "retail", "finance": a sector the profile doesn't describe is a term it lacks, in French too;
   * "the Versicherungsbranche (insurance)", "Datenkatalog (data catalogue)": the asker's own gloss says it. True
   * when the word was read so.
   */
  private sectorOrGloss(r: SegmentReading, i: number, frenchWord: boolean): boolean {
    const token = r.tokens[i]!;
    const w = token.folded;
    // ("worked for a bank?", « pour une banque ? »: a kind of employer, which the CV's descriptions answer.)
    const employerKind =
      /^(for|pour|chez|at)$/.test(r.tokens[i - 2]?.folded ?? "") && /^(a|an|une?)$/.test(r.tokens[i - 1]?.folded ?? "");
    // (Said where a sector goes: "in banking", « dans la banque », « la grande distribution »; not "data
    // distribution".)
    const placed = SECTOR_PLACE.test(r.tokens[i - 1]?.folded ?? "in");
    if (
      SECTOR_WORD.test(w) &&
      w !== "auto" &&
      placed &&
      !frenchWord &&
      !this.sectorsAsked &&
      !ofOrganisation(r, i) &&
      !employerKind
    ) {
      r.missing.push(token.original);
      r.subjects += 1;
      return true;
    }
    if (!this.glossed(r, i)) return false;
    r.ignored.push(token.original);
    return true;
  }

  /** A word followed by its own gloss in brackets, which holds a word the profile knows. */
  private glossed(r: SegmentReading, i: number): boolean {
    const gloss = /^\s*\(([^()]{2,60})\)/u.exec(r.segment.slice(r.tokens[i]!.end))?.[1];
    // One word, a translation: a tool's description is no gloss ("Airbyte (ingestion tool)", "Kubernetes
    // (container orchestration)", "Terraform (on AWS)" still ask of the tool).
    const words = wordTokens(gloss ?? "").filter((w) => isContentWord(w));
    const word = words.length === 1 ? words[0]! : null;
    return (
      word !== null &&
      this.lexicon.techName(r.tokens[i]!.folded) === null &&
      this.lexicon.techName(word) === null &&
      !this.vocabulary.technologies.some((t) => t.tokens.includes(word)) &&
      this.knows(queryWord(word))
    );
  }

  /** A word the profile doesn't know: a term the answer must name, a telling word it lacks, or one to set aside. */
  private readUnknown(r: SegmentReading, i: number, qw: QueryWord, capitalised: boolean, acronym: boolean): void {
    const token = r.tokens[i]!;
    const w = token.folded;
    // Numbers, two-letter abbreviations ("DS", "PO") and slips of function words decide nothing; but a capitalised
    // language or tool name is one, however short: "Go", "R" (and a place: "UK clients" asks of the UK).
    const shortName = capitalised && (this.lexicon.techName(w) !== null || LETTER_LANGUAGES.has(w) || isPlaceName(w));
    // ("teams located in India", « situées à l'étranger »: placing the noun before it, what follows is where.)
    const telling = !/^\d+$/.test(w) && (w.length > 2 || shortName) && !placing(r.tokens, i);
    // (Nor an everyday word inside a capitalised name the profile knows: "Web" of "Amazon Web Services".)
    const knownName = capitalised && !acronym && this.lexicon.isEveryday(w) && this.inKnownName(r.tokens, i);
    // ("lately", "nowadays": when, which the roles' dates answer, not a thing asked.)
    if (WHEN_ADVERB.test(w)) return;
    // ("has he produced data pipelines?": a verb of making says nothing of what was made.)
    if (!telling || this.isSlipOfStopword(w, capitalised) || knownName || PRODUCING.test(w)) {
      r.ignored.push(token.original);
      return;
    }
    // A capitalised everyday word ("Web" of "Amazon Web Services") is part of a name, not the name.
    // « mal » in « fichiers mal formés » is French, whatever a brand of that name.
    const frenchEveryday = r.language === "fr" && !capitalised && this.lexicon.isEveryday(w, "fr");
    // « un service de l'État »: a capitalised everyday word of the message's language is that word, not a name.
    // (« La Poste », « Société Générale »: capitalised words together are a name.)
    const inName = /^\p{Lu}/u.test(r.tokens[i - 1]?.original ?? "") || /^\p{Lu}/u.test(r.tokens[i + 1]?.original ?? "");
    const frenchWord =
      capitalised &&
      !inName &&
      r.language === "fr" &&
      this.lexicon.techName(w) === null &&
      this.lexicon.isEveryday(w, "fr");
    const named = (capitalised && !frenchWord) || this.systemMovedFrom(r, i);
    if (this.sectorOrGloss(r, i, frenchWord)) return;
    if (this.dataKindLacked(r, i)) return;
    const place = named && /^\p{Lu}\p{Ll}/u.test(token.original) && isPlaceName(w); // "sources in China?": a name
    if (!frenchEveryday && (this.isSpecific(w, named, acronym) || (named && (!this.lexicon.isEveryday(w) || place)))) {
      r.missing.push(token.original);
      r.subjects += 1;
      return;
    }
    // ("row-level": two dictionary words joined, a term of English the profile lacks.)
    const dictionary = this.lexicon.isWord(w) || hyphenJoined(token.original) || this.wordsJoined(token, r.segment);
    // A slip of an everyday word ("wrte") is as everyday as the word it stands for.
    const everyday =
      this.lexicon.isEveryday(w, r.language) ||
      (!dictionary && nearDictionaryWord(w, (x) => this.lexicon.isEveryday(x, r.language))) ||
      this.isMannerAdverb(w, r.language);
    r.ignored.push(token.original);
    r.unknown.push({ word: token.original, everyday, dictionary });
    // An English dictionary word the profile lacks weighs against a "yes" (see QuestionWord.absent), as does
    // "any experience with azure or gcp?": a stretch about nothing else is about that word.
    const anglicism = !frenchEveryday && this.anglicism(w, r.language);
    if ((r.language === "en" || anglicism) && (dictionary || anglicism) && !everyday && !capitalised) {
      r.absentTelling += 1;
      r.words.push(absentWord(qw, token.original, everyday));
    }
  }

  /**
   * "did he migrate from oracle to snowflake?", « extraire les données d'oracle »: a product's name written in
   * lower case as a dictionary word, where data moves from or to it, is that product (not "built from scratch").
   */
  private systemMovedFrom(r: SegmentReading, i: number): boolean {
    const w = r.tokens[i]!.folded;
    if (this.lexicon.techName(w) !== "tech" && !isMaker(w)) return false;
    if (!/^(from|to|into|onto|de|d|vers|depuis)$/.test(r.tokens[i - 1]?.folded ?? "")) return false;
    return r.tokens.some((t) => DATA_MOVED.test(t.folded));
  }

  /** In a French question, an English word in "-ing" said as French says it: « de l'alerting », « du profiling ». */
  private anglicism(w: string, language: Language): boolean {
    const stem = w.replace(/ing$/, "");
    return language === "fr" && /ing$/.test(w) && [w, stem, `${stem}e`].some((x) => this.lexicon.isWord(x));
  }

  /**
   * "did he manage a budget?": a question of one part whose words the profile holds are all everyday ones is about
   * the one word it lacks, everyday but no common one ("budget", not "huge"): that word weighs against a "yes" as
   * a rarer one would, so "manage" found alone answers no more than in part. For a question no whole-profile
   * answer took ("how many yrs total" is the career's).
   */
  plainNounAsked(u: UnderstoodQuestion): UnderstoodQuestion {
    const part = u.parts.length === 1 ? u.parts[0]! : null;
    const feature = part ? this.featureAsked(u, part) : null;
    if (feature) return feature;
    // (Of a role named too: « de la prédiction d'accidents chez AAA ? » is no prediction of the CV's either.)
    if (!part || part.technologies.length + part.missing.length > 0) return u;
    // (A French word the lists hold is never read as absent, everyday or not: « prévision », « tarification ».)
    const french = u.language === "fr";
    if (part.words.some((w) => w.absent) || part.unknown.length !== 1) return u;
    if (!part.unknown[0]!.everyday && !(french && part.unknown[0]!.dictionary)) return u;
    const held = part.words.filter((w) => !w.light && !w.employer);
    const original = part.unknown[0]!.word;
    // "reverse engineering", « du reverse engineering ? »: the one word held, told by the word before it, which the
    // profile lacks ("engineers" is no reverse engineering); in French, joined to it, before or after: « scoring de
    // crédit », « prévision des ventes », « tarification assurance ».
    const [lacked, known] = [literal(foldText(original)), literal(foldText(held[0]?.original ?? ""))];
    const joined = (pattern: string) =>
      held.length === 1 &&
      !held[0]!.everyday &&
      new RegExp(String.raw`(?:^|[^\p{L}])(?:${pattern})(?![\p{L}])`, "u").test(foldText(part.text));
    // (In French, a kind after its noun may be a frequent word, « scoring de risque »; a noun before it is no frequent
    // one, « prévision des ventes », not « l'habitude de volumétrie ».)
    // (A noun, after an article: « du scoring de crédit », « de la prévision des ventes »; not « encadré des jeunes ».)
    const article = String.raw`(?:du|de la|de l'|des|le|la|les|l'|un|une|d')\s?`;
    const kindAfter = french && joined(String.raw`${article}${known} (?:de|du|des|d')\s?${lacked}`);
    const telling =
      kindAfter ||
      joined(
        french ? String.raw`${article}${lacked} (?:(?:de|du|des|d')\s?)?${known}` : String.raw`${lacked} ${known}`,
      );
    if (!telling && part.words.some((w) => !w.everyday && !w.light && !w.employer)) return u;
    // (One word of the profile's beside it, a verb of being in charge: "manage", "own", « gérer »; not "protecting
    // customers' personal details", nor "did he train staff?", whose object is whom the training was for.)
    if (!telling && (held.length !== 1 || !IN_CHARGE.test(held[0]!.word))) return u;
    const w = foldText(original);
    // (A French noun joined to it may be a frequent one, « scoring de risque »; never one of the very commonest.)
    const common = kindAfter ? this.lexicon.isLight(w, "fr") : this.lexicon.isCommon(w);
    if (!this.lexicon.isWord(w) || common || this.isMannerAdverb(w, u.language)) return u;
    if (QUESTION_INTENT.has(w) || CODE_NOUN.test(w) || KINDS_OF_THING.test(w)) return u;
    // (Nor a verb of a way, "increase ingestion time at AAA-Data?", which the answers of a way weigh.)
    if (/^(increas|decreas|reduc|lower|rais|boost|improv|grow|drop|speed|slow|augment|diminu|baiss)/.test(w)) return u;
    const word: QuestionWord = { ...queryWord(w), original, key: false, employer: false, everyday: true, tech: false };
    // (A term of its own at an employer named: « du scoring de crédit chez MAIF » is no scoring there.)
    const term = part.roles.length > 0 ? { term: true as const } : {};
    return { ...u, parts: [{ ...part, words: [...part.words, { ...word, absent: true, ...term }] }] };
  }

  /**
   * "Has he used Delta Lake time travel?", "Spark broadcast joins?": a feature of a tool named, in words the profile
   * lacks, right after the name and ending the question — asked of the tool, and of that feature, which the profile
   * doesn't name (not "Python scripts": a rarer word beside a rarer name is weighed as it is; nor a common word, nor
   * "Spark daily", "Airflow heavily").
   */
  private featureAsked(u: UnderstoodQuestion, part: QuestionPart): UnderstoodQuestion | null {
    if (part.technologies.length !== 1 || part.missing.length > 0 || part.unknown.length !== 1) return null;
    const original = part.unknown[0]!.word;
    const w = foldText(original);
    // (A rarer word too, of a tool named in everyday words, "Delta Lake vacuum?", which weigh too little against it;
    // "Collibra lineage?" is answered as it is.)
    const otherAbsent = part.words.some((x) => x.absent && foldText(x.original) !== w);
    const tool = part.words.filter((x) => part.technologies[0]!.tokens.includes(x.word));
    const weighed = part.unknown[0]!.everyday || (tool.length > 0 && tool.every((x) => x.everyday));
    if (otherAbsent || !part.unknown[0]!.dictionary || !weighed) return null;
    if (this.lexicon.isLight(w, u.language) || this.isMannerAdverb(w, u.language) || CODE_NOUN.test(w)) return null;
    // (Nor where, when or how often: "PostgreSQL anywhere?", "Airflow lately?", "Spark daily?".)
    if (QUESTION_INTENT.has(w) || KINDS_OF_THING.test(w) || this.lexicon.isCommon(w) || WHERE_OR_WHEN.test(w))
      return null;
    // (Nor who uses it, or how well: "a Spark expert?", "a Python developer", "Airflow certified?".)
    if (WHO_OR_HOW_WELL.test(w)) return null;
    const name = part.technologies[0]!.tokens.map(literal).join("[\\s-]+");
    // (One word may stand between, itself a word of the feature: "Delta Lake time travel".)
    const after = new RegExp(
      // (…or one after it, a word of the profile's: "Spark broadcast joins".)
      String.raw`(?:^|[^\p{L}])${name}\s+(?:([\p{L}-]+)\s+)?${literal(w)}(?:\s+([\p{L}-]+))?(?=\s*[?!.]*$)`,
      "u",
    ).exec(foldText(part.text));
    const held = (x?: string) =>
      !x || (!STOPWORDS.has(x) && part.words.some((o) => o.word === x || o.stems.includes(x)));
    if (!after || (after[1] && STOPWORDS.has(after[1])) || (after[1] && after[2]) || !held(after[2])) return null;
    // (A term the profile lacks, as a tool it doesn't name would be: "Delta Lake" found answers no "time travel".)
    const shown = [after[1], original, after[2]].filter(Boolean).join(" ");
    return { ...u, parts: [{ ...part, missing: [shown] }] };
  }

  /**
   * « régulées », « régulés », « régulait »: a French verb's or adjective's inflected form, which the word lists
   * (frequency lists) lack while holding « régulé »: a word, not a slip of the profile's « règles ».
   */
  private inflectedFrench(w: string): boolean {
    if (this.language !== "fr" || w.length < 6) return false;
    const ending = FRENCH_INFLECTION.exec(w);
    if (!ending) return false;
    const stem = w.slice(0, -ending[0].length);
    return stem.length >= 4 && ["e", "er", "es"].some((end) => this.lexicon.isWord(stem + end));
  }

  /** "deliberately", "properly", « régulièrement »: how something was done, never what was. */
  private isMannerAdverb(w: string, language: string): boolean {
    const isWord = (x: string) => this.lexicon.isWord(x);
    // (Adverbs' endings only: "elderly", "monthly" are adjectives.)
    if (language === "en" && w.length > 6 && /(al|ate|ive|ous|ful|ent|ant|ed|ing|ib|ab|ar|i)ly$/.test(w)) {
      const base = w.slice(0, -2);
      return isWord(base) || isWord(`${base}e`) || (base.endsWith("i") && isWord(`${base.slice(0, -1)}y`));
    }
    return language === "fr" && w.length > 7 && w.endsWith("ment") && isWord(w.slice(0, -4));
  }

  /** A term the profile lacks that the answer must name: a technology, an acronym, a name, a word no dictionary has. */
  private isSpecific(w: string, capitalised: boolean, acronym: boolean): boolean {
    // "12h", "6min", "500to": a figure and its unit, which the figures' checks take; no name.
    if (FIGURE_WITH_UNIT.test(w)) return false;
    const tech = this.lexicon.techName(w);
    const isWord = (x: string) => this.lexicon.isWord(x);
    // "his ingestion framework", "which tools": a word for a kind of thing, in lower case, though a brand
    // bears it too (a laptop maker is named Framework).
    const kind = CODE_NOUN.test(w) || (isWord(w) && (KINDS_OF_THING.test(w) || GENERIC_AFTER_NAME.test(w)));
    if (!capitalised && !acronym && kind) return false;
    return (
      tech === "tech" ||
      (acronym && w.length > 2) ||
      (capitalised && tech === "common") ||
      (capitalised && !isWord(w)) ||
      (capitalised && isWord(w) && !this.lexicon.isEveryday(w)) ||
      (!isWord(w) &&
        !(w.length >= 4 && nearDictionaryWord(w, isWord)) &&
        !isCompound(w, isWord) &&
        !isDerived(w, isWord))
    );
  }

  /**
   * Product names made of a brand the profile knows and everyday words it doesn't write with it:
   * "Google Cloud" is not "Google Places", nor the cloud migrations of the CV. Start → length.
   */
  private unwrittenNames(folded: string[]): Map<number, number> {
    const names = new Map<number, number>();
    for (let i = 0; i < folded.length; i++) {
      const length = this.lexicon.phraseAt(folded, i);
      // (Not a brand beginning with a word of grammar: "from one catalog to another" names no "One Catalog".)
      if (length === 0 || !this.knows(queryWord(folded[i]!)) || GRAMMAR_FIRST.test(folded[i]!)) continue;
      if (!this.holdsPhrase(folded.slice(i, i + length).join(" "))) names.set(i, length);
      i += length - 1;
    }
    return names;
  }

  /**
   * "Kafka Streams", "Snowflake Streams", "Spark Structured Streaming": a technology of the profile's, then
   * capitalised words of no name it knows, make another product, which the profile lacks (it teaches Kafka,
   * not Kafka Streams). Not a title or a skill ("Spark Developer", "Python Skills"), nor words the CV
   * itself capitalises ("Airflow Datasets"), nor a question in title case.
   */
  private productsOfOwn(tokens: Token[]): Map<number, number> {
    const found = new Map<number, number>();
    const titleCase = tokens.length >= 3 && tokens.every((t) => !/^\p{Ll}/u.test(t.original));
    // A stack name, or a name the CV writes elsewhere ("Apache Kafka", taught).
    // (Or a stack name's first word, when no everyday word: "Unity …" of "Unity Catalog"; not "Power", "Delta".)
    const isOwn = (w: string) =>
      this.vocabulary.technologies.some(
        (t) => t.tokens[0] === w && (t.tokens.length === 1 || !this.lexicon.isEveryday(w)),
      ) ||
      (this.lexicon.techName(w) === "tech" && /^\p{Lu}/u.test(this.vocabulary.display.get(w) ?? ""));
    // (A word of the CV's, in either number, says what of the tool: "Spark Ingestion", "Databricks Notebooks".)
    const cvWord = (w: string) => [w, `${w}s`, w.replace(/s$/, "")].some((f) => this.vocabulary.display.has(f));
    const qualifier = (t: Token | undefined) =>
      t !== undefined &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(t.original) &&
      isContentWord(t.folded) &&
      !cvWord(t.folded) &&
      !GENERIC_AFTER_NAME.test(t.folded) &&
      !this.vocabulary.technologies.some((x) => x.tokens.includes(t.folded)) &&
      this.lexicon.techName(t.folded) !== "tech" &&
      !/^\p{Lu}/u.test(this.vocabulary.display.get(t.folded) ?? "");
    for (let i = 0; !titleCase && i < tokens.length - 1; i++) {
      if (!isOwn(tokens[i]!.folded)) continue;
      if (this.cloudService(tokens, i)) {
        found.set(i, 2);
        i += 1;
        continue;
      }
      let n = 1;
      // (After a word of its own, the product's name may go on with a word of the CV's: "Structured Streaming".)
      const goesOn = (t: Token | undefined) => n > 1 && t !== undefined && /^\p{Lu}\p{Ll}{2,}$/u.test(t.original);
      while (
        n < 3 &&
        (qualifier(tokens[i + n]) || goesOn(tokens[i + n])) &&
        tokens[i + n]!.start === tokens[i + n - 1]!.end + 1
      )
        n += 1;
      if (
        n === 1 ||
        this.cvHoldsPhrase(
          tokens
            .slice(i, i + n)
            .map((t) => t.folded)
            .join(" "),
        )
      )
        continue;
      found.set(i, n);
      i += n - 1;
    }
    return found;
  }

  /**
   * "AWS KMS", "AWS Lambda": a cloud's service the profile doesn't name is that service, not the cloud. (Or in lower
   * case, a word no dictionary holds, asked last: "has he used aws sagemaker?"; not "the AWS metastore to
   * Databricks", a thing described.)
   */
  private cloudService(tokens: Token[], i: number): boolean {
    const service = tokens[i + 1];
    return (
      CLOUD_VENDOR.test(tokens[i]!.folded) &&
      service !== undefined &&
      (/^\p{Lu}/u.test(service.original) || (!this.lexicon.isWord(service.folded) && i + 2 === tokens.length)) &&
      !this.knows(queryWord(service.folded)) &&
      service.start === tokens[i]!.end + 1
    );
  }

  /** True when token `i` belongs to a run of capitalised words holding a word the profile knows. */
  private inKnownName(tokens: Token[], i: number): boolean {
    const capital = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.original);
    let start = i;
    let end = i;
    while (capital(tokens[start - 1])) start -= 1;
    while (capital(tokens[end + 1])) end += 1;
    if (end === start) return false;
    // (A function word's capital is the sentence's: "Du Go ?" names Go, not a name with « du » in it.)
    return tokens
      .slice(start, end + 1)
      .some((t, k) => start + k !== i && isContentWord(t.folded) && this.knows(queryWord(t.folded)));
  }

  /**
   * "data lakes", "data sets": two words the profile writes as one ("Datalake"), read as the profile's
   * word, unless the CV also writes them apart ("data quality").
   */
  private joinedWords(text: string): string {
    const tokens = tokensOf(text);
    let out = text;
    for (let i = tokens.length - 2; i >= 0; i--) {
      const [a, b] = [tokens[i]!, tokens[i + 1]!];
      // A hyphen joins already (see joinCompounds): "real-time" stays as the asker wrote it.
      if (text.slice(a.end, b.start) !== " " || a.folded.length < 2 || b.folded.length < 3) continue;
      // (Not a word of a hyphenated compound: "with out-of-memory errors" is no "without".)
      if (text[b.end] === "-" || text[a.start - 1] === "-") continue;
      // A word the CV's passages write (so its display), not only the thesaurus; looked up first, as reading
      // the passages for the phrase costs more.
      const joined = [a.folded + b.folded, a.folded + b.folded.replace(/s$/, "")].find((x) =>
        this.vocabulary.display.has(x),
      );
      if (!joined || this.cvHoldsPhrase(`${a.folded} ${b.folded}`)) continue;
      out = `${out.slice(0, a.start)}${this.vocabulary.display.get(joined)}${out.slice(b.end)}`;
      // "data lake house": "lake" went into "Lakehouse"; it joins nothing else.
      i -= 1;
    }
    return out;
  }

  /**
   * « dheures », « lepisen », « lanalyse »: chat French's elision typed without its apostrophe, before a vowel or an h;
   * the word elided is a dictionary word or the profile's, the whole is neither.
   */
  private elisionRunTogether(token: Token): string | null {
    // (In lower case, in French: « chez Dorange » is a name, not « d'Orange ».)
    const lower = this.language === "fr" && /^\p{Ll}+$/u.test(token.original);
    const m = lower ? /^(qu|[dljcsnmt])([aeiouyh]\p{L}{3,})$/u.exec(token.folded) : null;
    if (!m || this.lexicon.isWord(token.folded) || this.lexicon.techName(token.folded) !== null) return null;
    if (this.knows(queryWord(token.folded))) return null;
    const rest = m[2]!;
    if (!this.lexicon.isEveryday(rest, "fr") && !this.vocabulary.words.has(rest)) return null;
    const cut = m[1]!.length;
    return `${token.original.slice(0, cut)}'${token.original.slice(cut)}`;
  }

  /**
   * "wich", "waht", « quelels »: a slip of a word that asks (which, what, quel…) where a question starts,
   * no everyday word, technology name nor word of the profile's ("wich" is in dictionaries, but nobody
   * asks with it; "hive" is asked about).
   */
  private questionWordSlip(w: string): string | null {
    // (« quelles » is no slip of « quelle »: a word that asks is itself.)
    if (w.length < 3 || ASKING_WORDS.includes(w) || this.lexicon.isEveryday(w) || this.vocabulary.words.has(w))
      return null;
    // "hive", "lang": a technology's name is asked about, not asking.
    if (this.lexicon.techName(w) !== null) return null;
    return ASKING_WORDS.find((x) => Math.abs(x.length - w.length) <= 1 && editDistance(w, x, 1) <= 1) ?? null;
  }

  /** "knwo", "waht": a slip of a word that carries no subject. */
  private isSlipOfStopword(w: string, capitalised = false): boolean {
    const stop = (x: string) => STOPWORDS.has(x) || QUESTION_INTENT.has(x);
    // "Hudi" in the middle of a sentence is a name, not a slip of « hui ».
    if (capitalised || this.lexicon.isWord(w)) return false;
    // (Of a word of four letters or more: "hudi" is no slip of « hui ».)
    if (w.length >= 4) return nearDictionaryWord(w, (x) => x.length >= 4 && stop(x));
    // Three letters: only a letter left out ("kno" → "know"), never one changed.
    return (
      w.length === 3 &&
      [...Array(4).keys()].some((i) =>
        [..."abcdefghijklmnopqrstuvwxyz"].some((c) => stop(w.slice(0, i) + c + w.slice(i))),
      )
    );
  }

  /**
   * Whether a word names a thing of its own: a technology, a name written in capitals, or a word no
   * dictionary has (a name, or a slip of one: "kafak").
   */
  private namesSomething(word: string): boolean {
    const w = foldText(word);
    const named = /^\p{Lu}/u.test(word) || this.lexicon.techName(w) === "tech" || this.techTokens().has(w);
    return named || !this.lexicon.isWord(w);
  }

  private techTokenSet: Set<string> | null = null;
  private techTokens(): Set<string> {
    this.techTokenSet ??= new Set(this.vocabulary.technologies.flatMap((t) => t.tokens));
    return this.techTokenSet;
  }

  /**
   * « Les grosses tables JDBC chez Decathlon, c'était de l'Oracle ? »: a stretch that takes up the one
   * before it with a pronoun ("was it", « c'était ») asks about it; the two are one question.
   */
  private mergeComments(segments: string[]): string[] {
    const out: string[] = [];
    for (const s of segments) {
      // Short, and no question of its own: « …, c'est quoi sa stack ? » asks something new.
      const folded = foldText(s);
      const short = folded.split(/\s+/).filter(Boolean).length <= TAKES_UP_WORDS;
      const asks = /\b(quoi|quel\w*|qui|comment|what|which|who|how|where|when)\b/.test(folded);
      // « …des heures et qui passe à quelques minutes »: a relative clause goes on with the thing before it
      // (not « et qui était le lead ? », a question of its own; nor "which…", asked in English lists).
      const relative = /^\s*(qui|dont)\s/.test(folded) && !/\?\s*$/.test(s);
      // "…on a real project, not in the classroom": where it is not asked, said of the thing before it.
      const setting = /^\s*(not|pas|but not|mais pas) (in|en|dans|au|at|a|from)\b/.test(folded);
      // "Has he deployed and managed Spark workloads?": a verb alone, whose object the next one's is.
      const verbAlone = out.length > 0 && VERB_ALONE.test(foldText(out[out.length - 1]!));
      if (verbAlone) out[out.length - 1] += ` ${this.language === "fr" ? "et" : "and"} ${s.trim()}`;
      else if (out.length > 0 && (relative || setting)) out[out.length - 1] += `${setting ? "," : ""} ${s.trim()}`;
      else if (out.length > 0 && TAKES_UP.test(folded) && short && !asks) out[out.length - 1] += `, ${s.trim()}`;
      else out.push(s);
    }
    return out;
  }

  /** Roles whose employer the words name: "AAA-Data", "Pernod Ricard", or a distinctive first word ("Pernod"). */
  private rolesNamed(folded: string[]): string[] {
    const joined = ` ${folded.join(" ")} `;
    // Only the names whose first word the question holds can be in it: a few of thousands at scale.
    const names = new Set(folded.flatMap((w) => this.employerNames().get(w) ?? []));
    return [...names]
      .filter(({ whole, distinctive }) => distinctive || joined.includes(whole))
      .sort((a, b) => a.order - b.order)
      .map((n) => n.key);
  }

  /**
   * "the insurer", "that engineering school", « l'assureur »: a determiner, then within a few words one
   * of the words the CV describes one employer with (see describingWords) and a word for an employer.
   */
  private rolesDescribed(folded: string[]): string[] {
    const current = this.currentPlace(folded.join(" "));
    if (current) return current;
    const found = new Set<string>();
    folded.forEach((w, i) => {
      // (« est-ce qu'il enseigne encore ? »: « ce » of « est-ce », no determiner; « enseigne » a verb there.)
      if (!DETERMINER.test(w) || (w === "ce" && (folded[i - 1] === "est" || /^qu/.test(folded[i + 1] ?? "")))) return;
      const window = folded.slice(i + 1, i + 1 + DESCRIPTION_REACH);
      // (« le gars enseigne-t-il ? »: « enseigne » the verb; the shop sign only right after its determiner.)
      const verb = (x: string, k: number) =>
        /^enseignes?$/.test(x) && (k > 0 || /^(t|il|elle|tu)$/.test(window[k + 1] ?? ""));
      const noun = window.findIndex((x, k) => EMPLOYER_NOUN.test(x) && !verb(x, k));
      if (noun < 0) return;
      // French describes after the noun too: « la société spécialisée dans les données automobiles »; not
      // « chez un client dans l'assurance », the asker's own client or mission.
      const definite = /^(the|that|this|l|la|le|cette|cet|ce)$/.test(noun > 0 ? window[noun - 1]! : w);
      const askers = /^(clients?|customers?|missions?|job|role|postes?)$/.test(window[noun]!);
      const after = definite && !askers ? folded.slice(i + 2 + noun, i + 2 + noun + DESCRIPTION_REACH + 1) : [];
      // A common word for a kind of employer ("school") names one where it is placed ("at the school", « à
      // l'école », "that school"), not set aside or listed: « pas à l'école », "also the school".
      const placed =
        /^(that|this|cette|cet|ce)$/.test(w) ||
        (/^(at|in|a|chez|dans|for|pour)$/.test(folded[i - 1] ?? "") &&
          !folded.slice(Math.max(0, i - 3), i - 1).some((x) => /^(pas|not|only|seulement|juste|hors|sauf)$/.test(x)));
      for (const x of [...window.slice(0, noun + 1), ...after]) {
        if (!placed && KIND_OF_EMPLOYER_NOUN.test(x) && this.lexicon.isCommon(x)) continue;
        const key = this.describedRole(x);
        if (key) found.add(key);
      }
    });
    // "how long in insurance?", « combien de temps dans l'assurance ? »: the sector only one employer is described
    // with, when how long is asked (not "Kafka in insurance?", a skill in a sector).
    if (found.size === 0 && HOW_LONG_WORDS.test(folded.join(" ")))
      folded.forEach((w, i) => {
        const next = /^(the|l|la|le)$/.test(folded[i + 1] ?? "") ? folded[i + 2] : folded[i + 1];
        const key = /^(in|dans|en)$/.test(w) && next && SECTOR_WORD.test(next) ? this.describedRole(next) : null;
        if (key) found.add(key);
      });
    return found.size === 1 ? [...found] : [];
  }

  /**
   * "his present client", "the company he works for now", « son client actuel »: the one ongoing role of its kind
   * (a school's is the teaching role; a client's or company's, the other).
   */
  private currentPlace(text: string): string[] | null {
    const m = CURRENT_PLACE.exec(text);
    // ("Who is his current employer?", "What does his current client do?": the place itself, which the current
    // roles answer; only a thing asked of it is asked there.)
    if (!m || (WHICH_PLACE.test(text) && !OF_THE_PLACE.test(text))) return null;
    const school = /^(school|ecole|universit)/.test(m.groups?.noun ?? m.groups?.after ?? "");
    const ongoing = [...this.vocabulary.roles.values()].filter(
      (r) => r.period?.current && (school ? r.kind === "teaching" : r.kind === "work"),
    );
    return ongoing.length === 1 ? [ongoing[0]!.key] : null;
  }

  /** "the spirits company" → { from: "spirits company", to: "Pernod Ricard" }. */
  private describedAs(tokens: Token[], describing: Set<string>, role: string): { from: string; to: string } {
    const from = tokens.filter((t) => describing.has(t.folded)).map((t) => t.original);
    // ("his present engagement", « sa mission actuelle »: the work he is on now, as said.)
    const now = from.length === 0 ? CURRENT_PLACE.exec(foldText(tokens.map((t) => t.original).join(" "))) : null;
    if (now) return { from: now[0], to: this.vocabulary.roles.get(role)?.employer ?? role };
    return { from: from.join(" "), to: this.vocabulary.roles.get(role)?.employer ?? role };
  }

  private descriptions: { key: string; words: string[]; owners: string[] }[] | null = null;
  private employerKeys: Map<string, string> | null = null;

  /** Each employer by its letters run together ("aaadata" → "AAA-Data"), worked out once per reader. */
  private employersRunTogether(): Map<string, string> {
    this.employerKeys ??= new Map(
      [...this.vocabulary.roles.values()].map((r) => [foldText(r.employer).replace(/[^\p{L}\p{N}]/gu, ""), r.employer]),
    );
    return this.employerKeys;
  }
  private titleWordList: string[] | null = null;

  /** The words of the roles' titles ("trainer", "engineer"): "the trainer job" names a title, not a company. */
  private titleWords(): string[] {
    this.titleWordList ??= [...this.vocabulary.roles.values()].flatMap((r) =>
      r.chunks
        .filter((c) => c.kind === "role" && c.role)
        // The title itself, not where it was held: "Lecturer", not "at an engineering school".
        .flatMap((c) => foldText(c.role!.title.split(/\s(?:at|en|in|dans)\s/)[0]!).match(/\p{L}{5,}/gu) ?? []),
    );
    return this.titleWordList;
  }

  /** The role one word of a question describes: the same word, or one with its first five letters. */
  private describedRole(word: string): string | null {
    if (this.titleWords().some((t) => word === t || word === `${t}s`)) return null;
    this.descriptions ??= describedEmployers(this.vocabulary, this.lexicon, this.employerDescriptions);
    const describes = (w: string) => {
      const prefix = w.slice(0, 5);
      return this.descriptions!.filter(
        (d) =>
          d.words.some((x) => x === w || x.startsWith(prefix)) ||
          d.owners.some((x) => x === w || `${x}s` === w || x === `${w}s`),
      );
    };
    const hits = word.length < 5 ? [] : describes(word);
    if (hits.length === 1) return hits[0]!.key;
    // "the car company": a short word, or one the CV never writes, through the owner's synonyms, "automotive" (of
    // the synonyms' stems, long enough to tell); not "teaching" of "the teaching school", which the CV writes.
    const asked = queryWord(word);
    const written = word.length >= 5 && asked.stems.some((t) => this.keywords.has(t));
    if (hits.length > 0 || CODE_NOUN.test(word) || written) return null;
    const keys = new Set(
      this.thesaurus
        .expand(asked)
        .filter((t) => t.length >= 5)
        .flatMap((t) => describes(t).map((d) => d.key)),
    );
    return keys.size === 1 ? [...keys][0]! : null;
  }

  private employerNameList: Map<string, EmployerName[]> | null = null;

  /**
   * The roles a segment names or describes ("at AAA-Data", "at the insurer"), and those it asks about:
   * the others, for "Scala outside Decathlon?", « ailleurs qu'à EPISEN ? ».
   */
  private rolesAsked(folded: string[], language: Language) {
    const named = this.rolesNamed(folded);
    const described = named.length === 0 ? this.rolesDescribed(folded) : [];
    const asked = named.length > 0 ? named : described;
    const outside = this.outside(folded, asked, language);
    // (A thing asked before or after a role: "Scala before Decathlon?"; "what did he do before AAA-Data?" is
    // about the roles themselves, which the profile answers as a whole.)
    const side = outside ? null : this.sideOf(folded, asked);
    const techs = () => this.vocabulary.technologies.some((t) => t.tokens.every((x) => folded.includes(x)));
    const roles = outside
      ? [...this.vocabulary.roles.keys()].filter((k) => !asked.includes(k))
      : side && techs()
        ? side
        : asked;
    return { described, asked, outside, roles };
  }

  /**
   * The roles before (or after) the one named: "Scala before Decathlon?" asks of AAA-Data, Pernod Ricard and MAIF,
   * not of Decathlon; null when the question says neither, or no role lies on that side.
   */
  private sideOf(folded: string[], asked: string[]): string[] | null {
    if (asked.length !== 1) return null;
    const role = this.vocabulary.roles.get(asked[0]!);
    const at = role ? folded.indexOf(role.employerTokens[0]!) : -1;
    if (!role?.period || at <= 0) return null;
    const lead = folded.slice(Math.max(0, at - 4), at).join(" ");
    const before = BEFORE_ROLE.test(lead);
    // ("Since AAA-Data, has he used Snowflake?": since it ended, of a role that has; "since Decathlon", going on, is
    // since he joined it.)
    const since = SINCE_ROLE.test(lead) && !role.period.current;
    if (!before && !since && !AFTER_ROLE.test(lead)) return null;
    const start = role.period.start;
    const side = [...this.vocabulary.roles.values()].filter(
      (r) => r.key !== role.key && r.period && (before ? r.period.start < start : r.period.start > start),
    );
    return side.length > 0 ? side.map((r) => r.key) : null;
  }

  /**
   * "Apart from AAA-Data, has he used Snowflake?", « à part chez AAA, il a fait du Snowflake ? »: an employer set
   * aside in front of the question, said after it ("…used Snowflake apart from AAA-Data?"), where `outside` reads
   * it (an aside of another thing, "besides Spark, what else?", is the cleaner's to drop).
   */
  private roleAsideLast(message: string): string {
    const at = ROLE_ASIDE.exec(message);
    if (!at) return message;
    // (An employer alone, by its first word: not "apart from data pipelines", nor "apart from Spark at Decathlon".)
    const named = wordTokens(at[2]!.replace(ASIDE_WORDS, " ")).filter((t) => !/^(chez|at|a|au|la|le|l|the)$/.test(t));
    const employer = [...this.vocabulary.roles.values()].some(
      (r) => named.includes(r.employerTokens[0] ?? "") && named.every((t) => r.employerTokens.includes(t)),
    );
    if (!employer) return message;
    // (Said after the first question it comes before: "…has he used Docker? What about Jenkins?".)
    const after = message.slice(at.index + at[0].length);
    const end = after.indexOf("?") < 0 ? after.length : after.indexOf("?");
    const rest = after.slice(0, end).replace(/\s+$/, "");
    const aside = at[2]!.trim().replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
    const front = message.slice(0, at.index) + (at[1] ?? "");
    const asked = front ? rest : rest.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    return `${front}${asked} ${aside} ?${after.slice(end + 1)}`;
  }

  /**
   * Whether each role named is named right after "outside (of)", "other than", « en dehors de », « sauf
   * chez »… (a preposition at most between them): not "besides Spark at MAIF".
   */
  private outside(folded: string[], roles: string[], language: Language): boolean {
    if (roles.length === 0) return false;
    return roles.every((key) => {
      const first = this.vocabulary.roles.get(key)?.employerTokens[0];
      const at = first ? folded.indexOf(first) : -1;
      const before = folded.slice(Math.max(0, at - 4), at).join(" ");
      return at > 0 && (OUTSIDE.test(before) || (language === "fr" && A_PART.test(before)));
    });
  }

  /**
   * Each role's employer as `rolesNamed` looks for it, by the name's first word, in the roles' order:
   * worked out once per index (thousands of roles at scale).
   */
  private employerNames(): Map<string, EmployerName[]> {
    if (this.employerNameList) return this.employerNameList;
    const byFirst = new Map<string, EmployerName[]>();
    [...this.vocabulary.roles].forEach(([key, role], order) => {
      const [first] = role.employerTokens;
      if (!first) return;
      const distinctive = first.length >= 3 && !this.lexicon.isEveryday(first);
      const name = { key, whole: ` ${role.employerTokens.join(" ")} `, distinctive, order };
      byFirst.set(first, [...(byFirst.get(first) ?? []), name]);
    });
    this.employerNameList = byFirst;
    return byFirst;
  }
}

/** An employer's name as `rolesNamed` looks for it: its folded words, spaced; whether its first word names it. */
interface EmployerName {
  key: string;
  whole: string;
  distinctive: boolean;
  order: number;
}

/** Two capitalised words inside a sentence: a term of the CV's ("Machine Learning", "Delta Lake"). */
const TERM_PAIR = /(?<=[\p{L},;:(]\s+)(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)/gu;

/** Two parts asking the same: the same words, names and missing terms, whatever their case. */
function sameAsked(a: QuestionPart, b: QuestionPart): boolean {
  const key = (p: QuestionPart) =>
    JSON.stringify([p.words.map((w) => w.word), p.missing.map(foldText), p.technologies.map((t) => t.name)]);
  return key(a) === key(b);
}

/** A participle placing the noun before it: "teams located in India", « des équipes situées à l'étranger ». */
const PLACING = /^(situe|situee|situes|situees|situated|located|localise|localisee|localises|localisees|implante\w*)$/;
const PLACE_AFTER = /^(a|au|aux|en|dans|in|at|on|sur|outside|hors|abroad|overseas)$/;

/** Whether token `i` places the noun before it (then it asks nothing: where is what follows). */
/**
 * A message's told sentences and the question after them: cut at the last sentence's end before its first "?" (or,
 * when `unmarked`, before its end, for a question that asks without a mark: "…Has he done Databricks migrations").
 */
function toldThenAsked(text: string, unmarked: boolean): { context: string; question: string } | null {
  const mark = text.indexOf("?");
  if (mark < 0 && !unmarked) return null;
  const ends = [...text.slice(0, mark < 0 ? text.length : mark).matchAll(/[.!;…]\s+(?=\S)/gu)];
  const last = ends.at(-1);
  if (!last) return null;
  const cut = last.index! + last[0].length;
  const question = text.slice(cut);
  // (Asked without a mark, it opens as a question does: not "Vous accompagnerez les data scientists…".)
  if (mark < 0 && !UNMARKED_QUESTION.test(question)) return null;
  return { context: text.slice(0, cut), question };
}
/** How a question without its mark opens: "Has he done…", "Does he know…", « A-t-il… », « Il connaît… ». */
const UNMARKED_QUESTION = new RegExp(
  String.raw`^(?:and |et )?(?:has|have|does|did|is|was|can|could|would|will|what|which|how|who|where|when|any|` +
    String.raw`a-t-il|est-ce|il|quel\w*|combien|comment)\b`,
  "i",
);

function placing(tokens: Token[], i: number): boolean {
  return PLACING.test(tokens[i]?.folded ?? "") && i > 0 && PLACE_AFTER.test(tokens[i + 1]?.folded ?? "");
}

/**
 * "on-call", "in-house", "off-site": a word joined by its hyphen after a word of place (see joinCompounds), a term of
 * the dictionary (not "row-level", "full-time", "lead-level": what the first word says).
 */
function hyphenJoined(original: string): boolean {
  return /^(on|in|off|out|over|under|up|down|by)-\p{L}{2,}$/iu.test(original);
}

/** Words between "he" and the verb of a clause on a thing: "the pipelines he has built", « qu'il a produites ». */
const CLAUSE_AUX = /^(has|had|is|was|a|avait|est|etait)$/;
/**
 * Verbs of making or holding a thing, which say only that it is his: "the platform he builds", « le poste qu'il
 * occupe » (not "the data he encrypts", whose verb is what is asked about).
 */
const MAKING = new RegExp(
  String.raw`^(build|builds|built|building|develops?|developed|developing|makes?|made|creates?|created|produces?|` +
    String.raw`produced|maintains?|maintained|runs?|ran|owns?|owned|teach|teaches|taught|delivers?|` +
    String.raw`delivered|construit|construisait|developpe|developpait|produit|produisait|prepare|preparait|gere|` +
    String.raw`gerait|maintient|maintenait|cree|creait|livre|livrait|occupe|occupait|enseigne|enseignait|fait|` +
    String.raw`faisait)$`,
);
/** Words naming a thing as given: "the", "his", « les », « sa »… (not "a", "any": "any project he led?" asks it). */
const GIVEN_THING = /^(the|his|this|these|those|le|la|les|l|son|sa|ses|ce|cette|ces)$/;

/**
 * "the platform he builds", « les données qu'il produisait »: the verb of a clause on a thing named as given says
 * what he did with it, taken for granted; what is asked is something of the thing (its users, its size).
 */
function doingGiven(tokens: Token[], i: number): boolean {
  if (!MAKING.test(tokens[i]?.folded ?? "")) return false;
  let k = i - 1;
  if (CLAUSE_AUX.test(tokens[k]?.folded ?? "")) k -= 1;
  const he = tokens[k]?.folded ?? "";
  if (!/^(he|she|il|elle)$/.test(he)) return false;
  k -= 1;
  const french = he === "il" || he === "elle";
  const linker = tokens[k]?.folded ?? "";
  if (french && linker !== "qu") return false;
  if (french || /^(that|which)$/.test(linker)) k -= 1;
  const thing = tokens[k]?.folded ?? "";
  if (!isContentWord(thing) || /^(he|she|il|elle)$/.test(thing)) return false;
  return [k - 1, k - 2].some((d) => GIVEN_THING.test(tokens[d]?.folded ?? ""));
}

/** French verbs of giving or holding classes and hours: « assure », « dispense », « donne » (folded). */
const DELIVERING = /^(assur(e|ait|ent)|dispens(e|ait|ent)|donn(e|ait|ent)|effectu(e|ait|ent)|fai(t|sait))$/;

/**
 * « combien d'heures assure-t-il ? », « sous quelle forme dispense-t-il ses cours ? »: the verb asked in inversion,
 * which gives what is counted or described (no insurance, « assurance »).
 */
function deliveringAsked(tokens: Token[], i: number): boolean {
  return (
    DELIVERING.test(tokens[i]?.folded ?? "") &&
    tokens[i + 1]?.folded === "t" &&
    /^(il|elle)$/.test(tokens[i + 2]?.folded ?? "")
  );
}

/** Verbs of making a thing, which a kind of thing after them asks of ("developed Python tools"). */
const MADE_BY_HIM = new RegExp(
  String.raw`^(developpe\w*|cree\w*|construit\w*|ecrit\w*|concu\w*|built|build|wrote|written|write|developed|` +
    String.raw`develop|created|create|designed|design)$`,
);

/** "has he built pipelines?", "did he create dashboards?": a verb of making, asked of what it made. */
const BUILDING = /^(build|built|create|created|make|made|construit|construire|cree|creer)$/;

/**
 * "has he built pipelines?": the verb of making, right after "he" (or « il a »), says nothing the thing made doesn't
 * (not the CV's "projects built by the teams", which a rare word would weigh first); what follows is asked.
 */
function buildingAsked(tokens: Token[], i: number): boolean {
  if (!BUILDING.test(tokens[i]?.folded ?? "")) return false;
  // (Right after "he", « il a »: not "has he designed, built and maintained…", one of several claims.)
  const [two, one] = [tokens[i - 2]?.folded ?? "", tokens[i - 1]?.folded ?? ""];
  // (Of things in general, "pipelines", « des pipelines »: "a data warehouse", "the data strategy" is one thing
  // made, which the verb still weighs.)
  const oneThing = /^(a|an|the|his|un|une|le|la|l|sa|son)$/.test(tokens[i + 1]?.folded ?? "");
  return (
    (/^(he|she|il|elle)$/.test(one) || (/^(il|elle)$/.test(two) && one === "a")) && !oneThing && i + 1 < tokens.length
  );
}

/** Domains data is of, which a passage must name: health, banking, payments, « santé », « bancaires ». */
const DATA_DOMAIN = new RegExp(
  String.raw`^(health|healthcare|medical|clinical|patients?|hospitals?|sante|medicales?|cliniques?|hospitalieres?|` +
    String.raw`financial|banking|bancaires?|financieres?|payments?|paiements?|credit|cards?|cartes?|transactional|` +
    String.raw`genomic|genomiques?|biometric|biometriques?|tax|fiscales?|legal|juridiques?|government|military)$`,
);

/** Verbs of moving data between systems: migrate, extract, ingest, load, replicate, « migrer », « extraire ». */
const DATA_MOVED = new RegExp(
  String.raw`^(migrat\w*|extract\w*|ingest\w*|load\w*|replicat\w*|transferr?\w*|sync\w*|moved?|moving|migr\w*|` +
    String.raw`extrai\w*|ingere\w*|charg\w*|transf\w*|repliqu\w*)$`,
);

/** What kind of thing a name is: "the Spark framework", « l'écosystème AWS », « le service EMR ». */
const KIND_OF_NAME = new RegExp(
  String.raw`^(frameworks?|ecosystems?|ecosystemes?|services?|platforms?|plateformes?|tools?|outils?|languages?|` +
    String.raw`langages?|librar(y|ies)|librairies?|bibliotheques?|solutions?|suites?|environments?|environnements?|` +
    String.raw`technolog(y|ies)|technologies?|technos?|approach|approche)$`,
);
const ARTICLE = /^(le|la|l|les|the|this|that|ce|cet|cette)$/;

/**
 * « il maîtrise le framework Spark ? », "has he used the AWS ecosystem?": the kind of thing a name is, said with the
 * name, asks the name (not of tools he made: « des outils Python qu'il a développés »).
 */
function nameOfKind(tokens: Token[], i: number, named: (k: number) => boolean): boolean {
  if (!KIND_OF_NAME.test(tokens[i]?.folded ?? "") || tokens.some((t) => MADE_BY_HIM.test(t.folded))) return false;
  // « le framework Spark », "the framework Spark"; "the Spark framework", "AWS services?" (the name first, the kind
  // ending the question or before where: "AWS services at Decathlon?").
  if (ARTICLE.test(tokens[i - 1]?.folded ?? "") && named(i + 1)) return true;
  const next = tokens[i + 1]?.folded;
  return named(i - 1) && !named(i - 2) && (next === undefined || /^(at|chez|in|en|for|pour)$/.test(next));
}

/** Words for a piece of work of some kind: "migration projects", « projets de migration », "data work". */
const WORK_OF_KIND = /^(projects?|initiatives?|efforts?|work|tasks?|topics?|projets?|chantiers?|sujets?)$/;

/**
 * "experience in migration projects?", « des projets de migration ? »: a word for work after (or, in French, before
 * « de ») the kind of it says nothing the kind doesn't — migrations are the projects asked.
 */
function workOfKind(tokens: Token[], i: number, everyday: (word: string) => boolean): boolean {
  if (!WORK_OF_KIND.test(tokens[i]?.folded ?? "")) return false;
  const before = tokens[i - 1]?.folded ?? "";
  const [of, after] = [tokens[i + 1]?.folded ?? "", tokens[i + 2]?.folded ?? ""];
  // (A telling kind: not "data science projects", whose "science" is everyday, the projects said with it.)
  const kind = (w: string) => w.length > 3 && isContentWord(w) && !WORK_OF_KIND.test(w) && !everyday(w);
  return kind(before) || ((of === "de" || of === "d") && kind(after));
}

/** What reading one segment of a question has found so far (see QuestionReader.readSegment). */
interface SegmentReading {
  tokens: Token[];
  /** The segment's text, which its tokens index. */
  segment: string;
  offset: number;
  language: Language;
  technologies: Technology[];
  employerTokens: Set<string>;
  /** Words that describe the employer asked about ("insurer" in "at the insurer"), as the CV does. */
  describing: Set<string>;
  techTokens: Set<string>;
  words: QuestionWord[];
  missing: string[];
  ignored: string[];
  unknown: QuestionPart["unknown"];
  /** How many things the segment names: technologies, names, terms the profile lacks. */
  subjects: number;
  /** Rarer dictionary words the profile lacks ("azure"): a subject when the segment has no other. */
  absentTelling: number;
}

/**
 * A name of several words written short, the last one whole: "sklearn" for "scikit-learn". The letters
 * come in order from the name, the first one first.
 */
export function isContraction(word: string, tokens: readonly string[]): boolean {
  const last = tokens[tokens.length - 1];
  if (tokens.length < 2 || !last || last.length < 3 || word.length < last.length + 2) return false;
  const name = tokens.join("");
  if (word === name || word[0] !== name[0] || !word.endsWith(last)) return false;
  const head = word.slice(0, word.length - last.length);
  let at = 0;
  for (const c of head) {
    at = name.indexOf(c, at) + 1;
    if (at === 0 || at > name.length - last.length) return false;
  }
  return true;
}

/** The reader for an index, with the vocabulary it reads the profile's words from. */
/**
 * Whether the passages write a folded phrase word for word; each phrase is looked for once. With the
 * passages' keyword index (`keywords`, passage i being `chunks[i]`), only the passages that hold the
 * phrase's rarest content word are read: a passage that writes the phrase holds each of its words.
 */
function phraseHolder(chunks: readonly Chunk[], keywords?: Bm25Index): (phrase: string) => boolean {
  const seen = new Map<string, boolean>();
  return (phrase) => {
    let held = seen.get(phrase);
    if (held === undefined) {
      const words = phrase.split(" ").map((w) => w.replace(/[+]/g, "\\$&"));
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`, "u");
      const some = (c: Chunk | undefined) => c !== undefined && pattern.test(foldText(c.text));
      const positions = keywords ? fewestHolding(phrase.split(" "), keywords) : null;
      held = positions ? positions.some((i) => some(chunks[i])) : chunks.some(some);
      if (seen.size < 10_000) seen.set(phrase, held);
    }
    return held;
  };
}

/**
 * The passages holding the phrase word that the fewest passages hold, by position (in either
 * language's stem: a passage's terms are stemmed in its own); null when no word is a plain content word.
 */
function fewestHolding(words: string[], keywords: Bm25Index): number[] | null {
  let fewest: number[] | null = null;
  for (const w of words) {
    if (!/^[\p{L}\p{N}]+$/u.test(w) || !isContentWord(w)) continue;
    const positions = new Set<number>();
    for (const lang of ["en", "fr"] as const)
      for (const i of Array.from(keywords.passagesWith(stemWord(w, lang)))) positions.add(i);
    if (!fewest || positions.size < fewest.length) fewest = [...positions];
  }
  return fewest;
}

export function readerFor(
  index: SearchIndex,
  profile?: Pick<Profile, "employers">,
): { reader: QuestionReader; vocabulary: ProfileVocabulary } {
  const vocabulary = buildVocabulary(index.chunks, index.thesaurus, index.wordForms);
  const reader = new QuestionReader(
    vocabulary,
    index.lexicon,
    index.keywords,
    index.thesaurus,
    index.chunks,
    profile?.employers,
  );
  return { reader, vocabulary };
}

/**
 * Whether each stretch of a question is a thing asked of its own, whatever it names (`each`), and whether they are
 * listed ("data lakes, warehouses and ETL": `enumerated`, each stretch's everyday words telling too).
 */
function listedAlike(text: string, read: { segment: string; part: QuestionPart }[]) {
  // "experience in ML and in streaming", « en machine learning et en streaming »: the preposition said
  // again marks two things, names or not, when each holds words of the profile.
  const parallel =
    PARALLEL.test(foldText(text)) && read.every((r) => r.part.words.some((w) => !w.absent && !w.employer));
  // A stretch in words that tell (not everyday ones), or a name.
  const telling = (r: (typeof read)[number]) =>
    r.part.words.some((w) => !w.employer && !w.light && !w.everyday) ||
    r.part.missing.length + r.part.technologies.length > 0;
  // "data lakes, warehouses and ETL": three things or more listed by commas then "and", each in a few words
  // of the profile's own, or a name.
  const commas = COMMA_LIST.test(text) && !new RegExp(ASKS).test(foldText(text));
  const enumerated =
    read.length >= 3 &&
    (ENUMERATION.test(text) || commas) &&
    !EXAMPLES.test(text) &&
    read.slice(commas ? 0 : 1).every((r) => tokensOf(r.segment).filter((t) => isContentWord(t.folded)).length <= 3) &&
    read.every(telling);
  // "engagement with business stakeholders? data governance?": each asked with its own mark, in telling words.
  const marked = (r: (typeof read)[number]) => /\?\s*$/.test(text.slice(0, text.indexOf(r.segment)));
  const questioned = read.length >= 2 && read.slice(1).every(marked) && read.every(telling);
  return { each: parallel || enumerated || questioned, enumerated };
}

/** Whether a word is two dictionary words run together ("datasets": "data" and "sets"), of 3 letters or more each. */
function twoWords(word: string, isWord: (w: string) => boolean): boolean {
  for (let k = 3; k <= word.length - 3; k++) if (isWord(word.slice(0, k)) && isWord(word.slice(k))) return true;
  return false;
}

/** "teh" and "the": the same letters but two side by side, swapped. */
function neighboursSwapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** English's commonest three-letter words, which a slip of two letters swapped is read as ("teh", "adn"). */
const COMMONEST_THREE = [
  "the",
  "and",
  "for",
  "you",
  "are",
  "was",
  "has",
  "not",
  "but",
  "can",
  "did",
  "how",
  "who",
  "any",
];
/** The function words of four letters ("wiht" → "with", « aevc » → « avec »). */
const FOUR_LETTER_STOPWORDS = [...STOPWORDS].filter((w) => w.length === 4);
