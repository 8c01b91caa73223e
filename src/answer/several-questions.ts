import type { Answer } from "./answer.js";
import { enumerated } from "../query/clean-message.js";

/** At most this many questions of one message are answered in turn; more are read as one. */
export const MAX_QUESTIONS = 5;

/** « est-il », « connaît-il », « a-t-elle »: a French question puts its subject after the verb. */
const INVERTED = String.raw`\p{L}+-(?:t-)?(?:il|elle)\b`;

/** A word that opens a question: "what", "has", "is", « quel », « est-ce », « a-t-il »… */
const OPENS_QUESTION = new RegExp(
  String.raw`^(?:and |et |also |aussi |then |puis )?(?:(?:in|with|on|at|for|sur|avec|en|dans|chez|pour) ` +
    String.raw`(?=what|which|quel))?(?:où(?=\s|$)|(?:what|which|where|when|how|who|whom|why|` +
    String.raw`is|are|was|were|has|have|had|does|do|did|can|could|would|will|should|any|` +
    String.raw`quel\w*|quand|combien|comment|pourquoi|qu'|que|qui|est-ce|a-t-il|a-t-elle|a t il|il|elle|` +
    String.raw`peut-il|sait-il|tell me|give me|list|whether)\b|${INVERTED})`,
  "iu",
);

/** "…encryption and what did he do at MAIF?": a second question joined to the first by "and". */
const JOINED_QUESTION = new RegExp(
  String.raw`,?\s+(?:and|et|also|aussi)\s+(?=(?:(?:in|with|on|at|for|sur|avec|en|dans|chez|pour) ` +
    String.raw`(?:what|which|quel\w*)\b)|(?:what|which|where|when|how|who|why|whether|is|does|did|has|can|could|was|` +
    String.raw`est-ce|a-t-il|a-t-elle|quel\w*|quand|combien|comment|pourquoi|qu'|que|qui)\b|où(?=\s)|${INVERTED})`,
  "iu",
);

/** "which industries?", « quels secteurs ? »: a question word and the thing it asks for. */
const WHICH_THING = new RegExp(
  String.raw`^(?:which|what|quel|quels|quelle|quelles)\s+(?:industries|sectors?|secteurs?|companies|employers|` +
    String.raw`entreprises|employeurs|boites|clients|roles|postes|missions|technos?|technologies|tools|outils|` +
    String.raw`langages|languages|titles|titres)\b`,
  "iu",
);

/**
 * The questions of a message, in order: sentences ending with "?", and a question joined to another by
 * "and what…", "and is he…". A sentence that asks nothing on its own ("and Kafka?") stays with the
 * one before it, whose parts it adds to (see splitParts).
 */
