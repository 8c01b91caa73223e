import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the fifty-seventh session found wrong: a tool asked as stopped, a role asked as ended, "recent" as an
// adjective, years of his field with a qualifier or a tool, follow-ups in French and "next", claims of "all".

const { ask } = trialChat();

describe("a tool asked as stopped or given up", () => {
  it.each([
    ["has he stopped using Spark?", /^No — still in use\. Spark: used at Decathlon \(since May 2021\)/],
    ["il a arrêté le Scala ?", /^Non — toujours utilisé\. Scala : utilisé chez Decathlon/],
    ["il ne fait plus de Spark ?", /^Si — toujours utilisé\. Spark : utilisé chez Decathlon/],
    ["has he dropped Airflow?", /^No — still in use\. Airflow: used at Decathlon/],
    ["has he stoped using spark?", /^No — still in use\. Spark: /],
  ])("'%s': no, a role going on uses it", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["did he give up Docker?", /^Not in his current roles — Docker: used at AAA-Data/],
    ["did he abandon Snowflake?", /^Not in his current roles — Snowflake: used at AAA-Data/],
  ])("'%s': the roles that used it have ended, said so — no 'yes'", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(a.answered).toBe(false);
  });

  it("'has he stopped using EMR?' is the move away from it, quoted", async () => {
    const a = await ask("has he stopped using EMR?");
    expect(lead(a)).toMatch(/^Yes, as the profile tells it: it shows a move away from it at Decathlon/);
    expect(a.answer).toMatch(/Decommissioning of EMR in favour of Databricks/);
  });

  it("'did he stop doing data engineering?' gets no 'yes' from a passage that only names it", async () => {
    expect(lead(await ask("did he stop doing data engineering?"))).not.toMatch(/^Yes/);
  });
});

