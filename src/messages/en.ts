import type { Profile } from "../knowledge/profile.js";
import type { OwnerTopic, SpokenLanguage } from "../query/owner-topics.js";

/** How long ago a role ended, or began. */
const AGO_EN = {
  leftAgo: (employer: string, when: string, since: string) => `At ${employer} (${when}): it ended ${since} ago.`,
  startedAgo: (employer: string, when: string, since: string) => `At ${employer} (${when}): it began ${since} ago.`,
};

const POSSESSIVE: Record<string, string> = { he: "his", she: "her", they: "their" };
const SPOKEN_EN: Record<SpokenLanguage, string> = {
  english: "English",
  french: "French",
  german: "German",
  spanish: "Spanish",
  italian: "Italian",
  dutch: "Dutch",
  portuguese: "Portuguese",
};
const OBJECT: Record<string, string> = { he: "him", she: "her", they: "them" };
/** A title that says where already: "Big Data Lecturer at an engineering school" (then ", EPISEN", not "at"). */
const SAYS_WHERE = / at (an? |the )?(\w+ )?(school|university|college|company)\b/i;

const chatterEn = (subject: string) => ({
  greeting: `Hello! Ask me anything about ${subject}'s profile — roles, projects, skills, tools, dates.`,
  thanks: "You're welcome! Anything else about the profile?",
  goodbye: "Goodbye, and good luck with the search!",
  ack: "👍 Anything else about the profile?",
  remark:
    "Sorry if that wasn't helpful. I answer from the profile only: ask about a role, a project, a skill, a tool " +
    "or a date.",
  puzzled: `Not sure what you're asking. Ask me about ${subject}'s profile in words, for example:`,
  doubt:
    "I answer from the profile's own words: the quoted passages are what it says, and when it doesn't say, I say so. " +
    "Ask about a role, a project, a skill, a tool or a date.",
});

/** Replies on the language of answers: one not spoken, one asked for. */
const languageWords = (subject: string, first: string) => ({
  otherLanguage:
    "I answer in English or French only: please ask again in one of them. (Je réponds en anglais ou en français.)",
  otherLanguageNames: "(I answer in English or French only: this is what the profile says of the names asked.)",
  languageTaken: `I'll answer in English. Ask about ${subject}'s roles, skills, tools or dates, e.g. "${first}"`,
});

/** What the profile holds of a question, and what it doesn't hold with it. */
const PARTIAL = {
  partial: (shown: string, where: string, missing: string) =>
    `The profile mentions ${shown}${where}, but not ${missing} with it.`,
  figureGiven: (given: string, where: string, asked: string) => `The profile gives ${given}${where}, not ${asked}.`,
  partialNone: (where: string, missing: string) => `The profile doesn't mention ${missing}${where}.`,
  saidElsewhere: (where: string, at: string) => `The profile says that${where}, but not at ${at}.`,
  partialElsewhere: (shown: string, where: string, at: string) =>
    `The profile mentions ${shown}${where}, but not at ${at}.`,
  partialClose: (asked: string, where: string, missing: string) =>
    `The profile shows something close to ${asked}${where}, but not ${missing}.`,
  partialCloseElsewhere: (asked: string, where: string, at: string) =>
    `The profile shows something close to ${asked}${where}, but not at ${at}.`,
  partialCloseUnclear: (asked: string, where: string) =>
    `The profile shows something close to ${asked}${where}, perhaps not in the sense of your question.`,
  partialUnclear: (shown: string, where: string) =>
    `The profile mentions ${shown}${where}, but perhaps not in the sense of your question.`,
};

/** Replies to "what else?" (see whatElse) and to "which cloud?" (see categoryAnswer). */
function moreWords(profile: Profile) {
  const [, second] = profile.examples.en as [string, string, ...string[]];
  return {
    taskDeclined: "(I don't write, translate or fix anything: I only answer about the profile.)",
    partElsewhere: (subject: string, asked: string, where: string) => `${subject}: not at ${asked} — ${where}`,
    /** Taught, never used in a role: no "yes" to "has he used Kafka?". */
    skillTaughtOnly: (subject: string, uses: string) =>
      `${subject}: ${uses}; the profile doesn't show it used in a role.`,
    partTaughtOnly: (subject: string, uses: string) => `${subject}: ${uses}, not used in a role`,
    nothingMore: "That's all the profile says: the passages above.",
    /** "does he fit?" before any job was pasted. */
    fitWhat:
      'Which job? Paste its requirements in one message ("Requirements: Spark, AWS, 5+ years") and I\'ll check ' +
      "each against the profile.",
    /** "I have a role for him:", nothing after: the job is asked for. */
    jobComing:
      'Go ahead: paste its requirements in one message ("Requirements: Spark, AWS, 5+ years") and I\'ll check ' +
      "each against the profile.",
    /** "and before?" opening a conversation: before what? */
    whichRole: (employer: string) => `Before or after which role? Name one, e.g. "what did he do before ${employer}?".`,
    /** "and the nice-to-haves?" of a job that lists none. */
    fitNoNice: "The job checked lists no nice-to-haves: every line of it is in the report above.",
    /** After a pasted job description, only its closing questions are answered. */
    afterList:
      "(These answer the questions after the description; send the description alone to check him against each line.)",
    moreHow: `To see more, ask about one role or one skill, e.g. "${second}"`,
    categoryNamed: (kind: string, places: string) => `The profile names ${kind} itself at ${places}.`,
    categoryUses: (kind: string, list: string) => `For ${kind}, the profile names: ${list}.`,
    whyUnsaid: "The profile doesn't say why.",
    /** "Was he the only data engineer at MAIF?": what it shows, with no "yes" to "the only one". */
    soleUnsaid: "it doesn't say that was the only one:",
    /** "Any cloud other than AWS?": what it shows is the one set aside. */
    otherUnsaid: "that is the one set aside, not another:",
    otherKind: (named: string) =>
      `The profile shows ${named}; it doesn't clearly name another one — the closest passages:`,
    tookUnsaid: "The profile doesn't say how long it took; it gives only each role's dates.",
    tookUnsaidRole: "The profile doesn't say how long it took; it gives only the role's dates:",
    tookUnsaidAt: (where: string) =>
      `The profile doesn't say how long it took; it gives only the role's dates: ${where}.`,
    goalOf: (employer: string) => `The profile doesn't say why in so many words; the goal it gives at ${employer}:`,
  };
}

