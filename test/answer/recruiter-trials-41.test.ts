import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the fiftieth session found wrong: the last session's recruiter trials left open (a size compared, roles beside
// one, a title asked the other way round, words a stemmer takes for others) and two new eval sets' misses (askers
// introducing themselves, questions announced, one question of several carrying another's employer).

const { ask } = trialChat();

describe("the asker's introduction is not what is asked", () => {
  it("'Thandi here from an agency in Cape Town 👋 I'm shortlisting for a client (…)': no name asked", async () => {
    const a = await ask(
      "Hi there! Thandi here from a tech contracting agency in Cape Town 👋 I'm shortlisting for a client (a big " +
        "online used-car marketplace). Quick one: has he used Airflow?",
    );
    expect(lead(a)).toMatch(/^Yes — Airflow: used at Decathlon/);
    expect(a.answer).not.toMatch(/Thandi|Cape Town/);
  });

  it("« Aslema, bonjour. Yassine, responsable data d'un groupe hôtelier à Tunis. … ? »: what is asked", async () => {
    const a = await ask(
      "Aslema, bonjour. Yassine, responsable data d'un groupe hotelier a Tunis. il a deja fait du Snowflake ?",
    );
    expect(lead(a)).toMatch(/^Oui — Snowflake : utilisé chez AAA-Data/);
    expect(a.answer).not.toMatch(/Aslema|Yassine|Tunis/);
  });

  it("« Je suis Hélène, RH généraliste dans une société à Genève. … ? »: not a job description", async () => {
    const a = await ask(
      "Bonjour, je suis Hélène, RH généraliste dans une société de négoce à Genève. Le candidat a-t-il déjà " +
        "chiffré des données RH ?",
    );
    expect(lead(a)).toMatch(/^Oui/);
    expect(a.answer).not.toMatch(/exigence|Hélène|Genève/);
  });

  it("« entités régulées par la CSSF »: « régulées » is a word, not a slip of « règles »", async () => {
    const a = await ask("A-t-il une expérience auprès d'entités régulées par la CSSF ?");
    expect(lead(a)).toBe("Le profil ne mentionne pas « CSSF ».");
  });
});

describe("several questions in one message", () => {
  it("'3 quick ones: has he moved …, has he done …, and does he know …': no “3” asked of the CV", async () => {
    const a = await ask(
      "3 quick ones: has he moved an on-prem warehouse over to snowflake, has he done anything with iot data, and " +
        "does he know power bi",
    );
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at AAA-Data/);
    expect(a.answer).not.toMatch(/“3”/);
    expect(a.answer).toMatch(/Power BI: used at Pernod Ricard/);
  });

  it("« …freelance chez decathlon ? et il donne des cours depuis qd ? »: teaching, not Decathlon's dates", async () => {
    const a = await ask("il est en freelance chez decathlon? et il donne des cours depuis qd?");
    expect(lead(a)).toMatch(/^Oui — chez Decathlon \(depuis mai 2021\) : Freelance/);
    expect(a.answer).toMatch(/EPISEN \(Freelance\), depuis novembre 2022/);
    expect(a.answer).not.toMatch(/Chez Decathlon depuis mai 2021 —/);
  });
});

describe("words a stemmer takes for others", () => {
  it("'logistics or deliveries data?': no production release for deliveries", async () => {
    const a = await ask("any experience with logistics or deliveries data?");
    expect(a.answer).toMatch(/logistics: not in the profile/);
    expect(a.answer).not.toMatch(/production/);
  });

  it("'marketing / sales teams?': the sales force, not AAA-Data's market position", async () => {
    const a = await ask("Did he work with marketing / sales teams?");
    expect(a.answer).not.toMatch(/market position/);
    expect(a.answer).toMatch(/sales force/);
  });

  it("'data products sold to customers?': no Datadog line as a yes", async () => {
    const a = await ask("Did he work on data products sold to customers?");
    expect(lead(a)).not.toMatch(/^Yes/);
    expect(a.answer).not.toMatch(/Datadog/);
  });

  it("« quels formats de fichiers ? »: the .avro format, not a training (« Formation »)", async () => {
    const a = await ask("quels formats de fichiers il a manipulé ?");
    expect(quoted(a).join("\n")).toMatch(/format \.avro/);
    expect(a.answer).not.toMatch(/Formation/);
  });

  it("« des fichiers mal formés » are invalid ones: the Reject Table", async () => {
    const a = await ask("A-t-il mis en place des contrôles qui isolent les fichiers mal formés ?");
    expect(lead(a)).toMatch(/^Oui — le profil le mentionne chez Decathlon/);
    expect(quoted(a)[0]).toMatch(/Reject Table/);
  });

  it("'checks that isolate malformed files?': the same in English", async () => {
    const a = await ask("Has he set up checks that isolate malformed files?");
    expect(quoted(a)[0]).toMatch(/Reject Table/);
  });
});

