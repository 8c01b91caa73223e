import type { Profile } from "../knowledge/profile.js";
import type {
  AnswerWords,
  MoreWords,
  ForwardOrigin,
  ForwardWords,
  Messages,
  PlatformWords,
  ProfileWords,
  RoleWords,
  AsideWords,
  ServiceWords,
} from "./en.js";
import type { SpokenLanguage } from "../query/owner-topics.js";

/** How long ago a role ended, or began. */
const AGO_FR = {
  leftAgo: (employer: string, when: string, since: string) => `Chez ${employer} (${when}) : terminé il y a ${since}.`,
  startedAgo: (employer: string, when: string, since: string) =>
    `Chez ${employer} (${when}) : commencé il y a ${since}.`,
};

const POSSESSIVE: Record<string, string> = { il: "ses", elle: "ses" };
const SPOKEN_FR: Record<SpokenLanguage, string> = {
  english: "d'anglais",
  french: "de français",
  german: "d'allemand",
  spanish: "d'espagnol",
  italian: "d'italien",
  dutch: "de néerlandais",
  portuguese: "de portugais",
};

const CHATTER_FR = {
  greeting: "Bonjour ! Posez-moi vos questions sur ce profil : postes, projets, compétences, outils, dates.",
  thanks: "Avec plaisir ! Autre chose sur le profil ?",
  goodbye: "Au revoir, et bonne recherche !",
  ack: "👍 Autre chose sur le profil ?",
  remark:
    "Désolé si ce n'était pas utile. Je réponds seulement à partir du profil : demandez-moi un poste, un projet, " +
    "une compétence, un outil ou une date.",
  puzzled: "Je ne suis pas sûr de comprendre. Posez-moi une question sur ce profil, avec des mots, par exemple :",
  doubt:
    "Je réponds avec les mots du profil : les passages cités sont ce qu'il dit, et quand il ne dit rien, je le dis. " +
    "Demandez-moi un poste, un projet, une compétence, un outil ou une date.",
};

/** A title that says where already: « Professeur de Big Data en école d'ingénieur » (then « , EPISEN »). */
const SAYS_WHERE_FR = / (en|dans une?) (école|ecole|université|universite|entreprise|société|societe)\b/i;

/** What only the candidate can say, topic by topic. */
const ownerOnlyFr = (il: string) => ({
  availability: "Le profil ne précise pas ses disponibilités.",
  rate: "Le profil ne donne pas son taux journalier (TJM).",
  salary: "Le profil ne donne pas ses prétentions salariales.",
  location: `Le profil ne précise pas où ${il} est basé.`,
  permit: `Le profil ne dit pas s'${il} a besoin d'un visa ou d'un permis de travail.`,
  clearance: `Le profil ne dit pas s'${il} dispose d'une habilitation de sécurité.`,
  countries: `Le profil ne précise pas dans quels pays ${il} a travaillé.`,
  remote: "Le profil ne précise pas s'il travaille à distance ou sur site.",
  contact: "Le profil ne donne pas de coordonnées.",
  languages: "Le profil ne précise pas les langues parlées.",
  education: "Le profil ne mentionne ni diplômes ni certifications.",
  opinion: "Le profil donne des faits, pas des jugements : demandez plutôt une compétence, un poste ou un résultat.",
  personal: "Le profil ne dit rien de sa vie privée.",
  name: "Le CV ne donne pas son nom.",
  wishes: `Le profil dit ce qu'${il} a fait, pas ce qu'${il} souhaite pour la suite.`,
  departure: `Le profil donne les dates de chaque poste, pas pourquoi ${il} est parti.`,
  events:
    "Le profil donne l'intitulé et les dates de chaque poste ; il ne parle ni de promotion, ni de démission, " +
    `ni de la façon dont ${il} a été recruté.`,
  motives: `Le profil dit quels postes sont en freelance, pas pourquoi ${il} a choisi ce mode de travail.`,
  workload: "Le profil donne les dates de chaque poste, pas quelle part de sa semaine chacun occupe.",
  company: `Le profil dit quels postes sont en freelance, pas sous quelle structure juridique ${il} facture.`,
  manager: `Le profil décrit ses équipes, pas à qui ${il} rendait compte.`,
  references: "Le profil ne donne pas de références, ni qui vous pourriez appeler.",
  document:
    "Je réponds aux questions sur le CV en le citant (en français quand on me parle français) ; " +
    "je ne peux pas envoyer le fichier.",
});

/** Replies to « autre chose ? » (see whatElse). */
function moreWordsFr(profile: Profile): MoreWords {
  const [, second] = profile.examples.fr as [string, string, ...string[]];
  return {
    taskDeclined: "(Je ne rédige, ne traduis ni ne corrige rien : je réponds seulement sur le profil.)",
    partElsewhere: (subject: string, asked: string, where: string) => `${subject} : pas chez ${asked} — ${where}`,
    skillTaughtOnly: (subject: string, uses: string) =>
      `${subject} : ${uses} ; le profil ne le montre pas utilisé dans un poste.`,
    partTaughtOnly: (subject: string, uses: string) => `${subject} : ${uses}, pas utilisé dans un poste`,
    nothingMore: "Le profil n'en dit pas plus : les passages ci-dessus sont tout ce qu'il en dit.",
    fitWhat:
      "Pour quel poste ? Collez ses exigences en un message (« Prérequis : Spark, AWS, 5 ans ») et je les " +
      "vérifie une à une dans le profil.",
    jobComing:
      "Allez-y : collez ses exigences en un message (« Prérequis : Spark, AWS, 5 ans ») et je les vérifie une à " +
      "une dans le profil.",
    whichRole: (employer: string) =>
      `Avant ou après quel poste ? Nommez-en un, par exemple « qu'a-t-il fait avant ${employer} ? ».`,
    fitNoNice: "Le poste vérifié ne liste pas d'atouts en plus : toutes ses lignes sont dans le rapport ci-dessus.",
    afterList:
      "(Réponse aux questions qui suivent la description ; envoyez la description seule pour la vérifier " +
      "ligne à ligne.)",
    moreHow: `Pour en voir plus, demandez un poste ou une compétence, par exemple « ${second} »`,
    categoryNamed: (kind: string, places: string) => `Le profil nomme ${kind} lui-même chez ${places}.`,
    categoryUses: (kind: string, list: string) => `Côté ${kind}, le profil cite : ${list}.`,
    whyUnsaid: "Le profil ne dit pas pourquoi.",
    soleUnsaid: "il ne dit pas que c'était le seul :",
    /** « Un cloud autre qu'AWS ? » : ce qu'il montre est celui mis à part. */
    otherUnsaid: "c'est celui mis à part, pas un autre :",
    otherKind: (named: string) =>
      `Le profil montre ${named} ; il n'en cite pas clairement d'autre — les passages les plus proches :`,
    tookUnsaid: "Le profil ne dit pas combien de temps cela a pris ; il ne donne que les dates de chaque poste.",
    tookUnsaidRole: "Le profil ne dit pas combien de temps cela a pris ; il ne donne que les dates du poste :",
    tookUnsaidAt: (where: string) =>
      `Le profil ne dit pas combien de temps cela a pris ; il ne donne que les dates du poste : ${where}.`,
    goalOf: (employer: string) =>
      `Le profil ne dit pas pourquoi en toutes lettres ; l'objectif qu'il donne chez ${employer} :`,
  };
}

/**
 * What the profile shows close to a question: in none of its words ("real-time" of "event-driven streaming"), in
 * another sense, or beside a term it lacks.
 */
const CLOSE_FR = {
  shownBeside: (where: string) => `Ce qu'il montre${where} :`,
  partialUnclear: (shown: string, where: string) =>
    `Le profil mentionne ${shown}${where}, mais peut-être pas au sens de votre question.`,
  partialClose: (asked: string, where: string, missing: string) =>
    `Le profil montre quelque chose de proche de ${asked}${where}, mais pas ${missing}.`,
  partialCloseUnclear: (asked: string, where: string) =>
    `Le profil montre quelque chose de proche de ${asked}${where}, mais peut-être pas au sens de votre question.`,
  partialCloseElsewhere: (asked: string, where: string, at: string) =>
    `Le profil montre quelque chose de proche de ${asked}${where}, mais pas chez ${at}.`,
};

