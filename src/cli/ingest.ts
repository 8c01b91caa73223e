import { resolve } from "node:path";
import { createCore } from "../core/create-core.js";
import { requestReload } from "../core/knowledge-reloader.js";
import { bootstrap } from "./bootstrap.js";

/** `npm run ingest`: rebuilds the index from the knowledge folder and says what it did. */
async function main(): Promise<void> {
  const { config, logger } = bootstrap("warn");
  const core = await createCore(config, logger, { forceReindex: true, warmUp: false });
  const { kb, indexReport } = core;
  const byFile = new Map<string, number>();
  for (const c of kb.chunks) byFile.set(c.source, (byFile.get(c.source) ?? 0) + 1);
  const out = [
    `Knowledge: ${config.KNOWLEDGE_DIR}`,
    ...[...byFile].map(([file, n]) => `  ${file}: ${n} passages`),
    ...kb.errors.map((e) => `  not used: ${e.message}`),
    ...kb.warnings.map((w) => `  to fix: ${w.message}`),
    ...(kb.faqPlaceholders.length
      ? [
          "  FAQ entries still to fill in (not cited until they are): " +
            kb.faqPlaceholders.map((q) => `"${q}"`).join(", "),
        ]
      : []),
    `Embedder: ${core.index.embedder.id}`,
    `Index: ${indexReport.chunks} passages, rebuilt in ${Math.round(indexReport.ms)} ms (${indexReport.reason}), ` +
      (indexReport.saved
        ? `saved under ${config.DATA_DIR}/index`
        : `NOT saved: ${config.DATA_DIR}/index could not be written (see the warning above); each start will ` +
          `rebuild it`),
  ];
  await core.close();
  // A bot running on the same data folder picks the new index up without a restart.
  const told =
    indexReport.saved &&
    (await requestReload(resolve(config.DATA_DIR)).then(
      () => true,
      () => false,
    ));
  if (indexReport.saved && !told) out.push("A running bot could not be told: restart it to use the new index.");
  process.stdout.write(`${out.join("\n")}\n`);
  // Answers go on with what loaded, but a file that isn't used as written, or an index not saved, is the owner's to
  // fix.
  if (kb.errors.length > 0 || kb.warnings.length > 0 || !indexReport.saved) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`ingest failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
