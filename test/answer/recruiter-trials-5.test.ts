import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What a dev set written from the CV alone (an ESN recruiter, a retailer's head of data, a bank's HR
// generalist, a startup CTO) and a recruiter's 300-message trial found wrong, fourteenth session.

const { ask } = trialChat();

describe("whole-profile questions in an HR generalist's long sentences", () => {
  it("« l'ensemble des entreprises et organismes pour lesquels il a travaillé » lists his employers", async () => {
    const a = await ask(
      "Bonjour, pourriez-vous me lister l'ensemble des entreprises et organismes pour lesquels il a travaillé ? " +
        "Merci beaucoup pour votre aide.",
    );
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/^5 employeurs/);
    for (const employer of ["Decathlon", "EPISEN", "AAA-Data", "Pernod Ricard", "MAIF"])
      expect(lead(a)).toContain(employer);
    expect(lead(await ask("which organisations has he been employed by?"))).toMatch(/^5 employers/);
  });

  it("« en quelle année a-t-il débuté sa carrière ? » gives his first role and its dates", async () => {
    const a = await ask("Bonjour, en quelle année a-t-il débuté sa carrière, et chez quel employeur ? Merci beaucoup.");
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/MAIF.*janvier 2019/);
    expect(lead(await ask("when did he begin his career?"))).toMatch(/MAIF.*January 2019/);
  });
});

describe("two questions in one French sentence", () => {
  it("« …et est-il titulaire d'une certification ? » answers the first and says the second is his to say", async () => {
    const a = await ask("a-t-il fait du Spark, et est-il titulaire d'une certification cloud ?");
    expect(lead(a)).toMatch(/^Oui — Spark/);
    expect(a.answer).toMatch(/ni diplômes ni certifications/);
  });

  it("« il a fait du spark et est-il dispo ? » keeps Spark beside the availability note", async () => {
    const a = await ask("il a fait du spark et est-il dispo ?");
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/^Oui — Spark/);
    expect(a.answer).toMatch(/disponibilités/);
  });

  it("« a-t-il fait du Spark et connaît-il Kafka ? » gives a verdict for each", async () => {
    const a = await ask("a-t-il fait du Spark et connaît-il Kafka ?");
    expect(lead(a)).toMatch(/^Oui — Spark : utilisé/);
    expect(a.answer).toMatch(/^Kafka : enseigné à EPISEN/m);
  });
});

describe("what the profile doesn't say, never a yes", () => {
  it("studying at the school he teaches at is his education, which the profile doesn't list", async () => {
    for (const q of ["did he study at EPISEN?", "il a etudie a l'EPISEN ?", "what school did he go to?"]) {
      const a = await ask(q);
      expect(a.answered, q).toBe(false);
      expect(lead(a), q).not.toMatch(/^(Yes|Oui)/);
    }
  });

  it("the contract he would accept next is his to say, not what his past contracts were", async () => {
    for (const q of [
      "does he accept CDI or only freelance?",
      "would he go back to a permanent contract?",
      "accepte-t-il un CDI ?",
    ]) {
      const a = await ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.reason, q).toBe("owner_only");
    }
  });

  it("a technique beside the CV's is not the CV's: TDD, CDC, a recommendation engine", async () => {
    expect(lead(await ask("does he do TDD?"))).not.toMatch(/^Yes/);
    expect(lead(await ask("has he done CDC?"))).not.toMatch(/^Yes/);
    const rec = await ask("has he built a recommendation engine?");
    expect(rec.answered).toBe(false);
    // (An engine is no engineering: nothing of it is held.)
    expect(lead(rec)).toMatch(/^The profile doesn't mention “recommendation”\.$/);
    // The neighbours are still found by their own names.
    expect(quoted(await ask("has he written unit tests?")).join(" ")).toMatch(/unit tests/);
    expect(lead(await ask("has he done incremental loads?"))).toMatch(/^Yes/);
  });
});

