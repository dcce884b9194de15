// The custom functions as formulas in a real formula engine: ranges, spills, errors, recalculation.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DetailedCellError } from "hyperformula";
import { dataType, engine } from "./plugin";

const header = ["Đơn vị", "TP", "PTP", "BC", "Sáp nhập vào"];
// Bình Phước before (DESIGN.md §1), with a plan: Tổ chức - Hành chính into Tổng hợp.
const units: (string | number | null)[][] = [
  ["Phòng Tổng hợp", 1, 3, 12, null],
  ["Phòng Tổ chức - Hành chính", 1, 2, 8, "Phòng Tổng hợp"],
  ["Phòng Tài chính đảng", 1, 2, 7, null],
  ["Phòng Cơ yếu - Công nghệ thông tin", 1, 3, 7, null],
  ["Phòng Lưu trữ", 1, 2, 3, null],
  ["Phòng Quản trị", 1, 2, 9, null],
  ["Phòng Hành chính - Phục vụ", 1, 2, 6, null],
];

function sheet(formulas: (string | number | null)[][] = []) {
  return engine({ S: [header, ...units, [], ...formulas] });
}

/** Evaluate one formula in row 10 of the sheet. */
function value(formula: string): unknown {
  const hf = sheet([[formula]]);
  return hf.getCellValue({ sheet: 0, row: 9, col: 0 });
}

