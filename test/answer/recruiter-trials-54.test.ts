import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the sixty-third session found wrong: "employed by" said in French and "an employee of" a company.

const { ask } = trialChat();

describe("an employee of a company, in French or with 'of'", () => {
  it.each([
    [
      "est-il employé par Decathlon ?",
      /^Pas comme salarié — chez Decathlon \(depuis mai 2021\), le poste est en freelance\.$/,
    ],
    ["c'était un employé de Decathlon ?", /^Pas comme salarié — chez Decathlon/],
    [
      "was he an employee of Decathlon?",
      /^Not as an employee — at Decathlon \(since May 2021\) the role is freelance\.$/,
    ],
    ["a-t-il été employé par la MAIF ?", /^Oui — chez MAIF \(janvier 2019 – janvier 2020\) : CDI\.$/],
  ])("'%s': the role's contract (was a plain yes from the dates)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["Was he an employee of the ANTS?", "The profile doesn't list ANTS among his employers"],
    ["c'était un employé de l'ANTS ?", "Le profil ne cite pas ANTS parmi ses employeurs"],
  ])("'%s': a name the CV holds, but not an employer", async (q, said) => {
    expect(lead(await ask(q))).toContain(said);
  });

  it("« employé » as 'used' stays a question about the work", async () => {
    expect(lead(await ask("il a employé Spark chez Decathlon ?"))).toMatch(/^Oui/);
  });
});