describe("a job's list pasted after the question", () => {
  const list = ["* Expertise Databricks", "* Delta Lake", "* Unity Catalog", "* Secteur assurance", "* Encadrement"];

  it("« est-ce qu'il matche avec cette fiche ? » then bullets: each bullet checked, none dropped", async () => {
    const a = await ask(["Bonjour, est-ce qu il matche avec cette fiche ?", ...list].join("\n"));
    expect(a.answered).toBe(true);
    // (Unity Catalog: a migration strategy and a POC only, partly met.)
    expect(lead(a)).toMatch(/^Répond à 3 exigences sur 5\./);
    const lines = a.answer.split("\n").filter((l) => l.startsWith("• "));
    expect(lines.map((l) => l.split(" :")[0])).toEqual([
      "• Databricks",
      "• Delta Lake",
      "• Unity Catalog",
      "• Secteur assurance",
      "• Encadrement",
    ]);
    // The insurance sector is MAIF's, an insurer: a short line the reading knows no rule for is still judged.
    const insurance = a.citations[Number(/Secteur assurance : ✔ oui \[(\d+)\]/.exec(a.answer)![1]) - 1]!;
    expect(insurance.role?.employer).toBe("MAIF");
  });

  it('a heading over the list ("Required:") is not a requirement', async () => {
    const a = await ask("Required:\n- Spark, Airflow\n- Unity Catalog\n- Insurance sector\ndoes he fit?");
    expect(a.answer).not.toMatch(/Required/);
    expect(lead(a)).toMatch(/^Meets 3 of 4 requirements\. Partly: Unity Catalog/);
  });
});

describe("a figure claimed with its period", () => {
  it("'400 TB per month, right?' is not the CV's '400 TB daily': no yes, and the period is said", async () => {
    const monthly = await ask("it's 400 TB per month right?");
    expect(monthly.answered).toBe(false);
    expect(lead(monthly)).toMatch(/gives 400 TB daily at Decathlon, since May 2021, not 400 TB per month/);
    expect(quoted(monthly)[0]).toMatch(/400 TB daily/);
    expect(lead(await ask("does his platform process 400 TB a day?"))).toMatch(/^Yes/);
    expect((await ask("il traite 400 To par mois ?")).answered).toBe(false);
  });
});

describe("a chat as a recruiter has it", () => {
  it("'how many people?' after 'has he mentored anyone?' counts them, in either language", async () => {
    await ask("has he mentored anyone?", "count-en");
    const en = await ask("how many people?", "count-en");
    expect(en.answered).toBe(true);
    expect(lead(en)).toMatch(/^He supervised 2 junior data engineers at AAA-Data/);
    await ask("a-t-il encadré des juniors ?", "count-fr");
    expect(lead(await ask("combien ?", "count-fr"))).toMatch(/^Il a encadré 2 data engineers junior/);
  });

  it("'how long?' after a skill is how long he used it; the next skill asked keeps to that, at no role", async () => {
    await ask("il a fait du snowflake ?", "long-fr");
    expect(lead(await ask("combien de temps ?", "long-fr"))).toMatch(/^Snowflake : environ 1 an et 5 mois/);
    // The role the answer named was never asked about: Databricks is not judged at AAA-Data alone.
    expect(lead(await ask("et databricks ?", "long-fr"))).toMatch(
      /^Databricks : environ \d+ ans.*Decathlon.*Pernod Ricard/,
    );
    await ask("has he used airflow?", "long-en");
    expect(lead(await ask("how long?", "long-en"))).toMatch(/^Airflow: about \d+ years/);
  });

  it("a question about nothing of his ('who won the world cup 2018?') is off topic, not a CV word", async () => {
    for (const q of ["who won the world cup 2018?", "what's the weather like in Paris today?"]) {
      const a = await ask(q);
      expect(a.reason, q).toBe("off_topic");
      expect(a.citations, q).toEqual([]);
    }
    // A question of the profile's, with no "he" in it, is still answered.
    expect((await ask("how many teams use the Decathlon platform?")).answered).toBe(true);
  });

  it("'lol is he single?' is his private life, never 'lol' not in the profile", async () => {
    const a = await ask("lol is he single?");
    expect(a.reason).toBe("owner_only");
    expect(lead(a)).toMatch(/private life/);
  });
});

describe("teaching asked in a recruiter's French", () => {
  it("« il a deja forme des gens ? », « il donne des cours ou ? »: both places he teaches and trains", async () => {
    for (const q of ["il a deja forme des gens ?", "il donne des cours ou ?"]) {
      const a = await ask(q);
      expect(a.answered, q).toBe(true);
      expect(lead(a), q).toMatch(/^Chez EPISEN \(depuis novembre 2022\).*Il forme aussi : Pernod Ricard/);
    }
  });
});

