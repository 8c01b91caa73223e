/**
 * snowball-stemmers ships 24 languages' stemmers in one 870 kB CommonJS file; the bot stems English and
 * French only. `trimSnowball` keeps the shared runtime, those two stemmers and `newStemmer` (its table
 * cut to them): a seventh of the code for a one-shot `npm run ask` to compile. The build writes the
 * result beside the compiled stem.js (see build.cjs); null when the file is not laid out as expected
 * (another version of the package): the full package is then used.
 */
const KEEP = new Set(["english", "french"]);
const STEMMER = /\n {4}var (\w+)Stemmer = function \(_SnowballStemmer\d*\) \{\n/g;
const NEW_STEMMER = "\n    function newStemmer(lng) {";

export function trimSnowball(source) {
  const end = source.indexOf(NEW_STEMMER);
  const starts = [...source.matchAll(STEMMER)].map((m) => ({ name: m[1], at: m.index }));
  if (end < 0 || starts.length === 0 || starts.at(-1).at > end) return null;
  if (![...KEEP].every((name) => starts.some((s) => s.name === name))) return null;
  const kept = starts
    .map((s, i) => ({ ...s, to: starts[i + 1]?.at ?? end }))
    .filter((s) => KEEP.has(s.name))
    .map((s) => source.slice(s.at, s.to));
  const table = /^ {12}(\w+): \w+Stemmer,?$/;
  const tail = source
    .slice(end)
    .split("\n")
    .filter((line) => !table.test(line) || KEEP.has(table.exec(line)[1]))
    .join("\n");
  return `${source.slice(0, starts[0].at)}${kept.join("")}${tail}`;
}
