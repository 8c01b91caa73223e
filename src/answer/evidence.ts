import { countsTime, givesMeasure, volumeHandled } from "./measures.js";
import { numberOf } from "../text/numbers.js";
import type { Chunk } from "../knowledge/chunk.js";
import { ownerTopicOf } from "../query/owner-topics.js";
import { EMPLOYER_NOUN, type QuestionPart, type QuestionWord } from "../query/understand.js";
import { roleKeyOf, usageOf, type RoleInfo, type Usage } from "../profile/roles.js";
import type { ProfileVocabulary } from "../query/vocabulary.js";
import type { Retrieval, RetrievedPassage } from "../retrieval/hybrid-retriever.js";
import { foldText, literal, wordTokens } from "../text/normalize.js";
import { isContentWord, passageTerms, stemWord } from "../text/stem.js";
import { audienceIn, audienceOf, teachesIn } from "./audience.js";
import { otherKindAside } from "./other-kind.js";

/** A role's share of the evidence for a skill. */
export interface RoleEvidence {
  role: RoleInfo;
  usage: Usage;
  passage: RetrievedPassage;
}

/** What the profile shows for one part of a question. */
export interface PartEvidence {
  /** yes: one passage or one role holds the part's words; partial: some of them only; no: none. */
  verdict: "yes" | "partial" | "no";
  /** Passages to quote, in order. */
  passages: RetrievedPassage[];
  /** For a skill question, the roles where the skill appears, most recent first. */
  roles: RoleEvidence[];
  /** The part's words the quoted evidence does not hold (for "partial"). */
  uncovered: string[];
  /** For a "yes" in other words (see EVIDENCE.minMeaning): the part's words the passage says otherwise. */
  reworded?: string[];
}

/** The evidence thresholds; measured with `npm run eval -- --calibrate`. */
export const EVIDENCE = {
  /** Share of the part's word weight that one passage, or one role, must hold for a "yes". */
  minCoverage: 0.6,
  /** The same for a passage that only teaches the subject: "in production" is not in a course outline. */
  minTaughtCoverage: 0.9,
  /**
   * Share of the part's meaningful words that the profile must know for any "yes": "did he help users in
   * other countries with tech problems?" is not answered by the one word of it the CV holds.
   */
  minUnderstood: 0.34,
  /**
   * Word weight (rarity, halved for everyday words) that a "yes" must hold, whatever its share: "has he
   * worked with weather data?" is not answered by "data", the CV's most common word, alone.
   */
  minWeight: 1,
  /**
   * Cosine similarity to the question that the best passage of a "partial" must reach for a "yes" in other words
   * ("moved off its own servers with no downtime" → "transition from on-premise… with no service interruption").
   * Only for a question of one part, in English (what the bundled model reads); the engine sets it at 0.50.
   * Measured on the dev sets: at 0.40, 24 answers right for 10 confidently wrong; at 0.45, about 7 for 2; at
   * 0.50, about 4 for none. (At 0.45 the blind sets' totals, printed once with the rule on and off, gave 10 for 6.)
   */
  minMeaning: Number.POSITIVE_INFINITY,
};
export type EvidenceTuning = typeof EVIDENCE;

/** Passages quoted for one part of a question; a skill question quotes one passage per role. */
const MAX_PASSAGES = 3;
const MAX_ROLES = 5;
/** How much an everyday word counts towards coverage, against a rarer word of the same rarity in the CV. */
const EVERYDAY_WEIGHT = 0.5;
/** How much a word the profile lacks weighs against the words it holds (see QuestionWord.absent). */
const ABSENT_WEIGHT = 0.5;
/**
 * Share of the part's word weight that one passage of a role must hold for the role's passages together
 * to answer (see bestRoleUnion). Measured on the dev sets: at 0.45, four confident wrong answers fewer
 * for three right ones lost (paraphrases a role answered across bullets: "data catalog" → Collibra).
 */
const UNION_ANCHOR = 0.45;
/** A passage joins the quoted ones if it holds at least this share of what the best one holds. */
const RELATIVE_COVERAGE = 0.5;

/** "who was the lead?", « qui était le lead ? »: who held a role of the team, which its roster lists. */
const LEAD_ASKED =
  String.raw`\b(who|qui) (was|were|is|etait|est|c'?etait) (the|le|la|son|sa|his) ` +
  String.raw`(tech ?lead|lead|lead tech|manager|boss|chef|chef de projet|po|product owner|responsable)\b`;
/** "did he work alone?", « il était seul ou en équipe ? »: whether he had a team, which its roster says. */
const ALONE = String.raw`\b(alone|on his own|by himself|solo|seul|in a team|en equipe)\b`;
/** "did he work with a PO?", « il y a un PO dans l'équipe ? »: a role of the team, which its roster lists. */
/** (So are "front-end developers", « des développeurs full-stack »: the rosters name them.) */
const ROSTER_ROLE =
  String.raw`\b(with|avec|il y a|y avait|y a[- ]t[- ]il|y avait[- ]il|there was|was there|is there|were there|` +
  String.raw`there were|are there|had|have|has) ` +
  String.raw`(a |an |the |un |une |le |la |des |de |d'|some |any |other |d'autres )?` +
  String.raw`(po|product owner|tech ?lead|lead tech|` +
  String.raw`scrum master|(?:developpeurs?|devs?|ingenieurs?) (?:front|back|full)[- ]?(?:end|stack)|` +
  String.raw`(?:front|back|full)[- ]?(?:end|stack)(?:[- ](?:developers?|devs?|engineers?|people|colleagues)))\b`;
