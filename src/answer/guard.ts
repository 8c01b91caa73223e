import { foldText } from "../text/normalize.js";

/** Instructions or tasks hidden in a question: the bot is not a general assistant. */
const OFF_TOPIC = [
  /\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|prompts?|rules?|above|previous|everything)\b/,
  /\b(system|hidden|initial) (prompt|instructions?|message)\b/,
  /\b(reveal|show|print|repeat|leak)\b.{0,30}\b(prompt|instructions?|rules?)\b/,
  /\byou are (now|no longer)\b|\bpretend (to be|you)\b|\bjailbreak|\bdeveloper mode\b|\broleplay\b/,
  // ("act as a pirate", "I want you to act as…"; not "did he act as a mentor?", a question about him.)
  /(?<!\b(he|she|ever|also|already|once|il|elle) )\bact as\b/,
  new RegExp(
    String.raw`(^|\b(can|could|would|will) you (please )?|\bplease )(write|compose|generate|tell)( me)? ` +
      // "a short poem", "a funny little story": a word or two may describe it ("the story of his career", "tell
      // me what function he had" ask).
      String.raw`(a |an |some )?((?!(?:the|his|about|more|what|which|how|who|where|when|why|if) )[\p{L}-]+ ){0,2}` +
      String.raw`(poem|song|story|essay|joke|haiku|limerick|code|script|cover letter|function|program|query|` +
      String.raw`class|regex|algorithm|email|message|summary of (?:the|this) (?:article|text))\b`,
    "u",
  ),
  /\b(ignore|oublie|oubliez)\b.{0,40}\b(instructions?|consignes?|regles|precedent\w*|tout)\b/,
  /\btu es (maintenant|desormais)\b|\bfais semblant\b|\bjoue le role\b/,
  new RegExp(
    String.raw`(^|\b(peux|pouvez|pourrais|pourriez)[- ](tu|vous) |\b(tu|vous) (peux|pouvez|pourrais|pourriez) )` +
      String.raw`(m'|me |nous )?` +
      String.raw`(ecris|ecrivez|ecrire|redige|redigez|rediger|compose)[- ]?(moi)? ` +
      String.raw`(un |une |des )?((?!l'|la |le |sa |son |ses )[\p{L}-]+ ){0,2}` +
      String.raw`(poeme|chanson|histoire|blague|haiku|code|script|lettre|fonction|programme|requete|` +
      String.raw`classe|regex|algorithme|mail|message)\b`,
    "u",
  ),
  /\b(montre|affiche|revele|repete)\b.{0,30}\b(prompt|instructions?|consignes?)\b/,
  // « raconte-moi une blague », "tell me a joke" said first.
  /^(raconte|racontez|dis|dites)[- ](moi|nous) (une |un )?(blague|histoire drole|poeme|devinette)\b/,
  // Small talk about the world: the weather, the time, the news.
  /^(what'?s|what is|how'?s|how is) the (weather|time|news)( (like )?(in|at|today|tomorrow|now)\b.*)?\s*\??$/,
  /\bwhat time is it\b/,
  // "who won the world cup in 2018?", « qui a gagné la coupe du monde ? »: the world's news, not his career.
  new RegExp(
    String.raw`^(who|which (team|country)|qui|quelle (equipe|nation)) (won|wins|a gagne|a remporte)\b` +
      String.raw`(?!.*\b(he|his|him|she|her|il|elle|lui|son|sa|ses|at|chez)\b)`,
  ),
  // "are you a bot?", « tu es un robot ? »: about the bot, not the candidate.
  new RegExp(
    String.raw`^(are you|r u|tu es|t'es|es-tu|etes-vous|vous etes) (a |an |un |une )?(bot|robot|ai|ia|human|` +
      String.raw`humain|real person|chatgpt|gpt|llm|claude|gemini|copilot)\b`,
  ),
  /^quel temps (fait|fera)[- ]il\b|^(c'?est )?quoi la meteo\b|^quelle (est la )?meteo\b|\bquelle heure est[- ]il\b/,
  // « tu peux me donner la météo à Paris ? », "what's the weather like in Lyon?" ("weather data" is a skill).
  /^(?!.*\b(data|donnees|pipelines?|datasets?)\b).*\b(la meteo|the weather|weather forecast|previsions? meteo)\b/,
];