/** The engine's sentences that name nothing of the profile. */
const FIXED_FR = {
  partSetAside: (subject: string) => `${subject} : cité seulement comme ce qui a été écarté`,
  placeNamed: (place: string) => `Ce que le profil dit de ce pays (${place}) :`,
  offTopic: "Je réponds uniquement aux questions sur ce profil : postes, projets, compétences, outils et dates.",
  otherLanguage:
    "Je réponds en français ou en anglais seulement : reposez la question dans l'une de ces langues. " +
    "(I answer in English or French.)",
  otherLanguageNames: "(Je réponds en français ou en anglais seulement : voici ce que dit le profil des noms cités.)",
  llmUnavailable: "Les réponses rédigées sont indisponibles pour le moment ; voici les passages du profil.",
  unchecked: "La réponse rédigée n'a pas pu être vérifiée dans le profil ; voici les passages à la place.",
};

/** A figure guessed wrong, a name held only out of his work, and a sum asked: what the French answers say of them. */
const ASIDES_FR = {
  notGuessed: (figure: string) => `Pas ${figure}.`,
  notInHisWork: (topic: string) => `Le profil ne montre pas ${topic} dans son propre travail.`,
  arithmetic: "Je réponds uniquement aux questions sur le profil, pas aux calculs.",
  taughtOnly: " (dans ses cours ou formations, pas mis en pratique dans ses propres projets)",
};

const languageTakenFr = (first: string) =>
  `Je réponds en français. Posez une question sur ses postes, compétences, outils ou dates, par exemple « ${first} »`;

/** The engine's sentences: verdicts, refusals, chatter, owner-only topics. */
function answerWordsFr(profile: Profile): AnswerWords {
  const il = profile.pronouns.fr;
  const ses = POSSESSIVE[il.toLowerCase()] ?? "ses";
  const [first, second] = profile.examples.fr as [string, string, ...string[]];
  return {
    yes: (where: string) => `Oui — le profil le mentionne${where}.`,
    ...qualifiedFr(il.toLowerCase()),
    ...ASIDES_FR,
    when: (where: string) => `C'était${where} :`,
    found: (where: string) => `Voici ce que dit le profil${where} :`,
    reworded: (words: string) => `avec d'autres mots que ${words}`,
    at: (places: string) => ` chez ${places}`,
    inFaq: " dans la FAQ du profil",
    ...lackingWordsFr(),
    notSaid: "Le profil ne le précise pas.",
    notEmployer: (company: string, employers: string) =>
      `Le profil ne cite pas ${company} parmi ${ses} employeurs (${employers}).`,
    ...FIXED_FR,
    tryAsking: `Essayez : « ${first} » ou « ${second} »`,
    empty: `Posez une question sur le profil, par exemple « ${first} »`,
    languageTaken: languageTakenFr(first),
    tooLong: (length: number, limit: number) =>
      `Votre question fait ${length} caractères (limite : ${limit}). Raccourcissez-la — ou collez une offre avec /fit.`,
    reading: (pairs: string) => `Je lis ${pairs}.`,
    quote: (t: string) => `« ${t} »`,
    as: " comme ",
    and: " et ",
    or: " ni ",
    skillYes: (subject: string, uses: string) => `Oui — ${subject} : ${uses}.`,
    skillUses: (subject: string, uses: string) => `${subject} : ${uses}.`,
    longestUse: (employer: string, duration: string) => `Le plus longtemps chez ${employer} (${duration}).`,
    levelUnrated: "Le profil dit où, pas à quel niveau : jugez-en sur les passages ci-dessous.",
    versionUnsaid: "Le profil ne donne aucune version.",
    usage: { used: "utilisé chez", taught: "enseigné à", trained: "formation d'équipes chez" },
    since: (start: string) => `depuis ${start}`,
    partial: (shown: string, where: string, missing: string) =>
      `Le profil mentionne ${shown}${where}, mais pas ${missing} avec.`,
    figureGiven: (given: string, where: string, asked: string) => `Le profil indique ${given}${where}, pas ${asked}.`,
    partialNone: (where: string, missing: string) => `Le profil ne mentionne pas ${missing}${where}.`,
    saidElsewhere: (where: string, employers: string) => `Le profil le dit${where}, mais pas chez ${employers}.`,
    partialElsewhere: (shown: string, where: string, employers: string) =>
      `Le profil mentionne ${shown}${where}, mais pas chez ${employers}.`,
    ...CLOSE_FR,
    teamSize: (count: number, where: string) => `${count} personnes chez ${where}`,
    teamSizes: (list: string) => `Équipe, telle que le profil la décrit : ${list}.`,
    teamKind: (kind: string, list: string) =>
      `${kind[0]!.toUpperCase()}${kind.slice(1)} dans l'équipe, d'après le profil : ${list}.`,
    partPartial: (subject: string, missing: string) =>
      missing ? `${subject} : en partie — pas ${missing} avec` : `${subject} : en partie`,
    partNo: (subject: string) => `${subject} : absent du profil`,
    ...practiceWordsFr(),
    chatter: CHATTER_FR,
    examples: profile.examples.fr,
    ownerOnly: ownerOnlyFr(il),
    askOwner: (contact: string) =>
      contact
        ? `Seule la personne concernée peut le dire : ${contact}`
        : "Seule la personne concernée peut le dire — demandez-le-lui directement.",
  };
}

/** Where teaching stands beside his other work, and the roles before his current ones. */
function asideWordsFr(profile: Profile): AsideWords {
  const il = profile.pronouns.fr;
  return {
    notLeft: `${il[0]!.toUpperCase()}${il.slice(1)} n'est pas parti${il === "elle" ? "e" : ""}, d'après le CV :`,
    teachingShare: (main: string, earlier: string, teaching: string) =>
      `D'après le CV, l'enseignement vient à côté de son activité principale : ${main}.` +
      `${earlier ? ` Avant : ${earlier}.` : ""} Enseignement et formation : ${teaching}.`,
    summaryBefore: (roles: string) => `Avant : ${roles}.`,
    cvDated: (month: string) =>
      `Le CV n'est pas daté ; les durées qu'il donne à ses postes en cours le situent vers ${month}. Les réponses ` +
      "ici comptent chaque poste jusqu'à aujourd'hui.",
    cvUndated: "Le CV n'est pas daté, et aucun de ses postes ne dit combien de temps il durait à sa rédaction.",
    trained: (places: string) => `Oui — ${il} a formé des équipes en entreprise : ${places}.`,
    trainedNone: `Le profil ne montre pas qu'${il} ait formé des équipes en entreprise.`,
    leadershipSizeGiven: (said: number, size: number, places: string, over?: boolean) =>
      `Le profil indique qu'${il} a encadré ${said} personnes, pas ${over ? "plus de " : ""}${size}, chez ${places}.`,
    notWhomLed: (whom: string) => `Le profil ne dit pas qu'${il} a encadré ou formé des ${whom}.`,
    leadershipJuniors: (places: string) => `Non — le profil dit qu'${il} a encadré des juniors, chez ${places}.`,
  };
}

/** « Il a managé les 160 équipes ? » */
function teamsLedFr(il: string) {
  return {
    peopleCountedAt: (employer: string) =>
      `Chez ${employer}, le profil compte d'autres personnes, citées ci-dessous, pas des personnes encadrées.`,
    leadershipTeams: (teams: number, places: string) =>
      `Le profil ne dit pas qu'${il} a dirigé ${teams} équipes ; ` +
      `il montre qu'${il} a encadré d'autres personnes chez ${places}.`,
  };
}

/** Where or when, of one role: « chez », « avant », « après ». */
const sideFr = (side?: string) => (side === "before" ? "avant" : side === "after" ? "après" : "chez");

