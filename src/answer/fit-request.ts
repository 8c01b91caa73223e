import { CONTRACT_LENGTH } from "../query/clean-message.js";
import { ownerTopicOf } from "../query/owner-topics.js";
import { isSignOff, NICE_HEADING, opensMessage, plusApart, signingOff, wishedLines } from "./fit-sections.js";
import { foldText } from "../text/normalize.js";
import { yearsAsked } from "./fit-years.js";

/** "Requirements:", "JD:", "Req:", « Mission : », "we need:": what a list of a job's requirements begins with. */
const REQUIREMENTS_LEAD = new RegExp(
  String.raw`^(requirements?|reqs?|jd|job description|job|the job|the role|role|position|mission|poste|profil|` +
    String.raw`fiche de poste|offre|we need|we are looking for|we're looking for|looking for|must[- ]haves?|must|` +
    String.raw`required skills|skills required|the role needs|the client needs|client needs|nous cherchons|` +
    String.raw`on cherche|on recherche|le poste demande|prerequis|competences requises|profil recherche|` +
    // "Checklist: …", "Can you check: …", « À vérifier : »: items to check, each graded.
    String.raw`besoins?|needs?|check ?list|checks?|(?:can|could) you (?:please )?check|(?:please |pls )?check|` +
    // "Quick check against our JD:", "Can you check him against these requirements:": the list to check him on.
    // (Read cleaned too, the request set aside: "him against these requirements:".)
    String.raw`(?:(?:(?:a )?quick |(?:can|could) you (?:please )?)?check )?(?:him |the candidate |this profile )?` +
    String.raw`(?:against|vs\.?|versus) (?:our|the|this|these|my|a) (?:client'?s? )?(?:jd|job description|job spec|` +
    String.raw`spec|requirements?|role|criteria|list)|` +
    String.raw`verify|(?:points )?a verifier|criteres|criteria|requis|obligatoires?|indispensables?|exige)\s*:|` +
    // « Vos missions : », "Key responsibilities:": a job's duties, listed.
    String.raw`^(?:vos |tes |les |your |the |key |main )?(?:missions|responsabilites|responsibilities|duties)\s*:|` +
    // "Here's the role: …", « voici la fiche : », "MLOps engineer needed: …", « Data engineer recherché : ».
    String.raw`^(here'?s|here is|voici|voila) (the|our|my|a|an|this|la|le|l'|notre|mon|ma|une?|cette?) ?` +
    String.raw`(role|job|position|opening|mission|poste|offre|fiche( de poste)?|jd|job description|requirements?|` +
    String.raw`besoin|brief|annonce|ad|job ad)\b[^:?]{0,40}:|` +
    // "MLOps engineer needed: …", « Data engineer recherché : » (a title; not "Info needed: did he…?").
    String.raw`^[^:?]{0,40}\b(engineers?|developers?|devs?|architects?|scientists?|analysts?|leads?|managers?|` +
    String.raw`consultants?|ingenieurs?|developpeurs?|devops|mlops)\s+(needed|wanted|required|recherchee?s?)\s*:|` +
    // "does he fit this: …", "is he a fit for: …", « est-ce qu'il correspond à ça : »: the list after the colon.
    String.raw`^(does (he|she) (fit|match|suit)|is (he|she) a (good )?(fit|match) for|would (he|she) fit|` +
    String.raw`(est-ce qu'?(il|elle)|(il|elle)) (correspond|colle|matche?)( a| avec)?)` +
    String.raw`( (this|these|that|the following|ca|cela|ceci|ce qui suit))?\s*:|` +
    // « Mission freelance Databricks / Unity Catalog / Delta, migration…, 6 mois, Lille »: a job, then a list.
    String.raw`^(mission|poste|offre|contrat|contract|gig)\s+(freelance|en freelance|cdi|en cdi|data|senior|lead)\b` +
    String.raw`(?=[^?]*,[^?]*,[^?]*$)|` +
    // "We need Spark, AWS, Databricks and some leadership", « je cherche qqn avec Spark, Airflow, Kafka » too.
    String.raw`^(we need|we're looking for|we are looking for|looking for|i'm looking for|nous cherchons|` +
    String.raw`nous recherchons|je cherche|je recherche|on cherche|on recherche|` +
    String.raw`(?:re)?cherche(?! (?:a|à) savoir)|` +
    // (Not "I need his employment history, with dates", "we need to know…": something of him asked.)
    String.raw`(?:we |i )?need(?! (?:his|her|their|the candidate'?s?|to know|` +
    String.raw`a (?:list|summary|breakdown|copy|confirmation)|the (?:list|dates|details|exact))\b)|` +
    String.raw`(?:we're |we are |i'm |i am )?(?:hiring|recruiting)|` +
    String.raw`(?:j'ai |on a |nous avons |jai )?besoin d'?(?:un|une)|il (?:nous |me )?faut|il faudrait|` +
    // « j'ai une mission data engineer GCP, il correspond ? », "I have a role: …": a job, then what it needs.
    String.raw`(?:j'ai|jai|on a|nous avons|i have|we have|i've got|we've got) (?:une|un|a|an) ` +
    String.raw`(?:mission|offre|poste|opportunite|presta|role|position|opening|job)(?: (?:de|d'|en|pour|for))?)` +
    String.raw`( (someone|somebody|a candidate|qqn|quelqu'un|un profil))?( (with|avec))?\s`,
);
const MIN_REQUIREMENTS = 3;

