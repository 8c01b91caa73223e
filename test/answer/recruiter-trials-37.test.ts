import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the forty-sixth session found wrong: held-out set dev 52 and a helper's recruiter trials ("only" claims,
// "how long did it take", job-ad lines quoted, pasted bullet lists).

const { ask } = trialChat();

describe("'the only one' is a claim the passages can't back", () => {
  it.each([
    "Was he the only data engineer at MAIF?",
    "Is Snowflake the only database he used?",
    "Was AAA-Data his only permanent job?",
  ])("'%s': what the profile shows, with no 'yes' to 'the only one'", async (question) => {
    const a = await ask(question);
    expect(a.answered).toBe(false);
    expect(lead(a)).not.toMatch(/^Yes/);
    expect(lead(a)).toMatch(/it doesn't say that was the only one:$/);
  });

  it("« Decathlon est son seul client freelance ? »: no « Oui » either", async () => {
    const a = await ask("Decathlon est son seul client freelance ?");
    expect(lead(a)).not.toMatch(/^Oui/);
    expect(lead(a)).toMatch(/ ; il ne dit pas que c'était le seul :$/);
  });

  it.each([
    ["Is Python his only language?", /^No — besides Python, the profile's roles name Scala\.$/],
    ["Python est son seul langage ?", /^Non — en plus de Python, ses postes citent Scala\.$/],
  ])("'%s': the other programming languages his roles name", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });

  it.each([
    "can he code in scala or is it python only?",
    "has he built upsert-style loads that only bring in the delta?",
    "my only question: has he used Spark?",
  ])("'%s': 'only' of something else keeps its 'yes'", async (question) => {
    const a = await ask(question);
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/^Yes/);
  });
});

describe("how long a process took is not how long a role lasted", () => {
  it("'How long did ingestion take before his optimisation at AAA?': the 13 h, not his tenure", async () => {
    const a = await ask("How long did ingestion take before his optimisation at AAA?");
    expect(a.answer).not.toMatch(/1 year and 5 months/);
    expect(quoted(a).join("\n")).toMatch(/from 13 h to 6 minutes/);
  });

  it("« combien de temps prenait l'ingestion avant chez AAA ? »: the 13 h, not the role before AAA-Data", async () => {
    const a = await ask("combien de temps prenait l'ingestion avant chez AAA ?");
    expect(a.answer).not.toMatch(/Juste avant AAA-Data/);
    expect(quoted(a).join("\n")).toMatch(/de 13h à 6 minutes/);
  });

  it.each([
    ["How long was his teaching course?", /10 h of lectures/],
    ["combien de temps dure son cours ?", /10h CM/],
    ["Son profil fait état d'une activité d'enseignement : quel en est le volume horaire ?", /10h CM/],
  ])("'%s': the course's hours", async (question, hours) => {
    const a = await ask(question);
    expect(a.answer).not.toMatch(/4 years|4 ans/);
    expect(quoted(a).join("\n")).toMatch(hours);
  });

  it("'how long was he at AAA?' is still the role's time", async () => {
    expect(lead(await ask("how long was he at AAA?"))).toMatch(/1 year and 5 months/);
  });
});

describe("a job-ad line quoted, and a question pointing at it", () => {
  it("'Req says: '…'. Anything like that on his resume?': the line asked, not a summary of him", async () => {
    const a = await ask(
      "Req says: 'Built models that score customers on how likely they are to buy.' Anything like that on his resume?",
    );
    expect(a.answer).not.toMatch(/Main skills/);
    expect(quoted(a).join("\n")).toMatch(/propensity scoring system/);
  });

  it("'… Can he speak to that?' is no question of spoken languages", async () => {
    const a = await ask(
      "Pasting another one: 'Hands-on experience modernizing a legacy data lake into a Delta-style architecture.' " +
        "Can he speak to that?",
    );
    expect(a.answer).not.toMatch(/languages he speaks/);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it("an introduction, then the quoted line: the line is what is asked", async () => {
    const a = await ask(
      "Hey y'all! Brenda here, recruiting for an oil & gas outfit in Houston. Super quick one, straight from the " +
        "req: 'Built shared data platforms consumed by dozens of internal teams.' Does your guy check that box?",
    );
    expect(a.answer).not.toMatch(/Houston|Brenda/);
    expect(lead(a)).toMatch(/platforms/);
  });

  it("'contracts between data producers and the platform': one thing between two sides", async () => {
    const a = await ask("Experience implementing data contracts between data producers and the platform?");
    expect(a.parts ?? []).toHaveLength(0);
    expect(lead(a)).not.toMatch(/·/);
  });
});

describe("names listed or bulleted", () => {
  it("'Oracle PL/SQL' is one language the profile lacks, not SQL", async () => {
    const a = await ask("Spark, PostgreSQL or Oracle PL/SQL?");
    expect(lead(a)).toMatch(/PostgreSQL: yes/);
    expect(lead(a)).toMatch(/Oracle PL\/SQL: not in the profile/);
    expect(lead(a)).not.toMatch(/(^|· )SQL: yes/);
    expect(lead(await ask("has he used PL/SQL?"))).toBe("The profile doesn't mention “PL/SQL”.");
  });

  it("must-haves bulleted on one line after a colon: each judged", async () => {
    const a = await ask(
      "OK here are the must-haves, tell me which ones he's got: • Apache Spark at scale • PostgreSQL • Oracle " +
        "PL/SQL. Thanks a bunch!",
    );
    expect(lead(a)).toMatch(/^Spark: yes/);
    expect(lead(a)).toMatch(/PostgreSQL: yes/);
    expect(lead(a)).toMatch(/Oracle PL\/SQL: not in the profile/);
  });

  it("'Requirements: • Spark • Kafka • Airflow' is still a job checked line by line", async () => {
    expect(lead(await ask("Requirements: • Spark • Kafka • Airflow"))).toMatch(/^Meets 2 of 3 requirements/);
  });
});

describe("several questions in one message", () => {
  it("« trois points : A, B, et s'il … ? »: as many questions as announced", async () => {
    const a = await ask(
      "Pourriez-vous me préciser trois points : l'envergure de la plateforme qu'il développe chez Decathlon, la " +
        "taille de l'école dans laquelle il enseigne, et s'il a déjà évolué dans le secteur du luxe ?",
    );
    expect(a.answer).toMatch(/250 élèves ingénieurs/);
    expect(a.answer).toMatch(/luxe/);
    expect(a.answer).toMatch(/Data Factory Ingest/);
  });

  it("« … des juniors ? et son anglais ça donne quoi ? »: his English is asked apart, and answered", async () => {
    const a = await ask(
      "il est freelance ou en cdi qq part ? il a deja encadre des juniors ? et son anglais ca donne quoi ?",
    );
    expect(a.answer).toMatch(/Supervision technique de 2 data engineers junior/);
    expect(a.answer).toMatch(/ne précise pas les langues parlées, ni son niveau d'anglais/);
  });

  it("« il faisait quoi ? du dev ou il formait des gens ? »: what he did there, the role's overview", async () => {
    const a = await ask("et chez pernod ricard il faisait quoi au juste ? du dev ou il formait des gens ?");
    expect(lead(a)).toMatch(/^Chez Pernod Ricard \(Formateur Data/);
  });

  it("« combien d'heures de cours, et sous quelle forme… ? »: a second question after « et sous quelle »", async () => {
    const a = await ask("combien d'heures de cours, et sous quelle forme intervient-il auprès des étudiants ?");
    expect(quoted(a).join("\n")).toMatch(/10h CM/);
  });
});

describe("the whole profile, asked in other words", () => {
  it("'what kind of teams in each company — how many people?': each role's team", async () => {
    const a = await ask(
      "Please to describe in what kind of teams he was working in each company — how many people and which roles?",
    );
    expect(lead(a)).toMatch(/^Team, as the profile lists it/);
    expect(a.answer).toMatch(/2 Data Scientists/);
  });

  it("'… every organisation, including teaching': his employers, not a team", async () => {
    const a = await ask(
      "Our compliance team requires a complete list of every organisation he has worked for, including any teaching " +
        "or freelance engagements.",
    );
    expect(lead(a)).toMatch(/^5 employers/);
  });

  it("« un portrait synthétique de ce profil »: the summary", async () => {
    const a = await ask("Pourriez-vous me dresser, en quelques lignes, un portrait synthétique de ce profil ?");
    expect(a.answer).toMatch(/Compétences principales/);
  });
});

describe("words of other kinds", () => {
  it("« une problématique de ce type » points at what was told: the sales force, at Pernod Ricard", async () => {
    const a = await ask(
      "Une question peut-être inattendue : notre direction commerciale souhaite mieux affecter ses équipes de vente " +
        "selon les territoires. A-t-il déjà travaillé sur une problématique de ce type ?",
    );
    expect(lead(a)).toMatch(/Pernod Ricard/);
    expect(a.answer).toMatch(/forces commerciales/);
  });

  it("« … qd un fichier arrive sur s3 ? »: S3 is no figure of which his own share is asked", async () => {
    const a = await ask("ds airflow il sait lancer un dag qd un fichier arrive sur s3 ? sans cron dc");
    expect(a.answer).not.toMatch(/part lui revient/);
    expect(quoted(a).join("\n")).toMatch(/déclenchement automatique d'un DAG/);
  });

  it("the American '-ize' finds the CV's British '-ise'", async () => {
    const a = await ask("Has he done modernization of ETL processes?");
    expect(quoted(a).join("\n")).toMatch(/modernisation of ETL processes/);
  });

  it.each([
    ["What was the speedup at AAA-Data?", /from 13 h to 6 minutes/],
    ["How much revenue was at stake at AAA-Data?", /€7M a year/],
  ])("'%s': the figure the CV gives", async (question, figure) => {
    expect(quoted(await ask(question)).join("\n")).toMatch(figure);
  });

  it("« Le candidat a-t-il piloté des projets à fort enjeu ? »: critical projects, at Decathlon", async () => {
    const a = await ask("Le candidat a-t-il déjà piloté des projets à fort enjeu, en arbitrant les priorités ?");
    expect(lead(a)).toMatch(/^Oui — le profil le mentionne chez Decathlon/);
  });

  it("« Je vous prie de bien vouloir excuser mon insistance, mais … »: the apology asks nothing", async () => {
    const a = await ask(
      "Je vous prie de bien vouloir excuser mon insistance, mais pourriez-vous me confirmer qu'il a travaillé dans " +
        "le secteur de l'assurance ?",
    );
    expect(a.answer).not.toMatch(/insistance/);
    expect(a.answer).toMatch(/MAIF/);
  });

  it("« dans quel pays il habite ? »: where he lives, which only he can say", async () => {
    const a = await ask("dans quel pays il habite ?");
    expect(a.reason).toBe("owner_only");
  });
});

describe("a verdict the profile can't give, asked of one thing", () => {
  it.each([
    ["Is Scala his main language?", /^Programming languages, by how many roles use them: Python \(4 roles\), Scala/],
    ["Python est son langage principal ?", /^Langages de programmation, selon le nombre de postes/],
  ])("'%s': his languages by roles, no 'yes' to the one named", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });

  it("« Seulement AWS comme cloud ? »: no « Oui » to 'only'", async () => {
    const a = await ask("Seulement AWS comme cloud ?");
    expect(lead(a)).not.toMatch(/^Oui/);
    expect(lead(a)).toMatch(/il ne dit pas que c'était le seul/);
  });

  it("'Can he start ASAP?' is his availability, which only he can say", async () => {
    expect((await ask("Can he start ASAP?")).reason).toBe("owner_only");
  });

  it("'his roles in reverse order?': his roles, newest first", async () => {
    expect(lead(await ask("his roles in reverse order?"))).toMatch(/^5 employers, as the CV lists them: Decathlon/);
  });

  it("« Pourquoi devrais-je le recruter ? » asks a judgement", async () => {
    expect(lead(await ask("Pourquoi devrais-je le recruter ?"))).toMatch(
      /^Le profil donne des faits, pas des jugements/,
    );
  });
});

describe("an idiom for what the CV says in one word", () => {
  it.each([
    "Which tool he was using for collecting logs of all pipelines in one place?",
    "il centralise les logs au même endroit avec quoi ?",
  ])("'%s': centralised, the Datadog line", async (question) => {
    const a = await ask(question);
    expect(quoted(a)[0]).toMatch(/Datadog/);
    expect(a.answer).not.toMatch(/Google Places/);
  });
});

describe("what a cold reading of the change found", () => {
  it.each([
    ["The only requirement is Spark. Has he used it?", /^Yes — Spark: used at/],
    ["Spark is the only requirement, has he used it?", /^Yes — Spark: used at/],
  ])("'%s': 'only' of the job's need keeps the 'yes'", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });

  it.each([
    "Has he worked on dozens of pipelines?",
    "Does he have an education in computer science?",
    "Was there high turnover in his teams?",
  ])("'%s': no 'yes' from a word read as another", async (question) => {
    expect(lead(await ask(question))).not.toMatch(/^Yes/);
  });

  it("« Il a fait une migration tout seul ? »: alone is more than the passages say", async () => {
    expect(lead(await ask("Il a fait une migration tout seul ?"))).toMatch(/il ne précise pas qu'il l'a fait seul :$/);
  });

  it("'Between Spark and Kafka, which did he use more?' names two things", async () => {
    const a = await ask("Between Spark and Kafka, which did he use more?");
    expect(lead(a)).toMatch(/^Spark: yes/);
    expect(lead(a)).toMatch(/Kafka: taught at EPISEN/);
  });

  it("« Combien de temps a duré son job chez AAA ? » is the role's time", async () => {
    expect(lead(await ask("Combien de temps a duré son job chez AAA ?"))).toMatch(/1 an et 5 mois/);
  });

  it("'what did he do at MAIF? Did he work with Kafka or Airflow?': the second question is kept", async () => {
    const a = await ask("what did he do at MAIF? Did he work with Kafka or Airflow?");
    expect(a.answer).toMatch(/Kafka: not at MAIF/);
  });
});

describe("a second round of recruiter trials, mostly in French", () => {
  it.each([
    ["Does he have only 4 years experience?", /^No — about 7 years and \d+ months of experience/],
    ["il a que 3 ans d'xp ?", /^Non — environ 7 ans et \d+ mois d'expérience/],
  ])("'%s': 'only' that many years is no floor", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });

  it("« A-t-il travaillé uniquement en freelance ? »: no, and the contracts of each role", async () => {
    expect(lead(await ask("A-t-il travaillé uniquement en freelance ?"))).toMatch(/^Non — en freelance : Decathlon/);
  });

  it.each([
    ["A-t-il travaillé uniquement chez Decathlon ?", /^Non — chez Decathlon depuis mai 2021, et aussi : .*MAIF/],
    ["Has he only worked at Decathlon?", /^No — at Decathlon since May 2021, and also: .*MAIF/],
  ])("'%s': no, every other role", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });

  it("'did he use only Spark at Decathlon?': no 'yes' to 'only'", async () => {
    expect(lead(await ask("did he use only Spark at Decathlon?"))).not.toMatch(/^Yes/);
  });

  it.each(["kess ki fé en ce moment ?", "ke fait il mtn ?"])("'%s': what he does now", async (question) => {
    expect(lead(await ask(question))).toMatch(/^Actuellement : Senior Data Engineer chez Decathlon/);
  });

  it("« Il a géré combien de monde ? »: the people he supervised, not the world", async () => {
    expect(lead(await ask("Il a géré combien de monde ?"))).toMatch(/2 data engineers junior/);
  });

  it("« il faisait quoi là-bas ? » after MAIF: that role's overview", async () => {
    await ask("il a bossé chez MAIF", "la-bas");
    expect(lead(await ask("il faisait quoi là-bas ?", "la-bas"))).toMatch(/^Chez MAIF \(Data Engineer/);
  });
});

describe("a second thing done, joined by « et il a fait de la … »", () => {
  it.each([
    ["Il a encadré des juniors et il a fait de l'agile ?", /Organisation en agile avec sprints de 2 semaines/],
    ["Il connaît Collibra et Unity Catalog, et il a fait de la data quality ?", /Reject Table/],
  ])("'%s': both answered", async (question, second) => {
    expect((await ask(question)).answer).toMatch(second);
  });

  it("« il a encadré 2 juniors et il les a formés ? » still points back: one question", async () => {
    const a = await ask("il a encadré 2 juniors et il les a formés ?");
    expect(a.answer.split("\n").filter((l) => /^(Oui|Non|Le profil|Voici)/.test(l))).toHaveLength(1);
  });
});

describe("the recruiter's own try at the end", () => {
  it.each([
    ["A-t-il déjà travaillé uniquement en freelance ?", /^Non — en freelance : Decathlon .* en CDI : AAA-Data/],
    ["has he only worked as a freelancer?", /^No — freelance: Decathlon .* permanent contracts: AAA-Data/],
  ])("'%s': no, and the contracts of each role", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });
});
