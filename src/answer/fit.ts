import { textFor, type Messages } from "../messages/messages.js";
import type { Citation } from "./answer.js";
import { stripMarkup } from "../query/clean-message.js";
import type { Lexicon } from "../text/lexicon.js";
import { ownerTopicOf, type OwnerTopic } from "../query/owner-topics.js";
import type { QuestionReader } from "../query/understand.js";
import type { Technology } from "../query/vocabulary.js";
import { detectLanguage } from "../text/detect-language.js";
import { foldText } from "../text/normalize.js";
import type { Language } from "../text/stem.js";
import { formatDuration, mergedMonths, spanOf } from "../profile/durations.js";
import { techUses } from "./profile-answers.js";
import type { RoleInfo } from "../profile/roles.js";
import { citeChunk } from "./cite.js";

/** The longest job description read; past it the asker is told to shorten it. */
export const MAX_FIT_CHARS = 8000;

export type FitVerdict = "met" | "partial" | "not_in_profile";

export interface FitRequirement {
  /** The requirement in the description's words, or the CV's name for a technology. */
  requirement: string;
  verdict: FitVerdict;
  citations: Citation[];
  /** Why partial, or what was measured: "taught only", "7 years and 10 months". */
  note?: string;
}

/** A job description read against the profile, requirement by requirement. */
export interface FitReport {
  language: Language;
  requirements: FitRequirement[];
  summary: string;
}

/** What reading a description needs: the profile's structure, and a judge for responsibilities. */
export interface FitContext {
  reader: QuestionReader;
  roles: RoleInfo[];
  technologies: Technology[];
  lexicon: Lexicon;
  display: Map<string, string>;
  now: () => Date;
  /** Whether the profile shows a responsibility ("mentoring junior engineers"), with the passages. */
  judge: (text: string, language: Language) => Promise<{ verdict: "yes" | "partial" | "no"; citations: Citation[] }>;
  /** Whether the owner's FAQ answers an owner-only topic (spoken languages…). */
  faq: (topic: OwnerTopic) => Citation | undefined;
}