/** "Voici l'annonce : …", "Requirements: …", "JD: …": a job announced with a colon, its list after it. */
export function announcesJob(message: string): boolean {
  return REQUIREMENTS_LEAD.exec(foldText(message.trim()))?.[0].includes(":") === true;
}
/** Past this many words, a stretch without a lead is a sentence of a story, not a requirement listed. */
const LONGEST_ITEM = 9;

/** « il coche quoi ? », « ça passe ? », « c bon ? »: whether he ticks what was listed (as written or folded). */
const TICKED_FR = String.raw`coch\w*|(?:ca|ça|c) passe|(?:c'est|c) bon`;

/** "Does he fit?", "thoughts?", « ça matche ? », « il correspond ? »: asking for the verdict, no requirement. */
const CLOSING = new RegExp(
  // (« correspond », « correspondrait »; not « les dates correspondantes ».)
  String.raw`(?<![\p{L}])(fit|fits|match(es|e|er)?|coll(e|er|erait|era|ent)|correspond(s|re|ra|rait|ent)?|` +
    String.raw`convient|thoughts|` +
    // « est-ce qu'il pourrait convenir ? »
    String.raw`conveni(r|rait)|conviendrait|faire l'affaire|` +
    String.raw`think|interested|` +
    `${TICKED_FR}|` +
    String.raw`avis|qualif\w*|suitable|` +
    // "would he adapt?", « il s'adapterait ? », « le profil vous semble adapté ? » (not "able to adapt quickly", « un
    // profil adapté aux environnements agiles », a job's own lines).
    String.raw`(?:would|could|will|can) (?:he|she) (?:\w+ )?adapt|(?:il|elle) (?:pourrait )?s'adapter(?:ait|a)?|` +
    String.raw`(?:semble|sembl\w+|parait|paraît|para[iî]t-il) adapt[eé]e?|` +
    // « Il a-tu ça ? » (Québec), « il a tout ça ? »: whether he has what was listed.
    String.raw`(il|elle) a (tout )?(ca|ça|cela))(?![\p{L}])`,
  "iu",
);
/** A recruiter's question, which a closing "fit?" doesn't make a list of requirements: "has he used Spark…". */
const QUESTION_OPENING =
  /^(has|have|does|did|is|was|can|could|would|how|what|which|when|where|a-t-il|est-ce|est-il|il a|quel\w*|combien)\b/i;

/**
 * A message asking how the profile fits a job: a list of requirements ("We need: Spark, AWS, Airflow",
 * "JD: Senior data engineer, GCP, dbt, 6+ yrs. thoughts?", « on cherche un DE senior spark/aws 5 ans min, ça
 * matche ? ») one per line, or a job description pasted whole; else null.
 */
export function fitRequestOf(message: string): string | null {
  // "…pour une mission de 6 mois", "for a 6-month contract": how long the job lasts, not what it needs.
  // (« cabinet à Dakar ici. Poste : … »: who writes, a sentence first, then the job.)
  const first = /^[^.!?\n]{3,80}[.!]\s+(?=\S)/u.exec(message.trim());
  const opened = first && opensMessage(first[0]) ? message.trim().slice(first[0].length) : message;
  // (« AO client je te colle les prérequis : … »: the heading the list follows, what is said before it aside.)
  const heading = HEADING_INSIDE.exec(opened);
  const body = heading ? opened.slice(heading.index + heading[1]!.length) : opened;
  const text = bulletsInline(body.replace(CONTRACT_LENGTH, ""));
  return requirementLines(text) ?? inlineJob(text) ?? (isJobDescription(text) ? text : null);
}

