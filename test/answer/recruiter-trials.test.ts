import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/create-core.js";
import { createTestCore } from "../helpers/test-core.js";

// What two recruiters trying the bot (one in English, one in French) and a dev set found wrong, tenth session.

let core: Core;
beforeAll(async () => {
  core = await createTestCore();
});

let conversation = 0;
/** Asks in a fresh conversation, or in `id`'s. */
const ask = (text: string, id = `t${++conversation}`) => core.engine.answer({ text, conversationId: id });
const lead = (answer: { answer: string }) => answer.answer.split("\n")[0]!;
const leads = (answer: { answer: string }) => answer.answer.split("\n").filter((l) => !/^\[\d+\]/.test(l));
const ids = (answer: { citations: { id: string }[] }) => answer.citations.map((c) => c.id);

describe("who is asking, then a question", () => {
  it("answers 'I'm hiring for a … role. Has he run Kafka in prod?' as a question, not as a job to fit", async () => {
    const a = await ask("Hello! I'm hiring for a fintech, streaming-heavy role. Has he run Kafka in prod?");
    expect(lead(a)).toBe("The profile mentions “Kafka” at EPISEN, since November 2022, but not “prod” with it.");
  });

  it("leaves a mission's length out of the requirements: « une mission de 6 mois, ça peut coller ? »", async () => {
    const a = await ask(
      "je cherche un data engineer senior AWS / Spark / Scala pour une mission de 6 mois, ca peut coller ?",
    );
    expect(lead(a)).toBe("Répond à 4 exigences sur 4.");
    expect(a.answer).not.toMatch(/« 6 »/);
  });
});

describe("two questions in one message, each a few everyday words", () => {
  it("answers 'Any machine learning background? And has he used MLflow…?' in turn", async () => {
    const a = await ask("Any machine learning background? And has he used MLflow for model tracking?");
    expect(leads(a)).toEqual([
      expect.stringMatching(/^Here is what the profile says at Pernod Ricard/),
      "The profile doesn't mention “MLflow”.",
    ]);
  });

  it("answers 'Does he teach? How long at that engineering school?' with the time at EPISEN", async () => {
    const a = await ask("Does he teach? How long has he been lecturing at that engineering school?");
    expect(leads(a)[1]).toMatch(/At EPISEN since November 2022 — 4 years\b/);
  });
});

describe("words read as recruiters mean them", () => {
  it("reads 'scrapping' as the CV's 'Scraping'", async () => {
    const a = await ask("il a fait du scrapping ?");
    expect(ids(a)).toContain("cv.fr#pernod-ricard.s2.b1");
  });

  it("reads « une infra sur site » as on premises, not as where he works", async () => {
    const a = await ask("il a deja migré une infra sur site vers le cloud ?");
    expect(a.answered).toBe(true);
    expect(ids(a)).toContain("cv.fr#aaa-data.s3.b1");
  });

  it.each([
    ["c'est un profil junior ?", /^Senior Data Engineer chez Decathlon/],
    ["is he junior?", /^Senior Data Engineer at Decathlon/],
  ])("answers %s with his seniority", async (q, expected) => {
    expect(lead(await ask(q))).toMatch(expected);
  });

  it("doesn't take petabytes for terabytes", async () => {
    const a = await ask("has he handled petabyte-scale data?");
    expect(a.answered).toBe(false);
    // (Named as asked: "petabyte-scale".)
    expect(lead(a)).toMatch(/not “?petabyte-scale”?/);
  });

  it("reads « latences basses » as written, not as the CV's « bases »: against its « fortes latences »", async () => {
    const a = await ask("il a bosse sur des latences basses ?");
    expect(a.answer).not.toMatch(/Je lis/);
    expect(lead(a)).toMatch(/^Non — le profil dit « fortes latences », pas « basses »/);
  });

  it("leaves 'non' out of 'non-tech': it says nothing of what is asked", async () => {
    expect(lead(await ask("can he explain tech stuff to non-tech people?"))).not.toMatch(/“non”/);
  });
});

