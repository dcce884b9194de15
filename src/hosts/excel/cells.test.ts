import { blockAddress, parseAddress, parseAreas, parseBlock, splitAreas } from "./address";
import { cellInput, cleanText, dateSerial, needsQuote, textInput, toCellValue } from "./cells";

describe("cellInput: what goes into Range.formulas", () => {
  it("quotes text Excel would turn into a formula, number, date or boolean", () => {
    for (const text of [
      "=SUM(A1)",
      "+84",
      "-5",
      "@x",
      "'abc",
      "#N/A",
      "(1)",
      "12",
      "05/02/2026",
      "TRUE",
      " x",
    ]) {
      expect(textInput(text)).toBe(`'${text}`);
    }
    for (const text of ["Phòng Tổ chức", "Tổng cộng", "Ghi chú", ""]) expect(textInput(text)).toBe(text);
  });

  it("writes numbers, formulas with one =, dates as serials and nothing for NaN", () => {
    expect(cellInput({ kind: "number", value: 12.5 })).toBe(12.5);
    expect(cellInput({ kind: "number", value: Number.POSITIVE_INFINITY })).toBe("");
    expect(cellInput({ kind: "formula", formula: "SUM(A1:A3)", result: 6 })).toBe("=SUM(A1:A3)");
    expect(cellInput({ kind: "formula", formula: "=A1", result: 1 })).toBe("=A1");
    expect(cellInput({ kind: "date", iso: "2030-12-31" })).toBe(47848);
    expect(cellInput({ kind: "date", iso: "2026-02-30" })).toBe("'2026-02-30");
  });

  it("computes Excel date serials in the 1900 system", () => {
    expect(dateSerial("1900-03-01")).toBe(61);
    expect(dateSerial("2026-02-05")).toBe(46058);
    expect(dateSerial("1900-01-01")).toBeUndefined();
  });

  it("cleans control characters and cuts long text", () => {
    expect(cleanText("a\r\nb\u0001c")).toBe("a\nbc");
    expect(cleanText("x".repeat(40_000))).toHaveLength(32_767);
    expect(needsQuote("Sai")).toBe(true);
  });
});

describe("toCellValue: what comes out of Range.values", () => {
  it("maps empty strings to null and error texts to errors", () => {
    expect(toCellValue("")).toBeNull();
    expect(toCellValue("#N/A")).toEqual({ error: "#N/A" });
    expect(toCellValue("#DIV/0!")).toEqual({ error: "#DIV/0!" });
    expect(toCellValue("#hashtag")).toBe("#hashtag");
    expect(toCellValue(3)).toBe(3);
    expect(toCellValue(false)).toBe(false);
  });
});

describe("addresses", () => {
  it("parses Office.js addresses with quoted sheet names", () => {
    expect(parseAddress("Sheet1!B3:F20")).toEqual({
      sheet: "Sheet1",
      block: { top: 3, left: 2, bottom: 20, right: 6 },
    });
    expect(parseAddress("'Biểu 01'!A1")).toEqual({
      sheet: "Biểu 01",
      block: { top: 1, left: 1, bottom: 1, right: 1 },
    });
    expect(parseAddress("'It''s!'!$AA$10:$AB$11")).toEqual({
      sheet: "It's!",
      block: { top: 10, left: 27, bottom: 11, right: 28 },
    });
    expect(parseAddress("Sheet1!A:A")).toBeUndefined();
    expect(parseBlock("XFE1")).toBeUndefined();
  });

  it("splits RangeAreas addresses outside quotes", () => {
    expect(splitAreas("'a,b'!A1:B2, Sheet1!C3")).toEqual(["'a,b'!A1:B2", "Sheet1!C3"]);
    // The regional list separator of Windows under vi-VN, and one inside a quoted name.
    expect(splitAreas("'a;b'!A1:B2; Sheet1!C3")).toEqual(["'a;b'!A1:B2", "Sheet1!C3"]);
    expect(parseAreas("S!A1:B2, S!D4:E4")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 4, left: 4, bottom: 4, right: 5 },
    ]);
    expect(blockAddress({ top: 4, left: 4, bottom: 4, right: 4 })).toBe("D4");
  });
});
