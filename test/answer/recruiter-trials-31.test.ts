import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the fortieth session's trap hunter and dev set 45 (a Milan consultancy recruiter, an Austin founder's terse
// slang, a Montreal headhunter's Quebec French, a Lyon ESN salesman's SMS French) found wrong.

const { ask } = trialChat();

describe("a noun asked as one kind is not answered by another kind of it", () => {
  it.each([
    ["Did he do load testing?", /not “testing”/],
    ["a-t-il fait des tests de charge ?", /mais pas « tests »/],
  ])("'%s' is no yes from the unit tests", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it.each([
    ["has he written unit tests?", /^Yes/],
    ["a-t-il écrit des tests unitaires ?", /^Oui/],
    ["design decisions?", /architectural decisions/],
    ["il a deja bosse sur une migration de catalogue de metadonnees aws vers databricks ?", /^Oui/],
  ])("'%s' is still answered", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(true);
    expect(`${lead(a)}\n${quoted(a).join("\n")}`).toMatch(said);
  });
});

describe("a claim said as a statement is checked as the question would be", () => {
  it.each([
    "He led the EMR to Databricks migration, correct?",
    "He led the migration from EMR to Databricks?",
    "so he led the Snowflake migration?",
  ])("'%s' is no 'yes'", async (q) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/doesn't say he led it/);
  });

  it("'did he own design calls…?' is still his architectural decisions", async () => {
    const a = await ask("did he own design calls or just pick up tickets someone else scoped");
    expect(quoted(a).join("\n")).toMatch(/taking architectural decisions/);
  });

  it.each(["He trained 15 data scientists at MAIF, correct?", "Il a formé 15 data scientists chez MAIF ?"])(
    "'%s': putting their work in production is no training them",
    async (q) => {
      const a = await ask(q);
      expect(a.answered).toBe(false);
      expect(lead(a)).not.toMatch(/^(Yes|Oui)|in his own work|son propre travail/);
    },
  );

  it.each([
    // (The CV's figure, from when it was written: longer to date, as the answer says with it.)
    ["He has been at Decathlon for 4 years and 3 months, right?", /^Longer than that — at Decathlon since May 2021/],
    ["il est chez Decathlon depuis 4 ans et 3 mois ?", /^Plus longtemps que ça — chez Decathlon depuis mai 2021/],
  ])("'%s' is one length of time, checked against the role's", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("French written wrong and Quebec words", () => {
  it.each([
    ["at'il ete lead tech chez decathlon ?", /ne dit pas qu'il était lead tech/],
    ["a t'il fait du Spark ?", /^Oui — Spark/],
    ["at il fait du scala", /^Oui — Scala/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    [
      "Pis avant la compagnie de données automobiles, il travaillait où?",
      /Juste avant AAA-Data : Data Engineer chez MAIF/,
    ],
    ["k and at the car data co, how many ppl on his team?", /5 people at AAA-Data/],
  ])("'%s' names the employer described", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["a-t-il travaillé dans le secteur public ?", /^Oui — .*EPISEN/],
    ["a-t-il travaillé dans le secteur bancaire ?", /ne décrit aucun de ses employeurs/],
  ])("'%s' is a kind of employer", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("what came before a role begun during another", () => {
  it("'before EPISEN?' says Decathlon was under way, then AAA-Data", async () => {
    const said = lead(await ask("what did he do before EPISEN?"));
    expect(said).toMatch(/^Already under way when EPISEN began: Senior Data Engineer at Decathlon/);
    expect(said).toMatch(/Before that: Data Engineer at AAA-Data/);
    expect(said).not.toMatch(/At the same time/);
  });

  it("« et avant ? » after EPISEN, in French", async () => {
    await ask("Il enseigne depuis quand a l'EPISEN ?", "episen-avant");
    const said = lead(await ask("et avant ?", "episen-avant"));
    expect(said).toMatch(/^Déjà en cours quand EPISEN a commencé : Senior Data Engineer chez Decathlon/);
    expect(said).toMatch(/Avant cela : Data Engineer chez AAA-Data/);
  });

  it("'before AAA-Data?' still names Pernod Ricard beside MAIF", async () => {
    const said = lead(await ask("and before AAA-Data?"));
    expect(said).toMatch(
      /^Just before AAA-Data: Data Engineer at MAIF.*At the same time: Data Trainer at Pernod Ricard/,
    );
  });

  it.each(["what about before?", "what about before that?"])("'%s' after where he works now", async (q) => {
    await ask("Where does he work now?", `now|${q}`);
    expect(lead(await ask(q, `now|${q}`))).toMatch(/^Just before Decathlon: Data Engineer at AAA-Data/);
  });
});

describe("how long a piece of work took, asked at a role", () => {
  it.each(["combien de temps a duré la migration chez AAA-Data ?", "how long did the migration take at AAA-Data?"])(
    "'%s' is not the role's length",
    async (q) => {
      const a = await ask(q);
      expect(a.answered).toBe(false);
      expect(lead(a)).toMatch(/doesn't say how long it took|ne dit pas combien de temps cela a pris/);
    },
  );

  it("« combien de temps a duré la migration ? » after AAA-Data gives AAA-Data's dates only", async () => {
    await ask("c'est quoi AAA-Data ?", "aaa-migration");
    const a = await ask("combien de temps a duré la migration ?", "aaa-migration");
    expect(lead(a)).toMatch(/ne dit pas combien de temps cela a pris.*AAA-Data/);
  });

  it("'how long did his job at AAA-Data last?' is still the role's length", async () => {
    expect(lead(await ask("how long did his job at AAA-Data last?"))).toMatch(/^At AAA-Data from January 2020/);
  });
});

describe("'fluent in' a tool is no spoken language", () => {
  it.each([
    ["Is he fluent in Scala?", /^Scala: used at Decathlon/],
    ["Is he fluent with Airflow and Databricks?", /Airflow: yes.*Databricks: yes/],
    ["Est-il courant en Scala ?", /^Oui/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each(["is he fluent in English?", "is he fluent in englsh? it's for an intl team", "il est courant en anglais ?"])(
    "'%s' is still his languages",
    async (q) => {
      expect(lead(await ask(q))).toMatch(/languages he speaks|langues parlées/);
    },
  );
});

describe("a part named only as what was chosen against", () => {
  it.each([
    ["Parquet or Avro?", /parquet: named only as what was chosen against \[1\] · avro: yes/],
    ["Parquet ou Avro ?", /parquet : cité seulement comme ce qui a été écarté \[1\] · avro : oui/],
  ])("'%s'", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(quoted(a).join("\n")).toMatch(/rather than parquet|plutôt qu'en parquet/);
  });
});

describe("a bare 'in X?' after a field of work asks that field instead", () => {
  it("'in insurance?' after retail", async () => {
    await ask("Has he worked in retail?", "retail-insurance");
    expect(lead(await ask("in insurance?", "retail-insurance"))).toMatch(/^Yes — .*MAIF/);
  });

  it("'in production?' after Kafka in teaching asks production instead", async () => {
    await ask("did he use Kafka in teaching?", "kafka-prod");
    const a = await ask("in production?", "kafka-prod");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/not “production”/);
  });
});

describe("chat asides and the asker's own side said first", () => {
  it.each([
    ["Allora, he has used Delta Lake?", /^Yes — Delta Lake/],
    ["He has done something concrete with Collibra or he just knows the name?", /^Yes — Collibra/],
  ])("'%s'", async (q, said) => {
    const a = await ask(q);
    expect(`${lead(a)}\n${quoted(a).join("\n")}`).toMatch(said);
    expect(lead(a)).not.toMatch(/ngl|Allora|concrete/);
  });

  it("'We use Spark and Kafka. Does he know them?' keeps what 'them' points at", async () => {
    const a = await ask("We use Spark and Kafka. Does he know them?");
    expect(lead(a)).toMatch(/Spark/);
    expect(lead(a)).toMatch(/Kafka/);
  });

  it.each(["is he free rn?", "is he free from January?"])("'%s' is his availability, his to say", async (q) => {
    expect(lead(await ask(q))).toMatch(/doesn't say when he is available/);
  });
});

describe("several questions written as a list on one line", () => {
  it.each([
    ["1/ Databricks 2/ Unity Catalog 3/ remote or onsite", /Databricks: yes.*Unity Catalog: yes.*remotely or on site/s],
    ["• has he done CI/CD • what's his notice period", /^Yes — .*Decathlon.*when he is available/s],
    ["il connaît Docker, il accepte le full remote ?", /^Oui — Docker.*à distance ou sur site/s],
  ])("'%s' answers each", async (q, said) => {
    expect((await ask(q)).answer).toMatch(said);
  });

  it("« il a fait du snowflake chez aaa data, il est certifie snowpro du coup ? » is one question", async () => {
    const a = await ask("il a fait du snowflake chez aaa data, il est certifie snowpro du coup ?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/ni diplômes ni certifications/);
  });
});

describe("claims beyond what the profile says", () => {
  it.each([
    ["He managed the 160 teams?", /doesn't say he led 160 teams; it shows he supervised others at AAA-Data/],
    ["Il a managé les 160 équipes ?", /ne dit pas qu'il a dirigé 160 équipes/],
    ["So he's the one who decided to drop EMR for Databricks.", /doesn't say whose decision it was/],
  ])("'%s'", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it("'He's a Kafka expert then, since he teaches it.' gets no 'yes' to how expert", async () => {
    const said = lead(await ask("He's a Kafka expert then, since he teaches it."));
    expect(said).not.toMatch(/^Yes/);
    expect(said).toMatch(/EPISEN.*not how expert he is/);
  });

  it("'has he led a team?' is still a yes", async () => {
    expect(lead(await ask("has he led a team?"))).toMatch(/^Yes — he supervised 2 junior data engineers/);
  });
});

describe("volumes, reasons, names and time spent", () => {
  it.each([
    ["We're a logistics company with 300 TB a day. Has he worked at that volume?", /^Yes — .*Decathlon/],
    ["has he processed 300 TB a day?", /^Yes — .*Decathlon/],
    ["has he processed 500 TB a day?", /gives 400 TB at Decathlon.*not 500 TB/],
    ["on m'a dit 40 To par jour chez Decathlon, c'est bien ça ?", /400 To chez Decathlon.*pas 40 To/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each(["Has he paid down technical debt?", "Has he ever had to pay off tech debt?"])(
    "'%s' is reducing technical debt",
    async (q) => {
      const a = await ask(q);
      expect(lead(a)).toMatch(/^Yes — .*Decathlon.*AAA-Data/);
      expect(quoted(a).join("\n")).toMatch(/technical debt/);
    },
  );

  it("'why?' after HDFS is answered by the aim the passage gives", async () => {
    await ask("Has he used HDFS?", "hdfs-why");
    const a = await ask("why?", "hdfs-why");
    expect(lead(a)).not.toMatch(/doesn't say why/);
    expect(quoted(a).join("\n")).toMatch(/Reduction of costs and of the number of calls/);
  });

  it.each([
    ["what's the Reject Table?", /^\[1\] Implementation of a "Reject Table"[^\n]*$/],
    ["C'est quoi la Reject Table ?", /^\[1\] Implémentation d'une "Reject Table"[^\n]*$/],
  ])("'%s' quotes the passage naming it, and no other", async (q, said) => {
    expect(quoted(await ask(q)).join("\n")).toMatch(said);
  });

  it.each([
    ["how much time does he spend teaching?", /10 h of lectures.*10 h of practical sessions/],
    ["combien de temps consacre-t-il à l'enseignement ?", /10h (CM|TP).*10h (CM|TP)/],
  ])("'%s' gives the hours he teaches", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("visas, and chat's asides at either end", () => {
  it.each([
    ["work permit / visa for Switzerland?", /doesn't say whether he needs a visa or a work permit/],
    ["does he need sponsorship for the UK?", /doesn't say whether he needs a visa or a work permit/],
    ["a-t-il besoin d'un visa ?", /ne dit pas s'il a besoin d'un visa ou d'un permis de travail/],
  ])("'%s' is a permit, his to say, not where he is based", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it.each([
    ["lmk if he knows airflow pls", /^Yes — Airflow/],
    ["aight what about streaming in general", /EPISEN/],
  ])("'%s'", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(lead(a)).not.toMatch(/lmk|aight|general/);
  });

  it("'how long tho' after Snowflake is its time", async () => {
    await ask("has he used Snowflake?", "tho");
    expect(lead(await ask("how long tho", "tho"))).toMatch(/^Snowflake: about 1 year and 5 months/);
  });
});

describe("a short presentation, and people counted where he led none", () => {
  it.each([
    "can you give me a short presentation of him, 3-4 lines, who he is and what he does?",
    "who he is and what he does?",
  ])("'%s' is the summary", async (q) => {
    const said = (await ask(q)).answer;
    expect(said).toMatch(/^Senior Data Engineer at Decathlon/);
    expect(said).toMatch(/\nMain skills:/);
  });

  it.each([
    ["how many people did he lead at MAIF?", /doesn't say he led people at MAIF.*At MAIF it counts other people/],
    ["il a accompagne combien de data scientists a la MAIF ?", /Chez MAIF, le profil compte d'autres personnes/],
  ])("'%s' quotes the people that role counts, not as led", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
    expect(quoted(a).join("\n")).toMatch(/15 data scientists/);
  });
});

describe("what the third trap hunt found", () => {
  it("« Combien de data scientists a-t-il accompagnés ? » counts data scientists, not data engineers", async () => {
    const a = await ask("Combien de data scientists a-t-il accompagnés ?");
    expect(lead(a)).toMatch(/15 data scientists.*chez MAIF/);
    expect(lead(a)).not.toMatch(/Data Engineers/);
  });

  it.each(["a-t-il décommissionné EMR chez Decathlon ?", "C'est lui qui a décommissionné EMR ?"])(
    "'%s' quotes the decommissioning, with no 'not said it was left'",
    async (q) => {
      const a = await ask(q);
      expect(lead(a)).not.toMatch(/abandonné/);
      expect(quoted(a).join("\n")).toMatch(/Décommissionnement d'EMR au profit de Databricks/);
    },
  );

  it.each([
    ["Il a déjà fait du Terraform ou de l'infra as code ?", /Terraform : absent du profil · IaC : absent du profil/],
    ["infrastructure as code?", /doesn't mention “IaC”/],
  ])("'%s' is one thing the profile lacks", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });
});

describe("what the cold reading of the change found", () => {
  it.each([
    ["At Decathlon he processes 300 TB a day, right?", /gives 400 TB at Decathlon.*not 300 TB/],
    ["Did he process 50 TB JDBC tables?", /gives 2 TB at Decathlon.*not 50 TB/],
    ["How long was the Decathlon mission?", /^At Decathlon since May 2021 — \d+ years/],
    ["Did he lead a team of 3 serving 160 teams?", /supervised 2, not 3/],
    ["Is he fluent in the English language?", /doesn't say which languages he speaks/],
    ["Il est courant en arabe ?", /ne précise pas les langues parlées/],
    ["Has he worked for a publishing company?", /doesn't describe any employer/],
    ["Has he worked for an automation company?", /doesn't describe any employer/],
    ["Is he open for freelance missions?", /^Yes — /],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'Our stack: Spark • Kafka • Airflow. Does he know them?' lists names, no bulleted questions", async () => {
    expect((await ask("Our stack: Spark • Kafka • Airflow. Does he know them?")).answer).toMatch(/• Spark: ✔ met/);
  });

  it("« il a encadré 2 juniors, il les a formés ? » is one question, its second part pointing back", async () => {
    const a = await ask("il a encadré 2 juniors, il les a formés ?");
    expect(a.answer.split(" · ").length).toBe(1);
  });

  it("'Has he done Machine Learning?' in capitals still finds his work, not only his teaching", async () => {
    expect(lead(await ask("Has he done Machine Learning?"))).toMatch(/^Yes — .*MAIF/);
  });
});

describe("who is asking, said with what they do", () => {
  it.each([
    ["Bonjour, je suis Julien, chargé de recrutement dans une ESN à Lille.", /^Bonjour !/],
    ["Hi, I'm Tom from Hays, recruiting for a bank.", /^Hello!/],
  ])("'%s' is a greeting", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it("'Hi, I'm Tom from Hays, recruiting for a bank. Has he used Kafka?' answers Kafka", async () => {
    expect(lead(await ask("Hi, I'm Tom from Hays, recruiting for a bank. Has he used Kafka?"))).toMatch(
      /^Kafka: taught at EPISEN/,
    );
  });
});
