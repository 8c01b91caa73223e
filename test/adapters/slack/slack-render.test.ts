import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/answer/answer.js";
import { escapeSlack, renderSlackAnswer } from "../../../src/adapters/slack/slack-render.js";

const answer = (over: Partial<Answer> = {}): Answer => ({
  question: "q",
  answered: true,
  answer: "Yes <!channel> & <@U1> [1]",
  language: "en",
  mode: "llm",
  citations: [
    {
      id: "a",
      source: "cv.en.md",
      section: "A <b> › B",
      period: "2020 - 2021",
      role: null,
      when: null,
      text: "line one <!here>\n\t - sub",
      score: 1,
    },
  ],
  ...over,
});

describe("Slack rendering", () => {
  it("escapes &, < and > everywhere it echoes text", () => {
    expect(escapeSlack("<!channel> & <@U1>")).toBe("&lt;!channel&gt; &amp; &lt;@U1&gt;");
    const out = JSON.stringify(renderSlackAnswer(answer(), { answerId: "id", shareable: true }));
    expect(out).not.toMatch(/<!channel>|<!here>|<@U1>|<b>/);
    expect(out).toContain("&lt;!here&gt;");
  });

  it("quotes each line of a passage, and clips text Slack would refuse", () => {
    const long = "x".repeat(5000);
    const msg = renderSlackAnswer(answer({ answer: long }), { answerId: "id", shareable: false });
    const section = msg.blocks[0] as { text: { text: string } };
    expect(section.text.text.length).toBe(3000);
    const context = msg.blocks[1] as { elements: { text: string }[] };
    expect(context.elements[0]!.text).toBe("*[1] A &lt;b&gt; › B* · 2020 - 2021\n> line one &lt;!here&gt;\n> \t - sub");
    expect(msg.text.length).toBeLessThanOrEqual(3900);
  });

  it("shows an extractive answer's verdict once, its passages as citations, and its note", () => {
    const msg = renderSlackAnswer(
      answer({
        mode: "extractive",
        answer: "Yes — verdict.\n[1] line one",
        notice: "Fluent answers are unavailable right now.",
      }),
      { answerId: "id", shareable: false },
    );
    expect((msg.blocks[0] as { text: { text: string } }).text.text).toBe("Yes — verdict.");
    expect(JSON.stringify(msg.blocks)).toContain("_Fluent answers are unavailable right now._");
    expect(JSON.stringify(msg.blocks)).not.toContain("share_answer");
  });
});