describe("what the profile can't say, and what isn't about it", () => {
  it.each([
    ["il s'appelle comment ?", "Le CV ne donne pas son nom."],
    ["what did he do at google?", "The profile doesn't list Google among his employers"],
    ["tu peux m'ecrire un poeme sur les chats ?", "Je réponds uniquement aux questions sur ce profil"],
    ["what's the capital of australia?", "I only answer questions about the candidate's profile"],
  ])("%s", async (q, expected) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a).startsWith(expected)).toBe(true);
  });

  it("says goodbye to 'thanks a lot, that's all!'", async () => {
    expect(await ask("thanks a lot, that's all!")).toMatchObject({ reason: "chatter", answered: false });
  });
});

describe("names listed one after another", () => {
  it.each([
    ["does he know docker? kubernetes? helm?", ["Docker", "Kubernetes", "Helm"]],
    ["does he know BigQuery? Redshift?", ["BigQuery", "Redshift"]],
    ["kafka, flink et pulsar ?", ["Kafka", "Flink", "Pulsar"]],
    ["jenkins or github actions?", ["Jenkins", "GitHub Actions"]],
  ])("gives one verdict per name: %s", async (q, subjects) => {
    const a = await ask(q);
    expect(a.parts?.map((p) => p.subject)).toEqual(subjects);
  });
});

describe("what he did at an employer, and 'what else?'", () => {
  it("quotes what he achieved at AAA-Data, not only its context", async () => {
    const a = await ask("what did he do at AAA-Data?");
    expect(ids(a)).toEqual(expect.arrayContaining(["cv.en#aaa-data.s1.b3", "cv.en#aaa-data.s1.b2"]));
  });

  it("quotes what the mission was when asked about the mission", async () => {
    const a = await ask("Can you tell me about his mission at MAIF?");
    expect(ids(a)).toContain("cv.en#maif.context.3");
  });

  it("answers « et les résultats ? » and « quels outils ? » of the role the conversation is on", async () => {
    const id = "facets-maif";
    await ask("yo, qu'est ce qu'il a fait chez MAIF ?", id);
    const results = await ask("et les resultats ?", id);
    expect(results.citations.every((c) => c.id.includes("#maif."))).toBe(true);
    expect(lead(await ask("quels outils ?", id))).toBe(
      "Chez MAIF (janvier 2019 – janvier 2020) : PySpark, Jenkins, Docker, Zeppelin.",
    );
  });

  it("goes on with the role's other passages, then says there is nothing more", async () => {
    const id = "more-decathlon";
    const first = ids(await ask("what did he do at decathlon?", id));
    const seen = new Set(first);
    for (let i = 0; i < 5; i++) {
      const more = await ask(i % 2 === 0 ? "what else?" : "autre chose ?", id);
      if (!more.answered) {
        expect(lead(more)).toMatch(/^(That's all the profile says|Le profil n'en dit pas plus)/);
        return;
      }
      expect(lead(more)).toBe(i % 2 === 0 ? "More at Decathlon:" : "Autres passages chez Decathlon :");
      // Never a passage quoted before, in either language.
      for (const c of ids(more)) {
        expect(seen.has(c.replace(/^cv\.fr/, "cv.en"))).toBe(false);
        seen.add(c.replace(/^cv\.fr/, "cv.en"));
      }
    }
    throw new Error("'what else?' never ran out of passages");
  });

  it("goes on after a whole-profile answer about a role, and after one about a technology", async () => {
    const aaa = "more-aaa";
    await ask("what results did he get at AAA-Data?", aaa);
    expect(lead(await ask("what else?", aaa))).toBe("More at AAA-Data:");
    const databricks = "more-databricks";
    const first = ids(await ask("has he worked with Databricks?", databricks));
    await ask("since when?", databricks);
    const more = await ask("what else did he do with it?", databricks);
    expect(more.answered).toBe(true);
    expect(ids(more).some((c) => first.includes(c))).toBe(false);
  });

  it("says how to see more after an answer about the whole profile, never that nothing more is said", async () => {
    const id = "more-skills";
    await ask("what are his main skills?", id);
    expect(lead(await ask("what else?", id))).toMatch(/^To see more, ask about one role or one skill/);
  });

  it("says there is nothing more about PII encryption than the two passages quoted", async () => {
    const id = "more-pii";
    expect((await ask("has he done PII encryption?", id)).citations).toHaveLength(2);
    expect(lead(await ask("anything else?", id))).toBe("That's all the profile says: the passages above.");
  });
});

