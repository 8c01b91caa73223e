import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the forty-first session found wrong, from dev set 46 (a Singapore bank recruiter, a Warsaw delivery manager,
// a Montreal IT recruiter's Quebec French, a Normandy plant director's French without accents) and its own tries.

const { ask } = trialChat();

describe("what the asker's side uses, told first, then a question pointing at it", () => {
  it.each([
    ["The airline runs everything on Snowflake. Does he know it?", /^Yes — Snowflake: used at AAA-Data/],
    ["The airline wants someone strong on Airflow. Has he used it?", /^Yes — Airflow: used at Decathlon/],
    ["My client is a shipping company on AWS. Has he worked with it?", /^Yes — AWS: used at Decathlon/],
    ["Une banque privée utilise Snowflake. Il le connaît ?", /^Oui — Snowflake : utilisé chez AAA-Data/],
  ])("'%s' asks of the technology, not of who uses it", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(said);
  });

  it("'…needs 5 years on Airflow. Does he have it?' keeps the years asked", async () => {
    const a = await ask("mon client exige 5 ans minimum sur Airflow. il les a ?");
    expect(lead(a)).not.toMatch(/^Oui — Airflow : utilisé/);
  });

  it("'…migrating from Teradata to Snowflake. Has he done it?' still asks of the migration", async () => {
    const a = await ask("Our client is migrating from Teradata to Snowflake. Has he done it?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/doesn't mention “Teradata”/);
  });

  it("a kind of work told, asked of him: the bank that does it is no word to find", async () => {
    const a = await ask(
      "bank is moving from old data lake to lakehouse architecture next yr. " +
        "he got hands-on exp w/ that kind of migration is it?",
    );
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/Decathlon/);
  });

  it.each([
    ["Une banque de Montréal cherche quelqu'un en Spark. Il connaît ?", /^Oui — Spark : utilisé chez Decathlon/],
    ["Un assureur à Lyon cherche du monde en MLOps. Il a de l'expérience là-dedans ?", /MAIF/],
    ["A bank in Geneva needs Airflow. Has he used it?", /^Yes — Airflow/],
  ])("'%s': the asker's city and who hires are no words to find", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(said);
    expect(lead(a)).not.toMatch(/Montréal|Lyon|Geneva|assureur/);
  });
});

describe("how he works now, asked in words of working on his own", () => {
  it.each([
    ["is he self-employed?", /^Currently: Senior Data Engineer at Decathlon \(Freelance\)/],
    ["he is independent now or still employee somewhere?", /^Currently: .*\(Freelance\)/],
    ["c'est un travailleur autonome présentement ?", /^Actuellement : .*\(Freelance\)/],
  ])("'%s' gets his current contracts", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(said);
  });
});

describe("Quebec French asks with « -tu » whatever its subject", () => {
  it("three questions, « c'tu », « Y parle-tu », « a-tu », each answered", async () => {
    const a = await ask(
      "Trois petites affaires pour mon client à Toronto : c'tu un travailleur autonome présentement? " +
        "Y parle-tu anglais couramment? Pis a-tu des certifs Azure?",
    );
    expect(a.answer).toMatch(/Actuellement : .*\(Freelance\)/);
    expect(a.answer).toMatch(/ni son niveau d'anglais/);
    expect(a.answer).toMatch(/ne mentionne pas « Azure »/);
    expect(a.answer).not.toMatch(/Toronto/);
  });
});

describe("his price and his abilities, as French says them", () => {
  it.each([
    "ca coute combien a la journee quelqu'un comme lui ?",
    "combien il coute par jour ?",
    "c'est combien la journée ?",
  ])("'%s' asks his rate", async (q) => {
    expect(lead(await ask(q))).toMatch(/taux journalier/);
  });

  it("« ça coûte combien de migrer vers Snowflake ? » is no rate asked", async () => {
    expect(lead(await ask("ça coûte combien de migrer vers Snowflake ?"))).not.toMatch(/taux journalier/);
  });

  it.each([
    ["lui il sait faire passer ca en vrai en production ?", /^Oui — .*MAIF/],
    ["il est capable de monter une plateforme data ?", /^Oui — .*Decathlon/],
  ])("'%s': « sait », « capable », « vrai » ask nothing of their own", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(said);
  });

  it("« un gain de performance concret ? » gets the results with figures", async () => {
    const a = await ask("Mettons que le gestionnaire me demande un gain de performance concret qu'il a obtenu ?");
    expect(lead(a)).toMatch(/résultats chiffrés/);
    expect(quoted(a).join("\n")).toMatch(/13h à 6 minutes/);
  });
});

