import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the fifty-sixth session found wrong: his employer asked by "which company", SMS French, parts of a year,
// "his current stack", a trade or department taken for a kind of employer, years of one thing, chatter that closes.

const { ask } = trialChat();

describe("his employer now, asked as 'which company'", () => {
  it.each([
    ["which company does he work for?", /^Currently: Senior Data Engineer at Decathlon/],
    ["who does he work for?", /^Currently: Senior Data Engineer at Decathlon/],
    ["dans quelle boîte il bosse ?", /^Actuellement : Senior Data Engineer chez Decathlon/],
    ["ds quelle boite il bosse ?", /^Actuellement : Senior Data Engineer chez Decathlon/],
    ["pour quelle entreprise travaille-t-il ?", /^Actuellement : Senior Data Engineer chez Decathlon/],
  ])("'%s' is his roles now, not MAIF or a word the profile lacks", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'which company did he work for in 2020?' is still that year's", async () => {
    expect(lead(await ask("which company did he work for in 2020?"))).toMatch(/^In 2020: Data Engineer at AAA-Data/);
  });
});

describe("SMS French and slips", () => {
  it("« pk il est parti de maif ? » asks why he left, which only he can say", async () => {
    expect(lead(await ask("pk il est parti de maif ?"))).toMatch(
      /^Le profil donne les dates de chaque poste, pas pourquoi/,
    );
  });

  it("« jsp s'il connait airflow » is about Airflow, not a word « jsp »", async () => {
    const a = await ask("jsp s'il connait airflow, tu peux verifier ?");
    expect(lead(a)).toMatch(/^Airflow : utilisé chez Decathlon/);
  });

  it("« …prend tte la nuit… » asks about loading time, not « tte »", async () => {
    const a = await ask("le chargement des fichiers prend tte la nuit, il a deja reduit un temps de chargement ?");
    expect(a.answer).not.toMatch(/« tte »/);
    expect(a.answer).toMatch(/13h à 6 minutes/);
  });

  it("« coordoner » is no English 'coroner'", async () => {
    expect((await ask("il a deja du coordoner ca ?")).answer).not.toMatch(/coroner/);
  });

  it("« vu qu'il est freelance il bosse seul nn ? » after « il a jamais encadré »: the management asked", async () => {
    const a = await ask("il a jamais encadre personne je suppose ? vu qu'il est freelance il bosse seul nn ?");
    expect(lead(a)).toMatch(/^Si — il a encadré 2 data engineers junior chez AAA-Data/);
  });
});

describe("words read as more than they are", () => {
  it("'his team works in scrum?' is how the team works, not the rosters' sizes", async () => {
    const a = await ask("his team works in scrum?");
    expect(lead(a)).not.toMatch(/^Team, as the profile lists it/);
    expect(a.answer).toMatch(/Agile organisation with 2-week sprints/);
  });

  it("'…so each job function only sees the tables it needs' asks of the access policy, not of every role", async () => {
    const a = await ask("has he set up permissions so each job function only sees the tables it needs?");
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at AAA-Data/);
    expect(a.answer).toMatch(/Role Based Access Control/);
  });

  it("'BS or MS in CS or related?' asks for a degree, which the profile doesn't list", async () => {
    const a = await ask("BS or MS in CS or related? client requires it, pls confirm");
    expect(lead(a)).toMatch(/^The profile doesn't list his degrees/);
  });
});

describe("who he is and his level, in French", () => {
  it.each(["Présentez-moi le candidat", "Qui est-ce ?", "Parlez-moi de lui", "Qui est le candidat ?"])(
    "« %s » is the whole profile in short",
    async (q) => {
      expect(lead(await ask(q))).toMatch(/^Senior Data Engineer chez Decathlon \(Freelance\), depuis mai 2021 ;/);
    },
  );

  it.each([
    ["what's his level?", /^Senior Data Engineer at Decathlon \(Freelance\), since May 2021; about 7 years/],
    ["Quel est son niveau ?", /^Senior Data Engineer chez Decathlon \(Freelance\), depuis mai 2021 ; environ 7 ans/],
  ])("'%s' is how senior he is", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« C'est quoi son skillset ? » is his main skills", async () => {
    expect((await ask("C'est quoi son skillset ?")).answer).toMatch(/Compétences principales/);
  });
});

