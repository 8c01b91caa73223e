import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import { citeChunk } from "../../src/answer/cite.js";
import { leadText, trimClean } from "../../src/render/answer-parts.js";
import { cvChunks } from "../helpers/mini-cv.js";

const reply = "Yes: at Acme.\n[1] Kafka pipeline in Scala for 12 stores\nSee also the stack.";
const answer = (mode: Answer["mode"], cited: boolean): Answer => ({
  question: "Has he used Kafka?",
  answered: true,
  answer: reply,
  language: "en",
  mode,
  citations: cited ? [citeChunk(cvChunks("en")[3]!)] : [],
});

describe("leadText", () => {
  it("drops an extractive answer's quoted lines where the citations are shown apart, and nothing else", () => {
    expect(leadText(answer("extractive", true))).toBe("Yes: at Acme.\nSee also the stack.");
    expect(leadText(answer("llm", true))).toBe(reply);
    expect(leadText(answer("extractive", false))).toBe(reply);
  });
});

describe("trimClean", () => {
  it("leaves text that fits, and cuts longer text at a word boundary with an ellipsis", () => {
    expect(trimClean("short", 10)).toBe("short");
    const cut = trimClean("Built the Kafka pipeline for twelve stores", 20);
    expect(cut).toBe("Built the Kafka…");
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(trimClean("Supercalifragilistic", 10)).toBe("Supercali…");
  });
});
