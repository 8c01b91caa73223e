import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the forty-eighth session found wrong: two helpers' recruiter trials (the scope of a yes-or-no question — every
// role, apart from one, a window of time — and claims the CV words the other way: zero ROI, a threatened monopoly,
// a "cancel and replace" mode, a POC).

const { ask } = trialChat();

describe("a claim the CV says otherwise is no 'yes'", () => {
  it("'did the MAIF projects have positive ROI?': the CV says zero", async () => {
    const a = await ask("did the MAIF projects have positive ROI?");
    expect(lead(a)).toMatch(/^No — the profile says “zero”, not “positive”/);
    expect(quoted(a).join("\n")).toMatch(/zero ROI/);
  });

  it("'did AAA-Data lose its monopoly?': threatened, not lost", async () => {
    expect(lead(await ask("did AAA-Data lose its monopoly?"))).toMatch(/^No — the profile says “threatened”/);
  });

  it("'were the big JDBC tables loaded incrementally?': in “cancel and replace” mode", async () => {
    const a = await ask("were the big JDBC tables loaded incrementally?");
    expect(lead(a)).toMatch(/^No — the profile says “cancel and replace”, not “incrementally”/);
    expect(quoted(a)[0]).toMatch(/JDBC/);
  });

  it("« les tables JDBC étaient chargées en incrémental ? »: « annule et remplace »", async () => {
    expect(lead(await ask("les tables JDBC étaient chargées en incrémental ?"))).toMatch(
      /^Non — le profil dit « annule et remplace », pas « incrémental »/,
    );
  });

  it("'did he do incremental ingestion?' stays a yes (the DIFF mode)", async () => {
    expect(lead(await ask("did he do incremental ingestion?"))).toMatch(/^Yes/);
  });

  it("'did he put the Unity Catalog POC into production?': a POC, not carried out", async () => {
    expect(lead(await ask("did he put the Unity Catalog POC into production?"))).toMatch(
      /^Partly — the profile shows a strategy or a proof of concept/,
    );
  });

  it("'did he migrate all of decathlon's processing to Autoloader?': part of it", async () => {
    expect(lead(await ask("did he migrate all of decathlon's processing to Autoloader?"))).toMatch(
      /it doesn't say it was all of it/,
    );
  });
});

describe("every role asked", () => {
  it.each([
    ["Did he use Snowflake in all his jobs?", /^No, not in every role — Snowflake: used at AAA-Data/],
    ["Did he use Jenkins everywhere?", /^No, not in every role — Jenkins: used at AAA-Data .*MAIF/],
    ["Did all his roles use AWS?", /^No, not in every role — AWS: used at Decathlon/],
    [
      "Did he use Airflow in all his data engineering roles?",
      /^No, not in every role — the profile says it at Decathlon/,
    ],
  ])("'%s'", async (question, expected) => {
    expect(lead(await ask(question))).toMatch(expected);
  });

  it("« il a utilisé Python dans toutes ses missions ? »: oui, ses quatre postes de travail", async () => {
    expect(lead(await ask("il a utilisé Python dans toutes ses missions ?"))).toMatch(/^Oui — Python : utilisé/);
  });

  it("'has he used Spark in all of his previous missions?': yes, in every one", async () => {
    expect(lead(await ask("has he used Spark in all of his previous missions?"))).toMatch(/^Yes — Spark: used/);
  });

  it("'Were all his jobs freelance?': no, each contract by role", async () => {
    const a = await ask("Were all his jobs freelance?");
    expect(lead(a)).toMatch(/^No — freelance: Decathlon .*; permanent contracts: AAA-Data/);
  });

  it("'Were all his jobs permanent?': no, permanent ones first", async () => {
    expect(lead(await ask("Were all his jobs permanent?"))).toMatch(/^No — permanent contracts: AAA-Data/);
  });

  it("« tous ses postes étaient en CDI ? »: non", async () => {
    expect(lead(await ask("tous ses postes étaient en CDI ?"))).toMatch(/^Non — en CDI : AAA-Data/);
  });

  it("'Was every job in France?': the countries he worked in, which the profile doesn't give", async () => {
    const a = await ask("Was every job in France?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/doesn't say in which countries/);
  });

  it("'…teams a bit everywhere in the world' is no question of every role", async () => {
    const a = await ask("a-t-il déjà travaillé avec des équipes un peu partout dans le monde?");
    expect(lead(a)).not.toMatch(/pas dans tous ses postes/);
  });

  it("'how many years across all his jobs combined?': his whole career", async () => {
    expect(lead(await ask("how many years across all his jobs combined?"))).toMatch(
      /^About \d+ years and \d+ months of experience/,
    );
  });
});

describe("an employer set aside in front of the question", () => {
  it.each([
    ["Apart from AAA-Data, has he used Snowflake?", /^The profile mentions “Snowflake” at AAA-Data.*but not at/],
    [
      "Other than Pernod Ricard, has he used Power BI?",
      /^The profile mentions “Power BI” at Pernod Ricard.*but not at/,
    ],
    ["hello! Apart from Decathlon, has he used Airflow?", /^Yes — Airflow: used at AAA-Data/],
    ["à part chez AAA-Data, il a fait du Snowflake ?", /^Le profil mentionne « Snowflake » chez AAA-Data.*mais pas/],
  ])("'%s'", async (question, expected) => {
    expect(lead(await ask(question))).toMatch(expected);
  });
});

describe("a window of time asked", () => {
  it("'Snowflake in the last 2 years?': not since May 2021", async () => {
    expect(lead(await ask("has he used Snowflake in the last 2 years?"))).toMatch(
      /^Not in the last 2 years — Snowflake: used at AAA-Data \(January 2020 - May 2021\)/,
    );
  });

  it("« il a fait du Snowflake ces 2 dernières années ? »", async () => {
    expect(lead(await ask("il a fait du Snowflake ces 2 dernières années ?"))).toMatch(/^Pas ces 2 dernières années/);
  });

  it("'has he used Airflow in the last 2 years?': yes, at Decathlon", async () => {
    expect(lead(await ask("has he used Airflow in the last 2 years?"))).toMatch(/^Yes — Airflow: used at Decathlon/);
  });

  it("'did he use Docker in 2019?': yes, at MAIF", async () => {
    expect(lead(await ask("did he use Docker in 2019?"))).toMatch(/^Yes — Docker/);
  });

  it("'did he use Power BI in the past 5 years?': not since October 2019", async () => {
    expect(lead(await ask("did he use Power BI in the past 5 years?"))).toMatch(/^Not in the past 5 years/);
  });
});