describe("follow-ups as recruiters chain them", () => {
  it("goes to the employer named after an acknowledgement, then to the next role: « ok et chez AAA ? »", async () => {
    const id = "chain-aaa";
    await ask("il a fait quoi chez maif ?", id);
    expect(lead(await ask("ok et chez AAA ?", id))).toMatch(/^Chez AAA-Data \(Data Engineer/);
    expect(lead(await ask("et ensuite il est allé ou ?", id))).toMatch(/^Juste après AAA-Data : Senior Data Engineer/);
  });

  it("quotes how he used it there: 'does he know spark?' → 'and at MAIF?' → 'how did he use it there?'", async () => {
    const id = "chain-spark";
    await ask("does he know spark?", id);
    await ask("and at MAIF?", id);
    const a = await ask("how did he use it there?", id);
    expect(ids(a)).toEqual(["cv.en#maif.s2.b1"]);
  });
});

describe("whole-profile questions as the trials asked them", () => {
  it.each([
    ["il est cdi ou freelance chez decathlon ?", /^Chez Decathlon \(depuis mai 2021\) : Freelance\.$/],
    ["whats his role at aaa data", /^At AAA-Data \(Data Engineer, January 2020 – May 2021\):$/],
    ["what's the most recent thing he has done?", /^Currently: Senior Data Engineer at Decathlon/],
    ["Has he led a team or been tech lead?", /^Yes — he supervised 2 junior data engineers at AAA-Data/],
  ])("%s", async (q, expected) => {
    expect(lead(await ask(q))).toMatch(expected);
  });

  it("names a title that says where with a comma: 'Big Data Lecturer at an engineering school, EPISEN'", async () => {
    expect(lead(await ask("where does he work now?"))).toMatch(
      /Lecturer at an engineering school, EPISEN \(Freelance\)/,
    );
  });

  it("reads 'what did he do at EMR?' as about a tool, 'at Google' as about a company he didn't work for", async () => {
    expect(lead(await ask("What did he do at EMR?"))).toMatch(/^EMR: used at Decathlon/);
    expect(lead(await ask("what did he do at google?"))).toMatch(
      /^The profile doesn't list Google among his employers/,
    );
  });

  it("checks a job described, then 'What do you think?', as a fit", async () => {
    const a = await ask("We're looking for a senior data engineer with Spark, Kafka and AWS. What do you think?");
    expect(lead(a)).toMatch(/^Meets \d of \d requirements/);
  });

  it("answers « est-ce qu'il est en CDI ? » with his contracts, « son expérience … » plainly", async () => {
    expect(lead(await ask("est ce qu'il est en CDI ?"))).toMatch(/^Non — actuellement : Senior Data Engineer/);
    expect(lead(await ask("c'est quoi son experience en enseignement ?"))).not.toMatch(
      /pas mis en pratique dans ses propres projets/,
    );
  });

  it("reads 'what came after?' as his next role, not as a question off topic", async () => {
    const id = "came-after";
    await ask("what did he do at MAIF?", id);
    expect(lead(await ask("what came after?", id))).toMatch(/^Right after MAIF: Data Engineer at AAA-Data/);
  });

  it("reads 'startups' as a kind of company, not one of them", async () => {
    expect(lead(await ask("has he worked for startups?"))).not.toMatch(/among his employers/);
    expect(lead(await ask("did he work at amazon?"))).toMatch(/^The profile doesn't list Amazon among his employers/);
  });
});

describe("kinds of tools, and whole-profile questions as a later helper wrote them", () => {
  it.each([
    [
      "which cloud provider does he use?",
      /^For cloud, the profile names: AWS \(Decathlon\); .*Snowflake \(AAA-Data\)\.$/,
    ],
    ["il a bossé sur quel cloud ?", /^Côté cloud, le profil cite : AWS \(Decathlon\)/],
    ["which data warehouse?", /^For warehouse, the profile names: Snowflake \(AAA-Data\)\.$/],
    ["what kind of notebooks?", /^For notebooks, the profile names: Databricks \(Decathlon, Pernod Ricard\); Zeppelin/],
  ])("names the stack's tools of the kind asked: %s", async (q, expected) => {
    expect(lead(await ask(q))).toMatch(expected);
  });

  it("keeps 'which languages' and a kind the synonyms don't tie to a tool as they were", async () => {
    expect(lead(await ask("which languages does he code in?"))).toMatch(/^Programming languages/);
    expect(lead(await ask("what kind of scoring did he build?"))).not.toMatch(/the profile names/);
  });

  it.each([
    ["il a fait combien de temps en CDI avant de passer freelance ?", /^Environ 2 ans et 4 mois en CDI : /],
    ["what did he actually build at Decathlon? tldr", /^At Decathlon \(Senior Data Engineer, since May 2021\):$/],
    ["il a fait quoi chez AAA-Data concretement ?", /^Chez AAA-Data \(Data Engineer, janvier 2020 – mai 2021\) :$/],
    ["il donne des cours quelque part ?", /^Oui — le profil le mentionne chez EPISEN/],
  ])("%s", async (q, expected) => {
    expect(lead(await ask(q))).toMatch(expected);
  });

  it("splits names asked one by one, not one asking on: 'spark? since when?', « formation sur quoi ? »", async () => {
    expect((await ask("has he used spark? since when?")).answer).not.toMatch(/not in the profile/);
    const a = await ask("chez Pernod Ricard c'etait quoi son role ? formation sur quoi ?");
    expect(a.answer).not.toMatch(/absent du profil/);
  });
});

describe("the terminal chat, as a recruiter tried it at the end", () => {
  it("answers 'since when?' after a passage with its time, not the same 'Yes' again", async () => {
    const id = "pii-since";
    await ask("Hi! quick question: has he done PII encrption?", id);
    // (The time of the role that says it, at most: this session's practice time.)
    expect(lead(await ask("since when?", id))).toMatch(/^PII encryption: about 5 years .*Decathlon \(since May 2021\)/);
  });
});

describe("what the second review found", () => {
  it("answers 'what else?' after a question not answered as any question, not with 'the passages above'", async () => {
    const id = "rust-else";
    await ask("has he used Rust?", id);
    expect(lead(await ask("what else?", id))).not.toMatch(/passages above/);
  });

  it("says how to see more after 'which cloud?', not that nothing more is said", async () => {
    const id = "cloud-else";
    await ask("which cloud provider does he use?", id);
    expect(lead(await ask("what else?", id))).toMatch(/^To see more, ask about one role or one skill/);
  });

  it.each([
    ["what ci did he set up at Decathlon?", "cv.en#decathlon.s4.b1"],
    ["in which language did he write the DAGs?", "cv.en#decathlon.s3.b1"],
  ])("leaves a kind of tool with a subject of its own, or none in the role, to the passages: %s", async (q, c) => {
    const a = await ask(q);
    expect(lead(a)).not.toMatch(/the profile names/);
    expect(ids(a)).toContain(c);
  });

  it.each([
    ["is he the best candidate?", "The profile gives facts, not judgements"],
    ["c'est quoi les prétentions ?", "Le profil ne donne pas ses prétentions salariales."],
    ["would he come on-site to meet the team?", "The profile doesn't say whether he works remotely or on site."],
  ])("keeps %s his to say", async (q, expected) => {
    expect(lead(await ask(q)).startsWith(expected)).toBe(true);
  });

  it("never names 'Google exactly' as an employer, nor refuses weather data as small talk", async () => {
    expect(lead(await ask("what did he do at google exactly?"))).not.toMatch(/Google exactly/);
    expect((await ask("did he build pipelines for the weather data?")).reason).not.toBe("off_topic");
  });
});
