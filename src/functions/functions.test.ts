import fc from "fast-check";
import { defaultRuleSet } from "../core/rules";
import { todayIso } from "../core/format";
import * as F from "./functions";
import { readTable } from "../core/read";
import type { CellValue, Grid } from "../core/types";

/** The Excel error code and message (undefined when none) a call ends with, or the value it returns. */
function outcome(call: () => unknown): unknown {
  try {
    return call();
  } catch (err) {
    const e = err as { code?: string; message?: string };
    return { code: e.code, message: e.message || undefined };
  }
}

/**
 * The error Excel shows: #VALUE! and #N/A with a message that mentions `mention`; the others bare, as Excel
 * shows no message with them.
 */
const err = (code: string, mention = "") =>
  code === "#VALUE!" || code === "#N/A"
    ? { code, message: expect.stringContaining(mention) }
    : { code, message: undefined };
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

  it("gives a commune phòng's cap: one deputy under NĐ 150 Điều 13, then NQ 332's pooled average of 2", () => {
    expect(F.DEPUTY_CAP([[12]], "phong-xa", "ND150_2025")).toBe(1);
    expect(F.DEPUTY_CAP([[12]], "Phòng thuộc UBND xã", "NQ 332/2025")).toBe(2);
    expect(F.DEPUTY_CAP([[5]], "Trung tâm Phục vụ hành chính công", "NQ332_2025")).toBe(2);
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
    expect(F.EXCESS_DEADLINE(serial(2025, 7, 1), "phong")).toBe(serial(2030, 7, 1));
    // Five years would run to 5/2/2031: KL 187's end of 2030 comes first.
    expect(F.EXCESS_DEADLINE(serial(2026, 2, 5), "phong")).toBe(serial(2030, 12, 31));
    expect(F.EXCESS_DEADLINE(serial(2026, 2, 5), "phong-dang")).toBe(serial(2030, 12, 31));
  });
});

