import { editDistance } from "../query/spelling.js";
import { foldText } from "../text/normalize.js";

/**
 * Who was trained or led, asked and said: "did he train the sales team?" asks of the sales team, which the CV's
 * "training of technical teams" is not, whatever else of sales its passage says ("…how the sales force is deployed").
 */

/** A verb of teaching or leading people, in a question (folded). */
const TAUGHT_VERB = new RegExp(
  String.raw`\b(train|trains|trained|teach|teaches|taught|coach|coaches|coached|mentor|mentors|mentored|` +
    String.raw`upskill|upskills|upskilled|educate|educated|supervise|supervises|supervised|manage|managed|` +
    String.raw`lead|led|forme|formes|formee|formees|former|formait|coache|coacher|enseigne|enseigner|` +
    String.raw`encadre|encadres|encadree|encadrees|encadrer|encadrait|superviser|dirige|diriger|manager)` +
    String.raw`\s+(.*)$`,
  "u",
);

/** Words naming people, one of which the object of such a verb holds when it asks of people. */
const PEOPLE_NOUN = new RegExp(
  String.raw`^(teams?|users?|scientists?|engineers?|analysts?|developers?|devs?|students?|staff|employees?|` +
    String.raw`people|juniors?|seniors?|interns?|managers?|executives?|salespeople|reps|salesmen|agents?|` +
    String.raw`consultants?|clients?|customers?|agencies|branches|members|colleagues|pupils|learners|trainees|` +
    String.raw`equipes?|utilisateurs?|eleves|etudiants?|stagiaires?|doctorants?|ingenieurs?|developpeurs?|` +
    String.raw`collaborateurs?|commerciaux|vendeurs?|agences|salaries|employes|managers|cadres|dirigeants|` +
    String.raw`consultants|apprentis|alternants|` +
    // ("the sales force", « la force de vente »: its people.)
    String.raw`force|forces|workforce)$`,
);

/** People in general: who they are is not asked ("trained people", « formé des équipes »). */
const ANYONE = new RegExp(
  String.raw`^(teams?|people|staff|others|members|colleagues|folks|equipes?|personnes|gens|collaborateurs?|` +
    // (Engineers and developers in general: his data engineers are such.)
    String.raw`engineers?|developers?|devs?|ingenieurs?|developpeurs?|profils?|profiles?|ppl|` +
    // (Employees in general: « des salariés en entreprise », "company staff".)
    String.raw`employees?|salaries|employes|professionals?|professionnels?|` +
    String.raw`someone|anyone|anybody|quelqu'un|monde)$`,
);

/** Words between the verb and who (determiners, counts), skipped. */
const BETWEEN = new RegExp(
  String.raw`^(the|his|her|their|its|some|any|all|a|an|other|of|les|des|ses|leurs|d'|de|du|la|le|l'|un|une|` +
    String.raw`quelques|plusieurs|more|less|than|very|plus|moins|tres|our|my|your|notre|nos|mon|mes|votre|vos|` +
    String.raw`two|three|four|five|deux|trois|quatre|cinq|\d+)$`,
);

/** Qualifiers any of his people have: "data engineers", "tech teams" say no more than engineers, teams. */
const PLAIN_QUALIFIER = /^(data|big|tech|it|informatique)$/;

/** Words for juniors, which the CV calls "junior" (« jeunes devs », "young engineers"). */
const JUNIOR = new Map(
  [
    ...["jeunes", "jeune", "young", "debutants", "debutant", "beginners", "beginner"],
    ...["graduates", "graduate", "grads", "grad", "diplomes"],
  ].map((w) => [w, "junior"]),
);

const FRENCH_VERB = /^(form|coache|enseign|encadr|dirig|superviser)/;

/** Where the object ends: what follows is where, when or on what ("…the team at Pernod", « …sur Databricks »). */
const ENDS = new RegExp(
  String.raw`^(at|in|on|for|with|to|about|into|during|while|when|how|there|here|chez|a|sur|pour|avec|en|dans|` +
    String.raw`pendant|lors|quand|comment|ou|from|by|par|who|qui|that|which|as|comme|over|and|or|et|but|mais|` +
    // (« des juniors au quotidien »: « au », « aux » begin where or when, as « à » does.)
    String.raw`pas|not|instead|rather|plutot|au|aux|daily|weekly|quotidiennement|regulierement|` +
    // (« des juniors avant de rejoindre Decathlon »: when.)
    String.raw`before|after|since|avant|apres|depuis|until|jusqu)$`,
);

/**
 * The words saying whom a teaching or leading verb asks of, folded ("did he train the sales team?" → ["sales"],
 * « a-t-il formé les commerciaux ? » → ["commerciaux"]), and the whole phrase ("sales team"); none when the object
 * names no people ("led the migration") or people in general ("trained people").
 */
export function audienceOf(question: string): { words: string[]; phrase: string[] } {
  const none = { words: [], phrase: [] };
  const verb = TAUGHT_VERB.exec(foldText(question));
  if (!verb) return none;
  const french = FRENCH_VERB.test(verb[1]!);
  const phrase = objectOf(verb[2]!, french).map(asTyped);
  const words = phrase.filter((w) => !BETWEEN.test(w) && !PLAIN_QUALIFIER.test(w)).map((w) => JUNIOR.get(w) ?? w);
  if (!words.some((w) => PEOPLE_NOUN.test(w))) return none;
  // ("a team of data scientists": the data scientists.)
  const of = phrase.length > 2 && ANYONE.test(phrase[0]!) && phrase[1] === "of" ? phrase.slice(2) : phrase;
  return { words: words.filter((w) => !ANYONE.test(w)), phrase: of };
}

