import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the sixtieth session found wrong: a time or a role said first ("Since 2021, …", "In his current role, …"),
// follow-ups that lost the tool, a word of insisting (« il a bien été … ? »), the kind of thing a name is (« le
// framework Spark »), a product written in lower case, a list closed by "would he adapt?", a time that went up.

const { ask } = trialChat();

describe("a time, a place left or the role now, said first", () => {
  it.each([
    ["Since 2021, has he used Databricks?", /^Yes — Databricks: used at Decathlon/],
    ["Depuis 2021, a-t-il utilisé Databricks ?", /^Oui — Databricks : utilisé chez Decathlon/],
    ["Since he left MAIF, what did he do?", /^Right after MAIF: Data Engineer at AAA-Data/],
    ["Depuis qu'il a quitté la MAIF, qu'a-t-il fait ?", /^Juste après MAIF : Data Engineer chez AAA-Data/],
    ["in his current role, does he manage people?", /^Not in his current roles/],
    ["Dans son poste actuel, il encadre des gens ?", /^Pas dans ses postes actuels/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'since he left, what did he do?' names no place: not read as after one", async () => {
    expect(lead(await ask("since he left, what did he do?"))).not.toMatch(/^Right after/);
  });
});

describe("follow-ups that keep the thing asked", () => {
  it("'at which company did he use it most recently?' after Airflow: Airflow's latest use", async () => {
    await ask("does he have experience with airflow?", "recent");
    expect(lead(await ask("at which company did he use it most recently?", "recent"))).toMatch(
      /^Airflow: still in use — listed in the current role at Decathlon/,
    );
  });

  it("'and with dbt?' after 'how long was he at AAA?' asks of dbt, not the role's time again", async () => {
    await ask("how long was he at AAA?", "dbt");
    expect(lead(await ask("and with dbt?", "dbt"))).toBe("The profile doesn't mention “dbt”.");
  });
});

describe("words that say nothing of the profile", () => {
  it.each([
    ["il a bien été tech lead chez AAA ?", /^Chez AAA-Data, son titre est Data Engineer ; le profil ne dit pas/],
    ["was he really a tech lead at AAA?", /^At AAA-Data his title is Data Engineer; the profile doesn't say/],
    ["il maîtrise le framework Spark ?", /^Spark : utilisé chez Decathlon/],
    ["il connaît l'écosystème AWS ?", /^Oui — AWS : utilisé chez Decathlon/],
    ["does he know the Spark framework?", /^Yes — Spark: used at Decathlon/],
    ["il a utilisé le service EMR ?", /^Oui — EMR : utilisé chez Decathlon/],
    ["Nb d'années sur Spark ?", /^Spark : environ \d+ ans/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("products the profile lacks, however written", () => {
  it.each([
    ["has he used aws sagemaker?", "The profile doesn't mention “aws sagemaker”."],
    ["a-t-il fait de l'IA ?", "Le profil ne mentionne pas « intelligence artificielle »."],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toBe(said);
  });

  it("'did he migrate from oracle to snowflake?' says Oracle is not there, with what the profile shows", async () => {
    expect(lead(await ask("did he migrate from oracle to snowflake?"))).toMatch(
      /^The profile doesn't mention “Oracle”\. What it does show at AAA-Data/,
    );
  });

  it("'did he build the platform from scratch?' reads no product in 'scratch'", async () => {
    expect(lead(await ask("did he build the platform from scratch?"))).not.toMatch(/Scratch/i);
  });
});

describe("a list, then whether he would adapt", () => {
  it.each([
    ["our stack is gcp, bigquery, dataflow, composer. would he adapt?", /^Meets 0 of 4 requirements/],
    ["notre stack : GCP, BigQuery, Airflow. il s'adapterait ?", /^Répond à 1 exigence sur 3/],
    ["Spark, Scala, AWS. Le profil vous semble adapté ?", /^Répond à 3 exigences sur 3/],
    ["Le profil vous semble adapté ?", /^Pour quel poste \?/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([["je n'ai plus de questions"], ["no more questions, thanks"]])("'%s' is a goodbye", async (q) => {
    expect(lead(await ask(q))).toMatch(/^(Au revoir|Goodbye)/);
  });
});

describe("which way a time went", () => {
  it.each([
    ["did the ingestion time go up at AAA-Data?", /^No — the profile says it was the other way round at AAA-Data/],
    ["a-t-il rallongé la durée d'ingestion ?", /^Non — le profil dit l'inverse chez AAA-Data/],
    ["l'ingestion est-elle devenue plus lente ?", /^Non — le profil dit l'inverse chez AAA-Data/],
    ["Did the ingestion time increase at AAA?", /^No — the profile says it was the other way round at AAA-Data/],
    ["Did ingestion get slower at AAA-Data?", /^No — the profile says it was the other way round at AAA-Data/],
    ["les couts ont ils augmente chez decathlon ?", /^Non — le profil dit l'inverse chez Decathlon/],
    ["did he shorten the ingestion time?", /^Yes — the profile mentions it at AAA-Data/],
    ["did he decrease the ingestion time?", /^Yes — the profile mentions it at AAA-Data/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("years claimed, of a tool or of leading people", () => {
  it.each([
    ["he only has 2 years of spark?", /^No — Spark: about 7 years/],
    ["did he have 3 years of python before decathlon?", /^No — Python: about 2 years and 4 months/],
    ["does he have 4 years as a team lead?", /^The profile doesn't show 4 years of leading others/],
    ["does he have 3 years of managment?", /^The profile doesn't show 3 years of leading others/],
    ["il était déjà freelance en 2019 ?", /^En 2019 : Formateur Data chez Pernod Ricard \(CDI\)/],
    ["was he senior in 2020?", /^In 2020: Data Engineer at AAA-Data/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("employers, references, who asks, when", () => {
  it.each([
    ["Was Google one of his employers?", /^The profile doesn't list Google among his employers/],
    ["Google fait partie de ses employeurs ?", /^Le profil ne cite pas Google parmi ses employeurs/],
    ["can I contact one of his former managers?", /^The profile gives no references/],
    ["does he have a reference from Decathlon?", /^The profile gives no references/],
    ["hi Sarah HR at Airbus, has he used Airflow?", /^Yes — Airflow: used at Decathlon/],
    ["has he used Jenkins of late?", /^Jenkins: last listed at AAA-Data/],
    ["has he been teaching lately?", /^Yes — the profile mentions it at EPISEN/],
    ["il est force de proposition ?", /^Le profil donne des faits, pas des jugements/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("the kind of thing asked, and where", () => {
  it.each([
    ["il a fait de la data viz chez pernod ?", /^Oui — le profil le mentionne chez Pernod Ricard/],
    [
      "il a fait du big data chez Decathlon ?",
      /^Le profil mentionne « big data » chez EPISEN, mais pas chez Decathlon\.$/,
    ],
    ["has he done computer vision at Decathlon?", /^The profile doesn't mention “computer vision”\.$/],
    ["has he encrypted financial data?", /^The profile doesn't mention “financial data”\.$/],
    ["Was the save on HDFS permanent?", /^No — the profile says “temporary save”, not “permanent”/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'has he encrypted health data?' is no yes: the encryption the CV tells is of PII and HR data", async () => {
    expect(lead(await ask("has he encrypted health data?"))).not.toMatch(/^Yes/);
  });
});

describe("what the reviews of this session's own changes found", () => {
  it.each([
    ["Did he make the ingestion more cost effective at Decathlon?", /^(?!No — the profile says it was the other way)/],
    ["Did he spend more time on Spark than on Python?", /^(?!No — the profile says it was the other way)/],
    ["Today, does he use Jenkins?", /^Not in his current roles — Jenkins/],
    ["is he currently a data engineer?", /^Yes — Senior Data Engineer at Decathlon/],
    ["Is he currently working as a data trainer?", /^Not in his current roles, as the profile tells them: Senior Data/],
    ["did he have 5 years of spark before EPISEN?", /^No — Spark: about 3 years and 10 months in the roles(?!.*today)/],
    ["is he still a data engineer at MAIF?", /^No — MAIF was January 2019 – January 2020/],
    ["he only has 1 year and 5 months of Snowflake?", /^Yes — Snowflake: about 1 year and 5 months/],
    ["Did he join AAA-Data in twenty twenty?", /^Yes/],
    ["Since 2022, has he used Kafka?", /^Kafka: taught at EPISEN/],
    ["a-t-il 3 ans en tant que chef d'équipe ?", /^Le profil ne montre pas 3 ans d'encadrement/],
    ["That's all my questions", /^Goodbye/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'able to adapt quickly' in a job's list is a requirement, not a closing", async () => {
    const a = await ask("Requirements: Spark, Python, able to adapt quickly");
    expect(lead(a)).toMatch(/^Meets 2 of 3 requirements/);
  });

  it("'would he adapt?' after a list pasted checks that list", async () => {
    await ask("Requirements: Spark, Python, Kafka", "adapt");
    expect(lead(await ask("would he adapt?", "adapt"))).toMatch(/^Meets 2 of 3 requirements/);
  });
});
