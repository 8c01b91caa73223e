import { chunkMarkdown } from "../../src/knowledge/chunk-markdown.js";
import type { Chunk } from "../../src/knowledge/chunk.js";

/** A two-role CV in English, small enough to reason about: a work role, then a teaching role. */
export const MINI_CV_EN = [
  "## Acme (Paris) - Data Engineer - Freelance",
  "2021 - 2023",
  "Tech stack: Apache Spark, Scala, AWS (S3, EMR)",
  "",
  "Team: 4 engineers",
  "### Platform",
  "- Kafka pipeline in Scala for 12 stores",
  "- Migration to BigQuery and dbt",
  "## Lyon University - Lecturer",
  "2019 - 2021",
  "- Taught SQL to master students",
].join("\n");

/** The French rendering of MINI_CV_EN, bullet for bullet. */
export const MINI_CV_FR = [
  "## Acme (Paris) - Data Engineer - Freelance",
  "2021 - 2023",
  "Stack technique : Apache Spark, Scala, AWS (S3, EMR)",
  "",
  "Équipe : 4 ingénieurs",
  "### Plateforme",
  "- Pipeline Kafka en Scala pour 12 magasins",
  "- Migration vers BigQuery et dbt",
  "## Lyon University - Vacataire",
  "2019 - 2021",
  "- Enseignement du SQL en master",
].join("\n");

/** The passages of a CV written in markdown, as the chunker makes them (doc "cv", so both languages pair). */
export function cvChunks(lang: "en" | "fr", text = lang === "en" ? MINI_CV_EN : MINI_CV_FR): Chunk[] {
  return chunkMarkdown({ source: `cv.${lang}.md`, doc: "cv", lang, text });
}
