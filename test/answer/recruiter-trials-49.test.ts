import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the fifty-eighth session found wrong: a size asked that retrieval missed, letters swapped in short words,
// a second question begun with « est-ce que », a role asked as left in a statement, a tool asked as given up in
// other words, moves away quoted as "instead of", figures past a bound, job ads in French.

const { ask } = trialChat();

describe("a data size asked, found in the role's passages", () => {
  it("'How large is the data volume on the data platform he works with today?' gives the 400 TB", async () => {
    const a = await ask("How large is the data volume on the data platform he works with today?");
    expect(lead(a)).toMatch(/^“processing 400 TB daily and 2,000 tables ingested daily” \[1\]/);
    expect(a.answer).not.toMatch(/gives no figure/);
  });

  it("'how much data did he handle at MAIF?' still says the profile gives none there", async () => {
    expect(lead(await ask("how much data did he handle at MAIF?"))).toMatch(/^The profile gives no figure for that/);
  });
});

describe("two neighbouring letters swapped in an everyday word", () => {
  it("'teh' is 'the', read silently", async () => {
    const a = await ask("did he encrypt fields w/o changing teh schema?");
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at Decathlon/);
    expect(a.answer).not.toMatch(/teh/);
  });

  it("'wiht' and 'adn' are 'with' and 'and': both tools answered", async () => {
    const a = await ask("has he worked wiht spark adn airflow?");
    expect(lead(a)).toMatch(/^Spark: yes — .* · Airflow: yes — /);
  });

  it("a slip of one of the profile's words is still said aloud", async () => {
    expect(lead(await ask("what kind of scoring did he build for the insurance compnay's members?"))).toMatch(
      /^Reading “compnay” as “company”/,
    );
  });
});

describe("a second question begun with « est-ce que », no comma before it", () => {
  it.each([
    ["il a fait du spark est ce qu il connait kafka", /^Spark : oui — .* · Kafka : enseigné/],
    ["il connait spark est-ce qu'il a fait du scala aussi", /^Spark : oui — .* · Scala : oui/],
  ])("'%s' asks both", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« pourquoi est-ce qu'il a quitté la MAIF ? » stays one question", async () => {
    expect(lead(await ask("pourquoi est-ce qu'il a quitté la MAIF ?"))).toMatch(/MAIF/);
  });
});

describe("why the asker asks, said of the place", () => {
  it("« …detection de fraude vu que c une assurence » gets no 'oui' from MAIF being an insurer", async () => {
    const a = await ask(
      "est-ce que a la MAIF il a fait de la detection de fraude vu que c une assurence, ca interesse bcp mon client",
    );
    expect(lead(a)).not.toMatch(/^Oui/);
    expect(lead(a)).toMatch(/ne mentionne pas « detection » ni « fraude »/);
  });
});

describe("references, which only he can give", () => {
  it.each([
    ["does he have references we can call?", /^The profile gives no references, nor whom you may call\./],
    [
      "il a des references d anciens clients ou managers qu on peut appeler svp",
      /^Le profil ne donne pas de références, ni qui vous pourriez appeler\./,
    ],
  ])("'%s' is his to answer", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« afin de procéder à la prise de références, … ses entreprises » asks for his employers", async () => {
    const a = await ask(
      "Bonjour, Afin de procéder à la prise de références, pourriez-vous m'indiquer l'ensemble des entreprises " +
        "pour lesquels le candidat a travaillé ?",
    );
    expect(lead(a)).toMatch(/^5 employeurs, dans l'ordre du CV/);
  });

  it("'does he use reference data?' is no question of references", async () => {
    expect(lead(await ask("does he use reference data?"))).not.toMatch(/references/);
  });
});

describe("his skills, asked as the tools he knows best", () => {
  it.each([
    ["c quoi ses competences techniques principales en gros, les outils qu il maitrise le mieux", /^Compétences/],
    ["ses outils de prédilection ?", /^Compétences principales/],
    ["what's his strongest tech?", /^Main skills/],
    ["the tools he knows best?", /^Main skills/],
  ])("'%s' lists them", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'is he the main tech lead?' is no question of skills", async () => {
    expect(lead(await ask("is he the main tech lead?"))).not.toMatch(/^Main skills/);
  });
});

