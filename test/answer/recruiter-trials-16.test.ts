import { describe, expect, it } from "vitest";
import { cleanMessage } from "../../src/query/clean-message.js";
import { lead, quoted, trialChat } from "../helpers/trial-chat.js";

// What a recruiter trial (257 messages) and dev set 30 (written from the CV alone) found wrong, twenty-fifth
// session.

const { ask } = trialChat();

describe("never a 'yes' the CV doesn't hold", () => {
  it("'he was at Amazon, right?' asks for an employer, not for AWS", async () => {
    for (const q of ["he was at Amazon, right?", "his stint at Google — how long?"])
      expect(lead(await ask(q)), q).toMatch(/^The profile doesn't list (Amazon|Google) among his employers/);
    expect(lead(await ask("il etait chez Capgemini avant ?"))).toMatch(/^Le profil ne cite pas Capgemini/);
    // (His own employers are still his.)
    expect(lead(await ask("when was he at Decathlon?"))).toMatch(/^At Decathlon since May 2021/);
  });

  it("a figure asked per hour is not the CV's per day", async () => {
    const a = await ask("did they process 400 TB per hour?");
    expect(a.answered).toBe(false);
    expect(lead(a)).toBe("The profile gives 400 TB daily at Decathlon, since May 2021, not 400 TB per hour.");
  });

  it("'deployed ML models to production?' is answered by his work, not a training mission's project", async () => {
    const a = await ask("Has he deployed ML models to production?");
    expect(lead(a)).toMatch(/^Yes — the profile mentions it at MAIF/);
    expect(a.answer).not.toMatch(/Pernod/);
  });

  it("'line manager' or 'direct reports': supervision is what the CV shows, said so", async () => {
    const count = await ask("how many direct reports did he have?");
    expect(count.answered).toBe(false);
    expect(lead(count)).toBe(
      "The profile doesn't say he was anyone's line manager. He supervised 2 junior data engineers at AAA-Data " +
        "(January 2020 – May 2021).",
    );
    expect(lead(await ask("people management with reports?"))).toMatch(/doesn't say he was anyone's line manager/);
    expect(lead(await ask("combien de personnes sous sa responsabilite hierarchique ?"))).toMatch(
      /^Le profil ne dit pas qu'il a été manager hiérarchique\. Il a encadré 2 data engineers junior/,
    );
  });
});

describe("what a question asks, read as the CV tells it", () => {
  it("'did he migrate off EMR?' is answered by the decommissioning, not by a strategy or a POC", async () => {
    for (const q of ["Did he migrate Decathlon off EMR?", "has he moved away from EMR?"]) {
      const a = await ask(q);
      expect(lead(a), q).toBe("Yes — the profile mentions it at Decathlon, since May 2021.");
      expect(quoted(a), q).toEqual(["[1] Decommissioning of EMR in favour of Databricks"]);
    }
    // Replacing Glue is only planned: a strategy, said so.
    expect(lead(await ask("has he replaced Glue?"))).toMatch(/^Partly — the profile shows a strategy or a proof/);
  });

  it("an employer described and nothing else asked is that employer: « travaillé chez un assureur ? »", async () => {
    const fr = await ask("Est-ce qu'il a déjà travaillé chez un assureur ? Mon client est une compagnie d'assurances.");
    expect(lead(fr)).toBe(
      "Je lis « assureur » comme « MAIF ». Oui — le profil le mentionne chez MAIF, janvier 2019 - janvier 2020.",
    );
    const en = await ask("has he worked for the insurer?");
    expect(lead(en)).toMatch(/^Reading “insurer” as “MAIF”\. Yes — the profile mentions it at MAIF/);
  });

  it("what the asker says of their own side after the question asks nothing", () => {
    expect(cleanMessage("Has he used Kafka? Our team relies on it heavily.").text).toBe("Has he used Kafka?");
    expect(cleanMessage("Il connait Kafka ? Mon client l'utilise partout.").text).toBe("Il connait Kafka ?");
  });

  it("what he brought, « ce qu'il a apporté », asks for his results there", async () => {
    const a = await ask("Concrètement, qu'est-ce qu'il a apporté chez AAA-Data ?");
    expect(lead(a)).toMatch(/^Les résultats chiffrés du profil/);
    expect(quoted(a).join(" ")).toMatch(/13h à 6 minutes/);
  });

  it("a technology named in two words is one name: 'mongo db', 'terra form'", async () => {
    expect(lead(await ask("mongo db?"))).toBe("The profile doesn't mention “mongo db”.");
    const three = await ask("client needs docker jenkins and terra form can you check he has all three");
    expect(three.answer).toMatch(/terra form: not in the profile/);
    // (Words that ask nothing alone are no name, whatever brand bears them: "sum up", "test in".)
    expect(lead(await ask("could you sum up his profile in three lines?"))).toMatch(
      /^Senior Data Engineer at Decathlon/,
    );
  });

  it("what the profile lacks is named as asked together: 'fraud detection', « moteur de recommandation »", async () => {
    expect(lead(await ask("has he done fraud detection?"))).toBe("The profile doesn't mention “fraud detection”.");
    expect(lead(await ask("did he work on computer vision?"))).toBe("The profile doesn't mention “computer vision”.");
    expect(lead(await ask("a-t-il construit un moteur de recommandation ?"))).toBe(
      "Le profil ne mentionne pas « moteur de recommandation ».",
    );
    expect(lead(await ask("et iceberg ou hudi ?"))).toBe("Le profil ne mentionne pas « iceberg » ni « hudi ».");
  });

  it("a hyphenated word is named whole: 'event-driven', not “event” and “driven”", async () => {
    const a = await ask("does he know event-driven design?");
    expect(lead(a)).toMatch(/mentions “event-driven” at EPISEN/);
  });
});

describe("how people write", () => {
  it("'hmm', « euh » ask nothing and carry nothing over", async () => {
    for (const q of ["hmm", "euh", "hmmm ok"]) expect(cleanMessage(q).chatter, q).toBe("ack");
    expect(cleanMessage("Hmm, has he used Spark?").text).toBe("has he used Spark?");
    expect(cleanMessage("ahead of schedule?").text).toBe("ahead of schedule?");
  });

  it("who is asking, dictated with no stop, up to the question's opening", () => {
    expect(cleanMessage("hi it's mark from the agency quick one has he written tests for the pipelines").text).toBe(
      "has he written tests for the pipelines",
    );
    expect(cleanMessage("c'est julie de chez hays est-ce qu'il connait kafka").text).toBe("est-ce qu'il connait kafka");
    // (Where the asker works, pointed back to, is asked about.)
    expect(cleanMessage("I'm Sarah from Decathlon has he worked with us").text).toMatch(/Decathlon/);
  });

  it("'quick sanity check before …:' announces the check; 'what exactly' asks what", async () => {
    const a = await ask(
      "<!here> quick sanity check before I forward his profile: Datadog, Prometheus, Grafana, which of those has he " +
        "used?",
    );
    expect(a.answer).toMatch(/^Datadog: yes — used at Decathlon/);
    expect(a.answer).not.toMatch(/Sanity/i);
    expect(cleanMessage("What exactly did he teach at EPISEN?").text).toBe("What did he teach at EPISEN?");
    expect(cleanMessage("il enseigne quoi exactement ?").text).toBe("il enseigne quoi ?");
  });

  it("« cb de pers », « il donne des cours sur quoi ? »: chat French read", async () => {
    expect(lead(await ask("il bosse avec cb de pers sur son projet decathlon stp ?"))).toMatch(
      /^Équipe, telle que le profil la décrit : 7 personnes chez Decathlon/,
    );
    expect(lead(await ask("il donne des cours ou ? sur quoi ?"))).toMatch(
      /^Chez EPISEN \(depuis novembre 2022\), enseigné/,
    );
  });

  it("'give me his full timeline', 'lay out his positions': his roles, not the FULL ingestion mode", async () => {
    // (A timeline is in time order, oldest first.)
    expect(lead(await ask("Give me his full timeline please"))).toMatch(/^5 employers, oldest first/);
    expect(lead(await ask("can you lay out his positions in order?"))).toMatch(/^5 employers, as the CV lists them/);
  });
});

describe("follow-ups on the roles just listed or talked about", () => {
  it("'which one is the most recent?' after his employers, then 'and before that?'", async () => {
    const id = "most-recent";
    await ask("Which companies has he worked for?", id);
    expect(lead(await ask("Which one is the most recent?", id))).toMatch(
      /^Currently: Senior Data Engineer at Decathlon/,
    );
    expect(lead(await ask("and before that?", id))).toMatch(/^Just before Decathlon: Data Engineer at AAA-Data/);
    await ask("Quelles entreprises ?", "oldest");
    expect(lead(await ask("laquelle est la plus ancienne ?", "oldest"))).toMatch(/MAIF/);
  });

  it("'what was the result of that migration?' after AAA-Data: that role's results", async () => {
    const id = "that-migration";
    await ask("What did he do at AAA-Data?", id);
    const a = await ask("what was the result of that migration?", id);
    expect(quoted(a)).toEqual([
      "[1] Drastic reduction of the ingestion time of the ministry's data from 13 h to 6 minutes.",
    ]);
    expect(quoted(await ask("how did he achieve it?", id)).join(" ")).not.toMatch(/160 teams|20 branches/);
  });
});

describe("a second trial: claims of what a company is, and questions run on", () => {
  it("'Was MAIF a bank?' is no 'yes': the CV says what each company is", async () => {
    expect(lead(await ask("Was MAIF a bank?"))).toBe(
      "Not as the CV describes it: MAIF is a French mutual insurance company, not “bank”.",
    );
    expect(lead(await ask("la MAIF c'est une banque ?"))).toMatch(/^Pas selon le CV : il décrit MAIF comme mutuelle/);
    expect(lead(await ask("Was Pernod Ricard a car maker?"))).toMatch(/wines and spirits, not “car maker”/);
    expect(lead(await ask("was MAIF an insurer?"))).toMatch(/^Yes — as the CV describes them: MAIF/);
    // (A contract asked of a company is still its contract.)
    expect(lead(await ask("was MAIF a permanent job?"))).toMatch(/Permanent contract/);
  });

  it("'Where's he based?' is where he is, not a project 'based on' a use case", async () => {
    const a = await ask("Where's he based?");
    expect(a.reason).toBe("owner_only");
    expect(a.answer).not.toMatch(/Pernod/);
  });

  it("'ok and was that freelance?' runs on from the role at hand", async () => {
    const id = "runs-on";
    await ask("What did he do at AAA-Data?", id);
    expect(lead(await ask("ok and was that a permanent job or freelance?", id))).toMatch(/^At AAA-Data .*Permanent/);
  });

  it("« combien de données ils traitent ? » asks the volume, « traitent » read as « traitant »", async () => {
    const a = await ask("combien de données traite la plateforme de Decathlon ?");
    expect(lead(a)).toMatch(/^« traitant 400 To quotidiens/);
  });

  it("'and the smallest?' after the largest team: the same question at the other end", async () => {
    const id = "smallest";
    expect(lead(await ask("How big was his largest team?", id))).toMatch(
      /^Teams, largest first, .*: 7 people at Decathlon/,
    );
    expect(lead(await ask("and the smallest?", id))).toMatch(/^Teams, smallest first, .*: 2 people at Pernod Ricard/);
    await ask("quelle est sa mission la plus longue ?", "shortest");
    expect(lead(await ask("et la plus courte ?", "shortest"))).toMatch(/^Le plus court : Pernod Ricard/);
  });

  it("'what did the company do?', « c quoi decathlon déjà ? »: what the CV, or the owner, says it is", async () => {
    const id = "company";
    await ask("What did he do at MAIF?", id);
    expect(lead(await ask("elle fait quoi cette boite ?", id))).toBe(
      "Le CV décrit MAIF comme mutuelle d'assurance française.",
    );
    expect(lead(await ask("what's AAA-Data?"))).toBe(
      "The CV describes AAA-Data as the French leader in automotive data.",
    );
    expect(lead(await ask("c quoi decathlon deja ?"))).toMatch(
      /^Une note ajoutée au profil \(hors CV\) décrit Decathlon/,
    );
    // (His role there is still his role.)
    expect(lead(await ask("what was his role at MAIF?"))).toMatch(/^At MAIF \(Data Engineer/);
  });

  it("'and what were the results?' after a role: that role's, the 'and' a word that runs on", async () => {
    const id = "and-results";
    await ask("What did he do at MAIF?", id);
    expect(quoted(await ask("and what were the results?", id)).join(" ")).not.toMatch(/160 teams/);
  });
});

describe("what a cold reading of the change found", () => {
  it("'was X a Y?' is a company's kind only when Y names one; 'time for Kafka' is no employer", async () => {
    expect(lead(await ask("Was AAA-Data a market leader?"))).not.toMatch(/^Not as the CV describes it/);
    expect(lead(await ask("Was Pernod Ricard a short stint?"))).toMatch(/6 months/);
    expect(lead(await ask("is Decathlon a bank?"))).toBe(
      "The CV doesn't say what kind of company Decathlon is. A note added to the profile (not the CV) describes " +
        "Decathlon as a " +
        "sporting goods retailer.",
    );
    expect(lead(await ask("Did he have time for Kafka at Decathlon?"))).not.toMatch(/among his employers/);
    expect(lead(await ask("Has he worked at a large scale?"))).toMatch(/^Yes/);
  });

  it("'which one came first?' picks among roles only after roles were listed", async () => {
    const id = "which-first";
    await ask("Has he used Snowflake and Databricks?", id);
    expect(lead(await ask("which one came first?", id))).not.toMatch(/MAIF/);
  });

  it("'moved away from X' gets no 'yes' unless a passage shows X left; 'from X to Y' is a move", async () => {
    expect(lead(await ask("Did he move away from Snowflake?"))).toMatch(/^The profile doesn't say it was left behind/);
    expect(lead(await ask("Did he migrate off the Lakehouse?"))).not.toMatch(/^Yes/);
    expect(lead(await ask("did he migrate from on-premise to Snowflake?"))).toMatch(/^Yes — .*AAA-Data/);
  });

  it("a production question keeps the passage only a training holds: the bars model", async () => {
    const a = await ask("Did he deploy a classification model for bars to production?");
    expect(a.answer).toMatch(/bars/);
  });

  it("« combien de data scientists », 'any reports', « c'est la mission de Decathlon… », 'umm'", async () => {
    expect(lead(await ask("Combien de datascientists à la MAIF ?"))).toMatch(/15 data scientists/);
    expect(lead(await ask("Has he written any reports?"))).not.toMatch(/line manager/);
    expect(lead(await ask("c'est la mission de Decathlon où il a fait du Spark ?"))).toMatch(/Decathlon/);
    expect(cleanMessage("umm and Kafka?").text).toBe("and Kafka?");
    expect(cleanMessage("List all the roles in his teams").text).toBe("List all the roles in his teams");
  });
});
