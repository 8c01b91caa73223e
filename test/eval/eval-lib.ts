import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import type { AnswerEngine } from "../../src/answer/answer-engine.js";
import type { Answer } from "../../src/answer/answer.js";
import type { SearchIndex } from "../../src/index/search-index.js";
import { detectLanguage } from "../../src/text/detect-language.js";
import { foldText } from "../../src/text/normalize.js";
import { queryTerms } from "../../src/text/stem.js";

const partSchema = z.object({
  evidence: z.array(z.coerce.string()).optional(),
  answerable: z.boolean().default(true),
  term: z.string().optional(),
});
const itemSchema = z.object({
  q: z.string(),
  evidence: z.array(z.coerce.string()).optional(),
  answerable: z.boolean().default(true),
  kind: z.string().optional(),
  parts: z.array(partSchema).optional(),
  /** Whole-profile questions: the duration the answer must give, within a year, as of the run's date. */
  years: z.number().optional(),
  /** Whole-profile questions: strings the answer must all hold. */
  mustContain: z.array(z.coerce.string()).optional(),
});
export type Item = z.infer<typeof itemSchema>;

/** Reads one eval file of `test/eval/`. */
export function readSet(file: string): Item[] {
  return z.array(itemSchema).parse(parse(readFileSync(new URL(file, new URL("./", import.meta.url)), "utf8")));
}

export interface Outcome {
  item: Item;
  lang: "en" | "fr";
  answer: Answer;
  /** True when the answer is what the item expects (hit@3 for a question the profile answers). */
  hit3: boolean;
  hit1: boolean;
  /** 1-based rank of the first citation holding the evidence, 0 when none does. */
  rank: number;
  /** Answered, but no cited passage supports the claim (or the profile doesn't answer it at all). */
  confidentlyWrong: boolean;
}

const PROFILE_KINDS = new Set([
  "total_experience",
  "tech_experience",
  "role_duration",
  "timeline",
  "employers",
  "current_role",
  "role_overview",
  "results",
  "team",
  "skills",
  "summary",
  "before",
  "title",
  "logistics",
]);

const answerable = (item: Item) => (item.parts ? item.parts.some((p) => p.answerable) : item.answerable);

/** Rank of the first citation that (in either language) contains one of the evidence strings. */
function evidenceRank(index: SearchIndex, evidence: string[], answer: Answer): number {
  const wanted = evidence.map(foldText);
  const i = answer.citations.findIndex((c) => {
    const key = index.byId.get(c.id)?.key;
    const twins = (key && index.twins.get(key)) || [{ section: c.section, text: c.text }];
    return twins.some((t) => wanted.some((w) => foldText(`${t.section} ${t.text}`).includes(w)));
  });
  return i + 1;
}

/** The first duration an answer gives, in years: "7 years and 10 months" → 7.83, "6 mois" → 0.5. */
export function yearsIn(text: string): number | null {
  const m = /(?:(\d+)\s*(?:years?|ans?)\b)?(?:\s*(?:and|et)\s*)?(?:(\d+)\s*(?:months?|mois)\b)?/g;
  for (const match of foldText(text).matchAll(m)) {
    if (match[1] || match[2]) return Number(match[1] ?? 0) + Number(match[2] ?? 0) / 12;
  }
  return null;
}

/** Judges a whole-profile answer: durations within a year, lists complete, logistics never from a CV bullet. */
function judgeProfile(item: Item, answer: Answer, lang: "en" | "fr"): Outcome {
  let ok = answer.answered;
  if (!item.answerable)
    ok = !answer.answered && (item.kind !== "logistics" || answer.citations.every((c) => c.source.startsWith("faq")));
  if (item.years !== undefined) {
    // The answer's own lines, not its quotes: "Does he teach? How long…?" gives the duration second.
    const lead = answer.answer.split("\n").filter((l) => !/^\[\d+\]/.test(l));
    const years = lead.map(yearsIn).find((y) => y !== null) ?? null;
    ok &&= years !== null && Math.abs(years - item.years) <= 1;
  }
  if (item.mustContain) ok &&= item.mustContain.every((s) => foldText(answer.answer).includes(foldText(s)));
  return { item, lang, answer, rank: ok ? 1 : 0, hit3: ok, hit1: ok, confidentlyWrong: answer.answered && !ok };
}

