import { foldText } from "../text/normalize.js";

/** Words that make a thing go up: "increase", "raise", « augmenter », « hausse ». */
const RISE =
  String.raw`increas\w*|rais(?:e|ed|es|ing)|grow\w*|grew|augment\w*|hausses?|boost\w*|lengthen\w*|rallong\w*|` +
  String.raw`allong\w*|prolong\w*`;
/**
 * Words that bring a thing about, which make it go up only of what piles up: "did he create technical debt?",
 * « a-t-il accumulé de la dette ? » against "reduce technical debt" (not "create pipelines", "add unit tests").
 */
const CAUSE = String.raw`creat\w*|cree\w*|accumul\w*|add|adds|added|adding|generat\w*|laiss\w*|introduc\w*`;
const PILES_UP = /^(technical|tech|techniques?|debt|dette|costs?|couts?|latenc\w*)$/;
/** Words that make it go down: "reduce", "cut", « réduire », « baisse ». */
const FALL =
  String.raw`reduc\w*|decreas\w*|cut|cuts|cutting|lower\w*|diminu\w*|baiss\w*|redui\w*|shorten\w*|raccourci\w*|` +
  String.raw`shr[iau]nk\w*`;
/** Words between a direction and what goes that way: "increase the costs", « augmenté les coûts ». */
// (« du nombre d'appels »: an elided article too.)
const BETWEEN = String.raw`(?:(?:the|his|its|of|in|les|des|de|du|la|le|l|ses|son|sa|d)\s+|[ld]'\s*){0,3}`;

/** A noun that turns its object round: "cost savings" go up as costs go down (« économies de coûts »). */
const TURNED = String.raw`(?!\s+(?:savings?|reductions?|cuts?|cutting|economies|baisses?|reduction)\b)`;

/** What the question says goes up or down: "did he increase costs?" → rise, "costs". */
type Move = { rise: boolean; object: string; counted?: boolean };
function directionAsked(question: string): Move | null {
  const q = foldText(question);
  // ("did he slow down ingestion?", « accéléré l'ingestion ? »: speed, down or up, said in one verb.)
  // (Done by him: not "did the migration slow down the team?".)
  const his = String.raw`\b(?:(?:he|she) (?:\w+ )?|(?:il|elle) a |a[- ]t[- ](?:il|elle) )`;
  if (new RegExp(`${his}(slow(ed|s|ing)? down|ralenti\\w*)\\b`).test(q)) return { rise: false, object: "speed" };
  if (new RegExp(`${his}(speed(ed|s|ing)? up|sped up|accelere\\w*|accelerat\\w*)\\b`).test(q))
    return { rise: true, object: "speed" };
  const moved = subjectMoved(q);
  if (moved) return moved;
  // ("reduce EMR usage", "cut our Spark use": the name before the word of use, going down.)
  const used = new RegExp(
    String.raw`\b(?:${FALL})\s+(?:(?:the|his|its|their|our)\s+)?(?!(?:the|his|its|their|our|of)\b)` +
      String.raw`([a-z0-9]{2,})\s+(?:usage|use|reliance)\b`,
  ).exec(q);
  if (used) return { rise: false, object: used[1]!, counted: true };
  const caused = new RegExp(String.raw`\b(?:${CAUSE})\s+${BETWEEN}([a-z]{4,})\b`).exec(q);
  const rise =
    new RegExp(String.raw`\b(?:${RISE})\s+${BETWEEN}([a-z]{4,})\b${TURNED}`).exec(q) ??
    (caused && PILES_UP.test(caused[1]!) ? caused : null);
  // ("reduce the use of Spark", « réduit l'utilisation de Spark »: the thing used, counted as the number of.)
  const fall = new RegExp(String.raw`\b(?:${FALL})\s+${BETWEEN}(use|[a-z]{4,})\b${TURNED}`).exec(q);
  if (!rise === !fall) return null;
  // ("increase the number of calls": the thing counted, not "number", which anything has.)
  const counted = /^(number|nombre|amount|quantity|count|use|usage|utilisation|utilization|reliance)$/.test(
    (rise ?? fall)![1]!,
  )
    ? new RegExp(
        // ("the number of API calls": a name, then the plural it counts; "the use of EMR": a short name alone.)
        String.raw`\b${(rise ?? fall)![1]!}\s+(?:of|de|d')\s*(?:the\s+|les\s+|des\s+)?` +
          String.raw`([a-z]{3,})(?:\s+([a-z]{3,}s)\b)?`,
      ).exec(q)
    : null;
  if (counted) return { rise: !!rise, object: counted[2] ?? counted[1]!, counted: true };
  // ("increase ingestion speed": the word after names the thing, when it is a speed.)
  const next = /^\s+(?:(?:de|d|of)\s+)?([a-z]{4,})/.exec(
    q.slice(q.indexOf((rise ?? fall)![1]!) + (rise ?? fall)![1]!.length),
  );
  return { rise: !!rise, object: next && SPEED.test(next[1]!) ? next[1]! : (rise ?? fall)![1]! };
}

