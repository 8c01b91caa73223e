import { foldText } from "../text/normalize.js";

/** A heading over a job's optional lines: "Nice to have:", "Bonus:", « Souhaité : », « Un plus : ». */
export const NICE_HEADING = new RegExp(
  // ("Nice: Kafka, dbt", « Plus : formation »: the heading cut short.)
  String.raw`^\W*(nice[- ]to[- ]haves?|nice(?=\s*:)|plus(?=\s*:)|bonus|pluses|a plus|optional|preferred|desirable|` +
    String.raw`good to have|souhaite\w*|apprecie\w*|un plus|les plus|atouts?)\b`,
);

/** "FCA experience is a plus", « Looker serait un plus »: a line that says itself it is optional. */
export const NICE_INLINE =
  /\b(a plus|a bonus|nice to have|un plus|un atout|appreciee?s?|souhaitee?s?|bienvenue?s?|preferred|appreciated)\W*$/;

/** A nice-to-have heading alone on its line, with no colon: "Nice to have", « Un plus ». */
const NICE_ALONE = new RegExp(`${NICE_HEADING.source}\\W*$`);

/** A job ad's section about the company or its perks, heading alone on its line: "About us", « Avantages ». */
const ASIDE_SECTION = new RegExp(
  String.raw`^\W*(about (us|the company|the client|the team)|a propos( de nous| de l'entreprise| du client)?|` +
    String.raw`qui sommes[- ]nous|(the |our )?company|l'entreprise|notre client|our client|(nos |les )?avantages|` +
    String.raw`benefits|perks|what we offer|ce que nous (offrons|proposons)|nous (offrons|proposons)|why join us|` +
    String.raw`pourquoi nous rejoindre|(le )?process(us)? de recrutement|(recruitment|hiring|interview) process)\W*$`,
);
/** A line of the ad's own business: "Please send CVs before Friday", "We are an equal opportunity employer". */
const ASIDE_LINE = new RegExp(
  String.raw`^\W*(please (send|apply|submit)|(send|envoyez|envoie) (your |votre |ton )?(cv|resume|candidature)|` +
    String.raw`postulez|to apply\b|we are an equal|equal opportunit|nous sommes (une?|le|la)\b|we are (an?|the)\b)`,
);
/** Any other section heading alone on its line: « Vos missions », "Requirements", « Profil recherché ». */
const JOB_SECTION = new RegExp(
  String.raw`^\W*(vos |tes |your |the |le |la |les )?(missions?|responsabilites|responsibilities|role|poste|` +
    String.raw`profil( recherche)?|profile|requirements|exigences|competences( requises)?|skills|qualifications|` +
    String.raw`stack( technique)?|tech stack|environnement technique|must[- ]haves?|what you('ll| will) do|` +
    String.raw`who you are|ce que (tu feras|vous ferez)|(what|who) we('re| are) looking for|ideal candidate|` +
    String.raw`(le )?(profil|candidat) ideal|ce que nous recherchons|nous recherchons|on recherche)\W*$`,
);

/**
 * A heading line and what it opens: "Nice to have:" (or alone, "Nice to have"), the company's blurb or perks
 * ("About us", « Avantages »: "aside", no requirement under it), or any other heading alone ("Requirements") or
 * ending in a colon ("Must have:", « Missions : »), which closes a nice-to-have section; null for a line of the list.
 * ("We are a fintech startup…", "Please send CVs…": "asideLine", that line alone of the ad's own business.)
 */
export function sectionHeading(line: string): "wished" | "aside" | "asideLine" | "other" | null {
  const folded = foldText(line).trim();
  if (NICE_ALONE.test(folded)) return "wished";
  if (ASIDE_SECTION.test(folded)) return "aside";
  // ("We are a fintech startup looking for a Lead Data Engineer with 8+ years…": the job itself, read.)
  if (ASIDE_LINE.test(folded) && !/\b(looking for|seeking|hiring|recrut\w*|recherch\w*|cherch\w*)\b/.test(folded))
    return "asideLine";
  if (JOB_SECTION.test(folded)) return "other";
  const colon = /^[^:]{1,60}:/.exec(folded);
  if (!colon) return null;
  if (ASIDE_SECTION.test(colon[0].replace(/:$/, ""))) return "aside";
  return NICE_HEADING.test(colon[0]) ? "wished" : "other";
}

/**
 * Whether each line of a description is wished for rather than required: under a nice-to-have heading alone
 * on its line (up to the next heading), on a line it opens ("Nice to have: Kafka, dbt"), or saying so itself
 * ("Kafka is a plus").
 */
export function wishedLines(lines: string[]): boolean[] {
  let under = false;
  return lines.map((line) => {
    const found = sectionHeading(line);
    const h = found === "asideLine" ? null : found;
    const items = h !== null && /:\s*\S/.test(line);
    if (h) under = h === "wished" && !items;
    return under || (items && h === "wished") || NICE_INLINE.test(foldText(line));
  });
}

/** One thing said to be wished for, in French agreement with it alone: « Databricks apprécié ». */
const ONE_WISHED = /\b(apprecie|appreciee|souhaite|souhaitee|bienvenu|bienvenue)\s*[.!]*$/;

