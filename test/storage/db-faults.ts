import { spawn } from "node:child_process";
import { once } from "node:events";

/**
 * Another process holding `BEGIN EXCLUSIVE` on `file` until `release()` (or 60 s, in case a test dies).
 * `journal` "delete" locks a database that does not exist yet so that even reading its schema waits.
 */
export async function holdWriteLock(file: string, journal?: "delete" | "wal"): Promise<{ release(): Promise<void> }> {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1]);
    if (process.argv[2]) db.pragma("journal_mode = " + process.argv[2]);
    db.exec("BEGIN EXCLUSIVE");
    process.stdout.write("locked\\n");
    const done = () => { db.exec("COMMIT"); db.close(); process.exit(0); };
    process.stdin.on("data", done);
    setTimeout(done, 60000);`;
  const child = spawn(process.execPath, ["-e", script, file, journal ?? ""], { stdio: ["pipe", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => d.toString().includes("locked") && resolve());
    child.on("exit", (code) => reject(new Error(`lock holder exited (${code})`)));
  });
  return {
    async release() {
      const exited = once(child, "exit");
      child.stdin.write("go\n");
      await exited;
    },
  };
}

/** Measures how late timers fire: the longest the event loop was blocked while the probe ran. */
export function lagProbe(everyMs = 10): { stop(): number } {
  let max = 0;
  let expected = performance.now() + everyMs;
  let timer: NodeJS.Timeout;
  const tick = () => {
    const now = performance.now();
    max = Math.max(max, now - expected);
    expected = now + everyMs;
    timer = setTimeout(tick, everyMs);
  };
  timer = setTimeout(tick, everyMs);
  return {
    stop() {
      clearTimeout(timer);
      return max;
    },
  };
}
