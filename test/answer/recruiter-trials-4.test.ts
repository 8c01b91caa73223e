import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerEngine } from "../../src/answer/answer-engine.js";
import { loadConfig } from "../../src/config/config.js";
import { createCore, type Core } from "../../src/core/create-core.js";
import type { Embedder } from "../../src/embeddings/embedder.js";
import { silentLogger } from "../../src/logging/logger.js";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";
import { createTestCore, freshDirs, TEST_TODAY } from "../helpers/test-core.js";

// What a dev set written from the CV alone (a headhunter's franglais, an HR generalist, a US hiring
// manager, a data lead) and the 100,000-passage bench found wrong, thirteenth session.

const { ask } = trialChat();

describe("a question naming two technologies", () => {
  it("is answered by the passage holding both and most of the rest, whatever one rarer word", async () => {
    const a = await ask(
      "did he ever have to port a pandas/sklearn codebase to something distributed because it couldn't cope " +
        "with real volumes?",
    );
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/Yes — the profile mentions it at MAIF/);
    expect(quoted(a)[0]).toMatch(/Port of the algorithms from Python \(pandas, scikit-learn\) to PySpark/);
  });

  it("still needs the rarest word when it names only one: a course outline is not Kafka in production", async () => {
    const a = await ask("Has he run Kafka in production?");
    expect(lead(a)).not.toMatch(/^Yes/);
  });
});

describe("the asker's own context", () => {
  it("« mon client est une fintech… »: the client is the asker's, never a word the profile lacks", async () => {
    const a = await ask(
      "super profil ! mon client est une fintech qui fait du paiement, il a deja bosse sur du streaming temps " +
        "reel ou c'est surtout du batch ? et Flink ca lui parle ?",
    );
    expect(lead(a)).not.toMatch(/client/);
    expect(lead(a)).toMatch(/Flink : absent du profil/);
    expect(quoted(a)[0]).toMatch(/streaming event-driven \(Apache Kafka\)/);
  });

  it("'our client is a bank: has he used Kafka?' is about Kafka", async () => {
    const a = await ask("our client is a bank: has he used Kafka?");
    expect(lead(a)).toMatch(
      /^Kafka: taught at EPISEN \(since November 2022\); the profile doesn't show it used in a role\./,
    );
  });

  it("reads 'org-wide' as the organisation, not a name the profile lacks", async () => {
    const a = await ask(
      "Has he owned a data platform that the rest of the company depends on? Something org-wide, not a side project.",
    );
    expect(a.answer).not.toMatch(/“org”/);
    expect(quoted(a)[0]).toMatch(/ingestion platform/);
  });
});

describe("'figures out' is a verb", () => {
  it("never turns a question into a list of the results with figures", async () => {
    const a = await ask("Has he built something that figures out which customers are most likely to buy?");
    expect(lead(a)).not.toMatch(/^Results the profile gives/);
    expect(lead(await ask("any figures on his results?"))).toMatch(/^Results the profile gives with figures/);
  });
});

describe("an answer the keywords alone decide", () => {
  let core: Core;
  beforeAll(async () => {
    core = await createTestCore();
  });
  /** The core's engine over an embedder that counts the questions it is asked to embed. */
  const counting = () => {
    const calls: string[] = [];
    const embedder: Embedder = {
      id: core.index.embedder.id,
      embedDocuments: (texts) => core.index.embedder.embedDocuments(texts),
      embedQuery: (text) => {
        calls.push(text);
        return core.index.embedder.embedQuery(text);
      },
    };
    const engine = createAnswerEngine({
      index: { ...core.index, embedder },
      profile: core.kb.profile,
      logger: silentLogger,
      maxQuestionChars: 1000,
      now: TEST_TODAY,
    });
    return { engine, calls };
  };

  it("doesn't wait for the embedding model; a question the keywords can't decide still uses it", async () => {
    const { engine, calls } = counting();
    const a = await engine.answer({ text: "Has he encrypted personal data?" });
    expect(a.answered).toBe(true);
    expect(quoted(a)[0]).toMatch(/encryption/i);
    expect(calls).toEqual([]);
    await engine.answer({ text: "how does he deal with messy records from different sources?" });
    expect(calls.length).toBeGreaterThan(0);
  });
});

