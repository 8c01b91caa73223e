import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the fifty-fourth session found wrong: a time at an employer or as a freelancer checked against a bound with
// no verdict, and a position "held" or « occupé » at an employer read as a word the profile lacks.

const { ask } = trialChat();

describe("a time checked against a bound gets a yes or a no", () => {
  it("« moins d'un an chez pernod ? »: yes — 6 months", async () => {
    const a = await ask("moins d'un an chez pernod ?");
    expect(lead(a)).toBe("Oui — chez Pernod Ricard d'avril 2019 à octobre 2019 — 6 mois.");
  });

  it("« plus d'1 an chez MAIF ? »: no — one year is not more than one", async () => {
    const a = await ask("plus d'1 an chez MAIF ?");
    expect(lead(a)).toMatch(/^Non — /);
  });

  it("« plus de 5 ans en freelance ? »: yes, with the freelance roles", async () => {
    const a = await ask("plus de 5 ans en freelance ?");
    expect(lead(a)).toMatch(/^Oui — environ 5 ans et \d+ mois en freelance : Senior Data Engineer chez Decathlon/);
  });

  it("'more than 6 years as a freelancer?': no — about 5 and a half", async () => {
    const a = await ask("more than 6 years as a freelancer?");
    expect(lead(a)).toMatch(/^No — about 5 years and \d+ months as a freelancer/);
  });

  it("'how long has he been freelance?' still gives the time with no verdict", async () => {
    const a = await ask("how long has he been freelance?");
    expect(lead(a)).toMatch(/^About 5 years and \d+ months as a freelancer/);
  });
});

