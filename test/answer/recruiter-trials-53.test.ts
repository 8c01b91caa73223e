import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the sixty-second session found wrong: titles asked of a role and a year, contracts at companies he never
// had, "only at" a role, a time or a role said as "since" or "after" in other words, a need then "ok?", counts said
// to go down, a role by its rank, and career events the CV doesn't tell.

const { ask } = trialChat();

describe("a title asked of a role and a year", () => {
  it.each([
    ["Was he a trainer at MAIF in 2019?", /^The profile mentions “trainer” at Pernod Ricard, .* but not at MAIF\./],
    [
      "Was he a lecturer at Decathlon in 2023?",
      /^The profile mentions “lecturer” at EPISEN, .* but not at Decathlon\./,
    ],
    [
      "Était-il formateur à la MAIF en 2019 ?",
      /^Le profil mentionne « formateur » chez Pernod Ricard, .* pas chez MAIF/,
    ],
  ])("'%s': the title is another role's, no 'yes' from the dates", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("the role and the year alone keep their yes", async () => {
    expect(lead(await ask("was he at MAIF in 2019?"))).toBe("Yes — MAIF: January 2019 – January 2020.");
  });
});

describe("a contract at a company he never had, or at a kind of company", () => {
  it.each([
    ["Has he ever been on a permanent contract at Airbus?", "Airbus"],
    ["Did he ever freelance for Airbus?", "Airbus"],
    ["Has he ever been a contractor for BNP?", "BNP"],
    ["Was he a Google employee?", "Google"],
    ["Has he had a CDI at Google?", "Google"],
  ])("'%s': not among his employers", async (q, company) => {
    expect(lead(await ask(q))).toBe(
      `The profile doesn't list ${company} among his employers (Decathlon, EPISEN, AAA-Data, Pernod Ricard, MAIF).`,
    );
  });

  it("in French, a name of several words after « salarié de la »", async () => {
    expect(lead(await ask("A-t-il déjà été salarié de la Société Générale ?"))).toMatch(
      /^Le profil ne cite pas Société Générale parmi ses employeurs/,
    );
  });

  it("'worked with Snowflake' is still a tool, not a company", async () => {
    expect(lead(await ask("hi, has he worked with snowflake?"))).toMatch(/^Yes — Snowflake: used at AAA-Data/);
  });

  it("a kind of company on a contract: no bank; an insurer, but not freelance", async () => {
    expect(lead(await ask("A-t-il déjà été en CDI dans une banque ?"))).toMatch(
      /^Le CV ne décrit aucun de ses employeurs comme « banque »/,
    );
    expect(lead(await ask("Has he ever freelanced for an insurer?"))).toBe(
      "Not freelance — as the CV describes them: MAIF (a French mutual insurance company): Permanent contract.",
    );
    expect(lead(await ask("Has he ever had a permanent contract with an insurer?"))).toMatch(/^Yes — .*MAIF/);
  });

  it("'employed by' a role that is freelance: not a bare no", async () => {
    expect(lead(await ask("Was he employed by Decathlon?"))).toBe(
      "Not as an employee — at Decathlon (since May 2021) the role is freelance.",
    );
  });

  it.each([
    ["Was he a temp at Pernod Ricard?", "At Pernod Ricard (April 2019 – October 2019): Permanent contract."],
    ["il etait interimaire a la maif ?", "Chez MAIF (janvier 2019 – janvier 2020) : CDI."],
    ["c'etait un CDD chez AAA ?", "Chez AAA-Data (janvier 2020 – mai 2021) : CDI."],
  ])("'%s': the contract it was", async (q, said) => {
    expect(lead(await ask(q))).toBe(said);
  });

  it("'was he ever a temp?': the contracts, no 'yes' from a temporary save", async () => {
    expect(lead(await ask("was he ever a temp?"))).toMatch(/^Currently: Senior Data Engineer at Decathlon/);
  });
});

describe("a tool 'only at' a role", () => {
  it.each([
    ["Did he use Airflow only at Decathlon?", /^No — not only there: Airflow is listed at Decathlon .*AAA-Data/],
    ["le docker c'etait uniquement a la maif ?", /^Non — pas seulement : Docker est cité chez MAIF .*AAA-Data/],
    ["il a fait du Jenkins juste chez AAA ?", /^Non — pas seulement : Jenkins est cité chez AAA-Data .*MAIF/],
    ["was Scala only at Decathlon?", /^Yes — of his roles, only Decathlon \(since May 2021\) lists Scala\./],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a time or a role said as 'since' or 'after' in other words", () => {
  it.each([
    ["From 2022 onwards, has he used Docker?", /^Not since 2022 — Docker: used at AAA-Data/],
    ["Has he used Snowflake from 2022 on?", /^Not since 2022 — Snowflake/],
    ["Post-2021, has he used Snowflake?", /^Not after 2021 — Snowflake/],
    ["Pre-2021, did he use Scala?", /^Not before 2021 — Scala: used at Decathlon/],
    ["À partir de 2022, a-t-il utilisé Docker ?", /^Pas depuis 2022 — Docker/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'from 2019 to 2021' stays a span", async () => {
    expect(lead(await ask("what did he do from 2019 to 2021?"))).toMatch(/^In 2019–2021: /);
  });

  it("'since AAA-Data' is after it, which ended", async () => {
    expect(lead(await ask("Since AAA-Data, has he used Snowflake?"))).toMatch(
      /^The profile mentions “Snowflake” at AAA-Data .* but not at Decathlon, EPISEN\./,
    );
    expect(lead(await ask("Has he led a team since AAA-Data?"))).toMatch(
      /^The profile doesn't say he led people after AAA-Data/,
    );
    expect(lead(await ask("Avant la MAIF il avait fait du Spark ?"))).toBe(
      "Le profil ne mentionne aucun poste avant MAIF.",
    );
  });

  it("'after 2020' is the years after, not that one", async () => {
    const said = lead(await ask("What did he do after 2020?"));
    expect(said).toMatch(/^After 2020: Senior Data Engineer at Decathlon/);
    expect(said).not.toMatch(/MAIF/);
  });

  it("'how long ago did he use Snowflake?': when he last did", async () => {
    expect(lead(await ask("How long ago did he use Snowflake?"))).toMatch(
      /^Snowflake: last listed at AAA-Data \(January 2020 – May 2021\); not in the current roles/,
    );
  });
});

describe("a need said, then 'ok?'", () => {
  it.each([
    ["the role needs 10 years in data. ok?", /^No — about \d+ years and \d+ months of experience/],
    ["needs 2 years as a lead. does he?", /^The profile doesn't show 2 years of leading others/],
    ["le poste demande 5 ans de Spark. ça passe ?", /^Oui — Spark : environ \d+ ans et \d+ mois/],
    ["Client needs 10+ years. Does he have them?", /^No — about \d+ years and \d+ months of experience/],
    ["does he have 10+ years?", /^No — about \d+ years and \d+ months of experience/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("a need followed by a question of its own keeps that question", async () => {
    expect(lead(await ask("we need a data engineer for a 6-month mission in Lille, is he available?"))).toMatch(
      /^The profile doesn't say when he is available\./,
    );
  });
});

describe("a count asked to have gone up or down", () => {
  it.each(["Did he reduce the number of DAGs?", "Did he reduce the number of junior engineers?"])(
    "'%s': not said, no 'yes' stitched from the cost line",
    async (q) => {
      expect(lead(await ask(q))).toMatch(/^The profile doesn't say it went that way/);
    },
  );

  it("the count the CV does cut keeps its yes", async () => {
    expect(lead(await ask("Did he reduce the number of calls?"))).toMatch(/^Yes — .* at Decathlon/);
  });
});

describe("a role by its rank, and the roles at once", () => {
  it.each([
    [
      "what tools did he use in his first job?",
      "At MAIF (January 2019 – January 2020): PySpark, Jenkins, Docker, Zeppelin.",
    ],
    [
      "quels outils dans son premier poste ?",
      "Chez MAIF (janvier 2019 – janvier 2020) : PySpark, Jenkins, Docker, Zeppelin.",
    ],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toBe(said);
  });

  it("his last CDI's stack is AAA-Data's", async () => {
    expect(lead(await ask("what was his tech stack at his last CDI?"))).toMatch(/^At AAA-Data .*: Snowflake, Python/);
  });

  it("'did he overlap jobs?' gives the overlaps", async () => {
    expect(lead(await ask("did he overlap jobs at some point?"))).toMatch(/^Yes — some of his roles overlap/);
  });

  it("'and his shortest?' after his longest", async () => {
    await ask("whats his longest job?", "tenure");
    expect(lead(await ask("and his shortest?", "tenure"))).toMatch(/^Shortest: Pernod Ricard/);
  });
});

describe("what the CV doesn't tell, or tells of a time", () => {
  it.each([
    ["il a ete promu chez decathlon ?", /^Le profil donne l'intitulé et les dates de chaque poste ; il ne parle ni/],
    ["il a demissionne de AAA ?", /^Le profil donne l'intitulé et les dates/],
    ["was he promoted at Decathlon?", /^The profile gives each role's title and dates; it doesn't tell of/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'zero experience' is asked in the negative: no 'yes' of a passage saying 'zero'", async () => {
    expect(lead(await ask("il a zéro expérience en Spark ?"))).toMatch(/^Spark : utilisé chez Decathlon/);
    expect(lead(await ask("Does he have zero cloud experience?"))).not.toMatch(/^Yes|“zero”/);
  });

  it("'did he keep EMR?': the move away from it", async () => {
    expect(lead(await ask("Did he keep EMR at Decathlon?"))).toMatch(/^Not as the profile tells it: .*move away/);
    expect(lead(await ask("EMR est toujours utilise chez Decathlon ?"))).toMatch(/^Plus d'après le profil/);
  });

  it("'is he currently a trainer?': not with that title, but he teaches now", async () => {
    expect(lead(await ask("Is he currently a trainer?"))).toBe(
      "Not in his current roles — trainer: Pernod Ricard, April 2019 - October 2019. " +
        "He teaches now: EPISEN, since November 2022.",
    );
  });

  it("'15 months at AAA-Data?': a count of months, checked to the month", async () => {
    expect(lead(await ask("Did he work 15 months at AAA-Data?"))).toMatch(/^Longer than that — at AAA-Data/);
    expect(lead(await ask("was he at AAA-Data for a year and a half?"))).toMatch(/^Yes — at AAA-Data/);
  });

  it("'where did he work with business teams?': where that was, not every employer", async () => {
    expect(lead(await ask("where did he work with data scientists?"))).toBe(
      "That was at MAIF, January 2019 - January 2020:",
    );
  });

  it("chat French « C lui le Tech Lead ? » is « c'est lui »", async () => {
    expect(lead(await ask("dans l equipe Decathlon je vois un Tech Lead. C lui le Tech Lead ?"))).toMatch(
      /^Chez Decathlon, son titre est Senior Data Engineer ; le profil ne dit pas qu'il était le Tech Lead\./,
    );
  });
});

describe("what the hunt on the session's own changes found", () => {
  it.each([
    ["Was he on a permanent contract at Decathlon in 2022?", "No — at Decathlon (since May 2021): Freelance."],
    ["Was he a freelance at MAIF in 2019?", "No — at MAIF (January 2019 – January 2020): Permanent contract."],
    ["was he freelance at Decathlon in 2022?", "Yes — Decathlon: since May 2021."],
  ])("a contract asked of a role and a year: '%s'", async (q, said) => {
    expect(lead(await ask(q))).toBe(said);
  });

  it.each([
    ["Did he only use Airflow at Decathlon?", /^No — not only there: Airflow is listed at Decathlon/],
    ["Il n'a fait du Spark qu'à Decathlon ?", /^Non — pas seulement : Spark est cité chez Decathlon/],
  ])("'only' before the verb, « qu'à »: '%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("a need then 'does he qualify?' or 'does he fit?'; a list is still a job to fit", async () => {
    expect(lead(await ask("The client requires 7+ years of experience. does he qualify?"))).toMatch(/^Yes — about/);
    expect(lead(await ask("need someone strong in Scala + Spark on AWS EMR w/ 4 yrs min"))).toBe(
      "Meets 5 of 5 requirements.",
    );
  });

  it.each([
    ["was he an interim at MAIF?", "At MAIF (January 2019 – January 2020): Permanent contract."],
    ["a-t-il déjà fait de l'intérim ?", /^Actuellement : Senior Data Engineer chez Decathlon/],
    ["il a deja eu un CDD ?", /^Actuellement : Senior Data Engineer chez Decathlon/],
  ])("a temp's contract asked in other words: '%s'", async (q, said) => {
    const got = lead(await ask(q));
    if (typeof said === "string") expect(got).toBe(said);
    else expect(got).toMatch(said);
  });

  it("« Merci, ça ira pour aujourd'hui » is a goodbye", async () => {
    expect(lead(await ask("Merci, ça ira pour aujourd'hui"))).toBe("Au revoir, et bonne recherche !");
  });

  it("« Où a-t-il travaillé avec le métier ? »: where that was, not every employer", async () => {
    expect(lead(await ask("Où a-t-il travaillé avec le métier ?"))).toMatch(/^C'était chez Decathlon/);
  });

  it("'did costs go up or down?': the way they went, not 'no'", async () => {
    expect(lead(await ask("Did costs go up or down at Decathlon?"))).toBe(
      "Down, as the profile tells it at Decathlon, since May 2021:",
    );
  });

  it("'a PO at Decathlon?' and, after a team question, 'and a PO?': the roster", async () => {
    expect(lead(await ask("a PO at Decathlon?"))).toBe(
      "Yes — 1 PO at Decathlon (since May 2021), as the profile lists the team.",
    );
    await ask("how many data engineers in his team at Decathlon?", "team");
    expect(lead(await ask("and a PO?", "team"))).toBe(
      "Yes — 1 PO at Decathlon (since May 2021), as the profile lists the team.",
    );
  });

  it("« ses postes en CDI ? », « il a été salarié où ? »: the roles on that contract", async () => {
    expect(lead(await ask("ses postes en CDI ?"))).toMatch(/^3 postes en CDI : Data Engineer chez AAA-Data/);
    expect(lead(await ask("il a ete salarie ou ?"))).toMatch(/^3 postes en CDI : /);
  });

  it("« et en freelance ? » after the years of experience stays the time freelance", async () => {
    await ask("combien d'années d'expérience ?", "years");
    expect(lead(await ask("et en freelance ?", "years"))).toMatch(/^Environ \d+ ans et \d+ mois en freelance/);
  });

  it("an English question naming a French company is answered in English", async () => {
    expect(lead(await ask("Was he ever employed by La Poste?"))).toMatch(/^The profile doesn't list La Poste among/);
  });
});

describe("what the cold reading of the change found", () => {
  it.each([
    ["Est-ce que Decathlon utilise Airflow ?", /^Oui — Airflow : utilisé chez Decathlon/],
    ["Est-ce qu'à Decathlon il fait du Python ?", /^Oui — Python : utilisé chez Decathlon/],
    ["Was he freelance at the start?", /^Yes — the profile mentions it at Decathlon/],
    ["« Il a eu un CDI de Data Engineer ? »", /^Oui — le profil le mentionne chez MAIF/],
    ["Did he set up an ingestion contract for Unity Catalog?", /^Yes — the profile mentions it at Decathlon/],
    ["C ou C++ ?", /^C : absent du profil · C\+\+ : absent du profil/],
    ["How did he keep EMR stable?", /^EMR: used at Decathlon/],
    ["Can he start from 2027?", /^The profile doesn't say when he is available\./],
    ["The position requires travel to India, ok?", /^The profile mentions “India” at Decathlon/],
  ])("'%s' keeps the answer it had", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« salarié de la Société Générale » is a name; 'the French Government' is no company's", async () => {
    expect(lead(await ask("A-t-il déjà été salarié de la Société Générale ?"))).toMatch(
      /^Le profil ne cite pas Société/,
    );
    expect(lead(await ask("Was he employed by the French Government?"))).toMatch(/^The CV doesn't describe any/);
  });

  it("'did costs go down or up?': either order", async () => {
    expect(lead(await ask("Did costs go down or up?"))).toMatch(/^Down, as the profile tells it at Decathlon/);
  });
});

describe("what the second cold reading found", () => {
  it.each([
    ["Tu confirmes que chez Decathlon il utilise Airflow ?", /^Oui — Airflow : utilisé chez Decathlon/],
    ["a PO?", /^The profile doesn't show “PO” in his own work\./],
    ["what's his preferred start date?", /^The profile doesn't say when he is available\./],
    ["Did he use Spark from his first job?", /^Yes — the profile mentions it at MAIF, .*Decathlon/],
  ])("'%s' keeps the answer it had", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« ça ira ? » asked after a question is no goodbye", async () => {
    await ask("il a 3 ans de Scala ?", "scala");
    expect(lead(await ask("ça ira ?", "scala"))).not.toMatch(/Au revoir/);
  });
});
