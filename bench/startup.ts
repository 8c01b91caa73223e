import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { FakeDiscord } from "../test/fakes/discord-fake.js";
import { FakeSlack } from "../test/fakes/slack-fake.js";
import { percentile, round1 } from "./stats.js";

/**
 * `npm run bench:startup`: how long the real entry point takes to be ready in each mode, on the
 * compiled JavaScript that `npm start` runs, against local Slack and Discord fakes; and `npm run ask`
 * as a whole process. The index is built once first (reported apart): these are the starts a user
 * gets every day. Prints a table; with --json, one JSON object on the last line.
 */
const RUNS = 5;
const json = process.argv.includes("--json");

/** Peak resident memory of a process, from /proc, in MB (0 once it has gone). */
function peakRssMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/**
 * What npm runs for a compiled program, without npm: the build's up-to-date check, then the program in the same
 * process (from its code cache, see scripts/build.cjs).
 */
function program(entry: string, ...args: string[]): string[] {
  return [process.execPath, "scripts/build.cjs", "--if-stale", "--run", entry, ...args];
}

/**
 * Starts the bot's program (or `command`, e.g. `npm start` as typed) and resolves when `ready` sees
 * its output: time from spawn, peak RSS of the process started (npm's own, for npm).
 */
function timeStart(
  env: NodeJS.ProcessEnv,
  ready: (stdout: string, stderr: string) => boolean,
  command: string[] = program("dist/src/main.js"),
): Promise<{ ms: number; rssMb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Its own process group: npm's children (sh, node) are stopped with it.
    const child = spawn(command[0]!, command.slice(1), { env, stdio: ["pipe", "pipe", "pipe"], detached: true });
    let out = "";
    let err = "";
    const check = () => {
      if (!ready(out, err)) return;
      const ms = performance.now() - started;
      const rssMb = peakRssMb(child.pid!);
      process.kill(-child.pid!, "SIGKILL");
      resolve({ ms, rssMb });
    };
    child.stdout.on("data", (d: Buffer) => ((out += d.toString()), check()));
    child.stderr.on("data", (d: Buffer) => ((err += d.toString()), check()));
    child.on("exit", (code) => reject(new Error(`exited (${code}) before it was ready: ${err.slice(-400)}`)));
    setTimeout(() => reject(new Error(`not ready after 60 s: ${err.slice(-400)}`)), 60_000).unref();
  }).finally(() => undefined) as Promise<{ ms: number; rssMb: number }>;
}

/** The load averages (1, 5, 15 min): on this shared machine, figures are read with them. */
function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
}

/** "terminal chat" → "terminalChat": the figures' keys. */
function camel(name: string): string {
  return name
    .replace(/[^a-z]+/gi, " ")
    .trim()
    .split(" ")
    .map((w, i) => (i ? w[0]!.toUpperCase() + w.slice(1) : w.toLowerCase()))
    .join("");
}

/** Records p50, min and max of `ms` under `key…Ms` and says them as "p50 / min / max of n". */
function spread(figures: Record<string, unknown>, key: string, ms: number[]): string {
  figures[`${key}P50Ms`] = round1(percentile(ms, 50));
  figures[`${key}MinMs`] = round1(Math.min(...ms));
  figures[`${key}MaxMs`] = round1(Math.max(...ms));
  const [p50, min, max] = [figures[`${key}P50Ms`], figures[`${key}MinMs`], figures[`${key}MaxMs`]];
  return `${p50} / ${min} / ${max} ms (p50 / min / max of ${ms.length})`;
}

/** Questions `npm run ask` is timed on: a one-technology question is decided by keywords; others load the model. */
const ASKED: [string, string[]][] = [
  [
    "one-technology question",
    [
      "Has he used Spark?",
      "Does he know Airflow?",
      "Has he used Docker?",
      "Does he know Kubernetes?",
      "Has he worked with Snowflake?",
    ],
  ],
  [
    "a question that needs the model",
    [
      "Has he done PII encryption?",
      "What did he do at MAIF?",
      "Did he ever train other engineers?",
      "How many teams use the ingestion platform?",
      "Has he worked in insurance?",
    ],
  ],
];

