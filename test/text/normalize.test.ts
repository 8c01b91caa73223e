import { describe, expect, it } from "vitest";
import { cleanInput, foldText, wordTokens } from "../../src/text/normalize.js";

describe("text normalisation", () => {
  it("folds case, accents, ligatures and compatibility forms, so 'cœur' finds 'coeur'", () => {
    expect(foldText("Cœur Été ﬁnance")).toBe("coeur ete finance");
    // Capital ligatures too: « Œuvre » finds « oeuvre ».
    expect(foldText("ŒUVRE Æther")).toBe("oeuvre aether");
    expect(foldText("Data Engineer")).toBe("data engineer");
  });

  it("cleans pasted input: control and zero-width characters out, white space collapsed", () => {
    expect(cleanInput("  has\u200b he\tused\n\nSpark?\u0007 ")).toBe("has he used Spark?");
  });

  it("splits into folded word tokens, digits kept, punctuation dropped", () => {
    expect(wordTokens("CI/CD à l'échelle, 400 To")).toEqual(["ci", "cd", "a", "l", "echelle", "400", "to"]);
  });
});