const BULLET = /^(?:[-•*·–]|\d{1,2}[.)])\s+/;

/** A requirements heading inside the message's first line, after words of the asker's: "…les prérequis : …". */
const HEADING_INSIDE = /^([^:\n?]{3,80}?\s)(?=(?:pr[ée]-?requis|requis|comp[ée]tences requises)\s*:)/iu;

/**
 * A job ad's bullets pasted on one line: "✔ Strong SQL ✔ CI/CD", "Requirements: - Python - Airflow", each a "•";
 * a closing question after a dash ("… — does he tick these boxes?") apart, and one put first ("Does he tick these
 * boxes? - …") put last.
 */
function bulletsInline(text: string): string {
  let listed = text.replace(/[✔✓✅☑▪◦‣➢➤►]\uFE0F?/gu, "•");
  // (Dashes between items, two at least: not "front-end", "2019 - 2021".)
  if ((listed.match(/(?:^|\s)-\s+\p{L}/gmu) ?? []).length >= 2)
    listed = listed.replace(/(^|\s)-\s+(?=\p{L})/gmu, "$1• ");
  if (!listed.includes("•")) return text;
  listed = listed.replace(/\s+[—–-]\s+(?=[^—–•\n-]*\?\s*$)/u, "\n");
  const first = /^([^•\n?]*\?)\s*(•[\s\S]+)$/u.exec(listed.trim());
  const closing = (q: string) => CLOSING.test(foldText(q)) || LIST_CLOSING.test(foldText(q));
  return first && closing(first[1]!) ? `${first[2]}\n${first[1]}` : listed;
}

/**
 * « est-ce qu'il matche avec cette fiche ?\n* Expertise Databricks\n* Delta Lake… », "does he fit?\n- …": the
 * question first, then the list it asks about, one requirement a bullet.
 */
export function listAfterQuestion(text: string): string | null {
  const [first, ...rest] = text.trim().split("\n");
  const lines = rest.map((l) => l.trim()).filter(Boolean);
  // "Would he be interested in this mission?" asks what he wants, which only he can say.
  if (!first || !/\?\s*$/.test(first) || !CLOSING.test(foldText(first)) || /\binterest/i.test(first)) return null;
  if (lines.length < 2 || !lines.every((l) => BULLET.test(l))) return null;
  return lines.map((l) => l.replace(BULLET, "").trim()).join("\n");
}

/**
 * "Would he be a fit for a senior data engineer role on AWS?", « il correspond à un poste de lead data avec
 * Spark ? »: the job named in one sentence. Its title and what follows "on", "with" are the requirements.
 */
const FIT_FOR = new RegExp(
  String.raw`\b(?:fit|match|suited|suitable|qualified|right (?:person|candidate|profile)|good candidate|` +
    String.raw`correspond\w*|convient|conviendrait|adapte|colle(?:rait)?|bon profil|` +
    String.raw`(?:ferait|fait|ferais) l'affaire)(?:\s+(?:for|to|pour|a|au|avec))?\s+` +
    String.raw`(?:a|an|the|this|our|my|un|une|le|la|ce|cette|notre)\s+(.+?)\s*[?.!]*$`,
);
const JOB_WORD = /\b(role|position|job|mission|opening|gig|poste|engineer|developer|architect|lead|ingenieur)\b/;
const JOB_TITLE_THEN =
  /^(.*?\b(?:engineer|developer|architect|scientist|analyst|ingenieur|developpeur|consultant))\s+(?=\S)/;
/** What a job's title is joined to its stack with: "on", "with", « sur », « avec ». */
// Not "in" nor « en »: "a role in Paris", « un poste en CDI » say where or how, not what it works with.
const JOB_STACK = /\s+(?:on|with|using|requiring|needing|sur|avec|autour de)\s+|\s*,\s*|\s+(?:and|et)\s+/;