/** "forget my previous question", « oubliez ma question précédente »: the asker's own question, set aside. */
const OWN_QUESTION_DROPPED = new RegExp(
  // (A question only, the asker's own: not "ignore the above message", whose words are an attack's.)
  String.raw`\b(ignore|disregard|forget|scratch|oublie|oubliez|ignorez)( about)? (my|ma|mon)` +
    String.raw`( previous| last| earlier| first| derniere| premiere)? (question|query|demande)` +
    String.raw`( precedente| d'avant)?\b`,
  "g",
);

/** True when the question asks the bot to do something other than answer about the profile. */
export function isOffTopicRequest(question: string): boolean {
  // ("Forget my previous question. Has he used Databricks?": the asker's own question set aside, not the bot's rules.)
  const text = foldText(question).replace(OWN_QUESTION_DROPPED, " ");
  return OFF_TOPIC.some((re) => re.test(text));
}

/** A sentence's opening words that ask nothing: "hi,", "ok so", « bonjour, », "also". */
const OPENING =
  String.raw`^(?:(?:hi|hello|hey|ok|okay|so|and|also|then|now|` +
  String.raw`bonjour|salut|bjr|et|aussi|sinon|enfin)[ ,!:]+)*`;
/** "can you", "could you also", "please", "I need you to", « peux-tu », « pourriez-vous aussi »: asking the bot. */
const ASKING_BOT =
  String.raw`(?:(?:can|could|would|will) you (?:please |also |maybe )*|please |pls |` +
  String.raw`i (?:need|want|would like) you to |` +
  String.raw`help me (?:to )?|(?:peux|pouvez|pourrais|pourriez)[- ](?:tu|vous) (?:aussi |egalement |svp )*|` +
  String.raw`(?:tu|vous) (?:peux|pouvez|pourrais|pourriez) (?:aussi |egalement )*|merci de |stp |svp )*`;
/**
 * A task for the bot rather than a question about him, as a sentence of its own: "can you write a job description
 * for a data engineer?", "draft an email to my client presenting him", "translate his CV into German", "help me with
 * my Python code", « rédige une annonce de poste », « peux-tu aussi m'écrire un mail de relance ? ».
 */
const TASK_SENTENCE = [
  new RegExp(
    OPENING +
      ASKING_BOT +
      String.raw`(?:write|draft|compose|prepare|generate|create|produce)(?: me| us| up)? (?:a |an |the |some |my )?` +
      // (Not "write me his email address": his own, asked. Nor "a pitch of the profile": its summary.)
      String.raw`(?:(?!(?:his|her|their) )[\p{L}-]+ ){0,3}(?:job (?:description|ad|advert|posting|offer|spec)|jd|` +
      String.raw`(?:e-?mail|mail|message)(?! address)|(?:cover )?letter|linkedin (?:post|message)|outreach|joke|poem|` +
      String.raw`story)s?\b`,
    "u",
  ),
  new RegExp(
    OPENING +
      ASKING_BOT +
      String.raw`(?:m'|me |nous )?(?:ecris|ecrivez|ecrire|redige|redigez|rediger|prepare|preparez|preparer|` +
      String.raw`compose|composez|genere|generez|generer|fais|faites|faire)(?:[- ]moi)? (?:un |une |des |l'|la |le )?` +
      // (Not « écris-moi son adresse mail »: his, asked.)
      String.raw`(?:(?!(?:son|sa|ses|leur) )[\p{L}-]+ ){0,2}(?:annonce|offre|fiche de poste|description de poste|` +
      String.raw`e-?mail|mail|message|lettre|courrier|relance|post linkedin|blague|poeme)s?\b`,
    "u",
  ),
  // (Not "can you translate that to French?": the answer again, in a language it speaks.)
  new RegExp(
    OPENING +
      ASKING_BOT +
      String.raw`(?:translate|traduis|traduisez|traduire)\b(?! (?:that|it|this|the answer|your answer|ca|cela|la ` +
      String.raw`reponse|ta reponse|votre reponse)\s+(?:to|into|in|en)\s+(?:french|english|francais|anglais)\b)`,
    "u",
  ),
  new RegExp(
    OPENING +
      ASKING_BOT +
      String.raw`(?:(?:help|aide|aidez)(?:[- ]moi)? (?:me )?(?:with|avec|on|sur) |fix |debug |corrige |corriger |` +
      // (Not "help me with this Python question: has he used pandas?": a question about him.)
      String.raw`debugge )(?:my|our|this|mon|notre|ce) (?:(?:python|sql|scala|java) )?` +
      String.raw`(?:code|script|query|bug|requete|programme)\b`,
    "u",
  ),
  new RegExp(OPENING + String.raw`(?:tell|give) (?:me|us) (?:a |an )?(?:joke|poem|story|riddle)\b`, "u"),
];

