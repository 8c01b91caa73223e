import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/create-core.js";
import { createTestCore } from "../helpers/test-core.js";

let core: Core;
beforeAll(async () => {
  core = await createTestCore();
});

describe("follow-ups, offline", () => {
  it("a short follow-up inherits the previous subject; one with its own subject stands on it", async () => {
    const conversationId = "dm-42";
    const first = await core.engine.answer({ text: "Has he done PII encryption?", conversationId });
    expect(first.citations[0]!.text).toMatch(/PII/);
    const when = await core.engine.answer({ text: "when was that?", conversationId });
    expect(when).toMatchObject({ answered: true, question: "when was that?" });
    expect(when.answer.split("\n")[0]).toBe("That was at Decathlon, since May 2021:");
    expect(when.citations.some((c) => /encryption/.test(c.text))).toBe(true);
    const kafka = await core.engine.answer({ text: "and with Kafka?", conversationId });
    expect(kafka.citations[0]!.text).toMatch(/Kafka/);
  });

  it("a question of its own that names an employer is a new question, not the last one's follow-up", async () => {
    const conversationId = "recruiter-7";
    await core.engine.answer({ text: "il parle anglais ?", conversationId });
    const episen = await core.engine.answer({ text: "qu'est-ce qu'il fait à l'EPISEN ?", conversationId });
    expect(episen.answer).not.toMatch(/langues/);
    expect(episen.answer.split("\n")[0]).toMatch(/^Chez EPISEN \(Professeur de Big Data/);
    expect(episen.citations.length).toBeGreaterThan(0);
    // Naming only the employer still moves the last subject there.
    await core.engine.answer({ text: "Has he used Airflow?", conversationId });
    const aaa = await core.engine.answer({ text: "and at AAA-Data?", conversationId });
    expect(aaa.answer.split("\n")[0]).toMatch(/^Yes — Airflow: used at AAA-Data/);
    // …also after "when was that?": the employer named narrows the answer to it.
    await core.engine.answer({ text: "when was that?", conversationId });
    const again = await core.engine.answer({ text: "and at AAA-Data?", conversationId });
    expect(again.answer.split("\n")[0]).toBe("Yes — Airflow: used at AAA-Data (January 2020 - May 2021).");
  });

  it("'when was that?' after a skill gives the periods and time of use, not the same answer again", async () => {
    await core.engine.answer({ text: "il a deja utilise airflow ?", conversationId: "fr-when" });
    const when = await core.engine.answer({ text: "et c etait quand ?", conversationId: "fr-when" });
    expect(when.answer.split("\n")[0]).toMatch(/^Airflow : environ .* dans les postes qui le citent, chez Decathlon/);
  });

  it("a question about something the profile lacks is a new question, not about the last subject", async () => {
    const conversationId = "stuck";
    await core.engine.answer({ text: "who is the ceo of decathlon?", conversationId });
    for (const text of ["does he have kids?", "how old is he?"]) {
      const a = await core.engine.answer({ text, conversationId });
      expect(a.answered).toBe(false);
      expect(a.answer).not.toMatch(/ceo/i);
    }
  });

  it("'there' is the employer just named; 'when was that?' after one employer gives its dates", async () => {
    await core.engine.answer({ text: "was he the tech lead at decathlon?", conversationId: "there" });
    const team = await core.engine.answer({ text: "how big was the team there?", conversationId: "there" });
    expect(team.citations.map((c) => c.text)).toContain(
      "Team: 3 Data Engineers, 1 Front-end, 1 Fullstack Engineer, 1 PO, 1 Tech Lead",
    );
    await core.engine.answer({ text: "does he know python and airflow?", conversationId: "when" });
    await core.engine.answer({ text: "and at MAIF?", conversationId: "when" });
    const when = await core.engine.answer({ text: "when was that?", conversationId: "when" });
    expect(when.answer.split("\n")[0]).toBe("At MAIF from January 2019 to January 2020 — 1 year.");
  });

  it("'how long?' after an answer from one employer's passages gives that employer's time", async () => {
    await core.engine.answer({ text: "has he reconciled messy data with fuzzy logic?", conversationId: "long" });
    const long = await core.engine.answer({ text: "how long?", conversationId: "long" });
    expect(long.answer.split("\n")[0]).toBe("At AAA-Data from January 2020 to May 2021 — 1 year and 5 months.");
  });

  it("'how long?' after an answer from two employers' passages gives the time of each", async () => {
    const first = await core.engine.answer({ text: "has he migrated legacy systems?", conversationId: "long2" });
    expect(first.answer.split("\n")[0]).toMatch(/AAA-Data .*; Decathlon/);
    const long = await core.engine.answer({ text: "how long?", conversationId: "long2" });
    expect(long.answer.split("\n")[0]).toMatch(
      /^At Decathlon since May 2021 — .* At AAA-Data from January 2020 to May 2021 — 1 year and 5 months\.$/,
    );
    await core.engine.answer({ text: "il a déjà migré des systèmes legacy ?", conversationId: "long3" });
    const fr = await core.engine.answer({ text: "combien de temps ?", conversationId: "long3" });
    expect(fr.answer.split("\n")[0]).toMatch(/^Chez Decathlon depuis mai 2021 — .* Chez AAA-Data de janvier 2020/);
  });

  it("a bare name after a question counting something else is a question of its own", async () => {
    await core.engine.answer({ text: "How many people did he supervise?", conversationId: "count" });
    const kafka = await core.engine.answer({ text: "Kafka?", conversationId: "count" });
    expect(kafka.answer.split("\n")[0]).toMatch(
      /^Kafka: taught at EPISEN .*; the profile doesn't show it used in a role\./,
    );
  });

  it("'et sur Databricks ?' after a question about time asks for the time with Databricks", async () => {
    await core.engine.answer({ text: "il a combien d'années d'expérience en tout ?", conversationId: "xp" });
    const databricks = await core.engine.answer({ text: "et sur databricks ?", conversationId: "xp" });
    expect(databricks.answer.split("\n")[0]).toMatch(
      /^Databricks : environ .* dans les postes qui le citent, chez Decathlon/,
    );
  });

  it("keeps conversations apart, and a French follow-up stays in French", async () => {
    await core.engine.answer({ text: "A-t-il travaillé dans l'assurance ?", conversationId: "fr" });
    const other = await core.engine.answer({ text: "when was that?", conversationId: "someone-else" });
    expect(other.answered).toBe(false);
    const followUp = await core.engine.answer({ text: "et quand ?", conversationId: "fr" });
    expect(followUp.language).toBe("fr");
    expect(followUp.answer).toContain("MAIF, janvier 2019 - janvier 2020");
  });
});

/** Asks each message in turn, in one conversation; returns the first line of each answer. */
async function converse(conversationId: string, ...texts: string[]): Promise<string[]> {
  const leads: string[] = [];
  for (const text of texts) leads.push((await core.engine.answer({ text, conversationId })).answer.split("\n")[0]!);
  return leads;
}

describe("the role the conversation is on", () => {
  it("carries into « et la stack ? », a subject of its own leaning on the last message", async () => {
    const id = "role-stack";
    await converse(id, "Salut ! tu peux me dire ce qu'il a fait chez Decathlon ?");
    const stack = await core.engine.answer({ text: "et la stack ?", conversationId: id });
    expect(stack.citations.map((c) => c.role?.employer)).toEqual(["Decathlon"]);
    expect(stack.citations[0]!.text).toMatch(/^Stack technique : Spark, Scala/);
  });

  it("is the role an answer named: 'and before that?' then 'how long?' is AAA-Data's time", async () => {
    const [, before, long] = await converse("role-before", "what's his current role?", "and before that?", "how long?");
    expect(before).toMatch(/^Just before Decathlon: Data Engineer at AAA-Data/);
    expect(long).toBe("At AAA-Data from January 2020 to May 2021 — 1 year and 5 months.");
    // "there too" is that role: its contract, not the FAQ's yes about his current roles.
    const [contract] = await converse("role-before", "was he a contractor there too?");
    expect(contract).toBe("No — at AAA-Data (January 2020 – May 2021): Permanent contract.");
    const [, freelance] = await converse("role-that", "what did he do at Decathlon?", "was he freelance in that role?");
    expect(freelance).toBe("Yes — at Decathlon (since May 2021): Freelance.");
  });

  it("is the role every quoted passage comes from: « combien d'heures ? », « depuis quand ? » at EPISEN", async () => {
    const id = "role-episen";
    await converse(id, "il enseigne ou ?", "il enseigne quoi exactement ?");
    const hours = await core.engine.answer({ text: "combien d'heures ?", conversationId: id });
    expect(hours.citations.slice(0, 2).every((c) => /^10h (CM|TP)/.test(c.text))).toBe(true);
    expect(hours.citations.every((c) => c.role?.employer === "EPISEN")).toBe(true);
    expect(await converse(id, "depuis quand ?")).toEqual([expect.stringMatching(/^Chez EPISEN depuis novembre 2022/)]);
  });

  it("lasts through questions about it, so 'and before that?' after MAIF finds nothing before", async () => {
    const leads = await converse(
      "role-maif",
      "what did he do at MAIF?",
      "was he the lead?",
      "how big was the team",
      "and before that?",
    );
    expect(leads.slice(1)).toEqual([
      "At MAIF his title is Data Engineer; the profile doesn't say he was the lead.",
      "Team, as the profile lists it: 5 people at MAIF, January 2019 - January 2020.",
      "The profile lists no role before MAIF.",
    ]);
  });

  it("carries into « et kafka ? » after « et chez MAIF ? », and 'there' after a short name", async () => {
    const [, , kafka] = await converse("role-kafka", "spark", "et chez MAIF ?", "et kafka ?");
    expect(kafka).toMatch(/kafka.*EPISEN.*mais pas chez MAIF/i);
    const [, , pernod] = await converse("role-pernod", "python", "et chez pernod ?", "et la stack là-bas ?");
    expect(pernod).toMatch(/Pernod Ricard/);
    // A subject of its own, not leaning on the last message, stands alone.
    const [, docker] = await converse("role-alone", "what did he do at MAIF?", "Has he used Snowflake?");
    expect(docker).toBe("Yes — Snowflake: used at AAA-Data (January 2020 - May 2021).");
  });
});

describe("'which ones?' and « il a fait quoi avec ? »", () => {
  it.each([
    ["has he done data migrations?", "which ones?", /^Here is what the profile says at AAA-Data/, /migration/i],
    ["il a fait des POC ?", "lesquels ?", /^Voici ce que dit le profil chez Decathlon, depuis mai 2021 ; MAIF/, /POC/],
    ["spark at MAIF?", "examples?", /^Here is what the profile says at MAIF/, /Spark/],
  ])("after « %s », « %s » lists the passages of that subject", async (first, then, lead, held) => {
    const id = `details-${first}`;
    const before = await core.engine.answer({ text: first, conversationId: id });
    const listed = await core.engine.answer({ text: then, conversationId: id });
    expect(listed.answer.split("\n")[0]).toMatch(lead);
    expect(listed.citations.length).toBeGreaterThanOrEqual(before.citations.length);
    expect(listed.citations.every((c) => held.test(c.text))).toBe(true);
  });

  it("after a technology, gives what he did with it: every passage naming it, not the yes again", async () => {
    const id = "details-snowflake";
    await core.engine.answer({ text: "ok, snowflake ?", conversationId: id });
    const what = await core.engine.answer({ text: "il a fait quoi avec ?", conversationId: id });
    expect(what.answer.split("\n")[0]).toBe(
      "Voici ce que dit le profil chez AAA-Data (Automobile), janvier 2020 - mai 2021 :",
    );
    expect(what.citations.length).toBeGreaterThan(1);
    expect(what.citations.every((c) => /Snowflake/.test(c.text) && c.role?.employer === "AAA-Data")).toBe(true);
    const docker = await converse("details-docker", "does he know docker?", "what did he do with it?");
    expect(docker[1]).toMatch(/^Here is what the profile says at/);
  });
});

describe("'since when?'", () => {
  it("after a technology is its start: the earliest role naming it, then the others", async () => {
    const [, since] = await converse("since-databricks", "has he used databricks?", "since when?");
    // (With the time it adds up to: "since when? we need 5 years" weighs it.)
    expect(since).toMatch(
      /^Databricks: since April 2019 \(about \d+ years[\w ]* to today in the roles that list it\), at /,
    );
    expect(since).toMatch(/at Pernod Ricard \(April 2019 – October 2019\), then Decathlon \(since May 2021\)\. Up to/);
    const [, depuis] = await converse("since-snowflake", "ok, snowflake ?", "depuis quand ?");
    expect(depuis).toBe(
      "Snowflake : de janvier 2020 à mai 2021 (environ 1 an et 5 mois dans les postes qui le citent), chez AAA-Data " +
        "(janvier 2020 – mai 2021).",
    );
  });
});

describe("team follow-ups", () => {
  it("« seul ou en équipe ? », « qui était le lead ? »: the roster of the role the conversation is on", async () => {
    const id = "team-decathlon";
    await converse(id, "Salut ! tu peux me dire ce qu'il a fait chez Decathlon ?", "et la stack ?");
    for (const text of ["il etait seul ou en equipe ?", "qui etait le lead ?"]) {
      const a = await core.engine.answer({ text, conversationId: id });
      expect(a.citations.map((c) => c.text)).toEqual([
        "Équipe : 3 Data Engineers, 1 Front-end, 1 Fullstack Engineer, 1 PO, 1 Lead Tech",
      ]);
    }
    const [, alone] = await converse("team-maif", "what did he do at MAIF?", "did he work alone?");
    expect(alone).toBe("Team, as the profile lists it: 5 people at MAIF, January 2019 - January 2020.");
  });
});

describe("leading people, and whom he trained, at the role the conversation is on", () => {
  it("« et chez decathlon il encadre ? »: not there, and where he did", async () => {
    const [, there] = await converse("lead-decathlon", "what did he do at AAA-Data?", "et chez decathlon il encadre ?");
    expect(there).toBe(
      "Le profil ne dit pas qu'il a encadré des personnes chez Decathlon ; " +
        "il montre qu'il en a encadré chez AAA-Data (janvier 2020 – mai 2021).",
    );
  });

  it("« il formait qui là-bas ? » after Pernod Ricard quotes whom it says he trained", async () => {
    await converse("trained-pernod", "python", "scala", "et chez pernod ?");
    const whom = await core.engine.answer({ text: "il formait qui la bas ?", conversationId: "trained-pernod" });
    expect(whom.citations.every((c) => c.role?.employer === "Pernod Ricard")).toBe(true);
    expect(whom.citations.some((c) => c.text.startsWith("Contexte : Formation d'équipes techniques chez Pernod"))).toBe(
      true,
    );
  });
});

describe("what moves the conversation's role", () => {
  it("« et avant ? » alone is before the role just named; a partial answer's role is not moved to", async () => {
    const [, before, long] = await converse(
      "fr-avant",
      "c'est quoi son poste actuel ?",
      "et avant ?",
      "combien de temps ?",
    );
    expect(before).toMatch(/^Juste avant Decathlon : Data Engineer chez AAA-Data/);
    expect(long).toBe("Chez AAA-Data de janvier 2020 à mai 2021 — 1 an et 5 mois.");
    const id = "partial-stays";
    await converse(id, "qu'a-t-il fait chez AAA-Data ?", "il utilisait docker ?");
    expect(await converse(id, "et airflow ?")).toEqual([
      "Oui — Airflow : utilisé chez AAA-Data (janvier 2020 - mai 2021).",
    ]);
  });
});
