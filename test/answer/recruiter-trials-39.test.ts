import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What the forty-eighth session found wrong: two helpers' recruiter trials (the scope of a yes-or-no question — every
// role, apart from one, a window of time — and claims the CV words the other way: zero ROI, a threatened monopoly,
// a "cancel and replace" mode, a POC).

const { ask } = trialChat();

describe("a claim the CV says otherwise is no 'yes'", () => {
  it("'did the MAIF projects have positive ROI?': the CV says zero", async () => {
    const a = await ask("did the MAIF projects have positive ROI?");
    expect(lead(a)).toMatch(/^No — the profile says “zero”, not “positive”/);
    expect(quoted(a).join("\n")).toMatch(/zero ROI/);
  });

  it("'did AAA-Data lose its monopoly?': threatened, not lost", async () => {
    expect(lead(await ask("did AAA-Data lose its monopoly?"))).toMatch(/^No — the profile says “threatened”/);
  });

  it("'were the big JDBC tables loaded incrementally?': in “cancel and replace” mode", async () => {
    const a = await ask("were the big JDBC tables loaded incrementally?");
    expect(lead(a)).toMatch(/^No — the profile says “cancel and replace”, not “incrementally”/);
    expect(quoted(a)[0]).toMatch(/JDBC/);
  });

  it("« les tables JDBC étaient chargées en incrémental ? »: « annule et remplace »", async () => {
    expect(lead(await ask("les tables JDBC étaient chargées en incrémental ?"))).toMatch(
      /^Non — le profil dit « annule et remplace », pas « incrémental »/,
    );
  });

  it("'did he do incremental ingestion?' stays a yes (the DIFF mode)", async () => {
    expect(lead(await ask("did he do incremental ingestion?"))).toMatch(/^Yes/);
  });

  it("'did he put the Unity Catalog POC into production?': a POC, not carried out", async () => {
    expect(lead(await ask("did he put the Unity Catalog POC into production?"))).toMatch(
      /^Partly — the profile shows a strategy or a proof of concept/,
    );
  });

  it("'did he migrate all of decathlon's processing to Autoloader?': part of it", async () => {
    expect(lead(await ask("did he migrate all of decathlon's processing to Autoloader?"))).toMatch(
      /it doesn't say it was all of it/,
    );
  });
});

