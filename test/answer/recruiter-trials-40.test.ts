import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the forty-ninth session found wrong: two helpers' recruiter trials (windows of time read as the CV's figures,
// years of a "since" or "before" ignored, a brand held only as the stem of other words, statuses the contract
// answers) and a new eval set's misses (a premise said before the question, another product than the profile's).

const { ask } = trialChat();

describe("a window of time says when, not what", () => {
  it("« il a fait du spark ces 6 derniers mois ? »: yes (Decathlon), not Pernod Ricard's « (6 mois) »", async () => {
    const a = await ask("il a fait du spark ces 6 derniers mois ?");
    expect(lead(a)).toMatch(/^Oui — Spark : utilisé chez Decathlon/);
  });

  it("'has he used Snowflake in the past 6 months?': not then, AAA-Data until May 2021", async () => {
    expect(lead(await ask("has he used Snowflake in the past 6 months?"))).toMatch(
      /^Not in the past 6 months — Snowflake: used at AAA-Data/,
    );
  });

  it("« il fait du Spark depuis 2015 ? »: not since 2015 (his first Spark is 2019)", async () => {
    expect(lead(await ask("il fait du Spark depuis 2015 ?"))).toMatch(/^Pas depuis 2015 — Spark/);
  });

  it("« il fait du Spark depuis 2019 ? »: yes", async () => {
    expect(lead(await ask("il fait du Spark depuis 2019 ?"))).toMatch(/^Oui — Spark/);
  });

  it("'AWS before 2021?': not before (Decathlon, since May 2021)", async () => {
    expect(lead(await ask("AWS before 2021?"))).toMatch(/^Not before 2021 — AWS: used at Decathlon/);
  });

  it("'Jenkins after 2021?': not after (AAA-Data and MAIF ended by May 2021)", async () => {
    expect(lead(await ask("Jenkins after 2021?"))).toMatch(/^Not after 2021 — Jenkins/);
  });

  it("« il a fait du Snowflake l'année dernière ? »: not last year", async () => {
    expect(lead(await ask("il a fait du Snowflake l'année dernière ?"))).toMatch(/^Pas l'année dernière — Snowflake/);
  });

  it("« ces 2 dernières années il a fait quoi ? »: his roles of those years", async () => {
    const a = await ask("ces 2 dernières années il a fait quoi ?");
    expect(lead(a)).toMatch(/^Depuis \d{4} : Senior Data Engineer chez Decathlon/);
    expect(lead(a)).toMatch(/EPISEN/);
    expect(lead(a)).not.toMatch(/MAIF|AAA-Data/);
  });

  it("'what has he done in the last 2 years?': the same in English", async () => {
    expect(lead(await ask("what has he done in the last 2 years?"))).toMatch(/^Since \d{4}: Senior Data Engineer/);
  });
});

describe("a name the profile doesn't hold", () => {
  it("« il connait Cloud Composer ? »: not « composants »", async () => {
    const a = await ask("il connait Cloud Composer ?");
    expect(lead(a)).toBe("Le profil ne mentionne pas « Cloud Composer ».");
  });

  it("'has he used Delta Sharing?': another product than Delta Lake", async () => {
    expect(lead(await ask("has he used Delta Sharing?"))).toBe("The profile doesn't mention “Delta Sharing”.");
  });

  it("Delta Live Tables, after what the asker saw on the CV: that product, not Delta Lake", async () => {
    const a = await ask(
      "Je vois Delta Lake et Autoloader dans son parcours. " +
        "A-t-il également mis en œuvre des pipelines Delta Live Tables ?",
    );
    expect(lead(a)).toBe("Le profil ne mentionne pas « Delta Live Tables ».");
  });

  it("'has he used Delta Lake?' stays a yes", async () => {
    expect(lead(await ask("has he used Delta Lake?"))).toMatch(/^Yes — Delta Lake/);
  });

  it("'he's clearly an aws guy, but has he used redshift itself?': Redshift is what is asked", async () => {
    const a = await ask("our warehouse is on redshift. he's clearly an aws guy, but has he used redshift itself?");
    expect(a.answer).not.toMatch(/AWS: yes/);
    expect(lead(a)).toMatch(/doesn't mention “redshift”/i);
  });
});

describe("what was set up is what a yes needs", () => {
  it("'Did he set up access control at Decathlon?': no yes from other set-ups", async () => {
    const a = await ask("Did he set up access control at Decathlon?");
    expect(lead(a)).not.toMatch(/^Yes/);
    expect(lead(a)).toBe(
      "The profile mentions “access control” at AAA-Data (Automotive), January 2020 - May 2021, but not at Decathlon.",
    );
  });

  it("'Did he set up RBAC at Decathlon?': shown as RBAC at AAA-Data, not as “set”", async () => {
    const a = await ask("Did he set up RBAC at Decathlon?");
    expect(lead(a)).toMatch(/^The profile mentions “RBAC” at AAA-Data .*, but not at Decathlon\.$/);
    expect(quoted(a)[0]).toMatch(/Role Based Access Control/);
  });

  it("'did he do quality control on the data?': the checks on data at Decathlon", async () => {
    const a = await ask("did he do quality control on the data?");
    expect(lead(a)).toMatch(/^Yes/);
    expect(quoted(a).join("\n")).toMatch(/Reject Table/);
  });
});

describe("a status his contract answers", () => {
  it("« il était stagiaire à la MAIF ? »: a CDI", async () => {
    expect(lead(await ask("il était stagiaire à la MAIF ?"))).toBe("Chez MAIF (janvier 2019 – janvier 2020) : CDI.");
  });

  it("'was he an intern at MAIF?': a permanent contract", async () => {
    expect(lead(await ask("was he an intern at MAIF?"))).toMatch(/^At MAIF .*: Permanent contract\.$/);
  });

  it("« il était bénévole à l'EPISEN ? »: freelance", async () => {
    expect(lead(await ask("il était bénévole à l'EPISEN ?"))).toMatch(/^Chez EPISEN .*: Freelance\.$/);
  });
});

describe("several things asked in one French sentence", () => {
  it("« il a combien d'annees d'exp et il connait spark + airflow ? »: the years, then each tool", async () => {
    const a = await ask("il a combien d'annees d'exp et il connait spark + airflow ?");
    expect(lead(a)).toMatch(/^Environ \d+ ans et \d+ mois d'expérience/);
    expect(a.answer).toMatch(/Spark : oui/);
    expect(a.answer).toMatch(/Airflow : oui/);
  });

  it("« il a fait du spark et il connait bien ça ? » stays one question", async () => {
    expect(lead(await ask("il a fait du spark et il connait bien ça ?"))).toMatch(/^Oui — Spark/);
  });
});

describe("a figure asked with a bound", () => {
  it("'Tables larger than 5 TB?': no yes from the platform's 400 TB a day (its tables are >2 TB)", async () => {
    expect(lead(await ask("Tables larger than 5 TB?"))).toMatch(/^The profile gives 2 TB .*not (larger than )?5 TB\.$/);
  });

  it("'more than 500 TB a day?': not with the profile's 400 TB", async () => {
    expect(lead(await ask("more than 500 TB a day?"))).toMatch(/^The profile gives 400 TB .*not more than 500 TB/);
  });
});

describe("what was asked, read whole", () => {
  it("« Quelles sont les technos utilisées chez Pernod Ricard ? »: that role's stack", async () => {
    expect(lead(await ask("Quelles sont les technos utilisées chez Pernod Ricard ?"))).toMatch(
      /^Chez Pernod Ricard .*: Databricks, .*Power BI\.$/,
    );
  });

  it("'Does he have product owner experience?': not a title of his, not “production”", async () => {
    const a = await ask("Does he have product owner experience?");
    expect(lead(a)).toMatch(/doesn't say he was product owner\.$/);
    expect(a.answer).not.toMatch(/production/);
  });

  it("« salut, tu peux m'aider ? », « Est-ce que tu es un robot ? »: what the bot answers, no CV line", async () => {
    const asked = ["salut, tu peux m'aider ?", "Est-ce que tu es un robot ?", "je peux te poser quelles questions ?"];
    for (const q of asked) {
      const a = await ask(q);
      expect(lead(a)).toMatch(/^Bonjour ! Posez-moi vos questions sur ce profil/);
      expect(a.citations).toHaveLength(0);
    }
  });
});

describe("what a role taught, and follow-ups that stay on it", () => {
  it("« il était formateur chez Pernod ? », « sur quels sujets ? »: Pernod Ricard's course, its time", async () => {
    await ask("il était formateur chez Pernod ?", "pernod-topics");
    const topics = await ask("sur quels sujets ?", "pernod-topics");
    expect(lead(topics)).toMatch(/^Sujets enseignés chez Pernod Ricard/);
    expect(quoted(topics).join("\n")).toMatch(/Machine Learning/);
    expect(lead(await ask("combien de temps il y est resté ?", "pernod-topics"))).toMatch(
      /^Chez Pernod Ricard .*6 mois/,
    );
  });

  it("'what did he teach at EPISEN?': its curriculum", async () => {
    const a = await ask("what did he teach at EPISEN?");
    expect(lead(a)).toMatch(/^Topics taught at EPISEN/);
    expect(quoted(a).join("\n")).toMatch(/Apache Spark/);
  });

  it("« c'est quoi sa toute première expérience ? »: MAIF, his first role", async () => {
    expect(lead(await ask("c'est quoi sa toute première expérience ?"))).toMatch(/^Le premier poste du profil .*MAIF/);
  });

  it("« il a quitté AAA-Data quand ? »: its dates, no « Oui »", async () => {
    expect(lead(await ask("il a quitté AAA-Data quand ?"))).toMatch(/^Chez AAA-Data de janvier 2020 à mai 2021/);
  });

  it("« il enseigne depuis 2020 ? »: not since 2020 (EPISEN, since November 2022)", async () => {
    expect(lead(await ask("il enseigne depuis 2020 ?"))).toMatch(/^Pas depuis 2020 — .*EPISEN/);
  });
});

describe("a year bound on a thing done", () => {
  it("'Has he taught before 2022?': yes, by Pernod Ricard's training in 2019, which is what it quotes", async () => {
    const a = await ask("Has he taught before 2022?");
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at Pernod Ricard/);
    expect(quoted(a).join("\n")).not.toMatch(/EPISEN/);
  });

  it("'Has he done encryption before 2021?': not before (Decathlon, since May 2021)", async () => {
    expect(lead(await ask("Has he done encryption before 2021?"))).toMatch(/^Not before 2021 — .*Decathlon/);
  });

  it("« il fait de l'Airflow depuis 2020 ? »: yes, AAA-Data then Decathlon without a break", async () => {
    expect(lead(await ask("il fait de l'Airflow depuis 2020 ?"))).toMatch(/^Oui — Airflow/);
  });
});

describe("what a cold reading of the change found", () => {
  it("'I see he worked at AAA-Data. Was he a contractor?': the premise names the role, kept", async () => {
    expect(lead(await ask("I see he worked at AAA-Data. Was he a contractor?"))).toMatch(
      /^No — at AAA-Data .*: Permanent contract\.$/,
    );
  });

  it("'he was at AAA-Data, but was he a contractor there?': kept too", async () => {
    expect(lead(await ask("he was at AAA-Data, but was he a contractor there?"))).toMatch(/^No — at AAA-Data/);
  });

  it("'has he used Snowflake since 2020?': yes, any time since (AAA-Data, 2020–2021)", async () => {
    expect(lead(await ask("has he used Snowflake since 2020?"))).toMatch(/^Yes — Snowflake/);
  });

  it("'did he reduce the number of calls?': a yes, not a count", async () => {
    expect(lead(await ask("did he reduce the number of calls?"))).toMatch(/^Yes/);
  });

  it("« il traite des 2000 tables en Spark ? »: « des », not « dès »; oui", async () => {
    expect(lead(await ask("il traite des 2000 tables en Spark ?"))).toMatch(/^Oui/);
  });

  it("'did he teach apprentices at EPISEN?': whom he taught, not his status", async () => {
    expect(lead(await ask("did he teach apprentices at EPISEN?"))).toMatch(/doesn't mention “apprentices”/);
  });

  it("'has he used Delta Tables?': Delta Lake's tables, a yes", async () => {
    expect(lead(await ask("has he used Delta Tables?"))).toMatch(/^Yes/);
  });

  it("« il est freelance et il connait Snowflake ? »: a yes to each", async () => {
    const a = await ask("il est freelance et il connait Snowflake ?");
    expect(lead(a)).toMatch(/^Oui — .*Decathlon/);
    expect(a.answer).toMatch(/Oui — Snowflake : utilisé chez AAA-Data/);
  });

  it("'Stack: GCP, BigQuery, Composer, Dataflow, Python': Composer not in the profile", async () => {
    expect(lead(await ask("Stack : GCP, BigQuery, Composer, Dataflow, Python"))).toMatch(
      /Composer: not in the profile/,
    );
  });

  it("'Is EPISEN a full-time job?': how much of his week, which only he can say", async () => {
    expect(lead(await ask("Is EPISEN a full-time job?"))).toMatch(/^The profile gives each role's dates, not how much/);
  });

  it("'number of roles?', « le nombre de postes ? »: how many, asked", async () => {
    expect(lead(await ask("number of roles?"))).toMatch(/^5 employers/);
    expect(lead(await ask("le nombre de postes ?"))).toMatch(/^5 employeurs/);
  });

  it("'how many ingestion modes did he build?': the three the CV lists", async () => {
    expect(lead(await ask("how many ingestion modes did he build?"))).toMatch(
      /^3 modes at Decathlon.*as the profile lists them: FULL, DIFF, APPEND\.$/,
    );
    expect(lead(await ask("combien de modes d'ingestion ?"))).toMatch(/^3 modes chez Decathlon.*FULL, DIFF, APPEND\.$/);
  });

  it("'Is he working two jobs now?': his roles that overlap, Decathlon and EPISEN first", async () => {
    const a = await ask("Is he working two jobs now?");
    expect(lead(a)).toMatch(/^Yes — some of his roles overlap: Decathlon and EPISEN/);
    expect(a.answer).not.toMatch(/two-fold/);
  });
});