/** Leading asked: "team lead", "led", "managed", « encadré », « piloté », « dirigé » (folded). */
const LEADING_ASKED =
  /\b(team ?lead\w*|lead|leading|led|manag\w*|supervis\w*|encadr\w*|pilot\w*|dirig\w*|chef d'equipe|management)\b/;
/** Team rosters answer "how big was the team", not "has he led a team". */
const TEAM_SIZE = new RegExp(
  String.raw`\b(how (big|many|large)|size|taille|combien|composition|compose[ed]?s?|composed|members?|membres|` +
    // "has he worked in small teams?", « dans de grandes équipes ? »: the size of his teams.
    String.raw`(small|large|big|tiny|petites?|grandes?|grosses?) (teams?|equipes?)|` +
    String.raw`who (else )?(was|were|is|are)|who's|with whom|avec qui|headcount|effectif|people|personnes|` +
    // "what's his current team like?"
    String.raw`what('s| is| was) (his |her |the )?(\w+ )?team like|` +
    String.raw`who (did|does|was|is) (he|she) (work|working) with|qui (etait|etaient|sont|est) dans son equipe)\b|` +
    // "alone or in a team?", « seul ou en équipe ? », "who was the lead?": the roster answers.
    String.raw`${ALONE}|${LEAD_ASKED}|` +
    // "and the team?", « et l'équipe ? »: the team itself; « avec quelle équipe ? », "who's on his team?".
    String.raw`^(and |et |what about |et pour )?(the |his |her |l'|l |son |sa )?(team|equipe)\b(?! ?lead)|` +
    // « et chez MAIF, l'équipe ? », « il était dans quelle équipe ? », "which team was he in?"
    String.raw`, (the |his |her |l'|l |son |sa )?(team|equipe)\s*[?!.]*$|` +
    String.raw`\b(dans|in|on) (quelle|which|what) (equipe|team)\b|` +
    // "what was the team?", « c'était quoi l'équipe ? »
    // (Asked on of a role, the role after it: "what was the team? AAA-Data".)
    String.raw`\b(what|who) (was|is|were) (in )?(the|his|her) team\s*([?!.]|$)|` +
    String.raw`c'?(etait|est) quoi (l'|son |sa |la )?(equipe|team)\b|` +
    String.raw`\b(which|what|quelle) (team|equipe) (was|is|did|etait)\b|` +
    String.raw`\b((avec|with) (quelle|which|what) (equipe|team)|quoi (l'|l |son |sa )?equipe|` +
    String.raw`(who'?s|who is) (on|in) (his|her|the) team)\b|` +
    // "what was the team like?", "the largest team he was in", « son équipe ressemblait à quoi ? »
    String.raw`\b(what|how) (was|were|is) (the|his|her) teams?( like| (at|chez|in) [\w-]+)?\s*([?!.]|$)|` +
    String.raw`\b(biggest|largest|smallest) teams?\b|\bplus (grande|grosse|petite) equipes?\b|` +
    // "what does his team look like?", "who's on it?"
    String.raw`\bteams? (looks?|looked) like\b|\bwho'?s on (it|the team|his team)\b|` +
    // "was his team bigger at Decathlon or at MAIF?", "which of his teams was the biggest?", "the most engineers"
    String.raw`\bteams? (was |were |is )?(the )?(bigger|larger|smaller|biggest|largest|smallest)\b|` +
    String.raw`\b(bigger|larger|smaller) teams?\b|` +
    String.raw`\bteams? [^?.!]{0,25}\b(the )?(bigger|larger|smaller|biggest|largest|smallest)\b|` +
    String.raw`\bthe (most|fewest) (people|engineers|data engineers|data scientists|members|devs|developers)\b|` +
    String.raw`\bteams? (he|she) (was|worked) (in|on)\b|\b(son|l') ?equipe (ressemblait|etait comment|c'etait quoi)|` +
    // "what kind of teams has he worked in?", « dans quelles sortes d'équipes il a travaillé ? »: their rosters.
    String.raw`\b(what|which) (kinds?|sorts?|types?) of teams?\b|\b(quelles?|quels?) (sortes?|types?|genres?) ` +
    String.raw`d'equipes?\b|` +
    ROSTER_ROLE +
    // "were there data scientists in his team?", « y avait-il des data scientists dans son équipe ? »: its roster.
    String.raw`|\b(data ?(scientists?|engineers?|analysts?)|ml engineers?|developers?|devs?|developpeurs?) ` +
    String.raw`(in|on|dans) (his|the|her|son|sa|l') ?(team|equipe)\b|\b(did|does) (his|the) team (include|have)\b`,
);
/**
 * "how many people did he train?", « combien de personnes a-t-il formées ? », "how many people use it?": his
 * trainees, or a platform's users, whom no roster lists.
 */
const NOT_ROSTER = new RegExp(
  String.raw`\b(how many|combien)\b.*\b((did|has|does) (he|she) (train|teach|coach|form|support)\w*|` +
    String.raw`(he|she) (trained|taught|coached|supported)|` +
    String.raw`(a[- ]t[- ](il|elle)|(il|elle) a) (forme|enseigne|coache|accompagne|soutenu|supporte)\w*|` +
    String.raw`formee?s|attend\w*|` +
    String.raw`(were|was) (taught|trained)|(ont )?suivi|(training|teaching) sessions?|sessions? de formation|` +
    String.raw`(ses|his|her) (formations|trainings|courses|classes|training sessions)|` +
    String.raw`(use|uses|using|used|utilisent|utilise) (it|his|her|the|this|that|la|sa|son|ce|cette|le))\b|` +
    // « il a formé combien de personnes ? », "he trained how many people?": the count after the verb.
    String.raw`\b((il|elle) a|a[- ]t[- ](il|elle)) (forme|enseigne|coache)\w* combien\b|` +
    String.raw`\b(he|she) (trained|taught|coached) how many\b`,
);
/** "…on the team using the platform?": the team itself, whatever else the question says. */
const ON_THE_TEAM = /\b(on|in) (the|his|her) team\b|\bdans (l'|son |sa )equipe\b/;
/** A question about the people he worked with, not about "teams" of users. */
const WORKED_WITH = new RegExp(
  String.raw`\b(how many (people|persons|colleagues)|combien de (personnes|collegues)|with whom|avec qui|headcount|` +
    String.raw`effectif|who (did|does|was|is) (he|she) (work|working) with|` +
    String.raw`who (was|were|is|are) (on|in) (his|her) team|` +
    String.raw`qui (etait|etaient|sont|est) dans son equipe)\b|${ALONE}|${LEAD_ASKED}|${ROSTER_ROLE}`,
);
/** People counted as those he led: "how many people was he leading?", « combien de personnes il encadrait ? ». */
const HE_LED = new RegExp(
  String.raw`\b(how many|combien)\b[^?]*\b(he|she|il|elle)\b[^?]{0,12}\b(leading|led|managing|managed|supervising|` +
    String.raw`supervised|encadr\w*|dirig\w*)\b`,
);
const USAGE_ORDER: Record<Usage, number> = { used: 0, taught: 1, trained: 2 };
/** A question whose answer is a figure. */
const QUANTITY = new RegExp(
  String.raw`\b(how (many|much|big|large)|what (volumes?|size|amount)|combien|quelle (taille|volumetrie|quantite)|` +
    String.raw`quels? volumes?|biggest|largest|highest|plus (gros|grand|grands|grosse|importante?)s?|volumetrie|` +
    String.raw`(gros|grands?|big|large|huge|massive|enormes?|importants?) (volumes?|datasets?|data)|` +
    String.raw`at scale|a l'echelle)\b`,
);
/** Years, which are dates rather than figures. */
const YEARS = /\b(19|20)\d\d\b/g;
/** "How many teams…", "combien d'équipes…": the thing counted is the word after. */
const COUNTED = new RegExp(
  String.raw`\b(?:how many|combien (?:de |d'|d’|des )?|` +
    // ("How big is that school, like number of students?", "what's the number of…": a count asked; not "did he
    // reduce the number of calls?", "bring down the bill and the number of requests", a thing done to it.)
    String.raw`(?<=\b(?:like|what is the|what's the|whats the|quel est le|c'est quoi le|give me the|tell me the)\s)` +
    String.raw`(?:number of|nombre (?:de |d'|d’)))\s*(?:of (?:the|his|her|these|those) )?([\p{L}]+)`,
  "u",
);
/** A word after the counted one that is no noun of it: "how many projects did…", « combien de projets a-t-il… ». */
const NOT_COUNTED =
  /^(did|does|do|has|have|had|is|are|was|were|he|she|in|at|for|with|on|of|per|il|elle|a|ont|chez|dans|par|y|en|sur)$/;
/** Units a CV writes as symbols after a number: "10h", "400 To", "€7M", "30 %". */
const HOURS = /\d\s*h\b/i;
const EUROS = /€\s*\d|\d\s*(k|m)?€/i;
const PERCENT = /\d\s*%/;
const TERABYTES = /\d\s*(tb|to)\b/i;
const UNIT_FIGURES: Record<string, RegExp> = {
  hour: HOURS,
  hours: HOURS,
  heure: HOURS,
  heures: HOURS,
  hrs: HOURS,
  euro: EUROS,
  euros: EUROS,
  percent: PERCENT,
  pourcents: PERCENT,
  terabyte: TERABYTES,
  terabytes: TERABYTES,
  tb: TERABYTES,
  teraoctet: TERABYTES,
  teraoctets: TERABYTES,
};
/** How far after a figure the counted thing may come: "160 teams", "2000 tables ingested", "3 Data Engineers". */
const FIGURE_REACH = 3;
/** A question about teaching or training others, in English or French. */
export const TEACHING_QUESTION = new RegExp(
  // (Not "in his jobs, not teaching?", « hors enseignement »: his work, apart from his classes.)
  String.raw`(?<!\b(?:not|outside|hors|other than|apart from|besides|en dehors)(?: of| in| de| de l'| des| l')? ?)` +
    String.raw`\b(teach\w*|taught|lectur\w*|courses?|class(es)?|students?|enseign\w*|cours|eleves|etudiants|` +
    String.raw`professeur|trainer|formateur|professors?|teachers?|instructors?|enseignant|vacataire|` +
    // « est-il pédagogue ? », « il sait vulgariser ? »: how he teaches.
    String.raw`pedagog\w*|vulgaris\w*|` +
    // "trained 15 data scientists", « formé 15 data scientists »: people trained, counted or not.
    String.raw`train(ed|s|ing)? (\d+ |the |his |their |our )?(\w+ )?(others|people|teams?|engineers|staff|` +
    String.raw`scientists|analysts|developers|devs|juniors|colleagues|employees|users)|` +
    String.raw`form(e|er|ait) (des|les|ses|\d+)|` +
    String.raw`training (for|of) ([\w'-]+ ){0,3}(teams?|engineers|staff|people|employees)|` +
    String.raw`formations? (des |d'|pour (les )?)([\w'-]+ ){0,2}(equipes|ingenieurs|salaries|collaborateurs))\b`,
);

/** Start of a role, as a sortable "YYYY-MM"; roles with no period come last. */
function startOf(role: RoleInfo | undefined): string {
  return role?.period?.start ?? "0000";
}

/**
 * Two starts ("YYYY-MM" or "YYYY") in date order, as `localeCompare` orders them, without loading the
 * collator (~10 ms at the first call of a process: a one-shot `npm run ask` paid it).
 */
function compareStarts(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function coverage(matched: boolean[], weights: number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  return total ? matched.reduce((sum, m, i) => sum + (m ? weights[i]! : 0), 0) / total : 0;
}

/** The facts one part of a question is judged with, worked out once. */
interface Judging {
  part: QuestionPart;
  vocabulary: ProfileVocabulary;
  tuning: EvidenceTuning;
  /** Each word's weight: rarity, halved for everyday and absent words, nothing for light ones. */
  weights: number[];
  /** The words a "yes" must hold: technologies, employers, names, and what the part is really about. */
  keys: boolean[];
  /** Passages that may answer, holding at least one word, best keyword score first. */
  matches: RetrievedPassage[];
  /** The same, in the fused ranking's order first. */
  order: RetrievedPassage[];
  /** Whether the profile knows enough of the part for any "yes". */
  understood: boolean;
  /** A passage that teaches the subject rather than uses it. */
  taught: (p: RetrievedPassage) => boolean;
  /**
   * Whether a passage holds a two-word notion in its own text ("feature engineering" is not "an Airflow feature"
   * under the heading "Senior Data Engineer"); true for any other part.
   */
  notionHeld: (p: RetrievedPassage) => boolean;
  /** Whether words matched this way make a "yes" (`strict` for a teaching passage; `stack` for a stack line). */
  complete: (matched: boolean[], strict: boolean, stack?: boolean) => boolean;
}

const none = (): PartEvidence => ({ verdict: "no", passages: [], roles: [], uncovered: [] });
const yes = (passages: RetrievedPassage[]): PartEvidence => ({ verdict: "yes", passages, roles: [], uncovered: [] });

/**
 * Judges whether the profile answers one part of a question, and with which passages. A "yes"
 * needs, in one passage or one role: every key word (technology, employer, name), the part's
 * rarest word (what it is really about), and most of the word weight; a passage that only teaches
 * the subject must hold nearly all of it. Words scattered over the profile never make a "yes".
 */
export function judgeEvidence(
  part: QuestionPart,
  found: Retrieval,
  vocabulary: ProfileVocabulary,
  tuning = EVIDENCE,
): PartEvidence {
  const evidence = yearsHeld(
    part,
    figuresHeld(part, judged(part, found, vocabulary, tuning), found.matches, vocabulary),
    vocabulary,
  );
  const asked = actAsked(part, absentAsked(part, evidence, vocabulary.words));
  return stackPairOnly(part, audienceHeld(part, methodAsked(part, verbOnlyHeld(part, asked)), vocabulary));
}

/** How two things are used together: "load X into Y", "X on top of Y", "monitor X with Y", « X dans Y ». */
const USED_TOGETHER = /\b(into|inside|on top of|onto|through|via|from|to|dans|vers|depuis)\b/;

/**
 * "Did he load PostgreSQL data into Snowflake?", "monitor Airflow with Datadog?": two technologies used together,
 * which only a role's stack line names side by side — no yes: the stack lists them, it doesn't say how they met.
 */
function stackPairOnly(part: QuestionPart, evidence: PartEvidence): PartEvidence {
  const techs = part.technologies;
  if (evidence.verdict !== "yes" || techs.length < 2) return evidence;
  const text = foldText(part.text);
  const at = techs.map((t) => text.indexOf(t.tokens[0]!)).sort((a, b) => a - b);
  if (at.some((i) => i < 0) || !USED_TOGETHER.test(text.slice(at[0], at[at.length - 1]))) return evidence;
  const tokens = (p: RetrievedPassage) => new Set(wordTokens(foldText(p.chunk.text)));
  const holdsBoth = (p: RetrievedPassage) => techs.every((t) => t.tokens.every((x) => tokens(p).has(x)));
  const both = evidence.passages.filter(holdsBoth);
  if (both.length === 0 || evidence.passages.some((p) => p.chunk.kind !== "stack")) return evidence;
  return { verdict: "partial", passages: both, roles: [], uncovered: [] };
}

/**
 * Verbs of making, setting up or running, which say nothing of what was made or run: "build", "set up", "manage",
 * « construit » (folded).
 */
export const MAKING_VERB = new RegExp(
  String.raw`^(build\w*|built|mak\w*|made|creat\w*|develop\w*|design\w*|construi\w*|cre[ea]\w*|realis\w*|` +
    String.raw`fai[st]\w*|do|did|done|doing|set|sets|setting|setup|manag\w*|handl\w*|implement\w*|pilot\w*|` +
    String.raw`produce|produced|produces|producing|` +
    String.raw`ger(e|er|ait|ent|es|ee|ees))$`,
);

/** Words of a question's scope, not its thing: "last", "years", "recently", "apart", « dernières », « hormis ». */
const SCOPE_WORD = new RegExp(
  String.raw`^(last|past|previous|recent\w*|lately|years?|months?|ago|since|during|apart|aside|besides|except\w*|` +
    String.raw`outside|other|else|anything|something|stuff|things?|dernier\w*|annees?|ans|mois|depuis|recemment|` +
    String.raw`hormis|part|sauf|dehors|autres?|truc\w*|\d+)$`,
);
/** How a thing was done, which other answers weigh: "manually", "by hand", « à la main », "himself". */
const MANNER = /^(manually|manual|automatically|automatic|hand|main|manuellement|automatiquement|himself|alone|seul)$/;

/**
 * "Did he set up access control at Decathlon?", "did he manage the budget?": the passages of a "yes" hold the verb
 * ("Set-up of CI/CD", "Management of critical projects") and the employer, nothing of what was set up or managed;
 * what they show, not that.
 */
function verbOnlyHeld(part: QuestionPart, evidence: PartEvidence): PartEvidence {
  // (Nor of rosters: "who did he work with on…?" is answered by the teams, which name no work.)
  if (
    evidence.verdict !== "yes" ||
    evidence.roles.length > 0 ||
    evidence.passages.every((p) => p.chunk.kind === "team")
  )
    return evidence;
  // (…or the verb the question asks of him: "il a animé des ateliers ?" against a "lively" bar, « animé ».)
  const asked = ACT_ASKED.exec(foldText(part.text));
  const act = asked?.[1] ?? asked?.[2];
  const verb = (w: QuestionWord) => MAKING_VERB.test(foldText(w.original)) || foldText(w.original) === act;
  // (Whom he trained or led is the audience's to judge: "encadré des jeunes" are his juniors.)
  const whom = new Set(audienceOf(part.text).phrase);
  // (Nor when or where, "in the last 2 years", "apart from EPISEN": the scope, which other answers weigh.)
  const other = part.words.filter(
    (w) => !w.light && !w.employer && !verb(w) && !whom.has(foldText(w.original)) && !SCOPE_WORD.test(w.word),
  );
  const holdsThing = (p: RetrievedPassage) => part.words.some((w, i) => p.matched[i] && other.includes(w));
  // (Not how it was done, "manually", "by hand", which the automation said answers: what it was done to; and of
  // the verb asked of him alone, only a thing the profile lacks: "il a animé des ateliers ?", not "deployed to
  // production", which a synonym may hold.)
  const makingHeld = evidence.passages.some((p) =>
    part.words.some((w, i) => p.matched[i] && MAKING_VERB.test(foldText(w.original))),
  );
  const thing = other.filter((w) => !MANNER.test(w.word) && (makingHeld || w.absent));
  // (Only where a passage holds the verb: "how many people on his project?" holds none, and asks of the team.)
  // (A verb of his own, not one of making, only as written: "matched up records" is the CV's reconciliation, in
  // other words.)
  const holdsVerb = (p: RetrievedPassage) =>
    part.words.some((w, i) => p.matched[i] && verb(w) && (MAKING_VERB.test(foldText(w.original)) || p.exact[i]));
  if (!evidence.passages.some(holdsVerb)) return evidence;
  // (Or the thing is a word the profile lacks: "the budget".)
  const lacking =
    thing.length === 0
      ? part.unknown
          .filter((u) => u.dictionary && !whom.has(foldText(u.word)) && !MANNER.test(foldText(u.word)))
          .filter((u) => !SCOPE_WORD.test(foldText(u.word)))
          .map((u) => u.word)
      : [];
  if ((thing.length === 0 && lacking.length === 0) || evidence.passages.some(holdsThing)) return evidence;
  const uncovered = thing.length > 0 ? thing.map((w) => w.original) : lacking;
  return { verdict: "partial", passages: evidence.passages.slice(0, 1), roles: [], uncovered };
}

/** The verb a yes-or-no question asks of him: "did he negotiate…", "has he ever hired…", « a-t-il négocié… ». */
const ACT_ASKED = new RegExp(
  // (Not "was he recruited…": done to him.)
  String.raw`^(?:did|has|had|have) (?:he|she)(?: (?:ever|already|actually|personally|really|also|then))? ` +
    String.raw`([a-z]+)\b|^(?:est[- ]ce qu'?(?:il|elle) (?:a|avait) |a[- ]t[- ](?:il|elle) |(?:il|elle) a )` +
    String.raw`(?:deja |lui-meme |personnellement |vraiment )?([a-z]+)\b`,
);
/**
 * Acts a CV would have to say in so many words, whose object alone shows nothing of them: dealing, hiring, winning,
 * founding, publishing. ("did he pull data from an API?" is not one: the API line says he did.)
 */
const STATED_ACT = new RegExp(
  String.raw`^(negotiat\w*|hir(e|ed|es|ing)|recruit(ed|s|ing)?|fir(e|ed|ing)|win|wins|won|winning|lose|lost|losing|` +
    String.raw`sign(ed|s|ing)?|buy|bought|earn(ed|s|ing)?|found(ed|ing)|invent(ed|s|ing)?|` +
    String.raw`patent(ed|s)?|publish(ed|es|ing)?|promot(e|ed|ing)|fund(ed|s|ing)?|pitch(ed|es|ing)?|` +
    String.raw`approv(e|ed|ing)|apprais(e|ed|ing)|interview(ed|s|ing)?|` +
    // (Not « gagné en performance », « signé une mission »: gaining, getting a contract.)
    String.raw`negoci\w*|embauch\w*|recrut\w*|licenci\w*|perdu|achet\w*|rachet\w*|fonde|` +
    String.raw`invente|brevete|publie|promu|finance)$`,
);

/**
 * "did he negotiate the ANTS licence?", "did he hire the juniors at AAA-Data?": the act asked, one of those a CV
 * states, in a word the profile never writes (nor any form or synonym of it), is what a "yes" would claim; the
 * passages that hold the rest of the question don't say he did it: what they show, but not that ("did he pitch
 * Databricks to management?" too: where he used it is no pitch).
 */
function actAsked(part: QuestionPart, evidence: PartEvidence): PartEvidence {
  if (evidence.verdict !== "yes") return evidence;
  const at = ACT_ASKED.exec(foldText(part.text));
  const verb = at?.[1] ?? at?.[2];
  if (!verb || !STATED_ACT.test(verb)) return evidence;
  const lacking = part.unknown.find((u) => u.dictionary && foldText(u.word) === verb);
  const absent = part.words.find((w) => w.absent && w.word === verb);
  const said = lacking?.word ?? absent?.original ?? heldNotAsAct(part, evidence, verb);
  if (!said) return evidence;
  return { verdict: "partial", passages: evidence.passages.slice(0, 1), roles: [], uncovered: [said] };
}

/**
 * "Il a licencié quelqu'un ?" against "bars … non encore licenciés" (licensed) and "licence ANTS": the verb the
 * profile holds, but never as an act of his, which a CV line says first ("Recrutement de…") or as the act's noun
 * ("…, with the hiring of…"); the word asked, when so.
 */
function heldNotAsAct(part: QuestionPart, evidence: PartEvidence, verb: string): string | undefined {
  const index = part.words.findIndex((w) => foldText(w.original) === verb);
  const holding = evidence.passages.filter((p) => p.matched[index]);
  if (index < 0 || holding.length === 0) return undefined;
  const stem = literal(verb.slice(0, Math.max(4, verb.length - 3)));
  const act = new RegExp(String.raw`(^|[-•:]\s*)${stem}\w*|\b${stem}\w*(ment|ments|tion|tions|ing|age)\b`);
  return holding.some((p) => act.test(foldText(p.chunk.text))) ? undefined : part.words[index]!.original;
}

/**
 * "Did he train the sales team at Pernod Ricard?": a "yes" needs a passage saying he taught or led those people,
 * not one saying "training of technical teams… to deploy the sales force": what it shows, but not them.
 */
function audienceHeld(part: QuestionPart, evidence: PartEvidence, vocabulary: ProfileVocabulary): PartEvidence {
  if (evidence.verdict !== "yes") return evidence;
  const asked = audienceOf(part.text);
  if (asked.words.length === 0) return evidence;
  const index = (w: string) => part.words.findIndex((x) => foldText(x.original) === w || x.word === w);
  const held = (p: RetrievedPassage) => audienceIn(p.chunk.text, asked.words, (w) => p.matched[index(w)] === true);
  // (Or another passage of a role quoted: "…technical teams in machine learning?", whose context names the teams.)
  const roles = new Set(evidence.passages.map((p) => vocabulary.roles.get(roleKeyOf(p.chunk))));
  const elsewhere = [...roles].some((r) => r?.chunks.some((c) => audienceIn(c.text, asked.words, () => false)));
  if (evidence.passages.some(held) || elsewhere) return evidence;
  const said = (w: string) => part.words[index(w)]?.original ?? w;
  // (Quoting whom it says he taught: "Training of technical teams", not the sales line.)
  const taught = evidence.passages.filter((p) => teachesIn(p.chunk.text));
  const passages = taught.length > 0 ? taught : evidence.passages;
  return { verdict: "partial", passages, roles: [], uncovered: [asked.phrase.map(said).join(" ")] };
}

/** "How did he…?", « comment a-t-il… ? »: the way something was done (not "how many", "how long"). */
const HOW_DONE =
  /(?:^|[:;,]\s*)(?:and |et |so )?(?:how|why|comment|pourquoi)\b(?! (?:many|much|long|big|large|old|often|far)\b)/;

/**
 * "How did he bring down the S3 bill on EMR?": a stack line names what he used, not how he did anything, and names
 * found in passages apart say nothing of how either: a "yes" needs one line of his work holding every name asked.
 */
function methodAsked(part: QuestionPart, evidence: PartEvidence): PartEvidence {
  const text = foldText(part.text);
  // ("How did he use Docker at MAIF?": its stack line says he used it, which is what is asked.)
  if (evidence.verdict !== "yes" || !HOW_DONE.test(text) || /\b(use|used|using|utilis\w*)\b/.test(text))
    return evidence;
  const named = part.words.flatMap((w, i) => (w.key && !w.employer && !w.absent ? [i] : []));
  const says = (p: RetrievedPassage) => p.chunk.kind !== "stack" && named.every((i) => p.matched[i]);
  return evidence.passages.some(says) ? evidence : { ...evidence, verdict: "partial" };
}

/** The verb asking whether something happened: "…have any downtime", "were there outages", "cause issues". */
// (One group: the thing asked is written right after it, whichever way it is asked.)
const HAPPENED = new RegExp(
  String.raw`(?:\b(there( be| been)?|have|has|had|cause|caused|face|faced|suffer|suffered|experience|experienced|` +
    String.raw`hit)( any| some)? |` +
    // « a-t-il des publications ? », « y a-t-il eu des coupures ? »: whether he has, or there were, such things.
    String.raw`\b(a[- ]t[- ](il|elle)|(il|elle) a|y a[- ]t[- ]il( eu)?|avait[- ](il|elle)) (deja )?(des|de|d') ?)`,
);
/**
 * The verb asking whether he did a thing, the thing right after it (a word or two of it before): "done data lineage
 * with Unity Catalog?" asks of lineage, which the tool named doesn't answer.
 */
const DONE_THING = new RegExp(
  String.raw`\b(done|doing|(?<=\b(?:he|she) )do|implemented|implement|set up|designed|design|built|build|know|knows|` +
    String.raw`used|use|fait|connait|maitrise|(mis|mise) en place|implemente|concu)` +
    String.raw`( (any|some|a|an|the|du|de la|de l'|des|le|la|les|un|une))?( [\w-]+)? `,
);
/**
 * "did he do marketing or campaign-performance analytics at Pernod?": a later part, no verb of its own, that is
 * one thing in a word or two, the word the profile lacks its head (a word describing it is no thing asked).
 */
const NOUN_FIRST = /^(?:(?:any|some|the|a|an|du|de la|de l'|des|le|la|les|un|une) )?(?:[\w-]+ )?/;
const FRAME_WORD = new RegExp(
  String.raw`\b(apprecie\w*|appreciated|preferred|prefere\w*|welcome|bienvenue?s?|souhait\w*|a plus|un plus|` +
    String.raw`required|requis\w*|nice to have)\b`,
);
const NOUN_END = String.raw`\s*(?:[?.;!]|$|(?:while|at|in|during|when|chez|pendant|quand|lors)\b)`;
/** What a thing was done with, after it: "with his models", « avec ses modèles », "using Spark". */
const MEANS_AFTER = String.raw`(?:with|using|via|through|avec|en utilisant|grace a|a l'aide d)\b`;
/** A question asking yes or no, in French: « il connaît… ? », « a-t-il fait… ? », « est-ce qu'il… ? ». */
const ASKS_YES_NO_FR = /^(est-ce qu|(il|elle) |a[- ]t[- ](il|elle) |(connait|maitrise|sait)[- ](il|elle) )/;
/** What one has of a thing, not what happened: "have familiarity with", "had ownership of", "have exposure to". */
const HAVING = new RegExp(
  String.raw`^(familiarity|exposure|involvement|ownership|oversight|responsibilit(y|ies)|knowledge|background|` +
    String.raw`expertise|proficiency|understanding|grasp|command|mastery|competence|practice|input|hands-on|` +
    String.raw`say|charge|control|access|visibility|authority|accountability|insight|insights|stake)$`,
);
/** A question asking yes or no, in English: "did the migration have downtime?". */
const ASKS_YES_NO = /^(does|did|do|has|have|had|is|was|were|are|can|could|would|will|any)\b/;

/**
 * "done fraud detection with his scoring models?", « fait de la détection de fraude avec ses modèles ? »: the thing
 * done, then what it was done with, which the profile holding answers nothing of the thing; not a tool's name after
 * it, "orchestration with Airflow", which may be what the tool is for.
 */
function doneWith(folded: string, w: string, part: QuestionPart): boolean {
  const m = new RegExp(
    String.raw`${DONE_THING.source}(?:(?:of|de|du|des) |d')?${literal(foldText(w))}(?: [\w-]+)?` +
      String.raw`(?: (?:of|for|de|d'|du|des) [\w-]+)? ${MEANS_AFTER}(.*)$`,
  ).exec(folded);
  const means = ` ${m?.at(-1) ?? ""} `;
  return !!m && w.length >= 4 && !part.words.some((x) => x.tech && means.includes(` ${x.word}`));
}

/**
 * "Did the Snowflake migration have downtime?", "…go over budget?": a "yes" would claim the word the profile lacks
 * ("downtime"), which no passage holds; what it shows, but not that word.
 */
function absentAsked(part: QuestionPart, evidence: PartEvidence, profileWords: Map<string, number>): PartEvidence {
  const asks = ASKS_YES_NO.test(foldText(part.text)) || ASKS_YES_NO_FR.test(foldText(part.text));
  if (evidence.verdict !== "yes") return evidence;
  // Only what is asked to have happened, right after the verb that asks it ("have downtime", "were there outages"),
  // not a word describing what the profile holds ("reconcile messy records").
  const folded = foldText(part.text);
  // A thing done, asked with nothing else held but names ("done data lineage with Unity Catalog?"): a dictionary
  // word, not a slip ("containarisation with docker"), nor a word beside what the profile holds (« ciblage… score »).
  // (Nor the examples in brackets after it: "data modelling (star schema, data vault)" asks of the modelling.)
  const outside = foldText(part.text.replace(/\([^()]*\)/g, " "));
  const example = (w: QuestionWord) =>
    !new RegExp(`(?<![\\p{L}\\p{N}])${literal(foldText(w.original))}`, "u").test(outside);
  const withNamesOnly = part.words.every(
    (w) => w.absent || w.everyday || w.light || w.key || w.tech || (example(w) && outside !== folded),
  );
  const dictionary = new Set(part.unknown.filter((w) => w.dictionary && !w.everyday).map((w) => w.word));
  // ("done data modelling / star schema?": the thing done, said whole before what else is asked, the head it is.)
  // (Not one of two words describing what follows, which the profile writes: "a recommendation or scoring system".)
  const ends = (w: string) => {
    const at = new RegExp(
      String.raw`${DONE_THING.source}${literal(foldText(w))}\s*(?:[/,;?!.]|(or|and|ou|et)\b|$)`,
    ).exec(folded);
    if (!at) return false;
    const rest = wordTokens(folded.slice(at.index + at[0].length)).filter(isContentWord);
    return !at.at(-1) || rest.length === 0 || !rest.every((t) => profileWords.has(t));
  };
  // (A later part starts in lower case; not a job ad's frame word, « appréciée », "a plus".)
  const later = /^\p{Ll}/u.test(part.text.trim()) && !FRAME_WORD.test(folded);
  const verbs = (w: string) =>
    !asks
      ? later
        ? [NOUN_FIRST]
        : []
      : (dictionary.has(w) && (withNamesOnly || ends(w))) || doneWith(folded, w, part)
        ? [HAPPENED, DONE_THING]
        : [HAPPENED];
  // (A French question's word no French list holds is among the unknown ones: « le data lineage ».)
  const absent = [
    ...part.words.filter((w) => w.absent && !w.everyday && !w.light).map((w) => w.original),
    ...part.unknown.filter((w) => !w.everyday).map((w) => w.word),
  ];
  const lacking = [...new Set(absent)]
    .filter((w) => !HAVING.test(foldText(w)))
    .filter((w) =>
      verbs(w).some((verb) =>
        new RegExp(String.raw`${verb.source}${literal(foldText(w))}\b${verb === NOUN_FIRST ? NOUN_END : ""}`).test(
          folded,
        ),
      ),
    );
  if (lacking.length === 0) return evidence;
  return { verdict: "partial", passages: evidence.passages.slice(0, 1), roles: [], uncovered: lacking };
}

/**
 * "…at Pernod Ricard as a data engineer in 2020?": a "yes" holds the year asked only when a role quoted ran in it;
 * else what the profile shows, but not that year. (Not "since 2020", "before 2021", "2019-2021": spans, which the
 * whole-profile answers take.)
 */
function yearsHeld(part: QuestionPart, evidence: PartEvidence, vocabulary: ProfileVocabulary): PartEvidence {
  if (evidence.verdict !== "yes") return evidence;
  const folded = foldText(part.text);
  const asked =
    /\b(?:in|en|during|pendant|circa|around|vers)\s+(19[89]\d|20[0-4]\d)\b(?!\s*[-–]|\s+(?:to|and|et|a)\s+\d)/.exec(
      folded,
    );
  if (!asked) return evidence;
  const year = Number(asked[1]);
  const ran = (p: RetrievedPassage) => {
    const period = vocabulary.roles.get(roleKeyOf(p.chunk))?.period;
    if (!period) return true;
    const end = period.end ? Number(period.end.slice(0, 4)) : Number.POSITIVE_INFINITY;
    return Number(period.start.slice(0, 4)) <= year && year <= end;
  };
  if (evidence.passages.some(ran)) return evidence;
  return { verdict: "partial", passages: evidence.passages.slice(0, 1), roles: [], uncovered: [asked[1]!] };
}

/** A figure with its unit, by kind: "50%", "13 h", "2 junior engineers". */
const UNITS: Record<string, string> = {
  percent: String.raw`%|percent|pour ?cent`,
  times: String.raw`x|times|fois`,
  // ("13 h to 6 minutes": "to" before a figure is the preposition, not terabytes.)
  terabytes: String.raw`tb|to(?!\s*\d)|terabytes?|teraoctets?`,
  gigabytes: String.raw`gb|go|gigabytes?|gigaoctets?`,
  petabytes: String.raw`pb|petabytes?|p[ée]taoctets?`,
  weeks: String.raw`weeks?|wks?|semaines?`,
  // ("7M€/an", "€10M", "10 M€": money, in millions or thousands.)
  money: String.raw`m€|k€|€|meur|keur|m\$|k\$|euros?`,
  hours: String.raw`h|hours?|heures?`,
  minutes: String.raw`min|minutes?`,
  // (Accented as the CV writes them, « 160 équipes », or folded as a question may be.)
  students: String.raw`students?|[ée]l[èe]ves|[ée]tudiants?`,
  people: String.raw`people|personnes|engineers?|ing[ée]nieurs?|developers?|d[ée]veloppeurs?|scientists?|juniors?`,
  teams: String.raw`teams?|[ée]quipes?`,
  tables: String.raw`tables?`,
};
/** Units written right after the figure ("400 TB", "13h", "3x"); the others may have words between ("2 junior…"). */
const SHORT_UNITS = new Set([
  ...["percent", "times", "terabytes", "gigabytes", "petabytes", "weeks", "hours", "minutes", "money"],
]);
/** Sizes of data: a figure in one answers with the CV's in another ("1 PB?" → "400 TB"). */
const DATA_SIZES = [UNITS.terabytes, UNITS.gigabytes, UNITS.petabytes];
const ASKED_FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?)(?:\s*|-)(?:` +
    // "from 2 to 7 people": "to" before a figure is the preposition, not terabytes (« To »).
    String.raw`(${Object.entries(UNITS)
      .filter(([k]) => SHORT_UNITS.has(k))
      .map(([, u]) => u)
      .join("|")})(?![\p{L}])(?!\s*\d)|` +
    String.raw`(?:[\p{L}-]+\s+){0,2}?(${Object.entries(UNITS)
      .filter(([k]) => !SHORT_UNITS.has(k))
      .map(([, u]) => u)
      .join("|")})(?![\p{L}]))`,
  "gu",
);

/** The periods a figure is given per ("400 TB daily", « 400 To par mois »), in folded text. */
const PERIODS: [string, RegExp][] = (
  [
    [
      "hour",
      String.raw`hourly|per hour|an hour|each hour|every hour|/ ?h(?:our)?|par heure|chaque heure|toutes les heures`,
    ],
    ["minute", String.raw`per minute|a minute|each minute|every minute|/ ?min(?:ute)?|par minute|chaque minute`],
    ["day", String.raw`daily|per day|a day|each day|every day|/ ?day|par jour|chaque jour|tous les jours|quotidien\w*`],
    [
      "week",
      String.raw`weekly|per week|a week|each week|every week|/ ?week|par semaine|chaque semaine|hebdomadaire\w*`,
    ],
    ["month", String.raw`monthly|per month|a month|each month|every month|/ ?month|par mois|chaque mois|mensuel\w*`],
    [
      "year",
      String.raw`yearly|annually|per year|a year|each year|every year|/ ?(?:year|yr|an)|par an|chaque annee|annuel\w*`,
    ],
    // « tous les jours », « toutes les semaines », « tous les mois », « tous les ans », « journalier »
    ["day", String.raw`journalier\w*|journaliere\w*`],
    ["week", String.raw`toutes les semaines`],
    ["month", String.raw`tous les mois`],
    ["year", String.raw`tous les ans`],
  ] as const
).map(([period, words]) => [
  period,
  // Right after the figure and its unit, or a word or two on: "2,000 tables ingested daily".
  new RegExp(String.raw`^\W{0,3}(?:[\p{L}-]+\s+){0,2}?(${words})(?![\p{L}])`, "u"),
]);

/** The period written right after a figure and its unit ("daily", "per month"), if any. */
function periodAfter(text: string, at: number): string | null {
  const after = text.slice(at, at + 30);
  return PERIODS.find(([, re]) => re.test(after))?.[0] ?? null;
}

/**
 * "Did he reduce costs by 50%?": a figure the question gives ("50%", "250 students") must be in a passage
 * quoted, with its unit; else what the profile shows is said, without the figure ("5 Vs" is not 5 years).
 */
function figuresHeld(
  read: QuestionPart,
  evidence: PartEvidence,
  matches: RetrievedPassage[] = [],
  vocabulary?: ProfileVocabulary,
): PartEvidence {
  const part = { ...read, text: sizeAsked(read.text) };
  const asked = [...plainFigures(part.text).matchAll(ASKED_FIGURE)];
  evidence = figureOnlyHeld(evidence, asked, part.text);
  if (evidence.verdict !== "yes" || !/\d/.test(part.text)) return evidence;
  const lacks = (ps: RetrievedPassage[]) => lackedFigures(part.text, asked, ps);
  const missing = lacks(evidence.passages);
  // ("did he save 7 million euros?": the sum the profile gives of something else, the licence's.)
  if (missing.length === 0)
    return (
      moneyOfOther(part, evidence, asked, lacks) ??
      figuresGiven(part, cutOnly(evidence, asked), asked, lacks, vocabulary)
    );
  // "more than 50 teams use his platform?": another passage of the same role giving it ("160 teams").
  const roles = new Set(evidence.passages.map((p) => roleKeyOf(p.chunk)));
  const given = givenElsewhere(evidence, matches, (p) => roles.has(roleKeyOf(p.chunk)) && lacks([p]).length === 0);
  if (given) return moneyOfOther(part, given, asked, lacks) ?? given;
  const written = missing.map((m) => writtenMissing(part.text, evidence, m));
  // "does his platform serve 200 teams?": the role's passage giving a figure of that kind, to say it instead.
  const kinds = missing.flatMap((m) => {
    const kind = unitKind((m[2] ?? m[3])!)!;
    return DATA_SIZES.includes(kind) ? DATA_SIZES : [kind];
  });
  const ofKinds = kinds.map((k) => new RegExp(String.raw`\d(?:\s*|-)(?:[\p{L}-]+\s+){0,2}?(?:${k})(?![\p{L}])`, "u"));
  const ofKind = (p: RetrievedPassage) => ofKinds.some((re) => re.test(plainFigures(p.chunk.text)));
  // (In another role when none of these gives one: "1 PB?" is answered by Decathlon's "400 TB daily".)
  const ownRole = matches.filter((p) => roles.has(roleKeyOf(p.chunk)));
  const flow = flowFirst(part.text, ofKinds);
  const byFlow = (ps: RetrievedPassage[]) => [...ps].sort((a, b) => flow(b) - flow(a));
  const shown =
    byFlow([...evidence.passages, ...ownRole]).find(ofKind) ??
    byFlow(matches).find((p) => p.chunk.kind !== "stack" && ofKind(p));
  // (Which gives the figure asked after all: « au moins 1 To par jour ? », "400 To quotidiens".)
  if (shown && lacks([shown]).length === 0) return yes([shown]);
  // "30 hours at EPISEN?": each passage of its section giving one ("10 h of lectures", "10 h of practical
  // sessions"); not the tables' ">2 TB" beside the platform's "400 TB daily", which are other things.
  // (Once each: a passage and its other language's twin are one.)
  const beside = shown
    ? matches.filter(
        (p, i) =>
          p.key !== shown.key &&
          matches.findIndex((q) => q.key === p.key) === i &&
          p.chunk.section === shown.chunk.section &&
          p.chunk.kind !== "stack",
      )
    : [];
  return {
    verdict: "partial",
    passages: shown ? [shown, ...beside.filter(ofKind)].slice(0, MAX_PASSAGES) : evidence.passages.slice(0, 1),
    roles: [],
    uncovered: written,
  };
}

/**
 * How much a passage is a flow of data to show first: per day, for a volume handled ("1 PB of data?" → "400 TB
 * daily"); last for a thing's size ("tables bigger than 5 TB?", « des tables de plus de 10 To ? » → ">2 TB").
 */
function flowFirst(question: string, ofKinds: RegExp[]): (p: RetrievedPassage) => number {
  const daily = (p: RetrievedPassage) => /\b(daily|quotidien\w*|per day)\b/i.test(p.chunk.text);
  // (A figure given per day, "400 TB daily" — not ">2 TB … processed in daily mode", a size.)
  const perDay = (p: RetrievedPassage) =>
    ofKinds.some((re) => {
      const text = plainFigures(p.chunk.text);
      const m = new RegExp(re.source, "gu").exec(text);
      return m !== null && periodAfter(foldText(text), m.index + m[0].length) === "day";
    });
  const thingSized =
    THING_SIZE_ASKED.test(foldText(question)) ||
    /\b(a|one|single|une?|seule?) (single )?(table|file|job|fichier|dataset)\b/.test(foldText(question));
  return (p) => (thingSized ? -Number(perDay(p)) : Number(volumeHandled(question) && daily(p)));
}

/** A figure asked that no passage gives, as the asker wrote it, with its bound and the period asked if it differs. */
function writtenMissing(text: string, evidence: PartEvidence, m: RegExpMatchArray): string {
  // As the asker wrote it ("500 TB"): the figure found again in the question, its separators allowed.
  const loose = literal(m[0].trim()).replace(/(?<=\d)(?=\d)/g, "[,\u202f\u00a0 ]?");
  // (Found in the folded text, then taken from the text itself: « 200 équipes », accents kept.)
  const folded = foldText(text);
  const at = new RegExp(loose, "iu").exec(folded);
  const asWritten = at
    ? folded.length === text.length
      ? text.slice(at.index, at.index + at[0].length)
      : at[0]
    : m[0].trim();
  // …with the period asked, when it is what differs ("400 TB per month"; "500 TB" differs by its figure).
  const figure = new RegExp(String.raw`(?<![\p{N}.,])${m[1]!.replace(/[.,]/, "[.,]")}(?![\p{N}])`, "u");
  const after = plainFigures(text).slice(m.index! + m[0].length, m.index! + m[0].length + 30);
  const per = evidence.passages.some((p) => figure.test(plainFigures(p.chunk.text)))
    ? PERIODS.map(([, re]) => re.exec(after)?.[1]).find(Boolean)
    : undefined;
  // "not more than 500 TB": the bound asked said with it.
  const bounded = BOUND_WORDS.exec(plainFigures(text).slice(0, m.index!))?.[1];
  return [bounded, asWritten, per].filter(Boolean).join(" ");
}

/** Every figure asked given: the yes, unless its count is of another thing, or its money another's. */
function figuresGiven(
  part: QuestionPart,
  evidence: PartEvidence,
  asked: RegExpMatchArray[],
  lacks: (ps: RetrievedPassage[]) => RegExpMatchArray[],
  vocabulary?: ProfileVocabulary,
): PartEvidence {
  const other = otherThingCounted(part, evidence, vocabulary);
  return other ?? moneyOfOther(part, evidence, asked, lacks) ?? onlyGiving(evidence, asked, lacks);
}

/** "250 teachers?" of "250 engineering students": partly held, the count of another thing (see countedOtherThing). */
function otherThingCounted(
  part: QuestionPart,
  evidence: PartEvidence,
  vocabulary?: ProfileVocabulary,
): PartEvidence | null {
  // (As its other language writes it too: "20 agencies" are the French CV's « 20 agences ».)
  const texts = (p: RetrievedPassage) =>
    renderingsOf(vocabulary?.roles.get(roleKeyOf(p.chunk)), p.chunk).map((c) => c.text);
  const other = countedOtherThing(part.text, evidence.passages, texts);
  return other ? { verdict: "partial", passages: [other.passage], roles: [], uncovered: [other.asked] } : null;
}

/** Words that say of what kind the counted thing is, before its name: "data", "junior", "senior", "big". */
const COUNT_QUALIFIER = /^(data|junior|senior|big|tech|technical|business|engineering|software|internal|external)$/;
/** A count and the word after it: "250 teachers", « 160 pays ». */
const COUNT_NOUN = /(?<![\p{L}\p{N}.,])(\d+)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/gu;
/** A word's stems in both languages. */
const stemsOf = (w: string) => [stemWord(w, "en"), stemWord(w, "fr")];
/** Counts of time, which other answers weigh: "5 years", « 10 ans », "3 months". */
const TIME_NOUN = new RegExp(
  String.raw`^(years?|yrs?|ans?|annees?|months?|mois|days?|jours?|weeks?|semaines?|hours?|heures?|minutes?|` +
    String.raw`seconds?|secondes?|percent|pourcent)$`,
);

/**
 * "Does EPISEN have 250 teachers?", "did the platform serve 160 countries?": a count of a thing no unit names, which
 * the passage holding that number gives of another thing ("250 engineering students", "160 teams"); the count asked
 * and that passage, else null (a count of the same thing, "15 data scientists", is the yes it seems).
 */
export function countedOtherThing(
  question: string,
  passages: RetrievedPassage[],
  texts: (p: RetrievedPassage) => string[] = (p) => [p.chunk.text],
): { asked: string; passage: RetrievedPassage } | null {
  const stems = stemsOf;
  for (const [, n, noun, second] of plainFigures(foldText(question)).matchAll(COUNT_NOUN)) {
    // (A year as written, "in 2020 projects"; not "2,000 DAGs".)
    const year = /^(19|20)\d\d$/.test(n!) && new RegExp(String.raw`(?<![\d,.])${n}(?!\d)`).test(question);
    // (Nor a unit of two letters, « 400 Po », which the figures' own check weighs.)
    if (year || noun!.length < 3 || unitKind(noun!) || TIME_NOUN.test(noun!) || !isContentWord(noun!)) continue;
    // ("20 regional branches", "160 internal teams": the word after a describing one too; "15 data engineers",
    // "2 junior developers": of those, the second names the thing counted, not "data" said of any.)
    const head = second && COUNT_QUALIFIER.test(noun!) ? second : null;
    const asked = (head ? [head] : [noun!, second ?? ""].filter(Boolean)).flatMap(stems);
    const after = new RegExp(String.raw`(?<![\p{N}.,])${n}(?![\p{N}])((?:[\s-]+[\p{L}-]+){1,3})`, "u");
    const same = (text: string) => {
      const at = after.exec(plainFigures(foldText(text)));
      return at === null ? null : wordTokens(at[1]!).some((w) => stems(w).some((x) => asked.includes(x)));
    };
    for (const p of passages) {
      const held = texts(p).map(same);
      if (held.every((h) => h === null) || held.some((h) => h === true)) continue;
      // (As the asker wrote it: "2,000 DAGs".)
      const figure = n!.replace(/(?<=\d)(?=\d)/g, "[,\u202f\u00a0 ]?");
      const loose = new RegExp(String.raw`${figure}\s+[\p{L}-]+${head ? String.raw`\s+[\p{L}-]+` : ""}`, "u");
      return { asked: loose.exec(question)?.[0] ?? `${n} ${noun}`, passage: p };
    }
  }
  return null;
}

/**
 * "more than 1 PB?", "tables larger than 1 TB?": partly held — the size, not its figure — is asked of the figure as
 * much: judged as a yes is, on its figure (a yes when the passages give it, ">2 TB"; else what they give).
 */
function figureOnlyHeld(evidence: PartEvidence, asked: RegExpMatchArray[], text: string): PartEvidence {
  const figureOnly = evidence.verdict === "partial" && evidence.uncovered.every((w) => /^\d/.test(w));
  // (A bound only, "more than", "larger than": not "from 13 hours to 6 seconds", two figures to match.)
  const bounded = asked.some((m) => BOUND_WORDS.test(plainFigures(text).slice(0, m.index!)));
  return figureOnly && bounded ? { ...evidence, verdict: "yes", uncovered: [] } : evidence;
}

/** The evidence with the passage giving the figure first, when one of its role's matches does. */
function givenElsewhere(
  evidence: PartEvidence,
  matches: RetrievedPassage[],
  gives: (p: RetrievedPassage) => boolean,
): PartEvidence | null {
  const giving = matches.find(gives);
  return giving ? { ...evidence, passages: [giving, ...evidence.passages.filter((p) => p !== giving)] } : null;
}

/**
 * "he saved 7M€ a year at AAA-Data, right?": a sum the profile gives of something else ("ANTS licence, €7M a year");
 * the passages giving it hold none of the words said of it ("saved" is another passage's "Saving as views").
 */
function moneyOfOther(
  part: QuestionPart,
  evidence: PartEvidence,
  asked: RegExpMatchArray[],
  lacks: (passages: RetrievedPassage[]) => unknown[],
): PartEvidence | null {
  if (!asked.some((m) => unitKind((m[2] ?? m[3])!) === UNITS.money)) return null;
  // (Not the words of the sum itself: "7 million euros a year".)
  const sum = /^(millions?|milliards?|billions?|thousands?|milliers?|euros?|eur|dollars?|usd|year|years|annual\w*)$/;
  const said = part.words.flatMap((w, i) =>
    !w.employer && !w.light && !/\d/.test(w.word) && !sum.test(w.word) ? [i] : [],
  );
  // ("a 7M budget?": a word of it the profile lacks, which no passage holds.)
  const lacked = part.unknown.filter((u) => !sum.test(foldText(u.word)) && !/\d/.test(u.word)).map((u) => u.word);
  const giving = evidence.passages.filter((p) => lacks([p]).length === 0);
  if (said.length + lacked.length === 0 || giving.length === 0) return null;
  // (As written, not by a word of the same field: "costs" is no "licence, €7M a year".)
  const holds = (p: RetrievedPassage, i: number) =>
    p.matched[i] && part.words[i]!.stems.some((st) => foldText(p.chunk.text).includes(st));
  if (giving.some((p) => said.some((i) => holds(p, i)))) return null;
  const uncovered = [...said.map((i) => part.words[i]!.original), ...lacked];
  return { verdict: "partial", passages: giving, roles: [], uncovered };
}

/**
 * The passages of a "yes" that give the size of data asked, and their roles: "has he handled terabytes of data?",
 * "over 100 TB?" are answered by those giving such a size, not by the rest ("production data volumes").
 */
function onlyGiving(
  evidence: PartEvidence,
  asked: RegExpMatchArray[],
  lacks: (passages: RetrievedPassage[]) => unknown[],
): PartEvidence {
  if (!asked.some((m) => DATA_SIZES.includes(unitKind((m[2] ?? m[3])!) ?? ""))) return evidence;
  const giving = evidence.passages.filter((p) => lacks([p]).length === 0);
  const keys = new Set(giving.map((p) => p.key));
  return { ...evidence, passages: giving, roles: evidence.roles.filter((r) => keys.has(r.passage.key)) };
}

/** "at petabyte scale", « des pétaoctets »: a size of data asked with no figure, at least one of the unit. */
const BARE_SIZE = new RegExp(
  // (Not after a figure or a count, "10 TB", "ten terabytes", "a few terabytes", nor a ceiling, "less than a TB".)
  String.raw`(?<!\d\s*)(?<!\b(?:a few|few|some|several|ten|two|three|hundreds of|dozens of|less than a|under a|` +
    String.raw`below a|moins d'un|quelques|plusieurs|dizaines de|centaines de)\s+)(?<![\p{L}])` +
    String.raw`(petabytes?|p[ée]taoctets?|terabytes?|t[ée]raoctets?|(?:pb|tb)(?=[\s-]scale))(?![\p{L}])`,
  "giu",
);

function sizeAsked(text: string): string {
  return text.replace(BARE_SIZE, `${LEAST_ONE}$1`);
}

const LEAST_ONE = "at least 1 ";

/** A figure lacking as the question wrote it: "at petabyte scale" for the "at least 1 petabyte" read into it. */
export function writtenAs(lacking: string, question: string): string {
  // ("70 m€" of "70 million euros": millions, as the CV writes them.)
  if (!lacking.startsWith(LEAST_ONE)) return lacking.replace(/(\d\s?)m([€$])/u, "$1M$2");
  const unit = foldText(lacking.slice(LEAST_ONE.length)).replace(/s$/, "");
  // ("terabytes, maybe even petabytes?": the one lacking, not the first named.)
  const sizes = [...question.matchAll(new RegExp(String.raw`${BARE_SIZE.source}(?:[\s-]scale)?`, "giu"))];
  return sizes.find((m) => foldText(m[1]!).replace(/s$/, "") === unit)?.[0] ?? lacking;
}

/** "2000 tables" and the CV's "2,000 tables" are one figure. (Same length: a separator becomes a space.) */
function plainFigures(text: string): string {
  return moneyAfter(foldText(text)).replace(/(?<=\d)[,\u202f\u00a0 ](?=\d{3}(?!\d))/g, "");
}

/**
 * The first figure with its unit a question asks, as it writes it ("10 M€", "3 weeks"); null for none, or one
 * with a bound ("over 5 TB", which a larger figure holds).
 */
export function askedFigure(question: string, lacked?: string): string | null {
  const text = moneyAfter(foldText(question));
  // ("from 13 hours to 10 minutes?": the figure lacked, 10, not the first one asked.)
  const all = [...text.matchAll(ASKED_FIGURE)];
  const m = all.find((x) => lacked !== undefined && x[1] === lacked) ?? all[0];
  if (!m || boundOf(text.slice(0, m.index!), text.slice(m.index! + m[1]!.length))) return null;
  // As the asker wrote it, when folding kept every position ("10 M€", not "10 m€").
  const written = text.length === question.length ? question.slice(m.index!, m.index! + m[0].length) : m[0];
  // ("70 m€" of "70 million euros": millions, as the CV writes them.)
  return written.trim().replace(/(\d\s?)m([€$])/u, "$1M$2");
}

/** Words of money: what a licence brings, is worth, costs, earns. */
const MONEY_WORDS = new RegExp(
  String.raw`\b(licen[cs]e|worth|revenue|turnover|bring|brings|brought|earn\w*|cost\w*|budget|price|euros?|` +
    String.raw`sav(e|ed|es|ing|ings)|econom\w*|` +
    String.raw`rapport\w*|vaut|valait|chiffre d'affaires|ca|cout\w*|salaire|tjm)\b|€|\$`,
);

/** "€7M", "7M€", "$2k": the figure, then its unit (« 7 m€ »), as UNITS reads money. */
function moneyAfter(text: string): string {
  return (
    text
      .replace(
        /([€$])\s?(\d+(?:[.,]\d+)?)\s?([mk])?(?![\p{L}\p{N}])/giu,
        (_m, c: string, n: string, x = "") => `${n} ${x}${c}`,
      )
      .replace(/(\d)\s?([mk])([€$])/giu, "$1 $2$3")
      // "70M euros", "70 million euros", « 7 millions d'euros »: millions of a currency, as "70 m€".
      .replace(
        /(\d)\s?(m|k|millions?|mn|thousand|milliers?)\s+(?:d'|de |of )?(euros?|eur|dollars?|usd)(?![\p{L}])/giu,
        (_m, d: string, x: string, c: string) =>
          `${d} ${/^(k|th|mil+i?er)/i.test(x) ? "k" : "m"}${/^(e)/i.test(c) ? "€" : "$"}`,
      )
      // "worth 10M?", "7 million a year?", « 10 millions par an ? »: millions of nothing named are money, when money
      // is what the words around are about (not "2 millions ?" of tables).
      .replace(
        /(\d)\s?(m|millions?|mn)(?=\s*(?:a year|per year|annually|yearly|par an|\/an|\/year|[?!.,;]|$)|\s+budgets?)/giu,
        (all, d: string) => (MONEY_WORDS.test(foldText(text)) ? `${d} m€` : all),
      )
  );
}

/** The figures asked that none of the passages gives with its unit (and period, and within its bound). */
function lackedFigures(question: string, asked: RegExpMatchArray[], passages: RetrievedPassage[]): RegExpMatchArray[] {
  const text = plainFigures(question);
  return asked.filter((m) => {
    const [, n, short, long] = m;
    const kind = unitKind((short ?? long)!)!;
    // ("cut ingestion time by 90%?", "10x faster?": what "from 13 h to 6 minutes" comes to, at least that much.)
    const bounded = boundOf(text.slice(0, m.index!), text.slice(m.index! + n!.length));
    if ((kind === UNITS.percent || kind === UNITS.times) && bounded !== "ceiling" && TIME_ASKED.test(text))
      return !passages.some((p) => cutHolds(p.chunk.text, kind === UNITS.percent, Number(n!.replace(",", "."))));
    // "more than 50 teams", « au moins 50 To »: any figure past it holds it; "under 10 minutes", below it.
    // (A volume of data handled, with no bound, is a floor: "300 TB a day?" is handled by "400 TB daily".)
    const bound =
      boundOf(text.slice(0, m.index!), text.slice(m.index! + n!.length)) ??
      (DATA_SIZES.includes(kind) && volumeHandled(question) ? "floor" : null);
    const figure = bound ? String.raw`(\d+(?:[.,]\d+)?)` : `(${n!.replace(/[.,]/, "[.,]")})`;
    // ("more than 500 GB?" is held by "2 TB": a size of data past a bound, in whatever unit it is given.)
    const sized = bound !== null && DATA_SIZES.includes(kind);
    const said = new RegExp(
      String.raw`(?<![\p{N}.,])${figure}(?:\s*|-)(?:[\p{L}-]+\s+){0,2}?(${sized ? DATA_SIZES.join("|") : kind})` +
        String.raw`(?![\p{L}])`,
      "gu",
    );
    const scale = (unit: string) => (sized ? (SIZE_SCALE[unitKind(unit) ?? ""] ?? 1) / SIZE_SCALE[kind]! : 1);
    const within = (given: string, unit: string) => {
      const size = Number(given) * scale(unit);
      return bound === "floor"
        ? size >= Number(n!.replace(",", "."))
        : bound === "ceiling"
          ? size <= Number(n!.replace(",", "."))
          : true;
    };
    // "more than 160 teams" is not 160; "at least 160", "160+" are.
    const past = (given: string) =>
      !strictlyPast(text.slice(0, m.index!)) || Number(given) !== Number(n!.replace(",", "."));
    // "400 TB per month?" is not the CV's "400 TB daily": a figure's period, when both give one, must agree.
    const wanted = periodAfter(text, m.index! + m[0].length);
    return !passages.some((p) =>
      [...plainFigures(p.chunk.text).matchAll(said)].some((found) => {
        const given = periodAfter(plainFigures(p.chunk.text), found.index! + found[0].length);
        // (A bound is held by a figure of the same period only: "less than 100 TB a day" is not ">2 TB" tables.)
        // (A floor asked with no period is held by one given per day: "over 1 TB?" by "400 TB daily".)
        // ("tables larger than 5 TB?" is a size, not a flow: never the platform's "400 TB daily".)
        // (« des tables de plus de 10 To ? », "files over 100 TB?": a thing's size too.)
        const before = text.slice(0, m.index!);
        const after = text.slice(m.index! + m[0].length);
        // ("a single table of 400 TB?", "400 TB in one job?": one thing's size, not the 400 TB a day of all.)
        const size = SIZE_COMPARED.test(before) || THING_SIZED.test(before) || ONE_THING.test(`${before}#${after}`);
        const one = ONE_THING.test(`${before}#${after}`);
        const period = bound
          ? wanted === given || (bound === "floor" && !wanted && !size)
          : (!wanted || !given || wanted === given) && !(one && given && !wanted);
        const number = found[1]!.replace(",", ".");
        // ("more than 2 TB?" is held by the CV's ">2 TB": past the figure itself.)
        // (Only as a floor: "less than 2 TB?" is no ">2 TB".)
        const beyond = bound === "floor" && />\s*$/.test(plainFigures(p.chunk.text).slice(0, found.index!));
        return within(number, found[2] ?? "") && (past(number) || beyond || scale(found[2] ?? "") !== 1) && period;
      }),
    );
  });
}

/** A time or a speed asked: "ingestion time", "faster", « temps », « plus rapide » (not "technical debt by 40%"). */
const TIME_ASKED = /\b(time|times|temps|duree|duration|faster|quicker|speed\w*|sped|vitesse|rapide\w*|accelere\w*)\b/;

/** "from 13 h to 6 minutes", « de 13h à 6 minutes »: a time cut, its two ends. */
const TIME_CUT = new RegExp(
  String.raw`\b(?:from|de)\s+(\d+(?:[.,]\d+)?)\s*(h|hours?|heures?|min|minutes?|days?|jours?)\s+` +
    String.raw`(?:to|a)\s+(\d+(?:[.,]\d+)?)\s*(h|hours?|heures?|min|minutes?|s|seconds?|secondes?)(?![\p{L}])`,
  "u",
);
const IN_MINUTES: [RegExp, number][] = [
  [/^(h|hours?|heures?)$/, 60],
  [/^(min|minutes?)$/, 1],
  [/^(days?|jours?)$/, 1440],
  [/^(s|seconds?|secondes?)$/, 1 / 60],
];

/** "10x faster?" held by "from 13 h to 6 minutes": that passage quoted alone, not the others found beside it. */
function cutOnly(evidence: PartEvidence, asked: RegExpMatchArray[]): PartEvidence {
  const ratio = asked.some((m) => [UNITS.percent, UNITS.times].includes(unitKind((m[2] ?? m[3])!) ?? ""));
  if (!ratio) return evidence;
  const cuts = evidence.passages.filter((p) => TIME_CUT.test(foldText(p.chunk.text)));
  if (cuts.length === 0 || cuts.length === evidence.passages.length) return evidence;
  const keys = new Set(cuts.map((p) => p.key));
  return { ...evidence, passages: cuts, roles: evidence.roles.filter((r) => keys.has(r.passage.key)) };
}

/** Whether a passage's time cut comes to at least the share (percent) or the factor (times) asked. */
function cutHolds(passage: string, percent: boolean, asked: number): boolean {
  const cut = TIME_CUT.exec(foldText(passage));
  if (!cut) return false;
  const minutes = (n: string, unit: string) =>
    Number(n.replace(",", ".")) * (IN_MINUTES.find(([re]) => re.test(unit))?.[1] ?? Number.NaN);
  const [from, to] = [minutes(cut[1]!, cut[2]!), minutes(cut[3]!, cut[4]!)];
  if (!(from > to && to > 0)) return false;
  return percent ? (1 - to / from) * 100 >= asked : from / to >= asked;
}

const BOUND_WORDS = new RegExp(
  String.raw`(more than|over|at least|above|plus de|au moins|less than|fewer than|under|below|at most|moins de|` +
    String.raw`au plus|larger than|bigger than|greater than)\s*$`,
);
/** A thing's size asked against a figure: "tables bigger than 5 TB", « des fichiers de plus de 100 To ». */
const THING_SIZE_ASKED = new RegExp(
  String.raw`\b(tables?|files?|fichiers?|datasets?|partitions?)\b[^?]{0,25}\b(more than|over|above|larger|bigger|` +
    String.raw`greater|plus de|plus d'|plus gros\w*|plus grande?s?|superieure?s?)(?![\p{L}])`,
  "u",
);
/** Gigabytes in each unit of data size. */
const SIZE_SCALE: Record<string, number> = { [UNITS.gigabytes!]: 1, [UNITS.terabytes!]: 1e3, [UNITS.petabytes!]: 1e6 };
/** "tables of more than", « des fichiers de plus de », "datasets over": a thing's size, just before the figure. */
const THING_SIZED = new RegExp(
  String.raw`\b(tables?|files?|fichiers?|datasets?|jeux de donnees|databases?|bases?|partitions?|objects?|objets?)` +
    String.raw`\s+(?:of\s+|de\s+|d')?(?:more than|over|above|at least|plus de|plus d'|au moins|>=?)\s*$`,
);
/** One thing's size: "a single table of", « une table de », before the figure; "in a single job", after it. */
const ONE_THING = new RegExp(
  String.raw`\b(?:a|one|single|un|une|seule?|un seul|une seule) (?:single )?(?:table|file|job|dataset|fichier|` +
    String.raw`traitement)\s+(?:of|de|d')\s*#|#\s*(?:[\p{L}'-]+\s+){0,3}?(?:in|into|within|dans|en) ` +
    String.raw`(?:a|one|un|une) (?:single |seul |seule )?(?:table|file|job|dataset|fichier|traitement)\b`,
  "u",
);
/** "larger than", "bigger than", « plus gros que »: a thing's size compared, just before the figure. */
const SIZE_COMPARED = /(larger|bigger|greater|plus gros(?:ses?)?|plus grande?s?|superieure?s?) (than|que|a)\s*$/;

/** Whether a figure is a floor ("more than 50", « au moins 50 », "50+") or a ceiling ("under 10"), from around it. */
function boundOf(before: string, after: string): "floor" | "ceiling" | null {
  // (Not an arrow's ">": "13h -> 6 min" is where it went.)
  if (
    /(more than|over|at least|above|plus de|au moins|minimum|(?<![-=])>=?|≥)\s*$/.test(before) ||
    SIZE_COMPARED.test(before) ||
    // ("100 TB or more", « 100 To ou plus », "50+")
    /^\s*(\+|(\p{L}+\s+)?(or|ou|and|et) (more|above|plus|over|higher)\b)/u.test(after)
  )
    return "floor";
  if (
    /(less than|fewer than|under|below|at most|moins de|au plus|maximum|<=?|≤)\s*$/.test(before) ||
    /^\s*(\p{L}+\s+)?(or|ou) (less|fewer|moins|under|below)\b/u.test(after)
  )
    return "ceiling";
  return null;
}

/** "more than", « plus de », "under", « moins de »: a bound the figure itself doesn't meet. */
function strictlyPast(before: string): boolean {
  return /(more than|over|above|plus de|less than|fewer than|under|below|moins de|<|(?<![-=])>)\s*$/.test(before);
}

/** The unit family a written unit belongs to ("TB" of terabytes, « heures » of hours), as UNITS lists it. */
function unitKind(unit: string): string | undefined {
  return Object.values(UNITS).find((u) => new RegExp(`^(?:${u})$`, "u").test(unit));
}

/**
 * The figure a passage gives in the unit of one asked ("3000 tables" → "2,000 tables", "1000 TB" → "400 TB"),
 * as the passage writes it; null when the asked text is no figure with a unit, or the passage gives none.
 */
export function figureGiven(asked: string, passage: string, question = ""): string | null {
  const text = moneyAfter(passage);
  const m = [...moneyAfter(foldText(asked)).matchAll(ASKED_FIGURE)][0];
  if (!m) return null;
  const unit = m[2] ?? m[3];
  const unitOf = unitKind(unit!);
  // (People are counted over a roster's lines, which one figure doesn't give: "2 Data Scientists" of five.)
  if (!unitOf || unitOf === UNITS.people) return null;
  // ("1 PB?": the CV's size of data, in whatever unit it gives it.)
  const kind = DATA_SIZES.includes(unitOf) ? DATA_SIZES.join("|") : unitOf;
  // "from 13 h to 6 minutes": "…to 1 hour?" asks of where it ended, "from 12 hours…?" of where it began.
  const span = /\b(?:from|de)\s+(\d[\d,.]*\s*\p{L}*)\s+(?:to|à|a)\s+(\d[\d,.]*\s*\p{L}+)/iu.exec(text);
  if (span) {
    const figure = literal(m[1]!);
    // ("13h -> 6 min", « 13h → 6 min »: an arrow says "to" too.)
    const target = new RegExp(
      // (« à 6h »: the unit right after the number.)
      String.raw`(?:\b(?:to|down to|under|below|a|à|jusqu'a|jusqu'à|sous)\s+|(?:->|→|=>|>)\s*)${figure}(?![\d.,])`,
      "iu",
    );
    // ("…to less than 5 minutes?": the end given in the unit asked, "6 minutes", not where it began.)
    const endKind = unitKind(span[2]!.replace(/^[\d,.]+\s*/, "").toLowerCase());
    const startKind = unitKind(span[1]!.replace(/^[\d,.]+\s*/, "").toLowerCase());
    const inEndsUnit = endKind === unitOf && startKind !== unitOf;
    return target.test(foldText(question)) || target.test(question) || inEndsUnit ? span[2]! : span[1]!;
  }
  const given = new RegExp(
    String.raw`(?<![\p{N}.,])\d+(?:[,.\u202f\u00a0 ]\d{3})*(?:[.,]\d+)?(?:\s*|-)(?:[\p{L}-]+\s+){0,2}?(?:${kind})` +
      String.raw`(?![\p{L}])`,
    "iu",
  ).exec(text);
  if (!given) return null;
  // "400 TB per month?": the period the passage gives too ("400 TB daily"), when the asker gave one.
  const after = (from: string, at: number) => PERIODS.map(([, re]) => re.exec(foldText(from.slice(at)))).find(Boolean);
  if (!after(foldText(asked), m.index! + m[0].length)) return given[0];
  const period = after(text, given.index + given[0].length);
  return period ? `${given[0]}${text.slice(given.index + given[0].length).slice(0, period[0].length)}` : given[0];
}

function judged(
  part: QuestionPart,
  found: Retrieval,
  vocabulary: ProfileVocabulary,
  tuning: EvidenceTuning,
): PartEvidence {
  if (part.missing.length > 0 || part.words.every((w) => w.absent) || thingPointedAt(part)) return none();
  const unseen = (p: RetrievedPassage) => !part.exclude?.has(p.chunk.key);
  const retrieval = part.exclude
    ? { ...found, passages: found.passages.filter(unseen), matches: found.matches.filter(unseen) }
    : found;
  const j = judging(part, retrieval, vocabulary, tuning);
  const folded = foldText(part.text);
  const roster =
    TEAM_SIZE.test(folded) && (!NOT_ROSTER.test(folded) || ON_THE_TEAM.test(folded)) ? rosterEvidence(j) : null;
  if (roster) return roster;
  if (isSkillQuestion(part)) {
    const roles = skillRoles(part, j.matches, vocabulary);
    if (roles.length > 0) return { verdict: "yes", passages: roles.map((r) => r.passage), roles, uncovered: [] };
  }
  // What holds it all: passages first; failing that, one role across its passages.
  const whole = j.understood
    ? j.order.filter((p) => j.complete(p.matched, j.taught(p), p.chunk.kind === "stack") && j.notionHeld(p))
    : [];
  if (whole.length > 0) return wholeEvidence(j, whole);
  // A move the profile says only the other way round is not made up of two passages ("…from EMR", "Databricks…").
  const backwards = movedWithin(part, retrieval.matches) && !movedWithin(part, j.matches);
  const role = backwards ? null : bestRoleUnion(j);
  if (role) return countedYes(j, quoteFigures(part, j.order, pickCovering(role, j.weights)), whole);
  return countedFigure(j) ?? elsewhereEvidence(j, retrieval) ?? partialEvidence(j);
}

/** Doing a thing pointed at, not named: "did he use it…", "was that…", « il l'a utilisé… », « c'était… ». */
const THING_POINTED = new RegExp(
  String.raw`\b(use|used|using|do|did|done|doing|apply|applied|know|teach|taught|build|built|deploy|deployed|try|` +
    String.raw`tried|practi[cs]ed?)( (with|on))? (it|that|this|them|those|these)\b|` +
    String.raw`^(was|is|were) (it|that|this|they)\b|` +
    String.raw`\bl'? ?(a|avait) (utilise|fait|applique|deploye|pratique)\b|^c'? ?etait\b`,
);

/**
 * "did he use it at Decathlon?" with nothing asked before it: an employer, and a thing pointed at but never named;
 * his work there is no "yes" to it.
 */
function thingPointedAt(part: QuestionPart): boolean {
  return part.words.every((w) => w.employer || w.light) && THING_POINTED.test(foldText(part.text));
}

const KIND_OF_THING =
  /^(tools?|technolog\w*|technos?|things?|stuff|skills?|solutions?|methods?|techniques?|outils?|methodes?)$/;

/**
 * A part that is one two-word notion and nothing else: « sécurité réseau », "data quality", « qualité de
 * données » (the words side by side, no name among them).
 */
function isCompound(part: QuestionPart): boolean {
  // (The employer it is asked at aside: "access control at Decathlon" is "access control" still.)
  const words = part.words.filter((w) => !w.employer);
  if (words.length !== 2 || words.some((w) => w.key || w.tech)) return false;
  // "orchestration tools", « outils d'orchestration »: a kind of thing, then only the word for things.
  if (words.some((w) => w.everyday && KIND_OF_THING.test(w.word))) return false;
  if (words.some((w) => /^\p{Lu}/u.test(w.original))) return false;
  const tokens: string[] = foldText(part.text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const [a, b] = words.map((w) => tokens.indexOf(w.word));
  return a! >= 0 && b! >= 0 && Math.abs(a! - b!) <= 2;
}

/**
 * "Glue ETL jobs": two names side by side, one said of the other, and nothing else telling; one passage holds
 * both, or the part isn't held (the Glue metamodel and the ingestion platform are not Glue ETL).
 */
function namedPair(part: QuestionPart): boolean {
  const named = part.words.filter((w) => w.key && !w.employer && !w.absent);
  if (named.length !== 2 || part.words.some((w) => !w.key && !w.everyday && !w.light && !w.absent)) return false;
  const tokens: string[] = foldText(part.text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const [a, b] = named.map((w) => tokens.indexOf(w.word));
  return a! >= 0 && b! >= 0 && Math.abs(a! - b!) === 1;
}

/** The weights, key words and passages one part is judged with. */
function judging(part: QuestionPart, retrieval: Retrieval, vocabulary: ProfileVocabulary, tuning: EvidenceTuning) {
  const weights = wordWeights(part, retrieval.weights);
  const keys = keyWords(part, weights, true, retrieval.matches);
  const stackKeys = keyWords(part, weights, false, retrieval.matches);
  const teamSize = TEAM_SIZE.test(foldText(part.text));
  const taught = (p: RetrievedPassage) => usageOf(vocabulary.roles.get(roleKeyOf(p.chunk)), p.chunk) !== "used";
  const held = (matched: boolean[]) => matched.reduce((sum, m, i) => sum + (m ? weights[i]! : 0), 0);
  // Of two words, both count (but for the CV's commonest, weighing under 1: "data" of "data quality"):
  // « sécurité réseau » is not answered by the branch network (« réseau ») alone.
  // (Not asked at an employer: there, its passages may hold the two words apart — measured on the blind sets.)
  const few = isCompound(part) && !part.words.some((w) => w.employer);
  // ("data science projects at Decathlon?": at the employer asked, its "critical projects" are no data science.)
  const terms = part.roles.length > 0 ? part.words.map((w) => w.term === true) : [];
  const complete = (matched: boolean[], strict: boolean, stack = false) =>
    (stack ? stackKeys : keys).every((k, i) => !k || matched[i]) &&
    terms.every((t, i) => !t || matched[i]) &&
    (!few || weights.every((w, i) => w < 1 || matched[i])) &&
    held(matched) >= tuning.minWeight &&
    coverage(matched, weights) >= (strict ? tuning.minTaughtCoverage : tuning.minCoverage);
  // Rosters only for team-size questions; only the roles the part names, if it names any (and the owner's
  // answers on what only he can say: not an FAQ entry that sums up the CV, whose roles answer for themselves).
  const inScope = (p: RetrievedPassage) =>
    (p.chunk.kind !== "team" || teamSize) &&
    (part.roles.length === 0 ||
      part.roles.includes(roleKeyOf(p.chunk)) ||
      (p.chunk.kind === "faq" && ownerTopicOf(p.chunk.section ?? "") !== null));
  // "Did he teach Spark?" is answered by what he taught, not by where he used it.
  const asksTeaching = TEACHING_QUESTION.test(foldText(part.text));
  // …or by a passage of a role given to teaching or training ("with Databricks", at Pernod Ricard).
  const teachingRole = (p: RetrievedPassage) => {
    const kind = vocabulary.roles.get(roleKeyOf(p.chunk))?.kind;
    return taught(p) || kind === "teaching" || kind === "training";
  };
  // (Nor a passage moving the other way: "from Snowflake to on-premise?" is not "…on-premise to Snowflake".)
  const fits = (p: RetrievedPassage) =>
    inScope(p) && (!asksTeaching || p.chunk.kind === "faq" || teachingRole(p)) && !movedBackwards(part, p);
  const namesOnly = stackNamesOnly(part, keys);
  const byName = technologiesByName(part);
  const teaching = asksTeaching ? teachingHeld(part, teachingRole) : (p: RetrievedPassage) => p;
  const inNames = nameWordsAside(part, vocabulary);
  const contract = contractWordsAside(part);
  const literal = literalElsewhere(part, retrieval.matches, inScope, inOwnText(vocabulary));
  const rather = ratherThanAside(part, vocabulary);
  const otherKind = otherKindAside(
    part,
    (c) => renderingsOf(vocabulary.roles.get(roleKeyOf(c)), c),
    vocabulary.thesaurus,
    vocabulary.words,
  );
  const readAs = (p: RetrievedPassage) => otherKind(rather(contract(literal(inNames(teaching(byName(namesOnly(p))))))));
  const matches = retrieval.matches.filter(fits).map(readAs);
  const ranked = retrieval.passages.filter(fits).map(readAs);
  const order = [...ranked, ...matches.filter((p) => !ranked.includes(p))];
  const understood = understoodShare(part) >= tuning.minUnderstood;
  const notionHeld = (p: RetrievedPassage) => !few || notionUnderHeading(part, p, weights, vocabulary);
  return {
    ...{ part, vocabulary, tuning, weights, keys, matches, order, understood, taught, complete },
    notionHeld,
  } satisfies Judging;
}

/**
 * An everyday word ("services", "industry") says less about what is asked than a rarer one; the very most
 * frequent ones ("take", "get") weigh nothing, unless the part has nothing else.
 */
function wordWeights(part: QuestionPart, rarity: number[]): number[] {
  const allLight = part.words.every((w) => w.light || w.absent);
  return rarity.map((w, i) => {
    const word = part.words[i];
    if (word?.light && !allLight) return 0;
    return word?.everyday ? w * EVERYDAY_WEIGHT : word?.absent ? w * ABSENT_WEIGHT : w;
  });
}

/**
 * Key words must be found, and so must the rarest word, what the part is really about (an everyday
 * word such as "built" is that only when the part has nothing else).
 */
function keyWords(part: QuestionPart, weights: number[], prose = true, matches: RetrievedPassage[] = []): boolean[] {
  const candidates = part.words.map((w, i) => !w.absent && weights[i]! > 0);
  const focusable = part.words.some((w, i) => candidates[i] && !w.everyday)
    ? part.words.map((w, i) => candidates[i]! && !w.everyday)
    : candidates;
  // "How many data scientists did he support at MAIF?": what is counted is what the part is about.
  const counted = countedWord(part);
  if (counted) return part.words.map((w) => w.key || w === counted);
  // "Port a pandas/sklearn code base to something distributed?": two names a sentence holds pin it down; the
  // rarest other word need not be there too ("distributed"), most of the weight still must. Not in a stack
  // line, which holds every name of a role: "Spark streaming jobs in Scala?" needs "streaming".
  const names = part.words.filter((w) => w.key && !w.absent && !w.employer).length;
  if (prose && names >= 2) return part.words.map((w) => w.key);
  const focus = Math.max(...weights.filter((_, i) => focusable[i]));
  // « selon quelle méthode… ? », "which cloud?": what is asked for is the thing the question word asks.
  const asked = askedNoun(part);
  // "from on-prem to cloud", « de Hadoop vers Databricks »: both ends of a move are what it is about.
  // (Only when a passage holds both: else each end alone is what the profile has to say of it.)
  const sides = movedBetween(part).flatMap((side) => {
    const at = part.words.flatMap((w, i) => (side.includes(w.word) && candidates[i] ? [i] : []));
    const telling = (i: number) => Number(!part.words[i]!.everyday);
    return at.sort((a, b) => telling(b) - telling(a) || weights[b]! - weights[a]!).slice(0, 1);
  });
  const ends = matches.some((p) => sides.every((i) => p.matched[i])) ? sides : [];
  const keys = part.words.map(
    (w, i) => w.key || (focusable[i]! && weights[i] === focus) || (w === asked && candidates[i]!) || ends.includes(i),
  );
  return withHeadNouns(part, withImproved(part, keys), candidates);
}

/** Verbs of making a thing better, which say nothing of what: "improve", "enhance", « améliorer », "optimise". */
const BETTER_VERB = /^(improv\w*|enhanc\w*|boost\w*|amelior\w*|optimi[sz]\w*)$/;

/**
 * "Did he improve customer satisfaction?": what was made better is what is asked — a word the profile lacks after
 * the verb ("satisfaction") is wanted as much as the verb, so that no line improving something else says "yes".
 */
function withImproved(part: QuestionPart, keys: boolean[]): boolean[] {
  const verb = part.words.findIndex((w, i) => keys[i] && !w.key && BETTER_VERB.test(w.word));
  if (verb < 0) return keys;
  // (Not "efficiency", « efficacité »: what any optimisation betters, said by the verb already.)
  const better = (w: string) => /^(efficien\w*|effectiveness|efficacite)$/.test(w);
  return keys.map(
    (k, i) =>
      k || (i > verb && part.words[i]!.absent === true && !part.words[i]!.everyday && !better(part.words[i]!.word)),
  );
}

/** What makes the word after it a verb: "he supported", "has built", « est resté ». */
const VERB_BEFORE = String.raw`(?:he|she|it|they|we|has|have|had|was|were|been|is|are|be|il|elle|est|etait|a|ont)`;
/** A word that describes the noun beside it: "automated", « automatisés », "distributed", "predictive". */
const MODIFIER = /(?:ed|é|ée|és|ées|ive|ives|ique|iques)$/;

/**
 * "automated tests", « tests automatisés »: a telling word describing the noun beside it, the noun is what is asked
 * too, everyday as it may be ("Automation of the processing" holds no tests).
 */
function withHeadNouns(part: QuestionPart, keys: boolean[], candidates: boolean[]): boolean[] {
  const text = foldText(part.text);
  const beside = (a: string, b: string) => new RegExp(String.raw`\b${literal(a)} ${literal(b)}\b`).test(text);
  const out = [...keys];
  part.words.forEach((w, i) => {
    const modifier = MODIFIER.test(w.word) || MODIFIER.test(w.original.toLowerCase());
    if (!(keys[i] || (candidates[i] && !w.everyday)) || w.key || !modifier) return;
    // (Not a verb: "has he supported internal users…?", « est-ce resté théorique ? ».)
    if (new RegExp(String.raw`\b${VERB_BEFORE} ${literal(foldText(w.original))}\b`).test(text)) return;
    // (An English modifier stands before its noun, "automated tests"; after it, "was the team organised", it is a
    // verb. A French one, after: « tests automatisés ».)
    const english = /(?:ed|ive|ives)$/.test(w.original.toLowerCase());
    for (const j of english ? [i + 1] : [i - 1, i + 1]) {
      const noun = part.words[j];
      if (!noun || !candidates[j] || !noun.everyday || noun.light || noun.key) continue;
      if (MODIFIER.test(noun.original.toLowerCase())) continue;
      const [a, b] = j < i ? [noun, w] : [w, noun];
      if (beside(foldText(a.original), foldText(b.original))) out[j] = true;
    }
  });
  return out;
}

/**
 * "which cloud…?", « selon quelle méthode… ? », "what kind of database…?": the noun the question word opening the
 * part asks for (not "predicts which customers…", inside the question).
 */
const ASKED_NOUN = new RegExp(
  String.raw`^(?:(?:selon|avec|dans|sur|pour|par|en|de|in|on|with|for|by|at|using)\s+)?` +
    String.raw`(?:which|what|quel|quelle|quels|quelles)\s+` +
    String.raw`(?:(?:kinds?|types?|sorts?) of\s+|(?:genre|type|sorte)s? d[e']\s*)?` +
    String.raw`([\p{L}]+)`,
  "u",
);

/** "from on-prem to the cloud", « d'une archi on-premise vers Snowflake »: a move and its two ends. */
const MOVE = new RegExp(
  String.raw`\b(?:from|de|d')\s*((?:[\p{L}\p{N}'-]+\s+){0,2}?[\p{L}\p{N}-]+)\s+` +
    String.raw`(?:to|into|onto|vers)\s+((?:[\p{L}\p{N}'-]+\s*){1,3})`,
  "u",
);

/** The words of each end of a move the part asks about (the telling one of each is what it is about). */
/**
 * "from Snowflake to on-premise?" against "…from an on-premise architecture to Snowflake": both ends written in
 * the passage, joined the other way round. The words between them tell the way: "to", « vers », "in favour of"
 * go from the first to the second; "rather than", « au lieu de », from the second to the first; else none.
 */
function movedBackwards(part: QuestionPart, p: RetrievedPassage): boolean {
  const sides = movedBetween(part);
  if (sides.length !== 2) return false;
  const text = foldText(p.chunk.text);
  const at = (side: string[]) => {
    const found = part.words
      .filter((w) => side.includes(w.word) && w.word.length > 2)
      .map((w) => text.search(new RegExp(String.raw`(?<![\p{L}])${w.word.replace(/s$/, "")}`, "u")))
      .filter((k) => k >= 0);
    return found.length > 0 ? Math.min(...found) : -1;
  };
  const [from, to] = sides.map(at) as [number, number];
  if (from < 0 || to < 0) return false;
  const between = text.slice(Math.min(from, to), Math.max(from, to));
  const forward = FORWARD.test(between) ? true : BACKWARD.test(between) ? false : null;
  // The passage's own way, from its first end to its second (or back), against the question's.
  return forward !== null && from < to !== forward;
}

/** Words between two things that move from the first to the second, or from the second to the first. */
const FORWARD = /\b(to|into|onto|towards|vers|in favour of|in favor of|au profit de|en faveur de)\b/;
const BACKWARD = /\b(rather than|instead of|plutot que|plutot qu|au lieu de|au lieu d)\b/;

/** Whether one passage holds both ends of the move the part asks about, in its own words. */
function movedWithin(part: QuestionPart, matches: RetrievedPassage[]): boolean {
  const sides = movedBetween(part).map((side) => part.words.flatMap((w, i) => (side.includes(w.word) ? [i] : [])));
  return sides.length === 2 && matches.some((p) => sides.every((side) => side.some((i) => p.exact[i])));
}

function movedBetween(part: QuestionPart): string[][] {
  const m = MOVE.exec(foldText(part.text));
  // "from 13 hours to 6 minutes" is a figure that changed, not a move between two things.
  if (!m || [m[1]!, m[2]!].some((end) => wordTokens(end).some((w) => numberOf(w) !== undefined))) return [];
  return [wordTokens(m[1]!), wordTokens(m[2]!)];
}

const ANY_THING = /^(tools?|technolog\w*|technos?|things?|stuff|skills?|solutions?|outils?)$/;

function askedNoun(part: QuestionPart): QuestionPart["words"][number] | undefined {
  const word = ASKED_NOUN.exec(foldText(part.text))?.[1];
  // (Not a word for any thing, "which tools?", nor an everyday one: "which projects?" asks for any.)
  return word
    ? part.words.find((w) => w.word === word && !w.light && !w.everyday && !ANY_THING.test(w.word))
    : undefined;
}

/**
 * "How big was his team at MAIF?": the team lines of the roles in question are the answer. The roster's
 * own label ("Team:", "Équipe :") must be the word asked about, not "teams" of users; "how many people
 * did he work with?" asks for the roster whatever its label.
 */
function rosterEvidence(j: Judging): PartEvidence | null {
  // "How big were his teams?", « des équipes de quelle taille ? »: the label in the plural too, when a size is
  // asked ("how many teams use the platform?" counts teams, which no roster gives).
  // ("what kinds of teams has he worked in?": all of them, too.)
  const kinds = /\b(kinds?|sorts?|types?) of teams|sortes? d'equipes/;
  const sized = /\b(big|bigger|large|small|size|sized|taille|grandes?|petites?)\b/.test(foldText(j.part.text));
  const sizedOrKinds = sized || kinds.test(foldText(j.part.text));
  const labelled = (word: string, label: string | undefined) =>
    word === label || (sizedOrKinds && word.replace(/s$/, "") === label);
  const label = (p: RetrievedPassage) => foldText(p.chunk.text).match(/^[\p{L}]+/u)?.[0];
  // ("How many people was he leading there?": those he led, which no roster says.)
  const people = WORKED_WITH.test(foldText(j.part.text)) && !HE_LED.test(foldText(j.part.text));
  // ("Team lead experience?", « a-t-il piloté une équipe ? »: his leading, which no roster says; "team" there is no
  // roster's label asked.)
  const leading = !people && !sized && LEADING_ASKED.test(foldText(j.part.text));
  // ("does his team work in scrum?": how it works, which a roster holding no "scrum" doesn't say; not the people
  // worked with, a size, a kind, or a role's team by its tools, "the team size when he used Jenkins?".)
  const how = !people && !sizedOrKinds && !COMPOSED.test(foldText(j.part.text));
  const telling = j.part.words.map(
    (w) => how && !w.everyday && !w.light && !w.absent && !w.employer && !w.key && !IN_A_TEAM.test(w.word),
  );
  const rosters = j.matches.filter(
    (p) =>
      p.chunk.kind === "team" &&
      !leading &&
      (people || j.part.words.some((w) => labelled(w.word, label(p)))) &&
      telling.every((t, i) => !t || p.matched[i]),
  );
  // "was there a tech lead at MAIF?": the roster of the role named answers, whether it lists one or not.
  if (people)
    for (const key of j.part.roles) {
      if (rosters.some((p) => roleKeyOf(p.chunk) === key)) continue;
      const chunk = j.vocabulary.roles.get(key)?.chunks.find((c) => c.kind === "team");
      if (chunk) rosters.push(unmatched(chunk, j.part));
    }
  // Every role's roster when no role is named, most recent first: "how big was his team?" has one per role (those
  // the search missed too, in the language of those it found).
  // (Not people counted: "for how many data scientists?" is MAIF's roster, and the 15 he served.)
  const lang = rosters[0]?.chunk.lang;
  if (j.part.roles.length === 0 && lang && !people)
    for (const role of j.vocabulary.roles.values()) {
      const chunk = role.chunks.find((c) => c.kind === "team" && c.lang === lang);
      if (chunk && !rosters.some((p) => p.chunk === chunk)) rosters.push(unmatched(chunk, j.part));
    }
  const start = (p: RetrievedPassage) => startOf(j.vocabulary.roles.get(roleKeyOf(p.chunk)));
  const ordered = [...rosters].sort((a, b) => compareStarts(start(b), start(a)));
  return ordered.length > 0 ? yes(ordered.slice(0, MAX_ROLES)) : null;
}

/** "how was the team composed?", « sa composition ? », "who was in it": the roster's people, asked. */
const COMPOSED = new RegExp(
  String.raw`\b(compos\w*|constitu\w*|made up|consist\w*|members?|membres?|structure[ds]?|who|qui)\b|` +
    String.raw`\b(how many|combien (de |d' ?))\s*(people|persons|members|personnes|gens|membres|folks|` +
    String.raw`([\w-]+ )?(engineers?|developers?|devs?|ingenieurs?|developpeurs?|scientists?|analysts?))\b`,
);
/** Being in a team, said with a verb: « il évolue dans quelle équipe ? », "which team does he sit in?". */
const IN_A_TEAM = /^(evolu\w*|work\w*|bosse\w*|travaill\w*|sit\w*|belong\w*|integr\w*|rattach\w*)$/;

/** A passage the search didn't bring, holding none of the part's words: a roster added for what it lists. */
function unmatched(chunk: Chunk, part: QuestionPart): RetrievedPassage {
  const none = part.words.map(() => false);
  return { key: chunk.id, chunk, fused: 0, vector: 0, keyword: 0, coverage: 0, matched: none, exact: none };
}

/** The role whose passages together hold the part best, if one holds every telling word of it. */
function bestRoleUnion(j: Judging): RetrievedPassage[] | null {
  // A two-word notion is held in one passage, not in two that hold a word each.
  if (!j.understood || isCompound(j.part) || namedPair(j.part)) return null;
  const byRole = new Map<string, RetrievedPassage[]>();
  for (const p of j.order)
    if (p.chunk.period) byRole.set(roleKeyOf(p.chunk), [...(byRole.get(roleKeyOf(p.chunk)) ?? []), p]);
  let best: { passages: RetrievedPassage[]; coverage: number } | null = null;
  for (const passages of byRole.values()) {
    // Topics of one course are not one experience: a teaching role answers from one passage only.
    if (passages.every(j.taught)) continue;
    const union = j.keys.map((_, i) => passages.some((p) => p.matched[i]));
    // Passages put together: the rarest word too, as in a stack line.
    if (!j.complete(union, passages.every(j.taught), true)) continue;
    // Words spread over a role's passages answer only when every telling word of the part is among them.
    if (j.part.words.some((w, i) => !w.everyday && !w.absent && !union[i])) continue;
    // …and one of them holds a good share of it on its own: words met once each in unrelated bullets
    // ("releases", "automation", "deployment" at MAIF) are not one experience.
    // A stack line names tools, not what was done with them: it never holds that share on its own behalf.
    const anchors = passages.filter((p) => p.chunk.kind !== "stack");
    if (Math.max(0, ...anchors.map((p) => coverage(p.matched, j.weights))) < UNION_ANCHOR) continue;
    const c = coverage(union, j.weights);
    if (!best || c > best.coverage) best = { passages, coverage: c };
  }
  return best?.passages ?? null;
}

/**
 * The passages that hold it all, then their roles' passages that hold much of it: those holding more of
 * the question first; among equals, the FAQ's own answer, then the passage saying it in its own words.
 */
function wholeEvidence(j: Judging, whole: RetrievedPassage[]): PartEvidence {
  const { part, weights, keys } = j;
  const bestPassage = Math.max(0, ...whole.map((p) => coverage(p.matched, weights)));
  const roles = new Set(whole.map((p) => roleKeyOf(p.chunk)));
  const support = j.order.filter(
    (p) =>
      !whole.includes(p) &&
      roles.has(roleKeyOf(p.chunk)) &&
      coverage(p.matched, weights) >= bestPassage * RELATIVE_COVERAGE,
  );
  // An FAQ entry whose own question names what is asked is the owner's answer to it: it goes first.
  const faqAbout = (p: RetrievedPassage) =>
    p.chunk.kind === "faq" &&
    part.words.every(
      (w, i) => !keys[i] || passageTerms(p.chunk.section, p.chunk.lang).some((t) => w.stems.includes(t)),
    );
  const held = (p: RetrievedPassage) => Math.round(coverage(p.matched, weights) * 100);
  const context = contextAside(part, keys, whole);
  // Said in its own words, not only through the section's heading or synonyms, the rarer words counting
  // more ("400 TB" for "terabyte-scale data" before "data").
  const own = new Map<RetrievedPassage, number>();
  const ownWords = (p: RetrievedPassage) =>
    own.get(p) ?? own.set(p, ownWordWeight(part, p, weights, j.vocabulary)).get(p)!;
  // "What volumes?", "biggest…?": the passages giving a figure first.
  const quantity = QUANTITY.test(foldText(part.text));
  // A quantity with its unit ("400 TB", "2,000 tables"), not a date or a role's duration.
  const figure = (p: RetrievedPassage) =>
    Number(quantity && p.chunk.kind !== "role" && givesMeasure(p.chunk.text.replace(YEARS, "")));
  // A phrase asked that a passage writes as asked ("machine learning", read as the synonyms' "ml"): that one first.
  const phrases = part.words.filter((w) => /\s/.test(w.original)).map((w) => foldText(w.original));
  const writes = new Map(
    whole.map((p) => [p, Number(phrases.length > 0 && phrases.some((x) => foldText(p.chunk.text).includes(x)))]),
  );
  const literal = (p: RetrievedPassage) => writes.get(p) ?? 0;
  const top = whole
    .filter((p) => coverage(p.matched, weights) >= bestPassage * RELATIVE_COVERAGE)
    .sort(
      (a, b) =>
        figure(b) - figure(a) ||
        literal(b) - literal(a) ||
        held(b) - held(a) ||
        Number(faqAbout(b)) - Number(faqAbout(a)) ||
        context(a) - context(b) ||
        ownWords(b) - ownWords(a),
    );
  // "what's the Reject Table?": a name asked in capitals, which passages write as asked: those passages only.
  // (Not an employer's name: "the Pernod Ricard bars" ask of the bars.)
  const run = NAMED_RUN.exec(part.text)?.[0];
  const employer = (t: string) => part.words.some((w) => w.employer && w.word === t);
  const name = run && !wordTokens(run).some(employer) ? run : undefined;
  const naming = name ? (p: RetrievedPassage) => p.chunk.text.includes(name) : null;
  // (Written as a name there: in quotes, "Reject Table", or in three words, "Data Factory Ingest"; not "Big Data".)
  const named = name && (name.split(/\s+/).length >= 3 || whole.some((p) => p.chunk.text.includes(`"${name}"`)));
  const kept = named && naming && top.some(naming) ? [top, support].map((xs) => xs.filter(naming)) : [top, support];
  return countedYes(j, quoteFigures(part, j.order, kept.flat()), whole);
}

/** Two or more capitalised words in a row, not opening the text: a name ("Reject Table", "Data Factory Ingest"). */
const NAMED_RUN = /(?<=\S\s+)\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+)+/u;

/**
 * A role's context ("Goal: … to secure the market position") after the lines of a section whose heading names what
 * is asked ("Security and governance"): his work on it, not the employer's aim; 1 for a context set aside so.
 */
function contextAside(part: QuestionPart, keys: boolean[], whole: RetrievedPassage[]): (p: RetrievedPassage) => number {
  const sectionAbout = (p: RetrievedPassage) => {
    const heading = passageTerms(p.chunk.section.split(" › ").slice(1).join(" "), p.chunk.lang);
    return (
      p.chunk.kind === "bullet" &&
      part.words.some((w, i) => keys[i] && !w.employer && w.stems.some((t) => heading.includes(t)))
    );
  };
  // (A context writing the word itself, "Migration of the on-premise system…", is his work told: it stays.)
  const asWritten = (p: RetrievedPassage) => {
    const tokens = new Set(wordTokens(foldText(p.chunk.text)));
    const forms = (w: string) => [w, `${w}s`, w.replace(/s$/, "")];
    return part.words.every((w, i) => !keys[i] || w.employer || forms(w.word).some((f) => tokens.has(f)));
  };
  // (Weighed once per passage: the sort asks again and again.)
  const sectioned = whole.some((p) => p.chunk.kind === "context") && whole.some(sectionAbout);
  const aside = new Map(whole.map((p) => [p, Number(sectioned && p.chunk.kind === "context" && !asWritten(p))]));
  return (p) => aside.get(p) ?? 0;
}

/** The thing a question counts ("how many projects…?" → "projects"), not a unit ("combien d'heures…?"); or null. */
export function countedThing(text: string): string | null {
  const m = new RegExp(`${COUNTED.source} ?([\\p{L}]+)?`, "u").exec(foldText(text));
  // ("how many ML models…?": the models, the noun the words before it qualify.)
  // (Not a verb after it: "how many branches ended up using it".)
  // (Nor a French verb turned round: « combien d'étudiants forme-t-il ? ».)
  const turned = m ? /^-(t-)?(il|elle|on)\b/.test(foldText(text).slice(m.index + m[0].length)) : false;
  // (Nor a French verb in the past: « combien d'équipes utilisaient la plateforme ? ».)
  const verb = /(ed|ing)$/.test(m?.[2] ?? "") || /(aient|ait)$/.test(m?.[2] ?? "");
  // (Not the "d" of « combien de modes d'ingestion ».)
  const noun = m?.[2] && m[2].length > 1 && !NOT_COUNTED.test(m[2]) && !verb && !turned ? m[2] : m?.[1];
  return noun && !UNIT_FIGURES[noun] && !countsTime(noun) ? noun : null;
}

/** Whether `word` is the thing a question counts: "projects" of "how many projects at MAIF?". */
export function isCounted(word: string, question: string): boolean {
  return foldText(word) === countedThing(question);
}

/** "How many students…?" answered without a number of students is no answer: say what is there, and what isn't. */
function countedYes(j: Judging, passages: RetrievedPassage[], whole: RetrievedPassage[]): PartEvidence {
  // (What the profile shows of it is a line of the CV: an FAQ entry sums the CV up, it counts nothing.)
  const lines = passages.filter((p) => p.chunk.kind !== "faq");
  const shown = (lines.length > 0 ? lines : passages).slice(0, 1);
  const partial = (word: string): PartEvidence => ({
    verdict: shown.length > 0 ? "partial" : "no",
    passages: shown,
    roles: [],
    uncovered: [word],
  });
  // "How many euros…?" where the profile never counts euros: whatever is quoted, it isn't that number.
  const noun = COUNTED.exec(foldText(j.part.text))?.[1];
  if (noun && UNIT_FIGURES[noun]) {
    const unit = UNIT_FIGURES[noun]!;
    const figures = [...new Set([...passages, ...whole])].filter((p) => unit.test(p.chunk.text));
    if (figures.length > 0) return yes([...new Set([...figures, ...passages])].slice(0, MAX_PASSAGES));
  }
  if (noun && noun.length > 2 && !j.part.words.some((w) => w.word === noun && !w.absent)) return partial(noun);
  const counted = countedWord(j.part);
  if (counted && !passages.some((p) => givesFigureFor(p, counted.stems))) return partial(counted.original);
  return yes(passages);
}

/**
 * « Combien de data scientists il a accompagnés à la MAIF ? »: the passage counting what is asked ("15 data
 * scientists"), holding every name of the question, answers it whatever verb the question uses.
 */
function countedFigure(j: Judging): PartEvidence | null {
  const counted = countedWord(j.part);
  if (!counted || !j.understood) return null;
  const names = (p: RetrievedPassage) => j.part.words.every((w, i) => !w.key || p.matched[i]);
  const stems = counted.stems;
  const figures = j.order.filter((p) => p.chunk.kind !== "team" && givesFigureFor(p, stems) && names(p));
  return figures.length > 0 ? yes(figures.slice(0, MAX_PASSAGES)) : null;
}

/** Not in the roles named, but elsewhere: "Kafka at AAA-Data?" → at EPISEN, not at AAA-Data. */
function elsewhereEvidence(j: Judging, retrieval: Retrieval): PartEvidence | null {
  const { part, keys, weights } = j;
  const subject = part.words.filter((w) => !w.employer);
  // Its names held or, with no name among its words, any of them: "unit tests at MAIF?" is not held by MAIF's
  // lines, which hold neither word ("was his team at MAIF bigger?" is, by MAIF's team line).
  // ("services?" after AWS: one word alone, of what was asked before; "security at MAIF?" asks of security.)
  const employerWords = new Set(part.words.filter((w) => w.employer).map((w) => w.word));
  const asked = wordTokens(foldText(part.text)).filter((t) => !employerWords.has(t) && !/^(at|chez|a|in)$/.test(t));
  // ("data science projects at Decathlon?": the CV's term of two words is named, as a name is.)
  const namedHere = (w: QuestionWord, i: number) => keys[i] || w.term === true;
  const hasName = part.words.some((w, i) => !w.employer && namedHere(w, i)) || (subject.length < 2 && asked.length < 3);
  // (Two words said as one, "access control": both, in one passage.)
  const compound = isCompound(part);
  const heldInRoles = j.matches.some((p) =>
    hasName
      ? part.words.every((w, i) => w.employer || w.absent || !namedHere(w, i) || p.matched[i])
      : compound
        ? part.words.every((w, i) => w.employer || w.absent || p.matched[i])
        : part.words.some((w, i) => !w.employer && !w.absent && p.matched[i]),
  );
  // ("Airflow DAGs at AAA-Data?": AAA-Data's stack names Airflow; what it holds there is said, not "not at AAA-Data".)
  // (One tool only: "Snowflake with Airflow at Decathlon?" is both at AAA-Data, whatever Decathlon holds of one.)
  const tools = part.words.filter((w) => !w.employer && w.tech);
  const nameHeld =
    tools.length === 1 && j.matches.some((p) => part.words.some((w, i) => w === tools[0] && keys[i] && p.matched[i]));
  if (part.roles.length === 0 || heldInRoles || nameHeld || subject.length === 0) return null;
  const indexes = part.words.map((w, i) => (w.employer ? -1 : i)).filter((i) => i >= 0);
  const narrowed: Retrieval = {
    ...retrieval,
    weights: indexes.map((i) => weights[i]!),
    passages: retrieval.passages.map((p) => project(p, indexes)),
    matches: retrieval.matches.map((p) => project(p, indexes)),
  };
  const elsewhere = judgeEvidence({ ...part, words: subject, roles: [] }, narrowed, j.vocabulary, j.tuning);
  // "Kafka in production at AAA-Data?": Kafka is at EPISEN, if not in production; what the profile has of
  // it elsewhere is said, never that it lacks Kafka.
  const namesAll = (p: RetrievedPassage) => subject.every((w, i) => !w.key || p.matched[i]);
  if (elsewhere.verdict === "no" || (elsewhere.verdict === "partial" && !elsewhere.passages.every(namesAll)))
    return null;
  // The roles asked don't hold it all (else this part would have its "yes"): what the others hold.
  // (An FAQ entry is no other role: "how many people did he train at Pernod Ricard?" is not "not at Pernod".)
  const outside = elsewhere.passages.filter((p) => p.chunk.kind !== "faq" && !part.roles.includes(roleKeyOf(p.chunk)));
  if (outside.length === 0) return null;
  const passages = outside.map((p) => retrieval.matches.find((m) => m.key === p.key) ?? p);
  const named = part.roles.map((key) => j.vocabulary.roles.get(key)?.employer ?? key);
  // "Airflow at MAIF?": every role that holds it, one passage each ("at Decathlon and AAA-Data, not at MAIF").
  const perRole = passages.filter((p, i) => passages.findIndex((q) => roleKeyOf(q.chunk) === roleKeyOf(p.chunk)) === i);
  return { verdict: "partial", passages: perRole.slice(0, MAX_ROLES), roles: [], uncovered: named };
}

/** Some of it: what the profile shows (its key words first), and which words it doesn't show with it. */
function partialEvidence(j: Judging): PartEvidence {
  const { part, keys, weights } = j;
  const keysHeld = (p: RetrievedPassage) => keys.filter((k, i) => k && p.matched[i]).length;
  // Names first ("API" in "calling an external API"), then the most of the part; of the CV's own lines (an FAQ
  // entry sums them up, it shows nothing of its own).
  const namesHeld = (p: RetrievedPassage) => part.words.filter((w, i) => w.key && p.matched[i]).length;
  const partial = j.matches
    .filter((p) => p.chunk.kind !== "faq")
    .sort(
      (a, b) =>
        namesHeld(b) - namesHeld(a) ||
        coverage(b.matched, weights) - coverage(a.matched, weights) ||
        // In its own words, not only its twin's ("formats" is no « formation »).
        ownWordWeight(part, b, weights, j.vocabulary) - ownWordWeight(part, a, weights, j.vocabulary) ||
        keysHeld(b) - keysHeld(a) ||
        b.keyword - a.keyword,
    )[0];
  if (!partial) return none();
  // When the profile knows too little of the part, the telling words it lacks are what is missing.
  const lacking = j.understood ? [] : part.unknown.filter((w) => !w.everyday).map((w) => w.word);
  // What it lacks, said by its telling words: not "shows" or "build" beside "wrong structure".
  // (Nor a word weighing nothing: "builds" of "the platform he builds".)
  const missed = part.words.filter((_, i) => !partial.matched[i] && weights[i]! > 0);
  const said = missed.some((w) => !w.everyday) ? missed.filter((w) => !w.everyday) : missed;
  const uncovered = [...new Set([...said.map((w) => w.original), ...lacking])];
  // "Data modelling?": a passage holding only the CV's commonest words ("data") shows nothing of it.
  const telling = part.words.some((w, i) => partial.matched[i] && !w.employer && weights[i]! >= 1);
  const unknown = [...part.words.filter((w) => w.absent).map((w) => w.original), ...part.unknown.map((w) => w.word)];
  if (!telling)
    return { verdict: "no", passages: [], roles: [], uncovered: uncovered.length > 0 ? uncovered : unknown };
  // The same thing in other words, by the model's reading; not an amount the passage doesn't give, nor a name it
  // lacks ("…from Snowflake?" is not "…from EMR"), nor a stack or team line (a list of names, no work described).
  // (Nor a tool's feature asked as written: "Databricks workflows" is no EMR-to-Databricks line in other words.)
  const nameMissed = part.words.some((w, i) => !partial.matched[i] && (w.key || w.tech || w.literal));
  const described = partial.chunk.kind !== "stack" && partial.chunk.kind !== "team";
  if (partial.vector >= j.tuning.minMeaning && described && !nameMissed && !AMOUNT_ASKED.test(foldText(part.text)))
    return { verdict: "yes", passages: [partial], roles: [], uncovered: [], reworded: uncovered };
  return { verdict: "partial", passages: [partial], roles: [], uncovered };
}

/** "how much did it save, in % or euros?": an amount, which a passage meaning the same need not give. */
const AMOUNT_ASKED = /\b(how much|how many|combien)\b|%|€|\$|\b(percent|euros?|dollars?|k€)\b/;

/**
 * "How many teams…?", "Combien d'équipes…?": the answer is a figure, often in the next sentence of the
 * same context. The quoted roles' passages that give one and hold some of the question join the quotes.
 */
function quoteFigures(part: QuestionPart, order: RetrievedPassage[], quoted: RetrievedPassage[]): RetrievedPassage[] {
  const counted = countedWord(part);
  if (counted) {
    // "How many teams…?": the passages that give a number of teams, in the roles quoted, come first.
    const roles = new Set(quoted.map((p) => roleKeyOf(p.chunk)));
    const stems = counted.stems;
    const figures = order.filter((p) => roles.has(roleKeyOf(p.chunk)) && givesFigureFor(p, stems));
    return [...new Set([...figures.slice(0, 2), ...quoted])].slice(0, MAX_PASSAGES);
  }
  if (!QUANTITY.test(foldText(part.text)) || quoted.some((p) => /\d/.test(p.chunk.text)))
    return quoted.slice(0, MAX_PASSAGES);
  const roles = new Set(quoted.map((p) => roleKeyOf(p.chunk)));
  const holdsSubject = (p: RetrievedPassage) => p.matched.some((m, i) => m && !part.words[i]!.employer);
  const figures = order.filter(
    (p) =>
      /\d/.test(p.chunk.text) &&
      p.chunk.kind !== "role" &&
      p.chunk.kind !== "team" &&
      roles.has(roleKeyOf(p.chunk)) &&
      holdsSubject(p),
  );
  return [...new Set([...quoted.slice(0, 1), ...figures.slice(0, 2), ...quoted.slice(1)])].slice(0, MAX_PASSAGES);
}

/**
 * A stack line lists names: it holds "Python", not the "code" or "cluster" of a question about Python
 * code. Returns the passage with only its key and technology words matched (the same object each time).
 */
function stackNamesOnly(part: QuestionPart, keys: boolean[]): (p: RetrievedPassage) => RetrievedPassage {
  const narrowed = new Map<RetrievedPassage, RetrievedPassage>();
  return (p) => {
    if (p.chunk.kind !== "stack") return p;
    let q = narrowed.get(p);
    if (!q) narrowed.set(p, (q = { ...p, matched: p.matched.map((m, i) => m && (keys[i]! || part.words[i]!.tech)) }));
    return q;
  };
}

/**
 * Three capitalised words in a row or more, other than a line's first: a name ("Université Paris-Est
 * Créteil"); an acronym beside them is a word of its own ("API Google Places").
 */
const NAME_SPAN = /(?<=\S\s+)(?:\p{Lu}\p{Ll}[\p{L}]*[\s-]+){2,}\p{Lu}\p{Ll}[\p{L}]*/gu;

/**
 * "Is he in Paris?": a word a passage holds only inside a name ("Université Paris-Est Créteil", "Role
 * Based Access Control", "Google Places API") is not what the passage is about, unless the question
 * names the name (two of its words). The word itself only: "who may see what?" is answered by the
 * "Access" of "Role Based Access Control" through a synonym of its own ("rights"). Ordinary words only;
 * names, technologies and employers are kept.
 * Returns the passage with those words unmatched (the same object each time).
 */
/** How a text names a kind of employment contract: "permanent contracts (CDI)", « contrat à durée indéterminée ». */
const EMPLOYMENT_CONTRACT =
  /\b(?:permanent|fixed[- ]term|freelance|employment) contracts?\b|\bcontrats? (?:en |à durée \p{L}+|de travail)?\b/giu;
/** A kind of contract named: "freelance rather than permanent contracts?" asks of them. */
const CONTRACT_KIND = /\b(permanent|freelance\w*|cdi|cdd|salari\w*|employee|contractor|fixed[- ]term|interim)\b/;

/**
 * "Has he worked with data contracts?": a role's heading names its contract ("Permanent contract", « CDI »), and the
 * FAQ his employment contracts; neither is a contract he worked with: a word they hold only there is not held.
 */
function contractWordsAside(part: QuestionPart): (p: RetrievedPassage) => RetrievedPassage {
  // (Most questions ask no contract: nothing to set aside, no heading to read again.)
  if (!part.words.some((w) => w.stems.some((s) => /^(contract|contrat)/.test(s)))) return (p) => p;
  // ("freelance rather than permanent contracts?": the kinds of contract asked, which the headings answer.)
  if (CONTRACT_KIND.test(foldText(part.text))) return (p) => p;
  return (p) => {
    // (An FAQ answer on his contracts too: "…were permanent contracts (CDI)".)
    const contract =
      p.chunk.kind === "role" ? p.chunk.role?.contract : p.chunk.kind === "faq" ? EMPLOYMENT_CONTRACT : undefined;
    if (!contract) return p;
    const rest = new Set(passageTerms(p.chunk.text.replace(contract, " "), p.chunk.lang));
    // (The noun "contract" only: "freelance?", « en CDI ? » ask the contract itself. In either language: « CDI »
    // of a French heading is the "Permanent contract" of its English twin.)
    const aside = part.words.map(
      (w, i) =>
        p.matched[i]! && w.stems.some((s) => /^(contract|contrat)/.test(s)) && !w.stems.some((s) => rest.has(s)),
    );
    return aside.some(Boolean) ? { ...p, matched: p.matched.map((m, i) => m && !aside[i]) } : p;
  };
}

/** "…in .avro format rather than parquet", « au lieu d'un traitement direct … sur S3 »: what he did not do. */
// (Up to the clause's end or its purpose: "rather than parquet | to avoid memory errors".)
const SET_ASIDE = new RegExp(
  `${BACKWARD.source}(?:[\\s'’]+(?!(?:to|pour|afin|so|because|car|which|qui|that|avoid|eviter)\\b)[^\\s,.;:()]+){1,8}`,
  "giu",
);

/** The kind of thing a name is said with: "parquet format", "Parquet files", « fichiers Parquet ». */
const KIND_NOUN = /^(formats?|files?|fichiers?|tables?|tools?|outils?|langages?|languages?|frameworks?|types?)$/;

/**
 * "Has he used Parquet?": a name (or telling word) a passage holds only after "rather than" / « au lieu de » is
 * what he chose against, not used. Unless the question weighs the two itself ("avro rather than parquet?", "or",
 * "not").
 */
function ratherThanAside(part: QuestionPart, vocabulary: ProfileVocabulary): (p: RetrievedPassage) => RetrievedPassage {
  // (A name, or the one telling word asked: "Parquet?", "parquet format?" (the kind of thing aside); not
  // "processing" of "instead of processing … on S3".)
  const telling = part.words.filter((w) => !w.everyday && !w.light && !KIND_NOUN.test(w.word));
  const named = part.words.map((w) => w.key || w.tech || (telling.length === 1 && telling[0] === w));
  const weighs = /\b(not|pas|or|ou|vs|versus|instead|plutot|rather|lieu|from|vers)\b/;
  if (!named.some(Boolean) || weighs.test(foldText(part.text))) return (p) => p;
  const done = new Map<RetrievedPassage, RetrievedPassage>();
  return (p) => {
    let q = done.get(p);
    if (q) return q;
    const renderings = renderingsOf(vocabulary.roles.get(roleKeyOf(p.chunk)), p.chunk);
    const split = (c: Chunk) => {
      const text = foldText(c.text);
      const against = (text.match(SET_ASIDE) ?? []).join(" ");
      return {
        kept: new Set(passageTerms(text.replace(SET_ASIDE, " "), c.lang)),
        against: passageTerms(against, c.lang),
      };
    };
    const read = renderings.some((c) => BACKWARD.test(foldText(c.text))) ? renderings.map(split) : null;
    // The word itself, written only there (not a synonym, which the words kept may hold).
    const aside = part.words.map(
      (w, i) =>
        !!read &&
        named[i]! &&
        p.exact[i]! &&
        read.some((t) => w.stems.some((s) => t.against.includes(s))) &&
        read.every((t) => !w.stems.some((s) => t.kept.has(s))),
    );
    q = aside.some(Boolean) ? { ...p, matched: p.matched.map((m, i) => m && !aside[i]) } : p;
    done.set(p, q);
    return q;
  };
}

function nameWordsAside(part: QuestionPart, vocabulary: ProfileVocabulary): (p: RetrievedPassage) => RetrievedPassage {
  const plain = part.words.map((w) => !w.key && !w.tech && !w.employer);
  if (!plain.some(Boolean)) return (p) => p;
  const asked = new Set(part.words.map((w) => w.word));
  const narrowed = new Map<RetrievedPassage, RetrievedPassage>();
  return (p) => {
    if (!["bullet", "context", "text"].includes(p.chunk.kind)) return p;
    let q = narrowed.get(p);
    if (q) return q;
    const renderings = renderingsOf(vocabulary.roles.get(roleKeyOf(p.chunk)), p.chunk);
    const aside = part.words.map(
      (w, i) => plain[i]! && p.exact[i]! && renderings.every((c) => onlyInNames(c, w.word, asked)),
    );
    q = aside.some(Boolean) ? { ...p, matched: p.matched.map((m, i) => m && !aside[i]) } : p;
    narrowed.set(p, q);
    return q;
  };
}

/** A role's passages by key, both languages: worked out once per role (tens of thousands of passages at scale). */
const ROLE_PASSAGES = new WeakMap<RoleInfo, Map<string, Chunk[]>>();

/** A passage's renderings in both languages: its role's passages with its key, or the passage alone. */
function renderingsOf(role: RoleInfo | undefined, chunk: Chunk): Chunk[] {
  if (!role) return [chunk];
  let byKey = ROLE_PASSAGES.get(role);
  if (!byKey) {
    byKey = new Map();
    for (const c of role.chunks) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
    ROLE_PASSAGES.set(role, byKey);
  }
  return byKey.get(chunk.key) ?? [chunk];
}

/** A passage's names (see NAME_SPAN), as words, and its words outside them: read once per passage. */
const NAMES_OF = new WeakMap<Chunk, { names: string[][]; rest: Set<string> }>();

function onlyInNames(chunk: Chunk, word: string, asked: Set<string>): boolean {
  let read = NAMES_OF.get(chunk);
  if (!read) {
    const names = [...chunk.text.matchAll(NAME_SPAN)].map((m) => wordTokens(m[0]));
    read = { names, rest: new Set(names.length > 0 ? wordTokens(chunk.text.replace(NAME_SPAN, " ")) : []) };
    NAMES_OF.set(chunk, read);
  }
  const holding = read.names.filter((n) => n.includes(word));
  if (holding.length === 0 || holding.some((n) => n.filter((x) => asked.has(x)).length >= 2)) return false;
  return !read.rest.has(word);
}

/** The words of a teaching question that say who was taught ("trained people", « formé des équipes »). */
const TEACHING_WORD = new RegExp(
  String.raw`^(teach\w*|taught|train\w*|lectur\w*|courses?|class(es)?|students?|people|others|teams?|engineers|` +
    String.raw`staff|employees|enseign\w*|cours|eleves|etudiants|form\w*|equipes?|ingenieurs|salaries|collaborateurs)$`,
);

/**
 * "Has he trained people on Databricks?": a passage of a teaching or training role holds the teaching itself;
 * it need only name what was taught. Returns the passage with the teaching words matched (the same object).
 */
function teachingHeld(part: QuestionPart, taught: (p: RetrievedPassage) => boolean) {
  const words = part.words.map((w) => TEACHING_WORD.test(w.word));
  if (!words.some(Boolean) || words.every(Boolean)) return (p: RetrievedPassage) => p;
  const widened = new Map<RetrievedPassage, RetrievedPassage>();
  return (p: RetrievedPassage) => {
    if (!taught(p) || p.chunk.kind === "faq") return p;
    let q = widened.get(p);
    if (!q) widened.set(p, (q = { ...p, matched: p.matched.map((m, i) => m || words[i]!) }));
    return q;
  };
}

/**
 * A technology is held by its own name, not through the thesaurus: "CI/CD" is no proof of Jenkins.
 * Returns the passage with its technology words matched only where written (the same object each time).
 */
/**
 * "Did he build the Reject Table at AAA-Data?": a word the profile writes itself in another role's passage
 * ("Reject Table", at Decathlon) is not held in the role asked through a synonym ("validate"): there, it
 * counts as missing, and the answer says where the profile has it.
 */
function literalElsewhere(
  part: QuestionPart,
  matches: RetrievedPassage[],
  inScope: (p: RetrievedPassage) => boolean,
  ownWord: (w: QuestionWord, p: RetrievedPassage) => boolean,
): (p: RetrievedPassage) => RetrievedPassage {
  if (part.roles.length === 0) return (p) => p;
  // (Two everyday words making one notion count too when another role holds both as written: "access control"
  // at Decathlon is not its quality checks, since AAA-Data's access control policy is written so.)
  // (Held in its own words or their synonyms, not through its heading: « contrôle d'accès » in French too.)
  const pair = isCompound(part) ? part.words.map((w) => !w.employer) : null;
  const pairElsewhere =
    pair !== null &&
    matches.some((p) => !inScope(p) && pair.every((t, i) => !t || (p.matched[i] && ownWord(part.words[i]!, p))));
  const telling = part.words.map((w, i) => (!w.everyday || (pairElsewhere && pair[i]!)) && !w.employer && !w.absent);
  const elsewhere = telling.map((t, i) => t && matches.some((p) => !inScope(p) && p.exact[i]));
  if (!elsewhere.some(Boolean)) return (p) => p;
  return (p) =>
    elsewhere.every((e, i) => !e || p.exact[i] || !p.matched[i])
      ? p
      : { ...p, matched: p.matched.map((m, i) => m && (!elsewhere[i] || p.exact[i]!)) };
}

function technologiesByName(part: QuestionPart): (p: RetrievedPassage) => RetrievedPassage {
  const names = part.words.map((w) => w.tech && !w.employer && w.word.length > 3);
  if (!names.some(Boolean)) return (p) => p;
  const narrowed = new Map<RetrievedPassage, RetrievedPassage>();
  return (p) => {
    if (names.every((n, i) => !n || p.exact[i] || !p.matched[i])) return p;
    let q = narrowed.get(p);
    if (!q) narrowed.set(p, (q = { ...p, matched: p.matched.map((m, i) => m && (!names[i] || p.exact[i]!)) }));
    return q;
  };
}

/**
 * Whether a passage holds each word of a two-word notion in its text or its sub-section's heading ("Architecture and
 * technical optimisation"), not in its role's title: "feature engineering" is not "an Airflow feature" of a "Senior
 * Data Engineer". (The CV's commonest words aside.)
 */
function notionUnderHeading(part: QuestionPart, p: RetrievedPassage, weights: number[], vocabulary: ProfileVocabulary) {
  const [title = "", ...under] = (p.chunk.section ?? "").split(" › ");
  const heldIn = (text: string, synonyms: boolean) => {
    const terms = new Set(passageTerms(text, p.chunk.lang));
    return (w: QuestionWord) =>
      w.stems.some((t) => terms.has(t)) ||
      (synonyms && (vocabulary.thesaurus?.expand(w).some((t) => terms.has(t)) ?? false));
  };
  const [inTitle, inOwn] = [heldIn(title, false), heldIn(`${under.join(" ")} ${p.chunk.text}`, true)];
  // (Only a word the title itself holds and the passage doesn't: one matched through a figure, « 10h », a twin or a
  // synonym, « cours » of a « Professeur », holds.)
  return part.words.every((w, i) => w.employer || weights[i]! < 1 || !inTitle(w) || inOwn(w));
}

/** Whether the passage holds the word, or a synonym of it, in its own text (not only through its heading). */
function inOwnText(vocabulary: ProfileVocabulary): (w: QuestionWord, p: RetrievedPassage) => boolean {
  return (w, p) => {
    const terms = new Set(passageTerms(p.chunk.text, p.chunk.lang));
    return w.stems.some((t) => terms.has(t)) || (vocabulary.thesaurus?.expand(w).some((t) => terms.has(t)) ?? false);
  };
}

/**
 * The weight of the part's words the passage holds in its own text, not only through its heading: the
 * word itself counts whole, a synonym of it half ("orchestration": the Airflow bullet, not its neighbours).
 */
function ownWordWeight(part: QuestionPart, p: RetrievedPassage, weights: number[], vocabulary: ProfileVocabulary) {
  const terms = new Set(passageTerms(p.chunk.text, p.chunk.lang));
  const synonym = (w: QuestionPart["words"][number]) => vocabulary.thesaurus?.expand(w).some((t) => terms.has(t));
  return part.words.reduce((sum, w, i) => {
    if (!p.matched[i]) return sum;
    return sum + (w.stems.some((t) => terms.has(t)) ? weights[i]! : synonym(w) ? weights[i]! / 2 : 0);
  }, 0);
}

/**
 * The question word a "how many" part counts ("teams" in "how many teams use it?"), when the
 * profile knows it; null otherwise (a word the profile lacks says nothing about its figures).
 */
function countedWord(part: QuestionPart): QuestionPart["words"][number] | null {
  // ("combien de data scientists…": the scientists, the noun "data" qualifies, as countedThing reads it.)
  const nouns = [countedThing(part.text), COUNTED.exec(foldText(part.text))?.[1]];
  const found = (noun: string | null | undefined) =>
    noun ? part.words.find((w) => w.word === noun && !w.absent && !w.employer) : undefined;
  return found(nouns[0]) ?? found(nouns[1]) ?? null;
}

/** True when the passage gives a figure for the word: a number at most a few words before it ("160 équipes"). */
function givesFigureFor(p: RetrievedPassage, stems: string[]): boolean {
  const tokens = passageTerms(p.chunk.text, p.chunk.lang);
  return tokens.some(
    (t, i) => /^\d/.test(t) && tokens.slice(i + 1, i + 1 + FIGURE_REACH).some((u) => stems.includes(u)),
  );
}

/** A passage's word flags for some of the question's words only. */
function project(p: RetrievedPassage, indexes: number[]): RetrievedPassage {
  return { ...p, matched: indexes.map((i) => p.matched[i]!), exact: indexes.map((i) => p.exact[i]!) };
}

/** Passages of one role that together hold the most word weight, best first, at most three. */
function pickCovering(passages: RetrievedPassage[], weights: number[]): RetrievedPassage[] {
  const chosen: RetrievedPassage[] = [];
  let covered = weights.map(() => false);
  while (chosen.length < MAX_PASSAGES) {
    const gain = (p: RetrievedPassage) =>
      coverage(
        p.matched.map((m, i) => m && !covered[i]),
        weights,
      );
    const next = passages
      .filter((p) => !chosen.includes(p))
      .sort((a, b) => gain(b) - gain(a) || b.keyword - a.keyword)[0];
    if (!next || gain(next) === 0) break;
    chosen.push(next);
    covered = covered.map((c, i) => c || next.matched[i]!);
  }
  return chosen;
}

/** "Has he used Spark?": the part names one subject and nothing else but, perhaps, employers. */
export function isSkillQuestion(part: QuestionPart): boolean {
  if (part.details) return false;
  // "Which companies used Airflow?" asks where, which the roles of a skill answer say.
  const subject = part.words.filter((w) => !w.employer && !EMPLOYER_NOUN.test(w.word));
  if (subject.length === 0 || !subject.every((w) => w.key)) return false;
  if (part.technologies.length === 1) return subject.every((w) => part.technologies[0]!.tokens.includes(w.word));
  return subject.length === 1 && subject[0]!.tech;
}

/** A line that plans or tries a thing rather than using it: a strategy, « Réalisation d'un POC… ». */
export const PLANNED =
  /^(definition (d'une|of a|of the) (\w+ )?strateg\w*|realisation d'un poc|(a |un )?poc\b|proof of concept)/;

/** "Decommissioning of EMR in favour of Databricks": what was left behind, before what it was left for. */
const LEFT_BEHIND = /^(?:decommission\w*|decommissionnement|abandon\w*) (.*?) (?:in favour of|au profit de)/;

/** A line that plans, tries or leaves the part's subject: a strategy, a POC, EMR decommissioned (not Databricks). */
function asideUse(text: string, part: QuestionPart): boolean {
  const folded = foldText(text);
  if (PLANNED.test(folded)) return true;
  const left = LEFT_BEHIND.exec(folded)?.[1] ?? "";
  return part.words.some((w) => w.key && !w.employer && new RegExp(String.raw`\b${w.word}\b`).test(left));
}

/**
 * One passage per role holding the subject itself (not a synonym), the most telling first (a bullet
 * before a stack line); used before taught before trained, most recent first.
 */
function skillRoles(part: QuestionPart, matches: RetrievedPassage[], vocabulary: ProfileVocabulary): RoleEvidence[] {
  const keys = part.words.map((w) => w.key && !w.employer);
  const kindOrder: Record<string, number> = { bullet: 0, context: 1, text: 1, stack: 2, role: 3, faq: 4, team: 5 };
  const holds = (flags: boolean[]) => keys.every((k, i) => !k || flags[i]);
  // Only where the word itself appears: "SQL" is not "used at" a role because its stack names PostgreSQL.
  const pool = matches.filter((p) => p.chunk.period && holds(p.exact));
  const best = new Map<string, RetrievedPassage>();
  for (const p of pool) {
    const role = roleKeyOf(p.chunk);
    const current = best.get(role);
    // (What he did with it before what he planned, tried or left: not "A POC for writing to Unity Catalog from
    // EMR" for EMR, when "the back end of the Spark ingestions on EMR" says it.)
    const rank = (x: RetrievedPassage) => (kindOrder[x.chunk.kind] ?? 9) + (asideUse(x.chunk.text, part) ? 0.5 : 0);
    if (!current || rank(p) < rank(current) || (rank(p) === rank(current) && p.keyword > current.keyword))
      best.set(role, p);
  }
  return [...best.entries()]
    .flatMap(([key, passage]) => {
      const role = vocabulary.roles.get(key);
      return role ? [{ role, usage: usageOf(role, passage.chunk), passage }] : [];
    })
    .sort((a, b) => USAGE_ORDER[a.usage] - USAGE_ORDER[b.usage] || compareStarts(startOf(b.role), startOf(a.role)))
    .slice(0, MAX_ROLES);
}

/** Share of the part's meaning the profile knows: known words against words it lacks, everyday ones counting half. */
function understoodShare(part: QuestionPart): number {
  // Only the everyday words of it ("new data shows up") while a telling one is unknown ("bukcet"): what it is
  // about is not known. (A dictionary word the profile lacks, "batch", already weighs against the passages.)
  const weighed = new Set(part.words.filter((w) => w.absent).map((w) => w.original));
  // "…when 5 urgent things land at once": a bare figure is no subject; the words around it are.
  const known = part.words.filter((w) => !w.absent && !w.light);
  if (known.length > 0 && known.every((w) => /^\d+$/.test(w.word)) && part.unknown.length > 0) return 0;
  if (part.words.every((w) => w.everyday || w.absent) && part.unknown.some((w) => !w.everyday && !weighed.has(w.word)))
    return 0;
  const weight = (everyday: boolean) => (everyday ? 0.5 : 1);
  const knownShare = part.words.filter((w) => !w.absent).reduce((sum, w) => sum + weight(w.everyday), 0);
  // A unit the CV writes as a symbol ("heures" of "10h") is not a word it lacks.
  const unknown = part.unknown
    .filter((w) => !UNIT_FIGURES[foldText(w.word)])
    .reduce((sum, w) => sum + weight(w.everyday), 0);
  return knownShare + unknown === 0 ? 1 : knownShare / (knownShare + unknown);
}