/** An answer saying the profile lacks something, in either language. */
const SAID_LACKING = new RegExp(
  String.raw`doesn't (mention|say|give|list)|not in the profile|only he can say|` +
    String.raw`ne (mentionne|précise|donne|dit|cite) pas|absent du profil|seule la personne`,
  "i",
);

/** Judges one answer against its item. */
export function judge(index: SearchIndex, item: Item, answer: Answer): Outcome {
  const lang = detectLanguage(item.q);
  if (item.years !== undefined || item.mustContain || (item.kind && PROFILE_KINDS.has(item.kind)))
    return judgeProfile(item, answer, lang);
  if (item.parts) {
    const partsOk = item.parts.every((p, i) => {
      if (p.answerable) return evidenceRank(index, p.evidence ?? [], answer) > 0;
      // A part the profile lacks, named by its term, or else taken in the order the message asks them.
      // ("Talend / Informatica", "payments / banking sector": either thing named, as the answer names it.)
      const terms = foldText(p.term ?? "")
        .split(/\s+\/\s+/)
        .map((t) => t.trim())
        .filter((t) => t !== "");
      const inOrder = answer.parts?.length === item.parts!.length ? answer.parts[i] : undefined;
      const named = (text: string) => terms.some((t) => foldText(text).includes(t));
      // (Every part naming one of them: "Talend: not in the profile · Informatica: yes" holds one.)
      const verdicts = terms.length > 0 ? (answer.parts ?? []).filter((x) => named(x.subject)) : [inOrder];
      const given = verdicts.filter((x) => x !== undefined);
      // (No verdict per part: the answer must say something is lacking, "doesn't mention", "only he can say".)
      if (terms.length === 0 && given.length === 0)
        return (answer.parts ?? []).some((x) => x.verdict !== "yes") || SAID_LACKING.test(answer.answer);
      return given.length > 0 ? given.every((x) => x.verdict !== "yes") : named(answer.answer);
    });
    const ok = partsOk && answer.answered === answerable(item);
    const claimsWrong =
      answer.answered &&
      !item.parts.filter((p) => p.answerable).some((p) => evidenceRank(index, p.evidence ?? [], answer) > 0);
    return { item, lang, answer, hit3: ok, hit1: ok, rank: ok ? 1 : 0, confidentlyWrong: claimsWrong };
  }
  if (!item.answerable)
    return {
      item,
      lang,
      answer,
      hit3: !answer.answered,
      hit1: !answer.answered,
      rank: 0,
      confidentlyWrong: answer.answered,
    };
  const rank = evidenceRank(index, item.evidence ?? [], answer);
  return {
    item,
    lang,
    answer,
    rank,
    hit3: answer.answered && rank > 0 && rank <= 3,
    hit1: answer.answered && rank === 1,
    confidentlyWrong: answer.answered && rank === 0,
  };
}

export async function runSet(index: SearchIndex, engine: AnswerEngine, items: Item[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const item of items) out.push(judge(index, item, await engine.answer({ text: item.q })));
  return out;
}

export interface Scores {
  n: number;
  answerable: number;
  unanswerable: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Share of the questions the profile doesn't answer that got no answer. */
  abstention: number;
  /** Share of all questions answered with no supporting passage. */
  confidentlyWrong: number;
}

export function score(outcomes: Outcome[]): Scores {
  const yes = outcomes.filter((o) => answerable(o.item));
  const no = outcomes.filter((o) => !answerable(o.item));
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    n: outcomes.length,
    answerable: yes.length,
    unanswerable: no.length,
    hitAt1: ratio(yes.filter((o) => o.hit1).length, yes.length),
    hitAt3: ratio(yes.filter((o) => o.hit3).length, yes.length),
    mrr: ratio(
      yes.reduce((s, o) => s + (o.hit3 && o.rank > 0 ? 1 / o.rank : 0), 0),
      yes.length,
    ),
    abstention: ratio(no.filter((o) => o.hit3).length, no.length),
    confidentlyWrong: outcomes.length ? outcomes.filter((o) => o.confidentlyWrong).length / outcomes.length : 0,
  };
}

