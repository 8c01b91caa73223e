import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What two recruiter trials (about 700 messages: an ESN manager placing him at a bank, a UK job ad read line by
// line, Spanish and Italian second-language English, a startup founder's French, a technical interviewer) and a
// dev set written from the CV alone (Québec French, Indian English, an HR generalist) found wrong, twentieth session.

const { ask } = trialChat();

describe("a yes the profile doesn't give", () => {
  it("'rather than parquet' is what he chose against, not Parquet used", async () => {
    // (Said as what was set aside, with the passage: no "yes", and no "doesn't mention" of a word the CV writes.)
    const used = await ask("Has he used Parquet?");
    expect(lead(used)).toMatch(/^The profile names “Parquet” only as what was set aside at Decathlon/);
    expect(used.answered).toBe(false);
    expect(lead(await ask("il a utilisé parquet ?"))).toMatch(
      /^Le profil ne cite « parquet » que comme ce qui a été écarté/,
    );
    // What the passage says the choice avoided is still his ("…rather than parquet to avoid memory errors").
    expect(lead(await ask("Has he dealt with memory errors?"))).toMatch(/^Yes/);
    // Asked the way the passage weighs them, the passage answers.
    const a = await ask("did he use avro rather than parquet?");
    expect(lead(a)).toMatch(/^Yes/);
    expect(quoted(a)[0]).toMatch(/\.avro format rather than parquet/);
  });

  it("a hyphenated term the CV never writes is one term, not its second word", async () => {
    const cases: [string, string][] = [
      ["any e-commerce experience?", "The profile doesn't mention “e-commerce”."],
      ["il connaît le e-commerce ?", "Le profil ne mentionne pas « e-commerce »."],
      ["il a fait de l'avant-vente ?", "Le profil ne mentionne pas « avant-vente »."],
      ["has he done pre-sales?", "The profile doesn't mention “pre-sales”."],
    ];
    for (const [q, said] of cases) expect(lead(await ask(q)), q).toBe(said);
    // Worked in it: an industry, which the employers' descriptions answer, the term whole.
    expect(lead(await ask("has he worked in e-commerce?"))).toMatch(
      /^The CV doesn't describe any employer of the profile as “e-commerce”\./,
    );
    // The CV's own hyphenated words and words written with a hyphen stay his (« e-santé »: « santé »).
    expect(lead(await ask("A-t-il une expérience dans la e-santé ?"))).toMatch(/EPISEN/);
    expect(lead(await ask("a-t-il fait du cross-cloud ?"))).toMatch(/^Oui/);
    expect(lead(await ask("has he done co-ordination with business teams?"))).toMatch(/^Yes/);
  });

  it("« c'est son cas ? » hands the need back: no 'yes' from the CV's « cas d'usage »", async () => {
    const a = await ask(
      "Le client cherche qqn qui a fait du Kafka en temps reel. Est-ce que c'est son cas ou pas pantoute?",
    );
    expect(a.answer).not.toMatch(/cas d'usage/);
    expect(quoted(a)[0]).toMatch(/Acculturation au streaming event-driven \(Apache Kafka\)/);
    expect(lead(a)).not.toMatch(/^Oui/);
  });

  it("'in his jobs, not teaching' asks of his work: a thing only taught gets no yes", async () => {
    const a = await ask("has he done any real-time or streaming work in his jobs, not teaching?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/in his teaching or training, not as used in his own work/);
    expect((await ask("il a fait du streaming hors enseignement ?")).answered).toBe(false);
    expect(lead(await ask("has he taught streaming?"))).toMatch(/^Yes/);
  });

  it("'publications' is not the 'public' of a public school", async () => {
    const a = await ask("he has publications, a blog?");
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/EPISEN/);
  });

  it("'the cloud of Google' is Google Cloud, not the Google Places API", async () => {
    expect(lead(await ask("he knows the cloud of Google?"))).toBe("The profile doesn't mention “Google Cloud”.");
  });

  it("leading people as second-language askers write it: 'chief of the team', 'manages a team'", async () => {
    for (const q of ["he was the chief of the team?", "he manages a team? how many persons?"])
      expect(lead(await ask(q)), q).toMatch(/^Yes — he supervised 2 junior data engineers at AAA-Data/);
    expect(lead(await ask("il a fait du management ?"))).toMatch(/^Oui — il a encadré 2 data engineers junior/);
  });
});

describe("what only he can say, and what others' words are", () => {
  it("others placed or paid are not his location or salary", async () => {
    const placed = await ask("Has he ever worked with colleagues based in other countries?");
    expect(placed.answer).not.toMatch(/where he is based/);
    const hr = await ask("We're an HR software company, so: can he keep employee salary info and such private?");
    expect(hr.answer).not.toMatch(/salary expectations/);
    expect(lead(await ask("what's his salary?"))).toMatch(/doesn't give his salary expectations/);
  });

  it("why he went freelance, his rate in chat French, 'disposable', 'team player': his to say", async () => {
    expect(lead(await ask("why did he go freelance?"))).toMatch(
      /^The profile says which roles are freelance, not why he chose to work that way\. Only he can say/,
    );
    expect(lead(await ask("pourquoi il est passé freelance ?"))).toMatch(
      /^Le profil dit quels postes sont en freelance/,
    );
    expect(lead(await ask("cb de tj ?"))).toMatch(/^Le profil ne donne pas son taux journalier/);
    expect(lead(await ask("he is disposable from next month?"))).toMatch(
      /^The profile doesn't say when he is available/,
    );
    for (const q of ["is he a team player?", "what would his former managers say about him?"])
      expect(lead(await ask(q)), q).toMatch(/^The profile gives facts, not judgements/);
  });
});

describe("not in the profile, when it was", () => {
  it("the difference between two roles is each role, side by side", async () => {
    const a = await ask("what's the difference between his role at MAIF and at AAA-Data?");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^At AAA-Data \(Data Engineer, January 2020 – May 2021\):/m);
    expect(a.answer).toMatch(/^At MAIF \(Data Engineer, January 2019 – January 2020\):/m);
  });

  it("a term glossed in brackets is read by its gloss", async () => {
    const a = await ask("Grüezi mitenand, kurze Frage: has he worked already in the Versicherungsbranche (insurance)?");
    expect(lead(a)).toBe("Yes — the profile mentions it at MAIF, January 2019 - January 2020.");
    // A tool's description is no gloss: the tool is still asked.
    expect(lead(await ask("Has he used Hive (the Hadoop SQL engine)?"))).toMatch(/doesn't mention “Hive”/);
    // (With what the profile shows of the gloss: Databricks' ingestion tool.)
    expect(lead(await ask("Has he used Airbyte (ingestion tool)?"))).toMatch(
      /^The profile doesn't mention “Airbyte”\./,
    );
    expect(lead(await ask("A-t-il utilisé Talend (outil ETL) ?"))).toBe("Le profil ne mentionne pas « Talend ».");
  });

  it("a name over examples the profile holds: the examples are asked ('Hadoop ecosystem like HDFS')", async () => {
    expect(lead(await ask("Is he having knowledge of Hadoop ecosystem like HDFS and Hive?"))).toBe(
      "HDFS: yes — Decathlon, since May 2021 [1] · Hive: not in the profile",
    );
    // Likening two tools, or describing one, is no list of examples: the tool is still asked (what the profile
    // shows of the other then follows).
    for (const q of [
      "Has he used Kubernetes like Docker?",
      "Has he used Kubernetes (container orchestration)?",
      "Has he used Redshift (like Snowflake)?",
      "Redshift – similar to Snowflake – any exposure?",
    ])
      expect(lead(await ask(q)), q).toMatch(
        /^The profile doesn't mention “(Kubernetes|Redshift)”\.( What it does show .*:)?$/,
      );
  });

  it("his present client, the company he works for now: the ongoing role", async () => {
    const team = await ask("Kindly share team size and composition at his present client.");
    expect(lead(team)).toBe(
      "Reading “client” as “Decathlon”. Team, as the profile lists it: 7 people at Decathlon, since May 2021.",
    );
    expect(lead(await ask("How long has he been with the company he works for now?"))).toMatch(
      /^Reading “company” as “Decathlon”\. At Decathlon since May 2021 — \d+ years/,
    );
    // The place itself asked: the current roles.
    for (const q of ["Who is his current employer?", "What does his current client do?"])
      expect(lead(await ask(q)), q).toMatch(/^Currently: Senior Data Engineer at Decathlon/);
    expect(lead(await ask("how long has he been teaching at his current school?"))).toMatch(
      /^Reading “school” as “EPISEN”\. At EPISEN since November 2022/,
    );
  });
});

describe("a conversation moving on", () => {
  it("a tool the profile lacks, asked after another, is the new subject ('Hudi' is no slip of « hui »)", async () => {
    await ask("Has he used Kinesis?", "hudi");
    expect(lead(await ask("Has he used Hudi?", "hudi"))).toBe("The profile doesn't mention “Hudi”.");
    expect(lead(await ask("has he used hudi?", "hudi"))).toBe("The profile doesn't mention “hudi”.");
  });

  it("C++, C# and F# are names", async () => {
    await ask("Has he used Go?", "cpp");
    expect(lead(await ask("Has he used C++?", "cpp"))).toBe("The profile doesn't mention “C++”.");
    expect(lead(await ask("Does he know C# or F#?"))).toBe("C#: not in the profile · F#: not in the profile");
  });

  it("compliments, and hellos and thanks in other languages, are chatter", async () => {
    await ask("Has he used Spark?", "kind");
    for (const q of ["thank you very much, you are very kind", "ciao, grazie mille!", "c'est gentil merci"]) {
      const a = await ask(q, "kind");
      expect(a.answered, q).toBe(false);
      expect(a.answer, q).not.toMatch(/Spark|profile doesn't/);
    }
    expect(lead(await ask("Hola! thanks for your help"))).toMatch(/welcome/i);
    // "wats", "thru", "hes": what, through, he's, as chat English writes them.
    expect((await ask("wats his best project?")).answer).not.toMatch(/wats/);
  });
});

describe("messages of several sentences, and sectors", () => {
  it("the client's own setting before a question naming its thing is left out; 'Par ailleurs, …' asks on", async () => {
    const fr = await ask(
      "Notre client, un acteur de la grande distribution à Lausanne, utilise Databricks et Spark au quotidien. " +
        "Le candidat a-t-il de l'expérience sur Databricks, et depuis combien de temps ? Par ailleurs, a-t-il déjà " +
        "encadré une équipe ?",
    );
    expect(fr.answer).toMatch(/^Databricks : environ \d+ ans/);
    expect(fr.answer).toMatch(/^Oui — il a encadré 2 data engineers junior chez AAA-Data/m);
    expect(fr.answer).not.toMatch(/Lausanne|Équipe :/);
    const en = await ask(
      "Our client, a large retailer in Boston, uses Databricks and Spark daily. Does the candidate have Databricks " +
        "experience, and for how long? Also, has he ever managed a team?",
    );
    expect(en.answer).toMatch(/^Databricks: about \d+ years/);
    expect(en.answer).toMatch(/^Yes — he supervised 2 junior data engineers/m);
    // A question leaning on the setting keeps it.
    expect(lead(await ask("Our client uses Kafka daily. Does he know it?"))).toMatch(/Kafka/);
  });

  it("sectors weighed one against the other are each asked; a company's sector is no question", async () => {
    expect(lead(await ask("has he worked in banking or insurance?"))).toBe(
      "banking: not in the profile · insurance: yes — MAIF, January 2019 - January 2020 [1]",
    );
    expect(lead(await ask("il connait le secteur de l'assurance et de la banque ?"))).toBe(
      "assurance : oui — MAIF, janvier 2019 - janvier 2020 [1] · banque : absent du profil",
    );
    // "which industries? retail, insurance…" asks the sectors themselves; « le groupe de vins et spiritueux » is
    // Pernod Ricard.
    expect(lead(await ask("what industries has he worked in? retail, insurance...?"))).toMatch(
      /^The CV describes his employers as follows/,
    );
    expect(
      lead(await ask("Quel était l'objet du modèle prédictif réalisé pour le groupe de vins et spiritueux ?")),
    ).toMatch(/^Je lis « groupe (vins )?spiritueux » comme « Pernod Ricard »/);
  });

  it("'not counting teaching' sets the teaching aside; 'whats up' is a hello; 'MUST have' is no acronym", async () => {
    // (His time in the roles he isn't teaching in: as a data engineer.)
    expect(lead(await ask("How many years in total, not counting teaching?"))).toMatch(
      /^About 7 years and \d+ months as data engineer: Senior Data Engineer at Decathlon/,
    );
    const hello = await ask("hey whats up");
    expect(hello.answered).toBe(false);
    expect(hello.answer).not.toMatch(/profile doesn't/);
    const spec = await ask(
      "Spec is: MUST have Spark + Airflow, NICE to have Snowflake & Kubernetes. How does he stack up?",
    );
    expect(spec.answer).not.toMatch(/MUST|NICE/);
    expect(lead(spec)).toMatch(/^Spark: yes/);
  });
});

describe("what a third trial found", () => {
  it("'still using EMR?' after its decommissioning: the move away, not a yes", async () => {
    const en = await ask("Does he still use EMR?");
    expect(lead(en)).toBe("Not as the profile tells it: it shows a move away from it at Decathlon, since May 2021:");
    expect(quoted(en)[0]).toMatch(/Decommissioning of EMR in favour of Databricks/);
    expect(quoted(await ask("Utilise-t-il encore EMR ?"))[0]).toMatch(
      /Décommissionnement d'EMR au profit de Databricks/,
    );
    // A strategy is no move made; what he still uses is still a yes ("Collibra metadata to the back end", "Datadog to
    // centralise logs" are no moves); « toujours » may mean "always".
    for (const q of [
      "is he still using Glue?",
      "does he still use Databricks?",
      "Does he still use Collibra?",
      "Is he currently using Datadog?",
    ])
      expect(lead(await ask(q)), q).toMatch(/^Yes/);
    expect(lead(await ask("A-t-il toujours utilisé Datadog pour les logs ?"))).toMatch(/^Oui/);
  });

  it("'in a real job (not teaching)' is his work: Kafka, only taught, is said so", async () => {
    for (const q of ["any kafka in a real job (not teaching)?", "so has he used kafka in a real job or not?"])
      expect(lead(await ask(q)), q).toBe(
        "Kafka: taught at EPISEN (since November 2022); the profile doesn't show it used in a role.",
      );
  });

  it("a gap between two dates, why so short a stay, what he is proudest of", async () => {
    expect(lead(await ask("Why is there a gap between October 2019 and January 2020?"))).toMatch(
      /^No gap in the dates the CV gives/,
    );
    expect(lead(await ask("Pourquoi est-il resté seulement 6 mois chez Pernod Ricard ?"))).toMatch(
      /^Le profil donne les dates de chaque poste, pas pourquoi il est parti/,
    );
    expect(lead(await ask("De quoi est-il le plus fier ?"))).toMatch(/^Les résultats chiffrés du profil/);
    expect(lead(await ask("Can you summarise his main achievements, with numbers if possible?"))).toBe(
      "Results the profile gives with figures:",
    );
  });
});

describe("a dev set written from the CV alone (a London agency, a French buyer, an architect, a job spec)", () => {
  it("a cloud's service is one name: 'AWS Lambda', 'AWS KMS'; 'AWS Glue' is his Glue", async () => {
    expect(lead(await ask("has he used AWS Lambda?"))).toBe("The profile doesn't mention “AWS Lambda”.");
    expect(lead(await ask("Where were the encryption keys held — AWS KMS, an HSM?"))).toBe(
      "AWS KMS: not in the profile · HSM: not in the profile",
    );
    expect(lead(await ask("AWS Lambda or Azure Functions?"))).toBe(
      "AWS Lambda: not in the profile · Azure Functions: not in the profile",
    );
    expect(lead(await ask("has he used AWS Glue?"))).toMatch(/Glue: yes — used at Decathlon/);
  });

  it("'D+1' names nothing; a dash after a name is no list of examples", async () => {
    const a = await ask("What's the freshness SLA on ingested tables — minutes, hourly, D+1?");
    expect(lead(a)).toBe("The profile doesn't mention “SLA”.");
  });

  it("'… fit?' after a need is no word to find ('Better fit between the products…')", async () => {
    const a = await ask(
      "spec wants someone who's designed ingestion frameworks used by lots of teams, not just one-off pipelines. fit?",
    );
    expect(a.answer).not.toMatch(/Better fit/);
  });
});

describe("titles and leading, as asked", () => {
  it("'a data architect' is a title he never held, not the 'architectural decisions' of a bullet", async () => {
    expect(lead(await ask("is he a data architect?"))).toMatch(
      /^The profile gives these titles: Senior Data Engineer \(Decathlon\).*doesn.t say he was a data architect\. It/,
    );
    expect(lead(await ask("is he a data engineer?"))).toMatch(/^Yes — Senior Data Engineer at Decathlon/);
    // "head of", "leader of" are titles too, not the roster's people led.
    for (const q of ["Was he head of engineering?", "Is he the leader of the team?"])
      expect(lead(await ask(q)), q).toMatch(/^The profile gives these titles/);
  });

  it("'direct a team of 10 developers' asks of leading, not of a '10 h' course", async () => {
    const a = await ask("is he able to direct a team of 10 developers?");
    expect(lead(a)).toMatch(/^The profile says he supervised 2, not 10/);
    expect(a.answer).not.toMatch(/10 h/);
  });
});

describe("why it is asked, said after the question", () => {
  it("', client needs minimum 6+ yrs' after the question is the asker's reason, not a second thing asked", async () => {
    const a = await ask(
      "Hi, kindly share his total years of experience in Spark, client needs minimum 6+ yrs relevant.",
    );
    expect(lead(a)).toMatch(/^Spark: about 7 years and \d+ months to today in the roles that list it/);
    expect(a.answer).not.toMatch(/client/);
  });
});

describe("what the CV never gives", () => {
  it("a version asked: none given, and where the thing was used", async () => {
    expect(lead(await ask("Which Spark version did he use at Decathlon?"))).toBe(
      "The profile names no versions. Spark: used at Decathlon (since May 2021).",
    );
    expect(lead(await ask("Quelle version de Scala ?"))).toMatch(
      /^Le profil ne donne aucune version\. Scala : utilisé/,
    );
    // "versioning" of models is still a thing he did.
    expect(quoted(await ask("model versioning?"))[0]).toMatch(/Pickling and versioning of the models/);
  });
});

describe("a fourth trial", () => {
  it("'the DAGs in Scala?' against 'generation of DAGs (Python)': the passage's language", async () => {
    const a = await ask("Did he write the DAGs in Scala?");
    expect(lead(a)).toBe("No — the profile says otherwise at Decathlon, since May 2021:");
    expect(quoted(a)[0]).toMatch(/automatic generation of DAGs \(Python\)/);
    expect(lead(await ask("did he write the DAGs in Python?"))).toMatch(/^Yes/);
  });

  it("members of one kind counted in rosters, a mission's workload his to say, a hello", async () => {
    expect(lead(await ask("how many data engineers in his team"))).toBe(
      "Data engineers in the team, as the profile lists them: 3 (Decathlon, since May 2021); 3 (AAA-Data " +
        "(Automotive), January 2020 - May 2021); 2 (MAIF, January 2019 - January 2020).",
    );
    expect(lead(await ask("Is his Decathlon mission full time?"))).toMatch(/^The profile gives each role's dates/);
    expect((await ask("Hello! quick question about the candidate")).answered).toBe(false);
    const hello = await ask("Hello, quick questions about your candidate");
    expect(hello.answered).toBe(false);
    expect(lead(hello)).toMatch(/^Hello!/);
  });
});