describe("several questions: announced, numbered, thanked, or asked after a statement", () => {
  it("'few qns…: 1) … 2) … 3) … tks!' answers all three", async () => {
    const a = await ask(
      "ok few qns from the hiring mgr pls: 1) snowflake exp got? 2) postgres? 3) is he SnowPro certified or not? tks!",
    );
    expect(a.answer).toMatch(/Snowflake: used at AAA-Data/);
    expect(a.answer).toMatch(/PostgreSQL: used at AAA-Data/);
    expect(a.answer).toMatch(/doesn't mention “SnowPro”/);
  });

  it("« 3 trucs : » announces the questions, it is none of them", async () => {
    const a = await ask(
      "3 trucs : il a deja travaille avec des fichiers qui viennent de l'administration (ministere) ? " +
        "il fait du machine learning ? et il a un diplome d'ingenieur ou pas ?",
    );
    expect(a.answer).not.toMatch(/« 3 »/);
    expect(a.answer).toMatch(/ni diplômes ni certifications/);
  });

  it("'… both ok for us. and his daily rate in SGD pls' answers the rate too", async () => {
    const a = await ask("can share — he code in scala or python? both ok for us. and his daily rate in SGD pls");
    expect(a.answer).toMatch(/Scala: yes/);
    expect(a.answer).toMatch(/doesn't give his daily rate/);
  });

  it("a statement after the question says why it is asked, no question of its own", async () => {
    const a = await ask("I see a school on his CV. Did he study there? HR needs his degree for the file.");
    expect(lead(a)).toMatch(/doesn't list his degrees/);
    expect(quoted(a)).toEqual([]);
  });
});

describe("the team and the volumes of his current role are no question of which role is current", () => {
  it.each([
    ["How was the team in his current mission composed?", /^Team, as the profile lists it: 7 people at Decathlon/],
    ["what's his current team like?", /^Team, as the profile lists it: 7 people at Decathlon/],
    ["what's the data volume he handling per day in his current project?", /400 TB daily/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("what only he can say, said of the thing asked", () => {
  it.each([
    ["what's his level of English?", /nor how well he speaks English/],
    ["il parle allemand ?", /ni son niveau d'allemand/],
  ])("'%s' names the language asked", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["is he SnowPro certified?", /doesn't mention “SnowPro”/],
    ["a-t-il une certification Azure ?", /ne mentionne pas « Azure »/],
  ])("'%s' names the certification the profile lacks", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'does he have a PhD?' says it once, as the degrees line", async () => {
    expect(lead(await ask("does he have a PhD?"))).toMatch(/^The profile doesn't list his degrees/);
  });

  it("'has he worked at a retailer?': the CV doesn't say so, the owner's note does", async () => {
    const a = await ask("has he worked at a retailer?");
    expect(lead(a)).toBe(
      "The CV doesn't describe any employer as “retailer”, but a note added to the profile (not the CV) describes " +
        "Decathlon as a sporting goods retailer.",
    );
  });
});

describe("the trap hunter's findings", () => {
  it("'How many people was he leading at Decathlon?' counts no roster as people he led", async () => {
    const a = await ask("How many people was he leading at Decathlon?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/doesn't say he led people at Decathlon; it shows he supervised others at AAA-Data/);
  });

  it("what the asker's side has, told first, is no word to find", async () => {
    const a = await ask(
      "our platform got hundreds of airflow dags all handwritten, v painful to maintain. " +
        "he did generate the dags automatically before or not?",
    );
    expect(a.answered).toBe(true);
    expect(quoted(a).join("\n")).toMatch(/automatic generation of DAGs/);
    const madrid = await ask(
      "Hola! I'm a tech recruiter at a consultancy in Madrid. Our client is a bank migrating to Databricks. " +
        "Has he done Databricks migrations, and does he know Unity Catalog?",
    );
    expect(madrid.answer).not.toMatch(/recruiter|consultancy/);
    expect(madrid.answer).toMatch(/^Yes — .*Decathlon/);
  });

  it("…but a question pointing back at it still asks of it", async () => {
    const a = await ask("Our reporting team lives in Looker. Has he used that?");
    expect(lead(a)).toMatch(/doesn't mention “Looker”/);
  });

  it.each(["Thank you, this is helpful", "perfect, that's exactly what I needed"])(
    "'%s' after an answer is thanks, not the answer again",
    async (q) => {
      await ask("has he used Kafka?", `thanks-${q.length}`);
      const a = await ask(q, `thanks-${q.length}`);
      expect(a.answered).toBe(false);
      expect(a.citations).toEqual([]);
    },
  );

  it.each([
    [
      "Furthermore, could you please tell me whether he has experience with SAP?",
      /^The profile doesn't mention “SAP”\.$/,
    ],
    ["In addition, has he ever worked with Kafka?", /^Kafka: taught at EPISEN/],
  ])("'%s': the link to what came before is no skill", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'ETL or ELT?': ELT is not ETL", async () => {
    expect(lead(await ask("ETL or ELT?"))).toMatch(/^ETL: yes .* · ELT: not in the profile$/);
  });

  it("'was it permanent or a contract?' is which, not yes", async () => {
    await ask("what did he do at AAA-Data?", "which-contract");
    const a = await ask("was it permanent or a contract?", "which-contract");
    expect(lead(a)).toMatch(/^At AAA-Data \(January 2020 – May 2021\): Permanent contract\.$/);
  });

  it("« et Snowflake, il a fait quoi avec ? » after Spark asks of Snowflake", async () => {
    await ask("il connait Spark ?", "avec");
    const a = await ask("et Snowflake, il a fait quoi avec ?", "avec");
    expect(lead(a)).toMatch(/^Snowflake : utilisé chez AAA-Data/);
  });

  it("'what's his total experience and his Spark experience?' answers both", async () => {
    const a = await ask("what's his total experience and his Spark experience?");
    expect(a.answer).toMatch(/years and \d+ months of experience/);
    expect(a.answer).toMatch(/Spark: used at Decathlon/);
  });

  it("two things only he can say, in two sentences, are both answered", async () => {
    const a = await ask("Is he based in the UK? Has he worked outside France?");
    expect(lead(a)).toMatch(/doesn't say where he is based\. The profile doesn't say in which countries/);
  });

  it.each([
    ["summarize his work at MAIF", /^At MAIF \(Data Engineer, January 2019 – January 2020\):/],
    ["summarise his Decathlon mission in two sentences", /^At Decathlon \(Senior Data Engineer, since May 2021\):/],
  ])("'%s' is that role's overview, not the whole profile's", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'how many hours a week?' is his week, which only he can say, not an ingestion time", async () => {
    const a = await ask("how many hours a week?");
    expect(lead(a)).toMatch(/not how much of his week/);
    expect(a.answer).not.toMatch(/13 h/);
  });

  it("« Combien d'heures de cours y donne présentement ? »: « y » is he", async () => {
    expect(lead(await ask("Combien d'heures de cours y donne présentement?"))).toMatch(/10h (TP|CM)/);
  });
});

describe("the need told, then 'Has the candidate done that?'", () => {
  it("the need is the question; the asker's client and its platform are not", async () => {
    const a = await ask(
      "Dear bot, our client is a leading German car manufacturer building a vehicle data platform. They need " +
        "someone who has handled data from car manufacturers and dealerships. Has the candidate done that?",
    );
    expect(a.answered).toBe(true);
    expect(lead(a)).not.toMatch(/platform/);
    expect(quoted(a).join("\n")).toMatch(/sold to car manufacturers and dealerships/);
  });

  it("'…migrating from Teradata to Snowflake. Has he done that?' still names what the profile lacks", async () => {
    expect(lead(await ask("Our client is migrating from Teradata to Snowflake. Has he done that?"))).toMatch(
      /doesn't mention “Teradata”/,
    );
  });
});

describe("what the cold reading of the change found", () => {
  it.each([
    ["The bank is migrating from Oracle to Snowflake. Has he done that kind of migration?", /Oracle/],
    ["An insurer wants to move its mainframe to the cloud. Has he done such a migration?", /mainframe/],
  ])("'%s': the thing migrated is asked, only who migrates is set aside", async (q, named) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(named);
  });

  it.each([
    ["The Kafka cluster needs an owner. Any experience?", /Kafka/],
    ["Our Snowflake platform needs an expert. Does he have experience?", /Snowflake/],
  ])("'%s': a technology after 'the', 'our' is no one who hires", async (q, named) => {
    expect(lead(await ask(q))).toMatch(named);
  });

  it("'what is his role and his stack at AAA-Data?' asks both of AAA-Data", async () => {
    expect((await ask("what is his role and his stack at AAA-Data?")).answer).not.toMatch(/Currently/);
  });

  it.each(["What is his current role in the team?", "Quel est son poste actuel dans l'équipe ?"])(
    "'%s' is still his current role",
    async (q) => {
      expect(lead(await ask(q))).toMatch(/^(Currently|Actuellement) ?: Senior Data Engineer/);
    },
  );

  it("« La licence ANTS, ça coûte combien ? » is no rate asked", async () => {
    expect(lead(await ask("La licence ANTS, ça coûte combien ?"))).not.toMatch(/taux journalier/);
  });

  it("« y avait un PO chez MAIF ? » is there was, the roster answers", async () => {
    // (Since the fifty-third session: whether the roster lists one, said so.)
    expect(lead(await ask("y avait un PO chez MAIF ?"))).toMatch(/^Oui — 1 PO chez MAIF/);
  });

  it("'summarize his blockchain work at Decathlon' says blockchain isn't there", async () => {
    expect(lead(await ask("summarize his blockchain work at Decathlon"))).toMatch(/doesn't mention “Blockchain”/);
  });

  it("'who did he work with on the management of critical projects?' gets the rosters", async () => {
    expect(lead(await ask("who did he work with on the management of critical projects?"))).toMatch(/^Team/);
  });

  it("'Our stack is Databricks on AWS. What's his level of expertise?' keeps the stack asked", async () => {
    expect(lead(await ask("Our stack is Databricks on AWS. What's his level of expertise?"))).toMatch(/Databricks/);
  });

  it("'Need details on work with data from India.' is the request itself", async () => {
    expect(quoted(await ask("Need details on work with data from India.")).join("\n")).toMatch(/India/);
  });

  it("'how many hours a week at EPISEN?' is no question of his week", async () => {
    expect(lead(await ask("how many hours a week at EPISEN?"))).not.toMatch(/how much of his week/);
  });

  it("'We liked his Decathlon work. And his availability?' answers the availability only", async () => {
    const a = await ask("We liked his Decathlon work. And his availability?");
    expect(lead(a)).toMatch(/^The profile doesn't say when he is available/);
    expect(a.citations).toEqual([]);
  });

  it.each(["Does he speak languages other than French?", "parle-t-il d'autres langues que le français ?"])(
    "'%s' names no language as the one asked",
    async (q) => {
      expect(lead(await ask(q))).not.toMatch(/French|français/);
    },
  );

  it("'a certification the bank would recognise' names no bank", async () => {
    expect(lead(await ask("does he hold any certification the bank would recognise?"))).not.toMatch(/Bank/);
  });

  it("« et Kafka, il a fait quoi avec ? » after Spark asks of Kafka", async () => {
    await ask("il connait Spark ?", "kafka-avec");
    expect(lead(await ask("et Kafka, il a fait quoi avec ?", "kafka-avec"))).toMatch(/^Kafka/);
  });

  it("« ça porte sur quoi ? » asks which subjects, no word « porte »", async () => {
    const a = await ask("il donne des cours ? et ça porte sur quoi ?");
    expect(a.answer).not.toMatch(/porte/);
    expect(lead(a)).toMatch(/EPISEN/);
  });

  it("'The team uses Airflow. Is it ok if he starts in March?' asks when he can start, not Airflow", async () => {
    const a = await ask("The team uses Airflow. Is it ok if he starts in March?");
    expect(lead(a)).toMatch(/^The profile doesn't say when he is available/);
  });
});
