import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the thirty-second session's trials (recruiters in English and in French) and dev set 37 found wrong.

const { ask } = trialChat();

describe("skills listed with spaces, commas and a last « et »", () => {
  it("« spark scala kafka et terraform ? » is four things, each with its own verdict", async () => {
    const a = await ask("il connait spark scala kafka et terraform ?");
    expect(lead(a)).toMatch(/^Spark : oui — utilisé chez Decathlon .* · Scala : oui — utilisé chez Decathlon/);
    expect(lead(a)).toMatch(/· Kafka : enseigné à EPISEN \(depuis novembre 2022\), pas utilisé dans un poste/);
    expect(lead(a)).toMatch(/· Terraform : absent du profil$/);
  });

  it("« python sql et docker ? »: SQL is no missing word of Python, and is named as its makers write it", async () => {
    const a = await ask("python sql et docker ?");
    expect(lead(a)).toMatch(/^Python : oui — utilisé chez Decathlon .* · SQL : oui — .* · Docker : oui — utilisé chez/);
  });

  it("'data modelling, star schemas, dimensional models?': three things, the one he lacks said so", async () => {
    const a = await ask("data modelling, star schemas, dimensional models?");
    expect(lead(a)).toMatch(/^data modelling: not in the profile · /);
    expect(lead(a)).toMatch(/ · dimensional models: partly — not “dimensional” with it/);
  });
});

