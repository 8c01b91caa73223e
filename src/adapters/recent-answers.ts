import { randomUUID } from "node:crypto";
import type { Answer } from "../answer/answer.js";

/** Where an answer was given, for the owner's records. */
export interface AnswerOrigin {
  platform: "slack" | "discord" | "terminal" | "cli";
  workspace?: string;
  channel?: string;
  user?: string;
}

export interface RecentAnswer {
  id: string;
  answer: Answer;
  origin: AnswerOrigin;
}

/**
 * Answers given lately, by id, so a button ("Share in channel", 👍/👎) can refer to one. Bounded:
 * the oldest go first; a click on one that is gone gets a clear message.
 */
export class RecentAnswers {
  private readonly items = new Map<string, RecentAnswer>();

  constructor(private readonly max = 2000) {}

  remember(answer: Answer, origin: AnswerOrigin): RecentAnswer {
    const item = { id: randomUUID(), answer, origin };
    this.items.set(item.id, item);
    if (this.items.size > this.max) this.items.delete(this.items.keys().next().value!);
    return item;
  }

  get(id: string): RecentAnswer | undefined {
    return this.items.get(id);
  }
}
