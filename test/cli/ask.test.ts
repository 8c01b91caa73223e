import { spawnSync } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openDatabase } from "../../src/storage/question-db.js";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDataDir } from "../helpers/test-core.js";

let dataDir: string;
beforeAll(() => {
  dataDir = tempDataDir();
});

function runAsk(args: string[], input?: string) {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: dataDir,
    EMBEDDINGS_PROVIDER: "local",
    LOG_LEVEL: "info",
  };
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/ask.ts", ...args], {
    input,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("npm run ask", () => {
  it("--json prints exactly one answer object on stdout, logs on stderr", () => {
    const run = runAsk(["--json", "Has he used Databricks?"]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expect(Object.keys(answer).sort()).toEqual([
      "answer",
      "answered",
      "citations",
      "language",
      "mode",
      "question",
      "verdict",
    ]);
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]).toHaveProperty("section");
    expect(run.stderr).toContain("index built");
  });

  it("--json with no question reads JSON Lines: one object per input line, in order", () => {
    const questions = ["Has he used Docker?", "", "Connaît-il Kubernetes ?", "Est-il freelance ?"];
    const run = runAsk(["--json"], `${questions.join("\n")}\n`);
    expect(run.status).toBe(0);
    const answers = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.question)).toEqual(questions);
    expect(answers.map((a) => a.answered)).toEqual([true, false, false, true]);
    expect(answers[1].reason).toBe("empty");
    expect(answers[2].language).toBe("fr");
    // A one-shot run leaves its rows beside bot.db; its next opener (the bot, the report) moves them in.
    openDatabase(join(dataDir, "bot.db")).close();
    const db = new Database(join(dataDir, "bot.db"), { readonly: true });
    const logged = db
      .prepare("SELECT question, platform, answered, user_hash FROM questions ORDER BY rowid DESC LIMIT 4")
      .all()
      .reverse();
    expect(logged).toEqual(
      questions.map((q, i) => ({
        question: q,
        platform: "cli",
        answered: answers[i].answered ? 1 : 0,
        user_hash: null,
      })),
    );
    db.close();
  });

  it("prints a readable answer with its sources, and usage when the question is empty", () => {
    const run = runAsk(["Has he done PII encryption?"]);
    expect(run.stdout).toMatch(/^Yes — the profile mentions it at Decathlon/);
    expect(run.stdout).toContain("Sources:\n  [1] Decathlon — Senior Data Engineer › Security and governance");
    const empty = runAsk([]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain("Usage:");
    expect(empty.stdout).toBe("");
  });

  it("stops with a message naming a bad setting", () => {
    const env = { PATH: process.env.PATH, DATA_DIR: dataDir, MAX_QUESTION_CHARS: "lots" };
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/ask.ts", "hi"], { env, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("MAX_QUESTION_CHARS: must be a number");
  });
});
