import { beforeAll, describe, expect, it } from "vitest";
import { techUses } from "../../src/answer/profile-answers.js";
import { roleFinder } from "../../src/answer/role-finder.js";
import type { Core } from "../../src/core/create-core.js";
import { readerFor } from "../../src/query/understand.js";
import type { ProfileVocabulary } from "../../src/query/vocabulary.js";
import { indexedWords } from "../../src/text/stem.js";
import { createTestCore } from "../helpers/test-core.js";

let core: Core;
let vocabulary: ProfileVocabulary;
beforeAll(async () => {
  core = await createTestCore();
  vocabulary = readerFor(core.index).vocabulary;
});

describe("finding a technology's roles through the keyword index", () => {
  it("finds the same uses as reading every passage, for every word of the CV in both languages", () => {
    const roles = [...vocabulary.roles.values()];
    const finder = roleFinder(core.index, roles);
    const words = new Set(core.index.chunks.flatMap((c) => indexedWords(c.text)));
    const asked = [
      ...vocabulary.technologies,
      ...[...words].map((w) => ({ name: w, tokens: [w] })),
      { name: "Apache Spark", tokens: ["apache", "spark"] },
    ];
    let found = 0;
    for (const tech of asked)
      for (const lang of ["en", "fr"] as const) {
        const named = (uses: ReturnType<typeof techUses>) => uses.map((u) => `${u.role.key} ${u.chunk.id} ${u.usage}`);
        const narrowed = named(techUses(tech, roles, lang, finder));
        expect(narrowed, `${tech.name} (${lang})`).toEqual(named(techUses(tech, roles, lang)));
        found += narrowed.length;
      }
    // Not an empty comparison: hundreds of words are found in roles.
    expect(found).toBeGreaterThan(500);
    const spark = techUses({ name: "Spark", tokens: ["spark"] }, roles, "en", finder).map((u) => u.role.employer);
    expect(spark).toEqual(expect.arrayContaining(["Decathlon", "AAA-Data", "Pernod Ricard", "MAIF", "EPISEN"]));
  });

  it("can't tell the roles of a stopword, so those are read in full", () => {
    const finder = roleFinder(core.index, [...vocabulary.roles.values()]);
    expect(finder("the", "en")).toBeNull();
    expect(finder("kubernetes", "en")?.size).toBe(0);
  });
});
