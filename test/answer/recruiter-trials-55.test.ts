import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the sixty-fourth session found wrong: teaching asked as his only trade, "only" of now, a school's parent
// asked as an employer, harm done, taught or trained where he teaches, two kinds of roles in order, and more.

const { ask } = trialChat();

describe("only a teacher, or only one trade now", () => {
  it.each([
    [
      "Is he only a lecturer?",
      /^No — besides Big Data Lecturer at an engineering school, EPISEN .* Senior Data Engineer/,
    ],
    [
      "Did he only teach?",
      /^No — besides Big Data Lecturer .*; Data Trainer at Pernod Ricard .*, the profile gives Senior/,
    ],
    ["Il ne fait qu'enseigner ?", /^Non — en plus de Professeur de Big Data .* le profil donne Senior Data Engineer/],
    ["Est-il seulement formateur ?", /^Non — en plus de Formateur Data chez Pernod Ricard/],
  ])("'%s': no, with his other titles (was a yes from a teaching line)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    [
      "Is he only a data engineer now?",
      /^No — besides Senior Data Engineer at Decathlon .*, the profile gives Big Data Lecturer at an engineering/,
    ],
    [
      "is he only a lecturer now?",
      /^No — besides Big Data Lecturer .*, the profile gives Senior Data Engineer at Decathlon/,
    ],
    ["Est-il seulement data engineer actuellement ?", /^Non — en plus de Senior Data Engineer chez Decathlon/],
  ])("'%s': the roles going on, the others beside (was 'not in his current roles' or a yes)", async (q, said) => {
    const answer = lead(await ask(q));
    expect(answer).toMatch(said);
    expect(answer).not.toMatch(/AAA-Data|MAIF|Pernod/);
  });

  it.each([
    ["is he only freelance now?", /^Yes — currently: Senior Data Engineer at Decathlon \(Freelance\)/],
    ["Est-il seulement en freelance actuellement ?", /^Oui — actuellement : /],
    ["is he only on permanent contracts now?", /^No — currently: /],
  ])("'%s': the contracts going on (was 'No' from the earlier permanent ones)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["il a fait uniquement du freelance ?", /^Non — /],
    ["il a fait seulement du CDI ?", /^Non — /],
    ["a-t-il toujours été freelance ?", /^Non — /],
  ])("'%s': his whole career, no (was a yes from the roles of that contract)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'has he always been freelance until now?' stays his whole career", async () => {
    expect(lead(await ask("has he always been freelance until now?"))).toMatch(
      /^No — freelance: .*permanent contracts: /,
    );
  });
});

