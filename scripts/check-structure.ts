/**
 * House rules the formatter can't check, run by `npm test` (`npm run lint:structure`):
 * - no function in src/ longer than 60 lines, nested functions counted inside their parent (a factory
 *   of closures is one long function);
 * - no line longer than 120 characters in src/, test/, bench/ and scripts/, strings, regular
 *   expressions and comments included.
 * `tsx scripts/check-structure.ts` prints each breach as `file:line: …` and exits 1 if there is one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export const MAX_FUNCTION_LINES = 60;
export const MAX_LINE_CHARS = 120;

/**
 * Functions over the limit when the rule came in, with their length then: each may shrink, none may grow,
 * and a new one fails. Every one has since been split into named steps: the list stays empty.
 */
export const KNOWN_LONG_FUNCTIONS: Record<string, number> = {};

/** Files with lines over the limit when the rule came in, and how many: the count may only go down (now none). */
export const KNOWN_LONG_LINES: Record<string, number> = {};

export interface Breach {
  file: string;
  line: number;
  message: string;
  /** For a long function: "file#name" and its length in lines. */
  fn?: { id: string; lines: number };
}

/** What a function is called where it is written: its own name, or the variable or key it is bound to. */
function nameOf(node: ts.SignatureDeclaration, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  if (ts.isConstructorDeclaration(node)) return "constructor";
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name)
    return parent.name.getText(source);
  return "(anonymous)";
}

/** Functions (declarations, methods, arrows, expressions) over `max` lines, outermost first. */
export function longFunctions(file: string, text: string, max = MAX_FUNCTION_LINES): Breach[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const breaches: Breach[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const [start, end] = [lineOf(node.getStart(source)), lineOf(node.getEnd())];
      if (end - start + 1 > max) {
        const name = nameOf(node, source);
        const lines = end - start + 1;
        const message = `function ${name} is ${lines} lines (max ${max})`;
        breaches.push({ file, line: start, message, fn: { id: `${file}#${name}`, lines } });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return breaches;
}

/** Lines over `max` characters (code points, so "é" and "—" count one). */
export function longLines(file: string, text: string, max = MAX_LINE_CHARS): Breach[] {
  return text.split("\n").flatMap((line, i) => {
    const length = [...line].length;
    return length > max ? [{ file, line: i + 1, message: `line is ${length} characters (max ${max})` }] : [];
  });
}

/** The .ts files under a folder, the test cache and build output left out. */
export function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !/(^|\/)(\.cache|dist|node_modules)\//.test(f))
    .sort();
}

/**
 * The breaches the known lists don't allow: a long function not listed or grown, more long lines in a
 * file than listed; and listed entries that are fixed now, to take off the list so it only shrinks.
 */
export function withoutKnown(breaches: Breach[], known = KNOWN_LONG_FUNCTIONS, lines = KNOWN_LONG_LINES): Breach[] {
  const found = new Set(breaches.flatMap((b) => (b.fn ? [b.fn.id] : [])));
  const fixed = Object.keys(known)
    .filter((id) => !found.has(id))
    .map((id) => ({
      file: id.split("#")[0]!,
      line: 1,
      message: `${id} is short now: take it off KNOWN_LONG_FUNCTIONS`,
    }));
  const perFile = new Map<string, Breach[]>();
  for (const b of breaches.filter((b) => !b.fn)) perFile.set(b.file, [...(perFile.get(b.file) ?? []), b]);
  const longLines = [...perFile].flatMap(([file, found]) => (found.length > (lines[file] ?? 0) ? found : []));
  const fewer = Object.entries(lines)
    .filter(([file, count]) => (perFile.get(file)?.length ?? 0) < count)
    .map(([file]) => ({ file, line: 1, message: `fewer long lines now: lower its count in KNOWN_LONG_LINES` }));
  return [...breaches.filter((b) => b.fn && b.fn.lines > (known[b.fn.id] ?? 0)), ...fixed, ...longLines, ...fewer];
}

/** Every breach of the two rules in the project at `root`. */
export function checkStructure(root: string): Breach[] {
  const read = (f: string) => ({ file: relative(root, f), text: readFileSync(f, "utf8") });
  const functions = tsFiles(join(root, "src")).map(read);
  const lines = ["src", "test", "bench", "scripts"].flatMap((d) => tsFiles(join(root, d))).map(read);
  return [
    ...functions.flatMap(({ file, text }) => longFunctions(file, text)),
    ...lines.flatMap(({ file, text }) => longLines(file, text)),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const breaches = withoutKnown(checkStructure(process.cwd()));
  for (const b of breaches) process.stderr.write(`${b.file}:${b.line}: ${b.message}\n`);
  if (breaches.length > 0) {
    process.stderr.write(`${breaches.length} breaches of the house rules (see scripts/check-structure.ts)\n`);
    process.exitCode = 1;
  }
}
