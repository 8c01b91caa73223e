import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the fifty-ninth session found wrong: a thing asked with the opposite of the word the CV gives it, asides
// said first, a name then a title with no comma, speed against the time taken, years of "management", a team "led"
// by coordinating it, questions only he can answer (references, how he left, his car, whether he is looking).

const { ask } = trialChat();

describe("the opposite of the word the CV gives the same thing", () => {
  it.each([
    ["did he work with small JDBC tables?", /^No — the profile says “large JDBC tables”, not “small JDBC tables”/],
    ["was the latency low on the JDBC tables?", /^No — the profile says “high latency”, not “low”/],
    ["la latence etait faible ?", /^Non — le profil dit « fortes latences », pas « faible »/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["did he work with large tables?", /^Yes — the profile mentions it at Decathlon/],
    ["did he work with high latency tables?", /^Yes — the profile mentions it at Decathlon/],
  ])("'%s', the CV's own word, is still a yes", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'did he encrypt simple data?' gets no 'no' from 'complex nested data': HR data is encrypted too", async () => {
    expect(lead(await ask("did he encrypt simple data?"))).not.toMatch(/^No/);
  });

  it("a question of how, « simple ajout … ou fusion ? », is no yes-or-no to deny", async () => {
    const a = await ask(
      "Bonjour, je prépare l'entretien technique. Comment gère-t-il les chargements incrémentaux : simple ajout des " +
        "nouveaux fichiers, ou fusion avec les données existantes ?",
    );
    expect(lead(a)).not.toMatch(/^Non/);
  });
});

describe("who is asking, said first", () => {
  it("'I am Haruto, engineering manager at retail analytics startup in Osaka.' (no article) asks nothing", async () => {
    const a = await ask(
      "Good morning. I am Haruto, engineering manager at retail analytics startup in Osaka. Please let me ask " +
        "first about his current mission at Decathlon: is it correct that he was taking architecture decisions " +
        "himself, or he was only implementing what tech lead decided?",
    );
    expect(a.answer).not.toMatch(/Haruto|Osaka/);
    expect(a.answer).toMatch(/architectural decisions/);
  });

  it("« slt, Koffi recruteur a Cotonou. » (no comma before the title) is no question", async () => {
    const a = await ask(
      "slt, Koffi recruteur a Cotonou. mon client veut qqn qui a deja fait une migration vers databricks, ton " +
        "candidat il a fait ca chez decathlon?",
    );
    expect(a.answer).not.toMatch(/Cotonou|Koffi/);
    expect(a.answer).toMatch(/Databricks/);
  });

  it("a plan of the asker's, then what they saw in the profile, then the question: the question answered", async () => {
    const a = await ask(
      "We plan to move our POS data to real-time streaming. I saw Kafka is mentioned somewhere in his profile. " +
        "Did he run Kafka in production at one of his employers, and at what scale?",
    );
    expect(a.answer).not.toMatch(/POS/);
    expect(lead(a)).toMatch(/Kafka/);
    expect(lead(a)).toMatch(/EPISEN/);
  });

  it("« comme la MAIF est une assurance, … » said first gets no 'oui' from MAIF being an insurer", async () => {
    const a = await ask("comme la MAIF est une assurance, il a fait de la détection de fraude ?");
    expect(lead(a)).toMatch(/^Le profil ne mentionne pas « détection/);
  });
});

describe("words said in passing", () => {
  it("« ou jsp » is « ou je sais pas », no word to look for", async () => {
    const a = await ask("cote gouvernance des donnees il a fait qqch de concret ou jsp? le DSI va poser la question");
    expect(a.answer).not.toMatch(/jsp/);
    expect(a.answer).toMatch(/idcard/);
  });

  it("« plutôt » is asked of nothing", async () => {
    const a = await ask(
      "J'imagine qu'il n'a jamais eu à gérer les droits d'accès aux données, c'est plutôt le job des admins ?",
    );
    expect(lead(a)).not.toMatch(/plutôt/);
  });

  it("'at one of his employers' looks for no word 'employers'", async () => {
    const a = await ask("Did he run Kafka in production at one of his employers?");
    expect(lead(a)).not.toMatch(/employers/);
  });

  it("'He set up CI/CD, so I guess he also does Terraform?' names CI/CD, not 'set CI CD'", async () => {
    const a = await ask("He set up CI/CD, so I guess he also does Terraform?");
    expect(lead(a)).toMatch(/^CI\/CD: yes — .* · Terraform: no/);
  });
});