/** Whole-profile answers: durations, timelines, employers, skills. */
/** La stack d'un poste, et les personnes encadrées. */
function roleWordsFr(profile: Profile): RoleWords {
  const il = profile.pronouns.fr;
  return {
    ...teamsLedFr(il),
    roleStack: (employer: string, when: string, list: string) => `Chez ${employer} (${when}) : ${list}.`,
    roleTaught: (employer: string, when: string, list: string) =>
      `Chez ${employer} (${when}), enseigné : ${list}, parmi les sujets cités ci-dessous.`,
    stackNone: (employer: string) => `Le profil ne donne pas de stack pour ${employer}.`,
    leadership: (places: string) => `Oui — le profil montre qu'${il} a encadré d'autres personnes chez ${places}.`,
    leadershipCounted: (whom: string, open: boolean) =>
      `${open ? `${il[0]!.toUpperCase()}${il.slice(1)}` : `Oui — ${il}`} a encadré ${whom}.`,
    andMore: (n: number) => `et ${n} autres`,
    peopleAt: (people: string, place: string) => `${people} chez ${place}`,
    leadershipElsewhere: (employer: string, places: string, side?: "before" | "after") =>
      `Le profil ne dit pas qu'${il} a encadré des personnes ${sideFr(side)} ${employer} ; ` +
      `il montre qu'${il} en a encadré chez ${places}.`,
    titleDuration: (duration: string, title: string, roles: string) => `Environ ${duration} comme ${title} : ${roles}.`,
    titleList: (roles: string) => `Titres, tels que le profil les donne : ${roles}.`,
    titleHeld: (roles: string) => `Oui — ${roles}.`,
    seniority: (roles: string, duration: string, start: string) =>
      `${roles} ; environ ${duration} d'expérience en tout, depuis ${start}.`,
    overlapYes: (a: string, b: string, duration: string, from: string, to: string | null) =>
      `Oui — ${a} et ${b} se chevauchent : ${duration}, ${to ? `${de(from)} à ${to}` : `depuis ${from}`}.`,
    overlapPair: (a: string, b: string, duration: string, from: string, to: string | null) =>
      `${a} et ${b}, ${duration} ${to ? `${de(from)} à ${to}` : `depuis ${from}`}`,
    overlaps: (pairs: string) => `Oui — certains de ses postes se chevauchent : ${pairs}.`,
    overlapsNone: "Non — aucun de ses postes ne se chevauche.",
    overlapNo: (a: string, b: string) => `Non — ${a} et ${b} ne se chevauchent pas.`,
    /** "Spark for 10 years?": yes or no, then the time as the answer gives it (a name keeps its capital). */
    claimChecked: (yes: boolean, lead: string) => `${yes ? "Oui" : "Non"} — ${lead}`,
    compared: (employer: string, longer: boolean) => `Le plus ${longer ? "long" : "court"} : ${employer}.`,
    enough: (yes: boolean, total: string) =>
      `${yes ? "Oui" : "Non"} — ${String(total).charAt(0).toLowerCase()}${String(total).slice(1)}`,
    order: (first: string, second: string) => `${first} a commencé d'abord, puis ${second}.`,
    endedOrder: (first: string, second: string, ongoing: boolean) =>
      ongoing
        ? `${first} s'est terminé d'abord ; ${second} est toujours en cours.`
        : `${first} s'est terminé d'abord, puis ${second}.`,
    bothOngoing: (a: string, b: string) => `Aucun des deux n'est terminé : ${a} et ${b} sont toujours en cours.`,
    leadershipNone: `Le profil ne dit pas qu'${il} a dirigé une équipe.`,
    leadershipNotNow: (current: string, before: string) =>
      `Pas dans ses postes actuels, tels que le profil les décrit : ${current}. ` +
      `Avant : ${il} a encadré des personnes chez ${before}.`,
    notTitled: (title: string) => `Aucun des titres du profil n'est ${title}.`,
    leadershipSize: (size: number, places: string) =>
      `Le profil ne dit pas qu'${il} a dirigé une équipe de cette taille (${size}) ; ` +
      `il montre qu'${il} a encadré d'autres personnes chez ${places}.`,
    leadershipYears: (years: number, places: string, time: string) =>
      `Le profil ne montre pas ${years} ans d'encadrement : ${il} a encadré d'autres personnes chez ${places}, ` +
      `soit ${time}.`,
    leadershipBuilt: (places: string) =>
      `Le profil ne dit pas qu'${il} a monté ou recruté une équipe ; il montre qu'${il} a encadré d'autres ` +
      `personnes chez ${places}.`,
    leadershipLineNone: `Le profil ne dit pas qu'${il} a été manager hiérarchique.`,
    leadershipLine: (places: string) =>
      `Le profil ne dit pas qu'${il} a été manager hiérarchique ; il montre qu'${il} a encadré d'autres ` +
      `personnes chez ${places}.`,
    alsoTrains: (places: string) => `${il[0]!.toUpperCase()}${il.slice(1)} forme aussi : ${places}.`,
  };
}

/** « Combien de temps sur Spark ? », « depuis quand ? » : the time and start of a technology. */
function techWordsFr(il: string) {
  return {
    titleButDecided: (places: string) => `Il montre qu'${il} a pris des décisions d'architecture chez ${places}.`,
    whyAt: (at: string) => `Le contexte de la mission que donne le profil chez ${at} :`,
    skillsAll: (list: string) =>
      `Toutes les technologies que citent les stacks de ses postes, celles du poste actuel d'abord : ${list}.`,
    techUndated: (tech: string, employer: string, away: boolean) =>
      away
        ? `Le CV ne date pas ${tech} chez ${employer}, où il le montre abandonné : c'est un maximum.`
        : `Le CV ne dit pas quand ${employer} est passé à ${tech} : c'est un maximum.`,
    techPlannedOnly: (tech: string, employer: string) =>
      `Chez ${employer}, le profil ne montre qu'une stratégie ou une preuve de concept pour ${tech}, pas son usage : ` +
      "c'est un maximum.",
    kindTime: (kind: string, duration: string, roles: string, toToday: boolean) =>
      `${String(kind).charAt(0).toUpperCase()}${String(kind).slice(1)} : ` +
      `environ ${duration}${toToday ? " à ce jour" : ""} ` +
      `dans les postes dont la stack en cite — ${roles}.`,
    kindRole: (where: string, tools: string) => `${where} : ${tools}`,
    techUsed: (tech: string, duration: string, roles: string, toToday: boolean) =>
      `${tech} : environ ${duration}${toToday ? " à ce jour" : ""} dans les postes qui le citent, chez ${roles}.`,
    techSince: (tech: string, start: string, roles: string[], duration: string, toToday: boolean, end?: string) =>
      `${tech} : ${end ? `${de(start)} à ${end}` : `depuis ${start}`} ` +
      `(environ ${duration}${toToday ? " à ce jour" : ""} dans les postes qui le citent), ` +
      `chez ${roles[0]}` +
      `${roles.length > 1 ? `, puis ${roles.slice(1).join(", ")}` : ""}.`,
    techLongest: (tech: string, first: string, rest: string) =>
      `${tech} : ${rest ? `le plus longtemps chez ${first} ; puis ${rest}` : `uniquement chez ${first}`}.`,
    techLastNow: (tech: string, roles: string) =>
      `${tech} : toujours utilisé — cité dans son poste actuel chez ${roles}.`,
    techLastLeft: (tech: string, where: string) =>
      `${tech} : cité chez ${where}, où le profil montre qu'on en est sorti.`,
    techLastPast: (tech: string, last: string, current: string) =>
      `${tech} : cité pour la dernière fois chez ${last} ; absent de ses postes actuels (${current}).`,
    techTaught: (roles: string) => `Enseigné à ${roles}.`,
    techOnlyTaught: (tech: string, roles: string, span: string | null = null) =>
      `${tech} : enseigné à ${roles}${span ? `, un poste d'enseignement d'environ ${span}` : ""} ; ` +
      "le profil ne le montre pas utilisé dans un poste.",
    techNone: (tech: string) => `Le profil ne mentionne pas ${tech}.`,
    onlyAt: (tech: string, there: string) => `Oui — de ses postes, seul ${there} cite ${tech}.`,
    notOnlyAt: (tech: string, there: string, elsewhere: string) =>
      `Non — pas seulement : ${tech} est cité chez ${there}, et aussi chez ${elsewhere}.`,
  };
}

