import type { Answer } from "../../answer/answer.js";
import { leadText, trimClean } from "../../render/answer-parts.js";
import { textFor } from "../../messages/messages.js";

/** Discord's limits; a message over any of them is rejected whole. */
export const DISCORD_LIMITS = {
  content: 2000,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  embedTotal: 6000,
  footer: 2048,
} as const;

export interface DiscordEmbed {
  description: string;
  color: number;
  fields: { name: string; value: string; inline?: boolean }[];
  footer: { text: string };
}

export interface DiscordReply {
  content?: string;
  embeds: DiscordEmbed[];
}

const COLOR = { answered: 0x2563eb, not: 0x6b7280 };

/**
 * An answer as one Discord embed: the answer as description, each citation as a field (section and
 * period as name, the quoted passage as value), the mode in the footer. Every part is trimmed
 * cleanly to Discord's limits, and the whole embed kept under 6,000 characters.
 */
export function renderDiscordAnswer(answer: Answer): DiscordReply {
  const lead = leadText(answer);
  const words = textFor(answer.language).platform;
  const footerBase = answer.mode === "llm" ? words.written : words.quoted;
  const footer = trimClean(answer.notice ? `${footerBase} · ${answer.notice}` : footerBase, DISCORD_LIMITS.footer);
  const description = trimClean(lead, DISCORD_LIMITS.description);
  let budget = DISCORD_LIMITS.embedTotal - description.length - footer.length;
  const fields: DiscordEmbed["fields"] = [];
  for (const [i, c] of answer.citations.slice(0, DISCORD_LIMITS.fields).entries()) {
    const name = trimClean(`[${i + 1}] ${c.section}${c.period ? ` · ${c.period}` : ""}`, DISCORD_LIMITS.fieldName);
    const quoted = c.text
      .split("\n")
      .map((line) => `> ${line}`)
      .join("\n");
    const value = trimClean(quoted, Math.min(DISCORD_LIMITS.fieldValue, budget - name.length));
    if (budget - name.length < 40) break;
    fields.push({ name, value });
    budget -= name.length + value.length;
  }
  return {
    embeds: [{ description, color: answer.answered ? COLOR.answered : COLOR.not, fields, footer: { text: footer } }],
  };
}

/** A plain reply (usage, apology) within the content limit. */
export function renderDiscordText(text: string): DiscordReply {
  return { content: trimClean(text, DISCORD_LIMITS.content), embeds: [] };
}
