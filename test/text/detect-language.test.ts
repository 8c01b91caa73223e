import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/text/detect-language.js";

describe("detectLanguage", () => {
  it.each([
    ["Has he done PII encryption?", "en"],
    ["A-t-il déjà chiffré des données sensibles ?", "fr"],
    ["Est-il freelance ?", "fr"],
    ["Connaît-il Kubernetes ?", "fr"],
    ["Does he know Airflow?", "en"],
    ["Quel est son TJM ?", "fr"],
  ])("%s → %s", (q, lang) => {
    expect(detectLanguage(q)).toBe(lang);
  });
});
