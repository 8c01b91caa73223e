import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod";

/** A YAML file the owner edits by hand, as read: its value, and why the file itself could not be used. */
export interface OwnerYaml<T> {
  value: T;
  /** Bytes the value came from ("" for defaults): part of the knowledge hash. */
  raw: string;
  /** "synonyms.yml, line 4, column 3: …" when the file is broken; the value is then the last good one. */
  error: string | null;
}

/** Where a YAML slip sits, in words a person can act on. */
function describeYamlError(file: string, error: unknown): string {
  if (error instanceof Error && error.name === "YAMLParseError") {
    const pos = (error as Error & { linePos?: { line: number; col: number }[] }).linePos?.[0];
    const reason = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    return pos ? `${file}, line ${pos.line}, column ${pos.col}: ${reason}` : `${file}: ${reason}`;
  }
  return `${file}: ${error instanceof Error ? error.message : String(error)}`;
}

function describeSchemaError(file: string, error: z.ZodError, hint: string): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
  return `${file}${where}: ${issue?.message ?? "unexpected content"} (${hint})`;
}

/**
 * Reads one owner-edited YAML file of the knowledge folder. A missing file gives `fallback`. A broken
 * one (a YAML slip, a wrong shape) never stops the bot: the last good copy kept under `lastGoodDir`
 * is used instead (or `fallback` when there is none), and `error` names the file, line and column.
 * A good file is copied there, atomically, for the next time.
 */
export async function readOwnerYaml<T>(options: {
  dir: string;
  file: string;
  /** The file's schema, loaded when a file is read from YAML (zod is ~0.2 MB of code a start can skip). */
  schema: () => Promise<z.ZodType<T>>;
  /**
   * Whether the value kept beside the last good copy (which passed `schema` when kept) still has its shape:
   * an unchanged file is then read without the schema.
   */
  kept: (value: unknown) => value is T;
  fallback: T;
  /** What the file should hold, for the error message. */
  hint: string;
  /** The value of an empty file: `{}` for a settings file, nothing for a list. */
  empty?: unknown;
  lastGoodDir?: string;
}): Promise<OwnerYaml<T>> {
  const { dir, file, kept, fallback, lastGoodDir } = options;
  const validate = (raw: string) => validateYaml(raw, options);
  const lastGood = lastGoodDir ? await readFile(join(lastGoodDir, file), "utf8").catch(() => null) : null;
  const previousOr = async (error: string): Promise<OwnerYaml<T>> => {
    const previous = lastGood === null ? null : await validate(lastGood);
    if (previous && "value" in previous)
      return { value: previous.value, raw: lastGood!, error: `${error} (using the last good version)` };
    return { value: fallback, raw: "", error: `${error} (using the defaults: no good version kept yet)` };
  };
  let raw: string;
  try {
    raw = await readFile(join(dir, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { value: fallback, raw: "", error: null };
    // A folder of that name, a file it may not read: named, and the bot goes on.
    return previousOr(`${file} cannot be read (${code ?? (error as Error).message})`);
  }
  // Nothing at all, not even a comment, where a good version was: a save cut short, more likely than a choice
  // (a comment, or "[]", empties it on purpose). The good version stays, kept.
  if (raw.trim() === "" && lastGood !== null && lastGood.trim() !== "")
    return previousOr(`${file} is empty (a save cut short?); write a comment in it to empty it on purpose`);
  // Unchanged since its last good copy: its value as then parsed, with no YAML to read.
  if (lastGood === raw) {
    const value: unknown = await readFile(join(lastGoodDir!, `${file}.json`), "utf8")
      .then((json) => JSON.parse(json))
      .catch(() => null);
    if (kept(value)) return { value, raw, error: null };
  }
  const result = await validate(raw);
  if ("value" in result) {
    if (lastGoodDir) await keepCopy(lastGoodDir, file, raw, result.value);
    return { value: result.value, raw, error: null };
  }
  return previousOr(result.error);
}

/** A file's text read as YAML and checked against its schema: its value, or what is wrong, where. */
async function validateYaml<T>(
  raw: string,
  options: { file: string; schema: () => Promise<z.ZodType<T>>; hint: string; empty?: unknown },
): Promise<{ value: T } | { error: string }> {
  let data: unknown;
  try {
    // The YAML parser (~40 ms to load) only when the file changed since its last good copy.
    const { parse } = await import("yaml");
    data = parse(raw, { prettyErrors: true });
  } catch (error) {
    return { error: describeYamlError(options.file, error) };
  }
  // An empty file (or one of comments only) is an empty value, not an error.
  const parsed = (await options.schema()).safeParse(data ?? options.empty);
  return parsed.success
    ? { value: parsed.data }
    : { error: describeSchemaError(options.file, parsed.error, options.hint) };
}

/** Keeps the file and its parsed value (the value first: a copy is trusted only beside its value). */
async function keepCopy(dir: string, file: string, raw: string, value: unknown): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    for (const [name, content] of [
      [`${file}.json`, JSON.stringify(value)],
      [file, raw],
    ] as const) {
      const tmp = join(dir, `.${name}.${process.pid}.tmp`);
      await writeFile(tmp, content);
      await rename(tmp, join(dir, name));
    }
  } catch {
    // A read-only data folder only costs the fallback copy, never the answers.
  }
}
