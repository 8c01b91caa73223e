import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { openLexicon } from "../../src/text/lexicon.js";
import { logReader } from "../../src/query/subject.js";
import { silentLogger } from "../../src/logging/logger.js";
import { tempDataDir } from "../helpers/test-core.js";
import { buildReport, isoWeek, parseSince, renderReportMarkdown } from "../../src/storage/report.js";
import { openDatabase } from "../../src/storage/question-db.js";

/** A database with a week of traffic: answered, not answered (some asking the same thing), failed, rated. */
function seeded() {
  const dir = tempDataDir();
  const db = openDatabase(join(dir, "bot.db"));
  const q = db.prepare(
    "INSERT INTO questions (id, asked_at, platform, question, answered, reason, cited_ids, mode, latency_ms, " +
      "error_ref) VALUES (?, ?, ?, ?, ?, ?, ?, 'extractive', ?, ?)",
  );
  q.run(
    "a1",
    "2026-11-23T09:00:00Z",
    "slack",
    "Has he done PII encryption?",
    1,
    null,
    '["cv.en#decathlon.s2.b1"]',
    20,
    null,
  );
  q.run(
    "a2",
    "2026-11-24T09:00:00Z",
    "discord",
    "Has he used Airflow?",
    1,
    null,
    '["cv.en#decathlon.s3.b1","cv.en#decathlon.s2.b1"]',
    30,
    null,
  );
  q.run("n1", "2026-11-25T09:00:00Z", "slack", "What is his daily rate?", 0, "not_in_profile", "[]", 10, null);
  q.run("n2", "2026-11-26T09:00:00Z", "discord", "His rate per day?", 0, "not_in_profile", "[]", 12, null);
  q.run("n3", "2026-11-27T09:00:00Z", "slack", "Does he know Kubernetes?", 0, "not_in_profile", "[]", 11, null);
  q.run("e1", "2026-11-27T10:00:00Z", "terminal", "Has he used Spark?", 0, "error", "[]", 5, "ABCD1234");
  q.run("c1", "2026-11-27T11:00:00Z", "slack", "thanks!", 0, "chatter", "[]", 1, null);
  q.run("t1", "2026-11-27T12:00:00Z", "discord", "hi! does he knwo kubernets?", 0, "not_in_profile", "[]", 9, null);
  q.run("x1", "2026-11-27T13:00:00Z", "cli", "--jsn Has he used Spark?", 0, "not_in_profile", "[]", 9, null);
  q.run("o1", "2026-11-27T14:00:00Z", "slack", "What is 2+2?", 0, "off_topic", "[]", 3, null);
  q.run("old", "2026-10-01T09:00:00Z", "slack", "Is he available?", 0, "not_in_profile", "[]", 9, null);
  db.prepare(
    "INSERT INTO feedback (answer_id, rating, rated_at) VALUES ('a2', 'down', '2026-11-24T10:00:00Z'), ('a1', 'up', " +
      "'2026-11-23T10:00:00Z')",
  ).run();
  const f = db.prepare(
    "INSERT INTO forwards (id, platform, reply_by_dm, question, language, status, created_at) " +
      "VALUES (?, ?, 0, ?, 'en', ?, ?)",
  );
  f.run("f1", "slack", "Does he know Rust?", "sent", "2026-11-27T15:00:00Z");
  f.run("f2", "discord", "Does he know Go?", "answered", "2026-11-27T16:00:00Z");
  return { dir, db };
}

describe("owner's report", () => {
  it("groups unanswered questions that ask the same thing, lists 👎, counts per platform and week", async () => {
    const { db, dir } = seeded();
    const kb = await loadKnowledge("knowledge");
    const sectionOf = (id: string) => kb.chunks.find((c) => c.id === id)?.section;
    const read = logReader(kb, await openLexicon(dir, silentLogger));
    const r = buildReport(db, {
      since: new Date("2026-11-20T00:00:00Z"),
      now: new Date("2026-11-29T00:00:00Z"),
      sectionOf,
      thesaurus: kb.thesaurus,
      read,
    });
    // Every message counted once: the sums add up.
    expect(r.totals).toEqual({
      messages: 10,
      chatter: 2,
      questions: 8,
      answered: 2,
      notAnswered: 4,
      errors: 1,
      declined: 1,
      medianLatencyMs: 10.5,
    });
    expect(r.totals.answered + r.totals.notAnswered + r.totals.errors + r.totals.declined).toBe(r.totals.questions);
    // Grouped by what they are about: a greeting and typos don't make another subject; flags are no question.
    expect(r.unanswered.map((g) => ({ count: g.count, subject: g.subject, examples: g.examples }))).toEqual([
      { count: 2, subject: ["kubernetes"], examples: ["Does he know Kubernetes?", "hi! does he knwo kubernets?"] },
      { count: 2, subject: ["rate"], examples: ["What is his daily rate?", "His rate per day?"] },
    ]);
    expect(r.thumbsDown).toEqual([
      {
        ratedAt: "2026-11-24T10:00:00Z",
        question: "Has he used Airflow?",
        platform: "discord",
        citedIds: ["cv.en#decathlon.s3.b1", "cv.en#decathlon.s2.b1"],
      },
    ]);
    expect(r.perPlatform).toEqual({ slack: 4, discord: 3, terminal: 1 });
    expect(r.perWeek).toEqual([{ week: "2026-W48", questions: 8 }]);
    expect(r.topSections[0]).toEqual({
      section: "Decathlon — Senior Data Engineer › Security and governance",
      citations: 2,
    });
    const md = renderReportMarkdown(r);
    expect(md).toContain("- **2×** about rate: “What is his daily rate?” · “His rate per day?”");
    expect(md).toContain("    ### What is his daily rate?\n    [TO FILL]");
    expect(md).not.toMatch(/### .*(knwo|kubernets|--jsn|thanks)/);
    expect(md).toContain("## Questions waiting for your answer");
    expect(md).toContain("- 2026-11-27 (slack) “Does he know Rust?”");
    expect(md).not.toContain("Does he know Go?");
    expect(md).toContain(
      "**8 questions**: 2 answered, 4 not in the profile, 1 failed, 1 declined (off topic or too long); and 2 other " +
        "messages",
    );
  });

  it("npm run report -- --json prints one object; --since filters; a bad --since is refused", () => {
    const { dir } = seeded();
    const env = { PATH: process.env.PATH, DATA_DIR: dir };
    const run = (args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", "src/cli/report.ts", ...args], { env, encoding: "utf8" });
    const all = run(["--json"]);
    expect(all.status).toBe(0);
    const report = JSON.parse(all.stdout);
    expect(Object.keys(report).sort()).toEqual([
      "generatedAt",
      "perPlatform",
      "perWeek",
      "since",
      "thumbsDown",
      "topSections",
      "totals",
      "unanswered",
      "waitingForOwner",
    ]);
    expect(report.totals.messages).toBe(11);
    expect(report.unanswered.map((g: { suggestion: string }) => g.suggestion)).not.toContain(
      "--jsn Has he used Spark?",
    );
    expect(JSON.parse(run(["--since", "3650d", "--json"]).stdout).totals.messages).toBe(11);
    expect(JSON.parse(run(["--since=1h", "--json"]).stdout).totals.messages).toBe(0);
    expect(run(["--jsn"]).status).toBe(2);
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
