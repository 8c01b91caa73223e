import type { Chunk } from "../knowledge/chunk.js";
import { textFor } from "../messages/messages.js";
import { formatDuration, mergedMonths, monthsOfRoles, spanOf } from "../profile/durations.js";
import type { RoleInfo } from "../profile/roles.js";
import { foldText } from "../text/normalize.js";
import type { Language } from "../text/stem.js";
import { citeChunk } from "./cite.js";
import type { FitRequirement } from "./fit-report.js";
import { peopleCounted, supervises } from "./profile-answers.js";

/** What judging a title or a lead requirement needs from the profile. */
export interface RoleFacts {
  roles: RoleInfo[];
  language: Language;
  now: Date;
}

// All matched on folded text (no accents, lower case), English and French.
const PEOPLE = String.raw`(?:teams?|equipes?|people|personnes|engineers|developers|devs|squads?|staff|reports)`;
const LEADING_VERB = [
  ...["lead", "leading", "led", "manag\\w*", "head", "heading", "encadr\\w*", "dirig\\w*", "direction"],
  ...["gestion", "supervis\\w*"],
  // « gérer / animer / piloter une équipe »
  ...["ger(?:er|e|ait)", "anim\\w*", "pilot\\w*"],
].join("|");
/** Leading people: "leading a team", "team lead", "management experience", « encadrement d'équipe ». */
const LEADING = new RegExp(
  String.raw`\b(?:${LEADING_VERB})(?: d'| de| of)?(?: a| an| the| une| l'| des| la| les| his| son)?` +
    String.raw`(?: small| data| tech| technical| engineering| \d+)? ?${PEOPLE}\b|` +
    String.raw`\b(?:team lead\w*|tech lead\w*|technical lead\w*|lead dev\w*|leadership|managerial|` +
    String.raw`(?:team|teams|people|staff|equipe) (?:management|leadership)|` +
    String.raw`management experience|experience (?:de |en |in )?management|chef d'equipe|encadrement|head of|` +
    // « 2 ans de management », "3 years of management": years of managing, said alone.
    String.raw`(?:ans?|annees?|years?|yrs?) (?:de |d'|of |in )management` +
    String.raw`(?! (?:of|de|des|du) (?!people|personnes|equipes?|teams?))|` +
    String.raw`engineering manager|manager)\b`,
);
/** Mentoring juniors, which the profile's passages answer as they are: not leading a team. */
const MENTORING =
  /\b(mentor\w*|coach\w*|tutor\w*|(accompagn|encadr|supervis)\w* (des |les |the )?(\w+ ){0,2}juniors?)\b/;
/** A title of someone who leads. */
const LEAD_TITLE = /\b(lead|leader|manager|head|chef|responsable|director|directeur|cto|vp)\b/;

/** True when a requirement asks for leading people ("3+ years leading a team"), not mentoring juniors. */
export function asksLeading(line: string): boolean {
  const folded = foldText(line).replace(/’/g, "'");
  const m = LEADING.exec(folded);
  return m !== null && !SOMEONE_ELSE.test(folded.slice(0, m.index)) && !MENTORING.test(folded);
}

/** True when the line names someone else's title: "report to the Lead Data Engineer", « avec notre tech lead ». */
export function namesOthersTitle(line: string): boolean {
  const folded = foldText(line).replace(/’/g, "'");
  const m = TITLE.exec(folded) ?? LEADING.exec(folded);
  return m !== null && SOMEONE_ELSE.test(folded.slice(0, m.index));
}

/** True when a requirement is about people, led or mentored: what years next to it are about. */
export function asksPeople(line: string): boolean {
  const folded = foldText(line).replace(/’/g, "'");
  return LEADING.test(folded) || MENTORING.test(folded);
}

/** The size of team asked: "a team of 5", « une équipe de 3 personnes ». */
export function teamSizeAsked(line: string): number | undefined {
  const size = /\b(?:team|equipe) (?:of|de) (\d{1,3})\b|\b(\d{1,3}) (?:people|personnes|engineers|reports)\b/.exec(
    foldText(line),
  );
  return size ? Number(size[1] ?? size[2]) : undefined;
}

/** A role's title in the asker's language ("Formateur Data"). */
function titleOf(r: RoleInfo, language: Language): string {
  return headingOf(r, language)?.role?.title ?? r.title;
}

/** A role's heading passage in the asker's language, else in the CV's other language. */
export function headingOf(r: RoleInfo, language: Language): Chunk | undefined {
  return r.chunks.find((c) => c.kind === "role" && c.lang === language) ?? r.chunks.find((c) => c.kind === "role");
}

