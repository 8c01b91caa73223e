import type { Language } from "../text/stem.js";

/** One exchange of a conversation, as later questions need it. */
export interface Turn {
  question: string;
  /** The question as understood on its own ("when was that?" → "…PII encryption? when was that?"). */
  standalone: string;
  answer: string;
  answered: boolean;
  language: Language;
}

interface Entry {
  turns: Turn[];
  touched: number;
}

/**
 * The last few turns of each conversation (terminal session, Slack thread, Discord reply chain),
 * in memory. Old conversations expire; the oldest are dropped past `maxConversations`.
 */
export class ConversationStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxTurns = 4,
    private readonly ttlMs = 2 * 60 * 60 * 1000,
    private readonly maxConversations = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  history(id: string | undefined): Turn[] {
    if (!id) return [];
    const entry = this.entries.get(id);
    if (!entry || this.now() - entry.touched > this.ttlMs) {
      this.entries.delete(id);
      return [];
    }
    return [...entry.turns];
  }

  append(id: string | undefined, turn: Turn): void {
    if (!id) return;
    const turns = [...this.history(id), turn].slice(-this.maxTurns);
    this.entries.delete(id);
    this.entries.set(id, { turns, touched: this.now() });
    if (this.entries.size > this.maxConversations) this.entries.delete(this.entries.keys().next().value!);
  }
}
