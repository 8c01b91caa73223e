import { describe, expect, it } from "vitest";
import { acronymsOf } from "../../src/query/acronyms.js";
import { isContraction } from "../../src/query/understand.js";

const none = () => false;

describe("acronymsOf", () => {
  it("reads a two-letter acronym only from a name the profile uses often", () => {
    const once = ["Team: 2 Data Scientists, 1 PO"];
    expect(acronymsOf(once, none).get("ds")).toBeUndefined();
    expect(acronymsOf([...once, ...once, ...once, ...once], none).get("ds")).toBe("Data Scientists");
  });

  it("ignores capitals that only start a sentence, words that meet across a comma, and excluded names", () => {
    const texts = Array(4).fill("Migration done. Scala, Kafka in use with Delta Lake");
    const names = acronymsOf(texts, (w) => w === "delta");
    expect(names.get("md")).toBeUndefined(); // "Migration done": the start of a sentence
    expect(names.get("sk")).toBeUndefined(); // "Scala, Kafka": two list items
    expect(names.get("dl")).toBeUndefined(); // "Delta Lake": a technology
  });

  it("reads no name of more than two words, nor one joined by a function word", () => {
    const texts = Array(4).fill("a Role Based Access Control policy at the École Publique d'Ingénieurs");
    const names = acronymsOf(texts, none);
    expect(names.get("rbac")).toBeUndefined();
    expect(names.get("pdi")).toBeUndefined();
    expect(names.get("rb")).toBe("Role Based"); // two words written with capitals, four times
  });
});

describe("isContraction", () => {
  it("knows a name of several words written short, the last one whole", () => {
    expect(isContraction("sklearn", ["scikit", "learn"])).toBe(true);
    expect(isContraction("kitlearn", ["scikit", "learn"])).toBe(false); // not the first letter
    expect(isContraction("sklern", ["scikit", "learn"])).toBe(false); // the last word not whole
    expect(isContraction("scikitlearn", ["scikit", "learn"])).toBe(false); // the name itself
    expect(isContraction("spark", ["spark"])).toBe(false);
  });
});