/** "AAA-Data, January 2020 – May 2021", « Decathlon, depuis mai 2021 ». */
function placeOf(r: RoleInfo, language: Language): string {
  const m = textFor(language).profile;
  const month = (ym: string) => `${m.months[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;
  const p = r.period;
  if (!p) return r.employer;
  return `${r.employer}, ${p.current ? m.since(month(p.start)) : m.span(month(p.start), month(p.end!))}`;
}

/** "Senior Data Engineer at Decathlon (since May 2021)" for each role given. */
function titlesAt(roles: RoleInfo[], language: Language): string {
  const at = language === "fr" ? "chez" : "at";
  return roles.map((r) => `${titleOf(r, language)} ${at} ${placeOf(r, language)}`).join("; ");
}

/**
 * Leading people asked ("Team lead experience (2+ years)", "3+ years leading a team", "Lead Data Engineer"):
 * met by a lead title, or by passages of leading a team for the years asked; the supervision the profile shows
 * otherwise is partly, said with its roles, periods and months; nothing of the kind is not in the profile.
 */
export function leadRequirement(
  facts: RoleFacts,
  label: string,
  asked: { years?: number | undefined; size?: number | undefined; mentoring?: boolean },
): FitRequirement {
  const { roles, language, now } = facts;
  const { years, size } = asked;
  const t = textFor(language).fit;
  const dated = roles.filter((r) => r.period && r.kind === "work");
  const led = dated
    .map((r) => ({
      r,
      chunks: r.chunks.filter((c) => c.lang === language && c.kind === "bullet" && supervises(c.text)),
    }))
    .filter((x) => x.chunks.length > 0);
  const titled = dated.filter((r) => LEAD_TITLE.test(foldText(titleOf(r, language))));
  if (led.length === 0 && titled.length === 0)
    return { requirement: label, verdict: "not_in_profile", citations: [], note: t.noLead };
  const months = monthsOfRoles(
    [...new Set([...led.map((x) => x.r), ...titled])].map((r) => r.period!),
    now,
  );
  const passages = led.flatMap((x) => x.chunks);
  const people = Math.max(0, ...passages.map((c) => peopleCounted(c.text)));
  const teams = passages.some((c) => LEADING.test(foldText(c.text)));
  const enoughYears = years === undefined || months >= years * 12;
  const enoughPeople = size === undefined || people >= size;
  const duration = formatDuration(months, language);
  const below = enoughYears ? duration : t.below(duration, years!);
  const note = [
    led.length > 0 ? t.supervised(people, led.map((x) => placeOf(x.r, language)).join("; "), below) : below,
    enoughPeople ? "" : t.teamSize(people, size!),
    titled.length > 0 ? t.titleHeld(titlesAt(titled, language)) : t.noLeadTitle,
  ].filter(Boolean);
  return {
    requirement: label,
    verdict: enoughYears && enoughPeople && (titled.length > 0 || teams || asked.mentoring) ? "met" : "partial",
    citations: [...passages, ...titled.flatMap((r) => headingOf(r, language) ?? [])]
      .slice(0, 3)
      .map((c) => citeChunk(c)),
    note: t.notes(note),
  };
}

const LEVEL =
  String.raw`(?:senior|junior|lead|principal|staff|confirme|experimente|experienced|expert|medior|` +
  String.raw`mid-level|intermediaire|chief|head)`;
const DOMAIN =
  String.raw`(?:(?:big |cloud |analytics |platform |software |backend |ml |bi |etl )?data |big data |` +
  String.raw`cloud |analytics |ml |software |platform |backend |devops |bi |etl |tech |technical |team )?`;
const NOUN = String.raw`(?:engineer|ingenieur|developer|developpeur|architect|architecte|scientist|analyst|lead)`;
/** A job's title: "Senior Data Engineer", "Data Engineer confirmé", "DE senior", "Lead Data Engineer". */
const TITLE = new RegExp(String.raw`\b(?:(${LEVEL}) )?(${DOMAIN})(${NOUN})\b(?: (${LEVEL})\b)?`);
/**
 * One person named in the plural, as reading "DE" as the CV's "Data Engineers" does: « un Data Engineers senior »,
 * "Senior Data Engineers" with no number or determiner before it ("mentor 2 junior data engineers" stays people).
 */
const ONE_OF_MANY = new RegExp(
  String.raw`(\b(?:un|une|a|an) (?:[\p{L}-]+ ){0,2}?(?:engineer|developer|ingenieur|developpeur))s\b|` +
    // At the head of a requirement: "Senior Data Engineers", « Data Engineers confirmé ».
    String.raw`(?<=^[\s\p{P}]*)((?:senior|lead|principal|staff|confirmed|experienced|expert) (?:[\p{L}-]+ )?` +
    String.raw`(?:engineer|developer))s\b|` +
    String.raw`(?<=^[\s\p{P}]*)((?:[\p{L}-]+ )?(?:engineer|developer))s` +
    String.raw`(?= (?:senior|confirm[ée]|exp[ée]riment[ée]|lead)(?!\p{L}))`,
  "giu",
);
/** Someone else's title, not the one wanted: "report to the Lead Data Engineer", « avec notre tech lead ». */
const SOMEONE_ELSE = /\b(the|to|with|le|la|au|aux|avec|our|your|their|votre|notre|leur|his|son|sa)\s+$/;
const LEAD_LEVEL = /^(lead|chief|head)$/;
/** Above senior without leading people: "Staff", "Principal". */
const ABOVE_SENIOR = /^(staff|principal)$/;

/** A title a requirement names: its words, its level ("senior", "lead"), and the words as written. */
export interface TitleAsked {
  label: string;
  level: string | null;
  /** Domain and noun, folded: "data engineer". */
  title: string;
}

/** The title a line names, if any ("Senior data engineer", « DE senior »); "junior data engineers" is people. */
export function titleAsked(line: string): TitleAsked | null {
  const raw = line.replace(/\bDEs?\b/g, "data engineer").replace(ONE_OF_MANY, "$1$2$3");
  const folded = foldText(raw).replace(/’/g, "'");
  const m = TITLE.exec(folded);
  if (!m || SOMEONE_ELSE.test(folded.slice(0, m.index))) return null;
  const level = m[1] ?? m[4] ?? null;
  const title = `${m[2] ?? ""}${m[3]!}`.trim();
  // "engineer" alone ("a kafka streaming engineer") names no title; "tech lead" does.
  if (!level && !m[2] && m[3] !== "lead") return null;
  const same = raw.length === folded.length;
  const label = same ? raw.slice(m.index, m.index + m[0].length) : m[0];
  return { label, level: level ?? (m[3] === "lead" ? "lead" : null), title };
}

/** True when the title asks for a lead ("Lead Data Engineer", "Tech Lead"), judged as leading people. */
export function leadsTitle(asked: TitleAsked): boolean {
  return asked.level !== null && LEAD_LEVEL.test(asked.level);
}

/** The roles whose title holds every word asked ("data engineer" in "Senior Data Engineer"). */
export function rolesTitled(facts: RoleFacts, words: string): RoleInfo[] {
  const asked = words.split(" ").filter(Boolean);
  const holds = (title: string) => asked.every((w) => new RegExp(`\\b${w}\\b`).test(foldText(title)));
  return facts.roles.filter((r) => r.period && (holds(r.title) || holds(titleOf(r, facts.language))));
}

/**
 * A title asked ("Senior data engineer", « Data Engineer confirmé »): met by a role of that title (a senior one
 * for "senior"; « confirmé », "experienced" by a senior title or 3 years in all), with the titles it rests on.
 */
export function titleRequirement(facts: RoleFacts, asked: TitleAsked): FitRequirement {
  const { language, now } = facts;
  const t = textFor(language).fit;
  const work = facts.roles.filter((r) => r.period && r.kind === "work");
  const holding = rolesTitled(facts, asked.title);
  const senior = holding.filter((r) => /\bsenior\b/.test(foldText(titleOf(r, language))));
  const total = mergedMonths(work.map((r) => spanOf(r.period!, now)));
  const cite = (rs: RoleInfo[]) =>
    rs
      .flatMap((r) => headingOf(r, language) ?? [])
      .slice(0, 3)
      .map((c) => citeChunk(c));
  const held = (rs: RoleInfo[], verdict: FitRequirement["verdict"], note = t.titleHeld(titlesAt(rs, language))) => ({
    requirement: asked.label,
    verdict,
    citations: cite(rs),
    note,
  });
  if (holding.length === 0) return held(work, "not_in_profile", t.titlesHeld(titlesAt(work, language)));
  if (asked.level === "junior")
    return held(
      senior.length > 0 ? senior : holding,
      "partial",
      t.moreSenior(titlesAt(senior.length > 0 ? senior : holding, language)),
    );
  if (asked.level === "senior") return senior.length > 0 ? held(senior, "met") : held(holding, "partial");
  // "Staff", "Principal": above the senior titles he held, which are said.
  if (asked.level && ABOVE_SENIOR.test(asked.level)) return held(senior.length > 0 ? senior : holding, "partial");
  if (asked.level && senior.length === 0 && total < 36) return held(holding, "partial");
  return held(senior.length > 0 ? senior : holding, "met");
}