/** The engine's sentences: verdicts, refusals, chatter, owner-only topics. */
function answerWords(profile: Profile) {
  const subject = profile.subject.en;
  const he = profile.pronouns.en;
  const their = POSSESSIVE[he.toLowerCase()] ?? "their";
  const [first, second] = profile.examples.en as [string, string, ...string[]];
  return {
    yes: (where: string) => `Yes — the profile mentions it${where}.`,
    ...qualifiedWords(he, their),
    notGuessed: (figure: string) => `Not ${figure}.`,
    when: (where: string) => `That was${where}:`,
    found: (where: string) => `Here is what the profile says${where}:`,
    reworded: (words: string) => `in other words than ${words}`,
    at: (places: string) => ` at ${places}`,
    inFaq: " in the owner's FAQ",
    shownBeside: (where: string) => `What it does show${where}:`,
    ...lackingWords(their),
    notSaid: "The profile doesn't say.",
    notInHisWork: (topic: string) => `The profile doesn't show ${topic} in his own work.`,
    notEmployer: (company: string, employers: string) =>
      `The profile doesn't list ${company} among ${their} employers (${employers}).`,
    placeNamed: (place: string) => `What the profile says of ${place}:`,
    offTopic: `I only answer questions about ${subject}'s profile: roles, projects, skills, tools and dates.`,
    ...languageWords(subject, first),
    tryAsking: `Try: "${first}" or "${second}"`,
    empty: `Ask a question about ${subject}'s profile, e.g. "${first}"`,
    tooLong: (n: number, limit: number) =>
      `Your question is ${n} characters long; the limit is ${limit}. Please shorten it — or paste a job ` +
      "description with /fit.",
    llmUnavailable: "Fluent answers are unavailable right now; these are the passages from the profile.",
    unchecked: "The generated answer could not be checked against the profile; these are the passages instead.",
    reading: (pairs: string) => `Reading ${pairs}.`,
    quote: (t: string) => `“${t}”`,
    ...{ as: " as ", and: " and ", or: " or " },
    skillYes: (subject: string, uses: string) => `Yes — ${subject}: ${uses}.`,
    skillUses: (subject: string, uses: string) => `${subject}: ${uses}.`,
    longestUse: (employer: string, duration: string) => `Longest at ${employer} (${duration}).`,
    levelUnrated: `The profile says where it was used, not how expert ${he} is: judge from the passages below.`,
    versionUnsaid: "The profile names no versions.",
    usage: { used: "used at", taught: "taught at", trained: "trained others in it at" },
    since: (start: string) => `since ${start}`,
    ...PARTIAL,
    teamSize: (count: number, where: string) => `${count} people at ${where}`,
    teamSizes: (list: string) => `Team, as the profile lists it: ${list}.`,
    teamKind: (kind: string, list: string) =>
      `${kind[0]!.toUpperCase()}${kind.slice(1)} in the team, as the profile lists them: ${list}.`,
    partPartial: (subject: string, missing: string) =>
      missing ? `${subject}: partly — not ${missing} with it` : `${subject}: partly`,
    partSetAside: (subject: string) => `${subject}: named only as what was chosen against`,
    partNo: (subject: string) => `${subject}: not in the profile`,
    ...practiceWords(),
    // The CV dates roles, not the work within them.
    chatter: chatterEn(subject),
    examples: profile.examples.en,
    ownerOnly: ownerOnlyWords(he, their),
    askOwner: (contact: string) =>
      contact ? `Only ${he} can say: ${contact}` : `Only ${he} can say — please ask ${subject} directly.`,
    arithmetic: "I only answer questions about the profile, not sums.",
    taughtOnly: ` (in ${their} teaching or training, not as used in ${their} own work)`,
  };
}

/** Whole-profile answers about one role's stack, and about the people he led. */
function roleWords(profile: Profile) {
  const he = profile.pronouns.en;
  const their = POSSESSIVE[he.toLowerCase()] ?? "their";
  return {
    roleStack: (employer: string, when: string, list: string) => `At ${employer} (${when}): ${list}.`,
    roleTaught: (employer: string, when: string, list: string) =>
      `At ${employer} (${when}), taught: ${list}, among the topics quoted below.`,
    stackNone: (employer: string) => `The profile lists no stack for ${employer}.`,
    leadership: (places: string) => `Yes — the profile shows ${he} supervised others at ${places}.`,
    leadershipCounted: (whom: string, open: boolean) =>
      `${open ? `${he[0]!.toUpperCase()}${he.slice(1)}` : `Yes — ${he}`} supervised ${whom}.`,
    andMore: (n: number) => `and ${n} more`,
    peopleAt: (people: string, place: string) => `${people} at ${place}`,
    peopleCountedAt: (employer: string) => `At ${employer} it counts other people, quoted below, not people ${he} led.`,
    leadershipElsewhere: (employer: string, places: string, side?: "before" | "after") =>
      `The profile doesn't say ${he} led people ${side ?? "at"} ${employer}; it shows ${he} supervised others at ` +
      `${places}.`,
    titleDuration: (duration: string, title: string, roles: string) => `About ${duration} as ${title}: ${roles}.`,
    titleList: (roles: string) => `Titles, as the profile gives them: ${roles}.`,
    titleHeld: (roles: string) => `Yes — ${roles}.`,
    seniority: (roles: string, duration: string, start: string) =>
      `${roles}; about ${duration} of experience in all, since ${start}.`,
    overlapYes: (a: string, b: string, duration: string, from: string, to: string | null) =>
      `Yes — ${a} and ${b} overlap: ${duration}, ${to ? `from ${from} to ${to}` : `since ${from}`}.`,
    overlapPair: (a: string, b: string, duration: string, from: string, to: string | null) =>
      `${a} and ${b}, ${duration} ${to ? `from ${from} to ${to}` : `since ${from}`}`,
    overlaps: (pairs: string) => `Yes — some of his roles overlap: ${pairs}.`,
    overlapsNone: "No — none of his roles overlap.",
    overlapNo: (a: string, b: string) => `No — ${a} and ${b} don't overlap.`,
    /** "Spark for 10 years?": yes or no, then the time as the answer gives it (a name keeps its capital). */
    claimChecked: (yes: boolean, lead: string) => `${yes ? "Yes" : "No"} — ${lead}`,
    compared: (employer: string, longer: boolean) => `${longer ? "Longer" : "Shorter"}: ${employer}.`,
    enough: (yes: boolean, total: string) =>
      `${yes ? "Yes" : "No"} — ${String(total).charAt(0).toLowerCase()}${String(total).slice(1)}`,
    order: (first: string, second: string) => `${first} began first, then ${second}.`,
    endedOrder: (first: string, second: string, ongoing: boolean) =>
      ongoing ? `${first} ended first; ${second} is still ongoing.` : `${first} ended first, then ${second}.`,
    bothOngoing: (a: string, b: string) => `Neither has ended: ${a} and ${b} are both ongoing.`,
    leadershipNone: `The profile doesn't say ${he} led a team.`,
    leadershipNotNow: (current: string, before: string) =>
      `Not in ${their} current roles, as the profile tells them: ${current}. ` +
      `Before: ${he} supervised others at ${before}.`,
    notTitled: (title: string) => `None of the titles the profile gives is ${title}.`,
    leadershipTeams: (teams: number, places: string) =>
      `The profile doesn't say ${he} led ${teams} teams; it shows ${he} supervised others at ${places}.`,
    leadershipSize: (size: number, places: string) =>
      `The profile doesn't say ${he} led a team of that size (${size}); it shows ${he} supervised others at ${places}.`,
    leadershipYears: (years: number, places: string, time: string) =>
      `The profile doesn't show ${years} years of leading others: ${he} supervised others at ${places}, ${time}.`,
    leadershipBuilt: (places: string) =>
      `The profile doesn't say ${he} built or hired a team; it shows ${he} supervised others at ${places}.`,
    leadershipLineNone: `The profile doesn't say ${he} was anyone's line manager.`,
    leadershipLine: (places: string) =>
      `The profile doesn't say ${he} was anyone's line manager; it shows ${he} supervised others at ${places}.`,
    alsoTrains: (places: string) => `${he[0]!.toUpperCase()}${he.slice(1)} also trains people: ${places}.`,
  };
}

