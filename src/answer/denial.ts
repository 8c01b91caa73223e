import type { QuestionPart } from "../query/understand.js";
import type { RetrievedPassage } from "../retrieval/hybrid-retriever.js";
import { foldText, wordTokens } from "../text/normalize.js";
import { stemWord } from "../text/stem.js";

/** Words that deny what follows them: "with no service interruption", « sans interruption de service ». */
const NEGATORS = new Set(["no", "not", "without", "never", "zero", "non", "sans", "aucun", "aucune", "jamais", "pas"]);
/** How far before a word its negator may stand: "with no service interruption". */
const REACH = 3;

/**
 * Whether `text` denies the word it holds: true when every time it holds the word a negator stands just
 * before it, false when it holds it once at least undenied, null when it doesn't hold it.
 */
function denies(text: string, stems: readonly string[]): boolean | null {
  const tokens = wordTokens(text);
  let held = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!stems.includes(stemWord(token, "en")) && !stems.includes(stemWord(token, "fr"))) continue;
    held = true;
    if (!tokens.slice(Math.max(0, i - REACH), i).some((t) => NEGATORS.has(t))) return false;
  }
  return held ? true : null;
}

/**
 * "Did the migration cause any service interruption?" against "…to Snowflake with no service interruption":
 * a telling word of the question that every quoted passage holding it denies, while the question doesn't
 * ("…without downtime?" asks what the passage says). Null when no word is denied so.
 */
export function deniedWord(part: QuestionPart, passages: readonly RetrievedPassage[]): RetrievedPassage | null {
  for (const [i, w] of part.words.entries()) {
    if (w.everyday || w.light || w.absent || w.key || w.employer || w.tech) continue;
    if (denies(part.text, w.stems) === true) continue;
    // …about what else the question names ("the Snowflake migration"): not "any experience of interruptions?".
    const alsoHolds = (p: RetrievedPassage) =>
      part.words.some((o, k) => k !== i && p.matched[k] && !o.light && (o.key || o.tech || !o.everyday));
    const holding = passages.filter((p) => p.matched[i]);
    const verdicts = holding.map((p) => ({ p, denied: denies(p.chunk.text, w.stems) }));
    const found = verdicts.filter((v) => v.denied !== null);
    if (found.length > 0 && found.every((v) => v.denied) && alsoHolds(found[0]!.p)) return found[0]!.p;
  }
  return null;
}

/** Done by hand, asked: "did he write the DAGs by hand?", « il les écrivait à la main ? ». */
const BY_HAND = new RegExp(
  String.raw`\b(by hand|manually|hand[- ]?(coded|code|craft\w*)|a la main|manuellement|en manuel|` +
    // "were the DAGs hand-written?" (not "handwritten data", which the CV has).
    String.raw`hand[- ]?(written|write|writes|wrote)(?! (data|forms?|records|documents|files|notes|input|entries)))\b`,
);
/** Done by a program, as a passage says: "automatic generation of DAGs", « génération automatique ». */
const AUTOMATIC = /\b(automat(e|ed|es|ing|ion|ic|ically)|automatique\w*|automatis\w*|auto[- ]generat\w*)\b/;

const CHOICE = /\b(or|ou|rather than|instead of|plutot que|au lieu de|versus|vs)\b/;

/**
 * "Did he write the DAGs by hand?" against "Airflow: automatic generation of DAGs": the passage that holds what
 * the question asks about says it was done automatically. Null when no quoted passage does.
 */
export function oppositeManner(part: QuestionPart, passages: readonly RetrievedPassage[]): RetrievedPassage | null {
  const asked = foldText(part.text);
  // (Not "does he generate them or write them by hand?": a choice, which the passage itself answers.)
  if (!BY_HAND.test(asked) || AUTOMATIC.test(asked) || CHOICE.test(asked)) return null;
  const telling = (i: number) => !part.words[i]!.light;
  return (
    passages.find((p) => AUTOMATIC.test(foldText(p.chunk.text)) && p.matched.some((m, i) => m && telling(i))) ?? null
  );
}
