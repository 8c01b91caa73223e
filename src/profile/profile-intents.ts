import { MONTH_WORDS, monthNumber } from "../knowledge/parse-period.js";
import { NUMBER_WORDS as COUNT_WORDS, numberOf } from "../text/numbers.js";
import type { QuestionWord, UnderstoodQuestion } from "../query/understand.js";
import type { Technology } from "../query/vocabulary.js";
import { foldText, literal, wordTokens } from "../text/normalize.js";

/** A question about the profile as a whole, answered from the roles' structure rather than one passage. */
export type ProfileIntent =
  /** "How many years of experience?"; "5+ years?" has the years asked in `atLeast`. */
  /** `before`: "how much experience when he joined Decathlon?" — his years up to that role's start. */
  | { kind: "total_experience"; atLeast?: number; before?: string; below?: YearsBound }
  /**
   * "How long has he used Spark?"; "Docker and Jenkins, how many years?" has the others in `also`;
   * `since`: "since when?", « depuis quand ? » asks for the start, not the time.
   */
  /** "how long has he used Spark?"; "Spark for 10 years?" has the years claimed in `atLeast`. */
  | {
      kind: "tech_experience";
      technology: Technology;
      also?: Technology[];
      since?: boolean;
      atLeast?: number;
      below?: YearsBound;
      /** "when did he last use Docker?", "Jenkins recently?": where it was last used, not how long. */
      last?: boolean;
      /** "Where did he use Spark the longest?": the roles listing it, longest first. */
      longest?: boolean;
      /** "how long has he worked with cloud?": the kind asked, whose tools these are (their time together). */
      ofKind?: string;
      /** "3 years of Python before Decathlon?": the roles asked of (keys), not all of them. */
      within?: string[];
      /** "Airflow only at Decathlon?", « Python uniquement chez Decathlon ? »: whether no other role lists it. */
      onlyAt?: string;
      /** "used Snowflake longer than Spark?" (true), "…shorter than…" (false): the first against `also`'s one. */
      longer?: boolean;
    }
  /** "how long at MAIF?"; "which was longer, MAIF or Pernod Ricard?" has `compare`. */
  | {
      kind: "role_duration";
      role: string;
      also?: string[];
      compare?: "longer" | "shorter";
      atLeast?: number;
      below?: YearsBound;
      /** "how long ago did he leave MAIF?": the time since the role ended ("start": since it began). */
      ago?: "end" | "start";
    }
  /** "How long has he been freelance?": the roles held as a freelancer, together. */
  /** `permanent`: « combien de temps en CDI ? » — the time on permanent contracts instead. */
  /** "how long freelance?"; « plus de 5 ans en freelance ? » has the years claimed in `atLeast`. */
  | { kind: "freelance_duration"; permanent?: boolean; both?: true; atLeast?: number; below?: YearsBound }
  /** `month` (1–12): "in March 2021" — the roles of that month, not of the whole year. */
  | {
      kind: "timeline";
      year: number;
      until: number;
      open?: "since" | "before" | "after";
      month?: number;
      /** "mid-2020": the months of that part of the year, as asked. */
      part?: { from: number; to: number; said: string };
      /** "freelance since 2019?", « en CDI avant 2021 ? »: whether every role of those years had that contract. */
      contract?: "freelance" | "permanent";
    }
  | { kind: "after"; role: string }
  /** "on which topics did he train people at Pernod Ricard?", « sur quels sujets ? »: what a role taught. */
  | { kind: "taught_topics"; role: string }
  /** "What was he doing last year?": a year counted back from the current one (0: this year). */
  /** `since`: "in the last 2 years", « ces 2 dernières années » — every year from then to now. */
  | { kind: "timeline_ago"; years: number; since?: boolean }
  /** "What was his first job?", « son premier poste ? »: the earliest role. */
  /** `role`: "was his first job at MAIF?", whether it was that one. */
  | { kind: "first_role"; role?: string }
  /** "Was he a trainer before becoming a data engineer?", « freelance avant d'être en CDI ? »: which came first. */
  | { kind: "kinds_order"; first: RoleSort; then: RoleSort; after?: true }
  /** "How long has he been teaching?": his teaching and training roles together. */
  | { kind: "teaching_duration"; atLeast?: number; below?: YearsBound }
  /** "Where was he before AAA-Data?"; with no role, before his current roles (or before going freelance). */
  /** `thing`: "did he use Spark before MAIF?", a thing asked of the roles before, which only none of them answers. */
  | { kind: "before"; role: string | null; freelance?: boolean; all?: boolean; thing?: true }
  /** `sectors`: "which industries?" — what the CV says each company is. */
  /** `kindAsked`: "did he work for a bank?" — whether the CV describes one of them so. */
  | {
      kind: "employers";
      sectors?: boolean;
      kindAsked?: string;
      /** "Was MAIF a bank?": the one employer whose kind is asked. */
      role?: string;
      oldestFirst?: boolean;
      past?: boolean;
      /** "how many freelance missions?", « ses postes en CDI ? »: only the roles on that contract. */
      contract?: "freelance" | "permanent";
      /** "how many jobs in the last 5 years?", « ces 5 dernières années »: the roles held over that many years. */
      withinYears?: number;
      /** "his last 3 jobs?", « ses 3 dernières expériences ? »: that many roles, the latest begun first. */
      latest?: number;
    }
  /** `left`: "has he left it?"; `negated`: asked in the negative, « il n'est plus chez… ? », which « Si » answers. */
  | {
      kind: "current";
      role: string | null;
      howLong?: boolean;
      left?: boolean;
      negated?: boolean;
      /** "is Decathlon his only client?" ("only"), "other clients than Decathlon?" ("other"). */
      only?: "only" | "other";
      /** "has he only worked at Decathlon?": of all his roles, not only those of now. */
      ever?: true;
    }
  /** `why`: "why were they re-platforming at AAA-Data?", the reasons its context gives. */
  | { kind: "overview"; role: string; also?: string[]; titled?: boolean; why?: true }
  | { kind: "results"; roles: string[]; speed: boolean; cost?: boolean }
  /** `languages`: "which languages does he code in?" — the programming languages among them. */
  /** `current`: "his current stack?", « sa stack actuelle ? » — the stack of his current work. */
  /** `named`: "Is Scala his main language?" — one language named, answered with them all, by roles. */
  /** `all`: "list all the technologies he knows", every one of them, not the main ones. */
  /** `dropped`: "which tools has he stopped using?" — those of ended roles his current ones don't list. */
  | {
      kind: "skills";
      role: string | null;
      languages?: boolean;
      current?: boolean;
      named?: true;
      all?: true;
      dropped?: true;
    }
  /** `brief`: asked in a set length ("in 3 lines", "a one-liner"), which the roles before the current ones exceed. */
  | { kind: "summary"; brief?: boolean }
  /** `howLong`: "how long has he been a data engineer?" asks for the time in the roles holding the title. */
  /** `either`: "is he more a data engineer or a data scientist?" — his titles, not a "yes". */
  | {
      kind: "title";
      role: string | null;
      title: string;
      howLong?: boolean;
      seniority?: boolean;
      either?: boolean;
      /** "…, a data scientist or an ML guy?": a choice among titles, whose words ask nothing else. */
      among?: true;
      /** "Has he always been a data engineer?", « a-t-il toujours été data engineer ? »: in every role. */
      always?: true;
      /** "Has he been a data engineer for 10 years?": at least that many years, asked. */
      atLeast?: number;
      below?: YearsBound;
      /** "Is he currently a data trainer?": of the roles going on. */
      now?: true;
      /** "was he a senior data engineer in 2019?", « data engineer en 2017 ? »: of that year's roles. */
      year?: number;
      /** "was he a data engineer before Decathlon?": of the roles begun before (or after) the role named. */
      side?: "before" | "after";
    }
  /** "Has he led a team (of 5) (as tech lead)?": `title` is a title asked with it, which he may not have held. */
  /** `count`: "how many people did he manage?", "could he be a tech lead?" ask for the people, not a yes. */
  /** `now`: "does he manage people today?", asked of his current roles. */
  | {
      kind: "leadership";
      role: string | null;
      size?: number;
      title?: string;
      count?: boolean;
      now?: boolean;
      /** "has he built a team?", « il a monté une équipe ? »: formed or hired it, not only led it. */
      built?: boolean;
      /** "a people manager with direct reports?", « manager hiérarchique ? »: line management, not supervision. */
      line?: boolean;
      /** "3 years of team lead experience?", « 5 ans de management ? »: for how long, at least. */
      years?: number;
      /** "did he lead a team after AAA-Data?", « avant Decathlon ? »: the roles before or after that one. */
      around?: { role: string; side: "before" | "after" };
      /** "Did he mentor 2 senior engineers?", « des seniors ? »: seniors led, which juniors are not. */
      seniors?: boolean;
      /** "He managed the 160 teams?", « les 160 équipes ? »: teams led, counted, which the profile never counts. */
      teams?: number;
      /** "more than 2 people?", « plus de 2 personnes ? »: the size exceeded, not reached. */
      over?: boolean;
      /** "less than 5 engineers?", « au plus 3 personnes ? »: a ceiling, which fewer people meet. */
      under?: boolean;
    }
  | { kind: "taught"; role: string | null }
  /** "Which roles did not involve Airflow?", "where Spark but not Databricks?": the roles naming one, not the other. */
  | { kind: "without"; with: Technology[]; without: Technology[] }
  /** "He only has experience in Python, correct?", « il ne connaît que Python ? »: what else his roles name. */
  | { kind: "only"; technology: Technology; languages?: true; other?: true }
  /** "Has he given training in a company?", « de la formation en entreprise ? »: the roles where he trained teams. */
  | { kind: "trained" }
  /** "Is teaching his main job or on the side?", "more of a builder or a teacher?": his work beside his teaching. */
  | { kind: "teaching_share" }
  /** "Was he a contractor at AAA-Data?": that role's contract, against the kind asked ("which": none). */
  /** With no role: asked of now ("is he on a permanent contract?"), his current roles answer. */
  /** `over`: asked of his whole career ("has he always been freelance?", « déjà été en CDI ? »). */
  /** `last`: « son dernier CDI ? », "his last freelance role?" — the most recent role of that contract. */
  | {
      kind: "contract";
      role: string | null;
      asked: "freelance" | "permanent" | "which";
      over?: "always" | "ever" | "last" | "first";
      /** "was he a freelance data engineer at MAIF?": a title claimed with the contract, which the role must hold. */
      titled?: string;
      /** "…at MAIF now?": asked of today, which a role that ended answers with "no longer there". */
      now?: true;
      /** "which jobs were not freelance?": the permanent ones said first. */
      permanentFirst?: true;
    }
  /** "Was he at MAIF and Pernod Ricard at the same time?": whether two roles overlap, and when. */
  | { kind: "overlap"; roles: [string, string]; order?: "start" | "end"; gap?: boolean }
  | { kind: "overlaps"; role?: string }
  /** "Where did he stay the longest?", "his shortest mission?": his roles by how long they lasted. */
  | {
      kind: "tenure";
      shortest: boolean;
      /** "which roles lasted more than 2 years?": a bound in months, "over" or "under" it, as said. */
      /** `exact`: "exactly 3 years", "about 3 years" — none near that long is a no, not held by a longer one. */
      bound?: { months: number; over: boolean; said: string; about?: true; exact?: true };
    }
  /** "Any gaps in his career?", « des trous dans son CV ? »: the months no role covers. */
  | { kind: "gaps" }
  /** "When was the CV written?", « le CV est-il à jour ? »: the month its own durations date it to. */
  | { kind: "cv_date" }
  /** "How big is MAIF?", "which was bigger, Decathlon or MAIF?", "big companies?": `roles` named, or none (all). */
  /** `exact`: a headcount or which is bigger, which the CV can't say; else how big, which its scale lines show. */
  | { kind: "company_size"; roles: string[]; exact?: boolean }
  /**
   * "was his team at MAIF bigger than 5?", « une équipe de plus de 10 personnes ? »: the size each roster lists against
   * the bound asked (`more`: a floor, else a ceiling; `strict`: "more than", not "at least"), of `members` if named.
   */
  | {
      kind: "team_size";
      roles: string[];
      n: number;
      more: boolean;
      strict: boolean;
      members?: string;
      /** "did the team at MAIF have 2 data scientists?": that many and no other count. */
      exact?: true;
      /** "were there 2 data scientists at MAIF?": no team named — a count the CV's other lines may say too. */
      loose?: true;
      /** "which was bigger, the team at Decathlon or at MAIF?": the rosters of the roles named, in order of size. */
      compare?: "larger" | "smaller";
    }
  /** "How long has AAA-Data been around?", « AAA-Data existe depuis quand ? »: its age, not his time there. */
  | { kind: "company_age"; role: string }
  /** "Which tools did he use at both MAIF and AAA-Data?", "the same stack at X and Y?": two roles' stack lines. */
  | { kind: "stacks_compared"; roles: string[]; same?: boolean }
  /** "Was he at Decathlon before 2021?", « chez MAIF en 2020 ? »: whether that role's dates meet the year. */
  /** "at AAA-Data in 2020?"; "since 2019?" (there then and after), "before 2021?", "joined/left in 2023?". */
  /** `only`: "was MAIF his only employer in 2019?", whether another role ran that year too. */
  | {
      kind: "role_year";
      role: string;
      year: number;
      open?: "since" | "before" | "joined" | "left" | "until";
      only?: true;
      /** "at MAIF in December 2020?": the month of the year asked, 1 to 12. */
      month?: number;
      /** "at MAIF in early 2020?": the months of that part of the year, 1 to 12. */
      months?: { from: number; to: number };
      /** "at Decathlon between 2018 and 2020?": the last year of the span asked. */
      through?: number;
    };

// All matched on folded text (no accents, lower case), English and French.
const HOW_LONG = new RegExp(
  String.raw`\b(how (many|much) (years?|yrs?|months?|time)|how much (\w+ )?(experience|xp|exp)|how long|` +
    String.raw`(years?|yrs?) (of|with)|in (years|yrs)|en (annees|ans)\b(?! ?\d)|` +
    String.raw`since when|since how (many|much|long)|combien d'?(experience|xp|exp)|` +
    // "he is there from when?": since when, as a second-language asker says it.
    String.raw`from when(?= ?[?!.]*$)|` +
    String.raw`(number|nombre) (total )?(of |d' ?|de )(years|yrs|months|annees|ans|mois)|` +
    String.raw`combien (d'?annees?|d'ans|d ans|de temps|de mois)|` +
    String.raw`depuis combien de temps|depuis quand|duree|a dure|a-t-il dure|pendant combien|` +
    String.raw`when (was|were|did) (that|this|it|he|she)|c'? ?etait quand|quand (etait|etais|c'? ?etait)|` +
    String.raw`et quand|quand (a|est)[- ]ce qu'?(il|elle) a|quand a[- ]t[- ](il|elle)|` +
    String.raw`(il|elle) a (commence|rejoint|quitte|demarre|debute|integre) ([\w' -]+ )?quand|` +
    String.raw`(il|elle) est (arrive|parti|entre) [\w' -]+ quand|(what|which) years|(en )?quelles annees|` +
    // "what year did he join MAIF?", « en quelle année il a commencé chez Decathlon ? »: its dates.
    String.raw`(what|which) year (did|was|has|had) (he|she)|(in )?(what|which) year (he|she)|` +
    String.raw`(en )?quelle annee (a[- ]t[- ](il|elle)|(il|elle) (a|est|etait))|` +
    String.raw`duration|length of|longtemps|for long|stay(ed)? long|` +
    // "when did MAIF end?", "when did his job at MAIF end?", « c fini qd maif », « quand a fini MAIF ? »: its dates.
    String.raw`when (did|does) ([\w-]+ ){1,4}(end|finish|stop)|quand (a|est)[- ]?(fini|termine|pris fin)|` +
    String.raw`(fini|finie|termine|terminee|pris fin) quand|quand (s'?est|c'? ?est|c'? ?etait) (termine|fini)|` +
    // "was it a long mission?", « c'était long ? »: a length asked as a judgement, which the dates answer.
    String.raw`(was|is) (it|that|this|the (mission|role|job|contract|gig)) (a |an )?(long|short|brief)|` +
    String.raw`(c'? ?etait|c'est) (long|court)|(une )?(longue|courte) (mission|experience)|` +
    String.raw`(long|short) (mission|stint|role|job|contract|gig))\b`,
);
/** "where did he first use Databricks?", « il a utilisé Spark pour la première fois où ? »: where it began. */
const FIRST_USED =
  /\b((where|when|quand)\b.*\b(first|premiere fois)|(first|premiere fois) (used?|utilise\w*))\b(?! case)/;
/** "since when?", « depuis quand ? », "from what year?": a start, not a length of time. */
const SINCE_WHEN = new RegExp(
  String.raw`\b(since when|from when|since what year|from what year|depuis quand|a partir de quand|` +
    String.raw`depuis quelle annee)\b|${FIRST_USED.source}`,
);
/** "when did he last use it?", "recently?", « il l'utilise encore ? »: the latest use, not a length of time. */
// ("still using EMR?" asks whether it goes on, which the answers about moves away from a tool take up.)
const LAST_USE = new RegExp(
  String.raw`\b(last (used?|using|worked with|time)|when did (he|she) last|recently|lately|recemment|` +
    // "when did he stop using Snowflake?", « quand a-t-il arrêté Docker ? »: when it was last used.
    String.raw`when did (he|she) (stop|quit|give up|drop)|quand (a[- ]t[- ](il|elle)|(il|elle) a) (arrete|lache)|` +
    String.raw`derniere fois|dernierement|ces derniers temps|` +
    // "these past years", "over the last years": how many, not said, as recent as "recently".
    // ("of late", "in recent times", « ces temps-ci »: the same.)
    String.raw`(these|the) (last|past) years|of late|in recent times|ces temps[- ]ci|` +
    // "is his Snowflake experience recent?", « son expérience Snowflake est-elle récente ? »: when he last used it.
    String.raw`(experience|exp|xp|knowledge|skills?) (is |still )?(recent|current|up to date|fresh)|` +
    String.raw`(is|was) (it|that|this) recent|(est|etait)[- ](elle|il) (recente?|a jour)|` +
    String.raw`(est|etait) (recente?|a jour)|` +
    // "is his Snowflake recent?", "any recent Docker?", « du Docker récent ? »: the tool's latest use.
    String.raw`(is|was) (his|her) [\w-]+( [\w-]+)? (recent|current|up to date|fresh)|any recent|` +
    String.raw`recente?s?(?= ?\?*$))\b`,
);
/** …unless the time is asked too: "since when, and for how long?". */
const LENGTH = /\b(how long|how many|combien|duree)\b/;

/** Words asking about a contract: "contractor", « en CDI », "freelance", "permanent", « salarié ». */
/** "on staff", as employees are: not "on staff training". */
const ON_STAFF = String.raw`on (?:the )?staff(?! (?:training|upskilling|development|formation))`;
const CONTRACT_ASKED = new RegExp(
  String.raw`\b(freelanc\w*|independant|a son compte|self[- ]employed|contractors?|contracts?|contrats?|cdi|` +
    String.raw`pigistes?|` +
    String.raw`travailleur autonome|` +
    String.raw`permanent|salarie|employee|employed|salaried|consultant|presta\w*|payroll|${ON_STAFF}|` +
    String.raw`employee?(?= (par|chez) )|(?<=\b(?:un|une|est|etait|ete) )employee?(?= (de|du) ))\b`,
);
// (« employé par Decathlon » says employee; « il a employé Spark » is "used", and stays out.)
export const PERMANENT = new RegExp(
  String.raw`\b(cdi|permanent|salarie|employee|(?<!self[- ])employed|salaried|payroll|${ON_STAFF}|` +
    String.raw`employe(?= (par|chez) )|(?<=\b(?:un|une|est|etait|ete) )employe(?= (de|du) ))\b`,
);

/** Ways of working with a technology: « coder », "programming", "developing", "writing". */
const ACTIVITY =
  /^(cod(e|es|ed|ing|er|e)|program\w*|develop\w*|developp\w*|writ(e|es|ing|ten)|wrote|travaill\w*|utilis\w*)$/;
/** Working as a freelancer: « depuis combien de temps il est freelance ? ». */
export const FREELANCE = /\b(freelanc\w*|independant|a son compte|self[- ]employed|contractor|travailleur autonome)\b/;
/** Asked of the time on permanent contracts: "how long as an employee?", « combien de temps en CDI ? ». */
/** What he was, on a contract: "as an employee", « en tant que (data engineer) salarié », "freelancing". */
const AS_CONTRACT = new RegExp(
  // (…or said what he was: "was he a permanent employee?", « il a été salarié ».)
  String.raw`\b((?:as an?|en tant que|comme|en|on an?|(?:was|been|is) (?:he |she )?an?|a ete)\s+` +
    String.raw`(?:[\p{L}-]+\s+){0,3}?` +
    String.raw`(?:freelance\w*|salarie|employee|permanent|cdi|contractor|independant|payroll)\b|` +
    String.raw`(?:been |being )freelancing\b)`,
  "u",
);
const SALARIED = new RegExp(
  String.raw`\b(en cdi|cdi|salarie|as an employee|on (a )?permanent contracts?|` +
    String.raw`permanent (contracts?|roles?|employment|positions?|jobs?))\b`,
);
const EXPERIENCE = new RegExp(
  String.raw`\b(experience|experienced|xp|exp|seniority|anciennete|in the (data |tech |it )?field|dans le metier|` +
    // "been doing data for 10 years", « il fait de la data depuis 5 ans »
    // (Not "doing data quality checks": a thing done, not his field.)
    String.raw`in (data|tech|it)|(doing data|(fait|faire|fais) de la data)(?!\s+(?:quality|checks?|validation|` +
    String.raw`migrations?|cleaning|modell?ing|governance|pipelines?|ingestion|encryption|visuali[sz]ations?|` +
    String.raw`catalog\w*|lineage|transformations?|qualite|gouvernance|chiffrement)\b)|` +
    String.raw`dans la data|` +
    // "how many years has he been at it / doing this / in the game?": his work, as a whole.
    String.raw`been at it|been doing (this|it)|in the (game|trade|business|industry))\b`,
  "u",
);
const YEAR = /\b(19[89]\d|20[0-4]\d)\b/;
/** "March 2021", « mars 2021 »: a month of a year. */
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH_WORDS})\.? (19[89]\d|20[0-4]\d)\b`);
/** "before Decathlon", "when he joined it", « en arrivant chez … »: up to a role's start. */
const BEFORE_ROLE = new RegExp(
  String.raw`\b(before|prior to|avant|when (he|she) (joined|started at|started with|arrived at|got to)|` +
    String.raw`(quand|lorsqu'?) ?(il|elle) (a rejoint|est arrive|a commence|a integre)|en arrivant (chez|a))\b`,
);
/** A part of a year: "early", « mi », "the summer of", "H1", "Q3", « premier semestre ». */
const PART_WORDS =
  String.raw`early|mid|late|debut|fin|mi|milieu|courant|h1|h2|s1|s2|q1|q2|q3|q4|premier semestre|1er semestre|` +
  String.raw`second semestre|deuxieme semestre|2e semestre|` +
  String.raw`(?:the )?(?:start|beginning|end|middle) of|` +
  String.raw`(?:the )?(?:summer|spring|autumn|fall|winter|first half|second half)(?: of)?|` +
  String.raw`(?:l'|a l'|en )?(?:ete|printemps|automne|hiver)`;
/** "in 2019", "early 2020", « mi-2019 », « début 2021 », "in the summer of 2019", "summer 2022", "H1 2022". */
const TIMELINE = new RegExp(
  // ("in December 2019", « en mars 2021 »: a month of the year, which MONTH_YEAR reads.)
  String.raw`\b(?:(?:in|en|during|pendant|durant|around|vers)\s+(?:(?:${MONTH_WORDS})\.?\s+)?|` +
    String.raw`(?:${PART_WORDS})[\s-]+(?:de |d')?)(19[89]\d|20[0-4]\d)\b`,
);
/** A part of a year and the year: "early 2020", "the end of 2019", « été 2022 » (see PART_OF_YEAR). */
const PART_YEAR = new RegExp(String.raw`\b(?:${PART_WORDS})[\s-]+(?:de |d')?(19[89]\d|20[0-4]\d)\b`);
/** The months a part of a year spans: "early" January to April, "mid" May to August, "late" September on… */
const PART_OF_YEAR: [RegExp, number, number][] = [
  [/\b(first half|h1|s1|premier semestre|1er semestre)\b/, 1, 6],
  [/\b(second half|h2|s2|second semestre|deuxieme semestre|2e semestre)\b/, 7, 12],
  [/\bq1\b/, 1, 3],
  [/\bq2\b/, 4, 6],
  [/\bq3\b/, 7, 9],
  [/\bq4\b/, 10, 12],
  [/\b(early|debut|start|beginning)\b/, 1, 4],
  [/\b(mid|mi|milieu|middle)\b/, 5, 8],
  [/\b(summer|ete)\b/, 6, 8],
  [/\b(spring|printemps)\b/, 3, 5],
  [/\b(autumn|fall|automne)\b/, 9, 11],
  [/\b(winter|hiver)\b/, 1, 2],
  [/\b(late|fin|end)\b/, 9, 12],
  [/\bcourant\b/, 1, 12],
];

/** Numbers in words, "a" and « un » counting one here ("a year ago", « un an »). */
/** Roles, named in the plural: "jobs", « missions », « expériences ». */
const ROLE_PLURAL =
  String.raw`(?:jobs|roles|positions|missions|experiences|employers|companies|gigs|postes|emplois|employeurs|` +
  String.raw`boites|entreprises)\b`;
const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, un: 1, une: 1, ...COUNT_WORDS };
const COUNTS = Object.keys(NUMBER_WORDS).join("|");
/** "last year", « l'an dernier », "two years ago", « il y a 3 ans », "this year": years back from today. */
const YEARS_AGO = new RegExp(
  String.raw`\b(?:(last|this) year|(?:l'an|l'annee) (dernier|derniere|passe|passee)|(cette) annee|` +
    String.raw`(\d+|${COUNTS}) years? ago|il y a (\d+|${COUNTS}) ans?)\b`,
);
/** "in the last 2 years", « ces 2 dernières années », « au cours des 3 dernières années »: the years up to now. */
const RECENT_YEARS = new RegExp(
  String.raw`\b(?:the (?:last|past) (\d+|${COUNTS}) years|` +
    String.raw`(?:ces|les|des) (\d+|${COUNTS}) (?:dernieres|passees) annees)\b`,
);
/** "5+ years of experience", "at least 5 years' experience", « plus de 5 ans d'expérience ». */
/** (Also "less than 5 years of experience": the count asked, which `BELOW` turns into a ceiling.) */
const AT_LEAST = new RegExp(
  String.raw`\b(at least |more than |over |plus de |au moins |minimum |less than |fewer than |under |below |` +
    String.raw`moins de )?(\d{1,2}) ?(\+|plus)? ?` +
    String.raw`(years?|yrs|ans|annees)('|’)?( of| d'| de)? ?(professional |pro |total )?(experience|xp|exp)\b`,
);
/**
 * What follows years of experience when they are of one thing: "in insurance", « en scraping », « dans l'assurance »
 * (not "in data engineering", "in the field", « dans la data », « en tout »: his whole career).
 */
const OF_A_THING = new RegExp(
  String.raw`^\s*(in|with|on|using|as|of|en|dans|avec|sur|comme|de|d') ?` +
    String.raw`(an? |the |l'|le |la |les |un |une |du |des )?` +
    String.raw`(?!((big )?data(?! \p{L})|data engineering|tech|it|field|domain|domaine|industry|industrie|total|tout|` +
    String.raw`all|general|metier|profession|informatique|ingenierie|experience|xp|exp|professional|pro|relevant|` +
    String.raw`work|travail|his|her|ses|son|sa|an?|the|le|la|les|l|un|une|du|des|software|engineering|` +
    String.raw`programming|development|developpement|coding|computer|logiciel)\b)([\p{L}][\p{L}-]*)`,
  "u",
);
/** A trade, everyday word as it is: "insurance", « assurance », "retail". */
const TRADE = new RegExp(
  String.raw`^(insurance|assurance|banking|banque|finance|retail|automotive|automobile|auto|luxury|luxe|pharma\w*|` +
    String.raw`telecoms?|energy|energie|logistics|logistique|media|healthcare|health|sante|food|beverages?|spirits|` +
    String.raw`spiritueux|wines?|vins?|sports?|fintech|e-?commerce|aerospace|aeronautique|education|enseignement)$`,
);
/** A count of time, as a word: "years", « ans ». */
const TIME_WORD = /^(ans?|annees?|years?|yrs?|mois|months?)$/;
/** The one thing years of experience are said of (see OF_A_THING), folded, or null. */
function ofAThing(text: string): string | null {
  for (const m of text.matchAll(/\b(experience|xp|exp|years?|yrs|ans|annees)\b/g)) {
    const thing = OF_A_THING.exec(text.slice(m.index + m[0].length));
    if (thing) return thing[thing.length - 1]!;
  }
  return null;
}
/** "5 years minimum?", « 5 ans min c'est bon ? », "5+ yrs?": a count of years alone, his whole experience. */
const YEARS_ALONE = new RegExp(
  String.raw`^(and |et |ok |so |alors )?` +
    // ("does he have 10+ years?", « a-t-il 5 ans ? »: asked of him, the same.)
    String.raw`(?:(?:does|do) (?:he|she) have |(?:has|have) (?:he|she) (?:got )?|(?:il|elle) a |` +
    String.raw`a[- ]t[- ](?:il|elle) )?` +
    String.raw`(?:at least |minimum |au moins |min |less than |under |below |fewer than |` +
    String.raw`moins de |more than |over |plus de )?(\d{1,2}) ?(\+|plus)? ?` +
    String.raw`(years?|yrs|ans|annees)( (minimum|min|at least|au moins|or more|ou plus))?` +
    String.raw`(,? (c'?est bon|ok|okay|ca passe|ca le fait|good|fine|enough|suffisant))?\s*[?!.]*$`,
);

/** "how long ago did he leave MAIF?", « il a quitté MAIF il y a combien de temps ? »: the time since. */
const AGO = new RegExp(
  String.raw`\b(how long ago|how many (years|months) ago|il y a combien de temps|combien de temps depuis|` +
    // "how long since he left MAIF?", "how long has it been since he joined Decathlon?"
    String.raw`how long (has it been )?since (he|she) (left|quit|joined|started)|` +
    // ("how long since he last used Jenkins?", « ça fait combien de temps qu'il n'a pas fait de Docker ? ».)
    String.raw`how long (has it been |is it )?since (he|she) (last )?(used|worked|touched|did|coded|wrote)|` +
    String.raw`(ca fait|cela fait) combien de temps (qu'|que )(il|elle) n'a (pas|plus)|` +
    String.raw`depuis combien de temps (il |elle )?n'a (pas|plus)|` +
    String.raw`depuis combien de temps (il )?(a quitte|n'est plus))\b`,
);

/** "how long ago did he start at AAA-Data?", « il a commencé il y a combien de temps ? »: since it began. */
const AGO_START = /\b(start|started|join|joined|begin|began|arrive|arrived|commence|rejoint|arrive|debute|entre)\b/;

/** "Which was longer, MAIF or Pernod Ricard?", « il est resté plus longtemps chez MAIF ou chez Pernod ? ». */
const LONGER = new RegExp(
  String.raw`(?<!\b(no|any|not) )\b(longer|plus longtemps|plus long(ue)?|the longest|le plus longtemps|` +
    // "did he spend more time at MAIF or AAA-Data?", « il a plus d'expérience chez la MAIF ou chez AAA Data ? »
    String.raw`more time|the most time|plus de temps|plus d'(experience|anciennete)|` +
    // "has he more Snowflake or Databricks experience?", "more experience in Snowflake or Databricks?"
    String.raw`more (\w+ )?(experience|exp|xp)\b(?! than)|more (\w+ )?(\w+ )?(or|ou) (\w+ )?(experience|exp|xp)|` +
    // "more Spark or more Snowflake?", « plus de Spark ou de Snowflake ? »: which of two, by time.
    String.raw`(done|used|use|does|fait|utilise) (more|plus de|plus d') ?[^\s?]+ (or|ou) (more |de |du |d')?` +
    String.raw`[^\s?]+(?=\s*\??$)|^(more|plus de|plus d') ?[^\s?]+ (or|ou) (more |de |du |d')?[^\s?]+(?=\s*\??$))\b`,
);
const SHORTER = /\b(shorter|moins longtemps|plus courte?|the shortest|le moins longtemps)\b/;

/** Two employers or more, compared by time: each one's time, the longer (or shorter) named first. */
function comparedRoles(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  const compare = LONGER.test(text) ? "longer" : SHORTER.test(text) ? "shorter" : null;
  const roles = [...new Set(u.parts.flatMap((p) => p.roles))];
  const other = u.parts.some((p) => p.technologies.length > 0 || p.missing.length > 0);
  if (!compare || roles.length < 2 || other) return null;
  return { kind: "role_duration", role: roles[0]!, also: roles.slice(1), compare };
}

/** "only a few months", « à peine quelques mois »: a small count, said to be all there is (see yearsIn). */
const FEW = String.raw`(?<=\b(?:only|just|barely|merely|seulement|juste|a peine|que) )(?:a few|a couple of|quelques)`;
/** Years claimed of something: "for 10 years", « depuis 5 ans », "5+ years of Spark". */
/** (Also "for a year", « un an », "six months": months are a share of a year.) */
// ("1.5 years", « 1,5 an », "a year and a half", « un an et demi »: the half counted.)
const CLAIMED_COUNT = String.raw`(\d{1,2}(?:[.,]5)?|${FEW}|(?:a|an|one|un|une)(?= )|${Object.keys(NUMBER_WORDS)
  .filter((w) => w.length > 1)
  .join("|")})[ -]?(\+|plus)?[ -]?(years?|yrs?|ans?|annees?|months?|mois)\b(?: and a half| et demie?)?`;
const YEARS_CLAIMED = new RegExp(
  // "for 10 years", « depuis 5 ans », "at least 3 years", « resté 3 ans », "5+ years", "2 years of Kafka";
  // not when: "in the last 10 years", "1 year ago", « il y a 2 ans », « ces 5 dernières années ».
  String.raw`(?<!\b(last|past|the|ces|les|il y a|dernieres?) )` +
    String.raw`(?:\b(?:for|pendant|depuis|since|over|about|around|at least|more than|plus de|au moins|below|under|` +
    String.raw`less than|fewer than|moins de|at most|` +
    String.raw`reste|enseigne|travaille|bosse|passe|ete|worked|work|spent|spend|spending|stayed|stay|like|genre|` +
    // (« il a fait 2 ans chez AAA-Data ? », "did he do 2 years at AAA?")
    String.raw`fait|faire|did|do|done|only|barely|merely|seulement|a peine) ` +
    // "for like 10 years", « depuis genre 5 ans »: the hedge says nothing of the count; "spent less than a year",
    // « resté plus d'un an »: a floor or a ceiling (which `BELOW` reads).
    // ("for only a year", « depuis seulement 1 an »: a count said to be all there is, which `ONLY_COUNT` reads.)
    String.raw`(?:only |just |barely |merely |seulement |juste |a peine |que )?` +
    String.raw`(?:like |about |around |roughly |maybe |almost |nearly |genre |environ |presque |a peu pres |` +
    String.raw`less than |fewer than |under |below |more than |over |at least |at most |no more than |` +
    String.raw`moins de |moins d'|plus de |plus d'|au moins |au plus |pas plus de )?` +
    String.raw`${CLAIMED_COUNT}(?! ago\b)|` +
    // « moins d'un an chez Pernod ? », « plus d'1 an ? »: a ceiling or a floor said first.
    String.raw`\b(?:moins|plus) d'${CLAIMED_COUNT}|` +
    // "a 1-year gig", « une mission de 2 ans »: the length of a role.
    String.raw`\b${CLAIMED_COUNT}[ -](?:gig|job|role|mission|stint|contract|position|stay)s?\b|` +
    String.raw`\b(?:mission|poste|contrat|cdi|job) (?:de |d')${CLAIMED_COUNT}|` +
    // « sur Snowflake il a bien 2 ans ? », "has he got 2 years?"
    String.raw`\b(?:(?:il|elle) a|has|got|have) (?:bien |deja |au moins |at least )?${CLAIMED_COUNT}(?! ago\b)|` +
    String.raw`\b${CLAIMED_COUNT.replace("(\\+|plus)?", "(\\+|plus)")}|` +
    String.raw`\b${CLAIMED_COUNT}(?: min(?:imum)?)? (?:of|d'|de|with|avec|en|on|sur|experience|xp|exp)\b)`,
);
/** The count of years a claim gives: "for 10 years" → 10, "two years" → 2. */
function yearsIn(claim: string): number {
  const m = new RegExp(CLAIMED_COUNT).exec(claim);
  const count = m?.[1] ?? "";
  // ("a few months": up to half a year; "a few years": up to five.)
  const months = /^(months?|mois)$/.test(m?.[3] ?? "");
  const few = /^(a few|quelques)$/.test(count) ? (months ? 6 : 5) : count === "a couple of" ? 2 : null;
  const whole =
    few ?? (/^(a|an|one|un|une)$/.test(count) ? 1 : (NUMBER_WORDS[count] ?? Number(count.replace(",", "."))));
  const n = whole + (/(and a half|et demie?)$/.test(m?.[0] ?? "") ? 0.5 : 0);
  return months ? n / 12 : n;
}
/**
 * "what's his experience?", "does he have any experience?", « quelle est son expérience ? », « il a de l'xp ? »: his
 * experience, asked of nothing in particular (the whole message: not "Kafka en prod. il a de l'expérience ?").
 */
const EXPERIENCE_ALONE = new RegExp(
  String.raw`^(and |so |et |alors |ok )?((what'?s|what is|quelle est|c'?est quoi) (his|her|son|sa) ` +
    String.raw`((total|overall|professional|work|global|globale|professionnelle|pro) )?(experience|xp|exp)|` +
    String.raw`(does|has) (he|she|the candidate) (have|got) (any |some |much |real |enough )?` +
    String.raw`((professional|work|real) )?(experience|xp|exp)|` +
    String.raw`((il|elle) a|a[- ]t[- ](il|elle)) (de l'|beaucoup d'|assez d'|suffisamment d')(experience|xp))` +
    String.raw`(?=\s*[?!.]*$)`,
);
/** "does he have experience?" after a sentence that says what in: of that, not of his career (see questionsAsked). */
export const asksExperienceAlone = (text: string): boolean => EXPERIENCE_ALONE.test(foldText(text).replace(/’/g, "'"));

/** The whole career asked another way: "how experienced is he?", « depuis quand il travaille ? ». */
const EXPERIENCED = new RegExp(
  String.raw`\b(how experienced|years in the industry|how long has (he|she) been working|` +
    String.raw`(since when|how long) (has|is) (he|she) (been )?work(ing|ed)|when did (his|her) career (start|begin)|` +
    // "how many years since he started his career?", « depuis le début de sa carrière ? »
    String.raw`since (he|she) (started|began) (his |her )?(career|working)|` +
    String.raw`since the (start|beginning) of (his|her) career|` +
    // "how many years exactly has he worked until now?", "…he has worked so far, counted from his first job?"
    String.raw`how many years( exactly| in total| altogether)? (((has|did) )?(he|she|the candidate)( has)?|` +
    String.raw`(has|did) (he|she|the candidate)) (worked|been working|work)( exactly)?` +
    String.raw`(?=( (until now|so far|to date|in total|overall|altogether|professionally|in (his|her) career))?` +
    String.raw`\s*([,;?!.]|$))|` +
    String.raw`depuis le debut de (sa carriere|son parcours)|` +
    String.raw`(depuis quand|depuis combien de temps) (il|elle) (travaille|bosse)|` +
    // « depuis combien d'années exerce-t-il ? »: his whole career, however said.
    String.raw`(depuis (quand|combien d'annees|combien de temps)|combien d'annees) (le candidat |il |elle )?` +
    String.raw`(exerce|travaille|bosse)[- ]?(t[- ])?(il|elle)?(?=\s*[?!.]*$)|` +
    String.raw`combien de temps qu'?(il|elle) (travaille|bosse)|annees de bouteille|quelle experience en tout|` +
    // « il a combien d'années dans le domaine ? », « il a combien d'années ? »
    String.raw`(il|elle) a combien d'annees( d'experience| dans (le domaine|la data|le metier|la profession))?` +
    String.raw`(?=\s*[?!.]*$)|` +
    String.raw`${EXPERIENCE_ALONE.source}|` +
    // « xp ? », "exp?", "yoe?", « son xp ? »: his experience, in one word.
    String.raw`^(et |and |son |sa |his |total )?(xp|exp|yoe|experience)(?=\s*[?!.]*$))\b`,
);
/** Kinds of contract: "employed or freelance?" asks what he is now, as one thing. */
const CONTRACT = /^(employed|employee|salaried|freelance\w*|salarie|cdis?|permanent|contractor|independant|pigistes?)$/;
/** Words asking what he did or where: "what was he doing…", « il bossait où… ». */
const WORK_WHERE =
  /\b(doing|do|did|done|work\w*|job|role|position|employ\w*|where|ou|faisait|fait|bossait|travaillait|poste|boite)\b/;
/** Teaching and training, as an activity: "how long has he been teaching?", « depuis quand il enseigne ? ». */
const TEACHING_WORK = new RegExp(
  String.raw`\b(teach\w*|taught|lectur\w*|trainer|enseign\w*|professeur|profs?|formateur|` +
    String.raw`donne des (cours|formations)|` +
    // "how long has he been training people?": training others, as a trainer does.
    String.raw`train(ing|ed|s)? (people|teams?|staff|others|students|engineers|colleagues))\b`,
);
/**
 * "Has he run in-house training?", « de la formation en entreprise, pas juste à l'université ? », "trained teams
 * at a company?": training he gave people at work, not classes at a school.
 */
const CORPORATE_TRAINING = new RegExp(
  String.raw`\b((run|ran|give|gave|given|giving|deliver\w*|provid\w*|led|lead|hold|held|conduct\w*|organi[sz]\w*) ` +
    String.raw`(any |some )?(in-house|corporate|internal|company|on-site|onsite) (training|trainings|workshops?)|` +
    String.raw`(train\w*|upskill\w*) ([\w'-]+ ){0,2}(teams?|staff|employees|engineers) (at|in|of|for) (an? |the )?` +
    String.raw`(company|companies|corporate|firm|business|client)|` +
    String.raw`(train\w*|upskill\w*) (an? |the )?(company'?s?|client'?s?|corporate) ([\w'-]+ ){0,2}(teams?|staff)|` +
    String.raw`formations? (en|dans une?|pour une?|pour des) (entreprises?|societes?|groupes?|interne)|` +
    String.raw`form\w* (des |les )?(equipes|salaries|collaborateurs) (en|d'une?|dans une?) (entreprises?|societes?))\b`,
);
/** "on the side", « à côté », "his main job", "full-time": teaching weighed against his other work. */
const BESIDE_WORK = new RegExp(
  String.raw`\b((main|primary|principal|day|real) (job|activity|occupation|work|gig)|` +
    String.raw`(on|at) the side|side (gig|job|hustle|activity|thing|project)|part[- ]time|full[- ]time|` +
    String.raw`a cote|en parallele|in parallel|alongside|activite (principale|secondaire|annexe)|` +
    String.raw`metier principal|(a|en) (temps|plein) (plein|temps)|temps partiel|mi[- ]temps)\b`,
);
/** "a builder or a teacher?", « plutôt ingé ou prof ? »: the other side of the choice. */
const BUILDING_WORK = new RegExp(
  String.raw`\b(builder|build\w*|engineer\w*|practitioner|doer|hands[- ]on|developer|dev|ingenieur\w*|inge|` +
    String.raw`technicien|praticien|operationnel|production|delivery)\b`,
);
/**
 * "What does he teach?"; "Is teaching his main job or on the side?": his teaching beside his work. « il a gagné
 * cb de temps sur le chargement ? », "how much time did he save?": a speed-up, not a stay (asked before how long he
 * stayed).
 */
function asideIntent(text: string, part: UnderstoodQuestion["parts"][number], role: string | null) {
  if (part.technologies.length > 0) return null;
  if (!role && teachingShareAsked(text)) return { kind: "teaching_share" } as const;
  if ((TEACHES.test(text) || TEACHES_AT_ALL.test(text)) && !HOW_LONG.test(text))
    return { kind: "taught", role } as const;
  return TIME_GAINED.test(text) ? ({ kind: "results", roles: part.roles, speed: true } as const) : null;
}

/** A choice between his teaching and his other work, or where teaching stands beside it. */
function teachingShareAsked(text: string): boolean {
  if (!TEACHING_WORK.test(text)) return false;
  if (BESIDE_WORK.test(text) || MAINLY_TEACHER.test(text)) return true;
  // (Of him, what he is: not "has he taught engineers or data scientists?", « en école d'ingé ou à la fac ? ».)
  const ofHim = /\b(is (he|she)|est[- ](il|elle)|(il|elle) est|more of|plutot|rather|mostly|surtout)\b/.test(text);
  const taughtWho =
    /\b(taught|teach\w*|trains?|enseign\w*|forme) (des |les |aux |a |an |the )?(engineer|ingenieur|inge|dev)/;
  const school = /\b(ecole|school|students?|etudiants|eleves) (d'|of )?(inge|ingenieur\w*|engineer\w*)/;
  return (
    /\b(or|ou|vs|versus)\b/.test(text) &&
    ofHim &&
    BUILDING_WORK.test(text) &&
    !taughtWho.test(text) &&
    !school.test(text)
  );
}
/** "Is he primarily a lecturer?", "more of a teacher than an engineer?", « est-il surtout enseignant ? ». */
const MAINLY_TEACHER = new RegExp(
  String.raw`\b(is (he|she)|est[- ](il|elle)|(il|elle) est) (primarily|mostly|mainly|chiefly|more of|principalement|` +
    String.raw`surtout|avant tout|essentiellement|plutot) (an? |un |une )?(lecturer|teacher|trainer|professor|prof|` +
    String.raw`professeur|enseignant|formateur|academic)\b`,
);

/** "de 2019 à 2020", "between 2019 and 2021", "2019-2020". */
const YEAR_SPAN = "(19[89]\\d|20[0-4]\\d)";
/** "between March 2019 and June 2020" is read as its years. */
const MONTH_SPAN = `(?:(?:${MONTH_WORDS})\\.?\\s+)?`;
const YEAR_RANGE = new RegExp(
  `\\b(?:(?:de|from|between|entre)\\s+)?${MONTH_SPAN}${YEAR_SPAN}\\s*` +
    "(?:a|to|and|et|until|through|thru|jusqu'en|-|–)\\s*" +
    `${MONTH_SPAN}${YEAR_SPAN}\\b`,
);
const BEFORE = /\b(before|prior to|avant|juste avant|previous|precedente?)\b/;
/** Roles asked for in the plural: "which companies…", « quelles boîtes… », "all his jobs". */
const MANY_ROLES = new RegExp(
  String.raw`\b(companies|employers|firms|clients|jobs|roles|positions|missions|boites|entreprises|societes|` +
    String.raw`employeurs|postes|experiences|everywhere|everything|all (the )?(places|roles|jobs))\b`,
);
const AFTER = new RegExp(
  String.raw`\b(after|afterwards|apres|juste apres|ensuite)\b|^(and |et |so )?(then|next)\b|` +
    // "When he left MAIF, where did he go?", « quand il a quitté la MAIF, il est allé où ? »
    String.raw`\b(when|once) (he|she) (left|quit)\b|\b(quand|lorsqu|lorsque|une fois qu) ?(il|elle) a quitte\b|` +
    String.raw`\ben quittant\b`,
);
/** "since 2021", « depuis 2021 », "before 2020", « avant 2020 »: a span open on one side. */
const OPEN_YEAR = /\b(since|depuis|from|a partir de|des|before|avant|prior to|after|apres)\s+(19[89]\d|20[0-4]\d)\b/;
const EMPLOYERS = new RegExp(
  String.raw`\b(how many ((freelance|permanent|different|past|previous) )?` +
    String.raw`(companies|employers|firms|clients|` +
    String.raw`jobs|roles|positions|missions)|quelles compagnies|` +
    String.raw`combien (d'|de |d )(employeurs|entreprises|boites|societes|compagnies|clients|postes|missions|` +
    String.raw`experiences)|` +
    String.raw`(which|what) (companies|employers|firms|clients|organi[sz]ations|places|industries|sectors|` +
    String.raw`domains)|(what|which) (industry|sector|kind of companies)|` +
    // (Not "where did he work with business teams?", "…on Kafka?": where that thing was, which its passages say.)
    String.raw`where (has|did) (he|she) (work|worked)` +
    String.raw`(?! (closely )?(with|on|using|alongside)\b(?! (an? )?(contracts?|freelance|permanent|cdi)\b))|` +
    String.raw`(who|whom) (has|did) (he|she) work(ed)? for|employers|past employers|work history|career history|` +
    String.raw`employment history|` +
    // « quels sont les secteurs d'activité dans lesquels il est intervenu ? »: the sectors of his employers.
    String.raw`(quels?|quelles?) sont (les |ses )?(secteurs|domaines|industries)|secteurs d'activite|` +
    // « où il a bossé avant ? », typed without its accent: « ou ».
    String.raw`^(et )?ou (est[- ]ce qu'|qu')?(il|elle) a (bosse|travaille)( avant)?(?=\s*[?!.]*$)|` +
    String.raw`^(et )?ou a[- ]t[- ](il|elle) (bosse|travaille)( avant)?(?=\s*[?!.]*$)|` +
    // « quels postes a-t-il occupés ? », "what jobs has he had?", "what were his job titles?": each role.
    String.raw`(quels?|quelles?) (postes|fonctions|missions|roles) (a[- ]t[- ](il|elle)|(il|elle) a) ` +
    String.raw`(occupe|eu|tenu|fait)\w*|` +
    String.raw`(what|which) (jobs|roles|positions) (has|did) (he|she) (had|have|held|hold)|` +
    String.raw`(what|which) were (his|her) (job )?titles|(ses|quels) (intitules|titres) de postes|` +
    // "what titles has he held?", « quels intitulés de poste a-t-il eus ? »: each role's title.
    String.raw`(what|which) (job )?titles (has|did|does) (he|she)|` +
    String.raw`(quels?|quelles?) (intitules|titres)( de postes?)? (a[- ]t[- ](il|elle)|(il|elle) a)|` +
    // « il a bossé pour 5 boîtes c'est ça ? », "5 companies, right?": the employers counted.
    String.raw`\d+ (boites|entreprises|societes|employeurs|companies|employers)|` +
    String.raw`(quelles|quels) (entreprises|societes|employeurs|clients|boites|secteurs|domaines)|` +
    // (Not « où a-t-il travaillé avec le métier ? »: where that was, which its passages say.)
    String.raw`(quel|quels) secteurs?|ses employeurs|ou a[- ]t[- ]il travaille(?! (avec|sur)\b(?! (un )?statut))|` +
    String.raw`chez qui|` +
    // (Not « cela correspond à son parcours ? », « dans son parcours, … ? »: something else weighed against it.)
    String.raw`pour qui a-t-il travaille|` +
    String.raw`(?<!\b(?:correspond\w*|colle|coller|collent|match\w*|fit\w*|lien|dans|avec|durant|pendant|cours)` +
    String.raw` (?:a |avec |de )?(?:son |sa |le )?)parcours|` +
    String.raw`(his|her) (clients|customers)|(ses|sa liste de) clients|` +
    String.raw`list(e)? (of|de|des) (clients|employers|employeurs|entreprises|companies)|` +
    // "list every company he has worked for", « la liste de toutes ses boîtes », "the firms he's worked at"
    String.raw`(every|each) (company|employer|firm|organi[sz]ation)|` +
    String.raw`liste (de |des )?((toutes|tous) )?(ses|les) (boites|entreprises|employeurs|societes|clients)|` +
    String.raw`(companies|employers|firms|organi[sz]ations) (that )?(he|she) ('?s|has|had)? ?(worked|been) (for|at)|` +
    // « tu peux me lister toutes ses boîtes ? », "can you list all his employers?"
    // ("list all companies"; not "list clients in retail", of a kind.)
    String.raw`(list|lister|liste[rz]?|name|nommer|citer|cite[rz]?|lay out|walk me through|run me through)` +
    String.raw`( moi| me)? ((toutes |tous |all )((ses|les|his|her|the) )?|(ses|les|his|her|the) )` +
    String.raw`(boites|entreprises|employeurs|employers|companies|societes|firms|clients|missions|` +
    // (His roles listed, and nothing said of them: not "the roles in his teams", "the positions he took on X".)
    String.raw`(positions|roles|jobs|postes|experiences)` +
    String.raw`(?=\s*(?:[?.!,]|$|in (?:chronological )?order|with|avec|dans l'ordre)))|` +
    String.raw`(career|job|work|employment) (path|timeline|progression)|` +
    String.raw`(his|her) ((full|complete|whole|entire|detailed|professional) )?(career so far|timeline)|` +
    // "give me a timeline", "a quick rundown of his career", « une chronologie » (not "the timeline of the migration").
    String.raw`^((give|show|send) me |can i (get|have) |i'?d like |je voudrais |donne[- ]moi )?((a|the|une|la) )?` +
    String.raw`(quick |short |brief |rough |full |complete |petite |courte )?` +
    String.raw`(timeline|chronology|chronologie|frise)` +
    String.raw`( of (his|her) (career|jobs|roles|experience)| de (sa|son) (carriere|parcours))?\s*[?.!]*$|` +
    String.raw`(rundown|recap|run[- ]?through) of (his|her) (career|work history|employment)|` +
    // "how has his career progressed?", « comment a évolué sa carrière ? », « l'évolution de sa carrière »
    String.raw`(his|her) career (progress\w*|evolv\w*|develop\w*|grow\w*|grew)` +
    String.raw`(?! (goals?|plans?|ambitions?|aspirations?|wish\w*))|` +
    String.raw`career (progression|trajectory)|` +
    String.raw`(evolution|evolue|progression) (de |d')?(sa|son) (carriere|parcours)|` +
    String.raw`(sa|son) (carriere|parcours) a evolue|` +
    String.raw`timeline of (his|her) (career|jobs|roles)|(sa|son) (carriere|parcours) en (bref|resume|dates)|` +
    String.raw`in chronological order|par ordre chronologique|chronologi(cal|cally|que|quement)|` +
    // "his roles in reverse order?", « ses postes dans l'ordre inverse ? »: newest first, the CV's own order.
    String.raw`(roles|jobs|positions|employers|postes|missions|experiences) (in )?(reverse|inverse) order|` +
    String.raw`(postes|missions|experiences) (dans l'|en )?ordre (inverse|anti-?chronologique)|` +
    String.raw`walk (me )?through (his|her) (career|experience|cv|resume|jobs|roles)|` +
    String.raw`(story|history) of (his|her) (career|working life)|retrace[rz]? (son|sa) (parcours|carriere)|` +
    String.raw`(the |his |her |all )?(companies|firms|employers) (he|she) (has )?(worked|was) (at|for|with|in)|` +
    String.raw`(il|elle) a (travaille|bosse) pour qui|(what|which) (were|are) (his|her) (roles|jobs|positions)|` +
    String.raw`(ses|his|her) (anciens|previous|past|former) ` +
    String.raw`(employeurs|employers|clients|boites|entreprises|companies)|` +
    String.raw`(past|previous|former|big[- ]name|notable|main|key) (clients|customers|missions)|` +
    String.raw`(his|her|ses) (missions|clients|customers)|(quelles|quels) (missions|experiences)|` +
    String.raw`(il|elle) a (bosse|travaille) ou|(ses|les) experiences? (professionnelles?|pro)\b|` +
    // "give me his job titles", "his titles?", « ses intitulés de poste »: every role's.
    String.raw`(his|her) (job |past |previous |former )?titles\b|(job|role) titles\b|` +
    // "tell me about his career", « parle-moi de ses expériences »: read as "his career", "ses expériences".
    String.raw`^(and |et )?(his|her|ses|sa|son) (experiences|career|carriere|jobs|roles|postes)(?=\s*[?.!]*$)|` +
    // « l'ensemble des entreprises et organismes pour lesquels il a travaillé », "the organisations that
    // employed him": employers in the plural, then the work done for them, in one sentence.
    String.raw`(entreprises|societes|organismes|structures|employeurs|boites|companies|firms|organi[sz]ations|` +
    String.raw`employers)\b[^.?!]{0,40}\b(travaille|bosse|employe|worked|employed|been employed))\b`,
);
/** "Did he work for a bank?", « il a bossé pour l'État ? », "has he worked for a ministry?": a kind of employer. */
const FOR_KIND = new RegExp(
  // ("consulting for banks?": a plural kind, with no article.)
  // ("Has he ever been employed by a bank?", « employé par une banque ? »: the same, asked of who employed him.)
  String.raw`\b(work\w*|been|bosse|bossait|travaille\w*|consult\w*|employed|hired|employe|embauche) ` +
    String.raw`(for|pour|chez|by|par) ` +
    String.raw`(?:(?:an|a|the|any|une|un|le|la|des) |l'|(?=(?!(?:years|months|weeks|days|ages|decades|clients|` +
    String.raw`customers|others|companies|people|teams|ans|mois)\b)\p{L}+s\s*\??$)|` +
    // ("work for French companies?", « pour des entreprises françaises ? »: a kind of companies, no article.)
    String.raw`(?=\p{L}+ (?:companies|firms|groups|corporates|brands|businesses)\s*\??$))` +
    // One to three words, not a time ("for the last three years") nor « pour le compte de ».
    String.raw`(?!(?:last|past|same|next|whole|while|long|moment|compte|meme)\b)` +
    // (« pour un ministère ou l'administration ? »: two kinds, one asked or the other.)
    String.raw`([\p{L}]+(?:[ '-][\p{L}]+){0,2}|[\p{L}]+ (?:or|ou) (?:(?:a|an|the|un|une|le|la) |l')?[\p{L}]+)\s*\??$`,
  "u",
);
/**
 * "did he work in a bar?", « il a travaillé dans une concession ? »: a kind of place worked in, said with "a" (not
 * "in a team", "in an agile setting", how he worked).
 */
const IN_PLACE = new RegExp(
  String.raw`\b(work\w*|been|bosse|bossait|travaille\w*) (?:in|dans|at) (?:a|an|une|un) ` +
    String.raw`(?!(?:team|squad|equipe|environment|environnement|context|contexte|project|projet|role|position|poste|` +
    String.raw`mission|cloud|agile|sprint|production|prod|group|groupe|similar|same|big|large|small|startup|` +
    String.raw`international|multinational)\b)` +
    // (Nor "a data team", "a lead role", « une grosse équipe »: how, or with whom, not where.)
    String.raw`((?![\p{L}]+ (?:teams?|squads?|equipes?|roles?|positions?|postes?|environments?|settings?|setups?|` +
    String.raw`contexts?|projects?|projets?|groups?|groupes?|missions?)\s*\??$)[\p{L}]+(?: [\p{L}]+)?)\s*\??$`,
  "u",
);
/** « dans l'industrie pharmaceutique », "in the pharmaceutical industry", « le secteur bancaire »: a sector. */
const IN_SECTOR = new RegExp(
  String.raw`\b(?:dans|in|en) (?:l'|le |la |the )?(?:industrie|secteur|sector|domaine|branche) ` +
    // ("the insurance branch": German's Branche, an industry.)
    String.raw`(?:de la |de l'|du |des |de )?([\p{L}-]{4,})\s*\??$|\bin the ([\p{L}-]{4,}) (?:industry|sector|branch|` +
    String.raw`field|domain|vertical)\s*\??$`,
  "u",
);
/** "has he worked in retail?", « il a bossé dans l'assurance ? »: an industry, which employers' descriptions hold. */
const IN_INDUSTRY = new RegExp(
  String.raw`\b(work\w*|been|bosse|bossait|travaille\w*|experience|xp|fait) (in|within|dans|en|de|du) ` +
    String.raw`(?:the |l'|la |le |les )?` +
    String.raw`(?:grande |branche )?` +
    // (Not health: a school "for health and digital technology" says more in its passages than in its name.)
    String.raw`(retail|banking|finance|insurance|automotive|telecoms?|energy|luxury|e-?commerce|media|fintech|` +
    String.raw`government|public sector|secteur public|distribution|assurance|banque|automobile|` +
    String.raw`luxe|industry|industrie|manufacturing|pharma|pharmaceuticals?|pharmaceutique|logistics|logistique|` +
    String.raw`aerospace|aeronautics|aeronautique|energie|education|higher education|academia|enseignement|` +
    String.raw`enseignement superieur|` +
    // « dans l'auto », "in food and beverage", « dans les RH »: a trade or a department, which no employer's
    // description may hold (he encrypted HR data; he didn't work in HR).
    String.raw`auto|assurance auto|agroalimentaire|agro-alimentaire|food|food and beverages?|beverages?|drinks|` +
    String.raw`boissons?|spirits|spiritueux|wines?|vins?|sports?|sporting goods|hr|rh|human resources|` +
    String.raw`ressources humaines)` +
    String.raw`(?: (?:sector|industry|secteur|industrie|space|branch|branche|field|domain|vertical))?\s*\??$`,
  "u",
);
/** "Where did he stay the longest?", « son poste le plus court ? ». */
const LONGEST = new RegExp(
  String.raw`\b(longest|le plus longtemps|la plus longue|le plus long|plus longue mission|longest[- ]serving|` +
    // « sa plus longue expérience ? », « son plus long poste ? »
    String.raw`plus longue (experience|mission)|plus long (poste|emploi|job|contrat)|` +
    String.raw`most time|le plus de temps)\b`,
);
const SHORTEST =
  /\b(shortest|le moins longtemps|la plus courte|le plus court|least time|plus courte? (experience|mission|poste))\b/;
/** "Any gaps in his career?", « des trous dans son CV ? », "career breaks?". */
const GAPS = new RegExp(
  String.raw`\b(gaps?|career breaks?|breaks? (in|between)|trous?|interruptions? (de|dans)|` +
    String.raw`periodes? (d'inactivite|sans (emploi|poste|mission))|sans (emploi|poste|mission)|inactivite|` +
    String.raw`unemploy\w*|chomage|without (a )?job)\b`,
);

/** Words naming his roles, which "the longest" must be about ("the tool he used the longest" is not). */
const ROLE_NOUN_NEAR = new RegExp(
  String.raw`\b(company|companies|job|jobs|role|roles|poste|postes|boite|mission|missions|employer|employeur|` +
    String.raw`stints?|gigs?|positions?|contracts?|contrats?|engagements?|` +
    String.raw`stay|stayed|spent|reste|entreprise|client|where|ou|` +
    // "which was the longest?" after his employers: one of them.
    String.raw`which (one )?(was|lasted|is)|which of (them|those|these)|lequel|laquelle|` +
    // « son expérience la plus longue ? », « sa plus longue expérience ? », "his longest experience?"
    String.raw`(son|sa|his|her) (longest |shortest |plus longue |plus courte |plus long |plus court )?` +
    String.raw`(experience|emploi|job|poste|mission))\b`,
);
/** What "gaps" are about when they are his: "gaps in his career", « trous dans son CV ». */
const CAREER_NEAR = new RegExp(
  String.raw`\b(career|cv|resume|parcours|carriere|employment|between (jobs|roles|missions)|` +
    String.raw`entre (deux )?(postes|missions))\b|` +
    // "a gap between October 2019 and January 2020?", « un trou entre 2019 et 2020 ? »: between two dates of his.
    String.raw`\b(between|entre) (\w+ )?(19|20)\d\d\b`,
);

/** "When was the CV written?", "is the CV up to date?", « de quand date son CV ? », « le CV est-il à jour ? ». */
const CV_DATE = new RegExp(
  String.raw`\b(when (was|is|did) (the|his|this|her) (cv|resume|profile) (get )?(written|dated|from|last updated|` +
    String.raw`updated|write|update)|` +
    String.raw`(is|was) (the|his|this|her) (cv|resume|profile) (up to date|current|recent|dated|old|outdated|stale)|` +
    String.raw`how (old|recent|current|up to date) is (the|his|this|her) (cv|resume|profile)|` +
    String.raw`(date|age) of (the|his|this|her) (cv|resume)|(cv|resume) date|` +
    String.raw`(de quand|quand) (date|a ete (ecrit|redige|mis a jour)) (le|son|ce) (cv|profil)|` +
    String.raw`(le|son|ce) (cv|profil) (est[- ]il|est|date[- ]t[- ]il) (a jour|recent|ancien|date|de quand)|` +
    String.raw`(la )?date (du|de son) cv)\b`,
);

function tenureIntent(text: string, part: UnderstoodQuestion["parts"][number]): ProfileIntent | null {
  if (CV_DATE.test(text)) return { kind: "cv_date" };
  if (part.technologies.length > 0) return null;
  // "Any gaps?" alone, or about his career; not "the gap between his profile and our role".
  // (« des périodes d'inactivité ? », "unemployed at some point?": words of a career's gap whatever follows.)
  const careerWord = /\b(inactivite|unemploy\w*|chomage|career breaks?|sans (emploi|poste|mission))\b/.test(text);
  if (GAPS.test(text) && (CAREER_NEAR.test(text) || careerWord || /^(any )?(gaps?|trous?)\s*\??$/.test(text.trim())))
    return { kind: "gaps" };
  // "is he a job hopper?", "average tenure?", « il change souvent de boîte ? »: each role's length answers.
  if (HOPPING.test(text)) return { kind: "tenure", shortest: false };
  const alone = TENURE_ALONE.test(text);
  if (!alone && (!ROLE_NOUN_NEAR.test(text) || /\b(tech\w*|tools?|outils?|languages?|langages?)\b/.test(text)))
    return null;
  if (LONGEST.test(text) || EACH_ROLE_LENGTH.test(text)) return { kind: "tenure", shortest: false };
  if (SHORTEST.test(text)) return { kind: "tenure", shortest: true };
  return null;
}

/**
 * "which roles lasted more than 2 years?", "which jobs did he hold for less than a year?", « quels postes ont duré
 * plus de 2 ans ? »: his roles asked by their length against a bound.
 */
// (A verb of length before the bound: not "his job more than 3 years ago", « en plus de 5 ans de carrière ».)
const LASTED = new RegExp(
  String.raw`\b(which|what|quels?|quelles?)\b[^?]*\b(roles?|jobs?|positions?|missions?|employers?|compan(?:y|ies)|` +
    String.raw`stints?|postes?|emplois?|boites?|entreprises?|employeurs?)\b[^?]*?\b(?:lasted|last|lasting|held|hold|` +
    String.raw`stayed|stay|kept|worked|work|spent|were|was|dure|duraient|a dure|ont dure|reste|garde|occupe|` +
    String.raw`etaient)\b[^?]*?` +
    String.raw`\b(more|longer|over|less|shorter|under|fewer|plus|moins|at least|au moins|exactly|about|around|` +
    String.raw`roughly|exactement|environ|pile) (?:than |de |d')?` +
    String.raw`(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|une?|deux|trois|quatre|cinq|six|sept|` +
    String.raw`huit|neuf|dix)\s*(years?|yrs?|months?|ans?|annees?|mois)\b` +
    String.raw`(?! (ago|of (experience|career)|d'experience|de carriere))`,
);

/** "Has he held a position for more than 3 years?", « a-t-il occupé un poste plus de 2 ans ? » (LASTED's groups). */
const HELD_FOR = new RegExp(
  String.raw`\b(held|hold|kept|keep|stayed in|occupied|occupe|garde|tenu|had|have)() (?:a |any |one |un |une )?` +
    String.raw`(?:position|role|job|post|poste|emploi|mission)s? (?:for |pendant |durant )?` +
    String.raw`(more|longer|over|less|shorter|under|plus|moins|` +
    String.raw`at least|au moins) (?:than |de |d')?(\d+|an?|one|two|three|four|five|une?|deux|trois|quatre|cinq)\s*` +
    String.raw`(years?|yrs?|months?|ans?|annees?|mois)\b`,
);

/** "how many teaching roles has he had?", « combien de postes de formateur ? »: his teaching and training roles. */
const TEACHING_ROLES = new RegExp(
  String.raw`\b(how many|combien de|combien d') ?(teaching|training|lecturing|trainer|lecturer|teacher) ` +
    String.raw`(roles?|jobs?|positions?|missions?|gigs?)\b|\bcombien (de|d') ?(postes?|missions?|jobs?) ` +
    String.raw`(d'enseignant|de prof|de formateur|d'enseignement|de formation|de professeur)\b`,
);

/** Roles asked by their length ("which roles lasted over 2 years?"), or by teaching ("how many teaching roles?"). */
function lastedIntent(
  text: string,
  part: UnderstoodQuestion["parts"][number],
  role: string | null,
  original: string,
): ProfileIntent | null {
  // (Not "how many teaching jobs does he have right now?": his roles now.)
  const now = /\b(now|currently|right now|actuellement|en ce moment)\b/.test(text);
  if (!role && !now && part.technologies.length === 0 && TEACHING_ROLES.test(text))
    return { kind: "teaching_duration" };
  const found = role || part.technologies.length > 0 ? null : lastedBound(text);
  // (As the asker wrote it, accents kept: « moins d'une année ».)
  const asWritten = found && found.at >= 0 && original.length === text.length;
  const said = asWritten ? original.slice(found.at, found.at + found.said.length) : found?.said;
  const about = found?.about ? { about: true as const } : {};
  const exact = found && "exact" in found ? { exact: true as const } : {};
  const bound = found ? { months: found.months, over: found.over, said: said!, ...about, ...exact } : null;
  return bound ? { kind: "tenure", shortest: !bound.over, bound } : null;
}

/**
 * "has he done a 6-month mission?", "a mission of 3 months?", « une mission de 2 semaines ? »: a role of about that
 * length, asked of his roles (not the « 2 semaines » of a sprint, nor a heading's « (4 ans 3 mois) »).
 */
const ROLE_OF_LENGTH = new RegExp(
  String.raw`\b(?:missions?|jobs?|roles?|positions?|contracts?|contrats?|gigs?|assignments?|postes?|stints?|cdd)\s+` +
    String.raw`(?:of|lasting|de|d'une duree de)\s+(?:about |around |only |just |environ |seulement |at least |` +
    String.raw`au moins |more than |plus de |over )?` +
    String.raw`(\d+|a|an|one|two|three|six|un|une|deux|trois|six)\s*(weeks?|months?|years?|semaines?|mois|ans?)\b` +
    // (Not "a role of 5 years experience", "his role of 2 years ago": the years of something else.)
    String.raw`(?! *(?:ago|experience|exp|xp|d'experience|d'exp|d'xp|de carriere))|` +
    String.raw`\b(\d+)[- ](weeks?|months?|years?)[- ](?:long )?` +
    String.raw`(?:missions?|jobs?|roles?|contracts?|gigs?|assignments?)\b`,
);
/** A count said in figures or words: "6", "two", « deux »; "a", « un », « une » are one. */
const countOf = (word: string) => (/^(a|an|one|une?)$/.test(word) ? 1 : (numberOf(word) ?? 0));

/** "2 years+", "or more", « ou plus », "at least": a floor, not a length about that. */
const OR_MORE = new RegExp(
  String.raw`(\d\s*\+|\b(years?|yrs?|months?|ans?|mois)\s*\+|` +
    String.raw`\b(or more|ou plus|at least|au moins|minimum|plus de|more than|over)\b)`,
);

function roleOfLength(text: string): LengthBound | null {
  const m = ROLE_OF_LENGTH.exec(text);
  if (!m) return null;
  const count = (m[1] ?? m[3])!;
  const unit = (m[2] ?? m[4])!;
  const n = countOf(count);
  const months = /^(weeks?|semaines?)$/.test(unit) ? n / 4.35 : /^(months?|mois)$/.test(unit) ? n : n * 12;
  // ("a 6-month mission": "6 months", as a length is said.)
  const said = `${count} ${n > 1 ? unit.replace(/^(week|month|year)$/, "$1s") : unit}`;
  // (Where the asker's words are, when said as written: « 3 mois », not the "6-month" rewritten.)
  const at = m[1] ? m.index + m[0].lastIndexOf(count) : -1;
  if (n <= 0) return null;
  // ("long missions of 2 years+?": that long or more, which a longer role holds.)
  const more = OR_MORE.test(text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12));
  return more
    ? { months: months - 1, over: true, said: `${said}+`, at: -1 }
    : { months, over: false, said, about: true, at };
}

type LengthBound = { months: number; over: boolean; said: string; about?: true; exact?: true; at: number };

function lastedBound(text: string): LengthBound | null {
  const about = roleOfLength(text);
  if (about) return about;
  // (Not "which companies were more than 3 years ago?", « il y a plus de 3 ans »: when, not how long.)
  if (/\b(years?|yrs?|months?) ago\b|\bil y a (plus |moins )?(de |d')?\w+ (ans?|annees?|mois)\b/.test(text))
    return null;
  const m = LASTED.exec(text) ?? HELD_FOR.exec(text);
  if (!m) return null;
  const n = countOf(m[4]!);
  // ("a year and a half", « un an et demi », "1 year and 5 months": the rest counted too.)
  const rest = /^\s*(?:(?:and|et)\s+(?:a )?(half)|(?:et )?demie?|(?:(?:and|et)\s+)?(\d+|\w+) (?:months?|mois))\b/.exec(
    text.slice(m.index + m[0].length),
  );
  const extra = !rest || /^(months?|mois)$/.test(m[5]!) ? 0 : rest[2] ? countOf(rest[2]) : 6;
  const months = (/^(months?|mois)$/.test(m[5]!) ? n : n * 12) + extra;
  const over = /^(more|longer|over|plus|at least|au moins)$/.test(m[3]!);
  // ("at least a year": that long too.)
  const least = /^(at least|au moins)$/.test(m[3]!) ? 1 : 0;
  // ("exactly one year", « environ 6 mois »: of about that length, said without its word.)
  const near = /^(exactly|about|around|roughly|exactement|environ|pile)$/.test(m[3]!) ? { about: true as const } : {};
  const from = m[0].lastIndexOf(m[3]!) + ("about" in near ? m[3]!.length + 1 : 0);
  const [at, said] = [m.index + from, m[0].slice(from) + (extra > 0 ? rest![0] : "")];
  return months > 0
    ? { months: months - least, over, said, at, ...near, ...("about" in near ? { exact: true } : {}) }
    : null;
}

/** "…longest stint? and shortest?", « et le moins longtemps ? »: the word alone, asked on about his roles. */
const TENURE_ALONE = new RegExp(
  String.raw`^\s*(and |et )?(the |le |la |his |her |son |sa )?` +
    String.raw`(longest|shortest|plus longue?|plus courte?|moins longtemps|plus longtemps)\s*[?!.]*\s*$`,
);

/** Whether he changes jobs often: "job hopper", "average tenure", « il change souvent de poste ? ». */
const HOPPING = new RegExp(
  String.raw`\b(job[- ]?hop\w*|hops? (around|jobs)|` +
    String.raw`(average|typical|mean) (tenure|stay|time (per|in each) (job|role))|` +
    String.raw`tenure (per|in each) (job|role)|change\w* (jobs?|employers?|compan\w+) (often|a lot|frequently)|` +
    String.raw`(stable|stability) in (his )?(jobs?|roles?|positions?)|zappeur|` +
    String.raw`change (souvent|beaucoup) (de )?(boites?|postes?|jobs?|employeurs?|missions?)|` +
    String.raw`(duree|anciennete) moyenne)\b`,
);

/** "how long at each company?", « combien de temps dans chaque boîte ? »: every role's length, longest first. */
const EACH_ROLE_LENGTH = new RegExp(
  String.raw`\b(how long|combien de temps|durations?|durees?|lengths?)\b.*\b(each|every|chaque|tous (ses|les)|` +
    // « la durée de ses engagements successifs », "the length of his successive roles"
    String.raw`all (his|the)|successi\w*|` +
    String.raw`(ses|his) (engagements|missions|postes|jobs|roles|positions|contrats|contracts))\b`,
);

/** "What kind of company is EPISEN?", « c'est quel type de boîte, MAIF ? »: what the CV says that employer is. */
const KIND_OF_EMPLOYER = new RegExp(
  String.raw`\b((what|which) (kind|type|sort)s? of (company|companies|organi[sz]ation|business|school|firm|employer)|` +
    String.raw`(quel|quelle) (type|genre|sorte) (d'|de )(entreprise|boite|societe|structure|ecole|employeur)|` +
    // "What is EPISEN?", « c'est quoi AAA-Data ? »: the employer named and nothing else.
    String.raw`^(and |et |so )?(what|who)('s| is) [\w-]+( [\w-]+)?(?=\s*[?!.]*$)|` +
    String.raw`^(et )?(c'est quoi|c'est qui|qu'est[- ]ce que|qu'est[- ]ce qu) ?[\w'-]+( [\w-]+)?(?=\s*[?!.]*$))`,
);
const telling = (subject: UnderstoodQuestion["parts"][number]["words"]) =>
  subject.some((w) => !w.everyday && !/^(company|school|ecole|entreprise)$/.test(w.word));

/** What such a count counts: his jobs, clients or employers (« combien de clients en ce moment ? »). */
const COUNTED_ROLES = new RegExp(
  String.raw`\b(how many|combien( de| d')?)\s*([\w-]+ ){0,2}(jobs?|roles?|missions?|clients?|employers?|companies|` +
    String.raw`gigs?|positions?|contracts?|postes?|employeurs?|boites?|entreprises?|contrats?)\b`,
);
/** A count of jobs asked of now: "how many jobs now?", "at the same time", « en ce moment », « actuellement ». */
const COUNTED_NOW = new RegExp(
  String.raw`\b(how many|combien)\b(?!.*\b(up to|until|till|so far|to date|jusqu))` +
    String.raw`.*\b(now|currently|right now|at the moment|these days|at the same time|` +
    String.raw`simultaneously|in parallel|actuellement|en ce moment|maintenant|en meme temps|` +
    String.raw`en parallele)\b`,
);
/** The team of each role asked: "teams in each company", « ses équipes dans chaque boîte ». */
const TEAMS_EACH = new RegExp(
  String.raw`\b(teams?|equipes?|team (size|composition)|taille (de l'|des )?equipes?)\b[^?.]*` +
    String.raw`\b(in|at|for|dans|chez|de|pour) (each|every|chaque|toutes? (ses|les)) (compan|role|job|employer|firm|` +
    String.raw`client|mission|boite|entreprise|poste|employeur|societe)`,
);
const PAST_EMPLOYERS = /\b(previous|former|prior|anciens|anciennes|precedents|precedentes)\b/;

/** "which jobs were not freelance?", « ses postes pas en CDI ? »: the other kind of contract. */
const CONTRACT_DENIED =
  /\b(not|non|pas|weren't|wasn't|aren't|isn't)\s+(en\s+|on\s+(a\s+)?|as\s+(a\s+)?)?(freelanc|permanent|cdi|salari)/;

const SCHOOLS_ASKED = new RegExp(
  String.raw`\b(quels?|quelles?) (etablissements?|ecoles?|universites?)( d'enseignement( superieur)?| superieurs?)? ` +
    String.raw`(l'ont|l'a|ont|a) (employe|recrute|accueilli|embauche)|` +
    String.raw`\b(which|what) (schools?|universities|colleges) (employed|hired|has employed|have employed) (him|her)\b`,
);

/** "his last 3 jobs?", « ses 3 dernières expériences avec les dates ? »: that many roles, the latest first. */
function lastRolesIntent(text: string, part: UnderstoodQuestion["parts"][number]): ProfileIntent | null {
  if (part.roles.length > 0 || part.technologies.length > 0) return null;
  // (Not "in his last 2 jobs, what was the team size?", « dans ses 2 derniers postes il faisait de l'agile ? »: a
  // question of its own about them.)
  if (ASKED_OF_THEM.test(text)) return null;
  const latest = LAST_N_ROLES.exec(text);
  const n = latest ? Number(latest[2] ?? latest[3]) || (NUMBER_WORDS[(latest[2] ?? latest[3])!] ?? 0) : 0;
  return n > 0 ? { kind: "employers", latest: n } : null;
}

/** Something asked of the roles named, not the roles: "in his last 2 jobs, what was the team size?". */
const ASKED_OF_THEM =
  /\b(team|equipe|size|taille|stack|agile|skills?|competences?|tools?|outils?|il (faisait|utilisait)|did he|was he)\b/;
/** "his last 3 jobs", « ses 3 dernières expériences », "the two most recent roles": the latest roles, counted. */
const LAST_N_ROLES = new RegExp(
  String.raw`\b(last|latest|most recent|previous|recent) (\d|two|three|four|five) ${ROLE_PLURAL}|` +
    String.raw`\b(\d|two|three|four|five|deux|trois|quatre|cinq) (?:last|latest|most recent|dernier[es]*|derniers|` +
    String.raw`plus recent[es]*) ${ROLE_PLURAL}`,
);
/** "how many permanent contracts?", « combien de CDI ? »: roles counted by their contract. */
const COUNTED_CONTRACTS = new RegExp(
  String.raw`\b(how many|combien)\b(?![^?]*\b(years?|months?|ans|annees|mois|temps|time|long)\b)[^?]{0,30}` +
    String.raw`\b(permanent|cdis?|salari\w*|freelance\w*)\b`,
);
/** The roles on one contract: « ses postes en CDI ? », « il a été salarié où ? », "which jobs were freelance?". */
const ROLES_ON_CONTRACT = new RegExp(
  String.raw`^(?:et |and )?(?:(?:quels|quelles|lesquels|lesquelles|ses|les|which|what|his|her)\s+` +
    String.raw`(?:(?:postes|roles|jobs|missions|emplois|employeurs|employers|companies|entreprises|boites)\s+)?` +
    String.raw`(?:(?:etaient|were|was|en|on|as|sous)\s+)?(?:an?\s+|un\s+)?(cdi|freelance|permanent|salaries|salaried|` +
    String.raw`independants?)(?: contracts?| contrats?| roles?| jobs?)?|` +
    String.raw`(?:il|elle) (?:a ete|etait) (salarie|en cdi|en freelance|freelance|independant) (?:ou|where)|` +
    String.raw`where was (?:he|she) (salaried|permanent|freelance|on a permanent contract))\s*\?*$`,
);

/**
 * "how many permanent contracts?", « combien de CDI ? », "how many of his jobs were freelance?", « ses postes en
 * CDI ? », « il a été salarié où ? »: the roles on that contract.
 */
/** Roles counted: "how many jobs…", « combien de CDI ». */
const rolesCounted = (text: string) => COUNTED_ROLES.test(text) || /\b(how many|combien de) cdis?\b/.test(text);

function rolesOnContract(text: string): ProfileIntent | null {
  const counted = rolesCounted(text) ? COUNTED_CONTRACTS.exec(text) : null;
  if (counted) return { kind: "employers", contract: /freelanc/.test(counted[3]!) ? "freelance" : "permanent" };
  const listed = ROLES_ON_CONTRACT.exec(text);
  const said = listed?.slice(1).find(Boolean);
  return said ? { kind: "employers", contract: /freelanc|independ/.test(said) ? "freelance" : "permanent" } : null;
}

/** "does he teach at a private school?", "at a business school?": the kind of school (asked in English). */
const TEACH_AT_KIND = new RegExp(
  String.raw`\b(?:teach\w*|taught|lectur\w*|enseign\w*|intervient|intervenait)\s+(?:at|in|for|dans|a|en|pour)\s+` +
    String.raw`(?:an?|the|une?|l'|la|le)\s*((?:[\p{L}-]+\s+){0,2}(?:school|ecole|university|universite|college|` +
    String.raw`institute|institut)(?:\s+(?:de|d')\s*[\p{L}-]+)?)\s*\??$`,
  "u",
);

/** "Which companies?", "which industries?", "did he work for a bank?": his employers, or what they are. */
function employersIntent(
  text: string,
  part: UnderstoodQuestion["parts"][number],
  role: string | null,
): ProfileIntent | null {
  if (role || part.technologies.length > 0) return null;
  // (A sector the CV's own words hold, "health", is what its passages say: not a kind of employer only.)
  const sector = IN_SECTOR.exec(text)?.slice(1).find(Boolean);
  const held = sector && part.words.some((w) => w.word === sector && !w.absent);
  // ("a retail company before?": the kind, not when.)
  const kindAsked = (
    TEACH_AT_KIND.exec(text)?.[1] ??
    FOR_KIND.exec(text)?.[3] ??
    IN_INDUSTRY.exec(text)?.[3] ??
    IN_PLACE.exec(text)?.[2] ??
    (held ? undefined : sector)
  )
    ?.replace(/ (before|previously|already|ever|yet|avant|auparavant|deja)$/, "")
    .replace(/ (company|companies|firm|firms|business|businesses|entreprise|societe|boite)$/, "")
    // (« l'auto », "the auto industry": the trade's name cut short, as people say it.)
    .replace(/^auto$/, "automobile");
  // (Not "3+ years of experience in insurance?": the years in it, which its roles' dates give.)
  if (kindAsked && !part.words.some((w) => w.employer) && !AT_LEAST.test(text))
    return { kind: "employers", sectors: true, kindAsked };
  // « quels établissements d'enseignement supérieur l'ont employé ? », "which schools employed him?": schools.
  if (SCHOOLS_ASKED.test(text))
    return { kind: "employers", sectors: true, kindAsked: /\bschools?\b/.test(text) ? "school" : "école" };
  // "sectors?", « secteurs ? »: the sectors, asked in a word.
  if (SECTORS_ALONE.test(text)) return { kind: "employers", sectors: true };
  const onContract = rolesOnContract(text);
  if (onContract) return onContract;
  // (« en ce moment il est chez qui ? »: where he is now, not every employer.)
  if (!EMPLOYERS.test(text) || DOES_NOW.test(text) || toldOnly(EMPLOYERS, text)) return null;
  // ("what kind of teams in each company — how many people, which roles?": each role's team, which its "Team:" says.)
  if (TEAMS_EACH.test(text)) return null;
  // "how many jobs at the same time now?", « combien de clients en ce moment ? »: his current roles.
  // (Not "how many groups inside the company use the thing he's building right now?": a count of his work's.)
  if (COUNTED_NOW.test(text) && COUNTED_ROLES.test(text)) return { kind: "current", role: null };
  // « il a prédit quels clients seraient chauds »: « quels clients » after a verb is what he predicted.
  const before = /(\S+)\s+(?:quels|quelles|which)\s+(?:clients|customers)\b/.exec(text)?.[1];
  if (before && !/^(pour|chez|dans|avec|a|de|sont|et|ses|for|with|at|and|are|were|his)$/.test(before)) return null;
  if (SECTORS.test(text)) return { kind: "employers", sectors: true };
  // "his previous employers", « ses anciens employeurs »: those before his current roles.
  const past = PAST_EMPLOYERS.test(text) ? { past: true } : {};
  // ("…every organisation, including any teaching or freelance engagements": all of them, freelance too.)
  const only = text.replace(INCLUDING, " ");
  // ("who are his clients?", « ses clients ? »: a freelancer's, not the employers he was on staff with.)
  // (His own: not "the client wants his full history", the asker's.)
  const clients = HIS_CLIENTS.test(only) && !PAST_EMPLOYERS.test(text);
  const freelance = FREELANCE.test(only) || clients;
  const permanent = SALARIED.test(only) || /\bpermanent\b/.test(only);
  const negated = CONTRACT_DENIED.test(only);
  const asked: "freelance" | "permanent" = freelance !== negated ? "freelance" : "permanent";
  const contract = freelance !== permanent ? { contract: asked } : {};
  const years = lastYears(text);
  const within = years ? { withinYears: years } : {};
  const kind: ProfileIntent = { kind: "employers", ...past, ...contract, ...within };
  return OLDEST_FIRST.test(text) ? { ...kind, oldestFirst: true } : kind;
}

/**
 * "Our client is an insurer who wants to score its clients. Has he done that kind of scoring?": words of a kind only
 * in a sentence told before the question (a full stop, then a question mark), which are the asker's, not his.
 */
function toldOnly(pattern: RegExp, text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const asked = sentences.filter((x) => /\?\s*$/.test(x));
  if (asked.length === 0 || asked.length === sentences.length) return false;
  if (!asked.some((x) => /\b(he|she|il|elle|his|her|son|sa|candidate|candidat)\b/.test(x))) return false;
  const once = new RegExp(pattern.source, pattern.flags.replace("g", ""));
  return sentences.some((x) => once.test(x)) && !asked.some((x) => once.test(x));
}

/** "including any freelance work", « y compris ses missions freelance »: more taken in, not a kind kept alone. */
const INCLUDING =
  /\b(including|incl|as well as|along with|together with|plus any|y compris|ainsi que|inclus|incluant)\b[^.?!;]*/g;

/** "in the last 5 years", "over the past three years", « ces 5 dernières années », « les trois dernières années ». */
const LAST_YEARS = new RegExp(
  String.raw`\b(?:last|past) (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?:years|yrs)\b|` +
    String.raw`\b(?:ces|les) (\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) dernieres annees\b`,
);

/** How many recent years a question is about, or null. */
function lastYears(text: string): number | null {
  const m = LAST_YEARS.exec(text);
  const said = m?.[1] ?? m?.[2];
  if (!said) return null;
  const n = /^\d+$/.test(said) ? Number(said) : (NUMBER_WORDS[said] ?? 0);
  return n > 0 ? n : null;
}

/** "who are his clients?", « ses clients ? »: a freelancer's own. */
const HIS_CLIENTS = /\b(his|her|ses|son|sa) (\w+ )?(clients?|customers?)\b/;
/** "walk me through his career, oldest first", « par ordre chronologique »: the list the other way round. */
const OLDEST_FIRST = new RegExp(
  // (Not "in reverse chronological order", « anti-chronologique », newest first: the CV's own order.)
  String.raw`\b((oldest|earliest|first one) first|(?<!reverse[ -]|anti-?|inverse )` +
    String.raw`chronologi(cal|cally|que|quement)(?! inverse)|from the (start|beginning)|` +
    // "a timeline of his career", « une chronologie », « une frise »: in time order, by what the words mean.
    String.raw`du plus ancien|depuis le debut|timeline|chronolog(y|ie)|frise|` +
    // "from his first job to today", « de son premier poste à aujourd'hui »
    String.raw`(from|de) (his|her|son|sa) (very |tout )?(first|premier|premiere|1er) ` +
    String.raw`(job|one|role|position|poste|emploi|boulot|mission|experience)s?)\b`,
);

/** Employers asked about by what they do: "which industries?", « quels secteurs ? ». */
const SECTORS = /\b(industr\w*|sectors?|secteurs?|domains?|domaines?|kind of compan\w+|types? d'entreprises?)\b/;
const SECTORS_ALONE =
  /^(and |et )?(the |his |les |ses )?(industr(y|ies)|sectors?|secteurs?( d'activite)?|verticals?)\s*[?!.]*\s*$/;
/** "What was his previous job?", "before going freelance?": the role before his current ones. */
const PREVIOUS = new RegExp(
  String.raw`\b((his|her|the) (previous|former|prior) (job|role|position|employer|company|mission|gig)|` +
    String.raw`(son|sa) (precedent|precedente|ancien|ancienne) (poste|emploi|job|employeur|boite|entreprise|mission)|` +
    String.raw`(poste|emploi|job|employeur|boite|entreprise|mission) (precedent|precedente|d'avant)|` +
    // « et la précédente ? », "and the previous one?" after his latest role.
    String.raw`^(et |and )?(la |le |the )(precedente?|previous( one)?)` +
    String.raw`( experience| mission| poste| job| role)?(?=\s*\?*$)|` +
    // « et l'avant-dernière ? », "the one before last?", "his penultimate job?": the one before the latest.
    String.raw`^(et |and )?(l'avant[- ]derniere?|the (one|job|role) before last|(his |the )?(penultimate|` +
    String.raw`second[- ]to[- ]last|second most recent)( one| job| role| mission| position)?)(?=\s*\?*$)|` +
    String.raw`before (his|her) (current|present) (role|job|position|mission|roles|jobs))\b`,
);
const BEFORE_FREELANCE = new RegExp(
  String.raw`\b(before|prior to) (going|becoming|turning|he went|he became) (a )?(freelance|freelancer|independent)|` +
    String.raw`avant (d'etre|de devenir|de passer|de se mettre) (a son compte|en )?(freelance|independant)\b`,
);
/** "has he left…?", "is he no longer at…?", « a-t-il quitté… ? », « il n'est plus chez… ? » */
const LEFT_ASKED = new RegExp(
  String.raw`^(and |so |et |alors )?(i heard |i was told |apparently |i think |j'ai entendu dire qu'?|apparemment )?` +
    // "He left Decathlon, right?", "I heard he quit Decathlon": the same asked as a statement to confirm.
    String.raw`(ha(s|ve) (he|she) (already )?(left|quit)|did (he|she) (already )?(leave|quit)|` +
    String.raw`(he|she) (has )?(left|quit)|` +
    // "Has he stopped working at Decathlon?", « est-il parti de Decathlon ? », « il ne travaille plus chez… ? »
    String.raw`ha(s|ve) (he|she) stopped working (at|for|with)|did (he|she) stop working (at|for|with)|` +
    String.raw`(is|was) (he|she) no longer (at|with)|a[- ]t[- ](il|elle) (deja )?quitte|(il|elle) a (deja )?quitte|` +
    // « il a arrêté Decathlon ? », « a-t-il fini sa mission chez Decathlon ? »: left too.
    String.raw`(a[- ]t[- ](il|elle)|(il|elle) a) (deja )?(arrete|lache|(fini|termine|arrete) ((sa mission|son poste|` +
    String.raw`sa presta|son contrat|son job) )?(chez|a|avec))|` +
    // « il a fini d'enseigner à l'EPISEN ? », « c'est fini chez Decathlon ? »
    String.raw`(a[- ]t[- ](il|elle)|(il|elle) a) (deja )?(fini|termine|arrete) ` +
    String.raw`(d'enseigner|de donner (des |ses )?cours|` +
    String.raw`ses cours|de travailler|de bosser) (chez|a|avec)|c'est (deja )?(fini|termine) (chez|avec|a)|` +
    // "did he finish his mission at Decathlon?", "is he done at EPISEN?", "has he finished at MAIF?"
    String.raw`(did|has) (he|she) (already )?(finish|finished|end|ended|complete|completed|stop|stopped|wrap up|` +
    String.raw`wrapped up)( (his|her) (mission|contract|assignment|job|role|gig|work|teaching|lectures|classes|` +
    String.raw`courses))? (at|with|for)|` +
    String.raw`(is|was) (he|she) (done|finished) (at|with)|` +
    String.raw`est[- ](il|elle) parti(e)? (de chez|de)|(il|elle) est parti(e)? (de chez|de)|` +
    // "He's not at EPISEN anymore, right?", "he's done with Decathlon, right?": the same, said to be confirmed.
    String.raw`(he|she)('s| is) (not|no longer) (at|with)|(he|she)('s| is) (done|finished|through) (at|with)|` +
    String.raw`(he|she) (has )?(wrapped up|finished) (at|with)|ha(s|ve) (he|she) (been )?(done|finished) (at|with)|` +
    String.raw`(il|elle) ne (travaille|bosse) plus (chez|a|pour)|(il|elle) (travaille|bosse|est) plus (chez|a|pour)|` +
    String.raw`(il|elle) n'est plus (chez|a)|n'est[- ](il|elle) plus (chez|a)) (the |la |le |l'|l )?`,
);
const CURRENT = new RegExp(
  String.raw`\b(current|currently|right now|these days|nowadays|at the moment|present|still|latest|last|today|` +
    // "in which company is he working now?" (not "does he do any modelling now?").
    String.raw`(working|works|employed) now|now (working|employed)|(role|job|position|title|poste) now|` +
    // "Is he working at MAIF now?", « il est chez MAIF maintenant ? »: the question's last word.
    // (Not "does he do any modelling now?", "…mentoring at Decathlon now?": a thing done now, which its passages say.)
    String.raw`^(is|are) (he|she) (still )?(working |employed |based )?(at|with|for|in) [\w'-]+( [\w'-]+)? now` +
    String.raw`(?=\s*[?!.]*$)|` +
    String.raw`^(il|elle) (est|travaille|bosse) (toujours )?(chez|a|pour) [\w'-]+( [\w'-]+)? maintenant` +
    String.raw`(?=\s*[?!.]*$)|` +
    // "in which company is he now?", "what company he at now", "he is working actually in which company?" (ESL).
    String.raw`(company|employer|firm|client|customer) (is )?(he|she)( working| employed)?( (in|at|with|for))? now|` +
    String.raw`(working|works|is|employed) actually in|` +
    String.raw`most recent|dernier|derniere|actuel|actuelle|actuels|actuelles|plus recente?s?|presentement|` +
    // "the actual position of the candidate": a second-language asker's « actuel », not a past role's real one.
    String.raw`(?<!\bwas (?:his|her|the) )actual` +
    String.raw`(?= (?:position|job|role|employer|company|mission|client|occupation|project)\b)` +
    String.raw`(?![^?]*\b(?:at|chez|did|held|had|was)\s)|` +
    String.raw`actuellement|en ce moment|toujours|aujourd'hui|a l'heure actuelle|de nos jours|` +
    // « il est encore chez AAA-Data ? », « il est en poste chez MAIF ? »: whether he is there now.
    String.raw`encore|(il|elle) est en poste|` +
    // « quelles fonctions occupe-t-il ? »: what he holds, now (not « a-t-il occupés à ce jour », to date).
    String.raw`(occupe|exerce)[- ]t[- ](il|elle))\b`,
);
/** "his present client", "the company he works for now": the role named by being now's (see the reader). */
const PLACE_NOW = new RegExp(
  String.raw`\b(current|present|actual) (client|customer|employer|company|firm|school)\b|` +
    String.raw`\b(client|employeur|entreprise|boite|societe|ecole) (actuel|actuelle|du moment)\b|` +
    String.raw`\b(he|she) (works|is working|teaches) (for|at|with|in) (now|currently|today)\b`,
  "g",
);
/** "What's his job title?", « son intitulé de poste ? »: the title he holds now, or held in the role named. */
const JOB_TITLE = new RegExp(
  String.raw`\b((his|her) (current |official |actual )?(job |role |position )?titles?|job titles?|` +
    // "current title?", "title?", « titre actuel ? »: said in two words, or one.
    String.raw`(current|present|actual|official|latest) (titles?|designation)|^titles?(?=\W*$)|` +
    // "what title do I put on the submittal?", « quel titre je mets ? »: the title to write for him.
    String.raw`(what|which) (job )?title (do|should|shall|can|could|would) (i|we)|(quel|quelle) (titre|intitule) ` +
    String.raw`(je|on|dois[- ]je) (mets|met|mettre|indique)|what'?s (he|she) called|what is (he|she) called|` +
    String.raw`titres? actuels?|intitules? actuels?|` +
    // "what's his role at AAA-Data?", « quel était son rôle chez MAIF ? »
    String.raw`(what'?s|what is|what was) (his|her) (role|position|job)|(quel|quelle) (est|etait) (son|sa) ` +
    String.raw`(role|poste|fonction)|(quel|quelle) (est|etait) (son|le) metier( (de ce|du) (candidat|consultant))?|` +
    String.raw`(son|sa) (titre|intitule)( de poste)?|(quel|quelle) (est )?(son|sa) (titre|intitule)|` +
    String.raw`intitules? (de|du) (son )?poste|titres? de poste|` +
    // "what position did he hold at MAIF?", « quel poste occupait-il chez Decathlon ? », « quel poste il avait ? »
    String.raw`(what|which) (job |official )?(position|role|title|post) (did|does|has) (he|she) ` +
    String.raw`(hold|have|had|occupy|occupied|fill|filled)|(quel|quelle) (poste|role|fonction|titre) ` +
    String.raw`((occupait|occupe|avait|a occupe|a eu|tenait|exercait|a exerce)[- ](il|elle)|(il|elle) ` +
    String.raw`(occupait|occupe|avait|a occupe|a eu|tenait|exercait|a exerce)|a[- ]t[- ](il|elle) ` +
    String.raw`(occupe|eu|tenu|exerce))|` +
    // « c'est quoi son poste ? », « son métier c'est quoi ? »
    String.raw`c'?est quoi (son|sa) (role|poste|fonction|titre|metier|job|boulot)|` +
    String.raw`(son|sa) (role|poste|fonction|metier|job|boulot),? c'?est quoi)\b`,
);
/** "What was his first job?", « début de carrière » : the earliest role the profile lists. */
/**
 * Years counted since the start of his career: « combien d'années d'expérience…, depuis le début de sa carrière »,
 * "how many years since the start of his career": no first role asked.
 */
const YEARS_COUNTED_SINCE = new RegExp(
  String.raw`\b(how many (years|yrs)|years of (experience|exp|xp)|combien d'(annees|ans)|` +
    String.raw`(annees|ans) d'(experience|xp))\b.*`,
);
const FIRST_ROLE = new RegExp(
  // "first job after school?", « premier poste après ses études ? »: the earliest role the CV gives.
  String.raw`\b((first|premier|1er) (job|role|position|poste|emploi|boulot) (after|out of|apres|en sortie d'|` +
    String.raw`a la sortie d'|a la sortie de) ?(school|uni|university|college|graduation|his studies|ses etudes|` +
    String.raw`l'ecole|l'universite|l'ecole d'inge\w*|ecole)|` +
    String.raw`(his|her|the) (very )?(first|earliest|oldest) (job|role|position|employer|mission)|` +
    String.raw`first (job|role|position) (he|she) had|(son|sa) (plus ancien|plus ancienne) (poste|emploi|mission)|` +
    String.raw`start(ed)? (his|her) career|(son|sa) (tout )?premier (poste|emploi|job|employeur|boulot|mission)|` +
    String.raw`(son|sa) (toute |tres )?premiere (mission|experience|boite|job)|debut de (sa )?carriere|` +
    // « il a commencé quand sa carrière ? », « sa carrière a débuté quand ? »
    String.raw`(commence|debute|demarre)\w* (quand |en quelle annee )?sa carriere|` +
    String.raw`sa carriere (a )?(commence|debute|demarre)\w*|` +
    // "first job?", « premier poste ? » said alone.
    String.raw`^(first|earliest|premier|premiere|1er) (job|role|position|employer|poste|emploi|boulot)(?=\s*[?!.]*$)|` +
    // « et la toute première ? », "and the very first one?"
    String.raw`^(et |and )?(la |le |the )(toute |tout |very )?(premiere|premier|first( one)?|oldest( one)?|` +
    String.raw`earliest( one)?|plus ancien(ne)?)` +
    String.raw`( experience| mission| poste| job| role)?(?=\s*\?*$)|` +
    // « en quelle année a-t-il débuté sa carrière ? », "when did he begin his career?"
    String.raw`(commence|debute|demarre|lance|start|started|began|begun|begin)\w*( (sa|son|his|her))? ` +
    String.raw`(carriere|career|vie professionnelle|working life|professional life))\b`,
);
/** "What does he do?", « il fait quoi ce candidat ? »: his work now. */
const DOES_NOW = new RegExp(
  String.raw`^(and |et |so )?(what does (he|she|the candidate) do( for a living)?|` +
    String.raw`(what is|what'?s) (he|she) doing( now| these days| at the moment| currently)?|` +
    // "what's he been doing lately?", « qu'a-t-il fait récemment ? »: his work now.
    String.raw`(what'?s|what has|what have) (he|she) been (doing|working on|up to)( lately| recently| these days)?|` +
    String.raw`(qu'a[- ]t[- ](il|elle)|(il|elle) a) fait (quoi )?(recemment|dernierement|ces derniers temps)|` +
    String.raw`(il|elle) fait quoi (ces temps[- ]ci|dernierement|ces derniers temps)|` +
    String.raw`where (does|is) (he|she) work(ing)?( now| currently| today| these days| at the moment)?|` +
    String.raw`(ou|chez qui|pour qui) (travaille|bosse)[- ](t[- ])?(il|elle)` +
    String.raw`( maintenant| actuellement| en ce moment)?|` +
    String.raw`(il|elle) (travaille|bosse) pour qui( maintenant| actuellement| en ce moment)?|` +
    // "which company does he work for?", « dans quelle boîte il bosse ? », « il travaille pour quelle entreprise ? »
    String.raw`(which|what) (company|firm|employer|client|organi[sz]ation) (does|is) (he|she) (work|working) ` +
    String.raw`(for|at|with|in)|(which|what) (company|firm|employer|client) is (he|she) (at|with|in)|` +
    String.raw`who (does|is) (he|she) work(ing)? for|` +
    // ("the name of the company he works for?", « la boîte où il bosse, elle s'appelle comment / c'est laquelle ? »)
    String.raw`(what'?s|what is)( the name of)? the (company|firm|employer|client) (he|she) (works?|is working) ` +
    String.raw`(for|at|with)( now| currently| today| these days| at the moment)?( called)?|` +
    String.raw`(la |sa )?(boite|entreprise|societe|structure) (ou|pour laquelle|chez qui|dans laquelle) (il|elle) ` +
    String.raw`(bosse|travaille)( actuellement| maintenant| en ce moment)?,? (elle s'appelle comment|c'est laquelle|` +
    String.raw`c'est quoi|s'appelle comment|comment s'appelle[- ]t[- ]elle|son nom)|` +
    // ("who employs him?", « qui l'emploie ? »: his employers now.)
    String.raw`who (employs|is employing|pays) (him|her)( now| currently| today| these days| at the moment)?|` +
    String.raw`qui l'(emploie|embauche|paie|paye)( actuellement| maintenant| en ce moment| aujourd'hui)?|` +
    String.raw`((dans|pour|chez) (quelle|quel) (entreprise|boite|societe|structure|client|employeur) )` +
    String.raw`((travaille|bosse)[- ](t[- ])?(il|elle)|(il|elle) (travaille|bosse))|` +
    String.raw`(il|elle) (travaille|bosse) (dans|pour|chez) (quelle|quel) (entreprise|boite|societe|structure|` +
    String.raw`client|employeur)|chez qui (il|elle) (travaille|bosse)|` +
    // « il bosse pour qui ? », « il bosse où ? », « il est dans quelle boîte ? », "who is his employer?"
    String.raw`(il|elle) (bosse|travaille) (pour qui|ou)|(il|elle) est (dans|chez) (quelle|quel) (boite|entreprise|` +
    String.raw`societe|structure|client)|who('s| is) (his|her) (current )?(employer|client|company)|` +
    String.raw`(c'?est quoi|c quoi|quelle est) (sa|son) (boite|entreprise|employeur|societe)|` +
    String.raw`what (does|is) (he|she) (do|doing|work on|working on) now|` +
    String.raw`what'?s (he|she) up to( (right )?now| these days| at the moment| currently| lately)?|` +
    String.raw`(il|elle) fait quoi( (ce|cette) candidat\w*| dans la vie| comme (job|metier|boulot|travail)|` +
    String.raw` maintenant| actuellement| en ce moment| aujourd'hui)?|` +
    String.raw`que fait[- ](il|elle)( dans la vie| maintenant| actuellement)?|` +
    // « il fait quel travail ? », « quel est son métier ? »: his work, now.
    String.raw`(il|elle) fait quel (travail|metier|job|boulot)|quel est son (travail|metier|job|boulot)|` +
    String.raw`qu'est[- ]ce qu'(il|elle) fait( dans la vie| maintenant| actuellement)?|` +
    // « il est sur quoi en ce moment ? », « il est sur quel projet là ? », « il est en poste ? », « il est en
    // mission ? », « en ce moment il est chez qui ? », "is he on assignment?": where and on what he is now.
    String.raw`((en ce moment|actuellement|maintenant|la) )?(il|elle) est (sur quoi|sur quel(le)?s? (projets?|` +
    String.raw`missions?|sujets?|clients?)|en (poste|mission|activite)|chez qui)( (la|en ce moment|actuellement|` +
    String.raw`maintenant|aujourd'hui))?|` +
    String.raw`(is|are) (he|she) (on (an? )?(assignment|mission|contract|project)|in (a )?(job|post|role)|working|` +
    String.raw`employed)( (right )?now| currently| at the moment| today| these days)?|` +
    // "what's the most recent thing he has done?", « son dernier projet ? »: what he does now.
    String.raw`(what'?s|what is|what was) (the|his|her) (most recent|latest|last) (thing|project|job|role|work|` +
    String.raw`mission|experience)( (he|she) (has )?(done|did|worked on|had))?|(son|sa) (dernier|derniere) ` +
    String.raw`(projet|poste|job|mission|experience)( en date)?)` +
    // "where does he work now and since when?", « où travaille-t-il et depuis quand ? »: and how long, too.
    String.raw`(,? (and |et )?(since when|for how long|how long|depuis quand|depuis combien de temps))?\s*\?*$`,
);
const ROLE_WORDS = new RegExp(
  String.raw`\b(role|roles|job|jobs|position|positions|mission|missions|work|working|doing|do|poste|postes|fait|busy|` +
    // "his current project?", « son projet actuel ? »: the work he is on now.
    String.raw`project|projects|projet|projets|` +
    String.raw`fait-il|travaille|travail|bosse|occupe|employer|employed|client|company|employeur|boite|entreprise|` +
    String.raw`boulot|` +
    String.raw`gig|gigs|` +
    String.raw`fonctions?|occupe-t-il|donneurs? d'ordres?|emplois?|` +
    String.raw`freelance|salarie|cdi|independant|` +
    // « sa dernière expérience ? », "his latest experience?": his latest role.
    String.raw`(derniere|latest|last|most recent|current|actuelle) (experience|xp)|` +
    String.raw`(experience|xp) (actuelle|la plus recente))\b`,
);
const OVERVIEW = new RegExp(
  String.raw`(^(his|her|sa|son) (mission|role|job|work|poste|assignment|engagement)\b)|` +
    String.raw`\b(qu'? ?est[- ]ce qu'? ?(il|elle) (a |avait )?(fait|faisait)|qu'?(il|elle) a fait|` +
    String.raw`(il|elle) (y )?(a fait|faisait) quoi|qu'?(il|elle) y (a fait|faisait)|qu'?y a-t-il fait|` +
    String.raw`c'?etait quoi (sa|son) (mission|role|poste|job)|` +
    // « quelle a été sa contribution au projet ? », "what was his contribution?": what he did there.
    String.raw`(sa|son|his|her) (contribution|apport|part)( (au|a ce|sur le|to the|on the) (projet|project))?|` +
    String.raw`what (exactly |precisely |actually |really )?(did|does|do) (he|she) ` +
    String.raw`(actually |really |concretely |exactly |precisely )?(do|work on|build|deliver|achieve)|` +
    // "what was the project (at AAA-Data)?", « c'était quoi le projet ? », "what's the context?".
    String.raw`(c'?etait|c'?est|what was|what is|what's|quel (etait|est)) (quoi )?(le|la|the) ` +
    String.raw`(projet|project|mission|context|contexte)|` +
    String.raw`what was (his|her) (role|job|mission|work)|what (is|was) (he|she) doing|` +
    // "what he did exactly at Pernod Ricard?": the question without its auxiliary, as non-native speakers ask.
    String.raw`^what (he|she) (did|does|was doing)( exactly| precisely| there)?\b|` +
    // "Walk me through what he actually does at Decathlon", "run me through his work at MAIF".
    String.raw`(walk|run|take) me through (what (he|she) (actually |really )?(did|does|has done)|(his|her) ` +
    String.raw`(work|role|time|job|mission))|` +
    // "Can you explain me what he has done at MAIF?": the question told, in its telling's order.
    // (Not "what he has worked on regarding security": the topic asked, which the passages answer.)
    String.raw`\bwhat (he|she) (has|had) (done|been doing|worked on)\b` +
    String.raw`(?! (regarding|about|on|concerning|in terms of|with respect to|related to|around|with|` +
    String.raw`in the (field|area))\b)|` +
    String.raw`tell me (more )?about (his|her) (time|work|role|job|mission)|` +
    String.raw`describe (his|her) (role|work|job|mission)|(qu'a-t-il|qu a t il|qu'a t il|qu'est-ce qu'il a) fait|` +
    String.raw`que faisait-il|que fait-il|quel (etait|est) son (role|poste)|son role|sa mission|ses missions|` +
    // "what were his responsibilities at Decathlon?", « la nature de son intervention chez Pernod ? »
    String.raw`(his|her) (main )?(responsibilities|duties|tasks|remit|scope)|` +
    String.raw`(ses|sa|son) (principales )?(responsabilites|taches|attributions|perimetre)|` +
    String.raw`(nature|teneur|contenu) (de |d')(son|sa) (intervention|mission|poste|role)|son intervention|` +
    String.raw`parle[z]?-moi de (sa|son)|` +
    // « m'en dire davantage sur la mission réalisée chez MAIF », "tell me more about the assignment at MAIF".
    String.raw`(dire|savoir|parler|raconter) (un peu )?(davantage|plus|en plus) (sur|de) (la|sa|son|cette|ce) ` +
    String.raw`(mission|poste|role|experience|passage|job)|` +
    String.raw`(more|a bit more|a little more) about (the|his|her|that|this) ` +
    String.raw`(mission|assignment|engagement|role|job|stint))\b`,
);
const RESULTS = new RegExp(
  String.raw`\b(results?|achievements?|achieved?|accomplishments?|accomplished|outcomes?|impact|key wins?|` +
    // "…that figures out which customers will buy?": the verb, not figures.
    String.raw`wins|figures(?! out\b)|numbers|metrics|kpis?|` +
    String.raw`resultats?|realisations?|reussites?|chiffres|accomplissements?|gains|le plus fier|most proud|` +
    String.raw`(most )?impressive (thing|project|work)|proudest|biggest (project|win|success|mission|job|engagement)|` +
    // « il a fait quoi de plus impressionnant ? »: what he did, by its results.
    String.raw`de plus (impressionnant|marquant|remarquable)|` +
    String.raw`plus (gros|grand|beau) projet|plus grande? (reussite|realisation)|fierte|` +
    // « sa plus grosse mission », « sa plus grosse job » (Québec): the largest work, by its results.
    String.raw`plus (grosse|grande|belle) (mission|job|realisation)|plus (gros|grand|beau) (job|chantier)|` +
    // "the biggest speedup he got?", "before/after numbers", « son plus gros gain de perf ? »
    String.raw`(biggest|best|largest|greatest|most impressive) (speed-?ups?|gains?|improvements?|` +
    String.raw`optimi[sz]ations?|savings?|performance gains?)|before ?/ ?after|avant ?/ ?apres|` +
    String.raw`plus (gros|grand|bel|beau)(se)? (gains?|optimisations?|ameliorations?|economies?)|` +
    // « un gain de performance concret ? », "a performance gain he got?": one of them, which the results give.
    String.raw`gains? de (performance|perf|temps|vitesse)|` +
    // « accéléré un traitement de façon spectaculaire », "dramatically sped up a job": the speed-up itself.
    String.raw`(accelere\w*|sped up|speeded up|speed up)[^?]{0,40}\b(spectaculaire\w*|dramatic\w*|drastic\w*|` +
    String.raw`massive\w*|enorme\w*|huge)|(spectaculaire|dramatic|drastic|massive|huge|enorme) (speed-?ups?|` +
    String.raw`gains?|accelerations?|improvements?)|` +
    // "making a slow load massively faster?", « rendu un traitement bien plus rapide ? »: a speed-up, by how much.
    String.raw`(massively|dramatically|drastically|hugely|way|much|significantly|considerably) (faster|quicker)|` +
    String.raw`(beaucoup|nettement|bien|considerablement|drastiquement) plus (rapides?|vites?)|` +
    // « a-t-il réduit des temps de traitement ? », "has he cut processing times?": a speed-up asked, which the
    // results answer with their figures.
    String.raw`(reduit|reduire|reduisait|diminue\w*|raccourci\w*|cut|reduced?|reducing|shortened|slashed|lowered) ` +
    String.raw`(les |des |le |la |the |its |their |his )?(temps|durees?|processing times?|run ?times?|` +
    String.raw`execution times?|load(ing)? times?|job times?)( (de |d')(traitement|calcul|chargement|ingestion|` +
    String.raw`execution))?|` +
    // « qu'est-ce qu'il a apporté ? », "what value did he bring?", "what did he contribute?"
    String.raw`qu'?(est-ce qu'?)?(il|elle) (y )?a apporte|qu'a[- ]t[- ](il|elle) apporte|(son|ses) apports?|` +
    String.raw`what (value )?(did|has) (he|she) (bring|brought|contribute|contributed)|` +
    String.raw`value (he|she) (brought|added|delivered))\b`,
);
/** His results, of speed or of costs; savings asked of a role ("did he cut costs at AAA-Data?"). */
function resultsIntent(text: string, part: UnderstoodQuestion["parts"][number]): ProfileIntent | null {
  if (RESULTS.test(text) && part.technologies.length === 0)
    return { kind: "results", roles: part.roles, speed: SPEED.test(text), ...(COST.test(text) ? { cost: true } : {}) };
  // (A figure asked, "by 50%?", « de combien ? », is checked against the passages.)
  if (COST_CUT.test(text) && part.roles.length > 0 && !/\d|how much|by how|combien/.test(text))
    return { kind: "results", roles: part.roles, speed: false, cost: true };
  return null;
}

/** "did he cut costs at AAA-Data?", « a-t-il réduit les coûts chez AAA-Data ? »: savings asked of a role. */
const COST_CUT = new RegExp(
  String.raw`\b(cut|cutting|reduce[sd]?|reducing|lower(ed|ing)?|slash\w*|save[sd]?|saving|reduit|reduire|` +
    String.raw`diminue\w*|baisse\w*|economise\w*) (the |his |its |their |des |les |le |la |ses )?` +
    String.raw`(cloud |infra(structure)? |aws |run(ning)? |operating )?(costs?|bills?|spend(ing)?|money|couts?|` +
    String.raw`factures?|depenses?)\b`,
);
/** Results asked of speed: "the biggest speedup", "how much faster", « son plus gros gain de temps ». */
const SPEED = new RegExp(
  String.raw`\b(speed\w*|sped|faster|quicker|fast|times?|timings?|latency|runtimes?|durees?|temps|rapides?|vitesse|` +
    String.raw`acceler\w*|perf|performances?)\b`,
);
/** Time saved, asked: « gagné combien de temps », "how much time did he save", "time gained". */
const TIME_GAINED = new RegExp(
  String.raw`\b(gagne\w* (combien de|cb de|du|beaucoup de) temps|(combien de|cb de) temps (il a |a-t-il )?gagne|` +
    String.raw`gain de temps|time (saved|gained|savings?)|` +
    String.raw`how much time (did|has|was) (he |it )?(save|saved|gain|gained)|` +
    String.raw`(save|saved|gain|gained) how much time)\b`,
);
/** Results asked of money: "any figures on cost savings?", « des économies chiffrées ? ». */
const COST = /\b(costs?|savings?|saved|cheaper|bills?|budgets?|money|couts?|economies|economise\w*|factures?)\b/;
/** "Which languages does he code in?", « il code en quoi ? », « quels langages ? »: programming languages. */
const CODES_IN = new RegExp(
  String.raw`\b(programming languages?|coding languages?|` +
    String.raw`languages? (does|do|can|did) (he|she) (code|program|write|use)|` +
    String.raw`(does|do|can|did) (he|she) (code|program) in (what|which)|` +
    String.raw`langages?( de programmation)?|(il|elle) (code|developpe|programme) en|` +
    String.raw`(code|developpe|programme)[- ]t[- ](il|elle) en)\b`,
);
/** "What are his main skills?", "which languages does he code in?". */
/** Asked of now, and only now: "his current stack", « sa stack actuelle » (not "over the last 3 years"). */
const NOW_ONLY =
  /\b(current|currently|right now|these days|nowadays|at the moment|today|actuel\w*|aujourd'hui|en ce moment)\b/;

/** "skills in data security", « compétences en sécurité » (not "in general", "in short", "on his CV", « en bref »). */
const FIELD_SKILLS = new RegExp(
  String.raw`\b(skills?|competences?|expertise|strengths?) (in|on|around|regarding|en|sur|dans) ` +
    String.raw`(?!(general|gros|bref|short|brief|resume|a|an|one|the|his|her|son|sa|ses|une?|quelques|deux|trois)\b)\w`,
);

/**
 * Not his tools: "which tools has he never used?", « quels outils n'a-t-il jamais utilisés ? », or skills of another
 * kind, "his strongest soft skill?", « ses compétences relationnelles ».
 */
const NOT_HIS = new RegExp(
  String.raw`\b(never|not|n'?t|jamais|pas) (\w+ )?(used|use|touched|worked with|utilise\w*|touche\w*|fait)\b|` +
    String.raw`\b(soft|people|human|interpersonal|communication|relational|relationnel\w*|humaine?s?|` +
    String.raw`comportementa\w*) (skills?|competences?|qualit\w*|strengths?)\b|` +
    String.raw`\b(skills?|competences?|qualites?) (soft|humaines?|relationnel\w*|comportementa\w*)\b`,
);

function skillsIntent(text: string, role: string | null): ProfileIntent | null {
  if (CODES_IN.test(text) && !role) return { kind: "skills", role: null, languages: true };
  if (!SKILLS.test(text)) return null;
  // "his skills in data security?", « ses compétences en sécurité des données ? »: those of one field, which its
  // passages say (not "his skills in general").
  if (FIELD_SKILLS.test(text)) return null;
  if (!role && DROPPED_TOOLS.test(text)) return { kind: "skills", role, dropped: true };
  if (NOT_HIS.test(text)) return null;
  if (!role && NOW_ONLY.test(text)) return { kind: "skills", role, current: true };
  return !role && ALL_SKILLS.test(text) ? { kind: "skills", role, all: true } : { kind: "skills", role };
}

/** "Which tools has he stopped using?", « quels outils n'utilise-t-il plus ? »: those left behind. */
const DROPPED_TOOLS = new RegExp(
  // (Not "any more about his main skills", "no longer than 3 lines".)
  String.raw`\b(stopped|(no longer|not) (use|uses|using|work with|works with|touch\w*)|(use|uses|using) any ?more|` +
    String.raw`dropped|given up|gave up|abandoned|left behind|` +
    String.raw`n'utilise[- ]t[- ]il plus|n'utilise plus|ne (fait|touche|utilise) plus|plus utilises?|` +
    // « quelles technos a-t-il abandonnées ? »
    String.raw`(technos?|technologies|outils|tools) [^?]{0,20}(abandonne\w*|laisse\w* tomber|lache\w*)|` +
    String.raw`a[- ]t[- ]il (arrete|abandonne|lache)|(il|elle) a (arrete|abandonne|lache))\b`,
);

/** "tools", and the words for a set of them: "toolkit", "toolbox", "toolset". */
const TOOLS = String.raw`tool(?:s|kits?|box(?:es)?|sets?)`;
/** "List all the technologies he knows", « toutes les technos qu'il connaît »: every one of them. */
const ALL_SKILLS = new RegExp(
  String.raw`\b(all|every|toutes|tous) (of )?(the |his |les |ses )?(technologies|technos|${TOOLS}|outils|skills|` +
    String.raw`competences)\b(?! (?:for|of|in|on|pour|de|en|du) )`,
);
const SKILLS = new RegExp(
  String.raw`\b((il|elle) sait faire quoi|que sait[- ](il|elle) faire|what can (he|she) do|` +
    // « qu'est-ce qu'il sait faire ? », asked alone (not « son métier et ce qu'il sait faire »: the whole profile;
    // not « … sait faire en Scala ? »: of one thing).
    String.raw`(?<!\bet )(qu'?est[- ]ce qu'?|ce qu'?)(il|elle) sait faire(?=\s*[?!.]*$)|` +
    String.raw`what is (he|she) good at|(what is|what's|whats) (he|she) (best|strongest|really good) at|` +
    String.raw`(il|elle) est (bon|bonne|fort|forte) en quoi|` +
    // « il touche à quoi niveau stack ? », « côté technos il utilise quoi ? »: his tools, asked familiarly.
    String.raw`(niveau|cote) (stack|technos?|techniques?|outils)(?=\s*[?!.]*$)|` +
    String.raw`^(et )?(niveau|cote) (stack|technos?|outils),? (il|elle) (touche a|utilise|fait) quoi|` +
    String.raw`(main|key|top|core|strongest|strong|best|primary|principal|principales?|cles?|fortes?) (\w+ )?` +
    String.raw`(skills?|competences?|technolog\w*|strengths?|${TOOLS}|outils|stack)|` +
    // "what's his strongest tech?": asked alone (not "key tech decisions").
    String.raw`(main|top|strongest|best) techs?(?=\s*[?!.]*$)|(skills?|` +
    String.raw`competences?|stack|technos?|technologies|outils) (technique )?(principales?|cles|fortes|` +
    String.raw`habituelles?|preferees?|actuelles?)|(sa|son|his|her) (current |present |actuelle? )?` +
    String.raw`(stack|stack technique|technos|toolset|toolkit)\b|` +
    String.raw`(ses|his|her) (current |present )?tools(?=\s*[?!.]*$)|` +
    String.raw`(outils|technos) (actuels|du moment)\b|` +
    String.raw`(quelle|quel|quels|quelles|which|what) (stack|tech(?! lead)|technos?|outils|${TOOLS}|technologies)\b|` +
    `${ALL_SKILLS.source}|` +
    // "can you list the tools he used at AAA-Data?", « peux-tu lister les technos qu'il a utilisées ? »
    String.raw`\b(list|lister|liste|listez|enumerate|enumerer)( me| moi)? (the |his |les |ses )?` +
    String.raw`(technologies|technos?|${TOOLS}|outils|stack|skills|competences)\b|` +
    // "what was the stack at MAIF?", « quelle était la stack ? »: the one of the role named, or all.
    String.raw`(which|what|quelle|quels|quelles) (was|were|is|are|etait|etaient|est|sont) (the|la|les) ` +
    String.raw`(tech |technical )?(stack|technos|technologies|outils|${TOOLS})( technique)?` +
    String.raw`(?=\s*(at|chez|in|a|there|la|[?!.]|$))|` +
    String.raw`points? forts?|(his|her) (strongest|best|main) (area|suit|domain)|strong suit|` +
    // "what's his specialty?", « sa spécialité ? », "area of expertise?"
    String.raw`(his|her|sa|son) (main )?(speciali?ty|specialite|expertise|domaine d'expertise)|` +
    String.raw`(area|field|domaine)s? of expertise|speciali[sz]ed in what|specialise en quoi|` +
    String.raw`(son|sa) domaine de predilection|(outils|technos?|technologies|langages?|stack) de predilection|` +
    // « les outils qu'il maîtrise le mieux », "the tools he knows best": his skills, ranked.
    String.raw`(the|his|her|les|ses) (tools|technologies|skills|outils|technos|competences) ` +
    String.raw`(qu'?(il|elle)|(that|which) (he|she)|he|she) ([\w']+ ){0,3}(le mieux|best)\b|` +
    // « il utilisait quoi comme techno ? », « c'est quoi son skillset ? »
    String.raw`quoi comme (stack|technos?|outils?|technologies?)\b|` +
    String.raw`(c'?est quoi|c quoi) (son|sa|ses) (skill ?sets?|skills?|competences)(?=\s*[?!.]*$)|` +
    // « quelles sont les technos utilisées chez Pernod Ricard ? », « toutes les technos qu'il a utilisées »: his tools.
    String.raw`(quelles|quels|what|which) (sont|are|were|etaient) (les|ses|the|his) (technos?|technologies|outils|` +
    String.raw`tools)( (utilisee?s?|used|employee?s?))?( (chez|at|a|au)\b|(?=\s*\?))|` +
    // (Asked alone: not « …le contexte, ce qu'il a accompli et les technologies employées ? », one ask of several.)
    String.raw`^(donne[- ]moi |liste[- ]moi |liste |give me )?(toutes )?(les|ses) (technos?|technologies|outils) ` +
    String.raw`(qu'?(il|elle) a )?(utilise\w*|employe\w*)\s*[?!.]*$|` +
    // « ses principales forces techniques ? », « ses forces ? »: his strengths.
    String.raw`(principales|grandes|vraies|ses) forces|` +
    String.raw`strengths|(what|which) (are (his|her) )?(skills|technologies|${TOOLS})|` +
    String.raw`quelles (sont ses )?(competences|technologies)|ses competences|his skills|her skills|skill set|` +
    // "an overview of his technical skills", « ses compétences techniques »: his skills, of the kind his tools are.
    String.raw`(his|her) (technical|tech|hard|engineering|data) skills|(ses|les) competences (techniques|tech)|` +
    String.raw`(ses|les|son|sa) (hard|tech) skills|(ses|les) skills( techniques| tech)?(?= ?\?*$)|` +
    String.raw`skillset|tech stack|what does (he|she) know|` +
    // « technos chez MAIF ? », "tools used at AAA-Data?": the noun alone, then where.
    // (« et les outils ? », "and the tools?" asked on of a role: "…? MAIF".)
    // ("skills?", « compétences ? »: his skills, asked in a word.)
    String.raw`^(and |et )?(les |the |his |ses |sa |son )?(stack( technique)?|technos?|technologies|outils|${TOOLS}|` +
    String.raw`techs?|skills?|competences?( techniques?)?|skill ?set)( (utilisee?s?|used|employee?s?))?` +
    String.raw`( (chez|at|a|au|@)\b|(?=\s*\?))|` +
    // "which tool shows up most across his roles?", "the tool he used the longest?": his skills ranked by use.
    // (Not "which tool would he most like to learn?", "the technology he enjoys most": his wishes and tastes.)
    String.raw`(?!.*\b(like|enjoy\w*|love|prefer\w*|proud|want|learn|favou?rite|aime\w*|prefere\w*|envie)\b)` +
    String.raw`(which|what|quel|quelle) (tool|technology|tech|techno|skill|outil|competence)s? ([\w']+ ){0,5}` +
    String.raw`(most|longest|le plus|la plus)\b|most (used|common|frequent) (tools?|technolog\w*|skills?)|` +
    // "what did he use at MAIF?", « il utilisait quoi chez MAIF ? »: the tools, of the role named.
    // ("what did they use there?": his team's tools, the role's stack.)
    String.raw`what (did|does|do) (he|she|they) (use|work with)|(il|elle|ils) (utilisai(en)?t|utilise(nt)?) quoi)` +
    String.raw`\b(?! (for|pour)\b)`,
);
const SUMMARY = new RegExp(
  // "What can you tell me?", « que peux-tu me dire ? », asked alone: the profile in short.
  String.raw`^(so |and |et |alors )?(what can you tell me|what do you (know|have)|` +
    // ("Tell me everything about this candidate": "everything about he" once its filler is gone.)
    String.raw`tell me (more|something|everything)|everything|tout|` +
    String.raw`que (peux|pouvez)[- ](tu|vous) me dire|qu'est-ce que (tu peux|vous pouvez) me dire|` +
    // "What has he done?", "what's he done so far?", « qu'a-t-il fait ? »: his work, all of it, in short.
    String.raw`what (has|have) (he|she) done|what'?s (he|she) done|what kind of work (has|did) (he|she) (done|do)|` +
    String.raw`qu'a[- ]t[- ](il|elle) fait|qu'?est[- ]ce qu'(il|elle) a fait|(il|elle) a fait quoi)` +
    String.raw`( so far| until now| jusqu'ici| jusqu'a present| in (his|her) career| dans sa carriere)?` +
    // (« le candidat », "this candidate" are « il », "he" by then.)
    String.raw`( about (him|her|he|she|the candidate|this (candidate|profile)|the profile)|` +
    String.raw` sur (lui|elle|il|ce profil|le candidat))?` +
    String.raw`\s*[?!.]*$|` +
    String.raw`\b(summar\w*|resume[rz]?|resumer|sum (him|her|it) up|` +
    String.raw`in (a few|one|two|three|four|five|\d) (lines?|sentences?|words|bullets|bullet points|points)|` +
    String.raw`(a few|one|two|three|four|five|\d)[- ](lines?|sentences?|words|bullets|lignes?|phrases?|mots) ` +
    String.raw`(pitch|summary|overview|intro|bio|resume|presentation)|` +
    String.raw`en (quelques|une|deux|trois|quatre|cinq|\d) (lignes?|phrases?|mots|points|puces)|` +
    // ("Can you tell me about the candidate?", its filler gone and "the candidate" said "he": "he?".)
    String.raw`^(him|her|he|she|lui|elle|the candidate|this candidate|ce candidat|ce profil|` +
    // "tell me about this guy" (whose opening is a filler), « et ce gars ? »: the person, nothing else.
    String.raw`(this|the) (guy|person|bloke|dude|chap|profile|consultant)|(ce|le) (gars|mec|type|consultant)|` +
    String.raw`cette personne)(?=\s*[?.!]*$)|` +
    String.raw`overview of (him|her|he|she|the profile|his profile|the candidate)|` +
    String.raw`who('s| is) (he|she|this candidate|the candidate|` +
    String.raw`(this|that) (person|guy|candidate|profile|consultant))(?=\s*[?!.]*$)|pitch|elevator|` +
    // « qui est le candidat ? », « qui est-ce ? », « présentez-moi le candidat », « il est comment ce candidat ? »
    String.raw`qui est[- ](il|elle|(ce|le) candidat|(ce|le) consultant|cette personne)|qui est[- ]ce(?=\s*[?!.]*$)|` +
    String.raw`(il|elle) est comment( ce candidat| ce consultant| ce profil)?(?=\s*[?!.]*$)|` +
    String.raw`presente(z|r)?[- ]?(le|moi|la|nous)|presentation du profil|profile in short|tl;?dr|` +
    // "a quick rundown of the guy", "the lowdown on him", « une synthèse de son parcours »: the whole, in short.
    String.raw`run-?down|low-?down|synthese|snapshot of (him|her|the candidate|his profile)|` +
    // « un portrait synthétique de ce profil », "a portrait of the candidate": the whole, in short.
    String.raw`portrait (synthetique |rapide |global |bref |court |quick |short )?` +
    String.raw`(de ce|du|de son|of (him|her|the|this))|` +
    // "3 lines on why he's good for the role", « 3 lignes pour le présenter »: a pitch, of a set length.
    String.raw`(\d|one|two|three|four|five|a few|quelques|deux|trois|quatre|cinq) (lines?|sentences?|bullets?|` +
    String.raw`bullet points|lignes?|phrases?|puces) (on |about |to explain |to say |pour expliquer |pour dire )?` +
    String.raw`(why|pourquoi|to (pitch|sell|present|introduce)|pour (le |la )?(pitcher|presenter|vendre))\b|` +
    // « pourriez-vous me présenter (brièvement) le candidat ? », "could you introduce him briefly?"
    String.raw`(me|nous) presenter (brievement |rapidement |en bref )?(le|ce|son) (candidat|consultant|profil)|` +
    String.raw`(introduce|present) (him|her|the candidate|this candidate)|` +
    // "a short presentation of him", "who he is and what he does", « qui il est et ce qu'il fait ».
    String.raw`(a |short |brief |quick )*(presentation|introduction|description) of (him|her|the candidate)|` +
    String.raw`who (he|she) is and what (he|she) does|qui (il|elle) est et ce qu'(il|elle) fait|` +
    String.raw`brief intro(duction)? (of|to|on|about) (him|her|the candidate|this candidate|the profile|` +
    String.raw`this profile)|` +
    String.raw`c'?est (qui|quoi) ce (profil|candidat)|(ce|le|son) profil en (gros|bref|resume|deux mots)|` +
    // « c'est qui ce mec ? », « c qui ce gars ? »: the person, said familiarly.
    String.raw`^(en gros )?(c'?est|c) qui (ce|le|cette) (mec|gars|type|bonhomme|nana|personne|candidat|consultant)` +
    String.raw`(?=\s*[?!.]*$)|^(et )?(c'?est|c) qui(?=\s*[?!.]*$)|` +
    // "tell me everything about him", "show me everything", « dis-moi tout sur lui »: the whole profile.
    // (The filler "tell me" may be gone already: "everything about him".)
    String.raw`((tell|show|give) me (everything|all)|^everything)( (about|on) (him|her|the candidate|this candidate|` +
    String.raw`the profile|his profile))?(?=\s*[?!.]*$)|((dis|raconte|montre)[- ]moi tout|^tout(?= (sur|de) ))` +
    String.raw`( (sur|de) (lui|elle|ce candidat|son profil))?(?=\s*[?!.]*$)|` +
    String.raw`(his|her|the candidate's) (background|story|profile)|tell me (more )?about (him|her|the candidate|` +
    String.raw`this (candidate|profile|guy|person))|career overview|overview of (his|her) (career|experience)|` +
    // « quel est le métier de ce candidat et ce qu'il sait faire ? »: what he is and can do, the whole.
    String.raw`(metier|job|role|poste)\b[^?]{0,40}\bet (ce qu'?|qu'?est[- ]ce qu'?)(il|elle) sait faire|` +
    String.raw`(what|who) (he|she) (is|does) and what (he|she) can do|` +
    String.raw`in a nutshell|what makes (him|her) stand out|(his|her) (main )?strengths|` +
    String.raw`parle(z)?[- ](moi|nous) (de lui|d'elle|de ce (profil|candidat)|du candidat)|` +
    String.raw`(quel est|c'est quoi) son (profil|background)|` +
    String.raw`ses (points forts|atouts)|(son|ce) background|` +
    // « tu peux m'en dire plus sur lui ? », « dis-m'en plus », "more details about him?", « plus de détails sur
    // son expérience »: the whole, more of it (not « …sur Kafka ? », a thing asked).
    // (« Dis-m'en plus » alone is of what was just said: the follow-up's to read.)
    String.raw`((m'en|nous en) (dire|raconter) (plus|davantage)|(dis|dites|raconte|racontez)[- ]?(m'en|nous en) ` +
    String.raw`(plus|davantage))(?= (sur|a propos de) (lui|elle|ce candidat|le candidat|ce profil|` +
    String.raw`son profil|son parcours)\s*[?!.]*$)|` +
    String.raw`(more|further) (details?|info|information) (about|on) (him|her|the candidate|` +
    String.raw`this candidate|the profile|his profile|his experience|his background)|` +
    String.raw`(plus|davantage) (de |d')(details|infos?|informations) (sur|a propos de) (lui|elle|ce candidat|` +
    String.raw`le candidat|ce profil|son profil|son experience|son parcours)|` +
    String.raw`^(qui|who) (est|is)(?=\s*[?!.]*$))\b`,
);
/** Titles of a lead or manager, which the CV's headings may or may not give. */
const TITLE_WORDS =
  // ("Is he a technical leader?", « un leader technique ? »: a tech lead, not "the world leader in wines".)
  String.raw`technical leader|tech leader|leader technique|lead technique|` +
  String.raw`tech lead|lead tech|technical lead|team leader|team lead|lead dev\w*|lead|leader|manager|` +
  String.raw`head of \w+|head|cto|` +
  String.raw`director|directeur|architect|architecte|principal|staff engineer|responsable|chef de projet|` +
  String.raw`chef d'equipe|chef|product owner|po|scrum master|data scientist|data analyst|scientist|analyst|` +
  String.raw`developer|developpeur|devops|dba|database administrator|ml engineer|machine learning engineer|` +
  String.raw`data engineer|data engineers|ingenieur data|front[- ]?end (?:dev\w*|engineer)|` +
  String.raw`back[- ]?end (?:dev\w*|engineer)|full[- ]?stack(?: dev\w*| engineer)?|front[- ]?end`;
const TITLE = new RegExp(
  String.raw`\b(was (he|she)|is (he|she)|(he|she)'?s|has (he|she) (?:ever |already |once |always )?been|` +
    // "Isn't he a data scientist?", « il est pas data scientist ? »: the title asked, the other way round.
    String.raw`(isn'?t|wasn'?t|hasn'?t) (he|she)(?: been)?|(is|was) (he|she) not|n'est[- ](il|elle) pas|` +
    String.raw`(il|elle) (n'est|est|etait|n'etait) pas|` +
    String.raw`c'etait lui|c etait lui|etait-il|` +
    // "was it a data engineer role?", « c'était un poste de data engineer ? »: the title of the role at hand.
    String.raw`(was|is) (it|that|this)(?= (a|an) (\w+ )?\w+ (role|job|position|gig|mission)\b)|` +
    String.raw`c'?etait(?= (un|une) (poste|role|job|mission) (de|d'))|` +
    // « c'est lui le tech lead ? »: a lead's title (not « le responsable de la migration », what he did).
    String.raw`c'?est (lui|elle)(?= (le |la )?(tech ?lead|lead tech|lead technique|lead|manager|chef de projet|po|` +
    String.raw`product owner|architecte|cto)\b(?! (de|du|des|d')\b))|` +
    // « c'est un leader ? », « c'est un lead ? »: a lead's title, asked of him.
    String.raw`c'?est(?= (un|une) (tech ?lead|lead tech|lead|leader|manager|chef de projet|architecte)\s*[?!.]*$)|` +
    // « est-ce un leader technique ? »: a lead's title, asked of him.
    String.raw`est-ce(?= (un|une) (tech ?lead|lead tech|lead|leader|manager|chef de projet|architecte)\b)|` +
    String.raw`est-il|etait il|est il|a[- ]t[- ]il ete|a[- ]t[- ]il (deja|jamais|toujours) ete|` +
    String.raw`(il|elle) (est|etait|a ete)|` +
    String.raw`(il|elle) a (deja|jamais|toujours) ete|` +
    // "could he be a data architect?", « il pourrait être architecte ? »: a title he would hold, which his own say.
    String.raw`(could|would|can) (he|she) (be|make)|(il|elle) (pourrait|ferait)( etre)?|pourrait[- ](il|elle) etre|` +
    // « peut-il prendre un poste de Tech Lead ? », "could he take a lead role?": a title he would hold.
    String.raw`(?:(il|elle) (peut|pourrait)|(peut|pourrait)[- ](il|elle)) (prendre|occuper|tenir)` +
    String.raw`(?= (?:un|le) (?:poste|role)\b)|` +
    String.raw`(could|can|would) (he|she) (take on|take|fill)` +
    String.raw`(?= (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:role|position|job)\b)) ` +
    String.raw`(ever |already |once |deja |jamais |vraiment |plutot |rather |more |more of |good |great |bon |` +
    String.raw`un bon )?` +
    // "a data architect", "a cloud architect": a kind of the title, said before it.
    String.raw`(the |a |an |le |la |un |une )?(?:(?:poste|role|job|mission) (?:de |d'))?` +
    String.raw`(?:(?:junior|senior) (?:ou|or) )?` +
    // (Not "a Python developer", "a Spark engineer": a skill asked through a title, which his passages answer.)
    String.raw`((?:data|big data|cloud|solutions?|software|platform|bi|ml|ai|web|mobile|analytics|reporting|` +
    String.raw`engineering|data engineering|it) )?` +
    String.raw`(senior|${TITLE_WORDS}|ingenieur|engineer)\b`,
);
/** Someone asked to be in his team: "was there a tech lead in his team?", « y avait-il un PO dans l'équipe ? ». */
const IN_ROSTER = new RegExp(
  String.raw`\b(was there|is there|were there|are there|did (his|the) team (have|include)|y avait[- ]il|` +
    String.raw`y a[- ]t[- ]il|il y avait) (a |an |any |un |une |des |de |d')?` +
    String.raw`(tech ?lead|lead tech|lead|team lead|manager|po|` +
    String.raw`product owner|scrum master|chef de projet)\b`,
);

/** "Has he led a team as tech lead?": a title he would have held, asked through what he did. */
const AS_LEAD = new RegExp(
  String.raw`\b(as|comme|en tant que|(?:held|occupied|had) the (?:role|position|title)(?: of)?|` +
    // « il a eu le titre de lead dev ? », « porté le titre de »
    String.raw`(?:eu|porte|obtenu) (?:le|un) (?:titre|poste|role) de|` +
    // « a-t-il occupé la fonction de Lead Tech ? », « le poste de », « le rôle de »
    String.raw`occupe (?:la fonction|le poste|le role|les fonctions) de) ` +
    // ("held the position of Engineering Manager": a kind of the title, said before it.)
    String.raw`(the |a |an |le |la |un |une )?((?:(?:engineering|data engineering|software|it) )?(?:${TITLE_WORDS})` +
    // ("held the title Lead Data Engineer": the whole title.)
    String.raw`(?: (?:data |software |big data |ml )?(?:engineer|developer|architect|scientist))?)\b`,
);

/** "Years of data engineering", "years in data training": a field, the title of who works in it. */
const YEARS_IN_FIELD = new RegExp(
  String.raw`\b(years?|yrs|annees|ans) (of|in|en|d'experience en) ` +
    // ("years of hands-on data engineering?", « d'expérience en pur data engineering »: the field still.)
    String.raw`(?:(?:pure|hands[- ]?on|real|actual|professional|practical|proper|real[- ]world|pur|vrai) )?` +
    String.raw`(?:(data |software |big data )?)?` +
    String.raw`(engineer|train|lectur|consult|develop)ing\b`,
);

/** "has he done data engineering?", « du data engineering », "any data engineering experience?": the field. */
const DONE_FIELD = new RegExp(
  String.raw`^(?:(?:has|did|does|is) (?:he|she) (?:done|do|does|doing|worked in|work in|works in)|` +
    String.raw`(?:a[- ]t[- ]il|il a|il) (?:deja )?(?:fait|fais|faire|bosse|travaille)(?: dans)?|any|` +
    // "how long has he done data engineering specifically?": the field's time, which his titles say.
    String.raw`(?:how long|how many years|since when) (?:has|have|did) (?:he|she) (?:done|do|been doing|been in|` +
    String.raw`worked in|been working in)|` +
    // « depuis combien de temps fait-il du data engineering ? », « … il fait de la data ? »
    String.raw`(?:depuis combien de temps|depuis quand|combien de temps|depuis cbien de tps|depuis cb de tps) ` +
    String.raw`(?:fait[- ]il|il fait|est[- ]ce qu'il fait|a[- ]t[- ]il fait|il a fait|il bosse dans|` +
    String.raw`il travaille dans))` +
    String.raw` (?:du |de la |some |any |real )?(data )(?:engineering|(?=\s*[?.!]*$))` +
    String.raw`(?: (?:experience|exp|background))?(?: (?:specifically|exactly|in total|overall|for real))?\s*[?.!]*$`,
);

/** Titles whose experience is asked as a thing: "product owner experience", « expérience de scrum master ». */
const EXPERIENCED_TITLE = String.raw`product owner|scrum master|data scientist|data analyst|cto|dba`;
const TITLE_EXPERIENCE = new RegExp(
  String.raw`\b(${EXPERIENCED_TITLE}) (experience|exp|background)\b|` +
    String.raw`\b(?:experience|exp) (?:de|d'|en tant que|comme|as an?) (${EXPERIENCED_TITLE})\b`,
);

const FIELD_TITLE: Record<string, string> = {
  ...{ engineer: "engineer", train: "trainer", lectur: "lecturer", consult: "consultant", develop: "developer" },
};

/** "I'm looking for a senior data engineer for a client": a title wanted, up to what follows it. */
const LOOKING_FOR = new RegExp(
  String.raw`\b(je cherche|je recherche|on cherche|nous cherchons|nous recherchons|` +
    String.raw`(we're|we are|i'm|i am) looking for|we need|looking for) (un|une|a|an) ` +
    String.raw`([\p{L} -]+?)(?= (pour|for|to|qui|who|with|avec|sur|on|in|a|en)\b| ?[?.!]*$)`,
  "u",
);
/** A job's noun: what makes "a data engineer" a title and "a quick answer" not. */
const ROLE_NOUN = new RegExp(
  String.raw`\b(engineer|developer|architect|scientist|analyst|lead|trainer|lecturer|consultant|ingenieur|` +
    String.raw`developpeur|architecte|formateur|professeur)\b`,
);

/** Titles beside ROLE_NOUN's: "teacher", « prof », "intern", "manager", "CTO". */
const TITLE_WORD = new RegExp(
  String.raw`\b(teachers?|professors?|profs?|instructors?|tutors?|coach|enseignants?|interns?|stagiaires?|` +
    String.raw`apprentices?|alternants?|managers?|directors?|directeurs?|heads? of|cto|cdo|ceo|owners?)\b`,
);

/** Roles compared, or a choice of titles. */
const comparedOrTitles = (u: UnderstoodQuestion, text: string) => comparedRoles(u, text) ?? titleChoice(u, text);
/** Asking what he is: "is he…", "what is he…", « c'est un… », "job title". */
const WHAT_HE_IS = new RegExp(
  String.raw`\b(is (he|she)|what'?s (he|she)|what is (he|she)|est[- ](il|elle)|(il|elle) est|c'?est (un|une)|` +
    String.raw`job titles?|intitule)\b`,
);
/**
 * "is he a data engineer, a data scientist or an ML guy?", « c'est un data engineer, un data scientist ou un dev ? »:
 * his titles, asked among several; not when a technology, or a term the profile lacks, is asked too.
 */
function titleChoice(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  if (u.parts.some((p) => p.technologies.length > 0 || p.missing.length > 0) || !WHAT_HE_IS.test(text)) return null;
  // Titles side by side, one of them offered as another's alternative ("…or an ML guy?"): not "lead" said of
  // doing ("able to lead a team as an architect?"), nor one title of two words ("a lead developer position").
  const titles = [
    ...text.matchAll(new RegExp(`(?:\\w+ )?${ROLE_NOUN.source}(?! (?:a|an|the|teams?|people|une?|des)\\b)`, "g")),
  ].filter((m) => !/^lead (developer|engineer|architect|data)/.test(m[0]));
  const apart = titles.length > 0 && /(,| or| ou) /.test(text.slice(titles[0]!.index));
  return titles.length >= 2 && apart
    ? { kind: "title", role: null, title: titles[0]![0], either: true, among: true }
    : null;
}

/** "How senior is he?", "what's his seniority level?": his titles say it. */
const SENIORITY = new RegExp(
  String.raw`\b(how senior|(his|her) seniority|seniority level|(senior|lead|mid|junior|staff)[- ]level|` +
    String.raw`level of seniority|` +
    // "which role was the most senior?", « son poste le plus senior ? »: his senior titles.
    String.raw`(most senior|senior-most) (role|title|position|job|poste)|(highest|top) (title|rank|grade)\b(?! \w)|` +
    String.raw`(role|title|position|job) (was|is) (the )?most senior|poste le plus (senior|eleve|haut)|` +
    // "senior?", « junior ? » alone: how senior he is.
    String.raw`^(and |et |so |alors |donc )?(senior|junior|seniority|seniorite)(?=\s*[?!.]*$)|` +
    String.raw`(son )?niveau de seniorite|(sa|quelle) seniorite|` +
    // "what's his level?", « quel est son niveau ? », « il a quel niveau ? »: asked alone, how senior he is.
    String.raw`^(and |et )?((what'?s|what is) (his|her) level|(his|her) level|what level is (he|she)( at)?|` +
    String.raw`(quel est|c'?est quoi) (son|le) niveau( d'experience)?( du candidat| de ce candidat)?|` +
    String.raw`son niveau( d'experience)?|quel niveau a[- ]t[- ](il|elle)|(il|elle) a quel niveau)(?=\s*[?!.]*$)|` +
    // "a senior or more a medior?" (Dutch and Belgian English), « senior ou confirmé ? »: which level.
    String.raw`\b(senior|junior|medior|mid|confirme|intermediate)( or | ou )(more |rather |plutot |plus )?` +
    String.raw`(a |an |un |une )?(senior|junior|medior|mid|mid-level|confirme|intermediate|expert)\b|` +
    // « il a le niveau senior ? », "does he have a senior level?"
    String.raw`(a|a[- ]t[- ](il|elle)|has|have) (le |un |a )?(niveau|level) (senior|junior|confirme|expert)|` +
    // « est-ce un profil senior ? », "is this a senior profile?", « un profil plutôt junior ? »
    String.raw`\b(profil|profile|candidat|candidate|consultant) (plutot |rather |more )?` +
    String.raw`(senior|junior|confirme|medior)\b|` +
    String.raw`\b(senior|junior|medior) (profil|profile|candidate|consultant)\b)`,
);

/** "What does he teach at EPISEN?", « il enseigne quoi ? »: the subjects of his teaching. */
const TEACHES = new RegExp(
  String.raw`\b(what (does|did|do) (he|she) (actually |really |mainly )?teach|` +
    String.raw`what (subjects?|topics?|courses?|classes) (does|did) (he|she) (teach|give)|` +
    String.raw`(quels?|quelles?) (sujets?|cours|matieres?|themes?) ` +
    String.raw`(est-ce qu'?(il|elle) )?(enseigne|enseignait|donne)|` +
    String.raw`qu'?(est-ce qu'?)?(il|elle) enseigne|(il|elle) enseigne quoi|` +
    String.raw`(il|elle) (enseigne|donne) (quels?|quelles?) (sujets?|cours|matieres?|themes?)|` +
    String.raw`que enseigne-t-il|qu'enseigne-t-il|` +
    // "what does he cover in his classes?", "what are his lectures about?", « il aborde quoi dans ses cours ? »
    String.raw`(cover|covers|covered|teach|teaches|go over|talk about) in (his|her|the|those|these) ` +
    String.raw`(classes|courses|lectures|lessons)|` +
    String.raw`(what|which topics)( are| were|'re) (his|her|the|those|these) (classes|courses|lectures|lessons) ` +
    String.raw`(about|on|covering)|(aborde|couvre|voit|traite|fait) (quoi |quels? \w+ )?dans (ses|les|ces) cours|` +
    String.raw`(ses|les|ces) cours (portent|parlent) (sur|de) quoi|` +
    String.raw`(donne|donnait|fait|faisait) des cours[^.]{0,12}\bsur quoi|` +
    // « quelles matières ? », "which subjects?", asked alone: what he teaches.
    String.raw`^(et |and )?(quels?|quelles?|which|what) (sujets?|matieres?|subjects?)(?=\s*\?*$)|` +
    String.raw`c'?est quoi (la|les) (matieres?|cours) qu'?(il|elle) (enseigne|donne)|` +
    // "where does he teach?", "is he teaching too? where?": where he teaches, and so what.
    String.raw`where (does|did) (he|she) (teach|lecture|train people)|` +
    String.raw`(is|was) (he|she) teaching( too| also| as well)?\W+where|` +
    // « il a formé où ? », « où a-t-il formé des gens ? », « il enseigne où ? »
    String.raw`(il|elle) a (forme|enseigne|donne des cours) (ou|des gens ou)(?=\s*[?!.]*$)|` +
    String.raw`ou a[- ]t[- ](il|elle) (forme|enseigne|donne des cours))\b`,
);

/** "Has he done any teaching?", « il donne des cours ? »: whether he teaches, and so what and where. */
const TEACHES_AT_ALL = new RegExp(
  String.raw`^(has (he|she) (ever )?(done|taught) (any )?(teaching|classes|courses)|` +
    String.raw`(does|did) (he|she) (ever )?teach|has (he|she) (ever )?taught|` +
    String.raw`any teaching( experience)?|teaching experience|` +
    // "does he have teaching experience?", « il a de l'expérience en enseignement ? »
    String.raw`(does|has) (he|she) (have|got) (any |some )?teaching( experience)?|` +
    String.raw`((il|elle) a|a[- ]t[- ](il|elle)) (de l'|une |l')?experience (d'|de l'|en )?enseignement|` +
    String.raw`(est-ce qu'?)?(il|elle) (a deja |a )?(toujours |encore )?(enseigne|donne (toujours |encore )?` +
    String.raw`(des )?(cours|formations))|(is|does) (he|she) still (teach|teaching|lecturing)|` +
    String.raw`enseigne[- ]t[- ](il|elle)|(a[- ]t[- ](il|elle) )(deja )?(enseigne|donne des cours)|` +
    String.raw`experience (d'|de l')enseignement|(est-ce qu'?)?(il|elle) (a deja |a )?fait (de l'|des )?` +
    String.raw`(enseignement|cours|formations?)|(has|did) (he|she) (ever )?(do|done) (some |any )?teaching|` +
    // « il a déjà formé des gens ? »: training others is teaching too. ("Has he trained people?" finds the
    // owner's FAQ entry, which adds his mentoring.)
    String.raw`((il|elle) a|a[- ]t[- ](il|elle)) (deja )?forme (des gens|des equipes|des personnes|du monde|` +
    String.raw`des collegues|des ingenieurs|des devs|des juniors))` +
    // "…taught classes or trained people?", « … ou formé des équipes ? »: both are teaching.
    String.raw`(?: (?:or|and|ou|et) (?:has (?:he|she) |a )?(?:trained|train|forme)` +
    String.raw`(?: (?:people|others|teams|des gens|des equipes|des personnes))?)?` +
    // « il donne des cours où ? », "does he teach, where?": where is what the answer says first.
    String.raw`(?:,? (?:ou|where))?` +
    // « … dans un établissement d'enseignement supérieur, à titre de chargé de cours ? », "…at a university?":
    // where, or as what, which the teaching roles answer.
    String.raw`(?:,? (?:dans|en|a|at|in) (?:une?|a|an|the|l'|la|le)? ?(?:etablissement|ecole|universite|university|` +
    String.raw`school|college|fac)[^?]*)?\s*\?*$`,
);

/** "Was MAIF before or after AAA-Data?": which came first. */
const ORDER = new RegExp(
  String.raw`\b(before or after|after or before|avant ou apres|apres ou avant|` +
    String.raw`which (one )?(came|was|started|began) (first|earlier|later|more recent|last)|` +
    String.raw`which (one )?(is|was) (more recent|(the )?most recent|older|earlier|the (oldest|earliest|latest))|` +
    String.raw`(lequel|laquelle) (est|etait|a ete|est venue?) ` +
    String.raw`(en premier|avant|le plus recent|la plus recente|le plus ancien|la plus ancienne|apres)|` +
    String.raw`(lequel|laquelle) (en premier|d'abord))\b`,
);
/** "Which ended first, MAIF or Pernod?", « laquelle s'est terminée en dernier ? »: the order they ended in. */
export const ENDED_ORDER = new RegExp(
  String.raw`\b((ended|finished|stopped|ends|finishes|was over|did he leave|did he quit|he left)` +
    String.raw` (first|last|earlier|later|sooner|most recently)|` +
    String.raw`(s'est |se sont |a |ont )?(terminee?s?|finie?s?|arretee?s?|pris fin|quittee?s?)` +
    String.raw` (en premier|en dernier|d'abord|le plus tot|le plus tard|avant|apres))\b`,
);
/** The order asked, nothing else: "which came first?", « laquelle en premier ? ». */
export const ORDER_ALONE = new RegExp(String.raw`^(and |so |et |alors |ok )?(${ORDER.source})\s*[?!.]*$`);
/** "At the same time?", « en même temps ? »: two roles held together. */
/** "Did he hold two jobs at the same time?", « deux postes en même temps ? »: which of his roles overlap. */
const SEVERAL_AT_ONCE = new RegExp(
  String.raw`\b((two|2|several|multiple|deux|plusieurs) (jobs|roles|positions|places|missions|clients|` +
    String.raw`employers|companies|postes|emplois|missions|boulots|employeurs|entreprises)|` +
    String.raw`(jobs|roles|positions|missions|postes) (that )?(overlap\w*|se chevauch\w*))\b.*` +
    String.raw`\b(at once|same time|simultaneous(ly)?|in parallel|concurrently|overlap\w*|en meme temps|` +
    String.raw`simultanement|en parallele|a la fois|chevauch\w*)\b|\b(overlapping|overlaps in) (his )?` +
    String.raw`(jobs|roles|positions|missions)\b|` +
    // "did he overlap jobs at some point?", « a-t-il cumulé des postes ? »: roles held at once.
    String.raw`\b(overlap\w*|juggl\w*|cumul\w*) (his |any |some |des |ses |plusieurs )?` +
    String.raw`(jobs|roles|positions|missions|gigs|postes|emplois|boulots)\b|` +
    // "Is he working two jobs now?", « il a deux postes actuellement ? »: held at once, now.
    String.raw`\b(working|holding|has|have|does|doing|a|occupe|cumule) (two|2|several|multiple|deux|plusieurs) ` +
    String.raw`(jobs|roles|positions|missions|postes|emplois|boulots) (now|currently|today|right now|at the moment|` +
    String.raw`actuellement|en ce moment|aujourd'hui|maintenant)\b|` +
    // « il a cumulé deux jobs ? », "juggled two jobs?": held at once, said by the verb.
    String.raw`\b(cumul\w*|juggl\w*) (deux|2|plusieurs|des|two|several|multiple) (jobs|postes|emplois|missions|` +
    String.raw`boulots|contrats|activites|roles|positions)\b|` +
    // "did any roles overlap?", « est-ce que des postes se chevauchent ? »: any of his roles.
    String.raw`\b(any|some|des|certains|ses|his) (of his )?(jobs|roles|positions|missions|postes|emplois|experiences)` +
    String.raw` (overlap\w*|se (sont )?chevauch\w*)\b|` +
    // « des périodes de chevauchement entre ses postes ? », "overlaps between his roles?": anywhere in a question.
    String.raw`\b(overlaps?|overlapping periods?|chevauchements?) (between|in|entre|dans) (his |ses |the |les )?` +
    String.raw`(jobs|roles|positions|missions|postes|emplois|experiences)\b|` +
    // "any overlaps?", "any overlap between his jobs?", « des chevauchements ? »: asked of the career.
    String.raw`^(any |some |des |de )?(overlaps?|chevauchements?)( (between|in|entre|dans) (his |ses )?` +
    String.raw`(jobs|roles|positions|missions|postes|emplois|experiences|dates))?\s*[?!.]*$`,
);
/** Which roles, asked: "which roles…", "any other job…", « qu'a-t-il fait… », « d'autres postes… ». */
const OTHER_ROLES = new RegExp(
  String.raw`\b(roles?|jobs?|positions?|missions?|postes?|emplois?|employers?|employeurs?|gigs?|what did he do|` +
    String.raw`qu'?a[- ]t[- ]il fait|il faisait quoi|il a fait quoi)\b`,
);
/** "overlap with X", "at the same time as X", « en parallèle de X »: the roles held beside one. */
const OVERLAP_WITH = new RegExp(
  String.raw`\b(overlap\w* with|(at the )?same time as|in parallel (with|to)|alongside|concurrently with|` +
    String.raw`en (meme temps|parallele) (que|de|d'|avec)|se chevauch\w* avec|chevauch\w*)\b`,
);
const AT_ONCE = new RegExp(
  String.raw`\b(same time|simultaneous(ly)?|overlap\w*|in parallel|concurrently|alongside|` +
    // "did he teach at EPISEN while working at Decathlon?", « pendant qu'il était chez Decathlon ? »: held together.
    String.raw`while (?:(?:he |she )?(?:was |is )?(?:still )?(?:working|employed|teaching|at|with|on)|` +
    String.raw`he was|she was)|when (?:he|she) (?:started|joined|began|arrived)|` +
    String.raw`pendant qu'(?:il|elle) (?:etait|travaillait|bossait)|tout en (?:travaillant|etant|bossant)|` +
    String.raw`en meme temps|simultanement|en parallele|chevauch\w*)\b|${ORDER.source}|${ENDED_ORDER.source}`,
);
/** "when did he last…?", « quand … pour la dernière fois ? »: the last time something was done. */
const LAST_TIME = /\b(when|quand)\b[^?]*\b(last|latest|most recently|derniere fois|recemment)\b/;
/** "Did he join Decathlon before MAIF?", « il a quitté MAIF avant Pernod ? »: whether one came first, asked. */
const ONE_BEFORE = new RegExp(
  String.raw`^(?:and |so |et |alors )?(?:did|was|were|has|had|is|a[- ]t[- ](?:il|elle)|est[- ]ce qu'(?:il|elle)|` +
    String.raw`(?:il|elle) (?:a|est|etait)|c'?etait)\b[^?]*\b(?:before|after|prior to|avant|apres)\b`,
);
/** "How many years as a data engineer?", « combien d'années comme data engineer ? »: time in a title. */
const YEARS_AS = new RegExp(
  String.raw`\b(years?|yrs|months?|long|ans|annees|mois|temps) (?:(?:of |d')(?:experience|xp|exp) )?` +
    String.raw`(has he been |a-t-il ete |il a ete )?` +
    String.raw`(as|comme|en tant que) (a |an |un |une )?([\p{L}-]+(?: [\p{L}-]+){0,2}?)` +
    String.raw`(?= (at|chez|in|for|pour)\b| ?[?.!,]|$)`,
  "u",
);

/** Half a year of slack for a count said roughly: "for about 8 years", « depuis environ 5 ans ». */
const about = (claim: string) => (/\b(about|around|roughly|environ)\b/.test(claim) ? 0.5 : 0);
/** "How long has he been a data engineer (in total)?", « depuis combien de temps est-il data engineer ? ». */
const BEEN_FOR = new RegExp(
  String.raw`\b(?:(?:has|have) (?:he|she) been|(?:is|was) (?:he|she)|(?:est[- ](?:il|elle)|(?:il|elle) est)) ` +
    String.raw`(?:a |an |un |une )?` +
    String.raw`((?:senior )?(?:data engineer|data trainer|big data lecturer|lecturer|trainer|formateur|professeur)) ` +
    // "Is he a data engineer with 10 years of experience?", « un data engineer avec 10 ans d'expérience ? »
    String.raw`(?:for|depuis|pendant|with|avec|de) (?:about |around |roughly |environ |over |more than |at least |` +
    String.raw`plus de |au moins )?(\d{1,2}) ?(?:years|yrs|ans)\b`,
  "u",
);
const BEEN_TITLE = new RegExp(
  String.raw`\b(?:(?:how long|how many (?:years|yrs|months)) (?:has|have) (?:he|she) been (?:a |an )?|` +
    String.raw`(?:depuis combien de temps|depuis quand|combien d'annees) ` +
    String.raw`(?:est-(?:il|elle)|(?:il|elle) est) (?:un |une )?)([\p{L}-]+(?: [\p{L}-]+){0,2}?)` +
    String.raw`(?= (?:at|chez|in|for|pour|overall|altogether|so far|en tout)\b| ?[?.!,]|$)`,
  "u",
);

/** "When did he become senior?", « il est passé senior quand ? »: since when he holds the title. */
const BECAME_TITLE = new RegExp(
  String.raw`\b(?:when did (?:he|she) (?:become|get promoted to)|(?:il|elle) est (?:passee?|devenue?)|` +
    String.raw`(?:quand|depuis quand) est[- ](?:il|elle) (?:passee?|devenue?)) (?:a |an |un |une )?` +
    String.raw`([\p{L}-]+(?: [\p{L}-]+){0,2}?)(?= quand\b| ?[?.!,]|$)`,
  "u",
);

/** "Was he ever hired as a data scientist?", "il a bossé comme chef de projet ?": the job title asked about. */
const AS_TITLE = new RegExp(
  [
    "\\b(hired|employed|recruited|worked|working|served|embauche|recrute|travaille|bosse) ",
    "(ever |already |deja |jamais )?(as|comme|en tant que) (a |an |un |une )?",
    // The title: one to three words, up to "at X", "chez X" or the end of the question.
    "([\\p{L}-]+(?: [\\p{L}-]+){0,2}?)(?= (at|chez|in|a|for|pour|before|avant)\\b| ?[?.!]|$)",
  ].join(""),
  "u",
);

/** "Has he managed a team?", "a-t-il encadré des juniors ?": people led, not projects managed. */
const PEOPLE = [
  ...["team", "teams", "people", "engineers", "developers", "devs", "juniors?", "staff", "reports", "colleagues"],
  // "how many members has he handled?", "team members": Indian English's people led.
  ...["members", "team members"],
  ...["data scientists", "scientists", "analysts", "data engineers"],
  ...["equipes?", "personnes", "ingenieurs", "developpeurs", "collaborateurs", "gens", "profils"],
  // "he never managed anyone?", « il n'a jamais managé personne ? »
  ...["anyone", "anybody", "someone", "others", "personne", "quelqu'un"],
].join("|");
const PEOPLE_WORD = new RegExp(`^(${PEOPLE})$`);
const LEADING = [
  ...["led", "lead", "leading", "managed", "manage", "managing", "supervised", "supervise", "supervising"],
  ...["mentored", "mentor", "mentoring", "coached", "coach", "coaching", "headed", "oversaw", "oversee"],
  ...["encadre", "encadrer", "encadrait", "manager", "managait", "dirige", "diriger", "dirigeait"],
  ...["gere", "gerer", "gerait", "superviser", "accompagne", "accompagner", "coache", "coacher", "coachait"],
  ...["mentore", "mentorer", "mentorait", "pilote", "piloter", "pilotait", "anime", "animer", "animait"],
  // "how many members has he handled?": Indian English's verb of leading people.
  ...["handled", "handle", "handling"],
  // "he manages a team?", "leads the data team?": the present tense, as second-language askers write it.
  ...["manages", "leads", "supervises", "mentors", "coaches"],
  // "direct a team of 10 developers", "run a team": leading people, said otherwise.
  ...["direct", "directed", "directing", "run", "ran", "running"],
  // "did he head a team?", "heading the data team": at its head.
  ...["head", "heads", "heading"],
  // "in charge of the team", « responsable de l'équipe », « à la tête de l'équipe »
  ...["in charge of", "responsible for", "responsable de", "responsable d'", "a la tete de", "chef de"],
].join("|");
const DETERMINERS = [
  ...["a", "an", "the", "his", "her", "some", "any", "other", "several", "junior"],
  ...["une", "des", "d'", "l'", "les", "ses", "son", "sa", "de", "plusieurs", "juniors?"],
]
  .map((d) => (d.endsWith("'") ? d : `${d} `))
  .join("|");
const MANAGEMENT = [
  ...["(team|people|staff) (management|leadership)", "management (experience|skills)", "leadership", "managerial"],
  // "team handling experience", "team lead experience": leading people, as an experience asked.
  ...["team (handling|managing|leading|lead|leader) (experience|exp|xp|skills)"],
  // "experience in team handling?", "has he done team handling?": the same, the other way round.
  ...["(experience|exp|xp) (in|of|with) team (handling|managing|management|leading)", "team handling"],
  ...["management d'equipes?", "encadrement", "experience (de |en )?management", "chef d'equipe"],
  // « une expérience de lead ? », "experience as a lead?": leading, as an experience asked.
  ...["(experience|exp|xp) (de |en |as an? |as )(lead|leader)\\b"],
  // « de la gestion d'équipe », "mentoring - how many people?": leading people, by another name.
  ...["gestion d'equipes?", "gestion (des |de )?(personnes|collaborateurs|ressources humaines)"],
  ...["(mentoring|mentorship|mentorat|coaching)\\b[^?]{0,20}\\b(how many|combien)"],
  // « il a fait du management ? », "done any management?"
  ...["(fait|fais|faire|fera) (du|de) management", "(done|do|doing) (any |some )?management"],
  // « il a fait du lead ? », "done any lead?": leading, not the « leader mondial » of a company's description.
  ...["(fait|fais|faire) (du|de) (lead|lead tech|lead technique)(?=\\s*[?!.]*$)"],
  // "was he ever the boss of a team?", « le boss d'une équipe », « le patron des devs »
  ...[
    "(been|be|was (he|she)|is (he|she)|ete|etait|est[- ](il|elle)) (the |le |a |un )?" +
      // (Not « chef de projet », "chief of product": a project's or a product's lead, a title.)
      "(boss|patron|chef|chief) (of|d'|de|des|du)(?! ?(projets?|projects?|produits?|products?)\\b)",
  ],
].join("|");
/** "manage 5 or more people", "lead 10+ engineers", « encadrer au moins 3 personnes »: a count, bounded. */
const BOUND_LED =
  String.raw`(((more than|over|at least|plus de|au moins|less than|fewer than|under|at most|moins de|au plus) )?` +
  String.raw`\d{1,3}(\+|( (or|ou) (more|plus|less|fewer|moins)))? )?`;
/** Up to two words naming the kind of team: "lead the data engineering team". */
const QUALIFIERS = "([\\p{L}\\d-]+ ){0,2}";
/** "How many people did he manage?", « combien de personnes il encadrait ? »: the people counted, then the verb. */
// ("How many people was he leading?", "…he was leading there?": the same, in the progressive.)
const DOES_HE = "( (did|has|does|was|is) (he|she)| (he|she) (was|is)| (il|elle)( a)?| a[- ]t[- ](il|elle))?";
// Not « accompagne »: "combien d'équipes il accompagne ?" counts the teams his platform serves.
const LED = LEADING.split("|")
  .filter((v) => !v.startsWith("accompagn"))
  .join("|");
const COUNTED_LED = `\\b(how many |combien (de |d'))(${PEOPLE})${DOES_HE} (${LED})(e?s)?\\b`;
/** "the team he led", « l'équipe qu'il encadrait »: the people, then who led them. */
const PEOPLE_LED =
  `\\b(${PEOPLE})( size| sizes)? (that |which |who |whom |qu'|que )?(he|she|il|elle) ` +
  `(has |had |ever |a )*(${LED})\\b`;
/** "did he supervise at Decathlon?", « il encadre ? »: a verb of leading people, with nobody named. */
// (Not "is he a lead?", a title asked: "a" there is the article, not « il a ».)
const SUPERVISES =
  String.raw`(?<!\b(?:is|was|are|were) )\b(he|she|il|elle) (a )?(deja |jamais |ever |already )?` +
  String.raw`(encadre|encadrait|supervise|supervised|supervisait|mentored|mentor|` +
  String.raw`managed|manage|lead|led|managait|dirigeait)( (anyone|anybody|someone|people|quelqu'un|du monde))?` +
  // (« il encadre à Lille ? »: « à » folded is "a", which in English is an article: "managed a budget".)
  String.raw`(?= ?[?.!]|$| (at|chez|in|there|la)\b| a (?!(budget|project|projet|program|programme|portfolio)\b))`;
/** "Can he lead?", « il sait encadrer ? »: whether he can lead people, asked with nobody named. */
const CAN_LEAD =
  String.raw`\b(((can|could|would) (he|she)|(il|elle) (sait|peut|saurait|pourrait)) |est[- ](il|elle) capable d')` +
  String.raw`(lead|manage|mentor|supervise|encadrer|manager|diriger|superviser)(?= ?[?.!]|$)`;
/** "has he built a team?", « il a déjà monté une équipe ? », "hired engineers?": a team formed, which leads it too. */
const BUILT_TEAM = new RegExp(
  String.raw`\b(built|build|building|set up|assembled?|grew|grown|grow|hired|hire|hiring|recruited|recruit|` +
    String.raw`monte|monter|montait|constitue|constituer|recrute|recruter|embauche|embaucher)` +
    String.raw` (up )?(a |an |his |her |the |une |son |sa |des |d')?(own )?(data )?` +
    String.raw`(team|teams|equipe|equipes|engineers|ingenieurs)\b(?!'s)|` +
    // "did he form a data team?" (in English: « former une équipe » is to train it).
    String.raw`\b(formed|form|forming|expanded|expand|scaled up|scale up) (a |an |his |her |the )(own )?(data )?` +
    String.raw`(team|teams)\b(?!'s| with\b)|` +
    // "did he hire the juniors?", « il a recruté les juniors ? »
    String.raw`\b(hired|hire|hiring|recruited|recruit|recrute|recruter|embauche|embaucher) ` +
    String.raw`(the |his |her |les |ses |des )?` +
    String.raw`(juniors?|people|staff|devs|developers|developpeurs|data engineers|data scientists|collaborateurs|` +
    String.raw`employees|employes|salaries|engineers|ingenieurs)\b`,
);
/** "had people reporting to him?", "any direct reports?", « des gens sous ses ordres ? »: people under him. */
const REPORTING =
  String.raw`\b((${PEOPLE}|anyone|anybody|someone) (directly )?report(ing|ed|s)? (directly )?to (him|her)|` +
  String.raw`direct reports|sous (sa|ses) (responsabilite|ordres|direction|coupe)|` +
  // "had anybody under him", "people under him", "an individual contributor?": people he led, or none.
  String.raw`(anybody|anyone|someone|people|engineers|juniors|devs|personne|quelqu'un|des gens) under (him|her)|` +
  String.raw`(des gens|quelqu'un|personne|du monde) sous (lui|elle|ses ordres)|(jamais|pas) manage\b|` +
  String.raw`individual contributor|\bic\b(?= role| profile| or)|contributeur individuel|` +
  // « il n'a jamais encadré personne ? »: nobody led, asked.
  String.raw`(jamais|pas) (encadre|manage|dirige|supervise|pilote|gere|coache) personne)\b`;
/** "lead exp?", "manager?", « encadrement ? »: the word alone asks whether he led people. */
const LEAD_ALONE =
  String.raw`^(and |et |any |his |son |sa )?((le |l'|du |the )(?=management|leadership|encadrement))?` +
  String.raw`(manager|management|managerial|lead|leadership|encadrement)` +
  String.raw`( (exp|experience|xp|skills))?\s*[?!.]*$`;
const LEADERSHIP = new RegExp(
  // (« Manage-t-il une équipe ? », « Gère-t-il une équipe ? »: the subject put after the verb.)
  `\\b(${LEADING})(?:-t-(?:il|elle)|-(?:il|elle))? (${DETERMINERS})*${BOUND_LED}${QUALIFIERS}(${PEOPLE})\\b|` +
    `\\b(${MANAGEMENT})\\b|` +
    `${COUNTED_LED}|${PEOPLE_LED}|${SUPERVISES}|${CAN_LEAD}|${REPORTING}|${LEAD_ALONE}|` +
    // « il encadrait qui ? », « qui encadrait-il ? », "whom did he manage?": the people led, asked.
    `\\b(${LEADING}) (qui|whom)(?![\\p{L}'-])(?! (que|qu'|a |est |etait |sont ))|` +
    `\\bqui (${LEADING})[- ]t?[- ]?(il|elle)\\b|` +
    `\\b(who|whom) (did|has|does) (he|she) (${LEADING})\\b`,
  "u",
);

/** « accompagner des équipes (métier) », "support the business teams": help given to teams, not leading. */
const SUPPORTING = new RegExp(
  String.raw`\b(accompagn\w*|supported|supporting|supports|assisted|assisting|aider|aide|helped|helping)` +
    // (« il a accompagné 15 data scientists ? »: those his work served, as MAIF's releases did.)
    String.raw` (des |les |ses |the |his |other )?(\d{1,3} )?(equipes?|teams?|data scientists?|scientists?|analysts?|` +
    String.raw`analystes?|users?|utilisateurs?)( \w+)?\b`,
);

/** "Could he be a tech lead?", « pourrait-il être lead ? »: leading people, and whether a title said so. */
const COULD_LEAD = new RegExp(
  String.raw`\b((could|can|would) (he|she) (be|become|act as|work as|step up as)|ready to (be|become)|` +
    String.raw`(pourrait|peut)[- ](il|elle) (etre|devenir|faire)) (a |an |the |un |une |le |la )?` +
    String.raw`(tech lead|lead tech|technical lead|team lead|lead dev\w*|lead \w+ engineer|lead|leader|` +
    String.raw`(engineering |team )?manager|head of \w+|chef d'equipe|responsable d'equipe)\b`,
);

/**
 * How big a company is: "how big is MAIF?", "which was bigger, Decathlon or MAIF?", « une grosse boîte ? », "has he
 * worked for large companies?", "headcount at AAA-Data?". Not the size of anything else: a team, the data, a project.
 */
const COMPANY_NOUNS =
  String.raw`(compan\w*|firms?|corporat\w*|groups?|business\w*|organi[sz]ations?|boites?|entreprises?|` +
  String.raw`societes?|groupes?|structures?|clients?|comptes|employers?|employeurs?|brands?|names|noms|marques?)`;
const SUPERLATIVE = String.raw`(biggest|largest|smallest|plus (grande?s?|grosses?|gros|petite?s?))`;
/** A count of people asked: "how many employees?", "headcount", « effectif », « combien de salariés ». */
const HEADCOUNT = new RegExp(
  String.raw`\b(headcount|effectifs?|how many (employees|staff|workers)|how many people work|` +
    String.raw`combien (de |d')(salaries|employes|collaborateurs)|` +
    // ("a company with over 2000 employees?", « une boîte de plus de 2000 salariés ? »: a headcount, not a year.)
    String.raw`(more than|over|at least|under|less than|plus de|moins de|au moins) \d[\d ,.]*k? ` +
    String.raw`(employees|staff|salaries|employes))\b`,
);
const COMPANY_SIZE = new RegExp(
  String.raw`\b(how (big|large|huge|small) (is|was|are|were)|(what|which) size|quelle taille|taille (de|d')|` +
    String.raw`size of|company size|${HEADCOUNT.source.slice(3, -3)}|` +
    String.raw`(big|large|huge|small|major|grosses?|grandes?|petites?|gros|grands?) ${COMPANY_NOUNS}|` +
    // "is MAIF big?", « MAIF c'est gros ? », « c'est une grosse boîte ? »: of the employer named.
    String.raw`(is|was|c'?est|c est|est|etait) [\w' -]{0,30}(big|large|huge|gros|grosse|grand|grande)(?=\s*[?!.]*$)|` +
    // "the biggest company he worked for", « la boîte la plus grosse »: the largest of his employers.
    String.raw`${SUPERLATIVE} (\w+ )?${COMPANY_NOUNS}|${COMPANY_NOUNS} (\w+ ){0,3}(the |la |le )?${SUPERLATIVE})\b`,
);
/** "which was bigger, Decathlon or MAIF?", « la MAIF c'est plus gros que AAA-Data ? »: of two employers named. */
const COMPARED_SIZE = /\b(bigger|larger|smaller|plus (grande?s?|grosses?|gros|petite?s?)|biggest|largest)\b/;
/** A company, said as one: what a size asked of no employer named must be about. */
const COMPANY_WORD = new RegExp(String.raw`\b${COMPANY_NOUNS}\b`);
/** The size of something else than the company: a team, the data, a project, his people, his pay. */
const OTHER_SIZE = new RegExp(
  String.raw`\b(teams?|equipes?|data|donnees|datasets?|volumes?|tables?|projects?|projets?|achievements?|` +
    String.raw`challenges?|impacts?|wins?|success\w*|reussites?|defis?|missions?|jobs?|roles?|postes?|contracts?|` +
    String.raw`contrats?|class(es)?|classes?|students|etudiants|eleves|pipelines?|platforms?|plateformes?|` +
    String.raw`clusters?|budgets?|salary|salaires?|manag\w*|led|lead\w*|encadr\w*|supervis\w*|` +
    String.raw`mistakes?|weakness\w*|strengths?|ingestions?|files?|fichiers?|tb|tera\w*|scale|echelle|` +
    // ("…the largest company he worked for, and what did he do there?": more than its size.)
    String.raw`(and|et) (what|how|where|when|which|quoi|comment|ou|quand|qu'a)|` +
    String.raw`gap|trou|difference|font|fonts|text|texte|improvements?|performances?|perf|gains?|results?|` +
    String.raw`resultats?|chiffres?|figures?|numbers?|ameliorations?|` +
    // (The size he would like: "what size of company does he want?", « quelle taille d'entreprise il cherche ? ».)
    String.raw`wants?|wanted|prefer\w*|looking|seeking|cherche\w*|souhait\w*|ideal|ideale|open|ouvert|vise)\b`,
);

/** A company's age asked: "been around", "how old is", « existe depuis quand », « créée quand ». */
const COMPANY_AGE = new RegExp(
  String.raw`\b(been (around|in business|operating|on the market|in existence)|(has|have) existed|` +
    String.raw`been in (the )?([\w-]+ ){0,3}(business|market)|` +
    // ("how old is AAA-Data?", not "how old is the AAA-Data system?", "when was the migration started?")
    String.raw`how old (is|was) (the company |the firm )?(?!(the|a|an|his|its) )[\w-]+( [\w-]+)?(?=\s*\?*$)|` +
    String.raw`depuis (quand|combien de temps|combien d'annees) [^?]{0,40}\bexist\w*|` +
    String.raw`(when|what year) (was|were) (it|they|the company|the firm|(?!(the|a|an|his|its) )[\w-]+( [\w-]+)?) ` +
    String.raw`(founded|established|created|set up|started)|existe(nt)? depuis|existait depuis|` +
    String.raw`(sur|dans) le marche depuis|depuis [^?]{0,40}(sur|dans) le marche|` +
    String.raw`(fondee?|creee?) (quand|en quelle annee)|(quand|en quelle annee) (a ete )?(fondee?|creee?)|` +
    String.raw`quel age a|` +
    // "is AAA-Data the leader in automotive data for 50 years?", « leader depuis 50 ans ? »: its standing, how long.
    String.raw`(leader|leaders|leading|number one|n°1|numero un)\b[^?]{0,50}\b(for|since|depuis) ` +
    String.raw`(over |more than |plus de )?\d+ (years|ans))\b`,
  "g",
);

/** Two things set side by side: "both", "in common", "the same", « à la fois », « en commun », « compare ». */
const STACKS_COMPARED = new RegExp(
  String.raw`\b(both|in common|common|shared|same|compar\w*|differen\w*|versus|vs|a la fois|en commun|communs?|` +
    String.raw`les deux|memes?)\b`,
);
/** What a role's stack line lists: "tools", "stack", « technos », « outils ». */
const STACK_WORD = /\b(tools?|stacks?|technolog\w*|techs?|technos?|outils|frameworks?)\b/;

/**
 * What a role taught, asked: "which topics?", "what did he teach at…?", « sur quels sujets ? », « il formait sur
 * quoi ? », « sur quoi portaient ses formations ? » (folded).
 */
export const TOPICS_ASKED = new RegExp(
  String.raw`\b((sur|on|about) (quels?|quelles?|which|what) (sujets?|themes?|thematiques?|topics?|subjects?)|` +
    String.raw`(quels?|quelles?|which|what) (sujets?|themes?|thematiques?|matieres?|topics?|subjects?|modules?)\b|` +
    String.raw`(what|which \w+) did (he|she) (teach|train \w+ (on|in))|` +
    String.raw`qu'?(a[- ]t[- ](il|elle)|(il|elle) a) (enseigne|forme \w+ (a|sur))|` +
    String.raw`(il|elle) (formait|enseignait|enseigne|forme) (sur )?quoi|` +
    String.raw`(sur|de) quoi portai\w+ (ses|les) (cours|formations)|(il|elle) (enseignait|enseigne|formait) quoi)`,
);

/** What a role taught asked, and nothing else: not "what topics did he handle at Decathlon regarding governance?". */
function topicsAsked(text: string, subject: UnderstoodQuestion["parts"][number]["words"]): boolean {
  const said = TOPICS_ASKED.exec(text)?.[0] ?? "";
  return said !== "" && subject.every((w) => w.everyday || w.light || w.employer || said.includes(w.word));
}

/** The words that make each intent, taken out before looking for a subject it doesn't answer. */
/** A bound on a number of people: "more than 5", "at least 3", "over 10", « plus de 5 », « au moins 3 », "5+". */
const PEOPLE_BOUND =
  String.raw`(?:(?:more|bigger|larger|greater|fewer|less|smaller)(?: than)?|over|above|under|below|at least|at most|` +
  String.raw`plus (?:grande?s? |grosses? |petite?s? )?(?:de|que|qu')|moins (?:de|que|qu')|` +
  String.raw`(?:d')?au moins|(?:d')?au plus|` +
  String.raw`(?:un |une )?(?:minimum|maximum)(?: de)?)\s*(\d{1,3})(?!\d|[.,]\d)` +
  String.raw`(\+|\s+(?:or|ou|et) (?:more|plus|fewer|less|moins))?`;
const MEMBERS =
  String.raw`(?:people|persons?|personnes|members|membres|gens|folks|colleagues|collegues|collaborateurs|` +
  // « des devs front », "a back-end developer": a kind of developer, which the roster names by its end.
  String.raw`(?:devs?|developers?|developpeurs?) (?:front|back)(?:-?ends?)?|` +
  String.raw`(?:data |software )?(?:engineers|developers|devs)|(?:data )?(?:ingenieurs|developpeurs)|data engineers|` +
  String.raw`data scientists|scientists|data analysts|` +
  // A roster's own kinds, one of them or several: "1 PO", "a tech lead", "1 Front-end", « un formateur ».
  String.raw`(?:data )?(?:engineer|scientist|analyst)|pos?|product owners?|tech ?leads?|lead techs?|` +
  String.raw`front-?ends?(?: (?:developers?|engineers?|devs?))?|full-?stack(?: (?:engineers?|developers?))?|` +
  String.raw`trainers?|formateurs?|` +
  // (Kinds no roster lists, asked of it: "a scrum master?", "a DevOps engineer?" — which the roster answers, none.)
  String.raw`scrum ?masters?|devops(?: engineers?)?|qa(?: engineers?)?|testers?|(?:data |solutions? )?architects?|` +
  String.raw`project managers?|chefs? de projet|(?:ml|machine learning) engineers?|designers?|ux designers?)`;
/**
 * "team of more than 5", "the team at MAIF bigger than 5 persons", « équipe de plus de 10 personnes »: a count of its
 * people (not "over 2 years", "more than 100 teams", "300 TB", "more than 5 use Airflow": another thing counted).
 */
const TEAM_BOUND = new RegExp(
  String.raw`\b(?:team|equipe|squad)(?:\s+[\p{L}'-]+){0,4}?\s+${PEOPLE_BOUND}` +
    String.raw`(?:\s+(${MEMBERS})\b|(?=\s*(?:[?!.,;]|$|(?:at|in|chez|dans|a|for|pour|right|correct|non)\b)))`,
  "u",
);
/** "more than 4 people in his team", « plus de 5 personnes dans son équipe ». */
const TEAM_BOUND_AFTER = new RegExp(
  String.raw`\b${PEOPLE_BOUND}\s+(${MEMBERS})(?:\s+[\p{L}'-]+){0,4}?\s+(?:team|equipe|squad)\b`,
  "u",
);
/**
 * "did the team at MAIF have 2 data scientists?", "MAIF's team included 3 data engineers?", "was the Decathlon team 7
 * people?", « l'équipe chez MAIF comptait 2 data scientists ? »: a count of its people, as such.
 */
const TEAM_EXACT = new RegExp(
  String.raw`\b(?:team|equipe|squad)(?:'s)?(?:\s+[\p{L}'-]+){0,3}?\s+` +
    String.raw`(?:(?:have|has|had|include|includes|included|including|with|was|is|of|comptait|compte|avait|a|` +
    String.raw`incluait|etait|de)\s+)?(?:exactly\s+|exactement\s+)?(\d{1,3})\s+(${MEMBERS})\b`,
  "u",
);
/**
 * "were there 2 data scientists at MAIF?", "did he work with 3 data engineers?", « il y avait 2 data scientists chez
 * MAIF ? »: that many people of a kind, no team named.
 */
const THERE_WERE = new RegExp(
  String.raw`\b(?:there (?:were|was|are|is)|(?:were|was|are|is) there|(?:il )?y (?:avait|a eu|a)|` +
    // "did he have 2 data engineers with him?", "was he one of 3 data engineers?"
    String.raw`(?:did|does|has) (?:he|she) (?:have|had)|had (?:he|she)|(?:was|is) (?:he|she) one of|` +
    String.raw`(?:work|worked|working|travaille|travaillait) (?:with|avec|alongside))\s+` +
    String.raw`(?:exactly\s+|exactement\s+)?(\d{1,3})\s+(${MEMBERS})\b`,
  "u",
);
/**
 * "was there a tech lead at MAIF?", "did his team at AAA-Data include data scientists?", « y avait-il un front-end
 * dans son équipe ? »: one of a kind or more, in a roster.
 */
const THERE_WAS_A = new RegExp(
  String.raw`\b(?:there (?:were|was|are|is)|(?:were|was|are|is) there|(?:il )?y (?:avait|a)(?:[- ]t?[- ]?il)?|` +
    String.raw`(?:his|the|son|l') ?(?:team|equipe)(?: (?:at|chez) [\p{L}-]+)? (?:include|includes|included|have|` +
    String.raw`has|had|comptait|avait)|did (?:his|the) (?:team|equipe)(?: (?:at|chez) [\p{L}-]+)? ` +
    String.raw`(?:include|have))\s+(?:(?:a|an|any|some|un|une|des|de|d')\s*)?(${MEMBERS})\b|` +
    // "a PO at Decathlon?", « et un PO ? », "any front-end?": one of a roster's kinds, asked in a word.
    // (Not "and a tech lead?" after his title, nor "a data engineer at Decathlon?": what he was, maybe.)
    String.raw`^(?:and |et )?(?:also |aussi )?(?:a|an|any|un|une|des)\s+` +
    String.raw`(pos?|product owners?|front-?ends?|full-?stack(?: engineers?)?|` +
    String.raw`(?<=(?:any|des)\s+)data (?:scientists|engineers))(?: (?:at|chez|in|dans|a) [\p{L}-]+` +
    // (A role named, or a follow-up's, put after it: "and a PO? Decathlon"; not "a PO?" alone, maybe his title.)
    String.raw`(?: (?:there|la-bas|aussi|too))?\s*\?*|\s*\?+\s+[\p{L}][\p{L}-]*)\s*$|` +
    // ("did he work with a fullstack at Decathlon?", « il a bossé avec un PO chez MAIF ? »: the roster's kind.)
    // (« il a eu un product owner ? », « il avait un PO dans son équipe ? », "has he had a tech lead?": the same.)
    // (Worked with "des" data scientists: his collaboration with them, which a line says; not the roster.)
    String.raw`\b(?:(?:work|worked|working|travaille|travaillait|bosse|bossait) (?:with|avec|alongside)\s+` +
    String.raw`(?:a|an|any|un|une)|(?:had|has had|have had|avait|a eu|ont eu|eu)\s+(?:a|an|any|un|une|des|de|d'))\s*` +
    String.raw`(pos?|product owners?|front-?ends?(?: devs?| developers?| engineers?)?|` +
    String.raw`full-?stack(?: engineers?| devs?| developers?)?|tech ?leads?|lead tech|scrum ?masters?|` +
    String.raw`devops(?: engineers?)?|qa(?: engineers?)?|(?:data )?architects?|project managers?|chef de projet|` +
    String.raw`(?:ml|machine learning) engineers?|data scientists?)` +
    String.raw`(?: (?:in|dans) (?:his|her|the|son|sa|l') ?(?:team|equipe))?(?: (?:at|chez|in|dans) [\p{L}-]+)?` +
    String.raw`\s*\?*\s*$`,
  "u",
);
/** Leading people ("led a team of more than 5"), which the leadership answer takes up. */
const LEADING_VERB = new RegExp(String.raw`\b(?:${LEADING})\b`);

const PATTERNS: Record<ProfileIntent["kind"], RegExp> = {
  taught_topics: TOPICS_ASKED,
  total_experience: new RegExp(
    `${HOW_LONG.source}|${EXPERIENCE.source}|${AT_LEAST.source}|${EXPERIENCED.source}|${YEARS_CLAIMED.source}|` +
      `${YEARS_ALONE.source}|` +
      "\\b(total|overall|career|carriere)\\b",
    "g",
  ),
  tech_experience: HOW_LONG,
  tenure: new RegExp(
    `${LONGEST.source}|${SHORTEST.source}|\\b(company|companies|role|roles|job|jobs|mission|missions|employer|` +
      "stay|stayed|spend|spent|worked|work|poste|postes|boite|entreprise|reste|employeur|where|ou|which|quel|" +
      "quelle|his|son|sa|more|less|or|than|plus|moins)\\b",
    "g",
  ),
  role_year: new RegExp(
    `${YEAR.source}|\\b(before|avant|since|depuis|after|apres|in|en|during|pendant|work|worked|` +
      "working|travaille|bosse|was|etait|there|la)\\b",
    "g",
  ),
  company_size: new RegExp(
    `${COMPANY_SIZE.source}|${COMPANY_WORD.source}|\\b(which|what|was|is|were|are|his|has|he|worked|work|for|at|` +
      "a|the|or|il|des|dans|de|pour|chez|travaille|bosse|est|etait|une?|la|le|les|ou|quelle|laquelle)\\b",
    "g",
  ),
  gaps: new RegExp(`${GAPS.source}|\\b(career|cv|resume|parcours|carriere|his|son|sa|any|des|dans)\\b`, "g"),
  cv_date: new RegExp(CV_DATE.source, "g"),
  team_size: new RegExp(`${TEAM_BOUND.source}|${TEAM_BOUND_AFTER.source}`, "gu"),
  company_age: COMPANY_AGE,
  stacks_compared: new RegExp(`${STACKS_COMPARED.source}|${STACK_WORD.source}`, "g"),
  contract: CONTRACT_ASKED,
  role_duration: HOW_LONG,
  timeline: new RegExp(
    `${YEAR.source}|\\b(what|which|doing|do|did|up ` +
      `to|faisait|fait|quoi|role|roles|job|jobs|poste|postes|mission|missions|work|working)\\b`,
    "g",
  ),
  timeline_ago: new RegExp(
    `${YEARS_AGO.source}|${RECENT_YEARS.source}|` +
      `\\b(what|which|doing|do|did|done|faisait|fait|quoi|role|job|poste|work|working|where|ou)\\b`,
    "g",
  ),
  freelance_duration: new RegExp(`${HOW_LONG.source}|${FREELANCE.source}`, "g"),
  first_role: new RegExp(`${FIRST_ROLE.source}|${HOW_LONG.source}`, "g"),
  // (Read from the roles' structure, whatever else is asked: see STRUCTURAL.)
  kinds_order: /(?!)/g,
  // The years claimed are read with it: « enseigné 5 ans ».
  teaching_duration: new RegExp(`${HOW_LONG.source}|${TEACHING_WORK.source}|\\b${CLAIMED_COUNT}`, "g"),
  before: new RegExp(
    `${BEFORE.source}|\\b(role|job|company|sector|secteur|work|worked|was|etait|boite|entreprise|where|ou)\\b`,
    "g",
  ),
  after: new RegExp(
    `${AFTER.source}|\\b(role|job|company|work|worked|was|etait|boite|entreprise|where|ou|came|did|do)\\b`,
    "g",
  ),
  employers: new RegExp(EMPLOYERS.source, "g"),
  current: new RegExp(`${CURRENT.source}|${ROLE_WORDS.source}|${JOB_TITLE.source}|${DOES_NOW.source}`, "g"),
  overview: new RegExp(`${OVERVIEW.source}|${JOB_TITLE.source}`, "g"),
  results: new RegExp(
    `${RESULTS.source}|${TIME_GAINED.source}|\\b(main|key|biggest|best|top|principaux|principales|grands?)\\b`,
    "g",
  ),
  skills: new RegExp(
    `${SKILLS.source}|${CODES_IN.source}|${DROPPED_TOOLS.source}|` +
      "\\b(languages?|know|knows|use|uses|overall|whole|global|globale|" +
      "generale?|complete|entiere|en general|in general|comme (stack|technos?|outils?|technologies?))\\b",
    "g",
  ),
  summary: new RegExp(`${SUMMARY.source}|\\b(profile|profil|lines?|lignes?|candidate|candidat)\\b`, "g"),
  title: new RegExp(
    `${BEEN_FOR.source}|${TITLE.source}|${AS_LEAD.source}|${SENIORITY.source}|${LOOKING_FOR.source}|` +
      `${AS_TITLE.source}|${YEARS_AS.source}|${BEEN_TITLE.source}|${HOW_LONG.source}`,
    "gu",
  ),
  overlap: new RegExp(AT_ONCE.source, "g"),
  overlaps: new RegExp(SEVERAL_AT_ONCE.source, "g"),
  taught: new RegExp(`${TEACHES.source}|${TEACHES_AT_ALL.source}`, "g"),
  trained: new RegExp(`${CORPORATE_TRAINING.source}|${TEACHING_WORK.source}`, "g"),
  teaching_share: new RegExp(`${TEACHING_WORK.source}|${BESIDE_WORK.source}|${BUILDING_WORK.source}`, "g"),
  leadership: new RegExp(`${LEADERSHIP.source}|${AS_LEAD.source}|${COULD_LEAD.source}`, "gu"),
  // (Read whole, never weighed for a subject left over: see `withoutOrOnly`.)
  without: /\b(not|never|without|sans|pas)\b/g,
  only: /\b(only|uniquement|seulement|que)\b/g,
};

/** "in 3 lines", « en deux mots », "a one-liner", "in a nutshell": a summary asked short. */
const BRIEF = new RegExp(
  String.raw`\b(\d+|one|two|three|une?|deux|trois|single)[- ](lines?|liner|lignes?|bullets?|points|sentences?|` +
    String.raw`phrases?|mots|words)\b|\b(in a nutshell|en bref|tl;?dr)\b`,
);

/** Words of a career as a whole: "summarise his data engineering experience" still asks for the summary. */
// (« son parcours complet », "his full background": the whole of it.)
const CAREER_WORD = new RegExp(
  String.raw`^(data|big|engineer\w*|ingenieur\w*|tech\w*|professional\w*|professionnel\w*|career|carriere|work\w*|` +
    String.raw`complete?s?|complet|entiere?|integral\w*|full|whole|detaill\w*|detailed)$`,
);

/** Words of a lead's title ("led a team or been tech lead?"), which the leadership answer speaks to. */
const LEAD_TITLE = /^(tech|technical|technique|lead|leader|manager|head|chef|principal|staff)$/;

/** "less than 5 years?", « moins d'un an ? », "under 3 years", "at most 2 years": a ceiling, not a floor. */
const BELOW = new RegExp(
  String.raw`(?<!\b(?:no|not|pas|nothing|rien) )` +
    String.raw`\b(less than|fewer than|under|below|at most|no more than|not more than|` +
    String.raw`moins de|moins d'|au plus|pas plus de|inferieure? a) ?(?:like |about |around |environ )?` +
    String.raw`(?:\d|(?:a|an|one|un|une) (?:years?|yrs?|ans?|annees?|months?|mois)\b|` +
    String.raw`(?:${Object.keys(NUMBER_WORDS).join("|")})\b)`,
);

/**
 * How a count of years claimed is weighed: at least that many (no bound), fewer (`true`), at most (`"orEqual"`),
 * about that many (`"about"`: "at Decathlon for 3 years, right?", a time at an employer given to check, with no
 * "at least"), or more than that many (`"over"`: "more than 1 year at MAIF?", which one year is not).
 */
export type YearsBound = true | "orEqual" | "about" | "over" | "near";

/** "about 8 years", "almost 8", « environ 5 ans », « presque 3 ans »: a count said to be near. */
const ABOUT_COUNT = new RegExp(
  String.raw`(?:\b(?:about|around|roughly|approximately|approx|almost|nearly|close to|circa|environ|presque|` +
    String.raw`pres de|quasi|quasiment|a peu pres|autour de)|~)\s*(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|` +
    String.raw`six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix)\s*` +
    String.raw`(?:\+\s*)?(?:years?|yrs?|ans?|annees?|months?|mois)\b`,
);

/** "only 4 years?", « seulement 4 ans ? », « que 3 ans ? »: a count said to be all there is. */
const ONLY_COUNT = new RegExp(
  // ("he only has 2 years of spark?": the verb between.)
  String.raw`\b(only|just|merely|barely|seulement|que|juste|a peine) (?:(?:has|had|have|got|has got|did|used it for|` +
    String.raw`worked for|done) )?(?:like |about |around |environ )?` +
    // (Not "only 1 year and 5 months?", whose months the count here would leave out.)
    String.raw`(?:\d+|a few|a couple of|quelques|${Object.keys(NUMBER_WORDS).join("|")}) ` +
    String.raw`(?:years?|yrs?|ans?|annees?|months?|mois)\b` +
    String.raw`(?!,?\s+(?:and\s+|et\s+)?(?:\d|${Object.keys(NUMBER_WORDS).join("|")})\b)`,
);
/** "at least 3 years", "3+ years", « au moins », « plus de »: a floor, which no confirmation makes exact. */
const FLOOR_GIVEN = /\d\s*\+|\b(at least|more than|over|minimum|min|au moins|plus de|plus d')\b/;

/** "more than 3 years", "over 2 years", « plus de 5 ans »: a floor the time must pass. */
// (Not « il ne fait plus de Scala depuis 2 ans ? »: no longer.)
const STRICT_FLOOR =
  /\b(?:more than|over|longer than|greater than|above)\b|(?<!\bn(?:e\s+|')[\p{L}-]+\s+)\bplus (?:de\b|d'|que\b)/u;

/** A count of years asked as a ceiling ("less than 5 years?"): the claim holds when the time is below it. */
function withBelow(intent: ProfileIntent | null, text: string): ProfileIntent | null {
  const m = BELOW.exec(text);
  if (!intent || !("atLeast" in intent) || intent.atLeast === undefined) return intent;
  // ("only 4 years of experience?", « il a que 3 ans d'xp ? »: that many and no more, about.)
  // ("only a few years": that many at most, up to five, see yearsIn.)
  if (ONLY_COUNT.test(text)) return { ...intent, below: /\b(a few|quelques)\b/.test(text) ? "orEqual" : "about" };
  // ("around 8 years?", "almost 8 yrs", « environ 5 ans ? »: a few months short of it, or more; of a role's time,
  // "about 2 years at Decathlon?", about that long, longer said so.)
  if (ABOUT_COUNT.test(text)) return { ...intent, below: intent.kind === "role_duration" ? "about" : "near" };
  // ("more than one year at MAIF?", « plus d'un an ? »: a floor passed, not met: its one year is no "yes".)
  if (!m && STRICT_FLOOR.test(text) && !/\d\s*\+|\b(at least|minimum|min|au moins)\b/.test(text))
    return { ...intent, below: "over" };
  if (!m) return intent.kind === "role_duration" && !FLOOR_GIVEN.test(text) ? { ...intent, below: "about" } : intent;
  // ("at most 1 year", « au plus », "no more than": that many too.)
  return {
    ...intent,
    below: /^(at most|no more than|not more than|au plus|pas plus de)$/.test(m[1]!) ? "orEqual" : true,
  };
}

/** Asking for roles: "which roles…", "where…", « quels postes… », « où… ». */
const WHICH_ROLES = new RegExp(
  String.raw`\b((which|what) (of (his|her|the|these|those) )?(roles?|jobs?|compan(y|ies)|employers?|missions?|` +
    String.raw`positions?|clients?)|where|` +
    // "roles without Docker?", "jobs not involving Python?", « postes sans Docker ? »
    String.raw`(roles?|jobs?|compan(y|ies)|employers?|missions?|postes?|entreprises?) (without|not|sans)|` +
    // "Spark but not Databricks?", « Spark mais pas Databricks ? »: the roles of one without the other.
    String.raw`but not|mais pas|` +
    // "has he ever worked without Spark?", « il a déjà travaillé sans Python ? »: the roles without it.
    String.raw`(worked|been|done|work|travaille|bosse) (without|sans)|` +
    String.raw`(quels?|quelles?|dans quels?|dans quelles?|chez quels?) (postes?|missions?|entreprises?|employeurs?|` +
    String.raw`boites?|clients?)|ou(?= n'|n'| a[- ]t| est[- ]ce| (?:il|elle) ))\b`,
);
/** A tech denied just before it is named: "did not use", "without", "but not", « n'a-t-il pas utilisé », « sans ». */
const DENIED_BEFORE = new RegExp(
  String.raw`\b(not|never|without|sans|(?:did|does|do|has|have|had|was|were|is)n'?t|` +
    String.raw`n'a[- ]t[- ](il|elle) pas|n'a pas|` +
    String.raw`n'y a pas|pas)\b` +
    String.raw`(?: (?:use|used|using|involve|involved|involving|work with|working with|touch|do|have|had|any|` +
    String.raw`utilise|fait|fait de|fait du|de|d'|du|des|a|the))*\s*$`,
);
/** "only", « ne … que »: one thing and nothing else, claimed, just before it ("only Python", « que du Python »). */
// (« que » only as « ne … que », « il fait que du… »: not « est-ce que Spark… ».)
const ONLY =
  String.raw`\b(?:only|exclusively|uniquement|seulement|(?:n'|ne )?(?:fait|fais|connait|utilise|code|bosse|` +
  String.raw`maitrise|a fait|a utilise|travaille) que)\s+(?:(?:has|have|had)\s+)?` +
  String.raw`(?:(?:experience|xp|exp)\s+(?:in|with|on)\s+|(?:knows?|uses?|used|does|did|do|codes? in|worked with|` +
  String.raw`works? with|ever used)\s+|(?:du|de la|de l'|des|de|d')\s*)?`;

/** "… his only language?", « … son seul outil ? »: the one thing named is the only one of a kind of his. */
const SOLE_OF =
  String.raw`(?:is |was |est |c'est )?(?:his|her|the|son|sa|le|la) (?:only|sole|seule?|unique) ` +
  String.raw`(?:(?:programming )?languages?|langages?|tools?|outils?|technos?|technolog\w+|skills?|stack)\b`;
/** "… his main language?", « … son langage principal ? »: the one named is his first language. */
const MAIN_LANGUAGE =
  String.raw`(?:is |was |est |c'est )?(?:his|her|the|son|sa|le) (?:(?:main|primary|principal|preferred|favou?rite|` +
  String.raw`go-to|first) (?:programming |coding )?(?:language|langage)|` +
  String.raw`langage (?:principal|de predilection|prefere))\b`;
/** "other than Spark", "besides Spark", « à part Spark », « en dehors de Spark »: anything but the one named. */
const OTHER_THAN =
  String.raw`\b(?:other than|besides|apart from|aside from|outside(?: of)?|except(?: for)?|autres? qu(?:e |')|a part|` +
  String.raw`en dehors d(?:e |u |es |')|hors|sauf|en plus d(?:e |u |es |'))\s*(?:l'|le |la |les |du |de la |des )?`;
/** A kind asked beside it ("any cloud other than AWS?"): the others of that kind, which no list of all gives. */
export const KIND_ASKED = new RegExp(
  String.raw`\b(clouds?|databases?|bases? de donnees|languages?|langages?|orchestrat\w*|schedulers?|warehouses?|` +
    String.raw`platforms?|plateformes?|providers?|fournisseurs?|tools?|outils?|bi|ci|cd|storage|stockage|` +
    String.raw`catalogs?|catalogues?|entrepots?|lakes?|frameworks?|librar\w*|librair\w*|brokers?|queues?|engines?|` +
    String.raw`moteurs?|formats?|editors?|ide)\b`,
);
/** "his only (programming) language", « son seul langage »: programming languages, of all his tools. */
const SOLE_LANGUAGE = /\b(only|sole|seule?|unique) (programming )?(language|langage)/;

/**
 * "Which roles did not involve Airflow?", « où n'a-t-il pas utilisé Docker ? », "where did he use Spark but not
 * Databricks?": the roles naming the ones asked and not those denied; "he only knows Python, right?": what else.
 */
/** "only", « seulement » before a role's name: "only at Decathlon", « uniquement chez Decathlon ». */
const ONLY_BEFORE_ROLE =
  String.raw`\b(?:only|just|solely|exclusively|seulement|uniquement|juste|exclusivement)` +
  String.raw` (?:at |in |with |for |chez |a |au |pour )?(?:la |le |l'|the )?`;

/** "Did he use Airflow only at Decathlon?", « le docker c'était uniquement à la MAIF ? »: one tool, one role. */
function onlyAtRole(u: UnderstoodQuestion, text: string, techs: Technology[]): ProfileIntent | null {
  const roles = u.parts.flatMap((p) => p.roles);
  if (techs.length !== 1 || u.parts.length !== 1 || roles.length !== 1) return null;
  // (The role's whole name or the part before its hyphen: "aaa" of AAA-Data.)
  const name = roles[0]!.slice(roles[0]!.indexOf("#") + 1);
  const names = `(?:${[...new Set([name, name.split("-")[0]!])].join("|")})`;
  // ("did he only use Airflow at Decathlon?", « du Spark qu'à Decathlon ? »: "only" said before the verb, or « qu'à ».)
  const only = new RegExp(
    String.raw`${ONLY_BEFORE_ROLE}${names}\b|\b${names}\b(?: only| seulement| uniquement)\s*[?!.]*$|` +
      // (« ne … qu'à », the negation said: not « tu confirmes qu'à la MAIF… », « je lis que chez Decathlon… ».)
      String.raw`\bn(?:e |')[^?]*\b(?:qu'(?:a|au|chez)|que (?:a|au|chez)) (?:la |le |l')?${names}\b|` +
      String.raw`\bonly (?:use[ds]?|using|work(?:ed)? with|do|did|have|had)\b.* (?:at|with|in|for) (?:the )?${names}\b`,
  );
  return only.test(text.replace(/\baaa data\b/g, "aaa-data"))
    ? { kind: "tech_experience", technology: techs[0]!, onlyAt: roles[0]! }
    : null;
}

function withoutOrOnly(u: UnderstoodQuestion): ProfileIntent | null {
  const text = foldText(u.text).replace(/’/g, "'");
  const techs = [...new Map(u.parts.flatMap((p) => p.technologies).map((t) => [t.name, t])).values()];
  const onlyAt = onlyAtRole(u, text, techs) ?? techLonger(text, techs);
  if (onlyAt) return onlyAt;
  if (techs.length === 0 || techs.length > 3 || u.parts.some((p) => p.roles.length > 0 || p.missing.length > 0))
    return null;
  // ("only" said of the one thing named, not "only one question: Spark?", "did he only plan Unity Catalog?"; not
  // "only Airflow for orchestration?", of a kind.)
  // ("Is Python his only language?", « Python est son seul langage ? »: the one named, then "only" of it.)
  const near = (t: Technology) =>
    new RegExp(String.raw`${ONLY}${t.tokens[0]!}\b|\b${t.tokens[0]!} only\b|\b${t.tokens[0]!} ${SOLE_OF}`).test(text);
  const scoped = (t: Technology) =>
    new RegExp(String.raw`\b${t.tokens[0]!}\b.*\b(for|pour|in|en|as|comme) \w`).test(text) ||
    /\b(not only|non seulement|pas seulement|pas que)\b/.test(text);
  // ("Is Scala his main language?": his programming languages, by how many roles use them — no "yes" to one.)
  if (techs.length === 1 && new RegExp(String.raw`\b${techs[0]!.tokens[0]!} ${MAIN_LANGUAGE}`).test(text))
    return { kind: "skills", role: null, languages: true, named: true };
  // ("Besides Spark, what has he used?", "work outside of Spark?": the others, "yes" when there are.)
  // (Not "Outside of Spark, is he strong in SQL?": another thing named, asked of its own.)
  const beside = u.parts.flatMap((p) => p.words).filter((w) => (w.key || w.tech) && !techs[0]!.tokens.includes(w.word));
  const other =
    techs.length === 1 && beside.length === 0 && new RegExp(`${OTHER_THAN}${techs[0]!.tokens[0]!}\\b`).test(text);
  if (other && !KIND_ASKED.test(text)) return { kind: "only", technology: techs[0]!, other: true };
  if (techs.length === 1 && near(techs[0]!) && !scoped(techs[0]!) && !/\d/.test(text) && !WHICH_ROLES.test(text))
    return { kind: "only", technology: techs[0]!, ...(SOLE_LANGUAGE.test(text) ? { languages: true as const } : {}) };
  if (!WHICH_ROLES.test(text)) return null;
  const at = (t: Technology) => text.indexOf(t.tokens[0]!);
  const denied = techs.filter((t) => at(t) > 0 && DENIED_BEFORE.test(text.slice(Math.max(0, at(t) - 40), at(t))));
  if (denied.length === 0) return null;
  return { kind: "without", with: techs.filter((t) => !denied.includes(t)), without: denied };
}

/** Where and how one teaches: "classes", « cours », "university", « établissement supérieur », « chargé de cours ». */
const TEACHING_PLACE = new RegExp(
  String.raw`^(cours|charge|classes?|courses?|lectures?|universit\w*|ecoles?|schools?|etablissements?|superieur|` +
    String.raw`higher|education)$`,
);

/** The count of years claimed: "5 years' experience as a data engineer?" — its "5" asks nothing more. */
// (And the length of roles asked: "a mission of 3 months?", "roles over 2 years?".)
const yearsClaimed = (intent: ProfileIntent, word: string) =>
  /^\d+$/.test(word) &&
  (("atLeast" in intent && intent.atLeast === Number(word)) || (intent.kind === "tenure" && !!intent.bound));

/** « donné des cours dans un établissement d'enseignement supérieur ? »: where one teaches asks nothing more. */
function teachingWord(intent: ProfileIntent, word: string): boolean {
  const kinds = ["taught", "trained", "teaching_duration", "teaching_share"];
  // ("did he only teach?": the teaching title asked of every role, whose words the title answer weighs.)
  const titled = intent.kind === "title" && intent.always === true && TEACHING_WORK.test(intent.title);
  return (kinds.includes(intent.kind) || titled) && (TEACHING_WORK.test(word) || TEACHING_PLACE.test(word));
}

/** A skill of teaching, which his skills lines name: « Pédagogie », "vulgarisation", "training". */
const TEACHING_SKILL = /^(pedagog\w*|vulgaris\w*|teaching|enseignement|formation|training|explaining)$/;

/** « plus de 2 ans en pédagogie ? »: the time of a skill of teaching is his teaching time, not a tool's. */
function teachingSkill(intent: ProfileIntent | null): ProfileIntent | null {
  if (intent?.kind !== "tech_experience" || intent.also?.length || !TEACHING_SKILL.test(intent.technology.tokens[0]!))
    return intent;
  const bound = intent.below === undefined ? {} : { below: intent.below };
  return { kind: "teaching_duration", ...(intent.atLeast === undefined ? {} : { atLeast: intent.atLeast }), ...bound };
}

/** Time said of a tool: "used", "worked with", "experience", « utilisé », « pratiqué ». */
const TOOL_TIME =
  /\b(used|using|use|worked|work|working|experience|exp|years|yrs|longtemps|utilise\w*|pratique\w*|fait|anciennete)\b/;
/** "longer", "more", « plus longtemps »: one tool's time against another's (1: the way). */
const TIME_MORE = /\b(longer|more|plus longtemps|plus|shorter|less|fewer|moins longtemps|moins)\b/;

/** "has he used Snowflake longer than Spark?", « plus longtemps du Scala que du Python ? »: the two tools' times. */
function techLonger(text: string, techs: Technology[]): ProfileIntent | null {
  const way = TIME_MORE.exec(text);
  // ("longer", « plus longtemps » say the time themselves: "has he usd Snowflake longer than Spark?".)
  const timed = way && (/^(longer|shorter|plus longtemps|moins longtemps)$/.test(way[1]!) || TOOL_TIME.test(text));
  if (techs.length !== 2 || !way || !timed) return null;
  // (Each name as a whole word: not "spark" of "pyspark".)
  const at = (t: Technology) =>
    new RegExp(String.raw`(?<![\p{L}\p{N}])${literal(t.tokens[0]!)}(?![\p{L}\p{N}])`, "u").exec(text)?.index ?? -1;
  const [first, second] = [...techs].sort((a, b) => at(a) - at(b));
  // ("than" or « que » between the two, right before the second: not "more than 2 years, and Python too?".)
  const between = text.slice(at(first!), at(second!));
  const than = /\b(than|que|qu')\s*(?:(?:with|on|in|de|du|des|d'|avec|the|le|la|l')\s*)*$/.exec(between);
  if (at(first!) < 0 || !than || /\d/.test(between) || way.index > at(first!) + than.index) return null;
  const longer = !/^(shorter|less|fewer|moins)/.test(way[1]!);
  return { kind: "tech_experience", technology: first!, also: [second!], longer };
}

/** Intents read from the roles' structure, whatever else the question says. */
const STRUCTURAL = [
  "kinds_order",
  "team_size",
  "taught_topics",
  "tech_experience",
  "role_duration",
  "overview",
  "freelance_duration",
  "contract",
  "without",
  "only",
];

/** Teaching set aside: "not as a trainer", "excluding teaching", « hors enseignement », « sans compter les cours ». */
const TEACHING_EXCLUDED = new RegExp(
  String.raw`\b(not (as an? |counting |including )?(trainer|teacher|lecturer|teaching|training)|` +
    String.raw`(excluding|outside( of)?|apart from|aside from|besides|without( the)?|minus) (his )?(teaching|` +
    String.raw`training|lecturing)|hors (enseignement|formation|formateur|prof|cours)|sans (compter )?` +
    String.raw`(l'enseignement|la formation|les cours|l'ecole|formateur)|en dehors de (l'enseignement|la formation|` +
    String.raw`ses cours)|pas (en tant que|comme) (formateur|prof|professeur|enseignant))\b`,
);
/** Years asked: "how many years", « combien d'années », "years of experience". */
const YEARS_ASKED = /\b(years?|yrs|how long|annees|ans|combien de temps)\b/;

/**
 * "years of experience, not as a trainer?", « combien d'années hors enseignement ? » (`message` as sent, before the
 * reader sets the teaching aside): his time as an engineer; null when something else is asked.
 */
export function yearsOutsideTeaching(message: string, u: UnderstoodQuestion): ProfileIntent | null {
  const folded = foldText(message);
  const named = u.parts.some((p) => p.technologies.length > 0 || p.roles.length > 0 || p.missing.length > 0);
  if (!TEACHING_EXCLUDED.test(folded) || !YEARS_ASKED.test(folded) || named) return null;
  return { kind: "title", role: null, title: "data engineer", howLong: true };
}

/** "his top 3 achievements", « ses 3 dernières expériences », "in 3 lines": a number of how many, not of what. */
function howManyWanted(word: string, text: string): boolean {
  return (
    /^\d{1,2}$/.test(word) &&
    new RegExp(
      String.raw`\b(top|first|main|best|his|her|ses|les|the|last|latest|previous|recent) ${word}\b|` +
        String.raw`\b${word} (last|latest|dernier\w*|plus recent\w*)\b|\b${word} (lines?|points|bullets?|` +
        String.raw`sentences?|lignes?|phrases?|mots|puces|reasons|raisons|words)\b`,
    ).test(text)
  );
}

/** A question without the words that asked for the intent (and, of leading people, teams counted, years of it). */
function withoutAsked(text: string, kind: ProfileIntent["kind"]): string {
  const asked = text.replace(PATTERNS[kind], " ");
  // (« il a coordonné 160 équipes ? », "3 years of management?".)
  return kind === "leadership"
    ? asked.replace(new RegExp(`${TEAMS_LED.source}|${YEARS_LED_ASKED.source}`, "gu"), " ")
    : asked;
}

/** The intent of a question as first read, a skill of teaching read as teaching time. */
const firstRead = (u: UnderstoodQuestion) =>
  teachingSkill(yearsOutsideTeaching(u.text, u) ?? withBelow(withoutOrOnly(u) ?? matchIntent(u), foldText(u.text)));

/** Recognises a question about the whole profile; null sends it to retrieval. */
export function detectProfileIntent(u: UnderstoodQuestion): ProfileIntent | null {
  const intent = firstRead(u);
  // (A choice of titles is asked in its own words: "…or an ML guy?".)
  if (!intent || STRUCTURAL.includes(intent.kind)) return intent;
  if ((intent.kind === "title" && intent.among) || (intent.kind === "skills" && intent.named)) return intent;
  if (intent.kind === "before" && intent.thing) return intent;
  // "How many years of experience with Kubernetes?", "Did he use Terraform in 2020?": a subject the
  // intent doesn't answer (a term the profile lacks, a technology or name) sends the question to retrieval.
  const part = u.parts[0]!;
  const rest = ` ${withoutAsked(foldText(u.text).replace(/’/g, "'"), intent.kind).replace(/[^\p{L}\p{N}'-]+/gu, " ")} `;
  // Only a specific subject (a technology, a name) is one the intent can't answer; adjectives and
  // ordinary words ("measurable", "impressive") are how people ask for the same thing.
  // "Has he coached people on notebooks?" is about the notebooks too: any telling word is a subject there;
  // so is "centralised logging" of "any centralised logging in his background?".
  // A number asks for a size ("a team of more than 5"), which the leadership answer takes up, and the
  // people led ("a team of 10 engineers") are what leadership is about.
  const sizeOrPeople = (word: string) => intent.kind === "leadership" && (/^\d+$/.test(word) || PEOPLE_WORD.test(word));
  const telling = (w: (typeof part.words)[number]) =>
    intent.kind === "summary"
      ? !w.everyday && !w.absent && !CAREER_WORD.test(w.word)
      : intent.kind === "leadership" || intent.kind === "skills"
        ? !w.everyday &&
          !w.absent &&
          !sizeOrPeople(w.word) &&
          !ACTIVITY.test(w.word) &&
          !LEAD_TITLE.test(w.word) &&
          // ("technical strengths", « forces techniques »: of what kind, which skills are.)
          !(intent.kind === "skills" && /^(techniques?|technical|tech)$/.test(w.word))
        : w.key || w.tech;
  // "his top 3 achievements", « ses 3 plus belles réussites », "give me 3 lines to pitch him": how many, not what.
  const howMany = (w: (typeof part.words)[number]) => howManyWanted(w.word, foldText(u.text));
  // (The role before one gives its contract: "before Decathlon, already freelance or CDI?"; so do two roles held
  // at once: « en CDI chez MAIF et Pernod en même temps ? ».)
  // (So do the roles of a year: « il était en CDI en 2022 ? », whose timeline names each one's contract.)
  // (So do roles counted by contract, « combien de CDI ? »; a title naming a tool, "a Databricks architect", its tool.)
  const contracts = ["before", "overlap", "timeline"].includes(intent.kind) || "contract" in intent;
  const titled = titleWords(intent);
  const given = (w: (typeof part.words)[number]) => (contracts && CONTRACT.test(w.word)) || titled.includes(w.word);
  // "…for my board", « …pour ma direction générale »: whom the answer is for, at the end, asks nothing.
  const forWhom = new Set(wordTokens(FOR_WHOM.exec(foldText(u.text))?.[1] ?? ""));
  const kind = kindWords(intent, foldText(u.text));
  const leftover = part.words.filter(
    (w) =>
      telling(w) &&
      !forWhom.has(w.word) &&
      !kind.trade.includes(w.word) &&
      !teachingWord(intent, w.word) &&
      !yearsClaimed(intent, w.word) &&
      !w.employer &&
      !howMany(w) &&
      !given(w) &&
      // ("machine learning", read as the synonyms' "ml", is written as asked.)
      (rest.includes(` ${w.word} `) || rest.includes(` ${foldText(w.original)} `)),
  );
  const missing = part.missing.filter(
    (t) => !kind.words.includes(foldText(t)) && !forPurpose(u.text, t) && !contractNamed(intent, t),
  );
  return missing.length > 0 || leftover.length > 0 ? null : intent;
}

/** The words of a title asked, or claimed with a contract ("a freelance data trainer"), which the intent weighs. */
function titleWords(intent: ProfileIntent): string[] {
  if (intent.kind === "title") return wordTokens(foldText(intent.title));
  return intent.kind === "contract" && intent.titled ? wordTokens(intent.titled) : [];
}

/** "how many CDI has he had?": the French contract's name, in an English question, is the contract asked. */
const contractNamed = (intent: ProfileIntent, word: string) =>
  (intent.kind === "contract" || (intent.kind === "employers" && intent.contract !== undefined)) &&
  /^cdis?$/i.test(word);

/** "worked in retail?": the kind of employer asked, which the answer weighs, a word the profile lacks or not. */
function kindWords(intent: ProfileIntent, text: string): { words: string[]; trade: string[] } {
  const words = intent.kind === "employers" && intent.kindAsked ? foldText(intent.kindAsked).split(/\s+/) : [];
  // ("did he work in HR?": the trade asked, a word of the profile's or not; not "for the ANTS", a name.)
  const trade = words.filter((k) =>
    new RegExp(String.raw`\b(in|within|dans|en) (the |l'|la |le |les )?${literal(k)}\b`).test(text),
  );
  return { words, trade };
}

/** "…for my board", « …pour ma direction générale », « pour notre comité »: the asker's own people it is for. */
const FOR_WHOM = new RegExp(
  String.raw`\b(?:pour|for) (?:ma|mon|mes|notre|nos|my|our) ((?:[\p{L}'-]+ ){0,2}?` +
    String.raw`(?:direction|comite|board|management|` +
    String.raw`boss|manager|ceo|cto|cfo|pdg|dg|daf|drh|rh|hr|client|equipe|team|committee|patron|hierarchie|n\+1)` +
    String.raw`(?: [\p{L}'-]+){0,2})\s*[?!.]*$`,
  "u",
);

/** « …toutes ses boîtes pour le DC », "…his employers for our RFP": what the asker needs it for, at the end. */
function forPurpose(text: string, term: string): boolean {
  const purpose = new RegExp(
    String.raw`\b(pour|for) (le|la|les|l'|mon|ma|mes|notre|nos|un|une|the|my|our|a|an) ?` +
      String.raw`${literal(foldText(term))}\s*[?!.]*$`,
  );
  return purpose.test(foldText(text));
}

/** "Was MAIF a bank?", « la MAIF c'est une banque ? », "is AAA-Data a healthcare company?": what a company is. */
const COMPANY_IS = [
  /^(?:and |so )?(?:is|was|isn't|wasn't) (?:the )?(.+?) (?:a|an) ([\p{L}' -]{3,40}?)\s*\?*$/u,
  /^(?:et )?(?:la |le |l')?(.+?),? (?:c'?est|c'?etait|est|etait) (?:une?|des) ([\p{L}' -]{3,40}?)\s*\?*$/u,
  // (« c'est une école privée l'EPISEN ? »: the kind in all its words, the name after them.)
  new RegExp(
    String.raw`^(?:et )?(?:c'?est|c'?etait|est-ce) (?:une?) ([\p{L}' -]{3,40})(?<! la| le| les| l'),? ` +
      String.raw`(?:la |le |l')?([^?]+?)\s*\?*$`,
    "u",
  ),
];
/** "What does the company do?", « elle fait quoi cette boîte ? »: what the company is. */
export const COMPANY_DOES = new RegExp(
  String.raw`\b(what (does|did|do) (the|that|this|his) (company|firm|employer|client|business) do|` +
    String.raw`what (kind|sort|type) of (company|firm|business|employer) (is|was)|` +
    String.raw`(fait|faisait) quoi (cette|la|sa|ton|votre) (boite|entreprise|societe|structure)|` +
    String.raw`c'?(est|etait) quoi (cette|la|sa) (boite|entreprise|societe|structure)|` +
    String.raw`(quel|quelle) (genre|type) d'(entreprise|boite|societe)|` +
    // « Decathlon c'est quoi comme boîte ? », « c'est quoi comme entreprise, MAIF ? »
    String.raw`c'?(est|etait) quoi comme (boite|entreprise|societe|structure|employeur|ecole))\b`,
);
/** "what's MAIF?", « c'est quoi Decathlon déjà ? », « qu'est-ce que la MAIF ? »: what a name is. */
const WHAT_IS = new RegExp(
  String.raw`^(?:and |et |so )?(?:what(?:'s| is| was)|c'? ?(?:est|etait) quoi|qu'est[- ]ce que|qu'est[- ]ce qu'|` +
    String.raw`c koi|c quoi|who (?:is|are|was))\s+(?:la |le |l'|les |the )?([^?]{2,40}?)` +
    String.raw`(?:\s+(?:exactement|deja|again|exactly))?\s*\?*$`,
);
/** A word for a kind of company, last in what is asked: "a bank", "a car maker", « une mutuelle », « un assureur ». */
const KIND_NOUNS =
  String.raw`\b(compan(y|ies)|firm|bank|insurer|insurance|mutual|retailer|startup|start-up|scale-?up|school|` +
  String.raw`university|college|maker|manufacturer|carmaker|automaker|agency|consultancy|group|corporation|` +
  String.raw`business|brand|brewery|distiller|telecom|utility|ministry|administration|publisher|bank|` +
  String.raw`banque|assureur|assurance|mutuelle|entreprise|societe|boite|ecole|universite|constructeur|` +
  String.raw`distributeur|enseigne|groupe|cabinet|esn|agence|ministere|editeur|fabricant|compagnie|pme|marque)s?`;
const COMPANY_NOUN = new RegExp(String.raw`${KIND_NOUNS}\s*$`);
/** The same in French, where what kind follows the noun: « une boîte chinoise », « une école privée ». */
const COMPANY_NOUN_FR = new RegExp(String.raw`${KIND_NOUNS}( [\p{L}-]+){0,2}\s*$`, "u");
/** What a company may be asked to be that is no kind of company: a contract, a role ("a permanent job"). */
const NOT_A_KIND =
  /\b(job|role|position|mission|contract|contrat|poste|cdi|cdd|freelance|permanent|client|success|good)\b/;
/** What a company is judged, in French after its noun: « une boîte sérieuse », « une bonne boîte »: no kind of it. */
const JUDGED_KIND = /\b(serieuse?|bonne?|solide|connue?|celebre|reputee?|fiable|sympa|cool|top|super|grosse|petite)\b/;

function companyKindIntent(
  text: string,
  role: string,
  part: UnderstoodQuestion["parts"][number],
): ProfileIntent | null {
  if (part.technologies.length > 0) return null;
  // "what's MAIF?", « c'est quoi Decathlon déjà ? »: the company named, and nothing else asked of it.
  const named = WHAT_IS.exec(text)?.[1]?.split(/[\s-]+/);
  const employerWords = part.words.filter((w) => w.employer).map((w) => w.word);
  if (
    named?.every((w) => employerWords.includes(w) || employerWords.some((e) => e.includes(w))) &&
    part.missing.length === 0
  )
    return { kind: "employers", sectors: true, role };
  for (const [k, re] of COMPANY_IS.entries()) {
    const m = re.exec(text);
    if (!m) continue;
    const [named, kind] = k === 2 ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
    // The company is all the subject says ("MAIF", « la MAIF »), the kind is no job nor contract.
    const noun = k === 0 ? COMPANY_NOUN : COMPANY_NOUN_FR;
    if (named.split(/\s+/).length > 3 || NOT_A_KIND.test(kind) || JUDGED_KIND.test(kind) || !noun.test(kind))
      return null;
    if (!part.words.some((w) => w.employer && named.includes(w.word))) return null;
    return { kind: "employers", sectors: true, kindAsked: kind.trim(), role };
  }
  return null;
}

/** "Which tools did he use at both MAIF and AAA-Data?", « compare Decathlon et AAA-Data niveau stack ». */
function stacksIntent(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  // In the order asked: "at both MAIF and AAA-Data" names MAIF first.
  const at = (key: string) => (text.indexOf(key.split("#").pop()!.split("-")[0]!) + 1 || Infinity) as number;
  const roles = [...new Set(u.parts.flatMap((p) => p.roles))].sort((a, b) => at(a) - at(b));
  if (roles.length !== 2 || !STACKS_COMPARED.test(text) || !STACK_WORD.test(text)) return null;
  if (u.parts.some((p) => p.technologies.length + p.missing.length > 0)) return null;
  return { kind: "stacks_compared", roles, ...(/\b(same|memes?)\b/.test(text) ? { same: true } : {}) };
}

/** "How long has AAA-Data been around?", « AAA-Data existe depuis quand ? »: asked of one employer, not of him. */
function companyAgeIntent(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  const roles = [...new Set(u.parts.flatMap((p) => p.roles))];
  if (roles.length !== 1 || !new RegExp(COMPANY_AGE.source).test(text)) return null;
  // (Of the company, not of him: "how long has he been around at Decathlon?".)
  if (/\b(he|she|his|her|him|il|elle|lui)\b/.test(text) || u.parts.some((p) => p.technologies.length > 0)) return null;
  return { kind: "company_age", role: roles[0]! };
}

/**
 * "was his team at MAIF bigger than 5?", "more than 4 people in his team at Decathlon?", « son équipe faisait plus de
 * 10 personnes ? »: the size of a team against a bound. (Not the teams he led, nor a count of teams: "160 teams".)
 */
/** "Which was bigger, the team at Decathlon or at MAIF?", « l'équipe la plus grande, MAIF ou AAA ? ». */
function teamsComparedIntent(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  const roles = [...new Set(u.parts.flatMap((p) => p.roles))];
  if (roles.length < 2 || !/\b(teams?|equipes?)\b/.test(text) || /\b\d{1,3}\b/.test(text)) return null;
  const size = /\b(bigger|larger|smaller|biggest|largest|smallest|plus (grande|grosse|petite)|moins grande)\b/.exec(
    text,
  );
  if (!size) return null;
  const compare = /small|petit|moins/.test(size[0]) ? "smaller" : "larger";
  return { kind: "team_size", roles, n: 0, more: true, strict: false, compare };
}

function teamSizeIntent(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  const compared = teamsComparedIntent(u, text);
  if (compared) return compared;
  // (A roster's "tech lead" is one of its people, not leading: "was there a tech lead at MAIF?".)
  if (u.parts.length !== 1 || LEADING_VERB.test(text.replace(/\b(?:tech ?leads?|lead techs?)\b/g, " "))) return null;
  const found = TEAM_BOUND.exec(text) ?? TEAM_BOUND_AFTER.exec(text);
  if (!found) return teamExactIntent(u, text);
  const whole = found[0];
  const n = Number(found[1]);
  const after = found[2] ?? "";
  const members = found[3];
  // (« au moins 8 » is a floor: not « moins ».)
  const fewer = /\b(fewer|less|smaller|under|below|at most|(?<!au )moins|au plus|maximum|petite?s?)\b/.test(whole);
  const orMore = /\+|(?:or|ou|et) (?:more|plus)/.test(after);
  const orLess = /(?:or|ou|et) (?:fewer|less|moins)/.test(after);
  const more = orMore || (!orLess && !fewer);
  const strict = !(orMore || orLess || /\b(at least|at most|au moins|au plus|minimum|maximum)\b/.test(whole));
  const generic = !members || /^(people|persons?|personnes|members|membres|gens|folks)$/.test(members);
  return {
    kind: "team_size",
    roles: [...new Set(u.parts[0]!.roles)],
    n,
    more,
    strict,
    ...(generic ? {} : { members }),
  };
}

/** "did the team at MAIF have 2 data scientists?": that many people of the kind, in the roster (see TEAM_EXACT). */
function teamExactIntent(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  const exact = TEAM_EXACT.exec(text);
  const loose = exact ? null : THERE_WERE.exec(text);
  const found = exact ?? loose;
  if (!found) return memberIntent(u, text);
  const members = found[2]!;
  const generic = /^(people|persons?|personnes|members|membres|gens|folks)$/.test(members);
  const roles = [...new Set(u.parts[0]!.roles)];
  return {
    kind: "team_size",
    roles,
    n: Number(found[1]),
    more: false,
    strict: false,
    exact: true,
    ...(loose ? { loose: true } : {}),
    ...(generic ? {} : { members }),
  };
}

/** "was there a tech lead at MAIF?": one of the kind at least, in the roster (see THERE_WAS_A). */
function memberIntent(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  const found = THERE_WAS_A.exec(text);
  const members = found?.[1] ?? found?.[2] ?? found?.[3]?.replace(/ (devs?|developers?|engineers?)$/, "");
  if (!members || /^(people|persons?|personnes|members|membres|gens|folks)$/.test(members)) return null;
  const roles = [...new Set(u.parts[0]!.roles)];
  return { kind: "team_size", roles, n: 1, more: true, strict: false, members };
}

function companySizeIntent(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  const named = new Set(u.parts.flatMap((p) => p.roles)).size;
  const sized = COMPANY_SIZE.test(text) || (named >= 2 && COMPARED_SIZE.test(text));
  // (One question: "big companies, and has he led a team?" asks the team too.)
  if (!sized || u.parts.length !== 1 || u.parts.some((p) => p.technologies.length > 0)) return null;
  // (The employers' own words set aside: "AAA-Data" is no data asked about.)
  const employerWords = new Set(u.parts.flatMap((p) => p.words.filter((w) => w.employer).map((w) => w.word)));
  const rest = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => !employerWords.has(w))
    .join(" ");
  if (OTHER_SIZE.test(rest)) return null;
  // Nothing else asked: "big international groups, used to global coordination?" asks more than how big.
  const asked = u.parts[0]!.words.filter((w) => !w.employer && !w.everyday && !COMPANY_WORD.test(w.word));
  if (asked.length > 0 || u.parts[0]!.missing.length > 0) return null;
  // In the order asked: "MAIF bigger than AAA-Data?" names MAIF first.
  const at = (key: string) => (text.indexOf(key.split("#").pop()!.split("-")[0]!) + 1 || Infinity) as number;
  const roles = [...new Set(u.parts.flatMap((p) => p.roles))].sort((a, b) => at(a) - at(b));
  if (roles.length === 0 && !COMPANY_WORD.test(rest)) return null;
  // ("a small company?": the CV describes none as small, its scale lines are no "yes".)
  const small = /\b(small|smaller|smallest|petites?|plus petite?s?|tiny)\b/.test(text);
  const exact = small || HEADCOUNT.test(text) || (roles.length >= 2 && COMPARED_SIZE.test(text));
  return { kind: "company_size", roles, ...(exact ? { exact } : {}) };
}

/** "his only client", « son seul employeur », "any other clients than Decathlon", « d'autres clients que … ». */
const ONLY_ONE = new RegExp(
  String.raw`\b(?:(only|sole|single|seule?|unique)|other|d'autres|autres)\s+(?:current\s+)?` +
    String.raw`(?:clients?|employers?|jobs?|` +
    String.raw`roles?|missions?|gigs?|employeurs?|postes?)\b`,
);

/** "was he only at MAIF in 2019?", « il était uniquement chez MAIF en 2019 ? »: no other role then. */
// ("Did he only work at Decathlon in 2022?", « il ne travaillait que pour MAIF ? »: the verb between.)
const ONLY_AT = new RegExp(
  String.raw`\b(only|just|solely|uniquement|seulement) ((work(ed|s|ing)?|been|travaill\w*|boss\w*) )?` +
    String.raw`(at|with|for|chez|a|pour)\b|\bque (chez|pour)\b`,
);

/** "his main job", « son job principal », "primary employer", « activité principale ». */
const MAIN_JOB = new RegExp(
  String.raw`\b((main|primary|principal|day) (job|role|occupation|activity|employer|client|gig)|` +
    String.raw`(job|poste|activite|client|employeur|boulot|mission) principal(e)?)\b`,
);

/** His contract, what a company is, his leading people, or roles at once ("did MAIF and Pernod Ricard overlap?"). */
function contractLeadingOrOverlap(u: UnderstoodQuestion, text: string, role: string | null): ProfileIntent | null {
  const part = u.parts[0]!;
  return (
    // ("before Decathlon, freelance or permanent?": the role before it, whose answer gives its contract.)
    (role ? (BEFORE.test(text) ? null : contractIntent(text, role, part)) : contractOfCareer(u, text)) ??
    (COMPANY_DOES.test(text) && part.technologies.length === 0
      ? ({ kind: "employers", sectors: true, ...(role ? { role } : {}) } as const)
      : null) ??
    (role ? companyKindIntent(text, role, part) : null) ??
    (role || part.technologies.length > 0 ? null : contractTime(text)) ??
    (part.technologies.length === 0 ? leadingIntent(text, role) : null) ??
    overlapIntent(text, part)
  );
}

/**
 * "years as a freelance data engineer?", « combien d'années en tant que salarié ? »: the time on that contract,
 * which the contract durations answer (not the time in the title).
 */
/** « en freelance vs en CDI ? », "freelance and permanent?": each time asked (not "CDI before going freelance"). */
function bothContracts(text: string): boolean {
  const freelance = FREELANCE.test(text);
  const salaried = SALARIED.test(text) || /\bpermanent\b/.test(text);
  const joined = /\b(vs|versus|et|and|ou|or|compared|par rapport)\b/.test(text);
  return freelance && salaried && joined && !/\b(avant|before|apres|after)\b/.test(text);
}

function contractTime(text: string): ProfileIntent | null {
  // (« plus de temps en freelance ou en CDI ? »: each time, which answers which.)
  const timed = HOW_LONG.test(text) || LONGER.test(text) || SHORTER.test(text);
  if (timed && bothContracts(text)) return { kind: "freelance_duration", both: true };
  // (His own contract, said as what he was: not "working with freelancers", "the payroll system".)
  const as = AS_CONTRACT.exec(text)?.[1] ?? "";
  const freelance = FREELANCE.test(as);
  const salaried = PERMANENT.test(as);
  if (!HOW_LONG.test(text) || freelance === salaried) return null;
  return salaried ? { kind: "freelance_duration", permanent: true } : { kind: "freelance_duration" };
}

/** Training given at a company, asked of no role (« de la formation en entreprise » is no company's size). */
function trainedIntent(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  // (Training he received is not: "what internal training has he attended?", « il a suivi des formations ? ».)
  if (RECEIVED.test(text)) return null;
  return u.parts.length === 1 && u.parts[0]!.roles.length === 0 && CORPORATE_TRAINING.test(text)
    ? { kind: "trained" }
    : null;
}
const RECEIVED = /\b(attend\w*|receiv\w*|took|taken|follow\w*|suivi\w*|recu\w*|a eu|beneficie\w*)\b/;

/**
 * "has his EPISEN mission ended?", "is the Decathlon contract over?", « sa mission chez Decathlon est terminée ? »: the
 * role named before the verb of ending, which its period answers.
 */
const ENDED_ASKED = new RegExp(
  String.raw`^(?:and |so |et |alors )?(?:(?:has|is|was|did) (?:his|her|the) (?:(.+?) )?(?:mission|contract|` +
    String.raw`assignment|job|role|gig|engagement|position|stint|teaching)(?: (?:at|with|for) (.+?))? (?:already )?` +
    String.raw`(?:ended|end|over|finished|finish|done|completed|complete|terminated|wrapped up)|` +
    String.raw`(?:sa|la|son|le) (?:mission|contrat|poste|presta|prestation|job|collaboration)` +
    String.raw`(?: (?:chez|a l'|de l'|a la|de la|a|avec|de|d'))? ?` +
    String.raw`(.+?) (?:est|a) (?:deja )?(?:terminee?|finie?|arretee?|close|pris fin))\s*\?*$`,
);
/** « il est parti quand de X ? », « quand est-il parti de X ? »: when he left a role. */
const LEFT_WHEN = new RegExp(
  String.raw`\b((il|elle) est partie? (quand|en quelle annee) (de chez|de|d'|du)|` +
    String.raw`quand (est[- ](il|elle)|(il|elle) est) partie? (de chez|de|d'|du))`,
);
/** "…, right?", "…, true?", « …, non ? », « …, c'est ça ? »: a tag asking to confirm what was said before it. */
const CONFIRM_TAG = new RegExp(
  String.raw`(,\s*|\s+)(right|true|correct|yes|no|isn't it|(didn't|hasn't|isn't|is|has|did) (he|she)|non|hein|` +
    String.raw`c'est (bien )?ca|n'est-ce pas|vrai)$`,
);
/** "Has he left Decathlon?", « a-t-il quitté MAIF ? »: whether the role goes on, asked the other way. */
function leftIntent(text: string, role: string | null): ProfileIntent | null {
  // The role's name right after the verb, and nothing after it: not "did he leave for Decathlon?", "left any
  // documentation at Decathlon?", "after MAIF, where did he go?".
  // (« il est parti quand de AAA-Data ? », « quand est-il parti de la MAIF ? »: when, which its dates say.)
  if (role && LEFT_WHEN.test(text)) return { kind: "role_duration", role };
  const m = role ? LEFT_ASKED.exec(text) : null;
  // ("…, right?", « …, non ? »: a statement put to be confirmed.)
  const named = m
    ? text
        .slice(m[0].length)
        .replace(/[\s?!.]+$/, "")
        .replace(CONFIRM_TAG, "")
    : "";
  const slug = role?.replace(/^cv#/, "").split("-")[0] ?? "";

  // (« il a quitté AAA-Data quand ? »: when, which the role's dates say; no yes.)
  if (m && role && /^\S+\s+(quand|when|en quelle annee)$/.test(named) && named.split(/[\s-]+/)[0] === slug)
    return { kind: "role_duration", role };
  return m && slug && named.split(/[\s-]+/)[0] === slug && named.split(/\s+/).length <= 2
    ? { kind: "current", role: role!, left: true, ...(/\bn'|\bne \w+ plus\b/.test(m[0]) ? { negated: true } : {}) }
    : null;
}

/** "has his EPISEN mission ended?", « sa mission chez Decathlon est terminée ? »: whether the role goes on. */
function endedIntent(text: string, role: string | null): ProfileIntent | null {
  const ended = role ? ENDED_ASKED.exec(text) : null;
  const slug = role?.replace(/^cv#/, "").split("-")[0] ?? "";
  // ("has his freelance mission at Decathlon ended?": the employer after "at", or before the noun.)
  const names = (x: string | undefined) => !!x && x.split(/[\s-]+/)[0] === slug && x.split(/\s+/).length <= 2;
  return ended && [ended[2], ended[1], ended[3]].some(names) ? { kind: "current", role: role!, left: true } : null;
}

/** From the first role on, to now: the whole career, not its start. */
const FIRST_TO_NOW = new RegExp(
  String.raw`\b(?:(?:de|from) (?:son|sa|his|her) (?:tout |very )?(?:premier|premiere|first)\b.*\b` +
    String.raw`(?:(?:(?:jusqu'?|jusqu )(?:a|au|en) ?|a )(?:aujourd'?hui|aujourd hui|actuellement|maintenant|` +
    String.raw`present|son poste actuel|l'actuel|ce jour)|` +
    String.raw`(?:up )?(?:to|until|till) (?:today|now|currently|the present|date|his current (?:job|role)))|` +
    String.raw`(?:dans l'|in )(?:ordre )?chronologi\w*(?: order)?)\b`,
);

/**
 * A title, or the career asked: "his career from his first job to today?", « de son premier poste à aujourd'hui »
 * (every role, oldest first), before a title or a career question (of nothing named).
 */
function titleOrCareerIntent(text: string, role: string | null, techs: boolean, named: boolean): ProfileIntent | null {
  // (Not "how many years of experience from his first job to today?", "was he always a data engineer from…?".)
  const other =
    YEARS_COUNTED_SINCE.test(text) || /^(was|is|did|has|does|a[- ]t[- ]il|est[- ]il|etait[- ]il)\b/.test(text);
  if (!named && !other && FIRST_TO_NOW.test(text) && FIRST_ROLE.test(text))
    return { kind: "employers", oldestFirst: true };
  return titleIntent(text, role, techs) ?? (named ? null : careerIntent(text));
}

/** A question asking what or which, not whether: "what was his first mission at Decathlon?". */
const WH_FIRST =
  /^(?:and |et |so )?(?:what|which|where|when|quel\w*|quoi|c'?(?:est|etait) quoi|qu)\b|\b(?:quoi|quel\w*)\s*\??$/;

/** Kinds of roles whose order is asked: by their work, contract or title. */
export type RoleSort = "teaching" | "lecturer" | "trainer" | "freelance" | "permanent" | "engineer" | "senior";

/** The words of each kind of role, as a question says it (folded): a lecturer's or a trainer's, else either. */
const SORT_WORDS: [RoleSort, RegExp][] = [
  ["lecturer", /^(lecturers?|professors?|profs?|professeur)\b/],
  ["trainer", /^(trainers?|formateur|formatrice)\b/],
  ["teaching", /^(teachers?|enseignant|teach\w*|taught|train(ing|ed)? (people|others)|enseign\w*|donne des cours)\b/],
  ["freelance", /^(freelanc\w*|contractor|independant|self[- ]employed|a son compte)\b/],
  ["permanent", /^(cdi|permanent|salarie|employee|employed|on (a )?permanent contract|on payroll)\b/],
  ["senior", /^senior\b/],
  ["engineer", /^(data engineer\w*|ingenieur data|data eng\b)/],
];

/** "was he X before (being|becoming) Y?", « a-t-il été X avant d'être Y ? »: the two sides of "before" or "after". */
const KINDS_ORDER = new RegExp(
  String.raw`^(?:(?:and|so|et|alors|donc|mais) )?(?:(?:was|were|has|had|did|is) (?:he|she)|a[- ]t[- ](?:il|elle)|` +
    String.raw`(?:il|elle) (?:a|etait|avait)|` +
    String.raw`etait[- ](?:il|elle)|est[- ]ce qu'(?:il|elle) (?:a|etait))(?: ever| deja| already| been| ete| fait)*` +
    String.raw`(?: (?:an?|un|une|en|du|de l'|as an?|on an?|working as an?|worked as an?))? (.+?) ` +
    String.raw`(before|prior to|avant|after|apres) (?:(?:being|becoming|he (?:was|became)|working as|going|turning|` +
    String.raw`d'?\s?etre|de devenir|de passer|d'?\s?avoir ete|de travailler comme|avoir ete|etre|he went|moving to)` +
    String.raw`(?: (?:an?|un|une|en|du|de l'|as an?|on an?))? )?(.+?)\s*[?.!]*$`,
);

const sortOf = (words: string): RoleSort | null => SORT_WORDS.find(([, re]) => re.test(words))?.[0] ?? null;

/** Which kind of role came first, or how long roles lasted: "trainer before data engineer?", "roles over 2 years?". */
function orderOrLasted(text: string, part: UnderstoodQuestion["parts"][number], role: string | null, raw: string) {
  return kindsOrderIntent(text, part) ?? lastedIntent(text, part, role, raw);
}

/** "Was he a trainer before becoming a data engineer?": the two kinds and which way asked, else null. */
function kindsOrderIntent(text: string, part: UnderstoodQuestion["parts"][number]): ProfileIntent | null {
  if (part.roles.length > 0 || part.technologies.length > 0) return null;
  const asked = KINDS_ORDER.exec(text.replace(/\s+/g, " ").trim());
  if (!asked) return null;
  const [first, then] = [sortOf(asked[1]!), sortOf(asked[3]!)];
  // (Each side that kind alone, a word or two: not "a data engineer before joining Decathlon".)
  const short = asked[1]!.split(" ").length <= 3 && asked[3]!.split(" ").length <= 4;
  if (!first || !then || first === then || !short) return null;
  return { kind: "kinds_order", first, then, ...(/^(after|apres)$/.test(asked[2]!) ? { after: true as const } : {}) };
}

/** "What was his first job?", "was his first job at MAIF?" — not "his first job in machine learning?". */
function firstRoleIntent(
  text: string,
  part: UnderstoodQuestion["parts"][number],
  role: string | null,
  subject: UnderstoodQuestion["parts"][number]["words"],
): ProfileIntent | null {
  const beside = ` ${text.replace(FIRST_ROLE, " ")} `;
  const more = (w: (typeof subject)[number]) =>
    !w.employer && (beside.includes(` ${w.word} `) || beside.includes(` ${foldText(w.original)} `));
  if (!FIRST_ROLE.test(text.replace(YEARS_COUNTED_SINCE, " ")) || part.technologies.length > 0 || subject.some(more))
    return null;
  // ("…from his first job up to today", « …de son premier poste jusqu'à aujourd'hui »: the whole career asked.)
  if (FIRST_TO_NOW.test(text)) return null;
  // ("before AAA-Data, where did he start?": the role named is where to look before, not the one claimed first;
  // "what was his first mission at Decathlon?" asks within that role.)
  if (!role) return { kind: "first_role" };
  return BEFORE.test(text) || WH_FIRST.test(text) ? null : { kind: "first_role", role };
}

/** Words of how to answer, not what: "summarize", « résume », "in two sentences", "briefly". */
const HOW_TO_ANSWER = new RegExp(
  String.raw`^(summar\w*|resum\w*|sentences?|lines?|words?|phrases?|lignes?|mots?|brief\w*|short\w*|bullets?|` +
    String.raw`points?|nutshell|succinct\w*|concise\w*|portraits?|synthetiques?|synthese|dresser|dresse)$`,
);
/** The team's make-up or the volumes, asked: "how was the team composed?", "what data volume per day?". */
const TEAM_VOLUME_OR_STACK_ASKED = new RegExp(
  String.raw`\b(team|equipe)s?\b[^?]*\b(composed|composee?|composition|size|taille|big|like)\b|` +
    String.raw`\b(composed|composee?|composition|size|taille|how big|how many|combien|who|qui)\b` +
    String.raw`[^?]*\b(team|equipe)s?\b|` +
    String.raw`\b(data volumes?|volumes?|volumetrie|per day|par jour|throughput)\b|` +
    // "what's the stack on his current project?", « quels outils sur son projet actuel ? »: the role's tools.
    String.raw`\b(stack|tech stack|tools|outils|technologies|technos)\b`,
);
/** "only worked at", « travaillé uniquement chez », « bossé que pour »: one employer said to be all. */
const ONLY_WORKED_AT = new RegExp(
  String.raw`\b(only|exclusively|solely|uniquement|exclusivement|seulement|que) ` +
    String.raw`((worked|been|travaille|bosse|work|works|working) )?` +
    String.raw`(at|for|with|chez|pour|avec)\b|` +
    String.raw`\b(worked|been|travaille|bosse) (only|exclusively|solely|uniquement|exclusivement|seulement|que) ` +
    String.raw`(at|for|with|chez|pour|avec)\b`,
);
/** "now", or the present: "does he only work for Decathlon?", « il ne travaille que pour Decathlon ? ». */
const PRESENT_ONLY = new RegExp(
  String.raw`\b(now|currently|at the moment|these days|nowadays|today|actuellement|maintenant|en ce moment)\b|` +
    String.raw`^((and|so|et|alors),? )?(does|is) (he|she)\b|` +
    String.raw`(?<!\ba[- ]t[- ])\b(il|elle) (ne )?(travaille|bosse)\b|\b(travaille|bosse)[- ]t[- ](il|elle)\b`,
);
/** "his current employer", "current company?", « son employeur actuel »: his roles now, in so many words. */
const NOW_ALONE = new RegExp(
  String.raw`^((what is|what'?s|which is|who is|who'?s|c'?est quoi|c quoi|quel(le)? est|qui est) )?` +
    String.raw`((his|her|the candidate'?s|son|sa) )?((current|present|actual|latest) (employer|company|client|job|` +
    String.raw`role|position|mission)|(employeur|entreprise|client|poste|mission|boite) (actuel|actuelle))s?\s*[?.!]*$`,
);
/**
 * "his current role and how long has he been doing it?", « son poste actuel et depuis quand ? »: his roles now and
 * their time, one question (not "…and how long was he at MAIF?", a question of its own).
 */
export const NOW_AND_HOW_LONG = new RegExp(
  String.raw`\b((current|present|actual) (role|job|position|title|mission|employer|client)|(poste|role|job|mission|` +
    String.raw`employeur|client) actuel(le)?)\b[^?]*\?? *(and |et )?(since when|depuis quand|` +
    String.raw`(depuis combien de temps|(for )?how long)( (has|have) (he|she) been (doing (it|that|this)|there|at it|` +
    String.raw`in (it|that role|this role|that job|this job|that position))| (il|elle) (y )?est| (il|elle) le fait)?)` +
    String.raw`\s*\??\s*$`,
  "i",
);
/** "each job title he held", "his title in each job", « son poste dans chaque entreprise ». */
const TITLE_IN_EACH = new RegExp(
  String.raw`\b(titles?|positions?|roles?|postes?|fonctions?|intitules?)\b.*\b(each|every|chaque)\b|` +
    String.raw`\b(each|every|chaque) (job )?(titles?|positions?|roles?|postes?|intitules?)\b`,
);
/** "his job titles", "his title in each job", « son poste dans chaque entreprise »: every role's, not now's. */
const EVERY_TITLE = /\b(titles|each|every|chaque|tous|toutes)\b/;
/** A role named, asked to be now's: "Is MAIF his current employer?", « c'est son employeur actuel ? ». */
const NAMED_IS_NOW = new RegExp(
  String.raw`^(?:(?:and|so|et|alors) )?(?:is|was) [\w' -]{2,30} (?:his|her) (?:current|present) ` +
    String.raw`(?:employer|client|company|job|mission|role|position)\s*[?!.]*$|` +
    String.raw`(?:c'est|est[- ]ce) (?:son|sa) (?:employeur|client|boite|entreprise|mission|poste) ` +
    String.raw`(?:actuel|actuelle|du moment)\s*[?!.]*$`,
);
/** "where does he work now?", "is Decathlon his only client?", "his current title and since when?". */
function currentIntent(
  text: string,
  part: UnderstoodQuestion["parts"][number],
  role: string | null,
  subject: UnderstoodQuestion["parts"][number]["words"],
): ProfileIntent | null {
  // "Is MAIF his current employer?", « la MAIF c'est son employeur actuel ? »: whether the role named is now's.
  if (role && part.technologies.length === 0 && NAMED_IS_NOW.test(text)) return { kind: "current", role };
  // ("team size at his present client?": the words that named the role ask nothing more of it.)
  const now = role ? text.replace(PLACE_NOW, " ") : text;
  // ("what other clients did he have at Decathlon?": which, asked within a role; "while at AAA-Data?": then.)
  const one = role && part.technologies.length === 0 && !WH_FIRST.test(text) ? ONLY_ONE.exec(text) : null;
  if (one && !/\b(while|when|pendant|lorsqu|quand)\b/.test(text))
    return { kind: "current", role, only: one[1] ? "only" : "other" };
  // "Has he only worked at Decathlon?", « a-t-il travaillé uniquement chez Decathlon ? »: every other role.
  // ("Does he only work for Decathlon now?": of today, his other roles now.)
  if (role && part.technologies.length === 0 && ONLY_WORKED_AT.test(text))
    return { kind: "current", role, only: "only", ...(PRESENT_ONLY.test(text) ? {} : { ever: true as const }) };
  // ("is that his main job?", « c'est son job principal ? »: which the CV doesn't rank; his roles now.)
  if (MAIN_JOB.test(text) && part.technologies.length === 0) return { kind: "current", role: null };
  // ("his job title in each job?", « son poste dans chaque entreprise ? »: every role's, as his employers' list says.)
  if (!role && TITLE_IN_EACH.test(text) && part.technologies.length === 0) return { kind: "employers" };
  if (
    ((CURRENT.test(now) && (ROLE_WORDS.test(text) || role) && !toldOnly(CURRENT, now)) ||
      // (Not "give me his job titles": every role's, which his employers' list gives.)
      ((JOB_TITLE.test(text) || DOES_NOW.test(text)) && !role && !(EVERY_TITLE.test(text) && !CURRENT.test(text)))) &&
    part.technologies.length === 0 &&
    subject.filter((w) => !w.everyday && !CONTRACT.test(w.word)).length <= 1 &&
    // ("How was the team in his current mission composed?", "the data volume he handles per day in his current
    // project?": the team, the volumes of that role, which its passages answer.)
    !TEAM_VOLUME_OR_STACK_ASKED.test(text) &&
    // ("how many groups use the thing he's building right now?": a count of something of his work, not his jobs.)
    !(/\b(how many|combien)\b/.test(text) && !COUNTED_ROLES.test(text)) &&
    // ("When did he last work with data scientists?": when a thing was last done, which its passages' roles say.)
    !(LAST_TIME.test(text) && subject.some((w) => !w.light && !w.absent && !ROLE_WORDS.test(w.word)))
  )
    return { kind: "current", role, ...(HOW_LONG.test(text) ? { howLong: true } : {}) }; // (…and how long.)
  return null;
}

/** A company's age or size, two stacks, roles compared or a title weighed. */
function sizedOrCompared(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  return companyAgeIntent(u, text) ?? stacksIntent(u, text) ?? companySizeIntent(u, text) ?? comparedOrTitles(u, text);
}

/** The aim of a role's work: "goal", "objective", « objectif », « enjeu », "purpose" (of the mission, the project). */
const AIM = /\b(objecti(f|ve)s?|goals?|aims?|purpose|enjeux?|stakes?|finalite|but de (la|sa) mission)\b/;

/**
 * "why were they re-platforming at AAA-Data?", « pourquoi cette migration chez AAA ? »: what the role's context says
 * of its reasons (not of a technology: "why Scala at Decathlon?", which its passages answer); « quel était
 * l'objectif chez MAIF ? », "the goal of the mission?", « l'enjeu ? »: the same, its aim.
 */
function whyAtRole(text: string, part: UnderstoodQuestion["parts"][number]): boolean {
  return (/\b(why|pourquoi)\b/.test(text) || AIM.test(text)) && part.technologies.length + part.missing.length === 0;
}

/** "who is the tech lead at Decathlon, is it him?": a title asked of someone, then whether it is he. */
const WHO_IS_IT_HIM = new RegExp(
  String.raw`\b(who (?:is|was)|qui (?:est|etait)) (?:the |le |la )?(tech ?lead|lead tech|lead technique|team lead|` +
    String.raw`lead|manager|architect|architecte|po|product owner|head of \w+|cto)\b.*\b(is (?:it|that) (?:him|he)|` +
    String.raw`was (?:it|that) (?:him|he)|c'?est lui|c'?etait lui|est[- ]ce lui)\b`,
);

/** What the whole message asks, however its parts were read. */
function wholeMessageIntent(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  // ("his current employer", « c'est quoi sa boîte actuelle ? »: his roles now, not what kind of firm the one is.)
  if (NOW_ALONE.test(text.trim())) return { kind: "current", role: null };
  // ("who is the tech lead at Decathlon, is it him?", « qui est le lead tech, c'est lui ? »: whether he held it.)
  const himAsked = WHO_IS_IT_HIM.exec(text);
  const roles = [...new Set(u.parts.flatMap((p) => p.roles))];
  if (himAsked && roles.length <= 1) return { kind: "title", role: roles[0] ?? null, title: himAsked[2]! };
  if (u.parts.some((p) => p.technologies.length + p.roles.length > 0)) return null;
  // ("what's his current role and how long has he been doing it?": his roles now, each with its time.)
  if (NOW_AND_HOW_LONG.test(text)) return { kind: "current", role: null, howLong: true };
  // (« combien de temps en freelance et en CDI ? », read as two parts: each contract's time.)
  if (u.parts.length > 1) {
    const both = contractTime(text);
    if (both && "both" in both) return both;
  }
  // ("formal line-management responsibility, i.e. hiring, appraisals…": people managed, however many parts listed.)
  if (!LINE_MANAGED.test(text)) return null;
  return {
    kind: "leadership",
    role: null,
    line: true,
    ...(/\b(how many|combien)\b/.test(text) ? { count: true } : {}),
  };
}

function matchIntent(u: UnderstoodQuestion): ProfileIntent | null {
  const text = foldText(u.text).replace(/’/g, "'");
  if (u.topic) return null;
  const whole = wholeMessageIntent(u, text);
  if (whole) return whole;
  const compared = teamSizeIntent(u, text) ?? trainedIntent(u, text) ?? sizedOrCompared(u, text);
  if (compared || u.parts.length !== 1) return compared ?? techDurations(u, text);
  const part = u.parts[0]!;
  const role = part.roles.length === 1 ? part.roles[0]! : null;
  const subject = subjectOf(part).filter(notListedIn(role ? text : ""));
  if (role && part.technologies.length === 0 && topicsAsked(text, subject)) return { kind: "taught_topics", role };
  const settled =
    orderOrLasted(text, part, role, u.text) ??
    lastRolesIntent(text, part) ??
    experienceOnJoining(text, part, role) ??
    titleOrContractOfYear(u, text, role, subject) ??
    endedIntent(text, role) ??
    contractLeadingOrOverlap(u, text, role) ??
    leftIntent(text, role);
  if (settled) return settled;
  const named = part.technologies.length > 0 || part.missing.length > 0 || part.notionWide || role;
  const titleOrCareer = titleOrCareerIntent(text, role, part.technologies.length > 0, !!named);
  if (titleOrCareer) return titleOrCareer;
  const aside = asideIntent(text, part, role);
  if (aside) return aside;
  const first = firstRoleIntent(text, part, role, subject);
  if (first) return first;
  const time = timeIntent(text, part, role, subject);
  if (time) return time;
  const when = role ? roleYearIntent(text, role, subject) : (tenureIntent(text, part) ?? timelineIntent(text, subject));
  if (when) return when;
  const before = beforeIntent(text, role, part);
  if (before) return before;
  if (role && AFTER.test(text) && subject.every((w) => w.everyday)) return { kind: "after", role };
  const skills = part.technologies.length === 0 ? skillsIntent(text, role) : null;
  if (skills) return skills;
  if (role && roleItself(text, part, subject)) return { kind: "overview", role, ...titleAlone(text) };
  if (role && whyAtRole(text, part)) return { kind: "overview", role, why: true };
  // « il a fait quoi chez Decathlon en 2 mots ? »: that role, in short. ("Summarise his achievements": the results.)
  if (SUMMARY.test(text) && !(RESULTS.test(text) && part.technologies.length === 0))
    // (Not "summarize", "sentences", words the profile lacks: how to answer, not what.)
    return role &&
      part.technologies.length + part.missing.length === 0 &&
      !telling(subject.filter((w) => !HOW_TO_ANSWER.test(w.word)))
      ? { kind: "overview", role }
      : { kind: "summary", ...(BRIEF.test(text) ? { brief: true } : {}) };
  const results = resultsIntent(text, part);
  if (results) return results;
  const employers = employersIntent(text, part, role);
  if (employers) return employers;
  const current = currentIntent(text, part, role, subject);
  if (current) return current;
  // "What was his title at MAIF?": the role's heading and context say it.
  // (The title words themselves ask nothing more: "what were his job titles at MAIF?".)
  const asked = subject.filter((w) => !ROLE_ASKED_WORD.test(w.word));
  const overview = OVERVIEW.test(text) || JOB_TITLE.test(text) || KIND_OF_EMPLOYER.test(text);
  if (role && overview && !telling(asked) && !topicOfRole(text, asked))
    return { kind: "overview", role, ...titleAlone(text) };
  return overviews(text, part, subject);
}

/** "…on security", « côté sécurité », "in terms of data quality": the topic a question about a role is on. */
const ON_TOPIC = new RegExp(
  String.raw`\b(?:on|about|regarding|around|concerning|in terms of|as for|cote|niveau|concernant|en matiere de|` +
    String.raw`au niveau de|sur|pour)(?: the| his| la| le| les| l'| sa| son| ses)? ?([\p{L}-]+)`,
  "gu",
);

/**
 * "What did he do at Decathlon on security?", « qu'a-t-il fait chez Decathlon côté sécurité ? »: a topic of the
 * role asked, whose passages answer (everyday words though they be), not the role's overview.
 */
function topicOfRole(text: string, asked: QuestionWord[]): boolean {
  const topics = [...text.matchAll(ON_TOPIC)].map((m) => m[1]!);
  return asked.some((w) => !w.light && topics.includes(w.word));
}

/**
 * "What was his title at MAIF?", "his position at Pernod Ricard?", « son intitulé de poste chez MAIF ? »: the title
 * alone, not the work. (« quel était son poste chez MAIF ? » stays the role's overview: OVERVIEW reads it so.)
 */
const TITLE_ONLY = /\b(titles?|titres?|intitules?|designation|position|poste)\b/;
function titleAlone(text: string): { titled?: true } {
  // ("what was his job title?": the title asked, not "what was his job?")
  const rest = text.replace(/\b(job|position|role) (title|titre)s?\b/g, "title");
  return TITLE_ONLY.test(text) && JOB_TITLE.test(text) && !OVERVIEW.test(rest) ? { titled: true } : {};
}
/** The words that ask for a role itself: its title, its duties ("what were his responsibilities at MAIF?"). */
const ROLE_ASKED_WORD = new RegExp(
  String.raw`^(titles?|titres?|intitules?|responsibilit\w*|duties|tasks?|remit|scope|responsabilites?|taches?|` +
    String.raw`attributions?|perimetre|nature|teneur|intervention|` +
    // « la mission réalisée chez MAIF »: the role, as done.
    String.raw`realisee?s?|effectuee?s?|menee?s?)$`,
);

/** "tell me about MAIF and AAA-Data", "what has he done at Pernod Ricard and MAIF?", « parle-moi de … ». */
const ABOUT_ROLES = new RegExp(
  String.raw`^(tell me (more )?about|talk (to me )?about|parle[sz]?[- ]moi (de|du|des)|what (has|have) (he|she) done|` +
    String.raw`qu'?(est[- ]ce qu'?(il|elle) a|a[- ]t[- ](il|elle)) fait)\b`,
);

/** "What's the difference between MAIF and Pernod Ricard for him?": each role, side by side. */
const COMPARED = /\b(differen\w*|compar\w*|versus|vs|contrast\w*)\b/;
/** "…the difference in team size?": one thing of each role compared, which retrieval answers. */
const COMPARED_FACET = /\b(team|equipe|size|taille|stack|tools?|outils|techno\w*|how long|duree|combien|contract)\b/;

/** "What did he do at MAIF and at AAA-Data?": each role in turn. */
function overviews(text: string, part: UnderstoodQuestion["parts"][number], subject: ReturnType<typeof subjectOf>) {
  const [first, ...also] = part.roles;
  // …or the employers alone ("MAIF and AAA-Data?", what "tell me about…" leaves once read).
  const asked =
    OVERVIEW.test(text) ||
    ABOUT_ROLES.test(text) ||
    (COMPARED.test(text) && !COMPARED_FACET.test(text)) ||
    subject.every((w) => w.employer || w.light);
  if (first && also.length > 0 && asked && part.technologies.length === 0 && !telling(subject))
    return { kind: "overview" as const, role: first, also };
  // « parle-moi de Decathlon », "talk to me about MAIF": that role, nothing else named.
  if (first && ABOUT_ROLES.test(text) && part.technologies.length === 0 && subject.every((w) => w.employer || w.light))
    return { kind: "overview" as const, role: first };
  return null;
}

/** Whether the order of two roles is asked, by when they began or when they ended. */
function orderAsked(text: string): { order?: "start" | "end" } {
  // (« il a quitté MAIF avant ou après Pernod ? », "did he leave MAIF before or after Pernod?": when each ended.)
  // ("did he join Pernod before or after he left MAIF?" compares a start with an end: the start order is asked.)
  const started = /\b(join\w*|start\w*|began|begin|arriv\w*|rejoint|commenc\w*|debut\w*)\b/.test(text);
  const ended = /\b(leave|left|quit|quitte|quitter|finish\w*|ended|ends|ending|termin\w*)\b/.test(text);
  if (ENDED_ORDER.test(text) || (ended && !started)) return { order: "end" };
  return ORDER.test(text) || ONE_BEFORE.test(text) ? { order: "start" } : {};
}

/** "Did MAIF and Pernod Ricard overlap?"; "did he hold two jobs at the same time?" (every pair). */
function overlapIntent(text: string, part: UnderstoodQuestion["parts"][number]): ProfileIntent | null {
  // "was there a gap between AAA-Data and Decathlon?": the months between the one that ended and the next.
  if (part.roles.length === 2 && GAPS.test(text))
    return { kind: "overlap", roles: [part.roles[0]!, part.roles[1]!], gap: true };
  if (part.roles.length === 2 && (AT_ONCE.test(text) || ONE_BEFORE.test(text)))
    return { kind: "overlap", roles: [part.roles[0]!, part.roles[1]!], ...orderAsked(text) };
  if (part.roles.length === 0 && part.technologies.length === 0 && SEVERAL_AT_ONCE.test(text))
    return { kind: "overlaps" };
  // "Which roles overlap with Decathlon?", « qu'a-t-il fait en parallèle de Decathlon ? »: that role's overlaps.
  // (Not "was that at the same time as Decathlon?": a follow-up, of the role just asked about and this one.)
  if (part.roles.length === 1 && part.technologies.length === 0 && OVERLAP_WITH.test(text) && OTHER_ROLES.test(text))
    return { kind: "overlaps", role: part.roles[0]! };
  // "which came first?" naming no role or thing: his roles in order, not a passage saying "first".
  if (part.roles.length === 0 && part.technologies.length === 0 && part.missing.length === 0 && ORDER_ALONE.test(text))
    return { kind: "employers", oldestFirst: true };
  return null;
}

/** "What did he do before AAA-Data?", "his previous job?", "before going freelance?". */
/** "before and after", « avant et après »: a figure's two ends, around a change. */
const BEFORE_AND_AFTER = /\b(before (and|vs\.?|versus|\/) after|avant (et|vs\.?|\/) apres)\b/;

/**
 * "What problems did MAIF have before he joined?", « quelle difficulté la mutuelle rencontrait-elle avant son
 * arrivée ? »: the state he found there, which the role's context tells — not the role before it.
 */
const STATE_ON_ARRIVAL = new RegExp(
  // (Not "did he have issues finding work before he joined…": his own, before the role.)
  String.raw`^(?!.*\b(?:did|does|has|had) (?:he|she) (?:have|had|face|faced|run into)\b)` +
    String.raw`(?!.*\b(?:il|elle) (?:a|avait) eu\b)` +
    String.raw`.*\b(problems?|issues?|challenges?|difficult\w*|pain points?|problemes?|problematiques?|` +
    String.raw`difficultes?|defis?|enjeux?)\b.*\b(before (?:he|she) (?:joined|arrived|came|started)|` +
    String.raw`before (?:his|her) (?:arrival|joining|time)|` +
    String.raw`avant (?:son arrivee|qu'(?:il|elle) (?:n')?(?:arrive|rejoigne)))\b`,
);

function beforeIntent(
  text: string,
  role: string | null,
  part: UnderstoodQuestion["parts"][number],
): ProfileIntent | null {
  // "Which companies before Decathlon?", « quelles boîtes avant ? »: every earlier role, not just the last.
  const all = MANY_ROLES.test(text) ? { all: true } : {};
  // (Its contract asked too, « déjà en freelance ou en CDI ? »: the answer gives it.)
  // (Not « combien de temps prenait l'ingestion avant chez AAA ? »: the length of a process, before it was cut.)
  // (Nor "the ingestion time before and after at AAA?": a figure before and after a change.)
  const before =
    BEFORE.test(text) && !THING_LASTED.test(text) && !BEFORE_AND_AFTER.test(text) && !STATE_ON_ARRIVAL.test(text);
  // (Not its contract: « avant Decathlon, déjà en freelance ou en CDI ? » asks of the roles before.)
  const thing =
    part.technologies.length > 0 || part.words.some((w) => (w.key || w.tech) && !w.employer && !CONTRACT.test(w.word));
  if (role && before && thing && beforeNamed(text, role)) return { kind: "before", role, thing: true };
  // "he joined Decathlon after which company?", « il a rejoint Decathlon après quelle boîte ? »: the one before it.
  if (role && JOINED_AFTER_WHICH.test(text)) return { kind: "before", role };
  if (role && before && subjectOf(part).filter((w) => !w.everyday && !CONTRACT.test(w.word)).length <= 1)
    return { kind: "before", role, ...all };
  // ("how many CDIs before going freelance?": those roles, counted.)
  const counted = rolesCounted(text);
  if (!role && BEFORE_FREELANCE.test(text))
    return counted ? { kind: "employers", contract: "permanent" } : { kind: "before", role: null, freelance: true };
  if (!role && PREVIOUS.test(text) && part.technologies.length === 0) return { kind: "before", role: null };
  return null;
}

/** Joining a role after which other: "joined X after which company?", « arrivé chez X après quelle boîte ? ». */
const JOINED_AFTER_WHICH = new RegExp(
  String.raw`\b(join\w*|rejoin\w*|rejoint|arriv\w*|came to|went to|moved to|entr\w*|started at|passe)\b` +
    String.raw`[^?]{0,40}\b(after|apres)\s+(which|what|whom|quel\w*|qui|quoi)\b`,
);

/** Kinds of contract, as a question names them. */
const FREELANCE_WORD =
  String.raw`(freelanc\w*|independant|a son compte|self[- ]employed|` + String.raw`contractor|consultant|pigiste)`;
const PERMANENT_WORD =
  String.raw`(cdi|salarie|permanent|employee|(?<!self[- ])employed|${ON_STAFF}|staff member|` +
  String.raw`employe(?= (par|chez) )|(?<=\b(?:un|une|est|etait|ete) )employe(?= (de|du) ))`;
/** "Has he always been freelance?", « il a toujours été indépendant ? »: his whole career asked. */
// « toujours » alone is "still" (« il est toujours freelance ? »): "always" only as « a toujours été ».
const alwaysOf = (word: string) =>
  new RegExp(
    String.raw`\b(always|a toujours (ete|travaille|bosse)|a[- ]t[- ](il|elle) toujours (ete|travaille|bosse)|` +
      String.raw`only ever|` +
      String.raw`all his career)\b.*\b${word}\b|` +
      // « travaillé uniquement en freelance ? », "only worked freelance?", "only did permanent contracts?": nothing
      // else, his whole career. (Not « en tant que freelance », as one.)
      String.raw`\b(uniquement|exclusivement|seulement|(?<!\btant )que|only|exclusively|solely) ` +
      String.raw`((worked|been|travaille|did|had|held|done|fait|eu) )?` +
      String.raw`(en |as an? |on |des |a )?${word}\b|` +
      // (« il a fait uniquement du freelance ? », « il n'a été qu'en CDI ? »: the past, not « il ne fait que du
      // freelance », now, nor « il ne cherche que… ».)
      String.raw`\b(a fait|a[- ]t[- ](il|elle) fait|a travaille|a bosse) (uniquement|seulement|exclusivement) ` +
      String.raw`(du |de l'|en )?${word}\b|` +
      String.raw`\bn'a (ete|fait|travaille|bosse) (que (du |de l'|des |en )?|qu'(en )?)${word}\b|` +
      // "Freelance his whole career?", « freelance toute sa carrière ? ».
      String.raw`\b${word}\b.*\b(whole|entire|all (of )?his) career|\b${word}\b.*toute sa carriere|` +
      String.raw`\b(whole|entire) career\b.*\b${word}\b|toute sa carriere\b.*\b${word}\b`,
  );
const ALWAYS_FREELANCE = alwaysOf(FREELANCE_WORD);
/** "Has he only done permanent contracts?", « toujours été en CDI ? »: the other kind, his whole career. */
// (A contract's own words, not "employed", "employee": "has he always been employed?" asks of gaps.)
const ALWAYS_PERMANENT = alwaysOf(String.raw`(cdi|permanent)`);
/** A window or another asker: "before 2021, only permanent?", "we always hire on permanent contracts, ok?". */
const NOT_HIS_WHOLE_CAREER =
  /\b(before|avant|until|jusqu|since|depuis|after|apres|(19|20)\d\d|we|our|nous|notre|ok|okay)\b/;
/** "Were all his jobs freelance?", « tous ses postes étaient en CDI ? »: every role asked of one contract. */
const EVERY_ROLE_CONTRACT = new RegExp(
  String.raw`\b(all|every|each) (of )?(his )?(jobs?|roles?|positions?|missions?|contracts?|gigs?)\b.*` +
    String.raw`\b(${FREELANCE_WORD}|${PERMANENT_WORD})\b|` +
    String.raw`\b(tous|toutes) (ses|les) (postes|missions|jobs|contrats|experiences)\b.*` +
    String.raw`\b(${FREELANCE_WORD}|${PERMANENT_WORD})\b`,
);
/** "Has he ever been employed?", « il a déjà été en CDI ? », "was he ever on a permanent contract?". */
/** "ever", « déjà », "in the past": anywhere in his career (folded text). */
export const EVER = String.raw`\b(ever|deja|jamais|previously|auparavant|in the past|par le passe)\b`;
// (Not "ever been employed by a bank?": by whom, which the employers' descriptions answer.)
const EVER_PERMANENT = new RegExp(String.raw`${EVER}.*\b${PERMANENT_WORD}\b(?! (?:by|par) )`);
const EVER_FREELANCE = new RegExp(String.raw`${EVER}.*\b${FREELANCE_WORD}\b`);
/** "What kinds of contracts has he had?", « quels types de contrats ? », "contract history". */
const CONTRACT_KINDS = new RegExp(
  String.raw`\b((what|which) (kinds?|types?|sorts?) of (contracts?|employment)|` +
    String.raw`(quels?|quelles?) (types?|sortes?) de contrats?|contract history|` +
    String.raw`historique (des )?contrats?|` +
    // "what contract types has he had?" ("is he freelance or employed?" asks of now: his current roles).
    String.raw`(contract|employment) types?|types? of (contracts?|employment)|` +
    // "which of those were freelance?", « lesquels étaient en CDI ? »: each role's contract.
    String.raw`(which|what) (ones?|of (those|them|these|his (jobs|roles|positions|missions))|(jobs|roles))` +
    String.raw`( (were|was|are|is|has been))?( not|n't|n’t)? (freelance\w*|permanent|cdi|salaried|contract\w*)|` +
    String.raw`(were|are) they (freelance\w*|permanent|salaried|on (permanent )?contracts?)|` +
    String.raw`(lesquel(le)?s|quels postes|quelles missions|quels jobs) (n'?)?(etaient|sont|etait|ont ete|il a fait)` +
    String.raw`( pas)? (en )?(freelance|cdi|independant|salarie))\b`,
);

/** Staff's data, no contract of his: "employee records", "payroll data", « les données des salariés ». */
const STAFF_DATA = new RegExp(
  String.raw`\b(employee|employees|employee's|payroll|staff|salarie|personnel|hr|rh)s? (records?|data|information|` +
    String.raw`info|details?|files?|salar(y|ies)|dossiers?|donnees|fichiers?|pii)\b|` +
    String.raw`\b(donnees|fichiers?|dossiers?|informations?) (des |du |de )?(salaries|personnel|paie|employes)\b`,
);

/** A kind of firm that places consultants: "an ESN", "a consulting firm", « un cabinet de conseil », "an agency". */
const FIRM_KIND = new RegExp(
  String.raw`\b(esn|ssii|consultanc(y|ies)|consulting (firms?|compan(y|ies)|groups?|houses?)|cabinets? de conseil|` +
    String.raw`(staffing|recruitment|consulting) agenc(y|ies)|body ?shops?|societes? de conseil|societe de portage)\b`,
);

/** His contracts over his career, asked with no role: "has he always been freelance?", « déjà en CDI ? ». */
function contractHistoryIntent(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  if (u.parts.some((p) => p.roles.length + p.technologies.length > 0) || STAFF_DATA.test(text)) return null;
  // ("a consultant at an ESN / consulting firm?": the kind of employer, which no contract of his says.)
  if (FIRM_KIND.test(text)) return null;
  // "Has he ever kept sensitive employee information locked down?" is about something else.
  const other = u.parts.flatMap(subjectOf).filter((w) => !w.light && !CONTRACT_ASKED.test(w.word));
  if (other.length > 2) return null;
  if (ALWAYS_FREELANCE.test(text)) return { kind: "contract", role: null, asked: "freelance", over: "always" };
  if (ALWAYS_PERMANENT.test(text) && !NOT_HIS_WHOLE_CAREER.test(text))
    return { kind: "contract", role: null, asked: "permanent", over: "always" };
  if (EVERY_ROLE_CONTRACT.test(text)) {
    const permanent = new RegExp(String.raw`\b${PERMANENT_WORD}\b`).test(text);
    return { kind: "contract", role: null, asked: permanent ? "permanent" : "freelance", over: "always" };
  }
  if (EVER_PERMANENT.test(text)) return { kind: "contract", role: null, asked: "permanent", over: "ever" };
  if (EVER_FREELANCE.test(text)) return { kind: "contract", role: null, asked: "freelance", over: "ever" };
  if (CONTRACT_KINDS.test(text)) {
    // ("which jobs were not freelance?": the other kind first.)
    const first = CONTRACT_DENIED.exec(text)?.[5] === "freelanc" ? { permanentFirst: true as const } : {};
    return { kind: "contract", role: null, asked: "which", over: "ever", ...first };
  }
  return null;
}

/** A contract asked of no role: over his career, or now. */
function contractOfCareer(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  return (
    contractKindIntent(text) ??
    lastContractIntent(u, text) ??
    contractHistoryIntent(u, text) ??
    permanentNowIntent(u, text)
  );
}

/** "a permanent contract with a bank?", « en CDI dans une banque ? », "freelanced for an insurer?": a kind. */
const CONTRACT_KIND = new RegExp(
  String.raw`\b(permanent|contract|contractor|freelanc\w*|independant|cdi|cdd|salariee?|employee|employed|` +
    String.raw`interim\w*) ` +
    String.raw`(?:(?:with|at|for|in|chez|pour|dans|avec|de|a|by) (?:an?|the|any|une|un|le|la|des) |` +
    String.raw`d'une? |(?:de|chez|dans) l')` +
    String.raw`(?!(?:last|past|same|next|whole|while|long|moment|compte|meme|years?|months?|ans|mois|time|fois)\b)` +
    String.raw`(\p{L}+(?:[ '-]\p{L}+){0,2})\s*\??$`,
  "u",
);

/** Words that name a kind of company: "bank", « assureur », "retailer", "school", "startup". */
const KIND_NOUN = new RegExp(
  String.raw`\b(banks?|banques?|insurers?|assureurs?|mutuelles?|retailers?|distributeurs?|startups?|start-ups?|` +
    String.raw`scale-?ups?|schools?|ecoles?|universit\w*|ministr\w*|administrations?|hospitals?|hopitals?|` +
    String.raw`telcos?|operat\w*|manufacturers?|constructeurs?|brands?|marques?|fintechs?|insurtechs?|esn|ssii|` +
    String.raw`consultanc\w*|cabinets?|agenc\w*|editeurs?|publishers?)$`,
);

function contractKindIntent(text: string): ProfileIntent | null {
  const asked = CONTRACT_KIND.exec(text);
  // (A kind of company or a trade: not "freelance at the start", "for a couple of years", « dans la data ».)
  if (!asked || !(KIND_NOUN.test(asked[2]!) || TRADE.test(asked[2]!.split(/\s+/).pop()!))) return null;
  const kindAsked = asked[2]!.replace(/ (company|companies|firm|business|entreprise|societe|boite)$/, "");
  // ("a permanent contract with an engineering school?": the kind of contract said before "contract".)
  const word = /^(contract|contrat)$/.test(asked[1]!)
    ? (/(\w+) $/.exec(text.slice(0, asked.index))?.[1] ?? "")
    : asked[1]!;
  const freelance = /^(freelanc|contractor|independant)/.test(word);
  const permanent = /^(permanent|cdi|salarie|employee|employed)/.test(word);
  const contract = freelance || permanent ? { contract: freelance ? "freelance" : "permanent" } : {};
  return { kind: "employers", sectors: true, kindAsked, ...contract } as ProfileIntent;
}

/** « son dernier CDI c'était où ? », "his last permanent job?", "most recent freelance mission?". */
const LAST_CONTRACT = new RegExp(
  // (Not "how long was his first permanent job?", « combien de temps a duré son premier CDI ? »: of that role.)
  String.raw`^(?!.*\b(how long|combien de temps|duree|dure|stack|tools|outils|led|lead|manage\w*|encadr\w*)\b)` +
    String.raw`.*\b(dernier|derniere|last|latest|most recent|first|earliest|premier|premiere)\s+` +
    String.raw`(?:(poste|job|emploi|role|contrat|mission|position|` +
    // « son dernier employeur en CDI », "his last employer on a permanent contract"
    String.raw`employeur|employer|company|entreprise|boite|client)\s+(?:en\s+|on an?\s+|as an?\s+)?)?` +
    String.raw`(cdi|salarie|salaried|permanent|freelance\w*|independant|independent)\b`,
);

function lastContractIntent(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  const asked = LAST_CONTRACT.exec(text);
  if (!asked || u.parts.some((p) => p.roles.length + p.technologies.length > 0)) return null;
  const permanent = !/^(freelance\w*|independant|independent)$/.test(asked[4]!);
  const over = /^(first|earliest|premier|premiere)$/.test(asked[2]!) ? "first" : "last";
  return { kind: "contract", role: null, asked: permanent ? "permanent" : "freelance", over };
}

/** « Est-il en CDI ? », "is he on a permanent contract?": asked of now, of no role, a permanent contract only. */
const PERMANENT_NOW = new RegExp(
  String.raw`^(est[- ](il|elle)|(il|elle) est|is (he|she)|is (he|she) currently|est[- ](il|elle) actuellement|` +
    String.raw`est[- ]ce qu'(il|elle) est) ` +
    String.raw`(en cdi|salarie|un salarie|on a permanent contract|a permanent employee|permanent|an employee|` +
    // "a freelancer or a salaried employee?", « freelance ou salarié ? »: which of the two, now.
    String.raw`(an? |en |un )?(freelance\w*|contractor|independant) (or|ou) (an? |un |en )?(salaried |permanent )?` +
    // ("Is he on a permanent contract now?")
    String.raw`(employee|salarie|cdi|permanent))` +
    String.raw`( now| right now| currently| today| actuellement| en ce moment)?\s*\?*$`,
);

/** "is he employed or freelance?", "currently employed or working as a freelancer?": which of the two, now. */
// ("was he freelance or permanent?", « il était en freelance ou en CDI ? »: the same, his roles' contracts.)
const BE = String.raw`(is|was|est[- ]il|il est|est[- ]elle|elle est|etait[- ]il|il etait|elle etait)`;
const EITHER_NOW = new RegExp(
  String.raw`\b${BE}\b.*\b(employed|salaried|permanent|an employee|cdi|salarie)` +
    String.raw`\b.*\b(or|ou)\b.*\b(freelanc\w*|contractor|independant)\b|` +
    String.raw`\b${BE}\b.*\b(freelanc\w*|contractor|independant)\b.*` +
    String.raw`\b(or|ou)\b.*` +
    String.raw`\b(employed|salaried|permanent|an employee|cdi|salarie)\b`,
);

/**
 * "is he on a fixed-term contract right now?", "is he currently on a contract?", « est-il en CDD ? », "was he ever a
 * temp?": a contract the profile has no word for (or no kind named), answered with the contracts it lists.
 */
const ANY_CONTRACT = new RegExp(
  String.raw`^(is (he|she)( currently)?|est[- ](il|elle)( actuellement)?|(il|elle) est( actuellement)?|` +
    String.raw`was (he|she)( ever)?|has (he|she) (ever )?been|a[- ]t[- ](il|elle) (deja |jamais )?ete|` +
    String.raw`(il|elle) a (deja |jamais )?ete) (on|in|under|en|sous) (a |an |un )?` +
    String.raw`((fixed[- ]term|temporary|short[- ]term|temp|interim|cdd|a duree determinee) ?)?` +
    String.raw`(contracts?|contrats?|cdd|interim)\b` +
    String.raw`( (now|right now|currently|today|actuellement|en ce moment|at the moment))?\s*\?*$|` +
    // "was he ever a temp?", « a-t-il été intérimaire ? »: a temp's status, which no role's contract is.
    String.raw`^(was (he|she)( ever)?|has (he|she) (ever )?been|a[- ]t[- ](il|elle) (deja |jamais )?ete|` +
    String.raw`(il|elle) a (deja |jamais )?ete|(il|elle) etait|etait[- ](il|elle)) (an? |un )?` +
    // ("was he an intern?", « a-t-il été stagiaire ? »: a status no role's contract is — not "internal", a "trainer".)
    String.raw`(temp|temp worker|temporary worker|interimaire|en interim|en cdd|intern|stagiaire|en stage|trainee|` +
    String.raw`apprentice|apprenti|alternant|en alternance)` +
    String.raw`( (anywhere|ever|somewhere|at some point|before|quelque part|auparavant|avant))?\s*\?*$|` +
    // ("did he start as a trainee?", « il a commencé comme stagiaire ? »: his first role's contract says.)
    String.raw`^(did (he|she) (start|begin)( (his|her) career)?|a[- ]t[- ](il|elle) commence|(il|elle) a commence)` +
    String.raw`( sa carriere)? (as|comme|en tant que|en) (an? |un )?(intern|trainee|stagiaire|stage|apprentice|` +
    String.raw`apprenti|alternant|alternance)\s*\?*$|` +
    // « a-t-il déjà fait de l'intérim ? », « il a déjà eu un CDD ? », "has he ever done interim work?"
    String.raw`^(a[- ]t[- ](il|elle)|(il|elle) a|has (he|she)|did (he|she)) (deja |jamais |ever )?` +
    String.raw`(fait de l'interim|fait des cdd|fait un cdd|eu un cdd|eu des cdd|done (interim|temp) work|` +
    String.raw`worked (as a temp|interim))\s*\?*$|` +
    // « quelle est sa situation contractuelle actuelle ? », "his current employment status?": how he works now.
    String.raw`(situation|statut) (contractuelle?|professionnelle?|d'emploi)|^(quel est |et )?son statut\s*\?*$|` +
    String.raw`(employment|contract|contractual) (status|situation|arrangement)|` +
    // « la nature de ses contrats successifs », "the nature of his contracts": each role's contract.
    String.raw`(nature|types?|kinds?|forme) (de |d'|of )(ses |son |his |her |the )?(contrats?|contracts?)\b`,
);

/**
 * "is he self-employed?", "is he independent now or still employee somewhere?", « c'est un travailleur autonome
 * présentement ? »: how he works now, asked in words of working on his own; his current roles' contracts answer.
 */
const ON_HIS_OWN_NOW = new RegExp(
  String.raw`^(is (he|she)|est[- ](il|elle)|(il|elle) est|c'est) (currently |now |still |actuellement |presentement |` +
    String.raw`toujours )?(an? |un |une |en )?(self[- ]employed|independent|independant|travailleur autonome|` +
    String.raw`a son compte)( (now|currently|right now|actuellement|presentement|en ce moment|` +
    String.raw`today))?( (or|ou) [^?]{0,40})?\s*\?*$`,
);

function permanentNowIntent(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  if (
    (EITHER_NOW.test(text) || ANY_CONTRACT.test(text.trim()) || ON_HIS_OWN_NOW.test(text.trim())) &&
    !u.parts.some((p) => p.roles.length + p.technologies.length > 0)
  )
    return { kind: "contract", role: null, asked: "which" };
  const asked = PERMANENT_NOW.exec(text.trim());
  if (!asked || u.parts.some((p) => p.roles.length + p.technologies.length > 0)) return null;
  return { kind: "contract", role: null, asked: / (or|ou) /.test(asked[0]) ? "which" : "permanent" };
}

/** "Was he a contractor at AAA-Data?", « il était en CDI chez MAIF ? », "what contract at Decathlon?". */
function contractIntent(text: string, role: string, part: UnderstoodQuestion["parts"][number]): ProfileIntent | null {
  // « il était stagiaire à la MAIF ? », "was he an intern at MAIF?": a status the CV's contract answers (CDI).
  const status = STAFF_DATA.test(text) ? null : OTHER_STATUS.exec(text);
  if (status && subjectOf(part).every((w) => w.everyday || STATUS_WORD.test(w.word) || w.employer))
    return { kind: "contract", role, asked: "which" };
  const asked = STAFF_DATA.test(text) ? null : CONTRACT_ASKED.exec(text);
  // "How long was he an employee at AAA-Data?": how long, which the role's dates answer.
  if (asked && HOW_LONG.test(text)) return { kind: "role_duration", role };
  // "Did he hire contractors for Spark at Decathlon?" is about something else.
  // (A title said of him is checked with it: "was he a freelance trainer at Pernod Ricard?".)
  const titled = TITLE_OF_HIM.exec(text);
  const claimed = wordTokens(titled?.[1] ?? "");
  const other = subjectOf(part).filter((w) => !w.everyday && !CONTRACT_ASKED.test(w.word) && !claimed.includes(w.word));
  if (!asked || part.technologies.length > 0 || other.length > 0) return null;
  // « …chez Pernod Ricard comme data engineer en CDI en 2020 ? »: a title or a year claimed too, which the
  // contract alone would confirm; the year's or the title's answer checks them.
  if (YEAR.test(text)) return null;
  // ("is MAIF his most recent permanent job?", "was AAA-Data his first permanent contract?": that role against the
  // first or the last of its kind.)
  const rank = RANKED_CONTRACT.exec(text);
  if (rank) {
    const permanent = !/^(freelance|independant)/.test(rank[3]!);
    const over = /^(first|earliest|premier|premiere)$/.test(rank[1]!) ? "first" : "last";
    return { kind: "contract", role, asked: permanent ? "permanent" : "freelance", over };
  }
  // (« il était data engineer freelance chez MAIF ? »: the title claimed too, which the answer checks — only a title
  // said of him, "was he a freelance data engineer", not "with a data scientist", a colleague's.)
  if (TITLE_CLAIMED.test(text) && !titled) return null;
  // « il est cdi ou freelance là-bas ? »: which of the two, not yes or no.
  // ("was it permanent or a contract?": a contract, of either kind, as the other.)
  const either =
    PERMANENT.test(text) &&
    /\b(freelance\w*|contractors?|contracts?|contrat|independant)\b/.test(text) &&
    / (or|ou) /.test(text);
  const kind = either
    ? "which"
    : PERMANENT.test(text)
      ? "permanent"
      : /^(contract|contrat)$/.test(asked[1]!)
        ? "which"
        : "freelance";
  // ("Is he on a permanent contract at MAIF now?": of today, when he may have left.)
  // (« a-t-il toujours été en CDI chez MAIF ? », « était-il toujours… »: "always", of that role, in the past.)
  const always = /\b(a[- ]t[- ](il|elle) toujours|(il|elle) a toujours|etait[- ](il|elle) toujours)\b/.test(text);
  const now = NOW.test(text) || (/\b(still|toujours|aujourd'hui)\b/.test(text) && !always);
  const title = titled && kind !== "which" ? { titled: titled[1]! } : {};
  return { kind: "contract", role, asked: kind, ...(now ? { now: true as const } : {}), ...title };
}

/** "his most recent permanent job", « son premier CDI », "his first freelance mission": a rank among a contract's. */
const RANKED_CONTRACT = new RegExp(
  String.raw`\b(first|earliest|last|latest|most recent|premier|premiere|dernier|derniere|plus recent)\s+` +
    String.raw`(?:(job|role|position|contract|mission|gig|employer|poste|emploi|contrat|boulot|employeur)\s+` +
    String.raw`(?:en\s+|on an?\s+|as an?\s+|as\s+)?)?` +
    String.raw`(permanent|salaried|cdi|salarie|freelance\w*|independant)\b`,
);
/** A title claimed of him with a contract: "was he a freelance data engineer", « il était formateur freelance ». */
const TITLE_OF_HIM = new RegExp(
  String.raw`\b(?:(?:was|is) (?:he|she)|(?:he|she) (?:was|is)|as|comme|en tant que|etait[- ](?:il|elle)|` +
    String.raw`est[- ](?:il|elle)|(?:il|elle) (?:etait|est|bossait|travaillait)(?: comme| en tant que)?)` +
    String.raw` (?:an? |un |une |the |le |la )?` +
    String.raw`(?:(?:freelance|permanent|salaried|independant|contract|contractor|cdi) )?` +
    // The whole title, its modifiers with it: "junior data engineer", "software engineer".
    String.raw`((?:(?:senior|junior|big|lead|bi|software|ml|cloud|data|machine learning) )*` +
    String.raw`(?:engineer|ingenieur|developer|developpeur|trainer|formateur|lecturer|professeur|professor|teacher|` +
    String.raw`enseignant|consultant|tech lead|lead|scientist|analyst|architect))\b`,
);
/** A way of working other than his contracts: an intern, an apprentice, a volunteer, tenured, « en régie ». */
const OTHER_STATUS = new RegExp(
  // (Said of him: "was he an intern", « il était stagiaire », « en alternance »; not "did he teach apprentices?".)
  String.raw`\b((was|is|has) (he|she) (been )?(an? )?|as an? |(il|elle) (etait|est|a ete) |(etait|est)[- ](il|elle) |` +
    String.raw`en tant que |comme )(professeur |prof |lecturer |teacher )?(stagiaire|intern|trainee|alternant\w*|` +
    String.raw`apprenti|apprentice|benevole|volunteer|titulaire|tenured|temp|interimaire|en interim|interim|` +
    String.raw`(?:un |en |on a |in a |a )?(?:cdd|fixed[- ]term(?: contract)?|temporary(?: contract| worker)?))\b|` +
    String.raw`\ben (stage|alternance|apprentissage|regie|interim|cdd)\b|` +
    // « c'était un CDD chez AAA ? », « la maif c'était un cdd ? »
    String.raw`\bc'?etait (un |en )?(cdd|interim|stage)\b`,
);

/** The words of those statuses, one by one. */
const STATUS_WORD = new RegExp(
  String.raw`^(stagiaires?|stage|interns?|trainees?|alternan\w*|apprenti\w*|apprentices?|benevoles?|volunteers?|` +
    String.raw`titulaires?|` +
    String.raw`tenured|regie|temps?|interim\w*|cdds?|fixed|term|temporary|worker)$`,
);

/** A title said of him: "as a data engineer", « comme formateur ». */
const TITLE_CLAIMED =
  /\b(engineer|ingenieur|developer|developpeur|trainer|formateur|lecturer|professeur|scientist|analyst|architect)s?\b/;

/** "5 years minimum?" alone, which after a duration answered ("how long at Decathlon?") checks that one instead. */
export function yearsAlone(text: string): boolean {
  return YEARS_ALONE.test(foldText(text));
}

/** "Has he got 5+ years of experience?" (the total, against the years asked), "how experienced is he?". */
function careerIntent(text: string): ProfileIntent | null {
  const atLeast = AT_LEAST.exec(text);
  // ("3+ years of experience in insurance?", « plus de 1 an d'expérience en scraping ? »: of one thing, not all.)
  if (atLeast && ofAThing(text)) return null;
  if (atLeast) return { kind: "total_experience", atLeast: Number(atLeast[2]) };
  const bare = YEARS_ALONE.exec(text);
  if (bare) return { kind: "total_experience", atLeast: Number(bare[2]) };
  // (« sa plus longue expérience ? », "his shortest experience?": one of his roles, by its length.)
  return EXPERIENCED.test(text) && !LONGEST.test(text) && !SHORTEST.test(text) ? { kind: "total_experience" } : null;
}

/** "managed the 160 teams", « dirigé les deux équipes »: teams counted, led. */
const TEAMS_LED = new RegExp(
  // (« il a coordonné 160 équipes ? »: leading them, asked with a count.)
  String.raw`\b(?:led|lead|managed|manage|manages|ran|run|headed|directed|dirige|encadre|gere|pilote|coordinated|` +
    String.raw`coordinate|coordonne|coordonnait)\s+` +
    String.raw`(?:the |les |des |ses |his )?(\d{1,4}|two|three|four|five|deux|trois|quatre|cinq|six) ` +
    String.raw`(?:\w+ )?(?:teams|equipes)\b`,
);
/** Asked of now: "does he manage people today?", « il encadre actuellement ? ». */
const NOW = new RegExp(
  String.raw`\b(today|now|nowadays|currently|at the moment|these days|actuellement|maintenant|en ce moment|` +
    // "Does he still mentor juniors?", « il encadre encore ? » (not "still not", "still have…", "can still…": what
    // he is able to do; nor « encore une question »; « toujours » is "always" too).
    String.raw`(?<!\b(?:can|could|would|will|be) )still(?! (?:not|have|has|had|be|able|capable))|` +
    // (« il encadre toujours ? », present tense: still; « il a toujours encadré ? » is always, see ALWAYS_ASKED.)
    String.raw`(?<=\b(?:encadre|manage|dirige|supervise|forme|gere|coache|pilote) )(?:encore|toujours)|` +
    // "has he mentored juniors recently?", "recent team lead experience?": of his roles going on.
    // ("over the last years, has he managed people?", « ces derniers temps » : recently, said otherwise.)
    String.raw`recently|lately|recemment|dernierement|ces derniers temps|(these|the) (last|past) years|` +
    String.raw`of late|in recent times|ces temps[- ]ci|` +
    String.raw`(?<!\bmost )(?<!\bplus )recent(e|es|s)?(?! (role|job|position|mission|poste)))\b`,
);

/** Words after a number that make it no count of people led: time ("five years"), teams, roles, "last". */
const NOT_PEOPLE_COUNTED = new RegExp(
  String.raw`^(years?|yrs?|ans?|annees?|months?|mois|weeks?|semaines?|teams?|equipes?|roles?|jobs?|postes?|` +
    String.raw`positions?|missions?|compan\w+|employers?|employeurs?|boites?|entreprises?|last|derniers|dernieres|` +
    String.raw`previous|` +
    // "a €7M budget", « 7 M€ »: money, not people.
    String.raw`m|k|md|mds|bn|eur|euros?|dollars?|millions?|milliards?|billions?|thousand|mille|budget)$`,
);

/**
 * "3 years of team lead experience", "5+ yrs managing people", « 3 ans de management », "led teams for 3 years":
 * how long he led, asked (not "in the last 5 years", "his 7 years of experience", "5 years ago").
 */
const COUNT =
  String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|un|deux|trois|quatre|cinq|sept|huit|` +
  String.raw`neuf|dix)`;
const YEARS_WORD = String.raw`\s*\+?\s*(?:years?|yrs?|ans?|annees?)`;
const LED_YEARS = new RegExp(
  String.raw`(?<!\b(?:last|past|his|these|ces|les|dernieres?) )\b${COUNT}${YEARS_WORD}(?:'|’)?\s+` +
    String.raw`(?:of\s+|in\s+|as\s+(?:an?\s+)?|en tant que\s+|comme\s+|d'|de\s+|en\s+)?` +
    String.raw`(?:(?:experience|exp|xp)\s+(?:in\s+|of\s+|as\s+|with\s+|en\s+|d'|de\s+)?)?` +
    String.raw`(?:team\s+|people\s+|staff\s+|tech\s+|technical\s+)?` +
    String.raw`(?:lead|leading|leadership|manag?e?ment|managing|manager|handling|encadrement|mentoring|supervision|` +
    String.raw`chef d'equipe|` +
    String.raw`supervising|gestion\s+d'equipes?)\b|` +
    String.raw`\b(?:led|lead|leading|managed|managing|manage|mentored|mentoring|encadre\w*|dirige\w*|supervised)\b` +
    String.raw`[^.?]{0,30}\b(?:for|pendant|depuis|during)\s+(?:at least\s+|au moins\s+|over\s+|plus de\s+)?` +
    String.raw`${COUNT}${YEARS_WORD}\b`,
);

/**
 * Years of leading people asked in a word for it, nothing after: « 3 ans de management ? », "3 years of management?"
 * (not "3 years of experience handling big data", "2 years of management consulting").
 */
const YEARS_LED_ASKED = new RegExp(
  String.raw`\b${COUNT}${YEARS_WORD}(?:'|’)?\s+(?:of\s+|in\s+|d'|de\s+|en\s+)?` +
    String.raw`(?:(?:experience|exp|xp)\s+(?:in\s+|of\s+|en\s+|d'|de\s+)?)?` +
    String.raw`(?:team\s+|people\s+|tech\s+|technical\s+)?` +
    // ("managment": the slip kept as typed.)
    String.raw`(?:manag?e?ment|leadership|encadrement|gestion\s+d'equipes?|management\s+d'equipes?|` +
    // "4 years as a team lead?", « 3 ans en tant que chef d'équipe ? »
    String.raw`(?:as\s+(?:an?\s+)?|en tant que\s+|comme\s+)(?:team\s+lead(?:er)?|tech\s+lead|lead|manager|` +
    String.raw`chef d'equipe)|` +
    // "3 years of tech lead experience?"
    String.raw`(?:team|tech)\s+lead(?:er)?\s+(?:experience|exp|xp))\s*[?!.]*$`,
);
/** Line management: "direct reports", "line manager", « manager hiérarchique », "performance reviews". */
const LINE_MANAGED = new RegExp(
  String.raw`\b(direct reports?|line manag\w*|manag\w* with reports|reports? (to|into) him|` +
    String.raw`(hierarchical|line) (manager|management|reports?)|` +
    String.raw`(manager|lien|superieur|responsabilite) hierarchique|` +
    String.raw`performance (reviews?|appraisals?)|appraisals|entretiens? (annuels?|d'evaluation))\b`,
);

/** Seniors led: "2 senior engineers", "seniors", « des ingénieurs seniors », « des profils seniors ». */
/** (Not "as a senior engineer", « en tant que senior »: himself.) */
const SENIORS_LED = new RegExp(
  String.raw`(?<!\b(?:as|as an?|en tant que|comme|comme une?|being|etant) )` +
    String.raw`\bsenior (engineers?|developers?|devs?|data engineers?|people|staff|profiles?)\b|\bseniors\b|` +
    String.raw`\b(ingenieurs?|developpeurs?|profils?|data engineers?) seniors?\b`,
);

/** "did he manage a €7M budget?": money managed, not people (unless they are asked too: "a team and a budget"). */
const MONEY_MANAGED = /\b(budgets?|enveloppes? budgetaires?)\b/;
const PEOPLE_OR_TEAMS = /\b(people|personnes|engineers|juniors?|teams?|equipes?)\b/;

/** "Has he led a team?", "a team of 10?", and "as tech lead?" (whether he held that title). */
function leadingIntent(text: string, role: string | null): ProfileIntent | null {
  // ("was there a tech lead in his team at MAIF?", « y avait-il un lead dans l'équipe ? »: its roster's.)
  if (IN_ROSTER.test(text)) return null;
  // « accompagner des équipes situées dans différents pays », "support user teams": helping teams, not leading them.
  const unsupported = text.replace(new RegExp(SUPPORTING.source, "g"), " ");
  if (SUPPORTING.test(text) && !LEADERSHIP.test(unsupported) && !/\b(manager|lead|chef|responsable)\b/.test(text))
    return null;
  const could = COULD_LEAD.exec(text);
  // Whether he could is for the reader to judge: what he did, with no "yes".
  if (could) return { kind: "leadership", role, title: could[could.length - 2]!, count: true };
  const asLead = AS_LEAD.exec(text);
  // ("5 years' experience as a data engineer?": the years of a title, claimed; not "led a team for 2 years as…".)
  const claimedAs = LEADERSHIP.test(text) ? null : yearsAsTitle(text, role);
  if (claimedAs) return claimedAs;
  // "Has he managed a team as tech lead?" asks about leading people first; "worked as a lead?" about a title.
  // ("4 years as a team lead?": years of leading people, claimed.)
  if (asLead && !LEADERSHIP.test(text.replace(AS_LEAD, " ")) && !YEARS_LED_ASKED.test(text))
    return titleWhen(
      {
        kind: "title",
        role,
        title: `${asLead[2] ?? ""}${asLead[3]!}`,
        ...(HOW_LONG.test(text) ? { howLong: true } : {}),
      },
      text,
    );
  // "Is he senior enough to lead a team?" asks about leading people, not about a title.
  const built = BUILT_TEAM.test(text);
  if (built && !role) return { kind: "leadership", role, built: true };
  // ("How many direct reports?": the people counted, which the leadership answer gives.)
  if (LINE_MANAGED.test(text))
    return { kind: "leadership", role, line: true, ...(/\b(how many|combien)\b/.test(text) ? { count: true } : {}) };
  // (Or years of it, « 3 ans de management ? », or teams counted, « il a coordonné 160 équipes ? ».)
  if (!LEADERSHIP.test(text) && !YEARS_LED_ASKED.test(text) && !TEAMS_LED.test(text)) return null;
  if (MONEY_MANAGED.test(text) && !PEOPLE_OR_TEAMS.test(text)) return null;
  // "a team of 10", "a team of ten"; not "in 2020", "for five years", « pendant trois ans », "two teams".
  const words = text.split(/[^\p{L}\d]+/u);
  const size = words.find(
    (w, i) => (/^\d{1,3}$/.test(w) || COUNT_WORDS[w] !== undefined) && !NOT_PEOPLE_COUNTED.test(words[i + 1] ?? ""),
  );
  const title = asLead ? { title: `${asLead[2] ?? ""}${asLead[3]!}` } : {};
  // ("when did he last mentor someone?": whom and where, which say when; no "yes" — not "…when he was…?".)
  const count =
    /\b(how many|how much|how big|combien|quelle taille|whom?|qui|largest|biggest|plus grande?)\b|^(when|quand)\b/.test(
      text,
    )
      ? { count: true }
      : {};
  const now = !role && NOW.test(text) ? { now: true } : {};
  const lasting = LED_YEARS.exec(text);
  const years = lasting ? { years: numberOf(lasting[1] ?? lasting[2]!)! } : {};
  // (Seniors led: "2 senior engineers", « des ingénieurs seniors »; not "is he senior enough to lead", nor "junior and
  // senior engineers", which the juniors he supervised answer.)
  const seniors = SENIORS_LED.test(text) && !/\bjuniors?\b/.test(text) ? { seniors: true } : {};
  const teamsLed = numberOf(TEAMS_LED.exec(text)?.[1] ?? "") ?? 0;
  const teams = teamsLed >= 2 ? { teams: teamsLed } : {};
  const bounded = size ? boundLed(text, size) : {};
  const rest = { ...title, ...count, ...now, ...years, ...seniors, ...teams, ...bounded, ...aroundRole(text, role) };
  return size ? { kind: "leadership", size: numberOf(size)!, ...rest } : { kind: "leadership", ...rest };
}

/** "did he lead a team after AAA-Data?": the roles after it, not AAA-Data's own (else the role, as named). */
function aroundRole(text: string, role: string | null): { role: string | null; around?: LedAround } {
  const side = role ? sideOfRole(text, role) : null;
  return side ? { role: null, around: { role: role!, side } } : { role };
}
type LedAround = { role: string; side: "before" | "after" };

/**
 * "before Decathlon", "after AAA", "since he left AAA-Data", « avant de rejoindre Decathlon », « depuis qu'il a quitté
 * AAA »: the role named as a bound in time (the word after the bound its key's whole name, or the part of it before a
 * hyphen: "aaa" of AAA-Data), not where.
 */
const AROUND_ROLE = new RegExp(
  // (The longer ways first: "après avoir quitté AAA", not "après" then "avoir".)
  String.raw`\b(?:(avant son arrivee (?:chez|a)|before|prior to|avant)|` +
    String.raw`(after (?:he|she) (?:left|quit)|apres avoir quitte|apres son depart (?:de|d')|after|apres|post|` +
    String.raw`since (?:he )?(?:left|leaving|quitting|quit)|` +
    String.raw`depuis (?:qu'(?:il|elle) a )?quitte|depuis son depart (?:de|d'))|` +
    String.raw`(?:since|depuis) (?:he |she |qu'(?:il|elle) a )?(?:left|quitte)|` +
    // ("has he led a team since AAA-Data?": after it.)
    String.raw`since|depuis)` +
    String.raw`(?: (?:joining|he joined|she joined|(?:de |d')?(?:rejoindre|arriver chez|entrer chez)|` +
    String.raw`leaving|quitting|` +
    String.raw`(?:his|her|son) (?:time|passage|poste|job|role) (?:at|chez)|(?:de |d')?quitter))?` +
    // (« son départ d'AAA-Data »: the name right after the apostrophe.)
    String.raw`(?: |(?<='))(?:la |le |l'|the )?([a-z][\w-]{2,})`,
);
function sideOfRole(text: string, role: string): "before" | "after" | null {
  const m = AROUND_ROLE.exec(text);
  // (The role's whole name, or its first word: "aaa", "pernod"; not "dec" of "Dec 2023", « mai » of « mai 2021 ».)
  const name = role.slice(role.indexOf("#") + 1);
  if (!m || (name !== m[3] && !name.startsWith(`${m[3]}-`))) return null;
  return m[1] ? "before" : "after";
}

/** The words a part asks about: not employers, experience words or numbers. */
function subjectOf(part: UnderstoodQuestion["parts"][number]) {
  return part.words.filter((w) => !w.employer && !EXPERIENCE.test(w.word) && !/^\d+$/.test(w.word));
}

/**
 * "tell me about the Pernod Ricard mission", « et sa mission chez MAIF ? »: the role, and nothing else. (Not
 * "MAIF?" alone, which after "Kafka?" asks of Kafka there.)
 */
function roleItself(text: string, part: UnderstoodQuestion["parts"][number], subject: QuestionWord[]): boolean {
  if (part.technologies.length + part.missing.length + part.unknown.length > 0 || RESULTS.test(text)) return false;
  // ("how many projects at MAIF?": a count, which the profile doesn't give.)
  if (/\b(how many|combien)\b/.test(text)) return false;
  return (
    (text.split(/[^\p{L}]+/u).some((w) => ROLE_ITSELF.test(w)) || TIME_AT.test(text)) &&
    subject.every((w) => w.light || ROLE_ITSELF.test(w.word) || (w.word === "passage" && TIME_AT.test(text)))
  );
}

/**
 * "…sa mission chez AAA-Data : contexte, ce qu'il a construit, ses responsabilités ?": what an account of a role
 * holds, listed after a colon, asks for the role still; those words are no subject of their own.
 */
function notListedIn(text: string): (w: QuestionWord) => boolean {
  const after = text.split(":")[1] ?? "";
  const words = after.split(/[^\p{L}]+/u).filter(Boolean);
  const listed = new Set(words.filter((w) => ROLE_ASPECT.test(w)).length >= 2 ? words : []);
  return (w) => !listed.has(w.word);
}

/** What an account of a role holds: its context, what he built, his duties, its stack, team and results. */
const ROLE_ASPECT = new RegExp(
  String.raw`^(context\w*|built|build|construit|realise\w*|responsibilit\w*|responsabilit\w*|tasks?|taches?|` +
    String.raw`duties|scope|perimetre|stack|team|equipe|results?|resultats?|achievements?|realisations?|impact|` +
    String.raw`enjeux|challenges?|objecti\w*|goals?|missions?|roles?|accompli\w*|delivered|technolog\w*|technos?|` +
    String.raw`tools?|outils?)$`,
);

/** Words naming a role itself: "the MAIF mission", « son poste chez Decathlon ». */
// ("what projects did he do at AAA-Data?": the role's work.)
const ROLE_ITSELF = /^(missions?|roles?|jobs?|positions?|postes?|experiences?|stint|gig|presta|projects?|projets?)$/;
/** "his time at Pernod", « son passage chez MAIF »: the role, as the time he spent there. */
const TIME_AT = /\b(his|her|son) (time|passage) (at|with|in|chez|a)\b/;

/** "Docker and Jenkins — how many years?": the time with each, when every part is one technology. */
function techDurations(u: UnderstoodQuestion, text: string): ProfileIntent | null {
  // ("Which did he use longer, Airflow or Snowflake?": each one's time, which answers which.)
  if (!HOW_LONG.test(text) && !LONGER.test(text) && !SHORTER.test(text)) return null;
  const techs = u.parts.map((part) => {
    const role = part.roles.length === 1 ? part.roles[0]! : null;
    const intent = howLongIntent(foldText(part.text), part, role, subjectOf(part));
    return intent?.kind === "tech_experience" ? intent.technology : null;
  });
  if (techs.some((t) => t === null)) return null;
  const [technology, ...also] = techs as Technology[];
  return { kind: "tech_experience", technology: technology!, also };
}

/** "5 years' experience as a data engineer", « 5 ans d'expérience en tant que data engineer »: years of a title. */
const YEARS_AS_TITLE = new RegExp(
  String.raw`(?<!\b(?:last|past|these|the|first|ces|les|premieres?|dernieres?) )` +
    String.raw`\b(\d{1,2}) ?\+? ?(?:years?|yrs?|ans?|annees?)(?:'|’)? ` +
    // ("de 8 ans minimum en tant que…", "5 years or more as…": a floor, said after.)
    String.raw`(?:(?:minimum|min|au moins|at least|or more|ou plus|et plus|and more) )?` +
    String.raw`(?:of |d'|de )?(?:experience |xp |exp )?` +
    String.raw`(?:as|en tant que|comme) (?:an? |une? )?((?:senior )?(?:data engineer|data trainer|lecturer|trainer|` +
    String.raw`formateur|professeur))\b`,
);

/** "5 years' experience as a data engineer?", « moins de 5 ans d'expérience en tant que data engineer ? » */
function yearsAsTitle(text: string, role: string | null): ProfileIntent | null {
  const m = YEARS_AS_TITLE.exec(text);
  return m ? { kind: "title", role, title: m[2]!, howLong: true, atLeast: Number(m[1]) } : null;
}

/** "more than 2 people?" (over), "less than 5 engineers?" (under): how the count of people led is bounded. */
function boundLed(text: string, size: string): { over?: true; under?: true } {
  const over = new RegExp(String.raw`\b(more than|over|above|plus de|plus d') ${size}\b`).test(text);
  // ("less than 5 engineers?", « moins de 5 personnes ? »: a ceiling, which fewer people meet.)
  const under = new RegExp(
    String.raw`\b(less than|fewer than|under|at most|moins de|moins d'|au plus) ${size}\b|` +
      String.raw`\b${size} (or|ou) (less|fewer|moins)\b`,
  ).test(text);
  return { ...(over ? { over: true as const } : {}), ...(under ? { under: true as const } : {}) };
}

/** "has he always been…", « a-t-il toujours été… », "his whole career": every role, asked. */
const ALWAYS_TITLE = new RegExp(
  String.raw`\b(always (been|worked as)|a[- ]t[- ](il|elle) toujours ete|(il|elle) a toujours ete|` +
    // ("has he only worked as a data engineer?", "is he purely a data engineer?", « il n'a été que data engineer ? »)
    String.raw`(only|solely|exclusively) (ever )?(been|worked as|work(ed)? as|done|did|do)|` +
    String.raw`(is|was) (he|she) (only|purely|just)|n'a (ete|travaille|fait) qu(e|')|` +
    String.raw`(est[- ](il|elle)|(il|elle) est) (actuellement )?(seulement|uniquement)|` +
    // (« il fait seulement du data engineering ? », « a-t-il uniquement fait… », "does he do only…")
    String.raw`(il|elle) (fait|faisait|a fait) (seulement|uniquement)|a[- ]t[- ](il|elle) (seulement|uniquement) ` +
    String.raw`(fait|ete|travaille)|(does|did) (he|she) (do|work) (only|solely|exclusively)|` +
    String.raw`(whole|entire) career|toute sa carriere)\b`,
);

/** "Is data engineering all he has done?", "…all he does?": that, and nothing else, of every role. */
const ALL_HE_DID =
  /^(?:is|was) ((?:[\p{L}-]+ ){0,2}?[\p{L}-]+) all (?:he|she) (?:has |had )?(?:ever )?(?:done|does|did)\s*\?*$/u;

/** "only", « ne … que »: cut from a title asked of every role ("has he only been" → "has he been"). */
const ONLY_TITLE =
  /\b(?:only|purely|solely|exclusively|just|seulement|uniquement) |\bn'(a (?:ete|fait|travaille)) qu(?:e |')/;

/** "senior enough for a staff engineer role?", « assez senior pour un poste de lead ? »: the title asked. */
const ENOUGH_FOR = new RegExp(
  String.raw`\benough (?:for|to be) (?:the )?((?:an? )?(?:[\p{L}-]+ ){0,2}?[\p{L}-]+?)` +
    String.raw`(?: (?:role|position|job|post|level))?\s*\?*$|` +
    String.raw`\bassez \p{L}+ pour (?:un |une |le |la )?(?:poste |role )?(?:de |d')?` +
    String.raw`((?:[\p{L}-]+ ){0,2}?[\p{L}-]+?)\s*\?*$`,
  "u",
);

/** The title "senior enough for …" asks about, when it is a title. */
function enoughFor(text: string): string | null {
  const found = ENOUGH_FOR.exec(text);
  const title = found?.[1] ?? found?.[2];
  return title && ROLE_NOUN.test(title) ? title : null;
}

/** "Was he a tech lead?", "hired as a data scientist?", "how many years as a data engineer?". */
/** "Is he junior?", "junior or senior?": how senior he is, not a yes. */
const JUNIOR = new RegExp(
  String.raw`\b((is (he|she)|est[- ](il|elle)|il est|elle est|c'est|c est)` +
    String.raw`( plutot| more| rather| still| encore| toujours)? ` +
    String.raw`(a |an |un |une )?((profil|candidat|dev|developpeur|engineer|ingenieur) )?junior|` +
    String.raw`junior (profile|candidate)|profil junior)\b`,
);

/** "before Decathlon", « avant AAA-Data »: the role right after "before" (not "before leaving", « avant ça »). */
function beforeNamed(text: string, role: string): boolean {
  const name = role.replace(/^[^#]*#/, "").replace(/-/g, " ");
  const joining = String.raw`(joining|rejoindre|arriving at|d'arriver chez|son arrivee chez|he joined|il a rejoint)`;
  const before = String.raw`\b(before|prior to|avant) (${joining} )?(the |la |le |l')?${name}\b`;
  return new RegExp(before).test(text.replace(/-/g, " "));
}

/** "held a data architect role", « eu un poste de lead tech »: a title held, said with its role. */
const HELD_TITLE = new RegExp(
  String.raw`\b(?:held|had|hold|occupied|filled) (?:a|an|the) ((?:data |cloud |solutions? |software |big data )?` +
    String.raw`(?:${TITLE_WORDS}|lecturer|trainer|teacher)) (?:role|position|job|title)\b|` +
    String.raw`\b(?:eu|occupe|tenu|exerce) (?:un|une|le|la) (?:role|poste|fonction) (?:de |d')((?:data |cloud )?` +
    String.raw`(?:${TITLE_WORDS}|professeur|formateur|enseignant))\b`,
);

/** A title or trade named: "as a data engineer", "of data engineering", « comme ingénieur ». */
const TITLED = /\b(engineer\w*|ingenieur|developer|developpeur|data eng\w*|as an? |en tant que|comme)\b/;

/** "is he a data architect?", « peut-il être architecte data ? »: an architect's title asked of him. */
const ARCHITECT_ASKED = new RegExp(
  String.raw`\b(?:is|was|could|can|would) (?:he|she) (?:ever |be |been |really )*` +
    String.raw`((?:a|an|the) (?:[\p{L}-]+ )?architect)\b|` +
    String.raw`\b(?:est[- ](?:il|elle)|(?:il|elle) est|(?:peut|pourrait)[- ](?:il|elle) etre|` +
    String.raw`(?:il|elle) (?:peut|pourrait) etre|a[- ]t[- ](?:il|elle) ete) ((?:un |une )?architecte(?: [\p{L}-]+)?)`,
  "u",
);

/** The title TITLE found, with "…or a data scientist?" (either) and "always" read around it. */
function titleAsked(title: RegExpExecArray, text: string, role: string | null, howLong: { howLong?: boolean }) {
  const either = /^\s*(or|ou)\b/.test(text.slice(title.index + title[0].length)) ? { either: true } : {};
  const always = ALWAYS_TITLE.test(text) && !role ? { always: true as const } : {};
  const asked = `${title[title.length - 3] ?? ""}${title[title.length - 2] ?? ""}${title[title.length - 1]!}`;
  return { kind: "title" as const, role, title: asked, ...howLong, ...either, ...always };
}

function titleIntent(asked: string, role: string | null, namesTechnology: boolean): ProfileIntent | null {
  // ("Is data engineering all he has done?": "has he only done data engineering?".)
  const text = asked.replace(ALL_HE_DID, (_m, field: string) => `has he only done ${field}?`);
  // ("…only a lecturer now?": of the roles going on.)
  const teaching = role || namesTechnology || /\b(19|20)\d\d\b/.test(text) ? null : onlyTeaching(text);
  const now = NOW_TITLE.test(text) ? { now: true as const } : {};
  if (teaching) return { kind: "title", role: null, title: teaching, always: true, ...now };
  // ("is he currently a data engineer?", « est-il actuellement formateur ? »: the title after the word of now.)
  // (Not of a role named: "is he still a data engineer at MAIF?" is no title held now.)
  const bare = role ? text : text.replace(NOW_BEFORE_TITLE, "$1 ");
  // ("has he only been a data engineer?", « il n'a fait que du data engineering ? »: the title, asked of every role.)
  // (Not of a time: "only a data engineer in 2020?", "…now?", whose roles then are what is asked.)
  // ("only a data engineer now?": of the roles going on, which titleWhen reads.)
  const timed = /\b(19|20)\d\d\b/.test(text) || (titleTimed(text) && !ONLY_NOW.test(text));
  const plain =
    role || timed || !ALWAYS_TITLE.test(bare) ? bare : bare.replace(ONLY_TITLE, (_, a) => (a ? `${a} ` : ""));
  const intent = titleAskedOf(plain, role, namesTechnology);
  return intent?.kind === "title" ? titleWhen(intent, text) : intent;
}

/**
 * A title asked of a time: "Is he currently working as a data trainer?", the roles going on (not how long); "…as a
 * data engineer at AAA-Data?", that role now; "was he a senior data engineer in 2019?", that year's roles.
 */
function titleWhen(asked: Extract<ProfileIntent, { kind: "title" }>, text: string): ProfileIntent {
  if (asked.howLong) return asked;
  // ("has he only worked as a data engineer?", "only done data engineering?": every role, however the title came.)
  // ("only a data engineer now?": every role going on.)
  const timed = titleTimed(text) && !(ONLY_NOW.test(text) && !/\b(19|20)\d\d\b/.test(text));
  const every = !asked.role && !asked.seniority && !asked.always && !timed && ALWAYS_TITLE.test(text);
  const intent = every ? { ...asked, always: true as const } : asked;
  // ("…in 2020, before Decathlon?": Decathlon a bound in time, not where.)
  const bound = intent.role && sideOfRole(text, intent.role) ? { role: null } : {};
  // (Not "since 2019", nor two years.)
  const year = intent.always ? null : ONE_YEAR_TITLE.exec(text);
  if (year && SINGLE_YEAR.test(text)) return { ...intent, ...bound, year: Number(year[1]) };
  // ("a data engineer before Decathlon?", "…before joining Decathlon?": the roles begun before it.)
  const side = intent.role && !/\b(19|20)\d\d\b/.test(text) ? sideOfRole(text, intent.role) : null;
  if (side) return { ...intent, side };
  // (Not "was he still working as a data engineer when…": "still" of a past time.)
  const now = NOW_TITLE.exec(text);
  const past = now?.[1] === "still" && /\b(was|were|did|had|etait|avait)\b/.test(text);
  return now && !past ? { ...intent, now: true } : intent;
}

/**
 * "Is he only a lecturer?", "did he only teach?", « il ne fait qu'enseigner ? », « est-il seulement formateur ? »:
 * a teaching title asked of every role (the word ends the question: not "only teach Spark?", "…in English?").
 */
const ONLY_TEACHING = new RegExp(
  String.raw`(?:\b(?:is|was|isn'?t|wasn'?t) (?:he|she) (?:currently |now |still )?` +
    String.raw`(?:only|just|purely|solely|exclusively|merely) ` +
    String.raw`(?:an? )?(?:[\p{L}-]+ ){0,2}?|` +
    String.raw`\b(?:does|did|has) (?:he|she) (?:only|just|solely|exclusively|merely) (?:ever )?` +
    String.raw`(?:been (?:an? )?(?:[\p{L}-]+ ){0,2}?|worked as (?:an? )?(?:[\p{L}-]+ ){0,2}?|done )?|` +
    String.raw`\b(?:he|she) (?:only|just) |` +
    String.raw`\b(?:est[- ](?:il|elle)|(?:il|elle) (?:est|fait|a fait|a ete|etait|faisait)|c'est) (?:actuellement )?` +
    String.raw`(?:seulement|uniquement|juste|simplement|exclusivement) (?:un |une |de l'|du |des |de la )?` +
    String.raw`(?:[\p{L}-]+ ){0,2}?|` +
    String.raw`\b(?:il|elle) (?:ne |n')?(?:fait|est|a fait|a ete|faisait|etait) qu(?:e |')` +
    String.raw`(?:un |une |de l'|du |des |de la )?(?:[\p{L}-]+ ){0,2}?)` +
    String.raw`(lecturers?|trainers?|teachers?|professors?|instructors?|teach(?:es|ing)?|taught|lectures?|` +
    String.raw`trains? (?:people|others)|training (?:people|others)|professeur|profs?|formateur|formatrice|` +
    String.raw`enseignant|` +
    String.raw`enseignante|enseigner|enseignement|enseigne|former|formations?|cours)` +
    String.raw`(?=\s*(?:[?!.,]|$|(?:or|ou|these days|nowadays|anymore|now|today|at the moment|actuellement|` +
    String.raw`maintenant|aujourd'hui)\b))|` +
    // ("Is he a teacher only?": the word after it.)
    String.raw`\b(?:is|was) (?:he|she) (?:an? )?(lecturer|trainer|teacher|professor)s? (?:only|solely|exclusively)` +
    String.raw`(?=\s*(?:[?!.,]|$))`,
  "u",
);

/** The teaching title ONLY_TEACHING found: "lecturer", "trainer", or "teacher" (either of his teaching roles). */
function onlyTeaching(text: string): string | null {
  if (/\b(not only|non seulement|pas seulement|pas que|pas uniquement)\b/.test(text)) return null;
  const found = ONLY_TEACHING.exec(text);
  const word = found?.[1] ?? found?.[2];
  // (Not "only a visiting lecturer?", "a part-time trainer only?": the kind of post, which is a yes.)
  if (!word || /\b(visiting|part[- ]time|guest|adjunct|freelance|vacataire|occasional|associate)\b/.test(found![0]))
    return null;
  if (/^(lectur|professeur|professor)/.test(word)) return "lecturer";
  return /^(trainer|formateur|formatrice)/.test(word) ? "trainer" : "teacher";
}

/** "only … now", « seulement … actuellement », not "until now": a title asked of the roles going on, all of them. */
const ONLY_NOW = new RegExp(
  String.raw`^(?!.*\b(?:until|till|up to|jusqu'a|jusqu a) (?:now|maintenant)\b).*` +
    String.raw`\b(?:only|purely|solely|just|seulement|uniquement)\b`,
);

/** A title asked of one year: "in 2019", « en 2017 », "during 2020". */
const ONE_YEAR_TITLE = /\b(?:in|en|during|durant|pendant)\s+((?:19|20)\d\d)\b/;

const NOW_BEFORE_TITLE =
  /\b(is (?:he|she)|est[- ](?:il|elle)|(?:il|elle) est) (?:currently|now|still|actuellement|maintenant|toujours) /;
/** A title asked of a time, a year or now ("only a data engineer in 2020?", "…now?"): not of every role. */
const titleTimed = (text: string) => /\b(19|20)\d\d\b/.test(text) || NOW_TITLE.test(text);

/** "currently", "now", « actuellement »: a title asked of the roles going on. */
const NOW_TITLE = new RegExp(
  String.raw`\b(now|currently|still|at the moment|these days|nowadays|today|at present|presently|actuellement|` +
    String.raw`maintenant|en ce moment|aujourd'hui|a present|presentement)\b`,
);

function titleAskedOf(text: string, role: string | null, namesTechnology: boolean): ProfileIntent | null {
  const howLong = HOW_LONG.test(text) ? { howLong: true } : {};
  if (SENIORITY.test(text) || JUNIOR.test(text) || /\b(junior (ou|or) senior|senior (ou|or) junior)\b/.test(text))
    return { kind: "title", role, title: "senior", seniority: true };
  // "Has he been a data engineer for 10 years?", « est-il data engineer depuis 10 ans ? »: that long, at least
  // ("for about 8 years": 7 years and 11 months is about that).
  const beenFor = BEEN_FOR.exec(text);
  if (beenFor && ROLE_NOUN.test(beenFor[1]!) && !namesTechnology && !TEACHING_WORK.test(beenFor[1]!))
    return { kind: "title", role, title: beenFor[1]!, howLong: true, atLeast: Number(beenFor[2]) - about(beenFor[0]) };
  const claimedAs = namesTechnology ? null : yearsAsTitle(text, role);
  if (claimedAs) return claimedAs;
  // "Je cherche un data engineer senior pour un client": whether he is one.
  const wanted = LOOKING_FOR.exec(text)?.[4];
  if (wanted && ROLE_NOUN.test(wanted) && !namesTechnology) {
    if (/\bsenior\b/.test(wanted)) return { kind: "title", role, title: "senior", seniority: true };
    return { kind: "title", role, title: wanted.replace(/\b(junior|confirme|experimente)\b/g, "").trim() };
  }
  // "is he senior enough for a staff engineer role?": whether he has been one (the title asked, not "senior");
  // "Is he a Databricks architect?", « est-il architecte Snowflake ? »: a title, whatever it names beside.
  const architect = ARCHITECT_ASKED.exec(text);
  // ("a good architect": the title, not the praise.)
  const architectAsked = (architect?.[1] ?? architect?.[2])?.replace(
    /\b(?:an?|the) (?:good|great|strong|real|solid) /,
    "an ",
  );
  const enough = (namesTechnology ? null : enoughFor(text)) ?? architectAsked?.trim();
  if (enough) return { kind: "title", role, title: enough };
  const title = TITLE.exec(text);
  if (title) return titleAsked(title, text, role, howLong);
  // "has he held a data architect role?", « a-t-il eu un rôle de data architect ? »: a title held.
  const held = HELD_TITLE.exec(text);
  if (held && !namesTechnology) return { kind: "title", role, title: (held[1] ?? held[2])!.trim(), ...howLong };
  // "How many years of data engineering?": the time as a data engineer.
  // (Not "years of training/teaching others?": teaching beside training, his whole teaching time.)
  const field = YEARS_IN_FIELD.exec(text);
  const teachingToo = field?.[4] === "train" && /\b(teach\w*|taught|lectur\w*|enseign\w*)\b/.test(text);
  if (field && howLong.howLong && !namesTechnology && !teachingToo)
    return { kind: "title", role, title: `${field[3] ?? ""}${FIELD_TITLE[field[4]!]}`, howLong: true };
  // "has he done data engineering?", « il fait du data engineering ? »: the field, which his titles say.
  const done = DONE_FIELD.exec(text);
  if (done && !namesTechnology) return { kind: "title", role, title: `${done[1]}engineer`, ...howLong };
  // "product owner experience?", « une expérience de scrum master ? »: a title, which his roles' titles say.
  const titled = TITLE_EXPERIENCE.exec(text);
  if (titled && !namesTechnology) return { kind: "title", role, title: (titled[1] ?? titled[3])!, ...howLong };
  const asTitle = AS_TITLE.exec(text);
  // ("working as a freelancer?": his contract, which the passages of his roles say.)
  if (asTitle && !namesTechnology && !/\b(freelanc\w*|contractor|independant|self-employed)\b/.test(asTitle[0]))
    return { kind: "title", role, title: `${asTitle[4] ?? ""}${asTitle[5]!}`, ...howLong };
  // "How many years as a data engineer, not counting teaching?": the time in roles of that title.
  // "years as a freelancer", « comme prof »: the freelance and teaching durations answer those.
  const yearsAs = YEARS_AS.exec(text);
  const other = (t: string) => FREELANCE.test(t) || TEACHING_WORK.test(t) || /^(prof|teacher|formateur)\b/.test(t);
  if (yearsAs && howLong.howLong && !namesTechnology && !other(yearsAs[5]!))
    return { kind: "title", role, title: yearsAs[5]!, howLong: true };
  const been = BEEN_TITLE.exec(text)?.[1] ?? BECAME_TITLE.exec(text)?.[1]?.replace(/^senior$/, "senior data engineer");
  if (been && ROLE_NOUN.test(been) && !namesTechnology && !other(been))
    return { kind: "title", role, title: been, howLong: true };
  return null;
}

/** "Was he at Decathlon before 2021?", "at MAIF in 2020?": one role's dates against a year, nothing else asked. */
function roleYearIntent(
  text: string,
  role: string,
  subject: UnderstoodQuestion["parts"][number]["words"],
): ProfileIntent | null {
  // A yes-or-no question only: "what did he do at Decathlon in 2022?" asks what, which the overview answers.
  if (subject.some((w) => w.key || w.tech) || /^(what|which|how|quoi|quel|que|qu')/.test(text)) return null;
  // (Nor a title asked of the role: "was he a trainer at MAIF in 2019?" is whether MAIF's title was that.)
  if (ROLE_NOUN.test(text) || TITLE_WORD.test(text)) return null;
  // ("was he at Decathlon between 2018 and 2020?": any time in those years.)
  const range = YEAR_RANGE.exec(text);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])].sort((a, b) => a - b);
    const only = ONLY_ONE.exec(text)?.[1] || ONLY_AT.test(text) ? { only: true as const } : {};
    return { kind: "role_year", role, year: from!, through: to!, ...only };
  }
  // ("since June 2021?", "until December 2019?", « depuis janvier 2021 ? »: a month of the year too.)
  const open = OPEN_MONTH_YEAR.exec(text);
  if (open) {
    const since = !/^(before|avant|prior to)$/.test(open[1]!);
    return { kind: "role_year", role, year: Number(open[3]), open: since ? "since" : "before", ...monthOf(open[2]) };
  }
  // "Was he at MAIF until 2021?", « jusqu'en 2020 ? »: the year it ended.
  const until = new RegExp(String.raw`\b(until|till|jusqu'en|jusqu'a|jusqu a|jusqu en)\s+${MONTH_OR_NOT}`).exec(text);
  if (until) return { kind: "role_year", role, year: Number(until[3]), open: "until", ...monthOf(until[2]) };
  // "was he at MAIF in December 2020?", « chez MAIF en décembre 2020 ? »: that month of the year; "did he join
  // Decathlon in June 2021?": the month it began (or ended).
  const monthYear = new RegExp(String.raw`\b(?:in|en|during|pendant|au mois de)\s+${MONTH_YEAR.source.slice(2)}`).exec(
    text,
  );
  if (monthYear) {
    const moved = movedAt(text, role);
    return {
      kind: "role_year",
      role,
      year: Number(monthYear[2]),
      ...monthOf(monthYear[1]),
      ...(moved ? { open: moved } : {}),
    };
  }
  // "was he at Pernod Ricard in early 2020?", « chez MAIF fin 2019 ? »: that part of the year.
  const part = PART_YEAR.exec(text);
  const months = part ? PART_OF_YEAR.find(([re]) => re.test(part[0])) : undefined;
  if (part && months) {
    // ("did he leave MAIF in mid 2019?", "only at MAIF in mid 2019?": moved then, alone then.)
    const moved = movedAt(text, role);
    const only = ONLY_ONE.exec(text)?.[1] || ONLY_AT.test(text) ? { only: true as const } : {};
    const span = { months: { from: months[1], to: months[2] }, ...(moved ? { open: moved } : {}), ...only };
    return { kind: "role_year", role, year: Number(part[1]), ...span };
  }
  const year = /\b(in|en|during|pendant)\s+(19[89]\d|20[0-4]\d)\b/.exec(text);
  if (!year) return null;
  // "joined Decathlon in 2023?", « il a quitté la MAIF en 2020 ? »: the year it began, or ended.
  const moved = movedAt(text, role);
  const only = ONLY_ONE.exec(text)?.[1] || ONLY_AT.test(text) ? { only: true as const } : {};
  return { kind: "role_year", role, year: Number(year[2]), ...(moved ? { open: moved } : {}), ...only };
}

/** A year, with the month before it or not: "June 2021", « 2020 ». */
const MONTH_OR_NOT = String.raw`(?:(${MONTH_WORDS})\.? )?(19[89]\d|20[0-4]\d)\b`;
const OPEN_MONTH_YEAR = new RegExp(
  String.raw`\b(since|depuis|from|a partir de|des|before|avant|prior to)\s+${MONTH_OR_NOT}`,
);
/** The month a name says, 1 to 12, as the intent holds it (none when no month was named). */
const monthOf = (name: string | undefined): { month?: number } => (name ? { month: monthNumber(name) } : {});

/**
 * Whether the role was joined or left, by the verb nearest before its name ("he left AAA-Data and joined Decathlon
 * in May 2021?": AAA-Data left, Decathlon joined); else the one verb said; null for none, or both and neither
 * before it.
 */
function movedAt(text: string, role: string): "joined" | "left" | null {
  const plain = text.replace(/-/g, " ");
  const at = plain.indexOf(role.replace(/^[^#]*#/, "").replace(/-/g, " "));
  const last = (re: RegExp) =>
    Math.max(-1, ...[...plain.slice(0, Math.max(0, at)).matchAll(new RegExp(re, "g"))].map((m) => m.index!));
  const [joined, left] = [last(JOINED_IN), last(LEFT_IN)];
  if (joined >= 0 || left >= 0) return joined > left ? "joined" : "left";
  const [joins, leaves] = [JOINED_IN.test(text), LEFT_IN.test(text)];
  return joins === leaves ? null : joins ? "joined" : "left";
}

/** Starting or leaving a role, said with the year it happened. */
const JOINED_IN =
  /\b(join(ed|s)?|start(ed|s)?|began|begin|arriv(e|ed)|rejoint|commence|arrive|entre|debute|embauche)\b/;
const LEFT_IN = new RegExp(
  String.raw`\b(left|leave|leaves|quit|quitte|parti|part|fini|finie|termine|terminee|ended|finished|stopped|arrete|` +
    // "did his MAIF contract end in 2019?" (not "at the end of 2019": a time of year).
    String.raw`arretee|(contract|job|mission|role|time|stint|gig|assignment|position|engagement)( at [\w-]+)? ` +
    String.raw`(end|ends|finish))\b`,
);

/** "Has he done encryption…?", « a-t-il fait du chiffrement… ? »: whether a thing was done, asked. */
const THING_DONE = new RegExp(
  // (A thing named: not "has he done anything before 2019?", « il a fait quoi avant 2020 ? », which ask what.)
  String.raw`^(has|have|did|does|had) (he|she) (ever |already )?(done|do|used|use|built|build|taught|teach|led|lead|` +
    String.raw`worked (with|on))\b(?! (anything|something|much|what|quoi)\b)|` +
    String.raw`^(a[- ]t[- ](il|elle)|(il|elle) a) (deja )?(fait|utilise|construit|enseigne) (du|de la|de l'|des|d')`,
);

/** "how many years as a data engineer before Decathlon?": his years on joining it (as data engineer or trainer). */
function experienceOnJoining(text: string, part: UnderstoodQuestion["parts"][number], role: string | null) {
  return role && part.technologies.length === 0 && HOW_LONG.test(text) && TITLED.test(text) && beforeNamed(text, role)
    ? ({ kind: "total_experience", before: role } as const)
    : null;
}

/** "was he senior in 2020?", « il était déjà freelance en 2019 ? »: what he was that year, as its roles say. */
function titleOrContractOfYear(
  u: UnderstoodQuestion,
  text: string,
  role: string | null,
  subject: UnderstoodQuestion["parts"][number]["words"],
): ProfileIntent | null {
  const ofYear = !role && SINGLE_YEAR.test(text) ? timelineIntent(text, subject) : null;
  // (Seniority or a contract, which that year's roles say; not "was he a data scientist in 2019?", a title he
  // never held, which the title answer says.)
  const title = titleIntent(text, role, false);
  const seniority = title?.kind === "title" && /^(senior|junior)$/.test(title.title);
  return ofYear && (seniority || contractOfCareer(u, text)) ? ofYear : null;
}

/** One year named: "in 2020", « en 2019 ». */
const SINGLE_YEAR = /^(?!.*\b(19[89]\d|20[0-4]\d)\b.*\b(19[89]\d|20[0-4]\d)\b).*\b(19[89]\d|20[0-4]\d)\b/;

/** "What was he doing in 2019 / between 2019 and 2021 / since 2021 / last year?": the roles of those years. */
function timelineIntent(text: string, subject: UnderstoodQuestion["parts"][number]["words"]): ProfileIntent | null {
  const aboutNothingElse = subject.filter((w) => w.key || w.tech).length === 0;
  const range = YEAR_RANGE.exec(text);
  if (range && aboutNothingElse) {
    const [from, to] = [Number(range[1]), Number(range[2])].sort((a, b) => a - b);
    return { kind: "timeline", year: from!, until: to! };
  }
  const open = OPEN_YEAR.exec(text);
  // (Not « il enseigne depuis 2020 ? »: since when he teaches, which his teaching roles' dates say; nor "has he done
  // encryption before 2021?", a thing done, which its passages' roles say.)
  if (open && aboutNothingElse && !TEACHING_WORK.test(text) && !THING_DONE.test(text)) {
    const y = Number(open[2]);
    const since = !/^(before|avant|prior to)$/.test(open[1]!);
    // ("so he's been freelance since 2019?": the contract asked, which each role's says.)
    const freelance = FREELANCE.test(text);
    const contract = freelance !== PERMANENT.test(text) ? { contract: freelance ? "freelance" : "permanent" } : {};
    // ("after 2020", « après 2021 »: the years after it, not that one.)
    const side = /^(after|apres)$/.test(open[1]!) ? "after" : since ? "since" : "before";
    return { kind: "timeline", year: y, until: y, open: side, ...contract } as ProfileIntent;
  }
  const year = TIMELINE.exec(text) ?? (YEAR.test(text) && subject.length === 0 ? YEAR.exec(text) : null);
  // "in March 2021", « en mars 2021 »: that month.
  // (Not "between March 2019 and June 2020": a span of two years, read as years.)
  const dated = (text.match(/\b(19[89]\d|20[0-4]\d)\b/g) ?? []).length === 1 ? MONTH_YEAR.exec(text) : null;
  const month = dated ? monthNumber(dated[1]!) : 0;
  if (year && dated && month > 0 && aboutNothingElse) {
    const y = Number(dated[2]);
    return { kind: "timeline", year: y, until: y, month };
  }
  if (year) {
    const y = Number(year[year.length - 1]);
    // "in mid-2020", « début 2021 », "in the summer of 2019": that part of the year (not MAIF, ended in January).
    const part = PART_OF_YEAR.find(([re]) => re.test(year[0]));
    const said = year[0].replace(/^(in|en|during|pendant|durant) /, "").replace(/^the /, "");
    return part
      ? { kind: "timeline", year: y, until: y, part: { from: part[1], to: part[2], said } }
      : { kind: "timeline", year: y, until: y };
  }
  // "What was he doing last year?", not "what is he learning this year?".
  const ago = YEARS_AGO.exec(text);
  const aboutWork = WORK_WHERE.test(text) && subject.every((w) => w.everyday);
  if (ago && aboutNothingElse && aboutWork) return { kind: "timeline_ago", years: yearsBack(ago) };
  const recent = RECENT_YEARS.exec(text);
  const n = recent ? (recent[1] ?? recent[2])! : "";
  const years = NUMBER_WORDS[n] ?? Number(n);
  // (Not « ses employeurs ces six dernières années ? »: his employers, counted over them.)
  const employers = /\b(employeurs?|employers?|entreprises|companies|boites|clients)\b/.test(text);
  return recent && aboutNothingElse && aboutWork && !employers && years > 0
    ? { kind: "timeline_ago", years, since: true }
    : null;
}

/**
 * A company said to have been something: "has AAA-Data been the leader for 60 years?", « AAA-Data est leader
 * depuis 60 ans ? » (not "has he been…", nor "was it a 2-year mission?").
 */
const COMPANY_BEEN = new RegExp(
  String.raw`^(?:has|had|is|was) (?!(?:he|she|it|that|this|there)\b)[\w-]+(?: [\w-]+)? been (?:the|a|an) ` +
    String.raw`(?!(?:mission|role|job|contract|gig|position|stint|client|employer)\b)|` +
    String.raw`^(?!(?:il|elle|c|ca|cela)\b)[\w-]+(?: [\w-]+)? (?:est|etait|a ete) (?:le |la |l'|un |une )?` +
    String.raw`(?:leader|numero|premier|premiere|n°)`,
);

/** "when did he last…", "when did he stop…", « quand a-t-il arrêté… »: when, of the latest use. */
const LAST_WHEN =
  /\bwhen did (he|she) (last|stop|quit|give up|drop)\b|\bquand (a[- ]t[- ](il|elle)|(il|elle) a) (arrete|lache)\b/;

/** A time asked, or claimed: "Has he used Spark for 10 years?", "teaching for 5 years, right?". */
function timeIntent(
  text: string,
  part: UnderstoodQuestion["parts"][number],
  role: string | null,
  subject: UnderstoodQuestion["parts"][number]["words"],
): ProfileIntent | null {
  // (« sa plus longue expérience ? »: which of his roles lasted longest, see tenureIntent.)
  if ((LONGEST.test(text) || SHORTEST.test(text)) && ROLE_NOUN_NEAR.test(text) && part.technologies.length === 0)
    return null;
  // ("Has AAA-Data been the leader for 60 years?": the company's years, not his.)
  const claimed = COMPANY_BEEN.test(text) ? null : YEARS_CLAIMED.exec(text);
  // The years claimed are no subject: "teaching for 5 years?", "at MAIF for two years?".
  const asked = claimed ? subject.filter((w) => !/^\d+$/.test(w.word) && !NUMBER_WORDS[w.word]) : subject;
  // (Of using a technology: "when did he last work at MAIF?" asks that role's dates, "…teach Spark?" his classes.)
  // (« quand … pour la dernière fois ? », "when … the last time?": when, of the last time.)
  const lastTime = /\b(last time|derniere fois)\b/.test(text);
  const last = !claimed && (lastTime || !HOW_LONG.test(text.replace(LAST_WHEN, ""))) && LAST_USE.test(text);
  const used = last && !/\b(teach\w*|taught|enseign\w*|form\w*|train\w*)\b/.test(text);
  const lastUse = used ? howLongIntent(text, part, role, asked) : null;
  if (lastUse?.kind === "tech_experience") return { ...lastUse, last: true };
  if (last && !lastUse) return null;
  // "How long ago did he use Snowflake?": when he last did; "how long ago did he start with Spark?": when he began.
  const ago = !claimed && AGO.test(text) ? howLongIntent(text, part, role, asked) : null;
  if (ago?.kind === "tech_experience") return AGO_START.test(text) ? { ...ago, since: true } : { ...ago, last: true };
  // "Where did he use Spark the longest?", « où a-t-il fait du Spark le plus longtemps ? »: the role, of one thing.
  if (
    LONGEST.test(text) &&
    /\b(where|which (role|job|company|employer)|ou|chez qui|quel(le)? (poste|mission))\b/.test(text)
  ) {
    const thing = asked.filter((w) => !/^(longest|longer|longtemps|most|time|job|role|company|employer)$/.test(w.word));
    const longest = part.technologies.length === 1 ? howLongIntent(text, part, role, thing) : null;
    if (longest?.kind === "tech_experience") return { ...longest, longest: true };
  }
  const first = FIRST_USED.test(text) && part.technologies.length > 0;
  const time = HOW_LONG.test(text) || claimed || first ? howLongIntent(text, part, role, asked) : null;
  // The time, against the years claimed.
  const kinds = ["tech_experience", "teaching_duration", "role_duration", "total_experience", "freelance_duration"];
  if (time && claimed && kinds.includes(time.kind) && !("also" in time && time.also?.length))
    return { ...time, atLeast: yearsIn(claimed[0]) } as ProfileIntent;
  // "how many yrs total?", « combien d'années en tout ? »: the whole career, even with no word for experience.
  // ("how long in total?" after a skill is how long he used it: see the follow-ups.)
  // (« le nombre total d'années d'expérience », "the total number of years".)
  const years =
    /\b(how many (years|yrs)|combien d'?(annees|ans)|(nombre|number) (total )?(d'|of )(annees|years))\b/.test(text);
  const inAll = years && /\b(total|overall|in all|altogether|en tout|au total)\b/.test(text);
  const total =
    inAll ||
    (EXPERIENCE.test(text) && /\b(total|totale|overall|globale|how much|combien|years|ans|annees)\b/.test(text));
  // (The words of the asking, « le nombre », « totale », ask nothing else; nor "in big data", his whole field.)
  const none = subject.every((w) => /^(nombre|number|total|totale|globale|overall|big|data|donnees)$/.test(w.word));
  return time ?? (total && none && !role && !part.notionWide ? { kind: "total_experience" } : null);
}

/**
 * "how long did the migration take at AAA-Data?", « combien de temps a duré la migration ? »: a piece of work's own
 * time, which the role's dates don't give (not "how long did his job there last?").
 */
const THING_LASTED = new RegExp(
  String.raw`\bhow long (did|does|do|has|had|was|were|is|are) ((the|his|that|this|its|their) )?([\w-]+ )?` +
    String.raw`(migration|project|transition|move|rollout|decommissioning|implementation|port|rewrite|poc|` +
    // "How long did ingestion take before…?", "how long was his teaching course?": a process or a course, not a role.
    // (Not "how long did his job at AAA-Data last?": his role.)
    String.raw`ingestion|processing|load|loading|pipeline|batch|querie|query|course|class|lecture|sprint|` +
    // (Not "how long has his course been going on?": how long he has taught it.)
    String.raw`session|module)(s|es)?\b(?! been\b)|` +
    String.raw`\bcombien de temps (a|ont|avait|prenait|prend|prenaient|durait|dure) (pris |dure )?` +
    String.raw`((la|le|l'|les|cette|ce|cet|sa|son|ses) ?)?([\w-]+ )?` +
    // (Not « combien de temps a duré son job chez AAA ? »: his role.)
    String.raw`(migration|projet|transition|chantier|decommissionnement|bascule|refonte|poc|ingestion|traitement|` +
    String.raw`chargement|pipeline|cours|sprint|module|seance)s?\b|` +
    // « les sprints durent combien de temps chez AAA ? »: the thing first, then how long it lasts.
    String.raw`\b(migration|projet|transition|chantier|poc|ingestion|traitement|chargement|pipeline|cours|sprint|` +
    String.raw`module|seance)s? (dure|durent|durait|duraient|a dure|ont dure|prend|prennent|prenait|prenaient)` +
    String.raw` combien de temps\b`,
);

/** The words of his field, which every role of his is in: "data engineering", « ingénierie des données ». */
const FIELD_WORD = /^(data|engineering|engineer|ingenierie|donnees|big|de|experience|exp|xp)$/;

/** "How long…?", "combien de temps…?": time with a technology, in a role, or in all. */
function howLongIntent(
  text: string,
  part: UnderstoodQuestion["parts"][number],
  role: string | null,
  subject: UnderstoodQuestion["parts"][number]["words"],
): ProfileIntent | null {
  // "…and at AAA-Data?" after "when was that?": a role named asks about that role, which retrieval answers.
  const tech = part.technologies.length === 1 && !role;
  // "combien d'années qu'il code en Python ?": everyday words ("code", "used") say how, not what.
  // "How long has he been coding in Scala?": how he works with it is not another subject.
  const named = subject.filter((w) => !w.everyday && !ACTIVITY.test(w.word));
  const since = SINCE_WHEN.test(text) && !LENGTH.test(text) ? { since: true } : {};
  // ("years of data engineering with Spark?": the field is all his work; the tool's time is asked.)
  const ofTool = (w: { word: string }) => part.technologies.some((t) => t.tokens.includes(w.word));
  const field = named.some(ofTool) ? named.filter((w) => ofTool(w) || !FIELD_WORD.test(w.word)) : named;
  if (tech && field.every(ofTool)) {
    // ("3 years of python before decathlon?": the roles before it, which the reading found.)
    const within = BEFORE_ROLE.test(text) && part.roles.length > 0 ? { within: part.roles } : {};
    return { kind: "tech_experience", technology: part.technologies[0]!, ...since, ...within };
  }
  // « ça fait combien de temps qu'il fait du Spark en Scala ? »: each tool's time.
  if (!role && part.technologies.length === 2 && field.length > 0 && field.every(ofTool))
    return { kind: "tech_experience", technology: part.technologies[0]!, also: [part.technologies[1]!], ...since };
  // "how many years of containers?": the one stack technology the notion's synonyms name (Docker).
  if (!role && part.notionTech && named.length === 1 && !named[0]!.key)
    return { kind: "tech_experience", technology: part.notionTech, ...since };
  // A technology no stack line lists but a passage names ("Kafka").
  if (!role && part.technologies.length === 0 && subject.length === 1 && subject[0]!.tech) {
    const technology = { name: subject[0]!.original, tokens: [subject[0]!.word] };
    return { kind: "tech_experience", technology, ...since };
  }
  // "how much experience when he joined Decathlon?", « combien d'années d'exp avant Decathlon ? »: his years then.
  if (role && EXPERIENCE.test(text) && BEFORE_ROLE.test(text)) return { kind: "total_experience", before: role };
  if (role && part.technologies.length === 0 && subject.every((w) => !w.key) && !THING_LASTED.test(text))
    return { kind: "role_duration", role, ...(AGO.test(text) ? { ago: AGO_START.test(text) ? "start" : "end" } : {}) };
  // "How long was he at Pernod Ricard and MAIF?": each of them.
  const [first, ...also] = part.roles;
  if (first && also.length > 0 && part.technologies.length === 0 && subject.every((w) => !w.key))
    return { kind: "role_duration", role: first, also };
  // « combien de temps en CDI avant de passer freelance ? »: the time salaried, asked first.
  const salaried = SALARIED.exec(text);
  const freelance = FREELANCE.exec(text);
  if (!role && part.roles.length === 0 && part.technologies.length === 0 && (freelance || salaried))
    return salaried && (!freelance || salaried.index < freelance.index)
      ? { kind: "freelance_duration", permanent: true }
      : { kind: "freelance_duration" };
  // "How long has he been teaching?": what he teaches is not asked, only for how long.
  // « dans l'enseignement et la formation »: training, beside teaching, is teaching too.
  const aboutTeaching = subject.filter((w) => !TEACHING_WORK.test(w.word) && !/^(formations?|training)$/.test(w.word));
  // (Not "how long was his teaching course?": the course's hours, which the passages give.)
  const teaching = TEACHING_WORK.test(text) && !THING_LASTED.test(text);
  if (!role && teaching && aboutTeaching.every((w) => w.everyday && !w.key && !w.tech))
    return { kind: "teaching_duration" };
  // "How many years in data overall? need a number for the client": everyday words ask nothing else.
  // (Not "years of devops experience": a notion the roles say in more than one way, no whole career.)
  return yearsOfAThing(text, part, role, named, subject);
}

/**
 * "3+ years of experience in insurance?", « plus de 2 ans dans l'automobile ? »: the thing named after the years,
 * everyday word or not, and the roles whose passages say it, as for a technology; else, words for his work only,
 * his whole career.
 */
function yearsOfAThing(
  text: string,
  part: UnderstoodQuestion["parts"][number],
  role: string | null,
  named: UnderstoodQuestion["parts"][number]["words"],
  subject: UnderstoodQuestion["parts"][number]["words"],
): ProfileIntent | null {
  const after = ofAThing(text);
  const things = named.filter((w) => !TIME_WORD.test(foldText(w.original)));
  const thing = !after
    ? null
    : things.length === 1
      ? things[0]!
      : things.length === 0
        ? (subject.find((w) => w.word === after || foldText(w.original) === after) ?? null)
        : null;
  const plain = !role && part.technologies.length === 0 && !part.notionWide;
  // (Not "3 years in software engineering?", "…in production?": everyday words of his whole work; a trade is one.)
  const one = thing && !thing.absent && (!thing.everyday || TRADE.test(thing.word)) ? thing : null;
  if (plain && one) {
    const name = one.original.charAt(0).toUpperCase() + one.original.slice(1);
    return { kind: "tech_experience", technology: { name, tokens: [one.word] } };
  }
  if (plain && (!thing || thing.everyday) && EXPERIENCE.test(text) && named.length <= 1)
    return { kind: "total_experience" };
  return null;
}

/** Years back from the current one that "last year", « il y a 3 ans », "this year" mean. */
function yearsBack(m: RegExpExecArray): number {
  if (m[1] === "this" || m[3]) return 0;
  const n = m[4] ?? m[5];
  return n === undefined ? 1 : (NUMBER_WORDS[n] ?? Number(n));
}
