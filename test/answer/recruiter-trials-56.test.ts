import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the sixty-fifth session found wrong: a thing done "with" what the profile holds, a contract asked of two
// employers at once, "his last job", "Oui" to a negative, a move the other way, "only a few months", and more.

const { ask } = trialChat();

describe("a thing done with what the profile holds", () => {
  it.each([
    ["has he done fraud detection with his scoring models?", /^The profile mentions “scoring” .* not “detection”/],
    ["il a fait de la detection de fraude avec ses modeles de scoring ?", /^Le profil mentionne .* pas « detection »/],
    ["has he done data lineage with Unity Catalog?", /but not “lineage” with it/],
  ])("'%s': what it shows, not the thing asked (was 'Yes')", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'has he built pipelines with Airflow?' stays a yes", async () => {
    expect(lead(await ask("has he built pipelines with Airflow?"))).toMatch(/^Yes — /);
  });

  it("'…marketing or campaign-performance analytics at Pernod Ricard?': no yes for the analytics", async () => {
    const answer = lead(
      await ask("Did he do any marketing or campaign-performance analytics while he was at Pernod Ricard?"),
    );
    expect(answer).toMatch(/^marketing: not in the profile · Performance analytics: partly — not “analytics”/);
  });
});

describe("his career from the first job to today", () => {
  it.each([
    [
      "bonjour. pouvez vous me donner son parcours ds l ordre, de son premier poste a aujourd hui stp ?",
      /^5 employeurs, du plus ancien au plus récent : MAIF .*Pernod Ricard.*AAA-Data.*Decathlon.*EPISEN/,
    ],
    ["his career from his first job to today?", /^5 employers, oldest first: MAIF .*EPISEN/],
  ])("'%s': every role, oldest first (was the first role only, or the current one)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'what was his first job?' stays the first role", async () => {
    expect(lead(await ask("what was his first job?"))).toMatch(/MAIF/);
  });
});

describe("a thing of its own asked of each of two employers", () => {
  it.each([
    [
      "Was he a freelancer at Decathlon and an employee at EPISEN?",
      /^Yes — at Decathlon .*Freelance\.\nNo — at EPISEN/s,
    ],
    ["Was he on a permanent contract at MAIF and a freelancer at Decathlon?", /^Yes — at MAIF .*\nYes — at Decathlon/s],
    ["Était-il freelance chez Decathlon et salarié chez EPISEN ?", /^Oui — chez Decathlon .*\nNon — chez EPISEN/s],
    ["Was he a trainer at Pernod and a lecturer at EPISEN?", /^Yes — .*Pernod Ricard.*\nYes — .*EPISEN/s],
  ])("'%s': each clause answered of its own employer (was one contract word checked at both)", async (q, said) => {
    const answer = (await ask(q)).answer
      .split("\n")
      .filter((l) => !/^\[\d+\]/.test(l))
      .join("\n");
    expect(answer).toMatch(said);
  });

  it("'Did he use Airflow at Decathlon and at MAIF?' stays one technology asked of both", async () => {
    const answer = (await ask("Did he use Airflow at Decathlon and at MAIF?")).answer;
    expect(answer).toMatch(/^Yes — Airflow: used at Decathlon/);
    expect(answer).toMatch(/but not at MAIF/);
  });
});

