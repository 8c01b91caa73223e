import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/knowledge/parse-period.js";
import { coversYear, formatDuration, mergedMonths, monthIndex, spanOf } from "../../src/profile/durations.js";

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const period = (line: string) => parsePeriod(line)!;

describe("durations from the CV's dates", () => {
  it("counts a current role up to today, month by month, in both languages' period formats", () => {
    expect(spanOf(period("Mai 2021 - Présent (4 ans 3 mois)"), at("2026-11-30"))).toEqual({
      start: monthIndex("2021-05"),
      end: monthIndex("2026-11"),
    });
    const months = (line: string, today: string) => {
      const s = spanOf(period(line), at(today));
      return s.end - s.start;
    };
    expect(months("Mai 2021 - Présent (4 ans 3 mois)", "2026-11-30")).toBe(66);
    expect(months("May 2021 - Present (4 years 3 months)", "2026-11-01")).toBe(66);
    expect(months("Mai 2021 - Présent", "2027-01-15")).toBe(68);
    expect(months("Janvier 2019 - Janvier 2020 (1 an)", "2026-11-30")).toBe(12);
    expect(months("April 2019 – October 2019", "2030-01-01")).toBe(6);
    expect(months("04/2019 - 10/2019", "2030-01-01")).toBe(6);
  });

  it("merges overlapping roles once: Pernod Ricard inside MAIF's 2019", () => {
    const now = at("2026-11-30");
    const spans = [
      "Janvier 2019 - Janvier 2020",
      "Avril 2019 - Octobre 2019",
      "Janvier 2020 - Mai 2021",
      "Mai 2021 - Présent",
      "Novembre 2022 - Présent",
    ].map((l) => spanOf(period(l), now));
    expect(mergedMonths(spans)).toBe(94);
    expect(mergedMonths([spans[0]!, spans[1]!])).toBe(12);
    expect(
      mergedMonths([
        { start: 0, end: 6 },
        { start: 10, end: 12 },
      ]),
    ).toBe(8);
  });

  it("writes a duration as people say it", () => {
    expect(formatDuration(66, "en")).toBe("5 years and 6 months");
    expect(formatDuration(66, "fr")).toBe("5 ans et 6 mois");
    expect(formatDuration(12, "en")).toBe("1 year");
    expect(formatDuration(13, "fr")).toBe("1 an et 1 mois");
    expect(formatDuration(6, "en")).toBe("6 months");
    expect(formatDuration(0, "en")).toBe("0 months");
  });

  it("knows which years a role covers", () => {
    const maif = spanOf(period("Janvier 2019 - Janvier 2020"), at("2026-11-30"));
    expect(coversYear(maif, 2019)).toBe(true);
    // Its end month is written: he was at MAIF in January 2020.
    expect(coversYear(maif, 2020)).toBe(true);
    expect(coversYear(maif, 2021)).toBe(false);
    expect(coversYear(maif, 2018)).toBe(false);
  });
});
