import type { types } from "@slack/bolt";
import type { Answer } from "../../answer/answer.js";
import { leadText, trimClean } from "../../render/answer-parts.js";
import { textFor } from "../../messages/messages.js";

/** Slack reads `&`, `<` and `>` as markup: escaped, no text from users or passages can ping anyone. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Slack refuses a section or context text over 3,000 characters. */
const MAX_TEXT = 3000;

function clip(text: string, max = MAX_TEXT): string {
  return trimClean(text, max);
}

export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

export const ACTIONS = { share: "share_answer", up: "feedback_up", down: "feedback_down" } as const;

/**
 * An answer as Block Kit: the answer, then each citation as a context block (section, period, quoted
 * passage), a note if any, and 👍/👎 (and "Share in channel" for a private answer). `text` is the
 * plain fallback for notifications.
 */
export function renderSlackAnswer(
  answer: Answer,
  options: { answerId: string; shareable: boolean; feedback?: boolean },
): SlackMessage {
  const labels = textFor(answer.language).platform;
  const lead = leadText(answer);
  const blocks: types.KnownBlock[] = [
    { type: "section", text: { type: "mrkdwn", text: clip(escapeSlack(lead)) } } satisfies types.SectionBlock,
  ];
  answer.citations.forEach((c, i) => {
    const where = `*[${i + 1}] ${escapeSlack(c.section)}*${c.period ? ` · ${escapeSlack(c.period)}` : ""}`;
    const quote = escapeSlack(c.text)
      .split("\n")
      .map((line) => `> ${line}`)
      .join("\n");
    blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: clip(`${where}\n${quote}`) }],
    } satisfies types.ContextBlock);
  });
  if (answer.notice)
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: clip(`_${escapeSlack(answer.notice)}_`) }] });
  // 👍/👎 rate answers in the question log; a fit report is not logged there, so it has none.
  const buttons: types.Button[] =
    options.feedback === false
      ? []
      : [
          {
            type: "button",
            action_id: ACTIONS.up,
            text: { type: "plain_text", text: "👍", emoji: true },
            value: options.answerId,
          },
          {
            type: "button",
            action_id: ACTIONS.down,
            text: { type: "plain_text", text: "👎", emoji: true },
            value: options.answerId,
          },
        ];
  if (options.shareable)
    buttons.unshift({
      type: "button",
      action_id: ACTIONS.share,
      text: { type: "plain_text", text: labels.share },
      value: options.answerId,
    });
  if (buttons.length > 0) blocks.push({ type: "actions", elements: buttons } satisfies types.ActionsBlock);
  const fallback = [
    escapeSlack(answer.answer),
    ...answer.citations.map((c, i) => `[${i + 1}] ${escapeSlack(c.section)}`),
  ].join("\n");
  return { text: clip(fallback, 3900), blocks };
}

/** A plain message (usage, apology, refusal) with the same escaping. */
export function renderSlackText(text: string): SlackMessage {
  return {
    text: escapeSlack(text),
    blocks: [{ type: "section", text: { type: "mrkdwn", text: clip(escapeSlack(text)) } }],
  };
}
