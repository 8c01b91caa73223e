import { audienceIn, audienceOf } from "./audience.js";
import { heldSince, roleInWindow, windowAsked } from "./role-scope.js";
import type { Answer } from "./answer.js";
import { mergedAnswers } from "./several-questions.js";
import type { MessagesByLanguage as Messages } from "../messages/messages.js";
import { narrowestOf, type RoleFinder } from "./role-finder.js";
import type { Chunk } from "../knowledge/chunk.js";
import type { Technology } from "../query/vocabulary.js";
import { foldText, literal, wordTokens } from "../text/normalize.js";
import { passageTerms } from "../text/stem.js";
import type { Language } from "../text/stem.js";
import {
  coversYear,
  formatDuration,
  mergedMonths,
  monthOf,
  monthsOfRoles,
  spanOf,
  spanUntil,
  writtenMonth,
  type MonthSpan,
} from "../profile/durations.js";
import type { ProfileIntent, RoleSort, YearsBound } from "../profile/profile-intents.js";
import { FREELANCE, PERMANENT } from "../profile/profile-intents.js";
import { leftBehind, movedTo } from "../profile/left-behind.js";
import { describedAs, usageOf, type RoleInfo, type Usage } from "../profile/roles.js";
import { citeChunk, quoteLines } from "./cite.js";
import { PLANNED } from "./evidence.js";
import { askedInNegative, placesOf } from "./extractive-answer.js";
import { givesMeasure } from "./measures.js";

/** What whole-profile answers are computed from. */
export interface ProfileContext {
  /** The CV's dated roles, in the CV's order (most recent first). */
  roles: RoleInfo[];
  technologies: Technology[];
  /** Technologies a teaching role names ("Apache Kafka"), folded token → display. */
  taughtNames: (role: RoleInfo, lang: Language) => string[];
  messages: Messages;
  /** Today, for durations of current roles; tests set it. */
  now: () => Date;
  /** Whether a technology's name is a programming language's. */
  programming?: (name: string) => boolean;
  /** Each content word of a text: its stems and its synonyms' (the owner's thesaurus). */
  meanings?: (text: string) => string[][];
  /** The roles that may hold a folded word (a superset), from the keyword index; see `techUses`. */
  rolesHolding?: RoleFinder;
  /** What the owner's profile.yml says an employer is, when it says ("a sporting goods retailer"). */
  ownerDescription?: (employer: string, lang: Language) => string | undefined;
}

/** Passages of whole-profile answers: the most a reply shows. */
const MAX_CITATIONS = 8;
/** Roles an answer names one by one; past them, how many more (a knowledge of thousands of roles). */
const MAX_LISTED = 6;
const RESULT_WORDS =
  /\b(reduction|reduced|reduc|drastic|optimi[sz]\w*|from .* to|de .* a|facilitation|scalab\w*|critical|critique)\b/;
/** A passage about money: "Reduction of costs…", « Réduction des coûts… », "the S3 bill". */
const COST_SAID = /\b(costs?|couts?|savings|economies|bills?|factures?|budgets?)\b/;
/** A figure of money or of a share: "30%", "7M€", "$2k", "3x" (not "S3"). */
const MONEY_FIGURE =
  /(?<![\p{L}\p{N}])\d[\d,.]*\s*(%|k?€|m€|\$|percent|pour ?cent|euros?|dollars?|x(?![\p{L}])|times|fois)/iu;
/** A section of results: "Business impact", « Impact business », "Results". */
const IMPACT = /\b(impact|results?|resultats?|achievements?|realisations?|gains?)\b/;
/** A passage's own (last) heading, folded. */
const sectionOf = (c: Chunk) => foldText(c.section.split("›").at(-1) ?? "");

/** Roles named in a sentence, "; " between them: the first MAX_LISTED, then how many more. */
function listed(items: string[], m: { andMore: (n: number) => string }, total = items.length, sep = "; "): string {
  const shown = items.slice(0, MAX_LISTED).join(sep);
  return total <= MAX_LISTED ? shown : `${shown}${sep}${m.andMore(total - MAX_LISTED)}`;
}

/** The words and helpers every whole-profile answer uses, in the asker's language. */
function toolsFor(question: string, language: Language, ctx: ProfileContext) {
  const m = ctx.messages[language].profile;
  const now = ctx.now();
  const month = (ym: string) => (ym.includes("-") ? `${m.months[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}` : ym);
  const when = (r: RoleInfo) =>
    !r.period
      ? ""
      : r.period.current
        ? m.since(month(r.period.start))
        : m.span(month(r.period.start), month(r.period.end!));
  const inLang = (r: RoleInfo) => inLangOf(r.chunks, r, language);
  const heading = (r: RoleInfo) => inLang(r).find((c) => c.kind === "role")!;
  // Title and contract as the asker's language writes them ("Formateur Data", "CDI").
  const roleAt = (r: RoleInfo) => {
    const own = heading(r).role ?? r;
    return m.roleAt(own.title, r.employer, own.contract, when(r));
  };
  const byKey = (key: string) => ctx.roles.find((r) => r.key === key)!;
  // "Decathlon (since May 2021)": a role named with its dates, as lists of roles write it.
  const at = (r: RoleInfo) => `${r.employer} (${when(r)})`;
  const work = ctx.roles.filter((r) => r.kind !== "teaching");
  const spans = (roles: RoleInfo[]) => roles.filter((r) => r.period).map((r) => spanOf(r.period!, now));
  // A time counted to today past the CV's own date: what it was when the CV was written, said after it.
  const writtenAt = writtenMonth(ctx.roles.flatMap((r) => (r.period ? [r.period] : [])));
  const writtenLabel = writtenAt === null ? null : `${m.months[writtenAt % 12]} ${Math.floor(writtenAt / 12)}`;
  const asWritten = (roles: RoleInfo[]): string => {
    if (writtenAt === null || !roles.some((r) => r.period?.current)) return "";
    const then = mergedMonths(spans(roles).map((x) => spanUntil(x, writtenAt)));
    if (mergedMonths(spans(roles)) - then < 2) return "";
    return ` ${m.asWritten(writtenLabel!, formatDuration(then, language))}`;
  };
  // "Is he still at Decathlon?": the CV says so as of when it was written, which may be months ago.
  const asOfCv = () => (writtenAt !== null && monthOf(now) - writtenAt >= 2 ? ` ${m.asOfCv(writtenLabel!)}` : "");
  const reply = replyFor(question, language);
  return {
    m,
    language,
    now,
    month,
    when,
    at,
    inLang,
    heading,
    roleAt,
    byKey,
    work,
    spans,
    asWritten,
    writtenLabel,
    writtenAt,
    asOfCv,
    reply,
    question,
  };
}

/** A whole-profile answer: its lead, then its passages quoted (each once, at most MAX_CITATIONS). */
export function replyFor(question: string, language: Language) {
  return (lead: string, chunks: Chunk[], answered = true): Answer => {
    const unique = [...new Map(chunks.filter(Boolean).map((c) => [c.id, c])).values()].slice(0, MAX_CITATIONS);
    const citations = unique.map((c) => citeChunk(c));
    const quotes = quoteLines(citations);
    return {
      question,
      answered,
      verdict: answered ? "yes" : "not_in_profile",
      answer: [lead, ...quotes].join("\n"),
      language,
      mode: "extractive",
      citations,
      ...(answered ? {} : { reason: "not_in_profile" as const }),
    };
  };
}

type Tools = ReturnType<typeof toolsFor>;

/** A folded stretch of the question as the asker wrote it: « école privée » for "ecole privee"; else as it is. */
function asWritten(folded: string, question: string): string {
  const f = foldText(question);
  const at = f.indexOf(folded);
  return at >= 0 && f.length === question.length ? question.slice(at, at + folded.length) : folded;
}

/** Those of a role's `chunks` (in its order) in `language`, or all of them when the role has none in it. */
function inLangOf(chunks: Chunk[], role: RoleInfo, language: Language): Chunk[] {
  return role.chunks.some((c) => c.lang === language) ? chunks.filter((c) => c.lang === language) : chunks;
}
/** The intent of one kind: `IntentOf<"timeline">` has its years. */
type IntentOf<K extends ProfileIntent["kind"]> = Extract<ProfileIntent, { kind: K }>;

/**
 * Answers a question about the profile as a whole from the roles' structure: durations computed
 * from the periods as of today, timelines, employers, skills ranked by use, a summary — every
 * figure with the headings, period lines and passages it comes from.
 */
/**
 * Whether a profile intent can be answered from the roles: "how long has he used SQL?" names a kind the synonyms
 * put over PostgreSQL, which no role lists by that name; its passages answer instead of "doesn't mention SQL".
 */
export function answerableIntent(intent: ProfileIntent, language: Language, ctx: ProfileContext): boolean {
  // ("Spark before MAIF?": the roles before answer, as passages; only none before is the profile's to say.)
  if (intent.kind === "before" && intent.thing) return !rolesBefore(intent.role, ctx).length;
  if (intent.kind !== "tech_experience") return true;
  return [intent.technology, ...(intent.also ?? [])].some(
    (t) => techUses(t, ctx.roles, language, ctx.rolesHolding).length > 0,
  );
}

export function answerProfileIntent(
  intent: ProfileIntent,
  question: string,
  language: Language,
  ctx: ProfileContext,
): Answer {
  const answer = intentAnswer(intent, question, language, ctx);
  // ("has he never worked with a PO?", « il n'a jamais formé d'équipes ? »: no "Yes" agreeing with the negative
  // before the facts against it; « Si » in French.)
  if (!answer.answered || (intent.kind !== "team_size" && intent.kind !== "trained")) return answer;
  // (A "never" or a negated verb; not « pas juste à l'université », "not just", which asks no negative.)
  if (!/\b(never|jamais)\b|n't\b|\b(has|did|does|had) (he|she) not\b|\bn'(a|avait)[- ]/.test(foldText(question)))
    return answer;
  const [lead, ...rest] = answer.answer.split("\n");
  return { ...answer, answer: [notAgreeing(lead!, question), ...rest].join("\n") };
}

function intentAnswer(intent: ProfileIntent, question: string, language: Language, ctx: ProfileContext): Answer {
  const tools = toolsFor(question, language, ctx);
  switch (intent.kind) {
    case "total_experience":
      return totalExperienceAnswer(intent, tools, ctx, language);
    case "tech_experience":
      return techExperienceAnswer(intent, tools, ctx, language);
    case "role_duration":
      return roleDurationAnswer(intent, tools, language);
    case "timeline":
      return timelineAnswer(intent, tools, ctx);
    case "timeline_ago":
      return timelineAgoAnswer(intent, tools, ctx);
    case "teaching_duration":
      return teachingDurationAnswer(tools, ctx, language, intent.atLeast, intent.below);
    case "first_role":
      return firstRoleAnswer(intent, tools, ctx);
    case "freelance_duration":
      return contractsTime(intent, tools, ctx);
    case "before":
      return beforeAnswer(intent, tools, ctx);
    case "taught_topics":
      return taughtTopicsAnswer(intent, tools, ctx);
    case "after":
      return afterAnswer(intent, tools, ctx);
    case "employers":
      return intent.sectors
        ? sectorsAnswer(
            tools,
            ctx,
            intent.kindAsked && asWritten(intent.kindAsked, question),
            intent.role,
            intent.contract,
          )
        : employersAnswer(tools, ctx, intent);
    case "current":
      return currentAnswer(intent, tools, ctx, language);
    case "overview":
      return notThereThen(intent, tools, ctx) ?? overviewAnswer(intent, tools);
    case "results":
      return resultsAnswer(intent, tools);
    case "skills":
      return skillsOf(intent, tools, ctx, language);
    case "summary":
      return summaryAnswer(tools, ctx, language, intent.brief === true);
    case "leadership":
      return leadershipAnswer(intent, tools, ctx);
    case "title":
      return titleAnswer(intent, tools, ctx, language);
    case "taught":
      return taughtAnswer(intent, tools, ctx, language);
    default:
      return careerAnswer(intent, tools, ctx, language);
  }
}

/** Answers about his roles over time: overlaps, the longest, gaps, a role in a year, contracts. */
function careerAnswer(
  intent: IntentOf<
    | "kinds_order"
    | "overlap"
    | "overlaps"
    | "tenure"
    | "gaps"
    | "cv_date"
    | "role_year"
    | "contract"
    | "company_size"
    | "team_size"
    | "company_age"
    | "stacks_compared"
    | "teaching_share"
    | "trained"
    | "without"
    | "only"
  >,
  tools: Tools,
  ctx: ProfileContext,
  language: Language,
): Answer {
  switch (intent.kind) {
    case "overlap":
      return overlapAnswer(intent, tools, language);
    case "overlaps":
      return overlapsAnswer(intent, tools, ctx, language);
    case "tenure":
      return tenureAnswer(intent, tools, ctx, language);
    case "gaps":
      return gapsAnswer(tools, ctx, language);
    case "cv_date":
      return cvDateAnswer(tools, ctx);
    case "company_size":
      return companySizeAnswer(intent, tools, ctx);
    case "team_size":
      return teamSizeAnswer(intent, tools, ctx);
    case "company_age":
      return companyAgeAnswer(intent, tools);
    case "stacks_compared":
      return stacksAnswer(intent, tools);
    case "teaching_share":
      return teachingShareAnswer(tools, ctx);
    case "trained":
      return trainedAnswer(tools, ctx);
    case "without":
      return withoutAnswer(intent, tools, ctx, language);
    case "only":
      return onlyAnswer(intent, tools, ctx);
    case "role_year":
      return roleYearAnswer(intent, tools, ctx);
    case "contract":
      return contractIntentAnswer(intent, tools, ctx, language);
    case "kinds_order":
      return kindsOrderAnswer(intent, tools, ctx);
  }
}

/** His contract: at one role, now, or over his career. */
function contractIntentAnswer(intent: IntentOf<"contract">, tools: Tools, ctx: ProfileContext, language: Language) {
  // ("on a permanent contract at MAIF now?": he left MAIF, which says so, with what he does now.)
  if (intent.role && intent.now && tools.byKey(intent.role).period?.current === false)
    return currentAnswer({ kind: "current", role: intent.role }, tools, ctx, language);
  if (intent.role) return contractAnswer({ ...intent, role: intent.role }, tools, ctx);
  // ("is he only freelance now?": every role going on, of that contract or not.)
  if (intent.over === "always" && ONLY_NOW_ASKED.test(foldText(tools.question)))
    return contractNowAnswer(intent, tools, ctx, true);
  return intent.over ? contractHistoryAnswer(intent, tools, ctx) : contractNowAnswer(intent, tools, ctx);
}

/**
 * "When was the CV written?": it carries no date; its own durations of the current roles ("4 years 3 months" since
 * May 2021) date it, and the answers count to today past it.
 */
function cvDateAnswer(tools: Tools, ctx: ProfileContext): Answer {
  const { m, heading, reply, writtenLabel } = tools;
  const current = ctx.roles.filter((r) => r.period?.current);
  if (!writtenLabel) return reply(m.cvUndated, current.map(heading), false);
  return reply(m.cvDated(writtenLabel), current.map(heading));
}

/** What a teaching role teaches: the technologies its passages name; nothing for other roles. */
function taughtBy(role: RoleInfo, ctx: ProfileContext, language: Language): string[] {
  if (role.kind !== "teaching") return [];
  const named = ctx.technologies
    .filter((t) => role.chunks.some((c) => t.tokens.every((x) => foldText(c.text).includes(x))))
    .map((t) => t.name);
  return [...new Set([...named, ...ctx.taughtNames(role, language)])];
}

/** "What does he teach (at EPISEN)?": the technologies each teaching role names, with the passages naming them. */
function taughtAnswer(intent: IntentOf<"taught">, tools: Tools, ctx: ProfileContext, language: Language): Answer {
  const { m, when, inLang, heading, byKey, reply } = tools;
  const roles = intent.role ? [byKey(intent.role)] : ctx.roles.filter((r) => r.kind === "teaching");
  const teaching = roles.map((r) => ({ r, names: taughtBy(r, ctx, language) })).filter((x) => x.names.length > 0);
  // ("…has he trained the teams in a model's whole life cycle at Pernod Ricard?": a training role's lines of what
  // was taught, as "what did he teach there?" gets.)
  const training = roles.length === 1 && roles[0]!.kind === "training" ? roles[0]! : null;
  if (teaching.length === 0 && training)
    return taughtTopicsAnswer({ kind: "taught_topics", role: training.key }, tools, ctx);
  if (teaching.length === 0) return roleStackAnswer(roles[0]?.key ?? ctx.roles[0]!.key, tools, ctx, language);
  // What he taught: the passages naming its technologies first, then the rest of the course's outline.
  const named = (c: Chunk, names: string[]) => names.some((n) => foldText(c.text).includes(foldText(n)));
  const bullets = (r: RoleInfo) => inLang(r).filter((c) => c.kind === "bullet");
  // Asked about his teaching as a whole, the roles where he trained colleagues count too.
  const trainers = intent.role ? [] : ctx.roles.filter((r) => r.kind === "training");
  const also = trainers.length > 0 ? m.alsoTrains(listed(trainers.map(tools.at), m)) : "";
  return reply(
    [...teaching.map(({ r, names }) => m.roleTaught(r.employer, when(r), names.join(", "))), also]
      .filter(Boolean)
      .join(" "),
    // The course's context ("Teaching in the course unit…"), what the subject is beyond its tools, then the lines
    // naming what it taught, the rest of its outline, and the role's heading, which the dates said come from.
    [
      ...teaching.flatMap(({ r, names }) => [
        ...inLang(r).filter((c) => c.kind === "context"),
        ...bullets(r).filter((c) => named(c, names)),
        ...bullets(r).filter((c) => !named(c, names)),
        heading(r),
      ]),
      ...trainers.map(heading),
    ],
  );
}

/** "Has he given training in a company?": the roles he trained teams in, with what the training was. */
function trainedAnswer(tools: Tools, ctx: ProfileContext): Answer {
  const { m, inLang, heading, reply } = tools;
  const trainers = ctx.roles.filter((r) => r.kind === "training");
  if (trainers.length === 0) return reply(m.trainedNone, [], false);
  // The role, what the training was for (its context), then what it taught (its lines).
  return reply(m.trained(listed(trainers.map(tools.at), m)), [
    ...trainers.flatMap((r) => [
      heading(r),
      ...inLang(r).filter((c) => c.kind === "context"),
      ...inLang(r).filter((c) => c.kind === "bullet"),
    ]),
  ]);
}

/**
 * "Is teaching his main job or on the side?": his current work roles (or all of them), then his teaching and
 * training roles beside them, with the passages giving the teaching's hours.
 */
function teachingShareAnswer(tools: Tools, ctx: ProfileContext): Answer {
  const { m, inLang, heading, roleAt, reply } = tools;
  const work = ctx.roles.filter((r) => r.kind === "work");
  const teaching = ctx.roles.filter((r) => r.kind !== "work");
  if (teaching.length === 0) return reply(m.teachingNone, [], false);
  const current = work.filter((r) => r.period?.current);
  const main = current.length > 0 ? current : work;
  const earlier = work.filter((r) => !main.includes(r));
  // (The hours a course takes, "10 h of lectures", say how much of his time it is.)
  const hours = (r: RoleInfo) => inLang(r).filter((c) => /\b\d+\s?h\b/i.test(c.text) || c.kind === "context");
  const lead = m.teachingShare(
    listed(main.map(roleAt), m),
    listed(earlier.map(tools.at), m),
    listed(teaching.map(roleAt), m, undefined, "; "),
  );
  return reply(lead, [...main.map(heading), ...teaching.flatMap((r) => [heading(r), ...hours(r)])]);
}