describe("stopping and failing", () => {
  it.each([
    ["Il a arrêté Decathlon ?", /^Non — chez Decathlon depuis mai 2021, et toujours en poste/],
    ["Il a fini sa mission chez Decathlon ?", /^Non — chez Decathlon depuis mai 2021/],
    ["a-t-il arrêté la MAIF ?", /^Oui — MAIF, c'était janvier 2019 – janvier 2020/],
  ])("« %s »: the role's dates say", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    "has he ever broken production?",
    "A-t-il cassé la prod ?",
    "A-t-il raté des projets ?",
    "A-t-il du mal avec Scala ?",
  ])("'%s' is a judgement the profile doesn't make, no 'yes' from a line about production or projects", async (q) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/facts, not judgements|des faits, pas des jugements/);
  });

  it("'did he create technical debt?' against 'strategies to reduce technical debt': the other way round", async () => {
    const a = await ask("did he create technical debt?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^No — the profile says it was the other way round at Decathlon/);
  });
});

describe("years of one thing", () => {
  it.each([
    ["does he have more than 3 years of experience in insurance?", /^No — Insurance: about 1 year .*MAIF/],
    ["A-t-il plus de 3 ans d'expérience dans l'assurance ?", /^Non — Assurance : environ 1 an .*MAIF/],
    ["A-t-il plus de 1 an d'expérience en scraping ?", /^Non — Scraping : environ 6 mois .*Pernod Ricard/],
    ["more than 2 years in insurance?", /^No — Insurance: about 1 year/],
  ])("'%s' weighs the roles that say it, not his whole career", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(a.answer).not.toMatch(/7 years and \d+ months of experience|7 ans et \d+ mois d'expérience/);
  });

  it("'has he got 5+ years of experience in data engineering?' is still his whole career", async () => {
    expect(lead(await ask("has he got 5+ years of experience in data engineering?"))).toMatch(/^Yes — about 7 years/);
  });
});