describe("speed, against the time taken", () => {
  it.each([
    ["Did he increase ingestion speed?", /^Yes — the profile mentions it at AAA-Data/],
    ["did he reduce the ingestion speed?", /^No — the profile says it was the other way round at AAA-Data/],
    ["Did he increase the number of calls?", /^No — the profile says it was the other way round at Decathlon/],
    ["did he reduce the number of calls?", /^Yes — the profile mentions it at Decathlon/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("leading people, asked otherwise", () => {
  it.each([
    ["il a 3 ans de management ?", /^Le profil ne montre pas 3 ans d'encadrement .* 1 an et 5 mois/],
    ["il a 2 ans de gestion d'équipe ?", /^Le profil ne montre pas 2 ans d'encadrement/],
    ["does he have 3 years of management?", /^The profile doesn't show 3 years of leading others/],
    ["il a coordonné 160 équipes ?", /^Le profil ne dit pas qu'il a dirigé 160 équipes/],
    ["il a été team leader ?", /^Le profil donne ces titres : .* il ne dit pas qu'il était team leader/],
    ["Has he ever held the title Lead Data Engineer?", /it doesn't say he was Lead Data Engineer/],
    ["did he grow the team?", /^The profile doesn't say he built or hired a team/],
    ["Did he form a data team?", /^The profile doesn't say he built or hired a team/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'did he coordinate with business teams?' is no question of leading", async () => {
    expect(lead(await ask("did he coordinate with business teams?"))).not.toMatch(/built or hired|led \d+ teams/);
  });
});

describe("what only he can say", () => {
  it.each([
    ["Can I speak to a former manager?", /^The profile gives no references/],
    ["je peux parler à un de ses anciens managers ?", /^Le profil ne donne pas de références/],
    ["did he leave on good terms with MAIF?", /^The profile gives when each role began and ended, not why he left/],
    ["il est parti en bons termes de chez AAA-Data ?", /^Le profil donne les dates de chaque poste/],
    ["il est véhiculé ?", /^Le profil ne dit rien de sa vie privée/],
    ["il est à l'écoute du marché ?", /^Le profil dit ce qu'il a fait, pas ce qu'il souhaite pour la suite/],
    ["is he open to new opportunities?", /^The profile says what he has done, not what he would want next/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'did he talk with former clients about data quality?' asks for no references", async () => {
    expect(lead(await ask("did he talk with former clients about data quality?"))).not.toMatch(/references/);
  });
});

describe("time, and skills of another kind", () => {
  it.each([
    ["has he used snowflake over the last years?", /^Snowflake: last listed at AAA-Data .* not in the current roles/],
    ["has he used Snowflake these past years?", /^Snowflake: last listed at AAA-Data/],
    ["il a fait du Snowflake ces derniers temps ?", /^Snowflake : cité pour la dernière fois chez AAA-Data/],
    ["has he used Spark these past years?", /^Spark: still in use/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each(["What's his strongest soft skill?", "Which tools has he never used?"])(
    "'%s' is no list of his main tools",
    async (q) => {
      expect(lead(await ask(q))).not.toMatch(/^Main skills/);
    },
  );

  it("« chez Decathlon ils sont passés de Databricks à EMR ? » is the other way round", async () => {
    expect(lead(await ask("chez Decathlon ils sont passés de Databricks à EMR ?"))).toMatch(
      /^Non — le profil dit l'inverse chez Decathlon/,
    );
  });
});

describe("a tool's feature the profile doesn't name", () => {
  it.each([
    [
      "Has he used Delta Lake time travel?",
      /^The profile doesn't mention “time travel”\. What it does show at Decathlon/,
    ],
    [
      "Has he used Snowflake time travel?",
      /^The profile doesn't mention “time travel”\. What it does show at AAA-Data/,
    ],
    ["Has he used Spark broadcast joins?", /^The profile doesn't mention “broadcast joins”/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["hey, has he used PostgreSQL anywhere?", /^Yes — PostgreSQL: used at AAA-Data/],
    ["did he use Airflow lately?", /^Airflow: still in use/],
    ["has he written Python scripts?", /^Yes — Python: used at Decathlon/],
  ])("'%s' names no feature", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("asked the other way round, or of elsewhere", () => {
  it("'Is he missing leadership experience?' gets what he did, with no 'yes'", async () => {
    expect(lead(await ask("Is he missing leadership experience?"))).toMatch(/^He supervised 2 junior data engineers/);
  });

  it("'Does he lack any key skills for a modern data stack?' gets no 'yes'", async () => {
    expect(lead(await ask("Does he lack any key skills for a modern data stack?"))).not.toMatch(/^Yes/);
  });

  it.each([
    ["What did he do between MAIF and Decathlon?", /^Just before Decathlon: Data Engineer at AAA-Data/],
    ["qu'a-t-il fait entre la MAIF et Decathlon ?", /^Juste avant Decathlon : Data Engineer chez AAA-Data/],
  ])("'%s' is what came between", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'his LinkedIn says he used Kafka at Decathlon' is weighed against the CV, no contact asked", async () => {
    await ask("Has he used Kafka?", "li");
    const a = await ask("that's wrong, his LinkedIn says he used Kafka at Decathlon", "li");
    expect(lead(a)).toMatch(/^The profile mentions “Kafka” at EPISEN, since November 2022, but not at Decathlon/);
  });

  it("'can I have his linkedin?' still asks for his contact", async () => {
    expect(lead(await ask("can I have his linkedin?"))).toMatch(/^The profile doesn't give his contact details/);
  });
});

describe("a follow-up on whether he is there now", () => {
  it("'Is he working at MAIF now?', then 'and AAA-Data?' asks whether he is at AAA-Data now", async () => {
    await ask("Is he working at MAIF now?", "now");
    expect(lead(await ask("and AAA-Data?", "now"))).toMatch(/^No — AAA-Data was January 2020 – May 2021/);
    expect(lead(await ask("and Decathlon?", "now"))).toMatch(/^Yes — at Decathlon since May 2021/);
  });

  it("« il est chez MAIF maintenant ? », then « et chez AAA-Data ? »", async () => {
    await ask("il est chez MAIF maintenant ?", "fr");
    expect(lead(await ask("et chez AAA-Data ?", "fr"))).toMatch(/^Non — AAA-Data, c'était janvier 2020 – mai 2021/);
  });
});

describe("recruiters' French", () => {
  it.each([
    ["il a 4 ans d'expérience en formation ?", /^Oui — environ 4 ans et \d+ mois d'enseignement et de formation/],
    ["il est en fin de mission ?", /^Le profil ne précise pas ses disponibilités/],
    ["il est en inter-contrat ?", /^Le profil ne précise pas ses disponibilités/],
    ["quelle était la compo de l'équipe chez AAA ?", /^Équipe, telle que le profil la décrit : 5 personnes/],
    ["Stack : AWS, Spark, Airflow. Est-ce que le profil colle ?", /^Répond à 3 exigences sur 3\.$/],
    ["On cherche : Python, Snowflake, dbt. Pensez-vous que le profil convient ?", /^Répond à 2 exigences sur 3\./],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each(["non rien, c'est bon", "pas d'autres questions", "bon ben tant pis", "non rien"])(
    "'%s' after an answer closes the talk",
    async (closing) => {
      await ask("il a fait du spark ?", `bye ${closing}`);
      expect(lead(await ask(closing, `bye ${closing}`))).toMatch(/^Au revoir/);
    },
  );

  it("'has he worked with JSP?' is the Java pages, not « je sais pas »", async () => {
    expect(lead(await ask("has he worked with JSP?"))).toMatch(/^The profile doesn't mention “JSP”/);
  });
});

describe("what the second hunt and the cold review of the session found", () => {
  it.each([
    ["did he coordinate 160 teams?", /^The profile doesn't say he led 160 teams/],
    ["Is MAIF his current employer?", /^No — MAIF was January 2019 – January 2020/],
    ["la MAIF c'est son employeur actuel ?", /^Non — MAIF, c'était janvier 2019 – janvier 2020/],
    ["il a eu le titre de lead dev ?", /^Le profil donne ces titres : /],
    ["did he increase the ingestion time?", /^No — the profile says it was the other way round at AAA-Data/],
    ["a-t-il augmente le temps d'ingestion ?", /^Non — le profil dit l'inverse chez AAA-Data/],
    ["did he slow down ingestion?", /^No — the profile says it was the other way round at AAA-Data/],
    ["did he use Delta Lake vacuum?", /^The profile doesn't mention “vacuum”/],
    ["il a une formation d'ingénieur ?", /^Le profil ne mentionne ni diplômes ni certifications/],
    ["is he on the job market?", /^The profile says what he has done, not what he would want next/],
    ["does he have references?", /^The profile gives no references/],
    ["les sprints durent combien de temps chez AAA ?", /^Voici ce que dit le profil chez AAA-Data/],
    ["il a fait des MEP ?", /^Oui — le profil le mentionne chez MAIF/],
    ["il a fait une preuve de concept ?", /^Oui — le profil le mentionne chez Decathlon/],
    ["il a le sens du service ?", /^Le profil donne des faits, pas des jugements/],
    ["Can you check him against these requirements: 3+ years Snowflake, Kafka, Airflow", /^Meets 1 of 3 requirements/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("the follow-ups after « Travaille-t-il chez MAIF actuellement ? » ask of now too", async () => {
    await ask("Travaille-t-il chez MAIF actuellement ?", "inv");
    expect(lead(await ask("et AAA-Data ?", "inv"))).toMatch(/^Non — AAA-Data, c'était janvier 2020 – mai 2021/);
  });

  it("'sur son linkedin il est marqué lead data engineer' is weighed against the CV", async () => {
    expect(lead(await ask("sur son linkedin il est marqué lead data engineer"))).not.toMatch(/coordonnées/);
  });

  it.each([
    ["Does he have 3 years of experience handling big data?", /^Yes — about 7 years and \d+ months of experience/],
    ["has he worked on high availability systems?", /^(?!The profile doesn't say when he is available)/],
    ["a-t-il travaillé sur la haute disponibilité ?", /^(?!Le profil ne précise pas ses disponibilités)/],
    ["il a fait quoi en fin de mission chez MAIF ?", /^Chez MAIF/],
    ["Which tools does he not use anymore?", /^Not in his current roles; last named: Docker/],
    ["did he write the DAGs manually?", /^The profile says it was automated at Decathlon/],
    ["Did he manage a €7M budget at AAA?", /^(?!Yes|The profile says he supervised 2, not 7)/],
    ["is he a Spark expert?", /^Spark: used at Decathlon/],
    ["would he be comfortable in an AWS environment?", /^Yes — AWS: used at Decathlon/],
    ["did he form a team with the data scientists?", /^Yes — the profile mentions it at MAIF/],
    ["my client says he lacks leadership, did he supervise anyone?", /^Yes — he supervised 2 junior data engineers/],
    ["on peut parler de ses anciens clients ?", /^(?!Le profil ne donne pas de références)/],
  ])("'%s' keeps its answer", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("asides the last reviews found unread", () => {
  it.each([
    ["bonjour Koffi, recruteur à Cotonou : il connait Spark ?", /^Oui — Spark : utilisé chez Decathlon/],
    ["slt Koffi recruteur a Cotonou, il fait du Scala ?", /^Oui — Scala : utilisé chez Decathlon/],
    ["hello, Koffi recruiter in Cotonou, does he know Spark?", /^Yes — Spark: used at Decathlon/],
    ["over the last years, has he managed people?", /^Not in his current roles, as the profile tells them/],
    [
      "J'ai vu que Kafka est mentionné dans son profil. Il l'a utilisé en prod ?",
      /^Le profil mentionne « Kafka » chez EPISEN, depuis novembre 2022, mais pas « prod » avec/,
    ],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("what the second cold review found", () => {
  it.each([
    ["Did he increase the number of tables ingested?", /^(?!No — the profile says it was the other way round)/],
    ["did the migration slow down the team?", /^(?!No — the profile says it was the other way round)/],
    ["il a donné une formation en informatique ?", /^(?!Le profil ne mentionne ni diplômes)/],
    ["Requis : Spark, Python, avec un bon relationnel. Il matche ?", /^Répond à 2 exigences sur 3/],
    ["Since Decathlon is a retailer, has he worked on sales data?", /but not at Decathlon/],
    ["Did he manage a team and a €7M budget at AAA?", /^(?!The profile doesn't mention)/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});