describe("TINHGON.* in a formula engine", () => {
  it("computes the public figures over ranges", () => {
    expect(value("=TINHGON.HEADCOUNT_CUT(D2:D8, 47)")).toBe(5);
    expect(value("=TINHGON.CUT_RATE(SUM(D2:D8), 47)")).toBeCloseTo(5 / 52, 9);
    expect(value("=ROUND(TINHGON.CUT_RATE(166, 145) * 100, 2)")).toBe(12.65);
    expect(value("=ROUND(TINHGON.CUT_RATE(52, 47) * 100, 2)")).toBe(9.62);
    expect(value("=TINHGON.DEPUTY_RATIO(C2:C8, B2:B8)")).toBeCloseTo(16 / 7, 9);
    expect(value("=TINHGON.LEADER_SHARE(B6, C6, D6)")).toBe(1);
    expect(value("=TINHGON.CUT_NEEDED(166, 0.1, 160)")).toBe(11);
    expect(value("=TINHGON.CUT_PROGRESS(166, 145, 0.1)")).toBeCloseTo(21 / 166 / 0.1, 9);
    expect(value('=TINHGON.DEPUTY_CAP(12, "Phòng", "ND370_2025")')).toBe(2);
    expect(value('=TINHGON.DEPUTY_EXCESS(C2, D2, "phong-dang", "QD137_2023")')).toBe(0);
    expect(value('=TINHGON.DEPUTY_EXCESS(4, 12, "Phòng", "NĐ 370/2025")')).toBe(2);
    expect(value('=TINHGON.EXCESS_DEADLINE(DATE(2026,2,5), "phong", "ND370_2025")')).toBe(
      value("=DATE(2030,12,31)"),
    );
    expect(value('=TINHGON.EXCESS_DEADLINE(DATE(2025,7,1), "phong", "ND150_2025")')).toBe(
      value("=DATE(2030,7,1)"),
    );
  });

  it("gives the retirement date as a date serial (NĐ 135/2020 Phụ lục I)", () => {
    expect(value('=TINHGON.RETIREMENT_DATE(DATE(1966,1,15), "Nam")')).toBe(value("=DATE(2027,10,31)"));
    expect(value('=TINHGON.RETIREMENT_DATE("20/05/1971", "Nữ")')).toBe(value("=DATE(2029,5,31)"));
    // Born 1975 (01/01): 59 years 8 months, reached in 09/2034 (60 applies from 05/1975).
    expect(value("=TINHGON.RETIREMENT_DATE(1975, 0)")).toBe(value("=DATE(2034,9,30)"));
    // The pension starts the day after: the first day of the next month.
    expect(value('=TINHGON.RETIREMENT_DATE(DATE(1963,4,2), "M") + 1')).toBe(value("=DATE(2024,5,1)"));
  });

  it("spills MERGE_SUMMARY as the standard 5 × 5 table", () => {
    const hf = sheet([["=TINHGON.MERGE_SUMMARY(A2:A8, B2:B8, C2:C8, D2:D8, E2:E8)"]]);
    // The engine keeps 11 significant digits, as Excel shows 15: compare rates to 9 places.
    const block = hf
      .getSheetValues(0)
      .slice(9, 14)
      .map((r) => r.slice(0, 5).map((v) => (typeof v === "number" ? Number(v.toFixed(9)) : v)));
    expect(block).toEqual([
      ["", "Trước", "Sau", "Giảm", "Tỷ lệ giảm"],
      ["Đầu mối", 7, 6, 1, Number((1 / 7).toFixed(9))],
      ["Cấp trưởng", 7, 6, 1, Number((1 / 7).toFixed(9))],
      ["Cấp phó", 16, 17, -1, -1 / 16],
      ["Biên chế", 52, 52, 0, 0],
    ]);
  });

  it("spills MERGE_RESULT with a header row and one row per resulting unit", () => {
    const hf = sheet([
      ['=TINHGON.MERGE_RESULT(A2:A8, B2:B8, C2:C8, D2:D8, E2:E8, "phong-dang", "QD137_2023")'],
    ]);
    const rows = hf.getSheetValues(0).slice(9, 16);
    expect(rows[0]).toEqual([
      "Đơn vị",
      "Cấp trưởng",
      "Cấp phó giữ lại",
      "Định mức cấp phó",
      "Dôi dư",
      "Biên chế",
    ]);
    // Tổng hợp (1 TP, 3 PTP, 12) + Tổ chức - Hành chính (1 TP, 2 PTP, 8): 1 head, 3 + 2 + 1 deputies, 20 people.
    expect(rows[1]).toEqual(["Phòng Tổng hợp", 1, 6, 3, 3, 20]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      "Phòng Tổng hợp",
      "Phòng Tài chính đảng",
      "Phòng Cơ yếu - Công nghệ thông tin",
      "Phòng Lưu trữ",
      "Phòng Quản trị",
      "Phòng Hành chính - Phục vụ",
    ]);
  });

  it("recalculates after an edit", () => {
    const hf = sheet([
      ["=TINHGON.HEADCOUNT_CUT(D2:D8, 47)", "=TINHGON.MERGE_SUMMARY(A2:A8, B2:B8, C2:C8, D2:D8, E2:E8)"],
    ]);
    expect(hf.getCellValue({ sheet: 0, row: 9, col: 0 })).toBe(5);
    hf.setCellContents({ sheet: 0, row: 1, col: 3 }, [[15]]);
    expect(hf.getCellValue({ sheet: 0, row: 9, col: 0 })).toBe(8);
    expect(hf.getCellValue({ sheet: 0, row: 13, col: 2 })).toBe(55); // Biên chế, trước
  });

  it("counts blanks as 0 and numeric text as numbers", () => {
    const hf = engine({ S: [[1, null, "2", " 3 "], ["=TINHGON.HEADCOUNT_CUT(A1:D1, 0)"]] });
    expect(hf.getCellValue({ sheet: 0, row: 1, col: 0 })).toBe(6);
  });

  it.each([
    ['=TINHGON.HEADCOUNT_CUT("mười", 1)', "mười"],
    ["=TINHGON.HEADCOUNT_CUT(-3, 1)", "trước là số âm (-3)"],
    ["=TINHGON.HEADCOUNT_CUT(2.5, 1)", "nguyên"],
    ["=TINHGON.LEADER_SHARE(1, 3, 2)", "Số lãnh đạo (4) lớn hơn biên chế (2)"],
    ['=TINHGON.MERGE_SUMMARY({"A"}, {1}, {2}, {2}, {""})', "biên chế 2 nhỏ hơn số lãnh đạo 3"],
    ['=TINHGON.DEPUTY_CAP(12, "hợp tác xã")', "phong-dang"],
    ['=TINHGON.DEPUTY_CAP(12, "Phòng", "ND999")', "ND370_2025"],
    ["=TINHGON.CUT_NEEDED(100, 1.5)", "tỷ lệ từ 0 đến 1"],
    ["=TINHGON.EXCESS_DEADLINE(-1)", "01/01/1900"],
    ['=TINHGON.RETIREMENT_DATE("31/02/1970", "Nam")', "31/02/1970"],
    ['=TINHGON.RETIREMENT_DATE(1970, "khác")', "giới tính"],
    ["=TINHGON.MERGE_SUMMARY(A2:A8, B2:B7, C2:C8, D2:D8, E2:E8)", "cùng số ô"],
  ])("%s gives #VALUE! with a message that says what is wrong", (formula, mention) => {
    const v = value(formula);
    expect(v).toBeInstanceOf(DetailedCellError);
    const err = v as DetailedCellError;
    expect(err.type).toBe("VALUE");
    expect(err.message).toContain(mention);
  });

  it("gives #N/A with a message when no rule covers the unit", () => {
    const err = value('=TINHGON.DEPUTY_CAP(12, "thanh-tra", "ND370_2025")') as DetailedCellError;
    expect([err.type, err.message]).toEqual(["NA", expect.stringContaining("Thanh tra")]);
  });

  it.each([
    "=TINHGON.CUT_RATE(0, 0)",
    "=TINHGON.DEPUTY_RATIO(3, 0)",
    "=TINHGON.LEADER_SHARE(0, 0, 0)",
    "=TINHGON.CUT_PROGRESS(0, 0, 0.1)",
  ])("%s gives a bare #DIV/0!, as Excel shows it", (formula) => {
    const err = value(formula) as DetailedCellError;
    expect(err).toBeInstanceOf(DetailedCellError);
    expect([err.type, err.message]).toEqual(["DIV_BY_ZERO", ""]);
  });

  it("counts cells holding data types by their basic value and names the ones it cannot count", () => {
    const hf = engine({
      S: [
        [
          dataType({ type: "FormattedNumber", basicValue: 12, numberFormat: "0" }),
          dataType({ type: "Double", basicValue: 3, properties: {} }),
          4,
          dataType({ type: "Entity", text: "Sở Nội vụ", basicValue: "#VALUE!", properties: {} }),
          dataType({ type: "FormattedNumber", basicValue: 0.1, numberFormat: "0%" }),
        ],
        [
          "=TINHGON.HEADCOUNT_CUT(A1:C1, 0)",
          "=TINHGON.HEADCOUNT_CUT(A1:D1, 0)",
          "=TINHGON.CUT_NEEDED(A1, E1)",
        ],
        ['=TINHGON.DEPUTY_CAP(A1:C1, "phong", "ND370_2025")', "=TINHGON.DEPUTY_RATIO(A1, B1)"],
      ],
    });
    const at = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    expect(at(1, 0)).toBe(19);
    const entity = at(1, 1) as DetailedCellError;
    expect([entity.type, entity.message]).toEqual(["VALUE", expect.stringContaining("thực thể “Sở Nội vụ”")]);
    expect(at(1, 2)).toBe(2); // ceil(12 × 10%)
    expect(at(2, 0)).toBe(3);
    expect(at(2, 1)).toBe(4);
  });

  it("passes an error in an argument through, as Excel does", () => {
    expect((value("=TINHGON.HEADCOUNT_CUT(1/0, 1)") as DetailedCellError).type).toBe("DIV_BY_ZERO");
    expect((value("=TINHGON.CUT_RATE(NA(), 1)") as DetailedCellError).type).toBe("NA");
  });
});

