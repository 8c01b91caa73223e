import { describe, expect, it } from "vitest";
import { readerPerFile } from "../helpers/test-core.js";

const built = readerPerFile();

const words = (q: string) => built.reader.read(q).parts.map((p) => p.words.map((w) => w.word));
const missing = (q: string) => built.reader.read(q).parts.flatMap((p) => p.missing);

describe("QuestionReader", () => {
  it("reads a slip as the profile's word, and says which", () => {
    expect(built.reader.read("Has he used airflw?")).toMatchObject({
      text: "Has he used Airflow?",
      corrections: [{ from: "airflw", to: "Airflow" }],
    });
    expect(built.reader.read("Does he know Databriks?").corrections).toEqual([{ from: "Databriks", to: "Databricks" }]);
    expect(built.reader.read("a t il fait du chiffrment de donnees ?").corrections).toEqual([
      { from: "chiffrment", to: "chiffrement" },
    ]);
  });

  it("reads a slip in one word of a technology's name from the words around it", () => {
    // "deta" is close to a French word of the CV ("dette"), but "Lake" makes it Delta Lake.
    expect(built.reader.read("Has he worked with Deta Lake?")).toMatchObject({
      text: "Has he worked with Delta Lake?",
      corrections: [{ from: "Deta", to: "Delta" }],
    });
    expect(built.reader.read("has he used unity catalgo?").corrections).toEqual([{ from: "catalgo", to: "Catalog" }]);
    expect(built.reader.read("Has he used Delta Lake?").corrections).toEqual([]);
    expect(built.reader.read("anyone know if he's used PowerBI?").corrections).toEqual([
      { from: "PowerBI", to: "Power BI" },
    ]);
  });

  it("reads a slip of a technology the profile lacks as that technology, and says it is not there", () => {
    const q = built.reader.read("has he worked with terrafrom or AWS Glue?");
    expect(q.corrections).toEqual([{ from: "terrafrom", to: "Terraform" }]);
    expect(q.parts.flatMap((p) => p.missing)).toEqual(["Terraform"]);
    expect(missing("yo, does he know kubernets?")).toEqual(["Kubernetes"]);
  });

  it("does not read a real word, or a slip of one, as a profile word", () => {
    expect(built.reader.read("A-t-il un doctrat ?").corrections).toEqual([]);
    expect(built.reader.read("Has he worked in banking?").corrections).toEqual([]);
  });

  it("reads a brand's product named with everyday words as its own name, unless the profile writes it", () => {
    // The CV names Google Places and cloud migrations, never Google Cloud.
    expect(missing("Has he worked on Google Cloud?")).toEqual(["Google Cloud"]);
    expect(missing("any google cloud experience?")).toEqual(["Google Cloud"]);
    expect(missing("a-t-il travaillé sur Google Cloud ?")).toEqual(["Google Cloud"]);
    expect(missing("Has he used the Google Places API?")).toEqual([]);
    // "Apache" qualifies a name the profile writes without it.
    expect(missing("Has he used Apache Parquet?")).toEqual([]);
    expect(words("Has he used Apache Parquet?")).toEqual([["parquet"]]);
  });

  it("takes a short capitalised language name as a name", () => {
    expect(missing("Does he know Python, Scala and Go?")).toEqual(["Go"]);
    expect(missing("let's go: has he used Spark?")).toEqual([]);
  });

  it("ignores ordinary words the profile lacks", () => {
    const part = built.reader.read("quelles sont ses compétences principales ?").parts[0]!;
    expect(part.missing).toEqual([]);
    expect(part.ignored).toContain("principales");
    expect(missing("Has he got experiance with Spark?")).toEqual([]);
    expect(missing("does he knwo Airflow?")).toEqual([]);
  });

  it("names the specific terms the profile lacks: technologies, brands, degrees, names", () => {
    expect(missing("Does he know Kubernetes?")).toEqual(["Kubernetes"]);
    // Named as its makers write it, whatever the asker typed.
    expect(missing("Has he used terraform?")).toEqual(["Terraform"]);
    expect(missing("Has he used dbt?")).toEqual(["dbt"]);
    expect(missing("Does he have a PhD?")).toEqual(["PhD"]);
    expect(missing("Has he worked with Google BigQuery?")).toEqual(["Google BigQuery"]);
    expect(missing("Has he used Azure Data Factory?")).toEqual(["Azure Data Factory"]);
    expect(missing("Has he worked with Amazon Web Services?")).toEqual([]);
  });

  it("splits a question about several things into parts, keeping what qualifies them all", () => {
    const parts = built.reader.read("Has he used Snowflake and Kubernetes?").parts;
    expect(parts.map((p) => [p.technologies.map((t) => t.name), p.missing])).toEqual([
      [["Snowflake"], []],
      [[], ["Kubernetes"]],
    ]);
    expect(words("Spark, Scala ou Python chez Decathlon ?")).toEqual([
      ["spark", "decathlon"],
      ["scala", "decathlon"],
      ["python", "decathlon"],
    ]);
    expect(built.reader.read("Has he built and deployed pipelines?").parts).toHaveLength(1);
  });

  it("keeps one question when a slash introduces what a name is, or a pronoun takes up what came before", () => {
    const iac = built.reader.read("has he written Terraform / infra as code for the AWS setup?").parts;
    expect(iac.map((p) => p.missing)).toEqual([["Terraform"]]);
    const oracle = built.reader.read("Les grosses tables JDBC chez Decathlon, c'etait de l'Oracle ?").parts;
    expect(oracle.map((p) => p.missing)).toEqual([["Oracle"]]);
    expect(built.reader.read("spark / kafka?").parts).toHaveLength(2);
    // A slip of a name is still a name.
    expect(built.reader.read("spark / kafak?").parts).toHaveLength(2);
  });

  it("splits two things joined by a slash, unless the profile writes them so", () => {
    const parts = built.reader.read("il a deja bouge une plateforme hadoop/emr vers databricks ?").parts;
    expect(parts.map((p) => p.missing)).toEqual([["Hadoop"], []]);
    expect(parts[1]!.words.map((w) => w.word)).toEqual(expect.arrayContaining(["emr", "databricks"]));
    // Azure is a product's name (Iconify's logos hold it, simple-icons doesn't): a name the profile lacks.
    const cloud = built.reader.read("any experience with azure or gcp?").parts.map((p) => p.missing);
    expect(cloud).toEqual([["azure"], ["gcp"]]);
    // The CV writes "CI/CD": one thing.
    expect(built.reader.read("has he set up CI/CD?").parts).toHaveLength(1);
  });

  it("reads an acronym as the name the profile writes in full, and says so", () => {
    expect(built.reader.read("how many DS did he work with?").corrections).toEqual([
      { from: "DS", to: "Data Scientists" },
    ]);
    expect(built.reader.read("a-t-il encadré des DEs ?").corrections).toEqual([{ from: "DEs", to: "Data Engineers" }]);
    // Only written in capitals: "ds" and "de" are no acronyms; "PB" is not the CV's "Power BI".
    expect(built.reader.read("le chiffrement de données").corrections).toEqual([]);
    expect(built.reader.read("has he handled PB of data?").corrections).toEqual([]);
    // A message all in capitals is shouting: "DE" there is « de ».
    expect(built.reader.read("QUELLE EXPÉRIENCE DE SPARK ?").corrections).toEqual([]);
  });

  it("reads 'real-time' as one word: 'real' alone is not what is asked", () => {
    expect(words("has he built real-time pipelines?")[0]).not.toContain("real");
    expect(words("a-t-il fait du traitement en temps réel ?")[0]).not.toContain("reel");
    // A filler is dropped whole; a compound the CV writes stays as the CV writes it.
    expect(words("any hands-on Spark?")).toEqual([["spark"]]);
    expect(words("has he done event-driven streaming?")[0]).toEqual(expect.arrayContaining(["event", "driven"]));
  });

  it("reads a technology's name written short as the CV's name", () => {
    expect(built.reader.read("does he know sklearn?").corrections).toEqual([{ from: "sklearn", to: "Scikit-learn" }]);
  });

  it("keeps a product's name whole: 'Apache Zeppelin' is the CV's 'Zeppelin'", () => {
    expect(words("Could you tell me whether he has used Apache Zeppelin?")).toEqual([["zeppelin"]]);
  });

  it("finds the employers a question names", () => {
    expect(built.reader.read("and at AAA-Data?").parts[0]!.roles).toEqual(["cv#aaa-data"]);
    expect(built.reader.read("Qu'a-t-il fait chez Pernod ?").parts[0]!.roles).toEqual(["cv#pernod-ricard"]);
  });

  it("knows owner-only topics, sums and chatter", () => {
    expect(built.reader.read("Est-il disponible ?").topic).toBe("availability");
    expect(built.reader.read("What is 2+2?").arithmetic).toBe(true);
    expect(built.reader.read("merci !")).toMatchObject({ chatter: "thanks", language: "fr", parts: [] });
  });

  it("detects the language once, French inversions included", () => {
    expect(built.reader.read("A-t-il fait Kafka ?").language).toBe("fr");
    expect(built.reader.read("Kafka?", { fallbackLanguage: "fr" }).language).toBe("fr");
    expect(built.reader.read("Kafka?", { language: "en" }).language).toBe("en");
  });
});