describe("a figure compared", () => {
  it("'tables larger than 1 TB?': yes, the >2 TB tables", async () => {
    const a = await ask("Has he worked with tables larger than 1 TB?");
    expect(lead(a)).toMatch(/^Yes/);
    expect(quoted(a)[0]).toMatch(/>2 TB/);
  });

  it("'tables larger than 5 TB?': not the platform's 400 TB a day", async () => {
    const a = await ask("tables larger than 5 TB?");
    expect(lead(a)).toMatch(/^The profile gives 2 TB at Decathlon, since May 2021, not larger than 5 TB\.$/);
  });

  it("'more than 1 PB?': 400 TB, not a petabyte (nor MAIF's “1 year”)", async () => {
    const a = await ask("Has he ever handled more than 1 PB?");
    expect(lead(a)).toMatch(/^The profile gives 400 TB at Decathlon, since May 2021, not more than 1 PB\.$/);
  });

  it("'petabytes of data?': 400 TB", async () => {
    expect(lead(await ask("Has he handled petabytes of data?"))).toMatch(/^The profile gives 400 TB at Decathlon/);
  });
});

describe("roles, titles and judgements", () => {
  it("'Which roles overlap with Decathlon?': EPISEN only", async () => {
    const a = await ask("Which roles overlap with Decathlon?");
    expect(lead(a)).toMatch(/Decathlon and EPISEN, [^;]+ since November 2022\.$/);
    expect(lead(a)).not.toMatch(/MAIF/);
  });

  it("'another job at the same time as AAA-Data?': none", async () => {
    const a = await ask("Did he have another job at the same time as AAA-Data?");
    expect(lead(a)).toBe("No — none of his other roles overlaps with AAA-Data.");
  });

  it("'Isn't he a data scientist?': his titles, none a data scientist", async () => {
    const a = await ask("Isn't he a data scientist?");
    expect(lead(a)).toMatch(/^The profile gives these titles: .*it doesn't say he was a data scientist\.$/);
  });

  it("« il est pas data scientist ? »: the same in French", async () => {
    expect(lead(await ask("il est pas data scientist ?"))).toMatch(/il ne dit pas qu'il était data scientist\.$/);
  });

  it("'Did he build dashboards at Decathlon?': something close, at Pernod Ricard, not the word itself", async () => {
    const a = await ask("Did he build dashboards at Decathlon?");
    const close = /^The profile shows something close to “dashboards” at Pernod Ricard, April 2019 - October 2019/;
    expect(lead(a)).toMatch(close);
    expect(lead(a)).toMatch(/, but not at Decathlon\.$/);
  });

  it("'Is he good with clients?': a judgement, not a yes", async () => {
    expect(lead(await ask("Is he good with clients?"))).toMatch(/^The profile gives facts, not judgements/);
  });

  it("'Give me 3 reasons to hire him': a verdict asked, not the CV's “3”", async () => {
    expect(lead(await ask("Give me 3 reasons to hire him"))).toMatch(/^The profile gives facts, not judgements/);
  });

  it("'Is he good with Spark?': still a skill", async () => {
    expect(lead(await ask("Is he good with Spark?"))).toMatch(/^Yes — Spark: used at Decathlon/);
  });
});

describe("when, where and how much, of one thing", () => {
  it("'When did he last work with data scientists?': MAIF, not his current roles", async () => {
    const a = await ask("When did he last work with data scientists?");
    expect(lead(a)).toBe("That was at MAIF, January 2019 - January 2020:");
  });

  it("« quand a-t-il travaillé avec des data scientists pour la dernière fois ? »: the same in French", async () => {
    const a = await ask("quand a-t-il travaillé avec des data scientists pour la dernière fois ?");
    expect(lead(a)).toBe("C'était chez MAIF, janvier 2019 - janvier 2020 :");
  });

  it("'When did he last teach?': EPISEN, not a “last” the profile lacks", async () => {
    expect(lead(await ask("When did he last teach?"))).toMatch(/^That was at EPISEN/);
  });

  it("'when was his last job?': still his current roles", async () => {
    expect(lead(await ask("when was his last job?"))).toMatch(/^Currently: Senior Data Engineer at Decathlon/);
  });

  it("'Where did he use Spark the longest?': Decathlon first, each role's length", async () => {
    const a = await ask("Where did he use Spark the longest?");
    expect(lead(a)).toMatch(/^Spark: longest at Decathlon \(since May 2021: [^)]+\); then AAA-Data/);
  });

  it("'where did he use Snowflake the longest?': only at AAA-Data", async () => {
    const a = await ask("where did he use Snowflake the longest?");
    expect(lead(a)).toBe("Snowflake: only at AAA-Data (January 2020 – May 2021: 1 year and 5 months).");
  });

  it("'how much data did he handle?': the 400 TB a day, not “doesn't say”", async () => {
    expect(lead(await ask("how much data did he handle?"))).toMatch(/400 TB daily/);
  });

  it("'Which of his roles involved the most data?': Decathlon's 400 TB", async () => {
    expect(lead(await ask("Which of his roles involved the most data?"))).toMatch(/400 TB daily.*at Decathlon/);
  });
});

describe("what is asked, inside what is said around it", () => {
  it("« à la MAIF : 1/ … ? 2/ … ? »: two questions, numbered with slashes", async () => {
    const a = await ask(
      "a la MAIF : 1/ est ce qu'il surveillait que les modeles derivent pas avec le temps ? 2/ ils avaient un " +
        "feature store ?",
    );
    expect(quoted(a)[0]).toMatch(/data drift/);
    expect(a.answer.split("\n").filter((l) => !/^\[\d+\]/.test(l)).length).toBe(2);
  });

  it("'Our CFO asks whether he is used to very large data volumes. Do you have a ballpark?': the 400 TB", async () => {
    const a = await ask("Our CFO asks whether he is used to very large data volumes. Do you have a ballpark?");
    expect(lead(a)).toMatch(/400 TB daily/);
    expect(a.answer).not.toMatch(/ballpark|CFO/);
  });

  it("« Notre directeur financier me demande s'il a l'habitude de… Auriez-vous un ordre de grandeur ? »", async () => {
    const a = await ask(
      "Notre directeur financier me demande s'il a l'habitude de très gros volumes de données. Auriez-vous un " +
        "ordre de grandeur ?",
    );
    expect(quoted(a)[0]).toMatch(/400 To quotidiens/);
    expect(a.answer).not.toMatch(/financier|grandeur/);
  });

  it("'making a slow data load massively faster? Actual numbers…': the 13 h → 6 minutes", async () => {
    const a = await ask(
      "Has he got a concrete example of making a slow data load massively faster? Actual numbers would be great",
    );
    expect(quoted(a)[0]).toMatch(/from 13 h to 6 minutes/);
  });
});

describe("a month, a contract, a count: as the CV dates and counts them", () => {
  it("« il était chez MAIF en décembre 2020 ? »: no, MAIF ended in January 2020", async () => {
    expect(lead(await ask("il était chez MAIF en décembre 2020 ?"))).toBe("Non — MAIF : janvier 2019 – janvier 2020.");
  });

  it("'was he at Decathlon in April 2021?': no, since May 2021; 'in May 2021?': yes", async () => {
    expect(lead(await ask("was he at Decathlon in April 2021?"))).toMatch(/^No — Decathlon: since May 2021/);
    expect(lead(await ask("was he at Decathlon in May 2021?"))).toMatch(/^Yes — Decathlon: since May 2021/);
  });

  it("« il était en CDI en 2022 ? »: his roles of 2022, both freelance, no « Oui » from 2019's", async () => {
    const a = await ask("il était en CDI en 2022 ?");
    expect(lead(a)).toMatch(/^En 2022 : Senior Data Engineer chez Decathlon \(Freelance\)/);
    expect(lead(a)).not.toMatch(/^Oui|MAIF|Pernod/);
  });

  it("« il utilise toujours EMR ? »: still, and the profile shows a move away from it", async () => {
    expect(lead(await ask("il utilise toujours EMR ?"))).toMatch(/^Plus d'après le profil/);
  });

  it("« il fait toujours du Jenkins ? »: not in his current roles", async () => {
    expect(lead(await ask("il fait toujours du Jenkins ?"))).toMatch(/^Pas dans ses postes actuels — Jenkins/);
  });

  it("'Does EPISEN have 250 teachers?': 250 is its students, no yes", async () => {
    const a = await ask("Does EPISEN have 250 teachers?");
    expect(lead(a)).not.toMatch(/^Yes/);
    expect(lead(a)).toMatch(/not “250 teachers”/);
  });

  it("'Did the platform serve 160 countries?': 160 is its teams", async () => {
    expect(lead(await ask("Did the platform serve 160 countries?"))).toMatch(/not “160 countries”/);
  });

  it("'Did he write 2,000 DAGs?': 2,000 is the tables ingested daily", async () => {
    expect(lead(await ask("Did he write 2,000 DAGs?"))).toMatch(/not “2,000 DAGs”/);
  });

  it("'Did he support 15 data scientists at MAIF?': the count of that very thing, a yes", async () => {
    expect(lead(await ask("Did he support 15 data scientists at MAIF?"))).toMatch(/^Yes/);
  });

  it("« il traite au moins 1 To par jour ? »: yes, 400 To a day", async () => {
    expect(lead(await ask("il traite au moins 1 To par jour ?"))).toMatch(/^Oui/);
  });

  it("« la licence ANTS c'est plus de 5M€ par an ? »: yes, €7M a year", async () => {
    expect(lead(await ask("la licence ANTS c'est plus de 5M€ par an ?"))).toMatch(/^Oui/);
  });
});

describe("his roles, as asked of them", () => {
  it("'what were his last 3 jobs?': three roles, the latest begun first", async () => {
    const a = await ask("what were his last 3 jobs?");
    expect(lead(a)).toMatch(/^His last 3 roles, the latest begun first: Big Data Lecturer .*Decathlon.*AAA-Data/);
  });

  it("« Peux-tu me donner ses 3 dernières expériences avec les dates ? »: the same in French", async () => {
    const a = await ask("Peux-tu me donner ses 3 dernières expériences avec les dates ?");
    expect(lead(a)).toMatch(/^Ses 3 derniers postes/);
    expect(lead(a)).not.toMatch(/MAIF|Pernod/);
  });

  it("'Has he worked in education?': EPISEN, an engineering school", async () => {
    expect(lead(await ask("Has he worked in education?"))).toMatch(/^Yes — as the CV describes them: EPISEN/);
  });

  it("« il est parti quand de AAA-Data ? »: its dates, not « une partie »", async () => {
    expect(lead(await ask("il est parti quand de AAA-Data ?"))).toMatch(/^Chez AAA-Data de janvier 2020 à mai 2021/);
  });
});

describe("two things named together", () => {
  it("'Did he load PostgreSQL data into Snowflake?': both in a stack line, no yes to how they met", async () => {
    const a = await ask("Did he load PostgreSQL data into Snowflake?");
    expect(lead(a)).toMatch(/but perhaps not in the sense of your question\.$/);
    expect(quoted(a)[0]).toMatch(/^\[1\] Tech stack: Snowflake/);
  });

  it("'Did he use Google Maps?': not the CV's Google Places API", async () => {
    expect(lead(await ask("Did he use Google Maps?"))).toBe("The profile doesn't mention “Google Maps”.");
  });

  it("'Has he worked with Google BigQuery?': still the one name", async () => {
    expect(lead(await ask("Has he worked with Google BigQuery?"))).toBe(
      "The profile doesn't mention “Google BigQuery”.",
    );
  });
});

describe("which of two, and how he works", () => {
  it("'more experience with Databricks than Snowflake?': each one's time", async () => {
    const a = lead(await ask("does he have more experience with Databricks than Snowflake?"));
    expect(a).toMatch(/^Databricks: about .*Snowflake: about/);
  });

  it("« il a plus d'expérience sur Databricks que sur Snowflake ? »: the same in French", async () => {
    expect(lead(await ask("il a plus d'expérience sur Databricks que sur Snowflake ?"))).toMatch(
      /^Databricks : environ .*Snowflake : environ/,
    );
  });

  it("'Can he work independently?': a judgement, not a yes from his freelance contracts", async () => {
    expect(lead(await ask("Can he work independently?"))).toMatch(/^The profile gives facts, not judgements/);
  });
});

describe("a number under a bound is a threshold", () => {
  it("'at least 10 data scientists at MAIF?': yes, 15 (not EPISEN's “10 h”)", async () => {
    const a = await ask("Did he support at least 10 data scientists at MAIF?");
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at MAIF/);
    expect(quoted(a)[0]).toMatch(/15 data scientists/);
  });

  it("« MAIF c'est plus de 30 agences ? »: not with 20", async () => {
    expect(lead(await ask("MAIF c'est plus de 30 agences ?"))).toMatch(/^Pas avec ces chiffres/);
  });

  it("'ingestion time under 10 minutes?': yes, 6 minutes", async () => {
    expect(lead(await ask("did he get the ingestion time under 10 minutes?"))).toMatch(/^Yes/);
  });

  it("'to less than 5 minutes?': the 6 minutes it ended at, not the 13 h it began at", async () => {
    expect(lead(await ask("did he cut the ingestion time to less than 5 minutes?"))).toMatch(
      /^The profile gives 6 minutes at AAA-Data/,
    );
  });
});

describe("what a cold read of the session's changes found", () => {
  it.each([
    ["Has he worked with PII Data?", /^Yes — the profile mentions it at Decathlon/],
    ["Did he handle tables larger than 2 TB?", /^Yes/],
    ["Has he used Spark with Scala?", /^Yes/],
    ["Was he a Senior Engineer?", /^Yes — Senior Data Engineer at Decathlon/],
    ["The Decathlon team asked me whether he still works there.", /^Yes — at Decathlon since May 2021/],
    ["Has he produced data pipelines?", /^Yes/],
    ["Quand il a commencé chez AAA-Data, il utilisait Snowflake ?", /^Oui — Snowflake/],
    ["Il travaillait toujours avec Jenkins à la MAIF ?", /^Oui — Jenkins : utilisé chez MAIF/],
    ["A-t-il fait de la livraison en production ?", /^Oui/],
  ])("'%s' keeps its answer", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'Which teams did he work alongside at Decathlon?' is no question of his roles overlapping", async () => {
    expect(lead(await ask("Which teams did he work alongside at Decathlon?"))).not.toMatch(/overlap/);
  });

  it("'How much data science experience does he have?' is not the data volumes", async () => {
    expect((await ask("How much data science experience does he have?")).answer).not.toMatch(/400 TB/);
  });

  it("« Il a eu de grosses responsabilités ? » is no volume of data", async () => {
    expect((await ask("Il a eu de grosses responsabilités ?")).answer).not.toMatch(/400 To|Oui/);
  });

  it("'Is he good with business stakeholders?' is answered from his work with business teams", async () => {
    expect(lead(await ask("Is he good with business stakeholders?"))).toMatch(/^Yes — the profile mentions it/);
  });

  it("« Quelle est son éducation ? » asks his degrees, which only he can give", async () => {
    expect((await ask("Quelle est son éducation ?")).reason).toBe("owner_only");
  });

  it("'Did MAIF have 20 agencies?': its 20 branches", async () => {
    expect(lead(await ask("Did MAIF have 20 agencies?"))).toMatch(/^Yes/);
  });
});