/** "How long has he used Spark?", "since when?": the time and start of a technology. */
function techWords(he: string) {
  return {
    /** "Is he a data architect?": no such title, but where he took decisions of architecture. */
    titleButDecided: (places: string) => `It shows ${he} took architectural decisions at ${places}.`,
    whyAt: (at: string) => `What the profile gives as the mission's context at ${at}:`,
    skillsAll: (list: string) => `Every technology his roles' stacks name, today's stack first: ${list}.`,
    // The CV dates roles, not tools within them: the time is that of the roles that list the tool.
    // A current role counts to today, past the CV's own "(4 years 3 months)" written earlier.
    techUndated: (tech: string, employer: string, away: boolean) =>
      away
        ? `The CV doesn't date ${tech} within ${employer}, where it shows a move away from it: at most that long.`
        : `The CV doesn't say when ${employer} moved to ${tech}: at most that long.`,
    techPlannedOnly: (tech: string, employer: string) =>
      `At ${employer}, the profile shows only a strategy or a proof of concept for ${tech}, not its use: ` +
      "at most that long.",
    kindTime: (kind: string, duration: string, roles: string, toToday: boolean) =>
      `${String(kind).charAt(0).toUpperCase()}${String(kind).slice(1)}: ` +
      `about ${duration}${toToday ? " to today" : ""} ` +
      `in the roles whose stacks list such tools — ${roles}.`,
    kindRole: (where: string, tools: string) => `${where}: ${tools}`,
    techUsed: (tech: string, duration: string, roles: string, toToday: boolean) =>
      `${tech}: about ${duration}${toToday ? " to today" : ""} in the roles that list it, at ${roles}.`,
    techSince: (tech: string, start: string, roles: string[], duration: string, toToday: boolean, end?: string) =>
      `${tech}: ${end ? `from ${start} to ${end}` : `since ${start}`} ` +
      `(about ${duration}${toToday ? " to today" : ""} in the roles that list it), ` +
      `at ${roles[0]}` +
      `${roles.length > 1 ? `, then ${roles.slice(1).join(", ")}` : ""}.`,
    /** "when did he last use Docker?": in use now, or where the CV last lists it. */
    techLongest: (tech: string, first: string, rest: string) =>
      `${tech}: ${rest ? `longest at ${first}; then ${rest}` : `only at ${first}`}.`,
    techLastNow: (tech: string, roles: string) => `${tech}: still in use — listed in the current role at ${roles}.`,
    techLastLeft: (tech: string, where: string) =>
      `${tech}: listed at ${where}, where the profile shows a move away from it.`,
    techLastPast: (tech: string, last: string, current: string) =>
      `${tech}: last listed at ${last}; not in the current roles (${current}).`,
    techTaught: (roles: string) => `Taught at ${roles}.`,
    techOnlyTaught: (tech: string, roles: string, span: string | null = null) =>
      `${tech}: taught at ${roles}${span ? `, a teaching role of about ${span}` : ""}; ` +
      "the profile doesn't show it used in a role.",
    techNone: (tech: string) => `The profile doesn't mention ${tech}.`,
    onlyAt: (tech: string, there: string) =>
      `Yes — of ${POSSESSIVE[he.toLowerCase()] ?? "their"} roles, only ${there} lists ${tech}.`,
    notOnlyAt: (tech: string, there: string, elsewhere: string) =>
      `No — not only there: ${tech} is listed at ${there}, and also at ${elsewhere}.`,
  };
}

/** "Was he a contractor at AAA-Data?": the contract of one role. */
function contractWords(their: string) {
  return {
    employersOnContract: (count: number, contract: "freelance" | "permanent", list: string) =>
      `${count} ${contract === "freelance" ? "freelance" : "permanent-contract"} ${count === 1 ? "role" : "roles"}: ` +
      `${list}.`,
    freelanceDuration: (duration: string, roles: string) => `About ${duration} as a freelancer: ${roles}.`,
    freelanceNone: "The profile shows no freelance role.",
    /** "Has he freelanced for an insurer?": the kind held, on another contract. */
    sectorOtherContract: (freelance: boolean, list: string) =>
      `Not ${freelance ? "freelance" : "on a permanent contract"} — as the CV describes them: ${list}.`,
    permanentDuration: (duration: string, roles: string) => `About ${duration} on permanent contracts: ${roles}.`,
    permanentNone: "The profile shows no role on a permanent contract.",
    contractAt: (yes: boolean | null, employer: string, contract: string, when: string) =>
      `${yes === null ? "At" : yes ? "Yes — at" : "No — at"} ${employer} (${when}): ${contract}.`,
    /** "Was he employed by Decathlon?": he worked there, freelance — no bare "no" that says he never did. */
    freelanceThere: (employer: string, contract: string, when: string) =>
      `Not as an employee — at ${employer} (${when}) the role is ${String(contract).toLowerCase()}.`,
    contractNow: (yes: boolean | null, now: string, before: string) =>
      `${yes === null ? "Currently" : yes ? "Yes — currently" : "No — currently"}: ${now}.` +
      (before ? ` Before: ${before}.` : ""),
    contractHistoryNone: "The profile doesn't say under which contracts the roles were.",
    contractLast: (permanent: boolean, role: string, first = false) =>
      `${their.charAt(0).toUpperCase()}${their.slice(1)} ${first ? "first" : "most recent"} ` +
      `${permanent ? "permanent contract" : "freelance role"}: ${role}.`,
    contractRanked: (yes: boolean, first: boolean, permanent: boolean, role: string) =>
      `${yes ? "Yes" : "No"} — ${their} ${first ? "first" : "most recent"} ` +
      `${permanent ? "permanent contract" : "freelance role"}: ${role}.`,
    contractLastNone: (permanent: boolean) =>
      `The profile names no ${permanent ? "permanent contract" : "freelance role"}.`,
    contractHistory: (yes: boolean | null, freelance: string, permanent: string, permanentFirst: boolean) => {
      const parts = [freelance ? `freelance: ${freelance}` : "", permanent ? `permanent contracts: ${permanent}` : ""];
      const said = (permanentFirst ? parts.reverse() : parts).filter(Boolean).join("; ");
      return yes === null ? `${said[0]!.toUpperCase()}${said.slice(1)}.` : `${yes ? "Yes — " : "No — "}${said}.`;
    },
    contractUnknown: (employer: string) => `The profile doesn't say what the contract was at ${employer}.`,
  };
}

/** What only the person can say, topic by topic. */
function ownerOnlyWords(he: string, their: string): Record<OwnerTopic, string> {
  return {
    availability: `The profile doesn't say when ${he} is available.`,
    rate: `The profile doesn't give ${their} daily rate.`,
    salary: `The profile doesn't give ${their} salary expectations.`,
    location: `The profile doesn't say where ${he} is based.`,
    permit: `The profile doesn't say whether ${he} needs a visa or a work permit.`,
    clearance: `The profile doesn't say whether ${he} holds a security clearance.`,
    countries: `The profile doesn't say in which countries ${he} has worked.`,
    remote: `The profile doesn't say whether ${he} works remotely or on site.`,
    contact: `The profile doesn't give ${their} contact details.`,
    languages: `The profile doesn't say which languages ${he} speaks.`,
    education: `The profile doesn't list ${their} degrees or certifications.`,
    opinion: "The profile gives facts, not judgements: ask about a skill, a role or a result instead.",
    personal: `The profile says nothing about ${their} private life.`,
    name: `The CV doesn't give ${their} name.`,
    wishes: `The profile says what ${he} has done, not what ${he} would want next.`,
    departure: `The profile gives when each role began and ended, not why ${he} left.`,
    events:
      "The profile gives each role's title and dates; it doesn't tell of promotions, resignations or how " +
      `${he} was recruited.`,
    motives: `The profile says which roles are freelance, not why ${he} chose to work that way.`,
    workload: `The profile gives each role's dates, not how much of ${their} week it takes.`,
    company: `The profile says which roles are freelance, not through which company or legal form ${he} invoices.`,
    manager: `The profile gives ${their} teams, not whom ${he} reported to.`,
    references: "The profile gives no references, nor whom you may call.",
    document: "I answer questions about the CV, quoting it (in French when asked in French); I can't send the file.",
  };
}