/** « Il était en CDI chez MAIF ? » : the contract of one role. */
function contractWordsFr() {
  return {
    freelanceDuration: (duration: string, roles: string) => `Environ ${duration} en freelance : ${roles}.`,
    freelanceNone: "Le profil ne montre aucun poste en freelance.",
    sectorOtherContract: (freelance: boolean, list: string) =>
      `Pas ${freelance ? "en freelance" : "en CDI"} — tel que le CV les décrit : ${list}.`,
    permanentDuration: (duration: string, roles: string) => `Environ ${duration} en CDI : ${roles}.`,
    permanentNone: "Le profil ne montre aucun poste en CDI.",
    contractAt: (yes: boolean | null, employer: string, contract: string, when: string) =>
      `${yes === null ? "Chez" : yes ? "Oui — chez" : "Non — chez"} ${employer} (${when}) : ${contract}.`,
    freelanceThere: (employer: string, contract: string, when: string) =>
      `Pas comme salarié — chez ${employer} (${when}), le poste est en ${String(contract).toLowerCase()}.`,
    contractNow: (yes: boolean | null, now: string, before: string) =>
      `${yes === null ? "Actuellement" : yes ? "Oui — actuellement" : "Non — actuellement"} : ${now}.` +
      (before ? ` Avant : ${before}.` : ""),
    contractHistoryNone: "Le profil ne précise pas sous quels contrats étaient les postes.",
    contractLast: (permanent: boolean, role: string, first = false) =>
      `${
        permanent
          ? `Son ${first ? "premier" : "dernier"} CDI`
          : `Sa ${first ? "première" : "dernière"} mission en freelance`
      } : ${role}.`,
    contractRanked: (yes: boolean, first: boolean, permanent: boolean, role: string) =>
      `${yes ? "Oui" : "Non"} — ${
        first
          ? permanent
            ? "son premier CDI"
            : "sa première mission en freelance"
          : permanent
            ? "son dernier CDI"
            : "sa dernière mission en freelance"
      } : ${role}.`,
    contractLastNone: (permanent: boolean) =>
      `Le profil ne mentionne aucun poste ${permanent ? "en CDI" : "en freelance"}.`,
    contractHistory: (yes: boolean | null, freelance: string, permanent: string, permanentFirst: boolean) => {
      const parts = [freelance ? `en freelance : ${freelance}` : "", permanent ? `en CDI : ${permanent}` : ""];
      const said = (permanentFirst ? parts.reverse() : parts).filter(Boolean).join(" ; ");
      return yes === null ? `${said[0]!.toUpperCase()}${said.slice(1)}.` : `${yes ? "Oui — " : "Non — "}${said}.`;
    },
    contractUnknown: (employer: string) => `Le profil ne précise pas le contrat chez ${employer}.`,
  };
}

/** « Que faisait-il avant la MAIF ? »: the roles before another. */
function beforeWordsFr() {
  return {
    overlapsNoneWith: (employer: string) => `Non — aucun de ses autres postes ne chevauche ${employer}.`,
    allBefore: (employer: string, roles: string) => `Avant ${employer} : ${roles}.`,
    before: (employer: string, previous: string) => `Juste avant ${employer} : ${previous}.`,
    beforeHeld: (employer: string, roles: string) => `Déjà en cours quand ${employer} a commencé : ${roles}.`,
    beforeThat: (previous: string) => `Avant cela : ${previous}.`,
    beforeAlongside: (roles: string) => `En même temps : ${roles}.`,
    beforeEarlier: (roles: string) => `Plus tôt : ${roles}.`,
    afterAlongside: (employer: string, roles: string) => `Commencé pendant son poste chez ${employer} : ${roles}.`,
    beforeAround: (employer: string, roles: string) =>
      `Pas avant ${employer} mais en parallèle : ${roles} (commencé avant, toujours en cours pendant ${employer}).`,
    sinceEarlier: (employer: string, when: string) => `Depuis plus longtemps — ${employer} : ${when}.`,
    beforeNone: (employer: string) => `Le profil ne mentionne aucun poste avant ${employer}.`,
  };
}

/** How results are introduced. */
function resultWordsFr() {
  return {
    results: "Les résultats chiffrés du profil :",
    resultsNone: "Le profil ne donne pas de chiffres à ce sujet.",
    costsUnfigured: "Le profil ne chiffre pas les économies ; ce qu'il dit des coûts :",
    costsCut: "Oui — ce que le profil dit des coûts (sans chiffre) :",
    stacksCompared: (a: string, b: string, both: string, onlyA: string, onlyB: string) =>
      `dans les deux stacks techniques (${a}, ${b}) : ${both}. Seulement chez ${a} : ${onlyA}. ` +
      `Seulement chez ${b} : ${onlyB}.`,
    stackUnlisted: (employers: string) => `Le CV ne donne pas de stack technique pour ${employers}.`,
    noneListed: "aucun",
    yesLead: "Oui — ",
    noLead: "Non — ",
    costsNotAt: (asked: string, where: string) =>
      `Le profil ne parle pas de coûts chez ${asked} ; il en parle chez ${where} :`,
    costsNone: (asked: string) => `Le profil ne parle pas de coûts chez ${asked}.`,
    resultsStated: "Le profil ne donne pas de chiffres ici ; ses résultats, tels qu'il les énonce :",
    teamSizesSame: (list: string) => `Équipes de même taille, telles que le profil les décrit : ${list}.`,
    teamSizesBy: (largest: boolean, list: string) =>
      `Équipes, de la plus ${largest ? "grande" : "petite"} à la plus ${largest ? "petite" : "grande"}, ` +
      `telles que le profil les décrit : ${list}.`,
  };
}

/** Times: the whole career, and as the CV counted them when it was written. */
function durationWordsFr() {
  return {
    tenureHeld: (said: string, held: string, others: string, about?: boolean, longer?: boolean) =>
      `${longer ? `Oui — plus de ${said}` : about ? `Oui — environ ${said}` : `Ont duré ${said}`} : ${held}.` +
      `${others ? ` Les autres : ${others}.` : ""}`,
    tenureNoneHeld: (said: string, nearest: string, about?: boolean) =>
      `${about ? `Non — aucun de ses postes n'a duré environ ${said}` : `Aucun de ses postes n'a duré ${said}`} ; ` +
      `le plus proche : ${nearest}.`,
    longerThanSaid: (total: string) =>
      `Plus longtemps que ça — ${String(total).charAt(0).toLowerCase()}${String(total).slice(1)}`,
    asOfCv: (month: string) => `Selon le CV, rédigé vers ${month}.`,
    asWritten: (month: string, duration: string) => `À la rédaction du CV (vers ${month}) : ${duration}.`,
    total: (duration: string, start: string, roles: string) =>
      `Environ ${duration} d'expérience, de ${start} à aujourd'hui ` +
      `(les périodes qui se chevauchent comptent une fois) : ${roles}.`,
    noDates: "Le profil ne donne les dates d'aucun poste : impossible d'en tirer une durée d'expérience.",
    experienceBefore: (duration: string, employer: string, joined: string, start: string, roles: string) =>
      `Environ ${duration} d'expérience à son arrivée chez ${employer} (${joined}), depuis ${start} : ${roles}.`,
    noneBefore: (employer: string, joined: string) => `Le profil ne cite aucun poste avant ${employer} (${joined}).`,
  };
}

/** « de janvier », « d'avril », « d'août ». */
const de = (text: string) => (/^[aeiouyàâéèêh]/i.test(text) ? `d'${text}` : `de ${text}`);
/** « janvier 2019 – janvier 2020 » → « de janvier 2019 à janvier 2020 » (a period said in words, not a dash). */
const deA = (period: string) => {
  const [from, to] = period.split(/\s+[–-]\s+/);
  return to ? `${de(from!)} à ${to}` : de(period);
};

const MONTHS_FR = [
  ...["janvier", "février", "mars", "avril", "mai", "juin"],
  ...["juillet", "août", "septembre", "octobre", "novembre", "décembre"],
];

/** "freelance since 2019?": whether every role of those years had the contract asked. */
function contractSpanWordsFr() {
  return {
    contractSpanYes: "Oui —",
    contractSpanNo: "Non —",
    contractSpanNotAll: (contract: "freelance" | "permanent") =>
      `Ils n'étaient pas tous ${contract === "freelance" ? "en freelance" : "en CDI"}.`,
  };
}

