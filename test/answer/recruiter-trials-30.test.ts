import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the thirty-ninth session's trap hunters and dev set 44 (a Berlin agency headhunter, a chatty London in-house
// recruiter, a Brussels business manager's formal French, a Toulouse CTO's SMS French) found wrong.

const { ask } = trialChat();

describe("'did he use it at X?' after a skill: the skill at that employer, not his work there", () => {
  it.each([
    ["Has he used Kafka?", "did he use it at Decathlon?", /“Kafka” at EPISEN.*but not at Decathlon/],
    ["Has he used Snowflake?", "did he use it at Decathlon?", /“Snowflake” at AAA-Data.*but not at Decathlon/],
    ["Has he used Scala?", "was that at MAIF too?", /“Scala” at Decathlon.*but not at MAIF/],
    ["Has he done PII encryption?", "did he do that at MAIF?", /but not at MAIF/],
    ["il a fait du Kafka ?", "il l a utilise chez Decathlon ?", /« Kafka » chez EPISEN.*mais pas chez Decathlon/],
    ["il a fait du Snowflake ?", "c etait aussi chez MAIF ?", /« Snowflake » chez AAA-Data.*mais pas chez MAIF/],
  ])("'%s' then '%s'", async (first, then, said) => {
    const id = `${first}|${then}`;
    await ask(first, id);
    const a = await ask(then, id);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it("'did he do that at Decathlon?' after mentoring is no yes from his work there", async () => {
    await ask("Has he mentored juniors?", "mentor-at");
    const a = await ask("did he do that at Decathlon?", "mentor-at");
    expect(lead(a)).not.toMatch(/^Yes/);
  });

  it.each(["did he use it at Decathlon?", "was that at MAIF too?", "il l a utilise chez Decathlon ?"])(
    "'%s' with nothing before it is no 'yes' from his work there",
    async (q) => {
      const a = await ask(q);
      expect(a.answered).toBe(false);
      expect(lead(a)).not.toMatch(/^(Yes|Oui)/);
    },
  );

  it("'did he work at Decathlon?' is still a yes", async () => {
    expect(lead(await ask("did he work at Decathlon?"))).toMatch(/^Yes/);
  });
});

describe("a thing done with a tool: the tool doesn't answer for the thing", () => {
  it.each([
    ["Has he done data lineage with Unity Catalog?", /mentions “data” and “Unity Catalog” at Decathlon.*not “lineage”/],
    ["Has he done data lineage with Collibra?", /not “lineage”/],
    ["il connait le data lineage avec Unity Catalog ?", /mais pas « lineage »/],
  ])("'%s'", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it("'he has done containarisation with dokcer?' is still Docker, a slip being no term", async () => {
    expect(lead(await ask("he has done containarisation with dokcer?"))).toMatch(/Yes — Docker: used at AAA-Data/);
  });
});

describe("a method the CV doesn't name, and levels compared", () => {
  it.each(["Has he done Kanban?", "a-t-il fait du Kanban ?"])("'%s' is not the 2-week sprints", async (q) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/Kanban/);
    expect(lead(a)).not.toMatch(/^(Yes|Oui)/);
  });

  it("'does he work in sprints?' still quotes them", async () => {
    const a = await ask("does he work in sprints?");
    expect(quoted(a).join("\n")).toMatch(/2-week sprints/);
  });

  it.each([
    ["Is his Scala better than his Python?", /^The profile gives facts, not judgements/],
    ["est il meilleur en Spark qu en Kafka ?", /^Le profil donne des faits, pas des jugements/],
    ["Is he better than an average senior?", /^The profile gives facts, not judgements/],
  ])("'%s' is a judgement, not a yes from a stack line", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'Is he good at Spark?' still gives where he used it", async () => {
    expect(lead(await ask("Is he good at Spark?"))).toMatch(/^Yes — Spark: used at Decathlon/);
  });
});