describe("a second recruiter trial: conversations and whole-profile questions", () => {
  it("'So he was a Tech Lead at AAA-Data, correct?' is checked against his title, never a yes", async () => {
    for (const q of ["So he was a Tech Lead at AAA-Data, correct?", "ok so he was tech lead at MAIF right?"]) {
      const a = await ask(q);
      // (The title as the asker wrote it: "a Tech Lead", "tech lead".)
      expect(lead(a), q).toMatch(/his title is Data Engineer; the profile doesn't say he was (a )?tech lead/i);
    }
  });

  it("'What did he do at MAIF and at AAA-Data?' gives each role's overview, not an FAQ line", async () => {
    const a = await ask("What did he do at MAIF and at AAA-Data?");
    expect(a.answer).toMatch(/^At AAA-Data \(Data Engineer, January 2020 – May 2021\):/m);
    expect(a.answer).toMatch(/^At MAIF \(Data Engineer, January 2019 – January 2020\):/m);
    expect(a.citations.every((c) => c.source !== "faq.md")).toBe(true);
  });

  it("'what contract types has he had?' is his contract history", async () => {
    for (const q of ["what contract types has he had?", "which types of contracts has he worked on?"])
      expect(lead(await ask(q)), q).toMatch(
        /^Freelance: Decathlon \(since May 2021\), EPISEN.*permanent contracts: AAA-Data/,
      );
  });

  it("'his top 3 achievements with numbers' asks for his results: the 3 is how many, not a subject", async () => {
    expect(lead(await ask("what are his top 3 achievements with numbers?"))).toBe(
      "Results the profile gives with figures:",
    );
  });

  it("'How many years of experience and which industries?' answers both", async () => {
    const a = await ask("How many years of experience and which industries?");
    expect(lead(a)).toMatch(/^About 7 years and \d+ months? of experience/);
    expect(a.answer).toMatch(/^The CV describes his employers as follows:/m);
  });
});

describe("what a cold review of this session's changes found", () => {
  it("a short job line is met only in its own words; money and one-letter names are never lost", async () => {
    const a = await ask("Required:\n- Spark\n- Team player\n- 600€/day\n- C++\n- R\ndoes he fit?");
    expect(a.answer).toMatch(/^• Team player: ◐ partly/m);
    expect(a.answer).not.toMatch(/600/);
    expect(a.answer).toMatch(/^• C\+\+: ✘ not in the profile$/m);
    expect(a.answer).toMatch(/^• R: ✘ not in the profile$/m);
  });

  it("'would he be interested in this mission?' then a list is his to say, never a yes", async () => {
    const a = await ask("Would he be interested in this mission?\n- Paris, 3 days on site\n- 6 months\n- 600€/day");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/not what he would want next/);
  });

  it("words near the new owner-only ones are still skill questions", async () => {
    for (const q of [
      "does he take on architecture decisions?",
      "has he studied performance bottlenecks in Spark?",
      "does he have a partner for Databricks?",
    ]) {
      const a = await ask(q);
      expect(a.reason, q).not.toBe("owner_only");
    }
  });

  it("'how many people?' after 'has he trained people?' gives no roster for a count the CV doesn't give", async () => {
    await ask("has he trained people?", "trained-count");
    const a = await ask("how many people?", "trained-count");
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/^Team/);
  });

  it("'how long?' after a taught skill is the teaching's time, role by role", async () => {
    await ask("has he taught Spark?", "taught-long");
    const a = await ask("how long?", "taught-long");
    expect(lead(a)).toMatch(/^At EPISEN since November 2022/);
    expect(lead(a)).not.toMatch(/Decathlon/);
  });

  it("a figure's period is read a word or two after its unit, in both languages", async () => {
    expect((await ask("does the platform ingest 2000 tables per month?")).answered).toBe(false);
    expect((await ask("il traite 400 To chaque mois ?")).answered).toBe(false);
  });

  it("'has he built anything with Kafka?' is taught, not built: partial, and no 'Yes'", async () => {
    const a = await ask("has he built anything with Kafka?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^The profile mentions (“Kafka”|it) at EPISEN/);
    expect(lead(a)).not.toMatch(/^Yes/);
  });
});

describe("follow-ups a second recruiter trial chained", () => {
  it("'was he leading the team?' after Decathlon's team is asked of Decathlon, never a yes from AAA-Data", async () => {
    await ask("tell me about his time at Decathlon", "team-lead");
    await ask("how many people in the team?", "team-lead");
    const a = await ask("was he leading the team?", "team-lead");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(
      /^The profile doesn't say he led people at Decathlon; it shows he supervised others at AAA-Data/,
    );
  });

  it("'how much data?' never names 'much' as missing: the data volumes it gives", async () => {
    const a = lead(await ask("how much data?"));
    expect(a).toMatch(/400 TB daily/);
    expect(a).not.toMatch(/much/);
  });
});

