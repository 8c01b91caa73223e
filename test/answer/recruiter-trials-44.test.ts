import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the fifty-third session found wrong: counts of people asked without "team" read as loose figures, « qui a
// remplacé » taken for a replace mode, a role's outcome asked as a follow-up answered for the whole profile.

const { ask } = trialChat();

describe("people counted at a role, no team named", () => {
  it("'were there 2 data scientists at MAIF?': yes, from its team (not AAA-Data's '2-week sprints')", async () => {
    const a = await ask("were there 2 data scientists at MAIF?");
    expect(lead(a)).toBe(
      "Yes — 2 data scientists at MAIF (January 2019 – January 2020), as the profile lists the team.",
    );
  });

  it("'were there 3 data scientists at MAIF?': no — 2", async () => {
    const a = await ask("were there 3 data scientists at MAIF?");
    expect(lead(a)).toMatch(/^No — 2 data scientists at MAIF .*not 3 data scientists\.$/);
  });

  it("'did he work with 2 data scientists at MAIF?': yes", async () => {
    const a = await ask("did he work with 2 data scientists at MAIF?");
    expect(lead(a)).toMatch(/^Yes — 2 data scientists at MAIF/);
  });

  it("'were there 15 data scientists at MAIF?': yes, the line that counts them, not the team's 2", async () => {
    const a = await ask("were there 15 data scientists at MAIF?");
    expect(lead(a)).toMatch(/^Yes — .*MAIF/);
    expect(quoted(a)).toEqual(["[1] Effective production release for 15 data scientists across 4 teams"]);
  });

  it("« il y avait 15 data scientists chez MAIF ? »: oui", async () => {
    const a = await ask("il y avait 15 data scientists chez MAIF ?");
    expect(lead(a)).toMatch(/^Oui — .*MAIF/);
    expect(a.answer).toMatch(/15 data scientists répartis dans 4 équipes/);
  });

  it("'were there 5 data engineers at Decathlon?': no — 3", async () => {
    const a = await ask("were there 5 data engineers at Decathlon?");
    expect(lead(a)).toMatch(/^No — 3 data engineers at Decathlon/);
  });
});

describe("what replaced a technology, in French", () => {
  it("« Qu'est-ce qui a remplacé EMR ? »: the decommissioning in favour of Databricks, not a POC", async () => {
    for (const q of ["Qu'est-ce qui a remplacé EMR ?", "quest ce qui a remplace emr"]) {
      const a = await ask(q);
      expect(quoted(a)).toEqual(["[1] Décommissionnement d'EMR au profit de Databricks"]);
      expect(a.answer).not.toMatch(/preuve de concept/);
    }
  });

  it("'is there a replace mode?' is still about the ingestion modes", async () => {
    const a = await ask("is there a replace mode?");
    expect(a.answer).toMatch(/FULL: complete replacement/);
  });
});

describe("a role's outcome, asked as a follow-up", () => {
  it("'what was the outcome?' after MAIF: MAIF's results", async () => {
    for (const q of ["what was the outcome?", "and the outcome?"]) {
      const id = `outcome-${q}`;
      await ask("What did he do at MAIF?", id);
      const a = await ask(q, id);
      expect(a.answer).toMatch(/15 data scientists across 4 teams/);
      expect(a.answer).not.toMatch(/160 teams/);
    }
  });

  it("« et les réalisations ? » après la MAIF : celles de la MAIF", async () => {
    await ask("Qu'a-t-il fait chez MAIF ?", "fr-real");
    const a = await ask("et les réalisations ?", "fr-real");
    expect(a.answer).toMatch(/20 agences/);
    expect(a.answer).not.toMatch(/160 équipes/);
  });
});