/** The work roles' earliest start, for "since 2015". */
function firstWorkRole(work: RoleInfo[]): RoleInfo | undefined {
  return [...work].filter((r) => r.period).sort((a, b) => a.period!.start.localeCompare(b.period!.start))[0];
}

/** "How many years of experience?": the work roles' merged months, since the first, every role listed. */
function totalExperienceAnswer(
  intent: IntentOf<"total_experience">,
  tools: Tools,
  ctx: ProfileContext,
  language: Language,
): Answer {
  const { m, month, heading, work, spans, reply } = tools;
  const months = mergedMonths(spans(work));
  const first = firstWorkRole(work);
  // No role with a readable period (a CV whose date lines were all lost): no figure to give, not "0 months".
  if (!first) return reply(m.noDates, [], false);
  if (intent.before) return experienceBefore(tools.byKey(intent.before), tools, language);
  const list = listed(ctx.roles.map(tools.at), m, undefined, ", ");
  const total =
    m.total(formatDuration(months, language), first ? month(first.period!.start) : "", list) + tools.asWritten(work);
  // "5+ years?": yes or no first, then the count it rests on.
  if (intent.atLeast === undefined) return reply(total, ctx.roles.map(heading));
  const enough = holds(months, intent.atLeast, intent.below);
  return reply(m.enough(enough, total), ctx.roles.map(heading), enough);
}

/** A count of years claimed: at least that many ("5+ years?"), or fewer (`below`: "less than 5 years?", "at most"). */
function holds(months: number, years: number, below?: YearsBound): boolean {
  if (below === "over") return months > years * 12;
  if (below === "orEqual") return months <= years * 12;
  // ("around 8 years?", "almost 8": a few months short of it at most, or more.)
  if (below === "near") return months >= years * 12 - 3;
  // (About that many: a few months short of it at most, or up to a fifth (three months at least) more.)
  // ("15 months at AAA-Data?", "a year and a half?": a count of months, a month either side.)
  const claimed = Math.round(years * 12);
  if (below === "about" && claimed % 12 !== 0) return Math.abs(months - claimed) <= 1;
  if (below === "about") return months >= years * 12 - 2 && months <= years * 12 + Math.max(3, years * 12 * 0.2);
  return below ? months < years * 12 : months >= years * 12;
}

/** "How much experience when he joined Decathlon?": the months of his work roles before that role began. */
function experienceBefore(role: RoleInfo, tools: Tools, language: Language): Answer {
  const { m, month, heading, work, reply } = tools;
  if (!role.period) return reply(m.noDates, [], false);
  const start = spanOf(role.period, tools.now).start;
  const earlier = work.filter((r) => r.period && r !== role && spanOf(r.period, tools.now).start < start);
  const spans = earlier
    .map((r) => spanOf(r.period!, tools.now))
    .map((s) => ({ start: s.start, end: Math.min(s.end, start) }));
  const first = firstWorkRole(earlier);
  if (!first) return reply(m.noneBefore(role.employer, month(role.period.start)), [heading(role)], false);
  const list = listed(earlier.map(tools.at), m, undefined, ", ");
  const duration = formatDuration(mergedMonths(spans), language);
  return reply(
    m.experienceBefore(duration, role.employer, month(role.period.start), month(first.period!.start), list),
    [heading(role), ...earlier.map(heading)],
  );
}

/** "How long has he used Spark?": the roles that used it (merged months), and those that taught it. */
function techExperienceAnswer(
  intent: IntentOf<"tech_experience">,
  tools: Tools,
  ctx: ProfileContext,
  language: Language,
): Answer {
  if (intent.onlyAt) return techOnlyAt(intent.technology, intent.onlyAt, tools, ctx, language);
  const kind = intent.ofKind && !intent.last && !intent.since && intent.atLeast === undefined;
  const together = kind ? kindTime(intent, tools, ctx, language) : null;
  if (intent.within) [ctx, tools] = cutBefore(ctx, tools, intent.within);
  if (together) return together;
  const each = [intent.technology, ...(intent.also ?? [])].map((t) =>
    intent.longest
      ? techLongest(t, tools, ctx, language)
      : intent.last
        ? techLast(t, tools, ctx, language)
        : intent.since
          ? techStart(t, tools, ctx, language)
          : techTime(t, tools, ctx, language),
  );
  const lead = each.map((e) => e.lead).join(" ");
  const chunks = each.flatMap((e) => e.chunks);
  // ("used Snowflake longer than Spark?": the first one's time against the second's.)
  if (intent.longer !== undefined && each.length === 2) {
    const [a, b] = [each[0]!.months ?? 0, each[1]!.months ?? 0];
    const yes = intent.longer ? a > b : a < b;
    return tools.reply(tools.m.claimChecked(yes, lead), chunks, yes);
  }
  // "Spark for 10 years?": yes or no first, then the time it rests on (taught only is no).
  if (intent.atLeast === undefined || each.length > 1)
    return tools.reply(
      lead,
      chunks,
      each.some((e) => e.found),
    );
  // (Only planned or tried, "2 years of Unity Catalog?" is neither "yes" nor "no": what the profile shows.)
  if ("planned" in each[0]! && each[0]!.planned) return tools.reply(lead, chunks, false);
  const enough = holds(each[0]!.months ?? 0, intent.atLeast, intent.below);
  // ("5 years of Databricks?": met only by the role whose move to it the CV doesn't date — neither yes nor no.)
  const sure = Number("sure" in each[0]! ? each[0]!.sure : (each[0]!.months ?? 0));
  // ("less than 3 years of Databricks?": no at most, yes at least — neither, either way.)
  if (holds(sure, intent.atLeast, intent.below) !== enough) return tools.reply(lead, chunks, false);
  return tools.reply(each[0]!.found ? tools.m.claimChecked(enough, lead) : lead, chunks, enough);
}

/**
 * "3 years of Python before Decathlon?": the roles asked of, counted up to where the first other role begins
 * (Decathlon, still going, up to EPISEN's start when asked "before EPISEN"); the time then, for "now".
 */
function cutBefore(ctx: ProfileContext, tools: Tools, within: string[]): [ProfileContext, Tools] {
  const cut = ctx.roles
    .filter((r) => !within.includes(r.key) && r.period)
    .map((r) => r.period!.start)
    .sort()[0];
  const [year, month] = (cut ?? "").split("-").map(Number);
  const roles = ctx.roles.filter((r) => within.includes(r.key));
  if (!year) return [{ ...ctx, roles }, tools];
  const now = new Date(Date.UTC(year, (month ?? 1) - 1, 1));
  // (Counted up to then: no "to today", nor the figure as of when the CV was written.)
  const techUsed = (name: string, duration: string, roles: string) => tools.m.techUsed(name, duration, roles, false);
  return [
    { ...ctx, roles },
    { ...tools, now, m: { ...tools.m, techUsed }, asWritten: () => "" },
  ];
}

/**
 * "how long has he worked with cloud?": the roles whose stacks list tools of that kind, their time together, and
 * which tools each lists ("Pernod Ricard (…): Databricks; AAA-Data (…): Snowflake; …"); null when none is used.
 */
function kindTime(intent: IntentOf<"tech_experience">, tools: Tools, ctx: ProfileContext, language: Language) {
  const { m, when, heading } = tools;
  const uses = [intent.technology, ...(intent.also ?? [])].flatMap((t) =>
    techUses(t, ctx.roles, language, ctx.rolesHolding)
      .filter((u) => u.usage === "used" && u.role.period)
      .map((u) => ({ ...u, name: t.name })),
  );
  if (uses.length === 0) return null;
  const roles = [...new Set(uses.map((u) => u.role))].sort((a, b) => a.period!.start.localeCompare(b.period!.start));
  const months = monthsOfRoles(
    roles.map((r) => r.period!),
    tools.now,
  );
  const each = roles.map((r) => {
    const names = [...new Set(uses.filter((u) => u.role === r).map((u) => u.name))];
    return m.kindRole(`${r.employer} (${when(r)})`, names.join(", "));
  });
  const lead =
    m.kindTime(
      intent.ofKind!,
      formatDuration(months, language),
      each.join("; "),
      roles.some((r) => r.period!.current),
    ) + tools.asWritten(roles);
  const chunks = roles.flatMap((r) => [heading(r), ...new Set(uses.filter((u) => u.role === r).map((u) => u.chunk))]);
  return tools.reply(lead, chunks, true);
}

/** "when did he last use Docker?", "Jenkins recently?": the current roles that list it, or the last one that did. */
/** "Where did he use Spark the longest?": the roles listing it, longest first, each with its length. */
function techLongest(
  technology: Technology,
  tools: Tools,
  ctx: ProfileContext,
  language: Language,
): { lead: string; chunks: Chunk[]; found: boolean; months?: number } {
  const { m, when, heading, now } = tools;
  const uses = techUses(technology, ctx.roles, language, ctx.rolesHolding).filter(
    (u) => u.role.period && u.usage === "used",
  );
  if (uses.length === 0) return techTime(technology, tools, ctx, language);
  const months = (r: RoleInfo) => roleMonths(r, now);
  const sorted = [...uses].sort((a, b) => months(b.role) - months(a.role));
  const colon = language === "fr" ? " : " : ": ";
  const line = (r: RoleInfo) => `${r.employer} (${when(r)}${colon}${formatDuration(months(r), language)})`;
  const [first, ...rest] = sorted.map((u) => line(u.role));
  const lead = m.techLongest(technology.name, first!, listed(rest, m));
  return { lead, chunks: sorted.flatMap((u) => [heading(u.role), u.chunk]), found: true };
}

function techLast(
  technology: Technology,
  tools: Tools,
  ctx: ProfileContext,
  language: Language,
): { lead: string; chunks: Chunk[]; found: boolean; months?: number; planned?: boolean } {
  const { m, when, heading } = tools;
  const uses = techUses(technology, ctx.roles, language, ctx.rolesHolding).filter(
    (u) => u.role.period && u.usage === "used",
  );
  if (uses.length === 0) return techTime(technology, tools, ctx, language);
  // (Not "still in use" where the role shows it left behind: "Decommissioning of EMR in favour of Databricks".)
  const left = (u: (typeof uses)[number]) =>
    u.role.chunks.some((c) => leftBehind(foldText(c.text), technology.tokens.join(" ")));
  const now = uses.filter((u) => u.role.period!.current && !left(u));
  const gone = uses.find((u) => u.role.period!.current && left(u));
  if (gone && now.length === 0) {
    const moved = gone.role.chunks.filter(
      (c) => c.kind === "bullet" && leftBehind(foldText(c.text), technology.tokens.join(" ")),
    );
    const lead = m.techLastLeft(technology.name, `${gone.role.employer} (${when(gone.role)})`);
    return { lead, chunks: inLangOf(moved, gone.role, language), found: false };
  }
  const at = (us: typeof uses) => us.map((u) => `${u.role.employer} (${when(u.role)})`).join(", ");
  const chunks = (us: typeof uses) => us.flatMap((u) => [heading(u.role), u.chunk]);
  if (now.length > 0) return { lead: m.techLastNow(technology.name, at(now)), chunks: chunks(now), found: true };
  const latest = [...uses].sort((a, b) => (b.role.period!.end ?? "").localeCompare(a.role.period!.end ?? ""))[0]!;
  const current = ctx.roles.filter((r) => r.period?.current).map((r) => r.employer);
  const lead = m.techLastPast(technology.name, at([latest]), [...new Set(current)].join(", "));
  return { lead, chunks: chunks([latest]), found: true };
}

/** "Airflow only at Decathlon?": no, with the other roles that list it; yes when none does; else where it is used. */
function techOnlyAt(technology: Technology, role: string, tools: Tools, ctx: ProfileContext, language: Language) {
  const { m, when, heading, reply } = tools;
  const uses = techUses(technology, ctx.roles, language, ctx.rolesHolding).filter((u) => u.role.period);
  const there = uses.filter((u) => u.role.key === role);
  const elsewhere = uses.filter((u) => u.role.key !== role);
  const time = techTime(technology, tools, ctx, language);
  const at = (us: typeof uses) =>
    listed([...new Set(us.map((u) => `${u.role.employer} (${when(u.role)})`))], m, undefined, ", ");
  if (there.length > 0 && elsewhere.length === 0) return reply(m.onlyAt(technology.name, at(there)), time.chunks);
  if (there.length === 0) return reply(time.lead, time.chunks, false);
  const chunks = [...there, ...elsewhere].flatMap((u) => [heading(u.role), u.chunk]);
  return reply(m.notOnlyAt(technology.name, at(there), at(elsewhere)), [...new Set(chunks)], false);
}

/** "Databricks, since when?": the earliest role that names it, then the others in the order they began. */
function techStart(technology: Technology, tools: Tools, ctx: ProfileContext, language: Language) {
  const { m, month, when, heading } = tools;
  // Where it was used; only taught ("Kafka"), the time answer says so.
  const uses = techUses(technology, ctx.roles, language, ctx.rolesHolding)
    .filter((u) => u.role.period && u.usage === "used")
    .sort((a, b) => a.role.period!.start.localeCompare(b.role.period!.start));
  const first = uses[0];
  if (!first) return techTime(technology, tools, ctx, language);
  const roles = uses.map((u) => `${u.role.employer} (${when(u.role)})`);
  // (And for how long: "since when? we need 5 years" weighs the time.)
  const months = monthsOfRoles(
    uses.map((u) => u.role.period!),
    tools.now,
  );
  const toToday = uses.some((u) => u.role.period?.current);
  // Used no more ("Snowflake, since when?" of AAA-Data, 2020–2021): from when to when, not "since".
  const ends = uses.map((u) => u.role.period!.end ?? "").sort();
  const end = toToday || !ends.at(-1) ? undefined : month(ends.at(-1)!);
  const lead =
    m.techSince(
      technology.name,
      month(first.role.period!.start),
      roles,
      formatDuration(months, language),
      toToday,
      end,
    ) + tools.asWritten(uses.map((u) => u.role));
  return { lead, chunks: uses.flatMap((u) => [heading(u.role), u.chunk]), found: true, months };
}

/** One technology's time: the roles that used it (merged months), and those that taught it. */
function techTime(technology: Technology, tools: Tools, ctx: ProfileContext, language: Language) {
  const { m, when, heading } = tools;
  const uses = techUses(technology, ctx.roles, language, ctx.rolesHolding);
  const used = uses.filter((u) => u.usage === "used");
  const taught = uses.filter((u) => u.usage !== "used");
  const list = (us: typeof uses) =>
    listed(
      us.map((u) => `${u.role.employer} (${when(u.role)})`),
      m,
      undefined,
      ", ",
    );
  const name = technology.name;
  if (uses.length === 0) return { lead: m.techNone(name), chunks: [], found: false };
  // "Kafka, how long?": taught only, for as long as the roles that teach it.
  const taughtFor = monthsOfRoles(
    taught.flatMap((u) => (u.role.period ? [u.role.period] : [])),
    tools.now,
  );
  const span = taughtFor > 0 ? formatDuration(taughtFor, language) : null;
  if (used.length === 0)
    return { lead: m.techOnlyTaught(name, list(taught), span), chunks: taught.map((u) => u.chunk), found: true };
  // One closed role as the CV counts it ("1 year 5 months"), as the fit report and "how long at AAA-Data?" do.
  const months = monthsOfRoles(
    used.flatMap((u) => (u.role.period ? [u.role.period] : [])),
    tools.now,
  );
  // "EMR, how long?" where Decathlon shows it decommissioned, "Databricks" it moved to: the roles' time is at most.
  const shift = movesWithin(technology, used, language);
  // "Unity Catalog, how long?" where its role shows only a strategy and a POC for it: no use, at most the role's time.
  const planned = shift ? null : plannedWithin(technology, used, language);
  const lead = [
    m.techUsed(
      name,
      formatDuration(months, language),
      list(used),
      used.some((u) => u.role.period?.current),
    ) + tools.asWritten(used.map((u) => u.role)),
    shift ? m.techUndated(name, shift.role.employer, shift.away) : "",
    planned ? m.techPlannedOnly(name, planned.role.employer) : "",
    taught.length > 0 ? m.techTaught(list(taught)) : "",
  ]
    .filter(Boolean)
    .join(" ");
  const chunks = [...used, ...taught].flatMap((u) => [heading(u.role), u.chunk]);
  const moved = shift ?? planned;
  // (The time it is sure of: the roles but the one whose move to it, or from it, the CV doesn't date.)
  const sure = shift
    ? monthsOfRoles(
        used.flatMap((u) => (u.role.period && u.role !== shift.role ? [u.role.period] : [])),
        tools.now,
      )
    : months;
  return { lead, chunks: moved ? [...chunks, moved.chunk] : chunks, found: true, months, sure, planned: !!planned };
}

/** The one role listing the technology whose lines naming it only plan or try it (a strategy, a POC), with one. */
export function plannedWithin(technology: Technology, used: { role: RoleInfo }[], language: Language) {
  if (used.length !== 1) return null;
  const { role } = used[0]!;
  const word = new RegExp(`\\b${literal(technology.tokens.join(" "))}\\b`);
  const naming = inLangOf(role.chunks, role, language).filter(
    (c) => c.kind !== "stack" && c.kind !== "team" && word.test(foldText(c.text)),
  );
  // (What a planned move goes to, not from: "a migration strategy from the Glue metamodel to Unity Catalog" plans
  // Unity Catalog; Glue is what is in use.)
  const plans = naming.filter((c) => PLANNED.test(foldText(c.text)) && !movedFromIn(foldText(c.text), word));
  return naming.length > 0 && plans.length === naming.length ? { role, chunk: plans[0]! } : null;
}

/** Whether a line names the technology as what a move leaves: after "from", « depuis », or before "to", « vers ». */
function movedFromIn(text: string, word: RegExp): boolean {
  const at = word.exec(text)?.index;
  if (at === undefined) return false;
  const before = text.slice(0, at);
  const lastFrom = Math.max(before.lastIndexOf(" from "), before.lastIndexOf(" depuis "));
  const lastTo = Math.max(before.lastIndexOf(" to "), before.lastIndexOf(" vers "), before.lastIndexOf(" into "));
  return lastFrom > lastTo || (lastTo < 0 && / (to|vers|into) /.test(text.slice(at)));
}

/** A role listing the technology whose passages show a move away from it or to it, with that passage. */
export function movesWithin(technology: Technology, used: { role: RoleInfo }[], language: Language) {
  const word = technology.tokens.join(" ");
  for (const { role } of used) {
    const chunks = inLangOf(role.chunks, role, language);
    const mission = chunks.some(
      (c) => c.kind === "context" && new RegExp(`\\b${literal(word)}\\b`).test(foldText(c.text)),
    );
    for (const chunk of chunks) {
      const text = foldText(chunk.text);
      if (leftBehind(text, word)) return { role, chunk, away: true };
      // (Not where the role's mission is the move itself: AAA-Data's context is its migration to Snowflake.)
      if (movedTo(text, word) && !mission) return { role, chunk, away: false };
    }
  }
  return null;
}

/** "Was he a contractor at AAA-Data?": the contract its heading gives, yes or no against the kind asked. */
/** A contract as a heading writes it ("Freelance", « Indépendant »), read as freelance or not. */
function isFreelance(contract: string): boolean {
  return /\b(freelanc\w*|independant|contractor)\b/.test(foldText(contract));
}

