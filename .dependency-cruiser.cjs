/**
 * The layer rules of ARCHITECTURE.md, checked by `npm test` (`npm run lint:layers`).
 * A layer may import the layers below it, never one above: entry points → adapters / core →
 * service → storage → answer → messages → llm / conversation → query / profile → retrieval → index →
 * knowledge / embeddings → text; config, logging, types and calls (retries and concurrency for
 * outside calls) serve every layer and import none.
 */
const LAYERS = [
  ["entry", "^src/(main\\.ts|cli/)"],
  ["adapters", "^src/adapters/"],
  ["core", "^src/core/"],
  ["render", "^src/render/"],
  ["service", "^src/service/"],
  ["storage", "^src/storage/"],
  ["answer", "^src/answer/"],
  ["messages", "^src/messages/"],
  ["llm", "^src/(llm|conversation)/"],
  ["query", "^src/(query|profile)/"],
  ["retrieval", "^src/retrieval/"],
  ["index", "^src/index/"],
  ["knowledge", "^src/(knowledge|embeddings)/"],
  ["text", "^src/text/"],
];
/** Layers that sit side by side and must not import each other. */
const SIBLINGS = [["adapters", "core"]];

const SHARED = "^src/(config|logging|types|calls)/";

const above = (i) => LAYERS.slice(0, i).map(([, path]) => path);
const layerRules = LAYERS.slice(1).map(([name, path], i) => ({
  name: `no-upward-from-${name}`,
  comment: `${name} must not import a layer above it (see ARCHITECTURE.md)`,
  severity: "error",
  from: { path },
  to: { path: above(i + 1) },
}));
const siblingRules = SIBLINGS.map(([a, b]) => ({
  name: `no-${a}-to-${b}`,
  comment: `${a} and ${b} are side by side: neither imports the other`,
  severity: "error",
  from: { path: LAYERS.find(([n]) => n === a)[1] },
  to: { path: LAYERS.find(([n]) => n === b)[1] },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    ...siblingRules,
    {
      name: "shared-imports-no-layer",
      comment: "config, logging, types and calls serve every layer, so they import none",
      severity: "error",
      from: { path: SHARED },
      to: { path: "^src/", pathNot: SHARED },
    },
    {
      name: "no-platform-sdk-below-adapters",
      comment: "only adapters (and the entry points that start them) know Slack or Discord",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/(adapters/|main\\.ts|cli/discord-register\\.ts)" },
      to: { path: "node_modules/(@slack/|discord\\.js|@discordjs/)" },
    },
    { name: "no-circular", severity: "error", from: { path: "^src/" }, to: { circular: true } },
    {
      name: "no-test-code-in-src",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(test|bench)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
