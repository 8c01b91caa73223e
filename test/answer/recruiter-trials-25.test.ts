import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the thirty-fourth session's dev set 39 (a Bangalore recruiter's Indian English, a Berlin CTO, a Bordeaux
// consultant's formal French, an HR apprentice's texting) and a recruiter's trial of the terminal chat found wrong.

const { ask } = trialChat();

describe("what the asker will do with the answer is no part of the question", () => {
  it.each([
    [
      "Hi good morning. Kindly let me know total years of exp of the candidate till date, need to update in tracker.",
      /of experience/,
    ],
    [
      "Dear, kindly revert back with names of all the organisations he has worked with so far. " +
        "Required for BGV purpose.",
      /^5 employers/,
    ],
    ["Salut, tu peux me lister toutes les boites ou il est passe ? c pour le DC client", /^5 employeurs/],
  ])("'%s' is answered, the purpose unread", async (q, expected) => {
    const a = await ask(q);
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(expected);
    expect(lead(a)).not.toMatch(/tracker|BGV|DC/);
  });

  it("'PFA the client format. Kindly share his employment history in chronological order …'", async () => {
    const a = await ask(
      "Hi Sir, PFA the client format. Kindly share his employment history in chronological order with from and to " +
        "dates and do the needful at the earliest.",
    );
    expect(lead(a)).toMatch(/^5 employers, oldest first: MAIF/);
  });

  it("« …afin que je puisse le soumettre à notre client, un acteur de la distribution ? » is his summary", async () => {
    const a = await ask(
      "Pourriez-vous me présenter en quelques lignes son parcours et ses principaux atouts, afin que je puisse le " +
        "soumettre à notre client, un acteur bordelais de la grande distribution ?",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Compétences principales/);
    expect(a.answer).not.toMatch(/distribution/i);
  });

  it("'…for submission to UK client, they want to know his strengths.': summary, then skills", async () => {
    const a = await ask(
      "Kindly give brief profile summary of the candidate in 4-5 lines for submission to UK client, " +
        "they want to know " +
        "his strengths.",
    );
    expect(lead(a)).toMatch(/^Senior Data Engineer at Decathlon/);
    expect(a.answer).toMatch(/Main skills, by how many roles use them/);
    expect(a.answer).not.toMatch(/“UK”/);
  });

  it("'client wants to know if he has team handling exp … Also PFA JD line: …': both answered", async () => {
    const a = await ask(
      "Hi, client wants to know if he has team handling exp, how many members he has managed. Also PFA JD line: " +
        "'Strong experience writing Airflow DAGs in Python'. Is he matching this?",
    );
    expect(lead(a)).toMatch(/^He supervised 2 junior data engineers at AAA-Data/);
    expect(a.answer).toMatch(/Airflow: automatic generation of DAGs \(Python\)/);
    expect(a.answer).not.toMatch(/PFA/);
  });
});

