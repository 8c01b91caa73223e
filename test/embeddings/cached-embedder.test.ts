import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CachedEmbedder } from "../../src/embeddings/cached-embedder.js";
import type { Embedder } from "../../src/embeddings/embedder.js";
import { silentLogger } from "../../src/logging/logger.js";
import { capturingLogger } from "../helpers/test-core.js";

const DIMS = 8;

/** A vector that only this text gets, exactly representable in float32. */
function vectorOf(text: string): number[] {
  const digest = createHash("sha256").update(text).digest();
  return Array.from({ length: DIMS }, (_, i) => (digest[i]! - 128) / 128);
}

/** An embedder that says which texts it was asked to embed. */
function countingEmbedder(): Embedder & { embedded: string[] } {
  const embedded: string[] = [];
  return {
    id: "fake:8",
    embedded,
    embedDocuments: async (texts) => {
      embedded.push(...texts);
      return texts.map(vectorOf);
    },
    embedQuery: async (text) => vectorOf(text),
  };
}

const TEXTS = [
  "Spark pipelines at Decathlon",
  "PII column-level encryption",
  "Kafka taught at EPISEN",
  "Airflow DAGs on GCP",
];

function cacheFile(): string {
  return join(mkdtempSync(join(tmpdir(), "profile-bot-embcache-")), "embeddings", "fake.bin");
}

/** A cache file holding the vectors of TEXTS, written by the real class one record at a time. */
async function filledCache(): Promise<string> {
  return (await filledCacheWithRecords()).file;
}

/** As `filledCache`, with where each text's record starts and ends in the file. */
async function filledCacheWithRecords(): Promise<{ file: string; records: { start: number; end: number }[] }> {
  const file = cacheFile();
  const cache = new CachedEmbedder(countingEmbedder(), file, silentLogger);
  const records: { start: number; end: number }[] = [];
  for (const text of TEXTS) {
    await cache.embedDocuments([text]);
    records.push({ start: records.at(-1)?.end ?? 0, end: statSync(file).size });
  }
  // The first record starts after the file's header, if any: it has the others' length.
  records[0]!.start = records[0]!.end - (records[1]!.end - records[1]!.start);
  return { file, records };
}

/** Reopens the cache and asks for every text: which ones had to be embedded again, and what came back. */
async function reopen(file: string, logger = silentLogger) {
  const inner = countingEmbedder();
  const cache = new CachedEmbedder(inner, file, logger);
  const vectors = await cache.embedDocuments(TEXTS);
  return { cache, inner, vectors, reembedded: inner.embedded };
}

/** The texts among `texts` that a cache reopened from `file` has to embed again. */
async function notCached(file: string, texts: string[]): Promise<string[]> {
  const inner = countingEmbedder();
  await new CachedEmbedder(inner, file, silentLogger).embedDocuments(texts);
  return inner.embedded;
}

/** Flips one byte of the file at `offset`. */
function flip(file: string, offset: number): void {
  const data = readFileSync(file);
  data[offset] = data[offset]! ^ 0xff;
  writeFileSync(file, data);
}

function expectExact(vectors: number[][]): void {
  vectors.forEach((v, i) => expect(v, TEXTS[i]).toEqual(vectorOf(TEXTS[i]!)));
}

