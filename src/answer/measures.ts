import { foldText } from "../text/normalize.js";

/**
 * A measured quantity: a number with a unit of data, money or time, or of the things counted (teams,
 * tables, branches, data scientists, users). "400 TB", "2,000 tables", "€7M", "6 minutes" — not a year,
 * "2-week sprints" nor "2 junior data engineers".
 */
const MEASURE = new RegExp(
  String.raw`\d[\d,.]*(?: \d{3})*\s*(%|€|k€|m€|tb|to|gb|go|pb|po|minutes?|teams?|equipes?|tables?|branches?|` +
    String.raw`agences?|data scientists?|users?|utilisateurs?)(?![\p{L}])|€\s*\d`,
  "u",
);

/** Whether a text gives a measured quantity (see MEASURE), in either language. */
export function givesMeasure(text: string): boolean {
  return MEASURE.test(foldText(text));
}

/** "how many years?", « combien de temps ? », « combien de fois ? »: a length of time or a count of times. */
const TIME_COUNTED =
  /^(years?|ans|annees?|mois|months?|weeks?|semaines?|days?|jours?|hours?|heures?|temps|times?|fois)$/;

/** Whether the noun a question counts is time ("how many years…?"), which whole-profile answers give. */
export function countsTime(noun: string): boolean {
  return TIME_COUNTED.test(noun);
}

/**
 * "has he handled 300 TB a day?", "worked at that volume?": a volume he copes with, any larger one holding it (not
 * "40 TB a day at Decathlon, right?", a figure to confirm).
 */
export function volumeHandled(question: string): boolean {
  const q = foldText(question);
  return VOLUME_HANDLED.test(q) && ASKED_IF_ABLE.test(q) && PER_DAY_OR_SCALE.test(q) && !FIGURE_CONFIRMED.test(q);
}
/** A volume per day, or a scale pointed at: "300 TB a day", « par jour », "at that volume" (not "50 TB tables"). */
const PER_DAY_OR_SCALE =
  /\b((a|per|par|each|every|chaque) (day|jour)|daily|quotidien\w*|(at|of|with) (that|this|such a) (volume|scale))\b/;
/** A question whether he did or can ("has he…", « a-t-il… »), not a fact said to be confirmed (« il traite 90 To »). */
const ASKED_IF_ABLE =
  /\b(has|have|did|does|can|could|would|is|was) (he|she)\b|\ba-t-(il|elle)\b|\best-ce qu|\b(peut|sait)-(il|elle)\b/;
const VOLUME_HANDLED =
  /\b(handl\w*|worked (at|with)|deal\w* with|cope|coped|process\w*|volumes?|scale|gere\w*|gerer|trait\w*|volumetrie)\b/;
/**
 * A figure someone gave, to be confirmed: "I heard…", « on m'a dit… » (a closing "right?", « c'est bien ça ? » is
 * stripped before this is read; the question form, ASKED_IF_ABLE, tells those apart).
 */
const FIGURE_CONFIRMED = /\b(confirm\w*|i (heard|read|was told)|on m'a dit|on m'a parle|j'ai lu|j'ai entendu)\b/;