/** A "yes" the quotes qualify: the passage says the opposite, or doesn't tell his own share. */
function qualifiedWords(he: string, their: string) {
  const them = OBJECT[he.toLowerCase()] ?? "them";
  return {
    otherWay: (where: string) => `No — the profile says it was the other way round${where}:`,
    wentWay: (up: boolean, where: string) => `${up ? "Up" : "Down"}, as the profile tells it${where}:`,
    saysInstead: (said: string, asked: string, where: string) =>
      `No — the profile says “${said}”, not “${asked}”${where}:`,
    saysOfOther: (said: string, asked: string, where: string) =>
      `The profile doesn't mention “${asked}”; it says “${said}”, of something else${where}:`,
    partDenied: (subject: string, where: string) => `${subject}: no — the profile says otherwise${where}`,
    denied: (where: string) => `No — the profile says otherwise${where}:`,
    usedAfter: (subject: string, employer: string, uses: string) => `No — ${subject} after ${employer}: ${uses}.`,
    notStopped: (uses: string, _negated = false) => `No — still in use. ${uses}`,
    stoppedMovedAway: (where: string) => `Yes, as the profile tells it: it shows a move away from it${where}:`,
    skillNotNow: (subject: string, uses: string) => `Not in ${their} current roles — ${subject}: ${uses}.`,
    teachesNow: (where: string) =>
      `${he[0]!.toUpperCase()}${he.slice(1)} ${he === "they" ? "teach" : "teaches"} now: ${where}.`,
    countNone: (counted: string) => `The profile gives no number of “${counted}”.`,
    figureUnsaid: (where: string) => `The profile gives no figure for that${where}; what it says:`,
    countUnsaid: (counted: string, where: string) =>
      `The profile gives no number of “${counted}”${where}; what it says:`,
    countListed: (n: number, counted: string, where: string, items: string) =>
      `${n} ${counted}${where}, as the profile lists them: ${items}.`,
    classSizeUnsaid: "The profile gives no class size, only the school's: ",
    movedAway: (where: string) => `Not as the profile tells it: it shows a move away from it${where}:`,
    automated: (where: string) =>
      `The profile says it was automated${where}; it doesn't say whether any was done by hand:`,
    ownShare: (where: string) =>
      `Here is what the profile says${where}; it doesn't say which part of it was ${their} own:`,
    plannedOnly: (where: string) =>
      `Partly — the profile shows a strategy or a proof of concept for it${where}, not that it was carried out:`,
    /** More than the passages say: see `unsaidClaim`. */
    claimUnsaid: {
      alone: (where: string) => `Here is what the profile says${where}; it doesn't say ${he} did it alone:`,
      scratch: (where: string) => `Here is what the profile says${where}; it doesn't say ${he} built it from scratch:`,
      production: (where: string) =>
        `Here is what the profile says${where}, in a training mission; it doesn't say it went to production:`,
      whole: (where: string) => `Here is what the profile says${where}; it doesn't say it was all of it:`,
      founded: (where: string) => `The profile doesn't say ${he} founded it; here is what it says${where}:`,
      created: (where: string) => `The profile doesn't say ${he} created it; it shows ${them} working with it${where}:`,
      decided: (where: string) => `The profile doesn't say whose decision it was; here is what it says${where}:`,
      left: (where: string) => `The profile doesn't say it was left behind; here is what it says${where}:`,
      led: (where: string) => `The profile doesn't say ${he} led it; here is what it says${where}:`,
      without: (where: string) => `The profile doesn't say ${he} worked without it; here is what it says${where}:`,
      placeFigure: (where: string) =>
        `That figure is the school's own (the students it trains), not ${their} classes'; ` +
        `here is what the profile says${where}:`,
      figure: (where: string) => `Not with those figures — here is what the profile says${where}:`,
      received: (where: string) =>
        `The profile doesn't say ${he} was taught, trained or led; it shows ${them} as the one doing it${where}:`,
      grew: (where: string) => `The profile doesn't say ${he} grew it; here is what it says${where}:`,
      harm: (where: string) => `The profile doesn't say ${he} did that; here is what it says${where}:`,
      moved: (where: string) => `The profile doesn't say it went that way; here is what it says${where}:`,
      outcome: (where: string) => `The profile doesn't say how it turned out; here is what it says${where}:`,
      teachingKind: (where: string) =>
        `The profile doesn't say that of ${their} teaching; here is what it says${where}:`,
    },
  };
}

/** "What did he do before MAIF?": the roles before another. */
function beforeWords() {
  return {
    overlapsNoneWith: (employer: string) => `No — none of his other roles overlaps with ${employer}.`,
    allBefore: (employer: string, roles: string) => `Before ${employer}: ${roles}.`,
    before: (employer: string, previous: string) => `Just before ${employer}: ${previous}.`,
    beforeHeld: (employer: string, roles: string) => `Already under way when ${employer} began: ${roles}.`,
    beforeThat: (previous: string) => `Before that: ${previous}.`,
    beforeAlongside: (roles: string) => `At the same time: ${roles}.`,
    beforeEarlier: (roles: string) => `Earlier: ${roles}.`,
    afterAlongside: (employer: string, roles: string) => `Begun while at ${employer}: ${roles}.`,
    beforeAround: (employer: string, roles: string) =>
      `Not before ${employer} but alongside it: ${roles} (begun earlier, still held during ${employer}).`,
    sinceEarlier: (employer: string, when: string) => `Longer than that — ${employer}: ${when}.`,
    beforeNone: (employer: string) => `The profile lists no role before ${employer}.`,
  };
}

/** How results are introduced. */
function resultWords() {
  return {
    results: "Results the profile gives with figures:",
    resultsNone: "The profile gives no figures for that.",
    costsUnfigured: "The profile gives no figure for what was saved; what it says of costs:",
    costsCut: "Yes — what the profile says of costs (it gives no figure):",
    stacksCompared: (a: string, b: string, both: string, onlyA: string, onlyB: string) =>
      `in both tech stacks (${a}, ${b}): ${both}. Only at ${a}: ${onlyA}. Only at ${b}: ${onlyB}.`,
    stackUnlisted: (employers: string) => `The CV lists no tech stack for ${employers}.`,
    noneListed: "none",
    yesLead: "Yes — ",
    noLead: "No — ",
    costsNotAt: (asked: string, where: string) => `The profile doesn't mention costs at ${asked}; it does at ${where}:`,
    costsNone: (asked: string) => `The profile doesn't mention costs at ${asked}.`,
    resultsStated: "The profile gives no figures there; its results, as it states them:",
    teamSizesSame: (list: string) => `Teams of the same size, as the profile lists them: ${list}.`,
    teamSizesBy: (largest: boolean, list: string) =>
      `Teams, ${largest ? "largest" : "smallest"} first, as the profile lists them: ${list}.`,
  };
}

