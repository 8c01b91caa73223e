import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/text/detect-language.js";

/** Questions and the language they are in. */
const LANGUAGE_OF: Record<string, "en" | "fr"> = {
  "Has he done PII encryption?": "en",
  "A-t-il déjà chiffré des données sensibles ?": "fr",
  "Est-il freelance ?": "fr",
  "Connaît-il Kubernetes ?": "fr",
  "Does he know Airflow?": "en",
  "Quel est son TJM ?": "fr",
};

describe("detectLanguage", () => {
  it.each(Object.entries(LANGUAGE_OF))("%s → %s", (q, lang) => {
    expect(detectLanguage(q)).toBe(lang);
  });
});
