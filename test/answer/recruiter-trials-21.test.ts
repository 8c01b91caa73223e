import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the thirtieth session's trials (recruiters in English and in French) found wrong.

const { ask } = trialChat();

describe("how big a company is", () => {
  it("'which was bigger, Decathlon or MAIF?': the CV gives no headcount; what it says of each is quoted", async () => {
    const a = await ask("Which was bigger, Decathlon or MAIF?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toBe(
      "The CV gives no headcount for Decathlon or MAIF, so it can't say which is bigger. What it says of their scale:",
    );
    expect(a.citations.map((c) => c.id)).toEqual([
      "cv.en#decathlon.context.1",
      "cv.en#decathlon.context.2",
      "cv.en#maif.context.1",
      "cv.en#maif.context.4",
    ]);
    const fr = await ask("la MAIF c est plus gros que AAA-Data ?");
    expect(lead(fr)).toMatch(/^Le CV ne donne l'effectif ni de MAIF ni d'AAA-Data : il ne peut donc pas dire laquelle/);
  });

  it("one company's size, or his employers' as a whole, quotes their scale, one line each", async () => {
    const one = await ask("how big is MAIF?");
    expect(lead(one)).toBe("The CV gives no headcount for MAIF. What it says of its scale:");
    expect(one.citations[0]?.text).toMatch(/millions of members/);
    const all = await ask("il a bossé dans des grands groupes ?");
    expect(lead(all)).toBe("Le CV ne donne pas l'effectif de ses employeurs. Ce qu'il dit de leur taille :");
    expect(all.citations.map((c) => c.id.split("#")[1]!.split(".")[0])).toEqual([
      "decathlon",
      "episen",
      "aaa-data",
      "pernod-ricard",
      "maif",
    ]);
  });

  it("the size of a team, of the data or of an achievement is not the company's", async () => {
    expect(lead(await ask("how big was his team at Decathlon?"))).toMatch(/^Team, as the profile lists it: 7 people/);
    expect(lead(await ask("how big is the data at Decathlon?"))).toMatch(/400 TB daily/);
    expect(lead(await ask("what was his biggest achievement at Decathlon?"))).toMatch(/^Results the profile gives/);
    expect(lead(await ask("what size of company does he want to join?"))).toMatch(/not what he would want next/);
  });
});

describe("a contract he would take is his to say", () => {
  it("'would he go perm?' is no 'yes' from his past permanent contracts", async () => {
    for (const q of ["would he go perm?", "would she go freelance?", "could he go in-house?"])
      expect(lead(await ask(q)), q).toMatch(/^The profile says what he has done, not what he would want next/);
  });
});

describe("asked of one employer, held at another", () => {
  it("'unit tests at MAIF?' says where the profile has them, not that it lacks them", async () => {
    expect(lead(await ask("did he write unit tests at MAIF?"))).toBe(
      "The profile mentions “unit tests” at Decathlon, since May 2021, but not at MAIF.",
    );
    await ask("has he written unit tests", "unit");
    expect(lead(await ask("what about at MAIF?", "unit"))).toMatch(
      /^The profile mentions .* at Decathlon.*not at MAIF/,
    );
  });

  it("'and at AAA-Data?' after Airflow DAGs says AAA-Data lists Airflow, not DAGs", async () => {
    await ask("what about airflow - did he write dags by hand?", "dags");
    const a = await ask("and at AAA-Data?", "dags");
    expect(lead(a)).toBe(
      "The profile mentions “airflow” at AAA-Data (Automotive), January 2020 - May 2021, but not “dags” with it.",
    );
    expect(a.citations[0]?.id).toBe("cv.en#aaa-data.stack");
  });

  it("« il a travaillé dans la santé ? » after MAIF asks his whole career, which EPISEN answers", async () => {
    await ask("il a fait quoi chez MAIF ?", "sante");
    const a = await ask("il a travaillé dans la santé ?", "sante");
    expect(lead(a)).toMatch(/^Le profil le mentionne chez EPISEN/);
    expect(lead(a)).toContain("pas mis en pratique dans ses propres projets");
  });
});

describe("where he is now, in French as people say it", () => {
  it("« il est sur quoi en ce moment ? », « il est en poste ? », « chez qui ? » give his current roles", async () => {
    for (const q of [
      "il est sur quoi en ce moment ?",
      "il est en poste ?",
      "il est en mission ?",
      "en ce moment il est chez qui ?",
      "il est sur quel projet la ?",
    ])
      expect(lead(await ask(q)), q).toMatch(/^Actuellement : Senior Data Engineer chez Decathlon/);
  });

  it("« depuis qd ? », 'how long has he been doing that?' after his current job give the time in each", async () => {
    await ask("il est sur quoi en ce moment ?", "since-fr");
    expect(lead(await ask("depuis qd ?", "since-fr"))).toMatch(/^Chez Decathlon depuis mai 2021 — .*Chez EPISEN/);
    await ask("whats his current job", "since-en");
    expect(lead(await ask("how long has he been doing that", "since-en"))).toMatch(
      /^At Decathlon since May 2021 — .*At EPISEN since November 2022/,
    );
  });
});

