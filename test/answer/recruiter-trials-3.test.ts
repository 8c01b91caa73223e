import { describe, expect, it } from "vitest";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What a recruiter trying the chat, a fault-injection audit and a dev set written from the CV alone found
// wrong, twelfth session.

const { ask } = trialChat();

describe("a message typed in capitals", () => {
  it("is read like any other: « EST-CE QUE TU SAIS S'IL A FAIT DU SPARK ? »", async () => {
    const a = await ask("EST-CE QUE TU SAIS S'IL A FAIT DU SPARK ?");
    expect(a.answered).toBe(true);
    expect(lead(a)).toMatch(/^Oui — Spark : utilisé chez Decathlon/);
  });

  it("keeps a few acronyms among ordinary words as they are", async () => {
    const a = await ask("HELLO! HAS HE DONE PII ENCRYPTION?");
    expect(a.answered).toBe(true);
    expect(quoted(a)[0]).toMatch(/column-level encryption/);
    expect(lead(await ask("has he used AWS, GCP and SQL?"))).toMatch(/^AWS: yes .* GCP: not in the profile/);
  });
});

describe("a light verb and a word of two meanings", () => {
  it("answers 'made data jobs faster?' with what sped up, not with a passage holding 'made'", async () => {
    const a = await ask("has he made data jobs faster?");
    expect(a.answered).toBe(true);
    expect(quoted(a).join("\n")).not.toMatch(/Made sales offers easier/);
    expect(quoted(a)[0]).toMatch(/reduction of the ingestion time/i);
  });

  it("does not read 'cheaper' as saving data to a datalake", async () => {
    const a = await ask("did he make our pipelines cheaper?");
    expect(quoted(a).join("\n")).not.toMatch(/Saving to a datalake/);
    expect(quoted(a)[0]).toMatch(/Reduction of costs/);
  });
});

describe("a term of the CV's after another word", () => {
  it("says 'deep learning' is not in the profile, whose 'learning' is always Machine Learning", async () => {
    for (const q of ["has he done deep learning?", "il a fait du deep learning ?"]) {
      const a = await ask(q);
      expect(a.answered).toBe(false);
      expect(lead(a)).toMatch(/deep learning/);
    }
    expect((await ask("any machine learning?")).answered).toBe(true);
    expect(lead(await ask("has he worked with Delta Lake?"))).toMatch(/^Yes — Delta Lake: used at Decathlon/);
  });
});

describe("a long message with one question in it", () => {
  it("reads 'We hold payroll records. Has he ever kept such data locked down…?' as a question", async () => {
    const a = await ask(
      "We hold rather a lot of staff and payroll records. Has he ever designed a way of keeping that sort of " +
        "sensitive employee information locked down when it moves between different cloud environments?",
    );
    expect(a.answer).not.toMatch(/names no requirement/);
    expect(lead(a)).not.toMatch(/permanent contracts|requirement/);
  });

  it("keeps the sentence 'that' points back at: 'SQL Server with SSIS. Any experience of that world?'", async () => {
    const a = await ask(
      "Our legacy reporting runs on Microsoft SQL Server with SSIS packages. Has he any experience of that world?",
    );
    expect(a.answered).toBe(false);
    expect(lead(a)).toMatch(/SQL Server.*SSIS/);
  });

  it("ends a name with its sentence: 'in Looker. Has he used that…'", async () => {
    const a = await ask(
      "Our reporting team lives in Looker. Has he used that, and would he be comfortable scheduling our pipelines " +
        "with Airflow?",
    );
    expect(lead(a)).toMatch(/^Looker: not in the profile · Airflow: yes/);
  });

  it("answers both halves of '…personal details, and whether he holds a GDPR certification?'", async () => {
    const a = await ask(
      "Could you tell me whether he has dealt with protecting customers' personal details, and whether he holds " +
        "any formal data-protection (GDPR) certification?",
    );
    expect(a.answered).toBe(true);
    expect(quoted(a).join("\n")).toMatch(/PII management/);
    expect(a.answer).toMatch(/degrees or certifications/);
  });
});

