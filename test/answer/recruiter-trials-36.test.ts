import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the forty-fifth session found wrong: cases its predecessor left alone, held-out set dev 51, and a helper's
// recruiter trials.

const { ask } = trialChat();

describe("a notion held through a synonym only", () => {
  it.each([
    ["The candidate make data quality checks?", /^Yes — the profile mentions it at Decathlon, since May 2021\.$/],
    ["Does he do data quality?", /^Yes — the profile mentions it at Decathlon, since May 2021\.$/],
  ])("'%s': the quality checks on the data, not requirements validated or models taught", async (question, said) => {
    const a = await ask(question);
    expect(lead(a)).toMatch(said);
    expect(quoted(a).join("\n")).toMatch(/Reject Table/);
    expect(a.answer).not.toMatch(/gather requirements|validating and optimising models/);
  });

  it.each([
    ["supply chain?", /^The profile doesn't mention “supply chain”\.$/],
    ["supply chain experience?", /^The profile doesn't mention “supply chain”\.$/],
  ])("'%s' is no pipeline: the notion is unsaid, nothing quoted", async (question, said) => {
    const a = await ask(question);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
    expect(a.citations).toHaveLength(0);
  });

  it.each(["Has he done data modelling / star schema?", "Has he done data modelling or star schema?"])(
    "'%s': no 'yes' from the schema validated per file",
    async (question) => {
      const a = await ask(question);
      expect(a.answered).toBe(false);
      expect(lead(a)).toMatch(/but not “modelling”/);
    },
  );

  it("'real-time processing?' keeps what is close to it (streaming, taught)", async () => {
    const a = await ask("real-time processing?");
    expect(lead(a)).toMatch(/close to “real-time”/);
  });
});

describe("the asker's side, before the question", () => {
  it("a Quebec hello with a name and an emoji before the question: the question answered", async () => {
    const a = await ask(
      "Allo! Geneviève ici, je recrute pour une banque à Montréal 😊 Première affaire : nous autres on a full de " +
        "renseignements personnels. Ton candidat, c'est-tu un gars qui a déjà chiffré des champs sensibles, genre " +
        "dans des structures imbriquées?",
    );
    expect(a.answer).not.toMatch(/Geneviève/);
    expect(quoted(a).join("\n")).toMatch(/chiffrement au niveau colonne de données nestées/);
  });

  it("« c'est hyper sensible chez nous »: very, not a product named Hyper", async () => {
    const a = await ask(
      "Pis les dossiers des employés, c'est hyper sensible chez nous. Y'a-tu déjà eu à protéger ce genre de " +
        "données-là quand elles se promènent d'un cloud à l'autre?",
    );
    expect(a.answer).not.toMatch(/Hyper/);
    expect(quoted(a).join("\n")).toMatch(/cross-cloud de chiffrement/);
  });

  it("'has he encrypted individual fields in nested records?': columns of nested data", async () => {
    const a = await ask("has he encrypted individual fields in nested records?");
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at Decathlon/);
    expect(quoted(a)[0]).toMatch(/column-level encryption of complex nested data/);
  });
});

describe("numbered questions, Quebec style", () => {
  it("« 1- y'a-tu monté… 2- y'a-tu géré… 3- pis du Terraform » answers each of the three", async () => {
    const a = await ask(
      "Ok trois affaires rapides : 1- y'a-tu monté des déploiements automatisés, du CI/CD? 2- y'a-tu géré des " +
        "permissions par rôle sur des bases de données? 3- pis du Terraform, y'en a-tu faite? Merci ben!",
    );
    expect(a.answer).toMatch(/CI\/CD pour l'automatisation des déploiements/);
    expect(a.answer).toMatch(/Role Based Access Control/);
    expect(a.answer).toMatch(/Terraform : absent du profil/);
    expect(a.answer).not.toMatch(/^1 /);
  });

  it("« y'a-tu du Scala dans sa stack ? »: whether there is, read as such", async () => {
    const a = await ask("y'a-tu du Scala dans sa stack ?");
    expect(lead(a)).toMatch(/^Oui — Scala : utilisé chez Decathlon \(depuis mai 2021\)/);
    expect(quoted(a)[0]).toMatch(/Scala/);
  });
});

describe("examples of a thing the profile lacks", () => {
  it("'contributions to open source, for example to Spark or Delta': no 'Spark: yes'", async () => {
    const a = await ask(
      "Has he contributions to open source, for example to Spark or Delta, or a public GitHub which we could look at?",
    );
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/contributions: not in the profile/);
    expect(a.answer).not.toMatch(/Spark: yes/);
  });

  it("'cloud, for example in AWS or GCP': the examples still asked, the profile holding cloud", async () => {
    const a = await ask("Has he experience in cloud, for example in AWS or GCP?");
    expect(lead(a)).toMatch(/AWS: yes/);
    expect(lead(a)).toMatch(/GCP: not in the profile/);
  });
});

describe("job-ad lines and requests", () => {
  it("'Proven track record in ETL performance tuning…': the praise set aside, what the profile shows", async () => {
    const a = await ask(
      "JD point 3: 'Proven track record in ETL performance tuning with measurable runtime reduction'. Kindly share " +
        "one example with numbers from his profile.",
    );
    expect(a.answer).not.toMatch(/Proven|“3”/);
    expect(a.answered).toBe(true);
  });

  it("'JD: <one line>. Has he reduced cloud bill anywhere? kindly share details': the question answered", async () => {
    const a = await ask(
      "JD: 'Hands-on in cloud cost optimisation on AWS'. Has he reduced cloud bill anywhere? kindly share details",
    );
    expect(a.answer).not.toMatch(/kindly share details: ✘/);
    expect(quoted(a)[0]).toMatch(/Reduction of costs/);
  });

  it("'JD: <a line no checklist knows>. Kindly check…': asked as a question, not 'names no requirement'", async () => {
    const a = await ask(
      "JD: 'Exposure to MLOps - automating model refresh / retraining jobs'. Kindly check whether he is having this " +
        "exposure.",
    );
    expect(a.answer).not.toMatch(/names no requirement/);
    expect(a.answer).toMatch(/versioning of the models, with monitoring of data drift/);
  });

  it.each([
    ["Hi, I have a job ad, can you check the fit?", /^Which job\? Paste its requirements/],
    ["j'ai une offre, tu peux vérifier s'il colle ?", /^Pour quel poste \?/],
  ])("'%s': the job is asked for, nothing graded", async (question, said) => {
    const a = await ask(question);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it("after 'I have a job ad…', the requirements pasted next are checked", async () => {
    await ask("Hi, I have a job ad, can you check the fit?", "job1");
    const a = await ask("Requirements: Spark, Kafka", "job1");
    expect(lead(a)).toMatch(/^Meets 1 of 2 requirements/);
  });

  it("« Il a-tu ça ? » closing a need: the need checked, the closing no requirement", async () => {
    const a = await ask(
      "Bonjour, nous cherchons un ingénieur de données avec Azure Data Factory, Synapse et Power BI. Il a-tu ça?",
    );
    expect(a.answer).toMatch(/Power BI : ✔/);
    expect(a.answer).not.toMatch(/Il a ça/);
  });

  it("'8+ years exp in data engineering. does he qualify?': the years checked", async () => {
    const a = await ask("8+ years exp in data engineering. does he qualify?");
    expect(a.answer).toMatch(/8\+ years of experience: ◐ partly \(7 years and \d+ months? in the profile/);
  });

  it("'3+ yrs building Azure Data Factory pipelines — any match?': the product asked, no checklist", async () => {
    const a = await ask("'3+ yrs building Azure Data Factory (ADF) pipelines' — any match?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/doesn't mention “Azure Data Factory”/);
  });

  it("'Please do the needful.' closing numbered questions asks nothing", async () => {
    const a = await ask("1. Docker? 2. Kubernetes? 3. notice period? Please do the needful.");
    expect(a.answer).not.toMatch(/needful/);
    expect(a.answer).toMatch(/Kubernetes/);
  });
});

describe("Indian English, Quebec French and formal French wordings", () => {
  it.each([
    ["Kindly share his current designation and current organisation.", /^Currently: Senior Data Engineer at Decathlon/],
    ["what is his designation?", /^Currently: Senior Data Engineer at Decathlon/],
    ["Il travaille où présentement?", /^Actuellement : Senior Data Engineer chez Decathlon/],
  ])("'%s': his roles now", async (question, said) => {
    const a = await ask(question);
    expect(lead(a)).toMatch(said);
  });

  it("« présenter succinctement le profil »: the summary", async () => {
    const a = await ask("Madame, Monsieur, pourriez-vous me présenter succinctement le profil du candidat ?");
    expect(lead(a)).toMatch(/^Senior Data Engineer chez Decathlon/);
  });

  it("'relevant experience in Spark?': Spark everywhere it is, not 'not relevant'", async () => {
    const a = await ask("relevant experience in Spark?");
    expect(lead(a)).toMatch(/^Yes — Spark: used at Decathlon/);
  });

  it.each([
    ["snowflake yrs", /^Snowflake: about 1 year and 5 months/],
    ["databricks years?", /^Databricks: about 6 years(?: and \d+ months?)? to today/],
  ])("'%s': how long with it", async (question, said) => {
    const a = await ask(question);
    expect(lead(a)).toMatch(said);
  });

  it("« Pour son intervention a l'ecole d'ingenieurs, c'est quel volume horaire… ? » gives the 10 h", async () => {
    const a = await ask(
      "Pour son intervention a l'ecole d'ingenieurs, c'est quel volume horaire de cours magistraux ?",
    );
    expect(a.answer).toMatch(/10h CM/);
  });

  it("'How many teaching hours does he do at EPISEN?': the 10 h of lectures and of practical sessions", async () => {
    const a = await ask("How many teaching hours does he do at EPISEN?");
    expect(lead(a)).toMatch(/10 h of lectures.*10 h of practical sessions/);
  });

  it("« en dehors de l'enseignement, …formé des équipes directement chez un client » : Pernod Ricard", async () => {
    const a = await ask(
      "Bonjour, en dehors de l'enseignement en école, a-t-il déjà formé des équipes techniques directement chez un " +
        "client, en entreprise ?",
    );
    expect(lead(a)).toMatch(/^Oui — le profil le mentionne chez Pernod Ricard/);
  });

  it("« dans l'automobile ? dans les boissons / spiritueux ? et dans les telecoms ? »: three sectors", async () => {
    const a = await ask(
      "Plusieurs questions sur ses secteurs svp : a-t-il travaille dans l'automobile ? dans les boissons / " +
        "spiritueux ? et dans les telecoms ?",
    );
    expect(lead(a)).toMatch(/Automobile : oui — AAA-Data/);
    expect(lead(a)).toMatch(/spiritueux : oui — Pernod Ricard/);
    expect(lead(a)).toMatch(/telecoms : absent du profil/);
  });

  it("« il a bossé dans l'alcool ? »: Pernod Ricard", async () => {
    const a = await ask("il a bossé dans l'alcool ?");
    expect(lead(a)).toMatch(/Pernod Ricard/);
  });
});

describe("the whole career", () => {
  it("« de son premier poste jusqu'à aujourd'hui » is the whole career, not the first role", async () => {
    const a = await ask(
      "Pouvez vous me donner son parcours dans l'ordre chronologique, avec les dates, de son premier poste jusqu'a " +
        "aujourd'hui ?",
    );
    expect(lead(a)).toMatch(/^5 employeurs, du plus ancien au plus récent : MAIF/);
  });

  it.each(["what's the candidate's employment history in reverse chronological order?", "list his jobs newest first"])(
    "'%s': the newest first, as the CV lists them",
    async (question) => {
      const a = await ask(question);
      expect(lead(a)).toMatch(/^5 employers, as the CV lists them: Decathlon/);
    },
  );

  it("« des périodes de chevauchement entre ses postes ? »: the roles that overlap", async () => {
    const a = await ask("Y a-t-il des périodes de chevauchement entre ses postes ?");
    expect(lead(a)).toMatch(/^Oui — certains de ses postes se chevauchent : Decathlon et EPISEN/);
  });

  it("'when did the CV get written?': around August 2025", async () => {
    const a = await ask("when did the CV get written?");
    expect(lead(a)).toMatch(/around August 2025/);
  });
});

describe("only he can say", () => {
  it.each([
    ["Does he hold a valid passport?", /^The profile doesn't say whether he needs a visa or a work permit/],
    ["does he have security clearance?", /^The profile doesn't say whether he holds a security clearance/],
    [
      "Bonjour, nous exigeons une habilitation de sécurité. Le candidat en dispose-t-il ?",
      /^Le profil ne dit pas s'il dispose d'une habilitation de sécurité/,
    ],
  ])("'%s': no 'yes' from a validation line or a market position", async (question, said) => {
    const a = await ask(question);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });
});

describe("thanks and acknowledgements", () => {
  it.each(["merci, c'est noté", "Bien noté, merci.", "Bien, je vous remercie.", "oké", "daccord merci", "ta", "noté"])(
    "'%s' is thanks, nothing looked up",
    async (message) => {
      const a = await ask(message);
      expect(a.answer).toMatch(/^(Avec plaisir|You're welcome|👍|Noté|D'accord|OK)/);
      expect(a.answer).not.toMatch(/mentionne|mention|précise|doesn't say/);
    },
  );

  it("« ta formation ? » is no British thanks", async () => {
    const a = await ask("ta formation ?");
    expect(a.answer).not.toMatch(/^(Avec plaisir|You're welcome)/);
  });
});

describe("follow-ups", () => {
  it("« Et à la MAIF ? » after how long at AAA-Data: how long at MAIF", async () => {
    await ask("Combien de temps chez AAA-Data ?", "fu1");
    const a = await ask("Et à la MAIF ?", "fu1");
    expect(lead(a)).toMatch(/^Chez MAIF de janvier 2019 à janvier 2020 — 1 an\./);
  });

  it("'how many reports?' after his team lead experience: the two he supervised", async () => {
    await ask("team lead exp?", "fu2");
    const a = await ask("how many reports?", "fu2");
    expect(lead(a)).toMatch(/supervised 2 junior data engineers/);
  });

  it.each([
    ["does he know Kafka?", "has he used it in production?", /“Kafka” at EPISEN.*but not “production”/],
    ["est-ce qu'il connait Kafka?", "Il l'a utilisé en production?", /« Kafka » chez EPISEN.*mais pas « production »/],
  ])("'%s' then '%s': Kafka in production, not production elsewhere", async (first, then, said) => {
    const id = `k-${first}`;
    await ask(first, id);
    const a = await ask(then, id);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });
});

describe("follow-ups on the role at hand", () => {
  it("'Was he perm or contract?' after insurance found at MAIF: MAIF's contract", async () => {
    await ask("Has he got any insurance background?", "c1");
    const a = await ask("Was he perm or contract?", "c1");
    expect(lead(a)).toMatch(/^At MAIF \(January 2019 – January 2020\): Permanent contract\.$/);
  });

  it("'what was his title before?' after his current title: the job before", async () => {
    await ask("What's his current title?", "c2");
    const a = await ask("what was his title before?", "c2");
    expect(lead(a)).toMatch(/^Just before Decathlon: Data Engineer at AAA-Data/);
  });

  it("« c'était quoi le gain de perf ? » after AAA-Data: AAA-Data's result", async () => {
    await ask("Bonjour, il a fait quoi chez AAA ?", "c4");
    const a = await ask("c'était quoi le gain de perf ?", "c4");
    expect(quoted(a)).toHaveLength(1);
    expect(quoted(a)[0]).toMatch(/13h à 6 minutes/);
  });

  it("'did he lead it?' after AAA-Data's team: not said, and whom he did supervise", async () => {
    await ask("what was his role at AAA-Data?", "c5");
    await ask("how big was the team?", "c5");
    const a = await ask("did he lead it?", "c5");
    expect(lead(a)).toMatch(/^The profile doesn't say he led it/);
    expect(quoted(a).join("\n")).toMatch(/Technical supervision of 2 junior data engineers/);
  });

  it("a wine startup's slang: Pernod Ricard, what he did there, and how long", async () => {
    const first = await ask(
      "yo salut ! on est une startup du vin a bordeaux, il a deja bossé dans le pinard ou l'alcool ?",
      "c6",
    );
    expect(lead(first)).toMatch(/Pernod Ricard/);
    const then = await ask("cool, il faisait koi la bas exactement ?", "c6");
    expect(lead(then)).toMatch(/^Chez Pernod Ricard \(Formateur Data/);
    const long = await ask("et il y est resté cb de temps ?", "c6");
    expect(lead(long)).toMatch(/^Chez Pernod Ricard d'avril 2019 à octobre 2019 — 6 mois\./);
  });

  it("'how long has he been training people in total?': his teaching and training time", async () => {
    const a = await ask("how long has he been training people in total?");
    expect(lead(a)).toMatch(/^About 4 years and \d+ months? of teaching and training in all/);
  });

  it("« justifie-t-il d'une expérience… » is no word « justifie » to find", async () => {
    const a = await ask("Le candidat justifie-t-il d'une expérience dans le secteur de la santé ?");
    expect(a.answer).not.toMatch(/justifie/);
    expect(a.answer).toMatch(/EPISEN/);
  });
});

describe("a second helper's trials", () => {
  it.each([
    ["has he done personalization?", /^The profile doesn't mention “personalization”\. What it does show at MAIF/],
    ["is he a full professor?", /^The profile doesn't mention “tenured”\. What it does show at EPISEN/],
  ])("'%s': not said, and what the profile shows instead", async (question, said) => {
    const a = await ask(question);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it("'is it like a full prof?' after where he teaches: the visiting lecturer, no 'yes'", async () => {
    await ask("he's teaching too?? where?", "p1");
    const a = await ask("is it like a full prof?", "p1");
    expect(a.answered).toBe(false);
    expect(quoted(a)[0]).toMatch(/Visiting lecturer at EPISEN/);
  });

  it.each([
    ["where does he teach?", /^At EPISEN \(since November 2022\), taught:/],
    ["what'd he build at MAIF?", /^At MAIF \(Data Engineer, January 2019 – January 2020\):/],
    ["il a combien d'annees dans le domaine ?", /^Environ 7 ans et \d+ mois d'expérience/],
    ["il fait quel travail exactement ?", /^Actuellement : Senior Data Engineer chez Decathlon/],
    ["can you explain me how to use the /fit command?", /^Which job\? Paste its requirements/],
  ])("'%s'", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });

  it("« combien de To ? »: the volumes, not 'not said'", async () => {
    const a = await ask("combien de To ?");
    expect(lead(a)).not.toMatch(/ne le précise pas/);
  });

  it.each([
    [
      "Hola! I am Lucia from a e-commerce in Madrid, we search a data engineer senior. Can you give me a resume of " +
        "the profile please?",
      /^Senior Data Engineer at Decathlon/,
    ],
    [
      "heyy 👋 Stockholm music streaming co here 🎵 what's the candidate like? quick summary pls 🙏",
      /^Senior Data Engineer at Decathlon/,
    ],
    [
      "Bonjour bonjour, on dit quoi ? Je suis du cabinet a Abidjan. Le monsieur la, il fait quel travail exactement ?",
      /^Actuellement : Senior Data Engineer chez Decathlon/,
    ],
    [
      "Hi, we have catalog of 2 millions products, is he experienced with big volumes of data?",
      /^Yes — the profile mentions it at Decathlon/,
    ],
  ])("who is asking, said first, is no subject: '%s'", async (question, said) => {
    const a = await ask(question);
    expect(lead(a)).toMatch(said);
    expect(a.answer).not.toMatch(/Lucia|Madrid|Stockholm|Abidjan|monsieur|catalog/);
  });

  it.each([
    "ok I will ask directly, gracias",
    "Tres bien, je le contacterai. Bonne journee",
    "ok je verrai avec lui",
    "ok c'est bon",
    "Merci, on va se capter",
    "ok merci hein",
    "ok on va lui demander",
    "tres bien, merci",
    "sweet 👍",
    "amazing, thanks!",
    "ok fair, ty",
  ])("'%s' closes, nothing looked up", async (message) => {
    const a = await ask(message);
    expect(a.answer).not.toMatch(/mentionne|mention|précise|doesn't say|Voici|Here is/);
  });
});

describe("a second helper's trials, more", () => {
  it("« …Power BI, SQL et Python… Est-ce son cas ? »: the three checked, the closing no requirement", async () => {
    const a = await ask(
      "Bonjour, nous recherchons un profil maitrisant Power BI, SQL et Python pour notre equipe BI. Est-ce son cas ?",
    );
    expect(lead(a)).toBe("Répond à 3 exigences sur 3.");
    expect(a.answer).not.toMatch(/Est-ce/);
  });

  it("'airflow + dbt + bigquery is our stack, how does he match?': three names checked", async () => {
    const a = await ask("Hey! 😊 airflow + dbt + bigquery is our stack, how does he match?");
    expect(lead(a)).toBe("Meets 1 of 3 requirements. Not in the profile: dbt, BigQuery.");
  });

  it("'like in prod tho?' after Kafka: Kafka in production, which the profile doesn't show", async () => {
    await ask("does he know kafka?? we're super event-driven 😅", "k2");
    const a = await ask("like in prod tho?", "k2");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/“kafka” at EPISEN.*but not “prod”/);
  });

  it.each(["il a formé où ?", "ou a-t-il forme des gens ?"])("'%s': EPISEN and Pernod Ricard", async (question) => {
    const a = await ask(question);
    expect(lead(a)).toMatch(/^Chez EPISEN.*Pernod Ricard/);
  });

  it("'what's his bread and butter?': his main skills", async () => {
    expect(lead(await ask("what's his bread and butter?"))).toMatch(/^Main skills/);
  });

  it("'streaming in real time?': real-time, not the word 'real' unsaid", async () => {
    const a = await ask("He has experience with Kafka and streaming in real time?");
    expect(a.answer).not.toMatch(/“real”/);
  });

  it("'Must: … | Nice: …' on one line: the nice-to-haves told apart, the years his own", async () => {
    const a = await ask("Must: Kafka, Python, 5+ yrs | Nice: Scala, Airflow");
    expect(a.answer).toMatch(/5\+ years of experience: ✔ met/);
    expect(a.answer).toMatch(/Scala \(nice to have\): ✔ met/);
    expect(a.answer).toMatch(/Airflow \(nice to have\): ✔ met/);
  });
});

describe("what a cold review found the day's rules overreach on", () => {
  it.each([
    ["I have a job ad with Snowflake, dbt, Airflow and Python - is he a match?", /^Meets 3 of 4 requirements/],
    ["J'ai une fiche de poste : Python, Spark, Kubernetes. Il correspond ?", /^Répond à 2 exigences sur 3/],
  ])("'%s': the first requirement kept", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });

  it.each([
    ["I am Tom from a bank, we need to know whether he has used Kafka.", /Kafka/],
    ["Has he worked with Spark 🔥 Kafka and Airflow?", /^Spark: yes/],
    ["on a du Kafka partout, est-ce qu'il le connaît ?", /Kafka/],
    ["Je suis d'une mutuelle d'assurance. A-t-il de l'expérience dans le domaine ?", /MAIF/],
  ])("'%s': the question kept whole", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });

  it("'has he done it for a bank?' after PII encryption: no 'yes' to the bank", async () => {
    await ask("Has he done PII encryption?", "r1");
    const a = await ask("has he done it for a bank?", "r1");
    expect(a.answered).toBe(false);
  });

  it("'query optimization?': the optimisation the CV spells its way, shown", async () => {
    expect(quoted(await ask("query optimization?"))[0]).toMatch(/Performance optimisation/);
  });

  it("'skilled in NoSQL, for example in MongoDB or Cassandra?': the examples it lacks, said so", async () => {
    const a = await ask("Is he skilled in NoSQL databases, for example in MongoDB or Cassandra?");
    expect(lead(a)).toMatch(/MongoDB: not in the profile · Cassandra: not in the profile/);
  });

  it.each([
    ["Is he cleared to work in the UK?", /^The profile doesn't say in which countries/],
    ["A-t-il déjà travaillé directement chez un client ?", /^Oui/],
    ["recent years?", /^The profile doesn't mention “recent”/],
    ["what was his first job up to now?", /^The earliest role in the profile/],
  ])("'%s'", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });
});

describe("an introduction alone, a first message", () => {
  it.each(["Bonjour ! Je recrute pour une banque à Montréal 😊", "Hi, I'm recruiting for a bank in Toronto."])(
    "'%s' is greeted back, nothing looked up",
    async (message) => {
      const a = await ask(message);
      expect(a.answer).not.toMatch(/mentionne|mention|Montréal|Toronto/);
    },
  );
});