describe("a school's parent asked as an employer", () => {
  it.each([
    [
      "Was he an employee of Université Paris-Est Créteil?",
      /^Not as an employee — at EPISEN \(since November 2022\) the role is freelance\. \(The profile names Université/,
    ],
    ["Was he employed by the Université Paris-Est Créteil?", /^Not as an employee — at EPISEN/],
    ["A-t-il été salarié de l'Université Paris-Est Créteil ?", /^Non — chez EPISEN .* \(Le profil cite Université/],
  ])("'%s': EPISEN's contract, where the name comes from (was a yes)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("harm done, or money made", () => {
  it.each([
    "il a fermé des agences MAIF ?",
    "did he close MAIF branches?",
    "il a supprimé des équipes chez Decathlon ?",
    "il a fait perdre de l'argent à la MAIF ?",
    "il a fermé des bars ?",
    "il a supprimé des tables chez Decathlon ?",
  ])("'%s': not said (was a yes from the noun)", async (q) => {
    expect(lead(await ask(q))).toMatch(/^(The profile doesn't say he did that|Le profil ne dit pas qu'il a fait cela)/);
  });

  it("« fait gagner de l'argent » is no growth the profile gives", async () => {
    expect(lead(await ask("il a fait gagner de l'argent à la MAIF ?"))).toMatch(
      /^Le profil ne dit pas qu'il l'a fait croître/,
    );
  });

  it.each([
    "ever cut a cloud bill? s3 request costs are killing us",
    "was he hands-on in killing emr for databricks? has he used airflow datasets to trigger dags off s3 updates?",
  ])("'%s': the asker's own trouble, or a tool left, is no harm of his", async (q) => {
    expect(lead(await ask(q))).not.toMatch(/doesn't say he did that/);
  });

  it.each([
    ["has he handled a 7M budget?", /^The profile mentions “7M” at AAA-Data .*, but not “budget” with it\.$/],
    ["Did he cut costs by 7M?", /^The profile mentions “7M” at AAA-Data .*, but not “cut” or “costs” with it\.$/],
    ["Did he save 7M a year?", /but not “save” with it\.$/],
  ])("'%s': the licence's sum, not his (was a yes)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["Did he cut costs by half?", /^The profile mentions “costs” at Decathlon, .*, but not “50%” with it\.$/],
    ["a-t-il réduit les coûts de moitié ?", /mais pas « 50 % » avec\.$/],
  ])("'%s': a share the costs line doesn't give (was a yes)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("taught, trained or led, where he does it", () => {
  it.each([
    "was he a student at EPISEN?",
    "was he mentored at AAA-Data?",
    "did he receive training at pernod?",
    "did the juniors supervise him?",
    "did he attend the big data course at EPISEN?",
  ])("'%s': not said, he is the one doing it (was a yes)", async (q) => {
    expect(lead(await ask(q))).toMatch(
      /^The profile doesn't say he was taught, trained or led; it shows him as the one/,
    );
  });

  it("« a-t-il été formé chez Pernod ? » in French", async () => {
    expect(lead(await ask("a-t-il été formé chez Pernod ?"))).toMatch(
      /^Le profil ne dit pas qu'il a été formé ou encadré/,
    );
  });

  it.each(["Has he ever mentored or overseen more junior engineers?", "did he train people at Pernod?"])(
    "'%s': what he did stays a yes",
    async (q) => {
      expect(lead(await ask(q))).toMatch(/^Yes/);
    },
  );
});

describe("two kinds of roles, in order", () => {
  it.each([
    [
      "Was he a trainer before becoming a data engineer?",
      /^No — first Data Engineer at MAIF \(Permanent contract\), January 2019 – January 2020; then Data Trainer/,
    ],
    [
      "il a été freelance avant d'être en CDI ?",
      /^Non — d'abord Data Engineer chez MAIF \(CDI\).* puis Senior Data Engineer chez Decathlon \(Freelance\)/,
    ],
    ["was he a data engineer before being a trainer?", /^Yes — first Data Engineer at MAIF/],
    ["was he freelance after being on a permanent contract?", /^Yes — first Data Engineer at MAIF/],
    [
      "il a été senior avant d'être freelance ?",
      /^Pas avant — les deux ont commencé ensemble : Senior Data Engineer chez Decathlon/,
    ],
  ])("'%s': which began first (was a yes from a teaching line)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["was he a data engineer before joining Decathlon?", /^Yes — Data Engineer at AAA-Data .*; Data Engineer at MAIF/],
    ["was he a data engineer before MAIF?", /^The profile lists no role before MAIF\.$/],
  ])("'%s': a title before a role, of the roles before it (was Decathlon's own title)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("the last session's own words, put right", () => {
  it.each([
    ["Is he teaching in his current role?", /^Yes — the profile mentions it at EPISEN/],
    ["Enseigne-t-il dans son poste actuel ?", /^Oui — le profil le mentionne chez EPISEN/],
  ])("'%s': his teaching going on (was 'not at Decathlon')", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'Does he use Spark in his current job?' stays his work", async () => {
    expect(lead(await ask("Does he use Spark in his current job?"))).toMatch(/^Yes — Spark: used at Decathlon/);
  });

  it.each(["Il est parti de zéro sur la plateforme ?", "Il est parti d'une page blanche chez Decathlon ?"])(
    "'%s': from nothing, not left (was « Oui »)",
    async (q) => {
      expect(lead(await ask(q))).toMatch(/il ne précise pas qu'il l'a construit de zéro/);
    },
  );

  it.each([
    ["Did he reduce the use of the Datalake?", "Migration from Datalake to Lakehouse"],
    ["Did he reduce EMR usage?", "Decommissioning of EMR in favour of Databricks"],
    ["Did he reduce the use of notebooks at MAIF?", "replacing the experimental notebooks"],
  ])("'%s': the line leaving it (was 'not that way' or not found)", async (q, line) => {
    const answer = await ask(q);
    expect(lead(answer)).toMatch(/^Yes — /);
    expect(quoted(answer)[0]).toContain(line);
  });

  it("'Did he reduce the use of HDFS?': HDFS is what he brought in", async () => {
    expect(lead(await ask("Did he reduce the use of HDFS?"))).toMatch(/^The profile doesn't say it went that way/);
  });

  it.each(["Did he improve the efficiency of the sales force?", "Did he improve the cost efficiency?"])(
    "'%s': an optimisation betters efficiency (was 'not efficiency')",
    async (q) => {
      expect(lead(await ask(q))).toMatch(/^Yes — /);
    },
  );
});

describe("since a later year, and near a count", () => {
  it.each([
    ["il est chez Decathlon depuis 2024 ?", "Depuis plus longtemps — Decathlon : depuis mai 2021."],
    ["Has he been at Decathlon since 2023?", "Longer than that — Decathlon: since May 2021."],
    ["il enseigne à l'EPISEN depuis 2024 ?", "Depuis plus longtemps — EPISEN : depuis novembre 2022."],
  ])("'%s': since earlier (was a plain yes)", async (q, said) => {
    expect(lead(await ask(q))).toBe(said);
  });

  it("'since 2021' of Decathlon stays a yes", async () => {
    expect(lead(await ask("Has he been at Decathlon since 2021?"))).toBe("Yes — Decathlon: since May 2021.");
  });

  it.each([
    ["so roughly 6 years of experience?", /^Yes — about \d+ years? and \d+ months? of experience/],
    ["almost 6 yrs of python?", /^Yes — Python: about/],
  ])("'%s': near that many (was 'No' a month short)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["il a plus de 2 ans en pédagogie ?", /^Oui — environ \d+ ans? et \d+ mois d'enseignement et de formation/],
    ["il a moins d'un an d'expérience en pédagogie ?", /^Non — environ/],
  ])("'%s': his teaching time (was the verdict of a tool never used)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'head a team' is leading people", async () => {
    expect(lead(await ask("did he head a team of 7?"))).toMatch(
      /^The profile says he supervised 2, not 7, at AAA-Data/,
    );
  });
});

describe("only data engineering, said otherwise", () => {
  it.each([
    "Il fait seulement du data engineering ?",
    "A-t-il uniquement fait du data engineering ?",
    "A-t-il seulement été data engineer ?",
    "Does he do only data engineering?",
    "Is data engineering all he has done?",
  ])("'%s': no, with his teaching titles (was a yes)", async (q) => {
    expect(lead(await ask(q))).toMatch(/^(No — besides|Non — en plus de) Senior Data Engineer/);
  });

  it.each([
    ["Was he only working at MAIF in 2019?", /^No — in 2019: MAIF .*; Pernod Ricard/],
    ["Was he only working for Decathlon in 2024?", /^No — in 2024: Decathlon .*; EPISEN/],
  ])("'%s': the other role then (was a yes)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("his previous or current job, said otherwise", () => {
  it.each([
    [
      "A-t-il utilisé Scala lors de son précédent emploi ?",
      /^Le profil mentionne « Scala » chez Decathlon.*mais pas chez AAA-Data/,
    ],
    ["Dans son ancien poste, utilisait-il Scala ?", /mais pas chez AAA-Data\.$/],
    ["Did his previous employer use Scala?", /^The profile mentions “Scala” at Decathlon, .*, but not at AAA-Data\.$/],
    [
      "Does his current job involve Snowflake?",
      /^The profile mentions “Snowflake” at AAA-Data .*, but not at Decathlon\.$/,
    ],
  ])("'%s': that role (was a yes from another)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["What was his previous job?", /^Just before Decathlon: Data Engineer at AAA-Data/],
    ["who was his previous employer?", /^Just before Decathlon: Data Engineer at AAA-Data/],
  ])("'%s' stays the role before", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("years joined otherwise, and his employer now", () => {
  it.each([
    ["Did he use Scala from 2019 through 2020?", /^Not from 2019 through 2020 — Scala: used at Decathlon/],
    ["Did he use Scala 2019-2020?", /^Not 2019-2020 — Scala: used at Decathlon/],
    [
      "A-t-il utilisé Scala sur la période 2019-2020 ?",
      /^Pas sur la période 2019-2020 — Scala : utilisé chez Decathlon/,
    ],
    ["Did he use Snowflake 2022 to 2024?", /^Not 2022 to 2024 — Snowflake: used at AAA-Data/],
  ])("'%s': not then (was a yes)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["who employs him?", /^Currently: Senior Data Engineer at Decathlon \(Freelance\)/],
    ["Qui l'emploie actuellement ?", /^Actuellement : Senior Data Engineer chez Decathlon \(Freelance\)/],
  ])("'%s': his roles now (was 'not employs' or the off-topic refusal)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a trainee or an intern, and roles by length", () => {
  it.each([
    ["Was he a trainee at Pernod Ricard?", /^At Pernod Ricard \(April 2019 – October 2019\): Permanent contract\.$/],
    ["Did he start as a trainee?", /^Currently: .*Before: AAA-Data \(Permanent contract\)/],
    ["was he an intern anywhere?", /^Currently: /],
    ["il a commencé comme stagiaire ?", /^Actuellement : /],
  ])("'%s': the contracts (was a yes from « trainer » or « internal »)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["Which roles lasted exactly one year?", /^Yes — about one year: MAIF \(January 2019 – January 2020: 1 year\)\./],
    ["Which jobs were shorter than 2 years?", /^Lasted shorter than 2 years: Pernod Ricard .*; MAIF .*; AAA-Data/],
    ["Has he held a position for more than 3 years?", /^Lasted more than 3 years: Decathlon/],
    ["Has he done a mission of 2 years or more?", /^Lasted 2 years\+: Decathlon/],
  ])("'%s': the roles of that length (was a refusal or a passage)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["has he used snowflake longer than spark?", /^No — Snowflake: about 1 year and 5 months.* Spark: about/],
    ["has he used spark longer than snowflake?", /^Yes — Spark: about/],
    ["a-t-il fait plus longtemps du Scala que du Python ?", /^Non — Scala : environ/],
  ])("'%s': one tool's time against the other's (was a yes)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a cold reading of the session's own rules", () => {
  it.each([
    "Has he got any training experience?",
    "Did he take the lead in training at Pernod Ricard?",
    "Did he get a training role?",
    "Does he take on mentoring?",
    "A-t-il eu un rôle de formation ?",
  ])("'%s': his own teaching or mentoring, not him taught", async (q) => {
    expect(lead(await ask(q))).not.toMatch(/was taught, trained or led|a été formé ou encadré/);
  });

  it.each([
    [
      "Was he a data engineer after being a trainer?",
      /^Yes — first Data Trainer at Pernod Ricard .*; then Data Engineer at AAA-Data/,
    ],
    ["Was he a senior data engineer before being a lecturer?", /^Yes — first Senior Data Engineer at Decathlon/],
    ["Was he a lecturer before becoming a senior data engineer?", /^No — first Senior Data Engineer at Decathlon/],
  ])("'%s': after, or a lecturer apart from a trainer", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    "Did he remove the 13-hour bottleneck at AAA-Data?",
    "Did he close the gap between data science and production at MAIF?",
    "a-t-il supprimé la dette technique ?",
    "Did he shut down the on-premise system at AAA-Data?",
  ])("'%s': a trouble rid of, or a system left, is no harm", async (q) => {
    expect(lead(await ask(q))).toMatch(/^(Yes|Oui) — /);
  });

  it.each([
    ["Has he been at Decathlon for about 2 years?", /^Longer than that — at Decathlon since May 2021/],
    ["Which roles lasted exactly 3 years?", /^No — none of his roles lasted about 3 years; the nearest: /],
    ["Has he worked with Airflow more than 2 years, and Python too?", /^Airflow: yes — .* · Python: yes — /],
    ["Has he been at Decathlon since 2023 at least?", /^Yes — Decathlon: since May 2021\.$/],
  ])("'%s': as before the session's new readings", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["Il ne travaille qu'en freelance ?", /^(?!Non — en freelance)/],
    ["Does his current role include training?", /EPISEN/],
  ])("'%s': now, not his whole career; his teaching going on", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("the session's rules, said otherwise", () => {
  it.each([
    ["Did he start at Decathlon last year?", /^No — Decathlon: since May 2021\.$/],
    ["il a commencé chez Decathlon l'année dernière ?", /^Non — Decathlon : depuis mai 2021\.$/],
  ])("'%s': last year, named (was a yes)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["Is he a teacher only?", /^No — besides Big Data Lecturer/],
    ["isnt he just a trainer?", /^No — besides Data Trainer at Pernod Ricard/],
    ["Is he only teaching nowadays?", /^No — besides Big Data Lecturer/],
  ])("'%s': no, with his other titles", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'Is he only a visiting lecturer?' is the kind of post, not his only trade", async () => {
    expect(lead(await ask("Is he only a visiting lecturer?"))).not.toMatch(/^No — besides/);
  });

  it.each([
    [
      "Is he primarily a lecturer?",
      /^By the CV, teaching comes beside his main work: Senior Data Engineer at Decathlon/,
    ],
    ["Est-il surtout enseignant ?", /^D'après le CV, l'enseignement vient à côté de son activité principale/],
  ])("'%s': teaching beside his main work (was a yes)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["Is he only freelance at present?", /^Yes — currently: /],
    ["Est-il uniquement freelance aujourd'hui ?", /^Oui — actuellement : /],
    ["Is he on staff at EPISEN?", /^No — at EPISEN \(since November 2022\): Freelance\.$/],
    ["Il a toujours travaillé en CDI ?", /^Non — /],
  ])("'%s': the contracts", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each(["Did he have a mentor at AAA-Data?", "Was he supervised at AAA-Data?"])(
    "'%s': not said, he is the one doing it (was a yes)",
    async (q) => {
      expect(lead(await ask(q))).toMatch(/^The profile doesn't say he was taught, trained or led/);
    },
  );

  it.each([
    ["Did he cancel projects at Decathlon?", /^The profile doesn't say he did that/],
    ["Did he bring revenue to AAA-Data?", /^The profile doesn't say he grew it/],
    ["Did he cut half of the costs?", /but not “50%” with it\.$/],
    ["Has he had a position of at least 5 years?", /^Lasted 5 years\+: Decathlon/],
    ["What did he do from 2019 through 2020?", /^In 2019–2020: /],
  ])("'%s': (was a yes, or the wrong years)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a second cold reading", () => {
  it.each([
    ["Has he had a mentor role?", /^Yes — /],
    ["Did he bring down costs and save money?", /^Yes — /],
    ["Did he work on staff training at Pernod Ricard?", /^Yes — the profile mentions it at Pernod Ricard/],
    ["Was Python used in his last year at AAA-Data?", /^Yes — Python: used at AAA-Data/],
    ["Did he increase ingestion time at AAA-Data?", /^No — the profile says it was the other way round at AAA-Data/],
    ["A-t-il toujours été freelance jusqu'à aujourd'hui ?", /^Non — en freelance : /],
    ["il a fait du Snowflake l'année dernière ?", /^Pas l'année dernière — Snowflake/],
  ])("'%s': as before the session's new readings", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'Is he a lecturer only part-time?' is the kind of post, not his only trade", async () => {
    expect(lead(await ask("Is he a lecturer only part-time?"))).not.toMatch(/^No — besides/);
  });
});

describe("typed as people type", () => {
  it.each([
    [
      "has he usd Snowflak longer than Spark?",
      /^Reading “Snowflak” as “Snowflake”\. No — Snowflake: about 1 year and 5 months/,
    ],
    ["et il a été freelance avant d etre en CDI ?", /^Non — d'abord Data Engineer chez MAIF \(CDI\)/],
  ])("'%s': a slip, a leading « et », a missing apostrophe", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a kind of a thing at an employer named", () => {
  it.each([
    [
      "chez MAIF il a fait du scoring de crédit ?",
      /^Le profil mentionne « scoring » chez MAIF, .*mais pas « crédit » avec\.$/,
    ],
    ["il a fait de la prédiction d'accidents chez AAA ?", /mais pas « accidents » avec\.$/],
  ])("'%s': the kind the profile lacks, there too (was « Oui »)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« il a fait du scoring chez MAIF ? » stays a yes", async () => {
    expect(lead(await ask("il a fait du scoring chez MAIF ?"))).toMatch(/^Oui — /);
  });
});

describe("only that long", () => {
  it.each([
    ["Has he been at Decathlon for only a year?", /^Longer than that — at Decathlon since May 2021/],
    ["il est chez Decathlon depuis seulement 1 an ?", /^Plus longtemps que ça — chez Decathlon depuis mai 2021/],
    ["at MAIF for just one year?", /^Yes — at MAIF from January 2019 to January 2020 — 1 year\.$/],
  ])("'%s': the role's time (was a yes from a passage, or « 1 » at MAIF)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});
