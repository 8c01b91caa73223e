import { Bm25Index } from "../index/bm25-index.js";
import { embeddingText } from "../knowledge/chunk.js";
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import { foldText } from "../text/normalize.js";
import { queryTerms } from "../text/stem.js";
import type { Lexicon } from "../text/lexicon.js";
import { QuestionReader, type UnderstoodQuestion } from "./understand.js";
import { buildVocabulary } from "./vocabulary.js";

/**
 * What a question is about, in a few words: the candidate-only topic ("rate"), else the specific
 * terms it names, known to the profile or not ("kubernetes", "decathlon"), else its content words.
 * Null for chatter and empty messages, which are about nothing.
 */
export function subjectOf(question: UnderstoodQuestion): string[] | null {
  if (question.chatter || question.text === "") return null;
  if (question.topic) return [question.topic];
  const specific = question.parts.flatMap((p) => [
    ...p.missing.map(foldText),
    ...p.words.filter((w) => !w.everyday).map((w) => w.word),
  ]);
  const subject = specific.length > 0 ? specific : queryTerms(question.text).map((w) => w.word);
  return [...new Set(subject)];
}

/**
 * Reads logged questions as the bot reads questions now, for the owner's report: greetings and typos
 * are no subjects, and a line that starts with a command-line flag ("--jsn Has he…") is noise from
 * the terminal, not a question (null).
 */
export function logReader(
  kb: KnowledgeBase,
  lexicon: Lexicon,
): (text: string) => { text: string; subject: string[] } | null {
  const keywords = Bm25Index.build(kb.chunks.map((c) => ({ id: c.id, lang: c.lang, text: embeddingText(c) })));
  const reader = new QuestionReader(
    buildVocabulary(kb.chunks, kb.thesaurus),
    lexicon,
    keywords,
    kb.thesaurus,
    kb.chunks,
    kb.profile.employers,
  );
  return (text) => {
    if (/^\s*--?[a-z]/i.test(text)) return null;
    const understood = reader.read(text);
    const subject = subjectOf(understood);
    return subject ? { text: understood.text, subject } : null;
  };
}
