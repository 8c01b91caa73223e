import { beforeAll, describe, expect, it } from "vitest";
import type { FitRequirement } from "../../src/answer/fit.js";
import type { Core } from "../../src/core/create-core.js";
import { createTestCore } from "../helpers/test-core.js";

let core: Core;
beforeAll(async () => {
  core = await createTestCore();
});

/** The report's requirements, as [requirement, verdict, note]. */
async function reportOf(description: string): Promise<[string, string, string][]> {
  const report = await core.engine.fit!(description);
  return report.requirements.map((r: FitRequirement) => [r.requirement, r.verdict, r.note ?? ""]);
}
const find = (rows: [string, string, string][], name: string | RegExp) =>
  rows.find(([r]) => (typeof name === "string" ? r === name : name.test(r)));

describe("years asked in a job description", () => {
  it.each([
    ["6+ yrs", "6+ years of experience"],
    ["w/ 4 yrs min", "4+ years of experience"],
    ["at least 5 years of experience", "5+ years of experience"],
    ["minimum 3 years' experience", "3+ years of experience"],
    ["5 ans min", "5 ans d'expérience ou plus"],
    ["3 ans d'exp mini", "3 ans d'expérience ou plus"],
    ["Au moins 4 ans d'expérience", "4 ans d'expérience ou plus"],
    ["3-5 years experience", "3+ years of experience"],
  ])("reads %s as the career's years, checked against the time in all roles", async (said, requirement) => {
    const context = requirement.includes(" ans ") ? "Nous recherchons Spark et Airflow" : "Spark, Airflow";
    const rows = await reportOf(`${context}\n${said}`);
    const row = find(rows, requirement);
    expect(row?.[1]).toBe("met");
    // Counted to today, and as the CV counted it when written: both reach these years.
    expect(row?.[2]).toMatch(/^7 (years and 10 months in the profile|ans et 10 mois d'après le profil), /);
    expect(row?.[2]).toMatch(/(6 years and 7 months when the CV was written|6 ans et 7 mois à la rédaction du CV)$/);
    // No number and no word of the years is read as a requirement of its own.
    expect(rows.map(([r]) => r).filter((r) => /^(min|mini|yrs|ans|exp|\d+)$/i.test(r))).toEqual([]);
  });

  it.each([
    ["3+ yrs snowflake", "3+ years of Snowflake"],
    ["Snowflake (3+ years)", "3+ years of Snowflake"],
    ["at least 3 years with Snowflake", "3+ years of Snowflake"],
    ["Snowflake : 3 ans minimum", "3 ans de Snowflake ou plus"],
  ])("ties %s to the technology and says the months it rests on", async (said, requirement) => {
    const rows = await reportOf(
      `${requirement.includes(" ans ") ? "Nous recherchons un expert de" : ""} Snowflake\n${said}`,
    );
    expect(rows).toEqual([[requirement, "partial", expect.stringMatching(/^1 (year and 5 months|an et 5 mois) /)]]);
  });

  it("meets years counted to today only when the CV, as written, reaches them too", async () => {
    expect(await reportOf("we need 5+ years of AWS")).toEqual([
      [
        "5+ years of AWS",
        "partial",
        "5 years and 6 months in the roles that list it, counted to today; " +
          "4 years and 3 months when the CV was written",
      ],
    ]);
  });

  it("never takes a taught technology for years of doing it", async () => {
    const rows = await reportOf("looking for a kafka streaming engineer, 3 yrs kafka in production");
    expect(rows).toEqual([["3+ years of Kafka", "not_in_profile", "taught only, not used in a role"]]);
  });

  it("reads 'as a data engineer' as the time in roles of that title", async () => {
    const rows = await reportOf("5+ years experience as data engineer\n8+ years as a senior data engineer");
    expect(rows).toEqual([
      [
        "5+ years of experience",
        "met",
        "7 years and 10 months as data engineer, counted to today; 6 years and 7 months when the CV was written",
      ],
      [
        "8+ years of experience",
        "partial",
        "5 years and 6 months as senior data engineer, counted to today; 4 years and 3 months when the CV was written",
      ],
    ]);
  });

  it.each([
    "mission: migrate Glue catalog to Unity Catalog on Databricks, 6 months",
    "Mission de 3 mois : migration Glue vers Unity Catalog sur Databricks",
    "12-month contract. Glue, Unity Catalog, Databricks",
  ])("grades no mission length, and matches no number to a passage: %s", async (description) => {
    const rows = await reportOf(description);
    expect(rows.map(([r]) => r).sort()).toEqual(["Databricks", "Glue", "Unity Catalog"]);
  });

  it("leaves years about the employer alone", async () => {
    const rows = await reportOf("Acme was founded 12 years ago\nwe have been a leader for 60 years\nSpark");
    expect(rows.map(([r]) => r)).toEqual(["Spark"]);
  });
});

describe("leading, titles and seniority asked in a job description", () => {
  const supervised = /^supervised 2 people at AAA-Data, January 2020 – May 2021: 1 year and 5 months/;

  it.each([
    ["Team lead experience (2+ years)", "2+ years leading a team"],
    ["3+ years leading a team", "3+ years leading a team"],
    ["at least 2 years of people management", "2+ years leading a team"],
  ])("judges %s as leading, with the supervision the profile shows and no lead title", async (said, label) => {
    const rows = await reportOf(`Must have: Spark, Scala, AWS, Airflow\n5+ years experience as data engineer\n${said}`);
    const row = find(rows, label);
    expect(row?.[1]).toBe("partial");
    expect(row?.[2]).toMatch(supervised);
    expect(row?.[2]).toMatch(/below \d\+ years; no lead or manager title$/);
    expect(rows.filter(([r]) => /years of experience/.test(r))).toHaveLength(1);
  });

  it("says the same in French, with the team size asked", async () => {
    const rows = await reportOf("Encadrement d'une équipe de 3 personnes\n3 ans d'encadrement minimum");
    expect(rows).toEqual([
      [
        "Encadrement d'une équipe de 3 personnes",
        "partial",
        "a encadré 2 personnes chez AAA-Data, janvier 2020 – mai 2021 : 1 an et 5 mois ; 2 personnes au plus, " +
          "3 demandées ; aucun titre de lead ou de manager",
      ],
      [
        "3 ans d'encadrement d'équipe ou plus",
        "partial",
        expect.stringMatching(/1 an et 5 mois, moins que les 3 ans demandés ; aucun titre de lead/),
      ],
    ]);
  });

  it("lists a lead title and a leading requirement, each with a verdict", async () => {
    const rows = await reportOf(
      "Looking for a Lead Data Engineer: Databricks, Unity Catalog, Python, Terraform, 3+ years leading a team.",
    );
    expect(rows.map(([r, v]) => `${r}: ${v}`)).toEqual([
      "Lead Data Engineer: partial",
      "Databricks: met",
      // (A migration strategy and a POC for it only.)
      "Unity Catalog: partial",
      "Python: met",
      "Terraform: not_in_profile",
      "3+ years leading a team: partial",
    ]);
    expect(find(rows, "Lead Data Engineer")?.[2]).toMatch(supervised);
  });

  it("keeps mentoring juniors as met: what the profile shows", async () => {
    const rows = await reportOf("Mentor junior data engineers\n2+ years mentoring juniors");
    expect(rows.map(([r, v]) => `${r}: ${v}`)).toEqual([
      "Mentor junior data engineers: met",
      "2+ years mentoring juniors: partial",
    ]);
  });

  it.each([
    [
      "Data Engineer Senior (5+ ans)\nNous recherchons un profil avec Spark et Scala sur AWS",
      "Data Engineer Senior",
      "titre : Senior Data Engineer chez Decathlon",
    ],
    ["on cherche un DE senior spark/airflow/aws 5 ans min", "data engineer senior", "titre : Senior Data Engineer"],
    ["Data Engineer confirmé, 3 ans d'exp mini", "Data Engineer confirmé", "titre : Senior Data Engineer"],
    ["JD: Senior data engineer, dbt, Airflow, 6+ yrs.", "Senior data engineer", "title held: Senior Data Engineer"],
    ["Experienced Data Engineer", "Experienced Data Engineer", "title held: Senior Data Engineer at Decathlon"],
  ])("grades the title and seniority of %s by his titles", async (description, label, note) => {
    const rows = await reportOf(description);
    const row = find(rows, label);
    expect(row?.[1]).toBe("met");
    expect(row?.[2]).toContain(note);
  });

  it("says which titles he held when the one asked is not among them", async () => {
    const rows = await reportOf("Senior Data Scientist\nSpark");
    expect(rows[0]).toEqual(["Senior Data Scientist", "not_in_profile", expect.stringMatching(/^titles held: /)]);
  });
});

describe("a fit asked in the chat, in a few words", () => {
  let conversation = 0;
  const ask = (text: string) => core.engine.answer({ text, conversationId: `fit-${++conversation}` });
  const lines = (answer: { answer: string }) => answer.answer.split("\n").filter((l) => l.startsWith("• "));

  it("reads 'JD: …, 6+ yrs. thoughts?' as a report: the years against his career, not a passage", async () => {
    const a = await ask("JD: Senior data engineer, GCP (BigQuery, Dataflow), dbt, Airflow, 6+ yrs. thoughts?");
    expect(lines(a)).toEqual([
      expect.stringMatching(/^• Senior data engineer: ✔ met \(title held: Senior Data Engineer at Decathlon/),
      "• GCP: ✘ not in the profile",
      "• BigQuery: ✘ not in the profile",
      // Named by the asker, so never dropped unsaid, though no lexicon knows it.
      "• Dataflow: ✘ not in the profile",
      "• dbt: ✘ not in the profile",
      expect.stringMatching(/^• Airflow: ✔ met/),
      expect.stringMatching(/^• 6\+ years of experience: ✔ met \(7 years and 10 months in the profile, counted to/),
    ]);
    expect(a.answer).not.toMatch(/13 h|6 minutes|\(6 months\)/);
  });

  it("grades no mission length", async () => {
    const a = await ask("mission: migrate Glue catalog to Unity Catalog on Databricks, 6 months, fit?");
    expect(lines(a).map((l) => l.split(":")[0])).toEqual(["• Glue", "• Databricks", "• Unity Catalog"]);
  });

  it("answers « on cherche un DE senior spark/airflow/aws 5 ans min, ça matche ? » with a report", async () => {
    const a = await ask("on cherche un DE senior spark/airflow/aws 5 ans min, ça matche ?");
    expect(a.answer.split("\n")[0]).toBe("Répond à 5 exigences sur 5.");
    expect(lines(a)[0]).toMatch(/^• Data Engineer senior : ✔ oui \(titre : Senior Data Engineer chez Decathlon/);
    expect(lines(a)[4]).toMatch(/^• 5 ans d'expérience ou plus : ✔ oui \(7 ans et 10 mois d'après le profil, compté/);
  });

  it("reads « 3 ans d'exp mini » as years, not « mini » as a missing skill", async () => {
    const a = await ask(
      "Mission : Data Engineer confirmé, stack GCP BigQuery + dbt + Airflow, 3 ans d'exp mini. Il correspond ?",
    );
    expect(a.answer).not.toMatch(/mini/);
    expect(lines(a)).toContainEqual(expect.stringMatching(/^• 3 ans d'expérience ou plus : ✔ oui/));
    expect(lines(a)).toContainEqual(expect.stringMatching(/^• Data Engineer confirmé : ✔ oui/));
  });

  it("reads 'Req: Snowflake expert, 3+ yrs snowflake' as Snowflake's years, below what is asked", async () => {
    const a = await ask("Req: Snowflake expert, 3+ yrs snowflake");
    expect(lines(a)).toEqual([
      expect.stringMatching(/^• 3\+ years of Snowflake: ◐ partly \(1 year and 5 months in the roles that list it\)/),
    ]);
  });

  it("reads 'w/ 4 yrs min', and a taught skill is no yes for a job doing it", async () => {
    const emr = await ask("need someone strong in Scala + Spark on AWS EMR w/ 4 yrs min");
    expect(lines(emr)).toContainEqual(expect.stringMatching(/^• 4\+ years of experience: ✔ met/));
    const kafka = await ask("looking for a kafka streaming engineer, 3 yrs kafka in production");
    expect(lines(kafka)).toEqual(["• 3+ years of Kafka: ✘ not in the profile (taught only, not used in a role) [1]"]);
  });

  it("lists every requirement of 'Looking for a Lead Data Engineer: …, 3+ years leading a team'", async () => {
    const a = await ask(
      "Looking for a Lead Data Engineer: Databricks, Unity Catalog, Python, Terraform, 3+ years leading a team. " +
        "Does he match?",
    );
    expect(lines(a)).toHaveLength(6);
    expect(lines(a)).toContainEqual(
      expect.stringMatching(/^• 3\+ years leading a team: ◐ partly \(supervised 2 people at AAA-Data, January 2020/),
    );
  });
});

describe("years and leading, asked in other words", () => {
  it("ties years in brackets or after 'for' to the technologies before them, not to those after", async () => {
    const rows = await reportOf(
      "Strong experience with Spark and Scala (3+ years)\nHands-on AWS (S3, EMR) for at least 2 years\n" +
        "Good knowledge of Snowflake (2 years minimum) and of Python",
    );
    expect(rows.map(([r, v]) => `${r}: ${v}`)).toEqual([
      "3+ years of Spark: met",
      "3+ years of Scala: met",
      "2+ years of AWS: met",
      "2+ years of S3: met",
      // (The CV doesn't date EMR's decommissioning at Decathlon: 2 years at most, no "met".)
      "2+ years of EMR: partial",
      "2+ years of Snowflake: partial",
      "Python: met",
    ]);
  });

  it("reads a range as its lower bound, and '0-2 years' as no years asked", async () => {
    const rows = await reportOf(
      "Experienced data engineer (3 to 5 years), Spark\nData Engineer Junior\n0-2 years experience",
    );
    expect(rows.map(([r, v]) => `${r}: ${v}`)).toEqual([
      "Experienced data engineer: met",
      "Spark: met",
      "3+ years of experience: met",
      "Data Engineer Junior: partial",
    ]);
  });

  it("reads « dont 3 ans en tant que lead » and « vous encadrerez une équipe de 5 » as leading", async () => {
    const rows = await reportOf(
      "Nous recherchons un profil expérimenté.\nVous encadrerez une équipe de 5 data engineers.\n" +
        "Au moins 7 ans d'expérience dont 3 ans en tant que lead.",
    );
    // 7 years counted to today, 6 years and 7 months when the CV was written: partly.
    expect(rows.filter(([, v]) => v === "partial").map(([r]) => r)).toEqual([
      "Vous encadrerez une équipe de 5 data engineers",
      "3 ans d'encadrement d'équipe ou plus",
      "7 ans d'expérience ou plus",
    ]);
  });

  it("grades 'Staff' and 'Principal' by his titles, not as leading people", async () => {
    const rows = await reportOf("Staff data engineer; 8 years minimum; Spark");
    expect(rows).toEqual([
      ["Staff data engineer", "partial", "title held: Senior Data Engineer at Decathlon, since May 2021"],
      ["8+ years of experience", "partial", expect.stringMatching(/^7 years and 10 months in the profile, counted/)],
      ["Spark", "met", expect.any(String)],
    ]);
  });

  it("reads « JD: DE confirmé, 4 ans mini sur Spark » in the chat: the title, and Spark's years", async () => {
    const a = await core.engine.answer({
      text: "JD: DE confirmé, 4 ans mini sur Spark, Databricks, GCP",
      conversationId: "de",
    });
    const lines = a.answer.split("\n").filter((l) => l.startsWith("• "));
    expect(lines.map((l) => l.split(" : ")[0])).toEqual([
      "• Data Engineer confirmé",
      "• 4 ans de Spark ou plus",
      "• Databricks",
      "• GCP",
    ]);
  });

  it.each([
    ["at least 3 years on Databricks\nSpark", "3+ years of Databricks", "partial"],
    // (Its move to Databricks at Decathlon undated: at most 3 years, no "met".)
    ["Nous cherchons : au moins 3 ans sur Databricks", "3 ans de Databricks ou plus", "partial"],
    ["Nous cherchons : une expérience de 5 ans minimum en Python", "5 ans de Python ou plus", "met"],
    ["Req: 5y+ exp, spark", "5+ years of experience", "met"],
    ["team management 2+ years\nSpark", "2+ years leading a team", "partial"],
    ["Staff engineer, 10 ans d'expérience minimum, Spark", "10 ans d'expérience ou plus", "partial"],
  ])("reads %s", async (description, requirement, verdict) => {
    expect(find(await reportOf(description), requirement)?.[1]).toBe(verdict);
  });
});

describe("titles in a description that are not the one wanted", () => {
  it("grades no title someone else holds, and one title asked twice once", async () => {
    const rows = await reportOf(
      "Senior Data Engineer (H/F)\nYou will report to the Lead Data Engineer\n" +
        "You will work with senior data engineers and analysts\nwe work alongside our tech lead\n" +
        "Senior Data Engineers wanted\nSpark",
    );
    expect(rows.map(([r, v]) => `${r}: ${v}`)).toEqual(["Senior Data Engineer: met", "Spark: met"]);
  });
});

describe("a labelled list of technologies", () => {
  it("'Must have: PySpark, …, CI/CD' checks CI/CD alone, not the label and the whole line", async () => {
    const rows = await reportOf("Senior Data Engineer - Paris\nMust have: PySpark, Airflow, AWS (S3, EMR), CI/CD");
    expect(rows.map(([r]) => r)).toContain("CI/CD");
    expect(rows.map(([r]) => r).filter((r) => /must have/i.test(r))).toEqual([]);
    const report = await core.engine.fit!("Must have: PySpark, Airflow, AWS (S3, EMR), CI/CD");
    const ci = report.requirements.find((r: FitRequirement) => r.requirement === "CI/CD");
    expect(ci?.citations.some((c) => /Set-up of CI\/CD/.test(c.text))).toBe(true);
  });
});

describe("a job's alternatives and its items that name no tool", () => {
  it("'Snowflake or BigQuery', « Collibra ou équivalent »: the lacking alternative is no requirement", async () => {
    const rows = await reportOf("Requirements: 4+ years with Spark, Airflow experience, AWS, Snowflake or BigQuery");
    expect(rows.map(([r]) => r)).not.toContain("BigQuery");
    expect(find(rows, "Snowflake")?.[1]).toBe("met");
    const fr = await reportOf("Outils : Spark, Airflow, Collibra ou equivalent");
    expect(fr.map(([r]) => r)).toEqual(["Spark", "Airflow", "Collibra"]);
    // Two names the profile lacks, one or the other, are both lacking.
    const both = await reportOf("Requirements: Kubernetes or Terraform, Spark");
    expect(both.filter(([, v]) => v === "not_in_profile").map(([r]) => r)).toEqual(["Kubernetes", "Terraform"]);
  });

  it("'Spark, CI/CD, Jenkins': CI/CD is read and met, not dropped", async () => {
    const rows = await reportOf("Competences : Spark, CI/CD, Jenkins");
    expect(find(rows, "CI/CD")?.[1]).toBe("met");
    expect(rows).toHaveLength(3);
  });

  it("a sector wished for with its frame ('… is a plus', « … appréciée ») read; either sector meets it", async () => {
    const rows = await reportOf(
      "- Terraform\n- Experience in financial services is a plus\n- Expérience secteur bancaire ou assurance appréciée",
    );
    expect(find(rows, /financial services/)).toBeDefined();
    expect(find(rows, /bancaire ou assurance/)?.[1]).toBe("met");
  });
});

describe("a description's sentences and its languages", () => {
  it("'Kubernetes. 5 years experience minimum.': the years are the career's, not Kubernetes'", async () => {
    const rows = await reportOf("Stack: Spark, Kafka, Kubernetes. 5 years experience minimum.");
    expect(find(rows, "Kubernetes")?.[1]).toBe("not_in_profile");
    expect(find(rows, /^5\+ years of experience$/)?.[1]).toBe("met");
    expect(rows.map(([r]) => r)).not.toContain("5+ years of Kubernetes");
  });

  it("« Français et anglais courants, allemand apprécié » is his to say, not 'partly' from a passage", async () => {
    const rows = await reportOf("Environnement : Databricks.\nFrançais et anglais courants, allemand apprécié.");
    expect(find(rows, /^Français et anglais courants/)?.[1]).toBe("not_in_profile");
  });
});

describe("a job ad's sections about the company, its perks and its process", () => {
  const ad = [
    "À propos de nous",
    "Nous sommes une scale-up de la fintech basée à Paris, 200 collaborateurs.",
    "Vos missions",
    "Concevoir et maintenir nos pipelines de données batch et temps réel.",
    "Profil recherché",
    "Vous maîtrisez Python et SQL, ainsi que Spark.",
    "Une expérience sur GCP est indispensable.",
    "Avantages",
    "Tickets restaurant, mutuelle, 2 jours de télétravail.",
  ].join("\n");

  it("grades no heading, no line about the company and no perk; counts them apart", async () => {
    const report = await core.engine.fit!(ad);
    const asked = report.requirements.map((r) => r.requirement);
    expect(asked).toEqual(expect.arrayContaining(["Python", "SQL", "Spark", "GCP"]));
    expect(asked.join(" | ")).not.toMatch(/propos|Vos missions|Profil recherché|Avantages|collaborateurs|Tickets/);
    expect(report.summary).toMatch(/Non évaluées : \d lignes sur l'entreprise ou ses avantages\./);
    expect(report.summary).toMatch(/2 jours de télétravail/);
  });

  it("sets aside an inline interview process and the ad's own instructions", async () => {
    const report = await core.engine.fit!(
      "Requirements: Spark; Airflow. Interview process: 1 call with the lead, 1 technical case study. " +
        "Please send CVs before Friday. We are an equal opportunity employer.",
    );
    const asked = report.requirements.map((r) => r.requirement);
    expect(asked).toEqual(expect.arrayContaining(["Spark", "Airflow"]));
    expect(asked.join(" | ")).not.toMatch(/Interview|case study|send CVs|equal opportunity/);
    expect(report.summary).toMatch(/Not graded: \d lines? about the company or its benefits\./);
  });

  it("sets aside a first line « We are a… » alone, and grades the list under it", async () => {
    const report = await core.engine.fit!(
      "We are a fintech startup based in Paris.\n- 5 years of Spark\n- Kafka\n- Airflow",
    );
    const asked = report.requirements.map((r) => r.requirement);
    expect(asked).toEqual(expect.arrayContaining([expect.stringMatching(/Spark/), "Kafka", "Airflow"]));
    expect(report.summary).toMatch(/Not graded: 1 line about the company or its benefits\./);
  });

  it("reads « We are a startup looking for a Lead Data Engineer with 8+ years » as the job itself", async () => {
    const report = await core.engine.fit!(
      "We are a startup looking for a Lead Data Engineer with 8+ years of experience",
    );
    expect(report.requirements.length).toBeGreaterThan(0);
    expect(report.requirements.some((r) => r.verdict === "met")).toBe(false);
  });

  it("ends the blurb under « About us » at « What we are looking for »", async () => {
    const report = await core.engine.fit!(
      "About us\nWe build payments.\nWhat we are looking for\n- Spark\n- Terraform",
    );
    expect(report.requirements.map((r) => r.requirement)).toEqual(["Spark", "Terraform"]);
  });
});

describe("years of management asked alone", () => {
  it("« 2 ans de management » is years of leading people, not of experience", async () => {
    const rows = await reportOf("Profil recherché :\n1. Databricks\n2. 2 ans de management");
    expect(find(rows, /d'expérience ou plus/)).toBeUndefined();
    expect(find(rows, "2 ans d'encadrement d'équipe ou plus")?.[1]).toBe("partial");
  });
});
