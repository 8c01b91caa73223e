import type { App } from "@slack/bolt";
import type { SlackContext } from "./slack-context.js";

/** The App Home tab: what the bot is, example questions, how answers are sourced. */
export function registerHome(app: App, ctx: SlackContext): void {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    const command = ctx.options.command;
    const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });
    // Slack does not say the viewer's language here: the Home tab is in English.
    const words = ctx.deps.asker.texts("en");
    await client.views.publish({
      user_id: event.user,
      view: {
        type: "home",
        blocks: [
          { type: "header", text: { type: "plain_text", text: words.platform.botName } },
          section(words.slack.homeAbout),
          section(words.slack.homeAsk(command, words.platform.botName)),
          section(words.slack.homeSourced),
        ],
      },
    });
  });
}
