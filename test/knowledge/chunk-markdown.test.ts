import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chunkMarkdown, describeHeading, labelKind } from "../../src/knowledge/chunk-markdown.js";

const fr = readFileSync("knowledge/cv.fr.md", "utf8");
const en = readFileSync("knowledge/cv.en.md", "utf8");
const frChunks = chunkMarkdown({ source: "cv.fr.md", doc: "cv", lang: "fr", text: fr });
const enChunks = chunkMarkdown({ source: "cv.en.md", doc: "cv", lang: "en", text: en });

describe("chunkMarkdown on the real CV", () => {
  it("finds the five roles with their periods", () => {
    const roles = frChunks.filter((c) => c.kind === "role");
    expect(roles.map((r) => r.section)).toEqual([
      "Decathlon — Senior Data Engineer",
      "EPISEN — Professeur de Big Data en école d'ingénieur",
      "AAA-Data (Automobile) — Data Engineer",
      "Pernod Ricard — Formateur Data",
      "MAIF — Data Engineer",
    ]);
    expect(roles.map((r) => [r.period?.start, r.period?.end, r.period?.current])).toEqual([
      ["2021-05", null, true],
      ["2022-11", null, true],
      ["2020-01", "2021-05", false],
      ["2019-04", "2019-10", false],
      ["2019-01", "2020-01", false],
    ]);
  });

  it("keeps one bullet per passage, under its sub-section, with the role's period", () => {
    const security = frChunks.filter((c) => c.section === "Decathlon — Senior Data Engineer › Sécurité et gouvernance");
    expect(security).toHaveLength(4);
    expect(security[0]!.text).toBe(
      "Gestion des PII : chiffrement au niveau colonne de données nestées complexes sans ajout de colonne",
    );
    expect(security[0]!.period?.label).toBe("Mai 2021 - Présent (4 ans 3 mois)");
    expect(
      frChunks.filter((c) => c.section === "Decathlon — Senior Data Engineer › Architecture et optimisation technique"),
    ).toHaveLength(7);
    expect(frChunks.filter((c) => c.kind === "bullet")).toHaveLength(63);
  });

  it("keeps tab-indented sub-bullets inside their parent bullet, verbatim", () => {
    const modes = frChunks.find((c) => c.text.startsWith("Développement de différents modes d'ingestion"));
    expect(modes?.text.split("\n")).toEqual([
      "Développement de différents modes d'ingestion :",
      "\t - FULL : remplacement complet des données",
      "\t - DIFF : ingestion incrémentale avec merge sur l'existant",
      "\t - APPEND : concaténation des nouveaux fichiers",
    ]);
  });

  it("splits the context paragraph by sentence and keeps stack and team lines whole", () => {
    const context = frChunks.filter((c) => c.key.startsWith("cv#maif.context"));
    expect(context).toHaveLength(4);
    expect(context.every((c) => c.text.length < 450)).toBe(true);
    const stack = frChunks.find((c) => c.id === "cv.fr#decathlon.stack");
    expect(stack?.section).toBe("Decathlon — Senior Data Engineer › Stack technique");
    expect(stack?.text).toMatch(/^Stack technique : Spark, Scala, AWS/);
    expect(frChunks.find((c) => c.id === "cv.fr#maif.team")?.text).toBe(
      "Équipe : 1 PO, 2 Data Scientists, 2 Data Engineers",
    );
  });

  it("never cites a whole job: every passage is a few lines", () => {
    expect(Math.max(...frChunks.map((c) => c.text.length))).toBeLessThan(450);
    expect(frChunks.every((c) => !/^-{3,}\s*$/m.test(c.text))).toBe(true);
  });

  it("gives every French passage an English twin with the same key", () => {
    expect(enChunks.map((c) => c.key)).toEqual(frChunks.map((c) => c.key));
    const pii = enChunks.find((c) => c.key === "cv#decathlon.s2.b1");
    expect(pii?.text).toMatch(/column-level encryption/);
    expect(pii?.lang).toBe("en");
  });

  it("gives the same ids on every run, unique within a file", () => {
    const again = chunkMarkdown({ source: "cv.fr.md", doc: "cv", lang: "fr", text: fr });
    expect(again.map((c) => c.id)).toEqual(frChunks.map((c) => c.id));
    expect(new Set(frChunks.map((c) => c.id)).size).toBe(frChunks.length);
  });
});