describe("CachedEmbedder on disk", () => {
  it("keeps vectors across restarts and embeds only texts it has not seen", async () => {
    const file = await filledCache();
    const { reembedded, vectors, cache } = await reopen(file);
    expect(reembedded).toEqual([]);
    expectExact(vectors);
    await cache.embedDocuments([...TEXTS, "Terraform modules"]);
    expect(await notCached(file, ["Terraform modules"])).toEqual([]);
  });

  it("drops a torn last record (a crash mid-write) and embeds only that text again", async () => {
    const file = await filledCache();
    truncateSync(file, statSync(file).size - 10);
    const log = capturingLogger();
    const { reembedded, vectors } = await reopen(file, log.logger);
    expect(reembedded).toEqual([TEXTS[3]]);
    expectExact(vectors);
    expect(log.lines().join("\n")).toMatch(/embeddings cache/);
    // The re-embedded vector was appended after the torn bytes: the next start needs the model for nothing.
    expect((await reopen(file)).reembedded).toEqual([]);
  });

  it(
    "drops a record whose vector was damaged instead of returning a wrong vector, and keeps the records after " + "it",
    async () => {
      for (const record of [0, 1, 2]) {
        const { file, records } = await filledCacheWithRecords();
        // A byte among the record's values (24 bytes before its end), then one near its start.
        flip(file, records[record]!.end - 24);
        const first = await reopen(file);
        expect(first.reembedded).toEqual([TEXTS[record]]);
        expectExact(first.vectors);

        const other = await filledCacheWithRecords();
        flip(other.file, other.records[record]!.start + 4);
        const second = await reopen(other.file);
        expect(second.reembedded).toEqual([TEXTS[record]]);
        expectExact(second.vectors);
      }
    },
  );

  it("reads records appended after garbage (a torn append followed by a good one)", async () => {
    const file = await filledCache();
    appendFileSync(file, Buffer.from("torn half of a record"));
    const inner = countingEmbedder();
    await new CachedEmbedder(inner, file, silentLogger).embedDocuments(["Snowflake warehouse"]);
    const { reembedded } = await reopen(file);
    expect(reembedded).toEqual([]);
    expect(await notCached(file, ["Snowflake warehouse"])).toEqual([]);
  });

  it("compacts on request: damaged bytes and texts no longer used are gone, the rest is kept", async () => {
    const file = await filledCache();
    await new CachedEmbedder(countingEmbedder(), file, silentLogger).embedDocuments(["an old passage"]);
    appendFileSync(file, Buffer.from("garbage"));
    const { cache } = await reopen(file);
    const before = statSync(file).size;
    cache.compact(TEXTS);
    expect(statSync(file).size).toBeLessThan(before);
    const log = capturingLogger();
    const after = await reopen(file, log.logger);
    expect(after.reembedded).toEqual([]);
    expect(log.lines()).toEqual([]);
    expect(await notCached(file, ["an old passage"])).toEqual(["an old passage"]);
  });

  it("keeps every record after a damaged file header", async () => {
    const file = await filledCache();
    flip(file, 0);
    const log = capturingLogger();
    const { reembedded, vectors } = await reopen(file, log.logger);
    expect(reembedded).toEqual([]);
    expectExact(vectors);
    expect(log.lines().join("\n")).toMatch(/embeddings cache/);
    expect((await reopen(file)).reembedded).toEqual([]);
  });

  it("reads a cache written in the earlier format (no checksums) without embedding again", async () => {
    const file = cacheFile();
    const records = TEXTS.flatMap((text) => {
      const head = Buffer.alloc(36);
      createHash("sha256").update(text).digest().copy(head);
      head.writeUInt32LE(DIMS, 32);
      return [head, Buffer.from(new Float32Array(vectorOf(text)).buffer)];
    });
    mkdirSync(join(file, ".."), { recursive: true });
    // Its last record torn: the earlier ones are kept, as that format's reader kept them.
    writeFileSync(file, Buffer.concat([...records, Buffer.from("torn")]));
    const first = await reopen(file);
    expect(first.reembedded).toEqual([]);
    expectExact(first.vectors);
    // Converted to the checked format: damage is now caught.
    flip(file, statSync(file).size - 20);
    expect((await reopen(file)).reembedded).toEqual([TEXTS[3]]);
  });
});

describe("CachedEmbedder's questions", () => {
  it("embeds a question asked again while its first call is under way once, and both get its vector", async () => {
    const asked: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const inner: Embedder = {
      id: "fake:8",
      embedDocuments: async (texts) => texts.map(vectorOf),
      embedQuery: async (text) => {
        asked.push(text);
        await gate;
        return vectorOf(text);
      },
    };
    const cache = new CachedEmbedder(inner, cacheFile(), silentLogger);
    const both = Promise.all([cache.embedQuery("Has he used Spark?"), cache.embedQuery("Has he used Spark?")]);
    release();
    expect(await both).toEqual([vectorOf("Has he used Spark?"), vectorOf("Has he used Spark?")]);
    expect(await cache.embedQuery("Has he used Spark?")).toEqual(vectorOf("Has he used Spark?"));
    expect(asked).toEqual(["Has he used Spark?"]);
  });
});