/** Words that make a line a responsibility worth checking, not company blurb. */
const RESPONSIBILITY = new RegExp(
  String.raw`\b(${[
    String.raw`mentor\w*|coach\w*|encadr\w*|supervis\w*|lead\w*|manag\w*|pilot\w*|agile|scrum|train\w*|former`,
    String.raw`formation|teach\w*|enseign\w*|migrat\w*|governance|gouvernance|ci\/cd|tests?|testing|quality`,
    String.raw`qualite|architect\w*|optimi\w*|costs?|couts?|stakeholders?|international|industriali\w*|production`,
    String.raw`encrypt\w*|chiffr\w*|security|securite|pipelines?|orchestrat\w*`,
  ].join("|")})\b`,
);
const YEARS = /\b(\d{1,2})\s*\+?\s*(?:years?|yrs?|ans?|annees?)\b/;
const EXPERIENCE_ASKED =
  /\b(experience|exp|xp|seniority|in (data|a similar|the field)|years? (of|in|as)|ans (d'|de|en|comme))/;

/** A requirement's words, cut at a word boundary past 80 characters. */
function clip(line: string): string {
  const text = line.replace(/[\s.!?]+$/, "");
  if (text.length <= 80) return text;
  const cut = text.slice(0, 80);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40)).replace(/[\s,;:]+$/, "")}…`;
}

/** Where a description's statements part: lines, sentences, semicolons, a comma before a new requirement. */
const STATEMENT_BREAK = new RegExp(
  [
    String.raw`\r?\n+`,
    String.raw`(?<=[.;!?])\s+(?=[A-ZÀ-Ý])`,
    String.raw`;\s+`,
    String.raw`,\s+(?=\d|(?:fluent|strong|good|solid|experience|knowledge|bonne|maîtrise|maitrise|anglais|english)\b)`,
  ].join("|"),
  "i",
);

/** The lines and sentences of a description, bullets unwrapped, each without platform markup. */
function statements(text: string): string[] {
  return text
    .split(STATEMENT_BREAK)
    .map((l) => stripMarkup(l.replace(/^\s*(?:[-*•·▪◦>]|\d+[.)])\s*/, "")))
    .filter((l) => /[\p{L}]{2}/u.test(l));
}

/** What reading one description keeps from line to line, and reads every line with. */
interface FitReading {
  ctx: FitContext;
  language: Language;
  t: Messages["fit"];
  now: Date;
  /** Dated working roles, for the years of experience. */
  work: RoleInfo[];
  requirements: FitRequirement[];
  /** Requirements added so far, folded: a repeated one is listed once. */
  seen: Set<string>;
  /** Technologies asked with years ("5+ years of Scala"): a later bare "Scala" adds nothing. */
  techsAsked: Set<string>;
}

/**
 * Reads a job description (English or French) against the profile: every technology it names, the
 * years of experience it asks, owner-only requirements (languages…) and responsibilities (mentoring,
 * agile…), each with a verdict — met, partial (only taught, fewer years) or not in the profile — and
 * the passages and periods it rests on.
 */
export async function assessFit(description: string, ctx: FitContext, asked?: Language): Promise<FitReport> {
  const text = description.slice(0, MAX_FIT_CHARS);
  // A list of names says nothing of its language: the message it came in does.
  const language = asked ?? detectLanguage(text);
  const reading: FitReading = {
    ctx,
    language,
    t: textFor(language).fit,
    now: ctx.now(),
    work: ctx.roles.filter((r) => r.kind !== "teaching" && r.period),
    requirements: [],
    seen: new Set<string>(),
    techsAsked: new Set<string>(),
  };
  for (const line of statements(text)) await readLine(reading, line);
  const { requirements, t } = reading;
  const met = requirements.filter((r) => r.verdict === "met").length;
  const partial = requirements
    .filter((r) => r.verdict === "partial")
    .map((r) => (r.note ? `${r.requirement} (${r.note})` : r.requirement));
  const missing = requirements.filter((r) => r.verdict === "not_in_profile").map((r) => r.requirement);
  return { language, requirements, summary: t.summary(met, requirements.length, partial, missing) };
}

/** Adds a requirement unless the description already asked it. */
function add(reading: FitReading, r: FitRequirement): void {
  const key = foldText(r.requirement);
  if (reading.seen.has(key)) return;
  reading.seen.add(key);
  reading.requirements.push(r);
}

/** The requirements of one line of the description: owner-only, years, technologies, a responsibility. */
async function readLine(reading: FitReading, line: string): Promise<void> {
  const { ctx, t } = reading;
  const folded = foldText(line);
  // What a candidate has (languages, degrees) is a requirement; where and how the job is done is the
  // offer's. Either way the rest of the line (its technologies) is still read.
  const topic = ownerTopicOf(line);
  if (topic === "languages" || topic === "education") {
    const faq = ctx.faq(topic);
    add(
      reading,
      faq
        ? { requirement: clip(line), verdict: "met", citations: [faq] }
        : { requirement: clip(line), verdict: "not_in_profile", citations: [], note: t.ownerOnly },
    );
  }
  const { techs, absent } = namedTechnologies(reading, line, topic);
  const years = YEARS.exec(folded);
  // "5+ years of Scala" is about Scala; "5+ years of experience" about the career; "founded 12 years ago" about
  // nothing.
  const asked =
    years && (techs.length + absent.length === 1 || EXPERIENCE_ASKED.test(folded)) ? Number(years[1]) : null;
  const tied = asked !== null && techs.length + absent.length === 1 ? (techs[0]?.name ?? absent[0]!) : null;
  if (asked !== null && tied === null) add(reading, careerYears(reading, asked));
  // A technology is one requirement: "5+ years of Scala" already covers a later "Scala".
  for (const tech of techs) {
    if (tied === tech.name) reading.techsAsked.add(foldText(tech.name));
    else if (reading.techsAsked.has(foldText(tech.name))) continue;
    const r = tied === tech.name ? techRequirement(reading, tech, asked!) : techRequirement(reading, tech);
    add(reading, r.verdict === "not_in_profile" ? await judgedTech(reading, r) : r);
  }
  for (const name of absent)
    add(reading, {
      requirement: tied === name ? t.techYears(asked!, name) : name,
      verdict: "not_in_profile",
      citations: [],
    });
  if (!topic && techs.length === 0 && absent.length === 0) await readResponsibility(reading, line, years !== null);
}

/** A name in capitals ("GCP", "EKS") is a product's, not a city's or an employer's. */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;

/** The technologies a line names: those the profile knows, and the names it lacks ("Terraform"). */
function namedTechnologies(
  reading: FitReading,
  line: string,
  topic: OwnerTopic | null,
): { techs: Technology[]; absent: string[] } {
  const { ctx, language } = reading;
  const read = ctx.reader.read(line, { language });
  const techs: Technology[] = [];
  const absent: string[] = [];
  for (const part of read.parts) {
    techs.push(...part.technologies);
    for (const w of part.words) {
      if (w.tech && !part.technologies.some((x) => x.tokens.includes(w.word)))
        techs.push({ name: ctx.display.get(w.word) ?? w.original, tokens: [w.word] });
    }
    // Names the profile lacks count when they are technologies ("Terraform", "dbt"), not the
    // employer's name or city (capitalised words no technology list holds).
    // (A language or degree line names its requirement already: "Fluent English" is not a product.)
    for (const missing of topic ? [] : part.missing) {
      const names = missing
        .split(" ")
        .filter((w) => ctx.lexicon.techName(foldText(w)) === "tech" || w === w.toLowerCase() || ACRONYM.test(w));
      if (names.length > 0) absent.push(names.join(" "));
    }
  }
  return { techs, absent };
}

/** "5+ years of experience": the working roles' merged months against the years asked. */
function careerYears(reading: FitReading, asked: number): FitRequirement {
  const { work, now, t, language } = reading;
  const heading = (r: RoleInfo) =>
    r.chunks.find((c) => c.kind === "role" && c.lang === language) ?? r.chunks.find((c) => c.kind === "role")!;
  const months = mergedMonths(work.map((r) => spanOf(r.period!, now)));
  return {
    requirement: t.years(asked),
    verdict: months >= asked * 12 ? "met" : "partial",
    citations: work.map((r) => citeChunk(heading(r))),
    note: t.has(formatDuration(months, language)),
  };
}

/** A technology asked (for some years, or not): met where a role used it, partial where only taught. */
function techRequirement(reading: FitReading, tech: Technology, years?: number): FitRequirement {
  const { ctx, language, t, now } = reading;
  const uses = techUses(tech, ctx.roles, language);
  const used = uses.filter((u) => u.usage === "used");
  const months = mergedMonths(used.map((u) => spanOf(u.role.period!, now)));
  const citations = (used.length ? used : uses).slice(0, 3).map((u) => citeChunk(u.chunk));
  const name = years ? t.techYears(years, tech.name) : tech.name;
  if (used.length > 0) {
    const enough = years === undefined || months >= years * 12;
    return {
      requirement: name,
      verdict: enough ? "met" : "partial",
      citations,
      note: t.hasTech(formatDuration(months, language)),
    };
  }
  if (uses.length > 0)
    return {
      requirement: name,
      verdict: "partial",
      citations,
      note: uses.some((u) => u.usage === "taught") ? t.taughtOnly : t.trainedOnly,
    };
  return { requirement: name, verdict: "not_in_profile", citations: [] };
}

/**
 * A technology no role lists by name ("SQL"), which the chat may still find ("PostgreSQL", "databases"): the
 * same judgement as the chat's, so the report and the chat agree.
 */
async function judgedTech(reading: FitReading, r: FitRequirement): Promise<FitRequirement> {
  const judged = await reading.ctx.judge(r.requirement, reading.language);
  return judged.verdict === "yes" ? { ...r, verdict: "met", citations: judged.citations.slice(0, 3) } : r;
}

/** A responsibility, alone or after the years asked ("5+ years of experience, mentoring juniors"). */
async function readResponsibility(reading: FitReading, line: string, hasYears: boolean): Promise<void> {
  const duty = hasYears
    ? line.replace(/^.*?\d{1,2}\s*\+?\s*(years?|yrs?|ans?|années?|annees?)\b[^,;]*[,;]?/i, "").trim()
    : line;
  if (duty === "" || !RESPONSIBILITY.test(foldText(duty))) return;
  // "design pipelines, optimise cloud costs, and ensure data quality": three duties, each judged.
  // Only a list of things to do: each later piece opens with a verb ("optimise", « garantir »), not a noun
  // ("data scientists, analysts and product managers" is one duty).
  const pieces = duty.split(/,\s*(?:(?:and|et)\s+)?/).filter((x) => /[\p{L}]{2}.*\s.*[\p{L}]{2}/u.test(x));
  const verbLed = (x: string) => /^\s*[a-zà-ÿ]+(e|ise|ize|ate|fy|ld|er|ir|re)\s/u.test(x) && !/^\s*\S+s\s/.test(x);
  const listed = pieces.length > 1 && pieces.slice(1).every(verbLed);
  for (const piece of listed ? pieces : [duty]) {
    const lead = piece.replace(/^(you will|you'll|vous (allez|serez)|tu vas)\s+/i, "");
    const judged = await reading.ctx.judge(lead, reading.language);
    add(reading, {
      requirement: clip(lead),
      verdict: judged.verdict === "yes" ? "met" : judged.verdict === "partial" ? "partial" : "not_in_profile",
      citations: judged.citations.slice(0, 3),
    });
  }
}
