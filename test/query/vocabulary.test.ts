import { describe, expect, it } from "vitest";
import { buildVocabulary } from "../../src/query/vocabulary.js";
import { Thesaurus } from "../../src/text/thesaurus.js";
import { cvChunks } from "../helpers/mini-cv.js";

describe("buildVocabulary", () => {
  const vocabulary = buildVocabulary(
    [...cvChunks("fr"), ...cvChunks("en")],
    new Thesaurus([["encryption", "chiffrement"]]),
  );

  it("knows the roles and the stack's technologies, a vendor prefix dropped from the name that finds them", () => {
    expect([...vocabulary.roles.keys()]).toEqual(["cv#acme", "cv#lyon-university"]);
    const spark = vocabulary.technologies.find((t) => t.tokens.includes("spark"));
    expect(spark).toEqual({ name: "Spark", tokens: ["spark"] });
    expect(vocabulary.technologies.map((t) => t.name)).toEqual(["Spark", "Scala", "AWS", "S3", "EMR"]);
  });

  it("counts the passages' words in both languages and the thesaurus's, and how the CV writes them", () => {
    expect(vocabulary.words.get("kafka")).toBeGreaterThanOrEqual(2);
    expect(vocabulary.words.get("magasins")).toBeGreaterThanOrEqual(1);
    expect(vocabulary.words.get("chiffrement")).toBe(1);
    expect(vocabulary.words.has("kubernetes")).toBe(false);
    expect(vocabulary.display.get("bigquery")).toBe("BigQuery");
  });
});
