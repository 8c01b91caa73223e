import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the forty-second session found wrong, from dev set 47 (a São Paulo recruiter's English, a Sydney agency
// recruiter, a Brussels recruiter's Belgian French, a Lyon CTO's terse French) and a helper's recruiter trials.

const { ask } = trialChat();

describe("words that look like the profile's and are not", () => {
  it.each([
    ["Has he worked with government data?", /doesn't mention “government”/],
    ["il a fait de la modelisation de donnees ?", /pas « modelisation »/],
    ["il sait modeliser des donnees ?", /pas « modeliser »/],
  ])("'%s' is no governance, no machine-learning model", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it("« la gouvernance des données » still finds the governance lines", async () => {
    const a = await ask("et la gouvernance des données ?");
    expect(a.answered).toBe(true);
    expect(quoted(a).join("\n")).toMatch(/Gouvernance : mapping de chaque table/);
  });

  it.each([
    ["has he worked in manufacturing?", /doesn't describe any employer of the profile as “manufacturing”/],
    ["a-t-il travaille dans l'industrie ?", /ne décrit aucun de ses employeurs comme « industrie »/],
    ["experience in pharma?", /doesn't describe any employer of the profile as “pharma”/],
  ])("'%s' asks of a sector, which no employer is (not industrialisation, not car manufacturers)", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it("'did he industrialise ML models?' still finds his industrialisation work", async () => {
    const a = await ask("has he industrialised ML models?");
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/^Yes — .*MAIF/);
  });
});

describe("a time at an employer given to check", () => {
  it.each([
    [
      "il est chez Decathlon depuis 3 ans c'est ca ?",
      /^Plus longtemps que ça — chez Decathlon depuis mai 2021 — 5 ans/,
    ],
    ["he's been at decathlon like 4 years right?", /^Longer than that — at Decathlon since May 2021 — 5 years/],
  ])("'%s': longer than said, with the time to today", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
  });

  it.each([
    ["at Decathlon for 5 years, right?", /^Yes — at Decathlon since May 2021/],
    ["at least 3 years at Decathlon, right?", /^Yes — at Decathlon since May 2021/],
  ])("'%s' holds", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(said);
  });

  it("'at MAIF for 2 years, correct?' is a no, with its one year", async () => {
    const a = await ask("at MAIF for 2 years, correct?");
    expect(lead(a)).toMatch(/^No — at MAIF from January 2019 to January 2020 — 1 year/);
  });
});

describe("what the profile says did not happen", () => {
  it("'was there any downtime?' alone is a no, from 'with no service interruption'", async () => {
    const a = await ask("was there any downtime?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^No — the profile says otherwise at AAA-Data/);
  });

  it("after the Snowflake migration, 'Was there downtime?' is a no for the downtime", async () => {
    await ask("What did he migrate to Snowflake?", "downtime");
    const a = await ask("Was there downtime?", "downtime");
    expect(lead(a)).toMatch(/downtime: no — the profile says otherwise at AAA-Data/);
    expect(lead(a)).not.toMatch(/downtime: yes/);
  });

  it("'any experience with service interruptions?' asks of experience, not of what happened", async () => {
    const a = await ask("any experience with service interruptions?");
    expect(lead(a)).not.toMatch(/^No — the profile says otherwise/);
  });
});

describe("messages that tell who asks, then ask", () => {
  it("an intro with the asker's company is no job to fit", async () => {
    const a = await ask(
      "hey! hiring mgr at a US e-com scaleup in Berlin, we're series C, moving fast. " +
        "does this guy know Kafka / real-time streaming?",
    );
    expect(lead(a)).not.toMatch(/Meets|Berlin|series C/);
    expect(lead(a)).toMatch(/^Kafka: taught at EPISEN/);
  });

  it("'I am recruiting for a private bank in Luxembourg, Kirchberg.' is an introduction", async () => {
    const a = await ask("Good morning, I am recruiting for a private bank in Luxembourg, Kirchberg.");
    expect(lead(a)).toMatch(/^Hello! Ask me anything about the candidate's profile/);
  });

  it("« …un Data Engineer Spark/Scala pour une banque au Luxembourg » asks of Spark and Scala", async () => {
    const a = await ask("Bonjour, nous cherchons un Data Engineer Spark/Scala pour une banque au Luxembourg.");
    expect(a.answered).toBe(true);
    expect(quoted(a).join("\n")).toMatch(/Spark, Scala/);
    expect(lead(a)).not.toMatch(/Luxembourg/);
  });

  it("'has he ever worked for a bank in Luxembourg?' is still asked of his employers", async () => {
    const a = await ask("has he ever worked for a bank in Luxembourg?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/doesn't describe any employer of the profile as “bank/);
  });

  it("an insurer's clients told before the question are not his employers", async () => {
    const a = await ask(
      "Notre client est un assureur belge qui veut noter ses clients selon leur propension à acheter un produit. " +
        "Il a déjà fait ce genre de scoring ?",
    );
    expect(lead(a)).not.toMatch(/employeurs/);
    expect(quoted(a).join("\n")).toMatch(/scoring d'appétence des sociétaires/);
  });

  it("'…every organisation he has worked for. Could you kindly provide this?' still lists his employers", async () => {
    const a = await ask(
      "Our compliance team requires a complete list of every organisation he has worked for, including any " +
        "teaching or freelance engagements. Could you kindly provide this?",
    );
    expect(lead(a)).toMatch(/^5 employers/);
  });
});

describe("spoken English and questions announced", () => {
  it.each([["who's he workin for right now?"], ["wat's he doin these days?"], ["what's he up to at the moment?"]])(
    "'%s' asks where he works now",
    async (q) => {
      const a = await ask(q);
      expect(a.answered).toBe(true);
      expect(lead(a)).toMatch(/^Currently: Senior Data Engineer at Decathlon/);
    },
  );

  it("'3 things pls: …since when? …Scala? …Spanish?' answers each of the three", async () => {
    const a = await ask(
      "Hi!! 3 things pls: he has experience in Spark since when? he also codes in Scala? and by chance he " +
        "speaks Spanish or Portuguese? 😄",
    );
    expect(a.answer).toMatch(/^Spark: since January 2019/);
    expect(a.answer).toMatch(/Yes — Scala: used at Decathlon/);
    expect(a.answer).toMatch(/doesn't say which languages he speaks/);
  });

  it("'what about AWS then, which services?' after GCP asks of AWS", async () => {
    await ask("We run everything on GCP (BigQuery, Dataflow, Pub/Sub). any GCP exp?", "aws-then");
    const a = await ask("what about AWS then, which services?", "aws-then");
    expect(a.answered).toBe(true);
    expect(lead(a)).not.toMatch(/GCP/);
    expect(quoted(a).join("\n")).toMatch(/AWS \(S3, EMR, Glue\)/);
  });
});
