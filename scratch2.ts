import { bootstrap } from "./src/cli/bootstrap.js";
import { createCore } from "./src/core/create-core.js";
import { readSet, runSet } from "./test/eval/eval-lib.js";
const { config, logger } = bootstrap("silent");
const core = await createCore(config, logger);
for (const f of process.argv.slice(2)) for (const o of await runSet(core.index, core.engine, readSet(f))) if (o.confidentlyWrong) console.log("CW", o.item.q, "=>", o.answer.answer.split("\n")[0].slice(0, 160), o.answer.citations.map(c=>c.id).join(","));
