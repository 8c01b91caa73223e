import type { App } from "@slack/bolt";
import type { SlackContext } from "./slack-context.js";

/** The App Home tab: what the bot is, example questions, how answers are sourced. */
export function registerHome(app: App, ctx: SlackContext): void {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    const command = ctx.options.command;
    const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });
    await client.views.publish({
      user_id: event.user,
      view: {
        type: "home",
        blocks: [
          { type: "header", text: { type: "plain_text", text: "Profile bot" } },
          section(
            "I answer questions about one candidate's CV — a senior freelance data engineer — in English or French.",
          ),
          section(
            `*Ask me*\n• \`${command} Has he done PII encryption?\`\n• mention me in a channel: \`@Profile bot What did he do at MAIF?\`\n• or write to me directly in a DM.\nReply in my thread to ask a follow-up.`,
          ),
          section(
            "*How answers are sourced*\nEvery answer quotes the CV passages it rests on, with their section and dates. When the CV does not say, I say so — I never guess.",
          ),
        ],
      },
    });
  });
}
