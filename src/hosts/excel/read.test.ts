import { RecordingExcel } from "./fake/recordingExcel";
import { readSelection, readTable, readUsedRange } from "./read";

/** "Biểu 01" with a table at B3:F6: two header rows (merged "Đơn vị"), data, an #N/A. */
function workbook(excelApi = "1.13"): RecordingExcel {
  const fake = new RecordingExcel({ excelApi });
  fake.addSheet(
    "Biểu 01",
    [
      ["Đơn vị", "Số lượng", "", "", "Ghi chú"],
      ["", "Trưởng", "Phó", "Biên chế", ""],
      ["Phòng Tổ chức", 1, 3, 12, "x"],
      ["Văn phòng", 1, { error: "#N/A" }, "8", true],
    ],
    "B3",
  );
  fake.addMerge("Biểu 01", "B3:B4");
  fake.addMerge("Biểu 01", "C3:E3");
  fake.addSheet("Trống");
  fake.protect("Biểu 01");
  return fake;
}

const EXPECTED_CELLS = [
  ["Đơn vị", "Số lượng", null, null, "Ghi chú"],
  [null, "Trưởng", "Phó", "Biên chế", null],
  ["Phòng Tổ chức", 1, 3, 12, "x"],
  ["Văn phòng", 1, { error: "#N/A" }, "8", true],
];

describe("readUsedRange", () => {
  it("reads a sheet in one sync: origin from the address, errors as values, merges", async () => {
    const fake = workbook();
    const result = await readUsedRange(fake.context, "Biểu 01", { supports: fake.isSetSupported });
    expect(fake.syncCount).toBe(1);
    expect(result).toEqual({
      ok: true,
      value: {
        sheet: "Biểu 01",
        origin: { row: 3, col: 2 },
        cells: EXPECTED_CELLS,
        merges: [
          { top: 3, left: 2, bottom: 4, right: 2 },
          { top: 3, left: 3, bottom: 3, right: 5 },
        ],
      },
    });
    expect(fake.violations).toEqual([]);
    expect(fake.pending).toBe(0);
  });

  it("skips merges without ExcelApi 1.13, still in one sync", async () => {
    const fake = workbook("1.12");
    const result = await readUsedRange(fake.context, "Biểu 01", { supports: fake.isSetSupported });
    expect(fake.syncCount).toBe(1);
    expect(result.ok && result.value.merges).toBeUndefined();
    expect(result.ok && result.value.cells).toEqual(EXPECTED_CELLS);
  });

  it("says which sheet is missing", async () => {
    const fake = workbook();
    const result = await readUsedRange(fake.context, "Biểu 02", { supports: fake.isSetSupported });
    expect(fake.syncCount).toBe(1);
    expect(result).toEqual({
      ok: false,
      issue: { level: "error", code: "excel-sheet-not-found", params: { sheet: "Biểu 02" } },
    });
  });

  it("retries once without merges when a sheet has more than 512 merged areas", async () => {
    const fake = new RecordingExcel();
    fake.addSheet(
      "Roster",
      Array.from({ length: 600 }, (_, i) => [`Người ${i + 1}`, "", 1]),
    );
    for (let r = 1; r <= 600; r++) fake.addMerge("Roster", `A${r}:B${r}`);
    const result = await readUsedRange(fake.context, "Roster", { supports: fake.isSetSupported });
    expect(fake.syncCount).toBe(2);
    expect(result.ok && result.value.cells.length).toBe(600);
    expect(result.ok && result.value.merges).toBeUndefined();
  });

  it("gives an empty sheet as one empty cell at A1 (the reader reports it)", async () => {
    const fake = workbook();
    const result = await readUsedRange(fake.context, "Trống", { supports: fake.isSetSupported });
    expect(result).toEqual({
      ok: true,
      value: { sheet: "Trống", origin: { row: 1, col: 1 }, cells: [[null]] },
    });
  });
});