/** "did the ingestion time increase?", "has latency dropped?": the thing, then the way it went. */
const SUBJECT_MOVED = new RegExp(
  String.raw`\b(?:the|his|her|its)\s+(?:[a-z]+\s+)?([a-z]{4,})\s+(?:(?:has|have|had)\s+)?` +
    String.raw`(rise|rises|risen|rising|rose|increas\w*|decreas\w*|drop\w*|fell|fall|falls|fallen|falling|grow|grew|` +
    String.raw`grown|growing|shr[iau]nk\w*)\b`,
);
/** "did costs grow?", "has technical debt increased?": the thing, asked bare, then the way it went. */
const ASKED_MOVED = new RegExp(
  // (Not "did he significantly decrease…", "has he ever increased…": he did it, an adverb between.)
  String.raw`\b(?:did|has|have|had|do|does)\s+(?!(?:he|she|it|they|you|il|elle)\b)(?:[a-z]+\s+)?` +
    String.raw`(?!(?:\w+ly|ever|really|actually|already|also|just|never)\b)([a-z]{4,})\s+` +
    String.raw`(grow|grew|grown|increas\w*|rise|risen|rose|drop\w*|fell|fall|fallen|decreas\w*|shr[iau]nk\w*)\b`,
);
/** « le temps d'ingestion a-t-il augmenté ? », « les coûts ont ils augmenté ? »: the same, in French. */
const SUBJECT_MOVED_FR = new RegExp(
  String.raw`\b(?:le|la|les|l')\s*([a-z]{4,})(?:\s+(?:de|du|des|d')\s*[a-z]+)?\s+` +
    String.raw`(?:(?:a|ont|est|sont)(?:[- ]t)?[- ](?:il|elle|ils|elles)\s+|(?:a|ont)\s+)?` +
    String.raw`(augment\w*|baiss\w*|diminu\w*|grimp\w*|explos\w*|chut\w*)\b`,
);

/**
 * "did the ingestion time go up?", "has latency dropped?", « l'ingestion est-elle devenue plus lente ? »: the thing
 * named first, then the way it went.
 */
function subjectMoved(q: string): { rise: boolean; object: string } | null {
  const went = /\b([a-z]{4,})\s+(?:(?:has|have|had)\s+)?(go|goes|went|gone|going)\s+(up|down)\b/.exec(q);
  if (went) return { rise: went[3] === "up", object: went[1]! };
  const moved = SUBJECT_MOVED.exec(q) ?? SUBJECT_MOVED_FR.exec(q) ?? ASKED_MOVED.exec(q);
  if (moved) return { rise: /^(r|i|augment|grimp|explos|gr)/.test(moved[2]!), object: moved[1]! };
  // ("did ingestion get slower?": slower is less speed.)
  const slower = /\b(?:get|got|gotten|become|became|grow|grew)\s+(slower|faster|quicker)\b/.exec(q);
  if (slower) return { rise: slower[1] !== "slower", object: "speed" };
  // (« devenue plus lente »: slower is less speed. Not "took longer", « plus longue », said of anything.)
  const became = /\b(?:devenue?s?|rendue?s?)\s+plus\s+(lente?s?|rapides?)\b/.exec(q);
  return became ? { rise: /^rapid/.test(became[1]!), object: "vitesse" } : null;
}

