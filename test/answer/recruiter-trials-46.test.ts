import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the fifty-fifth session found wrong: his work now asked with "and since when?", or in SMS French.

const { ask } = trialChat();

describe("his work now, asked with how long or in SMS French", () => {
  it("'Where does he work now and since when?': his roles now, each with its time", async () => {
    const a = await ask("Where does he work now and since when?");
    expect(lead(a)).toMatch(/^Currently: Senior Data Engineer at Decathlon \(Freelance\), since May 2021/);
    expect(a.answer).toMatch(/At Decathlon since May 2021 — 5 years and \d+ months as of today/);
  });

  it("'…and since when? Is he remote?': both asked, both answered", async () => {
    const a = await ask("Where does he work now and since when? Is he remote?");
    expect(lead(a)).toMatch(/^Currently: Senior Data Engineer at Decathlon/);
    expect(a.answer).toMatch(/doesn't say whether he works remotely/);
  });

  it("« ou travaille-t-il actuellement et depuis quand ? »: the same in French", async () => {
    const a = await ask("ou travaille-t-il actuellement et depuis quand ?");
    expect(lead(a)).toMatch(/^Actuellement : Senior Data Engineer chez Decathlon \(Freelance\), depuis mai 2021/);
  });

  it("« c quoi sa boite actuelle »: his roles now, not what kind of firm Decathlon is", async () => {
    const a = await ask("c quoi sa boite actuelle");
    expect(lead(a)).toMatch(/^Actuellement : Senior Data Engineer chez Decathlon/);
  });
});

describe("his experiences, asked as « parle-moi de … » or in two words", () => {
  it("« parle moi de ses expériences »: his employers, in the CV's order", async () => {
    const a = await ask("parle moi de ses expériences");
    expect(lead(a)).toMatch(/^5 employeurs, dans l'ordre du CV : Decathlon \(Senior Data Engineer/);
  });

  it("« raconte-moi son parcours »: the same", async () => {
    const a = await ask("raconte-moi son parcours");
    expect(lead(a)).toMatch(/^5 employeurs, dans l'ordre du CV : /);
  });

  it("'tell me about his career': his employers, not “career” missing", async () => {
    const a = await ask("tell me about his career");
    expect(lead(a)).toMatch(/^5 employers, as the CV lists them: Decathlon/);
  });

  it("« parle-moi de lui » still gives the short portrait", async () => {
    const a = await ask("parle-moi de lui");
    expect(lead(a)).toMatch(/^Senior Data Engineer chez Decathlon/);
  });
});

describe("'still' and « toujours » ask whether it goes on, no word to find", () => {
  it("« il est toujours prof ? »: yes, at EPISEN", async () => {
    const a = await ask("il est toujours prof ?");
    expect(lead(a)).toMatch(/^Oui — .*EPISEN, depuis novembre 2022/);
  });

  it("'still teaching?': what the profile says at EPISEN, not “still” missing", async () => {
    const a = await ask("still teaching?");
    expect(a.answered).toBe(true);
    expect(a.answer).not.toMatch(/“still”/);
    expect(a.answer).toMatch(/EPISEN/);
  });
});

describe("a contract asked in the negative", () => {
  it("« Il n'a pas travaillé chez Decathlon en freelance ? »: « Si », not « Oui »", async () => {
    const a = await ask("Il n'a pas travaillé chez Decathlon en freelance ?");
    expect(lead(a)).toBe("Si — chez Decathlon (depuis mai 2021) : Freelance.");
  });

  it("« Il n'a pas travaillé chez MAIF en freelance ? »: « Non », a CDI", async () => {
    const a = await ask("Il n'a pas travaillé chez MAIF en freelance ?");
    expect(lead(a)).toBe("Non — chez MAIF (janvier 2019 – janvier 2020) : CDI.");
  });
});

describe("a title held, a wish asked as « vous », on-site systems", () => {
  it("'held the position of Engineering Manager or Head of Data?': his titles, no “yes” from the FAQ", async () => {
    const a = await ask(
      "For our records, has the candidate ever held the position of Engineering Manager or Head of Data?",
    );
    expect(lead(a)).toMatch(/^The profile gives these titles: Senior Data Engineer \(Decathlon\)/);
    expect(lead(a)).toMatch(/it doesn't say he was Engineering Manager/);
  });

  it("'has he been an engineering manager?': not a title he held", async () => {
    const a = await ask("has he been an engineering manager?");
    expect(lead(a)).toMatch(/it doesn't say he was an engineering manager/);
  });

  it("« Seriez-vous ouvert à un CDI chez nous ? »: his wish, not his past CDI", async () => {
    const a = await ask(
      "Seriez-vous ouvert à un CDI chez nous, et si oui, quelles seraient vos prétentions salariales ?",
    );
    expect(a.answer).toMatch(/ne donne pas ses prétentions salariales/);
    expect(a.answer).toMatch(/pas ce qu'il souhaite pour la suite/);
    expect(a.answer).not.toMatch(/^Oui/);
  });

  it("'move its legacy on-site data systems': systems on site, not whether he works on site", async () => {
    const a = await ask(
      "Our group intends to move its legacy on-site data systems to the cloud. " +
        "Has the candidate carried out such a move?",
    );
    expect(a.answer).not.toMatch(/works remotely or on site/);
  });

  it("'what else on the ops side?' is about his profile, not off topic", async () => {
    const a = await ask("what else on the ops side?");
    expect(lead(a)).not.toMatch(/^I only answer questions/);
  });
});

describe("the time of a field, why a role was short, and 'it' after a thing asked", () => {
  it("'how long has he done data engineering specifically?': his time as data engineer", async () => {
    const a = await ask("how long has he done data engineering specifically?");
    expect(lead(a)).toMatch(/^About 7 years and \d+ months as data engineer/);
  });

  it("'why only 6 months?' after Pernod Ricard: only he can say, no “6 minutes” quoted", async () => {
    await ask("tell me about his time at Pernod Ricard", "pernod-short");
    const a = await ask("why only 6 months?", "pernod-short");
    expect(lead(a)).toMatch(/^The profile gives when each role began and ended, not why he left/);
    expect(a.answer).not.toMatch(/6 minutes/);
  });

  it("« pourquoi seulement 6 mois chez Pernod ? »: the same in French", async () => {
    const a = await ask("pourquoi seulement 6 mois chez Pernod ?");
    expect(lead(a)).toMatch(/^Le profil donne les dates de chaque poste, pas pourquoi il est parti/);
  });

  it("'who built it?' after 'what's the Reject Table?': the Reject Table, never “Decathlon” missing", async () => {
    await ask("what's the Reject Table?", "reject-built");
    const a = await ask("who built it?", "reject-built");
    expect(a.answer).not.toMatch(/doesn't mention “Decathlon”/);
    expect(a.answer).toMatch(/Reject Table/);
  });

  it("'who built it at Decathlon?': the employer named is never the word missing", async () => {
    const a = await ask("who built it at Decathlon?");
    expect(a.answer).not.toMatch(/doesn't mention “Decathlon”/);
  });
});

describe("a thing he worked through, asked as built", () => {
  it("« Il a développé une interface utilisateur ? »: used, not shown built", async () => {
    const a = await ask("Il a développé une interface utilisateur ?");
    expect(lead(a)).toMatch(/^Le profil ne dit pas qu'il l'a créé ; il montre qu'il l'a utilisé chez Decathlon/);
    expect(a.answered).toBe(false);
  });

  it("'did he build a user interface?': the same in English", async () => {
    const a = await ask("did he build a user interface?");
    expect(lead(a)).toMatch(/^The profile doesn't say he created it; it shows him working with it at Decathlon/);
  });

  it("'has he developed pipelines?' is still a yes", async () => {
    const a = await ask("has he developed pipelines?");
    expect(lead(a)).toMatch(/^Yes — /);
  });
});

describe("line management asked with its examples listed", () => {
  it("'formal line-management responsibility, i.e. hiring, appraisals…': no yes, what he supervised", async () => {
    const a = await ask(
      "Has he had formal line-management responsibility, i.e. hiring, conducting performance appraisals and the " +
        "like, for a team of engineers?",
    );
    expect(lead(a)).toMatch(/^The profile doesn't say he was anyone's line manager; it shows he supervised others/);
  });
});

describe("which of two, by time", () => {
  it("« Il a fait plus de Spark ou de Snowflake ? »: each one's time, Spark's first", async () => {
    const a = await ask("Il a fait plus de Spark ou de Snowflake ?");
    expect(lead(a)).toMatch(/^Spark : environ 7 ans et \d+ mois/);
    expect(a.answer).toMatch(/Snowflake : environ 1 an et 5 mois/);
  });

  it("'more Spark or more Snowflake?': the same in English", async () => {
    const a = await ask("more Spark or more Snowflake?");
    expect(lead(a)).toMatch(/^Spark: about 7 years and \d+ months/);
  });

  it("« Il a passé plus de temps en freelance ou en CDI ? »: each contract's time, not the FAQ", async () => {
    const a = await ask("Il a passé plus de temps en freelance ou en CDI ?");
    expect(lead(a)).toMatch(/^Environ 5 ans et \d+ mois en freelance/);
    expect(a.answer).toMatch(/Environ 2 ans et 4 mois en CDI/);
  });

  it("« combien de temps en freelance et en CDI ? »: the same, read as two parts", async () => {
    const a = await ask("combien de temps en freelance et en CDI ?");
    expect(lead(a)).toMatch(/^Environ 5 ans et \d+ mois en freelance/);
  });
});

describe("follow-ups: whom he led, which tools for the thing just asked", () => {
  it("« et il encadrait qui ? » after AAA-Data's team: the 2 juniors", async () => {
    await ask("Parle-moi de son poste chez AAA-Data", "aaa-led");
    await ask("c'était quoi l'équipe ?", "aaa-led");
    const a = await ask("et il encadrait qui ?", "aaa-led");
    expect(lead(a)).toBe("Il a encadré 2 data engineers junior chez AAA-Data (janvier 2020 – mai 2021).");
  });

  it("'whom did he manage?': the people he supervised", async () => {
    const a = await ask("whom did he manage?");
    expect(lead(a)).toMatch(/^He supervised 2 junior data engineers at AAA-Data/);
  });

  it("'which tools?' after 'has he done CI/CD?': the tools for CI/CD, not his skills at large", async () => {
    await ask("has he done CI/CD?", "cicd-tools");
    const a = await ask("which tools?", "cicd-tools");
    expect(lead(a)).toBe(
      "For CI/CD, the profile names: Jenkins (AAA-Data, MAIF). The profile names CI/CD itself at Decathlon.",
    );
  });

  it("« avec quels outils ? » after « il a fait du monitoring ? »: Datadog", async () => {
    await ask("il a fait du monitoring ?", "monitoring-tools");
    const a = await ask("avec quels outils ?", "monitoring-tools");
    expect(lead(a)).toBe("Côté monitoring, le profil cite : Datadog (Decathlon).");
  });
});

describe("words about the bot or its last answer are no profile search", () => {
  it("'are you an AI?': what the bot does, not “artificial intelligence” missing", async () => {
    const a = await ask("are you an AI?");
    expect(lead(a)).toMatch(/^Hello! Ask me anything about the candidate's profile/);
  });

  it("'hey bot, who are you?': the same", async () => {
    const a = await ask("hey bot, who are you?");
    expect(lead(a)).toMatch(/^Hello! Ask me anything/);
  });

  it("'thank you but that doesn't answer my question': sorry, and how to ask", async () => {
    const a = await ask("thank you but that doesn't answer my question");
    expect(lead(a)).toMatch(/^Sorry if that wasn't helpful/);
  });

  it("« je ne comprends pas ta réponse »: the same in French", async () => {
    const a = await ask("je ne comprends pas ta réponse");
    expect(lead(a)).toMatch(/^Désolé si ce n'était pas utile/);
  });
});

describe("titles listed, a kind counted in a team, a title asked as 'is it him?'", () => {
  it("'give me his job titles': every role's title, not only today's", async () => {
    const a = await ask("give me his job titles");
    expect(lead(a)).toMatch(/^5 employers, as the CV lists them: Decathlon \(Senior Data Engineer/);
    expect(lead(a)).toMatch(/MAIF \(Data Engineer/);
  });

  it("'what is his job title?' is still today's", async () => {
    const a = await ask("what is his job title?");
    expect(lead(a)).toMatch(/^Currently: Senior Data Engineer at Decathlon/);
  });

  it("'how many people in his team at Decathlon are data engineers?': 3, not 7", async () => {
    const a = await ask("how many people in his team at Decathlon are data engineers?");
    expect(lead(a)).toBe("Data engineers in the team, as the profile lists them: 3 (Decathlon, since May 2021).");
  });

  it("'who is the tech lead at decathlon, is it him?': his title, not the tech lead", async () => {
    const a = await ask("who is the tech lead at decathlon, is it him?");
    expect(lead(a)).toBe("At Decathlon his title is Senior Data Engineer; the profile doesn't say he was tech lead.");
  });
});

describe("one of the employers just listed, by its place", () => {
  it("'tell me more about the third one' after his employers: AAA-Data", async () => {
    await ask("list his employers", "nth-listed");
    const a = await ask("tell me more about the third one", "nth-listed");
    expect(lead(a)).toBe("At AAA-Data (Data Engineer, January 2020 – May 2021):");
  });

  it("« et la deuxième boîte ? » after « ses employeurs ? »: EPISEN", async () => {
    await ask("ses employeurs ?", "nth-listed-fr");
    const a = await ask("et la deuxième boîte ?", "nth-listed-fr");
    expect(lead(a)).toMatch(/^Chez EPISEN \(Professeur de Big Data/);
  });

  it("'how long at the fourth company?': Pernod Ricard's time", async () => {
    await ask("list his employers", "nth-listed-how-long");
    const a = await ask("how long at the fourth company?", "nth-listed-how-long");
    expect(lead(a)).toBe("At Pernod Ricard from April 2019 to October 2019 — 6 months.");
  });
});

describe("'still' of a role that has ended", () => {
  it("'is he still a data trainer?': not in his current roles — Pernod Ricard, ended", async () => {
    const a = await ask("is he still a data trainer?");
    expect(lead(a)).toBe(
      "Not in his current roles — data trainer: Pernod Ricard, April 2019 - October 2019. " +
        "He teaches now: EPISEN, since November 2022.",
    );
  });

  it("« il est toujours formateur ? »: the same in French", async () => {
    const a = await ask("il est toujours formateur ?");
    expect(lead(a)).toMatch(/^Pas dans ses postes actuels — Formateur : Pernod Ricard/);
  });

  it("« il a toujours été freelance ? » is 'always', not 'still': no", async () => {
    const a = await ask("il a toujours été freelance ?");
    expect(lead(a)).toMatch(/^Non — en freelance : Decathlon/);
  });

  it("'is he still a junior?': how senior he is", async () => {
    const a = await ask("is he still a junior?");
    expect(lead(a)).toMatch(/^Senior Data Engineer at Decathlon/);
  });
});

describe("an employer asked with its article, the office asked", () => {
  it("'did he work for the ANTS?': not among his employers", async () => {
    const a = await ask("did he work for the ANTS?");
    expect(lead(a)).toMatch(/^The profile doesn't list ANTS among his employers/);
  });

  it("'did he work at the MAIF?' is still a yes", async () => {
    const a = await ask("did he work at the MAIF?");
    expect(lead(a)).toMatch(/^Yes — /);
  });

  it("'did he work in the office at MAIF?': only he can say where he worked from", async () => {
    const a = await ask("did he work in the office at MAIF?");
    expect(lead(a)).toMatch(/^The profile doesn't say whether he works remotely or on site/);
  });
});

describe("a title held with its role, a UI designed, the field's time in French", () => {
  it("'has he held a data architect role?': his titles, no yes", async () => {
    const a = await ask("has he held a data architect role?");
    expect(lead(a)).toMatch(/^The profile gives these titles: .*it doesn't say he was/);
  });

  it("« a-t-il eu un rôle de data architect ? »: the same in French", async () => {
    const a = await ask("a-t-il eu un rôle de data architect ?");
    expect(lead(a)).toMatch(/^Le profil donne ces titres : .*il ne dit pas qu/);
  });

  it("'has he held a data engineer role?' is still a yes", async () => {
    const a = await ask("has he held a data engineer role?");
    expect(lead(a)).toMatch(/^Yes — Senior Data Engineer at Decathlon/);
  });

  it("'did he design the user interface for the idcard?': used, not shown built", async () => {
    const a = await ask("did he design the user interface for the idcard?");
    expect(lead(a)).toMatch(/^The profile doesn't say he created it/);
  });

  it("« depuis combien de temps fait-il du data engineering ? »: his years as data engineer, not 1 year", async () => {
    const a = await ask("depuis combien de temps fait-il du data engineering ?");
    expect(lead(a)).toMatch(/^Environ 7 ans et \d+ mois comme data engineer/);
  });
});

describe("'what else on the … side?', « qui l'a construit ? »", () => {
  it("'what else on the security side?': no “else” or “side” to find", async () => {
    const a = await ask("what else on the security side?");
    expect(a.answer).not.toMatch(/“else”|“side”/);
    expect(a.answered).toBe(true);
  });

  it("« qui l'a construit ? » after Data Factory Ingest: the platform, not « construit » missing", async () => {
    await ask("c'est quoi Data Factory Ingest ?", "dfi-built");
    const a = await ask("qui l'a construit ?", "dfi-built");
    expect(a.answer).not.toMatch(/ne mentionne pas « construit »/);
    expect(a.answer).toMatch(/Data Factory Ingest/);
  });
});

describe("'much time' asked as yes or no is how much", () => {
  it("'does he spend much time teaching?': the hours the profile gives, no bare yes", async () => {
    const a = await ask("does he spend much time teaching?");
    expect(lead(a)).toMatch(/^“10 h of lectures/);
  });

  it("'does teaching take a lot of his time? is he full time at decathlon?': hours, then only he can say", async () => {
    const a = await ask("does teaching take a lot of his time? is he full time at decathlon?");
    expect(lead(a)).toMatch(/^“10 h of lectures/);
    expect(a.answer).toMatch(/not how much of his week it takes/);
  });
});

describe("what a cold read of the session's changes found", () => {
  it.each([
    ["Is he still on Snowflake?", /^Not in his current roles — Snowflake: used at AAA-Data/],
    ["Was he the lead who designed the ingestion platform?", /^The profile gives these titles: /],
    ["why just one year of Scala?", /^No — Scala: about 5 years and \d+ months/],
    ["Is he ok with an on-site data role?", /^The profile doesn't say whether he works remotely or on site/],
    ["did he work in the office of the CTO?", /^The profile doesn't mention “CTO”/],
    ["Would you consider him a senior engineer?", /^The profile gives facts, not judgements/],
    ["Was he at the University of Paris?", /^The profile shows something close to “University” at EPISEN/],
    ["Il travaillait toujours avec Jenkins à la MAIF ?", /^Oui — Jenkins : utilisé chez MAIF/],
  ])("'%s' keeps its answer", async (q, said) => {
    expect(lead(await ask(q))).toMatch(said);
  });

  it("'Still on the ML side, has he handled versioning…?' is the topic, not whether it goes on", async () => {
    const a = await ask("Thank you. Still on the ML side, has he handled versioning of trained models?");
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at MAIF/);
  });
});

describe("a teaching title held", () => {
  it("'has he held a lecturer position?': yes, at EPISEN", async () => {
    const a = await ask("has he held a lecturer position?");
    expect(lead(a)).toMatch(/^Yes — Big Data Lecturer at an engineering school, EPISEN/);
  });

  it("« a-t-il occupé un poste de formateur ? »: oui, chez Pernod Ricard", async () => {
    const a = await ask("a-t-il occupé un poste de formateur ?");
    expect(lead(a)).toMatch(/^Oui — Formateur Data chez Pernod Ricard/);
  });
});

describe("a technology asked of his whole career leaves the role before behind", () => {
  it("« combien de temps ? » after Spark, asked after 'and at MAIF?': Spark's time, not MAIF's", async () => {
    for (const q of ["has he done pii encryption?", "and at MAIF?", "il a deja fait du spark ?"])
      await ask(q, "spark-after-maif");
    const a = await ask("combien de temps ?", "spark-after-maif");
    expect(lead(a)).toMatch(/^Spark : environ 7 ans et \d+ mois/);
  });
});

describe("teams of the roles that used a technology", () => {
  it("'what was the team size when he used Jenkins?': AAA-Data's and MAIF's teams only", async () => {
    const a = await ask("what was the team size when he used Jenkins?");
    expect(lead(a)).toBe(
      "Team, as the profile lists it: 5 people at AAA-Data (Automotive), January 2020 - May 2021; 5 people at MAIF, " +
        "January 2019 - January 2020.",
    );
  });

  it("'…Docker and Jenkins, and what was the team size there?': never Decathlon or Pernod", async () => {
    const a = await ask("where did he use Docker and Jenkins, and what was the team size there?");
    expect(lead(a)).not.toMatch(/Decathlon|Pernod/);
    expect(lead(a)).toMatch(/^Docker: yes — AAA-Data/);
  });
});
