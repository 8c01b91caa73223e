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
