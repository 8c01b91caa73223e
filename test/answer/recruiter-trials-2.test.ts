import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/create-core.js";
import { createTestCore } from "../helpers/test-core.js";

// What a recruiter trying the chat and a dev set written from the CV alone found wrong, eleventh session.

let core: Core;
beforeAll(async () => {
  core = await createTestCore();
});

let conversation = 0;
/** Asks in a fresh conversation, or in `id`'s. */
const ask = (text: string, id = `u${++conversation}`) => core.engine.answer({ text, conversationId: id });
const lead = (answer: { answer: string }) => answer.answer.split("\n")[0]!;
const quoted = (answer: { answer: string }) => answer.answer.split("\n").filter((l) => /^\[\d+\]/.test(l));

describe("an employer put aside: 'outside Decathlon', « ailleurs qu'à … »", () => {
  it("says a technology named at one employer only is not named elsewhere", async () => {
    const a = await ask("Has he used Scala outside Decathlon?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toBe(
      "The profile mentions “Scala” at Decathlon, since May 2021, but not at EPISEN, AAA-Data, Pernod Ricard, MAIF.",
    );
  });

  it("answers with the other roles when there are some", async () => {
    const fr = await ask("a-t-il fait du Spark ailleurs qu'à Decathlon ?");
    expect(lead(fr)).toMatch(/^Oui — Spark : utilisé chez AAA-Data .*Pernod Ricard .*MAIF/);
    expect(lead(fr)).not.toMatch(/Decathlon/);
    expect(lead(await ask("Has he used Airflow outside of AAA-Data?"))).toBe(
      "Yes — Airflow: used at Decathlon (since May 2021).",
    );
    expect(lead(await ask("Has he used Spark at Decathlon?"))).toBe("Yes — Spark: used at Decathlon (since May 2021).");
  });
});

