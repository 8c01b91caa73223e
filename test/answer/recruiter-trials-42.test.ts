import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the fifty-first session found wrong: two trap hunters' confident "yes" (a team's size against a bound, a
// French kind of thing after its noun, a claim checked with "is it true", the school's size taken for his classes)
// and a new eval set's misses.

const { ask } = trialChat();

describe("a team's size against a bound", () => {
  it("'was his team at MAIF bigger than 5 people?': no — the roster lists 5", async () => {
    const a = await ask("was his team at MAIF bigger than 5 people?");
    expect(lead(a)).toMatch(/^No — 5 people at MAIF \(January 2019 – January 2020\).*not more than 5 people\.$/);
    expect(a.answer).toMatch(/Team: 1 PO, 2 Data Scientists, 2 Data Engineers/);
  });

  it("'more than 4 people in his team at Decathlon?': yes — 7 listed", async () => {
    const a = await ask("did he have more than 4 people in his team at Decathlon?");
    expect(lead(a)).toMatch(/^Yes — 7 people at Decathlon \(since May 2021\)/);
  });

  it("« son équipe chez AAA-Data faisait plus de 10 personnes ? »: non, 5", async () => {
    const a = await ask("son équipe chez AAA-Data faisait plus de 10 personnes ?");
    expect(lead(a)).toMatch(/^Non — 5 personnes chez AAA-Data .*pas plus de 10 personnes\.$/);
  });

  it("'a team of at least 5' at MAIF: yes, 5 is at least 5", async () => {
    const a = await ask("did he work in a team of at least 5 at MAIF?");
    expect(lead(a)).toMatch(/^Yes — 5 people at MAIF/);
  });

  it("'has he worked in a team of more than 5?': where it was, and the other teams' sizes", async () => {
    const a = await ask("has he worked in a team of more than 5?");
    expect(lead(a)).toMatch(/^Yes — 7 people at Decathlon .*; not more than 5 people elsewhere: 5 people at AAA-Data/);
  });

  it("'at least 3 data engineers in his team at Decathlon?': the members of that kind counted", async () => {
    const a = await ask("were there at least 3 data engineers in his team at Decathlon?");
    expect(lead(a)).toMatch(/^Yes — 3 data engineers at Decathlon/);
  });

  it("« une équipe de moins de 3 personnes chez Pernod ? »: a ceiling", async () => {
    const a = await ask("une equipe de moins de 3 personnes chez Pernod ?");
    expect(lead(a)).toMatch(/^Oui — 2 personnes chez Pernod Ricard/);
  });

  it("« une équipe d'au moins 8 personnes chez Decathlon ? »: a floor, 7 is not 8", async () => {
    expect(lead(await ask("une équipe d'au moins 8 personnes chez Decathlon ?"))).toMatch(/^Non — 7 personnes/);
    expect(lead(await ask("son équipe chez MAIF faisait au moins 5 personnes ?"))).toMatch(/^Oui — 5 personnes/);
  });

  it("'did he lead a team of more than 5?': who he led, not the rosters", async () => {
    const a = await ask("did he lead a team of more than 5?");
    expect(lead(a)).toMatch(/supervised 2, not 5/);
  });
});

describe("a kind of thing the profile lacks, in French", () => {
  it("« Il a fait du scoring de crédit ? »: the scoring shown, not credit scoring", async () => {
    const a = await ask("Il a fait du scoring de crédit ?");
    expect(lead(a)).toMatch(/^Le profil mentionne « scoring » chez MAIF.*mais pas « crédit » avec\.$/);
  });

  it("« scoring de risque », « tarification assurance », « prévision des ventes »: each the kind it is", async () => {
    expect(lead(await ask("Il a fait du scoring de risque ?"))).toMatch(/mais pas « risque » avec/);
    expect(lead(await ask("Il a fait de la tarification assurance ?"))).toMatch(/mais pas « tarification » avec/);
    expect(lead(await ask("Il a fait de la prévision des ventes ?"))).toMatch(/mais pas « prévision » avec/);
  });

  it("« l'habitude de très gros volumes de données ? »: used to them, which the figures answer", async () => {
    const a = await ask(
      "Notre DAF me demande s'il a l'habitude de très gros volumes de données. Un ordre de grandeur ?",
    );
    expect(lead(a)).toMatch(/400 To quotidiens/);
  });

  it("« il a fait de la migration de données ? »: data migrated, not a tool left behind", async () => {
    const a = await ask("il a fait de la migration de données ?");
    expect(lead(a)).toMatch(/^Oui — le profil le mentionne chez AAA-Data/);
    expect(a.answer).not.toMatch(/abandonné/);
  });
});