/** A role's contract as its heading in the asker's language writes it ("CDI", "Permanent contract"), or "". */
function contractIn(heading: Chunk, r: RoleInfo): string {
  return heading.role?.contract ?? r.contract ?? "";
}

/** A time going on asked, "now", « actuellement », not "until now". */
const ONLY_NOW_ASKED = new RegExp(
  String.raw`^(?!.*\b(?:until|till|up to|so far|jusqu'a|jusqu a) (?:now|maintenant|present|ici|aujourd'hui|today|` +
    String.raw`ce jour|date)\b).*` +
    String.raw`\b(now|currently|these days|nowadays|at the moment|today|at present|presently|actuellement|maintenant|` +
    String.raw`en ce moment|aujourd'hui|a present|presentement|de nos jours)\b`,
);

/**
 * « Est-il en CDI ? »: no when every current role is freelance, with the earlier permanent ones; "is he only freelance
 * now?" (only): yes when every current role is of the contract asked.
 */
function contractNowAnswer(intent: IntentOf<"contract">, tools: Tools, ctx: ProfileContext, only = false): Answer {
  const { m, heading, roleAt, reply } = tools;
  const contractOf = (r: RoleInfo) => contractIn(heading(r), r);
  const freelance = (r: RoleInfo) => isFreelance(contractOf(r));
  const current = ctx.roles.filter((r) => r.period?.current);
  const earlier = ctx.roles.filter((r) => !r.period?.current && contractOf(r));
  const before = listed(
    earlier.map((r) => `${r.employer} (${contractOf(r)})`),
    m,
    undefined,
    ", ",
  );
  // "Is he permanent?": no, when every current role is freelance; "freelancer or employee?": which, said.
  const yes =
    only && intent.asked !== "which" && current.length > 0
      ? current.every((r) => freelance(r) === (intent.asked !== "permanent"))
      : intent.asked !== "which" && current.length > 0 && current.every(freelance)
        ? false
        : null;
  return reply(m.contractNow(yes, listed(current.map(roleAt), m), before), [...current, ...earlier].map(heading));
}

/**
 * "Has he always been freelance?" (no), « a-t-il déjà été en CDI ? » (yes), "what kinds of contracts?": his
 * roles by contract, freelance first.
 */
function contractHistoryAnswer(intent: IntentOf<"contract">, tools: Tools, ctx: ProfileContext): Answer {
  const { m, heading, reply } = tools;
  const contractOf = (r: RoleInfo) => contractIn(heading(r), r);
  const roles = ctx.roles.filter((r) => contractOf(r));
  if (intent.over === "last" || intent.over === "first")
    return lastContractAnswer(intent.asked === "permanent", roles, tools, ctx, intent.over === "first");
  if (roles.length === 0) return reply(m.contractHistoryNone, ctx.roles.map(heading), false);
  const freelance = roles.filter((r) => isFreelance(contractOf(r)));
  const permanent = roles.filter((r) => !isFreelance(contractOf(r)));
  const list = (rs: RoleInfo[]) => listed(rs.map(tools.at), m, undefined, ", ");
  const yes =
    intent.asked === "which"
      ? null
      : intent.over === "always"
        ? (intent.asked === "permanent" ? freelance : permanent).length === 0
        : (intent.asked === "freelance" ? freelance : permanent).length > 0;
  const permanentFirst = intent.asked === "permanent" || intent.permanentFirst === true;
  // (« il n'a jamais été en CDI ? »: « Si », not a "yes" that agrees with the negative.)
  const said = m.contractHistory(yes, list(freelance), list(permanent), permanentFirst);
  return reply(yes ? notAgreeing(said, tools.question) : said, roles.map(heading));
}

/** « son dernier CDI ? »: the role of that contract that ended last (or is going on). */
function lastContractAnswer(permanent: boolean, roles: RoleInfo[], tools: Tools, ctx: ProfileContext, first = false) {
  const { m, heading, reply } = tools;
  const kind = roles.filter((r) => isFreelance(contractIn(heading(r), r)) !== permanent);
  const last = [...kind].sort(rankedBy(ctx.now(), first))[0];
  if (!last) return reply(m.contractLastNone(permanent), roles.map(heading), false);
  return reply(m.contractLast(permanent, tools.roleAt(last), first), [heading(last)]);
}

/**
 * Roles ordered first to last begun ("his first CDI"), or latest first: by end, then, of two going on, the one begun
 * later (EPISEN, not Decathlon).
 */
function rankedBy(now: Date, first: boolean) {
  const span = (r: RoleInfo) => (r.period ? spanOf(r.period, now) : { start: 0, end: 0 });
  return (a: RoleInfo, b: RoleInfo) =>
    first ? span(a).start - span(b).start : span(b).end - span(a).end || span(b).start - span(a).start;
}

/** "a data engineer", "an ML engineer" as English says a title; French says it bare (« data engineer »). */
const withArticle = (title: string, language: Language) =>
  language === "fr" ? title : `${/^[aeiou]/.test(title) ? "an" : "a"} ${title}`;

/**
 * "Is MAIF his most recent permanent job?", "was AAA-Data his first permanent contract?": that role against the
 * latest (or earliest) role of the contract asked.
 */
function rankedContractAnswer(intent: IntentOf<"contract"> & { role: string }, tools: Tools, ctx: ProfileContext) {
  const { m, heading, reply, byKey } = tools;
  const permanent = intent.asked === "permanent";
  const now = ctx.now();
  const first = intent.over === "first";
  const kind = ctx.roles.filter(
    (r) => contractIn(heading(r), r) && isFreelance(contractIn(heading(r), r)) !== permanent,
  );
  const ranked = [...kind].sort(rankedBy(now, first))[0];
  if (!ranked) return reply(m.contractLastNone(permanent), ctx.roles.map(heading), false);
  const asked = byKey(intent.role);
  // ("Is Decathlon his most recent freelance role?": of roles going on, each is; the one asked said.)
  const going = !first && asked.period?.current && ranked.period?.current && kind.includes(asked);
  const said = going
    ? m.contractRanked(true, first, permanent, tools.roleAt(asked))
    : m.contractRanked(ranked.key === asked.key, first, permanent, tools.roleAt(ranked));
  return reply(said, [...new Set([heading(ranked), heading(asked)])]);
}

function contractAnswer(intent: IntentOf<"contract"> & { role: string }, tools: Tools, ctx: ProfileContext): Answer {
  if (intent.over === "first" || intent.over === "last") return rankedContractAnswer(intent, tools, ctx);
  const { m, when, heading, byKey, reply } = tools;
  const role = byKey(intent.role);
  const contract = heading(role).role?.contract ?? role.contract;
  if (!contract) return reply(m.contractUnknown(role.employer), [heading(role)], false);
  const freelance = isFreelance(contract);
  // ("was he a freelance data engineer at MAIF?": the title too, each of its words in the role's own; when it is
  // not, the title he held there.)
  const title = heading(role).role?.title ?? role.title;
  const held = new Set(wordTokens(foldText(`${title} ${role.title}`.replace(/\s(at|en|chez|in)\s.*$/, ""))));
  if (intent.titled && !wordTokens(intent.titled).every((w) => held.has(w) || held.has(w.replace(/s$/, ""))))
    return reply(m.title(role.employer, title, withArticle(intent.titled, tools.language)), [heading(role)], false);
  const yes = intent.asked === "which" ? null : (intent.asked === "freelance") === freelance;
  // (« Il n'a pas travaillé chez Decathlon en freelance ? »: « Si », not a "yes" that agrees with the negative.)
  // ("Was he employed by Decathlon?": he worked there, freelance — not a bare "no".)
  if (yes === false && freelance && EMPLOYED_BY.test(foldText(tools.question)))
    return reply(m.freelanceThere(role.employer, contract, when(role)), [heading(role)], false);
  const said = m.contractAt(yes, role.employer, contract, when(role));
  return reply(yes ? notAgreeing(said, tools.question) : said, [heading(role)]);
}

/** "employed by", « employé par »: worked for, in a word that says employee. */
const EMPLOYED_BY =
  /\b(employed|hired|recruited|employe|embauche|recrute)\s+(by|par)\b|\b(an|un) (employee of|employe de)\b/;

/** The role whose length comes nearest the months asked ("a mission of 3 years?": EPISEN's 4 years). */
function nearestTo(roles: RoleInfo[], months: (r: RoleInfo) => number, asked: number): RoleInfo {
  return roles.reduce((a, b) => (Math.abs(months(b) - asked) < Math.abs(months(a) - asked) ? b : a));
}

/** "2 data scientists" of "a data scientist?": as many as counted. */
const many = (kind: string) => (/(s|x)$/.test(kind) ? kind : `${kind}s`);

/** A dated role's months: a closed one as the CV counts it (as "how long at MAIF?" says), a current one to now. */
function roleMonths(r: RoleInfo, now: Date): number {
  const span = spanOf(r.period!, now);
  return !r.period!.current && r.period!.durationMonths !== null ? r.period!.durationMonths : span.end - span.start;
}

/** "Where did he stay the longest?": every dated role, longest (or shortest) first, with its time. */
function tenureAnswer(intent: IntentOf<"tenure">, tools: Tools, ctx: ProfileContext, language: Language): Answer {
  const { m, now, when, heading, reply } = tools;
  const months = (r: RoleInfo) => roleMonths(r, now);
  const dated = ctx.roles.filter((r) => r.period);
  const sorted = [...dated].sort((a, b) => (intent.shortest ? months(a) - months(b) : months(b) - months(a)));
  const colon = language === "fr" ? " : " : ": ";
  const line = (r: RoleInfo) => `${r.employer} (${when(r)}${colon}${formatDuration(months(r), language)})`;
  const [first, ...rest] = sorted;
  if (!first) return reply(m.tenureNone, [], false);
  // ("which roles lasted more than 2 years?": those, then the others.)
  const bound = intent.bound;
  if (bound) {
    // ("a 6-month mission?": about that long, within a sixth of it, a month at least.)
    const near = (r: RoleInfo) => Math.abs(months(r) - bound.months) <= Math.max(1, bound.months / 6);
    const nearby = bound.about ? sorted.filter(near) : [];
    // ("a 2-year mission?": none about that long, but a longer one holds it; not so of a short one, "3 months?").
    const longer = bound.about && !bound.exact && nearby.length === 0 && bound.months >= 12;
    const held =
      bound.about && !longer
        ? nearby
        : sorted.filter((r) => (bound.over || longer ? months(r) > bound.months : months(r) < bound.months));
    const others = sorted.filter((r) => !held.includes(r));
    const going = held.filter((r) => r.period!.current);
    const said = held.length
      ? m.tenureHeld(bound.said, listed(held.map(line), m), listed(others.map(line), m), bound.about, longer)
      : m.tenureNoneHeld(bound.said, line(bound.about ? nearestTo(sorted, months, bound.months) : first), bound.about);
    return reply(`${said}${going.length ? tools.asWritten(going) : ""}`, [...held, ...others].map(heading));
  }
  const note = first.period!.current ? tools.asWritten([first]) : "";
  return reply(m.tenure(intent.shortest, line(first), note, listed(rest.map(line), m)), sorted.map(heading));
}

/** "Was he at Decathlon before 2021?": the role's dates against the year asked, yes or no. */
function roleYearAnswer(intent: IntentOf<"role_year">, tools: Tools, ctx: ProfileContext): Answer {
  const { m, now, when, heading, byKey, reply } = tools;
  const role = byKey(intent.role);
  if (!role.period) return reply(m.roleYear(null, role.employer, when(role)), [heading(role)], false);
  const span = spanOf(role.period, now);
  // ("in December 2020?": that month alone.)
  // ("in early 2020?": its months, January to April.)
  const [start, end] = intent.month
    ? [intent.year * 12 + intent.month - 1, intent.year * 12 + intent.month - 1]
    : intent.months
      ? [intent.year * 12 + intent.months.from - 1, intent.year * 12 + intent.months.to - 1]
      : [intent.year * 12, (intent.through ?? intent.year) * 12 + 11];
  // ("will he still be at Decathlon in 2027?": a time to come, which no CV tells — its dates, as of the CV.)
  if (start > monthOf(now) && !intent.open)
    return reply(`${m.roleYear(null, role.employer, when(role))}${tools.asOfCv()}`, [heading(role)], false);
  // Before: its first month before January of the year. Since: there in the year and after ("at Decathlon
  // since 2019?" is no for a role begun in 2021). Joined, left: its first, or last, month in that year.
  const inYear = (month: number) => month >= start && month <= end;
  const yes =
    intent.open === "before"
      ? span.start < start
      : intent.open === "since"
        ? span.start <= end && span.end >= end
        : intent.open === "joined"
          ? inYear(span.start)
          : intent.open === "left"
            ? !role.period.current && inYear(span.end)
            : intent.open === "until"
              ? // ("at Decathlon until 2023?": a role going on was there then, and still is.)
                role.period.current
                ? span.start <= end
                : inYear(span.end)
              : span.start <= end && span.end >= start;
  // ("at Decathlon since 2024?", « depuis 2023 ? »: there since before that — since when, said.)
  // (A year later than its start, not a month: "since June 2021" of May 2021 is a yes; nor "at least", "still".)
  const earlier =
    Math.floor(span.start / 12) < intent.year &&
    !/\b(at least|still|au moins|toujours|encore)\b/.test(foldText(tools.question));
  if (yes && intent.open === "since" && earlier && !intent.only)
    return reply(m.sinceEarlier(role.employer, when(role)), [heading(role)], false);
  // ("was MAIF his only employer in 2019?": no, when another role ran that year too.)
  const others = ctx.roles.filter((r) => r !== role && r.period && overlaps(spanOf(r.period, now), start, end));
  if (yes && others.length > 0 && intent.only)
    return reply(
      m.notOnlyThen(
        intent.through ? `${intent.year}–${intent.through}` : String(intent.year),
        listed([role, ...others].map(tools.at), m),
      ),
      [role, ...others].map(heading),
    );
  // ("on a permanent contract at Decathlon in 2022?": there then, but freelance — no, with the contract it was.)
  const asked = contractAsked(foldText(tools.question));
  const contract = heading(role).role?.contract ?? role.contract;
  if (yes && asked && contract && contractOf(role) !== asked)
    return reply(m.contractAt(false, role.employer, contract, when(role)), [heading(role)], false);
  // ("was he at Decathlon in 2026?": a role going on, asked of a time after the CV was written — as of the CV.)
  const after = yes && role.period.current && tools.writtenAt !== null && start > tools.writtenAt;
  return reply(`${m.roleYear(yes, role.employer, when(role))}${after ? tools.asOfCv() : ""}`, [heading(role)]);
}

/** The contract a question names: "freelance", "a contractor", "permanent", « en CDI », "an employee"; or null. */
// (Not one set aside: "…not as an employee?".)
function contractAsked(text: string): "freelance" | "permanent" | null {
  const freelance = FREELANCE.test(text);
  const permanent = PERMANENT.test(text);
  if (freelance === permanent || /\b(not|pas|non)\b/.test(text)) return null;
  return freelance ? "freelance" : "permanent";
}

/** A year a question about one role names: "what did he do at Decathlon in 2020?", « chez MAIF en 2019 ». */
const IN_YEAR = /\b(?:in|en|during|pendant|durant)\s+((?:19|20)\d\d)\b/;

/**
 * "What did he do at Decathlon in 2020?": not there then, when the role's dates miss the year — its dates, and the
 * roles of that year; null when they meet it.
 */
