import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the thirty-sixth session's dev set 41 (a London agency sourcer, a scale-up CTO, a corporate HR officer's
// formal French, an IT-services salesman's abbreviated French) and a recruiter's trial of the terminal chat found
// wrong.

const { ask } = trialChat();

describe("a notion asked by its kind, not by the product's name", () => {
  it.each([
    ["has he done containerization?", /Docker/],
    ["a-t-il fait de la conteneurisation ?", /Docker/],
  ])("'%s' is the Docker of his stacks, read without a note", async (q, tool) => {
    const a = await ask(q);
    expect(a.answered).toBe(true);
    expect(lead(a)).not.toMatch(/Reading|Je lis/);
    expect(quoted(a).join("\n")).toMatch(tool);
  });

  it.each([
    ["how many years of containers?", /^Docker: about 2 years and 4 months in the roles that list it/],
    ["how many years of containerisation experience?", /^Docker: about 2 years and 4 months/],
    ["il a combien d'annees d'xp en conteneurisation a peu pres ?", /^Docker : environ 2 ans et 4 mois/],
    ["how many years of orchestration?", /^Airflow: about \d+ years/],
  ])("'%s' is the time with the tool the notion names, not his whole career", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(lead(a)).not.toMatch(/overlapping roles counted once|les périodes qui se chevauchent/);
  });
});

describe("words cut short, and who he is", () => {
  it("« l'ecole d'inge » is no 'ingestion': the profile writes « ingénieur » nearly as often", async () => {
    const a = await ask("il donne des cours depuis qd a l'ecole d'inge ?");
    expect(a.answer).not.toMatch(/ingestion/);
    expect(lead(a)).toMatch(/EPISEN.*novembre 2022/);
  });

  it.each([
    "is he a data engineer, a data scientist or an ML guy?",
    "in one line what is he — data engineer, data scientist, ML guy? need the right job title for the client",
  ])("'%s' gives his titles", async (q) => {
    expect(lead(await ask(q))).toMatch(/^Titles, as the profile gives them: Senior Data Engineer at Decathlon/);
  });

  it("« c'est un data engineer, un data scientist ou un dev ? » gives his titles in French", async () => {
    expect(lead(await ask("c'est un data engineer, un data scientist ou un dev ?"))).toMatch(/^Titres, tels que/);
  });

  it("« il a déjà été head of data ou CTO ? » is no list of his titles: CTO is not in the profile", async () => {
    const a = await ask("bonjour, il a déjà été head of data ou CTO quelque part ? merci d'avance");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/« CTO »/);
  });

  it("« comment est composée l'équipe » is the team's roster, not 'composants d'ingestion'", async () => {
    const a = await ask("Chez Decathlon, comment est composée l'équipe dans laquelle il évolue ?");
    expect(lead(a)).toMatch(/^Équipe, telle que le profil la décrit : 7 personnes chez Decathlon/);
  });
});