describe("a role asked as ended, named before the verb", () => {
  it.each([
    ["has his EPISEN mission ended?", /^No — at EPISEN since November 2022, and still there/],
    ["has the contract at Decathlon ended?", /^No — at Decathlon since May 2021, and still there/],
    ["sa mission a l'EPISEN est finie ?", /^Non — chez EPISEN depuis novembre 2022, et toujours en poste/],
    ["son contrat chez aaa data est termine ?", /^Oui — AAA-Data, c'était janvier 2020 – mai 2021/],
  ])("'%s' is its period's to say", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("recent, asked as an adjective or of leading", () => {
  it.each([
    ["Is his Snowflake recent?", /^Snowflake: last listed at AAA-Data \(January 2020 – May 2021\); not in the current/],
    ["any recent Docker?", /^Docker: last listed at AAA-Data/],
    ["has he done any ML work recently?", /^Not in his current roles — ML: MAIF/],
    ["is his ML experience recent?", /^Not in his current roles — ML: MAIF/],
    ["has he mentored juniors recently?", /^Not in his current roles, as the profile tells them: Decathlon/],
    ["has he led anyone lately?", /^Not in his current roles, as the profile tells them: Decathlon/],
    ["il a encadré récemment ?", /^Pas dans ses postes actuels/],
  ])("'%s' gets no 'yes' from roles that ended years ago", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'has he done Spark recently?' is still yes: his current role uses it", async () => {
    expect(lead(await ask("has he done Spark recently?"))).toMatch(/^Spark: still in use/);
  });
});

describe("years of his field, asked with a qualifier or a tool", () => {
  it.each([
    ["years of hands-on engineering (not training)?", /^About 7 years and \d+ months as (data )?engineer: Senior/],
    ["how many years of pure data engineering, excluding teaching?", /^About 7 years and \d+ months as data engineer/],
  ])("'%s' is his time as an engineer, not 'taught only'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["how many years of data engineering with Spark?", /^Spark: about 7 years and \d+ months to today/],
    ["Combien d'années d'expérience en data engineering avec Spark ?", /^Spark : environ 7 ans et \d+ mois à ce jour/],
  ])("'%s' is the tool's time, not 'years' unsaid", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« …du Spark en Scala ? » gives each tool's time", async () => {
    const a = lead(await ask("ça fait combien de temps qu'il fait du Spark en Scala ?"));
    expect(a).toMatch(/^Spark : environ 7 ans/);
    expect(a).toMatch(/Scala : environ 5 ans et \d+ mois à ce jour dans les postes qui le citent, chez Decathlon/);
  });
});

describe("« c'est en prod ? » after a tool", () => {
  it("after Unity Catalog: the POC, not a 'yes' on Datadog", async () => {
    await ask("il a utilisé Unity Catalog ?", "uc");
    expect(lead(await ask("c'est en prod ?", "uc"))).toMatch(
      /^En partie — le profil montre une stratégie ou une preuve/,
    );
  });

  it("after Kafka: taught only, no 'yes'", async () => {
    await ask("Il a fait du Kafka ?", "k");
    expect(lead(await ask("c'est allé en prod ?", "k"))).toMatch(/^Le profil mentionne « Kafka » chez EPISEN/);
  });
});

describe("a role ended, asked again for another employer", () => {
  it("« Il a arrêté Decathlon ? » then « et EPISEN ? » asks whether he left EPISEN", async () => {
    await ask("Il a arrêté Decathlon ?", "left");
    expect(lead(await ask("et EPISEN ?", "left"))).toMatch(/^Non — chez EPISEN depuis novembre 2022, et toujours/);
  });

  it("'has he left MAIF?' then 'and AAA-Data?'", async () => {
    await ask("has he left MAIF?", "left2");
    expect(lead(await ask("and AAA-Data?", "left2"))).toMatch(/^Yes — AAA-Data was January 2020 – May 2021/);
  });
});

describe("claims more than the passages say", () => {
  it.each([
    ["Did he move all processing to Autoloader?", /part of the processing on Autoloader/],
    ["has he encrypted all the PII?", /column-level encryption of PII|PII management/],
  ])("'%s': not all of it, the passage quoted", async (q, quote) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(/; it doesn't say it was all of it:$/);
    expect(a.answer).toMatch(quote);
  });

  it("'a consultant at an ESN / consulting firm?' is no 'yes' from his freelance contracts", async () => {
    const a = await ask("has he ever been a consultant at an ESN / consulting firm?");
    expect(lead(a)).not.toMatch(/^Yes/);
    expect(a.answered).toBe(false);
  });

  it("« architecture event driven en prod » gets no 'oui' from Decathlon's architecture bullets", async () => {
    expect(lead(await ask("il a fait de l'architecture event driven en prod ?"))).not.toMatch(/^Oui/);
  });
});

describe("follow-ups read as the asker meant them", () => {
  it("'Tell me about AAA-Data' then 'what did he do next?' is the role after it", async () => {
    await ask("Tell me about AAA-Data", "next");
    expect(lead(await ask("what did he do next?", "next"))).toMatch(
      /^Right after AAA-Data: Senior Data Engineer at Decathlon/,
    );
  });

  it("'does he know Spark?' then 'has he used it professionally?' is Spark in his roles", async () => {
    await ask("does he know Spark?", "pro");
    expect(lead(await ask("has he used it professionally?", "pro"))).toMatch(/^Yes — Spark: used at Decathlon/);
  });

  it("'has he used Kafka professionally?' is taught only, no 'professionally' unsaid", async () => {
    expect(lead(await ask("has he used Kafka professionally?"))).toMatch(
      /^Kafka: taught at EPISEN .*doesn't show it used in a role/,
    );
  });
});

describe("Databricks, whose move at Decathlon the CV doesn't date", () => {
  it("« Il a moins de 3 ans d'xp en Databricks ? » is neither yes nor no", async () => {
    const a = await ask("Il a moins de 3 ans d'xp en Databricks ?");
    expect(lead(a)).not.toMatch(/^(Non|Oui) —/);
    expect(lead(a)).toMatch(/Le CV ne dit pas quand Decathlon est passé à Databricks : c'est un maximum/);
  });

  it("a checklist's '3 years min on Databricks' is partly, and says why", async () => {
    const a = await ask("Requirements: 3 years min on Databricks, Spark, Python");
    expect(a.answer).toMatch(/3\+ years of Databricks: ◐ partly \(.*the CV doesn't say when Decathlon moved to it\)/);
    expect(a.answer).toMatch(/Spark: ✔ met/);
  });
});

describe("a French talk stays French, and its hours at the school", () => {
  it("'side project / open source ?' in a French talk is answered in French", async () => {
    await ask("Bonjour, il a fait du Spark ?", "fr-loan");
    const a = await ask("side project / open source ?", "fr-loan");
    expect(a.language).toBe("fr");
  });

  it("« il donne combien d'heures ? » after EPISEN is its hours, not 13 h of ingestion", async () => {
    await ask("depuis combien de temps il enseigne a l'EPISEN ?", "hours");
    const a = await ask("il donne combien d'heures ?", "hours");
    expect(a.answer).toMatch(/10h CM/);
    expect(a.answer).not.toMatch(/13h à 6 minutes/);
  });
});

describe("a kind of tool named as a practice", () => {
  it("'what about CI/CD?' quotes Decathlon's own CI/CD bullet before Jenkins", async () => {
    const a = await ask("ok what about CI/CD?");
    expect(lead(a)).toMatch(/Jenkins \(AAA-Data, MAIF\)\. The profile names CI\/CD itself at Decathlon\./);
    expect(a.answer).toMatch(/\[1\] Set-up of CI\/CD to automate deployments/);
  });

  it("'which cloud?' quotes no 'cross-cloud' bullet for the word", async () => {
    expect((await ask("which cloud?")).answer).not.toMatch(/itself is named|cross-cloud/);
  });
});

describe("a kind of colleague asked as worked with", () => {
  it("'has he worked with front-end developers?' is the Front-end on Decathlon's roster", async () => {
    expect(lead(await ask("has he worked with front-end developers?"))).toMatch(
      /^Front-end developers in the team, as the profile lists them: 1 \(Decathlon/,
    );
  });
});

describe("sizes in bytes without their figure", () => {
  it("« des tables de plusieurs To ? » finds the volumes in To", async () => {
    const a = await ask("il a travaillé sur des tables de plusieurs To ?");
    expect(a.answer).toMatch(/\bTo\b/);
    expect(a.answer).not.toMatch(/Reject Table/);
  });
});

describe("what the third trial of the session found", () => {
  it.each([
    ["did his MAIF contract end in 2019?", /^No — MAIF: January 2019 – January 2020/],
    ["did his EPISEN mission end in 2024?", /^No — EPISEN: since November 2022/],
    ["sa mission à l'EPISEN s'est terminée en 2024 ?", /^Non — EPISEN : depuis novembre 2022/],
  ])("'%s': a role's end asked with a year is its end's to say", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["has he stopped using Spark at Decathlon?", /^No — still in use\. Spark: used at Decathlon \(since May 2021\)/],
    ["did he stop using Python after MAIF?", /^No — Python after MAIF: used at Decathlon \(since May 2021\), AAA-Data/],
    ["il a arrêté le spark après la MAIF ?", /^Non — Spark après MAIF : utilisé chez Decathlon/],
  ])("'%s': the roles that go on with it, or come after", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'did he give up on the Snowflake migration?' is no 'not in his current roles'", async () => {
    expect(lead(await ask("did he give up on the Snowflake migration?"))).not.toMatch(/^Not in his current roles/);
  });

  it("« il a quitté la MAIF ? », then « et decathlon ? », « et chez decath ? », « et l'episen ? »", async () => {
    await ask("il a quitté la MAIF ?", "quit");
    for (const [q, role] of [
      ["et decathlon ?", "Decathlon"],
      ["et chez decath ?", "Decathlon"],
      ["et l'episen ?", "EPISEN"],
    ])
      expect(lead(await ask(q!, "quit"))).toMatch(new RegExp(`Non — chez ${role} depuis .*, et toujours en poste`));
  });

  it("« il est plus à l'episen ? » (no « ne ») asks whether he left", async () => {
    expect(lead(await ask("il est plus à l'episen ?"))).toMatch(/^Non — chez EPISEN depuis novembre 2022/);
  });

  it.each([
    ["his professional experience?", /^About 7 years and \d+ months of experience/],
    ["son expérience pro ?", /^Environ 7 ans et \d+ mois d'expérience/],
    ["his professional skills?", /^Main skills/],
    ["what's he been doing lately?", /^Currently: Senior Data Engineer at Decathlon/],
    ["qu'a-t-il fait récemment ?", /^Actuellement : Senior Data Engineer chez Decathlon/],
  ])("'%s' is answered, not 'doesn't mention'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("what the third trial found, continued", () => {
  it.each([
    ["has he recently worked in insurance?", /^Not in his current roles — as the CV describes them: MAIF/],
    ["a-t-il récemment travaillé dans l'assurance ?", /^Pas dans ses postes actuels — d'après le CV : MAIF/],
  ])("'%s': the sector's role has ended", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["years of experience, not as a trainer?", /^About 7 years and \d+ months as data engineer/],
    ["how many years outside teaching?", /^About 7 years and \d+ months as data engineer/],
    ["combien d'années sans compter l'enseignement ?", /^Environ 7 ans et \d+ mois comme data engineer/],
  ])("'%s' is his time as an engineer, not his teaching", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'did he use Snowflake?' then 'in 2019?' is Snowflake in 2019, not his roles that year", async () => {
    await ask("did he use Snowflake?", "year");
    const a = lead(await ask("in 2019?", "year"));
    expect(a).not.toMatch(/^In 2019:/);
    expect(a).toMatch(/Snowflake/);
  });

  it("'did he put all the data science projects into production at MAIF?' gets no plain 'yes'", async () => {
    expect(lead(await ask("did he put all the data science projects into production at MAIF?"))).not.toMatch(/^Yes/);
  });
});

describe("phrasings the trials found answered with a word unsaid", () => {
  it.each([
    ["real world experience with Databricks?", /^Yes — Databricks: used at Decathlon/],
    ["ses hard skills ?", /^Compétences principales/],
    ["Has he decommissioned anything?", /^Yes — the profile mentions it at Decathlon/],
    ["did he get rid of Spark?", /^No — still in use\. Spark: used at Decathlon/],
    ["has he phased out Airflow?", /^No — still in use\. Airflow: used at Decathlon/],
    ["when did he stop using Snowflake?", /^Snowflake: last listed at AAA-Data \(January 2020 – May 2021\)/],
    ["quand a-t-il arrêté docker ?", /^Docker : cité pour la dernière fois chez AAA-Data/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'did it go to prod?' after the bar model at Pernod: a training mission, no 'yes'", async () => {
    await ask("did he build a bar prediction model at Pernod?", "prod");
    expect(lead(await ask("did it go to prod?", "prod"))).toMatch(/in a training mission; it doesn't say it went to/);
  });
});

describe("what the cold reading of the session's changes found", () => {
  it.each([
    ["Was he at MAIF at the end of 2019?", /^Yes — MAIF: January 2019 – January 2020/],
    ["Apart from teaching, does he have any experience leading teams?", /^Yes — he supervised 2 junior data/],
    ["Did he put all the logs in Datadog?", /^Yes — the profile mentions it at Decathlon/],
    ["Has his freelance mission at Decathlon ended?", /^No — at Decathlon since May 2021, and still there/],
    ["What is his most recent management experience?", /^Yes — he supervised 2 junior data engineers/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« il fait plus de data engineering que de formation ? » asks which more, not whether he stopped", async () => {
    expect(lead(await ask("il fait plus de data engineering que de formation ?"))).not.toMatch(
      /abandonné|toujours utilisé/,
    );
  });

  it("« c'est avec Python qu'il code le plus ? » after Kafka names its own subject", async () => {
    await ask("il connaît Kafka ?", "cleft");
    expect(lead(await ask("c'est avec Python qu'il code le plus ?", "cleft"))).toMatch(/^Python : utilisé chez/);
  });
});