/** Wall time of each command, run one after another; throws if one fails. */
function timeRuns(commands: string[][], env: NodeJS.ProcessEnv): { ms: number[]; rssMb: number[] } {
  const ms: number[] = [];
  const rssMb: number[] = [];
  for (const [command, ...args] of commands) {
    const t = performance.now();
    const run = spawnSync("/usr/bin/time", ["-f", "%M", command!, ...args], { env, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`${[command, ...args].join(" ")} failed: ${run.stderr}`);
    ms.push(performance.now() - t);
    rssMb.push(Math.round(Number(run.stderr.trim().split("\n").pop()) / 1024));
  }
  return { ms, rssMb };
}

/**
 * `npm run ask -- "…"` as a person types it, whole process: npm, the build's up-to-date check (nothing
 * changed: no esbuild), the question in the same process, its exit; and its program alone (what npm runs,
 * `node scripts/build.cjs --if-stale --run dist/src/cli/ask.js`), to tell npm's share from the program's.
 */
async function timeAsk(
  name: string,
  questions: string[],
  env: NodeJS.ProcessEnv,
  figures: Record<string, unknown>,
  rows: [string, string, string][],
): Promise<void> {
  const key = name.includes("model") ? "askWithModel" : "askKeywordsOnly";
  const typed = timeRuns(
    questions.map((q) => ["npm", "run", "--silent", "ask", "--", q]),
    env,
  );
  const alone = timeRuns(
    questions.map((q) => program("dist/src/cli/ask.js", q)),
    env,
  );
  figures[`${key}PeakRssMb`] = Math.max(...alone.rssMb);
  const target = key === "askKeywordsOnly" ? "target < 600 ms" : "";
  rows.push([`npm run ask as typed, ${name}`, spread(figures, `${key}Typed`, typed.ms), target]);
  rows.push([
    `  its program alone (node scripts/build.cjs --run)`,
    `${spread(figures, key, alone.ms)}, peak RSS ${figures[`${key}PeakRssMb`]} MB`,
    "",
  ]);
}

async function main(): Promise<void> {
  const build = spawnSync("npm", ["run", "--silent", "build"], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  const dataDir = mkdtempSync(join(tmpdir(), "profile-bot-startup-"));
  const base = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: dataDir,
    EMBEDDINGS_PROVIDER: "local",
    LOG_LEVEL: "info",
  };
  const slack = await new FakeSlack().start();
  const discord = await new FakeDiscord().start();
  const slackEnv = { SLACK_BOT_TOKEN: "xoxb-bench", SLACK_APP_TOKEN: "xapp-bench", SLACK_API_URL: slack.apiUrl };
  const discordEnv = { DISCORD_TOKEN: "bench-token", DISCORD_API_URL: discord.apiUrl };
  const running = (_out: string, err: string) => err.includes("Press Ctrl-C to stop");
  const prompt = (out: string) => out.includes("\n> ") || out.startsWith("> ");

  // The first start builds the index (the model on every passage): once per CV change, reported apart.
  const first = await timeStart(base, prompt);
  const modes: [string, NodeJS.ProcessEnv, (out: string, err: string) => boolean][] = [
    ["terminal chat", base, prompt],
    ["Slack (Socket Mode)", { ...base, ...slackEnv }, running],
    ["Discord", { ...base, ...discordEnv }, running],
    ["Slack and Discord", { ...base, ...slackEnv, ...discordEnv }, running],
  ];
  const figures: Record<string, unknown> = { firstStartWithIndexBuildMs: round1(first.ms), loadBefore: load() };
  const rows: [string, string, string][] = [["first start (builds the index)", `${round1(first.ms)} ms`, ""]];
  for (const [name, env, ready] of modes) {
    const runs: { ms: number; rssMb: number }[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timeStart(env, ready));
    const key = camel(name);
    const peak = Math.max(...runs.map((r) => r.rssMb));
    figures[`${key}PeakRssMb`] = peak;
    const target = name === "terminal chat" ? "program alone (npm start: below)" : "";
    rows.push([
      `${name}: ready`,
      `${spread(
        figures,
        `${key}Ready`,
        runs.map((r) => r.ms),
      )}, peak RSS ${peak} MB`,
      target,
    ]);
  }
  // What a person waits for when typing `npm start`: npm, the build's up-to-date check, then the program.
  const npmStart: number[] = [];
  for (let i = 0; i < RUNS; i++) npmStart.push((await timeStart(base, prompt, ["npm", "start", "--silent"])).ms);
  rows.push(["npm start as typed: to the prompt", spread(figures, "npmStartTyped", npmStart), "target < 600 ms"]);
  for (const [name, questions] of ASKED) await timeAsk(name, questions, base, figures, rows);
  figures.loadAfter = load();
  await slack.stop();
  await discord.stop();
  // (The index it built is the bench's own: nothing left in the machine's temporary folder.)
  rmSync(dataDir, { recursive: true, force: true });
  if (!json) {
    console.log(
      `Start-up — each mode, this machine (load averages ${figures.loadBefore} before, ${figures.loadAfter} after)`,
    );
    for (const [name, value, target] of rows) console.log(`  ${name.padEnd(48)} ${value.padEnd(62)} ${target}`);
  }
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