describe("lists and moves", () => {
  it("a job's prerequisites pasted, « il coche quoi ? »: checked one by one, Lakehouse met", async () => {
    const a = await ask(
      "AO client je te colle les prerequis : « Lakehouse ; Delta Lake ; Kafka en production ; Scala ». il coche quoi ?",
    );
    expect(lead(a)).toMatch(/^Répond à 3 exigences sur 4\. En partie : Kafka/);
    expect(a.answer).toMatch(/• Lakehouse : ✔ oui/);
  });

  it.each(["il connait Lakehouse, Delta Lake, Kafka et Scala ?"])(
    "'%s': Lakehouse is one of the things listed, and the CV has it",
    async (q) => {
      const a = await ask(q);
      expect(lead(a)).toMatch(/^Lakehouse : oui — Decathlon/);
      expect(lead(a)).toMatch(/Kafka[^·]*: (enseigné|en partie)/);
      expect(lead(a)).not.toMatch(/pas « Lakehouse »/);
    },
  );

  it("'Experience with Lakehouse and Kafka?' answers each", async () => {
    const a = await ask("Experience with Lakehouse and Kafka?");
    expect(lead(a)).toMatch(/^Lakehouse: yes — Decathlon/);
    expect(lead(a)).toMatch(/Kafka: taught at EPISEN/);
  });

  it("'Infrastructure as Code, specially Terraform?' is no 'yes' for infrastructure code", async () => {
    const a = await ask(
      "Has he experiance with Infrastructure as Code, specially Terraform? The client builds AWS with it.",
    );
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/Terraform/);
  });

  it.each([
    ["When he left MAIF, where did he go?", /^Right after MAIF: Data Engineer at AAA-Data/],
    ["quand il a quitté la MAIF il est allé où ?", /^Juste après MAIF : Data Engineer chez AAA-Data/],
  ])("'%s' is the role after MAIF", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("follow-ups", () => {
  it("'since when?' after 'and at MAIF?' (no) is since when he has used Airflow, not his Decathlon start", async () => {
    await ask("has he used airflow?", "airflow-since");
    await ask("ok and at MAIF?", "airflow-since");
    const a = await ask("since when?", "airflow-since");
    expect(lead(a)).toMatch(/^Airflow: since January 2020/);
  });

  it("« depuis quand ? » after « et chez MAIF ? » too", async () => {
    await ask("Est-ce quil connait Airflow ?", "airflow-fr");
    await ask("et chez MAIF ?", "airflow-fr");
    expect(lead(await ask("depuis quand ?", "airflow-fr"))).toMatch(/^Airflow : depuis janvier 2020/);
  });

  it("'and as a senior?' after his total experience is his time as a senior", async () => {
    await ask("how many years of experience in total?", "senior");
    const a = await ask("and as a senior?", "senior");
    expect(lead(a)).toMatch(/as Senior Data Engineer: Senior Data Engineer at Decathlon/);
  });
});

describe("what the profile can't answer, said so", () => {
  it.each([
    ["is 650/day ok for him?", /daily rate/],
    ["600/j ca passe ?", /taux journalier/],
    ["can you send me the full CV?", /can't send the file/],
    ["rate his python from 1 to 10", /facts, not judgements/],
    ["tu le recommandes ?", /faits, pas des jugements/],
  ])("'%s' is no 'yes' from a passage", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(said);
    expect(quoted(a)).toEqual([]);
  });

  it("'he processed 400 TB/day?' is still a volume, not a rate", async () => {
    expect(lead(await ask("he processed 400 TB/day?"))).not.toMatch(/rate/);
  });

  it.each(["this bot is useless, you stupid machine", "t'es nul, ton bot sert a rien"])(
    "'%s' is a remark, not a search for 'machine' or 'nul'",
    async (q) => {
      const a = await ask(q);
      expect(a.reason).toBe("chatter");
      expect(quoted(a)).toEqual([]);
    },
  );

  it.each([
    ["show me everything", /^Senior Data Engineer at Decathlon/],
    ["tell me everything about him", /^Senior Data Engineer at Decathlon/],
    ["dis moi tout sur lui", /^Senior Data Engineer chez Decathlon/],
  ])("'%s' is his profile in short", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'insurance or retail?': retail is not in the CV, and the owner's note says Decathlon is a retailer", async () => {
    const a = await ask("has he worked in insurance or retail?");
    expect(lead(a)).toMatch(/retail: not in the CV\. A note added to the profile \(not the CV\) describes Decathlon/);
    expect(lead(a)).not.toMatch(/not in the profile/);
  });
});

describe("follow-ups of the trial", () => {
  it.each([
    ["has he used spark?", "on which projects?", /Spark/],
    ["il a fait du spark ?", "sur quels projets ?", /Spark/],
  ])("'%s' then '%s' quotes his Spark work, not any 'project'", async (first, then, thing) => {
    const id = `projects-${first}`;
    await ask(first, id);
    const a = await ask(then, id);
    expect(quoted(a).length).toBeGreaterThan(0);
    for (const line of quoted(a)) expect(line).toMatch(thing);
  });

  it.each([
    ["how do I contact him then?", /Please ask whoever shared this profile with you\.$/],
    ["comment le contacter ?", /Demandez-les à la personne qui vous a transmis ce profil\.$/],
  ])("'%s' points to whoever shared the profile, not back to the candidate", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
    expect(a.answer).not.toMatch(/ask the candidate directly|demandez-le-lui/);
  });
});