describe("the README's function table", () => {
  const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
  const rows = readme
    .split("\n")
    .filter((line) => line.startsWith("| `") && line.includes("=TINHGON."))
    .map((line) => line.split("|").map((c) => c.trim()));

  it("lists every function", () => {
    expect(rows.map((r) => r[1]?.replace(/`/g, ""))).toEqual(
      expect.arrayContaining([
        "HEADCOUNT_CUT",
        "CUT_RATE",
        "CUT_NEEDED",
        "DEPUTY_CAP",
        "DEPUTY_EXCESS",
        "DEPUTY_RATIO",
        "LEADER_SHARE",
        "MERGE_RESULT",
        "MERGE_SUMMARY",
      ]),
    );
  });

  it.each(rows.filter((r) => !r[1]?.includes("MERGE_")).map((r) => [r[4]!.replace(/`/g, ""), r[5]!]))(
    "%s gives %s",
    (formula, shown) => {
      const date = /^(\d\d)\/(\d\d)\/(\d{4})/.exec(shown);
      const expected = date
        ? value(`=DATE(${date[3]},${date[2]},${date[1]})`)
        : Number(/^[\d,]+/.exec(shown)![0].replace(",", "."));
      const actual = value(formula) as number;
      expect(Math.round(actual * 10000) / 10000).toBeCloseTo(expected as number, 2);
    },
  );
});