describe("more follow-ups from the second trial", () => {
  it("« il a fait quoi avec ? » asks of the subject at the employer named, not of the duration", async () => {
    for (const q of ["il connait airflow ?", "depuis combien de temps ?", "et chez AAA-Data ?"])
      await ask(q, "with-it");
    const a = await ask("il a fait quoi avec ?", "with-it");
    expect(lead(a)).not.toMatch(/temps/);
    expect(a.answer).toMatch(/Airflow/);
  });

  it("'how long in total?' after a skill's start is how long he used it", async () => {
    await ask("has he used Spark?", "in-total");
    await ask("since when?", "in-total");
    expect(lead(await ask("how long in total?", "in-total"))).toMatch(/^Spark: about 7 years/);
  });

  it("« quelles matieres ? » after « il donne des cours ? » is what he teaches", async () => {
    await ask("il donne des cours ?", "subjects");
    expect(lead(await ask("quelles matieres ?", "subjects"))).toMatch(/^Chez EPISEN .*enseigné : Spark, Kafka/);
  });
});

describe("the kind of tool asked as experience", () => {
  it("'what's his experience with cloud?', « xp en cloud ? » name his cloud tools", async () => {
    const en = await ask("what's his experience with cloud?");
    expect(lead(en)).toMatch(/^For cloud, the profile names: AWS \(Decathlon\)/);
    expect(en.answer).not.toMatch(/new cloud entrants/);
    expect(lead(await ask("xp en cloud ?"))).toMatch(/^Côté cloud, le profil cite : AWS \(Decathlon\)/);
    // A technology named is a skill question still.
    expect(lead(await ask("what's his experience with Spark?"))).toMatch(/^Spark: used at Decathlon/);
  });
});

describe("the whole profile, asked in other words", () => {
  it("'what is he best at?', « il est bon en quoi ? » are his main skills; English level is his", async () => {
    expect(lead(await ask("what is he best at?"))).toMatch(/^Main skills, by how many roles use them/);
    expect(lead(await ask("il est bon en quoi ?"))).toMatch(/^Compétences principales/);
    expect((await ask("what's his level in english?")).reason).toBe("owner_only");
  });
});