function notThereThen(intent: IntentOf<"overview">, tools: Tools, ctx: ProfileContext): Answer | null {
  const folded = foldText(tools.question);
  const year = IN_YEAR.exec(folded)?.[1];
  const role = tools.byKey(intent.role);
  if (!year || intent.also?.length || !role.period) return null;
  // (Every year named: "in 2020 and 2021?" meets a role begun in 2021.)
  const years = [...folded.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  const span = spanOf(role.period, tools.now);
  if (years.some((y) => overlaps(span, y * 12, y * 12 + 11))) return null;
  const [start, end] = [Number(year) * 12, Number(year) * 12 + 11];
  const then = ctx.roles.filter((r) => r.period && overlaps(spanOf(r.period, tools.now), start, end));
  const { m, heading, reply } = tools;
  const said = m.notThereIn(role.employer, year, tools.when(role), listed(then.map(tools.at), m));
  return reply(said, [role, ...then].map(heading), false);
}

/** Whether a span of months meets the months from `start` to `end`. */
const overlaps = (span: { start: number; end: number }, start: number, end: number) =>
  span.start <= end && span.end >= start;

/** "Any gaps in his career?": the months between his first role and today that no role covers. */
function gapsAnswer(tools: Tools, ctx: ProfileContext, language: Language): Answer {
  const { m, now, heading, month, reply } = tools;
  const dated = ctx.roles.filter((r) => r.period).sort((a, b) => (a.period!.start < b.period!.start ? -1 : 1));
  if (dated.length === 0) return reply(m.tenureNone, [], false);
  const gaps: string[] = [];
  let reached = spanOf(dated[0]!.period!, now).end;
  for (const r of dated.slice(1)) {
    const span = spanOf(r.period!, now);
    if (span.start > reached) {
      const from = `${m.months[reached % 12]} ${Math.floor(reached / 12)}`;
      gaps.push(m.gap(from, month(r.period!.start), formatDuration(span.start - reached, language)));
    }
    reached = Math.max(reached, span.end);
  }
  const roles = listed(dated.map(tools.at), m);
  const first = month(dated[0]!.period!.start);
  return reply(gaps.length === 0 ? m.noGaps(first, roles) : m.gaps(gaps.join("; "), roles), dated.map(heading));
}

/** How long a role lasted, or has to today: "At Decathlon since May 2021 — 5 years and 7 months as of today…". */
function roleLasted(r: RoleInfo, tools: Tools, language: Language): string {
  const { m, now, when } = tools;
  // A closed role as the CV counts it, so the answer agrees with the period line it quotes.
  const computed = r.period ? spanOf(r.period, now).end - spanOf(r.period, now).start : 0;
  const months = r.period ? roleMonths(r, now) : 0;
  // A current role's duration as the CV states it dates from when the CV was written: say so.
  const stated = r.period?.current ? r.period.durationMonths : null;
  const earlier = stated !== null && stated !== undefined && computed - stated >= 2;
  const said = earlier ? formatDuration(stated, language) : undefined;
  return m.roleDuration(r.employer, when(r), formatDuration(months, language), r.period?.current ?? false, said);
}

/** "How long at Decathlon?". */
function roleDurationAnswer(intent: IntentOf<"role_duration">, tools: Tools, language: Language): Answer {
  const { m, now, heading, byKey, reply } = tools;
  const roles = [intent.role, ...(intent.also ?? [])].map(byKey);
  const line = (r: RoleInfo) => roleLasted(r, tools, language);
  // "how long ago did he leave MAIF?": the months from its end to today (a current role has not ended).
  const span = roles[0]!.period ? spanOf(roles[0]!.period, now) : null;
  const from = intent.ago === "start" ? span?.start : roles[0]!.period?.current ? undefined : span?.end;
  if (intent.ago && from !== undefined) {
    const since = formatDuration(monthOf(now) - from, language);
    const said = intent.ago === "start" ? m.startedAgo : m.leftAgo;
    return reply(said(roles[0]!.employer, tools.when(roles[0]!), since), roles.map(heading));
  }
  // "At MAIF for two years, correct?": yes or no first.
  if (intent.atLeast !== undefined && roles.length === 1 && roles[0]!.period) {
    const months = roleMonths(roles[0]!, now);
    const enough = holds(months, intent.atLeast, intent.below);
    // ("at Decathlon for 3 years?", five and more: not a bare "no", longer than said.)
    const longer = !enough && (intent.below === "about" || intent.below === "orEqual") && months > intent.atLeast * 12;
    const said = longer ? m.longerThanSaid(line(roles[0]!)) : m.enough(enough, line(roles[0]!));
    return reply(said, roles.map(heading), enough || longer);
  }
  if (!intent.compare) return reply(roles.map(line).join(" "), roles.map(heading));
  // "Which was longer?": that one first, named.
  const months = (r: RoleInfo) => (r.period ? spanOf(r.period, now).end - spanOf(r.period, now).start : 0);
  const sorted = [...roles].sort((a, b) =>
    intent.compare === "longer" ? months(b) - months(a) : months(a) - months(b),
  );
  const lead = m.compared(sorted[0]!.employer, intent.compare === "longer");
  return reply(`${lead} ${sorted.map(line).join(" ")}`, sorted.map(heading));
}

/** "How long has he been freelance?": the roles whose contract says so, and their time together. */
/** A permanent contract as a CV names it: « CDI », "Permanent contract", "salaried". */
const PERMANENT_CONTRACT = /\b(cdi|permanent|salari\w*|indetermin\w*)\b/;

function freelanceDurationAnswer(tools: Tools, ctx: ProfileContext, intent: IntentOf<"freelance_duration">): Answer {
  const { m, heading, roleAt, spans, reply, language } = tools;
  const permanent = intent.permanent === true;
  const contract = (r: RoleInfo) => contractIn(heading(r), r);
  // Salaried: the roles with a contract that isn't freelance ("CDI", "Permanent contract").
  const roles = ctx.roles.filter(
    (r) => r.period && (permanent ? PERMANENT_CONTRACT.test(foldText(contract(r))) : isFreelance(contract(r))),
  );
  if (roles.length === 0) return reply(permanent ? m.permanentNone : m.freelanceNone, ctx.roles.map(heading), false);
  const months = mergedMonths(spans(roles));
  const time = formatDuration(months, language);
  const list = listed(roles.map(roleAt), m);
  const lead = (permanent ? m.permanentDuration(time, list) : m.freelanceDuration(time, list)) + tools.asWritten(roles);
  // « plus de 5 ans en freelance ? »: yes or no first, then the time it rests on.
  // (Not "on a permanent contract for 2 years?", « en CDI depuis 1 an ? » when none is now: his years, no verdict.)
  const ongoing = /\b(has been|have been|been|depuis|since)\b/.test(foldText(tools.question));
  if (intent.atLeast === undefined || (ongoing && roles.every((r) => !r.period?.current)))
    return reply(lead, roles.map(heading));
  const enough = holds(months, intent.atLeast, intent.below);
  return reply(m.enough(enough, lead), roles.map(heading), enough);
}

/** « en freelance vs en CDI ? »: each time, the freelance first; else the one asked. */
function contractsTime(intent: IntentOf<"freelance_duration">, tools: Tools, ctx: ProfileContext): Answer {
  if (!intent.both) return freelanceDurationAnswer(tools, ctx, intent);
  const each = [false, true].map((permanent) => freelanceDurationAnswer(tools, ctx, { kind: intent.kind, permanent }));
  return mergedAnswers(tools.question, each);
}

/** "How long has he been teaching?": each teaching and training role with its time, and the time in all. */
function teachingDurationAnswer(
  tools: Tools,
  ctx: ProfileContext,
  language: Language,
  atLeast?: number,
  below?: YearsBound,
): Answer {
  const { m, heading, roleAt, spans, reply } = tools;
  const roles = ctx.roles.filter((r) => r.kind !== "work" && r.period);
  if (roles.length === 0) return reply(m.teachingNone, [], false);
  const list = roles.map((r) => `${roleAt(r)} (${formatDuration(mergedMonths(spans([r])), language)})`);
  const months = mergedMonths(spans(roles));
  const lead = m.teachingDuration(formatDuration(months, language), list.join("; ")) + tools.asWritten(roles);
  // "Teaching for 5 years?": yes or no first, then the time it rests on.
  if (atLeast === undefined) return reply(lead, roles.map(heading));
  const enough = holds(months, atLeast, below);
  return reply(m.enough(enough, lead), roles.map(heading), enough);
}

/** "What was his first job?": the role that began first (and any that began the same month). */
function firstRoleAnswer(intent: IntentOf<"first_role">, tools: Tools, ctx: ProfileContext): Answer {
  const { m, inLang, heading, roleAt, reply } = tools;
  const dated = ctx.roles.filter((r) => r.period).sort((a, b) => a.period!.start.localeCompare(b.period!.start));
  const start = dated[0]?.period?.start;
  const first = dated.filter((r) => r.period!.start === start);
  if (first.length === 0) return reply(m.firstNone, [], false);
  const said = m.firstRole(listed(first.map(roleAt), m));
  // ("was his first job at MAIF?": yes or no, then the first.)
  const lower = `${said[0]!.toLowerCase()}${said.slice(1)}`;
  const checked = (yes: boolean) => notAgreeing(m.claimChecked(yes, lower), tools.question);
  return reply(
    intent.role ? checked(first.some((r) => r.key === intent.role)) : said,
    first.flatMap((r) => [heading(r), firstContext(inLang(r))!]),
  );
}

/** Whether a role is of a kind asked: teaching or training, freelance or not, a data engineer's or senior title. */
function ofSort(r: RoleInfo, sort: RoleSort, tools: Tools): boolean {
  const title = foldText(r.title);
  if (sort === "teaching") return r.kind !== "work";
  if (sort === "lecturer") return /\b(lectur\w*|professeur)\b/.test(title);
  if (sort === "trainer") return /\b(trainer|formateur)\b/.test(title);
  if (sort === "engineer") return /\bengineer\b/.test(title);
  if (sort === "senior") return /\bsenior\b/.test(title);
  const contract = contractIn(tools.heading(r), r);
  return contract !== "" && isFreelance(contract) === (sort === "freelance");
}

/**
 * "Was he a trainer before becoming a data engineer?", « freelance avant d'être en CDI ? »: whether the first role of
 * the one kind began before the other's first; "a data engineer after being a trainer?": whether one began after it.
 */
function kindsOrderAnswer(intent: IntentOf<"kinds_order">, tools: Tools, ctx: ProfileContext): Answer {
  const { m, heading, roleAt, reply } = tools;
  const start = (r: RoleInfo) => r.period!.start;
  const of = (sort: RoleSort) =>
    ctx.roles.filter((r) => r.period && ofSort(r, sort, tools)).sort((a, b) => start(a).localeCompare(start(b)));
  const [firsts, thens] = [of(intent.first), of(intent.then)];
  if (firsts.length === 0 || thens.length === 0) {
    const held = ctx.roles.filter((r) => r.period);
    return reply(m.kindsOrderNone(listed(held.map(roleAt), m)), held.map(heading), false);
  }
  const [a, b] = [firsts[0]!, thens[0]!];
  // ("after": one of the first kind begun after the other's first; "before": the first kind's first, earlier.)
  const later = intent.after ? firsts.find((r) => start(r) > start(b)) : undefined;
  if (later) return reply(m.kindsOrder(true, roleAt(b), roleAt(later)), [heading(b), heading(later)], true);
  if (start(a) === start(b)) {
    const both = a === b ? [a] : [a, b];
    return reply(m.kindsTogether(listed(both.map(roleAt), m), intent.after), both.map(heading), false);
  }
  const yes = !intent.after && start(a) < start(b);
  const [earlier, next] = start(a) < start(b) ? [a, b] : [b, a];
  return reply(m.kindsOrder(yes, roleAt(earlier), roleAt(next)), [heading(earlier), heading(next)], yes);
}

/** A line of a role's course: "Training in basic Machine Learning algorithms", « Initiation au data mining… ». */
const TAUGHT_LINE = new RegExp(
  String.raw`^(training|introduction|teaching|first introduction|formation|initiation|enseignement|` +
    String.raw`premiere formation|acculturation)\b`,
);

/**
 * "On which topics did he train them at Pernod Ricard?": the role's lines of what was taught, quoted; its overview
 * when it lists none (a role of his own work).
 */
function taughtTopicsAnswer(intent: IntentOf<"taught_topics">, tools: Tools, ctx: ProfileContext): Answer {
  const role = ctx.roles.find((r) => r.key === intent.role)!;
  const lines = tools.inLang(role).filter((c) => c.kind !== "role" && TAUGHT_LINE.test(foldText(c.text)));
  if (lines.length === 0)
    return answerProfileIntent({ kind: "overview", role: intent.role }, tools.question, tools.language, ctx);
  return tools.reply(tools.m.taughtTopics(tools.at(role)), lines);
}

/** "What was he doing last year?" (that year), "…in the last 2 years?" (every year from then on). */
function timelineAgoAnswer(intent: IntentOf<"timeline_ago">, tools: Tools, ctx: ProfileContext): Answer {
  const year = tools.now.getFullYear() - intent.years;
  const until = intent.since ? tools.now.getFullYear() : year;
  return timelineAnswer({ kind: "timeline", year, until, ...(intent.since ? { open: "since" } : {}) }, tools, ctx);
}

/** "What was he doing in 2019?": the roles covering those years. */
function timelineAnswer(intent: IntentOf<"timeline">, tools: Tools, ctx: ProfileContext): Answer {
  const { m, now, inLang, heading, roleAt, reply } = tools;
  // "since 2021": what ran in or after 2021; "before 2020": what began before 2020.
  const at = intent.month ? intent.year * 12 + intent.month - 1 : null;
  const covers = (r: RoleInfo) => {
    const span = spanOf(r.period!, now);
    if (at !== null) return span.start <= at && at <= span.end;
    // ("mid-2020": the months of that part of the year.)
    const part = intent.part;
    if (part) return span.start <= intent.year * 12 + part.to - 1 && span.end >= intent.year * 12 + part.from - 1;
    if (intent.open === "since") return span.end >= intent.year * 12;
    if (intent.open === "after") return span.end >= (intent.year + 1) * 12;
    if (intent.open === "before") return span.start < intent.year * 12;
    return span.start < (intent.until + 1) * 12 && coversSome(span, intent.year, intent.until);
  };
  const roles = ctx.roles.filter((r) => r.period && covers(r));
  const label = intent.month
    ? tools.month(`${intent.year}-${String(intent.month).padStart(2, "0")}`)
    : intent.until === intent.year
      ? String(intent.year)
      : `${intent.year}–${intent.until}`;
  const side = intent.open;
  if (roles.length === 0) return reply(side ? m.openSpan(side, intent.year, "") : m.timelineNone(label), [], false);
  const list = listed(roles.map(roleAt), m);
  // ("freelance since 2019?": yes when every role of those years was, else which were not.)
  const other = intent.contract ? roles.filter((r) => contractOf(r) !== intent.contract) : [];
  const verdict = intent.contract ? (other.length === 0 ? m.contractSpanYes : m.contractSpanNo) : "";
  const lower = (text: string) => (verdict ? `${verdict} ${text[0]!.toLowerCase()}${text.slice(1)}` : text);
  const notAll = intent.contract && other.length > 0 ? ` ${m.contractSpanNotAll(intent.contract)}` : "";
  // ("what was he doing in 2026?": the CV says so of its current roles as of when it was written.)
  const recent = roles.some((r) => r.period?.current) && intent.until >= new Date(now).getFullYear() - 1;
  const said = side
    ? m.openSpan(side, intent.year, list)
    : intent.part
      ? m.timelinePart(intent.part.said, list)
      : m.timeline(label, list);
  return reply(
    lower(said) + notAll + (recent ? tools.asOfCv() : ""),
    roles.flatMap((r) => [heading(r), firstContext(inLang(r))!]),
  );
}

/** A role's contract as asked of: "freelance", "permanent", or null when its heading names none. */
function contractOf(role: RoleInfo): "freelance" | "permanent" | null {
  const c = foldText(role.contract ?? "");
  return /freelance|independant|contractor/.test(c) ? "freelance" : c ? "permanent" : null;
}

/** True when the span covers some year from `from` to `until`. */
function coversSome(span: { start: number; end: number }, from: number, until: number): boolean {
  for (let y = from; y <= until; y++) if (coversYear(span, y)) return true;
  return false;
}

/** "What did he do after AAA-Data?": the role that began next (and any that began the same month). */
function afterAnswer(intent: IntentOf<"after">, tools: Tools, ctx: ProfileContext): Answer {
  const { m, now, inLang, heading, roleAt, byKey, reply } = tools;
  const r = byKey(intent.role);
  // After it ended: a role begun while it went on (Pernod Ricard during MAIF) came alongside, not after.
  const end = r.period && !r.period.current ? spanOf(r.period, now).end : Infinity;
  const later = ctx.roles
    .filter((x) => x.period && x.key !== r.key && spanOf(x.period, now).start >= end)
    .sort((a, b) => a.period!.start.localeCompare(b.period!.start));
  const next = later.filter((x) => x.period!.start === later[0]?.period?.start);
  // "…and after that?" after his first job: the role begun while it went on is said too (Pernod Ricard during MAIF).
  const begun = r.period ? spanOf(r.period, now).start : end;
  const during = ctx.roles.filter(
    (x) => x.period && x.key !== r.key && spanOf(x.period, now).start > begun && spanOf(x.period, now).start < end,
  );
  const alongside = during.length > 0 ? ` ${m.afterAlongside(r.employer, listed(during.map(roleAt), m))}` : "";
  if (next.length === 0)
    return reply(`${m.afterNone(r.employer)}${alongside}`, [heading(r), ...during.map(heading)], false);
  return reply(`${m.after(r.employer, listed(next.map(roleAt), m))}${alongside}`, [
    heading(r),
    ...next.flatMap((x) => [heading(x), firstContext(inLang(x))!]),
    ...during.map(heading),
  ]);
}

/** The roles begun before the one keyed (none for an unknown key, or a role with no dates). */
function rolesBefore(key: string | null, ctx: ProfileContext): RoleInfo[] {
  const r = ctx.roles.find((x) => x.key === key);
  return r?.period ? ctx.roles.filter((x) => x.period && x.period.start < r.period!.start && x.key !== r.key) : [];
}

/** "What did he do before MAIF?". */
function beforeAnswer(intent: IntentOf<"before">, tools: Tools, ctx: ProfileContext): Answer {
  const { m, now, inLang, heading, roleAt, byKey, reply } = tools;
  const r = intent.role ? byKey(intent.role) : startOfNow(intent, tools, ctx);
  // The role that ended last before this one began ("just before AAA-Data" is MAIF, not Pernod Ricard).
  const earlier = rolesBefore(r.key, ctx);
  const end = (x: RoleInfo) => spanOf(x.period!, now).end;
  const begun = r.period ? spanOf(r.period, now).start : -Infinity;
  // Begun earlier but still held when it began (MAIF, January 2019 – January 2020, around Pernod Ricard).
  const around = earlier.filter((x) => end(x) > begun);
  const previous = earlier
    .filter((x) => !around.includes(x))
    .sort((a, b) => end(b) - end(a) || b.period!.start.localeCompare(a.period!.start))[0];
  if (!previous && around.length > 0 && !intent.all) {
    const list = listed(around.map(roleAt), m);
    return reply(m.beforeAround(r.employer, list), [...around.map(heading), heading(r)]);
  }
  if (earlier.length === 0) return reply(m.beforeNone(r.employer), [heading(r)], false);
  // "all his jobs before Pernod Ricard?": those begun before it, MAIF too, which went on alongside it.
  if (intent.all || !previous) {
    const all = [...earlier].sort((a, b) => b.period!.start.localeCompare(a.period!.start));
    return reply(m.allBefore(r.employer, listed(all.map(roleAt), m)), [...all.map(heading), heading(r)]);
  }
  // Roles held alongside it (Pernod Ricard during MAIF) were before too: they are named after it.
  const start = spanOf(previous.period!, now).start;
  const alongside = earlier.filter(
    (x) => x !== previous && !around.includes(x) && end(x) > start && spanOf(x.period!, now).start < end(previous),
  );
  // The ones before those, named after them: "before Decathlon?" is his career before it, just before first.
  // ("his previous job?" is the one.)
  const rest = (intent.role ? earlier : [])
    .filter((x) => x !== previous && !alongside.includes(x) && !around.includes(x))
    .sort((a, b) => b.period!.start.localeCompare(a.period!.start));
  // "before EPISEN?": Decathlon, begun earlier and still held, comes first; AAA-Data, which ended before it, next.
  const held = around.length > 0 ? [m.beforeHeld(r.employer, listed(around.map(roleAt), m))] : [];
  const lead = [
    ...held,
    held.length > 0 ? m.beforeThat(roleAt(previous)) : m.before(r.employer, roleAt(previous)),
    alongside.length > 0 ? m.beforeAlongside(listed(alongside.map(roleAt), m)) : "",
    rest.length > 0 ? m.beforeEarlier(listed(rest.map(roleAt), m)) : "",
  ];
  return reply(lead.filter(Boolean).join(" "), [
    ...around.flatMap((x) => [heading(x), firstContext(inLang(x))!]),
    heading(previous),
    firstContext(inLang(previous))!,
    ...alongside.flatMap((x) => [heading(x), firstContext(inLang(x))!]),
    ...rest.map(heading),
    heading(r),
  ]);
}

/**
 * The role "his previous job" came before: the earliest of his current roles (or of his freelance ones,
 * for "before going freelance"); with none current, the latest role.
 */
function startOfNow(intent: IntentOf<"before">, tools: Tools, ctx: ProfileContext): RoleInfo {
  const freelance = (r: RoleInfo) => isFreelance(tools.heading(r).role?.contract ?? "");
  const dated = ctx.roles.filter((r) => r.period);
  const pool = dated.filter((r) => (intent.freelance ? freelance(r) : r.period!.current));
  const byStart = (a: RoleInfo, b: RoleInfo) => a.period!.start.localeCompare(b.period!.start);
  return [...pool].sort(byStart)[0] ?? [...dated].sort(byStart).at(-1) ?? ctx.roles[0]!;
}

/** "Where has he worked?": every role, with its title, contract and period. */
function employersAnswer(tools: Tools, ctx: ProfileContext, intent: IntentOf<"employers">): Answer {
  const { m, when, heading, reply } = tools;
  const oldestFirst = intent.oldestFirst === true;
  const now = ctx.now();
  const start = (r: RoleInfo) => (r.period ? spanOf(r.period, now).start : 0);
  // "His previous employers": the roles that ended, when some haven't.
  const current = ctx.roles.filter((r) => r.period?.current);
  const ended = ctx.roles.filter((r) => !current.includes(r));
  // "How many freelance missions?": the roles on that contract only.
  if (intent.contract) {
    const freelance = intent.contract === "freelance";
    const on = ctx.roles.filter((r) => isFreelance(contractIn(heading(r), r)) === freelance);
    const ordered = oldestFirst ? [...on].sort((a, b) => start(a) - start(b)) : on;
    const list = listed(ordered.map(tools.roleAt), m);
    return reply(m.employersOnContract(ordered.length, intent.contract, list), ordered.map(heading));
  }
  // "his last 3 jobs?": the latest begun first, that many.
  if (intent.latest) {
    const latest = [...ctx.roles].sort((a, b) => start(b) - start(a)).slice(0, intent.latest);
    return reply(m.employersLatest(latest.length, listed(latest.map(tools.roleAt), m)), latest.map(heading));
  }
  // "How many jobs in the last 5 years?": the roles that ran within those years.
  if (intent.withinYears) {
    const from = monthOf(now) - 12 * intent.withinYears;
    const within = ctx.roles.filter((r) => r.period && spanOf(r.period, now).end >= from);
    const ordered = oldestFirst ? [...within].sort((a, b) => start(a) - start(b)) : within;
    const count = new Set(ordered.map((r) => r.employer)).size;
    const list = listed(ordered.map(tools.roleAt), m);
    return reply(m.employersWithin(count, intent.withinYears, list), ordered.map(heading));
  }
  const before = intent.past && current.length > 0 && ended.length > 0 ? ended : ctx.roles;
  // The CV lists the most recent first; "oldest first" asks the other way round.
  const roles = oldestFirst ? [...before].sort((a, b) => start(a) - start(b)) : before;
  const list = listed(
    roles.slice(0, MAX_LISTED).map((r) => {
      const own = heading(r).role ?? r;
      return `${r.employer} (${[own.title, own.contract, when(r)].filter(Boolean).join(", ")})`;
    }),
    m,
    roles.length,
  );
  const count = new Set(roles.map((r) => r.employer)).size;
  if (before !== ctx.roles && roles.length > 0)
    return reply(
      m.employersBefore(
        listed(
          current.map((r) => r.employer),
          m,
          undefined,
          ", ",
        ),
        list,
      ),
      roles.map(heading),
    );
  return reply((oldestFirst ? m.employersOldestFirst : m.employers)(count, list), roles.map(heading));
}

/** "has he recently worked in insurance?": MAIF, which ended — not in his current roles; null when one goes on. */
function sectorEnded(
  tools: Tools,
  fits: { r: RoleInfo; what: string | null }[],
  quote: (d: { r: RoleInfo; what: string | null }) => Chunk,
): Answer | null {
  if (!SECTOR_NOW.test(foldText(tools.question)) || fits.some((d) => !d.r.period?.end)) return null;
  const each = fits.map((d) => `${d.r.employer} (${d.what}), ${tools.when(d.r)}`);
  return tools.reply(tools.m.sectorNotNow(listed(each, tools.m)), fits.map(quote), false);
}

/** "recently", "currently", « récemment »: a sector asked of now. */
const SECTOR_NOW =
  /\b(recently|lately|currently|nowadays|these days|recemment|dernierement|actuellement|en ce moment)\b/;

/** "Which industries?": what the CV says each company is, and which it doesn't describe. */
function sectorsAnswer(
  tools: Tools,
  ctx: ProfileContext,
  kindAsked?: string,
  role?: string,
  contract?: "freelance" | "permanent",
): Answer {
  const { m, inLang, heading, reply, language } = tools;
  const roles = role ? ctx.roles.filter((r) => r.key === role) : ctx.roles;
  const described = roles.map((r) => ({ r, what: describedAs(r, inLang(r)) }));
  const said = described.filter((d) => d.what);
  const unsaid = described.filter((d) => !d.what).map((d) => d.r.employer);
  const owned = ownerDescribed(ctx, roles, unsaid, language);
  const ownerSaid = (o: (typeof owned)[number]) => m.ownerDescribed(o.r.employer, o.what);
  const owners = owned.length > 0 ? m.ownerDescribes(listed(owned.map(ownerSaid), m)) : "";
  const describedList = (xs: typeof said) =>
    listed(
      xs.map((d) => `${d.r.employer} (${d.what})`),
      m,
    );
  const list = describedList(said);
  const quote = (d: (typeof said)[number]) => firstContext(inLang(d.r)) ?? heading(d.r);
  // "Did he work for a bank?": yes where the CV's own description holds the kind asked, in its own words.
  const meanings = ctx.meanings ?? ((text: string) => passageTerms(text, language).map((t) => [t]));
  // ("food and beverage", « vins et spiritueux »: either of the two, as a trade is named.)
  const sides = kindAsked ? kindAsked.split(/\s+(?:and|et|&|or|ou)\s+/) : [];
  const wantedOf = (kind: string) => meanings(kind).filter((m) => !GENERIC_EMPLOYER.test(m[0]!) || kindOf(m[0]!, kind));
  const wanted = kindAsked ? wantedOf(kindAsked) : [];
  if (wanted.length > 0) {
    const holds = (d: (typeof said)[number]) =>
      sides.some((side) =>
        descriptionHolds(`${d.r.employer} ${d.what}`, inLang(d.r)[0]?.lang ?? language, wantedOf(side), side),
      );
    const fits = said.filter(holds);
    // (« distribution » for « distributeur »: a shared beginning of seven letters, in the owner's few words.)
    const near = (t: string, terms: string[]) =>
      terms.some((x) => x === t || (t.length >= 7 && x.startsWith(t.slice(0, 7))));
    const ownerFits = owned.filter((o) => wanted.every((stems) => stems.some((t) => near(t, o.terms))));
    if (fits.length === 0 && ownerFits.length > 0)
      return reply(
        m.sectorOwnerYes(kindAsked!, listed(ownerFits.map(ownerSaid), m)),
        ownerFits.map((o) => heading(o.r)),
      );
    // ("so no experience in the automotive industry?": « Si », not a "Yes" that agrees with none.)
    const ended = fits.length > 0 ? sectorEnded(tools, fits, quote) : null;
    if (ended) return ended;
    if (fits.length > 0) return sectorHeld(tools, fits, quote, describedList, contract);
    if (role) return oneKindNo(tools, kindAsked!, roles[0], said[0], quote, owned[0] && ownerSaid(owned[0]));
    return reply(`${m.sectorNo(kindAsked!, list, unsaid.join(", "))}${owners}`, [...new Set(said.map(quote))], false);
  }
  const one = role ? oneEmployer(tools, said[0], owned[0] && ownerSaid(owned[0]), owned[0]?.r, quote) : null;
  if (one) return one;
  return reply(`${m.sectors(list, unsaid.join(", "))}${owners}`, [...new Set(said.map(quote))]);
}

/** What the CV doesn't say an employer is, the owner's profile.yml may: said as the owner's words. */
function ownerDescribed(ctx: ProfileContext, roles: RoleInfo[], unsaid: string[], language: Language) {
  return [...new Set(unsaid)].flatMap((employer) => {
    const what = ctx.ownerDescription?.(employer, language);
    const r = roles.find((x) => x.employer === employer)!;
    // (Its words in both languages: "retail" asked in French finds "a sporting goods retailer".)
    const other = ctx.ownerDescription?.(employer, language === "fr" ? "en" : "fr") ?? "";
    const terms = [
      ...passageTerms(`${employer} ${what}`, language),
      ...passageTerms(other, language === "fr" ? "en" : "fr"),
    ];
    return what ? [{ r, what, terms }] : [];
  });
}

/**
 * "Did he work for an insurer?": yes, with the employers the CV describes so; "freelanced for an insurer?", when each
 * of them was on the other contract (MAIF, permanent), no — with the contract it was.
 */
function sectorHeld(
  tools: Tools,
  fits: { r: RoleInfo; what: string | null }[],
  quote: (d: { r: RoleInfo; what: string | null }) => Chunk,
  describedList: (xs: { r: RoleInfo; what: string | null }[]) => string,
  contract?: "freelance" | "permanent",
): Answer {
  const { m, reply } = tools;
  const contractIn = (r: RoleInfo) => tools.heading(r).role?.contract ?? r.contract ?? "";
  const onContract = contract ? fits.filter((d) => contractOf(d.r) === contract) : fits;
  if (onContract.length === 0) {
    const each = fits.map(
      (d) => `${d.r.employer} (${d.what})${tools.language === "fr" ? " :" : ":"} ${contractIn(d.r)}`,
    );
    return reply(m.sectorOtherContract(contract === "freelance", listed(each, m)), fits.map(quote), false);
  }
  return reply(notAgreeing(m.sectorYes(describedList(onContract)), tools.question), onContract.map(quote));
}

/** "What did the company do?" of the one employer at hand: what the CV, or else the owner, says it is. */
function oneEmployer(
  tools: Tools,
  said: { r: RoleInfo; what: string | null } | undefined,
  ownerSaid: string | undefined,
  owner: RoleInfo | undefined,
  quote: (d: { r: RoleInfo; what: string | null }) => Chunk,
): Answer | null {
  const { m, heading, reply } = tools;
  if (said?.what) return reply(m.sectorOne(said.r.employer, said.what), [quote(said)]);
  return ownerSaid && owner ? reply(m.ownerDescribes(ownerSaid).trim(), [heading(owner)]) : null;
}

/** "Was MAIF a bank?" (that employer only): what the CV says it is instead, or that it doesn't say. */
function oneKindNo(
  tools: Tools,
  kind: string,
  r: RoleInfo | undefined,
  said: { r: RoleInfo; what: string | null } | undefined,
  quote: (d: { r: RoleInfo; what: string | null }) => Chunk,
  ownerSaid?: string,
): Answer {
  const { m, heading, reply } = tools;
  if (said?.what) return reply(m.sectorNoOne(kind, said.r.employer, said.what), [quote(said)], false);
  // (Decathlon, which the CV doesn't describe: the owner's note, said as such.)
  const owner = ownerSaid ? m.ownerDescribes(ownerSaid) : "";
  return reply(`${m.sectorUnsaidOne(r?.employer ?? "")}${owner}`, r ? [heading(r)] : [], false);
}

/** A context line that says how big the company or its work is: a figure, "millions", "world leader", "group". */
const SCALE = /\d|\b(millions?|world|monde|mondial|group scale|du groupe|leader|international)\b/i;

/**
 * "How big is MAIF?", "which was bigger, Decathlon or MAIF?": the CV gives no headcount, so no size and no
 * comparison; what its context lines say of each company's scale is quoted, two at most each.
 */
function companySizeAnswer(intent: IntentOf<"company_size">, tools: Tools, ctx: ProfileContext): Answer {
  const { m, inLang, reply } = tools;
  // In the order asked ("MAIF bigger than AAA-Data?"), or every role in the CV's order; one line each for all.
  const roles = intent.roles.length > 0 ? intent.roles.map(tools.byKey) : ctx.roles;
  const each = roles.length > 2 ? 1 : 2;
  const scale = roles.map((r) => ({
    r,
    quotes: inLang(r)
      .filter((c) => c.kind === "context" && SCALE.test(c.text))
      .slice(0, each),
  }));
  const unsaid = scale.filter((s) => s.quotes.length === 0).map((s) => s.r.employer);
  // (His employers, when none was named.)
  const names = intent.roles.length > 0 ? [...new Set(roles.map((r) => r.employer))] : [];
  const quotes = scale.flatMap((s) => s.quotes);
  // (How big it was, its scale lines show; not a headcount, nor which was the bigger.)
  return reply(m.sizeUnsaid(names, quotes.length > 0, unsaid.join(", ")), quotes, !intent.exact && quotes.length > 0);
}

/** The kinds of members asked in French, as the rosters write them in English: « ingénieurs », engineers. */
const MEMBER_KIND: Record<string, string> = { ingenieur: "engineer", developpeur: "developer", analyste: "analyst" };

/** How many people a roster lists ("Team: 3 Data Engineers, 1 PO…" is 4 of "engineers" asked, 5 in all). */
export function rosterCount(text: string, members?: string): number {
  // ("lead tech" is the tech lead; « dev front », "front dev" the front-end; "product owner" the PO.)
  const single = (x: string) =>
    foldText(x)
      .replace(/s\b/g, "")
      .replace(/\blead tech\b/g, "tech lead")
      .replace(/\b(?:dev|developer|developpeur|engineer|ingenieur) (front|back)(?:-?end)?\b/g, "$1-end")
      .replace(/\b(front|back)(?: dev| developer| engineer)?\b(?!-)/g, "$1-end")
      .replace(/\bproduct owner\b/g, "po")
      .trim();
  const kind = members
    ? single(members)
        .split(" ")
        .map((w) => MEMBER_KIND[w] ?? w)
        .join(" ")
    : null;
  // (Of its words, anywhere: "fullstack" of "1 Fullstack Engineer", "engineer" of "3 Data Engineers".)
  const asked = kind?.replace(/^(front-?end|full-?stack) (?:developer|engineer|dev)$/, "$1").replace(/-/g, "-?");
  return [...text.matchAll(/(?:^|[:,]\s*)(\d+)\s+([^,]+)/gu)]
    .filter((x) => !asked || new RegExp(`(?:^| )${asked}(?: |$)`).test(` ${single(x[2]!)} `))
    .reduce((n, x) => n + Number(x[1]), 0);
}

/** The roles' lines, beside their teams, that count that many of the kind: "15 data scientists across 4 teams". */
function countSaid(roles: RoleInfo[], n: number | null, members: string, tools: Tools) {
  // (A word or two between: "2 junior data engineers", « 2 data engineers junior »; in either language's lines, so
  // that both read the same.)
  const figure = n === null ? String.raw`\d+` : String(n);
  const counted = new RegExp(String.raw`(?:^|[^\d.,])${figure}\s+(?:[\p{L}-]+\s+){0,2}?${foldText(members)}\b`, "u");
  return roles.flatMap((r) => {
    const keys = new Set(r.chunks.filter((c) => c.kind !== "team" && counted.test(foldText(c.text))).map((c) => c.key));
    return tools
      .inLang(r)
      .filter((c) => keys.has(c.key))
      .map((c) => ({ r, c }));
  });
}

/**
 * "were there 15 data scientists at MAIF?", no team named: the lines beside the team that count the kind weigh too —
 * "yes" where one counts that many and the team doesn't say otherwise; "no" with them all when none does; the figures
 * alone when they disagree. Null when no other line counts the kind (the team answers).
 */
function looseCount(intent: IntentOf<"team_size">, roles: RoleInfo[], teams: RosterCount[], tools: Tools) {
  if (!intent.loose || !intent.members) return null;
  const { m, at, reply } = tools;
  const others = countSaid(roles, null, intent.members, tools);
  if (others.length === 0) return null;
  const said = countSaid(roles, intent.n, intent.members, tools);
  const listing = teams.filter((x) => x.count > 0);
  const places = listed([...new Set(others.map((x) => x.r))].map(at), m);
  const quotes = [...listing.map((x) => x.roster), ...others.map((x) => x.c)];
  const members = asWritten(intent.members, tools.question);
  const counts = listing.map((x) => m.teamCounted(x.count, members, at(x.r)));
  if (said.length > 0 && listing.every((x) => x.count === intent.n)) return reply(m.countSaid(places), quotes);
  if (said.length > 0) return reply(m.countsDiffer(listed(counts, m)), quotes, false);
  if (listing.some((x) => x.count === intent.n)) return null;
  return reply(m.countsNo(places, `${intent.n} ${members}`), quotes);
}

/** A team's roster line and how many of the kind asked it lists. */
type RosterCount = { r: RoleInfo; roster: Chunk; count: number };

/**
 * "Was his team at MAIF bigger than 5?", « plus de 10 personnes dans son équipe ? »: each roster's size (of the roles
 * asked, or all), against the bound — "yes" where it is met, "no" with the sizes where none is.
 */
function teamSizeAnswer(intent: IntentOf<"team_size">, tools: Tools, ctx: ProfileContext): Answer {
  const { m, inLang, reply, at, heading } = tools;
  const roles = intent.roles.length > 0 ? intent.roles.map(tools.byKey) : ctx.roles;
  const teams = roles.flatMap((r) => {
    const roster = inLang(r).find((c) => c.kind === "team");
    return roster ? [{ r, roster, count: rosterCount(roster.text, intent.members) }] : [];
  });
  if (teams.length === 0) return reply(m.teamUnlisted(listed(roles.map(at), m)), roles.map(heading), false);
  // ("which was bigger, the team at Decathlon or at MAIF?": the rosters, that end first.)
  if (intent.compare) {
    const larger = intent.compare === "larger";
    const sorted = [...teams].sort((a, b) => (larger ? b.count - a.count : a.count - b.count));
    // (As the passages' answer says them: "7 people at Decathlon, since May 2021".)
    const place = (x: RosterCount) => placesOf([citeChunk(x.roster)], tools.language, ctx.messages);
    const sizes = sorted.map((x) => m.teamCounted(x.count, m.people(x.count), place(x))).join("; ");
    const same = new Set(teams.map((x) => x.count)).size === 1;
    return reply(
      same ? m.teamSizesSame(sizes) : m.teamSizesBy(larger, sizes),
      sorted.map((x) => x.roster),
    );
  }
  // ("were there 15 data scientists at MAIF?": the lines of the role that count them, beside its team.)
  const loose = looseCount(intent, roles, teams, tools);
  if (loose) return loose;
  // ("did he work with 5 developers at Decathlon?": a kind no team lists is no "0 developers".)
  if (intent.members && teams.every((x) => x.count === 0))
    return reply(
      m.teamKindUnlisted(
        asWritten(intent.members, tools.question),
        listed(
          teams.map((x) => at(x.r)),
          m,
        ),
      ),
      teams.map((x) => x.roster),
      false,
    );
  const meets = (count: number) =>
    intent.exact
      ? count === intent.n
      : intent.more
        ? count > intent.n || (!intent.strict && count === intent.n)
        : count < intent.n || (!intent.strict && count === intent.n);
  // (The kind asked as the asker wrote it: « ingénieurs »; "po" as the rosters write it, "PO".)
  const members = intent.members && asWritten(intent.members, tools.question).replace(/^po$/i, "PO");
  // ("1 dev front", not "1 devs front": one of them, said in the singular.)
  const noun = (count: number) =>
    members ? (count === 1 ? members.replace(/(?<=\p{L}{2})s\b/gu, "") : many(members)) : m.people(count);
  const sized = (x: (typeof teams)[number]) => m.teamCounted(x.count, noun(x.count), at(x.r));
  const asked = members ?? m.people(intent.n);
  const bound = intent.exact ? `${intent.n} ${asked}` : m.teamBound(intent.more, intent.strict, intent.n, asked);
  // (Of a kind asked, the teams that list none of it aside, unless none does.)
  const listing = members && teams.some((x) => x.count > 0) ? teams.filter((x) => x.count > 0) : teams;
  const met = listing.filter((x) => meets(x.count));
  const unmet = listing.filter((x) => !meets(x.count));
  const rosters = [...met, ...unmet].map((x) => x.roster);
  if (met.length === 0) return reply(m.teamBoundNo(listed(unmet.map(sized), m), bound), rosters);
  if (unmet.length === 0) return reply(m.teamBoundYes(listed(met.map(sized), m)), rosters);
  return reply(m.teamBoundSome(listed(met.map(sized), m), listed(unmet.map(sized), m), bound), rosters);
}

/** How long a company has been going, as its context line says: "for 60 years", « depuis 60 ans », "since 1935". */
const AGE_SAID =
  /\b(for (over |more than )?\d+ years|depuis (plus de )?\d+ ans|(since|depuis) (19|20)\d\d|founded|fondee?)\b/i;

/** "How long has AAA-Data been around?": what its context says of its age (when the CV was written), or nothing. */
function companyAgeAnswer(intent: IntentOf<"company_age">, tools: Tools): Answer {
  const { m, inLang, reply, byKey } = tools;
  const r = byKey(intent.role);
  const line = inLang(r).find((c) => c.kind === "context" && AGE_SAID.test(c.text));
  const clause = line?.text.split(/,\s+|;\s+/).find((x) => AGE_SAID.test(x));
  if (!line || !clause) return reply(m.ageUnsaid(r.employer), [tools.heading(r)], false);
  return reply(m.ageSaid(r.employer, clause.replace(/[.\s]+$/, "")) + tools.asOfCv(), [line]);
}

/** Words that name any employer, not a kind of one: "company" in "a car company". */
/**
 * Whether an employer's description holds each kind asked, by stem, or begun as written: « public » of « secteur
 * public » begins « publique ».
 */
function descriptionHolds(description: string, lang: Language, wanted: string[][], asked: string): boolean {
  const terms = passageTerms(description, lang);
  const words = foldText(description).match(/\p{L}+/gu) ?? [];
  // (A word asked as written, all but its last letter shared: "public", « publique »; not "publishing", "automation".)
  const written = new Set(foldText(asked).match(/\p{L}{5,}/gu) ?? []);
  const shared = (a: string, b: string) => [...a].findIndex((c, i) => b[i] !== c);
  // (Or a word asked as the description writes it but for its agreement: « française » of « français »; not
  // "automation" of "automotive".)
  const agreement = (w: string) => w.replace(/(es|e|s)$/, "");
  const agreed = (t: string) =>
    [...written].some(
      (w) => w.startsWith(t) && words.some((x) => x !== w && (x === agreement(w) || agreement(x) === agreement(w))),
    );
  const begun = (t: string) =>
    (written.has(t) && words.some((x) => x.startsWith(t) || shared(t, x) >= Math.max(5, t.length - 1))) || agreed(t);
  return wanted.every((stems) => stems.some((t) => terms.includes(t) || begun(t)));
}

/** Not "business" of a "business school", a kind of its own. */
const kindOf = (word: string, kind: string) => /^busi/.test(word) && /\bbusiness schools?\b/.test(foldText(kind));

/** Words for any employer, which say nothing of its kind. */
const GENERIC_EMPLOYER = new RegExp(
  String.raw`^(compan|firm|busi|organ|client|entrepris|boit|societ|group|employ|structur|big|larg|small|grand|petit|` +
    String.raw`gros|sector|secteur|fonction|etabliss|institu|organism|establish)`,
);

/**
 * "Did he manage people at MAIF?": not there, the roles where he did; and "how many data scientists did he support at
 * MAIF?", the people that role's passages count, not led.
 */
function ledElsewhere(role: RoleInfo, elsewhere: Supervised[], tools: Tools, side?: "before" | "after"): Answer {
  const { m, at, reply } = tools;
  const counted = side ? [] : tools.inLang(role).filter((c) => c.kind !== "team" && peopleIn(c) > 0);
  const lead = m.leadershipElsewhere(
    role.employer,
    listed(
      elsewhere.map((x) => at(x.r)),
      m,
    ),
    side,
  );
  const told = counted.length > 0 ? ` ${m.peopleCountedAt(role.employer)}` : "";
  return reply(`${lead}${told}`, [...chunksOf(elsewhere), ...counted], false);
}

/** The roles begun before one ("before Decathlon"), or from its end on ("after AAA-Data"), that one left out. */
function rolesAround(roles: RoleInfo[], bound: RoleInfo, side: "before" | "after"): RoleInfo[] {
  const { start, end } = bound.period ?? { start: null, end: null };
  if (!start) return [];
  return roles.filter(
    (r) =>
      r.key !== bound.key &&
      r.period !== null &&
      (side === "before" ? r.period.start < start : end !== null && r.period.start >= end),
  );
}

/** What he does now, asked beside one role: "what's he doing atm, still at Decathlon?", « il fait quoi là ». */
const DOING_NOW =
  /\b(what'?s (he|she) doing|what (is|does) (he|she) do(ing)?|(il|elle) fait quoi|que fait[- ](il|elle))\b/;

/** "Where does he work now?", or "is he still at MAIF?". */
function currentAnswer(intent: IntentOf<"current">, tools: Tools, ctx: ProfileContext, language: Language): Answer {
  const { m, when, inLang, heading, roleAt, byKey, reply } = tools;
  const current = ctx.roles.filter((r) => r.period?.current);
  const list = listed(current.map(roleAt), m);
  if (intent.role) {
    const r = byKey(intent.role);
    // ("is Decathlon his only client right now?": no, when he holds another role now.)
    // ("has he only worked at Decathlon?": every other role, of now or before.)
    const others = (intent.ever ? ctx.roles : current).filter((o) => o !== r);
    if (intent.only && (r.period?.current || intent.ever) && others.length > 0) {
      const said = (intent.only === "only" ? m.notOnly : m.alsoNow)(r.employer, when(r), listed(others.map(roleAt), m));
      // (« il n'a pas d'autres clients que Decathlon ? »: « Si ».)
      return reply(notAgreeing(said, tools.question), [r, ...others].map(heading));
    }
    // ("what's he doing atm, still at Decathlon?": yes, and his other role of now with it.)
    const besides = DOING_NOW.test(foldText(tools.question)) ? current.filter((o) => o !== r) : [];
    const also = besides.length > 0 ? m.alsoNowToo(listed(besides.map(roleAt), m)) : "";
    return r.period?.current
      ? reply(m.stillThere(r.employer, when(r), intent.left, intent.negated) + also + tools.asOfCv(), [heading(r)])
      : reply(m.notThere(r.employer, when(r), list, intent.left), [heading(r), ...current.map(heading)]);
  }
  // (…and for how long, when asked: each current role's time, as the role-duration answer gives it.)
  const lasted = intent.howLong ? ` ${current.map((r) => roleLasted(r, tools, language)).join(" ")}` : "";
  return reply(
    m.current(list) + tools.asOfCv() + lasted,
    current.flatMap((r) => [heading(r), firstContext(inLang(r))!]),
  );
}

/** Bullets an overview of a role quotes: its results with a figure, then the first of each sub-section. */
const OVERVIEW_BULLETS = 4;

/**
 * "What did he do at MAIF?": the role's heading, what the mission was (its first context line), what he
 * achieved (results with a figure, then the first bullet of each sub-section) and its stack.
 */
function overviewAnswer(intent: IntentOf<"overview">, tools: Tools): Answer {
  // "What did he do at MAIF and at AAA-Data?": one overview after the other, quotes numbered in turn.
  if (intent.also?.length)
    return mergedAnswers(
      tools.question,
      [intent.role, ...intent.also].map((role) =>
        overviewAnswer({ kind: "overview", role, titled: intent.titled }, tools),
      ),
    );
  const { m, when, inLang, heading, byKey, reply } = tools;
  const r = byKey(intent.role);
  const chunks = inLang(r);
  // "What was his title at MAIF?": the title and when, from the role's heading, with what the mission was.
  const title = (heading(r).role ?? r).title;
  const context = chunks.find((c) => c.kind === "context");
  if (intent.titled) return reply(m.titleAt(r.employer, title, when(r)), [heading(r), ...(context ? [context] : [])]);
  // ("why were they re-platforming at AAA-Data?": the reasons, its context lines — the threat, the goal.)
  const reasons = chunks.filter((c) => c.kind === "context");
  if (intent.why && reasons.length > 0) return reply(m.whyAt(tools.at(r)), [...reasons.slice(1), reasons[0]!]);
  // What the mission was: the first context line, and the one stating its goal ("A two-fold mission: …").
  const contexts = chunks.filter((c) => c.kind === "context");
  const goal = contexts.slice(1).find((c) => MISSION.test(foldText(c.text)));
  // The first bullets of the first sub-section, and the first of each other, say what the work was.
  const firsts: Chunk[] = [];
  const bySection = new Map<string, number>();
  for (const c of chunks.filter((x) => x.kind === "bullet")) {
    const seen = bySection.get(c.section) ?? 0;
    bySection.set(c.section, seen + 1);
    if (seen === 0 || (seen === 1 && bySection.size === 1)) firsts.push(c);
  }
  const results = rankedResults(chunks).filter((c) => c.kind === "bullet");
  // "What was his mission at MAIF?" asks what the context says; "what did he do there?", what he achieved.
  const mission = MISSION.test(foldText(tools.question));
  const bullets = [...new Set([...results, ...firsts])].slice(0, mission ? 2 : OVERVIEW_BULLETS);
  return reply(m.overview(r.employer, title, when(r)), [
    heading(r),
    ...(mission ? contexts.slice(0, 4) : [contexts[0], goal]).filter((c) => c !== undefined),
    ...bullets,
    ...chunks.filter((c) => c.kind === "stack"),
  ]);
}

/** A context line saying what the mission was for: "Goal: …", "A two-fold mission: …", « Objectif : … ». */
const MISSION = /\b(mission|goal|objecti\w*|aim|purpose|enjeu)\b/;

/**
 * "what else?" after an answer about a role: its passages not quoted yet (`shown`, by twin key), in the
 * CV's order, context after bullets; null when every one was.
 */
export function moreAtRole(
  employer: string,
  shown: Set<string>,
  question: string,
  language: Language,
  ctx: ProfileContext,
): Answer | null {
  const tools = toolsFor(question, language, ctx);
  const r = ctx.roles.find((x) => x.employer === employer);
  if (!r) return null;
  const unseen = tools.inLang(r).filter((c) => !shown.has(c.key) && c.kind !== "role" && c.kind !== "team");
  const rest = [...unseen.filter((c) => c.kind === "bullet"), ...unseen.filter((c) => c.kind !== "bullet")];
  return rest.length > 0 ? tools.reply(tools.m.moreAt(r.employer), rest) : null;
}

/** A tool as two stack lines may name it alike: "Apache Spark" and "Spark", "PySpark" (Spark's Python API). */
function toolKey(name: string): string {
  const key = foldText(name)
    .replace(/\s*\(.*\)$/, "")
    .replace(/^(apache|amazon|microsoft|google) /, "");
  return key === "pyspark" ? "spark" : key;
}

/** "Which tools did he use at both MAIF and AAA-Data?": what both stack lines list, and what each alone does. */
function stacksAnswer(intent: IntentOf<"stacks_compared">, tools: Tools): Answer {
  const { m, inLang, reply, byKey } = tools;
  const [a, b] = intent.roles.map(byKey) as [RoleInfo, RoleInfo];
  const lines = [a, b].map((r) => inLang(r).find((c) => c.kind === "stack"));
  const unlisted = [a, b].filter((r, i) => !lines[i] || r.stack.length === 0);
  if (unlisted.length > 0)
    return reply(
      m.stackUnlisted(unlisted.map((r) => r.employer).join(", ")),
      lines.filter((c) => c !== undefined),
      false,
    );
  const keysOf = (r: RoleInfo) => new Set(r.stack.map(toolKey));
  const [ka, kb] = [keysOf(a), keysOf(b)];
  const both = a.stack.filter((t) => kb.has(toolKey(t)));
  const named = (t: string) => {
    const other = b.stack.find((x) => toolKey(x) === toolKey(t))!;
    return other === t ? t : `${t} / ${other}`;
  };
  const onlyA = a.stack.filter((t) => !kb.has(toolKey(t)));
  const onlyB = b.stack.filter((t) => !ka.has(toolKey(t)));
  const list = (xs: string[]) => (xs.length > 0 ? xs.join(", ") : m.noneListed);
  const said = m.stacksCompared(a.employer, b.employer, list(both.map(named)), list(onlyA), list(onlyB));
  // "the same stack at Pernod and MAIF?": yes only when neither lists a tool the other doesn't.
  const verdict = intent.same ? (onlyA.length + onlyB.length === 0 ? m.yesLead : m.noLead) : "";
  const lead = verdict ? `${verdict}${said}` : said.charAt(0).toUpperCase() + said.slice(1);
  return reply(lead, lines as Chunk[]);
}

/** A figure asked: "how much", « combien », "by what %", "numbers?". */
const FIGURE_ASKED =
  /\b(how much|by how|by what|combien|de quel|figures?|chiffr\w*|numbers?|amounts?|percent\w*|pourcent\w*)\b|%/;

/** "What results did he get?": the passages with a figure, in the roles asked or every work role. */
function resultsAnswer(intent: IntentOf<"results">, tools: Tools): Answer {
  const { m, inLang, heading, byKey, work, reply } = tools;
  const roles = intent.roles.length > 0 ? intent.roles.map(byKey) : work;
  const ranked = roles.flatMap((r) => rankedResults(inLang(r)));
  // "The biggest speedup?": a time cut ("from 13 h to 6 minutes") first, wherever it was.
  const timed = (c: Chunk) => Number(intent.speed && TIME_CUT.test(foldText(c.text)));
  const results = ranked
    .map((c, i) => ({ c, i }))
    .sort((a, b) => timed(b.c) - timed(a.c) || a.i - b.i)
    .map((x) => x.c);
  // "Any figures on cost savings?": what it says of costs, with its figures, or said to have none.
  if (intent.cost) {
    const costs = roles.flatMap((r) =>
      inLang(r).filter((c) => c.kind === "bullet" && COST_SAID.test(foldText(c.text))),
    );
    const figured = costs.filter((c) => MONEY_FIGURE.test(c.text));
    if (figured.length > 0) return reply(m.results, figured);
    // ("did he reduce costs at Decathlon?": yes, which it says; no figure was asked.)
    if (costs.length > 0)
      return reply(FIGURE_ASKED.test(foldText(tools.question)) ? m.costsUnfigured : m.costsCut, costs);
    // "did he cut costs at AAA-Data?": not there; where the profile does speak of costs, if anywhere.
    if (intent.roles.length > 0) return costsElsewhere(roles, tools);
  }
  // No figures: what a results section says, as the CV says it.
  const stated = roles.flatMap((r) => inLang(r).filter((c) => c.kind === "bullet" && IMPACT.test(sectionOf(c))));
  if (results.length === 0 && stated.length > 0) return reply(m.resultsStated, stated.slice(0, 5));
  if (results.length === 0) return reply(m.resultsNone, roles.map(heading), false);
  return reply(m.results, results);
}

/** Costs asked of roles that don't speak of them: "not at AAA-Data", and the roles that do, quoted. */
function costsElsewhere(asked: RoleInfo[], tools: Tools): Answer {
  const { m, inLang, work, reply } = tools;
  const others = work.filter((r) => !asked.includes(r));
  const costs = others.flatMap((r) => inLang(r).filter((c) => c.kind === "bullet" && COST_SAID.test(foldText(c.text))));
  const places = asked.map((r) => r.employer).join(", ");
  const where = [...new Set(costs.map((c) => others.find((r) => r.chunks.includes(c))?.employer))].join(", ");
  return costs.length > 0 ? reply(m.costsNotAt(places, where), costs, false) : reply(m.costsNone(places), [], false);
}

/** "What are his main skills?": stack technologies ranked by use, and what he teaches. */
function skillsAnswer(tools: Tools, ctx: ProfileContext, language: Language, all: boolean): Answer {
  const { m, now, inLang, work, reply } = tools;
  const ranked = rankSkills(ctx, now);
  // ("all the technologies he knows": every one his roles name, not the main eight.)
  const top = ranked.slice(0, all ? ranked.length : 8).map((s) => `${s.name} (${m.roles(s.roles)})`);
  const taught = [
    ...new Set(ctx.roles.filter((r) => r.kind === "teaching").flatMap((r) => ctx.taughtNames(r, language))),
  ];
  const lead = [
    (all ? m.skillsAll : m.skills)(top.join(", ")),
    taught.length > 0 ? m.skillsTaught(taught.join(", ")) : "",
  ]
    .filter(Boolean)
    .join(" ");
  return reply(
    lead,
    work.map((r) => inLang(r).find((c) => c.kind === "stack")!),
  );
}

/** "His skills?", of a role, of now, his languages, the tools he no longer uses, or all of them. */
function skillsOf(intent: IntentOf<"skills">, tools: Tools, ctx: ProfileContext, language: Language): Answer {
  if (intent.role) return roleStackAnswer(intent.role, tools, ctx, language);
  // "his current stack?": the stack of his current work (not a course he teaches).
  const now = intent.current ? tools.work.find((r) => r.period?.current) : undefined;
  if (now) return roleStackAnswer(now.key, tools, ctx, language);
  if (intent.languages) return languagesAnswer(tools, ctx);
  return intent.dropped ? droppedAnswer(tools, ctx) : skillsAnswer(tools, ctx, language, intent.all === true);
}

/**
 * "Which tools has he stopped using?": the tools his ended roles used that no current role does, by the role that
 * named them last ("Snowflake, Docker… at AAA-Data (January 2020 – May 2021)").
 */
function droppedAnswer(tools: Tools, ctx: ProfileContext): Answer {
  const { m, now, inLang, at, reply, language } = tools;
  const today = monthOf(now);
  const ranked = rankSkills(ctx, now);
  // (Not "PySpark" while Spark goes on: the same tool, named with its language.)
  const going = ranked.filter((s) => s.latest >= today).map((s) => foldText(s.name));
  const left = ranked.filter((s) => s.latest < today && !going.some((g) => foldText(s.name).includes(g)));
  if (left.length === 0) return reply(m.skillsDroppedNone, [], false);
  const ended = ctx.roles.filter((r) => r.kind !== "teaching" && r.period && spanOf(r.period, now).end < today);
  const byRole = new Map<RoleInfo, string[]>();
  for (const s of left) {
    const tech = ctx.technologies.find((t) => t.name === s.name);
    const uses = tech ? techUses(tech, ended, language, ctx.rolesHolding).filter((u) => u.usage === "used") : [];
    const last = uses.map((u) => u.role).find((r) => spanOf(r.period!, now).end === s.latest);
    if (last) byRole.set(last, [...(byRole.get(last) ?? []), s.name]);
  }
  const list = [...byRole.entries()].map(([r, names]) => m.droppedAt(names.join(", "), at(r))).join("; ");
  const stacks = [...byRole.keys()].flatMap((r) => inLang(r).find((c) => c.kind === "stack") ?? []);
  return reply(m.skillsDropped(list), stacks);
}

/** "Which roles did not involve Airflow?", "Spark but not Databricks?": the roles naming the one and not the other. */
function withoutAnswer(intent: IntentOf<"without">, tools: Tools, ctx: ProfileContext, language: Language): Answer {
  const { m, heading, at, reply } = tools;
  // (What is asked with is used there, not taught: "used Spark but not Databricks" is no course on Spark.)
  const uses = (t: Technology) =>
    techUses(t, ctx.roles, language, ctx.rolesHolding).filter((u) => u.usage === "used" || !intent.with.includes(t));
  const holding = (t: Technology) => new Set(uses(t).map((u) => u.role));
  const kept = ctx.roles.filter(
    (r) => intent.with.every((t) => holding(t).has(r)) && intent.without.every((t) => !holding(t).has(r)),
  );
  const names = (ts: Technology[]) => ts.map((t) => t.name).join(language === "fr" ? " et " : " and ");
  const [named, denied] = [names(intent.with), names(intent.without)];
  if (kept.length === 0) return reply(m.withoutNone(named, denied), [], false);
  const shown = intent.with.flatMap((t) =>
    uses(t)
      .filter((u) => kept.includes(u.role))
      .map((u) => u.chunk),
  );
  return reply(m.without(named, denied, listed(kept.map(at), m)), [...shown, ...kept.map(heading)]);
}

/** "He only knows Python, right?": the other technologies his roles name, most used first. */
function onlyAnswer(intent: IntentOf<"only">, tools: Tools, ctx: ProfileContext): Answer {
  const { m, now, inLang, work, reply } = tools;
  const tech = intent.technology;
  // ("Is Python his only language?": the other programming languages, when he has any; else all his tools.)
  const skills = rankSkills(ctx, now).filter((s) => s.name !== tech.name);
  const languages = skills.filter((s) => ctx.programming?.(s.name));
  const others = (intent.languages && languages.length > 0 ? languages : skills).slice(0, 6).map((s) => s.name);
  const stacks = work.map((r) => inLang(r).find((c) => c.kind === "stack")).filter((c) => c !== undefined);
  return reply((intent.other ? m.otherThan : m.only)(tech.name, others.join(", ")), stacks);
}

/** "Which languages does he code in?": the programming languages of his roles' stacks and passages. */
function languagesAnswer(tools: Tools, ctx: ProfileContext): Answer {
  const { m, now, inLang, work, reply } = tools;
  const languages = rankSkills(ctx, now).filter((s) => ctx.programming?.(s.name));
  const stacks = work.map((r) => inLang(r).find((c) => c.kind === "stack")!);
  if (languages.length === 0) return reply(m.languagesNone, stacks, false);
  return reply(m.languages(languages.map((s) => `${s.name} (${m.roles(s.roles)})`).join(", ")), stacks);
}

/** "Tell me about him": current role and experience, main skills, one highlight, in three cited lines. */
function summaryAnswer(tools: Tools, ctx: ProfileContext, language: Language, brief: boolean): Answer {
  const { m, now, month, inLang, heading, roleAt, work, spans, reply } = tools;
  const current = ctx.roles.filter((r) => r.period?.current);
  const first = firstWorkRole(work);
  const months = mergedMonths(spans(work));
  const skills = rankSkills(ctx, now)
    .slice(0, 6)
    .map((s) => s.name);
  const highlight = work
    .flatMap((r) => rankedResults(inLang(r)))
    .sort((a, b) => Number(RESULT_WORDS.test(foldText(b.text))) - Number(RESULT_WORDS.test(foldText(a.text))))[0];
  const stacks = work.slice(0, 2).map((r) => inLang(r).find((c) => c.kind === "stack")!);
  // « résume son parcours »: the roles before the current ones too, each with its dates (not in "3 lines").
  const past = brief ? [] : ctx.roles.filter((r) => !r.period?.current);
  const chunks = [
    ...new Set([...current.map(heading), ...stacks, ...(highlight ? [highlight] : []), ...past.map(heading)]),
  ].filter(Boolean);
  const n = (c: Chunk | undefined) => (c && chunks.includes(c) ? `[${chunks.indexOf(c) + 1}]` : "");
  const since = first ? month(first.period!.start) : "";
  const role =
    m.summaryRole(listed(current.map(roleAt), m), formatDuration(months, language), since) + tools.asWritten(work);
  const lines = [
    `${role} ${current.map((r) => n(heading(r))).join("")}`,
    `${m.summarySkills(skills.join(", "))} ${stacks.map(n).join("")}`,
    ...(highlight ? [`${m.summaryHighlight(highlight.text.replace(/\s+/g, " "))} ${n(highlight)}`] : []),
    ...(past.length > 0
      ? [`${m.summaryBefore(listed(past.map(tools.at), m))} ${past.map((r) => n(heading(r))).join("")}`]
      : []),
  ];
  return reply(lines.join("\n"), chunks);
}

/** "How long has he been a data engineer?": the time in the roles holding the title; "…for 10 years?", yes or no. */
function titleTime(
  roles: RoleInfo[],
  title: string,
  claim: { atLeast?: number; below?: YearsBound },
  tools: Tools,
  language: Language,
) {
  const { m, heading, roleAt, spans, reply } = tools;
  const months = mergedMonths(spans(roles));
  const line = m.titleDuration(formatDuration(months, language), title, listed(roles.map(roleAt), m));
  const said = line + tools.asWritten(roles);
  if (claim.atLeast === undefined) return reply(said, roles.map(heading));
  const enough = holds(months, claim.atLeast, claim.below);
  return reply(m.enough(enough, said), roles.map(heading), enough);
}

/** "Has he always been a data engineer?": every role holds it, or here are the others. */
function titleAlways(holds: RoleInfo[], roles: RoleInfo[], tools: Tools): Answer {
  const { m, heading, roleAt, reply } = tools;
  const others = roles.filter((r) => !holds.includes(r));
  return others.length === 0
    ? reply(m.titleAlways(listed(holds.map(roleAt), m)), holds.map(heading))
    : reply(m.titleNotAlways(listed(holds.map(roleAt), m), listed(others.map(roleAt), m)), roles.map(heading));
}

/** "Was he a lead data engineer?": the role holding that title, else the titles he held. */
/** French titles asked, as a CV written with English titles ("Data Engineer") says them (folded). */
const TITLE_IN_ENGLISH: Record<string, string[]> = {
  ingenieur: ["engineer"],
  "ingenieur data": ["data engineer"],
  developpeur: ["developer"],
  formateur: ["trainer"],
  professeur: ["lecturer"],
  // ("Did he only teach?": either of his teaching titles.)
  teacher: ["lecturer", "trainer", "professeur", "formateur"],
};

/**
 * "Has he been a data engineer since 2017?", "is he a lecturer since 2020?", « est-il formateur depuis 2018 ? »: no,
 * when the roles holding the title don't run from that year to now without a break (his first began in 2019).
 */
function titleNotSince(holds: RoleInfo[], tools: Tools): Answer | null {
  const { m, now, heading, roleAt, reply } = tools;
  const asked = /\b(since|depuis)\s+((?:19|20)\d\d)\b/.exec(foldText(tools.question));
  const since =
    asked && Number(asked[2]) * 12 <= monthOf(now)
      ? { start: Number(asked[2]) * 12, end: monthOf(now), said: `${asked[1]} ${asked[2]}` }
      : null;
  // ("Was he a data engineer before 2019?", "…between 2017 and 2018?": no role of that title in those years.)
  const window = since ?? windowAsked(tools.question, now);
  if (!window) return null;
  if (since ? heldSince(holds, since, now) : holds.some((r) => roleInWindow(r, window, now))) return null;
  return reply(m.notInWindow(window.said, listed(holds.map(roleAt), m)), holds.map(heading), false);
}

function titleAnswer(intent: IntentOf<"title">, tools: Tools, ctx: ProfileContext, language: Language): Answer {
  const { m, heading, roleAt, reply } = tools;
  // (As the asker wrote it: "the PO", not "the po".)
  const asked = asWritten(intent.title, tools.question);
  const roles = titleRoles(intent, tools, ctx);
  if (!Array.isArray(roles)) return roles;
  const bare = intent.title.replace(/^(the|a|an|le|la|un|une) /, "");
  // Titles as the asker's language writes them ("Formateur Data"), matched in either language.
  const titleOf = (r: RoleInfo) => (heading(r).role ?? r).title;
  // ("ingénieur" is the "Engineer" of "Data Engineer", not the school of « … en école d'ingénieur ».)
  const named = new RegExp(`\\b(${[bare, ...(TITLE_IN_ENGLISH[bare] ?? [])].map(literal).join("|")})\\b`);
  const head = (title: string) => foldText(title).replace(/\s+(at|in|en|chez|dans|for|pour)\s.*$/, "");
  const holds = roles.filter((r) => named.test(head(r.title)) || named.test(head(titleOf(r))));
  // "How long has he been a data engineer?": the time in the roles holding the title, overlaps once.
  if (holds.length > 0 && intent.howLong) {
    const shown = new Set(holds.map(titleOf)).size === 1 ? titleOf(holds[0]!) : bare;
    return titleTime(holds, shown, intent, tools, language);
  }
  // (Not of one year, "a senior data engineer in 2020?", which the title of that year answers with what he was.)
  const since = holds.length > 0 && intent.year === undefined ? titleNotSince(holds, tools) : null;
  if (since) return since;
  if (holds.length > 0 && intent.seniority) return seniorityAnswer(holds, tools, language);
  if (holds.length > 0 && intent.year !== undefined) return titleOfYear(holds, intent, ctx, tools);
  const now = intent.now && holds.length > 0 ? titleNow(holds, ctx, tools, intent.always) : null;
  if (now) return now;
  // "More a data engineer or a data scientist?": his titles, for the reader to weigh.
  if (intent.either) return reply(m.titleList(listed(roles.map(roleAt), m)), roles.map(heading));
  if (intent.always && holds.length > 0) return titleAlways(holds, roles, tools);
  if (holds.length > 0) return reply(m.titleHeld(listed(holds.map(roleAt), m)), holds.map(heading));
  const lead = intent.role
    ? m.title(roles[0]!.employer, titleOf(roles[0]!), asked)
    : m.titles(
        listed(
          roles.map((r) => `${titleOf(r)} (${r.employer})`),
          m,
          undefined,
          ", ",
        ),
        asked,
      );
  // "Is he a team lead?": no lead title, but where he supervised others is worth saying.
  // (Not "project manager", « chef de projet »: leading a project, not people.)
  const leads = LEAD_TITLE_ASKED.test(foldText(bare)) && !/\b(project|projet|product|produit)\b/.test(foldText(bare));
  const led = intent.role || !leads ? [] : supervisingRoles(ctx.roles, language);
  if (led.length > 0)
    return reply(
      `${lead} ${m.titleButLed(
        listed(
          led.map((x) => tools.at(x.r)),
          m,
        ),
      )}`,
      [...roles.map(heading), ...chunksOf(led)],
      false,
    );
  // "Is he a data architect?": no architect title, but the decisions of architecture he took are worth saying.
  const headings = roles.map(heading);
  if (!intent.role && /\barchitect/.test(foldText(bare))) return architectureDecided(tools, lead, headings);
  return reply(lead, headings, false);
}

/**
 * The roles a title is asked of: one, every one, or those begun before (or after) one ("a data engineer before
 * Decathlon?") — none of which is said so.
 */
function titleRoles(intent: IntentOf<"title">, tools: Tools, ctx: ProfileContext): RoleInfo[] | Answer {
  const { m, heading, byKey, reply } = tools;
  const around = intent.side && intent.role ? rolesAround(ctx.roles, byKey(intent.role), intent.side) : null;
  if (around?.length === 0) {
    const named = byKey(intent.role!);
    const none = intent.side === "before" ? m.beforeNone(named.employer) : m.afterNone(named.employer);
    return reply(none, [heading(named)], false);
  }
  return around ?? (intent.role ? [byKey(intent.role)] : ctx.roles);
}

/**
 * "Is he currently a data trainer?": a "yes" only from a role going on; else his roles now, and the ones before.
 * "Is he only a data engineer now?" (only): every role going on of that title, or the others beside.
 */
function titleNow(holds: RoleInfo[], ctx: ProfileContext, tools: Tools, only = false): Answer {
  const { m, heading, roleAt, reply } = tools;
  const going = ctx.roles.filter((r) => r.period?.current);
  const heldNow = holds.filter((r) => going.includes(r));
  if (only && heldNow.length > 0) return titleAlways(heldNow, going, tools);
  const held = holds.filter((r) => r.period?.current);
  if (held.length > 0) return reply(m.titleHeld(listed(held.map(roleAt), m)), held.map(heading));
  const current = ctx.roles.filter((r) => r.period?.current);
  return reply(
    m.titleNotNow(listed(current.map(roleAt), m), listed(holds.map(roleAt), m)),
    [...current, ...holds].map(heading),
    false,
  );
}

/**
 * "Was he a senior data engineer in 2019?": a "yes" only from a role holding the title that year; else that year's
 * roles (or none), and the ones that held it.
 */
function titleOfYear(holds: RoleInfo[], intent: IntentOf<"title">, ctx: ProfileContext, tools: Tools): Answer {
  const { m, heading, roleAt, reply } = tools;
  const year = intent.year!;
  // ("…at MAIF in 2021?": not there that year.)
  const at = intent.role ? tools.byKey(intent.role).employer : undefined;
  const window = { start: year * 12, end: year * 12 + 11, said: String(year) };
  const then = (rs: RoleInfo[]) => rs.filter((r) => roleInWindow(r, window, tools.now));
  const held = then(holds);
  if (held.length > 0) return reply(m.titleHeld(listed(held.map(roleAt), m)), held.map(heading));
  const roles = then(ctx.roles);
  const that = roles.length > 0 ? m.timeline(String(year), listed(roles.map(roleAt), m)) : m.timelineNone(String(year));
  return reply(
    `${m.titleNotThen(String(year), at)} ${that} ${m.titleHeldBy(listed(holds.map(roleAt), m))}`,
    [...roles, ...holds].map(heading),
    false,
  );
}

/** "How senior is he?": the senior titles, and his experience in all. */
function seniorityAnswer(holds: RoleInfo[], tools: Tools, language: Language): Answer {
  const { m, heading, roleAt, spans, reply } = tools;
  const first = firstWorkRole(tools.work);
  const total = formatDuration(mergedMonths(spans(tools.work)), language);
  if (!first) return reply(m.titleHeld(listed(holds.map(roleAt), m)), holds.map(heading));
  return reply(m.seniority(listed(holds.map(roleAt), m), total, tools.month(first.period!.start)), holds.map(heading));
}

/** His titles, then the lines of his work roles saying he took decisions of architecture, if any. */
function architectureDecided(tools: Tools, lead: string, headings: Chunk[]): Answer {
  const decided = tools.work.flatMap((r) =>
    tools
      .inLang(r)
      .filter((c) =>
        /\b(architectural decisions?|decisions? (architecturales?|d'architecture))\b/.test(foldText(c.text)),
      )
      .map((c) => ({ c, at: tools.at(r) })),
  );
  if (decided.length === 0) return tools.reply(lead, headings, false);
  const places = listed([...new Set(decided.map((x) => x.at))], tools.m);
  return tools.reply(`${lead} ${tools.m.titleButDecided(places)}`, [...headings, ...decided.map((x) => x.c)], false);
}

/** A title of leading people: "team lead", « lead technique », "manager". */
const LEAD_TITLE_ASKED = /\b(lead|leader|manager|head|chef|responsable)\b/;

/** The work roles where he supervised others, with the passages saying so (in the asker's language). */
function supervisingRoles(among: RoleInfo[], language: Language): Supervised[] {
  return among
    .filter((r) => r.kind === "work")
    .map((r) => {
      const found = supervisingIn(r);
      return { r, chunks: found.size === 0 ? [] : inLangOf([...found], r, language) };
    })
    .filter((x) => x.chunks.length > 0);
}

/** "Was he at MAIF and Pernod Ricard at the same time?": when the two roles overlap, if they do. */
function overlapAnswer(intent: IntentOf<"overlap">, tools: Tools, language: Language): Answer {
  const { m, now, month, heading, byKey, reply } = tools;
  const [a, b] = intent.roles.map(byKey) as [RoleInfo, RoleInfo];
  const place = tools.at;
  if (!a.period || !b.period) return reply(m.overlapNo(place(a), place(b)), [heading(a), heading(b)], false);
  const [sa, sb] = [spanOf(a.period, now), spanOf(b.period, now)];
  const from = Math.max(sa.start, sb.start);
  const to = Math.min(sa.end, sb.end);
  if (intent.gap) return gapBetween([a, sa], [b, sb], tools);
  // "Before or after?": the one that began first (or ended first, when that is asked), then whether they overlap.
  const order = intent.order ? `${orderOf(intent.order, [a, sa], [b, sb], tools)} ` : "";
  if (to <= from)
    return reply(`${order}${intent.order ? "" : m.overlapNo(place(a), place(b))}`.trim(), [heading(a), heading(b)]);
  const ym = (i: number) => month(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  const ongoing = a.period.current && b.period.current;
  const overlap = m.overlapYes(
    place(a),
    place(b),
    formatDuration(to - from, language),
    ym(from),
    ongoing ? null : ym(to),
  );
  // ("did he join Pernod after leaving MAIF?", « après avoir quitté… »: he had not left, no; an order asked, no "yes"
  // for the overlap nobody asked.)
  // (Not "before or after he left MAIF?", a choice: which began first answers it.)
  const choice = /\b(before or after|after or before|avant ou apres|apres ou avant)\b/.test(foldText(tools.question));
  if (intent.order && !choice && LEFT_FIRST.test(foldText(tools.question)))
    return reply(`${m.contractSpanNo} ${order}${withoutYes(overlap)}`, [heading(a), heading(b)]);
  return reply(`${order}${intent.order ? withoutYes(overlap) : overlap}`, [heading(a), heading(b)]);
}

/** One role left before the other began, asked: "after leaving MAIF", "before joining", « après avoir quitté ». */
const LEFT_FIRST = new RegExp(
  String.raw`\b(after (leaving|he left|quitting|he quit)|before (joining|starting|he joined|he started)|` +
    String.raw`(left|quit) [\w -]{1,20}? (before|then) (joining|starting|moving)|apres (avoir )?(quitte|son depart)|` +
    String.raw`avant (de |d')(rejoindre|commencer|integrer|entrer))\b`,
);

/** "Was there a gap between AAA-Data and Decathlon?": the months from the end of the earlier to the next's start. */
function gapBetween(a: [RoleInfo, MonthSpan], b: [RoleInfo, MonthSpan], tools: Tools): Answer {
  const { m, heading, reply, at: place } = tools;
  const [first, second] = a[1].start <= b[1].start ? [a, b] : [b, a];
  const months = second[1].start - first[1].end;
  const cited = [heading(first[0]), heading(second[0])];
  if (months > 0)
    return reply(m.gapOf(place(first[0]), place(second[0]), formatDuration(months, tools.language)), cited);
  return reply(
    months === 0 ? m.gapNone(place(first[0]), place(second[0])) : m.gapOverlap(place(first[0]), place(second[0])),
    cited,
  );
}

/** Which of two roles began first, or ended first ("which ended last, MAIF or Pernod?"); one still held ends last. */
function orderOf(by: "start" | "end", a: [RoleInfo, MonthSpan], b: [RoleInfo, MonthSpan], tools: Tools): string {
  const { m, at: place } = tools;
  if (by === "start") {
    const [first, second] = a[1].start <= b[1].start ? [a[0], b[0]] : [b[0], a[0]];
    return m.order(place(first), place(second));
  }
  const ongoing = (r: RoleInfo) => r.period?.current === true;
  if (ongoing(a[0]) && ongoing(b[0])) return m.bothOngoing(place(a[0]), place(b[0]));
  const [first, second] = a[1].end <= b[1].end && !ongoing(a[0]) ? [a[0], b[0]] : [b[0], a[0]];
  return m.endedOrder(place(first), place(second), ongoing(second));
}

/** "Did he hold two jobs at the same time?": every pair of his roles that overlap, with when. */
function overlapsAnswer(intent: IntentOf<"overlaps">, tools: Tools, ctx: ProfileContext, language: Language): Answer {
  const { m, now, month, heading, reply } = tools;
  const dated = ctx.roles.filter((r) => r.period);
  const ym = (i: number) => month(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  const pairs: string[] = [];
  const shown = new Set<RoleInfo>();
  dated.forEach((a, i) => {
    for (const b of dated.slice(i + 1)) {
      // (Of one role asked: "which roles overlap with Decathlon?".)
      if (intent.role && a.key !== intent.role && b.key !== intent.role) continue;
      const [sa, sb] = [spanOf(a.period!, now), spanOf(b.period!, now)];
      const [from, to] = [Math.max(sa.start, sb.start), Math.min(sa.end, sb.end)];
      if (to <= from) continue;
      const ongoing = a.period!.current && b.period!.current;
      pairs.push(
        m.overlapPair(a.employer, b.employer, formatDuration(to - from, language), ym(from), ongoing ? null : ym(to)),
      );
      shown.add(a).add(b);
    }
  });
  if (pairs.length === 0 && intent.role) {
    const role = dated.find((r) => r.key === intent.role);
    return reply(m.overlapsNoneWith(role?.employer ?? ""), role ? [heading(role)] : []);
  }
  if (pairs.length === 0) return reply(m.overlapsNone, dated.map(heading));
  return reply(m.overlaps(pairs.join("; ")), [...shown].map(heading));
}

/** "Has he led a team?": the passages where he supervised others, by role, and where he trains people. */
function leadershipAnswer(intent: IntentOf<"leadership">, tools: Tools, ctx: ProfileContext): Answer {
  const { m, language, heading, byKey, reply, at } = tools;
  const around = intent.around;
  const roles = around
    ? rolesAround(ctx.roles, byKey(around.role), around.side)
    : intent.role
      ? [byKey(intent.role)]
      : ctx.roles;
  const supervising = (among: RoleInfo[]) => supervisingRoles(among, language);
  const places = (xs: Supervised[]) => ledPlaces(xs, tools);
  const led = supervising(roles);
  const trainers = roles.filter((r) => r.kind !== "work");
  const also = trainers.length > 0 ? ` ${m.alsoTrains(listed(trainers.map(at), m))}` : "";
  // "Did he manage people at Decathlon?": not there, but the roles where he did are worth saying.
  // ("…after AAA-Data?": not after it, but where he did.)
  const elsewhere = (intent.role || around) && led.length === 0 ? supervising(ctx.roles) : [];
  if (elsewhere.length > 0)
    return ledElsewhere(around ? byKey(around.role) : roles[0]!, elsewhere, tools, around?.side);
  if (led.length === 0) return reply(`${m.leadershipNone}${also}`, trainers.map(heading), false);
  // "Has he built a team?": what he led, and that the profile doesn't say he formed or hired one.
  if (intent.built) return reply(m.leadershipBuilt(places(led)), chunksOf(led), false);
  // "A people manager with direct reports?": supervision is what it shows, not line management.
  // ("How many direct reports?": none said, and the people he supervised, counted.)
  const lineCounted = intent.line && intent.count ? supervisedWhom(led, tools, true) : null;
  if (lineCounted) return reply(`${m.leadershipLineNone} ${lineCounted}`, chunksOf(led), false);
  if (intent.line) return reply(m.leadershipLine(places(led)), chunksOf(led), false);
  // "Does he manage people today?": not a "yes" from a role that has ended.
  const current = ctx.roles.filter((r) => r.period?.current);
  if (intent.now && !led.some((x) => x.r.period?.current))
    return reply(
      m.leadershipNotNow(listed(current.map(at), m), places(led)),
      [...current.map(heading), ...chunksOf(led)],
      false,
    );
  const outside = ledOutOfWindow(led, tools, intent.role) ?? ledNotAlways(led, tools, ctx);
  if (outside) return outside;
  if (intent.teams !== undefined) return reply(m.leadershipTeams(intent.teams, places(led)), chunksOf(led), false);
  const fewer = fewerLed(intent, led, tools);
  if (fewer) return fewer;
  // "3 years of team lead experience?": a "yes" only when the roles where he led others last that long.
  const ledMonths = monthsOfRoles(
    led.flatMap((x) => (x.r.period ? [x.r.period] : [])),
    tools.now,
  );
  if (intent.years !== undefined && ledMonths < intent.years * 12)
    return reply(
      m.leadershipYears(intent.years, places(led), formatDuration(ledMonths, language)),
      chunksOf(led),
      false,
    );
  if (intent.seniors && ledJuniors(led)) return reply(m.leadershipJuniors(places(led)), chunksOf(led), false);
  const lead = supervisedWhom(led, tools, intent.count ?? false) ?? m.leadership(places(led));
  // ("…as tech lead?": whether his titles say so, after what he did.)
  const titled = intent.title ? ` ${m.notTitled(intent.title)}` : "";
  return (
    notWhomAsked(led, lead, tools, trainers) ??
    reply(`${notAgreeing(lead, tools.question)}${titled}${also}`, [...chunksOf(led), ...trainers.map(heading)])
  );
}

/** "Has he always managed people?", « il a toujours encadré ? », "throughout his career": every role of his work. */
const ALWAYS_ASKED = new RegExp(
  // (The verb of leading right after it: not "…or always he is working alone?".)
  String.raw`\b((always|(a|avait|a[- ]t[- ](il|elle)) toujours) (been |ete |eu )?` +
    String.raw`(manag|supervis|mentor|lead|led|coach|encadr|dirig|gere|gerer|pilot)\w*|` +
    String.raw`throughout (his|her) career|(all|whole) (of )?(his|her) career|` +
    String.raw`(durant |pendant |sur )?toute sa carriere|` +
    String.raw`in (every|each|all) (of )?(his |her )?(jobs?|roles?|positions?)|dans tous ses (postes|emplois|jobs))\b`,
);
function ledNotAlways(led: Supervised[], tools: Tools, ctx: ProfileContext): Answer | null {
  if (!ALWAYS_ASKED.test(foldText(tools.question))) return null;
  const work = ctx.roles.filter((r) => r.kind === "work" && r.period);
  if (work.every((r) => led.some((x) => x.r === r))) return null;
  const said = withoutYes(supervisedWhom(led, tools, false) ?? tools.m.leadership(ledPlaces(led, tools)));
  const lower = said.replace(/\.$/, "").replace(/^(He|She|They|Il|Elle)\b/, (x) => x.toLowerCase());
  return tools.reply(tools.m.notEveryRole(lower), chunksOf(led), false);
}

/**
 * "A team of more than 5?": a "yes" only when a passage counts as many people he supervised; else what the profile
 * shows, no "yes" ("Did he supervise 5 juniors?": the number the profile gives, when one passage says how many).
 */
function fewerLed(intent: IntentOf<"leadership">, led: Supervised[], tools: Tools): Answer | null {
  const { m, reply } = tools;
  const most = Math.max(0, ...led.flatMap((x) => x.chunks.map(peopleIn)));
  if (intent.size === undefined || most > intent.size || (most === intent.size && !intent.over)) return null;
  // ("less than 5?": fewer is what was asked; the leadership answer says whom.)
  if (intent.under && most > 0) return null;
  const places = ledPlaces(led, tools);
  return reply(
    most > 0
      ? // ("more than 2?" of 2 supervised: "not more than 2".)
        m.leadershipSizeGiven(most, intent.size, places, most === intent.size)
      : m.leadershipSize(intent.size, places),
    chunksOf(led),
    false,
  );
}

/** "Was he mentoring juniors in 2022?": not in that time, when the roles where he did had ended (or null). */
function ledOutOfWindow(led: Supervised[], tools: Tools, role: string | null | undefined): Answer | null {
  // (Of a role named, "during the last year at AAA-Data?", the window is that role's own: not weighed.)
  const window = role ? null : windowAsked(tools.question, tools.now);
  if (!window || led.some((x) => roleInWindow(x.r, window, tools.now))) return null;
  const whom = (supervisedWhom(led, tools, false) ?? tools.m.leadership(ledPlaces(led, tools))).replace(
    /^(Yes|Oui) — /,
    "",
  );
  return tools.reply(tools.m.notInWindow(window.said, whom.replace(/\.$/, "")), chunksOf(led), false);
}

/** The roles where he led others, listed: "AAA-Data (January 2020 – May 2021)". */
const ledPlaces = (xs: Supervised[], tools: Tools) =>
  listed(
    xs.map((x) => tools.at(x.r)),
    tools.m,
  );

/** "Did he mentor data scientists?": whom he led, and that the profile doesn't say it was them (or null). */
function notWhomAsked(led: Supervised[], lead: string, tools: Tools, trainers: RoleInfo[]): Answer | null {
  const asked = audienceOf(tools.question);
  const them = (c: Chunk) => audienceIn(c.text, asked.words, () => false);
  // (Whom he trained counts too: "did he coach technical teams?" is Pernod Ricard's training.)
  if (asked.words.length === 0 || led.some((x) => x.chunks.some(them)) || trainers.some((r) => r.chunks.some(them)))
    return null;
  return tools.reply(`${withoutYes(lead)} ${tools.m.notWhomLed(asked.phrase.join(" "))}`, chunksOf(led), false);
}

/** A lead without its "Yes — ": what the profile shows, when it is not what was asked. */
const withoutYes = (lead: string) =>
  lead.replace(/^(Yes|Oui) — (\p{L})/u, (_, _y: string, c: string) => c.toUpperCase());

/** "I guess he never had anybody under him?": no "Yes" to agree with the negative; « Si » in French. */
function notAgreeing(lead: string, question: string): string {
  if (!askedInNegative(question)) return lead;
  return lead.replace(/^Yes — ([\p{L}\p{N}])/u, (_, c: string) => c.toUpperCase()).replace(/^Oui — /, "Si — ");
}

/** "Did he mentor 2 senior engineers?": the passages say he supervised juniors. */
const ledJuniors = (led: Supervised[]) => led.some((x) => x.chunks.some((c) => /\bjuniors?\b/i.test(c.text)));

/** A role where he supervised others, with the passages saying so. */
interface Supervised {
  r: RoleInfo;
  chunks: Chunk[];
}
const chunksOf = (xs: Supervised[]) => xs.flatMap((x) => x.chunks);

/** Whom, as the passages count them ("2 junior data engineers at AAA-Data (…)"), or null if one doesn't. */
function supervisedWhom(led: Supervised[], tools: Tools, open: boolean): string | null {
  const { m, at } = tools;
  // The roles named, no more: a knowledge of thousands of roles is not read through on every question.
  const whom = led.slice(0, MAX_LISTED).map((x) => ({
    people: x.chunks.map((c) => peopleNamed(c.text)).find(Boolean) ?? null,
    at: at(x.r),
  }));
  if (!whom.every((w) => w.people)) return null;
  const named = whom.map((w) => m.peopleAt(w.people!, w.at));
  return m.leadershipCounted(listed(named, m, led.length), open);
}

/** A number of people: "2 junior data engineers", « 2 data engineers junior » (matchAll works on a copy). */
const PEOPLE_COUNT = new RegExp(
  String.raw`(\d+)\s+(?:[\p{L}-]+\s+){0,2}(engineers?|juniors?|people|persons|developers?|devs|scientists?|` +
    String.raw`analysts?|personnes|ingenieurs?|developpeurs?|stagiaires?|interns?)\b(?:\s+juniors?\b)?`,
  "gu",
);

const counted = new WeakMap<Chunk, number>();

/** `peopleCounted` of a passage, read once per passage. */
function peopleIn(chunk: Chunk): number {
  let n = counted.get(chunk);
  if (n === undefined) counted.set(chunk, (n = peopleCounted(chunk.text)));
  return n;
}

/** The people a passage counts: "supervision of 2 junior data engineers" → 2; none → 0. */
export function peopleCounted(text: string): number {
  return Math.max(0, ...[...foldText(text).matchAll(PEOPLE_COUNT)].map((m) => Number(m[1])));
}

/** The people a passage counts, as it writes them: "2 junior data engineers"; null when it counts none. */
function peopleNamed(text: string): string | null {
  // Folding keeps the length of these texts (accents only), so the match's place is the text's own.
  const folded = foldText(text);
  const m = [...folded.matchAll(PEOPLE_COUNT)][0];
  return m && folded.length === text.length ? text.slice(m.index, m.index + m[0].length) : null;
}

/** "What tools did he use at MAIF?": that role's stack line, or what a teaching role taught. */
function roleStackAnswer(roleKey: string, tools: Tools, ctx: ProfileContext, language: Language): Answer {
  const { m, when, inLang, heading, byKey, reply } = tools;
  const role = byKey(roleKey);
  const stack = inLang(role).find((c) => c.kind === "stack");
  const taught = taughtBy(role, ctx, language);
  // (No stack line in a teaching role: what it taught, with the course's lines that name it.)
  if (!stack && taught.length > 0) return taughtAnswer({ kind: "taught", role: roleKey }, tools, ctx, language);
  if (!stack) return reply(m.stackNone(role.employer), [heading(role)], false);
  return reply(m.roleStack(role.employer, when(role), role.stack.join(", ")), [stack]);
}

/** A passage about leading people: supervising, mentoring, managing a team (not a project). */
const SUPERVISES = new RegExp(
  [
    ...["supervis\\w*", "mentor\\w*", "encadr\\w*", "(led|managed|management of) (a|the) team", "team lead\\w*"],
    ...["head of", "dirig\\w* (une|l')? ?equipe", "management d'equipe"],
  ]
    .map((x) => `\\b${x}`)
    .join("|"),
);

/** The same, on text that is all ASCII: folding it would only lower-case it. */
const SUPERVISES_ANY_CASE = new RegExp(SUPERVISES.source, "i");
const ASCII = /^[\x00-\x7f]*$/;

/** True when a passage is about leading people (SUPERVISES, on its folded text). */
export function supervises(text: string): boolean {
  return ASCII.test(text) ? SUPERVISES_ANY_CASE.test(text) : SUPERVISES.test(foldText(text));
}

const supervising = new WeakMap<RoleInfo, ReadonlySet<Chunk>>();
const NO_PASSAGE: ReadonlySet<Chunk> = new Set();

/**
 * A role's passages about leading people, both languages, read once per role: at 100,000 passages,
 * reading them all again took ~40 ms of every leadership question.
 */
function supervisingIn(role: RoleInfo): ReadonlySet<Chunk> {
  let found = supervising.get(role);
  if (!found) {
    const hits = role.chunks.filter((c) => supervises(c.text));
    found = hits.length > 0 ? new Set(hits) : NO_PASSAGE;
    supervising.set(role, found);
  }
  return found;
}

/**
 * Reads every role's passages about leading people, and the people they count, ahead of the first leadership
 * question (at 100,000 passages, ~40 ms on that question), a batch of roles at a time: the event loop turns.
 */
export async function readSupervising(roles: readonly RoleInfo[], batch = 200): Promise<void> {
  for (let i = 0; i < roles.length; i += batch) {
    for (const role of roles.slice(i, i + batch)) for (const chunk of supervisingIn(role)) peopleIn(chunk);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Ahead of the first "what are his main skills?": each stack technology's passages found (and their
 * words read), one technology at a time between other work, then the ranking, from those (at 100,000
 * passages, all of it at once took ~0.4 s of the first asker's answer).
 */
export async function rankSkillsAhead(ctx: ProfileContext): Promise<void> {
  const work = ctx.roles.filter((r) => r.kind !== "teaching");
  for (const tech of ctx.technologies) {
    techUses(tech, work, "en", ctx.rolesHolding);
    await new Promise((resolve) => setImmediate(resolve));
  }
  rankSkills(ctx, ctx.now());
}

function firstContext(chunks: Chunk[]): Chunk | undefined {
  return chunks.find((c) => c.kind === "context") ?? chunks.find((c) => c.kind === "bullet");
}

/** A role's passages that give a figure, those reporting a gain first. */
/** A duration cut down: "from 13 h to 6 minutes", « de 13h à 6 minutes ». */
const DURATION = String.raw`\d+\s*(h|hours?|heures?|min\w*|s|sec\w*|days?|jours?)\b`;
const TIME_CUT = new RegExp(`${DURATION}.{0,12}\\b(to|a)\\s+${DURATION}`, "i");

function rankedResults(chunks: Chunk[]): Chunk[] {
  // A context line is a result when it says what changed; else it says what the employer is ("leader for 60 years").
  const gain = (c: Chunk) => c.kind === "bullet" || (c.kind === "context" && RESULT_WORDS.test(foldText(c.text)));
  // A figure of a result (a gain, a volume, teams served), not of how the work was organised ("2-week sprints",
  // "2 junior data engineers").
  const telling = (c: Chunk) =>
    RESULT_WORDS.test(foldText(c.text)) || givesMeasure(c.text) || IMPACT.test(sectionOf(c));
  const withFigure = chunks.filter((c) => gain(c) && /\d/.test(c.text) && !/^\d+\s*h\b/i.test(c.text) && telling(c));
  return withFigure
    .sort((a, b) => Number(RESULT_WORDS.test(foldText(b.text))) - Number(RESULT_WORDS.test(foldText(a.text))))
    .slice(0, 3);
}

/**
 * A passage's folded words, read once per passage: every whole-profile answer checks each stack
 * technology against each passage (at 100,000 passages, folding them again per question took seconds).
 */
const chunkTokens = new WeakMap<Chunk, Set<string>>();
function tokensOf(chunk: Chunk): Set<string> {
  let tokens = chunkTokens.get(chunk);
  if (!tokens) chunkTokens.set(chunk, (tokens = new Set(foldText(chunk.text).match(/[\p{L}\p{N}]+/gu) ?? [])));
  return tokens;
}

/** Where a technology appears: one passage per role, a bullet before the stack line, and how it appears. */
export function techUses(
  tech: Technology,
  roles: RoleInfo[],
  lang: Language,
  finder?: RoleFinder,
): { role: RoleInfo; usage: Usage; chunk: Chunk }[] {
  const out: { role: RoleInfo; usage: Usage; chunk: Chunk }[] = [];
  // Only the passages that may hold its rarest word are read (at 100,000 passages, reading every one
  // for every stack technology took two seconds).
  const narrowest = finder && narrowestOf(tech.tokens.map((t) => finder(t, lang)));
  for (const role of roles) {
    const chunks = (narrowest ? (narrowest.get(role) ?? []) : role.chunks).filter(
      (c) => c.lang === lang && c.kind !== "role" && c.kind !== "team",
    );
    const holding = chunks.filter((c) => tech.tokens.every((t) => tokensOf(c).has(t)));
    const chunk = holding.find((c) => c.kind === "bullet") ?? holding[0];
    if (!chunk) continue;
    out.push({ role, chunk, usage: usageOf(role, chunk) });
  }
  return out;
}

/** Stack technologies by how many working roles use them, then how recently, then CV order. */
function rankSkills(ctx: ProfileContext, now: Date): RankedSkill[] {
  // The same for every question of a month on one index: ranked once (a portfolio has thousands of roles).
  const month = monthOf(now);
  const kept = rankedSkills.get(ctx.roles);
  if (kept?.month === month && kept.technologies === ctx.technologies) return kept.ranked;
  const ranked = rankSkillsNow(ctx, now);
  rankedSkills.set(ctx.roles, { month, technologies: ctx.technologies, ranked });
  return ranked;
}

interface RankedSkill {
  name: string;
  roles: number;
  latest: number;
}
const rankedSkills = new WeakMap<RoleInfo[], { month: number; technologies: Technology[]; ranked: RankedSkill[] }>();

function rankSkillsNow(ctx: ProfileContext, now: Date): RankedSkill[] {
  const work = ctx.roles.filter((r) => r.kind !== "teaching");
  const ranked = ctx.technologies.map((t, order) => {
    const uses = techUses(t, work, "en", ctx.rolesHolding).filter((u) => u.usage === "used");
    const latest = Math.max(0, ...uses.map((u) => (u.role.period ? spanOf(u.role.period, now).end : 0)));
    return { name: t.name, roles: uses.length, latest, order };
  });
  // A technology of a role held today counts as two roles more: a recruiter's "main skills" are his current stack
  // (Scala, AWS) before tools he left years ago, however many roles used them then (Docker, Jenkins).
  const today = monthOf(now);
  const weight = (s: { roles: number; latest: number }) => s.roles + (s.latest >= today ? CURRENT_WEIGHT : 0);
  return ranked
    .filter((s) => s.roles > 0)
    .sort((a, b) => weight(b) - weight(a) || b.roles - a.roles || b.latest - a.latest || a.order - b.order);
}
const CURRENT_WEIGHT = 2;
