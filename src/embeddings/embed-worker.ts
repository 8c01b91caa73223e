import { parentPort } from "node:worker_threads";
import { LocalEmbedder } from "./local-embedder.js";

/** A batch of texts to embed, sent by `WorkerEmbedder`. */
export interface EmbedJob {
  id: number;
  texts: string[];
}

/** The vectors of a job, in order, or why it failed; or, once, that the worker is listening. */
export type EmbedReply = { id: number; vectors: number[][] } | { id: number; error: string } | { ready: true };

/**
 * The worker thread's side: the bundled model, loaded once, embeds one job at a time. Runs off the
 * main thread so a forward pass never delays Slack acks, Discord heartbeats or /healthz.
 */
function serve(): void {
  const port = parentPort;
  if (!port) throw new Error("embed-worker.ts runs as a worker thread only");
  const embedder = new LocalEmbedder();
  // One forward pass per job: the sender sizes the batches.
  const embed = async (texts: string[]) => (texts.length === 0 ? [] : (await embedder.load()).embed(texts));
  let chain = Promise.resolve();
  port.on("message", (job: EmbedJob) => {
    chain = chain.then(async () => {
      try {
        const vectors = await embed(job.texts);
        port.postMessage({ id: job.id, vectors } satisfies EmbedReply);
      } catch (error) {
        port.postMessage({
          id: job.id,
          error: error instanceof Error ? error.message : String(error),
        } satisfies EmbedReply);
      }
    });
  });
  port.postMessage({ ready: true } satisfies EmbedReply);
}

serve();