/** Times: the whole career, and as the CV counted them when it was written. */
function durationWords() {
  return {
    /** "which roles lasted more than 2 years?": those, then the others. */
    tenureHeld: (said: string, held: string, others: string, about?: boolean, longer?: boolean) =>
      `${longer ? `Yes — longer than ${said}` : about ? `Yes — about ${said}` : `Lasted ${said}`}: ${held}.` +
      `${others ? ` The others: ${others}.` : ""}`,
    tenureNoneHeld: (said: string, nearest: string, about?: boolean) =>
      `${about ? `No — none of his roles lasted about ${said}` : `None of his roles lasted ${said}`}; ` +
      `the nearest: ${nearest}.`,
    longerThanSaid: (total: string) =>
      `Longer than that — ${String(total).charAt(0).toLowerCase()}${String(total).slice(1)}`,
    asOfCv: (month: string) => `As of the CV, written around ${month}.`,
    asWritten: (month: string, duration: string) => `Up to when the CV was written (around ${month}): ${duration}.`,
    total: (duration: string, start: string, roles: string) =>
      `About ${duration} of experience, from ${start} to today (overlapping roles counted once): ${roles}.`,
    noDates: "The profile gives no dates for its roles: no length of experience can be worked out from it.",
    experienceBefore: (duration: string, employer: string, joined: string, start: string, roles: string) =>
      `About ${duration} of experience on joining ${employer} (${joined}), from ${start} on: ${roles}.`,
    noneBefore: (employer: string, joined: string) => `The profile lists no role before ${employer} (${joined}).`,
  };
}

/** Whole-profile answers: durations, timelines, employers, skills. */
const MONTHS_EN = [
  ...["January", "February", "March", "April", "May", "June"],
  ...["July", "August", "September", "October", "November", "December"],
];

/** "freelance since 2019?": whether every role of those years had the contract asked. */
function contractSpanWords() {
  return {
    contractSpanYes: "Yes —",
    contractSpanNo: "No —",
    contractSpanNotAll: (contract: "freelance" | "permanent") =>
      `Not all of them were ${contract === "freelance" ? "freelance" : "on a permanent contract"}.`,
  };
}

/** "Was his team at MAIF bigger than 5?": each roster's size against the bound asked. */
function teamSizeWords() {
  return {
    people: (count: number): string => (count === 1 ? "person" : "people"),
    teamBound: (more: boolean, strict: boolean, n: number, noun: string) =>
      more
        ? strict
          ? `more than ${n} ${noun}`
          : `at least ${n} ${noun}`
        : strict
          ? `fewer than ${n} ${noun}`
          : `at most ${n} ${noun}`,
    teamCounted: (count: number, noun: string, where: string) => `${count} ${noun} at ${where}`,
    teamBoundYes: (list: string) => `Yes — ${list}, as the profile lists the team.`,
    countSaid: (places: string) => `Yes — the profile counts them so at ${places}.`,
    countsDiffer: (team: string) => `The profile's team lists ${team}; other lines count them otherwise, quoted below.`,
    countsNo: (places: string, asked: string) =>
      `No — no count of ${asked} at ${places}: its team and the lines below give other figures.`,
    teamKindUnlisted: (kind: string, places: string) => `The team the profile lists at ${places} names no “${kind}”:`,
    teamBoundNo: (list: string, bound: string) => `No — ${list}, as the profile lists the team: not ${bound}.`,
    teamBoundSome: (yes: string, no: string, bound: string) =>
      `Yes — ${yes}, as the profile lists the team; not ${bound} elsewhere: ${no}.`,
    teamUnlisted: (where: string) => `The profile lists no team at ${where}.`,
  };
}

/** "has he recently worked in insurance?": the sector's roles, all ended. */
function sectorNowWords(he: string) {
  const his = he === "she" ? "her" : he === "they" ? "their" : "his";
  return {
    sectorNotNow: (list: string) => `Not in ${his} current roles — as the CV describes them: ${list}.`,
  };
}

/** Whole-profile answers about his career: the longest role, gaps, kinds of employer. */
function careerWords(he: string) {
  return {
    gapOf: (first: string, next: string, duration: string) => `Yes — ${duration} between ${first} and ${next}.`,
    gapNone: (first: string, next: string) => `No gap — ${next} began the month ${first} ended.`,
    gapOverlap: (first: string, next: string) => `No gap — ${next} began before ${first} ended: they overlap.`,
    teachingNone: "The profile shows no teaching or training role.",
    firstNone: "The profile gives no dated role.",
    roleYear: (yes: boolean | null, employer: string, when: string) =>
      `${yes === null ? "" : yes ? "Yes — " : "No — "}${employer}: ${when || "no dates given"}.`,
    tenure: (shortest: boolean, first: string, note: string, rest: string) =>
      `${shortest ? "Shortest" : "Longest"}: ${first}.${note}${rest ? ` Then: ${rest}.` : ""}`,
    tenureNone: "The profile gives no dated roles.",
    noGaps: (first: string, roles: string) =>
      `No gap in the dates the CV gives: from ${first} on, each role begins by the time the one before ends. ${roles}.`,
    gaps: (gaps: string, roles: string) => `Months no role covers, in the dates the CV gives: ${gaps}. ${roles}.`,
    gap: (from: string, to: string, length: string) => `${length}, from ${from} to ${to}`,
    sectors: (list: string, unsaid: string) =>
      `The CV describes his employers as follows: ${list}.${unsaid ? ` It doesn't describe ${unsaid}.` : ""}`,
    sectorYes: (list: string) => `Yes — as the CV describes them: ${list}.`,
    /** "Was MAIF a bank?" of the one employer asked. */
    sectorNoOne: (kind: string, employer: string, what: string) =>
      `Not as the CV describes it: ${employer} is ${what}, not “${kind}”.`,
    sectorUnsaidOne: (employer: string) => `The CV doesn't say what kind of company ${employer} is.`,
    /** "Was his team at MAIF bigger than 5?": each roster's size against the bound asked. */
    /** "How big is MAIF?": no headcount in the CV; what it says of their scale follows. */
    ageSaid: (employer: string, said: string) => `As the CV describes ${employer}: “${said}”.`,
    ageUnsaid: (employer: string) => `The CV doesn't say how long ${employer} has existed.`,
    sizeUnsaid: (names: string[], quoted: boolean, unsaid: string) => {
      const who =
        names.length === 0
          ? "his employers"
          : `${names.slice(0, -1).join(", ")}${names.length > 1 ? " or " : ""}${names.at(-1)}`;
      const which = names.length >= 2 ? ", so it can't say which is bigger" : "";
      const none = unsaid && names.length > 1 ? ` (nothing for ${unsaid})` : "";
      const shown = quoted ? ` What it says of ${names.length === 1 ? "its" : "their"} scale${none}:` : "";
      return `The CV gives no headcount for ${who}${which}.${shown}`;
    },
    sectorNo: (kind: string, list: string, unsaid: string) =>
      `The CV doesn't describe any employer of the profile as “${kind}”. It describes them as follows: ${list}.` +
      (unsaid ? ` It doesn't describe ${unsaid}.` : ""),
    /** "Decathlon as a sporting goods retailer": profile.yml's words, said as the owner's, not the CV's. */
    ownerDescribes: (list: string) => ` A note added to the profile (not the CV) describes ${list}.`,
    /** "his level of English?": the languages line, saying the one asked. */
    spokenLevel: (language: string) =>
      `The profile doesn't say which languages ${he} speaks, nor how well ${he} speaks ${language}.`,
    /** The spoken languages, as spokenLevel names them. */
    spokenNames: SPOKEN_EN,
    /** "The profile doesn't mention “retailer”." before the owner's note that does: it is the CV that doesn't. */
    notInCv: { profile: "The profile doesn't mention", cv: "The CV doesn't mention" },
    ownerDescribed: (employer: string, what: string) => `${employer} as ${what}`,
    /** "how do I contact him?" with no contact set: not "ask the candidate", whom the asker can't reach. */
    askSharer: "Please ask whoever shared this profile with you.",
    /** A part the CV lacks that the owner's note describes: "retail: not in the CV". */
    partNoCv: (subject: string) => `${subject}: not in the CV`,
    sectorOne: (employer: string, what: string) => `The CV describes ${employer} as ${what}.`,
    sectorOwnerYes: (kind: string, list: string) =>
      `The CV doesn't describe any employer as “${kind}”, but a note added to the profile (not the CV) describes ` +
      `${list}.`,
  };
}

