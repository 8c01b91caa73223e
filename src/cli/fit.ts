import { readFileSync } from "node:fs";
import { createCore } from "../core/create-core.js";
import type { FitReport } from "../answer/fit.js";
import { bootstrap } from "./bootstrap.js";
import { readArgs } from "./cli-args.js";

const USAGE = `Usage:
  npm run fit < job-description.txt                 a readable table
  npm run --silent fit -- --json < jd.txt           exactly one JSON object: { language, requirements, summary }
  npm run fit -- --file jd.txt                      the description from a file`;

const MARKS = { met: "met", partial: "partial", not_in_profile: "not in profile" } as const;

/** The report as a table a person reads in a terminal. */
function table(report: FitReport): string {
  const width = Math.min(60, Math.max(11, ...report.requirements.map((r) => r.requirement.length)));
  const rows = report.requirements.map((r) => {
    const where = [
      ...new Set(
        r.citations.map((c) =>
          c.role ? `${c.role.employer}${c.period ? ` (${c.period.replace(/\s*\(.*\)$/, "")})` : ""}` : c.section,
        ),
      ),
    ].join("; ");
    return (
      `${r.requirement.slice(0, width).padEnd(width)}  ${MARKS[r.verdict].padEnd(14)}  ` +
      `${[r.note, where].filter(Boolean).join(" — ")}`
    );
  });
  return [`${"requirement".padEnd(width)}  ${"verdict".padEnd(14)}  evidence`, ...rows, "", report.summary].join("\n");
}

async function main(): Promise<void> {
  const { values } = readArgs(
    {
      options: {
        json: { type: "boolean", default: false },
        file: { type: "string" },
        help: { type: "boolean", default: false },
      },
    },
    USAGE,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const description = values.file ? readFileSync(values.file, "utf8") : readFileSync(0, "utf8");
  const { config, logger } = bootstrap("warn");
  const core = await createCore(config, logger);
  try {
    const result = await core.asker.fit(description, { platform: "cli" });
    if (!result.ok) {
      process.stderr.write(`${result.message}\n`);
      process.exitCode = result.kind === "invalid" ? 2 : 1;
      return;
    }
    process.stdout.write(values.json ? `${JSON.stringify(result.report)}\n` : `${table(result.report)}\n`);
  } finally {
    await core.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`fit failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
