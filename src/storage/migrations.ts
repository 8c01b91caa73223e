import type Database from "better-sqlite3";

/** Schema changes, applied in order; `PRAGMA user_version` records how far a database has come. */
export const MIGRATIONS: { version: number; description: string; sql: string }[] = [
  {
    version: 1,
    description: "question log",
    sql: `
      CREATE TABLE questions (
        id          TEXT PRIMARY KEY,          -- the answer's id, as buttons refer to it
        asked_at    TEXT NOT NULL,             -- ISO 8601, UTC
        platform    TEXT NOT NULL,             -- slack | discord | terminal | cli
        workspace   TEXT,                      -- Slack team or Discord guild
        channel     TEXT,
        user_hash   TEXT,                      -- keyed hash of the user id, never the raw id
        question    TEXT NOT NULL,
        language    TEXT,
        answered    INTEGER NOT NULL,
        reason      TEXT,                      -- why not answered
        cited_ids   TEXT NOT NULL DEFAULT '[]', -- JSON array of passage ids
        mode        TEXT,                      -- extractive | llm
        latency_ms  REAL,
        error_ref   TEXT                       -- reference id shown to the user when answering failed
      );`,
  },
  {
    version: 2,
    description: "feedback, and indexes for the report",
    sql: `
      CREATE TABLE feedback (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        answer_id  TEXT NOT NULL REFERENCES questions(id),
        rating     TEXT NOT NULL CHECK (rating IN ('up', 'down')),
        user_hash  TEXT,
        rated_at   TEXT NOT NULL
      );
      CREATE INDEX feedback_answer ON feedback(answer_id);
      CREATE INDEX questions_asked_at ON questions(asked_at);`,
  },
];

/** Brings the database to the latest version, each step in its own transaction. Returns the steps run. */
export function migrate(db: Database.Database, upTo = MIGRATIONS[MIGRATIONS.length - 1]!.version): number[] {
  const current = db.pragma("user_version", { simple: true }) as number;
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > upTo) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