describe("a role asked as now, or as left in a statement", () => {
  it.each([
    ["Is he working at MAIF now?", /^No — MAIF was January 2019 – January 2020\. Currently:/],
    ["Is he at AAA-Data now?", /^No — AAA-Data was January 2020 – May 2021/],
    ["il est chez MAIF maintenant ?", /^Non — MAIF, c'était janvier 2019 – janvier 2020/],
    ["is he at decathlon now?", /^Yes — at Decathlon since May 2021, and still there/],
  ])("'%s' is its period's to say", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["He left Decathlon, right?", /^No — at Decathlon since May 2021, and still there/],
    ["I heard he quit Decathlon, true?", /^No — at Decathlon since May 2021, and still there/],
    ["c'est fini chez Decathlon ?", /^Non — chez Decathlon depuis mai 2021, et toujours en poste/],
    ["Has he finished his teaching at EPISEN?", /^No — at EPISEN since November 2022, and still there/],
    ["il a fini d'enseigner à l'EPISEN ?", /^Non — chez EPISEN depuis novembre 2022, et toujours en poste/],
    ["he left MAIF, right?", /^Yes — MAIF was January 2019 – January 2020/],
  ])("'%s' gets its role's dates, not a 'yes' of its passages", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a tool asked as given up, in other words", () => {
  it.each([
    ["Is Spark something he stopped doing?", /^No — still in use\. Spark: used at Decathlon/],
    ["Is Airflow something he gave up?", /^No — still in use\. Airflow: used at Decathlon/],
    ["Is Scala a thing of the past for him?", /^No — still in use\. Scala: used at Decathlon/],
    ["He stopped using Airflow, didn't he?", /^No — still in use\. Airflow/],
    ["Spark, c'est fini pour lui ?", /^Non — toujours utilisé\. Spark/],
    ["il a arreter spark ?", /^Non — toujours utilisé\. Spark/],
    ["he stopped using docker, right?", /^Not in his current roles — Docker: used at AAA-Data/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a move away, said as 'replacing', 'instead of', 'rather than'", () => {
  it.each([
    ["Did he move away from parquet for the large JDBC tables?", /^Yes — the profile mentions it at Decathlon/],
    ["Did he replace the experimental notebooks at MAIF?", /^Yes — the profile mentions it at MAIF/],
  ])("'%s' is what the passage says", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'did he use parquet for the JDBC tables?' is still no: avro instead", async () => {
    expect(lead(await ask("did he use parquet for the JDBC tables?"))).toMatch(/^No — the profile says otherwise/);
  });
});

describe("a figure past the bound the CV itself writes (>2 TB)", () => {
  it("« des tables de plus de 2 To ? » is held by « (>2To) »", async () => {
    expect(lead(await ask("des tables de plus de 2 To ?"))).toMatch(/^Oui — le profil le mentionne chez Decathlon/);
  });

  it("'tables over 3 TB?' is not", async () => {
    expect(lead(await ask("tables over 3 TB?"))).not.toMatch(/^Yes/);
  });
});

describe("a job ad in French: dashes on one line, « Bonus », « Apprécié », a closing question", () => {
  it("« Prérequis : - Spark - Airflow - Snowflake - Kafka - Terraform. Il coche quoi ? » checks all five", async () => {
    const a = await ask(
      "Bonjour, je recrute pour un poste de data engineer. Prérequis : - Spark - Airflow - Snowflake - Kafka - " +
        "Terraform. Il coche quoi ?",
    );
    expect(lead(a)).toMatch(/^Répond à 3 exigences sur 5\. En partie : Kafka .* Absent du profil : Terraform\.$/);
  });

  it("« Requis : Spark, AWS. Bonus : Kafka. Il coche ? » puts Kafka among the wished", async () => {
    const a = await ask("Requis : Spark, AWS. Bonus : Kafka. Il coche ?");
    expect(lead(a)).toMatch(/^Répond à 2 exigences sur 2\. Souhaité : 0 sur 1/);
    expect(a.answer).toMatch(/• Kafka \(souhaité\) : ◐ en partie/);
  });

  it.each([
    ["Je cherche un DE avec 3 ans de Scala et de l'Airflow, c bon ?", /^Répond à 3 exigences sur 3\.$/],
    ["on cherche : Spark, Airflow, 5 ans d'xp. ça passe ?", /^Répond à 3 exigences sur 3\.$/],
  ])("'%s': the closing question is no requirement", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« Must have : … Nice to have : … Il matche ? » is answered in French", async () => {
    const a = await ask("Must have : Spark, Scala, AWS. Nice to have : Kafka, Terraform. Il matche ?");
    expect(lead(a)).toMatch(/^Répond à 3 exigences sur 3\. Souhaité : 0 sur 2/);
  });
});

describe("the asker's own hiring, said first", () => {
  it("'I'm recruiting for a Databricks role. Has he used it?' asks of Databricks", async () => {
    const a = await ask("Good morning! I'm recruiting for a Databricks role. Has he used it?");
    expect(lead(a)).toMatch(/^Yes — Databricks: used at Decathlon/);
  });
});

describe("recent years, and leading asked as still going on", () => {
  it.each([
    ["Has he used Jenkins in recent years?", /^Not in recent years — Jenkins: used at AAA-Data/],
    ["il a utilisé Jenkins ces dernières années ?", /^Pas ces dernières années — Jenkins : utilisé chez AAA-Data/],
    ["Has he done mentoring in the last few years?", /^Not in the last few years — the profile says it at AAA-Data/],
    ["Has he done mentoring in the last 2 years?", /^Not in the last 2 years — the profile says it at AAA-Data/],
    ["Does he still mentor juniors?", /^Not in his current roles, as the profile tells them/],
    ["il encadre encore des juniors ?", /^Pas dans ses postes actuels/],
  ])("'%s' gets no 'yes' from a role that ended in 2021", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'has he used spark in recent years?' is still yes: Decathlon uses it", async () => {
    expect(lead(await ask("has he used spark in recent years?"))).toMatch(/^Yes — Spark: used at Decathlon/);
  });

  it("'When did he last mentor someone?' says where and when, with no 'yes'", async () => {
    expect(lead(await ask("When did he last mentor someone?"))).toMatch(
      /^He supervised 2 junior data engineers at AAA-Data \(January 2020 – May 2021\)/,
    );
  });

  it.each([
    ["Is he still doing machine learning?", /^Not in his current roles — Machine Learning:/],
    ["a-t-il fait du machine learning récemment ?", /^Pas dans ses postes actuels — Machine Learning :/],
    ["Has he built dashboards recently?", /^Not in his current roles — /],
  ])("'%s': what he teaches at EPISEN is no work of his now", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("the tools he no longer uses", () => {
  it.each([
    ["What tools has he stopped using?", /^Not in his current roles; last named: Docker, Jenkins/],
    ["quels outils n'utilise-t-il plus ?", /^Absents de ses postes actuels ; cités en dernier : Docker/],
  ])("'%s' lists those of ended roles his current ones don't", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(lead(a)).toMatch(/Zeppelin/);
    expect(lead(a)).not.toMatch(/Spark|Python|Airflow/);
  });
});

describe("a business gain claimed, which no passage says", () => {
  it.each([
    ["Did he increase revenue at AAA-Data?", /^The profile doesn't say he grew it; here is what it says at AAA-Data/],
    ["Did he grow AAA-Data's market share?", /^The profile doesn't say he grew it/],
    ["il a augmenté le CA chez AAA-Data ?", /^Le profil ne dit pas qu'il l'a fait croître/],
  ])("'%s' gets no 'yes' from the €7M licence or the market position", async (q, said) => {
    const a = await ask(q);
    expect(lead(a)).toMatch(said);
    expect(a.answered).toBe(false);
  });
});

describe("a year asked after a tool, with 'and'", () => {
  it("'Did he use Spark?' then 'and in 2020?' is Spark in 2020, not the year as a thing of its own", async () => {
    await ask("Did he use Spark?", "spark-2020");
    const a = await ask("and in 2020?", "spark-2020");
    expect(lead(a)).toMatch(/^Yes — Spark: used at/);
    expect(lead(a)).not.toMatch(/2020: not in the profile/);
  });

  it("« et en 2020 ? » after Jenkins, the same in French", async () => {
    await ask("il a fait du Jenkins ?", "jenkins-2020");
    expect(lead(await ask("et en 2020 ?", "jenkins-2020"))).not.toMatch(/absent du profil/);
  });
});

describe("a weak closing asks of a list only after its heading", () => {
  it("« client energie, stack : … — qu'est-ce qu'il coche la dedans ? »: each tool, no 'client energie'", async () => {
    const a = await ask("client energie, stack : Spark / BigQuery / dbt / Airflow — qu'est-ce qu'il coche la dedans ?");
    expect(lead(a)).toMatch(/^Spark : oui — /);
    expect(a.answer).not.toMatch(/client energie/);
  });

  it("« 5 ans min c'est bon ? » is his years, not a list of one", async () => {
    expect(lead(await ask("5 ans min c'est bon ?"))).toMatch(/^Oui — environ .* d'expérience/);
  });
});

describe("people trained, counted: no roster", () => {
  it("« Chez Pernod il formait combien de personnes ? » is no '2 people' of his team", async () => {
    const a = await ask("Chez Pernod il formait combien de personnes ?");
    expect(lead(a)).toMatch(/^Le profil ne donne pas de chiffre pour cela chez Pernod Ricard/);
  });

  it("« combien de personnes dans son équipe chez Pernod ? » is still the roster", async () => {
    expect(lead(await ask("combien de personnes dans son équipe chez Pernod ?"))).toMatch(/^Équipe, telle que/);
  });
});

describe("chat around the questions", () => {
  it.each([
    ["Bonjour, je vais vous coller l'annonce", /^Allez-y : collez ses exigences/],
    ["I'm going to paste the JD", /^Go ahead: paste its requirements/],
    ["c'est noté, je reviens vers vous demain", /^Au revoir/],
    ["attendez je regarde l'annonce du client", /^👍 Autre chose sur le profil \?/],
    ["hold on, let me check the JD", /^👍 Anything else about the profile\?/],
  ])("'%s' asks nothing of the profile", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'wait, has he used Spark?' still answers the question", async () => {
    expect(lead(await ask("wait, has he used Spark?"))).toMatch(/^Yes — Spark: used at Decathlon/);
  });
});

describe("a role's end asked in other words", () => {
  it.each([
    ["Did his Decathlon mission finish?", /^No — at Decathlon since May 2021, and still there/],
    ["He's not at EPISEN anymore, right?", /^No — at EPISEN since November 2022, and still there/],
    ["he's not at decathlon, is he?", /^No — at Decathlon since May 2021, and still there/],
    ["il est parti de chez Pernod ?", /^Oui — Pernod Ricard, c'était avril 2019 – octobre 2019/],
    ["he left MAIF, didn't he?", /^Yes — MAIF was January 2019 – January 2020/],
  ])("'%s' is its period's to say", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'is his Decathlon mission ending soon?' is still his to say", async () => {
    expect(lead(await ask("is his Decathlon mission ending soon?"))).toMatch(/^The profile doesn't say when he is/);
  });
});

// What the session's cold review found the first version of these rules did wrong; each fixed.
describe("the cold review's regressions", () => {
  it.each([
    ["Has he used Spark in his past roles?", /^Yes — Spark: used at Decathlon/],
    [
      "did he handle tables of less than 2 TB?",
      /^The profile gives 2 TB at Decathlon, since May 2021, not less than 2 TB/,
    ],
    ["does he do mentoring at Decathlon now?", /^The profile mentions “mentoring” at AAA-Data .* but not at Decathlon/],
    ["what's his title at Decathlon now?", /^His title at Decathlon: Senior Data Engineer/],
    ["a-t-il mis en place un pra ?", /^Le profil ne mentionne pas « pra »/],
    ["has he built an hmi?", /^The profile doesn't mention “hmi”/],
    ["Has he used Spark since he quit MAIF?", /^Yes — Spark/],
    ["Is he still teaching machine learning?", /^Yes — the profile mentions it at Pernod Ricard.*EPISEN/],
    ["Did he use Docker in 2019 and in 2022?", /· 2022: not in the profile$/],
    ["Did he move away from S3?", /^The profile doesn't say it was left behind/],
    ["Does he still have leadership experience?", /^Yes — he supervised 2 junior data engineers/],
    ["Can you tell me any more about his main skills?", /^Main skills/],
    ["Y a-t-il des références à Kafka dans son CV ?", /^Kafka : enseigné à EPISEN/],
    // (AAA-Data's 13 h to 6 minutes is the speed gained, not Decathlon's lines on ingestion.)
    ["il a augmenté la vitesse d'ingestion, ca c'est sûr ?", /^Oui — le profil le mentionne chez AAA-Data/],
    ["Spark et Scala est-ce qu'il les a utilisés en prod ?", /^Spark : oui — utilisé chez Decathlon/],
    ["Did he mentor anyone when he was a data engineer?", /^Yes — he supervised 2 junior data engineers/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'what key tech decisions did he take at Decathlon?' quotes the decisions, not only the stack", async () => {
    expect((await ask("what key tech decisions did he take at Decathlon?")).answer).toMatch(/architectural decisions/);
  });
});

describe("what a training role taught, asked of that role", () => {
  it("« …s'est-il limité à une initiation, ou a-t-il formé les équipes à … ? » quotes its lines", async () => {
    const a = await ask(
      "Lors de sa mission de formation chez Pernod Ricard, s'est-il limité à une initiation, ou a-t-il formé les " +
        "équipes à l'ensemble du cycle de vie d'un modèle ?",
    );
    expect(lead(a)).toMatch(/^Sujets enseignés chez Pernod Ricard/);
    expect(a.answer).toMatch(/Formation à la création, évaluation, validation et optimisation de modèles/);
  });
});

describe("the second hunt on this session's changes", () => {
  it.each([
    ["he's done with Decathlon, right?", /^No — at Decathlon since May 2021, and still there/],
    ["he wrapped up at Decathlon?", /^No — at Decathlon since May 2021, and still there/],
    ["he's done with scala, right?", /^No — still in use\. Scala: used at Decathlon/],
    ["il ne fait plus de scala ?", /^Si — toujours utilisé\. Scala : utilisé chez Decathlon/],
    ["il a arrêté le Scala ?", /^Non — toujours utilisé\. Scala/],
    ["quelles technos a-t-il abandonnées ?", /^Absents de ses postes actuels ; cités en dernier : Docker/],
    ["a-t-il fait du machine learning ces dernières années ?", /^Pas ces dernières années/],
    ["has he taught in recent years?", /^Yes — the profile mentions it at EPISEN/],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'what has he done with Spark?' is no question of stopping", async () => {
    expect(lead(await ask("what has he done with Spark?"))).not.toMatch(/still in use/);
  });

  it("a story, then '…at that car-data company, AAA-Data?': the employer named, the story's NAIT aside", async () => {
    const a = await ask(
      "Our overnight load of the national animal-tracking (NAIT) extract takes most of the night, so the vets' " +
        "dashboards are stale by breakfast. What did he actually pull off speed-wise at that car-data company, " +
        "AAA-Data? Real numbers if you've got them, before and after.",
    );
    expect(lead(a)).toMatch(/^Here is what the profile says at AAA-Data/);
    expect(a.answer).toMatch(/from 13 h to 6 minutes/);
  });
});