describe("two roles compared by time", () => {
  it("« entre MAIF et Pernod lequel était le plus long ? » compares those two", async () => {
    expect(lead(await ask("entre MAIF et Pernod lequel etait le plus long ?"))).toMatch(/^Le plus long : MAIF\./);
  });

  it("'which one lasted longer?' after two overviews compares the two employers just asked about", async () => {
    await ask("what did he do at MAIF?", "two");
    await ask("and at Decathlon?", "two");
    expect(lead(await ask("which one lasted longer?", "two"))).toMatch(/^Longer: Decathlon\./);
    await ask("qu a t il fait chez MAIF ?", "deux");
    await ask("et chez Pernod ?", "deux");
    expect(lead(await ask("laquelle etait la plus longue ?", "deux"))).toMatch(/^Le plus long : MAIF\./);
  });

  it("two teams of one size are said to be the same size, not one the larger", async () => {
    await ask("how big was the team at MAIF?", "same");
    await ask("and at AAA-Data?", "same");
    expect(lead(await ask("which one was bigger?", "same"))).toMatch(/^Teams of the same size, as the profile lists/);
    await ask("how big was the team at Decathlon?", "larger");
    await ask("and at AAA-Data?", "larger");
    expect(lead(await ask("which one was bigger?", "larger"))).toMatch(
      /^Teams, largest first.*: 7 people at Decathlon/,
    );
  });
});

describe("the language of the conversation", () => {
  it("« RGPD ? » after « bonjour » is answered in French, and alone too", async () => {
    await ask("bonjour", "lang");
    expect(lead(await ask("RGPD ?", "lang"))).toMatch(/^Le profil ne mentionne pas « RGPD »/);
    expect(lead(await ask("kafka ?", "lang"))).toMatch(/^Kafka : enseigné à EPISEN/);
    expect(lead(await ask("RGPD ?"))).toMatch(/^Le profil ne mentionne pas « RGPD »/);
  });
});

describe("who is asking, and nothing asked yet", () => {
  it("introductions by name, by the team led, by a title here are greetings", async () => {
    for (const q of [
      "hi, quick one - Sarah from a fintech in London",
      "Hi there! I'm Jessica, I recruit for a big retail company in Ohio :)",
      "Hi, I lead the data platform team at a scale-up. few technical questions",
    ])
      expect(lead(await ask(q)), q).toMatch(/^Hello! Ask me anything about/);
    expect(lead(await ask("Bonjour, lead data dans une banque ici. qq questions techniques"))).toMatch(/^Bonjour !/);
    expect(lead(await ask("qu est ce que tu sais faire ?"))).toMatch(/^Bonjour ! Posez-moi vos questions/);
  });
});