describe("a wish of the asker's side asks whether he has it", () => {
  it("'…propensity model kind of work. Insurance domain exp is preferable for this req.': both quoted", async () => {
    const a = await ask(
      "Kindly confirm whether he has done any customer scoring / propensity model kind of work. Insurance domain exp " +
        "is preferable for this req.",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/propensity scoring system/);
    expect(a.answer).toMatch(/mutual insurance company/);
    expect(a.answer).not.toMatch(/“req”|preferable/);
  });

  it("« Une expérience dans l'assurance serait un plus. A-t-il fait du scoring ? » answers both", async () => {
    const a = await ask("Une expérience dans l'assurance serait un plus. A-t-il fait du scoring ?");
    expect(a.answer).toMatch(/mutuelle d'assurance/);
    expect(a.answer).toMatch(/scoring d'appétence/);
  });

  it("'Docker is a must, ArgoCD nice to have' still lists the job's wishes, one verdict each", async () => {
    const a = await ask("containers: Docker is a must, ArgoCD nice to have");
    expect(lead(a)).toMatch(/^Docker: yes .* · ArgoCD: not in the profile/);
  });
});

describe("several questions, the profile's and his own", () => {
  it("« il est bien freelance ? son TJM ? dispo quand ? »: the first answered, the rest his to say", async () => {
    const a = await ask("3 questions rapides : il est bien freelance ? son TJM ? dispo quand ?");
    expect(lead(a)).toMatch(/^Oui — le profil le mentionne chez Decathlon/);
    expect(lead(a)).toMatch(/taux journalier/);
    expect(lead(a)).toMatch(/disponibilités/);
  });

  it("a numbered job's lines with a language among them: the skills quoted, the languages his to say", async () => {
    const a = await ask(
      "Please confirm the following three competencies listed in the job description: (1) engagement with " +
        "non-technical business stakeholders, (2) data governance, (3) fluency in both English and French.",
    );
    expect(a.answer).toMatch(/data governance: yes — Decathlon/);
    expect(a.answer).toMatch(/doesn't say which languages he speaks/);
  });

  it("« master, ingénieur civil ? » after « quel diplôme ? » names kinds of degree: his to say", async () => {
    const a = await ask("Il a quel diplome? master, ingenieur civil? the client wants the degree on the CV");
    expect(a.reason).toBe("owner_only");
    expect(quoted(a)).toEqual([]);
  });

  it("'Kindly give brief profile summary … . What are his strengths?' answers the summary and the skills", async () => {
    const a = await ask("Kindly give brief profile summary of the candidate in 4-5 lines. What are his strengths?");
    expect(lead(a)).toMatch(/^Senior Data Engineer at Decathlon/);
    expect(a.answer).toMatch(/Main skills, by how many roles use them/);
  });
});

describe("what the profile says was done instead", () => {
  it("'Did he process the data directly on S3?' is no: he saved it on HDFS instead", async () => {
    const a = await ask("Did he process the data directly on S3 at Decathlon?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^No — the profile says otherwise at Decathlon/);
    expect(quoted(a)[0]).toMatch(/on HDFS instead of processing the data directly on S3/);
  });

  it("'Did he store the big JDBC tables in parquet?' is no: .avro rather than parquet, in both languages", async () => {
    expect(lead(await ask("Did he store the big JDBC tables in parquet?"))).toMatch(/^No — the profile says otherwise/);
    expect(lead(await ask("a-t-il stocké les tables JDBC en parquet ?"))).toMatch(/^Non — le profil dit le contraire/);
  });

  it.each([
    ["Has he used S3?", /^Yes — S3: used at Decathlon/],
    ["did he save the JDBC tables in avro?", /^Yes — the profile mentions it at Decathlon/],
    ["does he know parquet and avro?", /^Yes — the profile mentions it at Decathlon/],
  ])("'%s' is still a yes: what was done, or known", async (q, expected) => {
    expect(lead(await ask(q))).toMatch(expected);
  });
});

describe("confidently wrong answers the trial found", () => {
  it.each(["Was the AAA-Data migration done with downtime?", "Did the Snowflake migration cause any outage?"])(
    "'%s' is no: 'with no service interruption'",
    async (q) => {
      const a = await ask(q);
      expect(a.answered).toBe(false);
      expect(lead(a)).toMatch(/^No — the profile says otherwise at AAA-Data/);
    },
  );

  it("« y a-t-il eu des coupures pendant la migration Snowflake ? » is no, in French", async () => {
    expect(lead(await ask("y a-t-il eu des coupures pendant la migration Snowflake ?"))).toMatch(
      /^Non — le profil dit le contraire chez AAA-Data/,
    );
  });

  it("'used by 1,600 teams?' reads 1,600 as one figure: the profile gives 160", async () => {
    const a = await ask("Is the Decathlon platform used by 1,600 teams?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^The profile gives 160 teams at Decathlon, since May 2021, not 1,600 teams\.$/);
  });

  it("« il ingère 2 000 tables par jour ? » reads « 2 000 » as one figure, the CV's 2000", async () => {
    const a = await ask("il ingère 2 000 tables par jour ?");
    expect(a.answered).toBe(true);
    expect(quoted(a)[0]).toMatch(/2000 tables ingérées quotidiennement/);
  });

  it("'has he passed the TOEIC?' is a test the profile doesn't name, not the word 'topic'", async () => {
    const a = await ask("has he passed the TOEIC?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toBe("The profile doesn't mention “TOEIC”.");
  });

  it("'Did he lead the Snowflake migration at Decathlon?' doesn't quote 'lead' as if the CV said it", async () => {
    const a = await ask("Did he lead the Snowflake migration at Decathlon?");
    expect(lead(a)).toMatch(/^The profile mentions “Snowflake migration” at AAA-Data .*, but not at Decathlon\.$/);
  });

  it("'Did he go from freelance to permanent or the other way?' asks which way: no 'Yes'", async () => {
    const a = await ask("Did he go from freelance to permanent or the other way?");
    expect(lead(a)).not.toMatch(/^Yes/);
    expect(a.answer).toMatch(/permanent contracts \(CDI\)/);
  });
});

describe("his career, as the trial asked it", () => {
  it.each([
    ["Est-ce un profil senior ?", /^Senior Data Engineer chez Decathlon/],
    ["is this a senior profile?", /^Senior Data Engineer at Decathlon/],
  ])("'%s' is his title and experience, not 'not specified'", async (q, expected) => {
    expect(lead(await ask(q))).toMatch(expected);
  });

  it.each([
    ["Did he join Decathlon before MAIF?", /^MAIF \(January 2019 – January 2020\) began first, then Decathlon/],
    [
      "Est-ce qu'il a rejoint Decathlon avant la MAIF ?",
      /^MAIF \(janvier 2019 – janvier 2020\) a commencé d'abord, puis Decathlon/,
    ],
    ["was he at AAA-Data before Decathlon?", /^AAA-Data \(January 2020 – May 2021\) began first, then Decathlon/],
  ])("'%s' says which came first", async (q, expected) => {
    expect(lead(await ask(q))).toMatch(expected);
  });

  it("'Give me a timeline of his career' is in time order, oldest first", async () => {
    expect(lead(await ask("Give me a timeline of his career"))).toMatch(/^5 employers, oldest first: MAIF/);
  });

  it("'Did he supervise 5 junior engineers at AAA-Data?' gets the number the profile gives", async () => {
    const a = await ask("Did he supervise 5 junior engineers at AAA-Data?");
    expect(lead(a)).toMatch(/^The profile says he supervised 2, not 5, at AAA-Data/);
    expect(lead(await ask("a-t-il encadré une équipe de plus de 5 personnes ?"))).toMatch(
      /^Le profil indique qu'il a encadré 2 personnes, pas 5/,
    );
  });

  it("'Did he teach Snowflake at EPISEN?' says Snowflake isn't there, not 'EPISEN at EPISEN'", async () => {
    const a = await ask("Did he teach Snowflake at EPISEN?");
    expect(lead(a)).toMatch(/^The profile doesn't mention “Snowflake” at EPISEN/);
  });

  it("« A t il deja fait du machine learning », typed without hyphens, is asked yes or no", async () => {
    expect(lead(await ask("A t il deja fait du machine learning"))).toMatch(/^Oui — le profil le mentionne/);
  });
});

describe("a second batch: ordinals, a second ask joined, the way something was done", () => {
  it("« premièrement, … ; deuxièmement, … ; et enfin, … ? » asks three things, each answered", async () => {
    const a = await ask(
      "Pourriez-vous m'indiquer : premièrement, s'il a déjà protégé des données RH sensibles sur plusieurs clouds ; " +
        "deuxièmement, comment la gouvernance des tables était assurée chez Decathlon ; et enfin, s'il dispose " +
        "d'une certification RGPD ? Avec mes remerciements, Sandrine",
    );
    expect(a.answer).toMatch(/stratégie cross-cloud de chiffrement/);
    expect(a.answer).toMatch(/Gouvernance : mapping de chaque table/);
    expect(a.answer).toMatch(/ni diplômes ni certifications/);
    expect(a.answer).not.toMatch(/Sandrine|remerciements/);
  });

  it("« le volume horaire…, et me confirmer qu'il y aborde le ML ? »: the hours, then the ML", async () => {
    const a = await ask(
      "Concernant son activité d'enseignement à l'EPISEN, pourriez-vous me préciser le volume horaire de ses " +
        "interventions, et me confirmer qu'il y aborde également l'apprentissage automatique ?",
    );
    expect(lead(a)).toMatch(/^« 10h TP : .* » \[1\] ; « 10h CM : .* » \[2\] — chez EPISEN/);
    expect(a.answer).toMatch(/techniques de base de Machine Learning/);
  });

  it("'how many hours does he teach at EPISEN?' gives the hours in the lead, '10 h' written short", async () => {
    expect(lead(await ask("how many hours does he teach at EPISEN?"))).toMatch(/^“10 h of lectures: .*” \[1\]/);
  });

  it("« et ya de la dataviz aussi ou pas » is a second question; « ya du ML … donc je pense » not", async () => {
    const viz = await ask(
      "chez pernod ricard il a fait quoi niveau machine learning ? et ya de la dataviz aussi ou pas",
    );
    expect(viz.answer).toMatch(/Formation aux algorithmes de base de Machine Learning/);
    expect(viz.answer).toMatch(/visualisation de données/i);
    const deep = await ask("il a fait du deep learning ? ya du machine learning sur son cv donc jpense que oui");
    expect(lead(deep)).toBe("Le profil ne mentionne pas « deep learning ».");
    expect(deep.answered).toBe(false);
  });

  it("'how did he bring down the S3 bill on EMR?' gets no 'yes' from the stack line's names", async () => {
    const a = await ask("how did he bring down the s3 request bill on emr? some kind of staging?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^The profile mentions “s3” and “emr” at Decathlon, .*but not/);
  });

  it("« Notre client étant une mutuelle, … la mission réalisée chez MAIF : le contexte, … »", async () => {
    const a = await ask(
      "Notre client étant une mutuelle, pourriez-vous m'en dire davantage sur la mission réalisée chez MAIF : le " +
        "contexte, ce qu'il y a concrètement accompli et les technologies employées ?",
    );
    expect(lead(a)).toMatch(/^Chez MAIF \(Data Engineer, janvier 2019 – janvier 2020\) :$/);
  });

  it("'did he do the move from the old datalake?' is the CV's 'Migration from Datalake to Lakehouse'", async () => {
    const a = await ask("lakehouse: did he do the move from the old datalake? ever write into unity catalog from emr?");
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at Decathlon/);
    expect(quoted(a)[0]).toMatch(/Migration from Datalake to Lakehouse/);
    expect(a.answer).toMatch(/A POC for writing to Unity Catalog from EMR/);
  });
});

describe("an employer written apart, dictated punctuation, a noun described", () => {
  it.each([
    ["did he work at AAA Data?", /^Yes — the profile mentions it at AAA-Data/],
    ["il a bossé chez Pernod-Ricard ?", /^Oui — le profil le mentionne chez Pernod Ricard/],
  ])("'%s' is his employer, written another way (was 'not among his employers')", async (q, expected) => {
    expect(lead(await ask(q))).toMatch(expected);
  });

  it("« combien de temps il est resté chez ma if » reads « ma if » as MAIF, and says so", async () => {
    expect(lead(await ask("combien de temps il est resté chez ma if"))).toMatch(
      /^Je lis « ma if » comme « MAIF »\. Chez MAIF de janvier 2019 à janvier 2020 — 1 an\./,
    );
  });

  it("« …au total virgule depuis le début de sa carrière » counts his years, « virgule » being a comma", async () => {
    const a = await ask("combien d'années d'expérience il a au total virgule depuis le début de sa carrière");
    expect(lead(a)).toMatch(/^Environ \d+ ans et \d+ mois d'expérience, de janvier 2019/);
  });

  it("« …des tests automatisés pour son code de pipelines ? »: tests are what is asked, no yes", async () => {
    const a = await ask("Est-ce qu'il écrit des tests automatisés pour son code de pipelines ?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/pas « tests/);
  });

  it("'…automated tests for his data pipelines?': his ingestion's unit tests (its DAGs are pipelines)", async () => {
    const a = await ask("Hello, does candidate write automated tests for his data pipelines?");
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at Decathlon/);
    expect(a.answer).toMatch(/unit tests across all ingestion components/);
    expect(a.answer).not.toMatch(/Automation of the processing/);
  });

  it("'Has he supported internal users…?' still reads 'supported' as the verb it is", async () => {
    const a = await ask("Has he supported internal users spread across different countries and time zones?");
    expect(a.answer).toMatch(/Technical support to user teams in an international context/);
  });
});

describe("what a second recruiter's trial found", () => {
  it("« minimum septante téraoctets traités par jour » is met by 400 To: a minimum is a floor", async () => {
    const a = await ask("Expérience de minimum septante téraoctets traités par jour. Qu'en est-il ?");
    expect(lead(a)).not.toMatch(/Pas avec ces chiffres/);
    expect(a.answer).toMatch(/400 To quotidiens/);
  });

  it("« Pourriez-vous me transmettre, s'il vous plaît, ses prétentions salariales… ? »: his to say", async () => {
    const a = await ask(
      "Pourriez-vous me transmettre, s'il vous plaît, ses prétentions salariales ainsi que son préavis ?",
    );
    expect(a.reason).toBe("owner_only");
    expect(lead(a)).toMatch(/prétentions salariales/);
    expect(lead(a)).not.toMatch(/exigence/);
  });

  it.each(["How many years has he been at it, roughly?", "how many years has he been in the game?"])(
    "'%s' is his years of experience",
    async (q) => {
      expect(lead(await ask(q))).toMatch(/^About \d+ years and \d+ months of experience, from January 2019/);
    },
  );

  it("« il a skillé sur spark et scala ? » asks whether he knows them: both yes", async () => {
    const a = await ask("il a skille sur spark et scala ?");
    expect(lead(a)).toMatch(/^Spark : oui — .* · Scala : oui/);
    expect(a.answer).not.toMatch(/Skills/);
  });
});

describe("what a cold reading of the change found", () => {
  it.each([
    ["A-t-il fait du traitement de données sur S3 ?", /^Oui/],
    ["Did he read data directly from S3?", /^Yes/],
  ])("'%s' is no 'No': the CV only says one job was done on HDFS instead", async (q, expected) => {
    expect(lead(await ask(q))).toMatch(expected);
  });

  it("'How did he use Docker and Jenkins at MAIF?' is his use of both, as MAIF's stack line says", async () => {
    expect(lead(await ask("How did he use Docker and Jenkins at MAIF?"))).toMatch(/^Docker: yes .* · Jenkins: yes/);
  });

  it("'As our client is an insurer, does he have similar experience?' keeps what 'similar' points to", async () => {
    const a = await ask("As our client is an insurer, does he have similar experience?");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/MAIF/);
  });

  it("'What was needed for the database migration at AAA-Data' is the question, no purpose of his", async () => {
    const a = await ask("What was needed for the database migration at AAA-Data");
    expect(a.answer).toMatch(/Snowflake/);
  });

  it("'A quick start is preferred. When can he start?': the asker's wish is no claim about him", async () => {
    const a = await ask("A quick start is preferred. When can he start?");
    expect(a.reason).toBe("owner_only");
    expect(quoted(a)).toEqual([]);
  });

  it("'Does he hold an MA, if yes where from?' joins no MAIF across the comma", async () => {
    expect(lead(await ask("Does he hold an MA, if yes where from?"))).not.toMatch(/MAIF/);
  });
});
