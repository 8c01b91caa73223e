import {
  COMPANY_DOES,
  ENDED_ORDER,
  EVER,
  ORDER_ALONE,
  type ProfileIntent,
  TOPICS_ASKED,
} from "../profile/profile-intents.js";
import { plainText } from "../query/clean-message.js";
import { ownerTopicOf } from "../query/owner-topics.js";
import { EMPLOYER_NOUN, type QuestionPart, type UnderstoodQuestion } from "../query/understand.js";
import { foldText, literal } from "../text/normalize.js";
import type { Language } from "../text/stem.js";
import type { Turn } from "./conversation-store.js";

const ANAPHORA = new RegExp(
  `(?<!\\p{L})(${[
    ...["that", "this", "it", "there", "then", "those", "these", "them", "same"],
    ...["ça", "ca", "cela", "ceci", "là-bas", "la-bas", "là bas", "la bas", "là", "y", "celui-ci", "celle-ci"],
    // « ces technos », « ces outils »: the things just named.
    ...["ces technos", "ces technologies", "ces outils", "ces techno"],
    ...["ce projet", "cette mission"],
    // « il a terminé cette migration ? », « ce chantier », « cette plateforme »: the thing just talked about.
    ...["cette migration", "ce chantier", "cette plateforme", "ce pipeline", "ces pipelines", "ce travail"],
    ...["cette expérience", "cette experience", "cette techno", "cet outil", "ce sujet"],
    // « c'est en prod ? », « c'est allé en prod ? », « c'était sur AWS ? »: "it", the thing just talked about.
    // (Not « c'est avec Python qu'il code le plus ? », a clause naming its own subject.)
    ...["c'est (?:en|dans|sur|avec|pour|allé|alle|passé|passe|parti)(?![^?]*\\bqu(?:e|'|’))"],
    ...[
      "c'était (?:en|dans|sur|avec|pour)(?![^?]*\\bqu(?:e|'|’))",
      "c'etait (?:en|dans|sur|avec|pour)(?![^?]*\\bqu(?:e|'|’))",
    ],
  ].join("|")})(?!\\p{L})`,
  "iu",
);
/** "is it true he never used Airflow?", "it seems he…": an "it" that points at nothing said before. */
const DUMMY_IT =
  /\b(is|was|isn't|wasn't) it (true|right|correct|the case|so|accurate|fair to say)( that)?\b|\bit (seems|looks)\b/gi;
