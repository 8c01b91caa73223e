import { describe, expect, it } from "vitest";
import { fitRequestOf } from "../../src/answer/fit-request.js";

describe("telling a fit request from a question", () => {
  it.each([
    [
      "JD: Senior data engineer, GCP (BigQuery, Dataflow), dbt, Airflow, 6+ yrs. thoughts?",
      ["Senior data engineer", "GCP (BigQuery", "Dataflow)", "dbt", "Airflow", "6+ yrs"],
    ],
    [
      "mission: migrate Glue catalog to Unity Catalog on Databricks, 6 months, fit?",
      ["migrate Glue catalog to Unity Catalog on Databricks", "6 months"],
    ],
    ["on cherche un DE senior spark/airflow/aws 5 ans min, ça matche ?", ["un DE senior spark/airflow/aws 5 ans min"]],
    [
      "Mission : Data Engineer confirmé, stack GCP BigQuery + dbt + Airflow, 3 ans d'exp mini. Il correspond ?",
      ["Data Engineer confirmé", "stack GCP BigQuery + dbt + Airflow", "3 ans d'exp mini"],
    ],
    ["Req: Snowflake expert, 3+ yrs snowflake", ["Snowflake expert", "3+ yrs snowflake"]],
    [
      "need someone strong in Scala + Spark on AWS EMR w/ 4 yrs min",
      ["strong in Scala + Spark on AWS EMR w/ 4 yrs min"],
    ],
    [
      "looking for a kafka streaming engineer, 3 yrs kafka in production",
      ["a kafka streaming engineer", "3 yrs kafka in production"],
    ],
    ["Spark, Airflow, AWS — good fit?", ["Spark", "Airflow", "AWS"]],
    ["besoin d'un tech lead data, 3 ans d'encadrement min, GCP", ["tech lead data", "3 ans d'encadrement min", "GCP"]],
    ["We need Spark, Airflow, AWS, is he a good fit?", ["Spark", "Airflow", "AWS"]],
    [
      "we're hiring a senior DE: 5+ years, spark, team management 2+ years",
      ["a senior DE: 5+ years", "spark", "team management 2+ years"],
    ],
    ["looking for 5 years of Spark, does he have that?", ["5 years of Spark"]],
    ["We need Spark, Airflow and AWS. Does he have all that?", ["Spark", "Airflow", "AWS"]],
    [
      "je cherche un data engineer senior AWS / Spark / Scala pour une mission de 6 mois, ca peut coller ?",
      ["un data engineer senior AWS / Spark / Scala"],
    ],
  ])("reads %s as requirements, the closing question off", (message, lines) => {
    expect(fitRequestOf(message)?.split("\n")).toEqual(lines);
  });

  it.each([
    "Is he a good fit for Spark and Airflow?",
    "does he have 5+ years of experience?",
    "has he got 3 years of Spark?",
    "I need to know whether he did Spark",
    "How many years of Spark does he have?",
    "I'm looking for his availability, his rate and his notice period",
    "il a fait du Spark et de l'Airflow ?",
    "hiring manager asks: has he used Spark?",
    "Il a 5 ans d'expérience ?",
    "I'm hiring for a fintech, streaming-heavy role. Has he run Kafka in prod?",
    "on recherche un profil data senior. Il a deja fait du Kafka ?",
  ])("leaves a question to the chat: %s", (message) => {
    expect(fitRequestOf(message)).toBeNull();
  });
});
