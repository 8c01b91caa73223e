import { describe, expect, it } from "vitest";
import { stripUserMentions } from "../../src/storage/strip-mentions.js";

describe("stripUserMentions", () => {
  it("keeps no one's id in a stored question, in any form Slack, Discord or a copy-paste leaves it", () => {
    expect(stripUserMentions("<@U012ABCDEF> does he know Spark?")).toBe("@someone does he know Spark?");
    expect(stripUserMentions("ask <@U012ABCDEF|ann> or &lt;@W0123456&gt;")).toBe("ask @someone or @someone");
    expect(stripUserMentions("cc <@!123456789012345678> and @U012ABCDEF")).toBe("cc @someone and @someone");
    expect(stripUserMentions("ping @123456789012345678, thanks")).toBe("ping @someone, thanks");
  });

  it("leaves e-mail addresses, handles and ordinary text alone", () => {
    const text = "mail ann@example.com or @ann about C# and 2024";
    expect(stripUserMentions(text)).toBe(text);
  });
});
