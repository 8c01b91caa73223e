import { bootstrap } from "./src/cli/bootstrap.js";
import { createCore } from "./src/core/create-core.js";
import { readerFor } from "./src/query/understand.js";
import { retrievePassages } from "./src/retrieval/hybrid-retriever.js";
const { config, logger } = bootstrap("silent");
const core = await createCore(config, logger);
const { reader } = readerFor(core.index);
for (const q of process.argv.slice(2)) {
  const u = reader.read(q);
  for (const p of u.parts) {
    const r = await retrievePassages(core.index, p.text, u.language, 8, undefined, p.words);
    console.log(p.text, "|", p.words.map((w, i) => `${w.word}${w.key ? "*" : ""}${w.everyday ? "~" : ""}=${r.weights[i]?.toFixed(2)}`).join(" "), "missing", p.missing, "ignored", p.ignored);
    for (const m of r.matches.filter(m => m.chunk.id.includes("context")).slice(0, 8)) console.log("   ", m.chunk.id, m.matched.map(Number).join(""), m.keyword.toFixed(2));
  }
}
