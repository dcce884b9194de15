// Every formula of every report evaluated in a real formula engine (HyperFormula, configured like
// Excel: case-insensitive, accent-sensitive, wildcards): the cached results must be what the engine
// computes, the blank sheets must work once filled in, and the blank forms must read back.
import { HyperFormula, type RawCellContent } from "hyperformula";
import { progress } from "../core/analyse/targets";
import { readTable } from "../core/read";
import type { CellValue, Grid } from "../core/types";
import { goldenDoc, STYLES, variantDocs } from "./all-docs";
import { DETAILS } from "./fixtures";
import { blankForm, pilotTracker, roadmap, TEMPLATES, type ReportDoc, type TemplateId } from ".";

/** Typed-in values by "row:col", replacing what the report wrote there. */
type Edits = Record<string, string | number | null>;

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const serial = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - SERIAL_EPOCH) / 86_400_000;

/** The sheet's values after recalculation, as a 0-based array of rows. */
function evaluate(doc: ReportDoc, edits: Edits = {}): CellValue[][] {
  const sheet = doc.sheets[0];
  if (!sheet) throw new Error("no sheet");
  const rows: RawCellContent[][] = [];
  const set = (r: number, c: number, v: RawCellContent): void => {
    const line = (rows[r - 1] ??= []);
    line[c - 1] = v;
  };
  for (const cell of sheet.cells) {
    const ct = cell.content;
    // A leading apostrophe keeps text as text ("=SUM(A1)", "123"), as Excel's text cells do.
    if (ct.kind === "text") set(cell.row, cell.col, ct.text === "" ? null : `'${ct.text}`);
    else if (ct.kind === "number") set(cell.row, cell.col, ct.value);
    else if (ct.kind === "date") set(cell.row, cell.col, serial(ct.iso));
    else set(cell.row, cell.col, `=${ct.formula}`);
  }
  for (const [key, value] of Object.entries(edits)) {
    const [r, c] = key.split(":").map(Number);
    set(r as number, c as number, typeof value === "string" ? `'${value}` : value);
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const hf = HyperFormula.buildFromArray(rows, {
    licenseKey: "gpl-v3",
    caseSensitive: false,
    accentSensitive: true,
    useWildcards: true,
  });
  const values = hf.getSheetValues(0) as CellValue[][];
  hf.destroy();
  return values;
}

const value = (values: CellValue[][], r: number, c: number): CellValue => values[r - 1]?.[c - 1];

/** The engine keeps about 11 significant digits, Excel 15: compare numbers to 9 places. */
function expectSame(actual: CellValue, expected: number | string, where: string): void {
  const same =
    typeof expected === "number"
      ? typeof actual === "number" && Math.abs(actual - expected) <= 1e-9
      : (actual ?? "") === expected;
  expect({ where, actual, expected, same }).toEqual({ where, actual, expected, same: true });
}

const IDS = Object.keys(TEMPLATES) as TemplateId[];
const ALL: [string, ReportDoc][] = [
  ...IDS.flatMap((id) =>
    STYLES.map((style): [string, ReportDoc] => [`${id}.${style}`, goldenDoc(id, style)]),
  ),
  ...STYLES.flatMap((style) =>
    variantDocs(style).map(([name, doc]): [string, ReportDoc] => [`${name}.${style}`, doc]),
  ),
];

describe.each(ALL)("%s", (_name, doc) => {
  it("has cached results equal to what a formula engine computes", () => {
    const values = evaluate(doc);
    for (const cell of doc.sheets[0]?.cells ?? []) {
      if (cell.content.kind !== "formula") continue;
      expectSame(
        value(values, cell.row, cell.col),
        cell.content.result,
        `${cell.row}:${cell.col} =${cell.content.formula}`,
      );
    }
  });
});

/** Row of the first (or last) cell with this text. */
const rowOf = (doc: ReportDoc, text: string, last = false): number => {
  const cells =
    doc.sheets[0]?.cells.filter((c) => c.content.kind === "text" && c.content.text === text) ?? [];
  const cell = last ? cells[cells.length - 1] : cells[0];
  if (!cell) throw new Error(`no "${text}"`);
  return cell.row;
};

describe("a blank roadmap, filled in", () => {
  const input = { baseYear: 2021, baseline: 166, targetRate: 0.05 };
  const doc = roadmap(input, DETAILS.state);
  const first = rowOf(doc, "Năm") + 1;
  const actual = [2, 3, 1];
  const edits: Edits = {};
  actual.forEach((n, i) => (edits[`${first + i}:3`] = n));
  const values = evaluate(doc, edits);

  it("computes each year as the engine does", () => {
    let cut = 0;
    actual.forEach((n, i) => {
      cut += n;
      const p = progress(input.baseline, input.baseline - cut, input.targetRate);
      if (!p.ok) throw new Error("progress");
      const r = first + i;
      expect(value(values, r, 4)).toBe(p.value.cut);
      expect(value(values, r, 5)).toBe(input.baseline - cut);
      expect(value(values, r, 6)).toBeCloseTo(p.value.cutRate ?? NaN, 9);
      expect(value(values, r, 7)).toBe(p.value.stillToCut);
      expect(value(values, r, 8)).toBeCloseTo(p.value.achieved ?? NaN, 9);
    });
    expect(value(values, first + 3, 4) ?? "").toBe("");
  });

  it("sums up what is done and what is left", () => {
    const p = progress(input.baseline, input.baseline - 6, input.targetRate);
    if (!p.ok) throw new Error("progress");
    expect(value(values, rowOf(doc, "Số biên chế đã giảm (lũy kế)"), 5)).toBe(6);
    expect(value(values, rowOf(doc, "Số biên chế còn phải giảm để đạt mục tiêu"), 5)).toBe(
      p.value.stillToCut,
    );
    expect(value(values, rowOf(doc, "Tỷ lệ hoàn thành mục tiêu", true), 5)).toBeCloseTo(
      p.value.achieved ?? NaN,
      9,
    );
  });
});

describe("a blank tracker, filled in", () => {
  const doc = pilotTracker({ items: [] }, DETAILS.party);
  const first = rowOf(doc, "STT") + 1;
  const edits: Edits = {};
  const statuses = ["kết thúc", "Kết thúc", "tạm dừng", "ket thuc", null];
  statuses.forEach((s, i) => {
    edits[`${first + i}:2`] = `Mô hình ${i + 1}`;
    edits[`${first + i}:5`] = s;
  });
  const values = evaluate(doc, edits);

  it("counts by status (case-insensitive, diacritics matter) and shows progress", () => {
    expect(value(values, rowOf(doc, "Tổng số mô hình, đề án"), 4)).toBe(5);
    expect(value(values, rowOf(doc, "Kết thúc"), 4)).toBe(2);
    expect(value(values, rowOf(doc, "Tạm dừng"), 4)).toBe(1);
    expect(value(values, rowOf(doc, "Kết thúc"), 5)).toBeCloseTo(0.4, 12);
    const p = rowOf(doc, "Tiến độ hoàn thành (kết thúc / tổng số)");
    expect(value(values, p, 4)).toBe("2/5");
    expect(value(values, p, 5)).toBeCloseTo(0.4, 12);
  });
});

/** A recalculated sheet as the reader receives it from a host: values, merges, covered cells empty. */
function toGrid(doc: ReportDoc, values: CellValue[][]): Grid {
  const sheet = doc.sheets[0];
  if (!sheet) throw new Error("no sheet");
  const width = sheet.columnWidths.length;
  const cells = values.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null));
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const line = cells[r - 1];
        if (line && (r !== m.top || c !== m.left)) line[c - 1] = null;
      }
    }
  }
  return { sheet: sheet.name, origin: { row: 1, col: 1 }, cells, merges: sheet.merges };
}