describe("the use or the number of a thing, said to go down", () => {
  it.each([
    ["Did he reduce the use of EMR?", "Decommissioning of EMR in favour of Databricks"],
    ["il a baissé l'utilisation d'EMR ?", "Décommissionnement d'EMR au profit de Databricks"],
    ["did he reduce the number of API calls?", "Reduction of costs and of the number of calls"],
    ["a-t-il réduit le nombre d'appels API ?", "Réduction des coûts et du nombre d'appels"],
  ])("'%s': the line that makes it go down (was a technical-debt line, or not found)", async (q, line) => {
    const answer = await ask(q);
    expect(lead(answer)).toMatch(/^(Yes|Oui) — /);
    expect(answer.answer).toContain(line);
  });

  it("the use of a tool he kept is not said to go down", async () => {
    expect(lead(await ask("Did he reduce the use of Spark?"))).toMatch(/^The profile doesn't say it went that way/);
  });
});

describe("only ever one title", () => {
  it.each([
    // (Was "it doesn't say that was the only one" in trials-37: his titles say it.)
    ["Has he only done data engineering?", /^No — besides Senior Data Engineer at Decathlon/],
    [
      "Did he only do data engineering?",
      /^No — besides Senior Data Engineer at Decathlon .* Data Trainer at Pernod Ricard/,
    ],
    ["has he only worked as a data engineer?", /^No — besides .* Big Data Lecturer/],
    ["Is he purely a data engineer?", /^No — besides/],
    ["il n'a fait que du data engineering ?", /^Non — en plus de .* Formateur Data chez Pernod Ricard/],
    ["il n'a été que data engineer ?", /^Non — en plus de/],
  ])("'%s': his other titles (was a 'yes' from the team passage)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a span of years", () => {
  it.each([
    ["Did he use Scala between 2019 and 2020?", /^Not between 2019 and 2020 — Scala: used at Decathlon/],
    ["a-t-il fait du Scala entre 2019 et 2020 ?", /^Pas entre 2019 et 2020 — Scala : utilisé chez Decathlon/],
    ["Did he use Snowflake from 2022 to 2024?", /^Not from 2022 to 2024 — Snowflake: used at AAA-Data/],
    ["Was he at Decathlon between 2018 and 2020?", /^No — Decathlon: since May 2021\.$/],
  ])("'%s': the span weighed (was a yes from any time)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["Did he use Snowflake between 2020 and 2021?", /^Yes — Snowflake: used at AAA-Data/],
    ["Was he at MAIF between 2018 and 2020?", /^Yes — MAIF: January 2019 – January 2020\.$/],
  ])("'%s': a span the role meets keeps its yes", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("his current or previous job", () => {
  it.each([
    [
      "Did he use Snowflake in his current job?",
      /^The profile mentions “Snowflake” at AAA-Data .* but not at Decathlon\./,
    ],
    [
      "utilise-t-il Snowflake dans son poste actuel ?",
      /^Le profil mentionne « Snowflake » chez AAA-Data .* pas chez Decathlon/,
    ],
    ["Did he use Scala in his previous job?", /^The profile mentions “Scala” at Decathlon, .* but not at AAA-Data\./],
    [
      "il faisait du Scala dans son poste précédent ?",
      /^Le profil mentionne « Scala » chez Decathlon, .* pas chez AAA-Data/,
    ],
    ["Did he use Docker in his previous roles?", /^Yes — Docker: used at AAA-Data .*, MAIF/],
  ])("'%s': those roles, not any (was a yes from another role)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("his previous role's stack", async () => {
    expect(lead(await ask("what stack in his previous role?"))).toMatch(
      /^At AAA-Data \(January 2020 – May 2021\): Snowflake/,
    );
  });
});

describe("roles by their length against a bound", () => {
  it.each([
    [
      "which roles lasted more than 2 years?",
      /^Lasted more than 2 years: Decathlon \(since May 2021: \d+ years and \d+ months?\); EPISEN/,
    ],
    [
      "which of his roles lasted less than a year?",
      /^Lasted less than a year: Pernod Ricard \(April 2019 – October 2019: 6 months\)\. The others: MAIF/,
    ],
    ["quels postes ont duré plus de 2 ans ?", /^Ont duré plus de 2 ans : Decathlon/],
    ["which roles lasted more than 9 years?", /^None of his roles lasted more than 9 years; the nearest: Decathlon/],
  ])("'%s': those roles (was a refusal, or every employer)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("improving a thing the profile never names", () => {
  it.each([
    ["did he improve customer satisfaction?", "satisfaction"],
    ["did he improve reliability of the pipelines?", "reliability"],
    ["a-t-il amélioré la satisfaction client ?", "satisfaction"],
  ])("'%s': not a yes from another line's improvement", async (q, word) => {
    const said = lead(await ask(q));
    expect(said).not.toMatch(/^(Yes|Oui)\b/);
    expect(said).toContain(word);
  });

  it("an improvement the profile says keeps its yes", async () => {
    expect(lead(await ask("did he improve performance?"))).toMatch(/^Yes — .*AAA-Data/);
  });
});

describe("« parti », left — not « une partie »", () => {
  it("« et il est parti quand ? » after a role: when he left it", async () => {
    await ask("qu'a-t-il fait chez MAIF ?", "parti1");
    expect(lead(await ask("et il est parti quand ?", "parti1"))).toBe(
      "Chez MAIF de janvier 2019 à janvier 2020 — 1 an.",
    );
  });

  it("« et il l'a quittée quand ? » after a role: the same", async () => {
    await ask("parle moi de sa mission chez AAA", "parti2");
    expect(lead(await ask("et il l'a quittée quand ?", "parti2"))).toMatch(/^Chez AAA-Data de janvier 2020 à mai 2021/);
  });

  it("« il est parti à l'étranger ? » is no yes from « une partie des traitements »", async () => {
    expect(lead(await ask("il est parti à l'étranger ?"))).not.toMatch(/^Oui/);
  });
});

describe("goodbyes said as having enough", () => {
  it.each([
    ["that's all I need", "Goodbye"],
    ["thanks, I've got what I need", "Goodbye"],
    ["ok merci, j'ai ce qu'il me faut", "Au revoir"],
  ])("'%s': a goodbye (was 'doesn't mention need')", async (q, said) => {
    expect(lead(await ask(q))).toContain(said);
  });
});

describe("money said of him that the profile gives of something else", () => {
  it.each([
    ["was he paid 7M a year?", "The profile doesn't give his salary expectations."],
    ["how much was he paid at AAA-Data?", "The profile doesn't give his salary expectations."],
    ["combien il gagnait chez MAIF ?", "Le profil ne donne pas ses prétentions salariales."],
  ])("'%s': his pay, which only he can say (was a yes from the licence)", async (q, said) => {
    expect(lead(await ask(q))).toContain(said);
  });

  it("'did he save 7 million euros?': not a saving of his", async () => {
    expect(lead(await ask("did he save 7 million euros?"))).toMatch(
      /^The profile mentions .* but not “save” with it\./,
    );
  });

  it("'did he earn the trust of the business teams?' is no question of pay", async () => {
    expect(lead(await ask("did he earn the trust of the business teams?"))).not.toContain("salary");
  });
});

describe("a title or a practice held since a year", () => {
  it.each([
    ["Has he been a data engineer since 2017?", /^Not since 2017 — Senior Data Engineer at Decathlon/],
    ["is he a lecturer since 2020?", /^Not since 2020 — the profile says it at EPISEN, since November 2022\./],
    ["est-il formateur depuis 2018 ?", /^Pas depuis 2018 — le profil le dit chez Pernod Ricard/],
    ["Is he a senior since 2019?", /^Not since 2019 — Senior Data Engineer at Decathlon/],
  ])("'%s': not all along since then (was a yes)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("a year he has held it since keeps its yes", async () => {
    expect(lead(await ask("Has he been a data engineer since 2019?"))).toMatch(/^Yes — Senior Data Engineer/);
  });
});

describe("a roster's kind worked with", () => {
  it.each([
    ["il a travaillé avec un fullstack chez Decathlon ?", /^Oui — 1 fullstack chez Decathlon/],
    ["a-t-il bossé avec un PO chez MAIF ?", /^Oui — 1 PO chez MAIF/],
    ["did he work with a tech lead at MAIF?", /^The team the profile lists at MAIF .* names no “tech lead”/],
  ])("'%s': the team's roster (was 'not mentioned' or the team's size)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("how long since he last used a tool", () => {
  it.each([
    ["How long since he last used Jenkins?", /^Jenkins: last listed at AAA-Data \(January 2020 – May 2021\)/],
    ["ça fait combien de temps qu'il n'a pas fait de Docker ?", /^Docker : cité pour la dernière fois chez AAA-Data/],
  ])("'%s': when he last did (was how long he used it)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a cut asked as a share or a factor", () => {
  it.each([
    "did he cut ingestion time by more than 90%?",
    "did he make the ingestion over 100 times faster?",
    "did he speed up ingestion by 10x?",
  ])("'%s': what 13 h to 6 minutes comes to (was 'not 90%')", async (q) => {
    const answer = await ask(q);
    expect(lead(answer)).toMatch(/^Yes — .*AAA-Data/);
    expect(answer.answer).toContain("from 13 h to 6 minutes");
  });

  it("a factor past it is not held", async () => {
    expect(lead(await ask("did he make ingestion 500 times faster?"))).toMatch(/not 500 times\.$/);
  });
});

describe("'only' at a role, in a year or now", () => {
  it.each([
    [
      "Did he only work at Decathlon in 2022?",
      /^No — in 2022: Decathlon \(since May 2021\); EPISEN \(since November 2022\)\.$/,
    ],
    [
      "Does he only work for Decathlon now?",
      /^No — at Decathlon since May 2021, and also: Big Data Lecturer .* EPISEN/,
    ],
    [
      "il ne travaille que pour Decathlon ?",
      /^Non — chez Decathlon depuis mai 2021, et aussi : Professeur de Big Data/,
    ],
  ])("'%s': the other roles then (was a yes)", async (q, said) => {
    const answer = lead(await ask(q));
    expect(answer).toMatch(said);
    expect(answer).not.toContain("MAIF");
  });

  it("'only' over a span of years: the others then", async () => {
    expect(lead(await ask("Was he only at MAIF between 2019 and 2020?"))).toMatch(
      /^No — in 2019–2020: MAIF .*Pernod Ricard/,
    );
  });
});

describe("a contract with a kind of company, in English", () => {
  it.each(["Did he have a permanent contract with an engineering school?", "Was he employed by a school?"])(
    "'%s': the school's contract was freelance (was a yes)",
    async (q) => {
      expect(lead(await ask(q))).toMatch(/^Not on a permanent contract — .*EPISEN .*: Freelance\.$/);
    },
  );

  it("an insurer on a permanent contract keeps its yes", async () => {
    expect(lead(await ask("a permanent contract with an insurer?"))).toMatch(/^Yes — .*MAIF/);
  });
});

describe("a year after the CV was written, and teaching roles counted", () => {
  it("'was he at Decathlon in 2026?': yes, as of the CV", async () => {
    expect(lead(await ask("was he at Decathlon in 2026?"))).toBe(
      "Yes — Decathlon: since May 2021. As of the CV, written around August 2025.",
    );
  });

  it("a year the CV covers says no more", async () => {
    expect(lead(await ask("was he at Decathlon in 2024?"))).toBe("Yes — Decathlon: since May 2021.");
  });

  it.each([
    [
      "how many teaching roles has he had?",
      /teaching and training in all: Big Data Lecturer .* Data Trainer at Pernod/,
    ],
    ["combien de postes d'enseignant ?", /d'enseignement et de formation au total : Professeur de Big Data/],
  ])("'%s': his teaching and training roles (was 'doesn't mention teaching')", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a mission of a given length", () => {
  it.each([
    [
      "has he done a 6-month mission?",
      /^Yes — about 6 months: Pernod Ricard \(April 2019 – October 2019: 6 months\)\./,
    ],
    [
      "il a fait une mission de 2 semaines ?",
      /^Non — aucun de ses postes n'a duré environ 2 semaines ; le plus proche/,
    ],
    ["il a fait une mission de 3 mois ?", /^Non — aucun de ses postes n'a duré environ 3 mois/],
    // (A long one none matches, held by a longer one.)
    ["a mission of 3 years?", /^Yes — longer than 3 years: EPISEN .*Decathlon/],
    // (Sixty-fourth session: "years+" read as "or more", the roles of that length or longer.)
    ["long missions of 2 years+?", /^Lasted 2 years\+: Decathlon .*EPISEN/],
  ])("'%s': his roles by length (was a yes from « sprints de 2 semaines » or a heading)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("look-alikes the new readings leave alone", () => {
  it.each([
    ["Did he reduce technical debt by 40%?", /but not “40%” with it\.$/],
    ["What was his job title in his second job?", /^His title at Pernod Ricard: Data Trainer/],
    ["What role did he have more than 3 years ago?", /^In 2023: /],
    ["Does he have experience with Snowflake since 2020?", /^Yes — Snowflake: used at AAA-Data/],
    ["Was he paid as a freelancer at Decathlon?", /^Yes — at Decathlon \(since May 2021\): Freelance\.$/],
    ["a-t-il employé de la Scala ?", /^Oui — Scala : utilisé chez Decathlon/],
    [
      "pourquoi il est parti au bout d'un an de chez MAIF ?",
      /^Le profil donne les dates de chaque poste, pas pourquoi/,
    ],
    ["Does he have the skills for the current role?", /^Currently: Senior Data Engineer at Decathlon/],
    ["j'ai tout ce qu'il me faut ?", /^Le profil ne mentionne pas/],
  ])("'%s': as before this session's readings", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it.each([
    ["Was he a data engineer before 2019?", /^Not before 2019 — Senior Data Engineer at Decathlon/],
    ["était-il data engineer entre 2016 et 2018 ?", /^Pas entre 2016 et 2018 — /],
    ["Was he a senior data engineer before 2021?", /^Not before 2021 — Senior Data Engineer at Decathlon/],
  ])("'%s': a title weighed against the years asked (was a yes)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("« il est parti où après ? » after a role: the role after it", async () => {
    await ask("qu'a-t-il fait chez MAIF ?", "parti3");
    expect(lead(await ask("il est parti où après ?", "parti3"))).toMatch(
      /^Juste après MAIF : Data Engineer chez AAA-Data/,
    );
  });
});

describe("a kind no roster lists, worked with", () => {
  it.each([
    ["did he work with a scrum master?", /names no “scrum master”/],
    [
      "did he work with a DevOps engineer at Decathlon?",
      /^The team the profile lists at Decathlon .* names no “DevOps”/,
    ],
    ["a-t-il travaillé avec un scrum master ?", /ne cite pas/],
  ])("'%s': the rosters, which name none (was a yes from the sprints or CI/CD lines)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a headcount asked, not a year", () => {
  it.each([
    ["il a déjà bossé dans une boite de plus de 2000 salariés ?", /^Le CV ne donne pas l'effectif de ses employeurs/],
    ["has he worked at a company with over 2000 employees?", /^The CV gives no headcount for his employers/],
  ])("'%s': the employers' size, which the CV doesn't count (was 'no role in 2000' or a yes)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("placed through a firm", () => {
  it.each([
    [
      "Does he work through a consulting firm?",
      /^The profile says which roles are freelance, not through which company/,
    ],
    ["passe-t-il par une ESN ?", /^Le profil dit quels postes sont en freelance/],
  ])("'%s': his to say (was a yes from the FAQ's freelance entry)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("a consulting firm among his employers is still weighed", async () => {
    expect(lead(await ask("has he worked for a consulting firm?"))).toMatch(/^The CV doesn't describe any employer/);
  });
});

describe("the second cold reading's mends", () => {
  it.each([
    [
      "Was he a senior data engineer in 2020?",
      /^Not in 2020, as the profile tells it\. In 2020: Data Engineer at AAA-Data/,
    ],
    ["is he teaching since 2020?", /^Not since 2020 — /],
    ["Il est parti travailler chez Decathlon quand ?", /^Chez Decathlon depuis mai 2021/],
    ["il est parti où ?", /^C'était chez Decathlon/],
    ["who was in the team in the previous job?", /^Team, as the profile lists it: 5 people at AAA-Data/],
    ["did he work with a data scientist?", /^Yes — 2 data scientists at MAIF/],
    ["a-t-il déjà employé de la Scala ?", /^Oui — Scala : utilisé chez Decathlon/],
    ["a-t-il travaillé pour une société de conseil ?", /^Le CV ne décrit aucun de ses employeurs/],
    [
      "We need a data engineer for a role of 5 years experience, does he fit?",
      /^Yes — about \d+ years and \d+ months of experience/,
    ],
    ["In his role of 2 years ago, what did he do?", /^In 20\d\d: /],
  ])("'%s'", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("years of a trade his titles name, not counted from passages: « 5 ans de data engineering ? »", async () => {
    expect(lead(await ask("a-t-il 5 ans de data engineering ?"))).not.toMatch(/^Pas si longtemps/);
  });
});

describe("the last trial in the terminal", () => {
  it("« et il est parti quand ? » after a team question: the role's dates, not its team again", async () => {
    await ask("est-ce qu il a deja bosse avec un PO chez MAIF ?", "parti4");
    expect(lead(await ask("et il est parti quand ?", "parti4"))).toBe(
      "Chez MAIF de janvier 2019 à janvier 2020 — 1 an.",
    );
  });

  it("'that is all I need, cheers' is a goodbye", async () => {
    expect(lead(await ask("that is all I need, cheers"))).toContain("Goodbye");
  });
});

describe("an intern or a trainee, asked of no role", () => {
  it.each([
    [
      "was he an intern?",
      /^Currently: Senior Data Engineer at Decathlon \(Freelance\).*Before: AAA-Data \(Permanent contract\)/,
    ],
    ["a-t-il été stagiaire ?", /^Actuellement : Senior Data Engineer chez Decathlon \(Freelance\)/],
    ["was he a trainee?", /^Currently: /],
  ])("'%s': his contracts (was a yes from « internal » or « trainer »)", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });
});

describe("a year to come", () => {
  it.each([
    ["will he still be at Decathlon in 2027?", "Decathlon: since May 2021. As of the CV, written around August 2025."],
    ["sera-t-il chez Decathlon en 2027 ?", "Decathlon : depuis mai 2021. Selon le CV, rédigé vers août 2025."],
  ])("'%s': its dates as of the CV, no 'no' (was 'No — Decathlon: since May 2021')", async (q, said) => {
    expect(lead(await ask(q))).toBe(said);
  });
});