// Families: every question of a set, as people actually send it.
const lowerFirst = (q: string) => q[0]!.toLowerCase() + q.slice(1);

/** One typo in the question's longest content word: a letter dropped from its middle ("Snowflke"). */
export function withTypo(q: string): string | null {
  const words = queryTerms(q)
    .map((w) => w.word)
    .filter((w) => w.length >= 5 && !/\d/.test(w));
  const target = words.sort((a, b) => b.length - a.length)[0];
  if (!target) return null;
  const m = /[\p{L}]*/gu;
  for (const match of q.matchAll(m)) {
    if (foldText(match[0]) === target) {
      const w = match[0];
      const cut = Math.floor(w.length / 2);
      return q.slice(0, match.index) + w.slice(0, cut) + w.slice(cut + 1) + q.slice(match.index! + w.length);
    }
  }
  return null;
}

export const FAMILIES: Record<string, (q: string, i: number) => string | null> = {
  greeting: (q, i) =>
    (detectLanguage(q) === "fr"
      ? ["Bonjour, ", "Salut ! ", "Bonjour ! "][i % 3]
      : ["Hello, ", "Hi there! ", "Hey, "][i % 3]) + q,
  thanks: (q, i) =>
    detectLanguage(q) === "fr"
      ? i % 2
        ? `${q} Merci d'avance !`
        : `Merci ! ${lowerFirst(q)}`
      : i % 2
        ? `${q} Thanks in advance!`
        : `Thanks! ${lowerFirst(q)}`,
  politeness: (q, i) =>
    detectLanguage(q) === "fr"
      ? [`Petite question : ${lowerFirst(q)}`, `Pourriez-vous me dire : ${lowerFirst(q)}`][i % 2]!
      : [`Quick question: ${lowerFirst(q)}`, `Could you tell me: ${lowerFirst(q)} Please.`][i % 2]!,
  typo: (q) => withTypo(q),
  markup: (q, i) => (i % 2 ? `<@U0BOT1234> <!channel> ${q}` : `<@123456789012345678> @everyone ${q} :wave:`),
};

/** A set's questions rewritten by one family; questions a family can't rewrite are left out. */
export function deriveFamily(items: Item[], family: keyof typeof FAMILIES): Item[] {
  return items.flatMap((item, i) => {
    const q = FAMILIES[family]!(item.q, i);
    return q ? [{ ...item, q }] : [];
  });
}

/** "Has he used A and B?" from pairs of the set's one-technology questions, and with a term the CV lacks. */
export function deriveMulti(items: Item[], absent: string[]): Item[] {
  const single = items.filter(
    (i) =>
      i.answerable &&
      !i.parts &&
      i.evidence?.length === 1 &&
      i.q.includes(i.evidence[0]!) &&
      /^[A-Z]/.test(i.evidence[0]!),
  );
  const names = [...new Set(single.map((i) => i.evidence![0]!))];
  const out: Item[] = [];
  for (let i = 0; i + 1 < names.length; i++) {
    const [a, b] = [names[i]!, names[i + 1]!];
    out.push({
      q: i % 2 ? `A-t-il utilisé ${a} et ${b} ?` : `Has he used ${a} and ${b}?`,
      answerable: true,
      parts: [
        { evidence: [a], answerable: true },
        { evidence: [b], answerable: true },
      ],
    });
    const missing = absent[i % absent.length]!;
    out.push({
      q: i % 2 ? `Connaît-il ${a} ou ${missing} ?` : `Does he know ${a} or ${missing}?`,
      answerable: true,
      parts: [
        { evidence: [a], answerable: true },
        { answerable: false, term: missing },
      ],
    });
  }
  return out;
}
