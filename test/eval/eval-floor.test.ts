import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/create-core.js";
import { createTestCore } from "../helpers/test-core.js";
import { deriveFamily, deriveMulti, FAMILIES, readSet, runSet, score, type Scores } from "./eval-lib.js";

/**
 * The offline answers at a floor, on the main eval set and on every question of it rewritten as
 * people send it (greeting, thanks, politeness, a typo, platform markup, several skills). `npm run eval`
 * prints the same figures with the held-out sets.
 */
let core: Core;
let clean: Scores;
const mainSet = readSet("./questions.yml");
beforeAll(async () => {
  core = await createTestCore();
  clean = score(await runSet(core.index, core.engine, mainSet));
});

describe("eval floors (offline)", () => {
  it("answers the main set with the right passage and abstains where the profile is silent", () => {
    expect(clean.hitAt3).toBeGreaterThanOrEqual(0.95);
    expect(clean.abstention).toBeGreaterThanOrEqual(0.9);
    expect(clean.confidentlyWrong).toBeLessThanOrEqual(0.05);
  });

  it.each(Object.keys(FAMILIES))("holds up when every question is rewritten: %s", async (family) => {
    const s = score(await runSet(core.index, core.engine, deriveFamily(mainSet, family)));
    expect(s.hitAt3).toBeGreaterThanOrEqual(0.95 * clean.hitAt3);
    expect(s.abstention).toBeGreaterThanOrEqual(0.9);
    expect(s.confidentlyWrong).toBeLessThanOrEqual(0.05);
  });

  it("gives each of several skills its own right verdict", async () => {
    const s = score(
      await runSet(core.index, core.engine, deriveMulti(mainSet, ["Kubernetes", "Terraform", "MongoDB", "BigQuery"])),
    );
    expect(s.n).toBeGreaterThanOrEqual(10);
    expect(s.hitAt3).toBeGreaterThanOrEqual(0.9);
    expect(s.confidentlyWrong).toBe(0);
  });

  it("does as well on the dev set of new phrasings", async () => {
    const s = score(await runSet(core.index, core.engine, readSet("./dev.yml")));
    expect(s.hitAt3).toBeGreaterThanOrEqual(0.9);
    expect(s.abstention).toBeGreaterThanOrEqual(0.9);
    expect(s.confidentlyWrong).toBeLessThanOrEqual(0.05);
  });
});
