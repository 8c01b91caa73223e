/**
 * Numbers written as words, up to twenty and a dozen, in English and French: "a team of ten", « dix
 * personnes ». (Not "one", « un »: an article as often as a figure.)
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...["two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"].flatMap(
    (l) => l.split(" ").map((w, i) => [w, i + 2] as const),
  ),
  ...["deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"].flatMap((l) =>
    l.split(" ").map((w, i) => [w, i + 2] as const),
  ),
  ...([
    ["eighteen", 18],
    ["nineteen", 19],
    ["twenty", 20],
    ["dozen", 12],
    ["vingt", 20],
    ["douzaine", 12],
  ] as const),
]);

/** The number a folded token writes, in figures or in words; undefined for any other word. */
export function numberOf(token: string): number | undefined {
  return /^\d+$/.test(token) ? Number(token) : NUMBER_WORDS[token];
}

const TENS: Readonly<Record<string, number>> = {
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  // Belgian and Swiss French: « septante », « nonante », « huitante » (« octante »).
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const UNITS: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  one: 1,
  ...Object.fromEntries(Object.entries(NUMBER_WORDS).filter(([, n]) => n < 20)),
  dix: 10,
};
const UNIT = `(${Object.keys(UNITS).join("|")})`;
const TEN =
  String.raw`(soixante[- ]dix|quatre[- ]vingts?|${Object.keys(TENS).join("|")})` +
  String.raw`(?:(?:-| et |-et-| and )${UNIT})?`;
/** « deux cent cinquante », "a hundred and sixty", « cent soixante », « nonante-neuf », "ninety": one number. */
const NUMBER_PHRASE = new RegExp(
  String.raw`(?<![\p{L}-])(?:(?:${UNIT}[ -]|(a|an) )?(cents?|hundreds?)(?:(?: and| et)? (?:${TEN}|${UNIT}))?|${TEN})` +
    String.raw`(?![\p{L}-])`,
  "giu",
);

function tensOf(tens: string, unit: string | undefined): number | undefined {
  const t = tens.toLowerCase().replace(" ", "-");
  const base = t === "soixante-dix" ? 70 : /^quatre-vingts?$/.test(t) ? 80 : TENS[t];
  const u = unit ? UNITS[unit.toLowerCase()] : 0;
  return base === undefined || u === undefined ? undefined : base + u;
}

/**
 * « nonante To », « septante-cinq data scientists », « cent soixante équipes », "two hundred and fifty students":
 * numbers written as words from twenty up, in figures, so the figures a question states are checked as if typed.
 */
export function tensInFigures(text: string): string {
  return text.replace(NUMBER_PHRASE, (whole: string, ...g: (string | undefined)[]) => {
    const [times, article, hundred, tens, tensUnit, unitAfter, onlyTens, onlyUnit] = g;
    if (!hundred) {
      const n = tensOf(onlyTens!, onlyUnit);
      // (Not "twenty", « vingt »: twenty and under are read as words already, and "twenty twenty" is a year.)
      return n === undefined || n < 30 ? whole : String(n);
    }
    const many = times ? UNITS[times.toLowerCase()] : article ? 1 : 1;
    const rest = tens ? tensOf(tens, tensUnit) : unitAfter ? UNITS[unitAfter.toLowerCase()] : 0;
    // "a hundred" alone is a manner of speaking as often as a figure; « cent » alone, « pour cent ».
    if (many === undefined || rest === undefined || (!times && !tens && !unitAfter)) return whole;
    return String(many * 100 + rest);
  });
}

/** What a figure may count: "sixteen teams", « trois juniors », "fifteen data scientists" (not a time: "in five
 * minutes" is the asker's). */
const COUNTED =
  String.raw`(?:teams?|[ée]quipes?|tables?|people|personnes|engineers?|ing[ée]nieurs?|juniors?|` +
  String.raw`students?|[ée]tudiants?|[ée]l[èe]ves|terabytes?|t[ée]raoctets?|tb|` +
  String.raw`data (?:engineers?|scientists?)|scientists?|developers?|d[ée]veloppeurs?|branches|agences|` +
  String.raw`countries|pays|members?|membres)`;
const SMALL_NUMBER = new RegExp(
  // (Not a range, "three to five people", « deux ou trois juniors »: as written.)
  // (\b knows no accented letter: « de deux à trois » is looked behind with letters, not \b.)
  String.raw`(?<![\p{L}-])(?<!(?<![\p{L}])(?:to|à|a|or|ou|and|et) )(${Object.keys(NUMBER_WORDS).join("|")})` +
    String.raw`(?= ${COUNTED}(?![\p{L}]))`,
  "giu",
);

/** "used by sixteen teams?", « trois juniors ? »: a small number in words before what it counts, in figures. */
export function smallInFigures(text: string): string {
  // ("three thousand tables", « deux mille tables »: thousands, in figures too.)
  const thousands = text.replace(THOUSANDS, (_all: string, n: string) => {
    const count = NUMBER_WORDS[n.toLowerCase()] ?? (/^(a|one|un)$/i.test(n) ? 1 : Number(n));
    return String(count * 1000);
  });
  return thousands.replace(SMALL_NUMBER, (word: string) => String(NUMBER_WORDS[word.toLowerCase()] ?? word));
}
const THOUSANDS = new RegExp(
  String.raw`(?<![\p{L}\d])(${Object.keys(NUMBER_WORDS).join("|")}|a|one|un|\d{1,3}) (?:thousand|mille)(?![\p{L}])`,
  "giu",
);
