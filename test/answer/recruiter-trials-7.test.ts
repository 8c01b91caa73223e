import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What two recruiter trials (about 525 messages, English and French) and a dev set written from the CV alone
// (an ESN's business manager, a US CTO, an HR generalist) found wrong, sixteenth session.

const { ask } = trialChat();

describe("what opens a message says why it is asked, not what", () => {
  it("a lead-in before a colon: the question after it is answered", async () => {
    const freelance = await ask("Hello, quick check for our platform: is he a freelancer or an employee?");
    expect(freelance.answered).toBe(true);
    expect(freelance.answer).not.toMatch(/“platform”/);
    expect(freelance.answer).toMatch(/Freelance/);
    const dates = await ask("coucou, j'ai besoin de verifier les dates : decathlon c'est de quand a quand ?");
    expect(dates.answered).toBe(true);
    expect(dates.answer).not.toMatch(/besoin/);
    expect(quoted(dates)[0]).toMatch(/Decathlon .*Mai 2021 - Présent/);
  });

  it("« pour un client … on cherche …, il a … ? »: the client's need is not the question", async () => {
    const a = await ask(
      "Bonjour, pour un client dans l'assurance on cherche un data engineer senior spark/scala, " +
        "il a deja bossé dans l'assurance ?",
    );
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/MAIF/);
    expect(quoted(a)[0]).toMatch(/mutuelle d'assurance/);
  });

  it("a question naming its own subject needs no sentence before it", async () => {
    const years = await ask(
      "hi there! screening for a senior Spark/Databricks data engineer role. how many years of Spark does he have?",
    );
    expect(lead(years)).toMatch(/^Spark: about 7 years/);
    expect(years.answer).not.toMatch(/screening/);
    const kafka = await ask(
      "bonjour, pour un grand compte energie on cherche qqn sur du streaming temps reel kafka + spark streaming. " +
        "il a fait du kafka en prod ?",
    );
    // Kafka is taught at EPISEN, never run in production: no "oui", and Spark is not asked.
    expect(kafka.answered).toBe(false);
    expect(lead(kafka)).toMatch(/« kafka » chez EPISEN.*mais pas « prod »/);
    expect(kafka.answer).not.toMatch(/Spark/);
  });

  it("the sector after the asker's client is not asked of the profile", async () => {
    const a = await ask("client industrie veut du Snowflake, il en a fait combien de temps ?");
    expect(lead(a)).toMatch(/^Snowflake : environ 1 an et 5 mois/);
    const b = await ask("client grande distrib : il a deja fait du rapprochement de referentiels pas propres ?");
    expect(b.answer).not.toMatch(/distributed|« distrib »|« client »/);
    expect(quoted(b)[0]).toMatch(/logique floue/);
  });

  it("chat shorthand « qq1 » is someone, not a term the profile lacks", async () => {
    const a = await ask(
      "pour un client banque, ils veulent qq1 qui a deja bossé dans la finance ou l'assurance. il a ca ?",
    );
    expect(a.answer).not.toMatch(/qq1/);
    expect(a.answered).toBe(true);
    expect(quoted(a)[0]).toMatch(/MAIF, mutuelle d'assurance/);
  });
});

describe("the FAQ answers in the asker's language", () => {
  it("a French question quotes the French FAQ entry, an English one the English entry", async () => {
    // (« il encadrait qui ? » is now his people led, from the CV; the FAQ's freelance entry is quoted here.)
    const fr = await ask("Est-il freelance ?");
    expect(fr.answered).toBe(true);
    expect(quoted(fr).some((l) => /^\[\d\] Oui\. Ses deux missions en cours sont en freelance/.test(l))).toBe(true);
    expect(fr.answer).not.toMatch(/His two current roles are freelance/);
    const en = await ask("Is he a freelancer?");
    expect(quoted(en)[0]).toMatch(/^\[1\] Yes\. His two current roles are freelance/);
  });

  it("« Il a deja managé ? » is his people led: the 2 juniors, not « Gestion des PII »", async () => {
    for (const q of ["Il a deja managé ?", "has he ever managed anyone?"]) {
      const a = await ask(q);
      expect(lead(a), q).toMatch(/(encadré|supervised) 2 (data engineers junior|junior data engineers)/);
      expect(a.answer, q).not.toMatch(/PII/);
    }
  });
});

describe("what the CV doesn't say is not a yes", () => {
  it("working abroad and a full-time load are his to say; teams abroad are the CV's", async () => {
    const cases: [string, RegExp][] = [
      ["has he worked abroad?", /in which countries he has worked/],
      ["A-t-il déjà travaillé à l'étranger ? En Inde ?", /dans quels pays/],
      ["il est a temps plein chez decathlon ?", /quelle part de sa semaine/],
      ["is he full-time at Decathlon?", /how much of his week/],
      ["Bjr, anglais au quotidien ?", /langues parlées/],
    ];
    for (const [q, said] of cases) {
      const a = await ask(q);
      expect(a.answered, q).toBe(false);
      // (Where the CV names a country asked, that passage is quoted: India, where tables were.)
      expect(
        a.citations.every((c) => /Inde/.test(c.text)),
        q,
      ).toBe(true);
      expect(a.answer, q).toMatch(said);
    }
    const teams = await ask("il a l'habitude de bosser avec des équipes à l'étranger ?");
    expect(teams.answered).toBe(true);
    expect(teams.answer).toMatch(/contexte international/);
  });

  it("'did he write the DAGs by hand?' against 'automatic generation of DAGs' says automated, not yes", async () => {
    for (const q of ["did he write the Airflow DAGs by hand?", "les DAGs il les écrivait à la main ?"]) {
      const a = await ask(q);
      expect(a.answered, q).toBe(false);
      expect(lead(a), q).toMatch(/^(The profile says it was automated|Le profil dit que c'était automatisé)/);
      expect(quoted(a)[0], q).toMatch(/(automatic generation of DAGs|génération automatique des DAGs)/);
    }
    const deploy = await ask("did he deploy manually?");
    expect(lead(deploy)).toMatch(/^The profile says it was automated/);
    expect(quoted(deploy)[0]).toMatch(/CI\/CD to automate deployments/);
    // A choice between the two is answered by what the passage says.
    const choice = await ask("Est ce qu'il genere ses DAG dynamiquement ou il les ecrit a la main ?");
    expect(choice.answered).toBe(true);
    expect(quoted(choice)[0]).toMatch(/génération automatique des DAGs/);
  });

  it("'how many people did he train?' is not his team's roster", async () => {
    const a = await ask("how many people did he train at Pernod Ricard?");
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/Team, as the profile lists it|1 Tech Lead, 1 Trainer/);
  });
});

describe("a plan is not a thing done", () => {
  it("'did he migrate to Unity Catalog?' against a strategy and a POC says so, not 'Yes'", async () => {
    for (const q of [
      "Did he migrate Decathlon to Unity Catalog?",
      "il a fait une migration de Glue vers Unity Catalog ?",
    ]) {
      const a = await ask(q);
      expect(lead(a), q).toMatch(
        /^(Partly — the profile shows a strategy or a proof of concept|En partie — le profil montre une stratégie)/,
      );
      expect(quoted(a)[0], q).toMatch(/(migration strategy|stratégie de migration)/);
    }
    // Working with it is what the strategy and the POC show.
    expect(lead(await ask("has he worked with Unity Catalog?"))).toMatch(/^Yes — Unity Catalog: used at Decathlon/);
  });
});

describe("how recruiters ask for lists and wrap up", () => {
  it("« tu peux me lister toutes ses boîtes ? » lists his employers; 'the last 5 years', those years'", async () => {
    expect(lead(await ask("tu peux me lister toutes ses boites stp ? je monte le dossier de competences"))).toMatch(
      /^5 employeurs, dans l'ordre du CV : Decathlon/,
    );
    const recent = await ask("How many jobs has he had in the last 5 years?");
    expect(lead(recent)).toMatch(/^2 employers in the last 5 years, as the CV dates its roles: .*Decathlon.*EPISEN/);
    expect(recent.answer).not.toMatch(/MAIF|Pernod/);
  });

  it("'last one:' opens the last question; it asks for no 'last' role", async () => {
    const a = await ask("Merci beaucoup ! last one: did his work ever help the sales people, the commercial side?");
    expect(a.answer).not.toMatch(/^Currently/);
    expect(quoted(a)[0]).toMatch(/sales/);
  });

  it("'any certifications? databricks certified? aws?' is about certifications, not a 'Yes — AWS'", async () => {
    const a = await ask("any certifications? databricks certified? aws?");
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/Yes/);
    expect(a.answer).toMatch(/degrees or certifications/);
  });

  it("'phone or email?' is his to give; 'C-level' is no programming language", async () => {
    expect((await ask("phone or email?")).answer).toMatch(/contact details/);
    expect((await ask("can he present to C-level / execs?")).answer).not.toMatch(/\bC: not in the profile/);
  });

  it("'what was the team like?', 'the largest team he was in': the rosters", async () => {
    expect(lead(await ask("at Decathlon, what was the team like?"))).toMatch(
      /^Team, as the profile lists it: 7 people/,
    );
    // (Largest first: the one asked for leads.)
    expect(lead(await ask("what's the largest team he was in"))).toMatch(/^Teams, largest first, .*: 7 people/);
  });
});

describe("follow-ups the CV can't answer, or answers with the role's stack", () => {
  it("'why?' and 'how long did it take?' after a yes say what the CV doesn't tell", async () => {
    const id = "emr";
    await ask("Did he migrate from EMR to Databricks?", id);
    expect((await ask("why?", id)).answer).toBe("The profile doesn't say why.");
    expect((await ask("how long did it take?", id)).answer).toMatch(/^The profile doesn't say how long it took/);
    // A "why?" the quoted passage answers is answered with it.
    const memory = "memory";
    await ask("did he optimise large JDBC tables?", memory);
    expect((await ask("why?", memory)).answer).toMatch(/memory errors/);
  });

  it("'what library' after fuzzy matching: the tools of that role (FuzzyWuzzy)", async () => {
    const id = "fuzzy";
    await ask("has he done fuzzy matching?", id);
    expect(lead(await ask("what library", id))).toMatch(/^At AAA-Data .*FuzzyWuzzy/);
  });

  it("'was he the tech lead on that team?' is asked of the role just talked about", async () => {
    const id = "lead";
    await ask("Did he do the lakehouse migration himself?", id);
    const a = await ask("was he the tech lead on that team?", id);
    expect(lead(a)).not.toMatch(/^Yes/);
    expect(lead(a)).toMatch(/at Decathlon/);
  });
});

describe("a conversation as recruiters carry it on", () => {
  it("« ok merci je lui demanderai », 'I'll ask him then', « ok bon »: chatter, no question", async () => {
    for (const q of ["ok merci je lui demanderai", "I'll ask him then, thanks", "ok bon"]) {
      const a = await ask(q);
      expect(a.reason, q).toBe("chatter");
      expect(a.answer, q).not.toMatch(/profil(e)? (doesn't|ne le)/);
    }
  });

  it("'what do you think of him?' is a judgement left to the reader; « à ton avis, … ? » is not", async () => {
    expect((await ask("what do you think of him?")).answer).toMatch(/facts, not judgements/);
    expect((await ask("which project is the most impressive?")).answer).toMatch(/facts, not judgements/);
    expect(lead(await ask("à ton avis, il a fait du Spark ?"))).toMatch(/^Oui — Spark : utilisé/);
  });

  it("« elle dure depuis combien de temps ? » of the mission just talked about", async () => {
    const id = "mission";
    await ask("sa mission chez decathlon est toujours en cours ?", id);
    expect(lead(await ask("elle dure depuis combien de temps ?", id))).toMatch(/^Chez Decathlon depuis mai 2021 — /);
  });

  it("'has he ever done Kafka?' after a role asks of his whole career; « et airflow ? » follows it", async () => {
    const id = "ever";
    await ask("il a fait du python chez AAA-Data ?", id);
    const kafka = await ask("ok merci, et il a deja fait du kafka ?", id);
    expect(lead(kafka)).toMatch(/^Kafka : enseigné à EPISEN/);
    expect(kafka.answer).not.toMatch(/mais pas chez AAA-Data/);
  });

  it("'how many people use it?' counts users, not his team's roster", async () => {
    const a = await ask("how many people use his platform?");
    expect(a.answer).not.toMatch(/Team, as the profile lists it/);
  });
});

describe("a conversation trial (eight to ten turns each), sixteenth session", () => {
  it("'anywhere else?' after Zeppelin at MAIF asks outside MAIF: no 'Yes — at MAIF'", async () => {
    const id = "zeppelin";
    await ask("has he used zeppelin?", id);
    const a = await ask("did he use it anywhere else?", id);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/“zeppelin” at MAIF.*but not at Decathlon/);
    const fr = "zeppelin-fr";
    await ask("parle moi de sa mission chez MAIF", fr);
    expect(lead(await ask("il a utilise zeppelin ailleurs ?", fr))).toMatch(/mais pas chez Decathlon/);
  });

  it("« et juste après ? » is the role after; 'which tools on that project?' that role's stack", async () => {
    const id = "after";
    await ask("parle moi de sa mission chez MAIF", id);
    expect(lead(await ask("et juste apres ?", id))).toMatch(/^Juste après MAIF : Data Engineer chez AAA-Data/);
    const tools = "tools";
    await ask("what did he do at Pernod Ricard?", tools);
    expect(lead(await ask("which tools did he use on that project?", tools))).toMatch(/^At Pernod Ricard .*Databricks/);
  });

  it("'ok different question:' and 'what did he do with it exactly' read as recruiters mean them", async () => {
    expect(lead(await ask("ok different question: does he know Delta Lake?"))).toMatch(/^Yes — Delta Lake: used/);
    const id = "snowflake";
    await ask("did he use Snowflake?", id);
    await ask("for how long", id);
    const a = await ask("what did he do with it exactly", id);
    expect(lead(a)).not.toMatch(/1 year and 5 months/);
    expect(quoted(a).some((l) => /Snowflake/.test(l))).toBe(true);
  });

  it("'first job after school?', « premier poste après ses études ? »: the earliest role the CV gives", async () => {
    expect(lead(await ask("first job after school?"))).toMatch(
      /^The earliest role in the profile: Data Engineer at MAIF/,
    );
    expect(lead(await ask("son premier poste après ses études ?"))).toMatch(/^Le premier poste du profil : .*MAIF/);
  });
});

describe("what a cold reading of the change found (sixteenth session)", () => {
  it("a lead or a sentence naming the role stays part of the question", async () => {
    for (const q of ["MAIF: did he use Airflow?", "About MAIF. Did he use Airflow?"])
      expect(lead(await ask(q)), q).toMatch(/“Airflow” at Decathlon.*but not at MAIF/);
    expect(lead(await ask("Chez MAIF : il a utilisé Airflow ?"))).toMatch(/mais pas chez MAIF/);
    expect(lead(await ask("Decathlon: what stack?"))).toMatch(/^At Decathlon \(since May 2021\): Spark/);
  });

  it("only a sector said after the asker's client is set aside, not what the client needs", async () => {
    const pii = await ask("my client needs PII encryption, has he done it?");
    expect(lead(pii)).toMatch(/^Yes — the profile mentions it at Decathlon/);
    for (const q of ["client-facing experience?", "clients internationaux ?"])
      expect((await ask(q)).answer, q).not.toMatch(/^(The profile doesn't say|Le profil ne le précise pas)/);
  });

  it("'abroad' and 'full-time' inside a question about something else don't take it over", async () => {
    expect(lead(await ask("Le client est à l'étranger, il a fait du Databricks ?"))).toMatch(/^Oui — Databricks/);
    expect(lead(await ask("Has he worked full-time on Spark projects?"))).toMatch(/^Yes/);
    expect(lead(await ask("Has he processed handwritten data?"))).toMatch(/^Yes — the profile mentions it at AAA-Data/);
  });

  it("the training team's roster still answers its size; his trainees are no roster, nor 'not at Pernod'", async () => {
    expect(lead(await ask("how many people in the training team at Pernod Ricard?"))).toMatch(
      /^Team, as the profile lists it: 2 people at Pernod Ricard/,
    );
    const trained = await ask("how many people did he train at Pernod Ricard?");
    expect(trained.answer).not.toMatch(/Team, as the profile lists it|but not at Pernod Ricard/);
    expect(quoted(await ask("how was the team organised at Decathlon?"))[0]).toMatch(/2-week sprints/);
  });

  it("'why?' gives the role's stated goal; 'how long did it take?' the role's dates", async () => {
    const id = "snowflake-why";
    await ask("Did he migrate the on-premise system to Snowflake?", id);
    const why = await ask("why?", id);
    expect(lead(why)).toMatch(/^The profile doesn't say why in so many words; the goal it gives at AAA-Data:/);
    expect(quoted(why)[0]).toMatch(/Goal: modernise the stack/);
    const took = await ask("how long did it take?", id);
    expect(took.answered).toBe(false);
    expect(quoted(took)[0]).toMatch(/^\[1\] AAA-Data .*January 2020 - May 2021/);
  });

  it("a plan in French too, and 'rolled out' asks whether it was carried out", async () => {
    for (const q of ["il a migré Decathlon vers Unity Catalog ?", "Has he rolled out Unity Catalog?"])
      expect(lead(await ask(q)), q).toMatch(/^(En partie|Partly) — /);
  });

  it("names asked after degrees are still answered; « diplômes ? anglais ? » asks both", async () => {
    expect((await ask("what degree does he have? spark? kafka?")).answer).toMatch(/Spark: yes/);
    const both = await ask("diplômes ? anglais ?");
    expect(both.answer).toMatch(/langues parlées/);
    expect(both.answer).toMatch(/diplômes/);
  });

  it("'phone/email?' is his to give; a question about email pipelines is not", async () => {
    expect((await ask("phone/email?")).answer).toMatch(/contact details/);
    expect((await ask("did he build email or phone notification pipelines?")).answer).not.toMatch(/contact details/);
  });

  it("« ces six dernières années », 'his current stack' (Decathlon's, not the oldest)", async () => {
    expect(lead(await ask("ses employeurs ces six dernières années ?"))).toMatch(
      /^3 employeurs sur les 6 dernières années/,
    );
    expect(lead(await ask("what is his current stack?"))).toMatch(/^At Decathlon \(since May 2021\): Spark/);
    expect(lead(await ask("quelle est sa stack actuelle ?"))).toMatch(/^Chez Decathlon \(depuis mai 2021\) : Spark/);
  });

  it("the French FAQ's wording doesn't answer 'insurance'", async () => {
    const a = await ask("il a déjà bossé dans l'assurance ?");
    expect(a.answer).not.toMatch(/supervisé|mentorat/);
  });
});

describe("teaching, as recruiters ask about it", () => {
  it("'does he have teaching experience?' names the school and the training role", async () => {
    const a = await ask("does he have teaching experience?");
    expect(lead(a)).toMatch(/^At EPISEN \(since November 2022\), taught: .*He also trains people: Pernod Ricard/);
  });
});

describe("what a second cold reading found", () => {
  it("'hand-written DAGs?' is still no yes; 'handwritten data' a yes", async () => {
    expect(lead(await ask("Were the Airflow DAGs hand-written?"))).toMatch(/^The profile says it was automated/);
    expect(lead(await ask("Has he processed handwritten data?"))).toMatch(/^Yes/);
  });

  it("trainees counted in other words are no roster; a team using the platform is", async () => {
    for (const q of [
      "how many people attended the training at Pernod Ricard?",
      "combien de personnes ont suivi ses formations ?",
    ])
      expect((await ask(q)).answer, q).not.toMatch(/^(Team|Équipe)/);
    expect(lead(await ask("how many people were on the team using the platform at Decathlon?"))).toMatch(
      /^Team, as the profile lists it: 7 people/,
    );
    expect(lead(await ask("how was the team at MAIF?"))).toMatch(/^Team, as the profile lists it: 5 people at MAIF/);
  });

  it("the asker's own client before a colon, or an employer in passing, doesn't narrow the question", async () => {
    expect(lead(await ask("Quick check for Capgemini: is he a freelancer?"))).toMatch(/^Yes/);
    expect(lead(await ask("We are a retailer like Decathlon. Has he used Snowflake?"))).toMatch(/^Yes — Snowflake/);
  });

  it("'full-time?', 'abroad?' alone are his to say; « combien … a-t-il encadrées ? » counts", async () => {
    expect((await ask("full-time?")).answer).toMatch(/how much of his week/);
    expect((await ask("abroad?")).answer).toMatch(/in which countries/);
    expect(lead(await ask("combien de personnes a-t-il encadrées ?"))).toMatch(/^Il a encadré 2 data engineers junior/);
  });

  it("'why?' after a move gets no project's goal; 'the last 3 years' is no current stack", async () => {
    const id = "moved";
    await ask("where did he work after MAIF?", id);
    expect((await ask("why?", id)).answer).toBe("The profile doesn't say why.");
    expect(lead(await ask("what were his main skills over the last 3 years?"))).toMatch(/^Main skills/);
  });
});

describe("the blind sets' totals, read again at the end (no question read)", () => {
  it("'Kubernetes: has he deployed jobs in production?' keeps the name its lead asks about", async () => {
    expect(lead(await ask("Kubernetes: has he deployed jobs in production?"))).toBe(
      "The profile doesn't mention “Kubernetes”.",
    );
    expect(lead(await ask("For Sopra: does he know Kafka?"))).toMatch(/^Kafka: taught at EPISEN/);
  });
});
