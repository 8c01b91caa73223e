import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDataDir } from "../helpers/test-core.js";

let dataDir: string;
beforeAll(() => {
  dataDir = tempDataDir();
});

function runFit(args: string[], input: string) {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: dataDir,
    EMBEDDINGS_PROVIDER: "local",
  };
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/fit.ts", ...args], {
    input,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
}

const PROFILE_TECHNOLOGIES = ["Spark", "AWS", "Databricks", "Airflow", "Python", "Scala", "Snowflake"];

describe("npm run fit", () => {
  it.each([
    ["en", "test/fixtures/jd.en.txt", /^5\+ years of experience$/, /^Mentor junior data engineers/],
    [
      "fr",
      "test/fixtures/jd.fr.txt",
      /^5 ans d'expérience ou plus$/,
      /^Encadrer et accompagner des data engineers juniors/,
    ],
  ])(
    "--json reads a %s job description requirement by requirement, as exactly one JSON object",
    (language, file, years, mentoring) => {
      const run = runFit(["--json"], readFileSync(file, "utf8"));
      expect(run.status).toBe(0);
      const lines = run.stdout.trim().split("\n");
      expect(lines).toHaveLength(1);
      const report = JSON.parse(lines[0]!) as {
        language: string;
        summary: string;
        requirements: {
          requirement: string;
          verdict: string;
          citations: { section: string; period: string | null }[];
        }[];
      };
      expect(report.language).toBe(language);
      const verdict = (name: string | RegExp) =>
        report.requirements.find((r) => (typeof name === "string" ? r.requirement === name : name.test(r.requirement)));
      for (const tech of PROFILE_TECHNOLOGIES) {
        expect(verdict(tech)?.verdict, tech).toBe("met");
        expect(verdict(tech)!.citations.length, tech).toBeGreaterThan(0);
        expect(verdict(tech)!.citations[0]!.period, tech).toMatch(/\d{4}/);
      }
      expect(verdict("Terraform")?.verdict).toBe("not_in_profile");
      expect(verdict("Kubernetes")?.verdict).toBe("not_in_profile");
      expect(verdict("Kafka")?.verdict).toBe("partial");
      expect(verdict(years)?.verdict).toBe("met");
      expect(verdict(mentoring)?.verdict).toBe("met");
      expect(report.summary).toMatch(/Terraform, Kubernetes/);
    },
  );

  it("ties years to the technology they name, ignores years that ask nothing, and counts each technology once", () => {
    const run = runFit(
      ["--json"],
      "- 3 years of Kubernetes\n- Acme was founded 12 years ago\n- 5+ years of Scala\n- Scala and Python\n",
    );
    const report = JSON.parse(run.stdout) as { requirements: { requirement: string; verdict: string }[] };
    expect(report.requirements.map((r) => [r.requirement, r.verdict])).toEqual([
      ["3+ years of Kubernetes", "not_in_profile"],
      // 5 years and 6 months counted to today, 4 years and 3 months when the CV was written: partly.
      ["5+ years of Scala", "partial"],
      ["Python", "met"],
    ]);
  });

  it("prints a readable table by default, and refuses an over-long description with the limit", () => {
    const table = runFit([], readFileSync("test/fixtures/jd.en.txt", "utf8"));
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^requirement\s+verdict\s+evidence/);
    expect(table.stdout).toMatch(/Kafka\s+partial\s+taught only, not used in a role — EPISEN/);
    const long = runFit([], "Spark ".repeat(2000));
    expect(long.status).toBe(2);
    expect(long.stderr).toContain("the limit is 8000");
  });
});
