import type Database from "better-sqlite3";
import { queryTerms } from "../text/stem.js";
import { Thesaurus } from "../text/thesaurus.js";
import { waitingForwards } from "./forward-store.js";

/** What the owner reads: what recruiters ask, what the bot could not answer, what was rated 👎. */
export interface OwnerReport {
  since: string | null;
  generatedAt: string;
  /** messages = questions + chatter; questions = answered + notAnswered + errors + declined. */
  totals: {
    messages: number;
    /** Greetings, thanks, empty messages, command-line noise: not questions. */
    chatter: number;
    questions: number;
    answered: number;
    notAnswered: number;
    errors: number;
    /** Off topic or too long: refused, not missing from the profile. */
    declined: number;
    medianLatencyMs: number | null;
  };
  perPlatform: Record<string, number>;
  perWeek: { week: string; questions: number }[];
  unanswered: UnansweredGroup[];
  thumbsDown: { ratedAt: string; question: string; platform: string; citedIds: string[] }[];
  topSections: { section: string; citations: number }[];
  /** Questions recruiters forwarded to the candidate ("Ask the candidate") that still wait for an answer. */
  waitingForOwner: { createdAt: string; platform: string; question: string }[];
}

interface Row {
  id: string;
  asked_at: string;
  platform: string;
  question: string;
  answered: number;
  reason: string | null;
  cited_ids: string;
  latency_ms: number | null;
  error_ref: string | null;
}

/** Questions the profile could not answer that ask about the same thing. */
export interface UnansweredGroup {
  count: number;
  /** As recruiters wrote them, up to three. */
  examples: string[];
  lastAsked: string;
  /** What they were about, as the bot understood it ("kubernetes", "rate"). */
  subject: string[];
  /** The question to add to the FAQ: the first example as understood (typos fixed, greetings off). */
  suggestion: string;
}

/** A logged question as the bot reads it now; null for chatter or noise, which is no question at all. */
export type ReadQuestion = (text: string) => { text: string; subject: string[] } | null;

const UNANSWERED = new Set(["not_in_profile", "partial", "owner_only"]);
const CHATTER = new Set(["chatter", "empty", "no_job"]);
/** Without a reader: the question as written, its content words as its subject. */
const plainReading: ReadQuestion = (text) =>
  text.trim() ? { text: text.trim(), subject: queryTerms(text).map((w) => w.word) } : null;

/** "2026-W48": the ISO week of a date. */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Groups questions that ask the same thing: their subjects (stemmed, in either language) overlap
 * by half or more, synonyms counting as one word ("What is his daily rate?" ~ "His rate per day?").
 */
export function groupQuestions(
  questions: { text: string; at: string; subject?: string[]; suggestion?: string }[],
  thesaurus = Thesaurus.empty,
): UnansweredGroup[] {
  const groups: { terms: Set<string>; texts: string[]; last: string; subject: string[]; suggestion: string }[] = [];
  for (const q of questions) {
    const subject = q.subject ?? queryTerms(q.text).map((w) => w.word);
    const terms = new Set(subject.flatMap((s) => queryTerms(s)).map((w) => thesaurus.canonical(w)));
    const home = groups.find((g) => {
      const shared = [...terms].filter((t) => g.terms.has(t)).length;
      const union = new Set([...terms, ...g.terms]).size;
      return union > 0 && shared / union >= 0.5;
    });
    if (home) {
      home.texts.push(q.text);
      for (const t of terms) home.terms.add(t);
      if (q.at > home.last) home.last = q.at;
    } else {
      groups.push({ terms, texts: [q.text], last: q.at, subject, suggestion: q.suggestion ?? q.text });
    }
  }
  return groups
    .map((g) => ({
      count: g.texts.length,
      examples: [...new Set(g.texts)].slice(0, 3),
      lastAsked: g.last,
      subject: g.subject,
      suggestion: g.suggestion,
    }))
    .sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked));
}

/** Builds the report from the question log, optionally from `since` on; `sectionOf` names cited passages. */
export function buildReport(
  db: Database.Database,
  options: {
    since?: Date;
    now?: Date;
    sectionOf?: (id: string) => string | undefined;
    thesaurus?: Thesaurus;
    read?: ReadQuestion;
  } = {},
): OwnerReport {
  const since = options.since?.toISOString() ?? "";
  const rows = db
    .prepare(
      "SELECT id, asked_at, platform, question, answered, reason, cited_ids, latency_ms, error_ref " +
        "FROM questions WHERE asked_at >= ? ORDER BY asked_at",
    )
    .all(since) as Row[];
  // Chatter ("thanks!"), empty messages and command-line noise are not questions. The log keeps what
  // was asked; it is read again now, so a question logged before a typo was understood still counts once.
  const read = options.read ?? plainReading;
  const reading = new Map(rows.map((r) => [r, CHATTER.has(r.reason ?? "") ? null : read(r.question)]));
  const questions = rows.filter((r) => reading.get(r) !== null);
  const counts = countQuestions(questions, options.sectionOf);
  // What the profile could not answer: absent, only partly there, or only the candidate can say.
  const notAnswered = questions.filter((r) => !r.answered && !r.error_ref && UNANSWERED.has(r.reason ?? ""));
  const errors = questions.filter((r) => r.error_ref).length;
  const answered = questions.filter((r) => r.answered).length;
  return {
    since: options.since?.toISOString() ?? null,
    generatedAt: (options.now ?? new Date()).toISOString(),
    totals: {
      messages: rows.length,
      chatter: rows.length - questions.length,
      questions: questions.length,
      answered,
      notAnswered: notAnswered.length,
      errors,
      declined: questions.length - answered - notAnswered.length - errors,
      medianLatencyMs: median(questions.map((r) => r.latency_ms).filter((x): x is number => x !== null)),
    },
    ...counts,
    unanswered: groupQuestions(
      notAnswered.map((r) => {
        const understood = reading.get(r)!;
        return { text: r.question, at: r.asked_at, subject: understood.subject, suggestion: understood.text };
      }),
      options.thesaurus,
    ),
    thumbsDown: thumbsDown(db, since),
    waitingForOwner: waitingForwards(db),
  };
}