describe("his last job, or before his current one", () => {
  it.each([
    [
      "il a fait du Snowflake dans son dernier poste ?",
      /^Le profil mentionne « Snowflake » chez AAA-Data .* pas chez Decathlon/,
    ],
    ["a-t-il utilise Jenkins dans son dernier emploi ?", /pas chez Decathlon/],
    ["Before his current job, did he use Scala?", /^The profile mentions “Scala” at Decathlon.* but not at AAA-Data/],
    [
      "Avant son poste actuel, a-t-il fait du Scala ?",
      /^Le profil mentionne « Scala » chez Decathlon.* pas chez AAA-Data/,
    ],
  ])("'%s': scoped to that role (was a yes from an older one)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["did he use Spark in his last job?", /^Yes — Spark: used at Decathlon \(since May 2021\)\.$/],
    ["Before his current job, did he use Spark?", /^Yes — Spark: used at AAA-Data .*MAIF/],
  ])("'%s': a yes of that role", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("no yes agreeing with a negative", () => {
  it.each([
    ["il n'a jamais travaille avec un PO ?", /^Si — 1 PO chez Decathlon/],
    ["il n'a jamais fait de la formation en entreprise ?", /^Si — il a formé des équipes en entreprise/],
    ["has he never worked with a PO?", /^1 PO at Decathlon/],
  ])("'%s' (was 'Oui'/'Yes' before the facts against it)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'did he work with a PO?' keeps its yes", async () => {
    expect(lead(await ask("did he work with a PO?"))).toMatch(/^Yes — 1 PO at Decathlon/);
  });
});

describe("a move the other way", () => {
  it.each(["il a décommissionné Databricks ?", "il a decommissionne Databricks ?"])(
    "'%s': not said (EMR was, in favour of Databricks; was 'Oui')",
    async (q) => {
      expect(lead(await ask(q))).toMatch(/^Le profil ne dit pas qu'il a été abandonné/);
    },
  );

  it("'ils ont abandonné EMR pour Databricks ?' stays a yes", async () => {
    expect(lead(await ask("ils ont abandonné EMR pour Databricks ?"))).toMatch(/^Oui — /);
  });
});

describe("only a few months, barely, about", () => {
  it.each([
    ["Was he at MAIF only a few months?", /^Longer than that — at MAIF .* 1 year/],
    ["Was he at AAA-Data for just a few months?", /^Longer than that — at AAA-Data/],
    ["Est-il chez Decathlon depuis à peine 2 ans ?", /^Plus longtemps que ça — chez Decathlon/],
    ["Has he been at EPISEN for barely 2 years?", /^Longer than that — at EPISEN/],
    ["Was he at Pernod only a few months?", /^Yes — at Pernod Ricard .* 6 months/],
    ["Has he been at EPISEN for only a few years?", /^Yes — at EPISEN since November 2022/],
    ["Has he been at Decathlon for 6 years?", /^No — at Decathlon since May 2021/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["Which role lasted about a year and a half?", /about a year and a half: AAA-Data/],
    ["Quel poste a duré environ un an et demi ?", /environ un an et demi : AAA-Data/],
    ["Which role lasted exactly 1 year and 5 months?", /: AAA-Data \(January 2020 – May 2021/],
  ])("'%s': the role of that length, its months counted (was MAIF's year)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("claims the profile doesn't make", () => {
  it.each([
    ["Was he a junior at AAA-Data?", /^The profile doesn't say he was taught, trained or led/],
    ["Etait-il junior chez AAA ?", /^Le profil ne dit pas qu'il a été formé ou encadré/],
    ["Did he open new MAIF branches?", /^The profile doesn't say he did that/],
    ["A-t-il ouvert des agences MAIF ?", /^Le profil ne dit pas qu'il a fait cela/],
    ["Did he create new teams at Decathlon?", /^The profile doesn't say he did that/],
    ["Did he double sales at MAIF?", /^The profile doesn't say he grew it/],
    ["Did MAIF's sales go up thanks to him?", /^The profile doesn't say he grew it/],
  ])("'%s' (was 'Yes')", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["did he mentor juniors?", /^Yes — he supervised 2 junior data engineers at AAA-Data/],
    ["did he build a scoring system at MAIF?", /^Yes — /],
  ])("'%s' stays a yes", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("what only he can say", () => {
  it.each([
    ["il facture au forfait ?", /^Le profil ne donne pas son taux journalier/],
    ["does he bill by the day?", /^The profile doesn't give his daily rate/],
    [
      "il parle l'anglais puisqu'il a travaillé dans un contexte international ?",
      /^Le profil ne précise pas les langues parlées/,
    ],
  ])("'%s': asked of him (was 'Oui' from a line of the CV)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("known since, decided, done without, said instead", () => {
  it.each([
    ["il connait Databricks depuis 2019 ?", /^Oui — Databricks : utilisé chez Decathlon .*Pernod Ricard/],
    ["il connait Snowflake depuis 2020 ?", /^Oui — Snowflake/],
    ["il connait Databricks depuis 2018 ?", /^Pas depuis 2018 — /],
  ])("'%s': known since the first role that had it began (was 'Pas depuis' for a gap since)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["did he take architectural decisions at AAA-Data?", /^The profile doesn't say whose decision it was; .* AAA-Data/],
    ["a-t-il pris des décisions d'architecture chez AAA ?", /^Le profil ne dit pas de qui venait la décision/],
  ])("'%s': the decisions are Decathlon's line (was 'Yes' from AAA-Data's architecture)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'did he take architectural decisions at Decathlon?' stays a yes", async () => {
    expect(lead(await ask("did he take architectural decisions at Decathlon?"))).toMatch(/^Yes — .*Decathlon/);
  });

  it.each([
    ["Did he add a column for encryption?", /^No — the profile says otherwise at Decathlon/],
    ["Did he add a column to encrypt the PII?", /^No — /],
  ])("'%s': the line says 'without adding a column' (was 'Yes')", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    "did he encrypt PII without adding a column?",
    "did he add encryption to columns holding PII?",
    "Did he add column-level encryption?",
  ])("'%s' stays a yes", async (q) => {
    expect(lead(await ask(q))).toMatch(/^Yes — /);
  });

  it.each([
    ["Was the encryption done at table level?", /^No — the profile says “column”, not “table level”/],
    ["Did he encrypt only flat data?", /^No — the profile says “nested”, not “flat”/],
    ["Did the Pernod model predict the category of restaurants?", /^No — the profile says “bars”, not “restaurants”/],
  ])("'%s': what the line says instead (was 'Yes')", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("how it turned out, and what kind of teaching", () => {
  it.each([
    ["Was the Lakehouse migration successful?", /^The profile doesn't say how it turned out; .*Decathlon/],
    ["Did the migration secure AAA-Data's market position?", /^The profile doesn't say how it turned out/],
  ])("'%s' (was 'Yes' from the work or its goal)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'did he successfully migrate to Snowflake?' stays a yes (a complete transition, no interruption)", async () => {
    expect(lead(await ask("did he successfully migrate to Snowflake?"))).toMatch(/^Yes — .*AAA-Data/);
  });

  it.each([
    ["il est enseignant-chercheur ?"],
    ["il est professeur des universites ?"],
    ["il enseigne a des medecins ?"],
    ["il enseigne en master ?"],
    ["il enseigne au lycee ?"],
  ])("'%s': not said of his teaching (was 'Oui')", async (q) => {
    expect(lead(await ask(q))).toMatch(
      /^Le profil ne dit pas cela de son enseignement ; voici ce qu'il en dit chez EPISEN/,
    );
  });

  it("'Is he a university professor?': not said of his teaching", async () => {
    expect(lead(await ask("Is he a university professor?"))).toMatch(/^The profile doesn't say that of his teaching/);
  });

  it.each([["is he a lecturer at EPISEN?"], ["does he teach engineering students?"]])("'%s' stays a yes", async (q) => {
    expect(lead(await ask(q))).toMatch(/^Yes — .*EPISEN/);
  });
});

describe("asked of him, said otherwise", () => {
  it.each([
    ["is he an immediate joiner?", /^The profile doesn't say when he is available/],
    ["can he join asap?", /^The profile doesn't say when he is available/],
    ["il peut commencer asap ?", /^Le profil ne précise pas ses disponibilités/],
  ])("'%s': his availability (was a line read for 'joins')", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'la boite ou il bosse actuellement, elle s'appelle comment ?': his current roles (was 'no name')", async () => {
    expect(lead(await ask("la boite ou il bosse actuellement, elle s'appelle comment ?"))).toMatch(
      /^Actuellement : Senior Data Engineer chez Decathlon/,
    );
  });

  it("'il s'appelle comment ?' stays his name, which the CV doesn't give", async () => {
    expect(lead(await ask("il s'appelle comment ?"))).toMatch(/^Le CV ne donne pas son nom/);
  });
});

describe("what the first version of these changes over-reached, kept right", () => {
  it.each([
    ["was he at MAIF and Pernod Ricard at the same time?", /^Yes — Pernod Ricard .* overlap: 6 months/],
    ["how many years of experience from his first job to today?", /^About \d+ years and \d+ months of experience/],
    ["formation en entreprise, pas juste à l'université ?", /^Oui — il a formé des équipes en entreprise/],
    ["a-t-il utilisé des données externes chez Pernod ?", /^Oui — /],
    ["did he use Snowflake in his last job before Decathlon?", /^Yes — Snowflake: used at AAA-Data/],
    ["What did he do before his current role at EPISEN?", /^Already under way when EPISEN began: .*Decathlon/],
    ["did he succeed in cutting the ANTS ingestion from 13h to 6 minutes?", /^Yes — .*AAA-Data/],
    ["Did the MAIF industrialisation succeed?", /^Yes — .*MAIF/],
    ["Is he a university lecturer?", /^Yes — .*EPISEN/],
    ["Did he create the teams' training materials at Pernod?", /^Yes — .*Pernod Ricard/],
    ["has he been working with Databricks since 2019, do you know?", /^Not since 2019 — /],
    ["Did Pernod charge by the hour for the training?", /^The profile mentions “training” at Pernod Ricard/],
    ["son équipe, il s'appelle comment le PO ?", /^Le CV ne donne pas son nom/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("an order asked, a team member had, always, the company's name", () => {
  it.each([
    [
      "Did he join Pernod Ricard after leaving MAIF?",
      /^No — MAIF .* began first, then Pernod Ricard .*overlap: 6 months/,
    ],
    ["a-t-il rejoint Pernod après avoir quitté la MAIF ?", /^Non — MAIF .* a commencé d'abord/],
    ["Did he start at EPISEN after leaving Decathlon?", /^No — Decathlon .* began first, then EPISEN/],
  ])("'%s': no, he had not left (was a yes to an overlap nobody asked)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["il a eu un product owner ?", /^Oui — 1 product owner chez Decathlon/],
    ["Il n'a jamais eu de product owner ?", /^Si — 1 product owner chez Decathlon/],
    ["il avait un PO dans son equipe ?", /^Oui — 1 PO chez Decathlon/],
  ])("'%s': the team lists one (was 'not owner with it')", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["il a toujours encadre des juniors ?", /^Non, pas dans tous ses postes — il a encadré 2 data engineers junior/],
    ["has he always managed people?", /^No, not in every role — he supervised 2 junior data engineers at AAA-Data/],
    ["il encadre toujours des juniors ?", /^Pas dans ses postes actuels/],
  ])("'%s' (was a yes from AAA-Data alone)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each(["what's the name of the company he works for?", "what's the name of the company he works for now?"])(
    "'%s': his roles now (was MAIF's context)",
    async (q) => {
      expect(lead(await ask(q))).toMatch(/^Currently: Senior Data Engineer at Decathlon/);
    },
  );
});

describe("his clients, two stacks, whom he works for", () => {
  it.each([
    ["Who are his clients?", /^2 freelance roles: Senior Data Engineer at Decathlon .*EPISEN/],
    ["Qui sont ses clients ?", /^2 postes en freelance : /],
  ])("'%s': his freelance roles (was every employer, the permanent ones too)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'quelles technos a la MAIF et chez AAA ?': each one's stack (was his skills over every role)", async () => {
    const answer = (await ask("quelles technos a la MAIF et chez AAA ?")).answer;
    expect(answer).toMatch(/^Chez MAIF \(janvier 2019 – janvier 2020\) : PySpark, Jenkins, Docker, Zeppelin\./);
    expect(answer).toMatch(/\nChez AAA-Data \(janvier 2020 – mai 2021\) : Snowflake, /);
  });

  it.each(["Pour qui travaille-t-il ?", "il bosse pour qui ?"])("'%s': his roles now (was 'not said')", async (q) => {
    expect(lead(await ask(q))).toMatch(/^Actuellement : Senior Data Engineer chez Decathlon/);
  });
});