describe("what the asker says around the question", () => {
  it("'is it true he was a tech lead at Decathlon?': his title, no yes", async () => {
    const a = await ask("is it true he was a tech lead at Decathlon?");
    expect(lead(a)).toBe("At Decathlon his title is Senior Data Engineer; the profile doesn't say he was a tech lead.");
  });

  it("'Is it true he was the PO at AAA-Data?': the title as the asker wrote it", async () => {
    const a = await ask("Is it true he was the PO at AAA-Data?");
    expect(lead(a)).toMatch(/doesn't say he was the PO\.$/);
  });

  it("'Sorry for the late reply, had a long day. Does he know Terraform?': no “day” asked of the CV", async () => {
    const a = await ask("Sorry for the late reply, had a long day. Does he know Terraform?");
    expect(lead(a)).toBe("The profile doesn't mention “Terraform”.");
  });

  it("« combien d'heures de travaux pratiques assure-t-il ? »: his TP hours", async () => {
    const a = await ask("combien d'heures de travaux pratiques assure-t-il ?");
    expect(lead(a)).toMatch(/^« 10h TP : mise en pratique/);
  });
});

describe("roles held together, and follow-ups on one", () => {
  it("'Did he teach at EPISEN while working at Decathlon?': yes, since November 2022", async () => {
    const a = await ask("Did he teach at EPISEN while working at Decathlon?");
    expect(lead(a)).toMatch(/^Yes — Decathlon \(since May 2021\) and EPISEN \(since November 2022\) overlap/);
  });

  it("« il enseignait à l'EPISEN pendant qu'il était chez Decathlon ? »", async () => {
    const a = await ask("il enseignait à l'EPISEN pendant qu'il était chez Decathlon ?");
    expect(lead(a)).toMatch(/^Oui — Decathlon \(depuis mai 2021\) et EPISEN \(depuis novembre 2022\) se chevauchent/);
  });

  it("'what did he do at MAIF?' then 'did they use Airflow?': not at MAIF", async () => {
    await ask("what did he do at MAIF?", "maif-they");
    const a = await ask("did they use Airflow?", "maif-they");
    expect(lead(a)).toMatch(/but not at MAIF\.$/);
  });
});

describe("a count of students", () => {
  it("« Il a formé plus de 200 élèves ? »: the school's size, not his classes", async () => {
    const a = await ask("Il a formé plus de 200 élèves ?");
    expect(lead(a)).toMatch(/^Ce chiffre est celui de l'école/);
  });

  it("'has he taught more than 200 students?': the same, in English", async () => {
    const a = await ask("has he taught more than 200 students?");
    expect(lead(a)).toMatch(/^That figure is the school's own/);
  });
});

describe("the new dev set's misses", () => {
  it("'…skills please? Greetings from Hamburg, Jörg': the sign-off asks nothing", async () => {
    const a = await ask("Can you give me an overview of his technical skills please? Greetings from Hamburg, Jörg");
    expect(a.answer).not.toMatch(/Hamburg|Jörg|Greetings/);
    expect(lead(a)).toMatch(/Spark/);
  });

  it("'…under 10 minutes or am I misreading?': the 13 h → 6 minutes line first", async () => {
    const a = await ask(
      "A government file at the car-data company used to take most of a day to load. Did he get it down to under 10 " +
        "minutes or am I misreading?",
    );
    expect(a.answer).not.toMatch(/misreading/);
    expect(a.answer).toMatch(/\[1\] Drastic reduction of the ingestion time of the ministry's data from 13 h to 6/);
  });

  it("« …la mutuelle rencontrait-elle … avant son arrivée ? »: the problem he found, not the role before", async () => {
    const a = await ask(
      "Quelle difficulté la mutuelle d'assurance rencontrait-elle avec ses projets de data science avant son arrivée ?",
    );
    expect(a.answer).not.toMatch(/aucun poste avant/);
    expect(a.answer).toMatch(/Problématique critique/);
  });

  it("« résumer son profil en quelques lignes pour ma direction générale ? »: the summary", async () => {
    const a = await ask("Pourriez-vous me résumer son profil en quelques lignes pour ma direction générale ?");
    expect(lead(a)).toMatch(/^Senior Data Engineer chez Decathlon/);
  });

  it("'He is doing AWS since some years, so he knows also Redshift?': Redshift is what is asked", async () => {
    const a = await ask("He is doing AWS since some years, so he knows also Redshift as data warehouse?");
    expect(lead(a)).toBe("The profile doesn't mention “Redshift”.");
    expect(a.answered).toBe(false);
  });

  it("'has he deployed models?': MAIF's production, not the sales force deployed at Pernod Ricard", async () => {
    const a = await ask("has he deployed models?");
    expect(lead(a)).toBe("Yes — the profile mentions it at MAIF, January 2019 - January 2020.");
    expect(a.answer).not.toMatch(/Pernod/);
  });

  it("'did he deploy the bar model at Pernod?': a training mission's project, not said to reach prod", async () => {
    const a = await ask("did he deploy the bar model at Pernod?");
    expect(lead(a)).toMatch(/in a training mission; it doesn't say it went to production/);
  });

  it("'can his pipelines kick off on their own when new files land in a bucket…': the Airflow Datasets", async () => {
    const a = await ask(
      "can his pipelines kick off on their own when new files land in a bucket, rather than sitting on a cron schedule",
    );
    expect(a.answer).toMatch(/\[1\] Airflow: automatic generation of DAGs .*triggers a DAG automatically/);
  });

  it("'Anything in his background about getting the bill down … object storage …?': the S3 costs line", async () => {
    const a = await ask(
      "Anything in his background about getting the bill down when jobs read and write straight to the object " +
        "storage all day?",
    );
    expect(a.answer).not.toMatch(/Main skills/);
    expect(a.answer).toMatch(/\[1\] Reduction of costs and of the number of calls/);
  });
});

describe("what the French trap hunter found", () => {
  it("« Salut, tu vas bien ? »: a greeting, not a topic", async () => {
    const a = await ask("Salut, tu vas bien ?");
    expect(a.answer).not.toMatch(/ne mentionne pas/);
    expect(lead(a)).toMatch(/^Bonjour/);
  });

  it("« Databricks/Snowflake/BigQuery ? »: each name its verdict, in French", async () => {
    const a = await ask("Databricks/Snowflake/BigQuery ?");
    expect(lead(a)).toMatch(/^Databricks : oui .*Snowflake : oui .*BigQuery : absent du profil$/);
  });

  it("'CI/CD/Terraform?': the CV's CI/CD stays one name", async () => {
    const a = await ask("CI/CD/Terraform?");
    expect(lead(a)).toMatch(/^CI\/CD: yes .*Terraform: not in the profile$/);
  });

  it("« Il a travaillé chez Decathlon et chez Carrefour ? »: his employer yes, the other not his", async () => {
    const a = await ask("Il a travaillé chez Decathlon et chez Carrefour ?");
    expect(lead(a)).toBe("Decathlon : oui [1] · Carrefour : absent de ses employeurs");
    const first = await ask("et chez Decathlon et chez Carrefour, il a travaillé ?");
    expect(lead(first)).toBe("Decathlon : oui [1] · Carrefour : absent de ses employeurs");
  });

  it("« sert au moins 150 équipes ? »: oui (160); « moins de 500 To par jour ? »: oui (400)", async () => {
    expect(lead(await ask("La plateforme Decathlon sert au moins 150 équipes ?"))).toMatch(/^Oui/);
    expect(lead(await ask("La plateforme traite moins de 500 To par jour ?"))).toMatch(/^Oui/);
    expect(lead(await ask("La plateforme sert plus de 200 équipes ?"))).toMatch(/pas plus de 200 équipes\.$/);
  });

  it("« Quel était le chiffre de la licence ANTS ? »: its amount, not encryption", async () => {
    const a = await ask("Quel était le chiffre de la licence ANTS ?");
    expect(a.answer).not.toMatch(/pas « chiffre »/);
    expect(a.answer).toMatch(/licence ANTS 7M€\/an/);
  });

  it("« une expérience significative en environnement cloud AWS ? »: how much is where it was used", async () => {
    const a = await ask(
      "Pouvez-vous m'indiquer s'il dispose d'une expérience significative en environnement cloud AWS ?",
    );
    expect(lead(a)).toMatch(/^Oui — AWS : utilisé chez Decathlon/);
  });

  it("« Quel est son dernier employeur en CDI ? »: AAA-Data, not his current freelance roles", async () => {
    const a = await ask("Quel est son dernier employeur en CDI ?");
    expect(lead(a)).toMatch(/^Son dernier CDI : Data Engineer chez AAA-Data/);
  });

  it("'We need someone with 5+ years of Spark. Does he qualify?': no “qualify” asked of the CV", async () => {
    const a = await ask("We need someone with 5+ years of Spark. Does he qualify?");
    expect(a.answer).not.toMatch(/qualify/);
    // (One need, answered as asked: "does he have 5+ years of Spark?".)
    expect(lead(a)).toMatch(/^Yes — Spark: about \d+ years/);
  });

  it("'was he at MAIF when he joined Pernod?': the two roles held together", async () => {
    const a = await ask("was he at MAIF when he joined Pernod?");
    expect(lead(a)).toMatch(/^Yes — Pernod Ricard .* and MAIF .* overlap: 6 months/);
  });
});

describe("what the English trap hunter found", () => {
  it("'could he be a data architect?': his titles, no yes from 'architectural decisions'", async () => {
    const a = await ask("could he be a data architect?");
    expect(lead(a)).toMatch(/^The profile gives these titles: .*; it doesn't say he was a data architect\. It shows/);
    expect(a.answered).toBe(false);
  });

  it("'so he's been freelance since 2019?': no — his permanent contracts before May 2021", async () => {
    const a = await ask("so he's been freelance since 2019?");
    expect(lead(a)).toMatch(/^No — since 2019: .*AAA-Data \(Permanent contract\).* Not all of them were freelance\.$/);
    expect(lead(await ask("was he on permanent contracts before 2021?"))).toMatch(/^Yes — before 2021: /);
  });

  it("« il est freelance depuis 2019 ? »: non, pas tous", async () => {
    const a = await ask("il est freelance depuis 2019 ?");
    expect(lead(a)).toMatch(/^Non — depuis 2019 : .*Ils n'étaient pas tous en freelance\.$/);
  });
});

describe("what the cold reading of the change found", () => {
  it("a team's bound counts its people, not years, teams, terabytes or what it used", async () => {
    expect(lead(await ask("Did he stay in his team at Decathlon over 2 years?"))).toMatch(/^Yes — at Decathlon since/);
    expect(lead(await ask("Did his team at Decathlon serve more than 100 teams?"))).toMatch(/^Yes — the profile/);
    expect(lead(await ask("Did the team process more than 300 TB?"))).toMatch(/^Yes — the profile/);
    expect(lead(await ask("Did the team of more than 5 use Airflow?"))).not.toMatch(/people/);
  });

  it("« Son équipe comptait plus de 2 ingénieurs ? »: the kind as written, teams listing none aside", async () => {
    const a = await ask("Son équipe comptait plus de 2 ingénieurs ?");
    expect(lead(a)).toMatch(/^Oui — 4 ingénieurs chez Decathlon/);
    expect(lead(a)).not.toMatch(/0 ingénieurs/);
  });

  it("a tool worked with at an employer is no other employer: 'for MAIF on Hadoop'", async () => {
    expect(lead(await ask("Has he worked for MAIF on Hadoop?"))).not.toMatch(/employers/);
    expect(lead(await ask("Did he work at Pernod Ricard with Tableau?"))).not.toMatch(/employers/);
    expect(lead(await ask("Has he worked at Decathlon under GDPR?"))).not.toMatch(/employers/);
  });

  it("« Il peut démarrer tout seul ? »: a person on his own, not a pipeline triggered", async () => {
    const a = await ask("Il peut démarrer tout seul ?");
    expect(a.answer).not.toMatch(/DAG/);
  });

  it("'issues finding work before he joined Decathlon?': his time before, not its problems", async () => {
    const a = await ask("Did he have any issues finding work before he joined Decathlon?");
    expect(lead(a)).toMatch(/^Just before Decathlon: Data Engineer at AAA-Data/);
  });

  it("'Has he worked with the Dataset API?': no yes from the Google Places API", async () => {
    const a = await ask("Has he worked with the Dataset API?");
    expect(a.answered).toBe(false);
  });
});
