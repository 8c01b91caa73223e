import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { runTerminalChat } from "../../src/cli/chat.js";
import type { Core } from "../../src/core/create-core.js";
import type { AnswerEngine } from "../../src/answer/answer-engine.js";
import { createTestCore, memoryQuestionLog, testAsker } from "../helpers/test-core.js";

let core: Core;
beforeAll(async () => {
  core = await createTestCore();
});

const chatLog = memoryQuestionLog();

async function chat(lines: string[], engine: AnswerEngine = core.engine): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (d: Buffer) => (text += d.toString()));
  const done = runTerminalChat({ ...core, asker: testAsker(engine, chatLog, core.logger) }, input, output);
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  return text;
}

describe("terminal chat", () => {
  it("shows the mode, answers each question with its sources, and stops on exit", async () => {
    const text = await chat(["Has he used Docker?", "", "Connaît-il Kubernetes ?", "exit", "Does he know Terraform?"]);
    expect(text).toContain("Mode: offline: bundled embedding model (offline), extractive answers quoting the CV.");
    expect(text).toContain("Set OPENAI_API_KEY in .env for fluent answers");
    expect(text).toMatch(
      /Yes — Docker: used at AAA-Data \(January 2020 - May 2021\), MAIF \(January 2019 - January 2020\)\./,
    );
    expect(text).toContain("Tech stack: PySpark, Jenkins, Docker, Zeppelin");
    expect(text).toContain("Sources:\n  [1]");
    expect(text).toContain("Le profil ne mentionne pas « Kubernetes ».");
    expect(text).not.toContain("Terraform");
    expect(chatLog.questions.map((q) => [q.platform, q.question])).toEqual([
      ["terminal", "Has he used Docker?"],
      ["terminal", "Connaît-il Kubernetes ?"],
    ]);
  });

  it("checks a pasted job description after /fit, then goes on answering questions", async () => {
    const text = await chat([
      "/fit",
      "Senior Data Engineer",
      "- Spark and Python",
      "- Kubernetes",
      "- 5+ years of experience",
      ".",
      "Has he used Docker?",
    ]);
    expect(text).toContain('Paste the job description, then a line with "." alone.');
    // The title line is a requirement too: graded by his titles.
    expect(text).toContain("Meets 4 of 5 requirements.");
    expect(text).toMatch(/• Senior Data Engineer: ✔ met \(title held: Senior Data Engineer at Decathlon/);
    expect(text).toContain("• Kubernetes: ✘ not in the profile");
    expect(text).toMatch(/Yes — Docker: used at AAA-Data/);
  });

  it("/help says again how to ask and how to check a job, and asks the CV nothing", async () => {
    const before = chatLog.questions.length;
    const text = await chat(["/help", "/aide"]);
    const fitHint = 'To check a job description: type "/fit", paste it (several lines), then a line with "." alone.';
    // The banner once, then once for /help; « /aide » says it in French, with the commands.
    expect(text.split(fitHint).length - 1).toBe(2);
    expect(text).toContain("Pour comparer une offre d'emploi : tapez « /fit »");
    expect(text).toContain("Commandes : « /fit »");
    expect(text).not.toContain("doesn't mention");
    expect(chatLog.questions.length).toBe(before);
  });

  it("/reset starts a new conversation, '/fit <job>' checks one line, an unknown command says so", async () => {
    const before = chatLog.questions.length;
    const text = await chat([
      "how long was he at MAIF?",
      "/reset",
      "and before that?",
      "/fit Requirements: Spark, Kubernetes, 5+ years",
      "/frobnicate",
    ]);
    expect(text).toContain("New conversation: follow-ups no longer refer to what was asked before.");
    // With nothing asked before it, "before that?" asks which role.
    expect(text).toMatch(/Before or after which role\?/);
    expect(text).toContain("• Kubernetes: ✘ not in the profile");
    expect(text).toMatch(/Unknown command “\/frobnicate”\. Commands: "\/fit"/);
    // Only the two questions reach the question log: the commands are the bot's own.
    expect(chatLog.questions.slice(before).map((q) => q.question)).toEqual([
      "how long was he at MAIF?",
      "and before that?",
    ]);
  });

  it("keeps serving after the engine throws, with a polite message", async () => {
    let calls = 0;
    const flaky = {
      answer: async (q: { text: string }) => {
        calls += 1;
        if (calls === 1) throw new Error("disk on fire");
        return core.engine.answer(q);
      },
    };
    const text = await chat(["first", "Has he used Docker?"], flaky);
    expect(text).toMatch(/Sorry — something went wrong on my side \(reference [0-9A-F]{8}\)/);
    expect(text).not.toContain("disk on fire");
    expect(text).toContain("Tech stack: PySpark, Jenkins, Docker, Zeppelin");
  });
});
