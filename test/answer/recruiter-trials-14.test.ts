import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What two recruiter trials (about 390 messages, one mostly in French) and dev set 28 (written from the CV
// alone) found wrong, twenty-third session.

const { ask } = trialChat();

describe("a follow-up moves from an employer described, not only from one named", () => {
  it("'what did he do at the insurance company?' then 'and at the sports retailer?' describes Decathlon", async () => {
    await ask("what did he do at the insurance company?", "described");
    const a = await ask("and at the sports retailer?", "described");
    expect(lead(a)).toMatch(/^Reading “sports retailer” as “Decathlon”\. At Decathlon \(Senior Data Engineer/);
    expect(a.answer).not.toMatch(/MAIF/);
  });

  it("'how long at the car data company?' then 'and at the insurer?' asks how long at MAIF", async () => {
    await ask("how long at the car data company?", "described-time");
    expect(lead(await ask("and at the insurer?", "described-time"))).toMatch(/At MAIF from January 2019 .* 1 year/);
  });

  it("« que faisait-il chez l'assureur ? » is what he did at MAIF (« que » is no slip of « quel »)", async () => {
    expect(lead(await ask("que faisait-il chez l'assureur ?"))).toMatch(
      /^Je lis « assureur » comme « MAIF »\. Chez MAIF/,
    );
  });
});

describe("short follow-ups about his roles", () => {
  it("'and the latest?' after his first job is his current roles; « et le premier ? » the other way", async () => {
    await ask("which one was his first job?", "ends");
    expect(lead(await ask("and the latest?", "ends"))).toMatch(/^Currently: Senior Data Engineer at Decathlon/);
    await ask("quel est son dernier poste ?", "ends-fr");
    expect(lead(await ask("et le premier ?", "ends-fr"))).toMatch(/Data Engineer chez MAIF \(CDI\), janvier 2019/);
  });

  it("'which was longer?' after comparing two employers names the longer", async () => {
    await ask("compare his time at MAIF and at AAA-Data", "longer");
    expect(lead(await ask("which was longer?", "longer"))).toMatch(/^Longer: AAA-Data\./);
  });

  it("'and how many as a senior?' after his years of experience is his time as Senior Data Engineer", async () => {
    await ask("how many years of experience does he have?", "senior");
    expect(lead(await ask("and how many as a senior?", "senior"))).toMatch(/as Senior Data Engineer/);
  });

  it("« quelles entreprises ? » after a summary lists his employers, not the summary again", async () => {
    await ask("résume-moi le profil", "which");
    expect(lead(await ask("quelles entreprises ?", "which"))).toMatch(/^5 employeurs/);
    // (After a skill, "which companies?" still asks where that skill is.)
    await ask("has he used Airflow?", "which-skill");
    expect(lead(await ask("which companies?", "which-skill"))).toMatch(/Decathlon.*AAA-Data/);
  });

  it("'more details' after a role's overview quotes the role's other passages, not the same ones", async () => {
    const first = await ask("what did he do at MAIF?", "more");
    const more = await ask("more details", "more");
    expect(lead(more)).toBe("More at MAIF:");
    expect(quoted(more).some((l) => /Pickling and versioning of the models/.test(l))).toBe(true);
    const before = new Set(quoted(first).map((l) => l.replace(/^\[\d+\] /, "")));
    expect(quoted(more).every((l) => !before.has(l.replace(/^\[\d+\] /, "")))).toBe(true);
  });
});

describe("two roles at once", () => {
  it("« c'était en même temps que MAIF ? » after Pernod Ricard's time: whether the two roles overlap", async () => {
    await ask("il a travaillé chez Pernod Ricard combien de temps ?", "overlap");
    expect(lead(await ask("c'était en même temps que MAIF ?", "overlap"))).toMatch(
      /^Oui — Pernod Ricard \(avril 2019 – octobre 2019\) et MAIF .* se chevauchent/,
    );
    await ask("what did he do at AAA-Data?", "overlap-en");
    expect(lead(await ask("was that at the same time as Decathlon?", "overlap-en"))).toMatch(
      /^No — Decathlon .* don't/,
    );
  });
});

describe("two technologies' time compared", () => {
  it("'which did he use longer, Airflow or Snowflake?' gives each one's time", async () => {
    const a = await ask("which did he use longer, Airflow or Snowflake?");
    expect(lead(a)).toMatch(/^Airflow: about 6 years and \d+ months .* Snowflake: about 1 year and 5 months/);
  });
});

describe("the same question in the other language", () => {
  it("« et en français ? » after a summary gives it in French; 'in English please' the other way", async () => {
    await ask("can you summarise his profile?", "lang");
    expect(lead(await ask("et en français ?", "lang"))).toMatch(
      /^Senior Data Engineer chez Decathlon .*depuis mai 2021/,
    );
    await ask("qu'a-t-il fait chez MAIF ?", "lang-en");
    expect(lead(await ask("in English please", "lang-en"))).toBe(
      "At MAIF (Data Engineer, January 2019 – January 2020):",
    );
  });
});

describe("dates and lists asked plainly", () => {
  it("« en quelle année il a commencé chez Decathlon ? », 'what year did he join MAIF?' give the dates", async () => {
    expect(lead(await ask("en quelle année il a commencé chez Decathlon ?"))).toMatch(
      /^Chez Decathlon depuis mai 2021/,
    );
    expect(lead(await ask("what year did he join MAIF?"))).toMatch(/^At MAIF from January 2019/);
  });

  it("'between March 2019 and June 2020' lists the three roles of those months", async () => {
    const a = await ask("Which company was he at between March 2019 and June 2020?");
    expect(lead(a)).toMatch(/AAA-Data.*Pernod Ricard.*MAIF/);
  });

  it("'list all companies with dates pls' lists the employers; 'current designation' is his title", async () => {
    expect(lead(await ask("list all companies with dates pls"))).toMatch(
      /^5 employers, as the CV lists them: Decathlon/,
    );
    expect(lead(await ask("what is his current designation"))).toMatch(/^Currently: Senior Data Engineer/);
  });

  it("a checklist of eight names gets a verdict for each, 'GitLab CI' one name", async () => {
    const a = await ask("yes/no: Spark? Airflow? Docker? Kubernetes? Jenkins? GitLab CI? Power BI? Tableau?");
    const verdicts = lead(a)
      .split(" · ")
      .map((v) => v.replace(/ — .*$/, ""));
    expect(verdicts).toEqual([
      ...["Spark: yes", "Airflow: yes", "Docker: yes", "Kubernetes: not in the profile", "Jenkins: yes"],
      ...["GitLab CI: not in the profile", "Power BI: yes", "Tableau: not in the profile"],
    ]);
  });
});

describe("his strengths", () => {
  it("« ses principales forces techniques ? » asks his main skills", async () => {
    expect(
      lead(await ask("Allô, question rapide : selon le CV, quelles sont ses principales forces techniques?")),
    ).toMatch(/^Compétences principales/);
  });
});

describe("who is asking, and how they write, is no subject", () => {
  it("'I'm a recruiter at a fintech and my manager asks whether he migrated…' answers that", async () => {
    const a = await ask(
      "Hello, I'm a recruiter at a fintech and my hiring manager keeps asking me whether this person has actually " +
        "migrated stuff to Unity Catalog or just read about it. Can you tell me?",
    );
    expect(lead(a)).toMatch(/^Partly — the profile shows a strategy or a proof of concept/);
    expect(a.answer).not.toMatch(/recruiter|fintech/i);
  });

  it("« je suis recruteuse chez une ESN, j'ai quelques questions » is a greeting, not a name it lacks", async () => {
    const a = await ask("Bonjour, je suis recruteuse chez une ESN, j'ai quelques questions sur ce profil");
    expect(a.answer).toMatch(/^Bonjour !/);
    expect(a.answer).not.toMatch(/ESN/);
  });

  it("« jai », « dun », « quil » are French elisions without their apostrophe, no brand it lacks", async () => {
    const a = await ask("jai besoin dun profil spark scala, tu penses quil matche ?");
    expect(a.answer).not.toMatch(/« ?jai ?»/i);
    expect(lead(a)).toMatch(/^Répond à 2 exigences sur 2/);
    expect(lead(await ask("il a dla xp en spark ?"))).toMatch(/^Oui — Spark/);
  });

  it("« t'es qui toi ? » introduces the bot; « tu recommanderais ce candidat ? » is a judgement", async () => {
    expect(lead(await ask("t'es qui toi ?"))).toMatch(/^Bonjour !/);
    expect(lead(await ask("tu recommanderais ce candidat pour un poste de lead data engineer ?"))).toMatch(
      /^Le profil donne des faits, pas des jugements/,
    );
  });
});

describe("what the profile shows, said in its own terms", () => {
  it("GDPR is a term the profile lacks: no 'yes' from its personal-data lines", async () => {
    const gdpr = await ask("has he done GDPR compliance work?");
    expect(gdpr.answered).toBe(false);
    // …then what the owner's synonyms.yml says the profile shows instead: the PII lines.
    expect(lead(gdpr)).toBe("The profile doesn't mention “GDPR”. What it does show at Decathlon, since May 2021:");
    expect(quoted(gdpr).some((l) => /PII management/.test(l))).toBe(true);
    expect((await ask("a-t-il fait du RGPD ?")).answered).toBe(false);
  });

  it("a term it lacks beside words it holds: 'not Vault', then the passages of the rest, no 'yes'", async () => {
    const a = await ask("Has he done PII encryption with HashiCorp Vault?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toBe(
      "The profile doesn't mention “HashiCorp Vault”. What it does show at Decathlon, since May 2021:",
    );
    expect(quoted(a)[0]).toMatch(/PII management: column-level encryption/);
    const airbyte = await ask("Has he used Airbyte (ingestion tool)?");
    expect(quoted(airbyte)).toEqual([expect.stringMatching(/Autoloader \(Databricks ingestion tool\)/)]);
    // (Not passages of one word of it, nor of the section heading: "Kubernetes for container orchestration".)
    expect(quoted(await ask("Has he used Kubernetes for container orchestration?"))).toEqual([]);
  });

  it("a word matched only through its sense is not said to be in the profile: 'real-time' of streaming", async () => {
    const a = await ask("does he have experience with real-time / low latency systems?");
    expect(lead(a)).toMatch(/^The profile shows something close to “real-time” at EPISEN.*, but not “latency”\.$/);
    expect(quoted(a)[0]).toMatch(/event-driven streaming/);
  });

  it("'dataviz' is not the Reject Table's 'errors reported'", async () => {
    const a = await ask("did he do dataviz?");
    expect(a.answer).not.toMatch(/Reject Table/);
    expect(a.answer).toMatch(/data visualisation/);
  });

  it("'did he train 250 students?': 250 is the school's own figure, not his classes'", async () => {
    const a = await ask("il a formé 250 élèves à l'EPISEN ?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^Ce chiffre est celui de l'école/);
    expect(lead(await ask("did he teach 250 students?"))).toMatch(/^That figure is the school's own/);
    // (His own solution's figures are his: "400 TB a day" at Decathlon.)
    expect(lead(await ask("did he process 400 TB a day?"))).toMatch(/^Yes — the profile mentions it at Decathlon/);
  });
});

describe("a cold reading of the change: what the new rules must not catch", () => {
  it("« que » before a noun is chat French's « quel »; « quelles » is itself", async () => {
    expect(lead(await ask("que techno il utilise chez Decathlon ?"))).toMatch(/^Chez Decathlon .*: Spark, Scala/);
    expect(lead(await ask("quelles entreprises ?"))).toMatch(/^5 employeurs/);
  });

  it("'which companies?' after a question of a kind of role asks which, not every employer", async () => {
    await ask("has he been a freelancer?", "kind");
    const a = await ask("which companies?", "kind");
    expect(lead(a)).toMatch(/Decathlon.*EPISEN/);
    expect(lead(a)).not.toMatch(/MAIF/);
  });

  it("an introduction the question points back into stays: 'at an insurer, did he work at one?'", async () => {
    expect(lead(await ask("I'm a recruiter at an insurance company, did he work at one?"))).toMatch(/^Yes .* MAIF/);
  });

  it("the school's figure asked of the school is a yes; a brand's capitals are no French elision", async () => {
    expect(lead(await ask("does EPISEN train 250 students?"))).toMatch(/^Yes/);
    expect(lead(await ask("Has he worked for DLA Piper?"))).toMatch(/doesn't list DLA Piper among/);
    expect(lead(await ask("tu recommanderais Spark ou Flink pour du streaming ?"))).toMatch(/^Spark : oui/);
  });
});

describe("a third trial: conversations", () => {
  it("« c'est lui le tech lead chez decathlon ? » is his title asked, not a yes from his stack", async () => {
    const a = await ask("c'est lui le tech lead chez decathlon ?");
    expect(lead(a)).not.toMatch(/^Oui/);
    expect(lead(a)).toMatch(/Senior Data Engineer/);
  });

  it("« il a formé combien de personnes ? » is not his team's size", async () => {
    expect(lead(await ask("il a formé combien de personnes chez Pernod ?"))).not.toMatch(/Équipe/);
  });

  it("'what was the team?' asked on of AAA-Data is its roster", async () => {
    await ask("What did he do at AAA-Data?", "team");
    expect(lead(await ask("what was the team?", "team"))).toMatch(
      /^Team, as the profile lists it: 5 people at AAA-Data/,
    );
  });

  it("'ok and Kafka?' after Airflow's team asks of Kafka, not of the team again", async () => {
    await ask("What's his experience with Airflow?", "kafka");
    await ask("how big was the team there?", "kafka");
    expect(lead(await ask("ok and Kafka?", "kafka"))).toMatch(/^Kafka: taught at EPISEN/);
  });

  it("'which company was that at?', « c'est chez qui ? » ask where the thing just asked about was", async () => {
    await ask("did he do any POC?", "where");
    expect(lead(await ask("which company was that at?", "where"))).toMatch(
      /^Here is what the profile says at Decathlon/,
    );
    await ask("quels services AWS ?", "where-fr");
    expect(lead(await ask("cest chez qui ?", "where-fr"))).toMatch(/chez Decathlon/);
  });

  it("'where did he use it most recently?' after 'since when?' is where it was last used", async () => {
    await ask("Does he know Spark?", "recent");
    await ask("since when?", "recent");
    expect(lead(await ask("where did he use it most recently?", "recent"))).toMatch(/^Spark: still in use/);
  });

  it("'the sports industry?' gets the owner's note; « j'ai une mission … il correspond ? » is a job", async () => {
    expect(lead(await ask("Has he worked in the sports industry?"))).toMatch(
      /note added to the profile \(not the CV\) describes Decathlon/,
    );
    const job = await ask("bjr jai une mission data engineer GCP BigQuery dbt, il correspond ?");
    expect(lead(job)).toMatch(/^Répond à 1 exigence sur 4/);
  });

  it("« quelle école ? » after his degree asked stays on his degree, not the school he teaches at", async () => {
    await ask("il a un diplôme d'ingénieur ?", "degree");
    const a = await ask("quelle école ?", "degree");
    expect(lead(a)).toMatch(/^Le profil ne mentionne ni diplômes ni certifications/);
    expect(a.answer).not.toMatch(/EPISEN/);
  });
});

describe("a second cold reading: what the new rules must not catch", () => {
  it("an overlap asked of something else is no overlap of the two roles", async () => {
    await ask("what did he do at AAA-Data?", "at-once");
    expect(lead(await ask("and did his teaching overlap with Decathlon?", "at-once"))).not.toMatch(/^No — /);
  });

  it("'where did he use it?' is everywhere, not only the last place", async () => {
    await ask("has he used Spark?", "where-all");
    expect(lead(await ask("where did he use it?", "where-all"))).toMatch(/Decathlon.*AAA-Data.*Pernod Ricard.*MAIF/);
  });

  it("'which companies?' after a question naming his profile asks where that thing is", async () => {
    await ask("does his profile mention Snowflake?", "profile-word");
    expect(lead(await ask("which companies?", "profile-word"))).not.toMatch(/^5 employers/);
  });

  it("'and in English?' after French asks of English; « le responsable de … » is no title", async () => {
    await ask("has he given training sessions in French?", "english");
    expect((await ask("and in English?", "english")).language).toBe("en");
    expect(lead(await ask("and in English?", "english"))).not.toMatch(/^Yes/);
    expect(lead(await ask("c'est lui le responsable de la migration chez AAA ?"))).not.toMatch(/son titre est/);
  });

  it("the owner's French note is not matched by an English word: 'articles'", async () => {
    expect(lead(await ask("has he written articles?"))).toBe("The profile doesn't mention “articles”.");
  });
});
