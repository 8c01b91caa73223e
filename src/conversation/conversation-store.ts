import { LRUCache } from "lru-cache";
import type { Language } from "../text/stem.js";

/** One exchange of a conversation, as later questions need it. */
export interface Turn {
  question: string;
  /** The question as understood on its own ("when was that?" → "…PII encryption? when was that?"). */
  standalone: string;
  answer: string;
  answered: boolean;
  language: Language;
  /**
   * The employer the conversation is on after this turn: the one the question named or, failing that,
   * the one the answer was about ("and before that?" → AAA-Data). Follow-ups naming none are asked of it.
   */
  role?: string;
  /** The question named the role itself (not only its answer): "et kafka ?" then asks of that role. */
  roleNamed?: boolean;
  /** The passages (twin keys) the answer quoted, and those earlier "what else?" turns of it quoted. */
  quoted?: string[];
  /** The question asked something of its own, not completed from the conversation ("et le contrôle d'accès ?"). */
  own?: boolean;
  /** The one thing the question named, as written ("Airflow"), when it named one: "and Python?" takes its place. */
  subject?: string;
  /** The things a question of several parts named, one each ("Snowflake", "Databricks"). */
  things?: string[];
  /**
   * The telling words of a question naming no one thing ("monitoring", "data governance"), as written, when the
   * profile's tools for them are known: "which tool?" then asks which tools for them.
   */
  topic?: string;
  /** The job's requirements this turn checked (a pasted list or description): "does he fit?" asks of them again. */
  fit?: string;
  /** This turn asked for a job's requirements ("Go ahead: paste its requirements…"): the next message is the job. */
  awaitingJob?: boolean;
}

/**
 * The last few turns of each conversation (terminal session, Slack thread, Discord reply chain),
 * in memory. Old conversations expire; the oldest are dropped past `maxConversations`.
 */
export class ConversationStore {
  private readonly entries: LRUCache<string, Turn[]>;
  /** The language of each conversation's last message, whatever it was ("bonjour" too, which is no turn). */
  private readonly languages: LRUCache<string, Language>;
  /** The language asked for from now on, per conversation. */
  private readonly preferred: LRUCache<string, Language>;

  constructor(
    private readonly maxTurns = 4,
    ttlMs = 2 * 60 * 60 * 1000,
    maxConversations = 10_000,
    now: () => number = Date.now,
  ) {
    // ttlResolution 0: read the clock on every call (a test's clock moves between two calls).
    this.entries = new LRUCache({ max: maxConversations, ttl: ttlMs, ttlResolution: 0, perf: { now } });
    this.languages = new LRUCache({ max: maxConversations, ttl: ttlMs, ttlResolution: 0, perf: { now } });
    this.preferred = new LRUCache({ max: maxConversations, ttl: ttlMs, ttlResolution: 0, perf: { now } });
  }

  /** The language the conversation was last spoken in: "bonjour", then « RGPD ? » is still French. */
  language(id: string | undefined): Language | undefined {
    return id ? (this.languages.get(id) ?? this.entries.get(id)?.at(-1)?.language) : undefined;
  }

  spoke(id: string | undefined, language: Language): void {
    if (id) this.languages.set(id, language);
  }

  /** "answer in French from now on": the language every later answer of the conversation is in. */
  prefer(id: string | undefined, language: Language): void {
    if (id) this.preferred.set(id, language);
  }

  preferredLanguage(id: string | undefined): Language | undefined {
    return id ? this.preferred.get(id) : undefined;
  }

  history(id: string | undefined): Turn[] {
    if (!id) return [];
    return [...(this.entries.get(id) ?? [])];
  }

  append(id: string | undefined, turn: Turn): void {
    if (!id) return;
    this.entries.set(id, [...this.history(id), turn].slice(-this.maxTurns));
  }

  /** Puts the conversation back as `turns` were, then `turn`: a message of several questions is one turn. */
  replaceSince(id: string | undefined, turns: Turn[], turn: Turn): void {
    if (!id) return;
    this.entries.set(id, [...turns, turn].slice(-this.maxTurns));
  }
}