describe("a knowledge folder of many roles", () => {
  let core: Core;
  beforeAll(async () => {
    const { dataDir, knowledgeDir } = freshDirs();
    const roles = Array.from({ length: 9 }, (_, i) => [
      `## Client ${i + 1} - Data Engineer - Freelance`,
      "January 2015 - December 2016",
      "",
      "- Technical supervision of 2 junior data engineers on the Spark pipelines",
      "",
    ]);
    writeFileSync(join(knowledgeDir, "portfolio.en.md"), ["# Portfolio", "", ...roles.flat()].join("\n"));
    const config = loadConfig({ DATA_DIR: dataDir, KNOWLEDGE_DIR: knowledgeDir, EMBEDDINGS_PROVIDER: "local" });
    core = await createCore(config, silentLogger, { now: TEST_TODAY });
  });
  afterAll(() => core.close());

  it("names six of them and says how many more, in lists of employers and of people supervised", async () => {
    const employers = lead(await core.engine.answer({ text: "who did he work for?" }));
    expect(employers).toMatch(/^14 employers, as the CV lists them: Decathlon .*; and 8 more\.$/);
    expect(employers.split("; ")).toHaveLength(7);
    const led = lead(await core.engine.answer({ text: "has he managed people?" }));
    expect(led).toMatch(/supervised 2 junior data engineers at AAA-Data .*; and \d+ more\./);
    const fr = lead(await core.engine.answer({ text: "pour qui a-t-il travaillé ?" }));
    expect(fr).toMatch(/; et 8 autres\.$/);
  });
});