describe("a position held at an employer is its title", () => {
  it("'What position did he hold at MAIF?': its title, not “position” missing", async () => {
    const a = await ask("What position did he hold at MAIF?");
    expect(lead(a)).toBe("His title at MAIF: Data Engineer (January 2019 – January 2020).");
  });

  it("« Quel poste occupait-il chez Decathlon ? »: Senior Data Engineer", async () => {
    const a = await ask("Quel poste occupait-il chez Decathlon ?");
    expect(lead(a)).toBe("Son poste chez Decathlon : Senior Data Engineer (depuis mai 2021).");
  });

  it("« Quel poste occupait-il chez Decathlon en 2019 ? »: not there then, and where he was", async () => {
    const a = await ask("Quel poste occupait-il chez Decathlon en 2019 ?");
    expect(lead(a)).toMatch(/^Il n'était pas chez Decathlon en 2019 — Decathlon : depuis mai 2021\. En 2019 : /);
    expect(a.answer).toMatch(/MAIF/);
  });
});

describe("a thing denied by 'non-' or set aside by 'other than' is no 'yes' for the thing itself", () => {
  it("'Has he given trainings to non technical people?': not the training of technical teams", async () => {
    const a = await ask("Has he given trainings to non technical people?");
    expect(lead(a)).toMatch(/^The profile doesn't mention “non technical”/);
    expect(a.answered).toBe(false);
  });

  it("'Has he worked in a non-agile environment?': not its agile sprints", async () => {
    const a = await ask("Has he worked in a non-agile environment?");
    expect(lead(a)).toBe("The profile doesn't mention “non-agile”.");
  });

  it("« A-t-il formé des publics non techniques ? »: the same, in French", async () => {
    const a = await ask("A-t-il formé des publics non techniques ?");
    expect(lead(a)).toBe("Le profil ne mentionne pas « non techniques ».");
  });

  it("'non, et Kafka ?': an answer first, then a question — Kafka still", async () => {
    const a = await ask("non, et Kafka ?");
    expect(lead(a)).toMatch(/^Kafka : enseigné à EPISEN/);
  });

  it("'Has he worked on any cloud other than AWS?': AWS shown, no 'yes'", async () => {
    const a = await ask("Has he worked on any cloud other than AWS?");
    expect(lead(a)).toBe("AWS: used at Decathlon (since May 2021); that is the one set aside, not another:");
    expect(a.answered).toBe(false);
  });

  it("« A-t-il utilisé un cloud autre qu'AWS ? »: the same, in French", async () => {
    const a = await ask("A-t-il utilisé un cloud autre qu'AWS ?");
    expect(lead(a)).toMatch(/^AWS : utilisé chez Decathlon .*; c'est celui mis à part, pas un autre :$/);
  });

  it("'Has he done data work outside of Spark?': yes, and what else the roles name", async () => {
    const a = await ask("Has he done data work outside of Spark?");
    expect(lead(a)).toMatch(/^Yes — besides Spark, the profile's roles name Python, Airflow, Databricks/);
  });
});

describe("a term of two words the CV writes is held whole, at the employer asked", () => {
  it("'Did he industrialise data science projects at Decathlon?': no 'yes' from Autoloader and projects", async () => {
    const a = await ask("Did he industrialise data science projects at Decathlon?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^The profile mentions “data science( projects)?” at MAIF, .*, but not at Decathlon\.$/);
  });

  it("'Has he done data science projects at Decathlon?': where the profile has them, not at Decathlon", async () => {
    const a = await ask("Has he done data science projects at Decathlon?");
    expect(lead(a)).toMatch(/^The profile mentions “data science projects” at .*MAIF.*, but not at Decathlon\.$/);
  });

  it("'experience in migration projects? which ones?': the migrations, 'projects' the work they are", async () => {
    const a = await ask("Does he has experience in migration projects? which ones?");
    expect(a.answer).toMatch(/Migration from Datalake to Lakehouse/);
    expect(a.answer).toMatch(/Migration of the on-premise prediction information system to Snowflake/);
  });

  it("'Did he industrialise data science projects?': yes, at MAIF", async () => {
    const a = await ask("Did he industrialise data science projects?");
    expect(lead(a)).toBe("Yes — the profile mentions it at MAIF, January 2019 - January 2020.");
  });
});

describe("a message that says who asks, then asks", () => {
  it("a laugh closing a clause is no word of the question ('…killing us lol. any trick…')", async () => {
    const a = await ask("s3 request costs are killing us lol. any trick he used to reduce the bill?");
    expect(a.answer).not.toMatch(/lol/);
    expect(a.answer).toMatch(/Reduction of costs and of the number of calls/);
  });

  it("an introduction ('We're hiring'), then 'my manager asked: can he…?': that question, not a job", async () => {
    const a = await ask(
      "Hiya, Megan here from the recruitment team at a hospital trust in Manchester 🙂 We're hiring a data " +
        "engineer for our patient data platform. First thing my hiring manager asked: can he protect sensitive " +
        "personal fields buried inside messy nested records, without having to restructure the tables to do it?",
    );
    expect(a.answer).not.toMatch(/requirements|Manchester/);
    expect(a.answer).toMatch(/column-level encryption of complex nested data/);
  });
});

describe("sizes of data weighed in one unit, a table's size apart from the daily flow", () => {
  it("« Il a travaillé avec des tables de plus de 500 Go ? »: yes — the >2 To tables", async () => {
    const a = await ask("Il a travaillé avec des tables de plus de 500 Go ?");
    expect(lead(a)).toMatch(/^Oui — /);
    expect(a.answer).toMatch(/tables JDBC volumineuses \(>2To\)/);
  });

  it("'Has he worked with volumes above 100 GB?': yes — 400 TB daily", async () => {
    const a = await ask("Has he worked with volumes above 100 GB?");
    expect(lead(a)).toMatch(/^Yes — /);
    expect(a.answer).toMatch(/400 TB daily/);
  });

  it("« Il a traité des tables de plus de 10 To ? »: the tables' 2 To, not the 400 To a day", async () => {
    const a = await ask("Il a traité des tables de plus de 10 To ?");
    expect(lead(a)).toBe("Le profil indique 2To chez Decathlon, depuis mai 2021, pas plus de 10 To.");
  });

  it("'Has he worked with tables bigger than 5 TB?': 2 TB, not 400 TB", async () => {
    const a = await ask("Has he worked with tables bigger than 5 TB?");
    expect(lead(a)).toBe("The profile gives 2 TB at Decathlon, since May 2021, not bigger than 5 TB.");
  });

  it("'has he handled more than 1 PB daily?': 400 TB, no", async () => {
    const a = await ask("has he handled more than 1 PB daily?");
    expect(lead(a)).toBe("The profile gives 400 TB at Decathlon, since May 2021, not more than 1 PB.");
  });
});

describe("several things asked in a word each, or joined in one sentence", () => {
  it("'Total exp? Current company? Notice period?': each answered, the notice as only he can say", async () => {
    const a = await ask("Total exp? Current company? Notice period?");
    expect(a.answer).toMatch(/^About 7 years and \d+ months of experience/);
    expect(a.answer).toMatch(/\nCurrently: Senior Data Engineer at Decathlon/);
    expect(a.answer).toMatch(/doesn't say when he is available/);
  });

  it("'Total exp?' then 'Skills?': his skills, not the total again", async () => {
    await ask("Total exp?", "skills-after-total");
    const a = await ask("Skills?", "skills-after-total");
    expect(lead(a)).toMatch(/^Main skills, by how many roles use them/);
  });

  it("'his current employer and how many years of Spark': Spark's years in every role, not at Decathlon", async () => {
    const a = await ask("Please tell me his current employer and how many years of Spark he has.");
    expect(lead(a)).toMatch(/^Currently: Senior Data Engineer at Decathlon/);
    expect(a.answer).not.toMatch(/Reading “employer”/);
    expect(a.answer).toMatch(/\nSpark: about 7 years and \d+ months .* AAA-Data .* MAIF/);
  });

  it("'which job did he hold the longest? and the shortest?': both ends", async () => {
    const a = await ask("which job did he hold the longest? and the shortest?");
    expect(lead(a)).toMatch(/^Longest: Decathlon/);
    expect(a.answer).toMatch(/\nShortest: Pernod Ricard \(April 2019 – October 2019: 6 months\)/);
  });

  it("'how many of his jobs were permanent contracts?' and « combien de CDI ? »: 3", async () => {
    expect(lead(await ask("how many of his jobs were permanent contracts?"))).toMatch(/^3 permanent-contract roles: /);
    expect(lead(await ask("combien de CDI a-t-il eu ?"))).toMatch(/^3 postes en CDI : /);
  });

  it("'Was he employed in December 2019?': at MAIF then", async () => {
    const a = await ask("Was he employed in December 2019?");
    expect(lead(a)).toBe("In December 2019: Data Engineer at MAIF (Permanent contract), January 2019 – January 2020.");
  });
});

describe("a team's roster read by its kinds, however named", () => {
  it("« il y avait un tech lead dans l'équipe ? » at Decathlon: its « Lead Tech »", async () => {
    const a = await ask("Chez Decathlon, il y avait un tech lead dans l'équipe ?");
    expect(lead(a)).toBe("Oui — 1 tech lead chez Decathlon (depuis mai 2021), d'après l'équipe que décrit le profil.");
  });

  it("« des devs front ? »: its « Front-end », one of them in the singular", async () => {
    const a = await ask("Chez Decathlon il y avait des devs front ?");
    expect(lead(a)).toBe("Oui — 1 dev front chez Decathlon (depuis mai 2021), d'après l'équipe que décrit le profil.");
  });

  it("« il y avait un tech lead ? » after MAIF's team: MAIF's, which lists none", async () => {
    await ask("Quelle est la taille de l'équipe chez Decathlon ?", "team-follow");
    await ask("et chez MAIF ?", "team-follow");
    const a = await ask("il y avait un tech lead ?", "team-follow");
    expect(lead(a)).toBe(
      "L'équipe que décrit le profil chez MAIF (janvier 2019 – janvier 2020) ne cite pas de « tech lead » :",
    );
  });
});

describe("a lead, an architect, a place of work: the title or the employer asked, not a word of the CV", () => {
  it("« Est-ce un leader technique ? »: his titles, not 'world leader in wines'", async () => {
    const a = await ask("Est-ce un leader technique ?");
    expect(lead(a)).toMatch(/^Le profil donne ces titres : .*il ne dit pas qu'il était un leader technique/);
    expect(a.answer).not.toMatch(/leader mondial/);
  });

  it("'Is he a technical leader?': the same in English", async () => {
    const a = await ask("Is he a technical leader?");
    expect(lead(a)).toMatch(/it doesn't say he was a technical leader\. It shows he supervised others/);
  });

  it("« Il a une expérience de lead ? »: the two juniors he supervised", async () => {
    const a = await ask("Il a une expérience de lead ?");
    expect(lead(a)).toMatch(/^Oui — il a encadré 2 data engineers junior chez AAA-Data/);
  });

  it("« peut-il prendre un poste d'architecte data ? »: no architect title; his architectural decisions", async () => {
    const a = await ask("peut-il prendre un poste d'architecte data ?");
    expect(lead(a)).toMatch(
      /il ne dit pas qu'il était un architecte\. Il montre qu'il a pris des décisions d'architecture/,
    );
    expect(a.answer).toMatch(/prise de décisions architecturales/);
  });

  it("« Il a travaillé dans un bar ? »: no employer described as one — the model predicted bars", async () => {
    const a = await ask("Il a travaillé dans un bar ?");
    expect(lead(a)).toMatch(/^Le CV ne décrit aucun de ses employeurs comme « bar »/);
  });

  it("'Has he worked in a team?' is still his teams, not a kind of employer", async () => {
    const a = await ask("Has he worked in a team?");
    expect(lead(a)).toMatch(/^Team, as the profile lists it: 7 people at Decathlon/);
  });

  it("« Quel était l'objectif chez MAIF ? »: MAIF's mission, not AAA-Data's « Objectif : »", async () => {
    const a = await ask("Quel était l'objectif chez MAIF ?");
    expect(lead(a)).toBe("Le contexte de la mission que donne le profil chez MAIF (janvier 2019 – janvier 2020) :");
    expect(a.answer).toMatch(/Mission double : industrialiser ces projets/);
  });
});

describe("a second question pointing at the first's thing; a list to check", () => {
  it("'…Unity Catalog? did he complete the migration?': its strategy and POC, not Snowflake", async () => {
    const a = await ask("Has he worked with Unity Catalog? did he complete the migration?");
    expect(a.answer).toMatch(/\nPartly — the profile shows a strategy or a proof of concept for it at Decathlon/);
    expect(a.answer).not.toMatch(/Snowflake with no service interruption/);
  });

  it("'Can you check: Scala, Delta Lake, unit testing, data governance, mentoring': each item graded", async () => {
    const a = await ask("Can you check: Scala, Delta Lake, unit testing, data governance, mentoring");
    expect(lead(a)).toBe("Meets 5 of 5 requirements.");
    expect(a.answer).toMatch(/• unit testing: ✔ met/);
    expect(a.answer).toMatch(/• mentoring: ✔ met/);
  });

  it("'Checklist: … Streaming …': taught only, partly — as the chat says it", async () => {
    const a = await ask("Checklist:\n1. Kafka\n2. Streaming\n3. Spark");
    expect(a.answer).toMatch(/• Streaming: ◐ partly \(taught only, not used in a role\)/);
    expect(a.answer).toMatch(/• Spark: ✔ met/);
  });
});

describe("a time the CV can't vouch for; hours asked after teaching", () => {
  it("'Does he have 5 years of Databricks experience?': no 'yes' on a move the CV doesn't date", async () => {
    const a = await ask("Does he have 5 years of Databricks experience?");
    expect(lead(a)).toMatch(/^Databricks: about 6 years.*doesn.t say when Decathlon moved to Databricks/);
    expect(a.answered).toBe(false);
  });

  it("'10 years of Databricks?': no, even at most", async () => {
    expect(lead(await ask("10 years of Databricks?"))).toMatch(/^No — Databricks: about 6 years/);
  });

  it("'5 years of Spark?': yes, its roles are dated", async () => {
    expect(lead(await ask("5 years of Spark?"))).toMatch(/^Yes — Spark: about 7 years/);
  });

  it("'Has he taught Spark to students? how many hours?': his 10 h + 10 h, not AAA-Data's 13 h", async () => {
    const a = await ask("Has he taught Spark to students? how many hours?");
    expect(a.answer).toMatch(/10 h of lectures/);
    expect(a.answer).not.toMatch(/13 h to 6 minutes/);
  });
});

describe("regressions the dev sets caught", () => {
  it("« … et non uniquement dans un cadre académique ? »: an adverb after « non » denies no thing", async () => {
    const a = await ask(
      "Je constate qu'il enseigne en école ; a-t-il également animé des formations en entreprise, auprès " +
        "d'équipes techniques, et non uniquement dans un cadre académique ?",
    );
    expect(lead(a)).toBe("Oui — il a formé des équipes en entreprise : Pernod Ricard (avril 2019 – octobre 2019).");
  });

  it("'…team size … in his present engagement. How many members…?': Decathlon's team", async () => {
    const a = await ask(
      "Kindly share the team size and composition in his present engagement. " +
        "How many members were there and what roles?",
    );
    expect(lead(a)).toBe(
      "Reading “his present engagement” as “Decathlon”. " +
        "Team, as the profile lists it: 7 people at Decathlon, since May 2021.",
    );
  });
});

describe("greetings said again, writers who sign 'ici'", () => {
  it("« Rebonjour, il connaît Spark et Scala ? »: no « Rebonjour » absent from the profile", async () => {
    const a = await ask("Rebonjour, il connaît Spark et Scala ?");
    expect(lead(a)).toMatch(/^Spark : oui — /);
    expect(a.answer).not.toMatch(/Rebonjour/);
  });

  it("« rebonjour » alone: a French greeting back", async () => {
    expect(lead(await ask("rebonjour"))).toMatch(/^Bonjour ! /);
  });

  it("« Bonjour, cabinet à Dakar ici. Poste : … »: the job graded, who writes no requirement", async () => {
    const a = await ask("Bonjour, cabinet à Dakar ici. Poste : Lead Data Engineer, Spark, AWS, 6 ans min");
    expect(lead(a)).toMatch(/^Répond à \d exigences sur 4\./);
    expect(a.answer).not.toMatch(/Dakar/);
  });
});

describe("what the third hunter found in the session's own changes", () => {
  it("'Has he used any orchestrator other than Airflow?': Airflow's lines are no other orchestrator", async () => {
    const a = await ask("Has he used any orchestrator other than Airflow?");
    expect(lead(a)).toBe("The profile shows Airflow; it doesn't clearly name another one — the closest passages:");
    expect(a.answered).toBe(false);
  });

  it("'Besides Snowflake, any other data warehouse?': no yes from Snowflake and the DWH he taught", async () => {
    const a = await ask("Besides Snowflake, has he used any other data warehouse?");
    expect(lead(a)).toMatch(/^The profile shows Snowflake; it doesn't clearly name another one/);
  });

  it("'Has he used a BI tool other than Power BI?': no list of unrelated tools", async () => {
    const a = await ask("Has he used a BI tool other than Power BI?");
    expect(lead(a)).toMatch(/^The profile shows Power BI; it doesn't clearly name another one/);
  });

  it("'Hi, Sarah from Hays 👋 has he used Airflow?': who writes is no subject", async () => {
    const a = await ask("Hi, Sarah from Hays 👋 has he used Airflow?");
    expect(lead(a)).toMatch(/^Yes — Airflow: used at Decathlon/);
  });

  it("'…Sarah from Hays 👋 We're hiring…, my manager asked: …?': the question, not “Hays We”", async () => {
    const a = await ask(
      "Hi, Sarah from Hays 👋 We're hiring an ML engineer, my manager asked: has he deployed models in production?",
    );
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at MAIF/);
  });

  it("« Salut 👋 Léa de Hays, il a fait du Snowflake ? »: Snowflake, no « Hays » absent", async () => {
    const a = await ask("Salut 👋 Léa de Hays, il a fait du Snowflake ?");
    expect(lead(a)).toMatch(/^Oui — Snowflake : utilisé chez AAA-Data/);
  });

  it("'Is he a Databricks architect?', « Est-il architecte Snowflake ? »: no architect title, no 'yes'", async () => {
    expect(lead(await ask("Is he a Databricks architect?"))).toMatch(/it doesn't say he was a Databricks architect/);
    expect(lead(await ask("Est-il architecte Snowflake ?"))).toMatch(/il ne dit pas qu'il était architecte Snowflake/);
  });

  it("'Has he worked on a single table of 400 TB?': the tables' 2 TB, not the 400 TB a day of all", async () => {
    const a = await ask("Has he worked on a single table of 400 TB?");
    expect(lead(a)).toBe("The profile gives 2 TB at Decathlon, since May 2021, not 400 TB.");
  });

  it("« il a fait de l'alerting ? »: the English word named as absent", async () => {
    expect(lead(await ask("Il a fait de l'alerting ?"))).toBe("Le profil ne mentionne pas « alerting ».");
  });

  it("« et l'avant-dernière ? » after his latest role: the one before", async () => {
    await ask("Quelle est sa mission la plus récente ?", "penultimate");
    const a = await ask("et l'avant-dernière ?", "penultimate");
    expect(lead(a)).toMatch(/^Juste avant Decathlon : Data Engineer chez AAA-Data/);
  });
});

describe("both contracts' times", () => {
  it("« Combien de temps a-t-il passé en freelance vs en CDI ? »: each, freelance first", async () => {
    const a = await ask("Combien de temps a-t-il passé en freelance vs en CDI ?");
    expect(lead(a)).toMatch(/^Environ 5 ans et \d+ mois en freelance/);
    expect(a.answer).toMatch(/\nEnviron 2 ans et 4 mois en CDI : /);
  });

  it("« combien de temps en CDI avant de passer freelance ? » is still the salaried time alone", async () => {
    const a = await ask("combien de temps en CDI avant de passer freelance ?");
    expect(lead(a)).toMatch(/^Environ 2 ans et 4 mois en CDI/);
    expect(a.answer).not.toMatch(/en freelance :/);
  });
});

describe("what the cold reading found", () => {
  it("'exception handling', 'a part of the team', 'outside the company': no thing set aside", async () => {
    for (const q of [
      "Has he implemented exception handling in his pipelines?",
      "Was he a part of the data platform team at Decathlon?",
      "Has he worked with teams outside the company?",
    ])
      expect(lead(await ask(q))).not.toMatch(/set aside|clearly name another/);
  });

  it("'Besides Python, has he used any BI tools?': Power BI at Pernod Ricard, still a yes", async () => {
    expect(lead(await ask("Besides Python, has he used any BI tools?"))).toMatch(/^Yes — .*Pernod Ricard/);
  });

  it("'Has he worked in a data team?', « une grosse équipe ? »: how he worked, no kind of employer", async () => {
    expect(lead(await ask("Has he worked in a data team?"))).not.toMatch(/doesn't describe any employer/);
    expect(lead(await ask("Il a travaillé dans une grosse équipe ?"))).toMatch(
      /^Équipe, telle que le profil la décrit/,
    );
  });

  it("'Outside of Spark, is he strong in SQL?': SQL asked too, not the list of other tools", async () => {
    expect(lead(await ask("Outside of Spark, is he strong in SQL?"))).not.toMatch(/besides Spark/);
  });

  it("'Can he handle senior stakeholders?': no title read in it", async () => {
    expect(lead(await ask("Can he handle senior stakeholders?"))).not.toMatch(/Senior Data Engineer at Decathlon/);
  });

  it("'How many teams did he support as a freelancer?': the 160 teams, not his freelance roles", async () => {
    expect(lead(await ask("How many teams did he support as a freelancer?"))).toMatch(/160 teams/);
  });

  it("'Has he been on a permanent contract for 2 years?': his years then, no 'yes' — none is now", async () => {
    expect(lead(await ask("Has he been on a permanent contract for 2 years?"))).toMatch(/^About 2 years and 4 months/);
  });

  it("« Qu'est-ce qu'il a mis en place chez Decathlon ? »: its « Mise en place » lines", async () => {
    expect((await ask("Qu'est-ce qu'il a mis en place chez Decathlon ?")).answer).toMatch(/Mise en place d'une CI\/CD/);
  });

  it("'Could he be a good architect?': the title, not the praise", async () => {
    expect(lead(await ask("Could he be a good architect?"))).toMatch(/it doesn't say he was an architect\./);
  });
});

describe("an employer set aside", () => {
  it("'Non-Decathlon experience with Airflow?': no 'yes' from Decathlon", async () => {
    const a = await ask("Non-Decathlon experience with Airflow?");
    expect(lead(a)).not.toMatch(/^Yes/);
  });

  it("'Apart from Decathlon, a senior data engineer anywhere?': Decathlon is the one set aside", async () => {
    const a = await ask("Apart from Decathlon, has he been a senior data engineer anywhere?");
    expect(lead(a)).toMatch(/that is the one set aside, not another:$/);
  });

  it("'Apart from Decathlon, has he used Airflow?': yes — at AAA-Data", async () => {
    expect(lead(await ask("Apart from Decathlon, has he used Airflow?"))).toMatch(/^Yes — Airflow: used at AAA-Data/);
  });
});

describe("the thing pointed at, in French", () => {
  it("« Unity Catalog ? il a terminé la migration ? »: its strategy and POC, not Snowflake's migration", async () => {
    const a = await ask("Unity Catalog ? il a terminé la migration ?");
    expect(a.answer).toMatch(/\nEn partie — le profil montre une stratégie ou une preuve de concept chez Decathlon/);
    expect(a.answer).not.toMatch(/Snowflake sans interruption/);
  });
});