/** Words pointing back at a place: "how big was the team there?" asks about the employer just named. */
const PLACE = /(?<!\p{L})(there|la-bas|là-bas|la bas|là bas|là|y)(?!\p{L})/iu;
/** "is there…?", « il y a… ? »: no place, only something that exists. */
/** (« y'a » too.) */
const EXISTS = /\b(is|are|was|were) there\b|(?<![\p{L}])y\s*['’]?\s*(a|avait|aura)\b/iu;
/** Québec's « y'a tu travaillé… », « y a-tu… » at the start: « il a », no place. */
const QUEBEC_Y = /^\s*y\s*['’]?\s*a[\s-]*tu\b/iu;
/**
 * "which tools there?", "and after that?", « et avant ça ? »: a whole-profile question about the place or
 * the thing just named, not about the whole profile.
 */
/** Words pointing at the place just named: "there", « là-bas », « y », but not "is there" or « il y a ». */
function isPlace(text: string): boolean {
  return PLACE.test(text.replace(EXISTS, " ")) || THEY_THERE.test(text);
}

/**
 * "did they use Airflow?", "were they on AWS?", « ils utilisaient Docker ? »: the company just named, or its team —
 * the place the conversation is on.
 */
const THEY_THERE = new RegExp(
  String.raw`\b(?:(?:did|do|does|were|was|are|have|had) they|they (?:use|used|run|ran|had|have|were|are|work|worked)|` +
    String.raw`ils (?:utilisaient|utilisent|avaient|ont|[ée]taient|sont|tournaient|travaillaient|bossaient))\b`,
  "iu",
);

export function pointsBack(text: string): boolean {
  return isPlace(text) || /\b(after|before|avant|apres|après) (that|this|ca|ça|cela)(?!\p{L})/iu.test(text);
}

/** What one role has, asked in a word or two: « quels outils ? », "which technologies?", "results?". */
const ROLE_FACET = new RegExp(
  String.raw`\b(outils?|tools?|stack|tech(?! lead)|technos?|technologies|technologie|results?|resultats?|` +
    String.raw`outcomes?|impacts?|achievements?|accomplishments?|realisations?)\b`,
);

/** "his main skills?", "which tools overall?", « en général ? »: the whole profile, not the role at hand. */
const WHOLE_PROFILE = /\b(his|her|ses|son|sa|main|overall|global\w*|general|generale|principal\w*|all|tous)\b/;

/** « et la précédente ? », "and the previous one?", asked alone. */
const BARE_PREVIOUS = new RegExp(
  String.raw`^(et |and )?((la |le |the )(precedente?|previous( one)?)( experience| mission| poste| job| role)?|` +
    // "and the one before?", "the job before that?", « et celui d'avant ? », « le poste d'avant ? »
    String.raw`the (one|job|role|position|company) before( that| it)?|` +
    String.raw`(celui|celle|le poste|la mission|le job|la boite) d'avant|l'avant[- ]derniere?|` +
    String.raw`the (one|job|role) before last|(the )?(penultimate|second[- ]to[- ]last)( one| job| role)?)\s*\?*$`,
);

/** Whole-profile answers that one role has too: its results, its tools. */
const FACET_INTENTS = new Set(["results", "skills"]);

/** Whole-profile questions a short follow-up asks of the role the conversation is on: "was he the lead?". */
const ROLE_QUESTIONS = new Set(["title", "leadership"]);

/**
 * Whether a whole-profile question naming no role is asked of the role the conversation is on: it points
 * back ("which tools there?", "and after that?", "in that role?", "there too?"), or is a short question
 * about a title or leading ("was he the lead?"), not about seniority.
 */
export function asksOfLastRole(text: string, intent: ProfileIntent, roleAtHand = true): boolean {
  const folded = foldText(text);
  if (pointsBack(text) || THEN_WHAT.test(text) || ALSO.test(folded) || THAT_ROLE.test(folded)) return true;
  // « et la précédente ? », "and the previous one?": the one before the role at hand.
  if (intent.kind === "before" && BARE_PREVIOUS.test(folded)) return true;
  // ("Was he at Pernod Ricard?" then « qu'a-t-il fait ? », "and what has he done?": there, not his whole career.)
  if (intent.kind === "summary" && roleAtHand && WHAT_DONE.test(folded)) return true;
  // "at which companies?" right after a subject: where that subject is, not his employers.
  if (intent.kind === "employers" && asksForDetails(text)) return true;
  // "what was the tech stack?", « c'est quoi la stack ? »: the stack of the role at hand ("his stack": all).
  // "what was the business outcome?": the results of the role at hand too ("his main results": all).
  if (FACET_INTENTS.has(intent.kind) && THE_FACET.test(folded) && !WHOLE_PROFILE.test(folded)) return true;
  // "how did he achieve it?", « il a obtenu ça comment ? »: the results of what was just talked about.
  // (« c'était quoi le gain de perf ? »: in the past, of the role just talked about.)
  if (intent.kind === "results" && (/\b(it|that|this|ca|cela)\b/.test(folded) || PAST_SUBJECT.test(folded)))
    return true;
  // "which came first?" after two roles: the order of those two (else of all his roles).
  if (intent.kind === "employers" && ORDER_ALONE.test(folded)) return true;
  // « lequel a duré le plus longtemps ? », "which one lasted longer?" after two roles: of those two.
  if (intent.kind === "tenure" && COMPARED_ALONE.test(folded)) return true;
  // "what did the company do?", « elle fait quoi cette boîte ? »: the company just talked about.
  if (intent.kind === "employers" && COMPANY_DOES.test(folded)) return true;
  // "which stack did they use?": "they", the company just talked about.
  if (intent.kind === "skills" && /\b(they|their|ils|leurs?)\b/.test(folded)) return true;
  // « et il utilisait quoi comme outils ? », "what was he using?": in the past, the tools of the role at hand.
  if (
    intent.kind === "skills" &&
    /\b(utilisait|employait|bossait|travaillait|was (he|she) using|did (he|she) use)\b/.test(folded)
  )
    return true;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  // « et les résultats ? », « quels outils ? », "and the results?": a facet of the role at hand, in a few words
  // ("his" asks of the whole profile: "and his main skills?").
  // (Not after an answer on no role: "Total exp?" then "Skills?" asks his skills.)
  if (FACET_INTENTS.has(intent.kind) && words <= SHORT_WORDS && !WHOLE_PROFILE.test(folded) && roleAtHand) return true;
  // « il y avait un tech lead ? », "was there a PO?" after a team: in the team just talked about.
  if (intent.kind === "team_size" && intent.roles.length === 0 && roleAtHand && words <= SHORT_WORDS + 2) return true;
  // "was he leading the team?", « c'est lui qui dirigeait l'équipe ? »: the team just talked about.
  if (intent.kind === "leadership" && /\b(the|that|this) team\b|(\bl'|\bcette )equipe\b/.test(folded)) return true;
  // « il était en freelance ou en CDI ? », "was he freelance there?": in the past, the contract of that role.
  if (intent.kind === "contract" && !intent.role && PAST_SUBJECT.test(folded)) return true;
  // "what was his title?", « quel était son poste ? »: in the past, the title in the role just talked about.
  if ((intent.kind === "title" || intent.kind === "current") && TITLE_THEN.test(folded)) return true;
  const seniority = intent.kind === "title" && intent.seniority;
  // "so is he senior?": what he is now, not what he was in the role just talked about.
  const now = /^((so|and|alors|donc|et) )?(is (he|she)|est[- ](il|elle)|(il|elle) est)\b/.test(folded);
  return ROLE_QUESTIONS.has(intent.kind) && !seniority && !now && words <= SHORT_WORDS;
}

/** « il était… », "was he…", « c'était… »: said in the past, of the role just talked about. */
const PAST_SUBJECT =
  /^(((et|and|so|alors|ok),? )*)((il|elle) etait|etait[- ](il|elle)|(was|were) (he|she|it|that|this)|c'? ?etait)\b/;

/** "when was that?", « c'était quand ? »: the time of what was just asked. */
const WHEN = /^(and |et )?(when|quand|c'?(é|e)tait quand|since when|depuis quand)\b/i;
/** An answer saying the profile has it elsewhere: "…at AAA-Data, but not at Decathlon." */
const NOT_AT = /, (but not at|mais pas chez) [^,]+\.$/;
/** A question about time: "how long…?", « combien d'années… ? » (not "how many people…?"). */
const DURATION = new RegExp(
  String.raw`\b(how (many|much) (years?|months?|time)|how long|how much experience|` +
    String.raw`combien (de temps|d'?annees?|d'ans|d ans|de mois|d'?(experience|xp))|` +
    String.raw`depuis (quand|combien)|since when)\b`,
  "i",
);
/**
 * "how many years of experience?" then "and as a data engineer?", « et en tant que formateur ? »: the same
 * time, asked of a title.
 */
export function timeAskedAgain(text: string, previous: Turn | undefined): boolean {
  return (
    previous !== undefined &&
    /^(and|et)\s+(as an?|en tant que|comme)\b/i.test(text.trim()) &&
    DURATION.test(foldText(plainText(previous.standalone)).replace(/\bd (?=annee|xp|experience)/g, "d'"))
  );
}

/** "how long?", « combien de temps ? »: the time of what was just answered. */
const HOW_LONG_ALONE = new RegExp(
  String.raw`^(and |et )?(for |pendant )?(how long|(depuis )?combien de temps|[cç]a a dur[ée] combien|` +
    // « ça fait combien de temps ? », « il y est depuis combien de temps ? »: how long, of what was just answered.
    String.raw`[cç]a fait combien de temps|(il|elle) y est depuis combien de temps|` +
    // « c'était combien de temps ? », « il y est resté combien de temps ? », "for how long was that?"
    String.raw`(c'?[eé]tait|[cç]a a [eé]t[eé]|(il|elle) y est rest[eé]e?) (pendant )?combien de temps|` +
    String.raw`how long (was|is) (that|it|this|(he|she) there)|` +
    String.raw`combien de temps (c'?[eé]tait|(il|elle) y est rest[eé]e?))` +
    String.raw`( (in total|overall|altogether|au total|en tout))?\s*[?!.]*$`,
  "i",
);
/** « et au total ? », "and overall?", "in total?" asked alone. */
const TOTAL_ALONE =
  /^(and |et |so |alors )?(in total|overall|altogether|all together|au total|en tout|globalement)\s*[?!.]*$/;
/** "how many people?", « combien de personnes ? », "how many?": a count of what was just answered. */
const HOW_MANY_ALONE = new RegExp(
  String.raw`^(and |et |so |alors )?(how many|combien)( (people|persons|folks|juniors?|engineers?|students?|teams?|` +
    String.raw`personnes|gens|juniors?|equipes?|etudiants?|eleves?|ingenieurs?)| (de|d') ?(personnes|gens|juniors?|` +
    String.raw`equipes?|etudiants?|eleves?|ingenieurs?))?( (in total|au total|en tout|exactly|exactement))?\s*[?!.]*$`,
);
/** "how big?", « de quelle taille ? »: after people he led, how many they were. */
const SIZE_ALONE = new RegExp(
  String.raw`^(and |et |so |alors )?(how (big|large)|what size|which size|(de )?quelle taille|la taille|` +
    // ("Team lead exp." then "Size.": how many.)
    String.raw`(team )?size|taille( de l'equipe)?)` +
    String.raw`( (was|were) (it|they|the team)| (etait|faisait) l'equipe)?\s*[?!.]*$`,
);
/** Verbs of leading people, in both languages: "mentored", « encadrait », "in charge". */
const LEADING_PEOPLE =
  String.raw`mentor\w*|supervis\w*|manag\w*|led|lead\w*|coach\w*|encadr\w*|` +
  // (« il a déjà géré une équipe ? »: folded « géré ».)
  String.raw`dirig\w*|in charge|chef|responsable|gere|gerer|gerait|geree`;
/** Leading the team just talked about: « il dirigeait l'équipe ? », "was he in charge of the team?". */
const TEAM_LED = new RegExp(String.raw`\b(${LEADING_PEOPLE})\b.*\b(the|that|this|l|l'|cette) ?(team|equipe)\b`);
/** "what did he do?", « il faisait quoi ? »: what he did, asked with no place (the role at hand). */
const DOING = new RegExp(
  String.raw`^(and |et |so |alors |ok )?((il|elle) (y )?(faisait|fait|a fait) quoi|qu'?est[- ]ce qu'?(il|elle) ` +
    String.raw`(y )?(faisait|a fait)|what (did|does|was) (he|she) (do|doing)|` +
    String.raw`what (was|is) (his|her) (role|job|mission)|` +
    // « c'était quoi son rôle exactement ? », « quel était son rôle ? », « sa mission ? »: what he did there.
    String.raw`c'? ?etait quoi (son|sa) (role|mission)|(quel|quelle) (etait|est) (son|sa) (role|mission)|` +
    String.raw`(son|sa) (role|mission))` +
    String.raw`( (exactly|exactement|concretement|concretely|la-bas|there))?\s*[?!.]*$`,
);
/** "what was his title?", « c'était quoi son poste ? »: in the past, the title he held in the role at hand. */
const TITLE_THEN = new RegExp(
  String.raw`^(and |et |so |alors |ok )?(what was (his|her) (job )?(title|position)|` +
    String.raw`(quel|c'? ?) ?etait (quoi )?(son|sa) (poste|titre|intitule|fonction)|` +
    String.raw`(son|sa) (poste|titre|intitule|fonction),? c'? ?etait quoi)( (there|la-bas|la))?\s*[?!.]*$|` +
    // "was it a data engineer role?", « c'était un poste de data engineer ? »: the role at hand's title.
    String.raw`^(and |et |so |alors |ok )?(was (it|that|this) (a|an) |c'? ?etait (un|une) (poste|role|job|mission) ` +
    String.raw`(de |d'))`,
);
/** A question about using a thing ("has he used Airflow?", « il a fait du Snowflake ? »), not teaching it. */
const USED_ASKED = new RegExp(
  String.raw`\b(used?|using|uses|worked (with|on)|work with|knows?|connai\w*|utilis\w*|fait (du|de la|de l'|des)|` +
    String.raw`done|did|experience|xp|got|has (he|she) any|bosse\w* (avec|sur)|travaille\w* (avec|sur))\b`,
);
const TAUGHT_ASKED = /\b(taught|teach\w*|enseign\w*|cours|formes?|trained|train\w*)\b/;
/** What a count of people follows: people he led or mentored (the leadership answer counts them). */
const PEOPLE_LED = new RegExp(String.raw`\b(${LEADING_PEOPLE})\b`);
/** "where?", « dans quelles boîtes ? », "at which companies?": the roles are what is asked. */
const WHERE_ASKED = new RegExp(
  // « où » folds to « ou » ("or"): only where it asks, first or last.
  String.raw`(^ou\b|\bou\s*[?!.]*$|\b(where|(which|what) (compan(y|ies)|employers?|firms?|clients?|roles?|jobs?)|` +
    String.raw`quel(le)?s? (boites?|entreprises?|societes?|employeurs?|clients?|postes?|missions?))\b)`,
);
/** « c'était en freelance ? », "was it freelance?", « en CDI ? »: a contract, asked in a few words. */
const TOTAL_WORDS = "(in total|overall|altogether|au total|en tout)";
const CONTRACT_KIND =
  String.raw`(freelance\w*|cdi|cdd|salarie|permanent( contract)?|contractor|contract|independant|employee|` +
  String.raw`salaried)`;
const CONTRACT_ALONE = new RegExp(
  String.raw`^(and |et )?(${TOTAL_WORDS} )?(c'? ?etait |etait[- ]ce |was (it|that|he|she) |is (it|that) |it was |` +
    String.raw`(il|elle) etait |etait[- ](il|elle) )?` +
    String.raw`(en tant que |en |on (a )?|as (a |an )?)?${CONTRACT_KIND}` +
    // « il était en freelance ou en CDI ? »: either, of the role at hand.
    String.raw`( (or|ou) (en |on (a )?|an? )?${CONTRACT_KIND})?` +
    String.raw`( ${TOTAL_WORDS})?\s*[?!.]*$`,
);
/**
 * « c'était en freelance ? » after Kafka at EPISEN: the contract of the role at hand, or of the first role the
 * last answer named; « et en freelance ? » after « combien d'années d'expérience ? »: the time on that contract.
 */
function contractAsked(understood: UnderstoodQuestion, previous: Turn, employers: string[], role: string | null) {
  const text = understood.text;
  if (!CONTRACT_ALONE.test(foldText(text))) return null;
  // (« et au total en tant que salarié ? » after one role's time: of the whole career.)
  const total = new RegExp(TOTAL_WORDS).test(foldText(text));
  if ((!role || total) && !previous.subject && DURATION.test(foldText(previous.standalone)))
    return timeOnContract(text, understood);
  const at = role ?? answeredEmployer(previous.answer.split("\n")[0]!, employers);
  return at ? atRole(text, at) : null;
}

/** « et en freelance ? », "and as an employee?": how long on that contract. */
function timeOnContract(text: string, understood: UnderstoodQuestion): string {
  const permanent = /\b(cdi|cdd|salarie|permanent|employee)\b/.test(foldText(text));
  if (understood.language === "fr") return permanent ? "combien de temps en CDI ?" : "combien de temps en freelance ?";
  return permanent ? "how long as an employee?" : "how long as a freelancer?";
}

/** "which tool?", "what library", « quelle lib ? », « avec quel outil ? »: asked alone, after an answer. */
const TOOL_ALONE = new RegExp(
  String.raw`^(and |et |so |alors |ok )?((with |using |avec )?(which|what|quelle|quel|quels|quelles) ` +
    String.raw`(tool|tools|library|libraries|lib|libs|librairies?|bibliotheques?|frameworks?|packages?|outils?)` +
    String.raw`( (did he use|was it|was used|c'etait|il a utilise|utilisee?s?))?` +
    String.raw`( for (that|this|it)| pour (ca|cela))?|` +
    // « et il utilisait quoi comme outils ? », "what did he use as tools?"
    String.raw`(il|elle) (utilisait|utilise|a utilise) quoi comme (outils?|technos?|tools?)|` +
    String.raw`what did (he|she) use as tools?)\s*[?!.]*$`,
);
/** "how long did it last?", « ça a duré combien de temps ? »: the time of the role just talked about. */
const IT_LASTED = new RegExp(
  String.raw`^(and )?how long (did|does) (it|that|this) last\s*[?!.]*$|` +
    String.raw`^(et )?(ça|ca|cela) a dur[ée] combien( de temps)?\s*[?!.]*$|` +
    // « elle dure depuis combien de temps ? » of the mission just talked about.
    String.raw`^(et )?(elle|il|ça|ca|cela|la mission|le poste) dur(e|ait) (depuis )?combien( de temps)?\s*[?!.]*$|` +
    String.raw`^(et )?depuis combien de temps (elle|il|ça|ca|cela) dure\s*[?!.]*$|` +
    // « combien de temps a duré cette mission ? », "how long did that assignment last?"
    String.raw`^(et )?combien de temps (a dur[ée]|durait|dure) (cette|la|sa|ce|le|son) (mission|formation|` +
    String.raw`exp[ée]rience|poste|contrat|job|projet)\s*[?!.]*$|` +
    String.raw`^(and )?how long did (that|this|the|his) (mission|assignment|training|job|role|contract|project|` +
    String.raw`engagement|stint) last\s*[?!.]*$`,
  "i",
);
const MAX_FOLLOW_UP_WORDS = 7;
/** The same for a question pointing at the place just named ("…there?", « …là-bas ? »). */
const MAX_PLACED_WORDS = 14;
/** A question about the team: "how big was the team?", « l'équipe ? ». */
const TEAM = new RegExp(
  String.raw`\b(team|teams|equipe|equipes|teammates|colleagues|collegues|alone|on his own|by himself|seul)\b|` +
    // « combien de personnes ? », "how many people?" alone, after a role: its team ("how many people used the
    // platform?" counts something else).
    String.raw`^(and |et )?(how many|combien (de |d'))\s*(people|persons|personnes|gens|engineers|ingenieurs|devs|` +
    String.raw`developers|developpeurs)( (were there|in the team|dans l'equipe|il y avait))?\s*[?!.]*$|` +
    // "who was the lead?", « qui était le PO ? »: someone of the team.
    String.raw`\b(who|qui) (was|were|is|etait|est|c'?etait) (the|le|la) (tech ?lead|lead|manager|boss|chef|po)\b`,
);
/** "recently?", "lately?", « récemment ? » asked alone. */
const RECENTLY_ALONE = new RegExp(
  String.raw`^(and |et |but |mais |so |alors )?(recently|lately|these days|recemment|dernierement)` +
    String.raw`( now| today| aujourd'hui| maintenant)?\s*[?!.]*$|` +
    // "where did he use it most recently?", "when did he last use it?", « il l'a utilisé où en dernier ? » (not
    // "where did he use it?": everywhere).
    String.raw`^(and |et |so |alors )?(where|when|at which (company|employer|job)|ou|quand|chez qui)( did (he|she))? ` +
    String.raw`(last (use|used|do|work with) (it|that|them)|(use|used|do|work with) (it|that|them) ` +
    String.raw`((most )?recently|last))\s*[?!.]*$|` +
    String.raw`^(et )?(il|elle) l'a (utilise|fait) (ou|quand|chez qui) en dernier\s*[?!.]*$|` +
    // "and most recently?", « et le plus récemment ? », « en dernier ? ».
    String.raw`^(and |et |so |alors )?(most recently|le plus recemment|en dernier)\s*[?!.]*$|` +
    // "when was the last time?", « c'était quand la dernière fois ? », "last time he used it?".
    String.raw`^(and |et |so |alors )?((when|where) was( the)? last time|(c'?etait )?quand (la )?derniere fois|` +
    String.raw`(la )?derniere fois (c'?etait )?(quand|ou)|last time)` +
    String.raw`( (he|she) (used|did|worked with) (it|that|them)| (qu'?(il|elle) l'a (utilise|fait)))?\s*[?!.]*$|` +
    // "which one did he use most recently?", "where was it last?", « c'était où en dernier ? »: where lately.
    String.raw`^(and |et |so |alors )?(c'?etait |c'est )?(which|what|where|ou|chez qui|lequel|laquelle)` +
    String.raw`( one| role| job| company| employer| client| mission| poste| boite|` +
    // "which of those did he use most recently?", « lequel des trois en dernier ? »: of the things just named.
    String.raw` of (those|them|these|the (two|three|four|five))| d'entre eux| des (deux|trois|quatre))?` +
    String.raw`( (did|does) (he|she) (use|do|work with)( it| that| them)?| (was|is)( it| that)?|` +
    String.raw` c'?etait| etait| est| a ete| (il|elle) a (utilise|fait)| a-t-(il|elle) (utilise|fait))?` +
    String.raw`( the)? ((most|more) recently|(most|more) recent( one)?|latest( one)?|last|(le )?plus recemment|` +
    String.raw`(le|la) plus recente?|` +
    String.raw`en dernier)\s*[?!.]*$`,
);
/** "in production?", « en prod ? », "professionally?": a few words saying how, not what. */
const QUALIFIER = new RegExp(
  String.raw`^(and |et |but |mais |only |seulement |uniquement |c'? ?[ée]tait |was it |is it |it was )?` +
    String.raw`(in|en|on|at|for|as|dans|sur|pour|comme)\s(?!(what|which|quel|quelle|quels|quelles)\b)|` +
    String.raw`^(professionally|commercially|hands[- ]on)\b`,
  "i",
);
const QUALIFIER_WORDS = 4;
/** A message this short, of everyday words only, asks about the employer just named. */
const SHORT_WORDS = 4;
/** What may stand around the employer in "and at AAA-Data?", "et chez MAIF ?", "what about Decathlon?". */
const CONNECTORS = new RegExp(
  // (Bounded by letters, not \b: « à » is no word character to it.)
  `(?<![\\p{L}\\p{N}])(${[
    ...["and", "et", "what", "how", "about", "at", "in", "for", "with", "the", "same", "then", "or"],
    ...["chez", "pour", "a", "à", "au", "aux", "en", "dans", "avec", "le", "la", "les", "l", "pareil", "idem"],
    ...["alors", "puis", "ou"],
    // "scala too?", « et docker aussi ? »: the same question, of the thing now named.
    ...["too", "also", "as well", "aussi", "egalement", "également"],
    // "ok and at AAA?", « merci, et chez MAIF ? »: an acknowledgement before it.
    ...["ok", "okay", "alright", "thanks", "merci", "sinon"],
  ].join("|")})(?![\\p{L}\\p{N}])`,
  "giu",
);

/** "and the stack?", « et kafka ? », "what about the team?": a message carrying on from the last one. */
const LEAD_IN = /^(and|et|what about|how about|and what about|et pour|et cote|et niveau|et sinon|sinon)\b/;
/** "has he ever…?", « il a déjà… ? »: anywhere in his career, not only in the role at hand. */
const EVER_ASKED = new RegExp(EVER);
/** "these tools", « ces technos »: the things just named, however long the question. */
const THESE_THINGS = new RegExp(
  String.raw`\b(these|those|ces) (tools|technologies|technos?|technologie|outils|frameworks|languages|langages|` +
    String.raw`platforms|plateformes)\b`,
);
/** "…there too?", "…as well?", « …aussi ? »: the same place or frame as the last message. */
const ALSO = /\b(too|also|as well|aussi|egalement|pareil|idem)\b/;
/** "in that role", "at that company", « dans ce poste », « dans cette boîte »: the role the conversation is on. */
const THAT_ROLE = new RegExp(
  String.raw`\b(that|this|the same) (role|job|position|mission|company|client|place|team|project)\b|` +
    String.raw`\b(ce|cet|cette|le meme|la meme) (poste|role|job|mission|boite|entreprise|client|equipe|projet)\b`,
);

/** A facet of one role, said with "the": "what was the stack?", « c'est quoi le contexte ? » — the role at hand. */
const THE_FACET = new RegExp(
  String.raw`(?:\b(?:the|le|la|les) |\bl')(stack|tech stack|context|contexte|project|projet|goal|goals|objectif|` +
    String.raw`objectifs|mission|client|tools|outils|results?|resultats?|challenge|challenges|enjeu|enjeux|` +
    String.raw`problematique|(business )?(outcomes?|impact)|achievements?|impacts?)\b`,
);

/** Words leaning on the role the conversation is on: "and the stack?", "there too?", « dans ce poste ? ». */
function leansOnRole(text: string): boolean {
  const folded = foldText(text);
  // "what was the stack?": short; "has he dealt with the client directly?" asks on its own.
  const facet = THE_FACET.test(folded) && folded.split(/\s+/).length <= SHORT_WORDS + 1;
  return (
    LEAD_IN.test(folded) || ALSO.test(folded) || THAT_ROLE.test(folded) || facet || isPlace(text) || WAS.test(folded)
  );
}

/** « c'était en CDI ? », "was it remote?": in the past, of the role just talked about ("was he…?" may be now). */
const WAS = /^(c'? ?etait|etait[- ]ce|was (it|that)|it was)\b/;

/**
 * "on which topics?", « sur quels sujets ? » (after « il était formateur chez Pernod ? »), naming nothing of its own:
 * of the role at hand.
 */
function topicsOfRole(text: string, part: QuestionPart, previous: Turn): boolean {
  const own = part.roles.length + part.missing.length + part.technologies.length > 0 || part.words.some((w) => w.key);
  // (After a turn on his teaching or training, not after "was he at Decathlon?".)
  const said = foldText(`${previous.standalone} ${previous.answer.split("\n")[0]}`);
  return !own && TOPICS_ASKED.test(foldText(text)) && TAUGHT_TURN.test(said);
}
/** A turn on teaching or training: "was he a trainer at Pernod?", « il enseigne à l'EPISEN ? ». */
const TAUGHT_TURN = /\b(teach|taught|train|lectur|course|enseign|formateur|formation|cours|professeur|prof\b)/;

/** The team, the company, what he did: asked of the role at hand, its employer added. */
function ofRoleAtHand(text: string, part: QuestionPart, role: string): string | null {
  const folded = foldText(text);
  if (part.roles.length > 0) return null;
  // « il dirigeait l'équipe ? », "was he in charge of the team?": the team of the role at hand.
  if (TEAM_LED.test(folded) && part.missing.length === 0) return atRole(text, role);
  // « elle fait quoi cette boîte ? », "what did the company do?": its company.
  if (COMPANY_DOES.test(folded) || TITLE_THEN.test(folded)) return atRole(text, role);
  // « et il faisait quoi ? », "and what did he do?", after a role: that role's overview.
  return DOING.test(folded) && part.words.length + part.missing.length === 0 ? atRole(text, role) : null;
}

/** "and the smallest?" after the largest; "which one is the most recent?" after his roles; "which one was bigger?". */
function oneOf(understood: UnderstoodQuestion, history: Turn[], employers: string[]): string | null {
  return (
    nthListed(understood, history.at(-1)!, employers) ??
    otherEnd(understood.text, history.at(-1)!) ??
    whichRole(understood, history.at(-1)!) ??
    teamsCompared(understood, history, employers) ??
    gapAgain(understood, history, employers) ??
    overlapAgain(understood, history, employers) ??
    thatComparedWith(understood, history, employers) ??
    comparedOfLastTwo(understood, history, employers)
  );
}

/** "the third one", « la deuxième boîte », "the 2nd company": one of the employers just listed, by its place. */
const NTH_LISTED = new RegExp(
  // (Not "first": the earliest role, which "his first company?" asks, not the top of a list shown newest first.)
  String.raw`\b(?:the |le |la |l')?(second|2nd|third|3rd|fourth|4th|fifth|5th|` +
    String.raw`deuxieme|2e|2eme|seconde?|troisieme|3e|3eme|quatrieme|4e|4eme|cinquieme|5e|5eme) ` +
    String.raw`(?:one|company|employer|job|role|client|poste|employeur|boite|entreprise|experience|mission)\b`,
);
/** Each ordinal's place, by its first three letters (or two: "2n", "3e"). */
const NTH: Record<string, number> = {
  ...{ sec: 2, "2n": 2, deu: 2, "2e": 2, thi: 3, "3r": 3, tro: 3, "3e": 3 },
  ...{ fou: 4, "4t": 4, qua: 4, "4e": 4, fif: 5, "5t": 5, cin: 5, "5e": 5 },
};

/**
 * "list his employers" answered, then "tell me more about the third one", « et la deuxième boîte ? »: that employer,
 * by its place in the answer's list; "and the third one?" alone, what he did there.
 */
function nthListed(understood: UnderstoodQuestion, previous: Turn, employers: string[]): string | null {
  const folded = foldText(understood.text);
  const m = NTH_LISTED.exec(folded);
  if (!m) return null;
  const lead = previous.answer.split("\n")[0]!;
  const listed = employers
    .map((e) => ({ e, at: lead.indexOf(e) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  const n = NTH[m[1]!.slice(0, 3)] ?? NTH[m[1]!.slice(0, 2)];
  const employer = listed.length >= 2 && n ? listed[n - 1]?.e : undefined;
  if (!employer) return null;
  const fr = understood.language === "fr";
  const rest = folded
    .replace(m[0], " ")
    .replace(/\b(and|et|what about|tell me (more )?about|more about|parle[- ]moi de|et pour|about|sur|de|of)\b/g, " ")
    .replace(/[\s?!.,]+/g, " ")
    .trim();
  if (rest === "") return fr ? `qu'a-t-il fait chez ${employer} ?` : `what did he do at ${employer}?`;
  const before = folded.slice(0, m.index).replace(/\b(at|chez|a|in|dans)\s*$/, "");
  return `${before} ${fr ? "chez" : "at"} ${employer}${folded.slice(m.index! + m[0].length)}`
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * "what did he do at MAIF?", "and at Pernod?", then "which one lasted longer?" (« laquelle était la plus longue ? »):
 * the two employers of the last two questions, compared by time.
 */
function comparedOfLastTwo(understood: UnderstoodQuestion, history: Turn[], employers: string[]): string | null {
  const folded = foldText(understood.text);
  if (!COMPARED_ALONE.test(folded) && !ENDED_ALONE.test(folded)) return null;
  // (Of the roles themselves: after "Spark at MAIF?", "and Kafka at Decathlon?", "which was longer?" asks of those.)
  const turns = history.slice(-2);
  if (turns.length < 2 || turns.some((t) => t.subject || t.things?.length || t.topic || t.fit)) return null;
  const named = [...new Set(turns.flatMap((t) => employersWritten(t.standalone, employers)))];
  if (named.length !== 2) return null;
  const or = understood.language === "fr" ? " ou " : " or ";
  return `${understood.text.replace(/[\s?!.]+$/, "")}, ${named.join(or)}?`;
}

/** "which ones are missing?", « lesquels manquent ? »: of the things just checked, those the profile lacks. */
const MISSING_ALONE = new RegExp(
  String.raw`^(and |so |et |alors |ok )?((which|what) (ones?|of (them|those|these)|skills?|techs?)( (are|is))? ` +
    String.raw`(missing|absent|lacking|not there|not in the profile)|what'?s missing|what is missing|` +
    String.raw`(lesquel(le)?s|quels?|quelles?)( (sont|est))? (manquent|manque|absente?s?|manquante?s?)|` +
    String.raw`qu'?est[- ]ce qui manque|il manque quoi|ce qui manque)\s*[?!.]*$`,
);
/** A part of a several-part answer the profile lacks: "Kubernetes: not in the profile", « Terraform : absent… ». */
const PART_MISSING = /(?:^|· )([^:·]+?) ?: (?:not in the profile|absent du profil)/g;

function missingAgain(understood: UnderstoodQuestion, previous: Turn): string | null {
  if (!MISSING_ALONE.test(foldText(understood.text))) return null;
  const missing = [...previous.answer.split("\n")[0]!.matchAll(PART_MISSING)].map((m) => m[1]!.trim());
  if (missing.length === 0) return null;
  const fr = understood.language === "fr";
  const list = missing.join(fr ? " et " : " and ");
  return fr ? `a-t-il fait ${list} ?` : `has he used ${list}?`;
}

/** "was there a gap between the two?", « un trou entre les deux ? »: between the two roles just asked about. */
const GAP_ALONE = new RegExp(
  String.raw`^(and |so |et |alors )?((was|is) there |any |(y a[- ]t[- ]il|il y a|y a)( eu)? )?(a |an |un )?` +
    String.raw`(gap|break|trou|interruption|pause)( (between|entre) (the two|them|those two|les deux|eux))?\s*[?!.]*$`,
);

function gapAgain(understood: UnderstoodQuestion, history: Turn[], employers: string[]): string | null {
  if (!GAP_ALONE.test(foldText(understood.text))) return null;
  const named = [...new Set(history.slice(-2).flatMap((t) => employersWritten(t.standalone, employers)))];
  if (named.length !== 2) return null;
  return understood.language === "fr"
    ? `y a-t-il eu un trou entre ${named.join(" et ")} ?`
    : `was there a gap between ${named.join(" and ")}?`;
}

/** "which one was bigger?", « laquelle était la plus grande ? »: of the teams just given, one after the other. */
const BIGGER_ALONE = new RegExp(
  String.raw`^(and |so |et |alors )?(which|what|lequel|laquelle|quelle)( one| team| of the two| des deux| equipe)?` +
    String.raw`( was| is| etait| est)? ?(bigger|larger|smaller|the (biggest|largest|smallest)|` +
    String.raw`(la )?plus (grande?|petite?))\s*[?!.]*$`,
);
/** A team size's answer: "Team, as the profile lists it: …", « Équipe, telle que le profil la décrit : … ». */
const TEAM_ANSWER = /^(Team, as the profile lists it|Équipe, telle que le profil la décrit)/;

/** "how big was the team at Decathlon?", "and at AAA-Data?", then "which one was bigger?": the two compared. */
function teamsCompared(understood: UnderstoodQuestion, history: Turn[], employers: string[]): string | null {
  const folded = foldText(understood.text);
  if (!BIGGER_ALONE.test(folded)) return null;
  // "the biggest", « la plus grande »: of every team just given, one after the other; "bigger", of the last two.
  const most = /\b(biggest|largest|smallest|la plus|le plus)\b/.test(folded);
  let since = history.length;
  while (since > 0 && TEAM_ANSWER.test(history[since - 1]!.answer)) since--;
  const teams = most ? history.slice(since) : history.slice(-2).filter((t) => TEAM_ANSWER.test(t.answer));
  const named = [...new Set(teams.flatMap((t) => employersWritten(t.answer.split("\n")[0]!, employers)))];
  if (teams.length < 2 || named.length !== teams.length) return null;
  const fr = understood.language === "fr";
  const list = `${named.slice(0, -1).join(", ")}${fr ? " ou " : " or "}${named.at(-1)}`;
  const smallest = /\b(smaller|smallest|petite?)\b/.test(folded);
  if (fr) return `quelle équipe était la plus ${smallest ? "petite" : "grande"}, ${list} ?`;
  return `which team was ${smallest ? "smaller" : "bigger"}, ${list}?`;
}

/** "did they overlap?", « ils se chevauchent ? », "at the same time?": the two roles just asked about. */
const OVERLAP_ALONE = new RegExp(
  String.raw`^(and |so |et |alors )?(did (they|those|the two|both|the roles|those roles) |do (they|those) |` +
    String.raw`were (they|those|both) |was (it|that) |(est-ce qu'?)?(ils|elles) (se )?|ca s'est |` +
    String.raw`se sont-(ils|elles) )?` +
    String.raw`(overlap\w*|chevauch\w*|(at|in) the same time|(a|en) meme temps|simultane\w*|in parallel|en parallele)` +
    String.raw`( (with each other|each other|l'un avec l'autre))?\s*[?!.]*$`,
);

function overlapAgain(understood: UnderstoodQuestion, history: Turn[], employers: string[]): string | null {
  if (!OVERLAP_ALONE.test(foldText(understood.text))) return null;
  const named = [...new Set(history.slice(-2).flatMap((t) => employersWritten(t.standalone, employers)))];
  if (named.length !== 2) return null;
  return understood.language === "fr"
    ? `${named.join(" et ")} se chevauchent-ils ?`
    : `did ${named.join(" and ")} overlap?`;
}

/** "…, that or MAIF?", "…, MAIF or that one?": a comparison of the role at hand, pointed at, with one named. */
const POINTER = String.raw`(?:that|this|it|there|ça|ca|cela|celui-là|celle-là|celui-la|celle-la)(?: one)?`;
const THAT_OR_NAMED = new RegExp(
  String.raw`^(.*?)[,\s]+(?:${POINTER}\s+(?:or|ou)\s+[^?,]+|[^?,]+?\s+(?:or|ou)\s+${POINTER})\s*[?!.]*$`,
  "iu",
);

/**
 * "where did he use Snowflake?", then "which one was longer, that or MAIF?": the role the conversation is on, for
 * "that", compared with the one named.
 */
function thatComparedWith(understood: UnderstoodQuestion, history: Turn[], employers: string[]): string | null {
  const named = employersWritten(understood.text, employers);
  const m = named.length === 1 ? THAT_OR_NAMED.exec(understood.text) : null;
  if (!m || !COMPARED_ALONE.test(foldText(m[1]!).trim())) return null;
  const other = history.at(-1)?.role;
  if (!other || other === named[0]) return null;
  return `${m[1]!.trim()}, ${other}${understood.language === "fr" ? " ou " : " or "}${named[0]}?`;
}

/** "which one is the most recent?", « lequel est le plus ancien ? »: one of the things just listed, by its date. */
const WHICH_ONE_WHEN = new RegExp(
  String.raw`^(?:and |et )?(which one|lequel|laquelle)\b.*\b(?:(most recent|latest|newest|last|current|` +
    String.raw`plus recente?|dernier|derniere)|(first|oldest|earliest|premiere?|plus ancienne?))\b`,
);
/** A question about his roles or employers: what "which one?" next picks among. */
const ROLES_ASKED = new RegExp(
  String.raw`\b(compan\w*|employers?|employeurs?|entreprises?|boites?|roles|jobs|positions|postes|missions|` +
    String.raw`career|carriere|timeline|parcours|worked for)\b`,
);

/** After "which companies has he worked for?": "which one is the most recent?" is his latest role. */
function whichRole(understood: UnderstoodQuestion, previous: Turn): string | null {
  const m = WHICH_ONE_WHEN.exec(foldText(understood.text));
  if (!m || !ROLES_ASKED.test(foldText(previous.standalone))) return null;
  const fr = understood.language === "fr";
  if (m[2]) return fr ? "quel est son poste le plus récent ?" : "which role was the most recent?";
  return fr ? "quel a été son premier poste ?" : "what was his first job?";
}

/** Superlatives and their opposites: "the largest team?" then "and the smallest?". */
const OPPOSITE_ENDS: [string, string][] = [
  ["largest", "smallest"],
  ["biggest", "smallest"],
  ["longest", "shortest"],
  ["oldest", "most recent"],
  ["earliest", "latest"],
  ["first", "last"],
  ["most", "least"],
  ["plus grande", "plus petite"],
  ["plus grand", "plus petit"],
  ["plus gros", "plus petit"],
  ["plus longue", "plus courte"],
  ["plus long", "plus court"],
  ["plus ancienne", "plus récente"],
  ["plus ancien", "plus récent"],
];
const END_ALONE = new RegExp(
  String.raw`^(?:and |et )?(?:the |le |la )?(${OPPOSITE_ENDS.flat()
    .map((w) => foldText(w))
    .join("|")})(?: one| team| role| job| mission)?\s*[?!.]*$`,
);

/** "How big was his largest team?" then "and the smallest?": the same question at the other end. */
function otherEnd(text: string, previous: Turn): string | null {
  const asked = END_ALONE.exec(foldText(text))?.[1];
  if (!asked) return null;
  const said = foldText(previous.question);
  for (const [a, b] of OPPOSITE_ENDS)
    for (const [from, to] of [
      [b, a],
      [a, b],
    ] as const)
      if (foldText(to) === asked) {
        const re = new RegExp(String.raw`(?<![\p{L}])${literal(foldText(from))}(?![\p{L}])`, "iu");
        if (re.test(said)) return said.replace(re, to);
      }
  return null;
}

/**
 * Whether the passages of a role hold a part's words: false when other roles hold them all and this one doesn't,
 * null when no role does (or it can't be told).
 */
export type HeldAtRole = (part: QuestionPart, role: string) => boolean | null;

/**
 * Offline follow-ups. A message with a subject of its own is a new question, unless it leans on the
 * last one ("and the stack?", "was he a contractor there too?"): then it is asked of the role the
 * conversation is on. A short one that points back ("when was that?", "et là-bas ?") or has no subject
 * inherits the previous question's; one that only names another employer ("and at AAA-Data?") keeps
 * the previous subject and changes the role. Returns the question to answer in full, or null when the
 * message stands alone. (Short is counted in words, not marks: « depuis combien de temps il y est ? » is seven.)
 */
export function resolveFollowUp(
  understood: UnderstoodQuestion,
  history: Turn[],
  employers: string[],
  heldAt: HeldAtRole = () => null,
): string | null {
  const previous = history[history.length - 1];
  if (!previous || understood.topic || understood.arithmetic || understood.parts.length !== 1) return null;
  const text = understood.text;
  const atOnce = askedAnew(understood, previous, employers) ?? oneOf(understood, history, employers);
  if (atOnce) return atOnce;
  const ofAnswer = ofLastAnswer(understood, previous, employers);
  if (ofAnswer) return ofAnswer;
  const wordCount = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  // "did the model actually go to production there?", "was he the tech lead on that team?": a place word, or
  // "that team", points back, however long the question.
  // (« c'était un poste de dev ou de formation ? »: "it was", of the role at hand.)
  // ("at which company did he use it most recently?": asked again of its latest use, in its own words.)
  const placed = isPlace(text) || [THAT_ROLE, THESE_THINGS, WAS, RECENTLY_ALONE].some((re) => re.test(foldText(text)));
  if (wordCount > (placed ? MAX_PLACED_WORDS : MAX_FOLLOW_UP_WORDS)) return null;
  const part = understood.parts[0]!;
  // The role the conversation is on: named last, or the one the last answer was about.
  const role = previous.role ?? null;
  // "13 h to 6 minutes at Decathlon, right?" answered "…at AAA-Data, but not at Decathlon", then "when was
  // that?": when it was, at AAA-Data ("là-bas", "there" still point at the employer asked).
  const lead = previous.answer.split("\n")[0]!;
  const moved = role && !previous.answered && NOT_AT.test(lead) ? answeredEmployer(lead, employers) : null;
  if (moved && moved !== role && isSubjectless(part) && WHEN.test(text)) return whenMoved(understood, previous, moved);
  const before = roleTopicsOrBefore(understood, previous, role, () => role ?? answeredEmployer(lead, employers));
  if (before) return before;
  const again = askedAgain(understood, previous, employers);
  if (again !== null) return again || null;
  const aside =
    nextRole(understood, () => role ?? answeredEmployer(lead, employers)) ??
    (role ? elsewhereThan(understood, previous, role) : null) ??
    contractAsked(understood, previous, employers, role) ??
    toolsAsked(understood, previous, role, () => answeredEmployer(lead, employers)) ??
    firstUse(understood, previous) ??
    workedOut(understood, previous);
  if (aside) return aside;
  const atHand =
    (role ? (timeUsed(understood, previous) ?? ofRoleAtHand(text, part, role)) : null) ??
    timeOrCount(understood, previous, employers, role) ??
    qualified(understood, previous, employers, wordCount);
  if (atHand) return atHand;
  // "which ones?", « il a fait quoi avec ? »: the passages of the last subject; « …chez Decathlon ? », there.
  // (Of the subject and the employer asked, not of every word the turns before gathered: "…combien de temps ?")
  // (Not « et Snowflake, il a fait quoi avec ? », which names its own.)
  if (asksForDetails(text) && namesNothing(part)) return subjectAt(lastSubject(history), understood.language);
  const at = part.roles.length > 0 ? AT_EMPLOYER.exec(text) : null;
  if (at && asksForDetails(text)) return `${withoutEmployers(previous.standalone, employers)} ${at[0].trim()}`;
  const asked = employers.filter((e) => new RegExp(`\\b${literal(e)}\\b`, "i").test(previous.standalone));
  const swap = subjectSwapped(text, part, previous);
  if (swap) return swap;
  if (!previous.roleNamed && KIND_ASKED.test(foldText(text))) return null;
  return (
    sameRole(understood, previous, { role, heldAt }, employers, wordCount) ??
    otherRole(understood, previous, employers, { role, asked })
  );
}

/** A question of what the last answer showed: its project, the longer of two roles, whether he is in its team. */
function ofLastAnswer(understood: UnderstoodQuestion, previous: Turn, employers: string[]): string | null {
  return (
    projectOfAnswer(understood, previous, employers) ??
    longerOfTwo(understood, previous) ??
    himInTeam(understood, previous, employers)
  );
}

/** "what has he done?", « qu'a-t-il fait ? », « il a fait quoi ? »: asked right after a role, what he did there. */
const WHAT_DONE = new RegExp(
  String.raw`^(?:(?:and|so|et|alors) )?(?:what (?:has|have|did) (?:he|she) (?:done|do)|` +
    String.raw`qu'a[- ]t[- ](?:il|elle) fait|(?:il|elle) a fait quoi)\s*[?!.]*$`,
);

/** "is it him?", « c'est lui ? », "was he one of the data scientists?": of the team just listed, whether he is. */
const HIM_IN_TEAM = new RegExp(
  String.raw`^(?:(?:and|so|et|donc|alors) )?(?:(?:is|was) (?:it|that) (?:him|he)|c'?(?:est|etait) lui|est-ce lui|` +
    String.raw`(?:is|was) (?:he|she) (?:one of (?:them|those|the ([\p{L} -]+?))|(?:the|that) one)|` +
    String.raw`(?:il|elle) (?:(?:est|etait) (?:l'un d'eux|un d'eux|(?:l'un|un) des ([\p{L} -]+?))|` +
    String.raw`faisait partie des ([\p{L} -]+?))|` +
    String.raw`(?:etait|est)[- ](?:il|elle) (?:l'un d'eux|un d'eux|(?:un des|l'un des) ([\p{L} -]+?)))\s*[?!.]*$`,
  "u",
);

/** A team's line answered: "…, as the profile lists the team.", "Team, as the profile lists it: …", « Équipe… ». */
const TEAM_LISTED = /as the profile lists (the team|it)|telle que le profil la décrit|d'après l'équipe que décrit/;

/** "is there a tech lead?" answered "Yes — 1 tech lead at Decathlon (…), as the profile lists the team.", then "is it
 * him?": whether he held that title there (the title the follow-up names, or the one the team line gave). */
function himInTeam(understood: UnderstoodQuestion, previous: Turn, employers: string[]): string | null {
  const asked = HIM_IN_TEAM.exec(foldText(understood.text).trim());
  const lead = previous.answer.split("\n")[0]!;
  if (!asked || !TEAM_LISTED.test(lead)) return null;
  const listed = /^(?:Yes|Oui) — \d+ (.+?) (?:at|chez) /.exec(lead)?.[1];
  const employer = answeredEmployer(lead, employers);
  const title = (asked[1] ?? asked[2] ?? asked[3] ?? listed)?.replace(/s$/, "");
  if (!employer || !title) return null;
  // ("one of the data scientists": a title among several, "a data scientist"; "is it him?": the one listed.)
  const one = (asked[1] ?? asked[2] ?? asked[3]) ? "a" : "the";
  return understood.language === "fr"
    ? `était-il ${title} chez ${employer} ?`
    : `was he ${one} ${title} at ${employer}?`;
}

/** "what did he do there?" (the role's topics), "and before that?" (the role before); not "what did he do next?". */
function roleTopicsOrBefore(
  understood: UnderstoodQuestion,
  previous: Turn,
  role: string | null,
  roleAtHand: () => string | null,
): string | null {
  const text = understood.text;
  const part = understood.parts[0]!;
  const topics =
    role && !NEXT_ROLE.test(foldText(text)) && topicsOfRole(text, part, previous) ? atRole(text, role) : null;
  return topics ?? beforeThat(understood, roleAtHand);
}

/**
 * "which clouds?", "so what databases then?", « quels langages ? »: a kind of tool, asked in a few words; after
 * "Snowflake and dbt?" answered at AAA-Data, every cloud of the profile, not the role the answer happened to be about
 * (when the asker named none).
 */
const KIND_ASKED = new RegExp(
  String.raw`^(and |so |et |alors |ok )?(which|what|quels|quelles) (clouds?|cloud providers|databases|dbs|` +
    String.raw`bases de donnees|languages|langages|frameworks|libraries|librairies|warehouses|orchestrators|` +
    String.raw`bi tools|dashboards)( (then|alors|donc|exactly|exactement))?\s*[?!.]*$`,
);

/** The answer that a company is none of his employers: "The profile doesn't list BNP among his employers…". */
const NOT_EMPLOYER = /^(?:The profile doesn't list (.+?) among|Le profil ne cite pas (.+?) parmi) \S+ employ/;
/** "and at MAIF?", « et chez MAIF ? », « et à la MAIF ? »: an employer alone, after "and". */
const EMPLOYER_ALONE =
  /^(and|et|what about|et pour)\s+((at|in|for|with|chez|a|au|aux|pour|dans)\s+)?((la|le|l'|the)\s*)?/;

/**
 * « il a travaillé chez BNP ? » answered "not one of his employers", then « et chez MAIF ? »: the same question
 * of MAIF, not the company the profile lacks again.
 */
function employerInstead(understood: UnderstoodQuestion, previous: Turn, employers: string[]): string | null {
  const m = NOT_EMPLOYER.exec(previous.answer);
  const company = m?.[1] ?? m?.[2];
  const part = understood.parts[0]!;
  if (!company || part.roles.length !== 1 || part.missing.length + part.technologies.length > 0) return null;
  const folded = foldText(understood.text);
  const prefix = EMPLOYER_ALONE.exec(folded);
  const named = employersWritten(understood.text, employers);
  if (!prefix || named.length !== 1) return null;
  const rest = folded.slice(prefix[0].length).replace(/[\s?!.]+$/, "");
  if (employersWritten(rest, employers).length !== 1 || rest.split(/\s+/).length > 3) return null;
  const at = new RegExp(literal(company), "i");
  return at.test(previous.standalone) ? previous.standalone.replace(at, named[0]!) : null;
}

/** "in production?", « en prod ? », "professionally?": how the thing just asked about was done. */
function qualified(understood: UnderstoodQuestion, previous: Turn, employers: string[], words: number): string | null {
  const part = understood.parts[0]!;
  const text = understood.text;
  const plain = part.words.every((w) => !w.key && !w.tech && !w.employer) && isBare(part);
  if (!plain || words > QUALIFIER_WORDS || !QUALIFIER.test(text)) return null;
  const swap = swapped(previous.standalone, text, employers);
  // (After a question of no subject, « c'était en agile ? » asks about agile, a word of its own, there.)
  const adds = previous.subject !== undefined || part.words.every((w) => w.everyday || w.light);
  return swap || adds ? (swap ?? `${previous.standalone.replace(/[\s?!.]+$/, "")} ${text}`) : null;
}

/**
 * "and now?", « et mtn ? » after a question of a past role ("his title at MAIF?"): the same question, of now; its
 * employer left out. (Not after a year, nor a time: "in 2020?", "how long at MAIF?" ask other things of now.)
 */
function askedNow(understood: UnderstoodQuestion, previous: Turn, employers: string[]): string | null {
  if (!NOW_ALONE.test(foldText(understood.text))) return null;
  const before = previous.standalone;
  if (/\b(19|20)\d\d\b/.test(before) || DURATION.test(foldText(before)) || !OF_A_ROLE.test(foldText(before)))
    return null;
  // (The employer as the asker wrote it: « chez pernod ».)
  const named = (e: string) =>
    String.raw`${literal(e.split(/\s+/)[0]!)}(?:\s+${literal(e.split(/\s+/).slice(1).join(" "))})?`;
  const ats = employers
    .map((e) => new RegExp(String.raw`\s+(?:at|chez|for|pour|à)\s+${named(e)}\b`, "i").exec(before))
    .filter((m) => m !== null);
  // (One employer: "his role at MAIF and AAA-Data?" then "and now?" is no question of one role.)
  const at = ats.length === 1 ? ats[0]! : null;
  if (!at) return null;
  const asked = `${before.slice(0, at.index)}${before.slice(at.index + at[0].length)}`.replace(/[\s?!.]+$/, "");
  return `${asked} ${understood.language === "fr" ? "actuellement" : "now"} ?`;
}

/**
 * "what library?", « avec quel outil ? » after "fuzzy matching? → at AAA-Data": the tools of that role; after
 * "ci/cd?" answered of several roles, the tools for that.
 */
function toolsAsked(
  understood: UnderstoodQuestion,
  previous: Turn,
  role: string | null,
  answered: () => string | null,
): string | null {
  const part = understood.parts[0]!;
  const fr = understood.language === "fr";
  if (!TOOL_ALONE.test(foldText(understood.text)) || part.missing.length > 0 || part.roles.length > 0) return null;
  // "has he done governance?" then "which tools?": for governance, whose tools the profile names (kept only then);
  // else the role the conversation is on, after a technology or nothing.
  const about = previous.subject ?? previous.topic;
  if (role && !previous.topic) return fr ? `quels outils chez ${role} ?` : `which tools at ${role}?`;
  if (about) return fr ? `quels outils pour ${about} ?` : `which tools for ${about}?`;
  // "has he done data visualisation?" → "yes, at Pernod Ricard…", then "with which tool?": that role's.
  const at = previous.answered ? answered() : null;
  return at ? (fr ? `quels outils chez ${at} ?` : `which tools at ${at}?`) : null;
}

/** "which tools?" after "has he done CI/CD?": the tools of the thing just asked about, not his skills at large. */
export function toolsOfLastAsked(text: string, previous: Turn | undefined): boolean {
  return !!previous && !!(previous.subject ?? previous.topic) && TOOL_ALONE.test(foldText(text));
}

/** "where first?", « où en premier ? »: asked alone, of the thing just asked about. */
const WHERE_FIRST =
  /^(and |so |et |alors )?(where|ou|chez qui)( was it| did he use it| c'etait)? (first|en premier|d'abord)\s*[?!.]*$/;

/**
 * "Has he used Databricks?" then "where first?", "which one was first?": where he first used it (a thing used in his
 * roles, not "retail", which the employers oldest first answer).
 */
function firstUse(understood: UnderstoodQuestion, previous: Turn): string | null {
  const folded = foldText(understood.text);
  const bare = /^(and |et |so |alors )?(the |la |le )?(first|premiere?)( one| time| fois)?\s*[?!.]*$/.test(folded);
  if (!previous.subject || !(WHERE_FIRST.test(folded) || FIRST_ALONE.test(folded) || bare)) return null;
  if (!/\b(used at|utilisée? chez)\b/.test(previous.answer.split("\n")[0]!)) return null;
  return understood.language === "fr"
    ? `où a-t-il utilisé ${previous.subject} pour la première fois ?`
    : `where did he first use ${previous.subject}?`;
}

/** "where did he go next?", « et ensuite il est allé où ? »: the role after the one the conversation is on. */
function nextRole(understood: UnderstoodQuestion, role: () => string | null): string | null {
  const next = NEXT_ROLE.test(foldText(understood.text)) ? role() : null;
  return next ? `${understood.language === "fr" ? "et après" : "and after"} ${next} ?` : null;
}

/** "did it work?", "was it a success?", « ça a marché ? », asked alone. */
const WORKED = new RegExp(
  String.raw`^(and |et |so |alors )?((did|has) (it|that|this) (work|worked|work out|worked out|pay off|paid off|` +
    String.raw`succeed|succeeded)|(was|were) (it|that|this|they) (a )?(success|successful|a win)|how did (it|that) ` +
    String.raw`(go|turn out)|(ca|cela) a (marche|fonctionne|reussi|donne quoi|porte ses fruits)|c'?etait (un )?` +
    String.raw`(succes|reussi))\s*[?!.]*$`,
);

/** "What did he do at MAIF?" then "did it work?", « ça a marché ? »: that role's results (not after a skill's). */
function workedOut(understood: UnderstoodQuestion, previous: Turn): string | null {
  if (!previous.roleNamed || !previous.role || !WORKED.test(foldText(understood.text))) return null;
  return understood.language === "fr"
    ? `quels résultats chez ${previous.role} ?`
    : `what were the results at ${previous.role}?`;
}

/** "anywhere else?", « ailleurs ? », "in other jobs?": outside the role the conversation is on. */
const ELSEWHERE = new RegExp(
  String.raw`\b(anywhere else|elsewhere|somewhere else|where else|ou d'autre|` +
    String.raw`in (any )?other (roles?|jobs?|compan(y|ies)|places?|missions?)|` +
    String.raw`(?<!(d'|d’|par ))ailleurs|autre part|dans d'autres (postes|missions|boites|entreprises))\b`,
);

/**
 * "did he use it anywhere else?" after Zeppelin at MAIF → "Zeppelin outside MAIF?"; « il a utilisé zeppelin
 * ailleurs ? » → « … zeppelin en dehors de MAIF ? ». Null when the message says no "elsewhere", or names a role.
 */
function elsewhereThan(understood: UnderstoodQuestion, previous: Turn, role: string): string | null {
  const folded = foldText(understood.text);
  const part = understood.parts[0]!;
  if (!ELSEWHERE.test(folded) || part.roles.length > 0) return null;
  const named = thingsNamed(part);
  const subject = named.length > 0 ? named.join(" ") : previous.subject;
  if (!subject) return null;
  return understood.language === "fr" ? `${subject} en dehors de ${role} ?` : `${subject} outside ${role}?`;
}

/**
 * "has he used Snowflake?" then "how long?", « combien de temps ? »: how long he used it, not how long he stayed at
 * the role the answer named (which he never asked about), nor at the role the conversation was on before.
 */
function timeUsed(understood: UnderstoodQuestion, previous: Turn): string | null {
  const part = understood.parts[0]!;
  const asked = foldText(previous.standalone);
  const usedIt = USED_ASKED.test(asked) && !TAUGHT_ASKED.test(asked);
  // ("Kafka: taught at EPISEN…; not used in a role": how long it was taught.)
  const taught = /^[^\n]*: (taught|enseigné) (at|à|chez) /.test(previous.answer);
  if (
    !previous.subject ||
    !usedIt ||
    !(previous.answered || taught) ||
    previous.roleNamed ||
    part.words.length + part.missing.length > 0 ||
    !HOW_LONG_ALONE.test(understood.text)
  )
    return null;
  return understood.language === "fr"
    ? `combien de temps a-t-il utilisé ${previous.subject} ?`
    : `how long has he used ${previous.subject}?`;
}

/** "how long?" and "how many?" asked alone: of the thing or the roles the last answer was about; else null. */
function timeOrCount(
  understood: UnderstoodQuestion,
  previous: Turn,
  employers: string[],
  role: string | null,
): string | null {
  const text = understood.text;
  const part = understood.parts[0]!;
  // "how long at Decathlon?" then « et au total ? », "and overall?": his whole experience.
  if (TOTAL_ALONE.test(foldText(text)) && DURATION.test(foldText(previous.standalone))) {
    // …of the thing asked, when one was ("how long with Airflow at Decathlon?" → "and in total?").
    const fr = understood.language === "fr";
    if (previous.subject)
      return fr ? `combien de temps a-t-il utilisé ${previous.subject} ?` : `how long has he used ${previous.subject}?`;
    return fr ? "combien d'années d'expérience au total ?" : "how many years of experience in total?";
  }
  const used = timeUsed(understood, previous);
  if (used) return used;
  const asked = foldText(previous.standalone);
  // "has he taught Spark?" then "how many hours?", « combien d'heures ? »: the hours he teaches.
  // (Not at the one role the conversation is on: its own hours, which its passages give.)
  // (« il donne combien d'heures ? » of the school at hand: its hours.)
  if (HOURS_ALONE.test(foldText(text)) && TEACHING_ASKED.test(asked)) {
    const at = role ? (understood.language === "fr" ? ` à ${role}` : ` at ${role}`) : "";
    return understood.language === "fr" ? `combien d'heures de cours${at} ?` : `how many hours does he teach${at}?`;
  }
  // "how long?" after an answer about several roles ("…at AAA-Data; Decathlon"): the time of each.
  // (Not after a refusal: "doesn't list Google among his employers (Decathlon, EPISEN…)".)
  const several =
    !role && previous.answered && isSubjectless(part) && HOW_LONG_ALONE.test(text)
      ? employersNamed(previous, employers)
      : [];
  if (several.length > 1) return timeAt(several, understood.language);
  // "has he mentored anyone?" → "how many people?": how many he led (not "has he trained people?", whose
  // count the profile doesn't give: a roster would answer it wrongly).
  const led = previous.answered && PEOPLE_LED.test(asked);
  // ("how big?" after "did he manage the ingestion platform?": the platform's size, not people.)
  const people = /\b(supervis\w*|encadr\w*|mentor\w*)\b/i.test(previous.answer.split("\n")[0]!);
  const size = led && people && SIZE_ALONE.test(foldText(text));
  const count = size || (led && HOW_MANY_ALONE.test(foldText(text)));
  if (!count) return null;
  // After an answer about the people he supervised: how many he led, asked plainly (« et le management ? » then
  // « combien de personnes ? » is no roster of his teams).
  if (people)
    return understood.language === "fr" ? "combien de personnes a-t-il encadrées ?" : "how many people did he lead?";
  return `${text.replace(/[\s?!.]+$/, "")} ${previous.standalone.replace(/[\s?!.]+$/, "")} ?`;
}

/** "how many hours?", « combien d'heures ? », "hours?": hours asked alone. */
const HOURS_ALONE = new RegExp(
  String.raw`^(and |et |so |alors )?((il|elle) (donne|fait|enseigne|assure) )?(how many hours( does (he|she) ` +
    String.raw`(teach|give|do))?|combien d'heures( de cours)?( (il|elle) (donne|fait|enseigne|assure))?|hours|heures|` +
    String.raw`nb d'heures)\s*[?!.]*$`,
);
/** A question about his teaching: "has he taught…", « il enseigne… », "lecturer". */
const TEACHING_ASKED = /\b(teach\w*|taught|lectur\w*|enseign\w*|cours|professeur|students|etudiants|eleves)\b/;

/**
 * "and before that?" after "Just before Decathlon: … at AAA-Data": before the role the answer named; « et la
 * précédente ? », "and the previous one?": before the role the conversation is on. Null for other questions.
 */
function beforeThat(understood: UnderstoodQuestion, roleAtHand: () => string | null): string | null {
  const text = understood.text;
  // ("what did he do next?": the role after, which nextRole asks.)
  const thenWhat = NEXT_ROLE.test(foldText(text)) ? null : THEN_WHAT.exec(text);
  const previousOne = !thenWhat && BARE_PREVIOUS.test(foldText(text));
  const role = thenWhat || previousOne ? roleAtHand() : null;
  if (!role) return null;
  if (thenWhat) {
    // (« et auparavant ? », "and previously?": before.)
    const before = thenWhat[0]
      .replace(/\b(even|still|encore) /i, "")
      .replace(/(?<!\p{L})(auparavant|pr[eé]c[eé]demment|ant[eé]rieurement)(?!\p{L})/iu, "avant")
      .replace(/\b(previously|earlier|prior)\b/i, "before");
    return `${before} ${role}`;
  }
  return understood.language === "fr" ? `et avant ${role} ?` : `and before ${role}?`;
}

/**
 * The last turn with a subject or a question of its own, of the last few: after "services?" asked of AWS (not a
 * question of its own), AWS; after « et le contrôle d'accès ? » (one), that question, not "RGPD?" before it.
 */
function lastSubject(history: Turn[]): Turn {
  return [...history.slice(-3)].reverse().find((t) => t.subject || t.own) ?? history.at(-1)!;
}

/** The last subject, at the employer the asker named with it: « airflow chez AAA-Data ? »; else the last question. */
function subjectAt(previous: Turn, language: Language): string {
  if (!previous.subject) return previous.standalone;
  const at = previous.role && previous.roleNamed ? ` ${language === "fr" ? "chez" : "at"} ${previous.role}` : "";
  return `${previous.subject}${at} ?`;
}

/** The technologies, names and terms a part names, as written ("Airflow", "Kubernetes"): not its employers. */
export function thingsNamed(part: UnderstoodQuestion["parts"][number]): string[] {
  return [...part.words.filter((w) => (w.key || w.tech) && !w.employer).map((w) => w.original), ...part.missing];
}

/** Words after a name that go on with the question, not with the name: "Spark in production", "Kafka since when". */
const FRAME_WORDS =
  "in|at|for|with|since|from|and|or|ever|before|after|then|too|also|experience|years?|" +
  "en|chez|pour|avec|depuis|et|ou|aussi|avant|apres";

/** "recently?", « récemment ? » after "has he used Jenkins?": the same question, of its latest use. */
function lastUse(understood: UnderstoodQuestion, previous: Turn): string | null {
  if (!RECENTLY_ALONE.test(foldText(understood.text)) || !previous.subject) return null;
  // (The question that named it, not the follow-ups glued after it: "…Spark? since when?" asked "since when".)
  const named = previous.standalone
    .split(/(?<=\?)\s+/)
    .find((q) => q.toLowerCase().includes(previous.subject!.toLowerCase()));
  const asked = (named ?? previous.standalone).replace(/[\s?!.]+$/, "");
  return `${asked} ${understood.language === "fr" ? "récemment" : "recently"} ?`;
}

/**
 * "Snowflake and Databricks?" then "which one most recently?", « laquelle est la plus récente ? »: the latest use
 * of each thing the last question named, asked one by one; null for any other message.
 */
/**
 * "when was that?" after an answer found elsewhere than asked: at the employer it was found; but "has he used
 * Airflow?", "and at MAIF?" (no), "since when?": since when he has used Airflow.
 */
function whenMoved(understood: UnderstoodQuestion, previous: Turn, moved: string): string {
  const used = SINCE_ALONE.test(foldText(understood.text)) && USED_ASKED.test(foldText(previous.standalone));
  return used && previous.subject ? sinceUsed(previous.subject, understood.language) : atRole(understood.text, moved);
}
/** "since when has he used Airflow?", « depuis quand utilise-t-il Airflow ? » */
const sinceUsed = (thing: string, language: Language) =>
  language === "fr" ? `depuis quand utilise-t-il ${thing} ?` : `since when has he used ${thing}?`;
/** "since when?", « depuis quand ? » alone. */
const SINCE_ALONE = /^(and |et |ok |so )?(since when|depuis quand|depuis qd)\s*[?!.]*$/;

export function thingsAskedAgain(text: string, language: Language, previous: Turn | undefined): string[] | null {
  const things = previous?.things;
  if (!things || things.length < 2 || previous.subject) return null;
  const fr = language === "fr";
  const folded = foldText(text);
  // "which one came first?": since when each was used.
  if (FIRST_ALONE.test(folded)) return things.map((t) => sinceUsed(t, language));
  // "which one the longest?", « lequel le plus longtemps ? »: how long each, in one answer.
  if (LONGEST_THING.test(folded)) {
    const all = `${things.slice(0, -1).join(", ")}${fr ? " et " : " and "}${things.at(-1)}`;
    return [fr ? `depuis combien de temps utilise-t-il ${all} ?` : `how long has he used ${all}?`];
  }
  if (!RECENTLY_ALONE.test(folded)) return null;
  return things.map((t) => (fr ? `a-t-il utilisé ${t} récemment ?` : `has he used ${t} recently?`));
}

/** "which one was longest?", « lequel le plus longtemps ? », "which did he use the most?": of the things just named. */
const LONGEST_THING = new RegExp(
  String.raw`^(and |et |so |alors )?(which|what|lequel|laquelle)` +
    String.raw`( one| of (them|those|the (two|three))| des (deux|trois))?` +
    String.raw`( (was|is|did he use|has he used|a-t-il (le plus )?utilise|il a (le plus )?utilise|etait|a ete))?` +
    String.raw` (the )?(longest|longer|most|le plus longtemps|le plus|(le|la) plus longue?)( time)?\s*[?!.]*$`,
);

/** "which one came first?", « lequel en premier ? »: the earlier of the things just named. */
const FIRST_ALONE = new RegExp(
  String.raw`^(and |et |so |alors )?(which|what|lequel|laquelle)( one| of (the )?(two|them|both)| des deux)?` +
    String.raw`( (came|was|started|began|did he use|did he start with|est venue?|etait|a ete|a-t-il utilise))?` +
    String.raw` (first|earlier|en premier|d'abord|le plus tot|(le|la) plus ancienne?)\s*[?!.]*$`,
);

/** "at which company was this the most?", « où ça le plus ? »: where the thing just asked about was used longest. */
function mostUsed(understood: UnderstoodQuestion, previous: Turn): string | null {
  const part = understood.parts[0]!;
  const subject = previous.subject;
  if (!subject || !MOST_ASKED.test(foldText(understood.text))) return null;
  if (part.missing.length > 0 || part.words.some((w) => w.key)) return null;
  return understood.language === "fr"
    ? `où a-t-il le plus utilisé ${subject} ?`
    : `where did he use ${subject} the most?`;
}

/** "where the most?", "which company mostly?", « où ça le plus ? », « surtout chez qui ? »: where mostly. */
export const MOST_ASKED = new RegExp(
  String.raw`\b(where|ou|which (company|employer|client|job|role)|chez qui|quelle (boite|entreprise|mission))\b.*` +
    String.raw`\b(the most|the longest|most of all|mostly|le plus|surtout|principalement|majoritairement)\b|` +
    String.raw`^(and |et )?(surtout|mostly) (ou|where|chez qui)\b`,
);

/**
 * "and Python?" after "how long has he used Airflow?", « et Docker ? » after « il connaît Jenkins ? »: the
 * same question of the thing now named, in place of the one named before (not both, whose answer would
 * say the first again). Only a message that names one thing and nothing else.
 */
function subjectSwapped(text: string, part: UnderstoodQuestion["parts"][number], previous: Turn): string | null {
  const named = thingsNamed(part);
  const instead = thingsListed(text, part, previous);
  if (instead) return instead;
  const old = previous.subject;
  // On an employer named, "and Kafka?" keeps to it (see sameRole).
  if (!old || previous.roleNamed || named.length !== 1 || part.roles.length > 0) return null;
  if (part.words.some((w) => !w.key && !w.tech)) return null;
  const rest = text
    .replace(named[0]!, " ")
    .replace(CONNECTORS, " ")
    .replace(/(?<![\p{L}])(sur|on|as|comme|de|du|d'|of|with|avec|en|in)(?![\p{L}])/giu, " ")
    .replace(/[\s?!.,]+/g, "");
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${literal(old)}(?![\\p{L}\\p{N}])`, "iu");
  if (rest !== "" || !at.test(previous.standalone)) return null;
  // "Spark streaming?" unanswered, then "ok, and Airflow?": a new subject, not "Airflow streaming" (the word
  // written against the old name made one subject with it); "years of Kubernetes?", then "and Spark?", the same.
  const compound = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${literal(old)}\s+(?!(?:${FRAME_WORDS})(?![\p{L}]))\p{L}{4,}`,
    "iu",
  );
  if (!previous.answered && compound.test(previous.standalone)) return `${named[0]!} ?`;
  // "banking or financial services?", then "what about Kafka?": Kafka alone, not "Kafka or financial services".
  const listed = new RegExp(
    String.raw`(?:${at.source})\s*(?:,|/|\b(?:or|and|ou|et)\b)|(?:,|/|\b(?:or|and|ou|et)\b)\s*(?:${at.source})`,
    "iu",
  );
  if (listed.test(previous.standalone)) return `${asName(named[0]!)} ?`;
  // "Airflow? how big was the team there?", then "ok and Kafka?": Kafka, not Kafka's team (a follow-up about
  // the team went on from the thing; the new thing is asked as the first question was).
  const [first, ...after] = previous.standalone.split(/(?<=\?)\s+/);
  const asked =
    after.length > 0 && TEAM.test(foldText(after.join(" "))) && at.test(first!) ? first! : previous.standalone;
  return asked.replace(at, asName(named[0]!));
}

/**
 * "combien d'années d'Airflow et de Databricks ?", then "et Snowflake ?": the same question of the one thing named,
 * in place of the things listed (not one more of them).
 */
function thingsListed(text: string, part: UnderstoodQuestion["parts"][number], previous: Turn): string | null {
  const things = previous.things ?? [];
  const named = thingsNamed(part);
  if (previous.subject || things.length < 2 || previous.roleNamed || named.length !== 1 || part.roles.length > 0)
    return null;
  if (part.words.some((w) => !w.key && !w.tech) || things.includes(named[0]!)) return null;
  const rest = text
    .replace(named[0]!, " ")
    .replace(CONNECTORS, " ")
    .replace(/[\s?!.,]+/g, "");
  if (rest !== "") return null;
  const at = (t: string) => previous.standalone.toLowerCase().indexOf(t.toLowerCase());
  const [first, last] = [at(things[0]!), at(things.at(-1)!)];
  if (first < 0 || last <= first) return null;
  const end = last + things.at(-1)!.length;
  // (Only a list: the things with "and", "or", commas and articles between them.)
  const between = previous.standalone.slice(first, end);
  const others = things.reduce((x, t) => x.replace(new RegExp(literal(t), "i"), " "), between);
  if (!/^[\s,/]*((and|or|et|ou|de|du|d'|des|la|le|les|l'|the|with|avec)[\s,/]+)*$/iu.test(`${others} `)) return null;
  return `${previous.standalone.slice(0, first)}${asName(named[0]!)}${previous.standalone.slice(end)}`;
}

/** A short name asked in lower case ("c", "js"), capitalised as a name, so the question read again names it. */
function asName(name: string): string {
  if (!/^\p{Ll}{1,3}$/u.test(name)) return name;
  return name.length === 1 ? name.toUpperCase() : `${name[0]!.toUpperCase()}${name.slice(1)}`;
}

/**
 * « dans l'assurance ? » then « et dans l'automobile ? », "in teaching?" then "and in production?": the
 * same preposition again, after "and", puts the new words in place of the last ones; null otherwise, and
 * when those name an employer ("Kafka at Decathlon?" then "and at scale?" keeps Decathlon).
 */
function swapped(standalone: string, text: string, employers: string[]): string | null {
  // (Or the preposition alone, in a few words: "worked in retail?", then "in insurance?".)
  const bare = /^(in|en|dans)\s+(?:\S+\s*){1,3}[?!.]*$/iu.test(text.trim());
  const prep = (bare ? /^(in|en|dans)\s/i : /^(?:and|et)\s+(in|en|on|at|for|as|dans|sur|pour|comme|chez)\s/i).exec(
    text,
  )?.[1];
  if (!prep) return null;
  const question = standalone.replace(/[\s?!.]+$/, "");
  const at = question.toLowerCase().lastIndexOf(` ${prep.toLowerCase()} `);
  if (at < 0) return null;
  const replaced = question.slice(at);
  if (employers.some((e) => new RegExp(`\\b${literal(e)}\\b`, "i").test(replaced))) return null;
  return `${question.slice(0, at)} ${text.replace(/^(?:and|et)\s+/i, "").trim()}`;
}

/** Whether the message asks for the passages behind the last answer: "which ones?", "examples?". */
export function asksForDetails(text: string): boolean {
  // « comment il l'a utilisé chez Decathlon ? » asks the same, of the employer it names.
  // ("which company was that again?", « c'était où déjà ? »: asked again, the same.)
  const plain = (x: string) =>
    foldText(x)
      .replace(/[?!.]+/g, " ")
      .trim()
      .replace(/\s+(again|encore|deja)$/, "");
  return DETAILS.test(plain(text)) || DETAILS.test(plain(text.replace(AT_EMPLOYER, " ")));
}

/** "where did he go next?", « et ensuite il est allé où ? », « il a fait quoi après ? »: his next role. */
const NEXT_ROLE = new RegExp(
  String.raw`^(and |et |puis |so |alors )?(where|what|ou|quoi)? ?(did he go|did he do|has he gone|` +
    String.raw`(il )?(est|est-il) (alle|parti)|(il )?(a|a-t-il) fait) ?(next|then|after( that)?|ensuite|apres( ca)?)` +
    String.raw`( ?(ou|quoi))?\s*[?!.]*$|` +
    String.raw`^(and |et )?(ensuite|then|next|puis),? (where|ou|il est (alle|parti) ou|where did he go|` +
    String.raw`what did he do|qu'a-t-il fait|il a fait quoi)\s*[?!.]*$|` +
    String.raw`^(and |et |so )?what came (next|after( that)?)\s*[?!.]*$|` +
    // "and the next one?", « et le suivant ? », « et d'après ? »: the role after the one at hand.
    String.raw`^(and |et |so |alors )?(the next (one|job|role)|the one after|le suivant|la suivante|le poste suivant|` +
    String.raw`d'apres|celui d'apres|celle d'apres)\s*[?!.]*$|` +
    String.raw`^(et )?(il a fait quoi|qu'a-t-il fait|qu'est-ce qu'il a fait) (apres|ensuite)( ca)?\s*[?!.]*$`,
);

/** What a role has that now has too: its title, its team. */
const OF_A_ROLE = /\b(titles?|titre|intitule|poste|role|job|team|equipe)\b/;
/** The "now" an "and now?" adds to the question before it (see askedNow). */
const ASKED_NOW = /\s+(?:actuellement|now)\s*\?\s*$/;

/** "and now?", « et maintenant ? », « et mtn ? »: the question before, asked of now. */
const NOW_ALONE = new RegExp(
  String.raw`^(and |et |so |alors |mais )?(now|today|currently|these days|nowadays|maintenant|mtn|actuellement|` +
    String.raw`aujourd'hui)\s*[?!.]*$`,
);

/** A part naming no role, technology nor term of its own: "what did he do with it?". */
function namesNothing(part: QuestionPart): boolean {
  return (
    part.roles.length + part.technologies.length + part.missing.length === 0 && !part.words.some((w) => w.key || w.tech)
  );
}

/** "…at Decathlon?", « …chez MAIF ? »: an employer named last. */
const AT_EMPLOYER = /\s+(at|chez|for|pour)\s+[^?!.]+[?!.\s]*$/i;

/** "which ones?", « lesquels ? », "examples?", "what did he do with it?", « il a fait quoi avec ? ». */
const DETAILS = new RegExp(
  // (« c'était quelle boîte ? », "was that which company?": the same, said of it.)
  String.raw`^(and |et |ok |so |alors |mais )?(c'? ?etait |was (it|that) |it was |that was )?` +
    String.raw`(which ones?|which|lesquel(le)?s|lequel|laquelle|examples?|` +
    // « chez qui ? », « c'était chez qui ? », "for whom?": where the last subject is.
    String.raw`(c'? ?etait |c'? ?est )?(chez qui|pour qui|for whom)|` +
    // "any examples?", "give me examples", « t'as des exemples ? »
    String.raw`(any|some|an|one|(give|share|show)( me| us)?( an| some| one)?|got( any)?) examples?|` +
    String.raw`(t'as|tu as|vous avez|avez-vous|un|quelques) exemples?|` +
    String.raw`for (example|instance)|such as|like what|par exemple|des exemples|exemples?|genre quoi|quoi donc|` +
    String.raw`what (exactly|kind|sort|type)( of (data|work|things?|projects?))?|details?|more details|tell me more|` +
    String.raw`plus de details?|en detail|` +
    // "in what context?", « dans quel contexte ? »: the passages of the last subject, where and on what. (« c'était
    // quoi le projet ? » is the role's, when the last answer had one: its overview.)
    String.raw`(in )?(what|which) context|(dans )?quel contexte|dans le cadre de quoi|(dans )?quel cadre|` +
    // « de quelle nature ? », « quel genre ? », « quel type ? »: what it was, in its passages.
    String.raw`(de )?quelle nature|quel (genre|type)( de (donnees|projets?|trucs?|choses?))?|` +
    String.raw`how so|comment ca|c'est a dire|lesquels exactement|which ones exactly|` +
    // "at which companies?", « dans quelles boîtes ? »: where the last subject is.
    // ("on which projects?", « sur quels projets ? »)
    String.raw`(at |in |for |on |chez |dans |pour |sur |a |à )?(which|what|quelles?|quels?) ` +
    String.raw`(compan(y|ies)|employers?|firms?|` +
    String.raw`clients?|roles?|jobs?|missions?|boites?|entreprises?|societes?|employeurs?|postes?|projects?|projets?|` +
    // « c'était à quelle compagnie ? »
    String.raw`compagnies?)` +
    // "which company was that?", « quel projet c'était ? »
    String.raw`( (was|is) (it|that|this)( at| with| for| in)?| c'? ?etait| (il|ce) (etait|est))?)$|` +
    // "which services?" after AWS, « quelles briques ? »: the parts of the thing just asked about. (Not "which
    // tools?", « quels outils ? »: the stack of the role at hand.)
    String.raw`^(and |et )?(which|what|quels?|quelles?) (services?|components?|parts?|features?|products?|` +
    String.raw`composants?|briques?|produits?|fonctionnalites?)( exactly| exactement)?$|` +
    String.raw`\b(do|did|does|done)( \w+)? with (it|that|this|them)( exactly| precisely| concretely)?$|` +
    String.raw`\bfai(t|sait) quoi (avec|dessus|de (ca|cela)|avec (ca|cela))[\s,]*(exactement|concretement|exactly)?$|` +
    String.raw`\bqu'?(a|est)[- ]ce qu'?il a fait (avec|de (ca|cela))$|\bqu'?a[- ]t[- ]il fait (avec|de (ca|cela))$|` +
    // "how did he use it there?", « comment il l'utilisait là-bas ? »: the passages of it, in that role.
    String.raw`^(and |et |so |alors )?(how|for what|what for|comment|pour quoi faire)( exactly| exactement)? ` +
    String.raw`((did|does|has|was) (he|she) (use|used|using|apply|applied) (it|that|this|them)|` +
    String.raw`(was|were|is|are) (it|they|that|those) used|` +
    String.raw`(il|elle) (l'|les )(a )?utilis\w*|l'a[- ]t[- ]il utilise)( there| la[- ]bas| la)?$`,
);

/** « taille de l'équipe ? », "how many hours?": everyday words only, a few. */
function everydayOfRole(part: QuestionPart, text: string, words: number): boolean {
  const everyday = part.words.length > 0 && part.words.every((w) => w.everyday && !w.key && !w.tech);
  // ("how many hours a year?": the words that ask — how, many, a — count for nothing.)
  const telling = foldText(text)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(
      (w) => w && !/^(how|many|much|what|which|a|an|the|per|combien|de|d'|du|des|par|un|une|le|la|les|en)$/.test(w),
    );
  return everyday && Math.min(words, telling.length) <= SHORT_WORDS;
}

/**
 * A thing of its own, after the last answer: two words ("machine learning"), a sector ("insurance industry?"), or
 * anything after a "no". (After a "yes", one word is still of it: "Snowflake?" then "costs?", "AWS?" then
 * "services?".)
 */
function aNotion(part: QuestionPart, previous: Turn, text: string): boolean {
  return (
    !previous.answered ||
    part.words.filter((w) => !w.light).length >= 2 ||
    /\b(industry|industries|sector|sectors|secteurs?|domaines?)\b/.test(foldText(text))
  );
}

/** "has he used…", "have they done…": what he has done, over his career. */
const HAS_DONE = /\b(has|have) (he|she) (ever |already )?(used|worked|done|had|built|touched|managed|led)\b/;

/**
 * "what cloud has he used?", "what about his teaching?": what he has done, in his whole career ("what cloud did he
 * use?" is of that role).
 */
function careerWide(text: string): boolean {
  const folded = foldText(text);
  // ("what about his teaching?": his, not the role's.)
  const his = /\b(what|how) about (his|her) /.test(folded);
  return (HAS_DONE.test(folded) || his) && !THAT_ROLE.test(folded) && !isPlace(text);
}

/** A thing said with "the", « le », « l' »: one the conversation already holds. */
const THE_THING = /(?:\b(?:the|le|la|les) |\bl')(?:\p{L}+ )?\p{L}{4,}/u;

/** "and insurance?", "what about healthcare?", « et dans l'assurance ? »: one more thing, in a word or two. */
const ANOTHER_THING = new RegExp(
  String.raw`^(and|et|what about|how about|et pour|et dans|et en|and in) ` +
    String.raw`(?!(the|a|an|his|her|what|which|who|how|when|where|why|was|is|la|le|les|l'|ses|son|sa|quel\w*|` +
    String.raw`c'\w*|comment|quand|ou|pourquoi|qui)\b)[\p{L}-]+( [\p{L}-]+)?\s*[?!.]*$`,
  "u",
);

/** "worked in healthcare?", « il a bossé dans la santé ? », « de l'expérience en finance ? »: a field of work. */
const FIELD_ASKED = new RegExp(
  String.raw`\b(worked|work|working|travaille|bosse|taffe|experience|exp|xp) (in|dans|en) ` +
    String.raw`(the |la |le |l'|les )?(?!(une?|a|an|equipe|team|teams|pair|binome|remote|freelance|cdi)\b)\w+`,
);

/**
 * "Kafka?" found at EPISEN, then « il l'a utilisé en production ? »: the thing again, not the role where it was
 * found, unless the role is asked ("did he use it there?").
 */
function thingAgain(previous: Turn, text: string): boolean {
  return !!previous.subject && !previous.roleNamed && (IT_DONE.test(text) || L_DONE.test(text)) && !isPlace(text);
}

/**
 * A follow-up asked of the role the conversation is on, when it names none: "and the stack?",
 * « combien d'heures ? », "how big was the team?", "how big was the team there?", "how long?".
 */
function sameRole(
  understood: UnderstoodQuestion,
  previous: Turn,
  { role, heldAt }: { role: string | null; heldAt: HeldAtRole },
  employers: string[],
  words: number,
): string | null {
  const part = understood.parts[0]!;
  const text = understood.text;
  if (!role || part.roles.length > 0 || part.words.some((w) => w.employer) || thingAgain(previous, text)) return null;
  // "automotive?" answered with AAA-Data, then "and insurance?": one more thing asked of his whole profile.
  const another = previous.roleNamed === false && ANOTHER_THING.test(foldText(text)) && !asksTeam(part, text);
  // (Not a thing other roles hold and the one at hand doesn't: "insurance industry?", "machine learning?" after a
  // skill found at Decathlon ask the whole profile.)
  const elsewhere = previous.roleNamed === false && aNotion(part, previous, text) && heldAt(part, role) === false;
  // (« … dans la santé ? »: a field, his career's; "who built it?" after "what's the Reject Table?": that thing.)
  const whole = FIELD_ASKED.test(foldText(text)) || careerWide(text) || IT_DONE.test(text) || L_DONE.test(text);
  if (isBare(part) && !another && !elsewhere && !whole && everydayOfRole(part, text, words)) return atRole(text, role);
  if (asksTeam(part, text)) return atRole(text, role);
  const folded = foldText(text);
  // « quels outils ? », "results?": that role's, in a few words.
  const facet = ROLE_FACET.test(folded) && !WHOLE_PROFILE.test(folded);
  // "which stack did they use?": "they", the company at hand.
  const they = /\b(they|their|ils|leurs?)\b/.test(folded);
  if ((words <= SHORT_WORDS || they) && facet && part.missing.length === 0) return atRole(text, role);
  // "quel gain de temps sur l'ingestion ?" after "what did he do at AAA-Data?": "the ingestion" is that role's,
  // when the role holds it (not a technology, asked of his whole profile).
  const given = previous.roleNamed === true && THE_THING.test(folded) && part.technologies.length === 0;
  if (given && part.missing.length === 0 && heldAt(part, role) === true) return atRole(text, role);
  // "how big was the team there?", « il utilisait quels outils là-bas ? »: at the role just named.
  if (isPlace(text)) return atRole(text, role);
  // "and the stack?", « et kafka ? », "was he a contractor there too?": a subject of its own, in that role;
  // not the role where a technology just asked about was found ("Kafka?" → EPISEN; "and Airflow?").
  // Nor a word the profile lacks: « et dans le retail ? » is asked of the whole profile; nor "where?".
  // (Not "has he ever done Kafka?", « il a déjà fait du Kafka ? »: ever, anywhere in his career.)
  const onRole =
    !(EVER_ASKED.test(folded) && !ALSO.test(folded) && !THAT_ROLE.test(folded)) &&
    (previous.roleNamed !== false || !part.words.some((w) => w.tech) || ALSO.test(folded)) &&
    (part.words.length > 0 || part.ignored.length === 0) &&
    !WHERE_ASKED.test(folded);
  if (
    leansOnRole(text) &&
    onRole &&
    !another &&
    !whole &&
    !THEN_WHAT.test(text) &&
    part.missing.length === 0 &&
    part.unknown.every((u) => u.everyday) &&
    !isSubjectless(part)
  )
    return atRole(text, role);
  // "how long?", "how long did it last?": that role's time.
  if ((isSubjectless(part) && HOW_LONG_ALONE.test(text)) || IT_LASTED.test(text)) return atRole(text, role);
  // "when was that?" after an answer about another role than the one asked ("and before that?"): its dates.
  // …or after a question asked of the role itself (« c'était en CDI ? » there): the role's dates, not that again.
  const ofRole = previous.standalone.trim().endsWith(role);
  if (isSubjectless(part) && WHEN.test(text) && (ofRole || answeredAnother(previous, role, employers)))
    return atRole(text, role);
  return null;
}

/**
 * The message asked of the role: "how big was the team there?" → "how big was the team? Decathlon". The
 * place word goes, as the role now says where (« là bas » unaccented would read as a word the CV lacks).
 */
function atRole(text: string, role: string): string {
  const placeless = isPlace(text) ? text.replace(new RegExp(PLACE.source, "giu"), " ") : text;
  return `${placeless
    .replace(/\s+/g, " ")
    .replace(/\s+([?!.])/g, "$1")
    .trim()} ${role}`;
}

/**
 * A short question asked again of the last one's subject: where the most, lately, now, the latest role, which
 * was longer, how long as something; false for one of its own, « quelles entreprises ? » (after one about a
 * thing, "which companies?" asks where that thing is: see asksForDetails); null for neither.
 */
function askedAgain(understood: UnderstoodQuestion, previous: Turn, employers: string[]): string | false | null {
  const again =
    mostUsed(understood, previous) ??
    comparedAgain(understood, previous, employers) ??
    currentHowLong(understood, previous, employers) ??
    lastUse(understood, previous) ??
    askedNow(understood, previous, employers) ??
    roleEnd(understood, previous) ??
    ownerTopicAgain(understood, previous) ??
    sectorAgain(understood, previous) ??
    elsewhere(understood, previous) ??
    asWhat(understood, previous, employers) ??
    timeAs(understood, previous);
  if (again) return again;
  const overview = SUMMARY_ASKED.test(foldText(previous.standalone));
  return WHICH_THING_ALONE.test(foldText(understood.text)) && overview ? false : null;
}

/** Where he works now, as its answer begins: "Currently: …", « Actuellement : … ». */
const CURRENT_ANSWER = /^(Currently|Actuellement) ?:/;
/** "since when?", « depuis qd ? », "how long has he been doing that?": of the roles he holds now. */
const SINCE_OR_HOW_LONG = new RegExp(
  String.raw`^(and |et )?(since when|from when|depuis quand|` +
    String.raw`(for )?how long( (has|have) (he|she) been (doing )?(that|this|` +
    String.raw`there|at it))?|(depuis )?combien de temps( (il|elle) y est| (il|elle) fait [cç]a)?)\s*[?!.]*$`,
);

/** After "what's his current job?": "since when?" asks how long he has held each of those roles. */
function currentHowLong(understood: UnderstoodQuestion, previous: Turn, employers: string[]): string | null {
  if (!CURRENT_ANSWER.test(previous.answer) || !SINCE_OR_HOW_LONG.test(foldText(understood.text))) return null;
  const now = employersWritten(previous.answer.split("\n")[0]!, employers);
  if (now.length === 0) return null;
  return understood.language === "fr"
    ? `depuis quand est-il chez ${now.join(" et ")} ?`
    : `how long has he been at ${now.join(" and ")}?`;
}

/** "and the latest?", « et le premier ? »: his latest, or first, role. */
const ROLE_END_ALONE = new RegExp(
  String.raw`^(and |et |what about |et pour |so )?(the |his |le |la |son |sa )?(?:(latest|last|most recent|newest|` +
    String.raw`current|dernier|derniere|plus recente?|actuel|actuelle)|(first|earliest|premier|premiere|plus ancien|` +
    String.raw`plus ancienne))( one| job| role| position| poste| emploi| boite)?\s*[?!.]*$`,
);
/** A question about his roles: "which one was his first job?", « quelles boîtes ? ». */
const ABOUT_ROLES =
  /\b(jobs?|roles?|positions?|compan(y|ies)|employers?|postes?|emplois?|boites?|entreprises?|missions?)\b/;

/** "and the latest?" after "which was his first job?": his latest role (or first, the other way round). */
function roleEnd(understood: UnderstoodQuestion, previous: Turn): string | null {
  const m = ROLE_END_ALONE.exec(foldText(understood.text));
  // (Not after a thing asked of his first job: "the stack of his first job?", then "and the latest?".)
  if (!m || !ABOUT_ROLES.test(foldText(previous.standalone)) || previous.subject || previous.topic) return null;
  const fr = understood.language === "fr";
  if (m[3]) return fr ? "quel est son dernier poste ?" : "what is his latest job?";
  return fr ? "quel a été son premier poste ?" : "what was his first job?";
}

/** "which was longer?", « lequel a duré le plus longtemps ? »: of the employers just asked about. */
const COMPARED_ALONE = new RegExp(
  String.raw`^(and |so |alors |et )?(which|what|lequel|laquelle|ou|where)( one| of (the )?(two|them|both)| des deux)?` +
    String.raw`( was| is| a ete| etait| a dure| est| did he stay| est-il reste| il est reste| came| started| began|` +
    String.raw` lasted| did (it|he) last| was he there|` +
    String.raw` est venue?)?\s*(longer|shorter|` +
    String.raw`the longest|the shortest|le plus long|la plus longue|le plus court|la plus courte|plus longue?|` +
    String.raw`plus courte?|le plus longtemps|plus longtemps|le moins longtemps|` +
    // "which came first?", "which was the most recent?", « laquelle en premier ? »: the order of the two.
    String.raw`first|earlier|later|(the )?(more|most) recent|(the )?(oldest|earliest|latest)|older|en premier|` +
    String.raw`d'abord|(le|la) plus (recente?|ancienne?))\s*[?!.]*$`,
);

/** "which ended last?", « laquelle s'est terminée en premier ? »: of the two employers just asked about. */
const ENDED_ALONE = new RegExp(
  String.raw`^(and |so |alors |et )?(which|what|lequel|laquelle)( one| of (the )?(two|them|both)| des deux)? ` +
    String.raw`(${ENDED_ORDER.source})\s*[?!.]*$`,
);

function comparedAgain(understood: UnderstoodQuestion, previous: Turn, employers: string[]): string | null {
  const folded = foldText(understood.text);
  if (!COMPARED_ALONE.test(folded) && !ENDED_ALONE.test(folded)) return null;
  const named = employersWritten(previous.standalone, employers);
  if (named.length < 2) return null;
  const or = understood.language === "fr" ? " ou " : " or ";
  return `${understood.text.replace(/[\s?!.]+$/, "")}, ${named.join(or)}?`;
}

/**
 * The employers a text names, in full or by the first word of a longer name ("Pernod" for Pernod Ricard, "AAA"
 * for AAA-Data), as people shorten them.
 */
function employersWritten(text: string, employers: string[]): string[] {
  const folded = foldText(text);
  return employers.filter((e) => {
    const first = foldText(e).split(/[\s-]+/)[0]!;
    const short = first.length >= 3 && first !== foldText(e) ? `|${literal(first)}` : "";
    return new RegExp(`\\b(${literal(foldText(e))}${short})\\b`, "i").test(folded);
  });
}

/** "which school?", « quelle école ? », "where?": a few words asking on, naming nothing. */
const WHICH_ONE = new RegExp(
  String.raw`^(and |et |so |alors |ok )?(which|what|where|when|quel|quels|quelle|quelles|ou|quand|lequel|laquelle)` +
    String.raw`( one| ones| school| university| degree| diploma| ecole| universite| diplome| annee| year)?\s*[?!.]*$`,
);

/** An answer about the kinds of his employers: "Yes — as the CV describes them: …", « Le CV ne décrit aucun… ». */
const SECTOR_ANSWER = new RegExp(
  String.raw`^(Yes — as the CV describes them|The CV doesn't describe any employer|` +
    String.raw`Oui — tel que le CV les décrit|Le CV ne décrit aucun)`,
);
/** Words that ask of what was just answered ("and when?"), not of another kind of employer. */
const ASKED_ON = new RegExp(
  String.raw`^(when|quand|where|ou|où|how|comment|why|pourquoi|who|qui|what|quoi|combien|since|depuis|before|after|` +
    String.raw`avant|apres|après|then|ensuite)(?!\p{L})`,
  "iu",
);
/** "and the team?", « et les outils ? »: a facet of what was answered, not a kind of employer. */
const A_FACET = new RegExp(
  String.raw`\b(teams?|equipes?|stack|tools?|outils?|projects?|projets?|techno\w*|location|lieu|lead|leads|` +
    String.raw`contracts?|contrats?|size|taille|titles?|titres?|roles?|postes?|missions?|salary|salaire|tjm|rate|` +
    String.raw`dates?|duration|duree|results?|resultats?|skills?|competences|clients?|company|entreprise|boite|` +
    String.raw`manager|people|personnes|type)\b`,
);
/** "and the grocery trade?", « et la grande distribution ? »: another kind of employer, in a few words. */
const ANOTHER_KIND = /^(?:and|et)\s+(?:(?:in|dans)\s+)?(?:(?:the|la|le|les|l')\s*)?([\p{L}' -]{3,40}?)\s*[?!.]*$/iu;
const SECTOR_WORDS = 4;

/**
 * "has he worked in retail?" answered, then « et la grande distribution ? »: the same question of that other kind
 * of employer (not the words alone, a term the profile lacks).
 */
function sectorAgain(understood: UnderstoodQuestion, previous: Turn): string | null {
  const m = ANOTHER_KIND.exec(understood.text.trim());
  if (!m || !SECTOR_ANSWER.test(previous.answer) || m[1]!.split(/\s+/).length > SECTOR_WORDS) return null;
  const part = understood.parts[0]!;
  // (A kind named, not "and when?", « et quand ? », which ask about what was just answered.)
  if (part.roles.length > 0 || part.technologies.length > 0 || part.words.length + part.missing.length === 0)
    return null;
  if (ASKED_ON.test(m[1]!) || A_FACET.test(foldText(m[1]!))) return null;
  return understood.language === "fr" ? `a-t-il travaillé dans ${m[1]} ?` : `has he worked in ${m[1]}?`;
}

/**
 * "does he have a degree?" (only he can say), then « quelle école ? »: the same topic asked on, not the school he
 * teaches at.
 */
function ownerTopicAgain(understood: UnderstoodQuestion, previous: Turn): string | null {
  // ("does he speak Spanish?" then "and French?": a language, asked on; not the French companies of the CV.)
  const language =
    ANOTHER_LANGUAGE.test(foldText(understood.text)) && ownerTopicOf(previous.standalone) === "languages";
  if (language) return `${previous.standalone} ${understood.text}`;
  if (previous.answered || !WHICH_ONE.test(foldText(understood.text))) return null;
  const part = understood.parts[0]!;
  if (part.technologies.length + part.missing.length + part.roles.length > 0) return null;
  return ownerTopicOf(previous.standalone) ? `${previous.standalone} ${understood.text}` : null;
}

/** "and French?", « et le portugais ? »: one more language named alone. */
const ANOTHER_LANGUAGE = new RegExp(
  String.raw`^(and |et |what about |how about |et pour |et en |en |in )?(le |l')?(english|french|german|spanish|` +
    String.raw`italian|dutch|portuguese|arabic|anglais|francais|allemand|espagnol|italien|neerlandais|portugais|` +
    String.raw`arabe)\s*[?!.]*$`,
);

/** "at the same time as MAIF?", « c'était en même temps que MAIF ? »: two roles held together. */
const AT_ONCE_WITH = new RegExp(
  String.raw`\b(at the same time|simultaneous(ly)?|overlap\w*|in parallel|concurrently|en meme temps|simultanement|` +
    String.raw`en parallele|chevauch\w*)\b`,
);

/** The words around two roles asked at once: "was that at the same time as", « c'était en même temps que ». */
const AT_ONCE_FRAME = new RegExp(
  String.raw`(?<![\p{L}])(and|et|so|alors|ok|was|were|is|it|that|this|he|she|il|elle|there|at|as|with|than|chez|que|` +
    String.raw`qu|c'etait|c'est|etait|etait-ce|est-ce|a|the|also|aussi|did|do|does|work|worked|working|travaille\w*|` +
    String.raw`bosse\w*|job|role|poste|mission|la|le|cela|ca|then|en)(?![\p{L}])`,
  "gu",
);

/** « c'était en même temps que MAIF ? » after a question on Pernod Ricard: whether the two roles overlap. */
function atOnceWith(understood: UnderstoodQuestion, previous: Turn, employers: string[]): string | null {
  const text = foldText(understood.text);
  if (!AT_ONCE_WITH.test(text) || !previous.role) return null;
  const named = employers.filter((e) => e !== previous.role && new RegExp(`\\b${literal(e)}\\b`, "i").test(text));
  if (named.length !== 1 || understood.parts[0]!.roles.length !== 1) return null;
  // Nothing else asked: "did his teaching overlap with Decathlon?", "several projects at once at X?" ask more.
  const rest = text
    .replace(AT_ONCE_WITH, " ")
    .replace(new RegExp(literal(foldText(named[0]!)), "g"), " ")
    .replace(AT_ONCE_FRAME, " ");
  if (/\p{L}/u.test(rest)) return null;
  return understood.language === "fr"
    ? `était-il chez ${previous.role} en même temps que chez ${named[0]} ?`
    : `was he at ${previous.role} at the same time as ${named[0]}?`;
}

/** "and how many as a senior?", "and as a senior?" after "how many years of experience?": the time, as that. */
const TIME_AS = new RegExp(
  String.raw`^(and |et |ok |so )?((how many|how long|combien)( years?| yrs| d'?annees| d'?ans| de temps)?` +
    String.raw`( of experience| d'?experience)? )?(?:as|en tant que|comme) (?<what>.+?)\s*[?!.]*$`,
);

/** "where else?", "anywhere else?", « ailleurs ? »; "professionally?", « en entreprise ? »: of the last subject. */
const ELSEWHERE_ALONE = new RegExp(
  String.raw`^(and |et |ok |so )?(where else|anywhere else|elsewhere|any other (places?|roles?|compan(y|ies)|jobs?)|` +
    String.raw`in other (roles|companies|jobs)|ou d'autre|ou encore|ailleurs|autre part|` +
    String.raw`dans d'autres (postes|missions|boites|entreprises))\s*[?!.]*$`,
);
const AT_WORK = new RegExp(
  String.raw`^(and |et |but |mais )?(professionally|in production|at work|on the job|in a (real |paid )?(job|role)|` +
    String.raw`for real|en (pro|entreprise|production|mission|poste)|professionnellement|au travail|en vrai)\s*[?!.]*$`,
);

function elsewhere(understood: UnderstoodQuestion, previous: Turn): string | null {
  const text = foldText(understood.text);
  const subject = previous.subject;
  // (Asked at a role named, "anywhere else?" is outside it: see elsewhereThan.)
  if (previous.roleNamed) return null;
  // (No one thing named, « du chiffrement de données personnelles ? »: the places of that question again.)
  if (!subject) return ELSEWHERE_ALONE.test(text) && previous.answered ? previous.standalone : null;
  const fr = understood.language === "fr";
  if (ELSEWHERE_ALONE.test(text)) return fr ? `où a-t-il utilisé ${subject} ?` : `where has he used ${subject}?`;
  // ("in production?", « en production ? »: that sense kept.)
  if (/\bproduction\b/.test(text) && AT_WORK.test(text))
    return fr ? `a-t-il utilisé ${subject} en production ?` : `has he used ${subject} in production?`;
  if (AT_WORK.test(text))
    return fr ? `a-t-il utilisé ${subject} en entreprise ?` : `has he used ${subject} professionally?`;
  return null;
}

/** "as what?", « comme quoi ? », "in what role?": the title he held in the role talked about (else his titles). */
const AS_WHAT =
  /^(and |et |ok |so )?(as what|in what (role|capacity|position)|comme quoi|en tant que quoi|a quel poste)\s*[?!.]*$/;

function asWhat(understood: UnderstoodQuestion, previous: Turn, employers: string[]): string | null {
  if (!AS_WHAT.test(foldText(understood.text))) return null;
  const role = previous.role && employers.includes(previous.role) ? previous.role : null;
  if (understood.language === "fr")
    return role ? `quel était son titre chez ${role} ?` : "quels postes a-t-il occupés ?";
  return role ? `what was his job title at ${role}?` : "what are his job titles?";
}

function timeAs(understood: UnderstoodQuestion, previous: Turn): string | null {
  const m = TIME_AS.exec(foldText(understood.text));
  if (!m || !DURATION.test(foldText(previous.standalone))) return null;
  // ("and as a freelancer?" after "how long has he used Spark?" asks of Spark: see the follow-ups after it.)
  if (!m[2] && previous.subject) return null;
  const what = m.groups!.what!;
  // ("as what?", « comme quoi ? »: the title, asked, which the follow-ups on a role answer.)
  if (/^(what|quoi|what role|what title|quel poste)$/.test(what)) return null;
  return understood.language === "fr"
    ? `combien d'années d'expérience en tant que ${what} ?`
    : `how many years of experience as ${what}?`;
}

/** A question about the whole profile: "summarise his profile", « son parcours ? ». */
const SUMMARY_ASKED = new RegExp(
  String.raw`\b(summar\w*|resume[sz]?[- ]moi|resumer|overview|pitch|in a nutshell|en bref|(son|his|her) parcours|` +
    String.raw`tell me about (him|her|his (career|background|profile))|parle[sz]?[- ]moi (de lui|d'elle|de son ` +
    String.raw`(parcours|profil)))\b`,
);
/** "which industries?", « quelles entreprises ? », asked alone. */
const WHICH_THING_ALONE = new RegExp(
  String.raw`^(and |et )?(which|what|quel|quels|quelle|quelles)\s+(industries|sectors?|secteurs?|companies|` +
    String.raw`employers|entreprises|employeurs|boites|roles|postes|missions|titles|titres)\s*[?!.]*$`,
);

/** The last question named an employer and its answer was about another: "and before that? (Decathlon)". */
function answeredAnother(previous: Turn, role: string, employers: string[]): boolean {
  const named = (e: string) => new RegExp(`\\b${literal(e)}\\b`, "i").test(previous.standalone);
  return !named(role) && employers.some(named);
}

/** Nothing the profile lacks, no employer named. */
function isBare(part: UnderstoodQuestion["parts"][number]): boolean {
  return part.missing.length === 0 && part.unknown.length === 0 && part.roles.length === 0;
}

function isSubjectless(part: UnderstoodQuestion["parts"][number]): boolean {
  return part.words.filter((w) => !w.employer).length + part.missing.length + part.unknown.length === 0;
}

/** The rest of the rules: the previous subject carried, or moved to the employer now named. */
function otherRole(
  understood: UnderstoodQuestion,
  previous: Turn,
  employers: string[],
  at: { role: string | null; asked: string[] },
): string | null {
  const part = understood.parts[0]!;
  const text = understood.text;
  // Words the profile lacks are a subject too: "does he have kids?" is not about the previous question.
  const subject = part.words.filter((w) => !w.employer).length + part.missing.length + part.unknown.length;
  // ("does he have Kafka experience then?": "then" closing a question of its own points back at nothing.)
  const pointing =
    ANAPHORA.test(text.replace(QUEBEC_Y, " ").replace(CLOSING_THEN, " ").replace(DUMMY_IT, " ")) || L_DONE.test(text);
  // ("has he used it in production?": the thing named by the pronoun, of his whole career still; not "has he done it
  // for a bank?", a word the profile lacks, which read alone is said unmentioned.)
  const held = part.unknown.length + part.missing.length === 0;
  const itDone = !!previous.subject && held && (IT_DONE.test(text) || L_DONE.test(text));
  if (subject > 0 && (!pointing || (careerWide(text) && !itDone)))
    return durationAgain(text, previous, part.words.length) ?? null;
  // "when was that?" after several things asked about one employer: that employer's dates (after one
  // thing, the question and its follow-up together say when that thing was).
  const several = /,|\b(and|et|or|ou)\b.*\b(and|et|or|ou)\b/i.test(previous.standalone);
  if (subject === 0 && WHEN.test(text) && at.role && at.asked.length === 1 && part.roles.length === 0 && several)
    return `${text} ${at.role}`;
  // "and in the car industry?", « et dans l'automobile ? »: a sector asked, not the last subject at the
  // employer it describes ("and at the insurer?" is that).
  const sector =
    part.described &&
    !foldText(text)
      .split(/[^\p{L}]+/u)
      .some((w) => EMPLOYER_NOUN.test(w));
  if (sector) return null;
  if (part.roles.length > 0) return movedTo(askedOfIt(text, understood.language) ?? text, part, previous, employers);
  const named = previous.subject && itNamed(text, previous.subject);
  if (named) return named;
  // "what did he do at MAIF?", then "did he use Docker back then?": a question of its own words, at the role the
  // last one named (glued after it, the two would be read as one question).
  if (
    subject > 0 &&
    !previous.subject &&
    previous.roleNamed &&
    previous.role &&
    part.words.some((w) => !w.light && !w.everyday)
  )
    return `${text.replace(/[\s?!.]+$/, "")} ${understood.language === "fr" ? "chez" : "at"} ${previous.role} ?`;
  return `${previous.standalone} ${text}`;
}

/**
 * The last message's things asked anew: at once with another ("at the same time as MAIF?"), at an employer ("which
 * of those did he use at AAA-Data?"), or the role a step along his roles landed on (« et chez MAIF ? »).
 */
function askedAnew(understood: UnderstoodQuestion, previous: Turn, employers: string[]): string | null {
  return (
    // ("which ones are missing?" before "which ones?", which asks for the passages again.)
    missingAgain(understood, previous) ??
    atOnceWith(understood, previous, employers) ??
    whichOfThoseAt(understood, previous, employers) ??
    landedOn(understood, previous, employers) ??
    employerInstead(understood, previous, employers)
  );
}

/** "and before that?", « et après ? »: a step along his roles. */
const STEP = /\b(before|after|avant|apres|après|previous|next|precedent|précédent|ensuite)\b/i;
/** "and at MAIF?", « et chez MAIF ? »: an employer, and nothing else. */
const AT_ONLY = /^(?:and|et|so|donc)?\s*(?:at|chez|for|pour|what about|how about|et pour|and)?\s*(.+?)\s*[?!.]*$/i;

/**
 * "and before that?" answered "…MAIF", then « et chez MAIF ? »: that role itself, which the step just landed on
 * (not the step again, "before MAIF"; another employer named still takes the step: "and before Decathlon?").
 */
function landedOn(understood: UnderstoodQuestion, previous: Turn, employers: string[]): string | null {
  const named = AT_ONLY.exec(understood.text.trim())?.[1];
  if (!named || !previous.role || !STEP.test(previous.standalone)) return null;
  if (foldText(named) !== foldText(previous.role) || understood.parts[0]!.roles.length !== 1) return null;
  if (!employers.some((e) => foldText(e) === foldText(named))) return null;
  return understood.language === "fr"
    ? `qu'a-t-il fait chez ${previous.role} ?`
    : `what did he do at ${previous.role}?`;
}

/** "which of those…?", « lesquels… ? »: some of the things the last message named. */
const WHICH_OF_THOSE = new RegExp(
  String.raw`\b(which (ones? )?of (those|these|them|the (three|two|four|five))|which ones|` +
    String.raw`(lesquel(le)?s?|laquelle|lequel)( d'entre (eux|elles))?|quels? d'entre (eux|elles)|` +
    String.raw`parmi (eux|elles|ceux-ci|ces))\b`,
);

const MISSING_ONE = new RegExp(
  String.raw`^(and |so |et |donc )?(which|what)( ones?)? (is|are|was|were) (missing|lacking|absent)|` +
    String.raw`^(and |so |et |donc )?which (ones? )?(doesn'?t|does not|hasn'?t|has not|didn'?t) (he|she)|` +
    String.raw`^(et |donc )?(lequel|laquelle|lesquels|lesquelles|qu'?est[- ]ce qui|qu'?est-ce qu'?il) ` +
    String.raw`(manquent?|lui manquent?)`,
);

/**
 * "which of those did he use at AAA-Data?" after "Airflow, dbt and Snowflake?": each of them again, at the
 * employer now named (not that employer's overview).
 */
function whichOfThoseAt(understood: UnderstoodQuestion, previous: Turn, employers: string[]): string | null {
  const part = understood.parts[0]!;
  const [role] = part.roles;
  // (After an answer giving a verdict for each thing: "Airflow: yes … · dbt: not in the profile".)
  const several = previous.answer.split("\n")[0]!.includes(" · ");
  // "which one is missing?", « lequel manque ? »: the verdicts again, each said.
  if (several && part.roles.length === 0 && MISSING_ONE.test(foldText(understood.text))) return previous.standalone;
  if (!role || part.roles.length > 1 || !several || !WHICH_OF_THOSE.test(foldText(understood.text))) return null;
  const at = understood.language === "fr" ? "chez" : "at";
  const employer = employers.find((e) => new RegExp(`\\b${literal(e)}\\b`, "i").test(understood.text)) ?? role;
  return `${previous.standalone.replace(/[\s?!.]+$/, "")} ${at} ${employer} ?`;
}

/**
 * "then?" closing a question, "so he has Kafka experience then?", or a clause: "what about AWS then, which
 * services?".
 */
const CLOSING_THEN = new RegExp(
  String.raw`(?<!\b(back|by|until|since|even|just|right|till|from) )\bthen(?=\s*[?!.]*\s*$)|` +
    // (Not "what stack did he use then, mostly?": at that time.)
    String.raw`(?<=\b(?:what|how) about [^,?]{1,30} )then(?=\s*[,:;])`,
  "i",
);
/** "has he used it at work?", « il l'a utilisé en prod ? »: the thing done, named by a pronoun. */
const IT_DONE = new RegExp(
  String.raw`\b(used?|uses|using|done|do|does|doing|know|knows|taught|teach\w*|appl(y|ied)|run|ran|deploy(ed)?|` +
    String.raw`(work(ed|ing)?|worked) with|handl(e|ed)|buil[dt]|touched|learn(ed|t)|tried|practi[cs]ed?|` +
    // "did he put it in production?", "has he implemented it?"
    String.raw`put|implement(ed)?|install(ed)?|configur(e|ed)|test(ed)?|migrat(e|ed)|maintain(ed)?|ship(ped)?) ` +
    String.raw`(it|them)\b`,
  "i",
);
const L_DONE = new RegExp(
  String.raw`(?<!\p{L})l'(a |avait |ai )?(utilis(?:e|é|ée|ait|er|ez)|faite?s?|enseign(?:e|é|ait|er)|` +
    // « qui l'a construit ? », « il l'a développée ? », « c'est lui qui l'a conçue ? »
    String.raw`constru(?:it|ite|isait)|d[ée]velopp(?:e|é|ée|ait|er)|cr[ée][ée]e?|con[çc]ue?|mont[ée]e?|` +
    String.raw`d[ée]ploy(?:e|é|ait|er)|pratiqu(?:e|é|ait|er)|` +
    // « il l'a mis en prod ? », « il l'a implémenté ? »
    String.raw`mis|mise|mettait|impl[ée]ment(?:e|é|ait|er)|install(?:e|é|ait|er)|configur(?:e|é|ait|er)|` +
    String.raw`test(?:e|é|ait|er)|migr(?:e|é|ait|er)|maintenu|industrialis(?:e|é|ait|er))(?!\p{L})`,
  "iu",
);

/**
 * "has he used it at work?" after "does he teach Kafka?": the question of its own, the pronoun replaced by the
 * thing just asked about (not both questions together, whose first would answer for the second).
 */
function itNamed(text: string, subject: string): string | null {
  // ("il l'a déployé où ?": where, which the question with the name would answer with a "yes".)
  if (/\b(where|when|ou|où|quand)\b\s*[?!.]*\s*$/iu.test(text)) return null;
  if (IT_DONE.test(text))
    return text.replace(IT_DONE, (m) => `${m.slice(0, m.length - (/them$/i.test(m) ? 4 : 2))}${subject}`);
  const l = L_DONE.exec(text);
  return l ? text.replace(L_DONE, `${l[1] ?? ""}${l[2]} ${subject}`) : null;
}

/**
 * "did he use it at MAIF?", "was that at MAIF too?", « il l'a utilisé chez Decathlon ? »: the last thing asked again,
 * of the employer named, as "and at MAIF too?" asks it (else the employer alone would be what is asked of).
 */
const ASKED_OF_IT = new RegExp(
  String.raw`^((and|so|ok|but|et|alors|mais)[, ]+)?(` +
    String.raw`(did|does|do|has|have|had|could|can|would|will) (he|she) ((also|ever|already|really|actually) )?` +
    String.raw`(use|used|do|done|apply|applied|practi[cs]e|practi[cs]ed|work|worked|run|ran)( (with|on|in))? ` +
    String.raw`(it|that|this|them|those|these)|(was|is|were|are) (it|that|this|they|those)|` +
    String.raw`(il|elle) l['’ ]? ?(a|avait) ((aussi|deja|egalement) )?(utilise|fait|applique|pratique)|` +
    String.raw`(il|elle) (en )?(a|avait) ((aussi|deja) )?fait|` +
    String.raw`c['’ ]? ?etait)(?!\p{L})`,
  "u",
);

function askedOfIt(text: string, language: Language): string | null {
  const folded = foldText(text).replace(/\s+/g, " ").trim();
  return ASKED_OF_IT.test(folded) ? folded.replace(ASKED_OF_IT, language === "fr" ? "et" : "and") : null;
}

/** "and at AAA-Data?": the previous subject at the employer now named; null when it asks more than that. */
function movedTo(
  text: string,
  part: UnderstoodQuestion["parts"][number],
  previous: Turn,
  employers: string[],
): string | null {
  // "and at AAA-Data?" only names the employer; "qu'est-ce qu'il fait à l'EPISEN ?" asks a question of its own.
  // "and at the insurer?": the words that described the employer name it too.
  const described = part.described ? [part.described.from] : [];
  const named = [...employers, ...part.words.filter((w) => w.employer).map((w) => w.original), ...described];
  const rest = named
    .reduce((t, e) => t.replace(new RegExp(literal(e), "gi"), " "), text)
    .replace(CONNECTORS, " ")
    .replace(new RegExp(ANAPHORA.source, "giu"), " ");
  if (/[\p{L}\p{N}]/u.test(rest)) return null;
  // « Il a arrêté Decathlon ? », then « et EPISEN ? »: the employer the verb took, swapped in its place.
  // (As the CV names it: "decath" is Decathlon.)
  const slug = part.roles[0]?.replace(/^cv#/, "").replace(/[^a-z]/g, "") ?? "";
  const canonical = employers.filter(
    (e) =>
      slug !== "" &&
      foldText(e)
        .replace(/[^a-z]/g, "")
        .startsWith(slug),
  );
  const inPlace = objectSwapped(previous.standalone, text, [...canonical, ...named], employers);
  if (inPlace) return inPlace;
  // The previous subject, at the employer now named: drop the employer the previous question named.
  // (Not the "now" an "and now?" added: « et chez AAA-Data ? » after it asks of AAA-Data as it was.)
  return `${withoutEmployers(previous.standalone.replace(ASKED_NOW, " ?"), employers)} ${text}`;
}

/** A preposition before an employer's name: "at Decathlon", « chez MAIF », « de l'EPISEN ». */
const BEFORE_EMPLOYER = new RegExp(
  String.raw`(?<![\p{L}])(at|for|with|in|from|to|of|on|by|chez|pour|avec|a|à|au|de|du|d|dans|en|sur|par)\s*'?\s*` +
    String.raw`((la|le|l|the)\s*'?\s*)?$`,
  "iu",
);
/** Leaving, asked: "has he left…", « il a quitté… », « il a fini chez… », « il est plus à… ». */
const LEAVING_ASKED = new RegExp(
  String.raw`\b(left|leave|quit|stopp?\w* working|finish\w*|ended|done at|quitt\w*|arret\w*|fini\w*|termin\w*|` +
    String.raw`parti|partie|plus (chez|a|à))\b`,
  "i",
);

/** Whether he is there now, asked: "is he working at MAIF now?", « il est chez MAIF maintenant ? », "still at…". */
const THERE_NOW_ASKED = new RegExp(
  // (Not « il travaille chez Decathlon sur quoi actuellement ? »: what he does there, asked.)
  String.raw`^(?![^?]*\b(quoi|what|which|how|comment|quel\w*)\b)((and|so|et|alors) )?` +
    String.raw`((is|does) (he|she) (still )?(working|work|employed|based)? ?(at|for|with) ` +
    String.raw`[^?]{1,30}\b(now|currently|today|anymore|any more|still)\b|is (he|she) still (at|with|working)|` +
    // (« Travaille-t-il chez MAIF actuellement ? »: the verb first.)
    String.raw`((il|elle) (est|travaille|bosse)|(est|travaille|bosse)[- ]t?[- ]?(il|elle)) (toujours |encore )?` +
    String.raw`(chez|a|pour) [^?]{1,30}\b(maintenant|actuellement|en ce moment|aujourd'hui|encore|toujours)\b|` +
    String.raw`(est|travaille)[- ](il|elle) (toujours|encore) (chez|a|pour))`,
);

/**
 * The last question with the one employer it named as the object of its verb ("has he left Decathlon?", « il a
 * arrêté Decathlon ? ») replaced by the one named now; null when it named it after a preposition, or several.
 */
function objectSwapped(standalone: string, text: string, named: string[], employers: string[]): string | null {
  const at = (e: string) => new RegExp(`\\b${literal(e)}\\b`, "i").exec(standalone);
  const before = employers.filter((e) => at(e));
  const now = named.find((e) => new RegExp(`\\b${literal(e)}\\b`, "i").test(text)) ?? named[0];
  if (before.length !== 1 || !now) return null;
  const m = at(before[0]!)!;
  // (The same one again, as typed: « et chez decath ? » after Decathlon.)
  // ("is he working at MAIF now?", then "and AAA-Data?": whether he is there now, asked again.)
  const leftOrNow = LEAVING_ASKED.test(foldText(standalone)) || THERE_NOW_ASKED.test(foldText(standalone));
  if (foldText(now) === foldText(before[0]!)) return leftOrNow ? standalone : null;
  // (A preposition before it: "how long at Decathlon?" asks its words anew; not "has he finished at Decathlon?".)
  if (BEFORE_EMPLOYER.test(standalone.slice(0, m.index)) && !leftOrNow) return null;
  return `${standalone.slice(0, m.index)}${now}${standalone.slice(m.index + m[0].length)}`;
}

/**
 * A question without the employers it names: "which tools did he use ?" of "…at MAIF?" (then "which at AAA-Data?"
 * asks it at AAA-Data instead).
 */
function withoutEmployers(question: string, employers: string[]): string {
  let base = question;
  for (const e of employers)
    base = base.replace(new RegExp(`\\b(at|chez|for|pour|à|a)?\\s*${literal(e)}\\b`, "gi"), " ");
  return base.replace(/\s+/g, " ").trim();
}

/** "combien de personnes dans l'équipe ?", "who was on the team?": about a team, and naming nothing. */
function asksTeam(part: UnderstoodQuestion["parts"][number], text: string): boolean {
  const plain = part.words.every((w) => !w.key && !w.tech) && part.unknown.every((w) => w.everyday);
  // ("How many teams use the platform?": the teams that use a thing are counted, not his team.)
  if (TEAMS_USING.test(foldText(text))) return false;
  return TEAM.test(foldText(text)) && plain && part.missing.length === 0 && part.roles.length === 0;
}
const TEAMS_USING =
  /\b(teams?|equipes?) (use|uses|using|used|rely|relies|depend|depends|utilisent|utilisaient|utilise|s'appuient)\b/;

/**
 * "et sur Databricks ?" after "combien d'années d'expérience ?": the same question about time, now
 * about the thing named. Only a short message that names one thing and nothing else.
 */
function durationAgain(text: string, previous: Turn, words: number): string | null {
  const rest = text
    // « et en tant que freelance ? », "and as a freelancer?": the same time, in that capacity.
    // ("and in data engineering specifically?": in that field.)
    .replace(/\b(en tant que|as an?|in|en|dans)\b/gi, " ")
    .replace(/\b(specifically|exactly|only|alone|precisement|specifiquement|seulement|uniquement)\b/gi, " ")
    .replace(CONNECTORS, " ")
    .replace(/\b(sur|on)\b/gi, " ")
    .trim()
    .split(/\s+/);
  // ("and as a data engineer?": a title of two words.)
  // ("and in data engineering?": a field of work; not "and in France?", the career's time there.)
  const field = /^(and |et )?(in|en|dans)\b/i.test(text.trim()) && FIELD_OF_WORK.test(foldText(text));
  const capacity = /\b(en tant que|as an?|comme)\b/i.test(text) || field;
  // ("what about his teaching?": his, a thing of his own asked.)
  const his = /\b(his|her)\b/i.test(text);
  if (
    !DURATION.test(foldText(previous.standalone)) ||
    his ||
    words > (capacity ? 2 : 1) ||
    rest.length > (capacity ? 3 : 2)
  )
    return null;
  // "and in data engineering?": the time in that field, asked as such (the career's question would drown it).
  if (field) return `${/\b(en|dans)\b/i.test(text) ? "combien d'années en" : "how many years in"} ${rest.join(" ")} ?`;
  // "how long was he at AAA?" then "and with dbt?": how long he used the thing (not the role's time again).
  if (previous.roleNamed && !capacity && /\b(with|avec)\b/i.test(text)) {
    const thing = rest.join(" ");
    return /\bavec\b/i.test(text)
      ? `depuis combien de temps utilise-t-il ${thing} ?`
      : `how long has he used ${thing}?`;
  }
  return `${previous.standalone} ${text}`;
}

/** A field of work, as "years in …" asks it: "data engineering", « formation », "consulting". */
const FIELD_OF_WORK =
  /\b(engineering|training|teaching|consulting|development|lecturing|ingenierie|formation|enseignement|conseil)\b/;

/** "and before that?", « et avant ça ? », "what came after?": the step before or after the last answer's role. */
const THEN_WHAT = new RegExp(
  String.raw`^(and |et |(and )?(what|how) about |et pour )?` +
    // "what did he do before that?", « qu'a-t-il fait avant ? », « il faisait quoi avant ça ? »
    // ("what was before that?", "what came after?")
    String.raw`((so )?(what did (he|she) do|what was (he|she) doing|where was (he|she)|where did (he|she) work|` +
    String.raw`what (was|came)|` +
    String.raw`qu'? ?a[- ]t[- ](il|elle) fait|qu'est[- ]ce qu'(il|elle) (a fait|faisait)|(il|elle) (faisait|a fait) ` +
    String.raw`quoi|(il|elle) (etait|était) o[uù]) )?` +
    String.raw`(even |still |encore |just |right |juste |tout de suite )?` +
    String.raw`(before|after|avant|apr[eè]s|ensuite|then|next|` +
    // « et auparavant ? », « et précédemment ? », "and previously?", "and earlier?": before, in other words.
    String.raw`auparavant|pr[eé]c[eé]demment|ant[eé]rieurement|previously|earlier|prior)` +
    String.raw`( (that|this|then|[cç]a|cela|to that)(?!\p{L})|\s*[?!.]*$)`,
  "iu",
);

/**
 * The employer an answer is about: the first named after its lead-in ("Just before Decathlon: … at AAA-Data.
 * At the same time: … Pernod Ricard" → AAA-Data), or else the first it names.
 */
/** The employers an answer's first line names, in its order: "…at AAA-Data (…); Decathlon, since…". */
function employersNamed(previous: Turn, employers: string[]): string[] {
  const lead = ` ${foldText(previous.answer.split("\n")[0]!)} `;
  // Each name where it stands alone (not "MAIF" inside a longer word): no pattern built per employer.
  const at = (e: string) => {
    const name = foldText(e);
    for (let i = lead.indexOf(name); i >= 0; i = lead.indexOf(name, i + 1)) {
      const [before, after] = [lead[i - 1]!, lead[i + name.length]!];
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return i;
    }
    return -1;
  };
  return employers
    .map((e) => ({ e, at: at(e) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.e);
}

/** "how long at AAA-Data and at Decathlon?", in the asker's language. */
function timeAt(employers: string[], language: Language): string {
  const [how, at, and] = language === "fr" ? ["combien de temps", "chez", "et"] : ["how long", "at", "and"];
  return `${how} ${employers.map((e) => `${at} ${e}`).join(` ${and} `)} ?`;
}

/** "which one did he use longer?", « lequel le plus longtemps ? »: the time of each of the things just asked. */
const WHICH_LONGER = new RegExp(
  String.raw`^(and |so |ok |et |alors )?((which|what) (one|of the two|of them|of both)|lequel|laquelle)` +
    String.raw`\b.*\b(longer|longest|more experience|most experience|the most time|` +
    String.raw`le plus longtemps|plus longtemps|le plus d'experience|plus d'experience)\b` +
    String.raw`[^?]*\?*\s*$`,
);

/** "has he used Spark and Snowflake?", then "which one did he use longer?": how long he used each. */
function longerOfTwo(understood: UnderstoodQuestion, previous: Turn): string | null {
  const things = previous.things ?? [];
  if (!WHICH_LONGER.test(foldText(understood.text)) || things.length !== 2) return null;
  return understood.language === "fr"
    ? `depuis combien de temps utilise-t-il ${things[0]} et ${things[1]} ?`
    : `how long has he used ${things[0]} and ${things[1]}?`;
}

/** "which project was that?", « c'était sur quel projet ? », "what client was it for?": the project of an answer. */
const WHICH_PROJECT = new RegExp(
  String.raw`^(and |so |ok |et |alors |ok et )?((which|what) (project|mission|client|company|context)` +
    String.raw`( (was|is) (that|it|this)( for| on)?| (was|is) (he|she) on)?|` +
    String.raw`(c'?etait|c est|c'est) (sur |pour |chez )?(quel|quelle) (projet|mission|client|boite|entreprise)|` +
    String.raw`(quel|quelle) (projet|mission|client|contexte)( c'?etait| etait-ce)?)\s*[?!.]*$`,
);

/**
 * "has he had memory errors with Spark?" answered at Decathlon, then "which project was that?": that role's
 * context, when the answer named one employer only.
 */
function projectOfAnswer(understood: UnderstoodQuestion, previous: Turn, employers: string[]): string | null {
  if (!WHICH_PROJECT.test(foldText(understood.text)) || !previous.answered) return null;
  const lead = previous.answer.split("\n")[0]!;
  const named = employers.filter((e) => new RegExp(String.raw`\b${literal(e)}\b`, "i").test(lead));
  if (named.length !== 1) return null;
  return understood.language === "fr"
    ? `quel était le contexte chez ${named[0]} ?`
    : `what was the context at ${named[0]}?`;
}

export function answeredEmployer(text: string, employers: string[]): string | null {
  const colon = text.search(/\s?:\s/);
  const after = colon >= 0 ? text.slice(colon) : text;
  // The first employer named: one pattern for them all, longest names first ("Pernod Ricard" before "Pernod").
  let any = employerPatterns.get(employers);
  if (!any) {
    const names = [...employers].sort((a, b) => b.length - a.length).map(literal);
    any = new RegExp(`\\b(${names.join("|")})\\b`, "i");
    employerPatterns.set(employers, any);
  }
  const found = any.exec(after)?.[1];
  return found ? (employers.find((e) => e.toLowerCase() === found.toLowerCase()) ?? null) : null;
}

/** One pattern per list of employers (a portfolio has thousands of them). */
const employerPatterns = new WeakMap<string[], RegExp>();