describe("every role asked", () => {
  it.each([
    ["Did he use Snowflake in all his jobs?", /^No, not in every role — Snowflake: used at AAA-Data/],
    ["Did he use Jenkins everywhere?", /^No, not in every role — Jenkins: used at AAA-Data .*MAIF/],
    ["Did all his roles use AWS?", /^No, not in every role — AWS: used at Decathlon/],
    [
      "Did he use Airflow in all his data engineering roles?",
      /^No, not in every role — the profile says it at Decathlon/,
    ],
  ])("'%s'", async (question, expected) => {
    expect(lead(await ask(question))).toMatch(expected);
  });

  it("« il a utilisé Python dans toutes ses missions ? »: oui, ses quatre postes de travail", async () => {
    expect(lead(await ask("il a utilisé Python dans toutes ses missions ?"))).toMatch(/^Oui — Python : utilisé/);
  });

  it("'has he used Spark in all of his previous missions?': yes, in every one", async () => {
    expect(lead(await ask("has he used Spark in all of his previous missions?"))).toMatch(/^Yes — Spark: used/);
  });

  it("'Were all his jobs freelance?': no, each contract by role", async () => {
    const a = await ask("Were all his jobs freelance?");
    expect(lead(a)).toMatch(/^No — freelance: Decathlon .*; permanent contracts: AAA-Data/);
  });

  it("'Were all his jobs permanent?': no, permanent ones first", async () => {
    expect(lead(await ask("Were all his jobs permanent?"))).toMatch(/^No — permanent contracts: AAA-Data/);
  });

  it("« tous ses postes étaient en CDI ? »: non", async () => {
    expect(lead(await ask("tous ses postes étaient en CDI ?"))).toMatch(/^Non — en CDI : AAA-Data/);
  });

  it("'Was every job in France?': the countries he worked in, which the profile doesn't give", async () => {
    const a = await ask("Was every job in France?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/doesn't say in which countries/);
  });

  it("'…teams a bit everywhere in the world' is no question of every role", async () => {
    const a = await ask("a-t-il déjà travaillé avec des équipes un peu partout dans le monde?");
    expect(lead(a)).not.toMatch(/pas dans tous ses postes/);
  });

  it("'how many years across all his jobs combined?': his whole career", async () => {
    expect(lead(await ask("how many years across all his jobs combined?"))).toMatch(
      /^About \d+ years and \d+ months of experience/,
    );
  });
});

describe("an employer set aside in front of the question", () => {
  it.each([
    ["Apart from AAA-Data, has he used Snowflake?", /^The profile mentions “Snowflake” at AAA-Data.*but not at/],
    [
      "Other than Pernod Ricard, has he used Power BI?",
      /^The profile mentions “Power BI” at Pernod Ricard.*but not at/,
    ],
    ["hello! Apart from Decathlon, has he used Airflow?", /^Yes — Airflow: used at AAA-Data/],
    ["à part chez AAA-Data, il a fait du Snowflake ?", /^Le profil mentionne « Snowflake » chez AAA-Data.*mais pas/],
  ])("'%s'", async (question, expected) => {
    expect(lead(await ask(question))).toMatch(expected);
  });
});

describe("a window of time asked", () => {
  it("'Snowflake in the last 2 years?': not since May 2021", async () => {
    expect(lead(await ask("has he used Snowflake in the last 2 years?"))).toMatch(
      /^Not in the last 2 years — Snowflake: used at AAA-Data \(January 2020 - May 2021\)/,
    );
  });

  it("« il a fait du Snowflake ces 2 dernières années ? »", async () => {
    expect(lead(await ask("il a fait du Snowflake ces 2 dernières années ?"))).toMatch(/^Pas ces 2 dernières années/);
  });

  it("'has he used Airflow in the last 2 years?': yes, at Decathlon", async () => {
    expect(lead(await ask("has he used Airflow in the last 2 years?"))).toMatch(/^Yes — Airflow: used at Decathlon/);
  });

  it("'did he use Docker in 2019?': yes, at MAIF", async () => {
    expect(lead(await ask("did he use Docker in 2019?"))).toMatch(/^Yes — Docker/);
  });

  it("'did he use Power BI in the past 5 years?': not since October 2019", async () => {
    expect(lead(await ask("did he use Power BI in the past 5 years?"))).toMatch(/^Not in the past 5 years/);
  });
});

describe("a question of one word or two", () => {
  it.each([
    ["compétences ?", /^Compétences principales/],
    ["quelles sont ses compétences ?", /^Compétences principales/],
    ["skills?", /^Main skills/],
    ["ses outils ?", /^Compétences principales/],
    ["secteurs ?", /^Le CV décrit ainsi ses employeurs/],
    ["sectors?", /^The CV describes his employers as follows/],
    ["langues ?", /^Le profil ne précise pas les langues parlées/],
    ["languages?", /^The profile doesn't say which languages he speaks/],
    ["etudes ?", /^Le profil ne mentionne ni diplômes ni certifications/],
    ["education?", /^The profile doesn't list his degrees or certifications/],
  ])("'%s'", async (question, expected) => {
    expect(lead(await ask(question))).toMatch(expected);
  });

  it("« outils ? », « diplome ? » are answered in French (no English word in them)", async () => {
    expect(lead(await ask("outils ?"))).toMatch(/^Compétences principales/);
    expect(lead(await ask("diplome ?"))).toMatch(/^Le profil/);
  });
});

describe("what a role was for, and a topic of a role", () => {
  it("'why did AAA-Data migrate to Snowflake?': the move, then the threat and the goal", async () => {
    const a = await ask("why did AAA-Data migrate to Snowflake?");
    expect(quoted(a)[0]).toMatch(/transition from an on-premise architecture to Snowflake/);
    expect(quoted(a)[1]).toMatch(/monopoly position .* threatened/);
    expect(quoted(a)[2]).toMatch(/Goal: modernise the stack/);
  });

  it("« pourquoi ils ont lancé ce chantier de migration chez AAA ? »", async () => {
    const a = await ask("chez AAA data pourquoi ils ont lance ce chantier de migration, c quoi le contexte business ?");
    expect(quoted(a).join("\n")).toMatch(/menacée par de nouveaux entrants cloud/);
  });

  it("'What did he do at Decathlon on security?': the security lines, not the overview", async () => {
    const a = await ask("What did he do at Decathlon on security?");
    expect(quoted(a).join("\n")).toMatch(/column-level encryption/);
    expect(lead(a)).not.toMatch(/^At Decathlon \(Senior Data Engineer/);
  });

  it("'what did he do at MAIF?' stays the overview", async () => {
    expect(lead(await ask("what did he do at MAIF?"))).toMatch(/^At MAIF \(Data Engineer/);
  });

  it("« combien d'heures assure-t-il, et sous quelle forme ? »: 10h CM and 10h TP", async () => {
    const a = await ask("Concernant son activité d'enseignant : combien d'heures assure-t-il, et sous quelle forme ?");
    expect(lead(a)).toMatch(/10h TP/);
    expect(lead(a)).toMatch(/10h CM/);
  });
});

describe("titles, tools only planned, and what he received", () => {
  it("'Is he a BI developer?': his titles, none of them that", async () => {
    expect(lead(await ask("Is he a BI developer?"))).toMatch(/^The profile gives these titles: .*it doesn't say/);
  });

  it("« il est ingénieur ? »: his Data Engineer titles, not the engineering school", async () => {
    const a = await ask("il est ingénieur ?");
    expect(lead(a)).toMatch(/^Oui — Senior Data Engineer chez Decathlon/);
    expect(lead(a)).not.toMatch(/école d'ingénieur/);
  });

  it("« il a été formé au machine learning ? »: training he received, which only he can say", async () => {
    const a = await ask("il a été formé au machine learning ?");
    expect(a.answered).toBe(false);
    expect(lead(a)).not.toMatch(/^Oui/);
  });

  it("'How many years of Unity Catalog?': the role's time, said to be a strategy and a POC at most", async () => {
    const a = await ask("How many years of Unity Catalog experience does he have?");
    expect(lead(a)).toMatch(/shows only a strategy or a proof of concept for Unity Catalog, not its use/);
  });

  it("'does he have 2 years of Unity Catalog?': no 'yes'", async () => {
    expect(lead(await ask("does he have 2 years of Unity Catalog?"))).not.toMatch(/^Yes/);
  });

  it("a job asking for Unity Catalog: partly met", async () => {
    const a = await ask("Mission: data governance with Collibra and Unity Catalog. 2 years minimum on each.");
    expect(a.answer).toMatch(/Unity Catalog: ◐ partly \(a strategy or a proof of concept only/);
  });
});

describe("a verb asked of him, held without what it acts on", () => {
  it("'Did he manage the budget at Decathlon?': managing, no budget", async () => {
    expect(lead(await ask("Did he manage the budget at Decathlon?"))).toMatch(/but not “budget”/);
  });

  it("« il a animé des ateliers ? »: a lively bar is no workshop", async () => {
    expect(lead(await ask("il a animé des ateliers ?"))).toMatch(/mais pas « ateliers »/);
  });

  it("« est ce qu'il a recruté des data engineers chez AAA ? »: supervised, not recruited", async () => {
    expect(lead(await ask("est ce qu'il a recruté des data engineers chez AAA ?"))).toMatch(/mais pas « recruté »/);
  });

  it("« il a licencié quelqu'un ? »: bars not yet licensed are nobody fired", async () => {
    expect(lead(await ask("il a licencié quelqu'un ?"))).not.toMatch(/^Oui/);
  });

  it("« il a déjà encadré des jeunes ? » stays a yes (his juniors)", async () => {
    expect(lead(await ask("il a deja encadre des jeunes?"))).toMatch(/^Oui/);
  });

  it("'did he deploy manually?' is still answered by the automation", async () => {
    expect(lead(await ask("did he deploy manually?"))).toMatch(/^The profile says it was automated/);
  });

  it("« il a fait du Google Places ? »: Pernod Ricard only, no « mise en place »", async () => {
    const a = await ask("il a fait du Google Places ?");
    expect(lead(a)).toMatch(/^Oui — le profil le mentionne chez Pernod Ricard, avril 2019 - octobre 2019\.$/);
  });
});

describe("rosters, a company's own years, a polite close", () => {
  it("'Were there data scientists in his team at AAA?': the roster, which lists none", async () => {
    const a = await ask("Were there data scientists in his team at AAA?");
    // (Since the fifty-third session: the roster's lack said so.)
    expect(lead(a)).toMatch(/^The team the profile lists at AAA-Data .* names no “data scientists”:/);
    expect(quoted(a)[0]).toMatch(/1 PO, 1 Tech Lead, 3 Data Engineers/);
  });

  it("'did he work with data scientists at MAIF?' stays the 15 data scientists", async () => {
    expect(quoted(await ask("did he work with data scientists at MAIF?"))[0]).toMatch(/15 data scientists/);
  });

  it("'Has AAA Data been the leader for 60 years?': the company's years, not his tenure", async () => {
    const a = await ask("Has AAA Data been the leader for 60 years?");
    expect(lead(a)).not.toMatch(/^No/);
    expect(quoted(a)[0]).toMatch(/for 60 years/);
  });

  it("'…? Would appreciate a quick answer.' asks one thing", async () => {
    const a = await ask("Has he ever matched up records like that automatically? Would appreciate a quick answer.");
    expect(a.answer).not.toMatch(/appreciate/);
  });

  it("'Was he mentoring juniors in 2022?': not then", async () => {
    expect(lead(await ask("Was he mentoring juniors in 2022?"))).toMatch(
      /^Not in 2022 — he supervised 2 junior data engineers at AAA-Data/,
    );
  });
});

describe("more of the French trial", () => {
  it("« quand a-t-il fait du Docker pour la dernière fois ? »: where it was last listed", async () => {
    expect(lead(await ask("quand a-t-il fait du Docker pour la dernière fois ?"))).toMatch(
      /^Docker : cité pour la dernière fois chez AAA-Data/,
    );
  });

  it("« quelle est sa plus longue expérience ? »: his longest role, not his whole career", async () => {
    expect(lead(await ask("quelle est sa plus longue expérience ?"))).toMatch(/^Le plus long : Decathlon/);
  });

  it("« sa mission chez decathlon se termine quand ? »: his to say", async () => {
    const a = await ask("sa mission chez decathlon se termine quand ?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/ne précise pas ses disponibilités/);
  });

  it("'is his Decathlon mission ending soon?': his to say, no back end", async () => {
    expect(lead(await ask("is his Decathlon mission ending soon?"))).toMatch(/doesn't say when he is available/);
  });

  it("« c'est une école privée ? »: no, public", async () => {
    expect(lead(await ask("c'est une école privée ?"))).toMatch(/^Non — le profil dit « publique », pas « privée »/);
  });

  it("« les sprints durent combien de temps ? »: the 2-week sprints", async () => {
    const a = await ask("les sprints durent combien de temps ?");
    expect(a.answered).toBe(true);
    expect(quoted(a)[0]).toMatch(/sprints de 2 semaines/);
  });

  it("« quel problème devait-il résoudre chez l'assureur mutualiste ? »: MAIF's problem and mission", async () => {
    const a = await ask("Quel problème devait-il résoudre chez l'assureur mutualiste ?");
    expect(quoted(a)[0]).toMatch(/^(\[1\] )?Problématique critique/);
  });

  it("« …il faisait quoi concretement ? c etait du dev ou plutot de la formation ? »: two answers", async () => {
    const a = await ask("chez pernod ricard il faisait quoi concretement ? c etait du dev ou plutot de la formation ?");
    expect(a.answer).toMatch(/^Chez Pernod Ricard \(Formateur Data/);
    expect(a.answer).toMatch(/\nVoici ce que dit le profil chez Pernod Ricard/);
  });
});

describe("more of the English trial", () => {
  it.each([
    "does he have cloud experience?",
    "He has no cloud experience, right?",
    "his experience with cloud platforms?",
  ])("'%s': the cloud tools he used, not a line that says 'cloud'", async (question) => {
    expect(lead(await ask(question))).toMatch(/^For cloud, the profile names: AWS \(Decathlon\)/);
  });

  it("'Was there a tech lead in his team at MAIF?': MAIF's roster, which lists none", async () => {
    const a = await ask("Was there a tech lead in his team at MAIF?");
    expect(lead(a)).toMatch(/^The team the profile lists at MAIF .* names no “tech lead”:/);
    expect(quoted(a)[0]).toMatch(/1 PO, 2 Data Scientists, 2 Data Engineers/);
  });

  it("'Does he do real-time streaming?': taught only, no 'yes'", async () => {
    const a = await ask("Does he do real-time streaming?");
    expect(lead(a)).not.toMatch(/^Yes/);
    expect(lead(a)).toMatch(/in his teaching or training/);
  });

  it("'Did he present to executives / C-level?': the word once", async () => {
    expect(lead(await ask("Did he present to executives / C-level?"))).toBe(
      "The profile doesn't mention “executives”.",
    );
  });

  it("'Has he deployed and managed Spark workloads on K8s?': no 'deployed: yes' apart", async () => {
    const a = await ask(
      "Our data platform runs on Kubernetes (EKS). Has he deployed and managed Spark workloads on K8s?",
    );
    expect(a.answer).not.toMatch(/deployed: yes/);
    expect(lead(a)).toMatch(/Kubernetes/);
  });

  it("'what was the ingestion time before and after at AAA?': the 13 h to 6 minutes, not the role before", async () => {
    const a = await ask("what was the ingestion time before and after at AAA?");
    expect(quoted(a)[0]).toMatch(/from 13 h to 6 minutes/);
  });

  it("'What can you tell me?': the profile in short", async () => {
    expect(lead(await ask("What can you tell me?"))).toMatch(/^Senior Data Engineer at Decathlon/);
  });

  it("'Who were AAA-Data's customers?': not at AAA-Data, said of AAA-Data", async () => {
    expect(lead(await ask("Who were AAA-Data's customers?"))).toBe(
      "The profile doesn't mention “customers” at AAA-Data.",
    );
  });

  it("'Did he provide technical support?': yes, providing asks nothing more", async () => {
    expect(lead(await ask("Did he provide technical support?"))).toMatch(/^Yes/);
  });

  it("'hey there, jess from a recruitment agency in brissie :) …': the introduction set aside", async () => {
    const a = await ask("hey there, jess from a recruitment agency in brissie :) quick one - does he know scala?");
    expect(lead(a)).toMatch(/^Yes — Scala/);
  });
});