/** "Was his team at MAIF bigger than 5?": each roster's size against the bound asked. */
function teamSizeWordsFr() {
  return {
    people: (count: number) => (count === 1 ? "personne" : "personnes"),
    teamBound: (more: boolean, strict: boolean, n: number, noun: string) =>
      more
        ? strict
          ? `plus de ${n} ${noun}`
          : `au moins ${n} ${noun}`
        : strict
          ? `moins de ${n} ${noun}`
          : `au plus ${n} ${noun}`,
    teamCounted: (count: number, noun: string, where: string) => `${count} ${noun} chez ${where}`,
    teamBoundYes: (list: string) => `Oui — ${list}, d'après l'équipe que décrit le profil.`,
    countSaid: (places: string) => `Oui — le profil les compte ainsi chez ${places}.`,
    countsDiffer: (team: string) =>
      `L'équipe que décrit le profil compte ${team} ; d'autres lignes les comptent autrement, citées ci-dessous.`,
    countsNo: (places: string, asked: string) =>
      `Non — aucun compte de ${asked} chez ${places} : son équipe et les lignes ci-dessous donnent d'autres chiffres.`,
    teamKindUnlisted: (kind: string, places: string) =>
      `L'équipe que décrit le profil chez ${places} ne cite pas de « ${kind} » :`,
    teamBoundNo: (list: string, bound: string) =>
      `Non — ${list}, d'après l'équipe que décrit le profil : pas ${bound}.`,
    teamBoundSome: (yes: string, no: string, bound: string) =>
      `Oui — ${yes}, d'après l'équipe que décrit le profil ; ailleurs, pas ${bound} : ${no}.`,
    teamUnlisted: (where: string) => `Le profil ne décrit pas d'équipe chez ${where}.`,
  };
}

/** Whole-profile answers about his career: the longest role, gaps, kinds of employer. */
function careerWordsFr() {
  return {
    gapOf: (first: string, next: string, duration: string) => `Oui — ${duration} entre ${first} et ${next}.`,
    gapNone: (first: string, next: string) => `Pas de trou — ${next} a commencé le mois où ${first} s'est terminé.`,
    gapOverlap: (first: string, next: string) =>
      `Pas de trou — ${next} a commencé avant la fin de ${first} : ils se chevauchent.`,
    roleYear: (yes: boolean | null, employer: string, when: string) =>
      `${yes === null ? "" : yes ? "Oui — " : "Non — "}${employer} : ${when || "sans dates"}.`,
    tenure: (shortest: boolean, first: string, note: string, rest: string) =>
      `${shortest ? "Le plus court" : "Le plus long"} : ${first}.${note}${rest ? ` Puis : ${rest}.` : ""}`,
    tenureNone: "Le profil ne donne aucun poste daté.",
    employersLatest: (count: number, list: string) =>
      `Ses ${count} derniers postes, le plus récemment commencé d'abord : ${list}.`,
    employersWithin: (count: number, years: number, list: string) =>
      `${count} employeur${count === 1 ? "" : "s"} sur les ${years} dernières années, selon les dates du CV : ${list}.`,
    noGaps: (first: string, roles: string) =>
      `Aucun trou dans les dates du CV : depuis ${first}, chaque poste commence au plus tard quand le précédent ` +
      `se termine. ${roles}.`,
    gaps: (gaps: string, roles: string) =>
      `Mois qu'aucun poste ne couvre, d'après les dates du CV : ${gaps}. ${roles}.`,
    gap: (from: string, to: string, length: string) => `${length}, ${de(from)} à ${to}`,
    sectors: (list: string, unsaid: string) =>
      `Le CV décrit ainsi ses employeurs : ${list}.${unsaid ? ` Il ne décrit pas ${unsaid}.` : ""}`,
    sectorNotNow: (list: string) => `Pas dans ses postes actuels — d'après le CV : ${list}.`,
    sectorYes: (list: string) => `Oui — tel que le CV les décrit : ${list}.`,
    sectorNoOne: (kind: string, employer: string, what: string) =>
      `Pas selon le CV : il décrit ${employer} comme ${what}, pas comme « ${kind} ».`,
    sectorUnsaidOne: (employer: string) => `Le CV ne dit pas quel genre d'entreprise est ${employer}.`,
    ageSaid: (employer: string, said: string) => `Comme le CV décrit ${employer} : « ${said} ».`,
    ageUnsaid: (employer: string) => `Le CV ne dit pas depuis quand ${employer} existe.`,
    sizeUnsaid: (names: string[], quoted: boolean, unsaid: string) => {
      const who =
        names.length === 1
          ? `pas l'effectif ${de(names[0]!)}`
          : names.length >= 2
            ? `l'effectif ${names.map((n) => `ni ${de(n)}`).join(" ")}`
            : "pas l'effectif de ses employeurs";
      const which = names.length >= 2 ? " : il ne peut donc pas dire laquelle est la plus grande" : "";
      const none = unsaid && names.length > 1 ? ` (rien pour ${unsaid})` : "";
      const shown = quoted ? ` Ce qu'il dit de ${names.length === 1 ? "sa" : "leur"} taille${none} :` : "";
      return `Le CV ne donne ${who}${which}.${shown}`;
    },
    sectorNo: (kind: string, list: string, unsaid: string) =>
      `Le CV ne décrit aucun de ses employeurs comme « ${kind} ». Il les décrit ainsi : ${list}.` +
      (unsaid ? ` Il ne décrit pas ${unsaid}.` : ""),
    ownerDescribes: (list: string) => ` Une note ajoutée au profil (hors CV) décrit ${list}.`,
    spokenLevel: (language: string) => `Le profil ne précise pas les langues parlées, ni son niveau ${language}.`,
    spokenNames: SPOKEN_FR,
    notInCv: { profile: "Le profil ne mentionne pas", cv: "Le CV ne mentionne pas" },
    ownerDescribed: (employer: string, what: string) => `${employer} comme ${what}`,
    partNoCv: (subject: string) => `${subject} : absent du CV`,
    askSharer: "Demandez-les à la personne qui vous a transmis ce profil.",
    sectorOne: (employer: string, what: string) => `Le CV décrit ${employer} comme ${what}.`,
    sectorOwnerYes: (kind: string, list: string) =>
      `Le CV ne décrit aucun employeur comme « ${kind} », mais une note ajoutée au profil (hors CV) décrit ${list}.`,
  };
}

/** Whether a role goes on: "is he still at Decathlon?", "has he left MAIF?" (`left`: asked the other way). */
const ROLE_GOES_ON_FR = {
  // (« Il n'est plus chez Decathlon ? »: « Si ».)
  stillThere: (at: string, when: string, left = false, negated = false) =>
    `${negated ? "Si" : left ? "Non" : "Oui"} — chez ${at} ${when}, et toujours en poste.`,
  notOnly: (at: string, when: string, others: string) => `Non — chez ${at} ${when}, et aussi : ${others}.`,
  alsoNow: (at: string, when: string, others: string) => `Oui — en plus de ${at} (${when}) : ${others}.`,
  notOnlyThen: (year: string, roles: string) => `Non — en ${year} : ${roles}.`,
  notThereIn: (employer: string, year: string, when: string, others: string) =>
    `Il n'était pas chez ${employer} en ${year} — ${employer} : ${when}.${others ? ` En ${year} : ${others}.` : ""}`,
  alsoNowToo: (others: string) => ` En ce moment aussi : ${others}.`,
  notThere: (employer: string, when: string, current: string, left = false) =>
    `${left ? "Oui" : "Non"} — ${employer}, c'était ${when}. Actuellement : ${current}.`,
};

/** « En 2020 : … », « Mi-2020 : … » (une partie d'année, telle que demandée), « aucun poste en 2018 ». */
function timelineWordsFr() {
  return {
    timeline: (year: string, roles: string) => `En ${year} : ${roles}.`,
    openSpan: (side: "since" | "before" | "after", year: number, roles: string) =>
      `${side === "since" ? "Depuis" : side === "after" ? "Après" : "Avant"} ${year} : ` +
      `${roles || "le profil ne mentionne aucun poste"}.`,
    timelinePart: (part: string, roles: string) =>
      `${String(part).replace(/^\p{Ll}/u, (c) => c.toUpperCase())} : ${roles}.`,
    timelineNone: (year: string) => `Le profil ne mentionne aucun poste en ${year}.`,
    titleNotThen: (year: string, employer?: string) =>
      `Pas ${employer ? `chez ${employer} ` : ""}en ${year}, d'après le profil.`,
    titleHeldBy: (roles: string) => `Les postes avec ce titre : ${roles}.`,
    titleNotNow: (current: string, before: string) =>
      `Pas dans ses postes actuels, tels que le profil les décrit : ${current}. Avant : ${before}.`,
  };
}

/** Ce qu'il enseigne en plus ; « quels outils n'utilise-t-il plus ? » (see droppedAnswer). */
function moreSkillWordsFr() {
  return {
    skillsTaught: (list: string) => `Enseigne aussi : ${list}.`,
    skillsDropped: (list: string) => `Absents de ses postes actuels ; cités en dernier : ${list}.`,
    droppedAt: (names: string, place: string) => `${names} chez ${place}`,
    skillsDroppedNone: "Tous les outils de ses postes passés figurent aussi dans ses postes actuels.",
  };
}