/** Where teaching stands beside his other work, and the roles before his current ones. */
function asideWords(profile: Profile) {
  const he = profile.pronouns.en;
  const their = POSSESSIVE[he.toLowerCase()] ?? "their";
  return {
    notLeft: `${he[0]!.toUpperCase()}${he.slice(1)} ${he === "they" ? "haven't" : "hasn't"} left, by the CV:`,
    teachingShare: (main: string, earlier: string, teaching: string) =>
      `By the CV, teaching comes beside ${their} main work: ${main}.${earlier ? ` Before it: ${earlier}.` : ""} ` +
      `Teaching and training: ${teaching}.`,
    summaryBefore: (roles: string) => `Before: ${roles}.`,
    cvDated: (month: string) =>
      `The CV carries no date; the durations it gives its current roles date it to around ${month}. The answers here ` +
      "count every role to today.",
    cvUndated: "The CV carries no date, and none of its roles says how long it had lasted when it was written.",
    trained: (places: string) => `Yes — ${he} trained people at work: ${places}.`,
    trainedNone: `The profile doesn't show ${he} trained people at a company.`,
    /** "Did he supervise 5 juniors?": the number a passage gives. */
    leadershipSizeGiven: (said: number, size: number, places: string, over?: boolean) =>
      `The profile says ${he} supervised ${said}, not ${over ? "more than " : ""}${size}, at ${places}.`,
    notWhomLed: (whom: string) =>
      `The profile doesn't say ${he} led or trained ${/s$/.test(String(whom)) ? "" : "the "}${whom}.`,
    leadershipJuniors: (places: string) => `No — the profile says ${he} supervised junior engineers, at ${places}.`,
  };
}

/** Whether a role goes on: "is he still at Decathlon?", "has he left MAIF?" (`left`: asked the other way). */
const ROLE_GOES_ON = {
  stillThere: (at: string, when: string, left = false, _negated = false) =>
    `${left ? "No" : "Yes"} — at ${at} ${when}, and still there.`,
  notOnly: (at: string, when: string, others: string) => `No — at ${at} ${when}, and also: ${others}.`,
  alsoNow: (at: string, when: string, others: string) => `Yes — besides ${at} (${when}): ${others}.`,
  notOnlyThen: (year: string, roles: string) => `No — in ${year}: ${roles}.`,
  notThereIn: (employer: string, year: string, when: string, others: string) =>
    `He was not at ${employer} in ${year} — ${employer}: ${when}.${others ? ` In ${year}: ${others}.` : ""}`,
  alsoNowToo: (others: string) => ` Also now: ${others}.`,
  notThere: (employer: string, when: string, current: string, left = false) =>
    `${left ? "Yes" : "No"} — ${employer} was ${when}. Currently: ${current}.`,
};

/** "In 2020: …", "Mid-2020: …" (a part of a year as asked), "no role in 2018". */
function timelineWords(their: string) {
  return {
    timeline: (year: string, roles: string) => `In ${year}: ${roles}.`,
    openSpan: (side: "since" | "before" | "after", year: number, roles: string) =>
      `${side === "since" ? "Since" : side === "after" ? "After" : "Before"} ${year}: ` +
      `${roles || "the profile lists no role"}.`,
    timelinePart: (part: string, roles: string) =>
      `${String(part).replace(/^\p{Ll}/u, (c) => c.toUpperCase())}: ${roles}.`,
    timelineNone: (year: string) => `The profile lists no role in ${year}.`,
    // "Is he currently a data trainer?": not now; his roles now, and the ones that held it.
    titleNotThen: (year: string, employer?: string) =>
      `Not ${employer ? `at ${employer} ` : ""}in ${year}, as the profile tells it.`,
    titleHeldBy: (roles: string) => `The roles with that title: ${roles}.`,
    titleNotNow: (current: string, before: string) =>
      `Not in ${their} current roles, as the profile tells them: ${current}. Before: ${before}.`,
  };
}

/** Skills taught beside his main ones; "which tools has he stopped using?" (see droppedAnswer). */
function moreSkillWords(their: string) {
  return {
    skillsTaught: (list: string) => `Also taught: ${list}.`,
    skillsDropped: (list: string) => `Not in ${their} current roles; last named: ${list}.`,
    droppedAt: (names: string, place: string) => `${names} at ${place}`,
    skillsDroppedNone: `Every tool of ${their} past roles' stacks is in ${their} current roles too.`,
  };
}

function profileWords(profile: Profile) {
  const he = profile.pronouns.en;
  const their = POSSESSIVE[he.toLowerCase()] ?? "their";
  return {
    months: MONTHS_EN,
    since: (start: string) => `since ${start}`,
    span: (start: string, end: string) => `${start} – ${end}`,
    ...durationWords(),
    ...{ ...careerWords(he), ...sectorNowWords(he), ...teamSizeWords(), ...contractSpanWords() },
    ...techWords(he),
    roleDuration: (employer: string, when: string, duration: string, current: boolean, stated?: string) =>
      current
        ? `At ${employer} ${when} — ${duration} as of today${stated ? ` (the CV, written earlier: ${stated})` : ""}.`
        : `At ${employer} from ${when.replace(/\s+[–-]\s+/, " to ")} — ${duration}.`,
    ...timelineWords(their),
    ...AGO_EN,
    teachingDuration: (duration: string, roles: string) =>
      `About ${duration} of teaching and training in all: ${roles}.`,
    firstRole: (roles: string) => `The earliest role in the profile: ${roles}.`,
    after: (employer: string, next: string) => `Right after ${employer}: ${next}.`,
    afterNone: (employer: string) => `The profile lists no role after ${employer}.`,
    employers: (count: number, list: string) => `${count} employers, as the CV lists them: ${list}.`,
    employersOldestFirst: (count: number, list: string) => `${count} employers, oldest first: ${list}.`,
    employersLatest: (count: number, list: string) => `His last ${count} roles, the latest begun first: ${list}.`,
    employersWithin: (count: number, years: number, list: string) =>
      `${count} employer${count === 1 ? "" : "s"} in the last ${years} years, as the CV dates its roles: ${list}.`,
    employersBefore: (current: string, list: string) => `Before his current roles (${current}): ${list}.`,
    current: (list: string) => `Currently: ${list}.`,
    ...ROLE_GOES_ON,
    overview: (employer: string, title: string, when: string) => `At ${employer} (${title}, ${when}):`,
    titleAt: (employer: string, title: string, when: string) =>
      `${their.charAt(0).toUpperCase()}${their.slice(1)} title at ${employer}: ${title} (${when}).`,
    moreAt: (employer: string) => `More at ${employer}:`,
    ...resultWords(),
    ...beforeWords(),
    ...contractWords(their),
    skills: (list: string) => `Main skills, by how many roles use them, today's stack first: ${list}.`,
    languages: (list: string) => `Programming languages, by how many roles use them: ${list}.`,
    languagesNone: "The profile names no programming language in its roles.",
    ...moreSkillWords(their),
    ...withoutWords(),
    roles: (n: number) => (n === 1 ? "1 role" : `${n} roles`),
    latest: (label: string) => `latest ${label}`,
    summaryRole: (list: string, duration: string, start: string) =>
      `${list}; about ${duration} of experience since ${start}.`,
    summarySkills: (list: string) => `Main skills: ${list}.`,
    summaryHighlight: (text: string) => `Highlight: ${text}`,
    title: (employer: string, title: string, asked: string) =>
      `At ${employer} ${their} title is ${title}; the profile doesn't say ${he} was ${asked}.`,
    titles: (list: string, asked: string) =>
      `The profile gives these titles: ${list}; it doesn't say ${he} was ${asked}.`,
    /** "Is he a team lead?": no such title, but where he supervised others. */
    titleButLed: (places: string) => `It shows ${he} supervised others at ${places}.`,
    roleAt: (title: string, employer: string, contract: string | null, when: string) =>
      // "Big Data Lecturer at an engineering school, EPISEN": a title that says where already.
      `${title}${SAYS_WHERE.test(title) ? "," : " at"} ${employer}${contract ? ` (${contract})` : ""}, ${when}`,
  };
}

