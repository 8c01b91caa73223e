import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the forty-seventh session found wrong: held-out set dev 53 and two helpers' recruiter trials (an act the CV
// never states, a French « c'est une boîte chinoise ? », English asked beside skills, a company's age).

const { ask } = trialChat();

describe("his experience asked of nothing in particular is his whole career", () => {
  it.each(["what's his experience?", "does he have experience?", "has he got any experience?"])(
    "'%s': his years, from his first role",
    async (question) => {
      const a = await ask(question);
      expect(a.answered).toBe(true);
      expect(lead(a)).toMatch(/^About \d+ years and \d+ months of experience, from January 2019/);
    },
  );

  it.each(["quelle est son expérience ?", "il a de l'expérience ?", "a-t-il de l'experience"])(
    "« %s »: ses années, depuis son premier poste",
    async (question) => {
      expect(lead(await ask(question))).toMatch(/^Environ \d+ ans et \d+ mois d'expérience, de janvier 2019/);
    },
  );

  it("'what is his experience with spark?' stays a question of Spark", async () => {
    expect(lead(await ask("what is his experience with spark?"))).toMatch(/^Spark: used at Decathlon/);
  });
});

describe("a thing named with what he did to it asks something of the thing", () => {
  it("'how many teams use the platform he builds at decathlon?': the 160 teams", async () => {
    const a = await ask("how many teams use the platform he builds at decathlon?");
    expect(a.answered).toBe(true);
    expect(quoted(a).join("\n")).toMatch(/160 teams/);
  });

  it("« la plateforme qu'il developpe chez decathlon, elle traite quel volume ? »: les 400 To", async () => {
    const a = await ask("la plateforme qu'il developpe chez decathlon, elle traite quel volume ?");
    expect(lead(a)).toMatch(/400 To quotidiens/);
  });

  it("'how many ppl / teams use the platform he builds?': what the profile lacks is not 'builds'", async () => {
    const a = await ask("how many ppl / teams actually use the platform he builds at decathlon?");
    expect(a.answer).not.toMatch(/builds/);
  });
});

describe("a tool's version is what the CV never gives", () => {
  it("« Quelles versions de Spark et d'Airflow ? »: no version, where each was used, no « oui »", async () => {
    const a = await ask("Quelles versions de Spark pis d'Airflow il a utilisées?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^Le profil ne donne aucune version\. Spark : utilisé chez Decathlon/);
    expect(lead(a)).not.toMatch(/\boui\b/);
  });

  it("'which version of Python does he use?': not answered, the uses said", async () => {
    const a = await ask("which version of Python does he use?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^The profile names no versions\. Python: used at Decathlon/);
  });

  it.each([
    "did he keep track of model versions at MAIF?",
    "Walk me through what he does at Decathlon, the 30-second version.",
  ])("'%s': a model's version, or a short telling, is no tool's version", async (question) => {
    expect((await ask(question)).answered).toBe(true);
  });
});

describe("an act the CV would state, asked in a word it never writes, is no 'yes'", () => {
  it.each([
    ["did he negotiate the ANTS licence?", /, but not “negotiate” with it\.$/],
    ["did he hire the junior engineers at AAA?", /, but not “hire” with it\.$/],
    ["did he win new clients for AAA-Data?", /, but not “win” with it\.$/],
    ["a-t-il recruté des juniors chez AAA-Data ?", /, mais pas « recruté » avec\.$/],
  ])("'%s'", async (question, said) => {
    const a = await ask(question);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it.each([
    "did he pull data from a third-party maps service?",
    "il a deja recupere des donnees depuis une api externe ?",
  ])("'%s': a verb of doing, which the thing named answers, keeps its 'yes'", async (question) => {
    expect(lead(await ask(question))).toMatch(/^(Yes|Oui) — /);
  });
});

describe("« c'est une boîte chinoise ? »: what the CV says the company is, in French too", () => {
  it.each([
    [
      "AAA-Data c'est une boîte allemande ?",
      /^Pas selon le CV : il décrit AAA-Data comme leader français .*« boîte allemande »/,
    ],
    ["La MAIF c'est une compagnie suisse ?", /^Pas selon le CV : il décrit MAIF comme mutuelle d'assurance française/],
    ["C'est une école privée l'EPISEN ?", /^Pas selon le CV : il décrit EPISEN comme école d'ingénieurs publique/],
    ["c'est une banque la MAIF ?", /^Pas selon le CV : .* pas comme « banque »/],
    ["Decathlon c'est une boîte chinoise ?", /^Le CV ne dit pas quel genre d'entreprise est Decathlon\./],
  ])("« %s »", async (question, said) => {
    const a = await ask(question);
    expect(lead(a)).toMatch(said);
    expect(lead(a)).not.toMatch(/^Oui/);
  });

  it("« la MAIF c'est une mutuelle française ? »: « Oui », as the CV describes it", async () => {
    expect(lead(await ask("la MAIF c'est une mutuelle française ?"))).toMatch(/^Oui — tel que le CV les décrit : MAIF/);
  });
});

describe("what only he can say, listed among skills, leaves the skills answered", () => {
  it("« Spark, Databricks, anglais courant : ok ? »: the skills, then his English is his to say", async () => {
    const a = await ask("Spark, Databricks, anglais courant : ok ?");
    expect(lead(a)).toMatch(/^Spark : oui — .* · Databricks : oui — /);
    expect(lead(a)).toMatch(/Le profil ne précise pas les langues parlées/);
  });

  it("a job ad's line with semicolons: each tool, and English apart", async () => {
    const a = await ask(
      "Maîtrise des environnements Spark, Databricks et Snowflake ; connaissance de Kafka appréciée ; anglais courant.",
    );
    expect(lead(a)).toMatch(/Snowflake : oui — .* · Kafka : enseigné à EPISEN/);
    expect(lead(a)).toMatch(/Le profil ne précise pas les langues parlées/);
  });

  it("« il a des certifs ? databricks, aws, ce genre de truc »: kinds of certificates, not his skills", async () => {
    const a = await ask("il a des certifs ? databricks, aws, ce genre de truc");
    expect(lead(a)).toMatch(/^Le profil ne mentionne ni diplômes ni certifications/);
    expect(lead(a)).not.toMatch(/Databricks : oui/);
  });
});

describe("words of a trade, read as the trade uses them", () => {
  it("'payroll or employee records' is staff's data, no question of his contracts", async () => {
    const a = await ask(
      "ever handled really sensitive stuff like payroll or employee records and how did he lock it down",
    );
    expect(a.answer).not.toMatch(/permanent contracts/);
    expect(quoted(a).join("\n")).toMatch(/confidential data \(Human Resources\)/);
  });

  it("'has he ever been an employee?' still asks his contracts", async () => {
    expect(lead(await ask("has he ever been an employee?"))).toMatch(/^Yes — permanent contracts: AAA-Data/);
  });

  it.each(["does he do on call? we have a weekly pagerduty rota", "is he ok with being on call?"])(
    "'%s': on call is a duty the profile doesn't mention, not the S3 calls",
    async (question) => {
      const a = await ask(question);
      expect(a.answered).toBe(false);
      expect(lead(a)).toMatch(/doesn't mention “on-call”/);
    },
  );

  it.each([
    ["Il a fait de l'intégration continue ?", /CI\/CD/],
    ["has he done continuous integration?", /CI\/CD/],
  ])("« %s »: continuous integration is CI, in French word order too", async (question, cited) => {
    const a = await ask(question);
    expect(lead(a)).toMatch(/^(Yes|Oui) — /);
    expect(quoted(a)[0]).toMatch(cited);
  });

  it("« on a besoin de quelqu'un qui maîtrise Airflow »: whether he does, the need is the asker's", async () => {
    const a = await ask("on a besoin de quelqu'un qui maîtrise Airflow, c'est bon ?");
    expect(lead(a)).toMatch(/^Airflow : utilisé chez Decathlon/);
    expect(a.answer).not.toMatch(/besoin/);
  });

  it("« g besoin dun mec ki connai airflow + spark + aws »: each tool, in SMS French", async () => {
    expect(lead(await ask("g besoin dun mec ki connai airflow + spark + aws, c bon?"))).toMatch(/^Airflow : oui — /);
  });
});

describe("greetings and asides of chat English", () => {
  it("'hi aoife here from a payments co in dublin.': who asks, in lower case, and 'esp' is 'especially'", async () => {
    const a = await ask(
      "hi aoife here from a payments co in dublin. has he ever encrypted personal data field by field esp inside " +
        "deeply nested json records",
    );
    expect(a.answer).not.toMatch(/aoife|“esp”/);
    expect(quoted(a).join("\n")).toMatch(/column-level encryption of complex nested data/);
  });

  it("'anything here from his time at MAIF?' is no introduction", async () => {
    const a = await ask("anything here from his time at MAIF?");
    expect(a.answer).toMatch(/MAIF/);
  });
});

describe("whole-profile questions the hunters asked", () => {
  it("'whats he doing atm, still at decathlon?': yes, and his other role of now", async () => {
    const a = await ask("whats he doing atm, still at decathlon?");
    expect(lead(a)).toMatch(/^Yes — at Decathlon since May 2021, and still there\. Also now: .*EPISEN/);
  });

  it.each([
    [
      "how many years has AAA-Data been around?",
      /^As the CV describes AAA-Data: “the French leader in automotive data for 60 years”/,
    ],
    ["Depuis combien de temps AAA Data est sur le marché ?", /depuis 60 ans »/],
    ["AAA-Data existe depuis quand ?", /depuis 60 ans »/],
  ])("'%s': the company's age, not his time there", async (question, said) => {
    const a = await ask(question);
    expect(lead(a)).toMatch(said);
    expect(a.answer).not.toMatch(/1 (year|an) (and|et) 5/);
  });

  it("'how old is MAIF?': the CV doesn't say", async () => {
    const a = await ask("how old is MAIF?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toBe("The CV doesn't say how long MAIF has existed.");
  });

  it.each([
    ["Il a cumulé deux jobs ?", /^Oui — certains de ses postes se chevauchent : Decathlon et EPISEN/],
    ["has he juggled two jobs?", /^Yes — some of his roles overlap: Decathlon and EPISEN/],
    ["Il a eu des périodes d'inactivité ?", /^Aucun trou dans les dates du CV/],
  ])("'%s'", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });

  it("'so no experience in the automotive industry?': no 'Yes' agreeing with 'no'", async () => {
    const a = await ask("so no experience in the automotive industry?");
    expect(lead(a)).not.toMatch(/^Yes/);
    expect(lead(a)).toMatch(/AAA-Data \(the French leader in automotive data\)/);
  });

  it.each(["is he lively and easy to work with?", "il est sympa ?"])(
    "'%s': his manner is no CV line (not the bars' 'lively' category)",
    async (question) => {
      const a = await ask(question);
      expect(a.answered).toBe(false);
      expect(a.answer).not.toMatch(/Pernod/);
    },
  );
});

describe("two roles' stacks set side by side", () => {
  it("'what tools did he use at both MAIF and AAA-Data?': what both stack lines list, then each alone", async () => {
    const a = await ask("what tools did he use at both MAIF and AAA-Data?");
    expect(lead(a)).toBe(
      "In both tech stacks (MAIF, AAA-Data): PySpark / Apache Spark, Jenkins, Docker. Only at MAIF: Zeppelin. " +
        "Only at AAA-Data: Snowflake, Python, PostgreSQL, Fuzzy Logic, FuzzyWuzzy, Pandas, NumPy, Apache Airflow.",
    );
    expect(quoted(a).map((q) => q.replace(/^\[\d+\] /, "").slice(0, 11))).toEqual(["Tech stack:", "Tech stack:"]);
  });

  it("'did he use the same tech stack at Pernod and MAIF?': no, and how they differ", async () => {
    expect(lead(await ask("did he use the same tech stack at Pernod and MAIF?"))).toMatch(
      /^No — in both tech stacks \(Pernod Ricard, MAIF\): Apache Spark \/ PySpark\. Only at Pernod Ricard: Databricks/,
    );
  });

  it("« Quels outils a-t-il utilisés à la fois chez MAIF et chez AAA ? »", async () => {
    expect(lead(await ask("Quels outils a-t-il utilisés à la fois chez MAIF et chez AAA ?"))).toMatch(
      /^Dans les deux stacks techniques \(MAIF, AAA-Data\) : PySpark \/ Apache Spark, Jenkins, Docker\./,
    );
  });

  it("'which tools are common to EPISEN and Decathlon?': the CV lists no stack for the school", async () => {
    const a = await ask("which tools are common to EPISEN and Decathlon?");
    expect(lead(a)).toBe("The CV lists no tech stack for EPISEN.");
    expect(a.answered).toBe(false);
  });

  it("'did he use Spark at both MAIF and AAA-Data?' stays a question of Spark", async () => {
    expect(lead(await ask("did he use Spark at both MAIF and AAA-Data?"))).toMatch(/^Yes — Spark: used at AAA-Data/);
  });
});

describe("costs cut, asked yes or no", () => {
  it.each([
    ["did he reduce costs at Decathlon?", /^Yes — what the profile says of costs \(it gives no figure\):$/],
    ["a-t-il réduit les coûts chez Decathlon ?", /^Oui — ce que le profil dit des coûts \(sans chiffre\) :$/],
    ["any figures on cost savings?", /^The profile gives no figure for what was saved; what it says of costs:$/],
  ])("'%s'", async (question, said) => {
    const a = await ask(question);
    expect(lead(a)).toMatch(said);
    expect(quoted(a).join("\n")).toMatch(/Reduction of costs|Réduction des coûts/);
  });
});

describe("French word order for a spelled-out acronym, and English's kept", () => {
  it("'deep learning models' is no 'ML' turned round: deep learning, not in the profile", async () => {
    const a = await ask("Did he also train deep learning models, e.g. with PyTorch or TensorFlow?");
    expect(lead(a)).toMatch(/^deep learning: not in the profile/);
  });
});

describe("what dev set 53 found, in Québec's and Singapore's words", () => {
  it.each([
    [
      "what kind of teams has he worked in? size, roles",
      /^Team, as the profile lists it: 7 people at Decathlon, since/,
    ],
    [
      "Dans quelles sortes d'équipes il a travaillé? Taille, rôles",
      /^Équipe, telle que le profil la décrit : 7 personnes/,
    ],
    ["how big was his team?", /^Team, as the profile lists it: 7 people at Decathlon.*; 5 people at MAIF/],
  ])("'%s': every role's team line, the search's misses too", async (question, said) => {
    const a = await ask(question);
    expect(lead(a)).toMatch(said);
    expect(quoted(a)).toHaveLength(4);
  });

  it("'source systems located geographically far away from the platform?': a distance, not a move away", async () => {
    const a = await ask("Has he had to deal with source systems located geographically far away from the platform?");
    expect(lead(a)).not.toMatch(/left behind/);
    expect(quoted(a).join("\n")).toMatch(/geographic distance \(India\)/);
  });

  it("« Le gars enseigne-tu pour vrai ? »: « enseigne » is his teaching, not a shop sign read as EPISEN", async () => {
    const a = await ask("Le gars enseigne-tu pour vrai? Combien d'heures de cours magistraux il donne?");
    expect(a.answer).not.toMatch(/Je lis « enseigne »/);
    expect(lead(a)).toMatch(/^Oui — .*EPISEN/);
  });

  it("« coaché des juniors au jour le jour ? »: daily, no « juniors au »", async () => {
    const a = await ask("Pis côté encadrement, il a-tu déjà coaché des juniors au jour le jour?");
    expect(a.answer).not.toMatch(/juniors au\b/);
    expect(lead(a)).toMatch(/^Oui/);
  });
});

describe("what a cold reading of the change found", () => {
  it.each([
    [
      "Pernod Ricard c'est une entreprise française ?",
      /^Oui — tel que le CV les décrit : Pernod Ricard \(groupe français/,
    ],
    ["AAA-Data c'est une boîte française ?", /^Oui — tel que le CV les décrit : AAA-Data \(leader français/],
  ])("« %s »: « française » is the CV's « français »", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });

  it.each(["la MAIF c'est une boîte sérieuse ?", "is MAIF a reputable company?"])(
    "'%s': a judgement of the employer, which the CV doesn't make",
    async (question) => {
      const a = await ask(question);
      expect(a.answered).toBe(false);
      expect(lead(a)).not.toMatch(/^(Oui|Yes)/);
    },
  );

  it("« il fait de l'ingestion continue ? »: no CI read into a continuous ingestion", async () => {
    expect(quoted(await ask("il fait de l'ingestion continue ?")).join("\n")).not.toMatch(/CI\/CD/);
  });

  it("'what volume does the data he encrypts represent?': of what he encrypts, not the platform's 400 TB", async () => {
    expect(lead(await ask("what volume does the data he encrypts represent?"))).not.toMatch(/400 TB/);
  });

  it.each([
    ["Kafka en prod. il a de l'expérience ?", /Kafka/],
    ["the role involves mentoring juniors. does he have experience?", /^Yes — he supervised 2 junior data engineers/],
  ])("'%s': experience of what the sentence before says, not his whole career", async (question, said) => {
    const a = await ask(question);
    expect(a.answer).toMatch(said);
    expect(lead(a)).not.toMatch(/years and \d+ months of experience|ans et \d+ mois d'expérience/);
  });

  it("'everyone here at acme uses spark. has he used it?': no introduction deleted", async () => {
    expect(lead(await ask("everyone here at acme uses spark. has he used it?"))).toMatch(/^Yes — Spark: used at/);
  });

  it.each(["when was the migration started at Decathlon?", "how old is the AAA-Data system?"])(
    "'%s': no company's age",
    async (question) => {
      expect(lead(await ask(question))).not.toMatch(/existed|60 years/);
    },
  );

  it.each([
    ["depuis combien de temps la MAIF existe ?", /^Le CV ne dit pas depuis quand MAIF existe\./],
    ["how long has AAA been in the automotive data business?", /for 60 years/],
  ])("'%s': the company's age", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });

  it.each(["Spark (version 3 ideally), Databricks, Airflow: ok?", "did he use Airflow at Decathlon? what version?"])(
    "'%s': a version wished, or asked after a question answered, leaves the answer answered",
    async (question) => {
      expect((await ask(question)).answered).toBe(true);
    },
  );

  it.each(["a-t-il gagné en performance ?", "did he acquire geolocated data?"])(
    "'%s': a verb of gaining or getting is no act the CV must state",
    async (question) => {
      expect(lead(await ask(question))).toMatch(/^(Oui|Yes) — /);
    },
  );

  it("'did he pitch Databricks to management?': where he used Databricks is no pitch", async () => {
    const a = await ask("did he pitch Databricks to management?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/, but not “pitch” with it\.$/);
  });

  it.each(["is he on call?", "on call experience?"])("'%s': on call, not the S3 calls", async (question) => {
    expect(lead(await ask(question))).toBe("The profile doesn't mention “on-call”.");
  });

  it("'any periods of unemployment?': the gaps in his dates", async () => {
    expect(lead(await ask("any periods of unemployment?"))).toMatch(/^No gap in the dates the CV gives/);
  });
});

describe("what the session's last runs found", () => {
  it("'…for how many data scientists approx?': the 15 he served and MAIF's roster, not every team", async () => {
    const a = await ask(
      "hi one more thing, client needs MLOps kind of exp means taking data science models to production for DS " +
        "teams, has he done it and for how many data scientists approx? thanks in advance",
    );
    expect(a.answer).toMatch(/15 data scientists/);
    expect(a.answer).not.toMatch(/7 people at Decathlon/);
  });

  it("« Quelles versions de Spark… ? On est encore sur Airflow 1.10 »: the version asked first", async () => {
    const a = await ask(
      "Quelles versions de Spark pis d'Airflow il a utilisées? On est encore sur Airflow 1.10, faut que je checke.",
    );
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^Le profil ne donne aucune version\./);
  });
});

describe("names listed after a certificate are kinds of it", () => {
  it("« C'est-tu un gars certifié? AWS, Databricks, n'importe quoi… »: certificates, not his skills", async () => {
    const a = await ask(
      "C'est-tu un gars certifié? AWS, Databricks, n'importe quoi… À la banque, les certifs officielles sur le CV, " +
        "ça fait toute la différence.",
    );
    expect(lead(a)).toMatch(/^Le profil ne mentionne ni diplômes ni certifications/);
    expect(a.answer).not.toMatch(/AWS : oui/);
  });
});