describe("a notion and a name joined by '+', 'and', « et »", () => {
  it("gives each its verdict: « suivi de la dérive des modèles + MLflow »", async () => {
    const a = await ask("suivi de la derive des modeles en prod + MLflow, il a fait ?");
    expect(a.answered).toBe(true);
    expect(a.parts?.map((p) => p.verdict)).toEqual(["yes", "not_in_profile"]);
    expect(quoted(a)[0]).toMatch(/data drift/);
  });

  it("keeps names given as examples of a notion with it: 'streaming, e.g. Flink or Kafka Streams'", async () => {
    const a = await ask("has he run real-time streaming pipelines in production, e.g. Flink or Kafka Streams?");
    expect(a.parts?.[0]?.subject).not.toMatch(/real-time/);
    expect(a.parts?.some((p) => p.verdict === "yes" && /streaming/i.test(p.subject))).toBe(false);
  });

  it("still reads 'Kafka, in production?' as one thing asked", async () => {
    const a = await ask("Has he used Kafka, in production?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toBe("The profile mentions “Kafka” at EPISEN, since November 2022, but not “production” with it.");
  });
});

describe("what is asked of a technology", () => {
  it("finds 'memory issues in Spark' where memory errors are, not in any Spark passage", async () => {
    const a = await ask("has he dealt with memory issues in Spark?");
    expect(lead(a)).toBe("Yes — the profile mentions it at Decathlon, since May 2021.");
    expect(a.answer).toMatch(/memory errors/);
  });

  it("still reads 'What AWS services…?' and 'CI/CD pipelines' as the name's own parts", async () => {
    expect((await ask("What AWS services has he used?")).answered).toBe(true);
    expect((await ask("has he set up CI/CD pipelines?")).answered).toBe(true);
  });
});

describe("chat French and fillers", () => {
  it("reads « kesk'il a fait à la MAIF ? » as what he did there", async () => {
    expect(lead(await ask("kesk'il a fait concretement a la MAIF ?"))).toBe(
      "Chez MAIF (Data Engineer, janvier 2019 – janvier 2020) :",
    );
  });

  it("reads « des TU » as unit tests, and « tu » still as 'you'", async () => {
    const a = await ask("est ce qu'il ecrit des TU sur son code ?");
    expect(quoted(a)[0]).toMatch(/tests unitaires/);
    expect(lead(await ask("tu peux me dire s'il connait Spark ?"))).toMatch(/^Oui — Spark : utilisé chez Decathlon/);
  });

  it("leaves 'In a nutshell' and « en mode » out of what is asked", async () => {
    expect(lead(await ask("In a nutshell, what's his core technical toolkit?"))).toMatch(
      /^Main skills, by how many roles use them/,
    );
    expect(lead(await ask("travaille-t-il en mode agile ?"))).toMatch(/^Oui — le profil le mentionne chez/);
  });

  it("answers 'What exactly did he do at Pernod Ricard?' with the role's overview", async () => {
    expect(lead(await ask("What exactly did he do at Pernod Ricard?"))).toBe(
      "At Pernod Ricard (Data Trainer, April 2019 – October 2019):",
    );
  });

  it("follows 'whr did he use it?' after a technology", async () => {
    const id = "whr";
    await ask("databriks experience?", id);
    expect(lead(await ask("whr did he use it?", id))).toMatch(/^Databricks: used at Decathlon/);
  });
});

describe("follow-ups", () => {
  const talk = async (id: string, ...messages: string[]) => {
    let last = await ask(messages[0]!, id);
    for (const m of messages.slice(1)) last = await ask(m, id);
    return last;
  };

  it("asks 'and Airflow?' of the whole profile after a technology found in one role", async () => {
    const a = await talk("fu1", "a-t-il fait du Spark ?", "et du Kafka ?", "et du Airflow ?");
    expect(lead(a)).toBe(
      "Oui — Airflow : utilisé chez Decathlon (depuis mai 2021), AAA-Data (janvier 2020 - mai 2021).",
    );
  });

  it("still asks « et kafka ? » of the role the last question named", async () => {
    const a = await talk("fu2", "What did he do at Decathlon?", "et kafka ?");
    expect(lead(a)).toBe("Le profil mentionne « kafka » chez EPISEN, depuis novembre 2022, mais pas chez Decathlon.");
  });

  it("puts « dans l'automobile » in place of « dans l'assurance », not beside it", async () => {
    const a = await talk("fu3", "il a travaille dans l'assurance ?", "et dans l'automobile ?");
    expect(lead(a)).toBe("Oui — le profil le mentionne chez AAA-Data (Automobile), janvier 2020 - mai 2021.");
    expect(lead(await ask("et dans le retail ?", "fu3"))).toBe("Le profil ne le précise pas.");
  });

  it("asks « c'était en CDI ? » of the role just talked about", async () => {
    const a = await talk("fu5", "et chez pernod ricard ?", "c'etait en CDI ?");
    expect(lead(a)).toBe("Oui — chez Pernod Ricard (avril 2019 – octobre 2019) : CDI.");
  });

  it("asks 'and at the insurer?' of the last subject at MAIF", async () => {
    const a = await talk("fu4", "Has he used Spark?", "and at the insurer?");
    expect(lead(a)).toBe("Reading “insurer” as “MAIF”. Yes — Spark: used at MAIF (January 2019 - January 2020).");
  });
});

describe("lists and employers", () => {
  it("gives a verdict for each of 'power bi / tableau?'", async () => {
    expect(lead(await ask("power bi / tableau?"))).toBe(
      "Power BI: yes — used at Pernod Ricard (April 2019 - October 2019) [1] · tableau: not in the profile",
    );
  });

  it("lists 'his previous employers' without his current roles", async () => {
    const a = await ask("Who were his previous employers?");
    expect(lead(a)).toMatch(/^Before his current roles \(Decathlon, EPISEN\): AAA-Data .*; Pernod Ricard .*; MAIF /);
    expect(lead(await ask("c'était quoi ses anciens employeurs ?"))).toMatch(/^Avant ses postes actuels/);
    expect(lead(await ask("which companies has he worked for?"))).toMatch(/^5 employers, as the CV lists them/);
  });
});
