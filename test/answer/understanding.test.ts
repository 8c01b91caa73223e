import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/create-core.js";
import { createTestCore, memoryQuestionLog, testAsker } from "../helpers/test-core.js";

let core: Core;
beforeAll(async () => {
  core = await createTestCore();
});

let conversation = 0;
/** Asks in a fresh conversation, or in `id`'s. */
const ask = (text: string, id = `c${++conversation}`) => core.engine.answer({ text, conversationId: id });
const lead = (answer: { answer: string }) => answer.answer.split("\n")[0]!;

describe("offline answers to messages as people write them", () => {
  it.each([
    "Hello, has he worked with Airflow?",
    "<@U0123ABC> <!channel> does he know Airflow?",
    "<@123456789012345678> @everyone has he worked with Airflow? :wave:",
    "Hi there! Quick question: could you tell me if he knows Airflow? Thanks!",
  ])("answers the question inside the chatter and markup: %s", async (message) => {
    const a = await ask(message);
    expect(a.answered).toBe(true);
    expect(lead(a)).toBe("Yes — Airflow: used at Decathlon (since May 2021), AAA-Data (January 2020 - May 2021).");
  });

  it("answers a French greeting and question in French", async () => {
    const a = await ask("Bonjour, a-t-il fait du chiffrement de données personnelles ?");
    expect(a).toMatchObject({ answered: true, language: "fr" });
    expect(lead(a)).toBe("Oui — le profil le mentionne chez Decathlon, depuis mai 2021.");
  });

  it.each([
    ["thanks!", "You're welcome!"],
    ["merci", "Avec plaisir !"],
    ["👍", "👍 Anything else"],
  ])("answers chatter briefly, as chatter: %s", async (message, reply) => {
    const a = await ask(message);
    expect(a).toMatchObject({ answered: false, reason: "chatter", citations: [] });
    expect(a.answer.startsWith(reply)).toBe(true);
  });

  it("greets back with example questions", async () => {
    const a = await ask("hi");
    expect(a.reason).toBe("chatter");
    expect(a.answer).toMatch(/^Hello! .*\n• Has he done PII encryption\?/);
  });

  it("never makes chatter the topic of a follow-up, nor logs it as an unanswered question", async () => {
    const log = memoryQuestionLog();
    const asker = testAsker(core.engine, log);
    await asker.ask({ text: "Has he used Snowflake?", conversationId: "thanks-flow" }, { platform: "cli" });
    await asker.ask({ text: "thanks!", conversationId: "thanks-flow" }, { platform: "cli" });
    const next = await asker.ask({ text: "when was that?", conversationId: "thanks-flow" }, { platform: "cli" });
    expect(next.ok && lead(next.answer)).toContain("Snowflake");
    expect(log.questions.map((q) => q.answer?.reason ?? null)).toEqual([null, "chatter", null]);
  });

  it.each([
    ["Has he used airflw?", "Reading “airflw” as “Airflow”. Yes — Airflow:"],
    ["Does he know databriks?", "Reading “databriks” as “Databricks”. Yes — Databricks:"],
  ])("reads a typo as the profile's word and says so: %s", async (message, start) => {
    const a = await ask(message);
    expect(a.answered).toBe(true);
    expect(lead(a).startsWith(start)).toBe(true);
    expect(a.corrections).toHaveLength(1);
  });

  it("makes no yes of the CV's most common word alone, and says why it doesn't answer", async () => {
    const weather = await ask("has he worked with weather data?");
    expect(weather.answered).toBe(false);
    expect(lead(weather)).toBe("The profile doesn't mention “weather”.");
  });

  it("quotes a passage naming a synonym of the thing asked before its neighbours under one heading", async () => {
    const a = await ask("experience with orchestration?");
    const airflow = a.citations.findIndex((c) => /^Airflow: automatic generation of DAGs/.test(c.text));
    const tests = a.citations.findIndex((c) => /unit tests/.test(c.text));
    expect(airflow).toBeGreaterThanOrEqual(0);
    expect(tests === -1 || tests > airflow).toBe(true);
  });

  it("counts the people a team roster lists, by role", async () => {
    const a = await ask("how big was his team at Decathlon?");
    expect(lead(a)).toBe("Team, as the profile lists it: 7 people at Decathlon, since May 2021.");
    expect(a.citations[0]!.text).toBe("Team: 3 Data Engineers, 1 Front-end, 1 Fullstack Engineer, 1 PO, 1 Tech Lead");
  });

  it("checks a list of a job's requirements one by one, as the fit report does", async () => {
    const a = await ask("We need: Spark, Terraform, Airflow and mentoring");
    expect(a.answer.split("\n").slice(0, 5)).toEqual([
      "Meets 3 of 4 requirements. Not in the profile: Terraform.",
      expect.stringMatching(/^• Spark: ✔ met/),
      "• Terraform: ✘ not in the profile",
      expect.stringMatching(/^• Airflow: ✔ met/),
      expect.stringMatching(/^• mentoring: ✔ met/),
    ]);
  });

  it("says which thing is not in the profile, not the known technology asked with it", async () => {
    const a = await ask("does he have experience with Delta Lake optimisation like Z-order or vacuum?");
    expect(lead(a)).toBe("Z-order: not in the profile · vacuum: not in the profile");
  });

  it("names what is missing even when none of the other words is there", async () => {
    const students = await ask("combien d'etudiants ?");
    expect(lead(students)).toBe("Le profil ne donne pas le nombre d'« etudiants » ; ce qu'il en dit :");
    expect(students.citations[0]!.section).toMatch(/^EPISEN/);
  });

  it("never lets an ordinary word veto the answer", async () => {
    const skills = await ask("quelles sont ses compétences principales ?");
    expect(skills.answered).toBe(true);
    expect(lead(skills)).toMatch(
      /^Compétences principales, selon le nombre de postes .*: Spark \(4 postes\), Python \(4 postes\)/,
    );
    const spark = await ask("Has he used Spark in his previous missions?");
    expect(spark.answered).toBe(true);
    expect(spark.answer).not.toContain("missions");
  });

  it("cites every role where a skill appears, most recent first, and how it appears", async () => {
    const a = await ask("Has he used Spark?");
    expect(lead(a)).toBe(
      "Yes — Spark: used at Decathlon (since May 2021), AAA-Data (January 2020 - May 2021), Pernod Ricard (April " +
        "2019 - October 2019), MAIF (January 2019 - January 2020); taught at EPISEN (since November 2022).",
    );
    expect(a.citations.map((c) => c.section.split(" — ")[0])).toEqual([
      "Decathlon",
      "AAA-Data (Automotive)",
      "Pernod Ricard",
      "MAIF",
      "EPISEN",
    ]);
    expect(a.citations[0]!.text).toMatch(/Spark ingestions on EMR/);
  });

  it("gives a verdict for each thing asked about", async () => {
    const a = await ask("Has he used Snowflake and Kubernetes?");
    expect(a.answered).toBe(true);
    expect(a.parts).toEqual([
      { subject: "Snowflake", verdict: "yes", citations: [1] },
      { subject: "Kubernetes", verdict: "not_in_profile", citations: [] },
    ]);
    expect(lead(a)).toBe(
      "Snowflake: yes — used at AAA-Data (January 2020 - May 2021) [1] · Kubernetes: not in the profile",
    );
    expect(lead(await ask("does he have experience with CI/CD and Docker?"))).toMatch(
      /^CI\/CD: yes — .* · Docker: yes/,
    );
    // Used? Kafka was taught, not used: part of what was asked.
    const fr = await ask("A-t-il utilisé Spark et Kafka ?");
    expect(fr.parts?.map((p) => p.verdict)).toEqual(["yes", "partial"]);
    expect(lead(fr)).toMatch(
      /^Spark : oui — utilisé chez Decathlon .* · Kafka : enseigné à EPISEN \(depuis novembre 2022\), pas utilisé dans/,
    );
  });

  it("never answers 'yes' from words scattered over the profile, or from the wrong kind of passage", async () => {
    const team = await ask("Has he led a team?");
    expect(team.citations.length).toBeGreaterThan(0);
    expect(team.citations.every((c) => !c.text.startsWith("Team:"))).toBe(true);
    const sql = await ask("Has he used SQL?");
    expect(lead(sql)).not.toMatch(/SQL: used at/);
    const streaming = await ask("Has he done real-time streaming in production?");
    expect(streaming).toMatchObject({ answered: false, reason: "partial" });
    expect(lead(streaming)).toBe(
      "The profile mentions “streaming” at EPISEN, since November 2022, but not “production” with it.",
    );
    expect(streaming.citations[0]!.text).toMatch(/Kafka/);
  });

  it("says 'yes' only when the profile knows most of what is asked, and names the words it lacks", async () => {
    // One word of the question in the CV ("volumétrie") is no answer to the rest of it.
    const a = await ask("il a deja bricolé un vieux velo pour sa volumetrie costaud ?");
    expect(a.answered).toBe(false);
    // "vieux" is an everyday French word: not what the question is about, so not named.
    expect(lead(a)).toMatch(/^Le profil mentionne « volumetrie » .*mais pas « bricolé », « velo » ni « costaud »/);
    expect(a.citations).toHaveLength(1);
  });

  it("answers from one role's passages together only when they hold every telling word of the question", async () => {
    // MAIF's passages hold "notebooks", "experimental" and "daily"-like words, but not the coaching asked about.
    const a = await ask("has he coached people daily on experimental notebooks?");
    expect(a.answered).toBe(false);
    expect(lead(a)).not.toMatch(/^Yes/);
    const fr = await ask("a-t-il accompagné au quotidien des collègues sur des notebooks expérimentaux ?");
    expect(fr.answered).toBe(false);
    expect(lead(fr)).toMatch(
      /^Le profil mentionne « notebooks » et « expérimentaux » chez MAIF.*mais pas « accompagné »/,
    );
  });

  it("quotes first a passage saying it in its own words, before those holding it through their heading", async () => {
    // Every bullet under "Migration cloud et modernisation" holds both words through the heading.
    const a = await ask("Merci ! Il a deja fait de la migration cloud ?");
    // "Migration" in their own words, the cloud through a name ("Glue", "Snowflake"), not only the heading.
    expect(a.citations[0]!.text).toMatch(/^(Contexte : Migration du système d'information|Définition d'une stratégie)/);
    expect(a.citations[1]!.text).toMatch(/^(Contexte : Migration du système|Définition d'une stratégie de migration)/);
    expect(a.citations.map((c) => c.text)).not.toContain(
      "Optimisation des performances par parallélisation des traitements",
    );
  });

  it("takes from a stack line only the names it lists", async () => {
    // AAA-Data's stack names Python; nothing there says he rewrote anyone's code for a cluster. MAIF's port of
    // the data scientists' algorithms to PySpark says it in other words.
    const a = await ask("has he rewritten python code of data scientists so that it runs on a cluster?");
    expect(lead(a)).toMatch(
      /^Yes — the profile mentions it at MAIF, .*\(in other words than “rewritten” or “cluster”\)/,
    );
    expect(a.citations.every((c) => !c.text.startsWith("Tech stack"))).toBe(true);
  });

  it.each(["where is he based?", "how do I contact him?", "What is 2+2?"])(
    "cites no CV bullet for %s",
    async (message) => {
      const a = await ask(message);
      expect(a).toMatchObject({ answered: false, citations: [] });
    },
  );

  it("detects French with hyphenated inversions", async () => {
    const a = await ask("A-t-il fait Kafka ?");
    expect(a.language).toBe("fr");
    expect(lead(a)).toBe(
      "Kafka : enseigné à EPISEN (depuis novembre 2022) ; le profil ne le montre pas utilisé dans un poste.",
    );
  });

  it("keeps the subject and changes the role on 'and at AAA-Data?'; a new subject is a new question", async () => {
    const id = "follow";
    await ask("Has he worked with Airflow?", id);
    const there = await ask("and at AAA-Data?", id);
    expect(lead(there)).toBe("Yes — Airflow: used at AAA-Data (January 2020 - May 2021).");
    const kafka = await ask("and Kafka at Decathlon?", id);
    expect(kafka).toMatchObject({ answered: false, reason: "partial" });
    expect(lead(kafka)).toBe("The profile mentions “Kafka” at EPISEN, since November 2022, but not at Decathlon.");
    const docker = await ask("Docker?", id);
    expect(lead(docker)).toMatch(/^Yes — Docker: used at AAA-Data/);
  });

  it.each([
    ["does he know postgres?", /^Reading “postgres” as “PostgreSQL”\. Yes — PostgreSQL: used at AAA-Data/],
    ["hey, how many years of xp does he have?", /^About 7 years and \d+ months? of experience/],
    ["what did he do in Jan 2020?", /^In January 2020: Data Engineer at AAA-Data/],
    ["yo does he kno spark n airflow??", /Spark: yes .* · Airflow: yes/],
  ])("reads what people type: %s", async (message, expected) => {
    expect(lead(await ask(message))).toMatch(expected);
  });

  it.each([
    "How many years of experience with Kubernetes?",
    "Did he use Terraform in 2020?",
    "What were his results with Snowpark?",
  ])("never answers a whole-profile question about something the profile lacks: %s", async (message) => {
    const a = await ask(message);
    expect(a).toMatchObject({ answered: false, verdict: "not_in_profile" });
  });

  it("answers 'was he ever a tech lead?' with his titles, and no claim beyond them", async () => {
    const a = await ask("was he ever a tech lead?");
    expect(a).toMatchObject({ answered: false, verdict: "not_in_profile" });
    expect(lead(a)).toMatch(
      /^The profile gives these titles: Senior Data Engineer \(Decathlon\), .*; it doesn't say he was a tech lead\. /,
    );
    // No lead title, but where he supervised others.
    expect(lead(a)).toMatch(/ It shows he supervised others at AAA-Data \(January 2020 – May 2021\)\.$/);
  });

  it("takes 'thanks a lot, super helpful!' as thanks", async () => {
    expect(await ask("thanks a lot, super helpful!")).toMatchObject({ reason: "chatter" });
  });

  it.each(["did he build fraud detection models at MAIF?", "has he ever shipped a mobile app?"])(
    "never answers yes when what is asked is a word the profile lacks: %s",
    async (message) => {
      const a = await ask(message);
      expect(a.answered).toBe(false);
    },
  );

  it("answers 'how many' with the passage that gives the number, and says so when the profile gives none", async () => {
    const teams = await ask("combien d'équipes utilisent l'outil qu'il développe chez Decathlon ?");
    expect(teams.answered).toBe(true);
    expect(teams.citations[0]!.text).toContain("160 équipes");
    // The French CV counts the school's "élèves", not the course's "étudiants".
    const students = await ask("combien d'étudiants y a-t-il dans son cours de big data à l'EPISEN ?");
    expect(students.answered).toBe(false);
    expect(lead(students)).toMatch(/^Le profil ne donne pas le nombre d'« étudiants » chez EPISEN/);
  });

  it("never answers 'how many X?' with a figure of something else, and reads units written as symbols", async () => {
    const euros = await ask("how many euros did his storage cost optimisation save decathlon per month?");
    // The only euro figure in the profile is AAA-Data's licence, not a saving at Decathlon: the saving is
    // quoted, without a figure.
    expect(euros.answered).toBe(false);
    expect(lead(euros)).toMatch(/^The profile mentions “cost”, “optimisation” and “save” at Decathlon.*not “euros”/);
    expect(euros.citations.map((c) => c.id)).toEqual(["cv.en#decathlon.s1.b3"]);
    const hours = await ask("il donne combien d'heures de cours à l'école d'ingé ?");
    expect(hours.answered).toBe(true);
    expect(hours.citations.some((c) => /\d+\s?h\b/.test(c.text))).toBe(true);
  });

  it("takes a technology only where the profile names it, not through the thesaurus", async () => {
    // The thesaurus puts Jenkins with CI/CD; Decathlon's CI/CD bullet never names Jenkins.
    const a = await ask("did he use jenkins at decathlon?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^The profile mentions “jenkins” at (AAA-Data|MAIF).*, but not at Decathlon\.$/);
  });

  it("checks a job description pasted whole as the fit report does, one line per requirement", async () => {
    const en = await ask(
      "Hi! I'm hiring for a London fintech. We're building a lakehouse on AWS and Databricks and migrating to " +
        "Unity Catalog. PII is a big topic with regulators, so encryption matters. The person will present to " +
        "non-technical people every week and mentor two juniors. Does he fit?",
    );
    expect(lead(en)).toMatch(/^Meets \d of \d requirements\./);
    // (A migration strategy and a POC for it only: partly.)
    expect(en.answer).toContain("\n• Unity Catalog: ◐ partly (a strategy or a proof of concept only, not its use)");
    expect(en.citations.some((c) => /^Team:/.test(c.text))).toBe(false);
    const fr = await ask(
      "Nous recherchons un data engineer senior à Lyon pour une mission de 12 mois. Stack : GCP, BigQuery, " +
        "Airflow, Python, SQL. Vous accompagnerez les data scientists dans la mise en production des modèles.",
    );
    expect(fr.answer).toContain("\n• GCP : ✘ absent du profil");
    expect(fr.answer).toMatch(/\n• Airflow : ✔ oui/);
  });

  it("checks each duty of a sentence, finds SQL as the chat does, and gives every verdict a source", async () => {
    const a = await ask(
      "We're looking for a senior data engineer to join our data platform team.\n" +
        "Must have: 5+ years of experience, Spark (Scala or PySpark), AWS, Airflow, Databricks, strong SQL.\n" +
        "Nice to have: Kafka, dbt, Terraform, Kubernetes, data governance (Collibra), experience mentoring juniors.\n" +
        "You will design and build scalable data pipelines, optimise cloud costs, and ensure data quality.\n" +
        "English fluent required.",
    );
    const lines = a.answer.split("\n").filter((l) => l.startsWith("• "));
    expect(lines.find((l) => l.startsWith("• SQL:"))).toMatch(/^• SQL: ✔ met \[\d+\]$/);
    expect(lines.some((l) => l.startsWith("• optimise cloud costs: ✔ met"))).toBe(true);
    expect(lines.find((l) => l.startsWith("• ensure data quality: "))).toMatch(/: (✔ met|◐ partly) \[\d+\]/);
    expect(lines).toContain("• English fluent required: ✘ not in the profile (only the candidate can say)");
    for (const l of lines.filter((x) => /✔|◐/.test(x))) expect(l, l).toMatch(/\[\d+\]$/);
  });

  it("reads an employer described as the CV describes it, and says so", async () => {
    expect(lead(await ask("how long has he been teaching at that engineering school?"))).toMatch(
      /^Reading “engineering school” as “EPISEN”\. At EPISEN since November 2022 — 4 years as of today/,
    );
    expect(lead(await ask("combien de temps chez l'assureur ?"))).toBe(
      "Je lis « assureur » comme « MAIF ». Chez MAIF de janvier 2019 à janvier 2020 — 1 an.",
    );
    expect(lead(await ask("what did he do at the insurer?"))).toMatch(/^Reading “insurer” as “MAIF”\. At MAIF/);
    // A company the CV doesn't describe is not one of his employers.
    expect(lead(await ask("how long was he at the bank?"))).not.toMatch(/Reading/);
  });

  it("takes 'remote ok?' as the remote-work question, and thanks with a greeting as thanks", async () => {
    expect(lead(await ask("remote ok?"))).toMatch(/^The profile doesn't say whether he works remotely/);
    expect(lead(await ask("Salut, merci beaucoup !"))).toMatch(/^Avec plaisir/);
  });

  it("answers « il a fait de l'enseignement ? » with what he taught, quoting the course's outline", async () => {
    const a = await ask("il a fait de l'enseignement ?");
    expect(lead(a)).toMatch(/^Chez EPISEN \(depuis novembre 2022\), enseigné : Spark, Kafka/);
    expect(a.citations.some((c) => c.text.includes("10h CM : concepts fondamentaux"))).toBe(true);
  });

  it("asks a short or pointing follow-up of the employer just named", async () => {
    const id = "follow-employer";
    await ask("what did he do at Pernod Ricard?", id);
    expect(lead(await ask("which tools there?", id))).toMatch(
      /^At Pernod Ricard \(April 2019 – October 2019\): Databricks/,
    );
    expect(lead(await ask("and after that?", id))).toMatch(/^Right after Pernod Ricard: Data Engineer at AAA-Data/);
    await ask("qu'a-t-il fait chez AAA-Data ?", id);
    expect(lead(await ask("taille de l'équipe ?", id))).toBe(
      "Équipe, telle que le profil la décrit : 5 personnes chez AAA-Data (Automobile), janvier 2020 - mai 2021.",
    );
    // Asked of no employer, every roster, most recent first.
    expect(lead(await ask("how big was his team?"))).toMatch(/^Team, as the profile lists it: 7 people at Decathlon/);
  });

  it("needs both words of a two-word notion: « sécurité réseau » is not MAIF's branch network", async () => {
    const a = await ask("il a des notions de securite reseau ?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/mais pas « securite » avec\.$/);
    expect((await ask("il fait de la qualité de données ?")).answered).toBe(true);
  });

  it("answers in passing questions: current employment, junior or senior, a list without a colon", async () => {
    expect(lead(await ask("Is he currently employed? where?"))).toMatch(
      /^Currently: Senior Data Engineer at Decathlon/,
    );
    // Either-or: his title and experience, not a "yes".
    expect(lead(await ask("il est plutot junior ou senior ?"))).toMatch(
      /^Senior Data Engineer chez Decathlon .*expérience/,
    );
    const fit = await ask("Je cherche qqn avec Spark, Airflow, Kafka, Snowflake et AWS, ca colle ?");
    expect(fit.answer).toMatch(/\n• Kafka : ◐ en partie \(enseigné seulement/);
  });

  it("quotes as results what he changed, not what his employer is", async () => {
    const a = await ask("quels résultats concrets il a obtenu ?");
    expect(a.citations.some((c) => /leader|monopole/i.test(c.text))).toBe(false);
    expect(a.citations.some((c) => c.text.includes("de 13h à 6 minutes"))).toBe(true);
  });

  it("asks « depuis combien de temps il y est ? » of the employer just named", async () => {
    const id = "y-est";
    await ask("qu'a-t-il fait à l'EPISEN ?", id);
    expect(lead(await ask("depuis combien de temps il y est ?", id))).toMatch(
      /^Chez EPISEN depuis novembre 2022 — 4 ans/,
    );
    expect(lead(await ask("il utilisait quels outils là-bas ?", id))).toMatch(/^Chez EPISEN/);
  });

  it("tells a pasted job description from a recruiter's long message, and a list from owner questions", async () => {
    const long = await ask(
      "Hello, I'm Claire, a recruiter at Hays. I have a few questions before my call with the client. " +
        "How long was he at Decathlon, and has he ever managed a team? Thanks!",
    );
    expect(lead(long)).not.toMatch(/requirements|Hays/);
    expect(lead(await ask("I'm looking for his availability, his rate and his notice period"))).toMatch(
      /^The profile doesn't say when he is available/,
    );
    expect(lead(await ask("We need Spark, Airflow, AWS, is he a good fit?"))).toBe("Meets 3 of 3 requirements.");
  });

  it("reads 'the trainer job' as a title, 'years as a freelancer' as freelance time", async () => {
    expect(lead(await ask("How long was the trainer job?"))).not.toMatch(/^Reading/);
    expect(lead(await ask("how many years as a freelancer?"))).toMatch(/^About 5 years and 6 months as a freelancer/);
  });

  it("takes 'is there…?' and « il y a… ? » as no place: the question stands alone", async () => {
    const id = "exists";
    await ask("what did he do at MAIF?", id);
    expect(lead(await ask("is there any leadership experience?", id))).toMatch(
      /^Yes — he supervised 2 junior data engineers/,
    );
  });

  it("reads chat shorthand: 'exp', 'xp', 'avail', 'asap', 'wat'", async () => {
    const kafka = await ask("kafka exp?");
    expect(lead(kafka)).toBe(
      "Kafka: taught at EPISEN (since November 2022); the profile doesn't show it used in a role.",
    );
    expect(lead(await ask("is he avail asap?"))).toMatch(/^The profile doesn't say when he is available\./);
    const decathlon = await ask("wat did he do at decathalon");
    expect(lead(decathlon)).toMatch(/^Reading “decathalon” as “Decathlon”\. At Decathlon \(Senior Data Engineer/);
  });

  it("reads an everyday French word as French, not as a brand of the same name", async () => {
    // « mal » in « mal formés » is no name the profile lacks.
    const a = await ask("A-t-il mis en place des contrôles qui isolent les fichiers mal formés ?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.text).toContain("Reject Table");
  });

  it("shows, for what the profile half holds, the passage naming what was asked", async () => {
    const a = await ask("a-t-il deja recupere des donnees en appelant une API externe ?");
    expect(a.answered).toBe(false);
    expect(a.citations[0]!.text).toContain("API Google Places");
  });

  it("reads 'terabyte' and 'téraoctets' as the CV's '400 TB' / '400 To', and quotes that figure first", async () => {
    const en = await ask("Has he handled terabyte-scale data?");
    expect(en.answered).toBe(true);
    expect(en.citations[0]!.text).toMatch(/400 TB daily/);
    const fr = await ask("Combien de téraoctets traite la plateforme ?");
    expect(fr.citations[0]!.text).toMatch(/400 To quotidiens/);
  });

  it("lets light words ('take', 'get') weigh nothing: the figure asked about answers", async () => {
    const a = await ask("did he ever take a batch load that ran for hours and get it down to a few minutes?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.text).toMatch(/from 13 h to 6 minutes/);
  });

  it("reads a French word cut short as the profile's word, not as another it begins", async () => {
    const a = await ask("il donne combien d'heures de cours à l'école d'ingé ?");
    expect(lead(a)).toMatch(/^Je lis « ingé » comme « ingénieur/);
    // « expé » could be « expérience », which the CV never writes: it is not read as « expérimentaux ».
    const b = await ask("c'est quoi son expé en prod ?");
    expect(b.answer).not.toMatch(/Je lis « expé »/);
  });

  it("says no 'yes' when all it knows of a question are everyday words", async () => {
    // "new", "data", "shows" are in the CV; the spreadsheet the question is about (misspelt) is not.
    const a = await ask("can his jobs kick off on their own when new data shows up in a spreadhseet?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/but not .*“spreadhseet” with it\.$/);
  });

  it("takes a slip of an everyday word as everyday: it doesn't void the rest of the question", async () => {
    const a = await ask("Does he wrte unit tests?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.text).toMatch(/unit tests across all ingestion components/);
  });

  it("answers 'how many people did he work with' from the team roster, whatever its label", async () => {
    const a = await ask("with how many people did he work at Pernod?");
    expect(a.citations.map((c) => c.text)).toEqual(["Team: 1 Tech Lead, 1 Trainer"]);
    const fr = await ask("avec qui il bossait chez AAA-Data ?");
    expect(fr.citations[0]!.text).toBe("Équipe : 1 PO, 1 Tech Lead, 3 Data Engineers");
    // Teams of users are not his team.
    const users = await ask("how many teams use the platform?");
    expect(users.citations.every((c) => !c.text.startsWith("Team:"))).toBe(true);
  });

  it("answers 'what did he achieve at X?' with the role's figures", async () => {
    const a = await ask("what did he achieve at Decathlon?");
    expect(lead(a)).toBe("Results the profile gives with figures:");
    expect(a.citations[0]!.text).toMatch(/400 TB daily/);
  });

  it("answers 'hired as a data scientist?' with his titles, in the asker's language", async () => {
    const a = await ask("was he ever hired as a data scientist?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(
      /^The profile gives these titles: Senior Data Engineer \(Decathlon\).*he was a data scientist\.$/,
    );
    const fr = await ask("il a bossé comme chef de projet ?");
    expect(fr.answered).toBe(false);
    expect(lead(fr)).toMatch(/Formateur Data \(Pernod Ricard\).*il ne dit pas qu'il était chef de projet\.$/);
    // A title he held: every role that holds it.
    const held = await ask("has he worked as a data engineer?");
    expect(held.citations.map((c) => c.section.split(" — ")[0])).toEqual([
      "Decathlon",
      "AAA-Data (Automotive)",
      "MAIF",
    ]);
  });

  it("answers 'what does he teach?' with the subjects and the course, in the asker's language", async () => {
    const a = await ask("what does he actually teach at EPISEN?");
    expect(lead(a)).toBe("At EPISEN (since November 2022), taught: Spark, Kafka, among the topics quoted below.");
    expect(a.citations.map((c) => c.text)).toContain(
      'Teaching in the course unit "Data Mining, Warehouse, Viz, Big data, NoSQL for health systems".',
    );
    const fr = await ask("il enseigne quoi ?");
    // Asked about his teaching as a whole, where he trained colleagues too.
    expect(lead(fr)).toBe(
      "Chez EPISEN (depuis novembre 2022), enseigné : Spark, Kafka, parmi les sujets cités ci-dessous. " +
        "Il forme aussi : Pernod Ricard (avril 2019 – octobre 2019).",
    );
    // How long he has taught is a duration, not a list of subjects.
    const since = await ask("Ça fait combien de temps qu'il enseigne à l'EPISEN ?");
    expect(lead(since)).toMatch(/^Chez EPISEN depuis novembre 2022/);
  });

  it("says what leadership the profile shows, and no 'yes', when a team size is asked", async () => {
    const a = await ask("a-t-il managé une équipe de plus de 5 personnes ?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^Le profil indique qu'il a encadré 2 personnes, pas 5, chez AAA-Data/);
    expect(a.citations[0]!.text).toMatch(/^Supervision technique de 2 data engineers junior/);
    const en = await ask("has he managed a team of 10 engineers?");
    expect(en.answered).toBe(false);
    expect(lead(en)).toMatch(/^The profile says he supervised 2, not 10, at AAA-Data/);
  });

  it("reads 'lead the data engineering team' as a leadership question", async () => {
    const a = await ask("Did he lead the data engineering team at Decathlon?");
    expect(a.answered).toBe(false);
    expect(lead(a)).not.toMatch(/^Yes/);
  });

  it("answers 'how many years has he coded in Python' with the time he used Python", async () => {
    const a = await ask("Bonjour, ça fait combien d'années qu'il code en Python ?");
    expect(lead(a)).toMatch(/^Python : environ \d+ ans( et \d+ mois)? à ce jour dans les postes qui le citent, /);
    expect(lead(a)).toMatch(/, chez Decathlon \(depuis mai 2021\)/);
  });

  it("leaves what he would want next, his weak points and his car to him", async () => {
    for (const q of [
      "is he open to a full-time permanent role (CDI)?",
      "serait-il ouvert à un CDI ?",
      "is he looking for a new mission?",
      "quel est son point faible ?",
      "il a une voiture ? lol",
    ]) {
      const a = await ask(q);
      expect(a, q).toMatchObject({ answered: false, reason: "owner_only" });
    }
    expect(lead(await ask("is he open to relocating or a permanent contract?"))).toMatch(/^The profile /);
  });

  it("answers 'where does he work today?', 'employed or freelance?' with his current roles", async () => {
    for (const q of ["where does he work today?", "is he currently employed or freelance?", "what's he up to now?"])
      expect(lead(await ask(q)), q).toMatch(/^Currently: Senior Data Engineer at Decathlon \(Freelance\)/);
    expect(lead(await ask("il est salarié ou freelance actuellement ?"))).toMatch(
      /^Actuellement : Senior Data Engineer/,
    );
  });

  it("sets aside how-are-yous, 'dear bot' and a dash after the greeting", async () => {
    expect(lead(await ask("Hi! How are you? Has he done PII encryption?"))).toBe(
      "Yes — the profile mentions it at Decathlon, since May 2021.",
    );
    expect(lead(await ask("Dear bot, has he used Jenkins?"))).toMatch(/^Yes — Jenkins: used at AAA-Data/);
    expect(lead(await ask("Hi there 👋 — quick one, Spark?"))).toMatch(/^Yes — Spark: used at Decathlon/);
    expect(lead(await ask("Bonjour, ça va ? il connait Airflow ?"))).toMatch(/^Oui — Airflow : utilisé chez Decathlon/);
  });

  it("takes 'thank you so much!!', 'hey quick q' and « petite question rapide » as chatter", async () => {
    expect((await ask("thank you so much!!")).answer).toMatch(/welcome/i);
    expect(lead(await ask("has he used spark? haha"))).toMatch(/^Yes — Spark: used at Decathlon/);
    for (const q of ["hey quick q", "hello, petite question rapide", "lol"]) {
      const a = await ask(q);
      expect(a.citations, q).toEqual([]);
      expect(a.reason, q).toBe("chatter");
    }
  });

  it("takes an introduction with no question as a greeting, and 'thanks for everything' as thanks", async () => {
    for (const q of [
      "Hi there! I'm hiring for a fintech, quick screening questions",
      "Bonjour, je suis recruteuse chez Hays, j'aurais quelques questions",
    ]) {
      const a = await ask(q);
      expect(a.reason, q).toBe("chatter");
      expect(a.answer, q).toMatch(/^(Hello!|Bonjour !)/);
    }
    // A name the profile lacks, asked about, is still said to be missing.
    expect(lead(await ask("I'm hiring for a Kubernetes role"))).toBe("The profile doesn't mention “Kubernetes”.");
    for (const q of ["merci pour tout, bonne journee", "thanks for everything, have a great day"])
      expect((await ask(q)).reason, q).toBe("chatter");
  });

  it("reads two names side by side as two things ('docker k8s?'), and 'vs' as asking nothing", async () => {
    expect(lead(await ask("docker k8s?"))).toMatch(
      /^Docker: yes — used at AAA-Data .* · Kubernetes: not in the profile$/,
    );
    // One thing described: "the old AWS hadoop clusters" is not AWS, then Hadoop.
    expect(lead(await ask("did he retire the old AWS hadoop clusters?"))).not.toMatch(/AWS: yes/);
    const vs = await ask("datalake vs lakehouse exp?");
    expect(vs.citations[0]?.text).toBe("Migration from Datalake to Lakehouse");
  });

  it("gives no 'yes' to a question asking what: 'what's autoloader?', « quelle expérience avec Spark ? »", async () => {
    expect(lead(await ask("what's autoloader"))).toBe("Autoloader: used at Decathlon (since May 2021).");
    expect(lead(await ask("Bonjour, quelle est son expérience avec Spark ?"))).toMatch(
      /^Spark : utilisé chez Decathlon/,
    );
    expect(lead(await ask("has he used autoloader?"))).toBe("Yes — Autoloader: used at Decathlon (since May 2021).");
  });

  it("reads two of the profile's words written as one: « dataviz »", async () => {
    const a = await ask("il a fait de la dataviz ?");
    expect(lead(a)).toMatch(/^Je lis « dataviz » comme « data viz »\. Oui — /);
    expect(a.citations.map((c) => c.text).join(" ")).toMatch(/visualisation/);
  });

  it("names what it lacks when only the CV's commonest word is found: 'data modeling' is not ML models", async () => {
    const a = await ask("has he done data modeling / dimensional modeling?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toBe("The profile doesn't mention “data modeling” or “dimensional”.");
  });

  it("keeps HR data and unit tests to the passages that say them", async () => {
    for (const q of ["has he done HR data?", "il a fait des tests unitaires ?", "does he write unit tests?"]) {
      const a = await ask(q);
      expect(a.answered, q).toBe(true);
      expect(new Set(a.citations.map((c) => c.section.split(" ")[0])), q).toEqual(new Set(["Decathlon"]));
    }
  });

  it("quotes first the passages giving a figure to 'what volumes?', 'biggest…?'", async () => {
    const a = await ask("biggest data volume he handled?");
    expect(
      a.citations
        .slice(0, 2)
        .map((c) => c.text)
        .join(" "),
    ).toMatch(/400 TB/);
  });

  it("asks 'in production?', « en prod ? » of the thing just asked about", async () => {
    await ask("has he used kafka?", "prod-en");
    const en = await ask("in production?", "prod-en");
    expect(en.answered).toBe(false);
    expect(lead(en)).toMatch(/“kafka” at EPISEN.*but not “production”/);
    await ask("il a deja fait du kafka ?", "prod-fr");
    expect(lead(await ask("en prod ?", "prod-fr"))).toMatch(/« kafka » chez EPISEN.*mais pas « prod »/);
  });

  it("leaves in which country he worked or lived to him", async () => {
    for (const q of [
      "has he worked in india?",
      "il a bossé en Inde ?",
      "has he worked in the UK?",
      "has he ever worked outside france?",
      "il a déjà travaillé hors de France ?",
    ]) {
      const a = await ask(q);
      expect(a, q).toMatchObject({ answered: false, reason: "owner_only" });
      expect(lead(a), q).toMatch(/in which countries he has worked|dans quels pays il a travaillé/);
    }
    expect((await ask("has he worked in data governance?")).answered).toBe(true);
  });

  it("answers a recruiter's « je cherche un data engineer senior » with his title, and greets in French", async () => {
    expect(lead(await ask("bonjour, je cherche un data engineer senior pour un client"))).toMatch(
      /^Senior Data Engineer chez Decathlon \(Freelance\), depuis mai 2021 ; environ \d+ ans/,
    );
    expect(lead(await ask("we're looking for a data engineer"))).toMatch(/^Yes — Senior Data Engineer at Decathlon/);
    expect(lead(await ask("hello, petite question rapide"))).toMatch(/^Bonjour !/);
  });

  it("reads R as a language the profile lacks, and a sentence listing tools after the question", async () => {
    expect(lead(await ask("il sait coder en R ?"))).toBe("Le profil ne mentionne pas « R ».");
    expect(lead(await ask("Does he know R or Julia?"))).toBe("R: not in the profile · Julia: not in the profile");
    expect(lead(await ask("C'est quoi son stack ?"))).toMatch(/^Compétences principales/);
    expect(lead(await ask("il gère la partie infra ? terraform, kube, ce genre de trucs"))).toBe(
      "Terraform : absent du profil · Kubernetes : absent du profil",
    );
  });

  it("answers « slt, c qui ce profil en gros ? » with a summary, and who came first of two roles", async () => {
    expect(lead(await ask("slt, c qui ce profil en gros ?"))).toMatch(/^Senior Data Engineer chez Decathlon/);
    expect(lead(await ask("Was MAIF before or after Pernod Ricard?"))).toMatch(
      /Pernod Ricard \(April 2019 – October 2019\) and MAIF \(January 2019 – January 2020\)/,
    );
    expect(lead(await ask("il a deja géré une migration cloud ?"))).not.toMatch(/MAIF/);
  });

  it("walks back with 'and before that?' from the role the last answer named", async () => {
    await ask("What did he do before Decathlon?", "chain");
    expect(lead(await ask("and before that?", "chain"))).toMatch(/^Just before AAA-Data: Data Engineer at MAIF/);
    expect(lead(await ask("and before that?", "chain"))).toBe("The profile lists no role before MAIF.");
    await ask("what did he do after MAIF?", "chain-after");
    expect(lead(await ask("and after that?", "chain-after"))).toMatch(/^Right after AAA-Data: Senior Data Engineer/);
  });

  it("keeps R when a word follows it, a brand whole, and a question whatever small talk follows it", async () => {
    const r = await ask("Has he used R in production?");
    expect(r.answered).toBe(false);
    expect(lead(r)).toBe("The profile doesn't mention “R”.");
    expect(lead(await ask("Has he used Salesforce?"))).toBe("The profile doesn't mention “Salesforce”.");
    expect(lead(await ask("Has he used Kafka? My colleague Bob from Capgemini recommended him."))).toBe(
      "Kafka: taught at EPISEN (since November 2022); the profile doesn't show it used in a role.",
    );
  });

  it("answers a skill from the CV, not as a wish: 'ready to lead', 'prefer Python or Scala?'", async () => {
    expect(lead(await ask("Is he ready to lead a team?"))).toMatch(/^Yes — he supervised 2 junior data engineers/);
    expect((await ask("Does he prefer Python or Scala?")).answered).toBe(true);
    const germany = await ask("Has he worked with Spark in Germany?");
    expect(germany.reason).not.toBe("owner_only");
  });

  it("asks 'and the team?', « combien de personnes dans l'équipe ? » of the employer at hand", async () => {
    await ask("What did he do at AAA-Data?", "team-1");
    expect(lead(await ask("and the team?", "team-1"))).toBe(
      "Team, as the profile lists it: 5 people at AAA-Data (Automotive), January 2020 - May 2021.",
    );
    await ask("How did he get the ministry ingestion from 13 hours down to 6 minutes?", "team-2");
    expect(lead(await ask("combien de personnes dans l equipe ?", "team-2"))).toBe(
      "Équipe, telle que le profil la décrit : 5 personnes chez AAA-Data (Automobile), janvier 2020 - mai 2021.",
    );
  });

  it("says which of two roles came first, overlapping or not", async () => {
    expect(lead(await ask("Was he at MAIF before or after AAA-Data?"))).toBe(
      "MAIF (January 2019 – January 2020) began first, then AAA-Data (January 2020 – May 2021).",
    );
  });

  it("answers « il enseigne quels sujets ? » with what he taught", async () => {
    expect(lead(await ask("il enseigne quels sujets ?"))).toMatch(/^Chez EPISEN \(depuis novembre 2022\), enseigné :/);
  });

  it("leaves availability and certifications to the candidate, even asked casually", async () => {
    for (const q of ["when could he start a new mission?", "est-ce qu'il a une certif Databricks ou AWS ?"]) {
      const a = await ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.reason, q).toBe("owner_only");
    }
  });
});

describe("questions read as a recruiter means them (eighth session)", () => {
  it("asks about X in « X, ou c'est que de la Y ? », 'X or only Y?'", async () => {
    const fr = await ask("Il a déjà fait du machine learning, ou c'est que de la data eng ?");
    expect(fr.answered).toBe(true);
    expect(lead(fr)).toMatch(/^Oui — /);
    expect(fr.answer).not.toContain("« eng »");
    const en = await ask("has he done Spark or just pandas?");
    expect(lead(en)).toMatch(/^Yes — Spark: used at Decathlon/);
  });

  it("reads 'in X and in Y', « en X et en Y » as two things, names or not", async () => {
    const a = await ask("bonjour, il a de l'exp en machine learning et en streaming temps reel ?");
    expect(lead(a)).toMatch(/^Machine Learning : oui — .* · streaming( temps r[ée]el)? : oui — EPISEN/);
  });

  it("checks a job named in one sentence: 'would he be a fit for a senior data engineer role on AWS?'", async () => {
    const a = await ask("Would he be a fit for a senior data engineer role on AWS?");
    expect(lead(a)).toBe("Meets 2 of 2 requirements.");
    expect(a.answer).toContain("• AWS: ✔ met");
    const fr = await ask("il correspond à un poste de data architect avec Spark ?");
    expect(lead(fr)).toBe("Répond à 1 exigence sur 2. Absent du profil : data architect.");
    // No job named: still a judgement the CV can't make.
    expect((await ask("is he a good fit for our team?")).reason).toBe("owner_only");
  });

  it("leaves « sa formation », « licence ou master ? » to him, never quoting the training he gives", async () => {
    for (const q of ["Quelle est sa formation ?", "il a une licence ou un master ?", "il a fait quelles études ?"]) {
      const a = await ask(q);
      expect(a, q).toMatchObject({ answered: false, reason: "owner_only", citations: [] });
    }
    expect((await ask("il a donné des formations ?")).answered).toBe(true);
  });

  it("sets aside 'at some point', 'by any chance', « à un moment donné »", async () => {
    const emr = await ask("Did he help get rid of EMR at some point?");
    expect(lead(emr)).toBe("Yes — the profile mentions it at Decathlon, since May 2021.");
    expect(emr.citations.map((c) => c.text)).toEqual(["Decommissioning of EMR in favour of Databricks"]);
    expect(lead(await ask("il a fait du Scala à un moment donné ?"))).toBe(
      "Oui — Scala : utilisé chez Decathlon (depuis mai 2021).",
    );
  });
});

describe("his contracts over his career", () => {
  it("answers 'always freelance?' no, « déjà été salarié ? » yes, each with the roles by contract", async () => {
    expect(lead(await ask("has he always been freelance?"))).toBe(
      "No — freelance: Decathlon (since May 2021), EPISEN (since November 2022); permanent contracts: AAA-Data " +
        "(January 2020 – May 2021), Pernod Ricard (April 2019 – October 2019), MAIF (January 2019 – January 2020).",
    );
    expect(lead(await ask("a-t-il déjà été salarié ?"))).toMatch(
      /^Oui — en CDI : AAA-Data .* ; en freelance : Decathlon/,
    );
    expect(lead(await ask("il a deja ete en CDI ou il a toujours ete freelance ?"))).toMatch(/^Non — en freelance/);
    expect(lead(await ask("what kinds of contracts has he had?"))).toMatch(/^Freelance: Decathlon/);
  });

  it("answers 'was he employed at MAIF?' with that role's contract", async () => {
    expect(lead(await ask("has he ever been employed at MAIF?"))).toBe(
      "Yes — at MAIF (January 2019 – January 2020): Permanent contract.",
    );
    expect(lead(await ask("was he employed at Decathlon?"))).toBe("No — at Decathlon (since May 2021): Freelance.");
  });
});

describe("what a recruiter trial found (eighth session)", () => {
  it("never says « Oui » to 'was he fired?', 'is he French?', 'licensed?' from words of other senses", async () => {
    const cases: [string, string][] = [
      ["il a été licencié ?", "Le profil donne les dates de chaque poste, pas pourquoi il est parti."],
      ["why did he leave MAIF?", "The profile gives when each role began and ended, not why he left."],
      ["is he French?", "The profile says nothing about his private life."],
      ["is he licensed?", "The profile doesn't list his degrees or certifications."],
      ["il a fait quelle ecole ?", "Le profil ne mentionne ni diplômes ni certifications."],
      ["location?", "The profile doesn't say where he is based."],
    ];
    for (const [q, said] of cases) {
      const a = await ask(q);
      expect(a, q).toMatchObject({ answered: false, citations: [] });
      expect(a.answer.startsWith(said), q).toBe(true);
    }
  });

  it("answers 'is he a data scientist?', « il a déjà été Product Owner ? » with his titles", async () => {
    expect(lead(await ask("is he a data scientist?"))).toMatch(/^The profile gives these titles: .*data scientist\.$/);
    expect(lead(await ask("il a déjà été Product Owner ?"))).toMatch(/il ne dit pas qu'il était Product Owner\.$/);
  });

  it("answers 'does he manage people today?' of his current roles, not with a 'yes' from 2020", async () => {
    expect(lead(await ask("does he manage people today?"))).toBe(
      "Not in his current roles, as the profile tells them: Decathlon (since May 2021); EPISEN (since November " +
        "2022). Before: he supervised others at AAA-Data (January 2020 – May 2021).",
    );
    expect(lead(await ask("il encadre des gens aujourd'hui ?"))).toMatch(/^Pas dans ses postes actuels/);
  });

  it("reads 'rn', « cest », 'does he write tests?'", async () => {
    expect(lead(await ask("what's he working on rn?"))).toMatch(/^Currently: Senior Data Engineer at Decathlon/);
    const tests = await ask("does he write tests?");
    expect(tests.answered).toBe(true);
    expect(tests.citations[0]!.text).toContain("unit tests");
  });

  it("asks 'c'est quoi la stack', « c'était quoi le projet » of the role the conversation is on", async () => {
    await ask("il fait quoi chez decathlon ?", "facet-1");
    const stack = await ask("cest quoi la stack", "facet-1");
    expect(stack.citations.every((c) => c.role?.employer === "Decathlon")).toBe(true);
    await ask("has he used snowflake?", "facet-2");
    expect(lead(await ask("c'etait quoi le projet", "facet-2"))).toMatch(/^Chez AAA-Data \(Data Engineer/);
  });
});

describe("a kind of employer asked: 'did he work for a bank?'", () => {
  it("answers yes from how the CV describes an employer, synonyms included, and no otherwise", async () => {
    expect(lead(await ask("has he worked for a car company?"))).toBe(
      "Yes — as the CV describes them: AAA-Data (the French leader in automotive data).",
    );
    const government = await ask("did he work for the government?");
    expect(government.answered).toBe(false);
    expect(lead(government)).toMatch(
      /^The CV doesn.t describe any employer of the profile as “government”\. .* MAIF \(/,
    );
    expect(lead(await ask("il a bossé pour une banque ?"))).toMatch(
      /^Le CV ne décrit aucun de ses employeurs comme « banque »/,
    );
  });
});

describe("his career as a whole: longest role, gaps", () => {
  it("answers 'where did he stay the longest?' with every role by its time, longest first", async () => {
    expect(lead(await ask("which company did he spend the longest at?"))).toMatch(
      /^Longest: Decathlon \(since May 2021: 5 years and 6 months\)\. Up to when the CV was written .* Then: EPISEN/,
    );
    expect(lead(await ask("his shortest mission?"))).toMatch(
      /^Shortest: Pernod Ricard \(April 2019 – October 2019: 6 months\)/,
    );
    expect(lead(await ask("où est-il resté le plus longtemps ?"))).toMatch(/^Le plus long : Decathlon/);
  });

  it("answers 'any gaps?' from the dates, in both languages", async () => {
    expect(lead(await ask("any gaps in his career?"))).toMatch(
      /^No gap in the dates the CV gives: from January 2019 on/,
    );
    expect(lead(await ask("il y a des trous dans son cv ?"))).toMatch(/^Aucun trou dans les dates du CV/);
  });
});

describe("levels and teaching", () => {
  it("gives no 'yes' to 'is he a Spark expert?': where he used it, and that the CV doesn't rate it", async () => {
    const a = await ask("is he a Spark expert?");
    expect(lead(a)).toMatch(/^Spark: used at Decathlon .*The profile says where it was used, not how expert he is/);
    expect(lead(await ask("il est expert spark ?"))).toMatch(/^Spark : utilisé chez Decathlon .* pas à quel niveau/);
  });

  it("answers 'has he trained people on Databricks?' from the training role, whatever its words", async () => {
    const a = await ask("has he trained people on Databricks?");
    expect(lead(a)).toBe("Yes — the profile mentions it at Pernod Ricard, April 2019 - October 2019.");
    expect(a.citations[0]!.text).toContain("Databricks");
    expect((await ask("has he trained people on Terraform?")).answered).toBe(false);
  });
});

describe("a count asked with a verb the CV doesn't use", () => {
  it("quotes the passage giving the figure: « combien de data scientists il a accompagnés à la MAIF ? »", async () => {
    const a = await ask("Combien de data scientists il a accompagnés à la MAIF ?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.text).toBe("Mise en production effective par 15 data scientists répartis dans 4 équipes");
    const teams = await ask("how many teams use the platform he builds?");
    expect(teams.citations[0]!.text).toContain("160 teams");
  });
});

describe("whole-profile questions probed (eighth session)", () => {
  it("counts his employers: 'how many companies has he worked for?', « il a eu combien d'employeurs ? »", async () => {
    expect(lead(await ask("how many companies has he worked for?"))).toMatch(/^5 employers, as the CV lists them/);
    expect(lead(await ask("il a eu combien d'employeurs ?"))).toMatch(/^5 employeurs, dans l'ordre du CV/);
  });

  it("answers 'a 2 line pitch' with the summary, and 'more X or Y?' with his titles, no 'yes'", async () => {
    expect(lead(await ask("give me a 2 line pitch about him"))).toMatch(/^Senior Data Engineer at Decathlon/);
    expect(lead(await ask("is he more a data engineer or a data scientist?"))).toMatch(
      /^Titles, as the profile gives them: Senior Data Engineer at Decathlon/,
    );
    expect(lead(await ask("is he a data engineer?"))).toMatch(/^Yes — Senior Data Engineer at Decathlon/);
  });
});

describe("programming languages", () => {
  it("lists the languages of his roles for 'which languages does he code in?', « il code en quoi ? »", async () => {
    expect(lead(await ask("which languages does he code in?"))).toBe(
      "Programming languages, by how many roles use them: Python (4 roles), Scala (1 role).",
    );
    expect(lead(await ask("il code en quoi ?"))).toMatch(/^Langages de programmation, .* Python \(4 postes\)/);
    // Spoken languages stay his to say.
    expect((await ask("which languages does he speak?")).reason).toBe("owner_only");
  });
});

describe("second recruiter trial (eighth session)", () => {
  it("answers 'was he at Decathlon before 2021?' from that role's dates", async () => {
    expect(lead(await ask("did he work with Decathlon before 2021?"))).toBe("No — Decathlon: since May 2021.");
    expect(lead(await ask("était-il chez AAA-Data en 2019 ?"))).toBe("Non — AAA-Data : janvier 2020 – mai 2021.");
    // A year beside a technology says when, not what.
    expect(lead(await ask("did he use Spark at Decathlon in 2022?"))).toBe(
      "Yes — Spark: used at Decathlon (since May 2021).",
    );
  });

  it("reads « a t il ete data scientist ? », 'a front-end dev?' as titles, « IA générative » as a name", async () => {
    expect(lead(await ask("a t il ete data scientist ?"))).toMatch(/il ne dit pas qu'il était data scientist\.$/);
    expect(lead(await ask("is he a front-end dev?"))).toMatch(/^The profile gives these titles: /);
    expect(lead(await ask("il a fait de l'IA generative ?"))).toBe("Le profil ne mentionne pas « GenAI ».");
  });

  it("answers « sa stack globale », 'what kind of company is EPISEN?', « 3 ans mini »", async () => {
    expect(lead(await ask("quelle est sa stack globale ?"))).toMatch(/^Compétences principales/);
    const episen = await ask("what kind of company is EPISEN?");
    expect(episen.citations.some((c) => c.text.includes("public school of engineering"))).toBe(true);
    expect(
      lead(await ask("il ferait l'affaire pour une mission data engineer Spark Scala Databricks 3 ans mini ?")),
    ).toBe("Répond à 5 exigences sur 5.");
  });
});

describe("several questions, some only he can answer", () => {
  it("answers what the profile holds, and what only he can say: 'yoe in spark? is he available asap?'", async () => {
    const a = await ask("yoe in spark? and aws? and is he available asap?");
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/^Spark: about 7 years and 10 months .*The profile doesn't say when he is available\./);
    const kafka = await ask("has he used Kafka? where is he based?");
    expect(lead(kafka)).toMatch(/^Kafka: taught at EPISEN .* The profile doesn't say where he is based\./);
  });

  it("keeps an aside that asks on about his own topic his: « son niveau d'anglais ? toeic ou autre ? »", async () => {
    expect((await ask("son niveau d'anglais c'est quoi ? toeic ou autre ?")).reason).toBe("owner_only");
  });

  it("answers « mission actuelle ? », « TJM + dispo ? » in French", async () => {
    expect(lead(await ask("mission actuelle ?"))).toMatch(/^Actuellement : Senior Data Engineer chez Decathlon/);
    expect((await ask("TJM + dispo ?")).language).toBe("fr");
  });
});

describe("fit and follow-ups from the second trial", () => {
  it("checks 'would he fit a lead data engineer role with Kafka and Kubernetes?' one by one", async () => {
    const a = await ask("would he fit a lead data engineer role with Kafka streaming and Kubernetes?");
    expect(lead(a)).toMatch(/^Meets 0 of 3 requirements\./);
    expect(a.answer).toContain("• Kubernetes: ✘ not in the profile");
  });

  it("asks 'what was the tech stack?' of the role the conversation is on; 'his stack' of all", async () => {
    await ask("tell me about his current mission", "stack-1");
    expect(lead(await ask("what was the tech stack?", "stack-1"))).toMatch(/^At Decathlon \(since May 2021\): Spark/);
    expect(lead(await ask("what's his stack?", "stack-1"))).toMatch(/^Main skills/);
  });
});

describe("'… or not?'", () => {
  it("reads 'has he used Spark or not?', « … ou pas ? » as the question itself", async () => {
    expect(lead(await ask("has he used Spark or not?"))).toMatch(/^Yes — Spark: used at Decathlon/);
    expect((await ask("il a deja fait du Scala ou pas ?")).answered).toBe(true);
  });
});

describe("what a cold reading of the change found", () => {
  it("keeps ordinary questions from the new readings", async () => {
    // "self-employed" is freelance; « toujours » alone is "still".
    expect(lead(await ask("Was he self-employed at Decathlon?"))).toBe(
      "Yes — at Decathlon (since May 2021): Freelance.",
    );
    expect(lead(await ask("Il est toujours freelance ?"))).toMatch(/^Actuellement : Senior Data Engineer/);
    // A time is no kind of employer; a tool used the longest is no role.
    expect(lead(await ask("Has he worked for the last three years?"))).not.toMatch(/describe any employer/);
    expect(lead(await ask("Which technology has he used the longest?"))).not.toMatch(/^Longest:/);
    expect(lead(await ask("has he put code in production?"))).not.toMatch(/^Programming languages/);
  });
});

describe("'taught classes or trained people?'", () => {
  it("answers with what he teaches and where he trains, not the FAQ alone", async () => {
    expect(lead(await ask("has he ever taught classes or trained people?"))).toMatch(
      /^At EPISEN \(since November 2022\), taught: .* He also trains people: Pernod Ricard/,
    );
  });
});

describe("what a recruiter trying it wrote, as written", () => {
  it.each([
    ["does he know airflow and dagster?", /^Airflow: yes — used at Decathlon .* · dagster: not in the profile$/],
    [
      "il a bossé sur snowflake, bigquery ou redshift ?",
      /^Snowflake : oui — utilisé chez AAA-Data .* · BigQuery : absent du profil · redshift : absent du profil$/,
    ],
    ["power bi ou tableau, il a utilise lequel ?", /^Power BI : oui — .* · tableau : absent du profil$/],
  ])("names each tool of a list the profile lacks, lowercase or a dictionary word: %s", async (q, expected) => {
    expect(lead(await ask(q))).toMatch(expected);
  });

  it.each([
    "write me a short poem about data engineers pls",
    "write me a python function that reverses a string",
    "peux-tu m'écrire une petite fonction python ?",
  ])("does no task beside the profile, however it is worded: %s", async (q) => {
    expect(await ask(q)).toMatchObject({ answered: false, reason: "off_topic", citations: [] });
  });

  it("tells the story of his career when asked so, and oldest first when asked so", async () => {
    expect(lead(await ask("can you tell me the story of his career?"))).toMatch(/^5 employers, as the CV lists them:/);
    const oldest = lead(await ask("can u walk me through his career chronologically, oldest first?"));
    expect(oldest).toMatch(/^5 employers, oldest first: MAIF .*; Pernod Ricard .*; AAA-Data .*; Decathlon .*; EPISEN /);
    expect(lead(await ask("tu peux retracer son parcours ?"))).toMatch(/^5 employeurs, dans l'ordre du CV : Decathlon/);
  });

  it("reads a slip of the word that asks as that word: 'wich companies…?'", async () => {
    expect(lead(await ask("wich companies has he worked for?"))).toMatch(/^5 employers, as the CV lists them:/);
    expect(lead(await ask("waht did he do at maif?"))).toMatch(
      /^At MAIF \(Data Engineer, January 2019 – January 2020\)/,
    );
  });

  it("says where he works now as of the CV, and that the CV is dated", async () => {
    expect(lead(await ask("where does he work now?"))).toMatch(
      /^Currently: Senior Data Engineer at Decathlon .*\. As of the CV, written around August 2025\.$/,
    );
    expect(lead(await ask("il est toujours chez Decathlon ?"))).toBe(
      "Oui — chez Decathlon depuis mai 2021, et toujours en poste. Selon le CV, rédigé vers août 2025.",
    );
  });

  it("answers a subject asked 'in his background', not the background", async () => {
    const a = await ask("any observability / centralised logging setup in his background?");
    expect(a.citations[0]?.id).toBe("cv.en#decathlon.s4.b1");
    expect(lead(await ask("summarise his data engineering experience"))).toMatch(/^Senior Data Engineer at Decathlon/);
  });

  it("reads a technology's name where a question starts as the name, not as a slip of 'have'", async () => {
    expect(lead(await ask("Hive or Impala?"))).toBe("Hive: not in the profile · Impala: not in the profile");
  });

  it("joins words the CV writes as one once: 'data lake house' is not 'Datalakehouse'", async () => {
    const a = await ask("has he built a data lake house?");
    expect(a.answer).not.toMatch(/datalakehouse/i);
    expect(a.citations[0]?.id).toBe("cv.en#decathlon.s1.b4");
  });

  it.each(["tell me what function he had at MAIF", "tell me which message broker he used"])(
    "answers a question worded as a request: %s",
    async (q) => {
      expect((await ask(q)).reason).not.toBe("off_topic");
    },
  );

  it("says where he lives is his to say, as where he worked is", async () => {
    expect(lead(await ask("does he live in France?"))).toMatch(/^The profile doesn't say where he is based\./);
  });

  it("never says where he lived or worked from a table's location", async () => {
    expect(await ask("did he live or work in india for a while?")).toMatchObject({
      answered: false,
      reason: "owner_only",
    });
  });

  it("asks nothing of 'tools' in 'orchestration tools', and reads 'ever been a tech lead' as a title", async () => {
    const tools = await ask("what orchestration tools has he used?");
    expect(tools.answered).toBe(true);
    expect(tools.citations.map((c) => c.id)).toContain("cv.en#decathlon.s3.b1");
    expect(lead(await ask("has he ever been a tech lead?"))).toMatch(
      /it doesn't say he was a tech lead\. It shows he supervised/,
    );
  });
});

describe("several questions in one message", () => {
  it("answers each in turn, its quotes numbered after the one before", async () => {
    const a = await ask("Hi! Two questions: has he done PII encryption and what did he do at MAIF?");
    expect(a.answered).toBe(true);
    const leads = a.answer.split("\n").filter((l) => !/^\[\d+\]/.test(l));
    expect(leads).toHaveLength(2);
    expect(leads[1]).toMatch(/^At MAIF \(Data Engineer, January 2019 – January 2020\)/);
    expect(a.citations[0]?.id).toBe("cv.en#decathlon.s2.b1");
    expect(a.citations.map((c) => c.id)).toContain("cv.en#maif.role");
  });

  it("reads 'data lakes' as the CV's Datalake, and answers 'is he ok leading juniors?' too", async () => {
    const a = await ask("does he have experience with data lakes, and is he ok leading juniors?");
    const ids = a.citations.map((c) => c.id);
    expect(ids).toContain("cv.en#decathlon.s1.b4");
    expect(ids).toContain("cv.en#aaa-data.s1.b1");
    expect(a.answer).not.toMatch(/not “lakes”/);
  });

  it("keeps one turn of the conversation for the message, on the employer both questions were about", async () => {
    const id = "several-turns";
    const both = await ask("how long was he at MAIF? and what did he do there?", id);
    expect(both.answer.split("\n").filter((l) => !/^\[\d+\]/.test(l))).toEqual([
      "At MAIF from January 2019 to January 2020 — 1 year.",
      "At MAIF (Data Engineer, January 2019 – January 2020):",
    ]);
    expect(lead(await ask("and after that?", id))).toMatch(/^Right after MAIF: Data Engineer at AAA-Data/);
  });

  it("asks the next question of the employer the first named: « et avec quelle stack ? »", async () => {
    const a = await ask("il a fait quoi chez decathlon et avec quelle stack ?");
    const leads = a.answer.split("\n").filter((l) => !/^\[\d+\]/.test(l));
    expect(leads).toEqual([
      "Chez Decathlon (Senior Data Engineer, depuis mai 2021) :",
      expect.stringMatching(/^Chez Decathlon \(depuis mai 2021\) : Spark, Scala, AWS/),
    ]);
  });

  it("keeps 'has he used Spark? and Kafka?' one answer of two parts", async () => {
    expect(lead(await ask("has he used Spark? and Kafka?"))).toMatch(
      /^Spark: yes — .* · Kafka: taught at EPISEN \(since November 2022\), not used in a role/,
    );
  });
});

describe("his roles side by side, and words as recruiters hyphenate them", () => {
  const BOTH_PAIRS = {
    en: /^Yes — some of his roles overlap: Decathlon and EPISEN, .* November 2022; Pernod Ricard and MAIF, 6 months/,
    fr: /^Oui — certains de ses postes se chevauchent : .* ; Pernod Ricard et MAIF, 6 mois d'avril 2019 à octobre/,
  };
  it.each([
    ["did he ever hold two jobs at the same time?", BOTH_PAIRS.en],
    ["a-t-il eu deux postes en même temps ?", BOTH_PAIRS.fr],
  ])("says which roles overlapped, with when: %s", async (q, expected) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(expected);
    const roles = ["decathlon.role", "episen.role", "pernod-ricard.role", "maif.role"];
    expect(a.citations.map((c) => c.id.split("#")[1])).toEqual(roles);
  });

  it("reads 'out-of-memory' whole, not as 'of-memory'", async () => {
    const a = await ask("has he picked file formats specifically to avoid out-of-memory crashes?");
    expect(a.answer).not.toMatch(/of-memory/);
    expect(a.citations[0]?.id).toBe("cv.en#decathlon.s1.b5");
  });

  it("reads 'lead-level or mid-level' as a question of seniority", async () => {
    expect(lead(await ask("is he lead-level or more of a mid-level IC?"))).toMatch(
      /^Senior Data Engineer at Decathlon/,
    );
  });

  it("« temps réel » is 'real-time': taught, not in his own work (no « Oui » for « fait »)", async () => {
    const a = await ask("il a déjà fait du temps réel ?");
    expect(lead(a)).toMatch(/^Le profil le mentionne chez EPISEN.*dans ses cours ou formations/);
  });
});

describe("how recruiters say 'uses' and 'which contract'", () => {
  it.each([
    ["il sait coder en Scala ?", /^Oui — Scala : utilisé chez Decathlon \(depuis mai 2021\)\.$/],
    ["does he code in python?", /^Yes — Python: used at Decathlon/],
  ])("reads coding in a language of the profile as using it: %s", async (q, expected) => {
    expect(lead(await ask(q))).toMatch(expected);
  });

  it.each([
    [
      "Is he currently a freelancer or a salaried employee?",
      /^Currently: Senior Data Engineer at Decathlon \(Freelance\)/,
    ],
    ["est-il freelance ou salarié ?", /^Actuellement : Senior Data Engineer chez Decathlon \(Freelance\)/],
  ])("answers 'freelancer or employee?' with his contracts, not with a no: %s", async (q, expected) => {
    expect(lead(await ask(q))).toMatch(expected);
  });
});

describe("follow-ups that insist, and a subject asked of a role that lacks it", () => {
  it("answers « où exactement ? » after a question on a tool, as « où ? »", async () => {
    const id = "insisting";
    await ask("il connait databricks ?", id);
    // (Where, not whether: no « Oui » before the places since the thirty-fifth session.)
    expect(lead(await ask("il l'a utilisé où exactement ?", id))).toMatch(
      /^Databricks : utilisé chez Decathlon \(depuis mai 2021\), Pernod Ricard/,
    );
  });

  it("never says the profile lacks Kafka when asked of a role that lacks it", async () => {
    const a = await ask("Kafka in production at AAA-Data?");
    expect(lead(a)).toBe("The profile mentions “Kafka” at EPISEN, since November 2022, but not at AAA-Data.");
    expect(a.citations.map((c) => c.id)).toEqual(["cv.en#episen.s2.b3"]);
  });
});
