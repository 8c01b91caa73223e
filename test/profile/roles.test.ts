import { describe, expect, it } from "vitest";
import { readRoles, roleKeyOf, stackNames, usageOf } from "../../src/profile/roles.js";
import { cvChunks } from "../helpers/mini-cv.js";

const chunks = [...cvChunks("fr"), ...cvChunks("en")];
const bullet = (text: string) => chunks.find((c) => c.text.startsWith(text))!;

describe("roles of the CV", () => {
  it("reads each dated role once for both languages, named as the English heading names it", () => {
    const roles = readRoles(chunks);
    expect(roles.map((r) => [r.key, r.employer, r.title, r.contract, r.kind])).toEqual([
      ["cv#acme", "Acme", "Data Engineer", "Freelance", "work"],
      ["cv#lyon-university", "Lyon University", "Lecturer", null, "teaching"],
    ]);
    expect(roles[0]!.stack).toEqual(["Apache Spark", "Scala", "AWS", "S3", "EMR"]);
    expect(roles[0]!.chunks).toHaveLength(10);
    expect(roleKeyOf(bullet("Pipeline Kafka"))).toBe("cv#acme");
  });

  it("lists a stack line's technologies, parentheses opened", () => {
    expect(stackNames("Stack: Spark, AWS (S3, EMR); dbt")).toEqual(["Spark", "AWS", "S3", "EMR", "dbt"]);
  });

  it("says whether a passage shows a skill used, taught to students, or taught to colleagues", () => {
    const passage = bullet("Taught SQL");
    expect(usageOf(undefined, passage)).toBe("used");
    expect(usageOf({ kind: "work" }, passage)).toBe("used");
    expect(usageOf({ kind: "teaching" }, passage)).toBe("taught");
    expect(usageOf({ kind: "training" }, { ...passage, text: "Formation Spark des équipes" })).toBe("trained");
    expect(usageOf({ kind: "training" }, { ...passage, text: "Built the course platform in Spark" })).toBe("used");
  });
});
