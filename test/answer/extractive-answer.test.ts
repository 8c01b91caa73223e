import { describe, expect, it } from "vitest";
import type { Citation } from "../../src/answer/answer.js";
import {
  composeExtractiveAnswer,
  isYesNo,
  listWords,
  periodPhrase,
  placesOf,
  readingNote,
} from "../../src/answer/extractive-answer.js";
import { messagesFor } from "../../src/messages/messages.js";
import { loadProfile } from "../../src/knowledge/profile.js";

const messages = messagesFor((await loadProfile("knowledge")).value);

function citation(section: string, period: string | null, text: string): Citation {
  return { id: section, source: "cv.en.md", section, period, role: null, when: null, text, score: 1 };
}

const decathlon = citation(
  "Decathlon — Senior Data Engineer › Security and governance",
  "May 2021 - Present (4 years 3 months)",
  "PII management: column-level\nencryption",
);
const maif = citation("MAIF — Data Engineer › Pipeline", "January 2019 - January 2020 (1 year)", "Scoring pipeline");
const faq = citation("FAQ › Is he a freelancer?", null, "Yes.");

describe("the extractive answer", () => {
  it(
    "says yes to a yes/no question, with each role and its period once, then the numbered passages on one line " +
      "each",
    () => {
      const text = composeExtractiveAnswer("Has he done PII encryption?", [decathlon, decathlon, maif], "en", messages);
      expect(text.split("\n")).toEqual([
        "Yes — the profile mentions it at Decathlon, since May 2021; MAIF, January 2019 - January 2020.",
        "[1] PII management: column-level encryption",
        "[2] PII management: column-level encryption",
        "[3] Scoring pipeline",
      ]);
    },
  );

  it("shows what the profile says for an open question, and names the FAQ as the owner's", () => {
    expect(composeExtractiveAnswer("What did he do at MAIF?", [maif], "en", messages).split("\n")[0]).toBe(
      "Here is what the profile says at MAIF, January 2019 - January 2020:",
    );
    expect(composeExtractiveAnswer("Is he a freelancer?", [faq], "en", messages).split("\n")[0]).toBe(
      "Yes — the profile mentions it in the owner's FAQ.",
    );
  });

  it("writes periods the French way in French", () => {
    expect(periodPhrase("Mai 2021 - Présent (4 ans 3 mois)", "fr", messages)).toBe("depuis mai 2021");
    expect(periodPhrase("Janvier 2019 - Janvier 2020 (1 an)", "fr", messages)).toBe("janvier 2019 - janvier 2020");
    expect(placesOf([faq], "en", messages)).toBe("");
  });

  it("lists words and typo readings in the reader's language", () => {
    expect(listWords(["Spark", "Kafka", "Spark", "EMR"], "en", messages)).toBe("“Spark”, “Kafka” and “EMR”");
    // French lists what the profile lacks with "ni": « mais pas « Spark » ni « Kafka » avec ».
    expect(listWords(["Spark", "Kafka"], "fr", messages, "or")).toBe("« Spark » ni « Kafka »");
    expect(readingNote([{ from: "airflw", to: "Airflow" }], "en", messages)).toBe("Reading “airflw” as “Airflow”.");
    expect(readingNote([], "en", messages)).toBe("");
  });
});

describe("isYesNo", () => {
  it("tells a yes-or-no question, inverted or spoken, from one asking for something", () => {
    for (const q of [
      "Has he used Spark?",
      "A-t-il fait du Kafka ?",
      "il a deja fait du chiffrement ?",
      "he knows spark?",
      "has he used Spark or not?",
      "a-t-il fait du chiffrement ou pas ?",
    ])
      expect(isYesNo(q)).toBe(true);
    for (const q of [
      "il a fait quoi chez MAIF ?",
      "what did he do at MAIF?",
      "Qu'a-t-il fait ?",
      "tell me about Spark",
      // Which of two, not yes or no.
      "is he a freelancer or an employee?",
      "il est freelance ou salarié ?",
    ])
      expect(isYesNo(q)).toBe(false);
  });
});
