import {
  addYears,
  formatDate,
  formatDateShort,
  formatNumber,
  formatPercent,
  parseIsoDate,
  roundHalfUp,
  todayIso,
} from "./index";

describe("roundHalfUp", () => {
  it.each([
    [12.645, 2, 12.65],
    [1.005, 2, 1.01],
    [0.125, 2, 0.13],
    [0.124, 2, 0.12],
    [2.5, 0, 3],
    [1.45, 1, 1.5],
    [9.615384615, 2, 9.62],
    [12.650602409, 2, 12.65],
    [7, 2, 7],
  ])("rounds %p to %p decimals as %p", (x, d, expected) => {
    expect(roundHalfUp(x, d)).toBe(expected);
  });

  it("rounds negative numbers symmetrically (half away from zero)", () => {
    expect(roundHalfUp(-12.645, 2)).toBe(-12.65);
    expect(roundHalfUp(-0.125, 2)).toBe(-0.13);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
  });

  it("passes non-finite values through", () => {
    expect(roundHalfUp(NaN, 2)).toBeNaN();
    expect(roundHalfUp(Infinity, 2)).toBe(Infinity);
  });
});

describe("formatNumber", () => {
  it("groups thousands with dots in Vietnamese and commas in English", () => {
    expect(formatNumber(2234720)).toBe("2.234.720");
    expect(formatNumber(2234720, 0, "en")).toBe("2,234,720");
  });

  it("writes fixed decimals with a comma in Vietnamese", () => {
    expect(formatNumber(1234.5, 2)).toBe("1.234,50");
    expect(formatNumber(1234.5, 2, "en")).toBe("1,234.50");
  });

  it("rounds half up before formatting", () => {
    expect(formatNumber(12.645, 2)).toBe("12,65");
    expect(formatNumber(2.5)).toBe("3");
  });

  it("keeps small and negative numbers readable", () => {
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-1234567)).toBe("-1.234.567");
    expect(formatNumber(-0.001, 2)).toBe("0,00");
  });

  it("shows a dash for non-finite numbers", () => {
    expect(formatNumber(NaN)).toBe("–");
  });
});

describe("formatPercent", () => {
  it("formats the real cut rates of the sample cases", () => {
    expect(formatPercent(5 / 52)).toBe("9,62%"); // biên chế 52 → 47
    expect(formatPercent(21 / 166)).toBe("12,65%"); // 166 → 145
    expect(formatPercent(13 / 14)).toBe("92,86%");
  });

  it("takes a fraction, not a percent number", () => {
    expect(formatPercent(0.1265)).toBe("12,65%");
    expect(formatPercent(0.1265, 2, "en")).toBe("12.65%");
    expect(formatPercent(1)).toBe("100,00%");
  });

  it("honours the number of decimals", () => {
    expect(formatPercent(0.1265, 1)).toBe("12,7%");
    expect(formatPercent(0.1, 0)).toBe("10%");
  });

  it("shows a dash when there is no rate", () => {
    expect(formatPercent(null)).toBe("–");
    expect(formatPercent(NaN)).toBe("–");
  });
});

describe("dates", () => {
  it("writes the Nghị định 30 running-text date with leading zeros for days < 10 and months 1–2", () => {
    expect(formatDate("2026-02-05")).toBe("ngày 05 tháng 02 năm 2026");
    expect(formatDate("2026-01-15")).toBe("ngày 15 tháng 01 năm 2026");
    expect(formatDate("2026-03-09")).toBe("ngày 09 tháng 3 năm 2026");
    expect(formatDate("2025-12-31")).toBe("ngày 31 tháng 12 năm 2025");
  });

  it("writes English dates without leading zeros", () => {
    expect(formatDate("2026-02-05", "en")).toBe("5 February 2026");
  });

  it("writes short dates as dd/mm/yyyy", () => {
    expect(formatDateShort("2026-02-05")).toBe("05/02/2026");
  });

  it("returns text that is not an ISO date unchanged", () => {
    expect(formatDate("sometime")).toBe("sometime");
    expect(formatDateShort("2026-02-30")).toBe("2026-02-30");
  });

  it("parses ISO and Vietnamese day-first dates", () => {
    expect(parseIsoDate("2026-02-05")).toBe("2026-02-05");
    expect(parseIsoDate(" 05/02/2026 ")).toBe("2026-02-05");
    expect(parseIsoDate("5/2/2026")).toBe("2026-02-05");
    expect(parseIsoDate("05-02-2026")).toBe("2026-02-05");
    expect(parseIsoDate("05.02.2026")).toBe("2026-02-05");
    expect(parseIsoDate("2026-2-5")).toBe("2026-02-05");
  });

  it("rejects impossible dates and other text", () => {
    expect(parseIsoDate("2026-02-29")).toBeUndefined();
    expect(parseIsoDate("29/02/2026")).toBeUndefined();
    expect(parseIsoDate("31/04/2026")).toBeUndefined();
    expect(parseIsoDate("2026-13-01")).toBeUndefined();
    expect(parseIsoDate("00/01/2026")).toBeUndefined();
    expect(parseIsoDate("05/02-2026")).toBeUndefined();
    expect(parseIsoDate("hôm nay")).toBeUndefined();
    expect(parseIsoDate("")).toBeUndefined();
  });

  it("accepts 29 February in leap years, including 2000 but not 1900", () => {
    expect(parseIsoDate("2028-02-29")).toBe("2028-02-29");
    expect(parseIsoDate("29/02/2000")).toBe("2000-02-29");
    expect(parseIsoDate("1900-02-29")).toBeUndefined();
  });

  it("adds years, moving 29 February to 28 February in common years", () => {
    expect(addYears("2026-02-05", 5)).toBe("2031-02-05");
    expect(addYears("2028-02-29", 5)).toBe("2033-02-28");
    expect(addYears("2028-02-29", 4)).toBe("2032-02-29");
    expect(addYears("2031-02-05", -5)).toBe("2026-02-05");
  });

  it("gives the local calendar date of a moment", () => {
    expect(todayIso(new Date(2026, 1, 5, 23, 59))).toBe("2026-02-05");
    expect(todayIso(new Date(2026, 0, 1, 0, 0))).toBe("2026-01-01");
  });
});
