import fc from "fast-check";
import { ageInYear, formatAge, RETIREMENT_RULES, retirementAge, retirementDate } from "./retirement";
import type { Sex } from "../types";

/**
 * Phụ lục I of Nghị định 135/2020/NĐ-CP (normal conditions), rows copied in
 * ../shared/domain/benefits-and-retirement.md §3: month of birth → age → first month of pension.
 */
const ANNEX_I: [Sex, string, string, string][] = [
  ["male", "1963-01", "60 tuổi 9 tháng", "2023-11"],
  ["male", "1963-04", "61 tuổi", "2024-05"],
  ["male", "1964-01", "61 tuổi 3 tháng", "2025-05"],
  ["male", "1964-10", "61 tuổi 6 tháng", "2026-05"],
  ["male", "1965-07", "61 tuổi 9 tháng", "2027-05"],
  ["male", "1966-01", "61 tuổi 9 tháng", "2027-11"],
  ["male", "1966-04", "62 tuổi", "2028-05"],
  ["female", "1968-01", "56 tuổi 4 tháng", "2024-06"],
  ["female", "1968-09", "56 tuổi 8 tháng", "2025-06"],
  ["female", "1969-05", "57 tuổi", "2026-06"],
  ["female", "1970-01", "57 tuổi 4 tháng", "2027-06"],
  ["female", "1971-05", "58 tuổi", "2029-06"],
  ["female", "1975-05", "60 tuổi", "2035-06"],
];

describe("retirement age and month (NĐ 135/2020 Phụ lục I)", () => {
  it.each(ANNEX_I)("%s born %s: %s, pension from %s", (sex, born, age, pension) => {
    // Any day of the month of birth gives the same month (Điều 3: the month the age is reached).
    for (const day of ["01", "15", "28"]) {
      const r = retirementDate(`${born}-${day}`, sex);
      expect(r && formatAge(r.age)).toBe(age);
      expect(r?.pensionFrom).toBe(`${pension}-01`);
      const a = retirementAge(`${born}-${day}`, sex);
      expect(a).toEqual(r?.age);
    }
  });

  it("retirement date is the end of the month the age is reached; pension from the next day", () => {
    // CV 1814/BNV-TCBC's Mr C, born 15/01/1966: normal pension 11/2027.
    expect(retirementDate("1966-01-15", "male")).toMatchObject({
      age: { years: 61, months: 9 },
      reachedOn: "2027-10-15",
      retirementDate: "2027-10-31",
      pensionFrom: "2027-11-01",
      rule: { id: "BLLD2019_169", confidence: "reported" },
    });
    // Born on the 31st, the age reached in a shorter month: that month's last day.
    expect(retirementDate("1970-12-31", "female")).toMatchObject({
      age: { years: 57, months: 8 },
      reachedOn: "2028-08-31",
      retirementDate: "2028-08-31",
      pensionFrom: "2028-09-01",
    });
    expect(retirementDate("1975-05-31", "male")).toMatchObject({
      reachedOn: "2037-05-31",
      retirementDate: "2037-05-31",
      pensionFrom: "2037-06-01",
    });
    // December: the pension starts in January of the next year.
    expect(retirementDate("1980-12-05", "male")?.pensionFrom).toBe("2043-01-01");
  });

  it("a year alone (01/01 of it) and ages reached before 2021", () => {
    expect(retirementDate("1968-01-01", "female")?.retirementDate).toBe("2024-05-31");
    expect(retirementDate("1960-06-10", "male")).toMatchObject({
      age: { years: 60, months: 0 },
      retirementDate: "2020-06-30",
      rule: { id: "BLLD2012_187" },
    });
    expect(retirementDate("1961-01-10", "male")).toMatchObject({ age: { years: 60, months: 3 } });
    expect(retirementDate("1965-12-10", "female")).toMatchObject({ age: { years: 55, months: 0 } });
    expect(retirementDate("1966-01-10", "female")).toMatchObject({ age: { years: 55, months: 4 } });
  });

  it("refuses what is not a date", () => {
    expect(retirementDate("1970-02-30", "male")).toBeUndefined();
    expect(retirementDate("15/01/1966", "male")).toBeUndefined();
    expect(retirementAge("", "female")).toBeUndefined();
  });

  it("records the rules with their sources", () => {
    expect(ageInYear("male", 2021)).toBe(60 * 12 + 3);
    expect(ageInYear("male", 2028)).toBe(62 * 12);
    expect(ageInYear("male", 2040)).toBe(62 * 12);
    expect(ageInYear("female", 2021)).toBe(55 * 12 + 4);
    expect(ageInYear("female", 2035)).toBe(60 * 12);
    expect(ageInYear("female", 2034)).toBe(59 * 12 + 8);
    for (const rule of RETIREMENT_RULES) {
      expect(rule.source).toMatch(/Điều \d+/);
      expect(rule.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["verified", "reported", "unsettled"]).toContain(rule.confidence);
    }
  });
});

describe("retirement properties", () => {
  const day = fc
    .integer({ min: Date.UTC(1950, 0, 1) / 86_400_000, max: Date.UTC(2010, 11, 31) / 86_400_000 })
    .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
  const sex = fc.constantFrom<Sex>("male", "female");

  it("is monotone in the birth date", () => {
    fc.assert(
      fc.property(day, day, sex, (a, b, s) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const ra = retirementDate(early, s);
        const rb = retirementDate(late, s);
        expect(ra && rb && ra.retirementDate <= rb.retirementDate).toBe(true);
      }),
    );
  });

  it("stays between the 2021 age and the final age from 2021 on", () => {
    fc.assert(
      fc.property(day, sex, (birth, s) => {
        const r = retirementDate(birth, s);
        if (!r) throw new Error("no result");
        const months = r.age.years * 12 + r.age.months;
        const [min, max] = s === "male" ? [60 * 12 + 3, 62 * 12] : [55 * 12 + 4, 60 * 12];
        if (r.retirementDate >= "2021-01-01") {
          expect(months).toBeGreaterThanOrEqual(min);
          expect(months).toBeLessThanOrEqual(max);
        } else {
          expect(months).toBe(s === "male" ? 60 * 12 : 55 * 12);
        }
        // The age is reached in the month of the retirement date, and the pension starts the day after.
        const end = new Date(`${r.retirementDate}T00:00:00Z`);
        expect(new Date(end.getTime() + 86_400_000).toISOString().slice(0, 10)).toBe(r.pensionFrom);
        expect(r.reachedOn.slice(0, 7)).toBe(r.retirementDate.slice(0, 7));
        // The age that applies is the one of the year in which it is reached.
        expect(months).toBe(ageInYear(s, Number(r.retirementDate.slice(0, 4))));
      }),
    );
  });
});
