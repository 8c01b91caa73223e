import { describe, expect, it } from "vitest";
import type { Citation } from "../../src/answer/answer.js";
import { checkCitations } from "../../src/answer/citation-check.js";

const passage = (n: number): Citation => ({
  id: `p${n}`,
  source: "cv.en.md",
  section: "S",
  period: null,
  role: null,
  when: null,
  text: `passage ${n}`,
  score: 1,
});
const three = [passage(1), passage(2), passage(3)];

describe("checkCitations", () => {
  it("removes a sentence whose only marker points to no passage", () => {
    const checked = checkCitations("He built the ingestion platform [1]. He also knows quantum crypto [7].", three);
    expect(checked.text).toBe("He built the ingestion platform [1].");
    expect(checked.citations.map((c) => c.id)).toEqual(["p1"]);
    expect(checked.invalidMarkers).toEqual([7]);
    expect(checked.droppedSentences).toEqual(["He also knows quantum crypto [7]."]);
  });

  it("reads a marker after the full stop as the sentence's own", () => {
    const checked = checkCitations(
      "He runs Airflow at Decathlon. [2] And also quantum crypto. [7] He mentors juniors [3].",
      three,
    );
    expect(checked.text).toBe("He runs Airflow at Decathlon. [1] He mentors juniors [2].");
    expect(checked.citations.map((c) => c.id)).toEqual(["p2", "p3"]);
  });

  it("removes a line of a list whose markers are all invalid, and a sentence whose list has none valid", () => {
    const checked = checkCitations(
      "Yes:\n- Spark at Decathlon [1]\n- Quantum crypto [4, 9]\n- Kafka, taught [3]",
      three,
    );
    expect(checked.text).toBe("Yes:\n- Spark at Decathlon [1]\n- Kafka, taught [2]");
    expect(checked.invalidMarkers).toEqual([4, 9]);
  });

  it(
    "keeps a sentence with one valid marker among invalid ones (only the invalid marker goes), and sentences with " +
      "none",
    () => {
      const checked = checkCitations(
        "Yes. He ingests 400 TB a day [1] and is certified on Azure [7]! Impressive.",
        three,
      );
      expect(checked.text).toBe("Yes. He ingests 400 TB a day [1] and is certified on Azure! Impressive.");
      expect(checked.droppedSentences).toEqual([]);
    },
  );

  it("is left with nothing when every cited sentence is invalid", () => {
    const checked = checkCitations("He knows quantum crypto [7]. And COBOL [8].", three);
    expect(checked.text).toBe("");
    expect(checked.citations).toEqual([]);
  });

  it("keeps numbers that are not markers, and renumbers [2, 3] lists in order of first use", () => {
    const checked = checkCitations("Since 2021 he cut a load from 3.5 h to 10 min [3, 1]. Then [2].", three);
    expect(checked.text).toBe("Since 2021 he cut a load from 3.5 h to 10 min [1][2]. Then [3].");
    expect(checked.citations.map((c) => c.id)).toEqual(["p3", "p1", "p2"]);
  });
});
