import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate, MIGRATIONS } from "../../src/storage/migrations.js";
import { openDatabase } from "../../src/storage/question-db.js";

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (t) => t.name,
  );

describe("migrations", () => {
  it("bring an empty database to the latest version", () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), "db-")), "bot.db"));
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(tables(db)).toEqual(expect.arrayContaining(["feedback", "forwards", "questions"]));
    expect(migrate(db)).toEqual([]);
  });

  it("bring a database of the previous version forward, keeping its rows", () => {
    const file = join(mkdtempSync(join(tmpdir(), "db-")), "bot.db");
    const old = new Database(file);
    expect(migrate(old, 1)).toEqual([1]);
    old
      .prepare(
        "INSERT INTO questions (id, asked_at, platform, question, answered) VALUES ('q1', '2026-11-01T10:00:00Z', " +
          "'slack', 'Has he used Spark?', 1)",
      )
      .run();
    expect(tables(old)).not.toContain("feedback");
    old.close();

    const db = openDatabase(file);
    expect(db.pragma("user_version", { simple: true })).toBe(3);
    expect(db.prepare("SELECT question FROM questions WHERE id = 'q1'").get()).toEqual({
      question: "Has he used Spark?",
    });
    db.prepare(
      "INSERT INTO feedback (answer_id, rating, rated_at) VALUES ('q1', 'down', '2026-11-02T00:00:00Z')",
    ).run();
    expect(() =>
      db.prepare("INSERT INTO feedback (answer_id, rating, rated_at) VALUES ('nope', 'down', 'x')").run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