describe("a claim put up for checking (a recruiter trial)", () => {
  it("'He was the tech lead at Decathlon, right?' is checked like 'Was he…?', not a 'Yes' from passages", async () => {
    expect(lead(await ask("He was the tech lead at Decathlon, right?"))).toBe(
      "At Decathlon his title is Senior Data Engineer; the profile doesn't say he was the tech lead.",
    );
    expect(lead(await ask("He was a product owner at Decathlon?"))).toMatch(/^At Decathlon his title is Senior/);
    expect(lead(await ask("il était tech lead chez decathlon, non ?"))).toMatch(/ne dit pas qu'il était tech lead/);
  });

  it("answers years claimed with a no or a yes, then the time the profile shows", async () => {
    expect(lead(await ask("He's been teaching for 5 years, right?"))).toMatch(
      /^No — about 4 years and \d+ months of teaching/,
    );
    expect(lead(await ask("il a enseigné 5 ans ?"))).toMatch(/^Non — environ 4 ans/);
    expect(lead(await ask("has he used Spark for 10 years?"))).toMatch(/^No — Spark: about 7 years/);
    expect(lead(await ask("He's worked with Snowflake for 3 years?"))).toMatch(
      /^No — Snowflake: about 1 year and 5 months/,
    );
    expect(lead(await ask("has he used Airflow for 3+ years?"))).toMatch(/^Yes — Airflow: about 6 years/);
  });

  it("never confirms a figure no quoted passage gives", async () => {
    const cost = await ask("Did he reduce costs by 50% at Decathlon?");
    expect(cost.answered).toBe(false);
    expect(lead(cost)).toMatch(/at Decathlon, since May 2021, but not “50%” with it/);
    expect(quoted(cost)[0]).toMatch(/^\[1\] Reduction of costs and of the number of calls/);
    expect(lead(await ask("did he process 500 TB a day?"))).toBe(
      "The profile gives 400 TB at Decathlon, since May 2021, not 500 TB.",
    );
    // The figures the CV gives are confirmed.
    expect(lead(await ask("did he process 400 TB a day?"))).toMatch(/^Yes — the profile mentions it at Decathlon/);
    expect(lead(await ask("did he cut ingestion from 13h to 6 minutes?"))).toMatch(/^Yes — .* AAA-Data/);
  });

  it("says where the profile has an achievement placed at another employer", async () => {
    const a = await ask("He built the Reject Table at AAA-Data, right?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toBe("The profile mentions “Reject Table” at Decathlon, since May 2021, but not at AAA-Data.");
  });
});

describe("a judgement of the person", () => {
  it("is not the profile's: 'is he a good engineer?', 'better than the others?', « il est bon ? »", async () => {
    for (const q of ["is he a good engineer?", "is he better than other candidates?", "rate him out of 10"])
      expect(lead(await ask(q)), q).toMatch(/^The profile gives facts, not judgements/);
    expect(lead(await ask("il est bon ?"))).toMatch(/^Le profil donne des faits, pas des jugements/);
    // A skill stays a skill.
    expect(lead(await ask("is he good at Spark?"))).toMatch(/^Yes — Spark: used at Decathlon/);
  });
});

describe("questions about the bot, and logistics (a recruiter trial)", () => {
  it("answers 'who are you?', 'help', « tu sers à quoi ? » and 👋 as a greeting: what to ask", async () => {
    for (const q of ["who are you?", "what can you do?", "help", "👋"]) {
      const a = await ask(q);
      expect(lead(a), q).toMatch(/^Hello! Ask me anything about/);
      expect(a.answer, q).toMatch(/\n• /);
    }
    for (const q of ["tu sers a quoi ?", "t ki toi"]) expect(lead(await ask(q)), q).toMatch(/^Bonjour ! Posez-moi/);
    // Asking for help with something is a question.
    expect(lead(await ask("help me find his Spark experience"))).toMatch(/^Yes — Spark/);
  });

  it("reads 'can he start Monday?', « il veut combien », « il parle quelles langues » as his to say", async () => {
    expect(lead(await ask("can he start Monday?"))).toMatch(/^The profile doesn't say when he is available/);
    expect(lead(await ask("il peut commencer lundi ?"))).toMatch(/^Le profil ne précise pas ses disponibilités/);
    expect(lead(await ask("il veut combien"))).toMatch(/^Le profil ne donne pas son taux journalier/);
    expect(lead(await ask("il parle quelles langues"))).toMatch(/^Le profil ne précise pas les langues parlées/);
    expect(lead(await ask("can he start with Spark pipelines?"))).not.toMatch(/available/);
    // His name is not his to be asked for.
    expect(lead(await ask("what's his name?"))).toBe("The CV doesn't give his name.");
  });

  it("never takes a day of the week for a term the profile lacks", async () => {
    const a = await ask("has he automated deployments, so releases don't depend on someone on a Friday evening?");
    expect(a.answer).not.toMatch(/Friday/);
  });
});

describe("follow-ups after a list, and in French (a recruiter trial)", () => {
  it("'Java?' after 'Power BI or Tableau?' asks of Java alone", async () => {
    await ask("Power BI or Tableau?", "list");
    const a = await ask("Java?", "list");
    expect(lead(a)).toBe("The profile doesn't mention “Java”.");
  });

  it("« et de scala ? » after « combien d'années de spark » asks how long with Scala", async () => {
    await ask("il a combien d'annees de spark", "years-fr");
    expect(lead(await ask("et de scala ?", "years-fr"))).toMatch(/^Scala : environ 5 ans et \d+ mois/);
  });
});

describe("a job description pasted as a list, then questions (a recruiter trial)", () => {
  it("answers the questions after the list, and says how to check the description itself", async () => {
    const a = await ask(
      [
        "Hi! Quick one. Here is the JD:",
        "",
        "Senior Data Engineer (freelance, 6 months, Lille)",
        "- Build ingestion pipelines with Spark on Databricks",
        "- Kafka streaming (must have)",
        "- Azure cloud",
        "",
        "Does he have Kafka and Azure experience? And is he available in January?",
      ].join("\n"),
    );
    expect(lead(a)).toMatch(/^Kafka: taught at EPISEN .*, not used in a role \[1\] · Azure: not in the profile\. /);
    expect(lead(a)).toMatch(/The profile doesn't say when he is available/);
    expect(a.answer).toMatch(/send the description alone to check him against each line/);
    expect(a.answer).not.toMatch(/Lille|13 h/);
  });
});

describe("two employers compared by time (a recruiter trial)", () => {
  it("names the longer or the shorter, then each one's time", async () => {
    expect(lead(await ask("Which was longer, MAIF or Pernod Ricard?"))).toBe(
      "Longer: MAIF. At MAIF from January 2019 to January 2020 — 1 year. At Pernod Ricard from April 2019 to " +
        "October 2019 — 6 months.",
    );
    expect(lead(await ask("il est resté moins longtemps chez AAA-Data ou chez MAIF ?"))).toMatch(
      /^Le plus court : MAIF\. Chez MAIF/,
    );
  });
});

describe("follow-ups and wording a recruiter trial found wrong", () => {
  it("says where the profile has two tools asked at an employer that doesn't", async () => {
    expect(lead(await ask("Has he used Docker and Jenkins at Decathlon?"))).toMatch(
      /^Docker: not at Decathlon — AAA-Data .* · Jenkins: not at Decathlon — AAA-Data/,
    );
  });

  it("« c t en cdi ? », then « ct quand ? », after a role: its contract, then its dates", async () => {
    await ask("et chez pernod il faisait quoi", "cdi");
    expect(lead(await ask("c t en cdi ?", "cdi"))).toBe("Oui — chez Pernod Ricard (avril 2019 – octobre 2019) : CDI.");
    expect(lead(await ask("ct quand ?", "cdi"))).toBe("Chez Pernod Ricard d'avril 2019 à octobre 2019 — 6 mois.");
  });

  it("« c'etait ou ? » after a tool gets where, without a « oui »", async () => {
    await ask("il a fait du snowflake ?", "where");
    expect(lead(await ask("c'etait ou ?", "where"))).toBe(
      "Snowflake : utilisé chez AAA-Data (janvier 2020 - mai 2021).",
    );
  });

  it("« il a fait quoi chez decathlon en 2 mots » is that role in short, not the whole profile", async () => {
    expect(lead(await ask("il a fait quoi chez decathlon en 2 mots"))).toMatch(
      /^Chez Decathlon \(Senior Data Engineer/,
    );
  });

  it("names a company not among his employers without the sentence's full stop", async () => {
    expect(lead(await ask("Confirm he worked at Google."))).toMatch(/^The profile doesn't list Google among his/);
  });
});

describe("a name and a notion, and a passage the CV writes twice (a recruiter trial)", () => {
  it("'REST APIs or scraping?' gives a verdict for each", async () => {
    expect(lead(await ask("has he worked with REST APIs or scraping?"))).toMatch(
      /^REST APIs: not in the profile · Scraping: yes — Pernod Ricard/,
    );
  });

  it("says whose each of two identical passages is", async () => {
    const a = await ask("Does he work in agile?");
    expect(quoted(a)).toEqual([
      "[1] Agile organisation with 2-week sprints (Decathlon)",
      "[2] Agile organisation with 2-week sprints (AAA-Data)",
    ]);
  });
});

describe("claims about dates and contracts (a second recruiter trial)", () => {
  it("checks a role's start against the year claimed: 'since 2019', 'joined in 2023'", async () => {
    expect(lead(await ask("He's been at Decathlon since 2019, right?"))).toBe("No — Decathlon: since May 2021.");
    expect(lead(await ask("joined Decathlon in 2023?"))).toBe("No — Decathlon: since May 2021.");
    expect(lead(await ask("did he join Decathlon in 2021?"))).toBe("Yes — Decathlon: since May 2021.");
    expect(lead(await ask("did he leave MAIF in 2020?"))).toMatch(/^Yes — MAIF: January 2019 – January 2020/);
    expect(lead(await ask("was he at AAA-Data in 2020?"))).toMatch(/^Yes — AAA-Data/);
  });

  it("answers a role's years claimed, in figures or words", async () => {
    expect(lead(await ask("At MAIF for two years, correct?"))).toBe(
      "No — at MAIF from January 2019 to January 2020 — 1 year.",
    );
    expect(lead(await ask("il est resté 3 ans chez AAA-Data ?"))).toMatch(/^Non — chez AAA-Data de janvier 2020/);
  });

  it("'Freelance his whole career?' is no: his first three contracts were permanent", async () => {
    expect(lead(await ask("Freelance his whole career?"))).toMatch(
      /^No — freelance: Decathlon .*; permanent contracts:/,
    );
  });
});

describe("what a cold reading of the change found (thirteenth session)", () => {
  it("checks a pasted list when the question after it asks about the list", async () => {
    const match = await ask("Here is the JD:\n- Spark on Databricks\n- Terraform\n- Airflow\nDoes he match?");
    expect(lead(match)).toMatch(/^Meets 3 of 4 requirements\. Not in the profile: Terraform\./);
    expect(lead(await ask("On cherche :\n- Spark\n- Kafka\n- Azure\nça matche ?"))).toMatch(
      /^Répond à 1 exigence sur 3/,
    );
    expect(lead(await ask("We need:\n- Spark\n- Terraform\n- Airflow\n- mentoring\nthoughts?"))).toMatch(
      /^Meets 3 of 4/,
    );
    // A list of questions is each question asked.
    const questions = await ask("A few questions:\n- Has he used Spark?\n- Has he used Kafka?");
    expect(questions.answer).toMatch(/^Yes — Spark: used at Decathlon/);
    expect(questions.answer).toMatch(/\nKafka: taught at EPISEN/);
  });

  it("needs the rarest word from a stack line however many names it holds", async () => {
    expect(lead(await ask("Did he write Spark streaming jobs in Scala?"))).toMatch(/but not “streaming” with it/);
  });

  it("reads 'in the last 10 years' and '1 year ago' as when, not as years claimed", async () => {
    expect(lead(await ask("Has he used Spark in the last 10 years?"))).toMatch(/^Yes — Spark: used at Decathlon/);
    expect(lead(await ask("il a 5 ans min d xp en spark ?"))).toMatch(/^Oui — Spark : environ 7 ans/);
  });

  it("answers a figure the CV writes with a separator, and 'from 2 to 7 people' is no terabytes", async () => {
    expect(lead(await ask("did he ingest 2000 tables a day?"))).toMatch(/^Yes — .* Decathlon/);
    expect(lead(await ask("Did he grow the team from 2 to 7 people?"))).not.toMatch(/2 to/);
  });

  it("keeps ordinary questions ordinary: '2 out of 5 engineers', 'start on a migration project'", async () => {
    expect(lead(await ask("Did he supervise 2 out of 5 engineers?"))).not.toMatch(/judgements/);
    expect(lead(await ask("Could he start on a Databricks migration project?"))).not.toMatch(/available/);
    expect(lead(await ask("can he start next week?"))).toMatch(/^The profile doesn't say when he is available/);
    expect(lead(await ask("Is he no longer at Decathlon or MAIF?"))).not.toMatch(/^Longer/);
  });

  it("'how long?' after a refusal naming his employers asks nothing of them", async () => {
    await ask("Did he work at Google?", "google");
    expect(lead(await ask("how long?", "google"))).not.toMatch(/^At Decathlon since/);
  });

  it("a role 'in a few words' with a tool asked is about the tool", async () => {
    expect(lead(await ask("in a few words, has he used Kafka at MAIF?"))).toMatch(/Kafka.* at EPISEN.*not at MAIF/);
  });

  it("never takes jargon from the logo set for a name: 'refactor', 'async'", async () => {
    expect(lead(await ask("Did he refactor legacy code?"))).not.toMatch(/doesn't mention/);
  });

  it("'when was that?' after a claim placed at the wrong employer dates the right one", async () => {
    await ask("He cut ingestion time from 13 hours to 6 minutes at Decathlon, correct?", "moved");
    expect(lead(await ask("when was that", "moved"))).toBe(
      "At AAA-Data from January 2020 to May 2021 — 1 year and 5 months.",
    );
  });

  it("'has he used Kafka?' is partly: taught, not used; 'does he know Kafka?' is answered", async () => {
    const used = await ask("has he used Kafka? where is he based?");
    expect(used.answered).toBe(false);
    expect(lead(used)).toMatch(/^Kafka: taught at EPISEN .* The profile doesn't say where he is based\./);
    expect((await ask("does he know Kafka?")).answered).toBe(true);
  });
});

describe("a few more from the second trial", () => {
  it("'would you hire him?' is a judgement, 'are you chatgpt?' about the bot, 'years with Spark?' a time", async () => {
    expect(lead(await ask("would you hire him?"))).toMatch(/^The profile gives facts, not judgements/);
    expect(lead(await ask("are you chatgpt?"))).toMatch(/^I only answer questions about the candidate's profile/);
    expect(lead(await ask("years with Spark?"))).toMatch(/^Spark: about 7 years and \d+ months/);
  });
});
