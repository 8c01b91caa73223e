import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerEngine, type AnswerEngine } from "../../src/answer/answer-engine.js";
import type { Core } from "../../src/core/create-core.js";
import { supervises } from "../../src/answer/profile-answers.js";
import { silentLogger } from "../../src/logging/logger.js";
import { createTestCore } from "../helpers/test-core.js";

let core: Core;
/** An engine whose "today" is fixed, so durations can be checked exactly. */
const engineOn = (iso: string): AnswerEngine =>
  createAnswerEngine({
    index: core.index,
    profile: core.kb.profile,
    logger: silentLogger,
    maxQuestionChars: 1000,
    now: () => new Date(`${iso}T12:00:00Z`),
  });
let engine: AnswerEngine;
beforeAll(async () => {
  core = await createTestCore();
  engine = engineOn("2026-11-30");
});
const ask = (text: string, e = engine) => e.answer({ text });
const lead = (a: { answer: string }) => a.answer.split("\n")[0]!;

describe("questions about the profile as a whole (offline, clock fixed)", () => {
  it("computes total experience from the dates, overlaps counted once, citing every role's period line", async () => {
    const a = await ask("how many years of experience does he have?");
    expect(lead(a)).toMatch(/^About 7 years and 10 months of experience, from January 2019 to today/);
    expect(a.citations.map((c) => c.when?.start)).toEqual(["2021-05", "2022-11", "2020-01", "2019-04", "2019-01"]);
    // Counted to today, and as the CV counted it when written (its current roles' own counts date it).
    const fr = lead(await ask("Combien d'années d'expérience a-t-il ?"));
    expect(fr).toMatch(/^Environ 7 ans et 10 mois d'expérience, de janvier 2019/);
    expect(fr).toMatch(/ À la rédaction du CV \(vers août 2025\) : 6 ans et 7 mois\.$/);
    expect(lead(await ask("how many years of experience does he have?", engineOn("2027-11-30")))).toMatch(
      /^About 8 years and 10 months/,
    );
  });

  it("dates a current role's sources line to today, in the CV's language; past roles stay as written", async () => {
    const en = await ask("Has he used Spark?");
    const periods = en.citations.map((c) => c.period);
    expect(periods).toContain("May 2021 - Present (5 years and 6 months to date)");
    expect(periods).toContain("January 2020 - May 2021 (1 year 5 months)");
    const fr = await ask("A-t-il enseigné Spark ?", engineOn("2027-01-15"));
    expect(fr.citations.map((c) => c.period)).toContain("Novembre 2022 - Présent (4 ans et 2 mois à ce jour)");
  });

  it("gives a role's duration as of today, and says the CV's own count dates from when it was written", async () => {
    expect(lead(await ask("how long at Decathlon?"))).toBe(
      "At Decathlon since May 2021 — 5 years and 6 months as of today (the CV, written earlier: 4 years and 3 months).",
    );
    expect(lead(await ask("combien de temps chez EPISEN ?"))).toBe(
      "Chez EPISEN depuis novembre 2022 — 4 ans à ce jour (le CV, écrit plus tôt, dit 2 ans et 9 mois).",
    );
    expect(lead(await ask("Combien de temps a-t-il passé chez AAA-Data ?"))).toBe(
      "Chez AAA-Data de janvier 2020 à mai 2021 — 1 an et 5 mois.",
    );
  });

  it("gives the time in the roles of a title, 'not counting teaching' or not", async () => {
    for (const q of [
      "how many years as a data engineer, not counting teaching?",
      "combien d'années comme data engineer ?",
      "how long has he been a data engineer in total?",
      "depuis combien de temps est-il data engineer ?",
    ])
      expect(lead(await ask(q)), q).toMatch(
        /^(About 7 years and 10 months as|Environ 7 ans et 10 mois comme) data engineer/,
      );
  });

  it("says whether two roles overlap, and when", async () => {
    expect(lead(await ask("was he at MAIF and Pernod Ricard at the same time?"))).toBe(
      "Yes — Pernod Ricard (April 2019 – October 2019) and MAIF (January 2019 – January 2020) overlap: 6 months, " +
        "from April 2019 to October 2019.",
    );
    expect(lead(await ask("MAIF et AAA-Data en même temps ?"))).toBe(
      "Non — AAA-Data (janvier 2020 – mai 2021) et MAIF (janvier 2019 – janvier 2020) ne se chevauchent pas.",
    );
    expect(lead(await ask("does he do Decathlon and EPISEN at the same time?"))).toMatch(/overlap: 4 years, since/);
  });

  it("counts experience per technology over the roles that use it, and keeps teaching apart", async () => {
    expect(lead(await ask("how many years of Airflow?"))).toBe(
      "Airflow: about 6 years and 10 months to today in the roles that list it, at Decathlon (since May 2021), " +
        "AAA-Data (January 2020 – May 2021). Up to when the CV was written (around August 2025): 5 years and 7 months.",
    );
    expect(lead(await ask("How long has he used Kafka?"))).toBe(
      "Kafka: taught at EPISEN (since November 2022), a teaching role of about 4 years; " +
        "the profile doesn't show it used in a role.",
    );
  });

  it("lists the employers, the roles of a year, the current roles and the role before another", async () => {
    const employers = await ask("Which companies has he worked for?");
    for (const name of ["Decathlon", "EPISEN", "AAA-Data", "Pernod Ricard", "MAIF"])
      expect(lead(employers)).toContain(name);
    const y2019 = await ask("Que faisait-il en 2019 ?");
    expect(lead(y2019)).toBe(
      "En 2019 : Formateur Data chez Pernod Ricard (CDI), avril 2019 – octobre 2019 ; Data Engineer chez MAIF (CDI), " +
        "janvier 2019 – janvier 2020.",
    );
    expect(lead(await ask("il a fait quoi de 2019 a 2020 ?"))).toMatch(
      /^En 2019–2020 : Data Engineer chez AAA-Data .*Formateur Data chez Pernod Ricard .*Data Engineer chez MAIF/,
    );
    expect(lead(await ask("what was he doing between 2019 and 2021?"))).toMatch(/^In 2019–2021: Senior Data Engineer/);
    expect(lead(await ask("What is his current role?"))).toMatch(
      /^Currently: Senior Data Engineer at Decathlon \(Freelance\), since May 2021; Big Data Lecturer/,
    );
    // Industries: what the CV says each company is, and the one it doesn't describe.
    const industries = lead(await ask("which industries has he worked in?"));
    expect(industries).toMatch(
      /^The CV describes his employers as follows: .*AAA-Data \(the French leader in automotive/,
    );
    expect(industries).toMatch(/MAIF \(a French mutual insurance company\)\. It doesn't describe Decathlon\. /);
    // What the owner's profile.yml says Decathlon is, said as the owner's, not the CV's.
    expect(industries).toMatch(
      /A note added to the profile \(not the CV\) describes Decathlon as a sporting goods retailer\.$/,
    );
    expect(lead(await ask("dans quels secteurs a-t-il travaillé ?"))).toMatch(
      /^Le CV décrit ainsi ses employeurs : .*Pernod Ricard \(groupe français leader mondial des vins et spiritueux\)/,
    );
    expect(lead(await ask("has he worked in the insurance sector?"))).toMatch(/^Yes — as the CV describes them: MAIF/);
    expect(lead(await ask("Et avant AAA-Data, il était où ?"))).toMatch(
      /^Juste avant AAA-Data : Data Engineer chez MAIF.*\. En même temps : Formateur Data chez Pernod Ricard/,
    );
    // Companies in the plural: every earlier role, the latest first.
    expect(lead(await ask("il a bossé pour quelles boîtes avant Decathlon ?"))).toBe(
      "Avant Decathlon : Data Engineer chez AAA-Data (CDI), janvier 2020 – mai 2021 ; Formateur Data chez Pernod " +
        "Ricard (CDI), avril 2019 – octobre 2019 ; Data Engineer chez MAIF (CDI), janvier 2019 – janvier 2020.",
    );
    // Years counted back from today: 2024 on this engine's clock, 2020 on one set four years earlier.
    expect(lead(await ask("what was he doing two years ago?"))).toMatch(/^In 2024: Senior Data Engineer at Decathlon/);
    expect(lead(await ask("what was he doing two years ago?", engineOn("2022-06-01")))).toMatch(
      /^In 2020: Data Engineer at AAA-Data/,
    );
    expect(lead(await ask("how long has he been teaching?"))).toMatch(
      /^About .* teaching and training in all: Big Data Lecturer .* EPISEN .*; Data Trainer at Pernod .*\(6 months\)\./,
    );
    expect(lead(await ask("c'etait quoi son premier poste ?"))).toBe(
      "Le premier poste du profil : Data Engineer chez MAIF (CDI), janvier 2019 – janvier 2020.",
    );
    expect(lead(await ask("quand a-t-il commencé chez Pernod ?"))).toBe(
      "Chez Pernod Ricard d'avril 2019 à octobre 2019 — 6 mois.",
    );
    expect(lead(await ask("has he done any teaching?"))).toBe(
      "At EPISEN (since November 2022), taught: Spark, Kafka, among the topics quoted below. " +
        "He also trains people: Pernod Ricard (April 2019 – October 2019).",
    );
    expect(lead(await ask("how long was he at Pernod Ricard and MAIF?"))).toBe(
      "At Pernod Ricard from April 2019 to October 2019 — 6 months. At MAIF from January 2019 to January 2020 — " +
        "1 year.",
    );
    expect(lead(await ask("depuis combien de temps il est freelance ?"))).toMatch(
      /^Environ 5 ans et 6 mois en freelance : Senior Data Engineer chez Decathlon \(Freelance\), depuis mai 2021 ; /,
    );
    // After a role ended: the next one (Pernod Ricard began during MAIF: not next, said as begun during it).
    expect(lead(await ask("et après MAIF ?"))).toBe(
      "Juste après MAIF : Data Engineer chez AAA-Data (CDI), janvier 2020 – mai 2021. " +
        "Commencé pendant son poste chez MAIF : Formateur Data chez Pernod Ricard (CDI), avril 2019 – octobre 2019.",
    );
    expect(lead(await ask("il faisait quoi avant 2020 ?"))).toBe(
      "Avant 2020 : Formateur Data chez Pernod Ricard (CDI), avril 2019 – octobre 2019 ; " +
        "Data Engineer chez MAIF (CDI), janvier 2019 – janvier 2020.",
    );
    // A role held alongside the one just before is named; the roles over before that one began come after it.
    expect(lead(await ask("What did he do before Decathlon?"))).toBe(
      "Just before Decathlon: Data Engineer at AAA-Data (Permanent contract), January 2020 – May 2021. Earlier: " +
        "Data Trainer at Pernod Ricard (Permanent contract), April 2019 – October 2019; Data Engineer at MAIF " +
        "(Permanent contract), January 2019 – January 2020.",
    );
  });

  it("ranks the main skills by how many roles use them, and summarises in three cited lines", async () => {
    expect(lead(await ask("what are his strongest skills?"))).toMatch(
      /^Main skills, by how many roles use them, today's stack first: Spark \(4 roles\), Python \(4 roles\)/,
    );
    for (const q of ["c'est quoi sa stack principale ?", "c'est quoi sa stack ?"])
      expect(lead(await ask(q))).toMatch(/^Compétences principales, .*Spark \(4 postes\)/);
    // A role named: that role's stack, or what it taught.
    const maif = await ask("what tools did he use at MAIF?");
    expect(lead(maif)).toBe("At MAIF (January 2019 – January 2020): PySpark, Jenkins, Docker, Zeppelin.");
    expect(maif.citations[0]!.text).toMatch(/^Tech stack/);
    expect(lead(await ask("c'est quoi sa stack chez EPISEN ?"))).toBe(
      "Chez EPISEN (depuis novembre 2022), enseigné : Spark, Kafka, parmi les sujets cités ci-dessous.",
    );
    // A subject of its own goes to the passages: "orchestration" is not "his main skills".
    expect(lead(await ask("what tools does he use for orchestration?"))).not.toMatch(/^Main skills/);
    // "His background" is his career, not his degrees.
    expect(lead(await ask("hi! can you give me a quick summary of his background?"))).toMatch(
      /^Senior Data Engineer at Decathlon/,
    );
    for (const q of [
      "hey there, what's his background?",
      "tell me about him",
      "career overview pls",
      "hey, summary of his exp in 3 bullets?",
      "what makes him stand out?",
      "c'est quoi son background ?",
      "parle-moi de lui",
    ])
      expect(lead(await ask(q)), q).toMatch(/^Senior Data Engineer (at|chez) Decathlon/);
    const summary = await ask("summarize his profile in 3 lines");
    const lines = summary.answer.split("\n").filter((l) => !/^\[\d+\]/.test(l));
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/\[\d+\]$/);
  });

  it("shows a role's results with their figures", async () => {
    const a = await ask("what were his results at AAA-Data?");
    expect(a.answer).toContain("13 h to 6 minutes");
  });

  it("answers 'has he led a team?' with the people he supervised, and where he trains others", async () => {
    for (const q of ["has he managed a team?", "Has he led a team?"]) {
      const a = await ask(q);
      expect(lead(a)).toBe(
        "Yes — he supervised 2 junior data engineers at AAA-Data (January 2020 – May 2021). " +
          "He also trains people: EPISEN (since November 2022); Pernod Ricard (April 2019 – October 2019).",
      );
      expect(a.citations[0]!.text).toMatch(/supervision of 2 junior data engineers/);
    }
    const fr = await ask("a-t-il de l'expérience en management d'équipe ?");
    expect(lead(fr)).toMatch(/^Oui — il a encadré 2 data engineers junior chez AAA-Data/);
    expect(fr.citations[0]!.text).toMatch(/^Supervision technique de 2 data engineers junior/);
    const decathlon = await ask("did he manage people at Decathlon?");
    expect(decathlon).toMatchObject({ answered: false });
    // Managing pipelines is not managing people.
    expect(lead(await ask("has he managed data pipelines?"))).not.toMatch(/supervised/);
  });

  it("answers the same after the engine's tables were built ahead (warmUp) as without", async () => {
    const questions = ["has he managed a team?", "A-t-il encadré des juniors ?", "has he worked in India?"];
    const cold = await Promise.all(questions.map((q) => ask(q, engineOn("2026-11-30"))));
    const warm = engineOn("2026-11-30");
    await warm.warmUp?.();
    expect(await Promise.all(questions.map((q) => ask(q, warm)))).toEqual(cold);
  });

  it("says yes to a title the CV gives, and where he led people when not in the role asked about", async () => {
    expect(lead(await ask("il est senior ?"))).toBe(
      "Oui — Senior Data Engineer chez Decathlon (Freelance), depuis mai 2021.",
    );
    const decathlon = await ask("il a encadré des gens chez decathlon ?");
    expect(decathlon.answered).toBe(false);
    expect(lead(decathlon)).toBe(
      "Le profil ne dit pas qu'il a encadré des personnes chez Decathlon ; " +
        "il montre qu'il en a encadré chez AAA-Data (janvier 2020 – mai 2021).",
    );
  });

  it("gives the time in the roles holding a title asked about", async () => {
    expect(lead(await ask("how long has he been a senior data engineer?"))).toBe(
      "About 5 years and 6 months as Senior Data Engineer: " +
        "Senior Data Engineer at Decathlon (Freelance), since May 2021. " +
        "Up to when the CV was written (around August 2025): 4 years and 3 months.",
    );
    expect(lead(await ask("depuis combien de temps il bosse comme data engineer ?"))).toMatch(
      /^Environ 7 ans et 10 mois comme data engineer : Senior Data Engineer chez Decathlon/,
    );
  });

  it("reads a technology's name cut short, 'in years', and several technologies at once", async () => {
    expect(lead(await ask("how long has he worked with snowflak?"))).toBe(
      "Reading “snowflak” as “Snowflake”. Snowflake: about 1 year and 5 months in the roles that list it, " +
        "at AAA-Data (January 2020 – May 2021).",
    );
    expect(lead(await ask("Scala experience, in years?"))).toBe(
      "Scala: about 5 years and 6 months to today in the roles that list it, at Decathlon (since May 2021). " +
        "Up to when the CV was written (around August 2025): 4 years and 3 months.",
    );
    expect(lead(await ask("Docker and Jenkins — how many years roughly?"))).toBe(
      "Docker: about 2 years and 4 months in the roles that list it, at AAA-Data (January 2020 – May 2021), " +
        "MAIF (January 2019 – January 2020). Jenkins: about 2 years and 4 months in the roles that list it, " +
        "at AAA-Data (January 2020 – May 2021), MAIF (January 2019 – January 2020).",
    );
  });

  it("answers how senior he is with his title and experience in all; years of a field as a title", async () => {
    for (const q of ["how senior is he?", "would you say he's senior level?", "what's his seniority?"])
      expect(lead(await ask(q)), q).toBe(
        "Senior Data Engineer at Decathlon (Freelance), since May 2021; about 7 years and 10 months of experience " +
          "in all, since January 2019.",
      );
    expect(lead(await ask("how many years of data engineering does he have in total?"))).toMatch(
      /^About 7 years and 10 months as data engineer: Senior Data Engineer at Decathlon/,
    );
  });

  it("lists his employers for 'past clients?', « il a bossé où ? », « ses expériences professionnelles »", async () => {
    for (const q of [
      "past clients?",
      "what are his past missions?",
      "il a bossé où ?",
      "quelles sont ses expériences pro ?",
    ])
      expect(lead(await ask(q)), q).toMatch(/^5 (employers, as the CV lists them|employeurs, dans l'ordre du CV)/);
  });

  it("answers 'his previous job?' and 'before going freelance?' with the role before his current ones", async () => {
    for (const q of ["what was his previous job?", "what did he do before going freelance?"])
      expect(lead(await ask(q)), q).toBe(
        "Just before Decathlon: Data Engineer at AAA-Data (Permanent contract), January 2020 – May 2021.",
      );
    expect(lead(await ask("il faisait quoi avant d'etre freelance ?"))).toMatch(
      /^Juste avant Decathlon : Data Engineer/,
    );
  });

  it("reads 'led a team as tech lead' as a title; a team size is compared with the people counted", async () => {
    const a = await ask("has he led a team as tech lead?");
    expect(lead(a)).toMatch(/^Yes — he supervised 2 junior data engineers at AAA-Data /);
    expect(lead(a)).toMatch(/\. None of the titles the profile gives is tech lead\./);
    const title = await ask("has he worked as a tech lead?");
    expect(title.answered).toBe(false);
    expect(lead(title)).toMatch(/it doesn't say he was a tech lead\. It shows he supervised others at AAA-Data \(/);
    expect(lead(await ask("has he managed 2 people?"))).toMatch(
      /^Yes — he supervised 2 junior data engineers at AAA-Data/,
    );
    expect((await ask("has he managed 10 engineers?")).answered).toBe(false);
  });

  it("quotes a results section when a role gives no figures; sprints and people are not results", async () => {
    const pernod = await ask("what was the business impact at Pernod Ricard?");
    expect(lead(pernod)).toBe("The profile gives no figures there; its results, as it states them:");
    expect(pernod.citations.map((c) => c.text)).toContain(
      "Optimisation of how the sales force is deployed in the field",
    );
    const all = (await ask("what are his main achievements?")).citations.map((c) => c.text).join("\n");
    expect(all).toMatch(/400 TB/);
    expect(all).not.toMatch(/sprints|junior data engineers/);
  });

  it("answers the career asked other ways, and '5+ years?' with a yes or no on the total", async () => {
    for (const q of ["how experienced is he?", "how long has he been working?", "depuis quand il travaille ?"])
      expect(lead(await ask(q)), q).toMatch(/^(About 7 years and 10 months of|Environ 7 ans et 10 mois d')/);
    expect(lead(await ask("has he got 5+ years of experience?"))).toMatch(/^Yes — about 7 years and 10 months of/);
    const ten = await ask("il a plus de 10 ans d'expérience ?");
    expect(ten.answered).toBe(false);
    expect(lead(ten)).toMatch(/^Non — environ 7 ans et 10 mois d'expérience/);
    expect(lead(await ask("is he junior?"))).toMatch(
      /^Senior Data Engineer at Decathlon .*; about 7 years and 10 months/,
    );
  });

  it("answers « est-il en CDI ? » of now: no, freelance in his current roles, CDI before", async () => {
    expect(lead(await ask("est-il en CDI ?"))).toMatch(
      /^Non — actuellement : Senior Data Engineer chez Decathlon \(Freelance\).* Avant : AAA-Data \(CDI\), Pernod/,
    );
    expect(lead(await ask("is he on a permanent contract?"))).toMatch(/^No — currently: Senior Data Engineer/);
    // Of a past role, that role's contract.
    expect(lead(await ask("était-il en CDI chez MAIF ?"))).toMatch(/^Oui — chez MAIF/);
  });

  it("answers 'how many people did he manage?' with the people the CV counts, and no 'yes'", async () => {
    expect(lead(await ask("how many ppl did he manage"))).toMatch(
      /^He supervised 2 junior data engineers at AAA-Data \(January 2020 – May 2021\)\./,
    );
    expect(lead(await ask("combien de personnes a-t-il encadré ?"))).toMatch(/^Il a encadré 2 data engineers junior/);
    // "Could he be a tech lead?": what he did, and that no title of his said so; whether he could is the reader's.
    expect(lead(await ask("could he be a tech lead?"))).toMatch(
      /^He supervised 2 junior data engineers at AAA-Data .*\. None of the titles the profile gives is tech lead\./,
    );
    expect(lead(await ask("pourrait-il être lead tech ?"))).toMatch(/^Il a encadré .* Aucun des titres du profil/);
  });

  it("answers 'the team he led' with whom he supervised, never with a roster he didn't lead", async () => {
    for (const q of ["how big was the team he led?", "l'équipe qu'il encadrait faisait quelle taille ?"]) {
      const a = await ask(q);
      expect(lead(a), q).toMatch(/^(He supervised 2 junior data engineers|Il a encadré 2 data engineers junior)/);
      expect(
        a.citations.some((c) => /^(Team|Équipe) ?:/.test(c.text)),
        q,
      ).toBe(false);
    }
  });

  it("never claims a title the CV doesn't give", async () => {
    const a = await ask("was he the tech lead at Decathlon?");
    expect(a).toMatchObject({ answered: false, verdict: "not_in_profile" });
    expect(lead(a)).toBe(
      "At Decathlon his title is Senior Data Engineer; the profile doesn't say he was the tech lead.",
    );
  });
});

describe("supervises", () => {
  it("finds leading people in any case and with accents, as on the folded text", () => {
    expect(supervises("Supervision of 2 junior data engineers")).toBe(true);
    expect(supervises("MENTORED two interns")).toBe(true);
    expect(supervises("Head of Data")).toBe(true);
    expect(supervises("A dirigé l'équipe data")).toBe(true);
    expect(supervises("Management d'Équipe")).toBe(true);
    expect(supervises("Managed the migration of data pipelines")).toBe(false);
    expect(supervises("Led the team")).toBe(true);
    expect(supervises("Misled a teammate")).toBe(false);
  });
});