describe("a claim turned round is no 'yes' (the trap hunter's)", () => {
  it.each([
    ["Is he a data engineer with 10 years of experience?", /^No — about \d+ years and \d+ months? as data engineer/],
    ["est-il un data engineer avec 10 ans d'expérience ?", /^Non — environ \d+ ans/],
    ["Did he work at Pernod Ricard for a year?", /^No — at Pernod Ricard from April 2019 to October 2019 — 6 months/],
    ["A-t-il travaillé un an chez Pernod Ricard ?", /^Non — chez Pernod Ricard d'avril 2019 à octobre 2019/],
    ["did he stay at MAIF for 18 months?", /^No — at MAIF from January 2019 to January 2020/],
    ["Is he on a permanent contract now?", /^No — currently: Senior Data Engineer at Decathlon \(Freelance\)/],
    ["Est-il actuellement en CDI chez MAIF ?", /^Non — MAIF, c'était janvier 2019 – janvier 2020\. Actuellement/],
    ["Did he increase costs at Decathlon?", /^No — the profile says it was the other way round at Decathlon/],
    ["A-t-il augmenté les coûts chez Decathlon ?", /^Non — le profil dit l'inverse chez Decathlon/],
    ["Did he do row-level encryption?", /^No — the profile says “column”, not “row”/],
    ["A-t-il fait du chiffrement au niveau ligne ?", /^Non — le profil dit « colonne », pas « ligne »/],
    ["Was the encryption strategy single-cloud?", /^No — the profile says “cross-cloud”, not “single-cloud”/],
    ["Were the JDBC tables processed weekly?", /^No — the profile says “daily”, not “weekly”/],
    ["Did he deploy Datadog for metrics?", /^No — the profile says “logs”, not “metrics”/],
    ["L'EPISEN est-elle privée ?", /^Non — le profil dit « publique », pas « privée »/],
  ])("'%s'", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(lead(a)).not.toMatch(/^(Yes|Oui)\b/);
  });

  it.each([
    ["was he at Pernod Ricard for six months?", /^Yes — at Pernod Ricard from April 2019 to October 2019 — 6 months/],
    ["is he freelance at Decathlon now?", /^Yes — at Decathlon \(since May 2021\): Freelance/],
    ["Did he do column-level encryption?", /^Yes — /],
    ["did he reduce technical debt?", /^Yes — /],
    ["did he write unit tests?", /^Yes — /],
  ])("'%s' is still a yes", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a question asked in the negative", () => {
  it.each([
    ["He has never worked with Databricks, right?", /^Databricks: used at Decathlon/],
    ["He didn't use Snowflake, did he?", /^Snowflake: used at AAA-Data/],
    ["il n'a jamais fait de Databricks ?", /^Databricks : utilisé chez Decathlon/],
  ])("'%s' gives his uses, with no 'Yes' that would read as agreeing, and no 'never' looked for", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(lead(a)).not.toMatch(/never|“not”/);
  });

  it("'Did he never use Kafka in production?' looks for production, not for 'never'", async () => {
    const a = await ask("Did he never use Kafka in production?");
    expect(lead(a)).not.toMatch(/never/);
    expect(lead(a)).toMatch(/Kafka/);
  });
});

describe("what the cold read of the last session's change found", () => {
  it("« de deux à trois juniors » is a range, left as written (not « deux à 3 »)", async () => {
    const a = await ask("A-t-il encadré de deux à trois juniors ?");
    expect(lead(a)).toMatch(/^Oui — .*AAA-Data/);
  });

  it("'what he has worked on regarding security' asks of security, not the role's account", async () => {
    const a = await ask("I'd like to know what he has worked on regarding security at Decathlon");
    expect(a.answer).toMatch(/encryption|Collibra/);
    expect(lead(a)).not.toMatch(/^At Decathlon \(Senior Data Engineer/);
  });

  it.each([
    ["Has he quit Decathlon?", /^No — at Decathlon since May 2021, and still there/],
    ["Has he stopped working at Decathlon?", /^No — at Decathlon since May 2021, and still there/],
    ["Est-il parti de Decathlon ?", /^Non — chez Decathlon depuis mai 2021, et toujours en poste/],
    ["Il ne travaille plus chez Decathlon ?", /^Si — chez Decathlon depuis mai 2021, et toujours en poste/],
    ["N'est-il plus chez Decathlon ?", /^Si — /],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["Has he been a data engineer for about 8 years?", /^Yes — about 7 years and \d+ months? as data engineer/],
    ["Was he a data engineer for 10 years?", /^No — about 7 years and \d+ months? as data engineer/],
  ])("'%s': a rough count with slack, a past title checked", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'three thousand tables daily?' is 2,000 tables, not a yes", async () => {
    const a = await ask("Does the platform ingest three thousand tables daily?");
    expect(lead(a)).toMatch(/2,000 tables .*not 3000 tables/);
  });

  it("'…because it couldn't cope with real volumes?' is no question asked in the negative", async () => {
    const a = await ask(
      "did he ever have to port a pandas/sklearn codebase to something distributed because it couldn't cope " +
        "with real volumes?",
    );
    expect(lead(a)).toMatch(/Yes — the profile mentions it at MAIF/);
  });
});

describe("seniors led", () => {
  it("'Did he mentor 2 senior engineers?' is no 'yes' from the juniors he supervised", async () => {
    const a = await ask("Did he mentor 2 senior engineers?");
    expect(lead(a)).toMatch(/^No — the profile says he supervised junior engineers, at AAA-Data/);
  });

  it("'did he mentor juniors?' is still a yes", async () => {
    expect(lead(await ask("did he mentor juniors?"))).toMatch(/^Yes — he supervised 2 junior data engineers/);
  });
});
