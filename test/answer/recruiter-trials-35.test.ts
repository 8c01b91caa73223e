import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the forty-fourth session found wrong: cases its predecessor left alone, held-out set dev 50, and a helper's
// recruiter trials.

const { ask } = trialChat();

describe("whom he trained or led, asked", () => {
  it.each([
    ["Did he train the sales team at Pernod Ricard?", /not “sales team”/],
    ["a-t-il formé les équipes de vente ?", /pas « équipes de vente »/],
    ["did he coach the 20 agencies at MAIF?", /not “(20 )?agencies”/],
  ])("'%s' is no yes from a line about sales or branches", async (question, said) => {
    const a = await ask(question);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it.each([
    ["did he train the technical teams at Pernod?", /Pernod Ricard/],
    ["has he trained engineering students?", /EPISEN/],
    ["a-t-il formé des élèves ingénieurs ?", /EPISEN/],
    ["il a deja coaché des jeunes devs ?", /2 data engineers junior/],
    ["Est-ce qu'il a déjà encadré des profils juniors ?", /2 data engineers junior/],
  ])("'%s' still finds whom the profile says", async (question, said) => {
    const a = await ask(question);
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(said);
  });

  it.each([
    [
      "did he mentor data scientists?",
      /supervised 2 junior data engineers.*doesn't say he led or trained data scientists/,
    ],
    ["did he manage the sales team?", /doesn't say he led or trained the sales team/],
  ])("'%s': whom he led, and that it was not them", async (question, said) => {
    const a = await ask(question);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
    expect(lead(a)).not.toMatch(/^Yes/);
  });

  it("« Combien de data engineers a-t-il encadrés ? » counts the two he supervised", async () => {
    const a = await ask("Combien de data engineers a-t-il encadrés ?");
    expect(lead(a)).toMatch(/^Il a encadré 2 data engineers junior chez AAA-Data/);
  });
});

describe("how long with a kind of tool", () => {
  it.each([
    ["how long has he worked with cloud?", /^Cloud: about 7 years and \d+ months? to today/],
    ["depuis combien de temps fait-il du cloud ?", /^Cloud : environ 7 ans et \d+ mois à ce jour/],
    ["how many years of experience with cloud?", /^Cloud: about 7 years/],
  ])("'%s': the roles whose stacks list such tools, their time together", async (question, said) => {
    const a = await ask(question);
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(said);
    expect(lead(a)).toMatch(
      /AAA-Data \(January 2020 – May 2021\) ?: Snowflake|AAA-Data \(janvier 2020 – mai 2021\) : Snowflake/,
    );
    expect(lead(a)).toMatch(/Decathlon \((since|depuis) (May|mai) 2021\) ?: AWS, S3, EMR, Glue, Databricks/);
  });

  it("'how long has he used databases?' is AAA-Data's time, not his career", async () => {
    const a = await ask("how long has he used databases?");
    expect(lead(a)).toMatch(/^Databases: about 1 year and 5 months .*AAA-Data .*: Snowflake, PostgreSQL/);
  });
});

describe("a long formal question of his years", () => {
  it("the asker's duty and how to count are set aside: his whole career", async () => {
    const a = await ask(
      "Good afternoon. For our internal grading matrix I am obliged to indicate the exact number of years of " +
        "professional experience of the candidate, so could you please tell me how many years exactly he has " +
        "worked until now, counted from his very first position and not rounded up?",
    );
    expect(lead(a)).toMatch(/^About 7 years and \d+ months of experience, from January 2019/);
  });

  it("'I would like to kindly ask how many years…' with the asker's reason is Databricks' time", async () => {
    const a = await ask(
      "In the job description the hiring manager has written 'minimum five years of hands-on Databricks'. I would " +
        "like to kindly ask how many years exactly the candidate has worked with Databricks, summed up over all of " +
        "his positions, because this criterion will be checked by our HR business partner.",
    );
    expect(lead(a)).toMatch(/^Databricks: about 6 years/);
  });

  it("« …exactement, sans arrondir ? » is his experience", async () => {
    const a = await ask("combien d'années d'expérience exactement, sans arrondir ?");
    expect(lead(a)).toMatch(/^Environ 7 ans et \d+ mois/);
  });

  it("'is he a well-rounded engineer?' keeps its word", async () => {
    const a = await ask("is he a well-rounded engineer?");
    expect(lead(a)).not.toMatch(/7 years and 11 months/);
  });
});

describe("a doctorate asked in other words", () => {
  it.each([
    "Son titre de « professeur » laisse supposer qu'il est docteur : a-t-il soutenu une thèse ?",
    "a-t-il soutenu une thèse ?",
    "did he write a thesis?",
  ])("'%s' is his degrees, which only he can give", async (question) => {
    const a = await ask(question);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/diplômes|degrees/);
    expect(quoted(a)).toEqual([]);
  });
});

describe("his current job, asked as second-language askers write it", () => {
  it.each(["In which company is he now?", "He is working actually in which company?", "whats his current gig rn?"])(
    "'%s' is his current roles, not a past one",
    async (question) => {
      const a = await ask(question);
      expect(lead(a)).toMatch(/^Currently: Senior Data Engineer at Decathlon/);
    },
  );

  it("'He is there from when?' after it is since when", async () => {
    await ask("He is working actually in which company?", "there-from-when");
    const a = await ask("He is there from when?", "there-from-when");
    expect(lead(a)).toMatch(/^At Decathlon since May 2021/);
  });
});

describe("whether a tool's use is recent", () => {
  it.each([
    ["Is his Snowflake experience recent?", /^Snowflake: last listed at AAA-Data .*not in the current roles/],
    ["Son expérience Snowflake est-elle récente ?", /^Snowflake : cité pour la dernière fois chez AAA-Data/],
    ["is his spark experience recent?", /^Spark: still in use/],
  ])("'%s' is where it was last listed, not a yes", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });
});

describe("the words around a question", () => {
  it.each([
    ["thx bro 🙏🙏", /^You're welcome/],
    ["hey bro 👋", /^Hello!/],
    ["Many thanks for your help, that will be all.", /^Goodbye/],
    ["Je vous remercie vivement pour ces précisions.", /^Avec plaisir/],
    ["Bonjour Madame", /^Bonjour !/],
  ])("'%s' is chatter, answered as such", async (message, said) => {
    const a = await ask(message);
    expect(lead(a)).toMatch(said);
    expect(quoted(a)).toEqual([]);
  });

  it("'since when bro' after his current job is since when", async () => {
    await ask("whats his current gig rn?", "bro");
    expect(lead(await ask("since when bro", "bro"))).toMatch(/^At Decathlon since May 2021/);
  });

  it.each([
    "Hi, I'm Anna from a pharma company in Zurich. Can you tell me about the candidate?",
    "Hello! I recruit for a logistics firm in Dubai, tell me about him",
    "salut ! on est une startup à Rennes, tu peux me dire en gros c'est qui ce mec ?",
    "c'est qui ce mec ?",
  ])("'%s' is his summary, the asker's introduction aside", async (message) => {
    const a = await ask(message);
    expect(lead(a)).toMatch(/^Senior Data Engineer (at|chez) Decathlon/);
  });

  it("'we're a bank, has he worked in one?' keeps what the question points back to", async () => {
    const a = await ask("we're a bank, has he worked in one?");
    expect(lead(a)).not.toMatch(/^Senior Data Engineer/);
  });
});

describe("lists and contracts asked in other words", () => {
  it("'which employers…, in chronological order?' lists them oldest first", async () => {
    const a = await ask(
      "Could you please tell me which employers the candidate has worked for, in chronological order?",
    );
    expect(lead(a)).toMatch(/^5 employers, oldest first: MAIF/);
  });

  it("« la nature de ses contrats successifs » is each role's contract, not the ingestion contract", async () => {
    const a = await ask("Quelle est la nature de ses contrats successifs ?");
    expect(lead(a)).toMatch(/Freelance.*AAA-Data \(CDI\), Pernod Ricard \(CDI\), MAIF \(CDI\)/);
    expect(a.answer).not.toMatch(/contrat d'ingestion/);
  });
});

describe("before the role at hand, in other words", () => {
  it.each([
    ["Que fait-il actuellement ?", "Et auparavant ?", /^Juste avant Decathlon : Data Engineer chez AAA-Data/],
    ["Quel est son poste actuel ?", "Et précédemment ?", /^Juste avant Decathlon/],
    ["il a fait koi chez decat ?", "et avt ?", /^Juste avant Decathlon/],
    ["what does he do now?", "and previously?", /^Just before Decathlon: Data Engineer at AAA-Data/],
  ])("'%s' then '%s' is the role before", async (first, then, said) => {
    await ask(first, `before-${then}`);
    expect(lead(await ask(then, `before-${then}`))).toMatch(said);
  });
});

describe("how many he led, asked after", () => {
  it.each([
    ["il a déjà géré une équipe ?", "combien de personnes ?", /^Il a encadré 2 data engineers junior/],
    ["Team lead exp.", "Size.", /^He supervised 2 junior data engineers/],
  ])("'%s' then '%s' is the people he supervised", async (first, then, said) => {
    await ask(first, `led-${then}`);
    expect(lead(await ask(then, `led-${then}`))).toMatch(said);
  });
});

describe("more words for what is asked", () => {
  it.each([
    ["Quels sont les secteurs d'activité dans lesquels il est intervenu ?", /^Le CV décrit ainsi ses employeurs/],
    ["ou il a bosse avant ?", /^5 employeurs/],
    ["how much exp wit aws bro? like yrs", /^AWS: about 5 years/],
    ["Spark. Scala. Years?", /^Spark: about 7 years.* Scala: about 5 years/],
  ])("'%s'", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });
});

describe("what a cold reading of this session's change found", () => {
  it.each([
    ["we work with a Databricks lakehouse, has he used it?", /^Yes — the profile mentions it at Decathlon/],
    ["we're a Snowflake shop, does he know it?", /^Yes — Snowflake: used at AAA-Data/],
    ["we're a startup on AWS, is he comfortable with that?", /^Yes — AWS: used at Decathlon/],
    ["on est une boîte sous Azure, il connaît ?", /ne mentionne pas « Azure »/],
    ["we need someone who knows Airflow, so does he?", /^Yes — Airflow: used at Decathlon/],
    ["je dois savoir s'il connaît Kafka, alors il connaît ?", /^Kafka : enseigné à EPISEN/],
    ["has he used Bro?", /doesn't mention “Bro”/],
  ])("'%s' keeps what the question points back to", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });

  it.each([
    ["did he coach technical teams?", /^Yes — he supervised 2 junior data engineers/],
    ["did he train the technical teams in machine learning?", /^Yes — the profile mentions it at Pernod Ricard/],
    ["did he teach university students?", /^Yes — the profile mentions it at EPISEN/],
    ["did he teach engineering students big data?", /^Yes — the profile mentions it at EPISEN/],
    ["a-t-il formé des data engineers ?", /^Oui/],
  ])("'%s': people the profile names are found", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });

  it("'how many years did he work exactly, counted from his first job…' is his experience", async () => {
    const a = await ask("how many years did he work exactly, counted from his first job and not rounded?");
    expect(lead(a)).toMatch(/^About 7 years and \d+ months of experience/);
  });
});

describe("languages asked on", () => {
  it.each([
    ["He speak portuguese or spanish?", "And french?", /how well he speaks French/],
    ["parle-t-il espagnol ?", "et le portugais ?", /niveau de portugais/],
  ])("'%s' then '%s' is the language, which only he can give", async (first, then, said) => {
    await ask(first, `lang-${then}`);
    const a = await ask(then, `lang-${then}`);
    expect(lead(a)).toMatch(said);
    expect(quoted(a)).toEqual([]);
  });

  it("'He speak portuguese or spanish?' drops neither", async () => {
    expect(lead(await ask("He speak portuguese or spanish?"))).toMatch(/doesn't say which languages he speaks\./);
  });
});

describe("the kind of his employers, in the plural", () => {
  it("'did he work for French companies?' is how the CV describes them", async () => {
    const a = await ask("did he work for French companies?");
    expect(lead(a)).toMatch(/^Yes — as the CV describes them: AAA-Data \(the French leader/);
  });
});

describe("when the CV was written", () => {
  it.each([
    ["When was the CV written?", /^The CV carries no date; .* around August 2025/],
    ["Is the CV up to date?", /^The CV carries no date/],
    ["de quand date son CV ?", /^Le CV n'est pas daté ; .* vers août 2025/],
    ["le CV est-il à jour ?", /^Le CV n'est pas daté/],
  ])("'%s' is the month its own durations give", async (question, said) => {
    expect(lead(await ask(question))).toMatch(said);
  });
});

describe("a recruiter trial's misses, in other words", () => {
  it.each([
    ["what projects did he do at AAA-Data?", /^At AAA-Data \(Data Engineer/],
    ["Would you be so kind as to outline his experience with data governance?", /Decathlon/],
    [
      "Auriez-vous l'obligeance de m'indiquer quels établissements d'enseignement supérieur l'ont employé ?",
      /EPISEN \(école d'ingénieurs publique/,
    ],
    ["Did he work with government data?", /^Yes — the profile mentions it at AAA-Data/],
    ["il touche à quoi niveau stack ?", /^Compétences principales/],
    ["Quelles sont ses qualites pedagogiques ?", /EPISEN/],
  ])("'%s'", async (question, said) => {
    const a = await ask(question);
    expect(lead(a)).toMatch(said);
    expect(lead(a)).not.toMatch(/Outline/);
  });

  it("'how many projects did he do at MAIF?' is still a count the profile doesn't give", async () => {
    expect(lead(await ask("how many projects did he do at MAIF?"))).toMatch(/gives no number of “projects”/);
  });

  it("'state of the art?' finds no ministry", async () => {
    expect(lead(await ask("state of the art?"))).not.toMatch(/AAA-Data/);
  });

  it("« a-t-il des publications scientifiques ? » is no yes from the data scientists", async () => {
    const a = await ask("a-t-il des publications scientifiques ?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/pas « publications »/);
  });

  it("'is he a good teacher?' quotes the teaching skills the profile names", async () => {
    const a = await ask("is he a good teacher?");
    expect(quoted(a)[0]).toMatch(/Skills developed: Teaching, explaining technical topics simply/);
  });
});

describe("where the profile says it, and how", () => {
  it("'public sector experience?' is EPISEN, the employer itself, with no teaching caveat", async () => {
    const a = await ask("Does he have public sector experience?");
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at EPISEN/);
    expect(lead(a)).not.toMatch(/teaching or training/);
  });

  it("'did he work with health data?' is still a course he teaches, not his own work", async () => {
    expect(lead(await ask("did he work with health data?"))).toMatch(/in his teaching or training/);
  });

  it("'front-end skills?' is not said to be missing at a role nobody asked about", async () => {
    expect(lead(await ask("Does he have front-end skills?"))).not.toMatch(/Pernod Ricard/);
  });

  it.each([
    [
      "A-t-il travaillé avec Spark ?",
      "Et chez Pernod Ricard, pour quoi faire ?",
      /^Spark : utilisé chez Pernod Ricard/,
    ],
    ["has he used Spark?", "and at Pernod Ricard, what for?", /^Spark: used at Pernod Ricard/],
  ])("'%s' then '%s' stays on the thing asked", async (first, then, said) => {
    await ask(first, `what-for-${then}`);
    expect(lead(await ask(then, `what-for-${then}`))).toMatch(said);
  });

  it("« Dans quel cadre ? » after health data stays on EPISEN, not Pernod Ricard's « dans le cadre de »", async () => {
    await ask("A-t-il déjà travaillé avec des données de santé ?", "cadre");
    const a = await ask("Dans quel cadre ?", "cadre");
    expect(a.answer).not.toMatch(/transformation digitale/);
  });
});

describe("a lecturer's work, asked formally", () => {
  it.each([
    "Pourriez-vous m'indiquer le volume horaire de ses enseignements, ainsi que la répartition entre cours " +
      "magistraux et travaux pratiques ?",
    "quelle est la répartition entre CM et TP ?",
  ])("'%s' is his 10 h of lectures and 10 h of practical sessions", async (question) => {
    const a = await ask(question);
    expect(lead(a)).toMatch(/10h TP.*10h CM|10h CM.*10h TP/);
  });

  it("« rendre intelligibles des notions techniques ardues… » is explaining simply", async () => {
    const a = await ask("Sait-il rendre intelligibles des notions techniques ardues à un public non spécialiste ?");
    expect(quoted(a)[0]).toMatch(/vulgarisation technique/);
  });

  it.each(["is he a professor?", "is he a teacher too?"])("'%s' has no teaching caveat: it is his role", async (q) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at EPISEN/);
    expect(lead(a)).not.toMatch(/teaching or training/);
  });
});

describe("whom he led, typed with a slip", () => {
  it("« A-t-il encadré des dévelopeurs juniors ? » is the juniors he supervised", async () => {
    expect(lead(await ask("A-t-il encadré des dévelopeurs juniors ?"))).toMatch(/Oui — il a encadré 2 data engineers/);
  });
});

describe("other countries", () => {
  it("'Has he worked with teams in other countries?' is Decathlon's international context only", async () => {
    const a = await ask("Has he worked with teams in other countries?");
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at Decathlon, since May 2021\.$/);
    expect(quoted(a)[0]).toMatch(/international context/);
  });

  it.each(["has he worked in other countries?", "a-t-il travaillé dans d'autres pays ?"])(
    "'%s' asks where he worked, which only he can say",
    async (question) => {
      const a = await ask(question);
      expect(a.answered).toBe(false);
      expect(lead(a)).toMatch(/in which countries|dans quels pays/);
    },
  );
});
