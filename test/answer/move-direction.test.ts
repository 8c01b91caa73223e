import { describe, expect, it } from "vitest";
import { movedOtherWay, movedSameWay, movesOf } from "../../src/answer/move-direction.js";

describe("moves: what a sentence left and what it took", () => {
  it.each([
    ["Decommissioning of EMR in favour of Databricks", ["emr"], ["databrick"]],
    ["Complete transition from an on-premise architecture to Snowflake", ["premis", "architectur"], ["snowflak"]],
    ["by saving sequentially in .avro format rather than parquet to avoid memory errors", ["parquet"], ["avro"]],
    ["Décommissionnement d'EMR au profit de Databricks", ["emr"], ["databrick"]],
  ])("'%s'", (text, left, taken) => {
    const [move] = movesOf(text);
    for (const l of left) expect(move!.left).toContain(l);
    for (const t of taken) expect(move!.taken).toContain(t);
  });

  it("reads no move in words that merely begin like « de »: 'deployment of Datadog to centralise logs'", () => {
    expect(movesOf("Configuration and deployment of Datadog to centralise logs")).toEqual([]);
  });

  it("tells a question asked the other way round from one asked the same way", () => {
    const passage = "Decommissioning of EMR in favour of Databricks";
    expect(movedOtherWay("Did he replace Databricks with EMR?", passage)).toBe(true);
    expect(movedSameWay("Did he replace Databricks with EMR?", passage)).toBe(false);
    expect(movedSameWay("Did he move from EMR to Databricks?", passage)).toBe(true);
    expect(movedOtherWay("Did he move from EMR to Databricks?", passage)).toBe(false);
    // (A word on both sides, "saved", doesn't hide the other way round.)
    expect(
      movedOtherWay(
        "Was the data saved on S3 instead of HDFS?",
        "a temporary save of the data on HDFS instead of processing the data directly on S3",
      ),
    ).toBe(true);
  });
});
