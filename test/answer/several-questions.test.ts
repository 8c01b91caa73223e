import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import { mergedAnswers, questionsOf } from "../../src/answer/several-questions.js";

describe("the questions of one message", () => {
  it.each([
    ["has he done PII encryption? what did he do at MAIF?", ["has he done PII encryption?", "what did he do at MAIF?"]],
    [
      "has he done PII encryption and what did he do at MAIF?",
      ["has he done PII encryption", "what did he do at MAIF?"],
    ],
    [
      "experience with data lakes, and is he ok leading juniors?",
      ["experience with data lakes", "is he ok leading juniors?"],
    ],
    [
      "a-t-il fait du Spark ? et combien de temps chez MAIF ?",
      ["a-t-il fait du Spark ?", "et combien de temps chez MAIF ?"],
    ],
    ["a-t-il fait du Spark ? où a-t-il travaillé avant ?", ["a-t-il fait du Spark ?", "où a-t-il travaillé avant ?"]],
    ["combien d'années d'xp et sur quelles techno ?", ["combien d'années d'xp", "sur quelles techno ?"]],
  ])("splits %s", (text, questions) => {
    expect(questionsOf(text)).toEqual(questions);
  });

  it.each([
    "has he used Spark? and Kafka?",
    "Spark and Kafka?",
    "has he worked with Airflow and Databricks at Decathlon?",
    "what did he do at MAIF and at AAA-Data?",
    "a-t-il utilisé Spark ? ou plutôt Flink et Kafka ?",
  ])("keeps one question whole: %s", (text) => {
    expect(questionsOf(text)).toHaveLength(1);
  });
});

describe("answers to several questions, as one reply", () => {
  const citation = (id: string) => ({
    id,
    source: "cv.en",
    section: id,
    period: null,
    role: null,
    when: null,
    text: id,
    score: 1,
  });
  const answer = (text: string, ids: string[], answered = true): Answer => ({
    question: text,
    answered,
    answer: [text, ...ids.map((id, i) => `[${i + 1}] ${id}`)].join("\n"),
    language: "en",
    mode: "extractive",
    citations: ids.map(citation),
    ...(answered ? {} : { reason: "not_in_profile" as const }),
  });

  it("numbers the later answer's quotes after the earlier one's", () => {
    const merged = mergedAnswers("q", [answer("Yes — A [1][2].", ["a", "b"]), answer("Yes — C [1].", ["c"])]);
    expect(merged.answer).toBe("Yes — A [1][2].\n[1] a\n[2] b\nYes — C [3].\n[3] c");
    expect(merged.citations.map((c) => c.id)).toEqual(["a", "b", "c"]);
    expect(merged.answered).toBe(true);
  });

  it("quotes a passage cited twice once, under its first number, parts included", () => {
    const second: Answer = {
      ...answer("Yes — A again [1], and C [2].", ["a", "c"]),
      parts: [{ subject: "C", verdict: "yes", citations: [1, 2] }],
    };
    const merged = mergedAnswers("q", [answer("Yes — A [1][2].", ["a", "b"]), second]);
    expect(merged.answer).toBe("Yes — A [1][2].\n[1] a\n[2] b\nYes — A again [1], and C [3].\n[3] c");
    expect(merged.citations.map((c) => c.id)).toEqual(["a", "b", "c"]);
    expect(merged.parts).toEqual([{ subject: "C", verdict: "yes", citations: [1, 3] }]);
  });

  it("is partial when some questions are answered and some aren't", () => {
    expect(mergedAnswers("q", [answer("Yes — A.", ["a"]), answer("No.", [], false)])).toMatchObject({
      answered: true,
      verdict: "partial",
    });
  });

  it("is answered when one of them is, and says why when none is", () => {
    expect(mergedAnswers("q", [answer("No.", [], false), answer("Yes — C.", ["c"])]).answered).toBe(true);
    const none = mergedAnswers("q", [answer("No.", [], false), answer("Nor that.", [], false)]);
    expect(none).toMatchObject({ answered: false, reason: "not_in_profile", answer: "No.\nNor that." });
  });
});
