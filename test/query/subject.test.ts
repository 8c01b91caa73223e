import { describe, expect, it } from "vitest";
import { subjectOf } from "../../src/query/subject.js";
import { readerPerFile } from "../helpers/test-core.js";

const built = readerPerFile();
const subject = (question: string) => subjectOf(built.reader.read(question));

describe("subjectOf", () => {
  it("names what a question is about: the technology or employer, known to the profile or not", () => {
    expect(subject("Has he used Airflow?")).toEqual(["airflow"]);
    expect(subject("How many years of experience with Kubernetes?")).toEqual(["kubernetes"]);
    expect(subject("Has he worked with Kubernetes at Decathlon?")).toEqual(["kubernetes", "decathlon"]);
  });

  it("names a candidate-only topic by the topic, whatever the wording", () => {
    expect(subject("What is his daily rate?")).toEqual(["rate"]);
  });

  it("gives no subject for a greeting or an empty message", () => {
    expect(subject("hello!")).toBeNull();
    expect(subject("")).toBeNull();
  });
});