function profileWordsFr(profile: Profile): ProfileWords {
  const il = profile.pronouns.fr;
  return {
    months: MONTHS_FR,
    since: (start: string) => `depuis ${start}`,
    span: (start: string, end: string) => `${start} – ${end}`,
    ...durationWordsFr(),
    ...careerWordsFr(),
    ...{ ...teamSizeWordsFr(), ...contractSpanWordsFr() },
    ...techWordsFr(il),
    roleDuration: (employer: string, when: string, duration: string, current: boolean, stated?: string) =>
      current
        ? `Chez ${employer} ${when} — ${duration} à ce jour${stated ? ` (le CV, écrit plus tôt, dit ${stated})` : ""}.`
        : `Chez ${employer} ${deA(when)} — ${duration}.`,
    ...timelineWordsFr(),
    ...AGO_FR,
    teachingDuration: (duration: string, roles: string) =>
      `Environ ${duration} d'enseignement et de formation au total : ${roles}.`,
    teachingNone: "Le profil ne montre aucun poste d'enseignement ou de formation.",
    firstRole: (roles: string) => `Le premier poste du profil : ${roles}.`,
    firstNone: "Le profil ne donne aucun poste daté.",
    after: (employer: string, next: string) => `Juste après ${employer} : ${next}.`,
    afterNone: (employer: string) => `Le profil ne mentionne aucun poste après ${employer}.`,
    employers: (count: number, list: string) => `${count} employeurs, dans l'ordre du CV : ${list}.`,
    employersOldestFirst: (count: number, list: string) =>
      `${count} employeurs, du plus ancien au plus récent : ${list}.`,
    employersOnContract: (count: number, contract: "freelance" | "permanent", list: string) =>
      `${count} poste${count === 1 ? "" : "s"} en ${contract === "freelance" ? "freelance" : "CDI"} : ${list}.`,
    employersBefore: (current: string, list: string) => `Avant ses postes actuels (${current}) : ${list}.`,
    current: (list: string) => `Actuellement : ${list}.`,
    ...ROLE_GOES_ON_FR,
    overview: (employer: string, title: string, when: string) => `Chez ${employer} (${title}, ${when}) :`,
    titleAt: (employer: string, title: string, when: string) => `Son poste chez ${employer} : ${title} (${when}).`,
    moreAt: (employer: string) => `Autres passages chez ${employer} :`,
    ...resultWordsFr(),
    ...beforeWordsFr(),
    ...contractWordsFr(),
    skills: (list: string) =>
      `Compétences principales, selon le nombre de postes qui les utilisent, celles du poste actuel d'abord : ${list}.`,
    languages: (list: string) => `Langages de programmation, selon le nombre de postes qui les utilisent : ${list}.`,
    languagesNone: "Le profil ne cite aucun langage de programmation dans ses postes.",
    ...moreSkillWordsFr(),
    ...withoutWordsFr(),
    roles: (n: number) => (n === 1 ? "1 poste" : `${n} postes`),
    latest: (label: string) => `dernier usage ${label}`,
    summaryRole: (list: string, duration: string, start: string) =>
      `${list} ; environ ${duration} d'expérience depuis ${start}.`,
    summarySkills: (list: string) => `Compétences principales : ${list}.`,
    summaryHighlight: (text: string) => `Fait marquant : ${text}`,
    title: (employer: string, title: string, asked: string) =>
      `Chez ${employer}, son titre est ${title} ; le profil ne dit pas qu'${il} était ${asked}.`,
    titles: (list: string, asked: string) =>
      `Le profil donne ces titres : ${list} ; il ne dit pas qu'${il} était ${asked}.`,
    titleButLed: (places: string) => `Il montre qu'${il} a encadré des personnes chez ${places}.`,
    roleAt: (title: string, employer: string, contract: string | null, when: string) =>
      `${title}${SAYS_WHERE_FR.test(title) ? "," : " chez"} ${employer}${contract ? ` (${contract})` : ""}, ${when}`,
  };
}

/** A fit report's first line: how many requirements are met, those met in part, those missing. */
const fitSummaryFR = (met: number, total: number, partial: string[], missing: string[]) =>
  [
    `Répond à ${met} exigence${met > 1 ? "s" : ""} sur ${total}.`,
    partial.length ? `En partie : ${partial.join(", ")}.` : "",
    missing.length ? `Absent du profil : ${missing.join(", ")}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
/** The nice-to-haves, after the requirements. */
const fitWishedFR = (met: number, total: number, partial: string[], missing: string[]) =>
  [
    `Souhaité : ${met} sur ${total}`,
    partial.length ? `en partie : ${partial.join(", ")}` : "",
    missing.length ? `absent du profil : ${missing.join(", ")}` : "",
  ]
    .filter(Boolean)
    .join(" ; ")
    .concat(".");
/** The words of a fit report's lines. */
const FIT_REPORT_FR = {
  /** Between a requirement and its verdict. */
  sep: " : ",
  met: "✔ oui",
  partial: "◐ en partie",
  not_in_profile: "✘ absent du profil",
  wished: " (souhaité)",
  none: "La description ne cite aucune exigence vérifiable (technologies, années, responsabilités).",
};

/** What the Asker says instead of an answer, and the words of a fit report. */
function serviceWordsFr(): ServiceWords {
  return {
    service: {
      error: (ref: string) =>
        `Désolé — un problème est survenu de mon côté (référence ${ref}). Merci de réessayer dans un instant.`,
      limited: (s: number) =>
        `Vous avez posé beaucoup de questions dans la dernière minute. Merci de réessayer dans ${s} s.`,
      busy: "Je réponds à beaucoup de questions en ce moment. Merci de réessayer dans une minute.",
      closing: "Je redémarre en ce moment. Merci de reposer la question dans une minute.",
      fitEmpty: "Collez une offre d'emploi (plusieurs lignes possibles) et je vérifie chaque exigence dans le profil.",
      fitTooLong: (length: number, limit: number) =>
        `Cette offre fait ${length} caractères ; la limite est de ${limit}. Merci de n'en coller que les exigences.`,
    },
    /** A job description read against the profile. */
    fit: {
      years: (n: number) => `${n} ans d'expérience ou plus`,
      techYears: (n: number, tech: string) => `${n} ans de ${tech} ou plus`,
      taughtOnly: "enseigné seulement, pas utilisé en poste",
      plannedOnly: "une stratégie ou une preuve de concept seulement, pas son usage",
      offer: (terms: string[]) =>
        `Non évalué, les conditions de l'offre, à voir avec le candidat : ${terms.join(" ; ")}.`,
      aside: (n: number) =>
        `Non évalué${n > 1 ? "es" : "e"} : ${n} ligne${n > 1 ? "s" : ""} sur l'entreprise ou ses avantages.`,
      unread: (lines: string[]) => `Non lu comme une exigence (posez-le comme une question) : ${lines.join(" ; ")}.`,
      trainedOnly: "formation d'équipes seulement, pas utilisé en poste",
      ownerOnly: "seule la personne concernée peut le dire",
      has: (d: string) => `${d} d'après le profil`,
      hasTech: (d: string) => `${d} dans les postes qui le citent`,
      undatedMove: (employer: string, away: boolean) =>
        away
          ? ` ; c'est un maximum : ${employer} montre qu'on en est sorti, sans date`
          : ` ; c'est un maximum : le CV ne dit pas quand ${employer} y est passé`,
      whenWritten: (d: string) => `, compté à ce jour ; ${d} à la rédaction du CV`,
      leadYears: (n: number) => `${n} ans d'encadrement d'équipe ou plus`,
      titleYears: (n: number, title: string) => `${n} ans comme ${title} ou plus`,
      domainYears: (n: number, domain: string) => `${n} ans ou plus : ${domain}`,
      inRoles: (d: string, employers: string) => `${d} dans les postes qui le montrent : ${employers}`,
      /** Où il a encadré des personnes : « a encadré 2 personnes chez AAA-Data, janvier 2020 – mai 2021 : … ». */
      supervised: (people: number, places: string, duration: string) =>
        `${people > 0 ? `a encadré ${people} ${people > 1 ? "personnes" : "personne"}` : "a encadré"} ` +
        `chez ${places} : ${duration}`,
      /** Les remarques d'un verdict, l'une après l'autre. */
      notes: (notes: string[]) => notes.join(" ; "),
      noLeadTitle: "aucun titre de lead ou de manager",
      noLead: "aucune équipe encadrée dans le profil",
      below: (d: string, n: number) => `${d}, moins que les ${n} ans demandés`,
      teamSize: (most: number, size: number) => `${most} personnes au plus, ${size} demandées`,
      titleHeld: (titles: string) => `titre : ${titles}`,
      titlesHeld: (titles: string) => `titres : ${titles}`,
      moreSenior: (titles: string) => `plus expérimenté que demandé : ${titles}`,
      asTitle: (d: string, title: string) => `${d} comme ${title}`,
      summary: fitSummaryFR,
      wished: fitWishedFR,
    },
    fitReport: FIT_REPORT_FR,
  };
}

