import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the forty-second session found wrong, from dev set 47 (a São Paulo recruiter's English, a Sydney agency
// recruiter, a Brussels recruiter's Belgian French, a Lyon CTO's terse French) and a helper's recruiter trials.

const { ask } = trialChat();

describe("words that look like the profile's and are not", () => {
  it.each([
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

describe("follow-ups about the answer just given", () => {
  it("'which project was that?' after a line at Decathlon is Decathlon's context", async () => {
    await ask("has he had memory errors issues with Spark?", "project");
    const a = await ask("which project was that?", "project");
    expect(lead(a)).toMatch(/Decathlon/);
    expect(quoted(a)[0]).toMatch(/Context: Development of Decathlon's ingestion platform/);
  });

  it("« c etait sur quel projet ? » after « et les erreurs memoire ? » is Decathlon's too", async () => {
    await ask("et les erreurs memoire ?", "projet");
    const a = await ask("c etait sur quel projet ?", "projet");
    expect(quoted(a)[0]).toMatch(/Contexte : Développement de la plateforme d'ingestion de Decathlon/);
  });

  it("'which one did he use longer?' after two technologies gives the time of each", async () => {
    await ask("has he used Spark and Snowflake?", "longer");
    const a = await ask("which one did he use longer?", "longer");
    expect(lead(a)).toMatch(/^Spark: about 7 years and \d+ months.*Snowflake: about 1 year and 5 months/);
  });

  it("'wich was longer?' with a slip still asks of the two just named", async () => {
    await ask("Hi, has he wokred with Snowflak and Databriks? thx", "wich");
    const a = await ask("wich was longer?", "wich");
    expect(lead(a)).toMatch(/^Snowflake: about 1 year and 5 months.*Databricks: about/);
  });
});

describe("qualities, and teaching asked as such", () => {
  it("« est-il autonome, rigoureux ? » is a judgement the profile doesn't make", async () => {
    const a = await ask("Est il autonome, rigoureux ?");
    expect(lead(a)).toMatch(/^Le profil donne des faits, pas des jugements/);
  });

  it("« Quelles sont ses qualites humaines ? Est il autonome, rigoureux ? » answers both", async () => {
    const a = await ask("Quelles sont ses qualites humaines ? Est il autonome, rigoureux ?");
    expect(lead(a)).toMatch(/collaboration : oui/);
    expect(lead(a)).toMatch(/pas des jugements/);
    expect(a.answer).not.toMatch(/Ressources Humaines/);
  });

  it("« Est-il pédagogue ? » is no teaching 'not put into practice'", async () => {
    const a = await ask("Est-il pedagogue ?");
    expect(a.answered).toBe(true);
    expect(lead(a)).not.toMatch(/pas mis en pratique/);
  });
});

describe("words that are no other word", () => {
  it.each([
    ["recommendation engines?", /^The profile doesn't mention “recommendation engines”/],
    ["a t il deja presente devant un comite de direction ?", /^Le profil ne mentionne pas « comite de direction »/],
  ])("'%s' matches no engineering, nothing direct", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it("« combien d'etudiants forme-t-il a l'EPISEN ? » counts students, no « forme-t »", async () => {
    const a = await ask("combien d'etudiants forme-t-il a l'EPISEN ?");
    expect(lead(a)).not.toMatch(/forme-t|« forme »/);
    expect(lead(a)).toMatch(/etudiants/);
  });

  it("« combien d'equipes utilisaient la plateforme ? » is 160 teams", async () => {
    const a = await ask("combien d'equipes utilisaient la plateforme ?");
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/160 équipes/);
  });

  it("'whereabouts did he use Snowflake?' asks where in his career; 'whereabouts is he?' where he lives", async () => {
    expect(lead(await ask("whereabouts did he use Snowflake?"))).toMatch(/^Yes — Snowflake: used at AAA-Data/);
    expect(lead(await ask("whereabouts is he?"))).toMatch(/doesn't say where he is based/);
  });

  it("« il a deja fait des cartes ? » finds the geographic visualisations", async () => {
    const a = await ask("il a deja fait des cartes ?");
    expect(a.answered).toBe(true);
    expect(quoted(a).join("\n")).toMatch(/géographique/);
  });
});

describe("several things in one message", () => {
  it("'…the salary expectation and when he can start to work with us' says both are his to say", async () => {
    const a = await ask("Hello, we have a question about the salary expectation and when he can start to work with us");
    expect(lead(a)).toMatch(/when he is available/);
    expect(lead(a)).toMatch(/salary expectations/);
  });

  it("'…GDPR and data protection. Has he experience with this?' is two questions, not a job to grade", async () => {
    const a = await ask(
      "Good afternoon. For the bank is very important the regulation, GDPR and data protection. " +
        "Has he experience with this?",
    );
    expect(lead(a)).not.toMatch(/^Meets/);
    expect(lead(a)).toMatch(/GDPR: not in the profile/);
    expect(lead(a)).toMatch(/data protection: yes/);
  });

  it("« a-t-il optimise Spark ? genre skew, partitionnement » names what the profile lacks", async () => {
    const a = await ask("a-t-il optimise Spark ? genre skew, partitionnement");
    expect(lead(a)).toMatch(/^Spark : oui/);
    expect(lead(a)).toMatch(/partitionnement : absent du profil/);
  });
});

describe("what the cold reading of the change found", () => {
  it.each([
    ["has he taught for a school in Lyon?", /doesn't mention “Lyon”/],
    ["was he a data engineer for an insurer in Belgium?", /doesn't mention “Belgium”/],
    ["il a été data engineer pour un assureur en Belgique ?", /ne mentionne pas « Belgique »/],
  ])("'%s': a place of his own work is asked, not the asker's client's", async (q, said) => {
    const a = await ask(q);
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(said);
  });

  it.each([
    ["was he at EPISEN for 5 years?", /^No — at EPISEN since November 2022/],
    ["Has he been at Decathlon for 6 years?", /^No — at Decathlon since May 2021/],
  ])("'%s': more than he has is a no", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'We need Spark, Airflow, Kafka and AWS. Would this profile work for us?' is the fit report", async () => {
    expect(lead(await ask("We need Spark, Airflow, Kafka and AWS. Would this profile work for us?"))).toMatch(
      /^Meets 3 of 4 requirements/,
    );
  });

  it("'and what stack did he use then, mostly?' after MAIF is MAIF's stack", async () => {
    await ask("what did he do at MAIF?", "then-mostly");
    const a = await ask("and what stack did he use then, mostly?", "then-mostly");
    expect(lead(a)).toMatch(/^At MAIF .*PySpark, Jenkins, Docker, Zeppelin/);
  });

  it("« genre volume, vélocité, variété » are the profile's own words, not terms it lacks", async () => {
    const a = await ask("il enseigne les bases du big data ? genre volume, vélocité, variété");
    expect(lead(a)).toMatch(/^Oui — .*EPISEN/);
  });

  it("'which one does he like most?' is no question of time", async () => {
    await ask("has he used Spark and Snowflake?", "like-most");
    const a = await ask("which one does he like most?", "like-most");
    expect(lead(a)).not.toMatch(/^Spark: about/);
  });
});

describe("dev set 48 and a second helper's trials", () => {
  it("a question after 'How far?' and a sentence about the client is answered, not refused", async () => {
    const a = await ask(
      "Good morning! How far? Our client is a fintech and they keep a lot of customers' personal data. Kindly " +
        "confirm if he has encrypted sensitive personal fields inside the data itself.",
    );
    expect(lead(a)).not.toMatch(/I only answer questions/);
    expect(quoted(a).join("\n")).toMatch(/PII management: column-level encryption/);
  });

  it("'…? Our client is a fintech. Kindly confirm if he has encrypted fields.' answers both", async () => {
    const a = await ask("Has he used Spark? Our client is a fintech. Kindly confirm if he has encrypted fields.");
    expect(lead(a)).toMatch(/^Yes — Spark/);
    expect(a.answer).toMatch(/column-level encryption/);
  });

  it("« …ce genre de portage ? » of pandas code to Spark is no question of his legal structure", async () => {
    const a = await ask(
      "le client a plein de code pandas qui tient plus la charge, faut tout passer en spark. il a deja fait ce " +
        "genre de portage ?",
    );
    expect(lead(a)).not.toMatch(/structure juridique/);
    expect(lead(a)).toMatch(/Spark : oui/);
  });

  it("« 3 trucs vite fait : … ? … ? … ? » answers the three", async () => {
    const a = await ask(
      "3 trucs vite fait : il a deja fait de l'ingestion incrementale avec merge ? il connait Delta Live Tables ? " +
        "et zeppelin il a deja utilise ?",
    );
    expect(a.answer).toMatch(/Zeppelin : utilisé chez MAIF/);
    expect(a.answer).toMatch(/ingestion incrémentale avec merge/);
  });

  it("« le client reçoit encore… » told before the question is no question of his current role", async () => {
    const a = await ask(
      "Question un peu particulière : le client reçoit encore beaucoup de formulaires remplis à la main, avec " +
        "des erreurs de saisie. A-t-il déjà eu affaire à ce genre de données ?",
    );
    expect(lead(a)).not.toMatch(/^Actuellement/);
  });

  it("'Walk me through … Decathlon, the 30-second version.' is Decathlon's overview", async () => {
    const a = await ask("Walk me through what he actually does at Decathlon, the 30-second version.");
    expect(lead(a)).toMatch(/^At Decathlon \(Senior Data Engineer, since May 2021\)/);
  });

  it("'…with Terraform, 3+ years.' Is he there?' gives no 'yes' to the years alone", async () => {
    const a = await ask("Next line of the JD: 'Infrastructure as code with Terraform, 3+ years.' Is he there?");
    expect(a.answered).toBe(false);
    expect(lead(a)).not.toMatch(/3: yes/);
    expect(lead(a)).toMatch(/Terraform: not in the profile/);
  });
});

describe("a requirement pasted in quotes, then 'Kindly revert if candidate fits'", () => {
  it("is three requirements met, the closing and the quote marks no part of them", async () => {
    const a = await ask(
      'Hello, PFB requirement: "Strong experience in data governance, metadata management and data catalog ' +
        'tools". Kindly revert if candidate fits',
    );
    expect(lead(a)).toBe("Meets 3 of 3 requirements.");
    expect(a.answer).toMatch(/^• Strong experience in data governance: ✔ met/m);
    expect(a.answer).not.toMatch(/Kindly revert/);
  });
});

describe("what kind of company, asked in French", () => {
  it.each([
    ["Decathlon c'est quoi comme boite ?", /décrit Decathlon comme distributeur d'articles de sport/],
    ["c'est quoi comme entreprise, MAIF ?", /décrit MAIF comme mutuelle d'assurance française/],
  ])("'%s' is what the company is, as the English question gets", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});
