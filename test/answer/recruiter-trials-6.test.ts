import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What a dev set written from the CV alone (a London headhunter, a ministry's buyer) and two recruiter
// trials (about 540 messages, English and French) found wrong, fifteenth session.

const { ask } = trialChat();

describe("a passage that says the opposite is a no", () => {
  it("'any service interruption?' against 'with no service interruption' is 'No', quoting it", async () => {
    for (const q of [
      "Did the Snowflake migration cause any service interruption?",
      "Y a-t-il eu une interruption de service lors de la migration vers Snowflake ?",
    ]) {
      const a = await ask(q);
      expect(a.answered, q).toBe(false);
      expect(lead(a), q).toMatch(
        /^(No — the profile says otherwise|Non — le profil dit le contraire) (at|chez) AAA-Data/,
      );
      expect(quoted(a)[0], q).toMatch(/(no service interruption|sans interruption de service)/);
    }
  });

  it("'a migration without service interruption?' asks what the passage says: yes", async () => {
    for (const q of ["Has he done a migration without service interruption?", "une migration sans interruption ?"]) {
      const a = await ask(q);
      expect(a.answered, q).toBe(true);
      expect(lead(a), q).not.toMatch(/^(No|Non) — /);
    }
  });
});

describe("what the CV can't tell apart, or only he can say", () => {
  it("what he did 'personally' is not told apart from the platform's figures", async () => {
    const a = await ask("Is the 400 TB per day figure the volume he personally processed?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/doesn't say which part of it was his own/);
    expect(quoted(a)[0]).toMatch(/400 TB daily/);
  });

  it("when his mission ends, his legal form and where he would travel are his to say", async () => {
    const cases: [string, RegExp][] = [
      ["would his current mission at Decathlon end soon?", /doesn't say when he is available/],
      ["il est en SASU ou auto-entrepreneur ?", /structure juridique/],
      ["does he invoice through his own limited company?", /legal form/],
      ["il est mobile sur Lille ?", /où il est basé/],
      ["il a quel niveau d'etudes ?", /diplômes/],
      ["ok merci, comment je le contacte ?", /coordonnées/],
    ];
    for (const [q, said] of cases) {
      const a = await ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.citations, q).toEqual([]);
      expect(a.answer, q).toMatch(said);
    }
  });

  it("'the most senior engineer on that team?' is a rank the CV doesn't give, not a yes", async () => {
    const a = await ask("Was he the most senior engineer on that team?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/facts, not judgements/);
  });
});

describe("words as people type them", () => {
  it("'isn't he? on their payroll?' asks his contract: freelance at Decathlon", async () => {
    for (const q of ["he's perm at Decathlon isn't he? on their payroll?", "is he on Decathlon's payroll?"])
      expect(lead(await ask(q)), q).toMatch(/^No — at Decathlon \(since May 2021\): Freelance/);
    expect(lead(await ask("was he on MAIF's payroll?"))).toMatch(/^Yes — at MAIF .*Permanent contract/);
  });

  it("'who's he worked for?' lists his employers", async () => {
    const a = await ask("who's he worked for? chronological pls");
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/^5 employers/);
  });

  it("'atm', 'uni', 'tech debt' are written out; an adverb ('deliberately') vetoes nothing", async () => {
    expect(lead(await ask("does he lecture anywhere atm? uni / school?"))).toMatch(/EPISEN/);
    const debt = await ask("Has he handled tech debt deliberately, with a plan?");
    expect(lead(debt)).toMatch(/^Yes — the profile mentions it at Decathlon/);
    expect(debt.answer).toMatch(/technical debt/);
  });

  it("« un service de l'État »: a capitalised French word is that word, not a name the profile lacks", async () => {
    const a = await ask("le candidat a-t-il déjà exploité des fichiers transmis par un service de l'État ?");
    expect(a.answer).not.toMatch(/ne mentionne pas « État »/);
    expect(lead(await ask("a-t-il travaillé chez Orange ?"))).toMatch(/ne cite pas Orange/);
  });

  it("'ok, makes sense', 'fine, thanks', 'thanks, that's a clear picture' are chatter", async () => {
    for (const q of ["ok, makes sense", "fine, thanks", "thanks, that's a clear picture", "sounds good"]) {
      const a = await ask(q);
      expect(a.answered, q).toBe(false);
      expect(lead(a), q).toMatch(/Anything else about the profile\?/);
    }
  });
});

describe("whole-profile and leadership questions in other words", () => {
  it("'people reporting to him', « sous ses ordres »: his supervision of 2 juniors; not 'direct reports'", async () => {
    expect(lead(await ask("has he had people reporting to him? juniors etc"))).toMatch(
      /^Yes — he supervised 2 junior data engineers at AAA-Data/,
    );
    // Line management: what the profile shows is supervision, said so, with no "yes".
    expect(lead(await ask("any direct reports?"))).toMatch(
      /^The profile doesn't say he was anyone's line manager; it shows he supervised others at AAA-Data/,
    );
    expect(lead(await ask("il a eu des gens sous ses ordres ?"))).toMatch(/^Oui — il a encadré 2 data engineers/);
    // "reported" of errors is no leadership.
    expect(lead(await ask("were the errors reported in a table?"))).not.toMatch(/supervised/);
  });

  it("'how many yrs total', « combien d'années en tout ? » are his whole career", async () => {
    expect(lead(await ask("how many yrs total"))).toMatch(/^About 7 years and \d+ months of experience/);
    expect(lead(await ask("combien d'annees en tout ?"))).toMatch(/^Environ 7 ans et \d+ mois d'expérience/);
  });

  it("years 'in teaching and training' add both roles", async () => {
    const a = await ask("Combien d'années d'expérience cumule-t-il dans l'enseignement et la formation d'adultes ?");
    expect(lead(a)).toMatch(/^Environ 4 ans et \d mois d'enseignement et de formation/);
  });

  it("'has he got 2 years on Snowflake?', « il a bien 2 ans ? » are checked: about 1 year 5 months", async () => {
    for (const q of ["has he got 2 years on Snowflake?", "et sur Snowflake il a bien 2 ans ?"])
      expect(lead(await ask(q)), q).toMatch(/^(No|Non) — Snowflake.*1 (year|an) (and|et) 5 (months|mois)/);
  });

  it("'before Pernod Ricard?' says MAIF ran alongside it, not just before", async () => {
    const a = await ask("what did he do before Pernod Ricard?");
    expect(lead(a)).toMatch(/^Not before Pernod Ricard but alongside it: Data Engineer at MAIF/);
    expect(lead(await ask("what did he do before AAA-Data?"))).toMatch(/^Just before AAA-Data: Data Engineer at MAIF/);
  });
});

describe("conversations", () => {
  it("a statement, then 'has he sorted that before?': what 'that' is, from the statement", async () => {
    const a = await ask(
      "client's DS team is stuck in notebooks, never ships anything. has he sorted that sort of mess before?",
    );
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/MAIF/);
    expect(a.answer).toMatch(/notebooks/);
  });

  it("a need announced first (« j'ai un besoin chez un client assurance, … ») is not what is asked", async () => {
    const a = await ask("Hello, j'ai un besoin chez un client assurance, le candidat a deja bosse dans l'assurance ?");
    expect(lead(a)).toMatch(/^Oui — .*MAIF/);
    expect(a.answer).not.toMatch(/besoin/);
  });

  it("'which services?' after AWS, and 'what did he do with it?' after that, stay on AWS", async () => {
    const id = "aws-services";
    await ask("aws exp??", id);
    const services = await ask("which services", id);
    expect(services.answer).toMatch(/AWS \(S3, EMR, Glue\)/);
    expect(services.answer).not.toMatch(/doesn't mention/);
    const withIt = await ask("what did he do with it?", id);
    expect(withIt.answer).toMatch(/AWS/);
  });
});

describe("a second batch from the trials", () => {
  it("'And in the classroom, …?': where a question is set says nothing the profile lacks", async () => {
    const a = await ask("And in the classroom, what does he teach about Spark?");
    expect(a.answer).not.toMatch(/not in the profile/);
    expect(a.answer).toMatch(/Spark/);
  });

  it("'ongoing', 'length', 'hardest' are no subjects the profile lacks", async () => {
    await ask("does he teach?", "ongoing");
    expect((await ask("Is it still ongoing?", "ongoing")).answer).not.toMatch(/ongoing/);
    const sprints = await ask("Did he work in agile / scrum teams? What sprint length?");
    expect(sprints.answer).toMatch(/2-week sprints/);
    expect(sprints.answer).not.toMatch(/“length”/);
    expect((await ask("What were the hardest performance problems he solved?")).answer).not.toMatch(/“hardest”/);
  });

  it("'how many freelance missions?' counts the freelance roles, not every employer", async () => {
    for (const q of ["how many freelance missions has he had?", "combien de missions freelance ?"]) {
      const a = await ask(q);
      expect(lead(a), q).toMatch(/^2 (freelance roles|postes en freelance)/);
      expect(lead(a), q).not.toMatch(/MAIF/);
    }
    expect(lead(await ask("which companies has he worked for on permanent contracts?"))).toMatch(
      /^3 permanent-contract roles: .*AAA-Data.*Pernod Ricard.*MAIF/,
    );
  });

  it("« son expérience la plus longue ? », « il a le niveau senior ? »", async () => {
    expect(lead(await ask("son experience la plus longue ?"))).toMatch(/^Le plus long : Decathlon/);
    expect(lead(await ask("il a le niveau senior ?"))).toMatch(/^Senior Data Engineer chez Decathlon/);
  });

  it("'has he built a team?' is not a yes: he supervised 2 juniors, the profile doesn't say he built one", async () => {
    for (const q of ["has he built a team?", "on va recruter 4 data eng, il a deja monte une equipe ?"]) {
      const a = await ask(q);
      expect(a.answered, q).toBe(false);
      expect(lead(a), q).toMatch(/(built or hired a team|monté ou recruté une équipe)/);
      expect(quoted(a)[0], q).toMatch(/(2 junior data engineers|2 data engineers junior)/);
    }
  });

  it("lineage is not the metadata catalog: not in the profile", async () => {
    const a = await ask("Has he done data lineage?");
    expect(a.answered).toBe(false);
    // (Named with the word before it since the twenty-seventh session: "lineage" alone says less.)
    expect(lead(a)).toBe("The profile doesn't mention “data lineage”.");
  });

  it("'by himself' asks his own share; « a-t-il conçu lui-même… » only stresses that he did", async () => {
    expect((await ask("did he process the 400 TB daily by himself?")).answered).toBe(false);
    const own = await ask("a-t-il conçu lui-même des supports de cours ?");
    expect(own.answered).toBe(true);
    expect(lead(own)).toMatch(/^Oui — /);
  });
});

describe("a third batch from the trials", () => {
  it("'Our compliance team asks: …' is who wants to know, not a subject", async () => {
    const a = await ask("Our compliance team asks: has he dealt with PII or confidential HR data?");
    expect(lead(a)).not.toMatch(/compliance/i);
    expect(lead(a)).toMatch(/^PII: yes — Decathlon/);
  });

  it("'lead exp?', 'mngr?', 'leadership?' ask whether he led people", async () => {
    for (const q of ["lead exp?", "mngr?", "leadership?"])
      expect(lead(await ask(q)), q).toMatch(/^Yes — he supervised 2 junior data engineers at AAA-Data/);
  });

  it("whom he reported to, the CV file and the reader's judgement are no CV passage's to answer", async () => {
    const cases: [string, RegExp][] = [
      ["Who did he report to?", /not whom he reported to/],
      ["son manager chez Decathlon ?", /pas à qui il rendait compte/],
      ["cv in french pls", /can't send the file/],
      ["Would you count the teaching as real engineering experience?", /facts, not judgements/],
    ];
    for (const [q, said] of cases) {
      const a = await ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.citations, q).toEqual([]);
      expect(lead(a), q).toMatch(said);
    }
    expect(lead(await ask("was he a manager?"))).toMatch(/doesn't say he was a manager/);
  });

  it("'tjm?' in an English talk is answered in English; opening a talk, in French", async () => {
    const id = "tjm";
    await ask("is he freelance?", id);
    expect(lead(await ask("tjm?", id))).toMatch(/^The profile doesn't give his daily rate/);
    expect(lead(await ask("tjm ?"))).toMatch(/^Le profil ne donne pas son taux journalier/);
  });
});

describe("follow-ups about teams and contracts", () => {
  it("« dans quelle équipe ? », « et chez MAIF, l'équipe ? », « combien de personnes ? »: the rosters", async () => {
    const id = "teams";
    expect(lead(await ask("Chez Decathlon il etait dans quelle equipe ?", id))).toMatch(/7 personnes chez Decathlon/);
    expect(lead(await ask("combien de personnes ?", id))).toMatch(/7 personnes chez Decathlon/);
    expect((await ask("c'etait en agile ?", id)).answer).toMatch(/sprints de 2 semaines/);
    expect(lead(await ask("et chez MAIF, l'equipe ?", id))).toMatch(/5 personnes chez MAIF/);
  });

  it("« et en freelance ? » after the years of experience is the time freelance", async () => {
    const id = "freelance-time";
    await ask("combien d'annees d'experience au total ?", id);
    expect(lead(await ask("et en freelance ?", id))).toMatch(/^Environ \d+ ans et \d+ mois en freelance/);
    expect(lead(await ask("et en cdi ?", id))).toMatch(/^Environ \d+ ans et \d+ mois en CDI/);
    // After a skill, the contract of the role that holds it.
    await ask("does he know kafka?", "kafka-contract");
    expect(lead(await ask("c'etait en freelance ?", "kafka-contract"))).toMatch(/^Oui — chez EPISEN/);
  });
});

describe("a job ad pasted line by line, and stories before a question", () => {
  it("« Ligne 5 : 'Hands-on Databricks' — il en a fait chez AAA-Data c'est ça ? »: the line, asked", async () => {
    const a = await ask("Ligne 5 : 'Hands-on Databricks' — il en a fait chez AAA-Data c'est ca ?");
    expect(lead(a)).toMatch(/« Databricks » chez Decathlon.*mais pas chez AAA-Data/);
    const ticked = await ask("Ligne 3 : 'Automated build & deploiment pipelines' — ok pour lui ?");
    expect(ticked.answer).toMatch(/CI\/CD/);
    expect(ticked.answer).not.toMatch(/« 3 »/);
    const first = await ask(
      "Hello ! je te colle l'annonce ligne par ligne 😉 Ligne 1 : 'Own a shared ingestion platform used by 100+ " +
        "internal teams worldwide' — il coche ?",
    );
    expect(first.answer).toMatch(/160 équipes/);
    // "is he a good fit?" closes a list of requirements, no tick.
    expect(lead(await ask("We need Spark, Airflow, AWS, is he a good fit?"))).toBe("Meets 3 of 3 requirements.");
  });

  it("a story, then a question about it, is no list of requirements", async () => {
    for (const q of [
      "We constantly have to link patient records across sources where names and addresses are spelled " +
        "differently. Has he done approximate matching of records like that?",
      "Our nightly load takes hours and the business complains every morning. Has he sped up something like that?",
    ])
      expect(lead(await ask(q)), q).not.toMatch(/^Meets \d+ of/);
    const nested = await ask(
      "We store patient records as deeply nested documents, and specific fields must be protected without " +
        "changing the schema. Has he done something comparable?",
    );
    expect(quoted(nested)[0]).toMatch(/column-level encryption of complex nested data/);
  });

  it("non-native and SMS ways of asking for years, 'speed-ups', « coaché des jeunes devs »", async () => {
    expect(lead(await ask("Since how many years he is working in the data field in total?"))).toMatch(
      /^About 7 years and \d+ months of experience/,
    );
    expect(lead(await ask("cmb d'annee d'xp en spark 🔥"))).toMatch(/^Spark : environ 7 ans/);
    expect(lead(await ask("any speed-ups he delivered?"))).not.toMatch(/UPS/);
    expect(lead(await ask("il a deja coaché des jeunes devs 👀"))).toMatch(/^Oui — il a encadré 2 data engineers/);
    // Training people is teaching.
    expect(lead(await ask("a-t-il forme des gens ?"))).toMatch(/^Chez EPISEN/);
  });
});

describe("a third trial: either/or, order, chatter, and questions that name nothing", () => {
  it("« en CDI ou en freelance chez MAIF ? » is which contract: CDI, not two yeses", async () => {
    const a = await ask("Il était en CDI ou en freelance chez MAIF ?");
    expect(lead(a)).toBe("Chez MAIF (janvier 2019 – janvier 2020) : CDI.");
  });

  it("'which one came first, MAIF or Pernod Ricard?' gives the order", async () => {
    expect(lead(await ask("which one came first, MAIF or Pernod Ricard?"))).toMatch(
      /^MAIF \(January 2019 – January 2020\) began first, then Pernod Ricard/,
    );
    expect(lead(await ask("laquelle est venue en premier, MAIF ou AAA-Data ?"))).toMatch(/^MAIF .* a commencé d'abord/);
  });

  it("« sa dernière expérience ? » is his latest role", async () => {
    expect(lead(await ask("quelle est sa derniere experience ?"))).toMatch(/^Actuellement : Senior Data Engineer/);
  });

  it("laughs, apologies and 'ok merci chef' are chatter; 'lol ok, et k8s?' asks about Kubernetes only", async () => {
    for (const q of [
      "ok merci chef",
      "lol impressive. thanks 👍",
      "mdr pardon pour les fautes",
      "ok merci c'est clair",
    ]) {
      const a = await ask(q);
      expect(a.answered, q).toBe(false);
      expect(lead(a), q).toMatch(/Anything else about the profile\?|Autre chose sur le profil \?/);
    }
    expect(lead(await ask("lol ok, et k8s?"))).toBe("Le profil ne mentionne pas « Kubernetes ».");
  });

  it("a question naming nothing ('Any experience?') asks about the sentences before it", async () => {
    const logs = await ask("Our logs are scattered everywhere, we'd like someone to centralise them. Any experience?");
    expect(quoted(logs)[0]).toMatch(/Datadog to centralise logs/);
    const governance = await ask(
      "Our CISO wants someone who has dealt with data governance and data catalogs. Anything?",
    );
    expect(governance.answer).not.toMatch(/CISO/);
    expect(governance.answer).toMatch(/Governance/);
  });

  it("'who else was on the team?', the ANTS licence, '5 boîtes'", async () => {
    expect(lead(await ask("ok. who else was on the team at Decathlon?"))).toMatch(/7 people at Decathlon/);
    const licence = await ask("AAA Data c'est une licence de 7 M€ par an ?");
    expect(licence.answer).toMatch(/licence ANTS 7M€\/an/);
    expect(lead(await ask("il a bosse pour 5 boites c'est ca ?"))).toMatch(/^5 employeurs/);
  });
});

describe("what a cold reading of the change found", () => {
  it("a need the question points back to is kept: 'my client has Databricks, does he know it?'", async () => {
    expect(lead(await ask("My client has a Databricks platform, does he know it?"))).toMatch(/^Yes — .*Decathlon/);
    expect(lead(await ask("On a un client sous Snowflake, il l'a déjà utilisé ?"))).toMatch(/^Oui — Snowflake/);
  });

  it("a question with an intent of its own is read alone, whatever sentence came before", async () => {
    const a = await ask("Our stack is mostly Kafka and Flink. How many years of experience does he have?");
    expect(lead(a)).toMatch(/^About 7 years and \d+ months of experience/);
  });

  it("only the current mission's end is his to say; a past one's the CV dates", async () => {
    expect(lead(await ask("When did his mission at MAIF end?"))).not.toMatch(/available/);
  });

  it("'does he fit?' closing a list keeps the fit report", async () => {
    expect(lead(await ask("Spark, Kafka, Airflow, dbt, does he fit?"))).toMatch(/^Meets 2 of 4 requirements/);
  });

  it("a denial answers only a question about what the passage is about", async () => {
    expect(lead(await ask("Any experience with service interruptions or incidents?"))).not.toMatch(/^No — /);
  });

  it("'personally' of a skill is emphasis; -ly adjectives are no adverbs; a domain before a comma counts", async () => {
    expect((await ask("Has he personally used Airflow?")).answered).toBe(true);
    expect(lead(await ask("Has he worked on elderly care?"))).toMatch(/not “elderly”/);
    expect(lead(await ask("In retail, what did he build?"))).toMatch(/(not|doesn't mention) “retail”/);
  });

  it("every role before Pernod Ricard includes MAIF, begun earlier", async () => {
    expect(lead(await ask("What were all his jobs before Pernod Ricard?"))).toMatch(/^Before Pernod Ricard: .*MAIF/);
  });

  it("« la mobilité », « sa société actuelle », 'the CV highlights', « La Poste » are no owner topics", async () => {
    for (const q of [
      "Il a de l'expérience dans le secteur de la mobilité ?",
      "C'est quoi sa société actuelle ?",
      "Give me the CV highlights",
    ])
      expect(lead(await ask(q)), q).not.toMatch(/(où il est basé|structure juridique|can't send the file)/);
    expect(lead(await ask("Il a travaillé pour La Poste ?"))).toMatch(/ne cite pas La Poste parmi ses employeurs/);
  });

  it("'and as a freelancer?' after a skill's time is not his freelance time", async () => {
    await ask("How long has he used Spark?", "spark-freelance");
    expect(lead(await ask("and as a freelancer?", "spark-freelance"))).not.toMatch(
      /^About \d+ years and \d+ months as a freelancer/,
    );
  });
});

describe("answers said once", () => {
  it("two questions with one verdict say it once; a need described is no employer of his", async () => {
    const twice = await ask("does he have retail experience? Decathlon is retail right");
    expect(twice.answer.match(/retail: not in the (profile|CV)/g)?.length).toBe(1);
    const insurer = await ask(
      "Bonjour, je cherche pour une mission chez un assureur. Est-ce qu'il a déjà travaillé dans l'assurance ?",
    );
    expect(lead(insurer)).toMatch(/^Oui — .*MAIF/);
    expect(lead(insurer)).not.toMatch(/Je lis/);
  });
});

describe("« c'était quelle boîte ? »", () => {
  it("after a skill found, asks where: the roles that hold it", async () => {
    const id = "which-company";
    await ask("il a deja accelere un pipeline trop lent ?", id);
    const a = await ask("c'etait quelle boite ?", id);
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/AAA-Data/);
  });
});