/** A fit report's first line: how many requirements are met, those met in part, those missing. */
const fitSummaryEN = (met: number, total: number, partial: string[], missing: string[]) =>
  [
    `Meets ${met} of ${total} requirement${total > 1 ? "s" : ""}.`,
    partial.length ? `Partly: ${partial.join(", ")}.` : "",
    missing.length ? `Not in the profile: ${missing.join(", ")}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
/** The nice-to-haves, after the requirements. */
const fitWishedEN = (met: number, total: number, partial: string[], missing: string[]) =>
  [
    `Nice to have: ${met} of ${total} met`,
    partial.length ? `partly: ${partial.join(", ")}` : "",
    missing.length ? `not in the profile: ${missing.join(", ")}` : "",
  ]
    .filter(Boolean)
    .join("; ")
    .concat(".");
/** The words of a fit report's lines. */
const FIT_REPORT_EN = {
  /** Between a requirement and its verdict. */
  sep: ": ",
  met: "✔ met",
  partial: "◐ partly",
  not_in_profile: "✘ not in the profile",
  /** After a requirement listed as a nice-to-have. */
  wished: " (nice to have)",
  none: "The description names no requirement the bot can check (technologies, years, responsibilities).",
};

/** What the Asker says instead of an answer, and the words of a fit report. */
function serviceWords() {
  return {
    /** What the Asker says instead of an answer. */
    service: {
      error: (ref: string) =>
        `Sorry — something went wrong on my side (reference ${ref}). Please try again in a moment.`,
      limited: (s: number) => `You've asked a lot of questions in the last minute. Please try again in ${s} s.`,
      busy: "I'm answering a lot of questions right now. Please try again in a minute.",
      closing: "I'm restarting right now. Please ask again in a minute.",
      fitEmpty: "Paste a job description (several lines are fine) and I'll check each requirement against the profile.",
      fitTooLong: (length: number, limit: number) =>
        `That description is ${length} characters long; the limit is ${limit}. ` +
        "Please paste the requirements part only.",
    },
    /** A job description read against the profile. */
    fit: {
      years: (n: number) => `${n}+ years of experience`,
      techYears: (n: number, tech: string) => `${n}+ years of ${tech}`,
      taughtOnly: "taught only, not used in a role",
      plannedOnly: "a strategy or a proof of concept only, not its use",
      offer: (terms: string[]) => `Not graded, the offer's terms for the candidate to answer: ${terms.join("; ")}.`,
      aside: (n: number) => `Not graded: ${n} line${n > 1 ? "s" : ""} about the company or its benefits.`,
      unread: (lines: string[]) => `Not read as a requirement (ask it as a question): ${lines.join("; ")}.`,
      trainedOnly: "trained others in it, not used in a role",
      ownerOnly: "only the candidate can say",
      has: (d: string) => `${d} in the profile`,
      hasTech: (d: string) => `${d} in the roles that list it`,
      undatedMove: (employer: string, away: boolean) =>
        away
          ? `; at most: ${employer} shows a move away from it, undated`
          : `; at most: the CV doesn't say when ${employer} moved to it`,
      whenWritten: (d: string) => `, counted to today; ${d} when the CV was written`,
      leadYears: (n: number) => `${n}+ years leading a team`,
      titleYears: (n: number, title: string) => `${n}+ years as ${title}`,
      domainYears: (n: number, domain: string) => `${n}+ years in ${domain}`,
      inRoles: (d: string, employers: string) => `${d} in the roles that show it: ${employers}`,
      /** Where he supervised people: "supervised 2 people at AAA-Data, January 2020 – May 2021: …". */
      supervised: (people: number, places: string, duration: string) =>
        `${people > 0 ? `supervised ${people} ${people > 1 ? "people" : "person"}` : "supervised others"} ` +
        `at ${places}: ${duration}`,
      notes: (notes: string[]) => notes.join("; "),
      noLeadTitle: "no lead or manager title",
      noLead: "no team led in the profile",
      below: (d: string, n: number) => `${d}, below ${n}+ years`,
      teamSize: (most: number, size: number) => `${most} people at most, ${size} asked`,
      titleHeld: (titles: string) => `title held: ${titles}`,
      titlesHeld: (titles: string) => `titles held: ${titles}`,
      moreSenior: (titles: string) => `more senior than asked: ${titles}`,
      asTitle: (d: string, title: string) => `${d} as ${title}`,
      summary: fitSummaryEN,
      wished: fitWishedEN,
    },
    fitReport: FIT_REPORT_EN,
  };
}

/** Words every platform shows around an answer: Slack, Discord, the terminal. */
function platformWords(profile: Profile) {
  const subject = profile.subject.en;
  const [first, second] = profile.examples.en as [string, string, ...string[]];
  return {
    /** Words every platform shows around an answer. */
    platform: {
      botName: "Profile bot",
      working: "Looking through the profile…",
      notHere: "I'm not enabled in this channel. Ask me in a direct message instead.",
      expired: "That answer is no longer available; please ask again.",
      thanks: "Thanks for the feedback.",
      reading: "Reading the job description against the profile…",
      fitTitle: "Job description fit",
      fitSubmit: "Check",
      fitLabel: "Paste the job description",
      share: "Share in channel",
      sources: "Sources",
      quoted: "Quoted from the CV",
      written: "Written from the quoted CV passages",
    },
    slack: {
      usage: (command: string, french: string) =>
        `Ask me about ${subject}'s profile, in English or French. For example:\n` +
        `• ${command} ${first}\n• ${command} ${second}\n• ${command} ${french}`,
      homeAbout: profile.headline.en
        ? `I answer questions about one candidate's CV — ${profile.headline.en} — in English or French.`
        : "I answer questions about one candidate's CV, in English or French.",
      homeAsk: (command: string, bot: string) =>
        `*Ask me*\n• \`${command} ${first}\`\n• mention me in a channel: \`@${bot} ${second}\`\n` +
        "• or write to me directly in a DM.\nReply in my thread to ask a follow-up.",
      homeSourced:
        "*How answers are sourced*\nEvery answer quotes the CV passages it rests on, with their section and dates. " +
        "When the CV does not say, I say so — I never guess.",
    },
    discord: {
      usage: (bot: string) =>
        `Ask me about ${subject}'s profile, e.g. \`@${bot} ${first}\` or \`/ask question: ${second}\``,
      askCommand: `Ask about ${subject}'s profile`,
      askQuestion: `e.g. ${first}`,
      askPublic: "Show the answer to the channel (default: only you)",
      fitCommand: `Check a job description against ${subject}'s profile`,
      fitPublic: "Show the result to the channel (default: only you)",
    },
    chat: chatWords(subject, first),
  };
}

