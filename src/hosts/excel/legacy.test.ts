// Legacy Vietnamese fonts through Office.js: which cells are in .VnTime / VNI-Times (Grid.fonts),
// at no extra sync for an ordinary sheet.
import { encodeLegacy } from "../../../test/fixtures/legacy";
import { readTable as readCoreTable } from "../../core/read";
import type { CellValue, Grid, Result } from "../../core/types";
import { RecordingExcel, type FakeOptions } from "./fake/recordingExcel";
import { readSelection, readUsedRange } from "./read";

const tcvn3 = (s: string) => encodeLegacy(s, "tcvn3");

const TITLE = ["SỞ NỘI VỤ TỈNH A", null, null, null, null, null];
const HEADER = ["STT", "Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Chuyên viên", "Tổng số"];
const UNITS: CellValue[][] = [
  [1, "Phòng Tổng hợp", 1, 3, 8, 12],
  [2, "Phòng Lưu trữ", 1, 2, 0, 3],
  [3, "Văn phòng", 1, 1, 4, 6],
];
const EXPECTED = [
  ["Phòng Tổng hợp", 1, 3, 12],
  ["Phòng Lưu trữ", 1, 2, 3],
  ["Văn phòng", 1, 1, 6],
];

const legacyRow = (row: CellValue[]) => row.map((v) => (typeof v === "string" ? tcvn3(v) : v));

function book(rows: CellValue[][], options: FakeOptions = {}): RecordingExcel {
  const fake = new RecordingExcel(options);
  fake.addSheet("Biểu 01", rows);
  fake.protect("Biểu 01");
  return fake;
}

function value(result: Result<Grid>): Grid {
  if (!result.ok) throw new Error(result.issue.code);
  return result.value;
}

function figures(grid: Grid) {
  const { table, issues } = readCoreTable(grid);
  return { issues, units: table?.units.map((u) => [u.name, u.heads, u.deputies, u.staff]) };
}

