import { foldText, wordTokens } from "../text/normalize.js";
import { stemWord } from "../text/stem.js";

/** What a sentence says was left and what was taken in its place: "from EMR to Databricks", "avro over parquet". */
export interface Move {
  left: string[];
  taken: string[];
}

/** A side of a move: a few words, cut at a stop ("…to S3 to reduce costs", "…Snowflake with no interruption"). */
const SIDE = String.raw`((?:[\p{L}\p{N}.+#'(),-]+\s+){0,7}?[\p{L}\p{N}.+#'(),-]+)`;
/** Where a side after its marker ends: punctuation, or a word that starts what follows. */
const AFTER_END =
  String.raw`(?=\s*(?:[,;:.!?()]|$|\s(?:to|for|with|without|in order|so|at|during|pour|afin|avec|sans|chez|en|a|au|` +
  String.raw`dans|lors)\b))`;

/** Markers whose first side is what was left, the second what was taken. */
const LEFT_THEN_TAKEN = [
  // "from EMR to Databricks", « d'une architecture on-premise vers Snowflake », « du métamodèle Glue vers Unity… »
  new RegExp(
    String.raw`(?:\b(?:from|depuis|de|du|des)\s+|\bd')${SIDE}\s+(?:to|into|onto|towards|vers)\s+${SIDE}${AFTER_END}`,
    "gu",
  ),
  // « ils sont passés de Databricks à EMR », « migré de Snowflake à l'on-premise »: French's "to", after a verb of
  // moving (not « des priorités à arbitrer », « de A à Z »).
  new RegExp(
    String.raw`\b(?:pass\w*|migr\w*|bascul\w*|chang\w*|evolu\w*|transf[eé]r\w*)\s+(?:(?:de|du|des)\s+|d')` +
      String.raw`${SIDE}\s+(?:a|au)\s+${SIDE}${AFTER_END}`,
    "gu",
  ),
  // "replace Databricks with EMR", « remplacé Databricks par EMR »
  new RegExp(
    String.raw`\b(?:replac\w*|remplac\w*|substitut\w*)\s+${SIDE}\s+(?:with|by|par)\s+${SIDE}${AFTER_END}`,
    "gu",
  ),
  // "migrate Snowflake to on-premise", "port the algorithms to PySpark" (no "from": the object is what moves)
  new RegExp(
    String.raw`\b(?:migrat\w*|mov\w*|port|ported|porting|transfer\w*|switch\w*|convert\w*|migr[eé]\w*|bascul\w*)\s+` +
      String.raw`(?!from\b|de\b|du\b|d')${SIDE}\s+(?:to|into|onto|vers)\s+${SIDE}${AFTER_END}`,
    "gu",
  ),
  // "Decommissioning of EMR in favour of Databricks", « d'EMR au profit de Databricks »
  new RegExp(
    String.raw`${SIDE}\s+(?:in favou?r of\s+|au profit d(?:e\s+|')|en faveur d(?:e\s+|'))${SIDE}${AFTER_END}`,
    "gu",
  ),
];
/** Markers whose first side is what was taken: "in .avro format rather than parquet", "on HDFS instead of … S3". */
const TAKEN_THEN_LEFT = new RegExp(
  String.raw`${SIDE}\s+(?:rather than|instead of|plutot que|plutot qu'|au lieu de|au lieu d')\s*${SIDE}${AFTER_END}`,
  "gu",
);

/** Words that tell no side apart: articles, prepositions, and words both sides share ("the data on…"). */
const FILLER = new Set(
  ["the", "a", "an", "of", "on", "in", "his", "their", "its", "le", "la", "les", "l", "un", "une", "de", "du", "des"]
    .concat(["d", "sur", "son", "sa", "ses", "leur", "he", "did", "has", "have", "il", "a-t-il", "t", "was", "it"])
    .concat(["from", "to", "by", "with", "par", "vers", "avec", "and", "et", "for", "pour"])
    .concat(["data", "donnees", "processing", "traitement", "traitements", "all", "tout", "tous", "some", "any"]),
);

const stems = (side: string) =>
  wordTokens(side)
    .filter((t) => t.length > 1 && !FILLER.has(t))
    .map((t) => stemWord(t, "en"));

/** The moves a text tells, each side as its telling words' stems (what both sides hold set aside). */
export function movesOf(text: string): Move[] {
  const folded = foldText(text).replace(/[’]/g, "'");
  const found: Move[] = [];
  const add = (left: string, taken: string) => {
    const [l, t] = [stems(left), stems(taken)];
    const both = new Set(l.filter((x) => t.includes(x)));
    const move = { left: l.filter((x) => !both.has(x)), taken: t.filter((x) => !both.has(x)) };
    if (move.left.length > 0 && move.taken.length > 0) found.push(move);
  };
  for (const re of LEFT_THEN_TAKEN) for (const m of folded.matchAll(re)) add(m[1]!, m[2]!);
  for (const m of folded.matchAll(TAKEN_THEN_LEFT)) add(m[2]!, m[1]!);
  return found;
}

const shared = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;

/**
 * Whether a passage tells the move a question asks the other way round: "Did he replace Databricks with EMR?"
 * against "Decommissioning of EMR in favour of Databricks", "parquet rather than avro?" against "…in .avro format
 * rather than parquet". Each end asked is the passage's other end, more than either is its own ("saved" may be
 * on both sides: "saved on S3 instead of HDFS?" against "a save … on HDFS instead of processing … on S3").
 */
export function movedOtherWay(question: string, passage: string): boolean {
  return movesOf(question).some((q) => passageMoves(passage).some((p) => crosses(q, p)));
}

/** Whether a passage tells the move the question asks, the same way round. */
export function movedSameWay(question: string, passage: string): boolean {
  return movesOf(question).some((q) => passageMoves(passage).some((p) => crosses(q, { left: p.taken, taken: p.left })));
}

/** The profile's passages are few and fixed: their moves are read once each (bounded, in case they are not). */
const READ = new Map<string, Move[]>();
function passageMoves(passage: string): Move[] {
  let moves = READ.get(passage);
  if (!moves) {
    if (READ.size >= 20_000) READ.clear();
    moves = movesOf(passage);
    READ.set(passage, moves);
  }
  return moves;
}

function crosses(q: Move, p: Move): boolean {
  const [leftTaken, takenLeft] = [shared(q.left, p.taken), shared(q.taken, p.left)];
  const same = shared(q.left, p.left) + shared(q.taken, p.taken);
  return leftTaken > 0 && takenLeft > 0 && leftTaken + takenLeft > same;
}
