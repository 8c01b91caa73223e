import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the thirty-eighth session's trap hunter and dev set 43 (a Berlin CTO, an Indian bench-sales recruiter, a
// Bordeaux headhunter's formal French, a Lille account manager's SMS French) found wrong.

const { ask } = trialChat();

describe("a contract the profile has no word for", () => {
  it.each([
    ["is he on a fixed-term contract right now?", /^Currently: Senior Data Engineer at Decathlon \(Freelance\)/],
    ["is he currently on a contract?", /^Currently: Senior Data Engineer at Decathlon \(Freelance\)/],
    ["est-il en CDD actuellement ?", /^Actuellement : Senior Data Engineer chez Decathlon \(Freelance\)/],
    ["a-t-il deja ete en CDD ?", /en CDI : AAA-Data|Avant : AAA-Data \(CDI\)/],
  ])("'%s' gives his contracts, not a 'yes' from the ingestion contract", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(a.answer).not.toMatch(/idcard/);
  });

  it.each([
    ["which jobs were not freelance?", /^Permanent contracts: AAA-Data/],
    ["which roles weren't permanent?", /^Freelance: Decathlon \(since May 2021\), EPISEN/],
    ["quels postes n'etaient pas en CDI ?", /^En freelance : Decathlon/],
  ])("'%s' sorts his roles by contract", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« il n'a jamais été en CDI ? » is a « Si », not a « Oui » agreeing with the negative", async () => {
    expect(lead(await ask("il n'a jamais été en CDI ?"))).toMatch(/^Si — en CDI : AAA-Data/);
  });
});

