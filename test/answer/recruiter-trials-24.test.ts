import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the thirty-third session's dev set 38 (formal mails, Québécois French, German English, an ESN's sales
// engineer) found wrong.

const { ask } = trialChat();

describe("a figure asked that the quotes don't give", () => {
  it("'How much data per day at MAIF?' says the profile gives none there, not 'Here is what it says'", async () => {
    const a = await ask("How much data per day at MAIF?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(
      /^The profile gives no figure for that at MAIF, January 2019 - January 2020; what it says:$/,
    );
  });

  it("« combien de données par jour chez MAIF ? » the same, in French", async () => {
    const a = await ask("combien de données par jour chez MAIF ?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^Le profil ne donne pas de chiffre pour cela chez MAIF, janvier 2019 - janvier 2020/);
  });

  it("'how many projects at MAIF?' says no number of projects, not that MAIF is mentioned at MAIF", async () => {
    const a = await ask("how many projects at MAIF?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^The profile gives no number of “projects” at MAIF, January 2019 - January 2020/);
    expect(lead(a)).not.toMatch(/mentions “MAIF” at MAIF/);
  });

  it("« combien d'étudiants … à l'EPISEN ? »: « le nombre d'« étudiants » », elided", async () => {
    const a = await ask("combien d'étudiants y a-t-il dans son cours de big data à l'EPISEN ?");
    expect(lead(a)).toMatch(/^Le profil ne donne pas le nombre d'« étudiants » chez EPISEN/);
  });

  it("« combien de TB par jour » is answered with the platform's 400 To, TB being a unit of data", async () => {
    const a = await ask("c'etait quoi les volumes chez decathlon, genre combien de TB par jour et combien de tables?");
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/400 To quotidiens et 2000 tables/);
  });

  it("the team's size is still counted from its roster: « combien de personnes dans son équipe »", async () => {
    const a = await ask("il bossait avec combien de personnes dans son equipe chez decathlon ?");
    expect(lead(a)).toMatch(/7 personnes chez Decathlon/);
  });
});

describe("his current project, and his employment history", () => {
  it.each([
    "what is his current project?",
    "What is his actual project? I mean at the moment, not the old ones.",
    "quel est son projet actuel ?",
  ])("'%s' is his current roles", async (q) => {
    expect(lead(await ask(q))).toMatch(/^(Currently|Actuellement) ?: Senior Data Engineer (at|chez) Decathlon/);
  });

  it("'his employment history?' is his employers, not the kinds of contract", async () => {
    expect(lead(await ask("Please send me his employment history."))).toMatch(/^5 employers, as the CV lists them:/);
  });

  it("'…every organisation, including any freelance engagements' lists all five, not the freelance", async () => {
    const a = await ask(
      "Could you kindly provide a complete list of every organisation he has worked for, including any teaching or " +
        "freelance engagements?",
    );
    expect(lead(a)).toMatch(/^5 employers, as the CV lists them: Decathlon/);
  });
});

describe("a formal mail: a signature, a reason, two requests without a question mark", () => {
  it("'…? Many thanks in advance, Dana': the name signed is no word the profile lacks", async () => {
    const a = await ask("Which organisations has he worked for? Many thanks in advance, Dana");
    expect(lead(a)).toMatch(/^5 employers/);
    expect(a.answer).not.toMatch(/Dana/);
  });

  it.each([
    ["Many thanks in advance, Dana", /^You're welcome!/],
    ["Kind regards,\nKlaus Becker", /^Goodbye|^Bye|^You're welcome|^Have/],
    ["Merci d'avance, Léa", /^Avec plaisir !/],
  ])("'%s' is chatter", async (q, reply) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(reply);
  });

  it("names listed after a comma are no signature: 'What does he know best, Python, Scala or Spark.'", async () => {
    const a = await ask("What does he know best, Python, Scala or Spark.");
    expect(a.answer).toMatch(/Scala/);
    expect(a.answer).toMatch(/Spark/);
  });

  it("'I need his history in order, with dates. Please also flag any overlaps, as our HRIS…': both", async () => {
    const a = await ask(
      "Hello, for our internal records I need his employment history in chronological order, with start and end " +
        "dates for each position. Please also flag any overlapping positions, as our HRIS does not accept overlaps " +
        "without a note. Thank you.",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^5 employers, oldest first: MAIF \(Data Engineer, Permanent contract, January 2019/);
    expect(a.answer).toMatch(/\nYes — some of his roles overlap: Decathlon and EPISEN/);
    expect(a.answer).not.toMatch(/requirements|HRIS/);
  });

  it("'Please send me his employment history. Also tell me which clouds he has used.': two answers", async () => {
    const a = await ask("Please send me his employment history. Also tell me which clouds he has used.");
    expect(a.answer).toMatch(/^5 employers/);
    expect(a.answer).toMatch(/\nFor clouds, the profile names: AWS \(Decathlon\)/);
  });

  it("a pasted requirement list after 'Need to check boxes on the req:' is still a job to fit", async () => {
    const a = await ask("Need to check boxes on the req:\n• Spark Y/N\n• Scala Y/N\n• Kafka Y/N");
    expect(lead(a)).toBe("Meets 2 of 3 requirements. Partly: Kafka (taught only, not used in a role).");
  });

  it("'Could you outline his most significant quantified achievements?' gives his results with figures", async () => {
    const a = await ask(
      "Dear colleague, our panel places great weight on evidence of measurable business impact. Could you outline " +
        "the candidate's most significant quantified achievements across his career? Best regards.",
    );
    expect(lead(a)).toBe("Results the profile gives with figures:");
    expect(a.answer).toMatch(/from 13 h to 6 minutes/);
  });
});

describe("sentences telling what the asker saw, then a question pointing at a role", () => {
  it("'The CV mentions Pernod Ricard; … Could you elaborate on his assignment?' is his role there", async () => {
    const a = await ask(
      "Hello again, one further query. The CV mentions Pernod Ricard; as they are a drinks company, the panel was " +
        "curious what a data professional was doing there. Could you elaborate on his assignment?",
    );
    expect(lead(a)).toMatch(/^At Pernod Ricard \(Data Trainer, April 2019 – October 2019\):/);
    expect(a.answer).toMatch(/end-to-end data project with Databricks/);
  });

  it("a question naming its own subject is not narrowed to the employer the sentence before named", async () => {
    const a = await ask("Our client is a lot like MAIF. Has he used Spark?");
    expect(lead(a)).toMatch(/^Yes — Spark: used at Decathlon \(since May 2021\), AAA-Data/);
  });
});

describe("Québec French, German English and lists announced", () => {
  it("« …combien de personnes? Pis est-ce qu'il gérait du monde? »: two questions, « pis » read", async () => {
    const a = await ask(
      "Chez AAA-Data, y travaillait dans une équipe de combien de personnes? Pis est-ce qu'il gérait du monde?",
    );
    expect(a.answer).toMatch(/^Équipe, telle que le profil la décrit : 5 personnes chez AAA-Data/);
    expect(a.answer).toMatch(/\nOui — il a encadré 2 data engineers junior chez AAA-Data/);
    expect(a.answer).not.toMatch(/« Pis »|monde/);
  });

  it.each([
    ["Did he already work in the insurance branch?", /^Yes — as the CV describes them: MAIF/],
    ["il a bossé dans la branche assurance ?", /^Oui — tel que le CV les décrit : MAIF/],
  ])("'%s': the branch is the industry", async (q, answer) => {
    expect(lead(await ask(q))).toMatch(answer);
  });

  it("'Two practical points before we schedule…: where is he currently located': his location", async () => {
    const a = await ask(
      "Two practical points before we schedule an interview: where is the candidate currently located?",
    );
    expect(lead(a)).toBe(
      "The profile doesn't say where he is based. Only he can say — please ask the candidate directly.",
    );
  });

  it("'…does he work with Scrum? The client asks also for a SAFe certificate.': SAFe asked too", async () => {
    const a = await ask(
      "Did he already lead people? And does he work with Scrum? The client asks also for a SAFe certificate.",
    );
    expect(a.answer).toMatch(/^Yes — he supervised 2 junior data engineers at AAA-Data/);
    expect(a.answer).toMatch(/\nThe profile doesn't mention “SAFe”\.$/m);
  });

  it("'…? Le client veut qqn pour le suivi des modèles' is whom they want, no question of its own", async () => {
    const a = await ask("Il a du MLflow dans son dossier ? Le client veut qqn pour le suivi des modèles ML en prod");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^Le profil ne mentionne pas « MLflow »/);
  });
});

describe("a skill asked of now", () => {
  it.each([
    [
      "is he still using Snowflake?",
      "Not in his current roles — Snowflake: used at AAA-Data (January 2020 - May 2021).",
    ],
    [
      "en ce moment il fait du Snowflake ?",
      "Pas dans ses postes actuels — Snowflake : utilisé chez AAA-Data (janvier 2020 - mai 2021).",
    ],
  ])("'%s': not in his current roles, where it was", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toBe(said);
  });

  it("'does he use Airflow now?' is a yes: Decathlon, his current role, uses it", async () => {
    expect(lead(await ask("does he use Airflow now?"))).toMatch(/^Yes — Airflow: used at Decathlon \(since May 2021\)/);
  });
});

describe("what the thirty-third session's recruiter trial found", () => {
  it("'how many projects has he worked on in total?' names no employer a quote happens to be from", async () => {
    const a = await ask("how many projects has he worked on in total?");
    expect(lead(a)).toBe("The profile gives no number of “projects”; what it says:");
  });

  it("« combien de projets a-t-il réalisés ? »: no number of projects, not « projets » unsaid", async () => {
    const a = await ask("combien de projets a-t-il réalisés ?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toBe("Le profil ne donne pas le nombre de « projets ».");
  });

  it("'what did he do before that?' after 'how long at Decathlon?' is the role before", async () => {
    await ask("how long at Decathlon?", "before-that");
    const a = await ask("what did he do before that?", "before-that");
    expect(lead(a)).toMatch(/^Just before Decathlon: Data Engineer at AAA-Data \(Permanent contract\)/);
  });

  it("« qu'a t il fait avant ? » after « combien de temps chez AAA-Data ? » is MAIF", async () => {
    await ask("combien de temps chez AAA-Data ?", "avant-fr");
    const a = await ask("qu'a t il fait avant ?", "avant-fr");
    expect(lead(a)).toMatch(/^Juste avant AAA-Data : Data Engineer chez MAIF \(CDI\)/);
  });

  it("'…whether he knows Databricks and Terraform, whether he has managed a team?': the team asked too", async () => {
    const a = await ask("Could you tell me whether he knows Databricks and Terraform, whether he has managed a team?");
    expect(a.answer).toMatch(/^Databricks: yes — used at Decathlon \(since May 2021\), Pernod Ricard/);
    expect(a.answer).toMatch(/\nYes — he supervised 2 junior data engineers at AAA-Data/);
  });

  it("« …s'il maîtrise Databricks et Terraform, s'il a déjà encadré une équipe, et sa dispo ? »", async () => {
    const a = await ask(
      "Bonjour Madame, Monsieur, je suis chargée de recrutement chez Devoteam. Pourriez-vous m'indiquer s'il " +
        "maîtrise Databricks et Terraform, s'il a déjà encadré une équipe, et quelle est sa disponibilité ? " +
        "Cordialement, Sophie Durand, Chargée de recrutement",
    );
    expect(a.answer).toMatch(/^Databricks : oui — utilisé chez Decathlon/);
    expect(a.answer).toMatch(/\nOui — il a encadré 2 data engineers junior chez AAA-Data/);
    expect(a.answer).toMatch(/\nLe profil ne précise pas ses disponibilités\./);
    expect(a.answer).not.toMatch(/Sophie|Durand|Chargée/);
  });

  it("a signature with a title ('Many thanks, John Smith, Senior Recruiter') asks nothing", async () => {
    const a = await ask("Has he used Airflow? Many thanks, John Smith, Senior Recruiter");
    expect(lead(a)).toBe("Yes — Airflow: used at Decathlon (since May 2021), AAA-Data (January 2020 - May 2021).");
  });

  it("'engagement with non-technical business stakeholders? data governance?': two verdicts", async () => {
    const a = await ask("engagement with non-technical business stakeholders? data governance?");
    expect(lead(a)).toMatch(/^non-technical business stakeholders: partly — .* · data governance: yes — Decathlon/);
  });
});

describe("a name the profile lacks, beside words it holds", () => {
  it("'…big Oracle tables with out-of-memory errors?': no Oracle, and the JDBC tables' work it does show", async () => {
    const a = await ask("Did he optimise big Oracle tables with out-of-memory errors?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toBe("The profile doesn't mention “Oracle”. What it does show at Decathlon, since May 2021:");
    expect(a.citations[0]!.text).toMatch(/^Optimisation of large JDBC tables/);
  });
});

describe("what the cold review of the change found", () => {
  it("'Our last hire came from MAIF. What is his role now?' is his current role, not MAIF's", async () => {
    expect(lead(await ask("Our last hire came from MAIF. What is his role now?"))).toMatch(
      /^No — MAIF was January 2019 – January 2020\. Currently: Senior Data Engineer at Decathlon/,
    );
  });

  it("'…? The client demands a quick reply.' asks nothing more", async () => {
    const a = await ask("Has he used Spark? The client demands a quick reply.");
    expect(a.answer).not.toMatch(/quick|reply/);
  });

  it("'…Snowflake, since we're migrating to it, and with dbt?' keeps dbt", async () => {
    const a = await ask("Did he work with Snowflake, since we're migrating to it, and with dbt?");
    expect(a.answer).toMatch(/dbt: not in the profile/);
  });

  it("'Could he work, as our lead data engineer, on a Databricks migration?' keeps the migration", async () => {
    const a = await ask("Could he work, as our lead data engineer, on a Databricks migration?");
    expect(lead(a)).not.toBe("The profile doesn't say.");
    expect(a.answer).toMatch(/Databricks/);
  });

  it("« …du Spark, s'il a fait du Kafka et s'il a encadré ? »: the supervision answered, not denied", async () => {
    const a = await ask("Est-ce qu'il a fait du Spark, s'il a fait du Kafka et s'il a encadré ?");
    expect(a.answer).toMatch(/il a encadré 2 data engineers junior chez AAA-Data/);
    expect(a.answer).not.toMatch(/mais pas « encadré »/);
  });

  it.each(["Has he used Snowflake until now?", "Has he used Snowflake so far?"])(
    "'%s' asks of his whole career: a yes",
    async (q) => {
      expect(lead(await ask(q))).toMatch(/^Yes — Snowflake: used at AAA-Data/);
    },
  );

  it("'How many of the teams at Decathlon use his platform?' is the 160 teams", async () => {
    expect(lead(await ask("How many of the teams at Decathlon use his platform?"))).toMatch(/160 teams/);
  });

  it("'How many ML models did he build at Pernod Ricard?' asks no number of “ML”", async () => {
    expect(lead(await ask("How many ML models did he build at Pernod Ricard?"))).not.toMatch(/number of “ML”/);
  });

  it("« il fait encore du Snowflake ? » is asked of now", async () => {
    expect(lead(await ask("il fait encore du Snowflake ?"))).toMatch(/^Pas dans ses postes actuels — Snowflake/);
  });
});