describe("reading legacy fonts from Excel", () => {
  it("reads an ordinary sheet in one sync, with no fonts", async () => {
    const fake = book([TITLE, HEADER, ...UNITS]);
    fake.setFont("Biểu 01", "A1:F1", "Times New Roman");
    const grid = value(await readUsedRange(fake.context, "Biểu 01", { supports: fake.isSetSupported }));
    expect(fake.syncCount).toBe(1);
    expect(fake.requests[0]?.names).toContain("range.getColumnProperties");
    expect(grid.fonts).toBeUndefined();
  });

  it("reads a sheet all in .VnTime (the workbook's default font) in one sync, decoded", async () => {
    const fake = book([TITLE, HEADER, ...UNITS].map(legacyRow), { defaultFont: ".VnTime" });
    const grid = value(await readUsedRange(fake.context, "Biểu 01", { supports: fake.isSetSupported }));
    expect(fake.syncCount).toBe(1);
    expect(grid.fonts).toEqual([{ top: 1, left: 1, bottom: 5, right: 6, font: ".VnTime" }]);
    expect(figures(grid)).toEqual({ issues: [], units: EXPECTED });
    expect(fake.violations).toEqual([]);
  });

  it("reads a Times New Roman header over .VnTime rows with one more sync, for the mixed columns only", async () => {
    const fake = book([TITLE, HEADER, ...UNITS.map(legacyRow)]);
    fake.setFont("Biểu 01", "A1:F2", "Times New Roman");
    fake.setFont("Biểu 01", "A3:F5", ".VnTime");
    fake.setFont("Biểu 01", "A3:A5", "Times New Roman"); // the numbers: a column in one font
    const grid = value(await readUsedRange(fake.context, "Biểu 01", { supports: fake.isSetSupported }));
    expect(fake.syncCount).toBe(2);
    // Only column B holds legacy-looking text ("Phßng Tæng hîp"); C–F hold numbers.
    expect(fake.requests[1]?.names.filter((n) => n === "range.getCellProperties")).toHaveLength(1);
    expect(grid.fonts).toEqual([{ top: 3, left: 1, bottom: 5, right: 6, font: ".VnTime" }]);
    expect(figures(grid)).toEqual({ issues: [], units: EXPECTED });
  });

  it("does not read cell fonts for a mixed column without legacy-looking text", async () => {
    const fake = book([TITLE, HEADER, ...UNITS]);
    fake.setFont("Biểu 01", "A1:F2", "Arial");
    fake.setFont("Biểu 01", "A3:F5", "Times New Roman");
    const grid = value(await readUsedRange(fake.context, "Biểu 01", { supports: fake.isSetSupported }));
    expect(fake.syncCount).toBe(1);
    expect(grid.fonts).toBeUndefined();
  });

  it("reads the fonts of a selection from the used range's columns", async () => {
    const fake = book([TITLE, HEADER, ...UNITS].map(legacyRow));
    fake.setFont("Biểu 01", "A1:F5", ".VnTime");
    fake.select("Biểu 01", "B2:D9");
    const grid = value(await readSelection(fake.context, { supports: fake.isSetSupported }));
    expect(fake.syncCount).toBe(1);
    expect(grid.origin).toEqual({ row: 2, col: 2 });
    expect(grid.fonts).toEqual([{ top: 2, left: 2, bottom: 5, right: 4, font: ".VnTime" }]);
  });

  it("keeps every response under the budget when many cells' fonts are read", async () => {
    const rows: CellValue[][] = [HEADER];
    for (let k = 1; k <= 3_000; k++) rows.push(legacyRow([k, `Phòng Tổng hợp số ${k}`, 1, 2, 3, 6]));
    const fake = book(rows);
    fake.setFont("Biểu 01", "A1:F1", "Times New Roman");
    fake.setFont("Biểu 01", "B2:B3001", ".VnTime");
    const grid = value(
      await readUsedRange(fake.context, "Biểu 01", {
        supports: fake.isSetSupported,
        maxResponseBytes: 50_000,
      }),
    );
    const fontSyncs = fake.requests.filter((r) => r.names.includes("range.getCellProperties"));
    expect(fontSyncs.length).toBeGreaterThan(1);
    for (const r of fontSyncs) expect(r.responseBytes).toBeLessThan(50_000);
    expect(grid.fonts).toEqual([{ top: 2, left: 1, bottom: 3001, right: 6, font: ".VnTime" }]);
  });

  it("reads the fonts of a sheet too large for one response with its address, at no extra sync", async () => {
    const rows: CellValue[][] = [HEADER].map(legacyRow);
    for (let k = 1; k <= 3_000; k++) rows.push(legacyRow([k, `Phòng Tổng hợp số ${k}`, 1, 2, 3, 6]));
    const fake = book(rows, { responseLimit: 100_000, defaultFont: ".VnTime" });
    const grid = value(await readUsedRange(fake.context, "Biểu 01", { supports: fake.isSetSupported }));
    expect(fake.requests.some((r) => r.names.includes("range.getCellProperties"))).toBe(false);
    expect(grid.cells).toHaveLength(3_001);
    expect(grid.fonts).toEqual([{ top: 1, left: 1, bottom: 3001, right: 6, font: ".VnTime" }]);
    expect(figures(grid).units?.[2999]).toEqual(["Phòng Tổng hợp số 3000", 1, 2, 6]);
  });

  it("reads what it can with ExcelApi 1.8: the block's one font, in one sync", async () => {
    const whole = book([TITLE, HEADER, ...UNITS].map(legacyRow), { excelApi: "1.8", defaultFont: ".VnTime" });
    const grid = value(await readUsedRange(whole.context, "Biểu 01", { supports: whole.isSetSupported }));
    expect(whole.syncCount).toBe(1);
    expect(grid.fonts).toEqual([{ top: 1, left: 1, bottom: 5, right: 6, font: ".VnTime" }]);
    expect(figures(grid).units).toEqual(EXPECTED);

    // A mixed sheet: no fonts, and the reader is left to refuse the legacy-looking text.
    const mixed = book([TITLE, HEADER, ...UNITS.map(legacyRow)], { excelApi: "1.8" });
    mixed.setFont("Biểu 01", "A3:F5", ".VnTime");
    const plain = value(await readUsedRange(mixed.context, "Biểu 01", { supports: mixed.isSetSupported }));
    expect(mixed.syncCount).toBe(1);
    expect(plain.fonts).toBeUndefined();
  });

  it("still reads the values when the cells' fonts cannot be read", async () => {
    const fake = book([TITLE, HEADER, ...UNITS.map(legacyRow)]);
    fake.setFont("Biểu 01", "A3:F5", ".VnTime");
    fake.failSync(2);
    const grid = value(await readUsedRange(fake.context, "Biểu 01", { supports: fake.isSetSupported }));
    expect(fake.syncCount).toBe(2);
    expect(grid.cells).toHaveLength(5);
    expect(grid.fonts).toBeUndefined();
  });
});