describe("a part of a year", () => {
  it.each([
    ["Was he at Pernod Ricard in early 2020?", /^No — Pernod Ricard: April 2019 – October 2019/],
    ["was he at EPISEN in spring 2022?", /^No — EPISEN: since November 2022/],
    ["Was he at Decathlon in early 2021?", /^No — Decathlon: since May 2021/],
    ["was he at Decathlon in late 2021?", /^Yes — Decathlon: since May 2021/],
    ["il était chez MAIF fin 2019 ?", /^Oui — MAIF : janvier 2019 – janvier 2020/],
  ])("'%s': the role's dates against those months", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    [
      "what was he doing in summer 2022?",
      /^Summer 2022: Senior Data Engineer at Decathlon \(Freelance\), since May 2021\.$/,
    ],
    ["what was he doing in autumn 2022?", /^Autumn 2022: Senior Data Engineer at Decathlon[^;]*; Big Data Lecturer/],
    ["what was he doing in H1 2022?", /^H1 2022: Senior Data Engineer at Decathlon[^;]*\.$/],
  ])("'%s': only the roles of those months", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("his stack, and his current stack", () => {
  it.each([
    ["is Snowflake in his current stack?", /^Not in his current roles — Snowflake: used at AAA-Data/],
    ["Snowflake dans sa stack actuelle ?", /^Pas dans ses postes actuels — Snowflake : utilisé chez AAA-Data/],
    ["is Power BI in his current toolset?", /^Not in his current roles — Power BI/],
    ["is Airflow part of his current stack?", /^Yes — Airflow: used at Decathlon \(since May 2021\)/],
    ["is Spark part of his stack?", /^Yes — Spark: used at Decathlon/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a trade or a department, asked as where he worked", () => {
  it.each([
    ["did he work in HR?", /^The CV doesn't describe any employer of the profile as “HR”/],
    ["A-t-il travaillé dans les RH ?", /^Le CV ne décrit aucun de ses employeurs comme « RH »/],
  ])("'%s' is no 'yes' from a line that names it", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it.each([
    ["a-t-il bossé dans l'auto ?", /^Oui — tel que le CV les décrit : AAA-Data/],
    ["has he worked in the auto industry?", /^Yes — as the CV describes them: AAA-Data/],
    ["has he worked in beverages?", /^Yes — as the CV describes them: Pernod Ricard/],
  ])("'%s': the employer the CV describes so", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'did he work for the ANTS?' is still a name among his employers", async () => {
    expect(lead(await ask("did he work for the ANTS?"))).toMatch(/^The profile doesn't list ANTS among his employers/);
  });
});

describe("chatter that closes or checks in", () => {
  it.each([
    ["perfect, that's all I needed. cheers!", /^Goodbye/],
    ["Great. I'll forward his profile to the hiring manager.", /^Goodbye/],
    ["super, merci beaucoup, je transmets au client", /^Au revoir/],
    ["Hello? anyone there?", /^Hello! Ask me anything/],
    ["vous êtes là ?", /^Bonjour ! Posez-moi vos questions/],
  ])("'%s' asks nothing of the profile", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(a.answer).not.toMatch(/doesn't mention|ne mentionne pas/);
  });

  it("'that's great to hear' after an answer is taken, not the answer again", async () => {
    await ask("has he used Airflow?", "glad");
    expect(lead(await ask("that's great to hear", "glad"))).toMatch(/^👍/);
  });
});

describe("what the cold review of the session found: neighbours left as they were", () => {
  it.each([
    ["did he create ingestion pipelines?", /^Yes — /],
    ["a-t-il créé des pipelines d'ingestion ?", /^Oui — /],
    ["has he fixed broken production pipelines?", /^Yes — /],
    ["we need Spark and Airflow, does he fit?", /^Meets 2 of 2 requirements/],
    ["has he worked with JSP?", /^The profile doesn't mention “JSP”/],
    ["has he worked in consulting?", /^Yes — /],
  ])("'%s' keeps its answer", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'pk/fk design experience?' stays English, no « pourquoi »", async () => {
    expect((await ask("pk/fk design experience?")).language).toBe("en");
  });

  it("'I'll send his profile to the client if he knows Kafka, does he?' asks about Kafka", async () => {
    expect(lead(await ask("I'll send his profile to the client if he knows Kafka, does he?"))).toMatch(
      /Kafka: taught at EPISEN/,
    );
  });

  it("'What's his current role and how long was he at MAIF?' answers both", async () => {
    const a = await ask("What's his current role and how long was he at MAIF?");
    expect(lead(a)).toMatch(/^Currently: Senior Data Engineer at Decathlon/);
    expect(a.answer).toMatch(/At MAIF from January 2019 to January 2020 — 1 year/);
  });

  it("'What's his current role and how long has he been doing it?' is his roles now and their time", async () => {
    const a = await ask("What's his current role and how long has he been doing it?");
    expect(lead(a)).toMatch(/At Decathlon since May 2021 — 5 years and \d+ months as of today/);
  });

  it.each([
    ["did he leave MAIF in mid 2019?", /^No — MAIF: January 2019 – January 2020/],
    ["did he join Decathlon in late 2021?", /^No — Decathlon: since May 2021/],
    ["was he only at MAIF in mid 2019?", /^No — in 2019: MAIF .*Pernod Ricard/],
    ["was he at MAIF in H2 2019?", /^Yes — MAIF: January 2019 – January 2020/],
    ["était-il chez AAA au S2 2021 ?", /^Non — AAA-Data : janvier 2020 – mai 2021/],
    ["il était chez Pernod Ricard fin 2019 ?", /^Oui — Pernod Ricard : avril 2019 – octobre 2019/],
  ])("'%s': a part of a year, with joining, leaving or 'only'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'3 years of experience in software engineering?' is his whole career, not a word taught", async () => {
    expect(lead(await ask("3 years of experience in software engineering?"))).toMatch(/^Yes — about 7 years/);
  });

  it("'how many developers in the Decathlon team?' still counts the roster", async () => {
    expect(lead(await ask("how many developers in the Decathlon team?"))).toMatch(/^Team, as the profile lists it: 7/);
  });
});

describe("what the second hunt found", () => {
  it.each([
    ["more than 2 years of scraping?", /^No — Scraping: about 6 months/],
    ["did he finish his mission at Decathlon?", /^No — at Decathlon since May 2021, and still there/],
    ["has he finished at EPISEN?", /^No — at EPISEN since November 2022, and still there/],
    ["il bosse pour qui ?", /^Actuellement : Senior Data Engineer chez Decathlon/],
    ["who is his employer?", /^Currently: Senior Data Engineer at Decathlon/],
    ["list each job title he held", /^5 employers, as the CV lists them: Decathlon \(Senior Data Engineer/],
    ["what's his level of French?", /^The profile doesn't say which languages he speaks/],
    ["is Kafka in his stack?", /^Kafka: taught at EPISEN/],
    ["Kafka fait partie de sa stack ?", /^Kafka : enseigné à EPISEN/],
    ["has he worked in food and beverage?", /^Yes — as the CV describes them: Pernod Ricard/],
    ["il a fait du ML ds tte sa carrière ?", /^Non, pas dans tous ses postes/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'brb' is taken, not a word the profile lacks", async () => {
    expect(lead(await ask("brb"))).toMatch(/^👍/);
  });
});

describe("a job's list closed by the verdict asked", () => {
  it.each([
    [
      "On cherche un data engineer Spark/Scala avec 5 ans d'expérience, est-ce que ça colle ?",
      /^Répond à 4 exigences sur 4\./,
    ],
    ["Requirements: Python, Airflow, AWS. Est-ce que c'est bon ?", /^Répond à 3 exigences sur 3\./],
  ])("« %s »: no « est-ce que » among the requirements", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(a.answer).not.toMatch(/est-ce que :/i);
  });
});