describe("chatter around a question, and goodbyes with more words", () => {
  it("'Right, quick one — has he used Airflow?' is the plain question, both roles named", async () => {
    expect(lead(await ask("Right, quick one — has he used Airflow?"))).toBe(
      "Yes — Airflow: used at Decathlon (since May 2021), AAA-Data (January 2020 - May 2021).",
    );
  });

  it.each([
    "Brilliant, thanks ever so much, have a lovely day!",
    "Cheers, that's brilliant. Bye for now!",
    "Perfect, thanks so much, speak soon!",
    "Ok, thank you very much for the answers, goodbye",
    "cheers for your help, ta-ra!",
  ])("%s closes the talk, nothing looked up", async (text) => {
    const a = await ask(text);
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it("'that's great, and Kafka?' still asks about Kafka", async () => {
    expect(lead(await ask("that's great, and Kafka?"))).toMatch(/Kafka/);
  });

  it("'tbh' and 'diff sources' are chat, not a product and the DIFF mode", async () => {
    const a = await ask("ever done fuzzy matching on records from diff sources tbh?");
    expect(lead(a)).not.toMatch(/tbh|DIFF/i);
    expect(a.citations[0]?.text).toMatch(/fuzzy-logic correction/);
  });
});

describe("asking for more of the last answer", () => {
  it.each([
    ["can you expand?", "en"],
    ["tu peux detailler ?", "fr"],
    ["plus de details stp", "fr"],
    ["could you elaborate please", "en"],
  ])("'%s' quotes what the last answer left out, in the language it is asked in", async (text, language) => {
    const id = `more-${text}`;
    const first = await ask("has he done data quality work?", id);
    const more = await ask(text, id);
    expect(more.answered).toBe(true);
    expect(more.language).toBe(language);
    const before = new Set(first.citations.map((c) => c.id.replace(/^cv\.(en|fr)#/, "")));
    expect(more.citations.length).toBeGreaterThan(0);
    for (const c of more.citations) expect(before.has(c.id.replace(/^cv\.(en|fr)#/, ""))).toBe(false);
  });
});

describe("which passages a 'yes' quotes first", () => {
  it("'security work?' quotes Decathlon's security lines, not AAA-Data's aim to secure its market", async () => {
    const a = await ask("has he done security work?");
    expect(a.citations.map((c) => c.text)).toContain(
      "PII management: column-level encryption of complex nested data without adding a column",
    );
    expect(a.citations.map((c) => c.text).join("\n")).not.toMatch(/secure the market position/);
  });

  it("'which file formats?' quotes the .avro line, not a line whose French twin says « formation »", async () => {
    const a = await ask("Which file formats he has experience with?");
    expect(a.citations[0]?.text).toMatch(/\.avro format rather than parquet/);
  });

  it("'user roles and permissions on database level' finds the Role Based Access Control policy", async () => {
    const a = await ask("does candidate have experience with managing user roles and permissions on database level?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.text).toBe("Set-up of a Role Based Access Control policy on the databases");
    // "which roles did he have?" still asks about his jobs.
    expect(lead(await ask("which roles did he have?"))).toMatch(/^5 employers, as the CV lists them/);
  });
});

describe("a job announced, and how he stacks up", () => {
  it.each([
    ["I have a role for him:", /^Go ahead: paste its requirements/],
    ["here's the JD:", /^Go ahead: paste its requirements/],
    ["bjr, jai une offre :", /^Allez-y : collez ses exigences/],
  ])("'%s' asks for the job, nothing looked up", async (text, reply) => {
    const a = await ask(text);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(reply);
  });

  it("'how does he stack up?' after a job gives the report, not his tech stack", async () => {
    await ask("Requirements:\n- 5+ years Python\n- Spark\n- Airflow\n- Kubernetes\n- AWS", "stack-up");
    const a = await ask("how does he stack up?", "stack-up");
    expect(lead(a)).toBe("Meets 4 of 5 requirements. Not in the profile: Kubernetes.");
  });
});

describe("his earlier roles, and his name", () => {
  it("« avant Decathlon ? » names the role just before, then the earlier ones", async () => {
    const a = await ask("Et avant Decathlon, il faisait quoi ?");
    expect(lead(a)).toMatch(/^Juste avant Decathlon : Data Engineer chez AAA-Data \(CDI\), janvier 2020 – mai 2021\./);
    expect(lead(a)).toMatch(/ Plus tôt : Formateur Data chez Pernod Ricard .*; Data Engineer chez MAIF/);
  });

  it("« il s appelle comment ? », the apostrophe left out, asks his name", async () => {
    expect(lead(await ask("il s appelle comment ?"))).toBe("Le CV ne donne pas son nom.");
  });
});

describe("training given at work, and a skill's dates", () => {
  it("« formation en entreprise, pas juste à l'université » is his training at Pernod Ricard, quoted", async () => {
    const a = await ask("Est-ce qu'il a déjà donné de la formation en entreprise, pas juste à l'université?");
    expect(lead(a)).toBe("Oui — il a formé des équipes en entreprise : Pernod Ricard (avril 2019 – octobre 2019).");
    expect(a.citations.map((c) => c.text)).toContain(
      "Contexte : Formation d'équipes techniques chez Pernod Ricard, groupe français leader mondial des vins et " +
        "spiritueux.",
    );
    expect(lead(await ask("has he run in-house training for a company's engineering teams?"))).toMatch(
      /^Yes — he trained people at work: Pernod Ricard/,
    );
  });

  it("« depuis quand ? » of a tool he no longer uses gives from when to when, not « depuis »", async () => {
    await ask("il a fait du snowflake ?", "snow-since");
    expect(lead(await ask("depuis quand ?", "snow-since"))).toMatch(/^Snowflake : de janvier 2020 à mai 2021 \(/);
    expect(lead(await ask("since when Spark?"))).toMatch(/^Spark: since January 2019 \(/);
  });
});

describe("a notion spelled out, and what a question means after it", () => {
  it("'machine learning' finds what the owner's synonyms give 'ML': MAIF's scoring too", async () => {
    const a = await ask("has he done any machine learning?");
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at .*MAIF/);
    // Two words whose initials make an acronym of another group are not it: "cloud ingestion" is no "CI".
    const b = await ask("Has he ever had to bring down the bill and the number of requests on a cloud ingestion job?");
    expect(b.citations.map((c) => c.text).join("\n")).not.toMatch(/CI\/CD/);
  });

  it("'…? like a proper internal platform' says what was meant: Decathlon's platform, no 'yes' from MAIF", async () => {
    const a = await ask(
      "has he built something heaps of teams actually use day to day? like a proper internal platform, not a " +
        "one-off pipeline",
    );
    // (The fifty-second session: "built" right after "he" is no word to find; the platform and its 160 teams are.)
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at Decathlon/);
    expect(a.citations[0]?.text).toMatch(/Decathlon's ingestion platform/);
    expect(a.answer).toMatch(/used by 160 teams/);
  });
});

describe("judgements, and the profile's notes named plainly", () => {
  it("'what kind of role would suit him best?' is a judgement the profile doesn't make", async () => {
    for (const q of ["What kind of role would suit him best?", "quel poste lui conviendrait le mieux ?"]) {
      const a = await ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.reason, q).toBe("owner_only");
    }
    // A skill asked with the same verb is still a skill.
    expect(lead(await ask("would Spark suit him?"))).toMatch(/^Yes — Spark: used at Decathlon/);
  });

  it("a note of the profile's, not of the CV, is said so without a word the recruiter can't place", async () => {
    const a = await ask("le retail ?");
    expect(lead(a)).toMatch(/Une note ajoutée au profil \(hors CV\) décrit Decathlon/);
    expect(lead(a)).not.toMatch(/propriétaire/);
  });

  it("a context written with the word asked is his work told: 'migration cloud' quotes it", async () => {
    const a = await ask("Il a deja fait de la migration cloud ?");
    expect(a.citations.map((c) => c.text)).toContain(
      "Contexte : Migration du système d'information de prédiction on-premise vers Snowflake chez AAA DATA, leader " +
        "français de l'exploitation des données automobiles depuis 60 ans.",
    );
  });
});

describe("a job pasted in French, its terms apart", () => {
  it("one wished item at the end of a line is the only one wished; the offer's terms are not graded", async () => {
    const a = await ask(
      "Poste : Lead Data Engineer - Lille - 3j TT\nStack Spark/Scala sur AWS, orchestration Airflow, Databricks " +
        "apprecie\nMission longue, TJM selon profil\nil matche ?",
    );
    expect(lead(a)).toMatch(/^Répond à 4 exigences sur 5\. /);
    expect(lead(a)).toMatch(/Souhaité : 1 sur 1\./);
    expect(lead(a)).toMatch(/à voir avec le candidat : Lille ; 3j TT ; Mission longue ; TJM selon profil\.$/);
    expect(a.answer).toMatch(/• Spark : ✔ oui/);
    expect(a.answer).toMatch(/• Databricks \(souhaité\) : ✔ oui/);
    expect(a.answer).not.toMatch(/• (TJM|Mission longue|longue) :/);
  });
});

describe("a role's account asked with what it should hold, and two roles at once", () => {
  it("« sa mission chez AAA-Data : contexte, ce qu'il a construit… ? » is that role's account", async () => {
    const a = await ask(
      "Pouvez-vous me résumer sa mission chez AAA-Data : contexte, ce qu'il a construit, ses responsabilités ?",
    );
    expect(lead(a)).toBe("Chez AAA-Data (Data Engineer, janvier 2020 – mai 2021) :");
    expect(a.citations.map((c) => c.text)).toContain(
      "Supervision technique de 2 data engineers junior avec mentorat quotidien.",
    );
  });

  it("« en cdi chez maif et pernod en même temps ? » gets the overlap, the contracts in its quotes", async () => {
    const a = await ask("il etait en cdi chez maif et pernod en meme temps ??");
    expect(lead(a)).toMatch(/^Oui — Pernod Ricard .* et MAIF .* se chevauchent : 6 mois/);
    expect(a.citations.map((c) => c.text).join("\n")).toMatch(/CDI/);
  });
});

describe("dictated and formal words for the whole profile", () => {
  it("'triple a data' is AAA-Data; a role's time reads from one month to another", async () => {
    expect(lead(await ask("how many years did he spend at triple a data"))).toBe(
      "At AAA-Data from January 2020 to May 2021 — 1 year and 5 months.",
    );
    expect(lead(await ask("Pourriez-vous m'indiquer la durée de sa collaboration avec la MAIF ?"))).toBe(
      "Chez MAIF de janvier 2019 à janvier 2020 — 1 an.",
    );
  });

  it("'what is he currently busy with' is his current roles; 'his time at pernod' that role", async () => {
    expect(lead(await ask("what is he currently busy with"))).toMatch(/^Currently: Senior Data Engineer at Decathlon/);
    expect(lead(await ask("tell me about his time at pernod"))).toBe(
      "At Pernod Ricard (Data Trainer, April 2019 – October 2019):",
    );
  });

  it("'a quick rundown of the guy', « une synthèse de son parcours » are the summary", async () => {
    expect(lead(await ask("give me a quick rundown of the guy"))).toMatch(/^Senior Data Engineer at Decathlon/);
    expect(lead(await ask("Pourriez-vous me faire une synthèse de son parcours professionnel ?"))).toMatch(
      /^Senior Data Engineer chez Decathlon/,
    );
  });
});

describe("what the cold review and the second trials found", () => {
  it("'did the migration interrupt the service?' is a no: the line says 'with no service interruption'", async () => {
    await ask("has he moved an old on-prem system to the cloud?", "outage");
    const a = await ask("Did the migration interrupt the service?", "outage");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^No — the profile says otherwise at AAA-Data/);
  });

  it("'How many teams use the platform?' after a MAIF question counts Decathlon's 160 teams, not MAIF's", async () => {
    await ask("Did he use Airflow at MAIF?", "teams-using");
    const a = await ask("How many teams use the platform?", "teams-using");
    expect(a.answer).toMatch(/160/);
    expect(lead(a)).not.toMatch(/MAIF/);
  });

  it.each([
    "Je vous remercie infiniment pour votre disponibilité et votre réactivité. Bien cordialement.",
    "Merci beaucoup, excellente journée à vous.",
    "Je vous remercie pour votre retour. Cordialement.",
    "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
    "thanks for your quick reply, much appreciated",
  ])("« %s » closes or thanks, nothing looked up", async (text) => {
    const a = await ask(text);
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it("'How is it with his Snowflake?' after Kafka asks about Snowflake, not Kafka and Snowflake together", async () => {
    await ask("Is he handy with Kafka?", "how-is-it");
    expect(lead(await ask("How is it with his Snowflake?", "how-is-it"))).toBe(
      "Snowflake: used at AAA-Data (January 2020 - May 2021).",
    );
  });

  it("a job asked for is read from the next message; a question after the prompt is still a question", async () => {
    await ask("I have a role for him:", "job-next");
    expect(lead(await ask("Spark, AWS, Kafka, 5+ years", "job-next"))).toMatch(/^Meets 3 of 4 requirements\./);
    await ask("j'ai une offre :", "job-question");
    expect(lead(await ask("has he used Kafka?", "job-question"))).toMatch(/^Kafka: taught at EPISEN/);
    expect(lead(await ask("on a une mission"))).toMatch(/^Allez-y : collez ses exigences/);
    // Thanks after the prompt are thanks, no job of one requirement.
    await ask("I have a role for him:", "job-thanks");
    expect(lead(await ask("ok thanks", "job-thanks"))).not.toMatch(/requirement/);
  });

  it("training he received is not training he gave", async () => {
    for (const q of ["what internal training has he attended?", "il a eu des formations en interne ?"])
      expect(lead(await ask(q)), q).not.toMatch(/^(Yes — he trained|Oui — il a formé)/);
  });

  it("'X, Y, or Z is a plus' wishes for the whole list; 'Package management' is a requirement", async () => {
    const a = await ask(
      "Requirements:\nPython, Spark\nKnowledge of Kafka, Flink, or Pulsar is a plus\nPackage management with Poetry",
    );
    expect(lead(a)).toMatch(/^Meets 2 of 3 requirements\./);
    expect(lead(a)).not.toMatch(/offer's terms/);
    expect(lead(a)).toMatch(/Nice to have: 0 of 3 met; .*not in the profile: Flink, Pulsar\.$/);
    expect(lead(await ask("is his stack up to date?"))).not.toMatch(/^Which job\?/);
  });

  it("'star schemas' among other things is no 'yes' from schema validation; names after names stay", async () => {
    const a = await ask("data modelling, star schemas, dimensional models?");
    expect(lead(a)).toMatch(/ · star schemas: partly — not “star” with it /);
    expect(lead(await ask("spark kubernetes and helm?"))).toMatch(
      /^Spark: yes — .* · Kubernetes: not in the profile · Helm: not in the profile$/,
    );
    expect(lead(await ask("has he used my sequel?"))).toMatch(/MySQL/);
  });
});

describe("a long formal French e-mail", () => {
  it("« …Spark et Databricks. Pourriez-vous me préciser… » asks about both, « Pourriez » no name", async () => {
    const a = await ask(
      "Je me permets de vous solliciter concernant son expérience sur Apache Spark et Databricks. Pourriez-vous me " +
        "préciser dans quels contextes il les a utilisés et sur quelle durée ?",
    );
    expect(lead(a)).toMatch(/^Spark : oui — .* · Databricks : oui — /);
    expect(lead(a)).not.toMatch(/Pourriez/);
  });
});
