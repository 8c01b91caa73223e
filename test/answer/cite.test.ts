import { describe, expect, it } from "vitest";
import { citeChunk } from "../../src/answer/cite.js";
import type { Chunk } from "../../src/knowledge/chunk.js";

const bullet: Chunk = {
  id: "cv.en#acme.s1.b2",
  key: "cv#acme.s1.b2",
  lang: "en",
  source: "cv.en.md",
  section: "Acme — Data Engineer › Platform",
  period: { label: "2021 – now", start: "2021-03", end: null, current: true, durationMonths: null },
  role: { employer: "Acme", title: "Data Engineer", contract: "Freelance" },
  kind: "bullet",
  text: "  - Built the Kafka pipeline",
};

describe("citeChunk", () => {
  it("cites a role's passage verbatim, with its role and period as data, and the score given", () => {
    const citation = citeChunk(bullet, 0.42);
    expect(citation.role).toEqual({ employer: "Acme", title: "Data Engineer" });
    expect(citation.when).toEqual({ start: "2021-03", end: null, current: true });
    expect([citation.id, citation.section, citation.period]).toEqual([bullet.id, bullet.section, "2021 – now"]);
    expect([citation.source, citation.text, citation.score]).toEqual([
      "cv.en.md",
      "  - Built the Kafka pipeline",
      0.42,
    ]);
  });

  it("cites an undated passage (the FAQ) with no role nor period, at score 1 by default", () => {
    const faq = { ...bullet, id: "faq#1", period: null, role: undefined, kind: "faq" } as Chunk;
    const citation = citeChunk(faq);
    expect(citation).toMatchObject({ id: "faq#1", period: null, role: null, when: null, score: 1 });
  });
});
