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
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  // Belgian and Swiss French: « septante », « nonante », « huitante » (« octante »).
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
  "quatre-vingt": 80,
  "quatre-vingts": 80,
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
const TENS_WORD = new RegExp(
  String.raw`(?<![\p{L}-])(soixante[- ]dix|quatre[- ]vingts?|${Object.keys(TENS)
    .filter((t) => !t.includes("-"))
    .join("|")})` + String.raw`(?:(?:-| et |-et-)(${Object.keys(UNITS).join("|")}))?(?![\p{L}-])`,
  "giu",
);

/**
 * « nonante To », « septante-cinq data scientists », "ninety-nine percent": tens written as words, in figures,
 * so the figures a question states are checked as if typed ("90 To").
 */
export function tensInFigures(text: string): string {
  return text.replace(TENS_WORD, (whole: string, tens: string, unit: string | undefined) => {
    const t = tens.toLowerCase().replace(" ", "-");
    const base = t === "soixante-dix" ? 70 : (TENS[t] ?? TENS[t.replace(/s$/, "")]);
    const u = unit ? UNITS[unit.toLowerCase()] : 0;
    return base === undefined || u === undefined ? whole : String(base + u);
  });
}
