import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("the embedding worker in the compiled dist/", () => {
  it("starts from dist/src/embeddings/embed-worker.js under plain node, and the process exits when done", () => {
    const build = spawnSync("npm", ["run", "--silent", "build"], { encoding: "utf8" });
    expect(build.status, build.stderr).toBe(0);
    const script = `
      import { WorkerEmbedder, EMBED_WORKER_URL } from "./dist/src/embeddings/worker-embedder.js";
      const embedder = new WorkerEmbedder({ logger: { error: (o, m) => console.error(m, o) } });
      const v = await embedder.embedQuery("Has he done PII encryption?");
      const entry = EMBED_WORKER_URL.pathname.split("/").slice(-3).join("/");
      console.log(JSON.stringify({ dims: v.length, entry }));`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toEqual({ dims: 512, entry: "src/embeddings/embed-worker.js" });
  });
});