/** Words every platform shows around an answer: Slack, Discord, the terminal. */
function platformWordsFr(profile: Profile): PlatformWords {
  const [first, second] = profile.examples.fr as [string, string, ...string[]];
  return {
    platform: {
      botName: "Profile bot",
      working: "Je parcours le profil…",
      notHere: "Je ne suis pas activé dans ce canal. Posez-moi la question en message privé.",
      expired: "Cette réponse n'est plus disponible ; merci de reposer la question.",
      thanks: "Merci pour votre retour.",
      reading: "Je compare l'offre d'emploi au profil…",
      fitTitle: "Adéquation à l'offre",
      fitSubmit: "Vérifier",
      fitLabel: "Collez l'offre d'emploi",
      share: "Partager dans le canal",
      sources: "Sources ",
      quoted: "Extraits du CV",
      written: "Rédigé à partir des passages cités du CV",
    },
    slack: {
      usage: (command: string, english: string) =>
        "Posez-moi vos questions sur le profil, en français ou en anglais. Par exemple :\n" +
        `• ${command} ${first}\n• ${command} ${second}\n• ${command} ${english}`,
      homeAbout: profile.headline.fr
        ? `Je réponds aux questions sur le CV d'un candidat — ${profile.headline.fr} — en français ou en anglais.`
        : "Je réponds aux questions sur le CV d'un candidat, en français ou en anglais.",
      homeAsk: (command: string, bot: string) =>
        `*Demandez-moi*\n• \`${command} ${first}\`\n• mentionnez-moi dans un canal : \`@${bot} ${second}\`\n` +
        "• ou écrivez-moi en message privé.\nRépondez dans mon fil pour poser une question de suivi.",
      homeSourced:
        "*D'où viennent les réponses*\nChaque réponse cite les passages du CV sur lesquels elle repose, " +
        "avec leur section et leurs dates. Quand le CV ne dit rien, je le dis — je ne devine jamais.",
    },
    discord: {
      usage: (bot: string) =>
        `Posez-moi vos questions sur le profil, par ex. \`@${bot} ${first}\` ou \`/ask question: ${second}\``,
      askCommand: "Poser une question sur le profil",
      askQuestion: `par ex. ${first}`,
      askPublic: "Montrer la réponse au canal (par défaut : à vous seul)",
      fitCommand: "Comparer une offre d'emploi au profil",
      fitPublic: "Montrer le résultat au canal (par défaut : à vous seul)",
    },
    chat: {
      intro: (bot: string) => `${bot} — posez vos questions sur le CV, en français ou en anglais.`,
      mode: (mode: string, passages: number, files: string) => `Mode : ${mode}. ${passages} passages de ${files}.`,
      sourced: "Les réponses citent le CV ; quand il ne dit rien, le bot le dit.",
      offline: "Renseignez OPENAI_API_KEY dans .env pour des réponses rédigées (voir le README).",
      platforms: "Renseignez les jetons Slack ou Discord dans .env pour lancer ces bots à la place (voir le README).",
      example: `Exemple : « ${first} » — tapez « exit » ou Ctrl-D pour quitter.`,
      fit:
        "Pour comparer une offre d'emploi : tapez « /fit », collez-la (plusieurs lignes), puis une ligne « . » " +
        "seule.",
      fitPrompt: "Collez l'offre d'emploi, puis une ligne « . » seule.",
      commands:
        "Commandes : « /fit » (ou « /fit <l'offre en une ligne> ») compare une offre d'emploi ; « /reset » commence " +
        "une nouvelle conversation ; « /aide » affiche ceci à nouveau ; « exit » quitte.",
      reset: "Nouvelle conversation : les relances ne renvoient plus à ce qui a été demandé avant.",
      unknownCommand: (command: string) => `Commande inconnue « ${command} ».`,
    },
  };
}

/** Every French word the bot says: the same keys as the English module, or tsc fails. */
const dateIn = (locale: string) => (date: Date) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);

/** « Demander au candidat » : le bouton et les réponses au recruteur, et les messages privés au candidat. */
function forwardWordsFr(): ForwardWords {
  return {
    askButton: "Demander au candidat",
    sent: "Envoyé au candidat. Vous recevrez sa réponse dès qu'il répondra.",
    already: "Cette question a déjà été envoyée au candidat.",
    undeliverable:
      "Désolé — le candidat ne peut pas recevoir de messages privés de ma part ; " +
      "la question n'a pas pu être transmise.",
    limited: (minutes: number) =>
      "Vous avez envoyé plusieurs questions au candidat dans la dernière heure. " +
      `Merci de réessayer dans ${minutes} min.`,
    expired: "Cette question n'est plus disponible ; merci de la poser à nouveau.",
    ownerIntro: "Un recruteur a posé une question à laquelle le profil ne répond pas :",
    ownerFrom: (o: ForwardOrigin) =>
      `De ${o.asker}, ${o.channel ? `dans ${o.channel}` : "en message privé"}` +
      `${o.workspace ? ` (${o.workspace})` : ""}.`,
    ownerHowSlack: "Répondez dans ce fil : votre réponse lui est transmise comme vos propres mots.",
    ownerHowDiscord: "Répondez à ce message : votre réponse lui est transmise comme vos propres mots.",
    answerIntro: (date: Date) => `Le candidat a répondu, avec ses propres mots (${dateIn("fr-FR")(date)}) :`,
    yourQuestion: (question: string) => `Votre question : « ${question} »`,
    delivered:
      "Envoyé au recruteur. L'ajouter à la FAQ, pour que le bot réponde lui-même à cette question la prochaine fois ?",
    saveButton: "Ajouter à la FAQ",
    saved: "Ajouté à la FAQ : le bot répond désormais à cette question.",
    alreadySaved: "Cette réponse est déjà dans la FAQ.",
    saveFailed: (ref: string) => `Désolé — la FAQ n'a pas pu être écrite (référence ${ref}).`,
    notDelivered: (ref: string) =>
      `Désolé — votre réponse n'a pas pu être transmise au recruteur (référence ${ref}). ` +
      "Répondez à nouveau pour réessayer.",
    ownerOnly: "Seul le candidat peut faire cela.",
  };
}

/** Un « oui » hors de la portée demandée : « ces 2 dernières années », « dans tous ses postes ». */
function scopeWordsFr() {
  return {
    notInWindow: (window: string, said: string) => `Pas ${window} — ${said}.`,
    taughtTopics: (at: string) => `Sujets enseignés chez ${at}, tels que le profil les donne :`,
    notEveryRole: (said: string) => `Non, pas dans tous ses postes — ${said}.`,
    saidAt: (where: string) => `le profil le dit${where}`,
    subjectSays: (subject: string, said: string) => `${subject} : ${said}`,
  };
}

export function french(profile: Profile): Messages {
  return {
    ...answerWordsFr(profile),
    ...moreWordsFr(profile),
    ...scopeWordsFr(),
    profile: { ...profileWordsFr(profile), ...roleWordsFr(profile), ...asideWordsFr(profile), ...scopeWordsFr() },
    ...serviceWordsFr(),
    ...platformWordsFr(profile),
    forward: forwardWordsFr(),
  };
}