describe("readSelection", () => {
  it("reads the selection cut to the data, in one sync", async () => {
    const fake = workbook();
    fake.select("Biểu 01", "A1:D5");
    const result = await readSelection(fake.context, { supports: fake.isSetSupported });
    expect(fake.syncCount).toBe(1);
    expect(result.ok && result.value.origin).toEqual({ row: 3, col: 2 });
    expect(result.ok && result.value.cells).toEqual(EXPECTED_CELLS.slice(0, 3).map((r) => r.slice(0, 3)));
    // Excel gives the merged areas whose top-left cell is in the range, even if they reach out.
    expect(result.ok && result.value.merges).toEqual([
      { top: 3, left: 2, bottom: 4, right: 2 },
      { top: 3, left: 3, bottom: 3, right: 5 },
    ]);
  });

  it("leaves out merged areas outside the data read", async () => {
    const fake = workbook();
    fake.addMerge("Biểu 01", "A1:A2");
    fake.select("Biểu 01", "A1:C4");
    const result = await readSelection(fake.context, { supports: fake.isSetSupported });
    expect(result.ok && result.value.merges).toEqual([
      { top: 3, left: 2, bottom: 4, right: 2 },
      { top: 3, left: 3, bottom: 3, right: 5 },
    ]);
  });

  it("reads whole selected columns up to the last value only", async () => {
    const fake = workbook();
    fake.select("Biểu 01", "A:Z");
    const result = await readSelection(fake.context, { supports: fake.isSetSupported });
    expect(result.ok && result.value.cells).toEqual(EXPECTED_CELLS);
  });

  it("gives an empty grid where the selection holds no data", async () => {
    const fake = workbook();
    fake.select("Biểu 01", "H10:J12");
    const result = await readSelection(fake.context, { supports: fake.isSetSupported });
    expect(fake.syncCount).toBe(1);
    expect(result).toEqual({ ok: true, value: { sheet: "Biểu 01", origin: { row: 10, col: 8 }, cells: [] } });
  });
});

describe("readTable", () => {
  it("reads an Excel table with its header, in one sync", async () => {
    const fake = workbook();
    fake.addTable("BangBienChe", "Biểu 01", "B5:F6");
    const result = await readTable(fake.context, "BangBienChe", { supports: fake.isSetSupported });
    expect(fake.syncCount).toBe(1);
    expect(result).toEqual({
      ok: true,
      value: { sheet: "Biểu 01", origin: { row: 5, col: 2 }, cells: EXPECTED_CELLS.slice(2) },
    });
  });

  it("says which table is missing", async () => {
    const fake = workbook();
    const result = await readTable(fake.context, "Khong", { supports: fake.isSetSupported });
    expect(result.ok ? undefined : result.issue.code).toBe("excel-table-not-found");
  });
});

describe("Excel's 5,000,000-cell read limit (RangeExceedsLimit)", () => {
  /** "Biểu 01" with a stray value at Z200000: a used range of 5,200,000 cells. */
  async function stray(options: { locale?: string; responseLimit?: number } = {}): Promise<RecordingExcel> {
    const fake = new RecordingExcel(options);
    fake.addSheet("Biểu 01", [["Đơn vị", "Biên chế"]]);
    fake.context.workbook.worksheets.getItem("Biểu 01").getRange("Z200000").values = [["x"]];
    await fake.context.sync();
    fake.protect("Biểu 01");
    return fake;
  }

  it("refuses a used range over the limit with its own message and the block's address, in two syncs", async () => {
    for (const options of [{}, { locale: "vi-VN", responseLimit: Infinity }]) {
      const fake = await stray(options);
      const before = fake.syncCount;
      const result = await readUsedRange(fake.context, "Biểu 01", { supports: fake.isSetSupported });
      expect(result).toEqual({
        ok: false,
        issue: { level: "error", code: "excel-read-cell-limit", cell: "'Biểu 01'!A1:Z200000" },
      });
      expect(fake.syncCount - before).toBe(2);
      expect(fake.violations).toEqual([]);
    }
  }, 30_000);

  it("says the same for a selection of whole columns holding the stray value", async () => {
    const fake = await stray();
    fake.select("Biểu 01", "A:Z");
    const result = await readSelection(fake.context, { supports: fake.isSetSupported });
    expect(result.ok ? undefined : result.issue).toMatchObject({ code: "excel-read-cell-limit" });
  }, 30_000);

  it("reads in smaller parts a block Excel refused but that is not above the limit after all", async () => {
    const fake = new RecordingExcel({ cellLimit: 1_000 });
    fake.addSheet(
      "Tạm",
      Array.from({ length: 100 }, (_, i) => Array.from({ length: 20 }, (_, j) => `${i}-${j}`)),
    );
    const result = await readUsedRange(fake.context, "Tạm", { supports: fake.isSetSupported });
    expect(result.ok && result.value.cells.length).toBe(100);
    expect(result.ok && result.value.cells[99]?.[19]).toBe("99-19");
  });

  it("gives the limit's message when Excel refuses even the address", async () => {
    const fake = workbook();
    fake.failOperation("range.load", { code: "RangeExceedsLimit" });
    const result = await readUsedRange(fake.context, "Biểu 01", { supports: fake.isSetSupported });
    expect(result).toEqual({ ok: false, issue: { level: "error", code: "excel-read-cell-limit" } });
  });
});
