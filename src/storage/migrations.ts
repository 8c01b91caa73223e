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
  {
    version: 3,
    description: "questions forwarded to the candidate (Ask the candidate)",
    sql: `
      CREATE TABLE forwards (
        id             TEXT PRIMARY KEY,         -- the answer's id the button carried: one forward per question
        platform       TEXT NOT NULL,            -- slack | discord
        workspace      TEXT,                     -- Slack team or Discord guild the question came from
        channel        TEXT,                     -- where it was asked: the answer goes back there
        reply_to       TEXT,                     -- Slack thread ts or Discord message id to answer under
        reply_by_dm    INTEGER NOT NULL,         -- 1: answer the asker by DM (slash command, DM question)
        asker_id       TEXT,                     -- raw platform user id, to DM them; cleared once answered
        question       TEXT NOT NULL,
        language       TEXT NOT NULL,            -- en | fr: the asker's
        owner_channel  TEXT,                     -- the owner's DM with the bot
        owner_message  TEXT,                     -- the bot's message there, which the owner replies to
        answer         TEXT,                     -- the owner's words
        status         TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'answered', 'saved', 'undeliverable')),
        created_at     TEXT NOT NULL,
        forwarded_at   TEXT,
        answered_at    TEXT,
        saved_at       TEXT
      );
      CREATE INDEX forwards_owner_message ON forwards(platform, owner_message);
      CREATE INDEX forwards_status ON forwards(status);`,
  },
];

/** Brings the database to the latest version, each step in its own transaction. Returns the steps run. */
export function migrate(db: Database.Database, upTo = MIGRATIONS[MIGRATIONS.length - 1]!.version): number[] {
  const current = db.pragma("user_version", { simple: true }) as number;
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > upTo) continue;
    // Immediate, and the version read again inside: two connections opening the file at once (the
    // question log's writer thread and the forwards' store) apply each step once.
    const ran = db
      .transaction(() => {
        if ((db.pragma("user_version", { simple: true }) as number) >= m.version) return false;
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
        return true;
      })
      .immediate();
    if (ran) applied.push(m.version);
  }
  return applied;
}
