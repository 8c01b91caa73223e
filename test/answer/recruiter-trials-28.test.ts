import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the thirty-seventh session's dev set 42 (a Stockholm recruiter, a US staffing agent, a Québec HR officer's
// formal French, a Lyon IT-services salesman's abbreviated French), a trap hunter and a cold review found wrong.

const { ask } = trialChat();

describe("a count of years asked as a ceiling", () => {
  it.each([
    ["Does he have less than 5 years of experience?", /^No — about 7 years and \d+ months of experience/],
    ["A-t-il moins de 5 ans d'expérience ?", /^Non — environ 7 ans et \d+ mois/],
    ["Does he have under 3 years of Spark?", /^No — Spark: about 7 years/],
    ["Is his AWS experience below 3 years?", /^No — AWS: about 5 years and \d+ months/],
    ["Il est resté plus d'un an chez Pernod ?", /^Non — chez Pernod Ricard d'avril 2019 à octobre 2019 — 6 mois/],
    ["Est-il resté moins d'un an chez MAIF ?", /^Non — chez MAIF de janvier 2019 à janvier 2020 — 1 an/],
    ["has he been teaching for less than 5 years?", /^Yes — about 4 years and \d+ months? of teaching/],
    ["Has he got 5+ years of experience?", /^Yes — about 7 years and \d+ months/],
  ])("'%s' weighs the time against the count, the right way round", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("what a cold read of the last session's work found", () => {
  it.each([
    ["As a senior engineer, has he mentored anyone?", /^Yes — he supervised 2 junior data engineers/],
    ["did he mentor senior engineers?", /^No — the profile says he supervised junior engineers/],
    ["A-t-il toujours été en CDI chez MAIF ?", /^Oui — chez MAIF \(janvier 2019 – janvier 2020\) : CDI/],
    ["il est toujours en CDI chez MAIF ?", /^Non — MAIF, c'était janvier 2019 – janvier 2020/],
    ["Has he been a data engineer for roughly 15 years?", /^No — about 7 years and \d+ months as data engineer/],
    // (Whether he held the title asked, his titles given: the CV shows no lead developer.)
    [
      "Is he senior enough for a lead developer position?",
      /^The profile gives these titles: Senior Data Engineer \(Decathlon\).*doesn't say he was a lead developer/,
    ],
    ["Is he able to lead a team as an architect?", /^Yes — he supervised 2 junior data engineers/],
  ])("'%s' reads who is senior, what « toujours » means, and a title of two words", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    "Did he implement a full replace ingestion mode?",
    "Did he use overwrite mode for ingestion?",
    "Has he worked with front-end developers?",
  ])("'%s' is no 'No — the profile says … instead' when the profile says it too", async (q) => {
    const a = await ask(q);
    expect(lead(a)).not.toMatch(/^No —|instead|left behind/);
    expect(a.citations.map((c) => c.text).join("\n")).toMatch(/complete replacement|Front-end/);
  });

  it("'Did he increase cost savings?' is no 'the other way round'", async () => {
    expect(lead(await ask("Did he increase cost savings?"))).not.toMatch(/other way round/);
  });

  it("'How many years of devops experience?' is not his whole career, nor one tool's time", async () => {
    const said = lead(await ask("How many years of devops experience does he have?"));
    expect(said).not.toMatch(/overlapping roles counted once|^Jenkins/);
  });

  it.each([
    ["How long was he at MAIF?", "as what?", /^His title at MAIF: Data Engineer/],
    ["il est resté combien de temps chez Pernod ?", "a quel poste ?", /^Son poste chez Pernod Ricard : Formateur Data/],
  ])("'%s' then '%s' gives the title held there", async (first, then, said) => {
    await ask(first, `as-what ${first}`);
    expect(lead(await ask(then, `as-what ${first}`))).toMatch(said);
  });
});

describe("roles without a tool, and one tool only", () => {
  it.each([
    [
      "Where did he use Spark but not Databricks?",
      /^Roles whose lines name Spark but not Databricks: AAA-Data .*; MAIF/,
    ],
    [
      "Which roles did not involve Airflow?",
      /^Roles whose lines don't name Airflow: EPISEN .*; Pernod Ricard .*; MAIF/,
    ],
    ["Où n'a-t-il pas utilisé Docker ?", /^Postes dont les lignes ne citent pas Docker : Decathlon .*EPISEN .*Pernod/],
    ["Which companies did he work at without using Spark?", /^Every role of the profile names Spark\./],
  ])("'%s' lists the roles that leave it out, not those that name it", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["He only has experience in Python, correct?", /^No — besides Python, the profile's roles name Spark, .*Scala/],
    ["Il ne connait que Python, c'est ça ?", /^Non — en plus de Python, ses postes citent Spark/],
  ])("'%s' is no 'yes': his roles name more", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'only one question: does he know Spark?' is still a question about Spark", async () => {
    expect(lead(await ask("only one question: does he know Spark?"))).toMatch(/^Yes — Spark: used at Decathlon/);
  });
});

describe("leading people, asked in a list, in French, or in the negative", () => {
  it("'1) Databricks? 2) Terraform? 3) Team lead experience?' reads no roster's Tech Lead as his", async () => {
    const a = await ask("I have 3 questions: 1) Databricks? 2) Terraform? 3) Team lead experience?");
    expect(a.answer).toMatch(/supervised 2 junior data engineers at AAA-Data/);
    expect(a.answer).not.toMatch(/Team: .*Tech Lead/);
  });

  it.each([
    ["A-t-il piloté une équipe chez Decathlon ?", /^Le profil ne dit pas qu'il a encadré des personnes chez Decathlon/],
    ["I guess he never had anybody under him, he is more an individual contributor?", /^He supervised 2 junior/],
    ["il n'a jamais encadré personne ?", /^Si — il a encadré 2 data engineers junior chez AAA-Data/],
  ])("'%s' is about the people he led", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["Has he worked with front-end developers?", /^Front-end developers in the team, as the profile lists them: 1 /],
    ["did he have a front-end developer in his team?", /^Team, as the profile lists it: 7 people at Decathlon/],
  ])("'%s' is answered by the roster naming one", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("short follow-ups", () => {
  it.each([
    ["Has he used Jenkins?", "Where else?", /^Jenkins: used at AAA-Data .*MAIF/],
    ["Has he done Kafka?", "Professionally?", /^Kafka: taught at EPISEN .*doesn't show it used in a role/],
    ["il connait docker ?", "ailleurs ?", /^Docker : utilisé chez AAA-Data/],
    ["what did he do at AAA-Data?", "and the one before?", /^Just before AAA-Data: Data Engineer at MAIF/],
    ["what did he do at Decathlon?", "et celui d'avant ?", /^Juste avant Decathlon : Data Engineer chez AAA-Data/],
  ])("'%s' then '%s' keeps to what was asked", async (first, then, said) => {
    await ask(first, `short ${first}`);
    expect(lead(await ask(then, `short ${first}`))).toMatch(said);
  });

  it("« où a-t-il utilisé Docker ? » gives the places, with no « Oui »", async () => {
    expect(lead(await ask("où a-t-il utilisé Docker ?"))).toMatch(/^Docker : utilisé chez AAA-Data/);
  });
});

describe("teams compared by size", () => {
  it.each([
    [
      "Was his team bigger at Decathlon or at MAIF?",
      /^Teams, largest first, .*: 7 people at Decathlon, .*; 5 people at MAIF/,
    ],
    [
      "Was the team at AAA-Data larger than at MAIF?",
      /^Teams of the same size, .*: 5 people at AAA-Data .*; 5 people at MAIF/,
    ],
    ["which of his teams was the biggest?", /^Teams, largest first, as the profile lists them: 7 people at Decathlon/],
  ])("'%s' weighs the rosters, not the word 'large' in a passage", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("employers described, and questions about the whole career", () => {
  it.each([
    [
      "what does his team look like at the sporting goods place? size + who's on it",
      /^Reading “sporting goods place” as “Decathlon”\. Team, as the profile lists it: 7 people/,
    ],
    [
      "Et avant son mandat actuel chez le détaillant d'articles de sport, où travaillait-il ?",
      /^Je lis « détaillant articles sport » comme « Decathlon »\. Juste avant Decathlon : Data Engineer chez AAA-Data/,
    ],
    [
      "the insurance gig - was that W2/FTE or contract?",
      /^Reading “insurance gig” as “MAIF”\. At MAIF \(January 2019 – January 2020\): Permanent contract/,
    ],
    ["How many years since he started his career?", /^About 7 years and \d+ months of experience, from January 2019/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« …livraison continues ». Cela correspond à son parcours ? » is no list of his employers", async () => {
    const q =
      "Je lis dans l'affichage du poste : « Maîtrise des pratiques d'intégration et de livraison continues ». " +
      "Est-ce que cela correspond à son parcours ?";
    expect(lead(await ask(q))).not.toMatch(/employeurs/);
  });

  it("'did he only plan it?' of Unity Catalog is no 'only' claim about a tool", async () => {
    const q = "Did he actually finish moving the catalog over to Unity Catalog, or did he only plan it?";
    expect(lead(await ask(q))).not.toMatch(/besides Unity Catalog/);
  });
});

describe("titles to write down, and teaching where", () => {
  it.each([
    [
      "what title do I put on the submittal? like what's he called in his current job",
      /^Currently: Senior Data Engineer at Decathlon/,
    ],
    ["quel titre je mets pour lui ?", /^Actuellement : Senior Data Engineer chez Decathlon/],
    [
      "Could you give me a short summary of his profile, for my note to the hiring manager? Tack!",
      /^Senior Data Engineer/,
    ],
    [
      "A-t-il déjà donné des cours dans un établissement d'enseignement supérieur, à titre de chargé de cours ?",
      /^Chez EPISEN \(depuis novembre 2022\), enseigné/,
    ],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("several questions in one message", () => {
  it("'Did he teach Spark and did he use it in production?': 'it' is Spark, used at MAIF and Decathlon", async () => {
    const a = await ask("Did he teach Spark and did he use it in production?");
    expect(a.answer).toMatch(/EPISEN/);
    expect(a.answer).toMatch(/Yes — the profile mentions it at MAIF/);
    expect(a.answer).not.toMatch(/in a training mission/);
  });

  it.each([
    [
      "Hello, quick questions: how many years of exp, has he used Kafka, and is he freelance?",
      [/7 years and \d+ months/, /Kafka: taught at EPISEN/, /freelance/],
    ],
    [
      "Quelle est sa stack chez Decathlon, combien de temps y est-il resté et a-t-il encadré des gens ?",
      [/Spark, Scala, AWS/, /5 ans et \d+ mois/, /encadré/],
    ],
    [
      "Can you tell me if he has used Airflow and also if he has done data governance and also his team size at MAIF?",
      [/Airflow: used at Decathlon/, /5 people at MAIF/],
    ],
  ])("'%s' answers each question, after commas", async (q, said) => {
    const a = await ask(q);
    for (const s of said) expect(a.answer).toMatch(s);
  });
});

describe("a title held always", () => {
  it.each([
    [
      "Has he always been a data engineer?",
      /^No — besides Senior Data Engineer at Decathlon .*, the profile gives Big Data Lecturer/,
    ],
    [
      "a-t-il toujours été data engineer ?",
      /^Non — en plus de Senior Data Engineer chez Decathlon .*Formateur Data chez Pernod/,
    ],
  ])("'%s' names the roles of other titles", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a name the CV writes only as what was set aside", () => {
  it.each([
    ["Does he know Parquet?", /^The profile names “Parquet” only as what was set aside at Decathlon/],
    ["Connait-il Parquet ?", /^Le profil ne cite « Parquet » que comme ce qui a été écarté chez Decathlon/],
  ])("'%s' quotes the line, not 'doesn't mention'", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(a.answered).toBe(false);
    expect(a.citations[0]?.text).toMatch(/avro/);
  });

  it("'Has he used Kubernetes?' is still not in the profile", async () => {
    expect(lead(await ask("Has he used Kubernetes?"))).toMatch(/^The profile doesn't mention “Kubernetes”/);
  });
});

describe("what a second trap hunt found", () => {
  it.each([
    ["does he only do Spark?", /^No — besides Spark, the profile's roles name/],
    ["Spark but not Databricks?", /^Roles whose lines name Spark but not Databricks: AAA-Data/],
    ["roles without Docker?", /^Roles whose lines don't name Docker: Decathlon/],
    [
      "Does he have less than 5 years' experience as a data engineer?",
      /^No — about 7 years and \d+ months as data engineer/,
    ],
    [
      "a-t-il moins de 5 ans d'expérience en tant que data engineer ?",
      /^Non — environ 7 ans et \d+ mois comme data engineer/,
    ],
    ["does he have 10 years of experience as a data engineer?", /^No — about 7 years/],
    ["he never managed anyone, right?", /^He supervised 2 junior data engineers at AAA-Data/],
    ["il a déjà eu des gens sous lui ?", /^Oui — il a encadré 2 data engineers junior chez AAA-Data/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« il n'utilise que AWS comme cloud ? » lists no Spark or Python as clouds", async () => {
    expect(lead(await ask("il n'utilise que AWS comme cloud ?"))).not.toMatch(/en plus de AWS/);
  });

  it.each([
    ["has he used Snowflake?", "less than 2 years?", /^Yes — Snowflake: about 1 year and 5 months/],
    ["combien d'années d'expérience ?", "moins de 3 ans ?", /^Non — environ 7 ans/],
    ["has he used Airflow at Decathlon?", "where else?", /Airflow: used at AAA-Data/],
  ])("'%s' then '%s'", async (first, then, said) => {
    await ask(first, `trap2 ${first}`);
    expect(lead(await ask(then, `trap2 ${first}`))).toMatch(said);
  });

  it("'did he teach Kafka, and did he use it at Decathlon?' is no 'yes' at Decathlon", async () => {
    const a = await ask("did he teach Kafka, and did he use it at Decathlon?");
    expect(a.answer).toMatch(/mentions “Kafka” at EPISEN, since November 2022, but not at Decathlon/);
  });
});

describe("what a cold read of this session's work found", () => {
  it.each([
    ["Est-ce que Spark fait partie de ses compétences ?", /^Oui —/],
    ["Does he have no less than 5 years of experience?", /^Yes — about 7 years/],
    ["Il n'a pas utilisé Airflow ou Spark ?", /^Airflow : oui — utilisé chez Decathlon/],
    ["Which roles didn't involve Airflow?", /^Roles whose lines don't name Airflow: EPISEN/],
    ["Was he at MAIF for at most 1 year?", /^Yes — at MAIF from January 2019 to January 2020 — 1 year/],
    ["Does he have back-end experience?", /^Yes — the profile mentions it at Decathlon/],
    ["Is he a data engineer who always delivers on time?", /^Yes — Senior Data Engineer at Decathlon/],
    ["Has he led a team for 2 years as a senior data engineer?", /^The profile doesn't show 2 years of leading others/],
    [
      "When he was at Decathlon, did he use Kafka?",
      /^The profile mentions “Kafka” at EPISEN, since November 2022, but not at Decathlon/,
    ],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'Did he use Spark at MAIF and how long did that role last?' keeps 'that role'", async () => {
    const a = await ask("Did he use Spark at MAIF and how long did that role last?");
    expect(a.answer).toMatch(/At MAIF from January 2019 to January 2020 — 1 year/);
  });

  it("'less than 3 years?' then 'and at least 5 years?': the second is a floor", async () => {
    await ask("has he used Spark for less than 3 years?", "ceiling then floor");
    expect(lead(await ask("and at least 5 years?", "ceiling then floor"))).toMatch(/^Yes — Spark: about/);
  });
});

describe("'where else?' after a question naming no one thing", () => {
  it("gives that question's places again, not 'doesn't mention else'", async () => {
    await ask("A-t-il fait du chiffrement de donnees personnelles ?", "where else pii");
    const a = await ask("where else?", "where else pii");
    expect(lead(a)).not.toMatch(/else/);
    expect(a.answer).toMatch(/column-level encryption/);
  });
});
