import { describe, expect, it } from "vitest";
import { detectProfileIntent } from "../../src/profile/profile-intents.js";
import { readerPerFile } from "../helpers/test-core.js";

const built = readerPerFile();
const intentOf = (question: string) => detectProfileIntent(built.reader.read(question));

describe("detectProfileIntent", () => {
  it("knows questions about the profile as a whole", () => {
    expect(intentOf("How many years of experience does he have?")).toEqual({ kind: "total_experience" });
    expect(intentOf("Which companies has he worked for?")).toEqual({ kind: "employers" });
    expect(intentOf("What is his current role?")).toEqual({ kind: "current", role: null });
    expect(intentOf("hi! what's his job title?")).toEqual({ kind: "current", role: null });
    expect(intentOf("slt, il fait quoi ce candidat ?")).toEqual({ kind: "current", role: null });
    expect(intentOf("il sait faire quoi ?")).toEqual({ kind: "skills", role: null });
    expect(intentOf("il est senior ?")).toMatchObject({ kind: "title", title: "senior" });
    expect(intentOf("yo combien d'xp en databricks stp")).toMatchObject({ kind: "tech_experience" });
    expect(intentOf("quel est son intitulé de poste ?")).toEqual({ kind: "current", role: null });
    expect(intentOf("What are his main skills?")).toEqual({ kind: "skills", role: null });
    expect(intentOf("Résume son profil en 3 lignes")).toEqual({ kind: "summary", brief: true });
    expect(intentOf("Has he led a team?")).toEqual({ kind: "leadership", role: null });
    for (const q of ["how many people did he manage?", "combien de personnes il encadrait ?"])
      expect(intentOf(q), q).toMatchObject({ kind: "leadership" });
    expect(intentOf("is he senior enough to lead a data platform team?")).toEqual({ kind: "leadership", role: null });
    // A verb of leading people with nobody named: « il encadre ? », "did he supervise at Decathlon?".
    expect(intentOf("il encadre ?")).toEqual({ kind: "leadership", role: null });
    expect(intentOf("did he supervise at Decathlon?")).toEqual({ kind: "leadership", role: "cv#decathlon" });
    expect(intentOf("he managed the migration at Decathlon?")?.kind).not.toBe("leadership");
    // Whether he can lead, with nobody named: « il sait encadrer ? », "can he lead?"; not "can he manage Spark?".
    for (const q of ["il sait encadrer ?", "can he lead?", "est-il capable d'encadrer ?", "il sait manager ?"])
      expect(intentOf(q)?.kind, q).toBe("leadership");
    expect(intentOf("can he manage spark clusters?")?.kind).not.toBe("leadership");
  });

  it("names the role, year or technology the question is about", () => {
    expect(intentOf("What did he do at Decathlon?")).toEqual({ kind: "overview", role: "cv#decathlon" });
    expect(intentOf("what was his title at MAIF?")).toEqual({ kind: "overview", role: "cv#maif", titled: true });
    expect(intentOf("How long was he at MAIF?")).toEqual({ kind: "role_duration", role: "cv#maif" });
    expect(intentOf("What did he do before AAA-Data?")).toEqual({ kind: "before", role: "cv#aaa-data" });
    expect(intentOf("et après MAIF ?")).toEqual({ kind: "after", role: "cv#maif" });
    expect(intentOf("what has he been doing since 2021?")).toMatchObject({ kind: "timeline", open: "since" });
    expect(intentOf("il faisait quoi avant 2020 ?")).toMatchObject({ kind: "timeline", open: "before" });
    expect(intentOf("what is he doing now?")).toEqual({ kind: "current", role: null });
    expect(intentOf("What did he do in 2020?")).toEqual({ kind: "timeline", year: 2020, until: 2020 });
    // (A part of the year asked, its months too: "mid 2019" is May to August.)
    for (const [q, from, to] of [
      ["in mid 2019 where did he work?", 5, 8],
      ["il faisait quoi début 2019 ?", 1, 4],
      ["and in the summer of 2019?", 6, 8],
    ] as const)
      expect(intentOf(q)).toMatchObject({ kind: "timeline", year: 2019, until: 2019, part: { from, to } });
    expect(intentOf("what was he doing last year?")).toEqual({ kind: "timeline_ago", years: 1 });
    expect(intentOf("il bossait où il y a 3 ans ?")).toEqual({ kind: "timeline_ago", years: 3 });
    expect(intentOf("where was he working two years ago?")).toEqual({ kind: "timeline_ago", years: 2 });
    expect(intentOf("ça fait combien de temps qu'il enseigne ?")).toEqual({ kind: "teaching_duration" });
    for (const q of ["quels gains il a apportés ?", "c quoi le plus gros projet qu'il a fait ?"])
      expect(intentOf(q)).toMatchObject({ kind: "results" });
    for (const q of ["what was his first job?", "c'etait quoi son premier poste ?", "when did he start his career?"])
      expect(intentOf(q)).toEqual({ kind: "first_role" });
    for (const q of [
      "quand a-t-il commencé chez Pernod ?",
      "il a rejoint EPISEN quand ?",
      "what years was he at MAIF?",
    ])
      expect(intentOf(q)).toMatchObject({ kind: "role_duration" });
    for (const q of ["list the companies he worked at", "il a travaillé pour qui ?"])
      expect(intentOf(q)).toEqual({ kind: "employers" });
    // Those before his current roles.
    for (const q of ["ses anciens employeurs ?", "who were his previous employers?"])
      expect(intentOf(q)).toEqual({ kind: "employers", past: true });
    for (const q of ["sa liste de clients ?", "his career path, in order?"])
      expect(intentOf(q)).toEqual({ kind: "employers" });
    expect(intentOf("show me his career timeline")).toEqual({ kind: "employers", oldestFirst: true });
    for (const q of ["what's the earliest job on his CV?", "c'était quoi son plus ancien poste ?"])
      expect(intentOf(q)).toEqual({ kind: "first_role" });
    expect(intentOf("il donne toujours des cours ?")).toMatchObject({ kind: "taught" });
    for (const q of ["roughly how many yrs in data overall? need a number for the client", "combien d'xp au total ?"])
      expect(intentOf(q), q).toEqual({ kind: "total_experience" });
    // Hedges, typos and how he works with it don't hide the technology asked about.
    for (const [q, name] of [
      ["how long has he ben coding in scala?", "Scala"],
      ["how much Snowflake xp does he have, in years?", "Snowflake"],
      ["how many years of Docker roughly?", "Docker"],
    ])
      expect(intentOf(q!), q).toMatchObject({ kind: "tech_experience", technology: { name } });
    expect(intentOf("How long has he used Spark?")).toMatchObject({
      kind: "tech_experience",
      technology: { name: "Spark" },
    });
    expect(intentOf("How long has he used Spark?")).not.toHaveProperty("since");
  });

  it("reads a contract asked of a role: the kind asked, or which", () => {
    expect(intentOf("was he a contractor at AAA-Data?")).toEqual({
      kind: "contract",
      role: "cv#aaa-data",
      asked: "freelance",
    });
    expect(intentOf("il était en CDI chez MAIF ?")).toMatchObject({ kind: "contract", asked: "permanent" });
    expect(intentOf("what kind of contract at Pernod Ricard?")).toMatchObject({ kind: "contract", asked: "which" });
    expect(intentOf("did he hire contractors for Spark at Decathlon?")?.kind).not.toBe("contract");
  });

  it("reads 'since when?' with a technology as its start, not its time", () => {
    for (const q of ["since when has he used Databricks?", "depuis quand fait-il du databricks ?"])
      expect(intentOf(q), q).toMatchObject({
        kind: "tech_experience",
        technology: { name: "Databricks" },
        since: true,
      });
    expect(intentOf("depuis combien de temps fait-il du databricks ?")).not.toHaveProperty("since");
  });

  it("leaves alone questions that only share a word with a whole-profile question", () => {
    expect(intentOf("What did he achieve in his career?")).toMatchObject({ kind: "results" });
    for (const q of [
      "Does he do any modelling now?",
      "How long has he been training models?",
      "Combien de temps a duré sa formation ?",
      "What is he learning this year?",
      "What databases has he used in his career?",
      "What was his first job in machine learning?",
      "Est-ce que son CV mentionne du machine learning ?",
    ])
      expect(intentOf(q), q).not.toMatchObject({
        kind: expect.stringMatching(/^(current|teaching_duration|timeline_ago|employers|first_role)$/),
      });
  });

  it("leaves to retrieval a question whose subject the intent can't answer, and one with no intent", () => {
    expect(intentOf("How many years of experience with Kubernetes?")).toBeNull();
    expect(intentOf("how long has he been doing ETL with Spark?")).toBeNull();
    expect(intentOf("Has he used Airflow?")).toBeNull();
    expect(intentOf("hello!")).toBeNull();
  });
});
