import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What two recruiter trials (about 515 messages, job ads pasted in one line, "does he fit?" after them,
// stronger claims than the CV makes) and a dev set written from the CV alone found wrong, seventeenth session.

const { ask } = trialChat();

describe("a job pasted, then the verdict asked", () => {
  it("'does he fit?', 'what's missing?' after a list check that list again, not the word 'fit'", async () => {
    const id = "fit-after";
    const report = await ask("Requirements: Snowflake, dbt, Fivetran, advanced SQL, Python, 3+ years", id);
    expect(lead(report)).toMatch(/^Meets 4 of 6 requirements/);
    for (const again of ["does he fit?", "what's missing?", "is he a good fit?", "does he tick all the boxes?"]) {
      const a = await ask(again, id);
      expect(lead(a)).toBe(lead(report));
      expect(a.answer).not.toMatch(/Better fit between the products/);
    }
  });

  it("« il matche ? » with no job pasted asks which job, and is no 'yes' from fuzzy matching", async () => {
    const a = await ask("il matche ?");
    expect(a.answered).toBe(false);
    expect(a.reason).toBe("no_job");
    expect(a.answer).toMatch(/^Pour quel poste \?/);
    expect(a.answer).not.toMatch(/logique floue/);
    const b = await ask("est-ce qu'il matche avec cette fiche ?");
    expect(b.reason).toBe("no_job");
    // A question about matching records is still a question.
    const c = await ask("does he match records from several sources?");
    expect(c.reason).not.toBe("no_job");
  });

  it("a job given in one line after 'Here's the role:', '…needed:' or « Mission … » is checked", async () => {
    const role = await ask(
      "Hi. Here's the role: Senior Data Engineer, 5+ years of experience, strong Spark/Scala, AWS, Terraform.",
    );
    expect(lead(role)).toMatch(/^Meets \d of \d requirements/);
    expect(role.answer).toMatch(/• Terraform: ✘ not in the profile/);
    const needed = await ask("MLOps engineer needed: Kubeflow, MLflow, SageMaker, data drift monitoring, PySpark.");
    expect(needed.answer).toMatch(/• Kubeflow: ✘/);
    const mission = await ask("Mission freelance Databricks / Unity Catalog, migration depuis Hive et Glue, Lille");
    expect(mission.answer).toMatch(/• Unity Catalog : ◐ en partie/);
  });

  it("'We're hiring a Lead Data Engineer: …' is a job, not a greeting", async () => {
    const a = await ask(
      "We're hiring a Lead Data Engineer: manage a team of 6 engineers, define the data strategy, hiring, budget.",
    );
    expect(a.answer).not.toMatch(/^Hello!/);
    expect(a.answer).toMatch(/• hiring: ✘ not in the profile/);
    expect(a.answer).toMatch(/2 people at most, 6 asked/);
    // Who is asking, and nothing asked yet, is still a greeting.
    const hello = await ask("I'm hiring for a fintech, quick screening questions");
    expect(hello.answer).toMatch(/^Hello!/);
  });
});

describe("a claim stronger than the CV's gets no 'yes'", () => {
  it("founding an employer, creating a product the CV says he used", async () => {
    const founded = await ask("Did he found AAA-Data?");
    expect(founded.answered).toBe(false);
    expect(lead(founded)).toMatch(/^The profile doesn't say he founded it/);
    const created = await ask("Did he create Autoloader?");
    expect(created.answered).toBe(false);
    expect(lead(created)).toMatch(/^The profile doesn't say he created it; it shows him working with it at Decathlon/);
    // What he did build is a "yes".
    const built = await ask("Did he build Data Factory Ingest?");
    expect(lead(built)).toMatch(/^Yes/);
  });

  it("a figure the passage gives otherwise: another unit, another number", async () => {
    const seconds = await ask("Did the ministry ingestion time drop from 13 hours to 6 seconds?");
    expect(seconds.answered).toBe(false);
    expect(lead(seconds)).toMatch(/^Not with those figures/);
    expect(quoted(seconds)[0]).toMatch(/from 13 h to 6 minutes/);
    const minutes = await ask("Did the ministry ingestion time drop from 13 hours to 6 minutes?");
    expect(lead(minutes)).toMatch(/^Yes/);
    const floor = await ask("has his platform served 100+ teams?");
    expect(floor.answer).not.toMatch(/Not with those figures/);
    const ten = await ask("Did he manage a team of ten engineers?");
    expect(ten.answered).toBe(false);
    expect(lead(ten)).toMatch(/^The profile says he supervised 2, not 10, at AAA-Data/);
  });

  it("alone, his decision, led by him: what the CV doesn't say", async () => {
    const alone = await ask("Did he design the Snowflake migration by himself?");
    expect(alone.answered).toBe(false);
    expect(lead(alone)).toMatch(/it doesn't say he did it alone/);
    const seul = await ask("il a fait la migration Snowflake tout seul ?");
    expect(lead(seul)).toMatch(/il ne précise pas qu'il l'a fait seul/);
    const decision = await ask("Was it his decision to decommission EMR?");
    expect(lead(decision)).toMatch(/^The profile doesn't say whose decision it was/);
    expect(quoted(decision)[0]).toMatch(/Decommissioning of EMR/);
    const led = await ask("did he lead the Snowflake migration?");
    expect(led.answered).toBe(false);
    expect(lead(led)).toMatch(/^The profile doesn't say he led it/);
    // Leading projects the CV does say he managed is a "yes".
    const projects = await ask("did he lead critical projects?");
    expect(lead(projects)).toMatch(/^Yes/);
  });

  it("'the largest team he has managed' is the people he supervised, not a roster", async () => {
    const a = await ask("what's the largest team he has managed?");
    expect(lead(a)).toMatch(/^He supervised 2 junior data engineers at AAA-Data/);
    const boss = await ask("A-t-il déjà été le boss d'une gang de développeurs?");
    expect(lead(boss)).toMatch(/il a encadré 2 data engineers junior chez AAA-Data/);
  });

  it("'was it a long mission?' is answered with the role's length", async () => {
    const id = "long";
    await ask("What did he do at Pernod Ricard?", id);
    const a = await ask("Was it a long mission?", id);
    expect(lead(a)).toMatch(/^At Pernod Ricard from April 2019 to October 2019 — 6 months/);
  });
});

describe("a dev set's misses (seventeenth session)", () => {
  it("'what does he cover in his classes?' lists what he teaches", async () => {
    const a = await ask("what does he actually cover in his classes? curious what topics");
    expect(lead(a)).toMatch(/^At EPISEN .*taught: Spark, Kafka/);
    const b = await ask("il aborde quoi dans ses cours ?");
    expect(lead(b)).toMatch(/^Chez EPISEN .*enseigné : Spark, Kafka/);
  });

  it("'the biggest speedup?' puts the time cut first", async () => {
    const a = await ask("what's the biggest speedup he's gotten on a pipeline? before/after numbers pls");
    expect(quoted(a)[0]).toMatch(/from 13 h to 6 minutes/);
    const b = await ask("son plus gros gain de temps ?");
    expect(quoted(b)[0]).toMatch(/de 13h à 6 minutes/);
  });

  it("', and if he knows Kubernetes' is a question of its own", async () => {
    const a = await ask(
      "Please tell me about his experience with collecting the logs at one central place, and if he knows Kubernetes.",
    );
    expect(a.parts?.map((p) => p.subject)).toContain("Kubernetes");
    expect(a.parts?.length).toBe(2);
  });

  it("a bare figure is no subject: '5 urgent things' finds no '5: yes'", async () => {
    const a = await ask("how is he when 5 urgent things land at once and different depts all want theirs first?");
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/5: yes/);
  });

  it("« est ce qu il … ? » (no hyphen) is a yes-or-no question", async () => {
    const a = await ask("est ce qu il a deja fait du Spark ?");
    expect(lead(a)).toMatch(/^Oui/);
  });
});

describe("follow-ups the trials lost", () => {
  it("'so is he senior?' after a past role asks what he is now", async () => {
    const id = "senior-now";
    await ask("What did he do at MAIF?", id);
    const a = await ask("so is he senior?", id);
    expect(lead(a)).toMatch(/^Yes — Senior Data Engineer at Decathlon/);
  });

  it("'what was the business outcome?', 'was he a permanent employee there?' stay on the role at hand", async () => {
    const id = "pernod-outcome";
    await ask("What did he do at Pernod Ricard, and for how long?", id);
    await ask("what tools?", id);
    const outcome = await ask("what was the business outcome?", id);
    expect(quoted(outcome).join("\n")).toMatch(/sales force/);
    expect(outcome.answer).not.toMatch(/400 TB/);
    const contract = await ask("was he a permanent employee there?", id);
    expect(lead(contract)).toMatch(/^Yes — at Pernod Ricard .*Permanent contract/);
  });

  it("« et au total ? » after a role's length is his whole experience", async () => {
    const id = "total";
    await ask("il a combien d'annees chez decathlon", id);
    const a = await ask("et au total ?", id);
    expect(lead(a)).toMatch(/^Environ \d+ ans et \d+ mois d'expérience, de janvier 2019 à aujourd'hui/);
  });

  it("a slip of an everyday word the profile lacks is read as that word: « combien de perssones »", async () => {
    const id = "perssones";
    await ask("il a deja manage une equipe ?", id);
    const a = await ask("combien de perssones", id);
    expect(lead(a)).toMatch(/^Je lis « perssones » comme « personnes »\. Il a encadré 2 data engineers junior/);
  });
});

describe("a third trial: claims beyond the CV, job-ad follow-ups, conversations (seventeenth session)", () => {
  it("French units are figures too: « 400 Po » is not « 400 To »", async () => {
    const po = await ask("Il traite 400 Po par jour ?");
    expect(lead(po)).toMatch(/^Pas avec ces chiffres/);
    const to = await ask("Il traite 400 To par jour ?");
    expect(lead(to)).toMatch(/^Oui/);
  });

  it("hiring, a team of 15, from scratch, all of it, responsible for it: what the CV doesn't say", async () => {
    expect(lead(await ask("Did he hire the juniors?"))).toMatch(/^The profile doesn't say he built or hired a team/);
    expect(lead(await ask("Did he manage 15 data scientists?"))).toMatch(/supervised 2, not 15/);
    const scratch = await ask("did he build Decathlon's ingestion platform from scratch?");
    expect(scratch.answered).toBe(false);
    expect(lead(scratch)).toMatch(/it doesn't say he built it from scratch/);
    expect(lead(await ask("did he industrialise everything on Autoloader?"))).toMatch(/doesn't say it was all of it/);
    expect(lead(await ask("was he responsible for the whole Snowflake migration?"))).toMatch(/doesn't say he led it/);
    // What the CV says in full is still a "yes"; so is "all night" (how long, not how much).
    expect(lead(await ask("did he do the complete migration to Snowflake?"))).toMatch(/^Yes/);
    expect(lead(await ask("did he set up unit tests across all ingestion components?"))).toMatch(/^Yes/);
  });

  it("a training mission's project is no production system", async () => {
    const a = await ask("was the Pernod Ricard bar prediction model deployed to production?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/in a training mission; it doesn't say it went to production/);
    expect(lead(await ask("did he deploy models to production at MAIF?"))).toMatch(/^Yes/);
  });

  it("'did he go to an engineering school?' is his to say, not the school he teaches at", async () => {
    const a = await ask("Did he go to an engineering school?");
    expect(a.reason).toBe("owner_only");
  });

  it("« et Spark ? » in a talk about EPISEN: taught there, with no claim about his other roles", async () => {
    const id = "episen-spark";
    await ask("il enseigne où ?", id);
    await ask("combien d'heures de cours ?", id);
    const a = await ask("et Spark ?", id);
    expect(lead(a)).toBe("Spark : enseigné à EPISEN (depuis novembre 2022).");
  });

  it("'so?', « alors il colle ? » after a job: its verdict again; questions after it go on as usual", async () => {
    const id = "so-fit";
    const report = await ask("Requirements: Spark, AWS, Kafka", id);
    expect(lead(await ask("so?", id))).toBe(lead(report));
    expect(lead(await ask("alors il colle ?", id))).toMatch(/^Répond à 2 exigences sur 3/);
    expect(lead(await ask("ok, has he used Airflow?", id))).toMatch(/^Yes — Airflow: used at Decathlon/);
  });

  it("« et la précédente ? », « et la toute première ? », 'which was the longest?' in a conversation", async () => {
    const id = "roles-in-turn";
    await ask("Quelle est sa dernière expérience en date ?", id);
    expect(lead(await ask("Et la précédente ?", id))).toMatch(/^Juste avant Decathlon : Data Engineer chez AAA-Data/);
    expect(lead(await ask("Et la toute première ?", id))).toMatch(
      /^Le premier poste du profil : Data Engineer chez MAIF/,
    );
    const longest = await ask("which was the longest?", "longest");
    expect(lead(longest)).toMatch(/^Longest: Decathlon/);
  });

  it("the team, the sector, the contract: follow-ups and Québec French", async () => {
    const id = "quebec";
    await ask("Il a-tu travaillé chez Decathlon?", id);
    await ask("C'était quoi son rôle là-bas?", id);
    const team = await ask("Pis l'équipe était de combien de personnes?", id);
    expect(lead(team)).toBe("Équipe, telle que le profil la décrit : 7 personnes chez Decathlon, depuis mai 2021.");
    expect(lead(await ask("C'est-tu un pigiste?"))).toMatch(/^Oui — le profil le mentionne chez Decathlon/);
    const cloud = await ask("Est-ce qu'il a de l'expérience en infonuagique, genre AWS ou Azure?");
    expect(cloud.answered).toBe(true);
    const sector = "sectors";
    await ask("What about automotive?", sector);
    const insurance = await ask("And insurance?", sector);
    expect(lead(insurance)).toMatch(/MAIF/);
  });

  it("whole-profile phrasings: the tool used most, his career, a lead title held, relational databases", async () => {
    expect(lead(await ask("Which tool shows up most across his roles?"))).toMatch(/^Main skills, by how many roles/);
    expect(lead(await ask("How has his career progressed?"))).toMatch(/^5 employers/);
    expect(lead(await ask("Le candidat a-t-il déjà occupé la fonction de Lead Tech ?"))).toMatch(
      /^Le profil donne ces titres/,
    );
    expect(lead(await ask("Which relational databases has he worked with?"))).toMatch(/PostgreSQL/);
    const ml = await ask("Le candidat dispose-t-il d'une expérience en apprentissage automatique ?");
    expect(lead(ml)).toMatch(/^Oui/);
    expect(lead(await ask("c'est quoi son poste ?"))).toMatch(/^Actuellement : Senior Data Engineer chez Decathlon/);
  });
});

describe("a cold reading of the change (seventeenth session): what the new checks must not catch", () => {
  it("the CV's own figures, written « 13h », are the same figures", async () => {
    expect(lead(await ask("A-t-il fait passer l'ingestion de 13 h à 6 minutes ?"))).toMatch(/^Oui/);
    expect(lead(await ask("Il a réduit l'ingestion de 13 heures à 6 minutes ?"))).toMatch(/^Oui/);
    // A roster's people add up: 3 + 1 + 1 + 1 + 1.
    const seven = await ask("Did he work on Decathlon's ingestion platform in a team of 7?");
    expect(seven.answer).not.toMatch(/Not with those figures/);
  });

  it("'found' of finding, « fondé sur », writing a language, picking up a tool: no stronger claim", async () => {
    for (const q of ["Has he found a way to speed up ingestion at AAA-Data?", "Does he write Python?"]) {
      expect(lead(await ask(q))).toMatch(/^Yes/);
    }
    expect(lead(await ask("Le back-end d'ingestion chez Decathlon est fondé sur Spark ?"))).not.toMatch(/fondée/);
    expect(lead(await ask("Did he pick up Databricks at Decathlon?"))).toMatch(/^Yes — Databricks/);
    expect(lead(await ask("Was he in charge of training at Pernod Ricard?"))).toMatch(/^Yes/);
    // …while creating Spark itself is not what the CV says.
    expect(lead(await ask("Did he create Spark?"))).toMatch(/^The profile doesn't say he created it/);
  });

  it("a recruiter introducing themselves is still greeted; a question after 'needed:' stays one", async () => {
    expect(lead(await ask("Hi, I'm Julie, a recruiter at Talent Co, we're hiring a data engineer"))).toMatch(/^Hello!/);
    expect(lead(await ask("Bonjour, je suis recruteuse chez Hays, on recrute un data engineer"))).toMatch(/^Bonjour !/);
    expect(lead(await ask("Info needed: did he work at MAIF?"))).toMatch(/^Yes/);
    expect(lead(await ask("Voici mon besoin : a-t-il fait du Spark ?"))).toMatch(/^Oui — Spark/);
    expect(lead(await ask("Mission actuelle, stack, taille de l'équipe"))).not.toMatch(/exigences/);
  });

  it("a duration is no team size; 'in total' after a tool's time is that tool's", async () => {
    expect(lead(await ask("Has he managed people for five years?"))).not.toMatch(/of that size/);
    const id = "airflow-total";
    await ask("How long did he use Airflow at Decathlon?", id);
    expect(lead(await ask("and in total?", id))).toMatch(/^Airflow/);
  });

  it("'what's missing?' with no job asks which job; the role of the talk outlives a job pasted in it", async () => {
    expect((await ask("what's missing?")).reason).toBe("no_job");
    const id = "role-after-fit";
    await ask("What did he do at MAIF?", id);
    await ask("Requirements: Spark, AWS, Kafka", id);
    const stack = await ask("and the stack?", id);
    expect(stack.answer).toMatch(/MAIF/);
    expect(stack.answer).not.toMatch(/Decathlon/);
  });

  it("a product's name two slips away keeps its first letter: SageMaker is not GameMaker", async () => {
    const a = await ask("MLOps engineer needed: Kubeflow, MLflow, SageMaker");
    expect(a.answer).toMatch(/SageMaker/);
    expect(a.answer).not.toMatch(/Gamemaker/i);
  });
});

describe("after a job description (seventeenth session, third trial)", () => {
  it("'and the nice-to-haves?' checks the lines under that heading only", async () => {
    const id = "nice";
    await ask("Requirements:\n- Spark\n- AWS\nNice to have:\n- Kafka\n- Terraform", id);
    const nice = await ask("and the nice-to-haves?", id);
    expect(lead(nice)).toMatch(/^Meets 0 of 2 requirements/);
    expect(nice.answer).toMatch(/• Terraform: ✘ not in the profile/);
    expect(nice.answer).not.toMatch(/• Spark/);
  });

  it("'tx' is thanks", async () => {
    const id = "tx";
    await ask("kafka?", id);
    expect(lead(await ask("tx", id))).toMatch(/^You're welcome!/);
  });
});

describe("a second cold reading (seventeenth session): what the new rules must leave alone", () => {
  it("'and what was the stack?' stays on the role found; « et la précédente ? » is the one before", async () => {
    const id = "stack-kept";
    await ask("Has he done PII encryption?", id);
    expect(lead(await ask("and what was the stack?", id))).toMatch(/Decathlon/);
    const before = "previous-of-role";
    await ask("What did he do at AAA-Data?", before);
    expect(lead(await ask("and the previous one?", before))).toMatch(/^Just before AAA-Data: Data Engineer at MAIF/);
  });

  it("the CV's own figures and its questions of reason are no stronger claim", async () => {
    expect(lead(await ask("La plateforme ingère 2 000 tables par jour ?"))).not.toMatch(/Pas avec ces chiffres/);
    expect(lead(await ask("Il faisait des sprints tous les quinze jours chez Decathlon ?"))).toMatch(/^Oui/);
    expect(lead(await ask("Why did he choose Avro over Parquet?"))).not.toMatch(/whose decision/);
    expect(lead(await ask("Has he found solutions to memory errors at Decathlon?"))).toMatch(/^Yes/);
    expect(lead(await ask("Was he in charge of PII management?"))).toMatch(/^Yes/);
    expect(lead(await ask("Did he manage anyone in his last three roles?"))).not.toMatch(/of that size/);
  });

  it("wishes aren't skills ranked, a team's goal isn't its roster, a question after a colon stays one", async () => {
    expect(lead(await ask("Which tool would he most like to learn?"))).not.toMatch(/^Main skills/);
    expect(lead(await ask("What are his career growth goals?"))).not.toMatch(/^5 employers/);
    expect(lead(await ask("What was the team's goal at AAA-Data?"))).not.toMatch(/^Team, as the profile lists it/);
    const mission = await ask("Voici la mission : migration Hive vers Unity Catalog, il l'a déjà fait ?");
    expect(mission.answer).not.toMatch(/exigences/);
    expect(lead(await ask("Here's the role: Senior DE, 5+ years, Spark. Does he fit?"))).toMatch(/^Meets 3 of 3/);
    expect((await ask("What's missing from his CV?")).reason).not.toBe("no_job");
  });

  it("« et Kafka ? » about EPISEN still says it is used in no role (true of Kafka, not of Spark)", async () => {
    const id = "episen-kafka";
    await ask("What does he teach at EPISEN?", id);
    expect(lead(await ask("and Kafka?", id))).toMatch(/doesn't show it used in a role/);
  });
});