describe("chat shorthand, slips and lists", () => {
  it("reads « qqun », « cmb » and 'to any great extent'", async () => {
    expect(quoted(await ask("qqun qui sait rapprocher des donnees de sources differentes, il a fait ca ?"))[0]).toMatch(
      /logique floue/,
    );
    expect(lead(await ask("il a cmb d annees d xp en tout ?"))).toMatch(/^Environ 7 ans et \d+ mois d'expérience/);
    expect(lead(await ask("Has he used Airlfow to any great extent?"))).toMatch(/Yes — Airflow: used at Decathlon/);
  });

  it("reads « datadogue » as Datadog, not « catalogue »", async () => {
    const a = await ask("deja utilise datadogue pr le monitoring ?");
    expect(lead(a)).toMatch(/« datadogue » comme « Datadog »/);
    expect(quoted(a)[0]).toMatch(/Datadog pour la centralisation des logs/);
  });

  it("gives each name of a bare list its verdict: 'spark kafka flink ?'", async () => {
    const a = await ask("spark kafka flink ?");
    expect(a.parts?.map((p) => [p.subject, p.verdict])).toEqual([
      ["Spark", "yes"],
      ["Kafka", "yes"],
      ["Flink", "not_in_profile"],
    ]);
    expect(lead(await ask("has he used Microsoft SQL Server?"))).toBe(
      "The profile doesn't mention “Microsoft SQL Server”.",
    );
  });

  it("asks once for one thing written twice, and names a tool no dictionary knows", async () => {
    expect(lead(await ask("kubernetes / k8s"))).toBe("The profile doesn't mention “Kubernetes”.");
    expect(lead(await ask("des xp avec hudi ?"))).toBe("Le profil ne mentionne pas « hudi ».");
  });
});

describe("chatter and questions about something else", () => {
  it("takes « nickel merci », 'cheers mate' and 'perfect, that's all for now' as chatter", async () => {
    for (const q of ["nickel merci", "Merci, c'est parfait", "cheers mate", "perfect, that's all for now"]) {
      const a = await ask(q);
      expect(a.reason).toBe("chatter");
    }
  });

  it("says 'what is the capital of France?' is not about the profile", async () => {
    for (const q of ["what is the capital of France?", "what's the capital of Australia?"])
      expect((await ask(q)).reason).toBe("off_topic");
  });
});

describe("his roles as a whole", () => {
  it("answers 'did he manage anyone?' with the people he supervised", async () => {
    expect(lead(await ask("did he manage anyone?"))).toMatch(
      /^Yes — he supervised 2 junior data engineers at AAA-Data/,
    );
  });

  it("answers 'longest stint?' and 'and shortest?'", async () => {
    expect(lead(await ask("what's his longest stint?", "tenure"))).toMatch(/^Longest: Decathlon/);
    expect(lead(await ask("and shortest?", "tenure"))).toMatch(/^Shortest: Pernod Ricard/);
  });

  it("answers 'which of those were freelance?' after the employers", async () => {
    await ask("list all employers please", "contracts");
    expect(lead(await ask("which of those were freelance?", "contracts"))).toMatch(
      /^Freelance: Decathlon .*EPISEN .*; permanent contracts: AAA-Data/,
    );
  });
});

describe("acronyms, kinds of tool, shorthand and his plans", () => {
  it("says 'REST' is not in the profile, whose French « restaient » shares only its stem", async () => {
    expect(lead(await ask("has he built REST APIs?"))).toBe("The profile doesn't mention “REST APIs”.");
    expect(lead(await ask("does he know REST?"))).toBe("The profile doesn't mention “REST”.");
    expect(lead(await ask("EMR?"))).toMatch(/^Yes — EMR: used at Decathlon/);
  });

  it("answers 'which companies used Airflow?' with the roles", async () => {
    expect(lead(await ask("which companies used airflow?"))).toMatch(/^Airflow: used at Decathlon .*AAA-Data/);
    expect(lead(await ask("which employers used Scala?"))).toMatch(/^Scala: used at Decathlon/);
  });

  it("lists the catalog tools, French word order too: « il a utilisé quel outil de catalogue ? »", async () => {
    expect(lead(await ask("il a utilise quel outil de catalogue ?"))).toBe(
      "Côté catalogue, le profil cite : Unity Catalog (Decathlon) ; Collibra (Decathlon).",
    );
    expect(lead(await ask("which orchestration tools?"))).toMatch(/Airflow \(Decathlon, AAA-Data\)/);
  });

  it("gives the years asked in shorthand: 'hw many yrs xp w/ pyspark?'", async () => {
    expect(lead(await ask("hw many yrs xp w/ pyspark?"))).toMatch(/^PySpark: about 1 year/);
  });

  it("leaves how long he will stay to him: « il va rester combien de temps encore ? »", async () => {
    expect((await ask("il va rester combien de temps encore ?")).reason).toBe("owner_only");
    expect(lead(await ask("how long did he stay at MAIF?"))).toMatch(/^At MAIF from January 2019/);
  });
});

describe("a longer follow-up pointing at the place just named", () => {
  it("asks 'did the model actually go to production there?' of Pernod Ricard", async () => {
    await ask("what did he do at Pernod Ricard?", "pernod");
    const a = await ask("did the model actually go to production there?", "pernod");
    expect(lead(a)).not.toMatch(/MAIF/);
    expect(lead(a)).toMatch(/Pernod Ricard/);
  });
});

describe("'and Python?' after a question about one thing", () => {
  it("asks the same of the new thing, not of both: durations one after the other", async () => {
    const id = "durations";
    await ask("hey, how long has he used Airflow?", id);
    expect(lead(await ask("and Python?", id))).toMatch(/^Python: about \d+ years/);
    expect(lead(await ask("and Snowflake?", id))).toMatch(/^Snowflake: about 1 year and 5 months/);
    expect(lead(await ask("Docker?", id))).toMatch(/^Docker: about 2 years/);
  });
});

describe("who is asking, and what they need, before the question", () => {
  it("greets who is asking: 'I'm Sarah from Talentia', « je suis recruteuse dans une ESN. »", async () => {
    for (const q of [
      "I'm Sarah from Talentia",
      "Bonjour, je suis recruteuse dans une ESN.",
      "recruiter at a consulting firm here",
    ])
      expect((await ask(q)).reason).toBe("chatter");
    expect(lead(await ask("Hi, I'm Tom, a recruiter. Has he used Spark?"))).toMatch(/^Yes — Spark: used at Decathlon/);
  });

  it("answers the question after the need: « je cherche un DE pour une mutuelle, il a déjà… ? »", async () => {
    const a = await ask("je cherche un data engineer pour une mutuelle, il a deja bosse dans l assurance ?");
    expect(lead(a)).toBe("Oui — tel que le CV les décrit : MAIF (mutuelle d'assurance française).");
    expect(lead(await ask("we're looking for a Spark dev, has he used Databricks?"))).toMatch(
      /^Yes — Databricks: used/,
    );
    expect(lead(await ask("hey, we need Scala + pandas + numpy, does he tick those boxes? thx"))).toBe(
      "Meets 3 of 3 requirements.",
    );
  });

  it("reads French typed without apostrophes: « combien d annees d xp », « c est tout, merci bien »", async () => {
    expect(lead(await ask("il a combien d annees d xp en pyspark ?"))).toMatch(/^PySpark : environ 1 an/);
    expect((await ask("c est tout, merci bien")).reason).toBe("chatter");
    expect(lead(await ask("does he know c and java?"))).toBe("The profile doesn't mention “Java”.");
  });

  it("takes goodbyes, thanks and 'are you a bot?' for what they are", async () => {
    for (const q of ["Merci, au revoir", "brilliant, thank you so much for your help", "gr8 thx"])
      expect((await ask(q)).reason).toBe("chatter");
    expect((await ask("Tu es un robot ?")).reason).toBe("off_topic");
    expect((await ask("work permit for Switzerland?")).reason).toBe("owner_only");
  });
});

describe("follow-ups of the second trial", () => {
  it("quotes the team line for « avec quelle équipe ? », « c etait quoi l equipe la bas ? »…", async () => {
    const id = "team-phrasings";
    await ask("qu'a-t-il fait chez AAA-Data ?", id);
    for (const q of ["Avec quelle équipe ?", "c etait quoi l equipe la bas ?", "whos on his team ther"])
      expect(quoted(await ask(q, id))[0]).toMatch(/^\[1\] (Équipe|Team) ?: 1 PO, 1 Tech Lead, 3 Data Engineers/);
  });

  it("gives the stack of the company at hand: 'which stack did they use?', 'what did he use at MAIF?'", async () => {
    await ask("what did he do at MAIF?", "they");
    expect(lead(await ask("which stack did they use?", "they"))).toBe(
      "At MAIF (January 2019 – January 2020): PySpark, Jenkins, Docker, Zeppelin.",
    );
    expect(lead(await ask("and at MAIF what did he use?"))).toMatch(/^At MAIF .*PySpark, Jenkins, Docker, Zeppelin/);
  });

  it("answers 'and what's he doing now?' and « Et ensuite ? » after his first job", async () => {
    expect(lead(await ask("and what's he doing now?"))).toMatch(/Decathlon/);
    await ask("what was his first job?", "next");
    expect(lead(await ask("Et ensuite ?", "next"))).toMatch(/^Juste après MAIF : Data Engineer chez AAA-Data/);
    expect(lead(await ask("and then?", "next"))).toMatch(/^Right after AAA-Data: Senior Data Engineer at Decathlon/);
  });
});

describe("Québec French and questions without their auxiliary (dev set 15)", () => {
  it("reads « il a-tu fait du cloud? AWS pis GCP? » and « il parle-tu anglais ? »", async () => {
    expect(lead(await ask("il a-tu fait du cloud? AWS pis GCP?"))).toMatch(/^AWS : oui — .* · GCP : absent du profil$/);
    expect((await ask("il parle-tu anglais couramment? le client est a Toronto")).reason).toBe("owner_only");
    expect(lead(await ask("il a bosse pour quelles compagnies, au total?"))).toMatch(/^5 employeurs/);
  });

  it("answers 'what he did exactly at Pernod Ricard?' with that role", async () => {
    const a = await ask("what he did exactly at Pernod Ricard?");
    expect(lead(a)).toMatch(/Pernod Ricard/);
    expect(lead(a)).not.toMatch(/MAIF|Decathlon/);
  });
});

describe("a language he would work in", () => {
  it("leaves 'can he teach in English?' to him, not to his teaching at EPISEN", async () => {
    for (const q of ["can he teach in English?", "il peut travailler en anglais ?"])
      expect((await ask(q)).reason).toBe("owner_only");
  });
});

describe("« et sur Snowflake ? » after « et sur AWS ? »", () => {
  it("asks the time of the new one, not of both", async () => {
    const id = "french-durations";
    await ask("combien d annees d xp au total ?", id);
    expect(lead(await ask("Et sur AWS ?", id))).toMatch(/^AWS : environ \d+ ans/);
    expect(lead(await ask("et sur snowflake ?", id))).toMatch(/^Snowflake : environ 1 an et 5 mois/);
  });
});

describe("why he left, asked with the question word last", () => {
  it("leaves « il est parti pourquoi ? » to him", async () => {
    for (const q of ["il est parti pourquoi ?", "il a quitte MAIF pourquoi ?"])
      expect((await ask(q)).reason).toBe("owner_only");
  });
});

describe("the owner's FAQ in a French answer", () => {
  it("quotes the CV's French passages first, the English FAQ after them: « il est freelance ? »", async () => {
    const a = await ask("il est freelance ?");
    expect(quoted(a)[0]).toMatch(/^\[1\] Decathlon - Senior Data Engineer - Freelance/);
    expect(quoted(await ask("is he a freelancer?"))[0]).toMatch(/^\[1\] Yes\. His two current roles are freelance/);
  });
});

describe("clients of a model, not his", () => {
  it("does not list his employers for « il a prédit quels clients seraient chauds ? »", async () => {
    const a = await ask("il a deja predit quels clients seraient chauds pour une offre commerciale ?");
    expect(lead(a)).not.toMatch(/employeurs/);
    expect(lead(await ask("pour quels clients a-t-il travaille ?"))).toMatch(/^5 employeurs/);
  });
});

describe("a question pasted with terminal colours or HTML (fault injection)", () => {
  it("reads 'Has he used \\x1b[31mKafka\\x1b[0m?' and '<b>Spark</b>?' as the words they show", async () => {
    expect(lead(await ask("Has he used \u001b[31mKafka\u001b[0m?"))).toBe(
      "Kafka: taught at EPISEN (since November 2022); the profile doesn't show it used in a role.",
    );
    expect(lead(await ask("<script>alert(1)</script> & <b>Spark</b>?"))).toMatch(/^Yes — Spark: used at Decathlon/);
  });
});