export function questionsOf(text: string): string[] {
  // Numbered items are each a question, however few their words ("3. Which industries? 4. Biggest achievement?").
  // (Names listed, "1. Spark 2. Kafka", stay one question of several parts.)
  const items = enumerated(text).split(/(?<=[:?])\s+/);
  const numbered = enumerated(text) !== text && items.some((x) => OPENS_QUESTION.test(x));
  const sentences = enumerated(text)
    .split(/(?<=\?)\s+/)
    .map((s) => s.replace(MOREOVER, ""))
    .flatMap((s) => s.split(JOINED_QUESTION))
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  const out: string[] = [];
  for (const s of sentences) {
    // « est-il dispo ? » is three words: the verb, its subject, what is asked.
    const words = s.split(/[\s-]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    // "…and which industries?" asks a thing of its own in two words; "and which ones?" asks on about the first.
    const short = words < 3 && !(words === 2 && WHICH_THING.test(s));
    if (out.length > 0 && !numbered && (short || !OPENS_QUESTION.test(s))) out[out.length - 1] += ` ${s}`;
    else out.push(s);
  }
  return out.map(withoutClientsOwn);
}

/** "Par ailleurs, …", "Also, …", « De plus, … »: a word that moves on, before the next question. */
const MOREOVER = new RegExp(
  String.raw`^(?:par ailleurs|de plus|en outre|enfin|ensuite|d'autre part|autre (?:chose|question)|` +
    String.raw`also|and also|aussi|additionally|moreover|furthermore|besides|finally|lastly|secondly|` +
    String.raw`another thing|one more thing)\s*[,:]\s*`,
  "iu",
);

/** What the asker's client or team uses: « Notre client … utilise Databricks », "Our client uses Spark daily". */
const CLIENTS_OWN = new RegExp(
  String.raw`^(?:notre|mon|le|our|my|the) (?:client|cliente|customer|team|equipe|équipe)\b|` +
    String.raw`^(?:l'(?:é|e)quipe|we|nous|ils|they)\b`,
  "iu",
);

/**
 * "Our client uses Databricks daily. Does he have Databricks experience?": the sentences before the question that
 * tell the asker's own setting, when the question names a thing of its own; "…uses Kafka. Does he know it?" keeps
 * them (the question leans on them).
 */
function withoutClientsOwn(question: string): string {
  const sentences = question.split(/(?<=[.!])\s+(?=\p{Lu})/u);
  if (sentences.length < 2) return question;
  const last = sentences[sentences.length - 1]!;
  const setting = sentences.slice(0, -1);
  const named = /\s\p{Lu}[\p{L}-]+/u.test(last.replace(/^\S+\s+/, " "));
  if (!named || !setting.every((s) => CLIENTS_OWN.test(s) && !s.includes("?"))) return question;
  return last;
}

/**
 * Answers to the questions of one message, as one reply: each answer's lines in turn, the later ones'
 * quotes numbered after the earlier ones'; a passage quoted twice keeps its first number, its quote shown
 * once. Answered when one of them is; "partial" when some are and some aren't.
 */
export function mergedAnswers(question: string, answers: Answer[]): Answer {
  const lines: string[] = [];
  const citations: Answer["citations"] = [];
  const parts: NonNullable<Answer["parts"]> = [];
  for (const a of answers) {
    // This answer's quote numbers → the reply's.
    const number = a.citations.map((c) => {
      const seen = citations.findIndex((x) => x.id === c.id);
      if (seen >= 0) return { n: seen + 1, again: true };
      citations.push(c);
      return { n: citations.length, again: false };
    });
    const renumber = (n: string) => number[Number(n) - 1]?.n ?? Number(n);
    for (const line of a.answer.split("\n")) {
      const quote = /^\[(\d+)\] /.exec(line);
      if (quote && number[Number(quote[1]) - 1]?.again) continue;
      const said = line.replace(/\[(\d+)\]/g, (_, n: string) => `[${renumber(n)}]`);
      // Two questions that come to one verdict ("doesn't mention 'HDS'") say it once.
      if (!quote && lines.includes(said)) continue;
      lines.push(said);
    }
    for (const p of a.parts ?? []) parts.push({ ...p, citations: p.citations.map((n) => renumber(String(n))) });
  }
  const first = answers.find((a) => a.answered) ?? answers[0]!;
  const corrections = answers.flatMap((a) => a.corrections ?? []);
  const notice = answers.find((a) => a.notice)?.notice;
  const answered = answers.some((a) => a.answered);
  const mixed = answered && answers.some((a) => !a.answered);
  return {
    question,
    answered,
    ...(mixed ? { verdict: "partial" as const } : {}),
    answer: lines.join("\n"),
    language: first.language,
    mode: answers.some((a) => a.mode === "llm") ? "llm" : "extractive",
    citations,
    ...(answered || !first.reason ? {} : { reason: first.reason }),
    ...(parts.length > 0 ? { parts } : {}),
    ...(corrections.length > 0 ? { corrections } : {}),
    ...(notice ? { notice } : {}),
  };
}