/**
 * A message's sentences that ask the bot for a task ("…Can you also write me an email for him?"), and the rest,
 * what it asks about the profile ("" when nothing is left).
 */
export function tasksAsked(question: string): { tasks: string[]; rest: string } {
  // (« rédige-moi un mail de relance, et dis-moi s'il connaît Kafka »: a question joined after the task.)
  const sentences = question
    .split(/(?<=[.!?])\s+|\n+|,?\s+(?:et|and)\s+(?=(?:dis[- ]moi|tell me|let me know|confirme[rz]?|confirm)\b)/iu)
    .filter((s) => s.trim() !== "");
  const task = (s: string) => TASK_SENTENCE.some((re) => re.test(foldText(s).trim()));
  const tasks = sentences.filter(task);
  return {
    tasks,
    rest:
      tasks.length === 0
        ? question
        : sentences
            .filter((s) => !task(s))
            .join(" ")
            .trim(),
  };
}

// Names are capitalised words, accented letters included ("Société Générale").
const NAME = String.raw`(?:\p{Lu}[\p{L}\p{N}&.'-]*)(?:\s+\p{Lu}[\p{L}\p{N}&.'-]*)*`;
const EMPLOYER_EN = new RegExp(
  // "he was at Amazon, right?", "his stint at Google", "his time at IBM".
  String.raw`\b(?:(?:[Ww]ork(?:ed|s|ing)?|[Ee]mployed|[Ii]nterned|[Bb]een)\s+(?:at|for)|` +
    // "Has he ever been employed by Airbus?", "was he hired by Thales?"
    String.raw`(?:[Ee]mployed|[Hh]ired|[Rr]ecruited)\s+by|` +
    // "a permanent contract at Airbus?", "did he ever freelance for Airbus?", "a CDI at Google?"
    // (A contract of work, after its article or kind: not "an ingestion contract for Unity Catalog".)
    String.raw`(?<=\b(?:a|an|the|any|permanent|fixed-term|employment|work|freelance|temp|full-time|part-time)\s)` +
    String.raw`[Cc]ontract(?:or)?\s+(?:at|for|with)|` +
    // ("an employee of the ANTS?": of, after the word for its staff.)
    String.raw`(?:[Ff]reelanc(?:e|ed|er|ing)|[Ee]mployee|CDI|[Ii]ntern)\s+(?:at|for)|[Ee]mployee\s+of|` +
    // ("did he work for the ANTS?", « pour l'ANTS ? »: an acronym after its article, not "the University of Paris".)
    String.raw`(?:(?:[Hh]e|[Ss]he) was|[Ww]as (?:he|she)|[Ss]tint)\s+at)\s+(?:the\s+(?=[A-Z]{2,}\b))?(${NAME})`,
  "u",
);
const EMPLOYER_FR = new RegExp(
  String.raw`(?<!\p{L})(?:(?:travaill\S*|employé|passé|été|boss\S*)\s+(?:chez|pour)|(?:était|etait)\s+chez|` +
    // « a-t-il été employé par Airbus ? », « embauché par Thales »
    String.raw`(?:employ[ée]|embauch[ée]|recrut[ée])\s+par)` +
    String.raw`\s+(?:(?:la\s+|le\s+|l')(?=[A-Z]{2,}\b))?(${NAME})|` +
    // « salarié chez Airbus », « en CDI chez Thales », « ancien salarié de la Société Générale »
    // (Not « un CDI de Data Engineer »: a title, after « de »; « salarié de Google » is the company.)
    // (Not « a-t-il employé de la Scala ? »: used.)
    String.raw`(?<!\p{L})(?:salari[ée]e?\s+(?:chez|pour|de)|employ[ée]e?\s+(?:chez|pour)|` +
    String.raw`(?<=\b(?:un|une|est|était|etait|été|ete)\s)employ[ée]e?\s+de|` +
    String.raw`(?:CDI|CDD|freelance|stagiaire|intérimaire|interimaire)\s+(?:chez|pour|de la|de l'|du))` +
    String.raw`\s+(?:la\s+|le\s+|l')?(${NAME})`,
  "u",
);

