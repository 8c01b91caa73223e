import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/knowledge/parse-period.js";

describe("parsePeriod", () => {
  it("reads a French ongoing period with its duration", () => {
    expect(parsePeriod("Mai 2021 - Présent (4 ans 3 mois)")).toEqual({
      label: "Mai 2021 - Présent (4 ans 3 mois)",
      start: "2021-05",
      end: null,
      current: true,
      durationMonths: 51,
    });
  });

  it("reads French and English closed periods", () => {
    expect(parsePeriod("Janvier 2020 - Mai 2021 (1 an 5 mois)")).toMatchObject({
      start: "2020-01",
      end: "2021-05",
      current: false,
      durationMonths: 17,
    });
    expect(parsePeriod("Avril 2019 - Octobre 2019 (6 mois)")).toMatchObject({
      start: "2019-04",
      end: "2019-10",
      durationMonths: 6,
    });
    expect(parsePeriod("January 2019 - January 2020 (1 year)")).toMatchObject({
      start: "2019-01",
      end: "2020-01",
      durationMonths: 12,
    });
    expect(parsePeriod("November 2022 – Present (2 years 9 months)")).toMatchObject({
      start: "2022-11",
      current: true,
      durationMonths: 33,
    });
  });

  it("reads numeric and year-only periods, with no duration", () => {
    expect(parsePeriod("04/2019 - 10/2019")).toMatchObject({ start: "2019-04", end: "2019-10", durationMonths: null });
    expect(parsePeriod("2016 - 2018")).toMatchObject({ start: "2016", end: "2018" });
    expect(parsePeriod("Février 2015 - aujourd'hui")).toMatchObject({ start: "2015-02", current: true });
  });

  it("refuses lines that are not periods", () => {
    expect(parsePeriod("Contexte : Développement de la plateforme")).toBeNull();
    expect(parsePeriod("- Migration de Datalake vers Lakehouse")).toBeNull();
    expect(parsePeriod("Présent - Mai 2021")).toBeNull();
    expect(parsePeriod("Smarch 2021 - Mai 2022")).toBeNull();
  });
});
