import type Database from "better-sqlite3";
import { openDatabase } from "./question-db.js";

export type ForwardStatus = "sending" | "sent" | "answered" | "saved" | "undeliverable";

/** A question a recruiter forwarded to the candidate, and what is needed to answer them back. */
export interface Forward {
  /** The answer's id the "Ask the candidate" button carried. */
  id: string;
  platform: "slack" | "discord";
  workspace: string | null;
  /** Where the question was asked. */
  channel: string | null;
  /** The Slack thread ts or Discord message id the answer goes under. */
  replyTo: string | null;
  /** The answer goes to the asker by DM (slash command, or a question asked by DM). */
  replyByDm: boolean;
  /** The asker's raw platform id, kept only until the answer is delivered. */
  askerId: string | null;
  question: string;
  language: "en" | "fr";
  ownerChannel: string | null;
  ownerMessage: string | null;
  answer: string | null;
  status: ForwardStatus;
  createdAt: string;
  answeredAt: string | null;
}

/** What a new forward is made of. */
export type NewForward = Pick<
  Forward,
  "id" | "platform" | "workspace" | "channel" | "replyTo" | "replyByDm" | "askerId" | "question" | "language"
>;

interface Row {
  id: string;
  platform: "slack" | "discord";
  workspace: string | null;
  channel: string | null;
  reply_to: string | null;
  reply_by_dm: number;
  asker_id: string | null;
  question: string;
  language: "en" | "fr";
  owner_channel: string | null;
  owner_message: string | null;
  answer: string | null;
  status: ForwardStatus;
  created_at: string;
  answered_at: string | null;
}

const fromRow = (r: Row): Forward => ({
  id: r.id,
  platform: r.platform,
  workspace: r.workspace,
  channel: r.channel,
  replyTo: r.reply_to,
  replyByDm: r.reply_by_dm === 1,
  askerId: r.asker_id,
  question: r.question,
  language: r.language,
  ownerChannel: r.owner_channel,
  ownerMessage: r.owner_message,
  answer: r.answer,
  status: r.status,
  createdAt: r.created_at,
  answeredAt: r.answered_at,
});

/**
 * The forwards table of bot.db, on its own synchronous connection in the main thread. Forwards are a
 * handful a day and each step must be decided at once (a second click, a second reply), so the
 * question log's writer thread, which batches rows and never answers back, is not used for them.
 * Every change of status is one conditional UPDATE: whoever changes the row owns the next step.
 */
export class ForwardStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = openDatabase(file);
  }

  get(id: string): Forward | undefined {
    const row = this.db.prepare("SELECT * FROM forwards WHERE id = ?").get(id) as Row | undefined;
    return row && fromRow(row);
  }

  /** The forward whose DM message the owner replied to. */
  byOwnerMessage(platform: string, ownerMessage: string): Forward | undefined {
    const row = this.db
      .prepare("SELECT * FROM forwards WHERE platform = ? AND owner_message = ?")
      .get(platform, ownerMessage) as Row | undefined;
    return row && fromRow(row);
  }

  /**
   * Records a new forward as being sent; false when this question was forwarded already. A forward left
   * "sending" since before `staleBefore` (the bot stopped between the claim and the owner's DM) is claimed again.
   */
  claim(f: NewForward, at: Date, staleBefore = new Date(0)): boolean {
    const result = this.db
      .prepare(
        `INSERT INTO forwards (id, platform, workspace, channel, reply_to, reply_by_dm, asker_id, question, language,
           status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'sending', ?)
         ON CONFLICT(id) DO UPDATE SET created_at = excluded.created_at
         WHERE forwards.status = 'sending' AND forwards.created_at < ?`,
      )
      .run(
        f.id,
        f.platform,
        f.workspace,
        f.channel,
        f.replyTo,
        f.replyByDm ? 1 : 0,
        f.askerId,
        f.question,
        f.language,
        at.toISOString(),
        staleBefore.toISOString(),
      );
    return result.changes === 1;
  }

  /** The owner's DM message is out: replies to it answer this forward. */
  markSent(id: string, ownerChannel: string, ownerMessage: string, at: Date): void {
    this.db
      .prepare(
        "UPDATE forwards SET status = 'sent', owner_channel = ?, owner_message = ?, forwarded_at = ? WHERE id = ?",
      )
      .run(ownerChannel, ownerMessage, at.toISOString(), id);
  }

  markUndeliverable(id: string): void {
    this.db.prepare("UPDATE forwards SET status = 'undeliverable', asker_id = NULL WHERE id = ?").run(id);
  }

  /** Moves a sent forward to answered; false if it was answered already (or is not waiting). */
  claimAnswer(id: string, answer: string, at: Date): boolean {
    return (
      this.db
        .prepare(
          "UPDATE forwards SET status = 'answered', answer = ?, answered_at = ? WHERE id = ? AND status = 'sent'",
        )
        .run(answer, at.toISOString(), id).changes === 1
    );
  }

  /** The answer could not be delivered: the forward waits for a reply again. */
  releaseAnswer(id: string): void {
    this.db
      .prepare(
        "UPDATE forwards SET status = 'sent', answer = NULL, answered_at = NULL WHERE id = ? AND status = 'answered'",
      )
      .run(id);
  }

  /** The answer reached the asker: their raw id is no longer needed. */
  forgetAsker(id: string): void {
    this.db.prepare("UPDATE forwards SET asker_id = NULL WHERE id = ?").run(id);
  }

  /** Moves an answered forward to saved; false if it was saved already (or has no answer). */
  claimSave(id: string, at: Date): boolean {
    return (
      this.db
        .prepare("UPDATE forwards SET status = 'saved', saved_at = ? WHERE id = ? AND status = 'answered'")
        .run(at.toISOString(), id).changes === 1
    );
  }

  releaseSave(id: string): void {
    this.db
      .prepare("UPDATE forwards SET status = 'answered', saved_at = NULL WHERE id = ? AND status = 'saved'")
      .run(id);
  }

  close(): void {
    this.db.close();
  }
}

/** Questions forwarded and not answered yet, oldest first: for the owner's report. */
export function waitingForwards(db: Database.Database): { createdAt: string; platform: string; question: string }[] {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'forwards'").get();
  if (!hasTable) return [];
  return (
    db
      .prepare(
        "SELECT created_at, platform, question FROM forwards WHERE status IN ('sending', 'sent') ORDER BY created_at",
      )
      .all() as { created_at: string; platform: string; question: string }[]
  ).map((r) => ({ createdAt: r.created_at, platform: r.platform, question: r.question }));
}