describe("a feature of a tool, a practice the profile lacks", () => {
  it("'Databricks workflows?' is Databricks without workflows, not Airflow's DAGs", async () => {
    expect(lead(await ask("il connait Databricks workflows ?"))).toBe(
      "Le profil mentionne « Databricks » chez Decathlon, depuis mai 2021, mais pas « workflows » avec.",
    );
    expect(lead(await ask("Databricks workflows?"))).toBe(
      "The profile mentions “Databricks” at Decathlon, since May 2021, but not “workflows” with it.",
    );
    // A word standing for the tool named is still of it.
    expect(lead(await ask("has he ever used Zeppelin notebooks?"))).toMatch(/^Yes — the profile mentions it at MAIF/);
  });

  it("« des coûts cloud / finops ? » says FinOps is not in the profile, then shows the cost reduction", async () => {
    const a = await ask("il a gere des couts cloud / finops ?");
    expect(lead(a)).toMatch(/^Le profil ne mentionne pas « finops »\. Ce qu'il montre chez Decathlon/);
    expect(a.answered).toBe(false);
  });
});

describe("what people ask in passing", () => {
  it("« il est sérieux ? » gets facts-not-judgements; « de plus impressionnant » gets his results", async () => {
    expect(lead(await ask("il est serieux ?"))).toMatch(/^Le profil donne des faits, pas des jugements/);
    expect(lead(await ask("is he reliable?"))).toMatch(/^The profile gives facts, not judgements/);
    expect(lead(await ask("is he good at Spark?"))).toMatch(/^Yes — Spark: used at Decathlon/);
    expect(lead(await ask("il a fait quoi de plus impressionnant ?"))).toMatch(/^Les résultats chiffrés du profil/);
  });

  it("« il a commencé qd chez decathlon ? » gives when he started there", async () => {
    expect(lead(await ask("il a commencé qd chez decathlon ?"))).toMatch(/^Chez Decathlon depuis mai 2021/);
  });
});

describe("what a cold reading of the change found", () => {
  it("a skill said with 'at a', 'from a', 'with a' is no introduction", async () => {
    expect(lead(await ask("Migration from a datalake to a lakehouse. Has he done that?"))).toMatch(
      /^Yes — the profile mentions it at Decathlon/,
    );
    expect(lead(await ask("We are moving to a lakehouse at a bank. Has he done that?"))).toMatch(/^Yes — /);
    expect(lead(await ask("I'm recruiting for a role in Terraform"))).toBe("The profile doesn't mention “Terraform”.");
    expect((await ask("Spark at a large scale")).reason).not.toBe("chatter");
    expect(lead(await ask("Bonjour, tech lead dans une startup ici, quelques questions"))).toMatch(/^Bonjour !/);
  });

  it("a company's size asked otherwise: 'is MAIF big?', « combien de salariés », 'big companies'", async () => {
    expect(lead(await ask("is MAIF big?"))).toBe("The CV gives no headcount for MAIF. What it says of its scale:");
    expect(lead(await ask("combien de salariés à la MAIF ?"))).toMatch(/^Le CV ne donne pas l'effectif de MAIF/);
    expect(lead(await ask("combien d'employés chez Decathlon ?"))).toMatch(/^Le CV ne donne pas l'effectif/);
    expect(lead(await ask("has he been exposed to big companies?"))).toMatch(/^The CV gives no headcount/);
    expect(lead(await ask("Decathlon, MAIF or Pernod: which is the biggest?"))).toMatch(
      /^The CV gives no headcount for Decathlon, MAIF or Pernod Ricard, so it can't say which is bigger\./,
    );
  });

  it("a role he left is no 'yes' to « il est en poste chez MAIF ? », « il est encore chez AAA-Data ? »", async () => {
    expect(lead(await ask("il est en poste chez MAIF ?"))).toMatch(/^Non — MAIF, c'était janvier 2019/);
    expect(lead(await ask("il est encore chez AAA-Data ?"))).toMatch(/^Non — AAA-Data, c'était janvier 2020/);
  });

  it("« il passerait en CDI ? » is his to say; 'working as a freelancer?' is his contract, not a title", async () => {
    expect(lead(await ask("il passerait en CDI ?"))).toMatch(/^Le profil dit ce qu'il a fait, pas ce qu'il souhaite/);
    expect(lead(await ask("is he working as a freelancer?"))).toMatch(/^Yes — the profile mentions it at Decathlon/);
    expect(lead(await ask("c'est quelqu'un de sérieux ?"))).toMatch(/^Le profil donne des faits, pas des jugements/);
  });

  it("'which one was longer?' after two skills at two employers is not the employers' time", async () => {
    await ask("did he use Spark at MAIF?", "skills");
    await ask("and Kafka at Decathlon?", "skills");
    expect(lead(await ask("which one was longer?", "skills"))).not.toMatch(/^Longer: (Decathlon|MAIF)/);
    await ask("where does he work now?", "now");
    expect(lead(await ask("for how long?", "now"))).toMatch(/^At Decathlon since May 2021/);
  });
});

describe("the longest of the things just named", () => {
  it("'which one was longest?' after three tools gives how long each, not his longest role", async () => {
    await ask("has he used spark, airflow and snowflake", "tools");
    const a = await ask("which one was longest?", "tools");
    expect(lead(a)).toMatch(/^Spark: about 7 years .*Airflow: about 6 years .*Snowflake: about 1 year and 5 months/);
    await ask("il connait docker et jenkins ?", "outils");
    expect(lead(await ask("lequel le plus longtemps ?", "outils"))).toMatch(/^Docker : environ 2 ans .*Jenkins :/);
  });
});

describe("in what context, of the thing just asked about", () => {
  it("« dans quel contexte ? », 'in what context?' after Kafka: his course at EPISEN", async () => {
    await ask("il a fait du kafka ?", "ctx");
    const a = await ask("dans quel contexte ?", "ctx");
    expect(lead(a)).toMatch(/^Voici ce que dit le profil chez EPISEN/);
    expect(a.citations[0]?.text).toMatch(/Apache Kafka/);
    await ask("has he used Kafka?", "context");
    expect(lead(await ask("in what context?", "context"))).toMatch(/^Here is what the profile says at EPISEN/);
  });
});

describe("security asked at an employer that has none", () => {
  it("'security at MAIF?', « de la secu chez maif ? » say where the profile has it, not that it lacks it", async () => {
    expect(lead(await ask("has he worked on security at MAIF?"))).toMatch(
      // (Not AAA-Data's aim, "to secure the market position": a context, no work on security.)
      /^The profile mentions “security” at Decathlon, since May 2021, but not at MAIF\.$/,
    );
    expect(lead(await ask("et chez maif il a fait de la secu ?"))).toMatch(
      /^Le profil mentionne « sécurité » .*pas chez MAIF/,
    );
    // Two words said as one, asked at an employer that lacks them: where they are.
    expect(lead(await ask("has he done access control at AAA-Data?"))).toMatch(
      /^Yes — the profile mentions it at AAA-Data/,
    );
  });
});

describe("chat French's short forms", () => {
  it("« il y est tjs ? » is « toujours »; « en tt » is « en tout »", async () => {
    expect(lead(await ask("et decathlon il y est tjs ?"))).toMatch(
      /^Oui — chez Decathlon depuis mai 2021, et toujours/,
    );
    expect(lead(await ask("combien de tps il a fait du spark en tt"))).toMatch(/^Spark : environ 7 ans et \d+ mois/);
  });
});
