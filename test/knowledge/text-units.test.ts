import { describe, expect, it } from "vitest";
import { slugify, splitSentences } from "../../src/knowledge/text-units.js";

describe("splitSentences", () => {
  it("splits prose at sentence ends, keeping abbreviations and amounts whole", () => {
    expect(splitSentences("Built a lake. Led 4 people! Why? Because.")).toEqual([
      "Built a lake.",
      "Led 4 people!",
      "Why?",
      "Because.",
    ]);
    expect(splitSentences("Tools, e.g. Spark and Kafka. Budget of 7M€/an). Met Dr. Who.")).toEqual([
      "Tools, e.g. Spark and Kafka.",
      "Budget of 7M€/an).",
      "Met Dr. Who.",
    ]);
    expect(splitSentences("a version 2.1 release. then more")).toEqual(["a version 2.1 release. then more"]);
  });
});

describe("slugify", () => {
  it("makes ASCII, lower-case, dash-separated ids of names with accents and punctuation", () => {
    expect(slugify("AAA-Data ")).toBe("aaa-data");
    expect(slugify("Université de Lyon (Lumière)")).toBe("universite-de-lyon-lumiere");
    expect(slugify("  --  ")).toBe("");
  });
});
