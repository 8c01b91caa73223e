import { bootstrap } from "./src/cli/bootstrap.js";
import { createCore } from "./src/core/create-core.js";
import { renderText } from "./src/render/render-text.js";
const { config, logger } = bootstrap("silent");
const core = await createCore(config, logger);
for (const q of process.argv.slice(2)) { const a = await core.engine.answer({ text: q }); console.log(`> ${q}\n${renderText(a)}\n   [answered=${a.answered} reason=${a.reason ?? ""}]\n`); }