describe("a language asked for, and chatter about the profile", () => {
  it.each([
    ["answer in French please", /^Je réponds en français\./],
    ["can you say that in French please?", /^Je réponds en français\./],
    ["merci, et en anglais maintenant ?", /^I'll answer in English\./],
  ])("'%s' with nothing to answer again takes the language, not a topic", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it("'merci, et en anglais maintenant ?' answers the last French question again in English", async () => {
    await ask("il a fait du Airflow ?", "again-en");
    expect(lead(await ask("merci, et en anglais maintenant ?", "again-en"))).toMatch(
      /^Yes — Airflow: used at Decathlon/,
    );
  });

  it.each([
    ["réponds en anglais stp : a-t-il utilisé Glue ?", /^Yes — Glue: used at Decathlon/],
    ["Has he used Glue? answer in French please", /^Oui — Glue : utilisé chez Decathlon/],
  ])("'%s' is answered in the language asked for", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each(["a-t-il enseigné en anglais ?", "il donnait ses cours en anglais ?"])(
    "'%s' asks the language he works in, which only he can say (not a 'yes' from EPISEN)",
    async (q) => {
      const a = await ask(q);
      expect(a.answered).toBe(false);
      expect(lead(a)).toMatch(/ne précise pas les langues/);
    },
  );

  it.each([
    ["hey how are you today?", /^Hello!/],
    ["ok cool, next question", /^👍/],
    ["great profile, thanks", /^You're welcome!/],
    ["good to know, interesting profile", /^👍/],
    ["beau profil, merci", /^Avec plaisir !/],
  ])("'%s' is chatter, no term the profile lacks", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a four-letter employer misspelt, and two things joined by 'and'", () => {
  it.each([
    ["what did he do at maiff?", /^Reading “maiff” as “MAIF”\. At MAIF \(Data Engineer/],
    ["how long at maiff?", /^Reading “maiff” as “MAIF”\. At MAIF from January 2019 to January 2020/],
    ["qu'a-t-il fait chez la maiff ?", /^Je lis « maiff » comme « MAIF »\./],
  ])("'%s' reads the doubled letter as MAIF", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'has he done CI/CD and unit testing?' gives each its verdict, unit tests included", async () => {
    const a = await ask("has he done CI/CD and unit testing?");
    expect(lead(a)).toMatch(/^CI\/CD: yes — Decathlon.*· unit testing: yes — Decathlon/);
    expect(quoted(a).join("\n")).toMatch(/unit tests across all ingestion components/);
  });

  it("'…and if so, in what context?' is no second thing asked", async () => {
    const a = await ask("has he worked with Collibra and if so in what context?");
    expect(lead(a)).not.toMatch(/context: yes/);
  });
});

describe("the migration just asked about, and how long a thing took", () => {
  it.each([
    ["how long did the Snowflake migration take?", /^The profile doesn't say how long it took;.*AAA-Data/],
    ["combien de temps a duré la migration vers Snowflake ?", /^Le profil ne dit pas combien de temps cela a pris/],
    ["la migration Snowflake a pris combien de temps ?", /^Le profil ne dit pas combien de temps cela a pris/],
  ])("'%s': the migration is said, its length is not", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
    expect(quoted(a).join("\n")).toMatch(/Snowflake/);
  });
});

describe("a premise checked before the question after it", () => {
  it.each([
    [
      "Since he worked at Google, does he know BigQuery?",
      /^The profile doesn't list Google among his employers .*\nThe profile doesn't mention “BigQuery”/,
    ],
    [
      "vu qu il a bosse chez Amazon il connait AWS ?",
      /^Le profil ne cite pas Amazon .*\nOui — AWS : utilisé chez Decathlon/,
    ],
    [
      "Since he was tech lead at Decathlon, how big was his team?",
      /^At Decathlon his title is Senior Data Engineer; .* he was tech lead\.\nTeam, .*: 7 people at Decathlon/,
    ],
  ])("'%s'", async (q, said) => {
    expect((await ask(q)).answer).toMatch(said);
  });

  it("'Since he worked at Google, what did he do there?' points back at the premise: the correction only", async () => {
    expect((await ask("Since he worked at Google, what did he do there?")).answer).toMatch(
      /^The profile doesn't list Google among his employers \([^)]*\)\.$/,
    );
  });
});

describe("follow-ups: 'is it true…', 'which one more recently?'", () => {
  it("'is it true he never used Airflow?' after Kubernetes asks of Airflow, not of Kubernetes", async () => {
    await ask("does he know Kubernetes?", "dummy-it");
    const a = await ask("is it true he never used Airflow?", "dummy-it");
    expect(lead(a)).toMatch(/^Airflow: used at Decathlon/);
  });

  it.each([
    [
      "has he used Snowflake and Databricks?",
      "which one did he use more recently?",
      /^Snowflake: last listed at AAA-Data/,
    ],
    [
      "il a fait du Snowflake et du Databricks ?",
      "lequel il a utilisé plus récemment ?",
      /^Snowflake : cité pour la dernière fois/,
    ],
  ])("'%s' then '%s' gives each thing's latest use", async (first, then, said) => {
    const id = `${first}|recent`;
    await ask(first, id);
    expect(lead(await ask(then, id))).toMatch(said);
  });
});

describe("everyday words asked together, and the tools of a thing asked", () => {
  it.each([
    ["Has he done master data management?", /but not “master”/],
    ["il fait du code review ?", /mais pas « review »/],
    ["Does he do code reviews?", /but not “reviews”/],
  ])("'%s' is no 'yes' from the words held apart", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it("'did he train staff?' is still his training", async () => {
    expect(lead(await ask("did he train staff?"))).toMatch(/^Yes/);
  });

  it("'with which tool?' after CI/CD names Jenkins, not the last role's stack", async () => {
    await ask("Has he set up CI/CD pipelines?", "cicd-tool");
    expect(lead(await ask("with which tool?", "cicd-tool"))).toMatch(/^For CI\/CD, the profile names: Jenkins/);
  });
});

describe("what only he can say, his current roles counted, the time since a role", () => {
  it.each([
    ["when will his Decathlon mission end?", /^The profile doesn't say when he is available/],
    ["quand se termine sa mission chez Decathlon ?", /^Le profil ne précise pas ses disponibilités/],
  ])("'%s' is his to say, not Decathlon's passages", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'…we have a mission in Lyon for a data engineer, is he interested?' is no job checked", async () => {
    const a = await ask(
      "I am a recruiter at Capgemini, we have a mission in Lyon for a data engineer, is he interested?",
    );
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/Meets \d+ of/);
  });

  it.each([
    ["How many jobs at the same time now?", /^Currently: Senior Data Engineer at Decathlon .*EPISEN/],
    ["combien de missions en ce moment ?", /^Actuellement : Senior Data Engineer chez Decathlon/],
  ])("'%s' counts his current roles, not all five", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    [
      "how long ago did he leave MAIF?",
      /^At MAIF \(January 2019 – January 2020\): it ended \d+ years? and \d+ months? ago\./,
    ],
    ["il a quitté AAA-Data il y a combien de temps ?", /^Chez AAA-Data \(janvier 2020 – mai 2021\) : terminé il y a/],
  ])("'%s' is the time since the role ended", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'what was he doing in 2026?' says it is as of the CV", async () => {
    expect(lead(await ask("what was he doing in 2026?"))).toMatch(/^In 2026: .*As of the CV, written around/);
  });
});

describe("chatter, doubts and languages asked for (third trap hunt)", () => {
  it.each(["are you sure?", "really?", "why not?", "t'es sûr ?"])("'%s' is a doubt, no term", async (q) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/^(I answer from the profile's own words|Je réponds avec les mots du profil)/);
  });

  it.each([
    "one more thing",
    "une dernière chose",
    "encore une question",
    "bien vu",
    "i have another question",
    "can I ask something?",
    "sorry for the delay",
    "my bad",
    "good job",
    "yes",
    "oui",
    "no",
  ])("'%s' is chatter", async (q) => {
    expect(lead(await ask(q))).toMatch(/^👍/);
  });

  it("'one more thing: has he used Kafka?' still asks of Kafka", async () => {
    expect(lead(await ask("one more thing: has he used Kafka?"))).toMatch(/^Kafka: taught at EPISEN/);
  });

  it("'has he worked in an international environment?' is still a yes", async () => {
    expect(lead(await ask("has he worked in an international environment?"))).toMatch(/^Yes/);
  });

  it.each([
    ["what did he do at MAIF? in French please", /^Chez MAIF \(Data Engineer/],
    ["qu'a-t-il fait chez Decathlon ? en anglais svp", /^At Decathlon \(Senior Data Engineer/],
  ])("'%s' is answered in the language asked after the question", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'English?' alone still asks whether he speaks it", async () => {
    expect(lead(await ask("English?"))).toMatch(/doesn't say which languages he speaks/);
  });

  it("'please answer in French from now on' keeps French for later short questions", async () => {
    await ask("Has he used Airflow?", "from-now-on");
    expect(lead(await ask("please answer in French from now on", "from-now-on"))).toMatch(/^Oui — Airflow/);
    expect(lead(await ask("and Spark?", "from-now-on"))).toMatch(/^Oui — Spark/);
  });

  it("'can you translate that to French?' answers the last question again in French", async () => {
    await ask("Has he used Airflow?", "translate");
    expect(lead(await ask("can you translate that to French?", "translate"))).toMatch(/^Oui — Airflow/);
  });
});

describe("whole-profile wordings, typos of names, and words that say nothing of his work", () => {
  it.each([
    ["is he an engineer by training?", /^The profile doesn't list his degrees or certifications/],
    ["il est ingénieur de formation ?", /^Le profil ne mentionne ni diplômes ni certifications/],
    ["c'est un bon profil ?", /^Le profil donne des faits, pas des jugements/],
    ["chronologie de sa carrière", /^5 employeurs, du plus ancien au plus récent : MAIF/],
    ["ses postes actuels", /^Actuellement : Senior Data Engineer chez Decathlon/],
    ["what did he do at MIAF?", /^Reading “MIAF” as “MAIF”\. At MAIF/],
    ["what did he do at AAAdata?", /^Reading “AAAdata” as “AAA-Data”\. At AAA-Data/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« c'est un leader ? » is no 'yes' from the companies being market leaders", async () => {
    const a = await ask("c'est un leader ?");
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/leader mondial|leader français/);
  });

  it("'Has he presented to executives?' is not read in the role's 'May 2021 - Present'", async () => {
    const a = await ask("Has he presented to executives?");
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/mentions “presented”/);
  });
});

describe("what the cold read of the session's change found", () => {
  it("'did he teach it at MAIF?' after Spark keeps the verb: no 'yes' from his use of Spark there", async () => {
    await ask("did he use Spark?", "teach-it");
    expect(lead(await ask("did he teach it at MAIF?", "teach-it"))).not.toMatch(/^Yes/);
  });

  it.each(["how long did the sprints last?", "how long did the practical sessions last?"])(
    "'%s' quotes the length given, not 'doesn't say how long'",
    async (q) => {
      expect(lead(await ask(q))).not.toMatch(/doesn't say how long/);
    },
  );

  it.each(["Il a enseigné à EPISEN ? En anglais ?", "Does he work with international teams? In English?"])(
    "'%s': a bare 'In English?' asks of his English, no wish for an English answer",
    async (q) => {
      expect((await ask(q)).answer).toMatch(/langues parlées|which languages he speaks/);
    },
  );

  it("« …toujours… ? réponds en anglais » is one answer in English, not every later one", async () => {
    await ask("Il travaille toujours chez Decathlon ? réponds en anglais", "once-en");
    expect(lead(await ask("il connaît Kafka ?", "once-en"))).toMatch(/^Kafka : enseigné/);
  });

  it("'in English please' after 'in French from now on' goes back to English", async () => {
    await ask("Has he used Airflow?", "back-en");
    await ask("please answer in French from now on", "back-en");
    expect(lead(await ask("in English please", "back-en"))).toMatch(/^Yes — Airflow/);
    expect(lead(await ask("and Spark?", "back-en"))).toMatch(/^Yes — Spark/);
  });

  it.each([
    ["what was the end date of his MAIF contract?", /MAIF/],
    ["How long ago did he start at AAA-Data?", /^At AAA-Data \(January 2020 – May 2021\): it began .+ ago\./],
    ["How many companies has he worked for up to today?", /^5 employers/],
  ])("'%s'", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(lead(a)).not.toMatch(/when he is available|^Currently/);
  });

  it("'has he ever done a code review?' is no 'yes' from the course's underlying code", async () => {
    expect(lead(await ask("has he ever done a code review?"))).not.toMatch(/^Yes/);
  });

  it.each([
    ["Since he is experienced, does he know Spark?", /^Yes — Spark: used at Decathlon .*AAA-Data/],
    ["Since he was tech lead at Decathlon, does he know Spark?", /\nYes — Spark: used at Decathlon .*AAA-Data/],
  ])("'%s': a premise checked only when it names something, the question kept to all his roles", async (q, said) => {
    expect((await ask(q)).answer).toMatch(said);
  });

  it.each([
    ["ok sure", /^👍/],
    ["ah bon", /^👍/],
    ["really?", /^I answer from the profile's own words/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'Good candidate?' is no praise given", async () => {
    expect(lead(await ask("Good candidate?"))).not.toMatch(/^👍/);
  });
});
