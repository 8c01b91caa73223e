import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the thirty-first session's trials (recruiters in English and in French) and dev set 36 found wrong.

const { ask } = trialChat();

describe("a notion held at another role than the one asked", () => {
  it("'access control at Decathlon?': not there; AAA-Data's policy is named, as the asker wrote it", async () => {
    const a = await ask("has he done access control at Decathlon?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toBe(
      "The profile mentions “access control” at AAA-Data (Automotive), January 2020 - May 2021, but not at Decathlon.",
    );
    expect(a.citations.map((c) => c.id)).toEqual(["cv.en#aaa-data.s3.b4"]);
  });

  it("« et chez Decathlon ? » after « contrôle d'accès » says so in French, not Decathlon's checks", async () => {
    await ask("a-t-il fait du contrôle d'accès ?", "fr-access");
    const a = await ask("et chez Decathlon ?", "fr-access");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^Le profil mentionne « contrôle d'accès » chez AAA-Data .*, mais pas chez Decathlon\.$/);
  });

  it("« données personnelles à la MAIF » names what Decathlon holds, not « données »", async () => {
    const a = await ask("A-t-il manipulé des données personnelles de sociétaires à la MAIF ?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^Le profil mentionne « données personnelles » chez Decathlon, .*mais pas chez MAIF\.$/);
  });

  it("a tool held elsewhere is still named alone, and asked where it is held it is a yes", async () => {
    expect(lead(await ask("Jenkins at Decathlon?"))).toMatch(/^The profile mentions “Jenkins” at AAA-Data/);
    const there = await ask("has he done access control at AAA-Data?");
    expect(there.answered).toBe(true);
    expect(there.citations[0]?.id).toBe("cv.en#aaa-data.s3.b4");
  });
});

describe("teaching beside his other work", () => {
  const WORK = /^By the CV, teaching comes beside his main work: Senior Data Engineer at Decathlon \(Freelance\)/;

  it("'is teaching his main job or on the side?' gets his main work, then his teaching, not a bare 'Yes'", async () => {
    const a = await ask("Is teaching his main job or on the side?");
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(WORK);
    expect(lead(a)).toMatch(/Teaching and training: Big Data Lecturer at an engineering school, EPISEN/);
    // The hours the course takes are quoted, which say how much of his time it is.
    expect(a.citations.map((c) => c.text)).toContain(
      "10 h of lectures: fundamental concepts of Big Data and its technology ecosystem",
    );
  });

  it("asked as a choice, a builder or a teacher, or as full time, in English and in French", async () => {
    expect(lead(await ask("is he more of a builder or a teacher?"))).toMatch(WORK);
    expect(lead(await ask("is he a full-time teacher?"))).toMatch(WORK);
    const fr = await ask("l'enseignement c'est son activité principale ou à côté ?");
    expect(lead(fr)).toMatch(/^D'après le CV, l'enseignement vient à côté de son activité principale : Senior Data/);
  });

  it("a choice of whom he taught, or where, is not his teaching against his work", async () => {
    for (const q of ["what's the main thing he teaches?", "Has he taught engineers or data scientists?"])
      expect(lead(await ask(q)), q).not.toMatch(/^By the CV, teaching comes beside/);
  });

  it("his week and what he teaches are still asked as before", async () => {
    expect(lead(await ask("is he working full-time?"))).toMatch(/not how much of his week it takes/);
    expect(lead(await ask("what does he teach?"))).toMatch(/^At EPISEN \(since November 2022\), taught: Spark, Kafka/);
  });
});

describe("chatter after an answer", () => {
  it("« c'est tout ? » asks for the rest of the role; 'that's all, thanks' closes the talk", async () => {
    await ask("qu'a-t-il fait à la MAIF ?", "maif-all");
    const more = await ask("c'est tout ?", "maif-all");
    expect(more.answered).toBe(true);
    expect(lead(more)).toBe("Autres passages chez MAIF :");
    // Said, not asked, it closes the talk, after the same answer.
    await ask("qu'a-t-il fait à la MAIF ?", "maif-done");
    const done = await ask("that's all, thanks", "maif-done");
    expect(done.answered).toBe(false);
    expect(lead(done)).not.toMatch(/passages|profile mentions|Autres/);
  });

  it("« Correct, merci ! » and 'cheers, really appreciate it' are thanks, not a subject or a repeat", async () => {
    const fr = await ask("Correct, merci!");
    expect(fr.answered).toBe(false);
    expect(lead(fr)).toBe("Avec plaisir ! Autre chose sur le profil ?");
    await ask("has he used GCP?", "cheers");
    expect(lead(await ask("cheers, really appreciate it", "cheers"))).toBe(
      "You're welcome! Anything else about the profile?",
    );
  });

  it("« Genre Tableau ? » asks about Tableau; « jsp si c pertinent », « dsl bcp de questions »: nothing", async () => {
    const viz = await ask("Il a fait de la visualisation de données? Genre Tableau?");
    expect(lead(viz)).toMatch(/· Tableau : absent du profil$/);
    const hedged = await ask("slt! il a deja donne des cours? jsp si c pertinent pr le poste mais bon");
    expect(lead(hedged)).toMatch(/^Chez EPISEN \(depuis novembre 2022\), enseigné : Spark, Kafka/);
    expect(lead(hedged)).not.toMatch(/jsp|pertinent/);
    expect(hedged.answered).toBe(true);
    const sorry = await ask("il connait jenkins? et gitlab ci? dsl bcp de questions lol");
    expect(lead(sorry)).toMatch(/^Jenkins : oui .* · GitLab : absent du profil$/);
  });

  it("'+1 on the databricks bits.' and 'PFB' open a question without being part of it", async () => {
    const a = await ask("+1 on the databricks bits. did he actually move an existing lake to a lakehouse?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.text).toBe("Migration from Datalake to Lakehouse");
    expect(lead(await ask("PFB the JD line: 'Airflow DAG generation'. Is he having it?"))).not.toMatch(/PFB/);
  });
});

describe("whole-profile questions asked in other words", () => {
  it("a degree asked as 'educational qualification, B.Tech or M.Tech' is the candidate's to give", async () => {
    const a = await ask("Kindly share his educational qualification, B.Tech or M.Tech or equivalent?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^The profile doesn't list his degrees or certifications\./);
  });

  it("« gagné combien de temps sur le chargement » is the speed-up, not how long he stayed", async () => {
    const a = await ask("chez aaa data il a gagne cb de temps sur le chargement des donnees du ministere?");
    expect(a.citations[0]?.text).toMatch(/de 13h à 6 minutes/);
    expect(lead(a)).not.toMatch(/1 an et 5 mois/);
  });

  it("a summary asked in one line or three keeps to the current roles", async () => {
    const one = await ask("Give me a one-line summary");
    expect(one.answer).not.toMatch(/\nBefore:/);
  });

  it("« son parcours complet » is the summary, which names the roles before the current ones", async () => {
    const a = await ask("Pouvez-vous me faire un résumé de son parcours complet, toutes les expériences ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(
      /\nAvant : AAA-Data \(janvier 2020 – mai 2021\) ; Pernod Ricard \(avril 2019 – octobre 2019\) ; MAIF/,
    );
  });

  it("« gestion d'équipe », 'mentoring - how many people', « combien de compagnies »", async () => {
    expect(lead(await ask("Il a-tu déjà fait de la gestion d'équipe, genre chef d'équipe?"))).toMatch(
      /^Oui — il a encadré 2 data engineers junior chez AAA-Data/,
    );
    expect(lead(await ask("and mentoring - how many people, and when?"))).toMatch(
      /^He supervised 2 junior data engineers at AAA-Data \(January 2020 – May 2021\)/,
    );
    expect(lead(await ask("Il a travaillé pour combien de compagnies?"))).toMatch(/^5 employeurs/);
  });

  it("a verdict on him (shortlist, a good first hire, his weakest point) is not the CV's to give", async () => {
    for (const q of ["would he be a good first data hire?", "would you shortlist him?", "what's he weakest at"]) {
      const a = await ask(q);
      expect(a.answered).toBe(false);
      expect(lead(a)).toBe("The profile gives facts, not judgements: ask about a skill, a role or a result instead.");
    }
    // (A skill asked with "good at" is still a skill.)
    expect(lead(await ask("is he good at Spark?"))).toMatch(/^Yes — Spark: used at Decathlon/);
  });

  it("a way of working told before the question (« ils sont en Scrum. … ce mode de fonctionnement ? »)", async () => {
    const a = await ask("Chez le client ils sont en Scrum. Il a l'habitude de ce mode de fonctionnement ?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.text).toBe("Organisation en agile avec sprints de 2 semaines");
  });
});

describe("corrections, and what is not asked", () => {
  it("« non je voulais dire Kafka, pas Spark » asks Kafka alone; 'sorry, I meant Kafka' too", async () => {
    await ask("il a fait du spark ?", "fix-fr");
    const fr = await ask("Non je voulais dire Kafka, pas Spark", "fix-fr");
    expect(lead(fr)).toMatch(/^Kafka : enseigné à EPISEN/);
    expect(lead(fr)).not.toMatch(/Spark/);
    await ask("how long has he used Spark?", "fix-en");
    expect(lead(await ask("sorry, I meant Kafka", "fix-en"))).toMatch(/^Kafka: taught at EPISEN/);
  });

  it("'on a real project, not in the classroom': Kafka was only taught, said so, no part for it", async () => {
    const a = await ask("sorry I meant has he used Kafka on a real project, not in the classroom");
    expect(a.answered).toBe(false);
    expect(lead(a)).toBe("Kafka: taught at EPISEN (since November 2022); the profile doesn't show it used in a role.");
    expect(lead(await ask("has he used Spark on real projects?"))).toMatch(/^Yes — Spark: used at Decathlon/);
  });

  it("a part only taught is no 'yes' to his own work: 'worked on real-time streaming, or Kinesis?'", async () => {
    const a = await ask("has he worked on real-time streaming, or Kinesis?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^real-time streaming: EPISEN, since November 2022 \(in his teaching or training/);
    expect(lead(a)).toMatch(/· Kinesis: not in the profile$/);
    // Asked whether he knows it, the teaching answers, and says so.
    const knows = await ask("Real-time streaming with Kafka or Kinesis");
    expect(lead(knows)).toMatch(/^Real-time streaming Kafka: yes — EPISEN, .*\(in his teaching or training/);
  });
});

describe("how long with a tool a role moved from or to", () => {
  it("EMR, decommissioned at Decathlon, and Databricks, moved to there: the roles' time is at most", async () => {
    const emr = await ask("Il a-tu fait du EMR longtemps?");
    expect(lead(emr)).toMatch(/Le CV ne date pas EMR chez Decathlon, où il le montre abandonné : c'est un maximum\.$/);
    expect(emr.citations.map((c) => c.text)).toContain("Décommissionnement d'EMR au profit de Databricks");
    const dbx = await ask("how long has he used Databricks?");
    expect(lead(dbx)).toMatch(/The CV doesn't say when Decathlon moved to Databricks: at most that long\.$/);
    // (Spark, used throughout, has no such note.)
    expect(lead(await ask("how many years of Spark?"))).not.toMatch(/at most/);
  });
});

describe("more ways recruiters put it", () => {
  it("« un grand compte » and 'key accounts' ask how big his employers were", async () => {
    expect(lead(await ask("il a deja bosse pr un grand compte ?"))).toBe(
      "Le CV ne donne pas l'effectif de ses employeurs. Ce qu'il dit de leur taille :",
    );
    expect(lead(await ask("has he worked for key accounts?"))).toMatch(/^The CV gives no headcount for his employers/);
  });

  it("« sa plus grosse mission » is his results, not a word the profile lacks", async () => {
    expect(lead(await ask("c'est quoi sa plus grosse mission ?"))).toBe("Les résultats chiffrés du profil :");
  });

  it("« je suis DSI d'une mutuelle santé » introduces the asker: a greeting, then the question after it", async () => {
    const intro = await ask("Bonjour, je suis DSI d'une mutuelle santé.");
    expect(intro.answered).toBe(false);
    expect(lead(intro)).not.toMatch(/DSI/);
    const asked = await ask("Bonjour, je suis DSI d'une mutuelle santé. Il a chiffré des données personnelles ?");
    expect(asked.answered).toBe(true);
    expect(asked.citations[0]?.text).toMatch(/chiffrement/);
  });

  it("'is he currently contracting?' asks whether he is freelance now", async () => {
    const a = await ask("is he currently contracting and how long has he been freelance?");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/\nAbout [\w ]+ as a freelancer: Senior Data Engineer at Decathlon/);
    expect(a.citations[0]?.text).toMatch(/^Yes\. His two current roles are freelance/);
  });

  it("after a job's requirements, 'which is weakest?', « ses points faibles ? » give the gaps", async () => {
    const job = "We need:\n- Spark and Scala\n- Airflow\n- Kafka in production\n- Terraform\n- mentoring juniors\nFit?";
    await ask(job, "job-gaps");
    for (const q of ["which is weakest?", "quels sont ses points faibles ?"]) {
      const a = await ask(q, "job-gaps");
      expect(a.answered).toBe(true);
      expect(a.answer).toMatch(/Kafka.*◐/);
      expect(a.answer).not.toMatch(/Spark.*✔/);
    }
    // Gaps in his career are the dates', not the job's.
    expect(lead(await ask("any career gaps?", "job-gaps"))).not.toMatch(/requirements/);
    // With no job in the talk, his weak points are a judgement the CV doesn't make.
    expect((await ask("quels sont ses points faibles ?")).reason).toBe("owner_only");
  });
});

describe("what the second round of trials found", () => {
  it("'ok with 3 days in office?' is his to say, beside his notice period, not a CV bullet", async () => {
    const a = await ask("whats his notice period and is he ok with 3 days in office");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/doesn't say whether he works remotely or on site/);
    expect(a.citations).toHaveLength(0);
  });

  it("'has he worked in small teams?' gives his teams' sizes, not the 160 teams using the platform", async () => {
    const a = await ask("has he worked in small teams?");
    expect(lead(a)).toMatch(/^Team, as the profile lists it: 7 people at Decathlon, .*5 people at MAIF/);
  });

  it("'would he be happy in a 5-person team?' is his to say; 'his strongest area?' is his main skills", async () => {
    expect(lead(await ask("would he be happy in a 5-person team?"))).toBe(
      "The profile gives facts, not judgements: ask about a skill, a role or a result instead.",
    );
    // Comfortable with a tool, or in a tool's environment, is a skill asked.
    expect(lead(await ask("would he be comfortable in an AWS environment?"))).toMatch(/^Yes — AWS: used at Decathlon/);
    expect(lead(await ask("Serait-il à l'aise avec Spark et Airflow ?"))).toMatch(/^Spark : oui — .* · Airflow : oui/);
    // "main area" of something else is not his skills.
    expect(lead(await ask("what was AAA-Data's main domain?"))).not.toMatch(/^Main skills/);
    expect(lead(await ask("what's his strongest area?"))).toMatch(/^Main skills, by how many roles use them/);
  });

  it("'why did he leave Decathlon?': he hasn't, the role is current; a past role's reasons are his", async () => {
    expect(lead(await ask("why did he leave decathlon?"))).toMatch(
      /^He hasn't left, by the CV: at Decathlon since May 2021, and still there\./,
    );
    expect(lead(await ask("pourquoi il est parti de chez Decathlon ?"))).toMatch(/^Il n'est pas parti, d'après le CV/);
    expect((await ask("pourquoi il a quitté MAIF ?")).reason).toBe("owner_only");
    // Why he would leave is his to say.
    expect((await ask("why would he leave Decathlon?")).reason).toBe("owner_only");
  });

  it("« Je vous saurais gré de bien vouloir m'indiquer si… » is politeness around the question", async () => {
    const a = await ask(
      "Je vous saurais gré de bien vouloir m'indiquer s'il a déjà mené une migration d'envergure vers le cloud.",
    );
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/^Voici ce que dit le profil chez Decathlon, .*AAA-Data/);
  });

  it("« 400 Go par jour ? » is a size the CV gives otherwise (400 To), not the Go language", async () => {
    const a = await ask("la plateforme traite 400 Go par jour ?");
    expect(lead(a)).toMatch(/^Le profil indique 400 To quotidiens chez Decathlon/);
  });
});

describe("follow-ups of the second round", () => {
  it("'what did they use?' after the team asks for the role's stack, not the team again", async () => {
    await ask("what did he do at MAIF?", "maif-used");
    await ask("how big was the team there?", "maif-used");
    expect(lead(await ask("what did they use?", "maif-used"))).toBe(
      "At MAIF (January 2019 – January 2020): PySpark, Jenkins, Docker, Zeppelin.",
    );
  });

  it("« elle sert 150 équipes ? » is checked against the 160 teams the CV gives", async () => {
    await ask("la plateforme de Decathlon traite combien de données ?", "teams-150");
    expect(lead(await ask("elle sert 150 équipes ?", "teams-150"))).toMatch(
      /^Le profil indique 160 équipes chez Decathlon/,
    );
  });

  it("a count of years alone checks his whole experience, or the time just asked about", async () => {
    expect(lead(await ask("5 ans min c'est bon ?"))).toMatch(/^Oui — environ .* d'expérience, de janvier 2019/);
    await ask("how long has he used Spark?", "spark-10");
    const ten = await ask("10 years?", "spark-10");
    expect(ten.answered).toBe(false);
    expect(lead(ten)).toMatch(/^No — Spark: about /);
    await ask("has he used Airflow?", "airflow-5");
    expect(lead(await ask("5 years?", "airflow-5"))).toMatch(/^Yes — Airflow: about /);
  });
});
