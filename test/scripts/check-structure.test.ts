import { describe, expect, it } from "vitest";
import { checkStructure, longFunctions, longLines, withoutKnown } from "../../scripts/check-structure.js";

/** A factory of closures: each closure is short, the factory is not. */
const factory = (closures: number) =>
  [
    "export function makeThings() {",
    ...Array.from({ length: closures }, (_, i) => [`  const f${i} = () => {`, `    return ${i};`, "  };"]).flat(),
    "  return { f0 };",
    "}",
  ].join("\n");

describe("the house rules the formatter can't check", () => {
  it("counts nested functions inside their parent: a factory of closures is one long function", () => {
    expect(longFunctions("ok.ts", factory(19))).toEqual([]);
    const [breach, ...others] = longFunctions("long.ts", factory(20));
    expect(others).toEqual([]);
    expect(breach).toMatchObject({ file: "long.ts", line: 1, message: "function makeThings is 63 lines (max 60)" });
  });

  it("names arrow functions and methods by what they are bound to", () => {
    const body = Array.from({ length: 60 }, () => "    x++;").join("\n");
    const text = `const run = () => {\n${body}\n};\nclass A {\n  go() {\n${body}\n  }\n}\n`;
    expect(longFunctions("a.ts", text).map((b) => b.message)).toEqual([
      "function run is 62 lines (max 60)",
      "function go is 62 lines (max 60)",
    ]);
  });

  it("finds a line over 120 characters, in a string or comment too, counting characters not bytes", () => {
    expect(longLines("a.ts", `// ${"é".repeat(117)}\nconst s = "short";`)).toEqual([]);
    expect(longLines("a.ts", `const s = "${"x".repeat(110)}";`)).toHaveLength(1);
  });

  it("fails on a new long function or a grown one, and asks for fixed entries to be taken off the lists", () => {
    const grown = { file: "f.ts", line: 1, message: "", fn: { id: "f.ts#g", lines: 70 } };
    expect(withoutKnown([grown], { "f.ts#g": 70 }, {})).toEqual([]);
    expect(withoutKnown([grown], { "f.ts#g": 65 }, {})).toEqual([grown]);
    expect(withoutKnown([], { "f.ts#g": 65 }, {})[0]!.message).toContain("take it off");
    const line = { file: "f.ts", line: 3, message: "line is 130 characters (max 120)" };
    expect(withoutKnown([line, line], {}, { "f.ts": 1 })).toHaveLength(2);
    expect(withoutKnown([], {}, { "f.ts": 1 })[0]!.message).toContain("lower its count");
  });

  it("holds for this project", () => {
    expect(withoutKnown(checkStructure(process.cwd())).map((b) => `${b.file}:${b.line}: ${b.message}`)).toEqual([]);
  });
});