/** The terminal chat's banner and commands. */
function chatWords(subject: string, first: string) {
  return {
    intro: (bot: string) => `${bot} — ask about ${subject}'s CV, in English or French.`,
    mode: (mode: string, passages: number, files: string) => `Mode: ${mode}. ${passages} passages from ${files}.`,
    sourced: "Answers quote the CV; when it does not say, the bot says so.",
    offline: "Set OPENAI_API_KEY in .env for fluent answers (see README).",
    platforms: "Set Slack or Discord tokens in .env to run those bots instead (see README).",
    example: `Example: "${first}" — type "exit" or press Ctrl-D to quit.`,
    fit: 'To check a job description: type "/fit", paste it (several lines), then a line with "." alone.',
    fitPrompt: 'Paste the job description, then a line with "." alone.',
    commands:
      'Commands: "/fit" (or "/fit <the job in one line>") checks a job description; "/reset" starts a new ' +
      'conversation; "/help" shows this again; "exit" quits.',
    reset: "New conversation: follow-ups no longer refer to what was asked before.",
    unknownCommand: (command: string) => `Unknown command “${command}”.`,
  };
}

/** Where a forwarded question came from, as the owner reads it. */
export interface ForwardOrigin {
  asker: string;
  /** "#recruiting", or undefined for a direct message. */
  channel?: string;
  /** The Slack workspace or Discord server. */
  workspace?: string;
}

const dateIn = (locale: string) => (date: Date) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);

/** "Ask the candidate": the recruiter's button and replies, and the owner's direct messages. */
export function forwardWords() {
  return {
    askButton: "Ask the candidate",
    sent: "Sent to the candidate. You'll get their answer as soon as they reply.",
    already: "This question was already sent to the candidate.",
    undeliverable:
      "Sorry — the candidate can't receive direct messages from me, so the question couldn't be delivered.",
    limited: (minutes: number) =>
      `You've sent several questions to the candidate in the last hour. Please try again in ${minutes} min.`,
    expired: "That question is no longer available; please ask it again.",
    ownerIntro: "A recruiter asked something the profile doesn't answer:",
    ownerFrom: (o: ForwardOrigin) =>
      `From ${o.asker}, ${o.channel ? `in ${o.channel}` : "in a direct message"}` +
      `${o.workspace ? ` (${o.workspace})` : ""}.`,
    ownerHowSlack: "Reply in this thread: your reply goes to them as your own words.",
    ownerHowDiscord: "Reply to this message: your reply goes to them as your own words.",
    answerIntro: (date: Date) => `The candidate answered, in their own words (${dateIn("en-GB")(date)}):`,
    yourQuestion: (question: string) => `Your question: “${question}”`,
    delivered: "Sent to the recruiter. Save it to the FAQ, so the bot answers this question itself next time?",
    saveButton: "Save as FAQ",
    saved: "Saved to the FAQ: the bot answers this question from now on.",
    alreadySaved: "This answer is already in the FAQ.",
    saveFailed: (ref: string) => `Sorry — the FAQ could not be written (reference ${ref}).`,
    notDelivered: (ref: string) =>
      `Sorry — your answer could not be posted to the recruiter (reference ${ref}). Reply again to retry.`,
    ownerOnly: "Only the candidate can do that.",
  };
}

/**
 * Every English word the bot says, adapters included, naming the person and giving examples as
 * profile.yml says. The French module has the same shape (`Messages`): a missing key fails tsc.
 */
export function english(profile: Profile) {
  return {
    ...answerWords(profile),
    ...moreWords(profile),
    ...scopeWords(),
    profile: { ...profileWords(profile), ...roleWords(profile), ...asideWords(profile), ...scopeWords() },
    ...serviceWords(),
    ...platformWords(profile),
    forward: forwardWords(),
  };
}

export type ForwardWords = ReturnType<typeof forwardWords>;
export type AnswerWords = ReturnType<typeof answerWords>;
export type MoreWords = ReturnType<typeof moreWords>;
export type ProfileWords = ReturnType<typeof profileWords>;
export type RoleWords = ReturnType<typeof roleWords>;
export type AsideWords = ReturnType<typeof asideWords>;
export type ServiceWords = ReturnType<typeof serviceWords>;
export type PlatformWords = ReturnType<typeof platformWords>;

/** The shape every language's module has. */
export type Messages = ReturnType<typeof english>;

/** A "yes" out of the scope asked: "in the last 2 years", "in all his jobs" (answers and profile answers alike). */
function scopeWords() {
  return {
    notInWindow: (window: string, said: string) => `Not ${window} — ${said}.`,
    taughtTopics: (at: string) => `Topics taught at ${at}, as the profile lists them:`,
    notEveryRole: (said: string) => `No, not in every role — ${said}.`,
    saidAt: (where: string) => `the profile says it${where}`,
    subjectSays: (subject: string, said: string) => `${subject}: ${said}`,
  };
}

/** Roles without a tool, and one tool only. */
function withoutWords() {
  return {
    kindsOrder: (yes: boolean, earlier: string, later: string) =>
      `${yes ? "Yes" : "No"} — first ${earlier}; then ${later}.`,
    kindsTogether: (roles: string, after = false) =>
      `${after ? "Not after" : "Not before"} — both began together: ${roles}.`,
    kindsOrderNone: (roles: string) => `The profile doesn't give both; the roles it gives: ${roles}.`,
    titleAlways: (list: string) => `Yes — every role the profile gives: ${list}.`,
    titleNotAlways: (held: string, others: string) => `No — besides ${held}, the profile gives ${others}.`,
    without: (named: string, denied: string, list: string) =>
      named
        ? `Roles whose lines name ${named} but not ${denied}: ${list}.`
        : `Roles whose lines don't name ${denied}: ${list}.`,
    withoutNone: (named: string, denied: string) =>
      named ? `No role names ${named} without ${denied}.` : `Every role of the profile names ${denied}.`,
    only: (tech: string, list: string) =>
      list
        ? `No — besides ${tech}, the profile's roles name ${list}.`
        : `Yes — the profile's roles name no technology but ${tech}.`,
    otherThan: (tech: string, list: string) =>
      list
        ? `Yes — besides ${tech}, the profile's roles name ${list}.`
        : `No — the profile's roles name no technology but ${tech}.`,
  };
}

/** A topic the profile lacks, or names only as what was set aside. */
function lackingWords(their: string) {
  return {
    employerListed: (employer: string, n: number) => `${employer}: yes [${n}]`,
    employerUnlisted: (company: string) => `${company}: not among ${their} employers`,
    parentNamed: (name: string, employer: string) => `(The profile names ${name} for the ${employer} role.)`,
    setAsideOnly: (topic: string, where: string) => `The profile names “${topic}” only as what was set aside${where}:`,
    notMentioned: (topic: string) => `The profile doesn't mention ${topic}.`,
  };
}

/** "how long has he done PII encryption?", "API dev?": a practice's time, a thing worked with but not built. */
function practiceWords() {
  return {
    partTaught: (subject: string, where: string) => `${subject}: ${where}`,
    partYes: (subject: string, where: string) => `${subject}: yes${where ? ` — ${where}` : ""}`,
    practiceTime: (subject: string, duration: string, roles: string, toToday: boolean) =>
      `${subject}: about ${duration}${toToday ? " to today" : ""}, going by the roles that say it — ${roles}. ` +
      "The CV dates the roles, not this work within them: at most that long.",
    practiceShort: (subject: string, duration: string, roles: string) =>
      `Not that long, as the profile tells it — ${subject}: at most about ${duration}, going by the roles that say ` +
      `it — ${roles}.`,
    partUsedNotMade: (subject: string, where: string) => `${subject}: worked with, not shown built — ${where}`,
  };
}
