import fc from "fast-check";
import { defaultRuleSet } from "../core/rules";
import { todayIso } from "../core/format";
import * as F from "./functions";

/** The Excel error code and message a call ends with, or the value it returns. */
function outcome(call: () => unknown): unknown {
  try {
    return call();
  } catch (err) {
    const e = err as { code?: string; message?: string };
    return { code: e.code, message: e.message };
  }
}

const err = (code: string, mention = "") => ({ code, message: expect.stringContaining(mention) });
const col = (...values: unknown[]) => values.map((v) => [v]);

describe("normal cases, from the public figures", () => {
  it("52 → 47 is a cut of 5 and 9,62%", () => {
    expect(F.HEADCOUNT_CUT([[52]], [[47]])).toBe(5);
    expect(F.CUT_RATE([[52]], [[47]])).toBeCloseTo(0.0962, 4);
  });

  it("166 → 145 is 12,65%", () => {
    expect(Math.round(F.CUT_RATE([[166]], [[145]]) * 10000) / 100).toBe(12.65);
  });

  it("16 deputies over 7 heads, summed from ranges", () => {
    expect(F.DEPUTY_RATIO(col(3, 2, 2, 3, 2, 2, 2), col(1, 1, 1, 1, 1, 1, 1))).toBeCloseTo(16 / 7, 12);
  });

  it("a unit of leaders only has a leader share of 1", () => {
    expect(F.LEADER_SHARE([[1]], [[2]], [[3]])).toBe(1);
  });

  it("counts still to cut for an 'at least 10%' target, rounding the required cut up", () => {
    expect(F.CUT_NEEDED([[166]], 0.1)).toBe(17);
    expect(F.CUT_NEEDED([[166]], "10%", [[160]])).toBe(11);
    expect(F.CUT_NEEDED([[100]], 0.1, [[90]])).toBe(0);
    expect(F.CUT_PROGRESS([[166]], [[145]], 0.1)).toBeCloseTo(1.265, 3);
  });

  it("gives caps and excess from the rules, by id or Vietnamese label", () => {
    expect(F.DEPUTY_CAP([[9]], "phong", "ND370_2025")).toBe(1);
    expect(F.DEPUTY_CAP([[10]], "Phòng", "NĐ 370/2025")).toBe(2);
    expect(F.DEPUTY_CAP([[15]], "PHONG", "nd370_2025")).toBe(3);
    expect(F.DEPUTY_CAP([[8]], "phòng", "ND107_2020", "loại I")).toBe(1);
    expect(F.DEPUTY_CAP([[8]], "phòng", "ND107_2020", "loai-2-3")).toBe(2);
    expect(F.DEPUTY_CAP([[20]], "Chi cục", "ND370_2025", null as never, [[2]])).toBe(1);
    expect(F.DEPUTY_CAP([[20]], "Chi cục", "ND370_2025", null as never, [[5]])).toBe(2);
    expect(F.DEPUTY_EXCESS([[4]], [[12]], "Phòng", "ND370_2025")).toBe(2);
    expect(F.DEPUTY_EXCESS([[1]], [[12]], "Phòng", "ND370_2025")).toBe(0);
  });

  it("uses the rules in force today and the unit type phòng when optional arguments are null", () => {
    const today = defaultRuleSet("phong", todayIso(new Date()));
    expect(F.DEPUTY_CAP([[12]], null as never, null as never, null as never, null as never)).toBe(
      F.DEPUTY_CAP([[12]], "phong", today),
    );
  });

  it("gives the excess-deputy deadline as an Excel date", () => {
    const serial = (y: number, m: number, d: number) =>
      (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(F.EXCESS_DEADLINE(serial(2026, 2, 5), "phong")).toBe(serial(2031, 2, 5));
    expect(F.EXCESS_DEADLINE(serial(2026, 2, 5), "phong-dang")).toBe(serial(2030, 12, 31));
  });
});

describe("MERGE_RESULT and MERGE_SUMMARY", () => {
  const names = col("Phòng A", "Phòng B", "Phòng C", null, null);
  const heads = col(1, 1, 1, null, null);
  const deputies = col(2, 1, 1, null, null);
  const staff = col(10, 6, 5, null, null);
  const into = col(null, "Phòng A", null, null, null);

  it("spills one row per resulting unit under a Vietnamese header, skipping blank rows", () => {
    expect(F.MERGE_RESULT(names, heads, deputies, staff, into, "phong", "ND370_2025")).toEqual([
      ["Đơn vị", "Cấp trưởng", "Cấp phó giữ lại", "Định mức cấp phó", "Dôi dư", "Biên chế"],
      ["Phòng A", 1, 4, 3, 1, 16],
      ["Phòng C", 1, 1, 1, 0, 5],
    ]);
  });

  it("spills the standard summary", () => {
    expect(F.MERGE_SUMMARY(names, heads, deputies, staff, into)).toEqual([
      ["", "Trước", "Sau", "Giảm", "Tỷ lệ giảm"],
      ["Đầu mối", 3, 2, 1, 1 / 3],
      ["Cấp trưởng", 3, 2, 1, 1 / 3],
      ["Cấp phó", 4, 5, -1, -1 / 4],
      ["Biên chế", 21, 21, 0, 0],
    ]);
  });

  it("accepts the ranges as rows as well as columns", () => {
    const row = (c: unknown[][]) => [c.map((r) => r[0])];
    expect(F.MERGE_SUMMARY(row(names), row(heads), row(deputies), row(staff), row(into))[1]).toEqual([
      "Đầu mối",
      3,
      2,
      1,
      1 / 3,
    ]);
  });

  it.each([
    [
      "ranges of different sizes",
      () => F.MERGE_SUMMARY(names, heads.slice(0, 4), deputies, staff, into),
      "#VALUE!",
      "cùng số ô",
    ],
    [
      "a row with figures but no name",
      () => F.MERGE_SUMMARY(col(null), col(1), col(0), col(1), col(null)),
      "#VALUE!",
      "tên đơn vị",
    ],
    [
      "no unit at all",
      () => F.MERGE_SUMMARY(col(null), col(null), col(null), col(null), col(null)),
      "#VALUE!",
      "không có đơn vị",
    ],
    [
      "staff below its leaders",
      () => F.MERGE_SUMMARY(col("A"), col(1), col(2), col(2), col(null)),
      "#NUM!",
      "nhỏ hơn",
    ],
    [
      "a negative head count",
      () => F.MERGE_SUMMARY(col("A"), col(-1), col(0), col(2), col(null)),
      "#NUM!",
      "âm",
    ],
    [
      "a merge cycle",
      () => F.MERGE_SUMMARY(col("A", "B"), col(1, 1), col(0, 0), col(3, 3), col("B", "A")),
      "#VALUE!",
      "A",
    ],
  ])("rejects %s", (_label, call, code, mention) => {
    expect(outcome(call)).toEqual(err(code, mention));
  });
});

describe("bad input gives the right Excel error with a Vietnamese message", () => {
  it.each([
    [
      "text that is not a number",
      () => F.HEADCOUNT_CUT([["mười"]], [[1]]),
      "#VALUE!",
      "“mười” không phải là số",
    ],
    ["a boolean", () => F.HEADCOUNT_CUT([[true]], [[1]]), "#VALUE!", "không phải là số"],
    [
      "an error value inside a range",
      () => F.HEADCOUNT_CUT([[1, { code: "#N/A" }]], [[1]]),
      "#VALUE!",
      "#N/A",
    ],
    ["a negative count", () => F.HEADCOUNT_CUT([[-1]], [[1]]), "#NUM!", "âm"],
    ["a fractional head count", () => F.DEPUTY_RATIO([[1.5]], [[1]]), "#NUM!", "số nguyên"],
    ["before = 0 in a rate", () => F.CUT_RATE([[0]], [[0]]), "#DIV/0!", "bằng 0"],
    ["no head", () => F.DEPUTY_RATIO([[2]], [[null]]), "#DIV/0!", "cấp trưởng"],
    ["no staff", () => F.LEADER_SHARE([[0]], [[0]], [[0]]), "#DIV/0!", "biên chế"],
    ["more leaders than staff", () => F.LEADER_SHARE([[1]], [[3]], [[2]]), "#NUM!", "lớn hơn"],
    ["a rate above 100%", () => F.CUT_NEEDED([[100]], 1.2), "#NUM!", "từ 0 đến 1"],
    ["a range as a rate", () => F.CUT_NEEDED([[100]], [[0.1, 0.2]]), "#VALUE!", "một ô"],
    ["an unknown unit type", () => F.DEPUTY_CAP([[10]], "hợp tác xã"), "#VALUE!", "phong-chi-cuc"],
    ["an unknown rule set", () => F.DEPUTY_CAP([[10]], "phong", "ND1"), "#VALUE!", "KL187_2025"],
    [
      "an unknown province class",
      () => F.DEPUTY_CAP([[10]], "phong", "ND107_2020", "loại 7"),
      "#VALUE!",
      "hn-hcm",
    ],
    [
      "a unit type the rule set does not cover",
      () => F.DEPUTY_CAP([[10]], "thanh-tra", "ND370_2025"),
      "#N/A",
      "",
    ],
    ["a date before any deadline rule", () => F.EXCESS_DEADLINE(40000, "phong"), "#N/A", "2009"],
  ])("%s", (_label, call, code, mention) => {
    expect(outcome(call)).toEqual(err(code, mention));
  });

  it("never throws anything but a CustomFunctions.Error, whatever the arguments (property)", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.constant(""),
      fc.integer({ min: -5, max: 1e6 }),
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant({ code: "#REF!" }),
    );
    const range = fc.oneof(cell, fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 4 }));
    const text = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.constantFrom("phong", "Chi cục", "ND107_2020", "loai-1"),
    );
    const calls: ((a: unknown[]) => unknown)[] = [
      (a) => F.HEADCOUNT_CUT(a[0] as never, a[1] as never),
      (a) => F.CUT_RATE(a[0] as never, a[1] as never),
      (a) => F.CUT_NEEDED(a[0] as never, a[1], a[2] as never),
      (a) => F.CUT_PROGRESS(a[0] as never, a[1] as never, a[2]),
      (a) => F.DEPUTY_CAP(a[0] as never, a[3] as never, a[4] as never, a[5] as never, a[1] as never),
      (a) =>
        F.DEPUTY_EXCESS(
          a[0] as never,
          a[1] as never,
          a[3] as never,
          a[4] as never,
          a[5] as never,
          a[2] as never,
        ),
      (a) => F.EXCESS_DEADLINE(a[0], a[3] as never, a[4] as never),
      (a) => F.DEPUTY_RATIO(a[0] as never, a[1] as never),
      (a) => F.LEADER_SHARE(a[0] as never, a[1] as never, a[2] as never),
      (a) =>
        F.MERGE_RESULT(
          a[0] as never,
          a[1] as never,
          a[2] as never,
          a[0] as never,
          a[1] as never,
          a[3] as never,
          a[4] as never,
        ),
      (a) => F.MERGE_SUMMARY(a[0] as never, a[1] as never, a[2] as never, a[0] as never, a[1] as never),
    ];
    const Cf = (globalThis as unknown as { CustomFunctions: { Error: new (...a: never[]) => Error } })
      .CustomFunctions;
    fc.assert(
      fc.property(fc.nat(calls.length - 1), range, range, range, text, text, text, (k, a, b, c, d, e, f) => {
        try {
          const result = calls[k]!([a, b, c, d, e, f]);
          expect(typeof result === "number" ? Number.isFinite(result) : Array.isArray(result)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(Cf.Error);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("large ranges", () => {
  it("sums a whole-column range of 100,000 cells and skips a million blank rows in MERGE_SUMMARY", () => {
    const big = Array.from({ length: 100_000 }, (_, i) => [i % 3]);
    expect(F.HEADCOUNT_CUT(big, [[0]])).toBe(99_999);
    const blank = Array.from({ length: 1_048_576 }, () => [null]);
    const withUnit = (v: unknown) => [[v], ...blank.slice(1)];
    expect(F.MERGE_SUMMARY(withUnit("A"), withUnit(1), withUnit(1), withUnit(5), blank)[4]).toEqual([
      "Biên chế",
      5,
      5,
      0,
      0,
    ]);
  });
});
