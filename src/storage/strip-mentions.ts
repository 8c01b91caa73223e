/**
 * Other people's ids in a question, in any form a platform or a copy-paste leaves them: Slack
 * `<@U…>` / `<@U…|name>` (also HTML-escaped), Discord `<@id>` / `<@!id>`, and a bare `@U…` or `@id`.
 */
const MENTIONS: RegExp[] = [
  /(?:<|&lt;)@!?[A-Z0-9]+(?:\|[^>&]*)?(?:>|&gt;)/gi,
  /(^|[^\w@])@!?(?:[UW][A-Z0-9]{6,}|\d{15,21})\b/g,
];

/** What a removed mention reads as in the stored question. */
const PLACEHOLDER = "@someone";

/** The question with every user mention replaced by "@someone": the log keeps no one's raw id. */
export function stripUserMentions(text: string): string {
  return text
    .replace(MENTIONS[0]!, PLACEHOLDER)
    .replace(MENTIONS[1]!, (_m, before: string) => `${before}${PLACEHOLDER}`);
}