describe.each(STYLES)("blank forms (%s) read back", (style) => {
  it("the unit form: header found, typed rows read, the live total used", () => {
    const doc = blankForm("units", style);
    const headerRow = rowOf(doc, "STT");
    const first = headerRow + 3; // two header rows and the numbering row
    const rows: [string, string, number | null, number, number, number, string | null][] = [
      ["Phòng Tổng hợp", "Phòng thuộc cơ quan Đảng", 14, 1, 3, 10, null],
      ["Phòng Tổ chức - Hành chính", "Phòng thuộc sở", 8, 1, 2, 5, "Phòng Tổng hợp"],
      ["Chi cục Lưu trữ", "Chi cục thuộc sở", null, 1, 1, 10, null],
    ];
    const edits: Edits = {};
    rows.forEach(([name, type, quota, h, d, s, into], i) => {
      const r = first + i;
      Object.assign(edits, {
        [`${r}:2`]: name,
        [`${r}:3`]: type,
        [`${r}:5`]: quota,
        [`${r}:7`]: h,
        [`${r}:8`]: d,
        [`${r}:9`]: s,
        [`${r}:11`]: into,
      });
    });
    edits[`${first + 2}:4`] = 2;
    edits[`${first}:10`] = 1;
    const values = evaluate(doc, edits);
    expect(value(values, first, 6)).toBe(14);
    const result = readTable(toGrid(doc, values));
    expect(result.issues.filter((i) => i.level !== "info")).toEqual([]);
    const table = result.table;
    expect(table?.kind).toBe("units");
    expect(table?.headerRows).toEqual({ first: headerRow, last: headerRow + 1 });
    expect(table?.units.map((u) => [u.name, u.heads, u.deputies, u.specialists, u.staff])).toEqual(
      rows.map(([name, , , h, d, s]) => [name, h, d, s, h + d + s]),
    );
    expect(table?.units.map((u) => [u.unitType, u.quota, u.mergeInto, u.subUnits, u.contract])).toEqual([
      ["phong-dang", 14, undefined, undefined, 1],
      ["phong", 8, "Phòng Tổng hợp", undefined, 0],
      ["chi-cuc", undefined, undefined, 2, 0],
    ]);
    expect(table?.totalRow).toBe(rowOf(doc, "Tổng cộng"));
  });

  it("every unit type of the drop-down reads back", () => {
    const doc = blankForm("units", style);
    const list = doc.sheets[0]?.validations[0]?.values ?? [];
    expect(list.length).toBe(7);
    const first = rowOf(doc, "STT") + 3;
    const edits: Edits = {};
    list.forEach((type, i) => {
      edits[`${first + i}:2`] = `Đơn vị ${i + 1}`;
      edits[`${first + i}:3`] = type;
      edits[`${first + i}:7`] = 1;
    });
    const table = readTable(toGrid(doc, evaluate(doc, edits))).table;
    expect(new Set(table?.units.map((u) => u.unitType)).size).toBe(7);
    expect(table?.units.every((u) => u.unitType !== undefined)).toBe(true);
  });

  it("the roster: header found, people counted by unit and title, contracts apart", () => {
    const doc = blankForm("roster", style);
    const headerRow = rowOf(doc, "STT");
    const first = headerRow + 3;
    const people: [string, string, string, string][] = [
      ["Nguyễn Văn A", "Trưởng phòng", "Phòng Tổng hợp", "Biên chế"],
      ["Trần Thị B", "Phó Trưởng phòng", "Phòng Tổng hợp", "Biên chế"],
      ["Lê Văn C", "Chuyên viên", "Phòng Tổng hợp", "Biên chế"],
      ["Phạm Văn D", "Lái xe", "Phòng Tổng hợp", "Hợp đồng"],
      ["Hoàng Thị E", "Phó Trưởng phòng", "Phòng Quản trị", "Biên chế"],
    ];
    const edits: Edits = {};
    people.forEach(([name, title, unit, kind], i) => {
      Object.assign(edits, {
        [`${first + i}:2`]: name,
        [`${first + i}:5`]: title,
        [`${first + i}:6`]: unit,
        [`${first + i}:8`]: kind,
        [`${first + i}:${i % 2 === 0 ? 3 : 4}`]: 1980 + i,
      });
    });
    const result = readTable(toGrid(doc, evaluate(doc, edits)));
    expect(result.issues.filter((i) => i.level !== "info")).toEqual([]);
    expect(result.table?.kind).toBe("roster");
    expect(result.table?.headerRows).toEqual({ first: headerRow, last: headerRow + 1 });
    expect(
      result.table?.units.map((u) => [u.name, u.heads, u.deputies, u.specialists, u.staff, u.contract]),
    ).toEqual([
      ["Phòng Tổng hợp", 1, 1, 1, 3, 1],
      ["Phòng Quản trị", 0, 1, 0, 1, 0],
    ]);
  });

  it.each(["units", "roster"] as const)("the %s form, still blank, has a header the reader finds", (kind) => {
    const doc = blankForm(kind, style);
    const result = readTable(toGrid(doc, evaluate(doc)));
    expect(result.table?.headerRows.first).toBe(rowOf(doc, "STT"));
    expect(result.table?.units).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual(["no-data-rows"]);
  });
});