function inlineJob(text: string): string | null {
  const job = FIT_FOR.exec(foldText(text))?.[1];
  if (!job || !JOB_WORD.test(job)) return null;
  const items = job
    .replace(/\b(role|position|job|opening|gig|poste|mission)( de| d'| of)?\b/g, " ")
    // "lead data engineer Azure Synapse": the title, then what it works with.
    .replace(JOB_TITLE_THEN, "$1, ")
    .split(JOB_STACK)
    .map((x) => x.replace(/\s+/g, " ").trim())
    .filter((x) => /\p{L}{2}/u.test(x));
  return items.length > 0 ? items.join("\n") : null;
}

/**
 * One item left before the closing: a job still when it asks years of his experience as a whole ("8+ years exp in
 * data engineering. does he qualify?"; not "3+ yrs building Azure Data Factory pipelines", a product asked as such),
 * or names joined by pluses before a "fit?" ("airflow + dbt + bigquery is our stack, how does he match?").
 */
function oneItem(items: string[], last: string): { yearsOnly: boolean; one: boolean } {
  const single = items.length === 1 ? items[0]! : null;
  const yearsOnly = single !== null && yearsAsked(single).some((y) => !y.blurb) && !/(?<!^)\p{Lu}/u.test(single.trim());
  const plusList = single !== null && /\s\+\s/.test(single) && CLOSING.test(last);
  return { yearsOnly, one: items.length < 2 && !yearsOnly && !plusList };
}

/** What follows a list's lead, its closing request set aside: "…? kindly share details", "…? Please revert." */
function afterLead(text: string, lead: RegExpExecArray | null): string {
  return text
    .slice(lead ? lead[0].length : 0)
    .trim()
    .replace(/(?<=\?)\s*(?:kindly|please|pls|plz|do revert|thanks|thank you|merci)\b[^?]*$/iu, "");
}

/** A message listing a job's requirements, one per line; else null. */
function requirementLines(text: string): string | null {
  const folded = foldText(text);
  const lead = REQUIREMENTS_LEAD.exec(folded);
  // "I'm looking for his rate and availability": what only he can say, not a job's requirements.
  const logistics = ["availability", "rate", "salary", "contact", "personal"];
  if (lead && !lead[0].includes(":") && logistics.includes(ownerTopicOf(text) ?? "")) return null;
  // "I'm hiring for a fintech, streaming-heavy role. Has he run Kafka in prod?": who is asking, then a question.
  // "We hold a lot of payroll records. Has he ever kept such data locked down?": no list, whatever it names.
  if (!lead?.[0].includes(":") && asksOwnQuestion(text)) return null;
  // « Voici mon besoin : a-t-il fait du Spark ? », « Voici la mission : migration Hive vers Unity Catalog, il l'a
  // déjà fait ? »: a question about him after the colon (not "…, does he fit?"), not a list.
  const after = afterLead(text, lead);
  const lastAsked = after.split(/(?<=[.!?])\s+|,\s*/).at(-1) ?? "";
  // ("…, does he have all that?", "does he tick all three?": about the list itself.)
  const ofTheList = LIST_CLOSING.test(foldText(lastAsked)) || ASKS_HIM_LIST.test(foldText(lastAsked));
  const asksHim = /\?\s*$/.test(lastAsked) && /\b(he|she|il|elle|him|lui)\b/i.test(foldText(lastAsked)) && !ofTheList;
  if (
    lead &&
    (asksHim || (QUESTION_OPENING.test(after) && !/[,;\n•]/.test(after))) &&
    /\?\s*$/.test(after) &&
    !CLOSING.test(foldText(lastAsked))
  )
    return null;
  const items = listedItems(text.slice(lead ? lead[0].length : 0));
  // "…the regulation, GDPR and data protection. Has he experience with this?": two things, then a question about
  // him: two questions, not a job to grade.
  // (Not "…, is he a fit?": the job's fit is asked.)
  const last = foldText(items.at(-1) ?? "");
  const himAsked = items.length > 1 && ASKS_HIM.test(last) && !CLOSING.test(last) && !OF_THE_LIST.test(last);
  // (« il coche quoi ? », « c bon ? » close a list only after a heading: "client énergie, stack : …" is no list.)
  const weakly = WEAK_CLOSING.test(foldText(items.at(-1) ?? ""));
  const closed = withoutClosing(items) && (!weakly || lead !== null);
  withoutSignature(items, text);
  const named = items.filter((x) => x.split(/\s+/).length <= 4 && !GREETING_ITEM.test(foldText(x)));
  if (!lead && himAsked && named.length < MIN_REQUIREMENTS) return null;
  // A list needs a lead or a closing "fit?"; a short one also needs years asked or a colon: "Req: Snowflake".
  const { yearsOnly, one } = oneItem(items, last);
  if (!lead && (!closed || QUESTION_OPENING.test(text.trim()) || one)) return null;
  // "Our nightly load takes hours and nobody knows why. Has he fixed that kind of thing?": a story, then a
  // question about it; a list's items are short.
  const words = (x: string) => x.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (!lead && items.some((x) => words(x) > LONGEST_ITEM)) return null;
  // …and listed: between commas, on lines, or bullets ("…takes hours and the business complains" is not).
  if (!lead && !yearsOnly && !/[,;\n•/+]/.test(text.replace(/[^,;\n•/+]*\?\s*$/, ""))) return null;
  const years = items.some((x) => yearsAsked(x).some((y) => !y.blurb));
  const enough = items.length >= MIN_REQUIREMENTS || years || closed || lead?.[0].includes(":");
  return items.length > 0 && enough ? withWished(items, wishedItems(text)) : null;
}

/**
 * Two verbs of one duty: « Concevoir et développer des pipelines », "Design and build pipelines" — not two
 * requirements (a French infinitive, or an English verb of making, before "and").
 */
const VERB_AND = new RegExp(
  String.raw`^\s*(?:\p{L}{4,}(?:er|ir|re)|g[eé]rer|cr[eé]er|faire|mener|suivre|lire|design|build|develop|implement|` +
    String.raw`maintain|deploy|create|write|test|monitor|` +
    String.raw`run|operate|manage|lead|own|define|plan|analy[sz]e|optimi[sz]e|document)\s(?:and|et)\s`,
  "iu",
);

/** A list's items, split at commas, lines, sentences and "and", without who asks, greetings and sign-offs. */
function listedItems(text: string): string[] {
  return (
    text
      .split(/[,;\n•]|(?<=[.!?])\s+/)
      .flatMap((x) => (VERB_AND.test(x) ? [x] : x.split(/\s(?:and|et)\s/)))
      // (A line quoted: "…data catalog tools". Kindly revert…: its words, without the marks.)
      .map((x) =>
        x
          .trim()
          .replace(/[.?!]+$/, "")
          .replace(/^["'“‘«]\s*|\s*["'”’»]$/gu, "")
          // ("…bigquery is our stack": what the list is, said after its last name.)
          .replace(/\s+(?:is|are|c'est|sont) (?:our|the|their|notre|nos|la|leur) (?:stack|setup|tools?|outils?)$/iu, "")
          .trim(),
      )
      // "I'm Tom from Hays", "Thanks": who is asking, a sign-off, no requirement.
      // (Nor "Hello," « Bonjour Sophie, » on a line of their own: a greeting.)
      .filter(
        (x) =>
          x !== "" &&
          !WHO_ASKS.test(foldText(x)) &&
          !NO_REQUIREMENT.test(foldText(x)) &&
          !signsOff(x) &&
          !opensMessage(x),
      )
  );
}

/** The items of a list's lines under "Nice to have:", or saying "… is a plus" (see wishedLines). */
function wishedItems(text: string): Set<string> {
  // (A line or a sentence: "Must have: Spark, AWS. Nice to have: Kafka, Terraform." on one line.)
  // (Or after a bar: "Must: Kafka | Nice: Scala, Airflow".)
  const lines = text.split(/\n|\s\|\s|(?<=[.;!?])\s+(?=\p{Lu})/u).flatMap(plusApart);
  const wished = wishedLines(lines);
  return new Set(
    lines
      .filter((_, i) => wished[i])
      .flatMap((l) => l.split(/[,;•]|(?<=[.!?])\s+|\s(?:and|et)\s/))
      .map((x) => x.replace(/[.?!]+$/, "").trim()),
  );
}

/** The requirements one a line, the wished-for ones after them under a heading of their own: "Nice to have:". */
function withWished(items: string[], wished: Set<string>): string {
  const required = items.filter((x) => !wished.has(x));
  const extra = items
    .filter((x) => wished.has(x))
    .map((x) => x.replace(/^[^:]*:\s*/, (label) => (NICE_HEADING.test(foldText(label)) ? "" : label)))
    .filter((x) => /\p{L}/u.test(x));
  return extra.length === 0 ? required.join("\n") : [...required, "Nice to have:", ...extra].join("\n");
}

/** A greeting written as a line of its own: "Good afternoon.", « Bonjour, ». */
const GREETING_ITEM = /^(good (morning|afternoon|evening|day)|hi|hello|hey|dear \w+|bonjour|bonsoir|salut)\b/;

/** Who is asking: "I'm Tom from Hays", « je suis Julie de chez Hays », "this is Priya from TCS". */
const WHO_ASKS =
  /^(i'm|i am|im|this is|my name is|je suis|je m'appelle|moi c'est|ici)\s+[\p{L}-]+\s+(from|at|de|de chez|chez)\b/u;
/**
 * "ad", « annonce », "can you check": the job's own name, or the asker's request, left alone on an item by the lead
 * ("I have a job ad, can you check the fit?" lists nothing yet).
 */
const NO_REQUIREMENT = new RegExp(
  String.raw`^(?:(?:job |the )?(?:ad|posting|description|jd|offer)|annonce|offre|fiche( de poste)?|can you check|` +
    String.raw`pouvez-vous verifier|tu peux verifier|` +
    // (« …, est-ce que ça colle ? »: what is left of the closing question once its verb is read.)
    String.raw`est-ce que|est-ce qu'il|est-ce qu'elle|(?:est-ce que )?c'est bon)\s*[?!.]*$`,
);
/** "Thanks", « Cordialement », a bare "let me know if"; not "let me know if he fits", a list's closing. */
function signsOff(item: string): boolean {
  return isSignOff(item) && !/\b(?:if|whether|si)\s+\S/.test(foldText(item));
}

/** "…, can you check", "…Thanks,\nJohn": a last line asking nothing, a sign-off and the signature after it. */
function withoutSignature(items: string[], text: string): void {
  if (items.length > 0 && NO_REQUIREMENT.test(foldText(items.at(-1)!))) items.pop();
  const lines = text.trim().split(/\n+/);
  if (items.length > 1 && signingOff(lines, lines.length - 1) && items.at(-1) === lines.at(-1)!.trim()) items.pop();
}

/** A closing question about the list: "does he have all that?", "does he tick all three?", « il a tout ça ? ». */
const LIST_CLOSING = /\b(that|those|these|them|all|both|three|four|five|tick\w*|boxes|ca|cela|tout|tous|toutes)\b/;
const ASKS_HIM_LIST = /^(does|is|has|can|could|would|will|est-ce qu'|a-t-)\s*(he|she|il|elle)\b.*\b(it|l'a|les)\b/;
/** "…that?", "…them all?", « …tout ça ? »: a question about the list before it, with no subject of its own. */
const ABOUT_THE_LIST = /\b(that|those|these|this|it|them|all|ca|cela|tout|les|l'a|l'ont)\W*$/;

/** Past this many words, a question about him names its own subject, whatever its last word. */
const OWN_QUESTION_WORDS = 10;

/** A sentence after the first that asks about him with a subject of its own ("Has he run Kafka in prod?"). */
function asksOwnQuestion(text: string): boolean {
  return (
    foldText(text)
      // ("…my manager asked: can he protect…?": the question after the colon.)
      .split(
        /(?<=[.!?])\s+|[,:]\s*(?=(?:has|does|did|is|can|could|would) (?:he|she)\b|(?:il|elle|est-ce qu'il|a-t-il)\s)/,
      )
      .slice(1)
      .some(
        (x) =>
          x.endsWith("?") &&
          QUESTION_OPENING.test(x) &&
          // About him, with a subject of its own: not "what do you think?", "does he have that?", "does he fit?".
          /\b(he|she|him|il|elle|lui|the candidate|le candidat|la candidate)\b/.test(x) &&
          // (A long question has its subject: "can he protect sensitive fields…, without having to do it?".)
          (!ABOUT_THE_LIST.test(x) || x.split(/\s+/).length > OWN_QUESTION_WORDS) &&
          // "does he tick those boxes?": about the list too.
          !/\b(those|these|them|all of (them|these|those)|tout ca)\b/.test(x) &&
          !CLOSING.test(x),
      )
  );
}

/** A question about the items before it: "does he have all of these?", "does he meet those criteria?". */
const OF_THE_LIST = /\b(these|those|all (of )?(them|these|those|three|four|five)|criteria|requirements|boxes)\b/;

/** A question about him closing a list: "does he have that?", « est-ce qu'il l'a ? ». */
const ASKS_HIM = /^(does|is|has|can|could|would|will|est-ce qu'|a-t-|peut-)\s*(he|she|il|elle|this guy)\b/i;

/** Words left before a closing "fit?": "is he a good", "— does he", « est-ce qu'il », « ça ». */
const BEFORE_CLOSING = new RegExp(
  String.raw`(?:\s|^)(?:[-–—:,?]|does|is|would|will|he|she|a|good|great|est-ce|que|qu'|qu'il|il|elle|ca|ça|so|` +
    String.raw`alors|how|` +
    String.raw`comment|` +
    String.raw`donc|any|your|do|you|think|what|peut|pourrait|could|can|might|tu|vous|penses?|pensez|crois|` +
    String.raw`trouves?|` +
    // "Kindly revert if candidate fits", "please confirm whether the candidate fits".
    String.raw`kindly|revert|if|whether|candidate|the|please|pls|confirm|let me know|` +
    // « Est-ce que ça lui correspond ? », « si ce profil peut convenir », "does it really fit him".
    String.raw`lui|him|it|this|ce|cela|profil|profile|y|bien|vraiment|really|` +
    // « Est-ce que le profil colle ? », « Pensez-vous que le candidat convient ? »
    String.raw`le|la|les|mon|ma|son|sa|votre|ton|ta|candidat|candidate|consultant|pensez-vous|penses-tu|crois-tu|` +
    String.raw`croyez-vous|trouvez-vous|trouves-tu|` +
    // « Le profil vous semble adapté ? », "does the profile seem a fit?"
    String.raw`semble|sembl\w+|seems?|looks?|parait|paraît)\s*$`,
  "i",
);

/** A closing of those words, which reads as one only after a heading (on folded text). */
const WEAK_CLOSING = new RegExp(String.raw`\b(?:${TICKED_FR})\b[^,;]*$`);
const TICKED_ALONE = new RegExp(`^(?:${TICKED_FR})$`, "iu");

/** Takes off a closing "does he fit?", "thoughts?", « ça matche ? »; true when there was one. */
function withoutClosing(items: string[]): boolean {
  // "…, AWS - does he fit?", "…, AWS — good fit?", « …, est-ce qu'il colle ? »: not a requirement.
  const last = items[items.length - 1] ?? "";
  // "…, does he have that?", "…, is he ok?": a question about the list, not a requirement.
  if (items.length > 1 && ASKS_HIM.test(last)) {
    items.pop();
    return true;
  }
  const closing = CLOSING.exec(last);
  if (!closing) return false;
  // (« 5 ans min c'est bon ? »: one thing asked, whether it holds; not a list closed.)
  if (items.length === 1 && TICKED_ALONE.test(closing[0])) return false;
  let kept = last.slice(0, closing.index).trim();
  for (let before = ""; before !== kept; ) {
    before = kept;
    kept = kept.replace(BEFORE_CLOSING, "").trim();
  }
  if (kept === "") items.pop();
  else items[items.length - 1] = kept;
  return true;
}

/** Past this many words in several sentences, a message is a job description pasted whole, not a question. */
const JOB_AD_WORDS = 30;
const JOB_AD_SENTENCES = 3;

/** What a job description says and a recruiter's questions don't: "you will", "must have", « nous recherchons ». */
const JOB_AD = new RegExp(
  String.raw`\b(you will|you'll|must[- ]have|nice to have|requirements?|tech stack|stack|years of experience|` +
    String.raw`we are|we're|our client|the role|the position|join (us|our|a)|` +
    String.raw`vous (serez|allez|accompagnerez|rejoindrez)|` +
    String.raw`nous (recherchons|cherchons)|recherchons|mission de|profil recherche|competences requises|poste)\b`,
);

/**
 * A pasted job description ("We're a London fintech… You will… Must have…"): checked as the fit report
 * does. Not a recruiter's questions, however long: those ask more than once.
 */
function isJobDescription(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const sentences = text.split(/[.!?;\n•]+/).filter((s) => /[\p{L}]{2}/u.test(s)).length;
  const questions = (text.match(/\?/g) ?? []).length;
  if (words < JOB_AD_WORDS || sentences < JOB_AD_SENTENCES || questions > 1 || !JOB_AD.test(foldText(text)))
    return false;
  // "Megan here from a hospital trust. We're hiring a data engineer… First thing my manager asked: can he protect
  // sensitive fields…?": a paragraph saying who asks, then a question of its own about him, is that question.
  return text.trim().includes("\n") || !asksOwnQuestion(text);
}
