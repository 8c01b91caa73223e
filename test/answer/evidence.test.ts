import { describe, expect, it } from "vitest";
import { judgeEvidence } from "../../src/answer/evidence.js";
import type { QuestionPart, QuestionWord } from "../../src/query/understand.js";
import { buildVocabulary } from "../../src/query/vocabulary.js";
import type { Retrieval, RetrievedPassage } from "../../src/retrieval/hybrid-retriever.js";
import { Thesaurus } from "../../src/text/thesaurus.js";
import { cvChunks } from "../helpers/mini-cv.js";

const chunks = cvChunks("en");
const vocabulary = buildVocabulary(chunks, new Thesaurus([]));

/** A word of the question the profile knows, plain unless `flags` say otherwise. */
const word = (w: string, flags: Partial<QuestionWord> = {}): QuestionWord => ({
  word: w,
  stems: [w],
  original: w,
  key: false,
  everyday: false,
  employer: false,
  tech: false,
  ...flags,
});

/** The passage of the mini CV starting with `start`, holding the question's words where `matched` says. */
function passage(start: string, matched: boolean[]): RetrievedPassage {
  const chunk = chunks.find((c) => c.text.startsWith(start))!;
  return { key: chunk.key, chunk, fused: 1, vector: 0.5, keyword: 1, coverage: 0, matched, exact: matched };
}

/** Judges a part whose words weigh `weights`, over the passages given (each holding at least one word). */
function judge(text: string, words: QuestionWord[], weights: number[], passages: RetrievedPassage[]) {
  const part: QuestionPart = { text, words, missing: [], ignored: [], unknown: [], technologies: [], roles: [] };
  const signals = { topVector: 0.5, topCoverage: 1, unknownWords: [], contentWords: words.length };
  const retrieval: Retrieval = { passages, matches: passages, weights, signals };
  return judgeEvidence(part, retrieval, vocabulary, undefined);
}

const kafka = word("kafka", { key: true, tech: true });

describe("judgeEvidence", () => {
  it("says yes, quoting it, when one passage holds the key words and most of the weight", () => {
    const evidence = judge(
      "Has he built a Kafka pipeline?",
      [kafka, word("pipeline")],
      [2, 1],
      [passage("Migration to BigQuery", [false, true]), passage("Kafka pipeline", [true, true])],
    );
    expect(evidence.verdict).toBe("yes");
    expect(evidence.passages[0]!.chunk.text).toBe("Kafka pipeline in Scala for 12 stores");
  });

  it("says partial when the best passage holds some of it, naming the words it doesn't hold", () => {
    const evidence = judge(
      "Has he built a Kafka pipeline for fraud detection?",
      [kafka, word("pipeline"), word("fraud"), word("detection")],
      [2, 1, 3, 2],
      [passage("Kafka pipeline", [true, true, false, false])],
    );
    expect(evidence).toMatchObject({ verdict: "partial", uncovered: ["fraud", "detection"] });
    expect(evidence.passages.map((p) => p.chunk.key)).toEqual(["cv#acme.s1.b1"]);
  });

  it("makes no yes of words scattered over the profile when a telling word is not in the role", () => {
    const question = "Did he migrate Scala pipelines to SQL?";
    const scattered = (sql: QuestionWord) =>
      judge(
        question,
        [word("scala", { tech: true }), word("pipeline"), word("migration"), sql],
        [1.2, 1, 1, 1],
        [
          passage("Kafka pipeline", [true, true, false, false]),
          passage("Migration to BigQuery", [false, false, true, false]),
          passage("Taught SQL", [false, false, false, true]),
        ],
      );
    // SQL is only in a course taught elsewhere: what he did at Acme doesn't answer it.
    expect(scattered(word("sql")).verdict).toBe("partial");
    // The same words, with the missing one an everyday word, are answered by the role's passages together.
    expect(scattered(word("sql", { everyday: true })).verdict).toBe("yes");
  });

  it("never lets a stack line anchor a role's passages put together: it names tools, not what was done", () => {
    const evidence = judge(
      "Did he cut AWS costs through a migration?",
      [word("aws", { key: true, tech: true }), word("cut", { everyday: true }), word("migration")],
      [2, 1, 1],
      [passage("Tech stack", [true, false, false]), passage("Migration to BigQuery", [false, false, true])],
    );
    expect(evidence.verdict).not.toBe("yes");
  });

  it("answers a question about training others from what he taught, not from a role where he did the work", () => {
    const sql = () => [passage("Kafka pipeline", [true, false]), passage("Taught SQL", [true, false])];
    const questions = ["Has he run training for engineering teams?", "a-t-il fait de la formation des équipes ?"];
    for (const question of questions) {
      const evidence = judge(question, [word("sql"), word("teams", { everyday: true })], [2, 1], sql());
      expect(evidence.passages.map((p) => p.chunk.text)).toEqual(["Taught SQL to master students"]);
    }
  });

  it("needs some weight of words for a yes, not one common word however much of the question it is", () => {
    const data = (weight: number) =>
      judge(
        "Has he worked with weather data?",
        [word("data", { everyday: true })],
        [weight],
        [passage("Kafka pipeline", [true])],
      );
    expect(data(0.7).verdict).toBe("no"); // everyday: halved, under the minimum, and nothing telling held
    expect(data(4).verdict).toBe("yes");
  });

  it("quotes a team roster for a question about the team's size, never for one about leading a team", () => {
    const roster = () => [passage("Team: 4 engineers", [true])];
    const size = judge("How big was his team?", [word("team")], [1], roster());
    expect(size.verdict).toBe("yes");
    expect(size.passages.map((p) => p.chunk.text)).toEqual(["Team: 4 engineers"]);
    expect(judge("Has he led a team?", [word("team")], [1], roster()).verdict).toBe("no");
  });
});