/** Questions per platform and per week (so they add up to the total), and the sections cited most. */
function countQuestions(
  questions: Row[],
  sectionOf?: (id: string) => string | undefined,
): Pick<OwnerReport, "perPlatform" | "perWeek" | "topSections"> {
  const perPlatform: Record<string, number> = {};
  const perWeek = new Map<string, number>();
  const sections = new Map<string, number>();
  for (const r of questions) {
    perPlatform[r.platform] = (perPlatform[r.platform] ?? 0) + 1;
    const week = isoWeek(new Date(r.asked_at));
    perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
    for (const id of JSON.parse(r.cited_ids) as string[]) {
      const section = sectionOf?.(id) ?? id;
      sections.set(section, (sections.get(section) ?? 0) + 1);
    }
  }
  return {
    perPlatform,
    perWeek: [...perWeek]
      .map(([week, questions]) => ({ week, questions }))
      .sort((a, b) => a.week.localeCompare(b.week)),
    topSections: [...sections]
      .map(([section, citations]) => ({ section, citations }))
      .sort((a, b) => b.citations - a.citations)
      .slice(0, 10),
  };
}

/** The answers rated 👎 since `since`, latest first. */
function thumbsDown(db: Database.Database, since: string): OwnerReport["thumbsDown"] {
  const down = db
    .prepare(
      "SELECT f.rated_at, q.question, q.platform, q.cited_ids FROM feedback f JOIN questions q " +
        "ON q.id = f.answer_id WHERE f.rating = 'down' AND f.rated_at >= ? ORDER BY f.rated_at DESC",
    )
    .all(since) as { rated_at: string; question: string; platform: string; cited_ids: string }[];
  return down.map((d) => ({
    ratedAt: d.rated_at,
    question: d.question,
    platform: d.platform,
    citedIds: JSON.parse(d.cited_ids) as string[],
  }));
}

/** The report as markdown, for the owner. */
export function renderReportMarkdown(r: OwnerReport): string {
  const lines = [
    `# Profile bot report`,
    "",
    `${r.since ? `Since ${r.since.slice(0, 10)}` : "All time"} · ` +
      `generated ${r.generatedAt.slice(0, 16).replace("T", " ")} UTC`,
    "",
  ];
  const t = r.totals;
  lines.push(
    `**${t.questions} questions**: ${t.answered} answered, ${t.notAnswered} not in the profile, ${t.errors} failed, ` +
      `${t.declined} declined (off topic or too long); ` +
      `and ${t.chatter} other messages (greetings, thanks, empty). ` +
      `Median answer time ${t.medianLatencyMs === null ? "—" : `${Math.round(t.medianLatencyMs)} ms`}.`,
    "",
  );
  lines.push("## Questions the profile could not answer", "");
  if (r.unanswered.length === 0) lines.push("None.");
  for (const g of r.unanswered)
    lines.push(
      `- **${g.count}×** about ${g.subject.join(", ") || "—"}: ` +
        `${g.examples.map((e) => `“${e}”`).join(" · ")} (last ${g.lastAsked.slice(0, 10)})`,
    );
  if (r.unanswered.length > 0) {
    lines.push(
      "",
      "Suggested entries for `knowledge/faq.md` (answer them there, in your own words — the bot will cite them):",
      "",
    );
    for (const g of r.unanswered.slice(0, 5)) lines.push(`    ### ${g.suggestion}`, "    [TO FILL]", "");
  }
  lines.push("", "## Questions waiting for your answer", "");
  if (r.waitingForOwner.length === 0) lines.push("None.");
  else lines.push("Forwarded to you with “Ask the candidate”: reply to the bot's DM to answer the recruiter.", "");
  for (const w of r.waitingForOwner) lines.push(`- ${w.createdAt.slice(0, 10)} (${w.platform}) “${w.question}”`);
  lines.push("", "## Answers rated 👎", "");
  if (r.thumbsDown.length === 0) lines.push("None.");
  for (const d of r.thumbsDown)
    lines.push(
      `- ${d.ratedAt.slice(0, 10)} (${d.platform}) “${d.question}” → cited ` +
        `${d.citedIds.length ? d.citedIds.join(", ") : "nothing"}`,
    );
  lines.push("", "## Most cited sections", "");
  if (r.topSections.length === 0) lines.push("None yet.");
  for (const s of r.topSections) lines.push(`- ${s.section}: ${s.citations}`);
  lines.push("", "## Questions per platform", "", "| platform | questions |", "| --- | --- |");
  for (const [p, n] of Object.entries(r.perPlatform).sort((a, b) => b[1] - a[1])) lines.push(`| ${p} | ${n} |`);
  lines.push("", "## Questions per week", "", "| week | questions |", "| --- | --- |");
  for (const w of r.perWeek) lines.push(`| ${w.week} | ${w.questions} |`);
  return `${lines.join("\n")}\n`;
}

/** "7d", "24h", "2w" → the date that long ago. */
export function parseSince(value: string, now = new Date()): Date {
  const m = /^(\d+)\s*([hdw])$/.exec(value.trim());
  if (!m) throw new Error(`--since takes a duration such as 24h, 7d or 4w (got "${value}")`);
  const hours = Number(m[1]) * { h: 1, d: 24, w: 168 }[m[2] as "h" | "d" | "w"];
  return new Date(now.getTime() - hours * 3_600_000);
}
