import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import snowball from "snowball-stemmers";
import { describe, expect, it } from "vitest";
import { trimSnowball } from "../../scripts/snowball-en-fr.mjs";
import { tempDataDir } from "../helpers/test-core.js";

/** The words the bot stems: every word of the CV, in both languages, and some question words. */
function words(): string[] {
  const text = ["cv.en.md", "cv.fr.md", "faq.md", "synonyms.yml"]
    .map((f) => readFileSync(join("knowledge", f), "utf8"))
    .join(" ");
  const extra = "used using worked working taught teaching managed managing encryption chiffrement utilisé équipes";
  return [...new Set(`${text} ${extra}`.toLowerCase().match(/\p{L}+/gu) ?? [])];
}

describe("the build's English and French stemmers (dist/src/text/snowball-en-fr.cjs)", () => {
  it("stem every word of the CV as the whole package does, in a seventh of the code", () => {
    const source = readFileSync(createRequire(import.meta.url).resolve("snowball-stemmers"), "utf8");
    const trimmed = trimSnowball(source);
    expect(trimmed).not.toBeNull();
    expect(trimmed!.length).toBeLessThan(source.length / 5);
    const file = join(tempDataDir(), "snowball-en-fr.cjs");
    writeFileSync(file, trimmed!);
    const small = createRequire(import.meta.url)(file) as typeof snowball;
    for (const lang of ["english", "french"]) {
      const [a, b] = [snowball.newStemmer(lang), small.newStemmer(lang)];
      const all = words();
      expect(all.length).toBeGreaterThan(1000);
      expect(all.map((w) => b.stem(w))).toEqual(all.map((w) => a.stem(w)));
    }
  });

  it("is not made from a file laid out otherwise: the package itself is then used", () => {
    expect(trimSnowball("module.exports = {};")).toBeNull();
  });
});
