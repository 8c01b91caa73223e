import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the sixty-first session found wrong: a company he never worked for read as a contract or a kind of employer,
// a title or a contract checked against a year or a rank, leading people before or after a role, a time said first
// with "before" or a month, a qualifier of another thing ("low-latency pipelines").

const { ask } = trialChat();

describe("a company he never worked for", () => {
  it.each([
    ["Has he ever been employed by Airbus?", "Airbus"],
    ["Did he work for Airbus?", "Airbus"],
    ["Has he been employed by Google?", "Google"],
    ["Was Airbus one of his employers?", "Airbus"],
    ["has he ever been employed by airbus?", "Airbus"],
  ])("'%s': not among his employers, no 'yes' from his contracts", async (q, company) => {
    expect(lead(await ask(q))).toBe(
      `The profile doesn't list ${company} among his employers (Decathlon, EPISEN, AAA-Data, Pernod Ricard, MAIF).`,
    );
  });

  it("« a-t-il été employé par Airbus ? » in French", async () => {
    expect(lead(await ask("a-t-il été employé par Airbus ?"))).toMatch(/^Le profil ne cite pas Airbus parmi ses/);
  });

  it("a kind of employer keeps its answer ('a bank', 'Automotive companies')", async () => {
    expect(lead(await ask("did he work for a bank?"))).toMatch(/^The CV doesn't describe any employer .* “bank”/);
    expect(lead(await ask("Did he work for Automotive companies?"))).toMatch(/^Yes — as the CV describes them: AAA/);
    expect(lead(await ask("Was he employed by Insurance companies?"))).toMatch(/^Yes — .*MAIF/);
  });

  it("two names asked each get their answer; a name a role's context gives is quoted, not denied", async () => {
    expect(lead(await ask("Has he ever been employed by Airbus or Thales?"))).toBe(
      "Airbus: not in the profile · Thales: not in the profile",
    );
    expect(lead(await ask("Was he employed by Université Paris-Est Créteil?"))).toMatch(/at EPISEN/);
  });

  it("his own employer, asked the same way, keeps its contract answer", async () => {
    expect(lead(await ask("was he employed at Decathlon?"))).toBe("No — at Decathlon (since May 2021): Freelance.");
  });
});

describe("a title of a year, now, or a rank", () => {
  it.each([
    ["was he a senior data engineer in 2019?", /^Not in 2019, as the profile tells it\. In 2019: Data Trainer/],
    ["Was he a data engineer in 2018?", /^Not in 2018, .*The profile lists no role in 2018\./],
    ["Was he a Data Engineer at MAIF in 2021?", /^Not at MAIF in 2021, as the profile tells it\. In 2021: Senior/],
    ["Était-il data engineer en 2017 ?", /^Pas en 2017, d'après le profil\./],
    ["was he a data engineer in 2020?", /^Yes — Data Engineer at AAA-Data .*; Data Engineer at MAIF/],
    ["Is he currently working as a data engineer at AAA-Data?", /^Not in his current roles/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["is MAIF his most recent permanent job?", /^No — his most recent permanent contract: Data Engineer at AAA-Data/],
    ["is AAA-Data his last permanent job?", /^Yes — his most recent permanent contract: Data Engineer at AAA-Data/],
    ["was AAA-Data his first permanent contract?", /^No — his first permanent contract: Data Engineer at MAIF/],
    ["was EPISEN his first freelance mission?", /^No — his first freelance role: Senior Data Engineer at Decathlon/],
    ["la MAIF c'était son premier CDI ?", /^Oui — son premier CDI : Data Engineer chez MAIF/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« il était data engineer freelance chez MAIF ? »: the contract checked, not a 'yes' from the title", async () => {
    expect(lead(await ask("il était data engineer freelance chez MAIF ?"))).toBe(
      "Non — chez MAIF (janvier 2019 – janvier 2020) : CDI.",
    );
  });

  it.each([
    ["Was he a data engineer at Pernod Ricard on a permanent contract?", /^At Pernod Ricard his title is Data Trainer/],
    ["Was he a freelance engineer at EPISEN?", /^At EPISEN his title is Big Data Lecturer/],
    ["was he a freelance junior data engineer at Decathlon?", /^At Decathlon his title is Senior Data Engineer/],
    ["was he a freelance data engineer at Decathlon?", /^Yes — at Decathlon \(since May 2021\): Freelance\./],
    ["Did he work with a data scientist at MAIF on a permanent contract?", /^Yes — the profile mentions it at MAIF/],
  ])("a title claimed with the contract: '%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["Is EPISEN his latest freelance gig?", /^Yes — his most recent freelance role: .*EPISEN/],
    ["Was he still working as a data engineer at AAA-Data in 2021?", /^Yes — Data Engineer at AAA-Data/],
    ["Was he a data engineer at MAIF in 2021?", /^Not at MAIF in 2021, as the profile tells it\./],
    ["Was he a data engineer in 2020, before Decathlon?", /^Yes — Data Engineer at AAA-Data/],
  ])("a rank or a year beside a role: '%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("leading people before or after a role", () => {
  it.each([
    ["did he manage people after AAA-Data?", /^The profile doesn't say he led people after AAA-Data; it shows/],
    ["Since he left AAA-Data, has he mentored juniors?", /^The profile doesn't say he led people after AAA-Data/],
    ["did he lead a team before AAA?", /^The profile doesn't say he led people before AAA-Data/],
    ["did he lead a team before Decathlon?", /^Yes — he supervised 2 junior data engineers at AAA-Data/],
    ["il a manage des gens depuis qu'il a quitte AAA ?", /^Le profil ne dit pas qu'il a encadré des personnes après/],
    ["a-t-il encadré des juniors avant de rejoindre Decathlon ?", /^Oui — il a encadré 2 data engineers junior/],
    ["a-t-il encadré des juniors après son départ d'AAA-Data ?", /^Le profil ne dit pas qu'il a encadré .* après/],
    ["a-t-il encadré des juniors après avoir quitté AAA-Data ?", /^Le profil ne dit pas qu'il a encadré .* après/],
    ["After he left AAA-Data, did he mentor juniors?", /^The profile doesn't say he led people after AAA-Data/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("a reason said first still checks its premise ('Since he worked at Google', 'Now that he has left')", async () => {
    expect(lead(await ask("Since he worked at Google, does he know BigQuery?"))).toMatch(
      /^The profile doesn't list Google among his employers/,
    );
    expect(lead(await ask("Now that he has left AAA-Data, does he still use Snowflake?"))).toMatch(
      /^Not in his current roles — Snowflake: used at AAA-Data/,
    );
  });
});

describe("a time said first, with 'before', 'until', a month or 'recently'", () => {
  it.each([
    ["Before 2020, had he used Airflow?", /^Not before 2020 — Airflow: used at Decathlon/],
    ["Avant 2021, a-t-il utilisé Unity Catalog ?", /^Pas avant 2021 — Unity Catalog : utilisé chez Decathlon/],
    ["Since June 2021, has he used Snowflake?", /^Not since June 2021 — Snowflake: used at AAA-Data/],
    ["Since mid-2021, has he used Snowflake?", /^Not since mid 2021 — Snowflake: used at AAA-Data/],
    ["has he used Snowflake since January 2020?", /^Yes — Snowflake: used at AAA-Data/],
    ["Récemment, a-t-il fait du Docker ?", /^Docker : cité pour la dernière fois chez AAA-Data/],
    ["Did he use Snowflake in June 2021?", /^Not in June 2021 — Snowflake: used at AAA-Data/],
    ["did he use Snowflake in March 2021?", /^Yes — Snowflake: used at AAA-Data/],
    ["has he used Snowflake after May 2021?", /^Not after May 2021/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a qualifier said of another thing", () => {
  it("'low-latency pipelines' against the source tables' 'high latency': no 'no' and no 'yes'", async () => {
    expect(lead(await ask("has he built low-latency pipelines?"))).toMatch(
      /^The profile doesn't mention “low latency pipelines”; it says “high latency”, of something else at Decathlon/,
    );
  });

  it("'low latency data pipelines', the same, a word between", async () => {
    expect(lead(await ask("Has he built low-latency data pipelines?"))).toMatch(
      /^The profile doesn't mention “low latency data pipelines”; it says “high latency”, of something else/,
    );
  });

  it.each([
    ["was the latency low?", /^No — the profile says “high latency”, not “low”/],
    ["Did he work with low latency tables?", /^No — the profile says “high latency”, not “low latency”/],
    ["Did he manage low latency JDBC tables?", /^No — the profile says “high latency”, not “low latency”/],
    ["did he work with small JDBC tables?", /^No — the profile says “large JDBC tables”, not “small JDBC tables”/],
  ])("'%s': the same thing, the other way", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("what the hunters found besides", () => {
  it.each([
    ["il a fait 2 ans chez AAA-Data ?", /^Non — chez AAA-Data de janvier 2020 à mai 2021 — 1 an et 5 mois\./],
    ["did he do 2 years at AAA-Data?", /^No — at AAA-Data from January 2020 to May 2021 — 1 year and 5 months\./],
    ["how many CDI has he had?", /^3 permanent-contract roles: Data Engineer at AAA-Data/],
    ["How long since he left MAIF?", /^At MAIF \(January 2019 – January 2020\): it ended .* ago\./],
    ["Manage-t-il une équipe actuellement ?", /^Pas dans ses postes actuels/],
    ["il a été chef de projet ?", /^Le profil donne ces titres : .* il ne dit pas qu'il était chef de projet\./],
    ["Depuis son départ de la MAIF, qu'a-t-il fait ?", /^Juste après MAIF : Data Engineer chez AAA-Data/],
    ["did he support 15 data engineers at MAIF?", /but not “15 data engineers” with it/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["thanks, I'm done", /^Goodbye/],
    ["j'ai fini, merci", /^Au revoir/],
  ])("'%s' ends the conversation", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'is it him?' after the team's tech lead: his title there, not the team's 'yes'", async () => {
    await ask("how big is his team at decathlon?", "him");
    await ask("is there a tech lead?", "him");
    expect(lead(await ask("is it him?", "him"))).toBe(
      "At Decathlon his title is Senior Data Engineer; the profile doesn't say he was the tech lead.",
    );
  });

  it("'was he one of the data scientists?' after MAIF's team: his title there", async () => {
    await ask("team at MAIF?", "scientists");
    expect(lead(await ask("was he one of the data scientists?", "scientists"))).toBe(
      "At MAIF his title is Data Engineer; the profile doesn't say he was a data scientist.",
    );
  });
});

describe("after the hunt on this session's own changes", () => {
  it.each([
    ["Has he ever been employed by a bank?", /^The CV doesn't describe any employer of the profile as “bank”/],
    ["Did he work for Snowflake?", /^The profile doesn't list Snowflake among his employers/],
    ["Was he a freelance trainer at Pernod Ricard?", /^No — at Pernod Ricard \(April 2019 – October 2019\): Permanent/],
    ["After 2021, did he use Snowflake?", /^Not after 2021 — Snowflake: used at AAA-Data/],
    ["What is his latest freelance role?", /^His most recent freelance role: .*EPISEN/],
    ["What was his first permanent contract?", /^His first permanent contract: Data Engineer at MAIF/],
    ["son premier CDI c'était où ?", /^Son premier CDI : Data Engineer chez MAIF/],
    ["What has he done?", /^Senior Data Engineer at Decathlon .*experience since January 2019/],
    ["Qu'a-t-il fait ?", /^Senior Data Engineer chez Decathlon/],
    [
      "does he teach at a business school?",
      /^The CV doesn't describe any employer of the profile as “business school”/,
    ],
    ["does he teach at an engineering school?", /^Yes — as the CV describes them: EPISEN/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["Did he lower data quality?", /^The profile doesn't say it went that way; here is what it says/],
    ["did costs grow at Decathlon?", /^No — the profile says it was the other way round at Decathlon/],
    ["did technical debt grow?", /^No — the profile says it was the other way round/],
    ["has the ingestion time dropped?", /^Yes — the profile mentions it at AAA-Data/],
    ["Did he reduce costs?", /^Yes — the profile mentions it at Decathlon/],
  ])("a way asked of a thing: '%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([["did he save the india tables in parquet?", /^No — the profile says otherwise at Decathlon/]])(
    "what a choice set aside ('rather than', 'instead of'): '%s'",
    async (q, said) => {
      expect(lead(await ask(q))).toMatch(said);
    },
  );

  it.each([["I'm all set, thank you"], ["merci c'est fini pour moi"], ["c'est bon pour moi merci"]])(
    "'%s' ends the conversation",
    async (q) => {
      expect(lead(await ask(q))).toMatch(/^(Goodbye|Au revoir)/);
    },
  );
});

describe("after the second reading", () => {
  it.each([
    ["did he avoid memory errors?", /^Yes — the profile mentions it at Decathlon/],
    ["did he work directly with business teams at Decathlon?", /^Yes — the profile mentions it at Decathlon/],
    ["Since he left MAIF, has he used Docker?", /^Yes — Docker: used at AAA-Data/],
    ["did he significantly decrease the ingestion time?", /^Yes — the profile mentions it at AAA-Data/],
    ["Has he ever decreased costs?", /^Yes — the profile mentions it at Decathlon/],
    ["Up to 2020, did he use Scala?", /^Not up to 2020 — Scala: used at Decathlon/],
    ["Is Decathlon his most recent freelance role?", /^Yes — his most recent freelance role: Senior Data Engineer/],
    ["What was his first job as a freelancer?", /^His first freelance role: Senior Data Engineer at Decathlon/],
    ["Was he a freelance professor at EPISEN?", /^At EPISEN his title is Big Data Lecturer/],
    ["has he been using Snowflake since January 2020?", /^Not since January 2020 — Snowflake: used at AAA-Data/],
    ["Did he work for Snowflake or Databricks?", /^The profile doesn't list Snowflake among his employers/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'did he manage people at Decathlon before Dec 2023?': 'Dec' is no role's name", async () => {
    expect(lead(await ask("did he manage people at Decathlon before Dec 2023?"))).toMatch(
      /^The profile doesn't say he led people at Decathlon/,
    );
  });

  it("« il a fait quoi ? » right after a role: that role, not the whole career", async () => {
    await ask("Il a travaillé chez MAIF ?", "done");
    expect(lead(await ask("il a fait quoi ?", "done"))).toMatch(/^Chez MAIF \(Data Engineer/);
  });
});