/** A title written with capitals, which no company is named: "Data Engineer", "Tech Lead". */
const TITLE_NAME =
  /\b(?:engineer|developer|scientist|analyst|lead|manager|trainer|lecturer|architect|consultant|owner)s?$/i;

/** "Was he a Google employee?", "an ex-Amazon intern?": the company said before the word for its staff. */
const EMPLOYEE_OF = new RegExp(
  String.raw`\b(?:an?|the|ex|former)[\s-]+(?:ex-|former\s+)?(${NAME})\s+(?:employee|staffer|intern)\b`,
  "u",
);

const EMPLOYER_LOWER = new RegExp(
  String.raw`(?<!\p{L})(?:(?:work(?:ed|s|ing)?|employed|interned|travaill\S*|boss\S*|hired|employ[ée])\s+` +
    String.raw`(?:at|for|chez|by|par)|` +
    // ("a contract with amazon?", « salarie chez bnp ? »)
    String.raw`(?<=\b(?:a|an|the|any|permanent|fixed-term|employment|work|freelance|temp)\s)contract(?:or)?\s+` +
    String.raw`(?:at|for|with)|(?:freelanc(?:e|ed|er|ing)|employee|cdi|salari[ée]e?)\s+(?:at|for|chez))\s+` +
    String.raw`([\p{L}][\p{L}\p{N}&'-]+)(?=\s*(?:[?.!,]|$)|\s+(?:in|before|after|as|or|en|avant|apres|comme|ou)\b)`,
  "u",
);

/** "What did he do at Google?", « qu'a-t-il fait chez Google ? »: a place he may have worked at, or a tool. */
const DONE_AT = new RegExp(
  // Case kept: only capitalised words go on the name ("at Google Cloud", not "at google exactly").
  String.raw`\b(?:[Ww]hat (?:did|does|has) (?:he|she) (?:do|done)|` +
    String.raw`(?:[Qq]u'a|[Qq]u'est-ce qu'il a)[- ]?(?:t[- ]il )?fait|` +
    String.raw`(?:[Ii]l|[Ee]lle) a fait quoi)\s+(?:at|chez)\s+` +
    String.raw`([\p{L}][\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*)*)\s*[?.!]*$`,
  "u",
);

/** The place a "what did he do at X?" names, for the caller to tell a company from a tool ("at EMR"). */
export function doneAt(question: string): string | null {
  return DONE_AT.exec(question.trim())?.[1] ?? null;
}

/**
 * The company a question asks the candidate worked for ("Has he worked at Google?"), if any.
 * Only the CV's role headings answer that: a word met elsewhere ("Google Places API") does not.
 */
export function askedEmployer(question: string, isName: (word: string) => boolean = () => false): string | null {
  const m = EMPLOYER_EN.exec(question) ?? EMPLOYER_FR.exec(question) ?? EMPLOYEE_OF.exec(question);
  // "Confirm he worked at Google.": the sentence's full stop is not the name's ("Inc." keeps its own).
  const name = (m?.[1] ?? m?.[2])?.replace(/(?<!\b(?:Inc|Ltd|Co|Corp|S\.A|Cie))\.$/, "");
  // (A title, not a company: "a Data Engineer intern", « un CDI de Data Engineer ».)
  if (name) return TITLE_NAME.test(name) ? null : name;
  // Typed in lower case, "did he work at amazon?": one word that is a name rather than an everyday word.
  const lower = EMPLOYER_LOWER.exec(question)?.[1];
  return lower && isName(lower) ? lower[0]!.toUpperCase() + lower.slice(1) : null;
}