describe("a claim beyond what the passages say", () => {
  it("'he saved 7M€ a year at AAA data right?' is no yes: the €7M is the licence's, not a saving", async () => {
    const a = await ask("he saved 7M€ a year at AAA data right?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/doesn't mention “saved”/);
    expect(quoted(a).join("\n")).toMatch(/ANTS licence, €7M a year/);
  });

  it("'he built the ML models at Pernod Ricard himself, right?' doesn't say he did it alone", async () => {
    const a = await ask("he built the ML models at Pernod Ricard himself, right?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/it doesn't say he did it alone/);
  });

  it.each([
    ["API dev?", /doesn't say he created it; it shows him working with it at Pernod Ricard/],
    ["API dev? REST, FastAPI, Flask?", /^API dev: worked with, not shown built — Pernod Ricard/],
    ["développement d'API ?", /ne dit pas qu'il l'a créé/],
  ])("'%s': an API scraped through is no API built", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["is he senior enough for a staff engineer role?", /doesn't say he was a staff engineer/],
    ["est-il assez senior pour un poste de lead data engineer ?", /il ne dit pas qu'il était lead data engineer/],
  ])("'%s' asks whether he held that title, not whether 'senior' is in one", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it("'has he worked in healthcare?' is his teaching at a health school, no project of his own", async () => {
    const a = await ask("has he worked in healthcare?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/EPISEN.*in his teaching or training, not as used in his own work/);
  });

  it("'which of his roles did NOT involve Spark?' says every role names it", async () => {
    expect(lead(await ask("which of his roles did NOT involve Spark?"))).toMatch(
      /^Every role of the profile names Spark/,
    );
  });
});

describe("how long he has done a thing no stack names", () => {
  it.each([
    [
      "since when has he done PII encryption?",
      /^PII encryption: about 5 years and \d+ months to today, going by the roles/,
    ],
    [
      "depuis combien de temps fait-il du chiffrement ?",
      /^chiffrement : environ 5 ans et \d+ mois à ce jour.*\(depuis mai 2021\)/,
    ],
    [
      // (Decathlon's quality checks only: AAA-Data's requirements validated with the business are no data quality.)
      "how long has he been doing data quality checks?",
      /going by the roles that say it — Decathlon \(since May 2021\)\./,
    ],
  ])("'%s' is the time of the roles that say it, said to be at most that", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(lead(a)).toMatch(/at most|au plus/);
  });

  it("'how many years has he been doing data stuff all up?' is still his whole career", async () => {
    expect(lead(await ask("how many years has he been doing data stuff all up?"))).toMatch(/^About 7 years/);
  });

  it("« économiser » is read as written, not as the stem « econom »", async () => {
    expect(lead(await ask("a-t-il fait économiser 7 M€ par an chez AAA-Data ?"))).not.toMatch(/econom »/);
  });
});

describe("follow-ups that keep to the thing just asked", () => {
  it("'has he used Kafka?' (taught only) after a role, then 'how long?', is the time Kafka was taught", async () => {
    await ask("what did he do at AAA-Data?", "kafka-long");
    await ask("ok. has he used Kafka?", "kafka-long");
    expect(lead(await ask("how long?", "kafka-long"))).toMatch(/^Kafka: taught at EPISEN/);
  });

  it("'has he done PII encryption?' then 'how long has he been doing it?' is not his whole career", async () => {
    await ask("has he done PII encryption?", "pii-long");
    const said = lead(await ask("how long has he been doing it?", "pii-long"));
    expect(said).toMatch(/Decathlon \(since May 2021\)/);
    expect(said).not.toMatch(/overlapping roles counted once/);
  });

  it.each([
    ["has he used Docker?", "when was the last time?", /^Docker: last listed at AAA-Data/],
    [
      "il a utilisé Jenkins ?",
      "c'était quand la dernière fois ?",
      /^Jenkins : cité pour la dernière fois chez AAA-Data/,
    ],
  ])("'%s' then '%s' is the latest use", async (first, then, said) => {
    await ask(first, `last ${first}`);
    expect(lead(await ask(then, `last ${first}`))).toMatch(said);
  });

  it("'who is he working for right now?', 'since when?', then 'what was before that?' goes back a role", async () => {
    const id = "before-that";
    await ask("who is he working for right now?", id);
    await ask("since when?", id);
    // (EPISEN, begun during Decathlon: Decathlon was under way, AAA-Data came before it.)
    expect(lead(await ask("what was before that?", id))).toMatch(
      /^(Just before \w+|Already under way when EPISEN began: .*Decathlon.* Before that): Data Engineer at AAA-Data/,
    );
  });
});

describe("chatter of Indian English", () => {
  it("'… kindly confirm … and revert' asks nothing of 'revert'", async () => {
    const a = await ask("kindly confirm if he has Snowflake experience and revert");
    expect(lead(a)).toMatch(/^Yes — Snowflake: used at AAA-Data/);
  });

  it("'… and do the needful' asks nothing of 'needful'", async () => {
    expect(lead(await ask("kindly confirm if he has Airflow experience and do the needful"))).toMatch(/^Yes — Airflow/);
  });
});

describe("what a second trap hunt found", () => {
  it.each([
    ["is Decathlon his only client right now?", /^No — at Decathlon since May 2021, and also: .*EPISEN/],
    [
      "il a d'autres clients que Decathlon en ce moment ?",
      /^Oui — en plus de Decathlon \(depuis mai 2021\) : .*EPISEN/,
    ],
    ["was MAIF his only employer in 2019?", /^No — in 2019: MAIF .*Pernod Ricard \(April 2019 – October 2019\)/],
  ])("'%s' weighs 'only' and 'other' against the roles held then", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["was his first job at MAIF?", /^Yes — the earliest role in the profile: Data Engineer at MAIF/],
    ["was AAA-Data his first job?", /^No — the earliest role in the profile: Data Engineer at MAIF/],
    ["And before AAA-Data, where did he start his career?", /^Just before AAA-Data: Data Engineer at MAIF/],
  ])("'%s' checks the first role named, or looks before the one named", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["has he ever worked without Spark?", /^Every role of the profile names Spark/],
    ["il a deja travaille sans Python ?", /^Postes dont les lignes ne citent pas Python : EPISEN/],
  ])("'%s' lists the roles without it", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'is he hands-on or more of a manager?' gets no 'Yes' to a choice", async () => {
    expect(lead(await ask("is he hands-on or more of a manager?"))).not.toMatch(/^Yes/);
  });

  it.each(["did he do any consulting for banks?", "has he worked for banks?"])(
    "'%s' weighs the banks, none of his employers",
    async (q) => {
      const a = await ask(q);
      expect(a.answered).toBe(false);
      expect(lead(a)).toMatch(/doesn't describe any employer of the profile as “banks”/);
    },
  );

  it("« est-ce qu'il enseigne encore ? » reads « enseigne » as the verb, not as EPISEN", async () => {
    const said = lead(await ask("est ce qu'il enseigne encore ?"));
    expect(said).not.toMatch(/Je lis « enseigne »/);
    expect(said).toMatch(/EPISEN \(depuis novembre 2022\)/);
  });

  it("the note describing Decathlon is said once in French", async () => {
    const said = (await ask("il bosse pour une enseigne de sport ?")).answer;
    expect(said.match(/Une note ajoutée au profil/g)).toHaveLength(1);
  });
});

describe("what dev set 43 found", () => {
  it("a chain of French participles is one question each", async () => {
    const a = await ask(
      "Concernant la data science : a-t-il déjà fait passer des prototypes de modèles à l'échelle de la production, " +
        "assuré le suivi de la dérive des données, et travaillé avec TensorFlow ou PyTorch ?",
    );
    expect(quoted(a).join("\n")).toMatch(/data drift/);
    expect(a.answer).toMatch(/TensorFlow : absent du profil/);
  });

  it("'Three points: …? …? …?' answers each point", async () => {
    const a = await ask(
      "Three points, short answers ok: Delta tables yes/no? Incremental loads with merge into existing data? " +
        "And any BigQuery, we are on GCP.",
    );
    expect(quoted(a).join("\n")).toMatch(/Delta Lake/);
    expect(quoted(a).join("\n")).toMatch(/incremental ingestion with a merge/);
    expect(a.answer).toMatch(/BigQuery: not in the profile/);
  });

  it("'Short please: …, bullet points. No prose. Grüße' is his skills, the format and the close aside", async () => {
    const said = lead(await ask("Short please: his main tech stack, top 5-6 tools, bullet points. No prose. Grüße"));
    expect(said).toMatch(/^Main skills, by how many roles use them/);
  });

  it("« nouvelle mission chez un équipementier auto vers Valenciennes, … » is the job's setting", async () => {
    const a = await ask(
      "re biloute, nouvelle mission chez un equipementier auto vers valenciennes, il connait le secteur " +
        "automobile ou pas du tt ?",
    );
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/AAA-Data \(Automobile\)/);
  });

  it("a business that 'cannot have any downtime' is no downtime asked about", async () => {
    const a = await ask(
      "client is doing migration of on prem warehouse to cloud and business cannot have any downtime, has he done " +
        "such migration without outage?",
    );
    expect(lead(a)).not.toMatch(/^No —/);
    expect(quoted(a).join("\n")).toMatch(/with no service interruption/);
  });
});

describe("whole-profile questions in other words", () => {
  it.each([
    ["has he worked on the cloud?", /^For cloud, the profile names: AWS \(Decathlon\).*Snowflake \(AAA-Data\)/],
    ["il a fait du cloud ?", /^Côté cloud, le profil cite : AWS \(Decathlon\)/],
  ])("'%s' names the cloud tools he used, not a line about the market", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(a.answer).not.toMatch(/new cloud entrants/);
  });

  it.each([
    ["did he spend more time at MAIF or AAA-Data?", /^Longer: AAA-Data\./],
    ["il a plus d'experience chez la MAIF ou chez AAA Data ?", /^Le plus long : AAA-Data\./],
  ])("'%s' compares the two", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["what's his specialty?", /^Main skills, by how many roles use them/],
    ["is he a job hopper?", /^Longest: Decathlon \(since May 2021: 5 years/],
    ["il change souvent de boite ?", /^Le plus long : Decathlon/],
    ["c'est son job principal ?", /^Actuellement : Senior Data Engineer chez Decathlon/],
  ])("'%s' is read as a question about the whole profile", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("what a cold review of the session's own changes found", () => {
  it.each(["how long are the sprints?", "how long did it take to ingest the ministry file?"])(
    "'%s' asks how long a thing takes, not how long he did it",
    async (q) => {
      expect(lead(await ask(q))).not.toMatch(/going by the roles that say it/);
    },
  );

  it.each([
    ["has he done Python development?", /^Yes — the profile mentions it/],
    ["Spark dev? Python dev?", /^Spark: yes .* · Python: yes/],
  ])("'%s' is developing in it, not creating it", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'has he designed, built and maintained data pipelines?' asks no bare 'has he designed?'", async () => {
    expect(lead(await ask("has he designed, built and maintained data pipelines?"))).not.toMatch(/^Yes/);
  });

  it.each([
    ["what was his first mission at Decathlon?", /^(?!No — the earliest role)/],
    ["MAIF n'était pas son premier poste ?", /^Si — le premier poste du profil : Data Engineer chez MAIF/],
  ])("'%s': a first role asked within a role, or in the negative", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'short term contract?' keeps 'short': no ingestion contract quoted as a yes", async () => {
    const a = await ask("short term contract?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/not “short” or “term”/);
  });

  it("a term not in the profile keeps the conversation on its role", async () => {
    await ask("what did he do at AAA-Data?", "stay-on-role");
    await ask("did he use Kubernetes?", "stay-on-role");
    expect(lead(await ask("what was the team size?", "stay-on-role"))).toMatch(
      /^Team, as the profile lists it: 5 people at AAA-Data/,
    );
  });

  it("« il n'a pas d'autres clients que Decathlon ? » is a « Si »", async () => {
    expect(lead(await ask("il n'a pas d'autres clients que Decathlon ?"))).toMatch(/^Si — en plus de Decathlon/);
  });

  it("'which jobs were not freelance?' gives the permanent ones first", async () => {
    expect(lead(await ask("which jobs were not freelance?"))).toMatch(/^Permanent contracts: AAA-Data/);
  });

  it("'how long has he been doing data professionally?' is his whole career", async () => {
    expect(lead(await ask("how long has he been doing data professionally?"))).toMatch(/^About 7 years/);
  });

  it("'has he worked for years?' is no kind of employer", async () => {
    expect(lead(await ask("has he worked for years?"))).not.toMatch(/doesn't describe any employer/);
  });

  it("'has he handled 100 TB or more?' takes 400 TB as more", async () => {
    expect(lead(await ask("has he handled 100 TB or more?"))).toMatch(/^Yes — the profile mentions it at Decathlon/);
  });

  it("« est-il prêt à partir à l'étranger ? » is no 'Oui' from the international context", async () => {
    expect(lead(await ask("est-il prêt à partir à l'étranger ?"))).not.toMatch(/^Oui/);
  });
});

describe("a floor said after the count", () => {
  it.each([
    ["does he have 3 years or more of Spark?", /^Yes — Spark: about 7 years/],
    ["a-t-il 3 ans ou plus d'expérience en Spark ?", /^Oui — Spark : environ 7 ans/],
    ["10 years or more of experience?", /^No — about 7 years and \d+ months of experience/],
  ])("'%s' weighs the time against the floor, not '3' as a thing asked", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("the years a line asks, in brackets after it", () => {
  it.each([
    ["- people management (3+ yrs)", /^The profile doesn't show 3 years of leading others/],
    ["Spark (5 years min)", /^Yes — Spark: about 7 years/],
  ])("'%s' weighs the years asked", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("working without a thing the profile names", () => {
  it.each([
    ["has he worked without Scrum?", /^The profile doesn't say he worked without it/],
    ["il a deja travaille sans methode agile ?", /^Le profil ne dit pas qu'il a travaillé sans/],
  ])("'%s' is no 'Yes' from the lines that name it", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });
});
