import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the thirty-eighth session's trap hunter and dev set 43 (a Berlin CTO, an Indian bench-sales recruiter, a
// Bordeaux headhunter's formal French, a Lille account manager's SMS French) found wrong.

const { ask } = trialChat();

describe("a contract the profile has no word for", () => {
  it.each([
    ["is he on a fixed-term contract right now?", /^Currently: Senior Data Engineer at Decathlon \(Freelance\)/],
    ["is he currently on a contract?", /^Currently: Senior Data Engineer at Decathlon \(Freelance\)/],
    ["est-il en CDD actuellement ?", /^Actuellement : Senior Data Engineer chez Decathlon \(Freelance\)/],
    ["a-t-il deja ete en CDD ?", /en CDI : AAA-Data|Avant : AAA-Data \(CDI\)/],
  ])("'%s' gives his contracts, not a 'yes' from the ingestion contract", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(a.answer).not.toMatch(/idcard/);
  });

  it.each([
    ["which jobs were not freelance?", /permanent contracts: AAA-Data/],
    ["which roles weren't permanent?", /^Freelance: Decathlon \(since May 2021\), EPISEN/],
    ["quels postes n'etaient pas en CDI ?", /^En freelance : Decathlon/],
  ])("'%s' sorts his roles by contract", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« il n'a jamais été en CDI ? » is a « Si », not a « Oui » agreeing with the negative", async () => {
    expect(lead(await ask("il n'a jamais été en CDI ?"))).toMatch(/^Si — en CDI : AAA-Data/);
  });
});

describe("a claim beyond what the passages say", () => {
  it("'he saved 7M€ a year at AAA data right?' is no yes: the €7M is the licence's, not a saving", async () => {
    const a = await ask("he saved 7M€ a year at AAA data right?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/doesn't mention “saved”/);
    expect(quoted(a).join("\n")).toMatch(/ANTS licence, €7M a year/);
  });

  it("'he built the ML models at Pernod Ricard himself, right?' doesn't say he did it alone", async () => {
    const a = await ask("he built the ML models at Pernod Ricard himself, right?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/it doesn't say he did it alone/);
  });

  it.each([
    ["API dev?", /doesn't say he created it; it shows him working with it at Pernod Ricard/],
    ["API dev? REST, FastAPI, Flask?", /^API dev: worked with, not shown built — Pernod Ricard/],
    ["développement d'API ?", /ne dit pas qu'il l'a créé/],
  ])("'%s': an API scraped through is no API built", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["is he senior enough for a staff engineer role?", /doesn't say he was a staff engineer/],
    ["est-il assez senior pour un poste de lead data engineer ?", /il ne dit pas qu'il était lead data engineer/],
  ])("'%s' asks whether he held that title, not whether 'senior' is in one", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it("'il a travaillé avec des équipes à l'étranger ?' is Decathlon's international context only", async () => {
    const a = await ask("il a travaillé avec des équipes à l'étranger ?");
    expect(lead(a)).toMatch(/^Oui — le profil le mentionne chez Decathlon, depuis mai 2021\.$/);
    expect(quoted(a).join("\n")).toMatch(/contexte international/);
  });

  it("'has he worked in healthcare?' is his teaching at a health school, no project of his own", async () => {
    const a = await ask("has he worked in healthcare?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/EPISEN.*in his teaching or training, not as used in his own work/);
  });

  it("'which of his roles did NOT involve Spark?' says every role names it", async () => {
    expect(lead(await ask("which of his roles did NOT involve Spark?"))).toMatch(
      /^Every role of the profile names Spark/,
    );
  });
});

describe("how long he has done a thing no stack names", () => {
  it.each([
    [
      "since when has he done PII encryption?",
      /^PII encryption: about 5 years and \d+ months to today, going by the roles/,
    ],
    [
      "depuis combien de temps fait-il du chiffrement ?",
      /^chiffrement : environ 5 ans et \d+ mois à ce jour.*\(depuis mai 2021\)/,
    ],
    [
      "how long has he been doing data quality checks?",
      /Decathlon \(since May 2021\), AAA-Data \(January 2020 - May 2021\)/,
    ],
  ])("'%s' is the time of the roles that say it, said to be at most that", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(lead(a)).toMatch(/at most|au plus/);
  });

  it("'how many years has he been doing data stuff all up?' is still his whole career", async () => {
    expect(lead(await ask("how many years has he been doing data stuff all up?"))).toMatch(/^About 7 years/);
  });

  it("« économiser » is read as written, not as the stem « econom »", async () => {
    expect(lead(await ask("a-t-il fait économiser 7 M€ par an chez AAA-Data ?"))).not.toMatch(/econom »/);
  });
});

describe("follow-ups that keep to the thing just asked", () => {
  it("'has he used Kafka?' (taught only) after a role, then 'how long?', is the time Kafka was taught", async () => {
    await ask("what did he do at AAA-Data?", "kafka-long");
    await ask("ok. has he used Kafka?", "kafka-long");
    expect(lead(await ask("how long?", "kafka-long"))).toMatch(/^Kafka: taught at EPISEN/);
  });

  it("'has he done PII encryption?' then 'how long has he been doing it?' is not his whole career", async () => {
    await ask("has he done PII encryption?", "pii-long");
    const said = lead(await ask("how long has he been doing it?", "pii-long"));
    expect(said).toMatch(/Decathlon \(since May 2021\)/);
    expect(said).not.toMatch(/overlapping roles counted once/);
  });

  it.each([
    ["has he used Docker?", "when was the last time?", /^Docker: last listed at AAA-Data/],
    [
      "il a utilisé Jenkins ?",
      "c'était quand la dernière fois ?",
      /^Jenkins : cité pour la dernière fois chez AAA-Data/,
    ],
  ])("'%s' then '%s' is the latest use", async (first, then, said) => {
    await ask(first, `last ${first}`);
    expect(lead(await ask(then, `last ${first}`))).toMatch(said);
  });

  it("'who is he working for right now?', 'since when?', then 'what was before that?' goes back a role", async () => {
    const id = "before-that";
    await ask("who is he working for right now?", id);
    await ask("since when?", id);
    expect(lead(await ask("what was before that?", id))).toMatch(/^Just before \w+: Data Engineer at AAA-Data/);
  });
});

describe("chatter of Indian English", () => {
  it("'… kindly confirm … and revert' asks nothing of 'revert'", async () => {
    const a = await ask("kindly confirm if he has Snowflake experience and revert");
    expect(lead(a)).toMatch(/^Yes — Snowflake: used at AAA-Data/);
  });

  it("'… and do the needful' asks nothing of 'needful'", async () => {
    expect(lead(await ask("kindly confirm if he has Airflow experience and do the needful"))).toMatch(/^Yes — Airflow/);
  });
});