/** People's nouns as written right, which a slip of one letter is read as ("dévelopeurs" → "developpeurs"). */
const PEOPLE_WORDS = [
  ...["developers", "developpeurs", "engineers", "ingenieurs", "juniors", "seniors", "students", "etudiants"],
  ...["scientists", "analysts", "stagiaires", "collaborateurs", "employees", "consultants", "commerciaux"],
  ...["utilisateurs", "equipes", "interns", "managers", "personnes", "profiles", "profils"],
];
const asTyped = (word: string): string =>
  word.length < 6 || PEOPLE_NOUN.test(word) || ANYONE.test(word)
    ? word
    : (PEOPLE_WORDS.find((w) => editDistance(word, w, 1) <= 1) ?? word);

/**
 * The words after the verb that say whom: up to the people named, and in French one word more (« équipes
 * techniques », not « …d'un grand groupe »); English says them last ("teach engineering students big data").
 * ("a team of data scientists", « équipes de vente »: who follows "of", « de ».)
 */
function objectOf(rest: string, french: boolean): string[] {
  const phrase: string[] = [];
  const tokens = rest.split(/[\s,]+/).slice(0, 6);
  let after = -1;
  for (const [i, token] of tokens.entries()) {
    const word = token.replace(/[?!.;:()"«»]+/g, "").replace(/^[dl]'/, "");
    // ("lead a team": the English article; « formé à Databricks »: where French says what on.)
    const article = word === "a" && !french;
    if (word === "" || (ENDS.test(word) && !article)) break;
    if (article || !/\p{L}/u.test(word)) continue;
    if (!BETWEEN.test(word) || phrase.length > 0) phrase.push(word);
    const next = (tokens[i + 1] ?? "").replace(/^[dl]'/, "");
    if (/^(of|de)$/.test(word) && ANYONE.test(phrase[phrase.length - 2] ?? "")) after = -1;
    else if (!BETWEEN.test(word) && (after >= 0 || PEOPLE_NOUN.test(word))) after += 1;
    // ("junior engineers": the people, in two words.)
    const whoFollows = (ANYONE.test(word) && /^(of|de)$/.test(next)) || PEOPLE_NOUN.test(next.replace(/[?!.]+$/, ""));
    if (!whoFollows && after >= (french ? 1 : 0)) break;
    if (/[?!.;:]$/.test(token)) break;
  }
  while (phrase.length > 0 && BETWEEN.test(phrase[phrase.length - 1]!)) phrase.pop();
  return phrase;
}

/** A passage's words of teaching or leading, after which it says whom (folded). */
const TAUGHT_MARK = new RegExp(
  String.raw`\b(train|trains|trained|training|trainer|teach|teaching|taught|upskilling|upskilled|supervision|` +
    String.raw`supervised|supervising|supervise|supervises|mentoring|mentored|mentorship|coaching|coached|lecturer|` +
    String.raw`formation|formations|encadres|encadree|` +
    String.raw`forme|formes|former|montee en competences|mentorat|encadrement|encadre|enseignement|enseigne|` +
    String.raw`pedagogie)\b`,
  "g",
);

/** Whether a passage says some teaching or leading ("Training of technical teams…"). */
export const teachesIn = (text: string): boolean => new RegExp(TAUGHT_MARK.source).test(foldText(text));

/** The stem a word is found by: its first six letters ("commerciaux", « commerciales »). */
const stemOf = (word: string) => (word.length > 6 ? word.slice(0, 6) : word.replace(/s$/, ""));

/**
 * Whether `text` says whom it taught or led in `words`: it says some teaching or leading, and each word is either
 * within the ten words after such a word, or, naming people, found in it by a synonym (`matched`: "pupils" for
 * "students").
 */
export function audienceIn(text: string, words: string[], matched: (word: string) => boolean): boolean {
  const folded = foldText(text);
  const tokens = (s: string) => s.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  // Whom, after the word ("training 250 engineering students") or just before it ("Université … specialised in
  // training").
  const windows = [...folded.matchAll(TAUGHT_MARK)].map((m) => [
    ...tokens(
      folded
        .slice(0, m.index)
        .split(/[.;:!?]/)
        .pop()!,
    ).slice(-6),
    ...tokens(folded.slice(m.index + m[0].length).split(/[.;:!?]/)[0]!).slice(0, 10),
  ]);
  const all = tokens(folded);
  // (A passage saying no teaching or leading says nobody was taught: "Made sales offers easier in 20 branches".)
  if (windows.length === 0) return false;
  return words.every((w) => {
    const stem = stemOf(w);
    const has = (ts: string[]) => ts.some((t) => t.startsWith(stem));
    // (A qualifier is written: "business" is not found in "technical teams" by any synonym.)
    return windows.some(has) || (!has(all) && PEOPLE_NOUN.test(w) && matched(w));
  });
}
