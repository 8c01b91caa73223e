import { foldText } from "../text/normalize.js";

/** Words that make a thing go up: "increase", "raise", « augmenter », « hausse ». */
// ("did he create technical debt?", « a-t-il accumulé de la dette ? » against "reduce technical debt".)
const RISE =
  String.raw`increas\w*|rais(?:e|ed|es|ing)|grow\w*|grew|augment\w*|hausses?|boost\w*|` +
  String.raw`creat\w*|cree\w*|accumul\w*`;
/** Words that make it go down: "reduce", "cut", « réduire », « baisse ». */
const FALL = String.raw`reduc\w*|decreas\w*|cut|cuts|cutting|lower\w*|diminu\w*|baiss\w*|redui\w*`;
/** Words between a direction and what goes that way: "increase the costs", « augmenté les coûts ». */
const BETWEEN = String.raw`(?:(?:the|his|its|of|in|les|des|de|du|la|le|l|ses|son|sa|d)\s+){0,3}`;

/** A noun that turns its object round: "cost savings" go up as costs go down (« économies de coûts »). */
const TURNED = String.raw`(?!\s+(?:savings?|reductions?|cuts?|cutting|economies|baisses?|reduction)\b)`;

/** What the question says goes up or down: "did he increase costs?" → rise, "costs". */
function directionAsked(question: string): { rise: boolean; object: string } | null {
  const q = foldText(question);
  const rise = new RegExp(String.raw`\b(?:${RISE})\s+${BETWEEN}([a-z]{4,})\b${TURNED}`).exec(q);
  const fall = new RegExp(String.raw`\b(?:${FALL})\s+${BETWEEN}([a-z]{4,})\b${TURNED}`).exec(q);
  if (!rise === !fall) return null;
  return { rise: !!rise, object: (rise ?? fall)![1]! };
}

/** Whether the passage makes the object go the given way: "Reduction of costs", « Réduction des coûts ». */
function goes(text: string, way: string, object: string): boolean {
  const stem = object.slice(0, Math.max(4, object.length - 2));
  return new RegExp(String.raw`\b(?:${way})\s+${BETWEEN}${stem}`).test(foldText(text));
}

/**
 * "Did he increase costs at Decathlon?" against "Reduction of costs…": the passage makes what was asked go the other
 * way (and never the way asked). Only what the direction word itself governs counts: "increase performance" is not
 * turned round by "reduction of the processing time".
 */
export function wentOtherWay(question: string, passage: string): boolean {
  const asked = directionAsked(question);
  if (!asked) return false;
  const [same, other] = asked.rise ? [RISE, FALL] : [FALL, RISE];
  return goes(passage, other, asked.object) && !goes(passage, same, asked.object);
}

/** What a passage says was kept away: « sans interruption de service », "to avoid memory errors". */
const KEPT_AWAY = new RegExp(
  String.raw`\b(?:sans|without|with no|no|avoid(?:s|ed|ing)?|to avoid|eviter|evitant|evite)\s+` +
    String.raw`(?:(?:les|la|le|l|des|d|de|du|any|the)\s+)?([a-z]{4,})(?:\s+(?:de\s+|of\s+)?([a-z]{4,}))?`,
  "g",
);
/** A question itself about keeping something away, fixing it, or denying it: "did he avoid…", « sans… ». */
const NOT_HAVING = new RegExp(
  String.raw`\b(sans|without|avoid\w*|prevent\w*|fix\w*|solv\w*|resolv\w*|deal\w*|handl\w*|tackl\w*|manag\w*|` +
    String.raw`reduc\w*|limit\w*|minimi\w*|evit\w*|corrig\w*|resou\w*|regl\w*|gere\w*|gerai\w*|trait\w*|` +
    String.raw`never|jamais|not|pas|no|n|aucune?)\b`,
);

/** Whether a word of the question is `word` or one of its family: « interrompu » for "interruption". */
function holds(question: string[], word: string): boolean {
  return question.some((w) => {
    let n = 0;
    while (n < w.length && w[n] === word[n]) n++;
    return n >= Math.min(6, word.length) && n >= 4;
  });
}

/**
 * "Did he interrupt the service during the migration?" against « …vers Snowflake sans interruption de service »,
 * « a-t-il eu des erreurs mémoire ? » against "…to avoid memory errors": what was asked is what the passage says
 * was kept away. (Not when the question asks of keeping it away or fixing it: "did he solve memory errors?".)
 */
export function keptAway(question: string, passage: string): boolean {
  const q = foldText(question);
  if (NOT_HAVING.test(q)) return false;
  const words = q.split(/[^a-z]+/).filter((w) => w.length >= 4);
  for (const m of foldText(passage).matchAll(KEPT_AWAY)) {
    const kept = [m[1]!, m[2]].filter((w): w is string => !!w);
    if (kept.every((w) => holds(words, w))) return true;
  }
  return false;
}
