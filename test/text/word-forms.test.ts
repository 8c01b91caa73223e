import { describe, expect, it } from "vitest";
import { countWordForms, wordFormsFromJSON, wordFormsToJSON } from "../../src/text/word-forms.js";

const passages = [
  { section: "Decathlon", lang: "fr", text: "Ingestion Databricks, Spark" },
  { section: "Decathlon", lang: "en", text: "Ingestion on Databricks; spark jobs" },
];

describe("word forms of the passages", () => {
  it("counts folded words of sections and texts, and keeps a name's capital but not a sentence's", () => {
    const forms = countWordForms(passages);
    expect(forms.words.get("decathlon")).toBe(2);
    expect(forms.words.get("databricks")).toBe(2);
    expect(forms.display.get("databricks")).toBe("Databricks");
    // Seen lower-case in an English passage: an ordinary word, whatever the French passage wrote.
    expect(forms.display.get("spark")).toBe("spark");
  });

  it("survives a round trip through JSON, and refuses JSON of another shape", () => {
    const forms = countWordForms(passages);
    const back = wordFormsFromJSON(JSON.parse(JSON.stringify(wordFormsToJSON(forms))));
    expect(back).toEqual(forms);
    expect(wordFormsFromJSON({ words: [["spark", "2"]], display: [] })).toBeNull();
    expect(wordFormsFromJSON(null)).toBeNull();
  });
});