/**
 * Whether the passage makes the object go the given way: "Reduction of costs", « Réduction des coûts », "Drastic
 * reduction of the ingestion time" (a word naming the thing between), "Reduction of costs and of the number of calls"
 * (one of the things it names).
 */
function goes(text: string, way: string, object: string): boolean {
  const stem = object.slice(0, Math.max(4, object.length - 2));
  const named =
    String.raw`(?:[a-z]{3,}\s+(?:and|et)\s+${BETWEEN})?` +
    String.raw`(?:(?!${RISE}|${FALL}|by|par)[a-z]{3,}\s+${BETWEEN})?`;
  return new RegExp(String.raw`\b(?:${way})\s+${BETWEEN}${named}${stem}`).test(foldText(text));
}

/** Speed, which goes up as the time taken goes down: "increase ingestion speed" against "reduction of the time". */
const SPEED = /^(speed|speeds|vitesse|rapidite|throughput|debit|velocity)$/;
const TIME_TAKEN = ["time", "temps", "duration", "duree", "latency", "latence"];
const TIME_NAMES = ["time", "temps", "duration", "duree"];

/** Whether the question asks a thing to go up or down at all ("did he increase…?"): the moves worth reading. */
export function asksDirection(question: string): boolean {
  return directionAsked(question) !== null;
}

/** The way a question asks a thing to go (rise: up) and the thing, or null when it asks none. */
export function askedMove(question: string): Move | null {
  return directionAsked(question);
}

/** Whether a text says something went that way (true: up), whatever it is: "Reduction of costs" (down). */
export function saysWay(text: string, rise: boolean): boolean {
  return new RegExp(String.raw`\b(?:${rise ? RISE : FALL})`).test(foldText(text));
}

/** Whether a text says anything went up or down: a word of either way (folded). */
export function tellsDirection(text: string): boolean {
  return DIRECTION_WORD.test(foldText(text));
}
const DIRECTION_WORD = new RegExp(String.raw`\b(?:${RISE}|${FALL})`);

/** Where a text (folded) first says a way, up or down; -1 when it doesn't. */
export function directionAt(text: string): number {
  return DIRECTION_WORD.exec(text)?.index ?? -1;
}

/**
 * "Did he increase costs at Decathlon?" against "Reduction of costs…": the passage makes what was asked go the other
 * way (and never the way asked). Only what the direction word itself governs counts: "increase performance" is not
 * turned round by "reduction of the processing time".
 */
export function wentOtherWay(question: string, passage: string): boolean {
  return wentWay(question, passage, false);
}

/** Whether the passage makes what was asked go the way asked ("Reduction of costs" for "did he cut costs?"). */
export function wentAskedWay(question: string, passage: string): boolean {
  return wentWay(question, passage, true);
}

function wentWay(question: string, passage: string, asWay: boolean): boolean {
  const asked = directionAsked(question);
  if (!asked) return false;
  // (The way asked is the other way of its opposite.)
  const rise = asWay ? !asked.rise : asked.rise;
  const [same, other] = rise ? [RISE, FALL] : [FALL, RISE];
  if (SPEED.test(asked.object))
    return TIME_TAKEN.some((t) => goes(passage, same, t)) && !TIME_TAKEN.some((t) => goes(passage, other, t));
  // (« la durée d'ingestion » against « temps d'ingestion »: the time taken, however named.)
  // (Not latency: "did the latency rise?" is no question of the ingestion time.)
  const objects = TIME_NAMES.includes(asked.object) ? TIME_NAMES : [asked.object];
  return objects.some((o) => goes(passage, other, o)) && !objects.some((o) => goes(passage, same, o));
}