/** What the profile doesn't claim, said so (see `unsaidClaim`), in French. */
function claimsUnsaidFr(il: string) {
  const lui = il === "elle" ? "elle" : "lui";
  return {
    alone: (where: string) =>
      `Voici ce que dit le profil${where} ; il ne précise pas qu'${il} l'a fait ${il === "elle" ? "seule" : "seul"} :`,
    scratch: (where: string) =>
      `Voici ce que dit le profil${where} ; il ne précise pas qu'${il} l'a construit de zéro :`,
    production: (where: string) =>
      `Voici ce que dit le profil${where}, dans une mission de formation ; ` +
      "il ne dit pas que cela a été mis en production :",
    whole: (where: string) => `Voici ce que dit le profil${where} ; il ne précise pas que c'était l'ensemble :`,
    founded: (where: string) => `Le profil ne dit pas qu'${il} l'a fondée ; voici ce qu'il dit${where} :`,
    created: (where: string) => `Le profil ne dit pas qu'${il} l'a créé ; il montre qu'${il} l'a utilisé${where} :`,
    decided: (where: string) => `Le profil ne dit pas de qui venait la décision ; voici ce qu'il dit${where} :`,
    left: (where: string) => `Le profil ne dit pas qu'il a été abandonné ; voici ce qu'il dit${where} :`,
    led: (where: string) => `Le profil ne dit pas que c'est ${lui} qui pilotait ; voici ce qu'il dit${where} :`,
    without: (where: string) => `Le profil ne dit pas qu'${il} a travaillé sans ; voici ce qu'il dit${where} :`,
    placeFigure: (where: string) =>
      `Ce chiffre est celui de l'école (les élèves qu'elle forme), pas de ses propres cours ; ` +
      `voici ce que dit le profil${where} :`,
    figure: (where: string) => `Pas avec ces chiffres — voici ce que dit le profil${where} :`,
    received: (where: string) =>
      `Le profil ne dit pas qu'${il} a été formé ou encadré ; il montre que c'est ${lui} qui le fait${where} :`,
    grew: (where: string) => `Le profil ne dit pas qu'il l'a fait croître ; voici ce qu'il dit${where} :`,
    harm: (where: string) => `Le profil ne dit pas qu'${il} a fait cela ; voici ce qu'il dit${where} :`,
    moved: (where: string) => `Le profil ne dit pas que ça a évolué dans ce sens ; voici ce qu'il dit${where} :`,
    outcome: (where: string) => `Le profil ne dit pas quel en a été le résultat ; voici ce qu'il dit${where} :`,
    teachingKind: (where: string) => `Le profil ne dit pas cela de son enseignement ; voici ce qu'il en dit${where} :`,
  };
}

/** A "yes" the quotes qualify (see `unsaidClaim`), in French; `il` the profile's pronoun. */
function qualifiedFr(il: string) {
  const claimUnsaid = claimsUnsaidFr(il);
  return {
    otherWay: (where: string) => `Non — le profil dit l'inverse${where} :`,
    wentWay: (up: boolean, where: string) => `${up ? "À la hausse" : "À la baisse"}, d'après le profil${where} :`,
    saysInstead: (said: string, asked: string, where: string) =>
      `Non — le profil dit « ${said} », pas « ${asked} »${where} :`,
    saysOfOther: (said: string, asked: string, where: string) =>
      `Le profil ne mentionne pas « ${asked} » ; il dit « ${said} », d'autre chose${where} :`,
    partDenied: (subject: string, where: string) => `${subject} : non — le profil dit le contraire${where}`,
    denied: (where: string) => `Non — le profil dit le contraire${where} :`,
    movedAway: (where: string) => `Plus d'après le profil : il montre qu'on en est sorti${where} :`,
    automated: (where: string) =>
      `Le profil dit que c'était automatisé${where} ; il ne dit pas si une part était faite à la main :`,
    ownShare: (where: string) =>
      `Voici ce que dit le profil${where} ; il ne précise pas quelle part lui revient en propre :`,
    plannedOnly: (where: string) =>
      `En partie — le profil montre une stratégie ou une preuve de concept${where}, ` +
      "pas que cela ait été mené à terme :",
    usedAfter: (subject: string, employer: string, uses: string) => `Non — ${subject} après ${employer} : ${uses}.`,
    // (« il ne fait plus de Scala ? »: a negative question, answered « si ».)
    notStopped: (uses: string, negated = false) => `${negated ? "Si" : "Non"} — toujours utilisé. ${uses}`,
    stoppedMovedAway: (where: string) => `Oui, d'après le profil : il montre qu'on en est sorti${where} :`,
    skillNotNow: (subject: string, uses: string) => `Pas dans ses postes actuels — ${subject} : ${uses}.`,
    teachesNow: (where: string) => `${il[0]!.toUpperCase()}${il.slice(1)} enseigne aujourd'hui : ${where}.`,
    countNone: (counted: string) => `Le profil ne donne pas le nombre ${elided(counted)}« ${counted} ».`,
    figureUnsaid: (where: string) => `Le profil ne donne pas de chiffre pour cela${where} ; ce qu'il en dit :`,
    countUnsaid: (counted: string, where: string) =>
      `Le profil ne donne pas le nombre ${elided(counted)}« ${counted} »${where} ; ce qu'il en dit :`,
    countListed: (n: number, counted: string, where: string, items: string) =>
      `${n} ${counted}${where}, tels que le profil les liste : ${items}.`,
    classSizeUnsaid: "Le profil ne donne pas la taille de ses classes, seulement celle de l'école : ",
    claimUnsaid,
  };
}

/** « d' » before a vowel or a mute h, « de » before anything else: « le nombre d'« étudiants » ». */
function elided(word: string): string {
  return /^[aeiouyhàâéèêîôû]/i.test(word) ? "d'" : "de ";
}

/** Roles without a tool, and one tool only. */
function withoutWordsFr() {
  return {
    kindsOrder: (yes: boolean, earlier: string, later: string) =>
      `${yes ? "Oui" : "Non"} — d'abord ${earlier} ; puis ${later}.`,
    kindsTogether: (roles: string, after = false) =>
      `${after ? "Pas après" : "Pas avant"} — les deux ont commencé ensemble : ${roles}.`,
    kindsOrderNone: (roles: string) => `Le profil ne donne pas les deux ; les postes qu'il donne : ${roles}.`,
    titleAlways: (list: string) => `Oui — tous les postes du profil : ${list}.`,
    titleNotAlways: (held: string, others: string) => `Non — en plus de ${held}, le profil donne ${others}.`,
    without: (named: string, denied: string, list: string) =>
      named
        ? `Postes dont les lignes citent ${named} mais pas ${denied} : ${list}.`
        : `Postes dont les lignes ne citent pas ${denied} : ${list}.`,
    withoutNone: (named: string, denied: string) =>
      named ? `Aucun poste ne cite ${named} sans ${denied}.` : `Tous les postes du profil citent ${denied}.`,
    only: (tech: string, list: string) =>
      list
        ? `Non — en plus de ${tech}, ses postes citent ${list}.`
        : `Oui — ses postes ne citent aucune autre technologie que ${tech}.`,
    otherThan: (tech: string, list: string) =>
      list
        ? `Oui — en plus de ${tech}, ses postes citent ${list}.`
        : `Non — ses postes ne citent aucune autre technologie que ${tech}.`,
  };
}

/** A topic the profile lacks, or names only as what was set aside. */
function lackingWordsFr() {
  return {
    employerListed: (employer: string, n: number) => `${employer} : oui [${n}]`,
    employerUnlisted: (company: string) => `${company} : absent de ses employeurs`,
    parentNamed: (name: string, employer: string) => `(Le profil cite ${name} pour le poste chez ${employer}.)`,
    setAsideOnly: (topic: string, where: string) =>
      `Le profil ne cite « ${topic} » que comme ce qui a été écarté${where} :`,
    notMentioned: (topic: string) => `Le profil ne mentionne pas ${topic}.`,
  };
}

/** « depuis combien de temps fait-il du chiffrement ? », « développement d'API ? ». */
function practiceWordsFr() {
  return {
    partTaught: (subject: string, where: string) => `${subject} : ${where}`,
    partYes: (subject: string, where: string) => `${subject} : oui${where ? ` — ${where}` : ""}`,
    practiceTime: (subject: string, duration: string, roles: string, toToday: boolean) =>
      `${subject} : environ ${duration}${toToday ? " à ce jour" : ""}, d'après les postes qui le mentionnent — ` +
      `${roles}. Le CV date les postes, pas ce travail en leur sein : au plus cette durée.`,
    practiceShort: (subject: string, duration: string, roles: string) =>
      `Pas si longtemps, d'après le profil — ${subject} : au plus environ ${duration}, d'après les postes qui le ` +
      `disent — ${roles}.`,
    partUsedNotMade: (subject: string, where: string) => `${subject} : utilisé, pas créé d'après le profil — ${where}`,
  };
}