describe("chunkMarkdown on other CVs", () => {
  it("reads a differently shaped English CV: h1 name, h3 roles, CRLF, * bullets, separators", () => {
    const text = [
      "# Jane Doe",
      "Data engineer based in Lyon.",
      "",
      "## Experience",
      "",
      "### Acme Corp | Lead Engineer",
      "March 2018 – June 2020 (2 years 3 months)",
      "",
      "Context: Payments platform.",
      "* Built the Kafka pipelines",
      "    * with exactly-once delivery",
      "* Led 4 engineers",
      "---- ",
      "### Beta",
      "2016 - 2018",
      "Tech stack: Go, Postgres",
    ].join("\r\n");
    const chunks = chunkMarkdown({ source: "jane.md", doc: "jane", lang: "en", text });
    const roles = chunks.filter((c) => c.kind === "role");
    expect(roles.map((r) => r.section)).toEqual(["Acme Corp — Lead Engineer", "Beta"]);
    const kafka = chunks.find((c) => c.text.startsWith("Built the Kafka"));
    expect(kafka?.text).toBe("Built the Kafka pipelines\n    * with exactly-once delivery");
    expect(kafka?.period?.start).toBe("2018-03");
    expect(chunks.find((c) => c.kind === "context")?.section).toBe("Acme Corp — Lead Engineer › Context");
    expect(chunks.find((c) => c.kind === "stack")?.period?.end).toBe("2018");
    expect(chunks.find((c) => c.text === "Data engineer based in Lyon.")?.section).toBe("Jane Doe");
  });

  it("splits an overlong bullet by sentence", () => {
    const long = `- ${"Built a very large pipeline for many teams. ".repeat(15)}`;
    const chunks = chunkMarkdown({ source: "x.md", doc: "x", lang: "en", text: `## X - Y\n2020 - 2021\n${long}` });
    const bullets = chunks.filter((c) => c.kind === "bullet");
    expect(bullets.length).toBeGreaterThan(1);
    expect(bullets.every((b) => b.text.length < 450)).toBe(true);
  });
});

describe("chunkMarkdown's steps, on small inputs", () => {
  const chunk = (text: string) => chunkMarkdown({ source: "t.md", doc: "t", lang: "en", text });

  it("reads a role heading as employer, title and contract, and other headings as they are", () => {
    expect(describeHeading("Decathlon (Lille) - Senior Data Engineer - Freelance")).toEqual({
      display: "Decathlon (Lille) — Senior Data Engineer",
      slugSource: "Decathlon ",
      role: { employer: "Decathlon", title: "Senior Data Engineer", contract: "Freelance" },
    });
    expect(describeHeading("Skills")).toEqual({ display: "Skills", slugSource: "Skills", role: null });
  });

  it("knows the labelled lines, accents and case folded", () => {
    expect(labelKind("Équipe : 4 ingénieurs")).toEqual({ kind: "team", label: "Équipe" });
    expect(labelKind("Stack technique : Spark")).toEqual({ kind: "stack", label: "Stack technique" });
    expect(labelKind("Awards: none")).toEqual({ kind: "text", label: "Awards" });
    expect(labelKind("no label here")).toBeNull();
  });

  it("numbers sub-sections and their bullets, and gives a repeated employer its own key", () => {
    const chunks = chunk(
      [
        "## Acme - Dev",
        "2019 - 2020",
        "### One",
        "- a",
        "- b",
        "### Two",
        "- c",
        "## Acme - Lead",
        "2020 - 2021",
        "- d",
      ].join("\n"),
    );
    expect(chunks.map((c) => [c.key, c.kind, c.line])).toEqual([
      ["t#acme.role", "role", 1],
      ["t#acme.s1.b1", "bullet", 4],
      ["t#acme.s1.b2", "bullet", 5],
      ["t#acme.s2.b1", "bullet", 7],
      ["t#acme-2.role", "role", 8],
      ["t#acme-2.s0.b1", "bullet", 10],
    ]);
    expect(chunks[3]!.section).toBe("Acme — Dev › Two");
  });

  it("ends a bullet at a separator, and a paragraph at a blank line", () => {
    const chunks = chunk(
      ["# Intro", "First line", "and its end.", "", "- item", "---", "  not a sub-bullet"].join("\n"),
    );
    expect(chunks.map((c) => [c.kind, c.text])).toEqual([
      ["text", "First line and its end."],
      ["bullet", "item"],
      ["text", "not a sub-bullet"],
    ]);
  });
});
