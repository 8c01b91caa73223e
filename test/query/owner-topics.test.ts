import { describe, expect, it } from "vitest";
import { isArithmetic, ownerTopicOf } from "../../src/query/owner-topics.js";

describe("ownerTopicOf", () => {
  it.each([
    ["Est-il disponible ?", "availability"],
    ["when can he start?", "availability"],
    ["il est dispo a partir de quand ?", "availability"],
    ["How much does he charge per day?", "rate"],
    ["Quel est son TJM ?", "rate"],
    ["What is his salary expectation?", "salary"],
    ["Et ses pretentions si passage en CDI ?", "salary"],
    ["il peut venir sur site pour la migration cloud ?", "remote"],
    ["where is he based?", "location"],
    ["Où habite-t-il ?", "location"],
    ["il est basé où ?", "location"],
    ["Does he work remotely?", "remote"],
    ["how do I contact him?", "contact"],
    ["Does he speak German?", "languages"],
    ["Parle-t-il anglais ?", "languages"],
    ["il parle allemand ?", "languages"],
    ["quelles langues parle-t-il ?", "languages"],
    ["Does he have a PhD?", "education"],
    ["A-t-il une certification AWS ?", "education"],
    ["Does he have a driving licence?", "education"],
    ["is he a good fit for a lead data engineer role?", "opinion"],
    ["c quoi ses points faibles ?", "opinion"],
    ["any red flags?", "opinion"],
    ["has he worked outside France?", "countries"],
    ["does he have kids?", "personal"],
    ["how old is he?", "personal"],
    ["il s'appelle comment ?", "name"],
    ["what's his name?", "name"],
    ["pourquoi je devrais le recruter plutot qu'un autre ?", "opinion"],
    ["who is the best data engineer in france?", "opinion"],
  ])("%s → %s", (question, topic) => {
    expect(ownerTopicOf(question)).toBe(topic);
  });

  it.each([
    "What programming languages does he use?",
    "Did he lecture at a university?",
    "Has he built a geolocation dashboard?",
    "What about the ANTS licence?",
    "pricing models in Python with Airflow",
    "highly available pipelines on Spark",
    "did he work with location data?",
    "hybrid cloud experience?",
    "he studied data mining at EPISEN?",
    "a summary of his background?",
    // « ça lui parle » is "is he familiar with", not a spoken language.
    "pandas et numpy ça lui parle ?",
    "is he good at Spark?",
    "did he fit models on customer data?",
    "Has he taught children?",
    "How old is the data platform he built?",
    "Did he work with Marie?",
    "il a deja migré une infra sur site vers le cloud ?",
    "son nom d'utilisateur github ?",
    "what's the best data engineer tool?",
    "les prétentions du client sont élevées, il a fait du Spark ?",
  ])("leaves a question about the CV to the CV: %s", (question) => {
    expect(ownerTopicOf(question)).toBeNull();
  });
});

describe("isArithmetic", () => {
  it("knows a sum from a question", () => {
    for (const q of ["What is 2+2?", "what's 17 times 23?", "12 * 7", "Combien font 3 fois 4 ?"])
      expect(isArithmetic(q)).toBe(true);
    for (const q of ["What did he do in 2019?", "400 TB a day?", "Has he used S3?", "2019-2020?", "what is 10x?"])
      expect(isArithmetic(q)).toBe(false);
  });
});

describe("people he worked with, placed in a country", () => {
  it("leaves 'teams in India', « des équipes en Inde » to him, not to a passage naming India", () => {
    expect(ownerTopicOf("has he worked with teams in India?")).toBe("countries");
    expect(ownerTopicOf("il a bossé avec des équipes en Inde ?")).toBe("countries");
    expect(ownerTopicOf("has he worked with Spark and Kafka?")).toBeNull();
  });
});