describe("a third recruiter trial, in French as recruiters type it", () => {
  it("« il etait combien dans l'equipe chez decathlon ? » is the team, not his time there", async () => {
    expect(lead(await ask("il etait combien dans l'equipe chez decathlon ?"))).toMatch(
      /^Équipe, telle que le profil la décrit : 7 personnes chez Decathlon/,
    );
    expect(lead(await ask("combien d ans chez decathlon ?"))).toMatch(/^Chez Decathlon depuis mai 2021/);
  });

  it("'how big were his teams?' gives every roster; 'how many teams use it?' still counts teams", async () => {
    expect(lead(await ask("How big were his teams?"))).toMatch(/^Team, as the profile lists it: 7 people at Decathlon/);
    expect(quoted(await ask("how many teams use the platform?")).join(" ")).toMatch(/160 teams/);
  });

  it("« xp ? », 'exp?' alone ask his total experience", async () => {
    for (const q of ["xp ?", "exp?", "son xp ?"])
      expect(lead(await ask(q)), q).toMatch(/^(About|Environ) 7 (years|ans)/);
  });

  it("« et il faisait quoi ? » after « il a bosse chez AAA data ? » is that role's overview", async () => {
    await ask("il a bosse chez AAA data ?", "doing");
    expect(lead(await ask("et il faisait quoi ?", "doing"))).toMatch(/^Chez AAA-Data \(Data Engineer, janvier 2020/);
  });

  it("'any examples?' after a skill asks for its passages, never 'examples' as a missing word", async () => {
    await ask("has he done encryption?", "examples");
    const a = await ask("any examples?", "examples");
    expect(a.answer).not.toMatch(/examples/);
    expect(a.citations.length).toBeGreaterThan(0);
  });
});

describe("where, asked in a recruiter's French", () => {
  it("« il est ou base ? » is his to say; « chez qui ? » after a subject says where it is", async () => {
    expect((await ask("il est ou base ?")).reason).toBe("owner_only");
    await ask("il a fait de la migration cloud ?", "where-subject");
    const a = await ask("chez qui ?", "where-subject");
    expect(lead(a)).not.toMatch(/^5 employeurs/);
    expect(lead(a)).toMatch(/Decathlon.*AAA-Data/);
  });
});

describe("what a second cold review found", () => {
  it("studying a discipline is his education; studying a thing at work is not", async () => {
    for (const q of ["did he study engineering?", "has he studied machine learning?", "il a étudié l'informatique ?"])
      expect((await ask(q)).reason, q).toBe("owner_only");
    expect((await ask("has he studied performance bottlenecks in Spark?")).reason).not.toBe("owner_only");
  });

  it("what he would accept or prefer next is his to say, however the job is described", async () => {
    for (const q of [
      "does he accept a 6-month mission?",
      "il accepte des missions ?",
      "would he move?",
      "which contract type does he prefer?",
    ])
      expect((await ask(q)).reason, q).toBe("owner_only");
    expect((await ask("does he prefer Python or Scala?")).answered).toBe(true);
  });

  it("'Which version?' after a question stays with it; '~5 yrs' is about five years, not struck out", async () => {
    const version = await ask("Has he used Airflow? Which version?");
    expect(version.answer).not.toMatch(/Pickling/);
    const approx = await ask("does he have ~5 yrs with Spark and ~ 3 with Airflow?");
    expect(lead(approx)).toMatch(/^Spark: about \d+ years/);
  });

  it("'how long?' after 'has he done Spark?' is how long he used it; 'how many in total?' counts", async () => {
    await ask("has he done Spark?", "done-long");
    expect(lead(await ask("how long?", "done-long"))).toMatch(/^Spark: about 7 years/);
    await ask("has he mentored juniors?", "in-total-count");
    expect(lead(await ask("how many in total?", "in-total-count"))).toMatch(/^He supervised 2 junior/);
  });

  it("a fit line's generic word ('background') doesn't decide: 'Insurance background' is met", async () => {
    const a = await ask("Required:\n- Spark\n- Insurance background\ndoes he fit?");
    expect(a.answer).toMatch(/^• Insurance background: ✔ met/m);
  });

  it("'what is his experience with cloud?' names cloud tools; governance, a practice, its passages", async () => {
    expect(lead(await ask("what is his experience with cloud?"))).toMatch(/^For cloud, the profile names: AWS/);
    expect(lead(await ask("what's his experience with governance?"))).not.toMatch(/^For governance/);
  });

  it("'tell me about MAIF and AAA-Data' gives both roles' overviews", async () => {
    const a = await ask("tell me about MAIF and AAA-Data");
    expect(a.answer).toMatch(/^At AAA-Data \(Data Engineer/m);
    expect(a.answer).toMatch(/^At MAIF \(Data Engineer/m);
  });
});

describe("leading the team at hand, in either language", () => {
  it("« il dirigeait l'équipe ? », 'was he in charge of the team?' after Decathlon: no yes from AAA-Data", async () => {
    for (const [q, id] of [
      ["il dirigeait l'équipe ?", "lead-fr"],
      ["was he in charge of the team?", "lead-en"],
    ] as const) {
      await ask("tell me about his time at Decathlon", id);
      const a = await ask(q, id);
      expect(a.answered, q).toBe(false);
      expect(lead(a), q).toMatch(/Decathlon/);
    }
  });
});

describe("names one after the other after a few words that ask", () => {
  it("« il connait pandas numpy sklearn ? », 'has he used spark kafka flink?' give a verdict per name", async () => {
    const fr = await ask("il connait pandas numpy sklearn ?");
    expect(fr.answer).toMatch(/NumPy : oui — utilisé chez AAA-Data/);
    expect(fr.answer).toMatch(/Scikit-learn : oui/);
    const en = await ask("has he used spark kafka flink?");
    expect(en.answer).toMatch(/^Spark: yes/);
    expect(en.answer).toMatch(/Flink: not in the profile/);
    // "numpy scikit-learn": a hyphen inside a name doesn't stop the list. (« … ? », spaced: French typography.)
    expect(lead(await ask("numpy scikit-learn?"))).toMatch(/^NumPy: yes.*Scikit-learn: yes/);
    expect(lead(await ask("numpy scikit-learn ?"))).toMatch(/^NumPy : oui.*Scikit-learn : oui/);
  });
});

describe("a skill asked at an employer that doesn't hold it", () => {
  it("'did he use Airflow at MAIF?' names every role that holds it, not only the first", async () => {
    const a = await ask("did he use Airflow at MAIF?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(
      /^The profile mentions “Airflow” at Decathlon, since May 2021; AAA-Data .*, but not at MAIF\.$/,
    );
  });
});
