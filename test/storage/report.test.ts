import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { buildReport, isoWeek, parseSince, renderReportMarkdown } from "../../src/storage/report.js";
import { openDatabase } from "../../src/storage/question-log.js";

/** A database with a week of traffic: answered, not answered (some asking the same thing), failed, rated. */
function seeded() {
  const dir = mkdtempSync(join(tmpdir(), "report-"));
  const db = openDatabase(join(dir, "bot.db"));
  const q = db.prepare("INSERT INTO questions (id, asked_at, platform, question, answered, reason, cited_ids, mode, latency_ms, error_ref) VALUES (?, ?, ?, ?, ?, ?, ?, 'extractive', ?, ?)");
  q.run("a1", "2026-11-23T09:00:00Z", "slack", "Has he done PII encryption?", 1, null, '["cv.en#decathlon.s2.b1"]', 20, null);
  q.run("a2", "2026-11-24T09:00:00Z", "discord", "Has he used Airflow?", 1, null, '["cv.en#decathlon.s3.b1","cv.en#decathlon.s2.b1"]', 30, null);
  q.run("n1", "2026-11-25T09:00:00Z", "slack", "What is his daily rate?", 0, "not_in_profile", "[]", 10, null);
  q.run("n2", "2026-11-26T09:00:00Z", "discord", "His rate per day?", 0, "not_in_profile", "[]", 12, null);
  q.run("n3", "2026-11-27T09:00:00Z", "slack", "Does he know Kubernetes?", 0, "not_in_profile", "[]", 11, null);
  q.run("e1", "2026-11-27T10:00:00Z", "terminal", "Has he used Spark?", 0, "error", "[]", 5, "ABCD1234");
  q.run("old", "2026-10-01T09:00:00Z", "slack", "Is he available?", 0, "not_in_profile", "[]", 9, null);
  db.prepare("INSERT INTO feedback (answer_id, rating, rated_at) VALUES ('a2', 'down', '2026-11-24T10:00:00Z'), ('a1', 'up', '2026-11-23T10:00:00Z')").run();
  return { dir, db };
}

describe("owner's report", () => {
  it("groups unanswered questions that ask the same thing, lists 👎, counts per platform and week", async () => {
    const { db } = seeded();
    const kb = await loadKnowledge("knowledge");
    const sectionOf = (id: string) => kb.chunks.find((c) => c.id === id)?.section;
    const r = buildReport(db, { since: new Date("2026-11-20T00:00:00Z"), now: new Date("2026-11-29T00:00:00Z"), sectionOf, thesaurus: kb.thesaurus });
    expect(r.totals).toEqual({ questions: 6, answered: 2, notAnswered: 3, errors: 1, medianLatencyMs: 11.5 });
    expect(r.unanswered).toEqual([
      { count: 2, examples: ["What is his daily rate?", "His rate per day?"], lastAsked: "2026-11-26T09:00:00Z" },
      { count: 1, examples: ["Does he know Kubernetes?"], lastAsked: "2026-11-27T09:00:00Z" },
    ]);
    expect(r.thumbsDown).toEqual([{ ratedAt: "2026-11-24T10:00:00Z", question: "Has he used Airflow?", platform: "discord", citedIds: ["cv.en#decathlon.s3.b1", "cv.en#decathlon.s2.b1"] }]);
    expect(r.perPlatform).toEqual({ slack: 3, discord: 2, terminal: 1 });
    expect(r.perWeek).toEqual([{ week: "2026-W48", questions: 6 }]);
    expect(r.topSections[0]).toEqual({ section: "Decathlon — Senior Data Engineer › Security and governance", citations: 2 });
    const md = renderReportMarkdown(r);
    expect(md).toContain("- **2×** “What is his daily rate?” · “His rate per day?”");
    expect(md).toContain("    ### What is his daily rate?\n    [TO FILL]");
  });

  it("npm run report -- --json prints one object; --since filters; a bad --since is refused", () => {
    const { dir } = seeded();
    const env = { PATH: process.env.PATH, DATA_DIR: dir };
    const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "src/cli/report.ts", ...args], { env, encoding: "utf8" });
    const all = run(["--json"]);
    expect(all.status).toBe(0);
    const report = JSON.parse(all.stdout);
    expect(Object.keys(report).sort()).toEqual(["generatedAt", "perPlatform", "perWeek", "since", "thumbsDown", "topSections", "totals", "unanswered"]);
    expect(report.totals.questions).toBe(7);
    expect(JSON.parse(run(["--since", "3650d", "--json"]).stdout).totals.questions).toBe(7);
    expect(JSON.parse(run(["--since=1h", "--json"]).stdout).totals.questions).toBe(0);
    const bad = run(["--since", "lately"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--since takes a duration such as 24h, 7d or 4w");
  });

  it("reads durations and weeks", () => {
    expect(parseSince("7d", new Date("2026-11-29T00:00:00Z")).toISOString()).toBe("2026-11-22T00:00:00.000Z");
    expect(isoWeek(new Date("2026-01-01T00:00:00Z"))).toBe("2026-W01");
    expect(isoWeek(new Date("2027-01-01T00:00:00Z"))).toBe("2026-W53");
  });
});
