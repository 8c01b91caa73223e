import { describe, expect, it } from "vitest";
import { pairTwins } from "../../src/knowledge/pair-twins.js";
import { cvChunks, MINI_CV_EN } from "../helpers/mini-cv.js";

const files = { fr: "cv.fr.md", en: "cv.en.md" };

describe("pairTwins", () => {
  it("leaves files that translate each other passage for passage as they are", () => {
    const chunks = [...cvChunks("fr"), ...cvChunks("en")];
    const paired = pairTwins(chunks, files);
    expect(paired.lonely).toEqual([]);
    expect(paired.chunks).toBe(chunks);
  });

  it("pairs by shared words where one file has a bullet more, and names the one left without a twin", () => {
    const added = MINI_CV_EN.replace("- Migration to", "- Hiring and mentoring juniors\n- Migration to");
    const en = cvChunks("en", added);
    const { chunks, lonely } = pairTwins([...cvChunks("fr"), ...en], files);
    const keyOf = (text: string) => chunks.find((c) => c.lang === "en" && c.text.startsWith(text))?.key;
    expect(keyOf("Kafka pipeline")).toBe("cv#acme.s1.b1");
    expect(keyOf("Migration to BigQuery")).toBe("cv#acme.s1.b2");
    expect(keyOf("Hiring")).toBe("cv#acme.s1.b2@en");
    expect(lonely.map((c) => c.text)).toEqual(["Hiring and mentoring juniors"]);
  });
});