describe("RETIREMENT_DATE", () => {
  const serial = (y: number, m: number, d: number) =>
    (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

  it("gives thời điểm nghỉ hưu, the last day of the month the age is reached (NĐ 135/2020 Phụ lục I)", () => {
    // Born 15/01/1966, a man: 61 years 9 months, reached in 10/2027; pension from 01/11/2027.
    expect(F.RETIREMENT_DATE(serial(1966, 1, 15), "Nam")).toBe(serial(2027, 10, 31));
    // Born 09/1968, a woman: 56 years 8 months, reached in 05/2025.
    expect(F.RETIREMENT_DATE(serial(1968, 9, 10), "Nữ")).toBe(serial(2025, 5, 31));
    // From 04/1966 men retire at 62; from 05/1975 women at 60.
    expect(F.RETIREMENT_DATE(serial(1970, 5, 20), "M")).toBe(serial(2032, 5, 31));
    expect(F.RETIREMENT_DATE(serial(1975, 5, 20), "F")).toBe(serial(2035, 5, 31));
  });

  it("takes the date as a serial, a one-cell range, dd/mm/yyyy or mm/yyyy text, or a year alone", () => {
    const want = serial(2027, 10, 31);
    expect(F.RETIREMENT_DATE([[serial(1966, 1, 15)]], [["nam"]])).toBe(want);
    expect(F.RETIREMENT_DATE("15/01/1966", "Nam")).toBe(want);
    expect(F.RETIREMENT_DATE("01/1966", 1)).toBe(want);
    // A year alone is 01/01 of it (NĐ 135/2020 Điều 3).
    expect(F.RETIREMENT_DATE(1966, "nam")).toBe(want);
    expect(F.RETIREMENT_DATE("1968", 0)).toBe(serial(2024, 5, 31));
    expect(F.RETIREMENT_DATE(serial(1968, 1, 31), "nu")).toBe(serial(2024, 5, 31));
  });

  it.each([
    ["an impossible date", () => F.RETIREMENT_DATE("31/02/1970", "Nam"), "31/02/1970"],
    ["a blank date", () => F.RETIREMENT_DATE(null, "Nam"), "ngày sinh"],
    ["a word for a date", () => F.RETIREMENT_DATE("năm ngoái", "Nam"), "không phải là ngày sinh"],
    ["a range of dates", () => F.RETIREMENT_DATE([[1966, 1967]], "Nam"), "một ô"],
    ["an unknown sex", () => F.RETIREMENT_DATE(1966, "x"), "giới tính"],
    ["a blank sex", () => F.RETIREMENT_DATE(1966, null), "(trống)"],
    ["a sex number other than 0 and 1", () => F.RETIREMENT_DATE(1966, 2), "1 là nam hoặc 0 là nữ"],
  ])("%s is #VALUE! with a reason", (_label, call, mention) => {
    expect(outcome(call)).toEqual(err("#VALUE!", mention));
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

  it("gives a pooled cap's excess on the group's own row (NQ 332, a commune's phòng)", () => {
    const commune = col("Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội");
    expect(
      F.MERGE_RESULT(commune, col(1, 1, 1), col(3, 3, 1), col(12, 10, 8), col(null, null, null), "phong-xa"),
    ).toEqual([
      ["Đơn vị", "Cấp trưởng", "Cấp phó giữ lại", "Định mức cấp phó", "Dôi dư", "Biên chế"],
      ["Văn phòng HĐND và UBND", 1, 3, 2, "chung", 12],
      ["Phòng Kinh tế", 1, 3, 2, "chung", 10],
      ["Phòng Văn hóa - Xã hội", 1, 1, 2, "chung", 8],
      ["Tính chung 3 đơn vị", "", 7, 6, 1, ""],
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
      "#VALUE!",
      "biên chế 2 nhỏ hơn số lãnh đạo 3",
    ],
    [
      "a negative head count",
      () => F.MERGE_SUMMARY(col("A"), col(-1), col(0), col(2), col(null)),
      "#VALUE!",
      "cấp trưởng (dòng 1) là số âm (-1)",
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

describe("bad input gives #VALUE! or #N/A with a Vietnamese message, a division by zero a bare #DIV/0!", () => {
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
    ["a negative count", () => F.HEADCOUNT_CUT([[-1]], [[1]]), "#VALUE!", "trước là số âm (-1)"],
    ["a fractional head count", () => F.DEPUTY_RATIO([[1.5]], [[1]]), "#VALUE!", "số nguyên"],
    ["a count too large", () => F.HEADCOUNT_CUT([[2e9]], [[1]]), "#VALUE!", "quá lớn"],
    ["before = 0 in a rate", () => F.CUT_RATE([[0]], [[0]]), "#DIV/0!", ""],
    ["no head", () => F.DEPUTY_RATIO([[2]], [[null]]), "#DIV/0!", ""],
    ["no staff", () => F.LEADER_SHARE([[0]], [[0]], [[0]]), "#DIV/0!", ""],
    ["a zero target", () => F.CUT_PROGRESS([[100]], [[90]], 0), "#DIV/0!", ""],
    [
      "more leaders than staff",
      () => F.LEADER_SHARE([[1]], [[3]], [[2]]),
      "#VALUE!",
      "Số lãnh đạo (4) lớn hơn biên chế (2)",
    ],
    ["a rate above 100%", () => F.CUT_NEEDED([[100]], 1.2), "#VALUE!", "từ 0 đến 1"],
    ["a negative rate", () => F.CUT_PROGRESS([[100]], [[90]], "-5%"), "#VALUE!", "từ 0 đến 1"],
    ["a current count below 0", () => F.CUT_NEEDED([[100]], 0.1, [[-2]]), "#VALUE!", "hiện có"],
    ["a decision date out of Excel's range", () => F.EXCESS_DEADLINE(-3), "#VALUE!", "01/01/1900"],
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

  it("never returns #NUM!, which Excel shows without a reason (property)", () => {
    const n = fc.oneof(fc.integer({ min: -1e10, max: 1e10 }), fc.double(), fc.constant(null));
    fc.assert(
      fc.property(n, n, n, (a, b, c) => {
        for (const call of [
          () => F.HEADCOUNT_CUT([[a]], [[b]]),
          () => F.CUT_NEEDED([[a]], b, [[c]]),
          () => F.CUT_PROGRESS([[a]], [[b]], c),
          () => F.LEADER_SHARE([[a]], [[b]], [[c]]),
          () => F.DEPUTY_CAP([[a]], "phong", "ND370_2025"),
          () => F.EXCESS_DEADLINE(a),
          () => F.RETIREMENT_DATE(a, b),
          () => F.MERGE_SUMMARY(col("A"), col(a), col(b), col(c), col(null)),
        ]) {
          const result = outcome(call) as { code?: string };
          expect(result?.code).not.toBe("#NUM!");
        }
      }),
      { numRuns: 500 },
    );
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
      fc.constantFrom(...Object.values(DATA_TYPES)),
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
      (a) => F.RETIREMENT_DATE(a[0], a[3]),
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

/**
 * Cells holding Excel data types, as the Excel API documents their JSON (`Excel.CellValue`): what a custom
 * function receives for them with `allowCustomDataForDataTypeAny` from CustomFunctionsRuntime 1.4.
 */
const DATA_TYPES = {
  /** A number with a number format (e.g. returned by another add-in's function). */
  formatted: { type: "FormattedNumber", basicValue: 12, basicType: "Double", numberFormat: "0" },
  /** A number with properties (a basic cell value with a card). */
  double: {
    type: "Double",
    basicValue: 7,
    basicType: "Double",
    properties: { Nguồn: { type: "String", basicValue: "QĐ 1" } },
  },
  percent: { type: "FormattedNumber", basicValue: 0.1, basicType: "Double", numberFormat: "0%" },
  text: { type: "String", basicValue: "Phòng", basicType: "String", properties: {} },
  numericText: { type: "String", basicValue: " 5 ", basicType: "String" },
  boolean: { type: "Boolean", basicValue: true, basicType: "Boolean" },
  empty: { type: "Empty", basicValue: "", basicType: "Empty" },
  entity: {
    type: "Entity",
    text: "Sở Nội vụ",
    basicType: "Error",
    basicValue: "#VALUE!",
    properties: { "Biên chế": { type: "Double", basicValue: 40 } },
  },
  geography: {
    type: "LinkedEntity",
    text: "Hà Nội",
    basicType: "Error",
    basicValue: "#VALUE!",
    id: { culture: "vi-VN", domainId: "Geography", entityId: "x", serviceId: 268 },
  },
  image: { type: "WebImage", address: "https://example.vn/a.png", basicType: "Error", basicValue: "#VALUE!" },
  error: { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" },
} as const;

describe("cells holding Excel data types", () => {
  const dt = DATA_TYPES;

  it("count numbers with a format or properties, and numeric text, by their basic value", () => {
    expect(F.HEADCOUNT_CUT([[dt.formatted, dt.double, dt.numericText]], [[dt.empty]])).toBe(24);
    expect(F.DEPUTY_CAP([[dt.formatted]], dt.text as never, "ND370_2025")).toBe(2);
    expect(F.CUT_NEEDED([[dt.formatted]], dt.percent)).toBe(2);
    expect(F.CUT_NEEDED([[166]], [[dt.percent]], [[160]])).toBe(11);
  });

  it("read text data types as their text in MERGE_RESULT's names and targets", () => {
    const name = (t: string) => ({ type: "String", basicValue: t, basicType: "String", properties: {} });
    expect(
      F.MERGE_RESULT(
        col(name("Phòng A"), name("Phòng B")),
        col(1, 1),
        col(dt.double, dt.empty),
        col(dt.formatted, dt.numericText),
        col(dt.empty, name("Phòng A")),
        "phong",
        "ND370_2025",
      ),
    ).toEqual([
      ["Đơn vị", "Cấp trưởng", "Cấp phó giữ lại", "Định mức cấp phó", "Dôi dư", "Biên chế"],
      // 1 head; 7 + 0 deputies and the other former head kept as deputies; 12 + 5 staff.
      ["Phòng A", 1, 8, 3, 5, 17],
    ]);
  });

  it.each([
    ["an entity in a count", () => F.HEADCOUNT_CUT([[1, dt.entity]], [[0]]), "thực thể “Sở Nội vụ”"],
    [
      "a linked entity (Geography) as the staff",
      () => F.DEPUTY_CAP([[dt.geography]]),
      "thực thể liên kết “Hà Nội”",
    ],
    ["an image as a rate", () => F.CUT_NEEDED([[100]], dt.image), "hình ảnh"],
    // unit_type is a `string` parameter: Excel converts the cell itself; this guards the code all the same.
    ["an entity as the unit type", () => F.DEPUTY_CAP([[10]], dt.entity as never), "loại đơn vị"],
    [
      "an entity as a unit name",
      () => F.MERGE_SUMMARY(col(dt.entity), col(1), col(0), col(3), col(null)),
      "tên đơn vị (dòng 1)",
    ],
    ["a boolean data type", () => F.HEADCOUNT_CUT([[dt.boolean]], [[0]]), "TRUE"],
    ["an error cell value", () => F.HEADCOUNT_CUT([[dt.error]], [[0]]), "#N/A"],
    [
      "an error value as a merge target",
      () => F.MERGE_SUMMARY(col("A"), col(1), col(0), col(3), col({ code: "#REF!" })),
      "sáp nhập vào (dòng 1): #REF! không phải là chữ",
    ],
  ])("refuse %s with #VALUE! and a message naming it", (_label, call, mention) => {
    expect(outcome(call)).toEqual(err("#VALUE!", mention));
  });

  it("say which kind of data type an unknown one is, rather than “[object Object]”", () => {
    const unknown = { type: "Hologram", basicValue: "#VALUE!" };
    const { message } = outcome(() => F.HEADCOUNT_CUT([[unknown]], [[0]])) as { message: string };
    expect(message).toContain("kiểu Hologram");
    expect(message).not.toContain("[object Object]");
  });
});

describe("which functions depend on the day they calculate (none is volatile: see metadata.test.ts)", () => {
  afterEach(() => jest.useRealTimers());
  const on = (iso: string) =>
    jest.useFakeTimers({ now: new Date(`${iso}T12:00:00`), doNotFake: ["nextTick"] });

  it("DEPUTY_CAP, DEPUTY_EXCESS and MERGE_RESULT without a rule_set use the rules in force that day", () => {
    const at = (iso: string) => {
      on(iso);
      return {
        cap: F.DEPUTY_CAP([[9]], "phong", null as never, "loai-2-3"),
        excess: F.DEPUTY_EXCESS([[3]], [[9]], "phong", null as never, "loai-2-3"),
        merged: F.MERGE_RESULT(col("A"), col(1), col(3), col(9), col(null))[1],
      };
    };
    const before = at("2024-06-01"); // NĐ 107/2020: a phòng of 9 in a loại II–III province may have 2
    const after = at("2026-06-01"); // NĐ 370/2025: a phòng under 10 has 1
    expect(before).toEqual({ cap: 2, excess: 1, merged: ["A", 1, 3, 2, 1, 9] });
    expect(after).toEqual({ cap: 1, excess: 2, merged: ["A", 1, 3, 1, 2, 9] });
  });

  it("a rule_set pins the figures whatever the day", () => {
    on("2024-06-01");
    const then = F.DEPUTY_CAP([[9]], "phong", "ND370_2025");
    on("2026-06-01");
    expect(F.DEPUTY_CAP([[9]], "phong", "ND370_2025")).toBe(then);
  });

  it("EXCESS_DEADLINE, MERGE_SUMMARY and the plain figures do not depend on the day", () => {
    const all = () => [
      F.EXCESS_DEADLINE(46058, "phong"),
      F.EXCESS_DEADLINE(46058, "phong-dang"),
      F.MERGE_SUMMARY(col("A", "B"), col(1, 1), col(2, 1), col(10, 6), col(null, "A")),
      F.HEADCOUNT_CUT([[52]], [[47]]),
      F.CUT_NEEDED([[166]], 0.1, [[160]]),
    ];
    on("2024-06-01");
    const then = all();
    on("2026-06-01");
    expect(all()).toEqual(then);
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

describe("counts read as the reader reads them (one parser, one limit)", () => {
  const grid = (value: unknown): Grid => ({
    sheet: "Biểu",
    origin: { row: 1, col: 1 },
    cells: [
      ["STT", "Tên đơn vị", "Cấp trưởng", "Cấp phó", "Biên chế"],
      [1, "Phòng A", 1, value as CellValue, 10],
    ],
  });
  const cellText = fc.oneof(
    fc.constantFrom(
      "",
      " ",
      "-",
      "–",
      "x",
      "0",
      "12",
      " 12 ",
      "1.234",
      "1,234",
      "1 234",
      "12,5",
      "-3",
      "2e9",
      "mười",
    ),
    fc.stringMatching(/^[-+]?[\d.,x ]{0,8}$/),
    fc.integer({ min: -5, max: 2_000_000_000 }),
    // Error values differ on purpose: the reader warns and counts 0, a function refuses them.
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );

  it("the functions' count of a cell is the reader's deputies, and one refuses what the other does", () => {
    fc.assert(
      fc.property(cellText, (value) => {
        const read = readTable(grid(value));
        const errors = read.issues.filter((i) => i.level === "error" && i.cell?.endsWith("D2"));
        const outcome = (() => {
          try {
            return { ok: true as const, value: F.HEADCOUNT_CUT([[value]], [[0]]) };
          } catch {
            return { ok: false as const };
          }
        })();
        if (errors.length > 0) expect(outcome.ok).toBe(false);
        else expect(outcome).toEqual({ ok: true, value: read.table?.units[0]?.deputies });
      }),
      { numRuns: 2000 },
    );
  });
});