/**
 * "Requirements: Spark, Scala, AWS, Kafka is a plus", « Stack Spark/Scala sur AWS, orchestration Airflow,
 * Databricks apprécié »: a line of required items (under a heading, or three or more) whose last one is said to be
 * a plus, that one apart; the line unchanged otherwise ("dbt, Looker a bonus" are both a bonus).
 */
export function plusApart(line: string): string[] {
  // (Not "Kafka, Flink, or Pulsar is a plus", a list wished for whole; « …, Databricks apprécié »: the last one.)
  const last = foldText(line.slice(line.lastIndexOf(",") + 1)).trim();
  const one = (line.match(/,/g) ?? []).length >= 2 && ONE_WISHED.test(last) && !/^(or|ou|and|et)\b/.test(last);
  if (!NICE_INLINE.test(foldText(line)) || !(sectionHeading(line) === "other" || one)) return [line];
  const at = line.lastIndexOf(",");
  return at < 0 ? [line] : [line.slice(0, at), line.slice(at + 1).trim()];
}

/**
 * A sign-off, "Thanks,", « Cordialement, », "Best regards"; a request closing a job ad, « Merci de me dire si ça
 * matche ! », "let me know if he fits": the message's end, no requirement.
 */
const SIGN_OFF = new RegExp(
  String.raw`^(?:thanks?(?: a lot| again)?|thank you|thx|cheers|regards|best(?: regards)?|kind regards|many thanks|` +
    String.raw`sincerely|merci(?: d'avance| beaucoup)?|cordialement|bien cordialement|bien a (?:vous|toi)|a bientot|` +
    String.raw`bonne journee|have a (?:good|nice|great) (?:day|week|weekend)|` +
    String.raw`(?:merci de |pourriez-vous |pouvez-vous |peux-tu |tu peux )?(?:me |nous )?(?:dire|indiquer|confirmer) ` +
    String.raw`si\b.*|(?:please )?(?:let me know|tell me|confirm) (?:if|whether)\b.*|dites-moi si\b.*|dis-moi si\b.*)` +
    String.raw`[\s,.!]*$`,
);

/** A greeting and nothing else, a name at most: "Hello", « Bonjour Sophie », "Good afternoon,". */
const GREETING_ALONE =
  /^(good (morning|afternoon|evening|day)|hi|hello|hey|dear|bonjour|bonsoir|salut)( [\p{L}-]+)?[\s,.!]*$/u;
/** The asker saying who they are: "I'm a recruiter at a fintech in London", « je suis recruteuse chez Hays ». */
// (Not "I'm looking for a senior data engineer from the insurance world": the job, said.)
const ASKER_INTRO = new RegExp(
  // (After a greeting too: « Bonjour, je suis Julie de TalentHub », "Hello, Sarah here from Hays".)
  String.raw`^(?:(?:hi|hello|hey|bonjour|salut|good (?:morning|afternoon))[\s,!.]+)?(?:` +
    String.raw`(i'm|i am|im|this is|je suis)\s+((a|an|un|une)\s+)?([\p{L}-]+\s+)?` +
    String.raw`(recruit\w*|recruteu\w*|talent\w*|hr|rh|headhunter|chasseu\w*)\b|` +
    String.raw`(this is|my name is|je m'appelle|moi c'est|i'm|i am|je suis)\s+[\p{L}-]+\s+` +
    String.raw`(from|de chez|chez|de|d'|at|@)\s*\S|` +
    String.raw`[\p{L}-]+ here,? (from|at|with)\b|` +
    // « cabinet à Dakar ici. », « Julie de TalentHub ici » (a few words, then "here"): who writes.
    String.raw`(?:[\p{L}'-]+\s+){0,4}[\p{L}'-]+\s+ici\s*[.!,]|` +
    // « Je suis Claire, business manager chez Capgemini », "I'm Tom, talent partner at Hays": a name, a title, a firm.
    String.raw`(i'm|i am|this is|je suis|moi c'est|my name is|je m'appelle)\s+[\p{L}-]+\s*,\s*` +
    String.raw`(?:[\p{L}'-]+\s+){1,4}(?:at|from|with|chez|de chez|@)\s)`,
  "u",
);

/** Whether a line opens a message: a greeting alone, or who is asking (not a requirement). */
export function opensMessage(text: string): boolean {
  const folded = foldText(text.trim());
  return GREETING_ALONE.test(folded) || ASKER_INTRO.test(folded);
}

/** Whether a line, or an item of one, is a sign-off or a closing request (see SIGN_OFF). */
export function isSignOff(text: string): boolean {
  return SIGN_OFF.test(foldText(text.trim()));
}

/** Whether line i closes the message: a sign-off, or the last line, a first name alone signing after one. */
export function signingOff(lines: string[], i: number): boolean {
  const line = lines[i]!.trim();
  if (isSignOff(line)) return true;
  const before = lines
    .slice(0, i)
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);
  return (
    i === lines.length - 1 && !!before && isSignOff(before) && /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?[.,]?$/u.test(line)
  );
}
