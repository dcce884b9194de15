import { cellText, formatGeneral, formatWithNumberFormat, isNumeric, parseNumberFormat } from "./numbers";

const CHANGE = '"giảm "#,##0;"tăng "#,##0;0';
const CHANGE_RATE = '"giảm "0.00%;"tăng "0.00%;0.00%';

describe("formatWithNumberFormat", () => {
  it.each([
    [2234720, "#,##0", "2.234.720"],
    [-2234720, "#,##0", "-2.234.720"],
    [2234720, "0", "2234720"],
    [1234.5, "#,##0.00", "1.234,50"],
    [-1234.5, "#,##0.00", "-1.234,50"],
    [0.1265, "0.00%", "12,65%"],
    [0.2857142857, "0.00%", "28,57%"],
    [2 / 7, "0%", "29%"],
    [1.005, "0.00", "1,01"],
    [12.645, "#,##0.00", "12,65"],
    [3, '#,##0"*"', "3*"],
    [-3, '#,##0"*"', "-3*"],
    [1234, '#,##0" người"', "1.234 người"],
    [5, "\\(0\\)", "(5)"],
    [5, "[Red]0", "5"],
    [5, "_(0_)", "5"],
  ])("%p with %p → %p", (n, format, text) => {
    expect(formatWithNumberFormat(n, format)).toBe(text);
  });

  it.each([
    [5, "giảm 5"],
    [1234, "giảm 1.234"],
    [-1, "tăng 1"],
    [-2234720, "tăng 2.234.720"],
    [0, "0"],
  ])("reads the sections of a change %p as Excel: %p", (n, text) => {
    expect(formatWithNumberFormat(n, CHANGE)).toBe(text);
  });

  it.each([
    [0.0625, "giảm 6,25%"],
    [-0.0625, "tăng 6,25%"],
    [-0.1265, "tăng 12,65%"],
    [0, "0,00%"],
  ])("reads the sections of a rate of change %p as Excel: %p", (n, text) => {
    expect(formatWithNumberFormat(n, CHANGE_RATE)).toBe(text);
  });

  it("gives zero the first section when there are only two, and the third when there is one", () => {
    expect(formatWithNumberFormat(0, '0" lên";0" xuống"')).toBe("0 lên");
    expect(formatWithNumberFormat(-4, '0" lên";0" xuống"')).toBe("4 xuống");
    expect(formatWithNumberFormat(0, '0;-0;"-"')).toBe("-");
    expect(formatWithNumberFormat(-4, '0;-0;"-"')).toBe("-4");
    expect(formatWithNumberFormat(-4, "0;;")).toBe("");
    expect(formatWithNumberFormat(0, "0;;")).toBe("");
    expect(formatWithNumberFormat(4, "0;;")).toBe("4");
  });

  it("never takes a ';' inside quotes or after a backslash for a section break", () => {
    expect(formatWithNumberFormat(-7, '0" a;b"')).toBe("-7 a;b");
    expect(formatWithNumberFormat(-7, "0\\;")).toBe("-7;");
  });

  it("reads General, alone or in a section", () => {
    expect(formatWithNumberFormat(2234720, undefined)).toBe("2234720");
    expect(formatWithNumberFormat(0.125, "")).toBe("0,125");
    expect(formatWithNumberFormat(-1.5, "General")).toBe("-1,5");
    expect(formatWithNumberFormat(-1.5, 'General;"tăng "General')).toBe("tăng 1,5");
  });

  it("falls back to General for a date format on a number, and shows a non-finite value as –", () => {
    expect(formatWithNumberFormat(45000, "dd/mm/yyyy")).toBe("45000");
    expect(formatWithNumberFormat(Number.NaN, "#,##0")).toBe("–");
    expect(formatWithNumberFormat(Number.POSITIVE_INFINITY, CHANGE)).toBe("–");
  });
});

describe("formatGeneral", () => {
  it.each([
    [2234720, "2234720"],
    [0.125, "0,125"],
    [1 / 3, "0,3333333333"],
    [-2.5, "-2,5"],
    [-0.00000000001, "0"],
  ])("%p → %p", (n, text) => {
    expect(formatGeneral(n)).toBe(text);
  });
});

describe("parseNumberFormat", () => {
  it("reads the first section's digit pattern", () => {
    expect(parseNumberFormat(CHANGE)).toEqual({
      prefix: "giảm ",
      suffix: "",
      decimals: 0,
      grouped: true,
      percent: false,
    });
    expect(parseNumberFormat(CHANGE_RATE)).toEqual({
      prefix: "giảm ",
      suffix: "%",
      decimals: 2,
      grouped: false,
      percent: true,
    });
    expect(parseNumberFormat("dd/mm/yyyy")).toBeUndefined();
    expect(parseNumberFormat("General")).toBeUndefined();
  });
});

describe("cellText", () => {
  it("writes text as is, whatever it starts with", () => {
    for (const text of ["=SUM(A1:A2)", "+1", "-2", "@x", "0012"]) {
      expect(cellText({ kind: "text", text }, "#,##0")).toBe(text);
    }
  });

  it("shows numbers and numeric formula results with the format, text results as is", () => {
    expect(cellText({ kind: "number", value: -3 }, CHANGE)).toBe("tăng 3");
    expect(cellText({ kind: "formula", formula: "A1-B1", result: 0.0625 }, CHANGE_RATE)).toBe("giảm 6,25%");
    expect(cellText({ kind: "formula", formula: 'IF(A1,"x","")', result: "x" }, "#,##0")).toBe("x");
    expect(cellText({ kind: "date", iso: "2026-02-05" }, "dd/mm/yyyy")).toBe("05/02/2026");
  });

  it("tells numeric cells from the others", () => {
    expect(isNumeric({ kind: "number", value: 1 })).toBe(true);
    expect(isNumeric({ kind: "formula", formula: "1", result: 1 })).toBe(true);
    expect(isNumeric({ kind: "formula", formula: '""', result: "" })).toBe(false);
    expect(isNumeric({ kind: "text", text: "1" })).toBe(false);
  });
});
