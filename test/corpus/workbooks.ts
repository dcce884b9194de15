/**
 * Nasty workbooks, built in code: the shapes of issue 6 ("Hostile and broken input"). Each builder
 * returns the bytes of the file as a user would hand it to `tinhgon`, so the tests run them through
 * the real CLI and the real reader. ExcelJS makes what it can; raw zip edits (test/fixtures/zip.ts)
 * make the rest (a declared dimension of the whole grid, a cell at XFD1048576, a sheet XML that
 * inflates to hundreds of megabytes, a zip whose headers lie about sizes).
 */

import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";
import { Workbook, type CellValue as XValue, type Worksheet } from "exceljs";
import { patchZip, rawZip, readZip } from "../fixtures/zip";

/** The header every table here uses: staff is the total, specialists = staff − heads − deputies. */
export const HEADER = ["STT", "Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Biên chế"];

export type Row = [order: XValue, name: XValue, heads: XValue, deputies: XValue, staff: XValue];

/** Units of a small Sở: name, heads, deputies, staff. */
export const UNITS: readonly [string, number, number, number][] = [
  ["Văn phòng Sở", 1, 2, 12],
  ["Phòng Quản lý ngành", 1, 1, 8],
  ["Phòng Tổ chức cán bộ", 1, 2, 9],
  ["Phòng Kế hoạch - Tài chính", 1, 3, 11],
];

export const TOTALS = { units: 4, heads: 4, deputies: 8, staff: 40 };

function newWorkbook(): Workbook {
  const wb = new Workbook();
  wb.creator = "Tinh Gọn (corpus)";
  const date = new Date(Date.UTC(2026, 1, 5));
  wb.created = date;
  wb.modified = date;
  return wb;
}

async function bytesOf(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function putRow(ws: Worksheet, row: number, values: readonly XValue[], from = 1): void {
  values.forEach((v, j) => {
    if (v !== null && v !== undefined) ws.getCell(row, from + j).value = v;
  });
}

/** Header at `at`, then the four units numbered 1..4 below it. */
function plainTable(ws: Worksheet, at = 1): void {
  putRow(ws, at, HEADER);
  UNITS.forEach(([name, h, d, s], i) => putRow(ws, at + 1 + i, [i + 1, name, h, d, s]));
}

// ---------------------------------------------------------------------------------------------
// Shapes ExcelJS can make

/**
 * Merges everywhere a header has them: a title across the whole width, a two-row header with
 * "Lãnh đạo" across Trưởng/Phó and vertical merges over the others, a "Ghi chú" cell merged from
 * the header down through the first two data rows, and one unit's name merged over two rows that
 * list its two parts.
 */
export async function mergedHeader(): Promise<Uint8Array> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Biểu 01");
  ws.getCell("A1").value = "BẢNG TỔNG HỢP SỐ LƯỢNG CẤP PHÓ";
  ws.mergeCells("A1:H1");
  ws.getCell("A3").value = "STT";
  ws.mergeCells("A3:A4");
  ws.getCell("B3").value = "Tên đơn vị";
  ws.mergeCells("B3:B4");
  ws.getCell("C3").value = "Bộ phận";
  ws.mergeCells("C3:C4");
  ws.getCell("D3").value = "Lãnh đạo";
  ws.mergeCells("D3:E3");
  ws.getCell("D4").value = "Trưởng phòng";
  ws.getCell("E4").value = "Phó trưởng phòng";
  ws.getCell("F3").value = "Biên chế";
  ws.mergeCells("F3:F4");
  ws.getCell("G3").value = "Ghi chú";
  ws.mergeCells("G3:G6"); // from the header into the data
  putRow(ws, 5, [1, "Văn phòng Sở", null, 1, 2, 12]);
  putRow(ws, 6, [2, "Phòng Quản lý ngành", null, 1, 1, 8]);
  putRow(ws, 7, [3, "Phòng Tổ chức cán bộ", "Tổ chức", 1, 1, 5]);
  putRow(ws, 8, [null, null, "Cán bộ", 0, 1, 4]);
  ws.mergeCells("B7:B8");
  ws.mergeCells("A7:A8");
  putRow(ws, 9, [4, "Phòng Kế hoạch - Tài chính", null, 1, 3, 11]);
  return bytesOf(wb);
}

/**
 * Hidden rows and columns. Row 3 (a unit) and row 7 (an old unit kept for reference, hidden) are
 * hidden; column C (heads) is hidden. A hidden row is still a row of the table: hiding is a view,
 * Excel's own SUM counts hidden rows, and a unit does not stop existing because someone folded it.
 * So every unit counts, hidden or not; the total row (a SUM over all rows) agrees.
 */
export async function hiddenRowsAndColumns(): Promise<Uint8Array> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Biểu");
  plainTable(ws);
  putRow(ws, 6, [5, "Phòng Nghiệp vụ", 1, 1, 6]);
  putRow(ws, 7, [null, "Tổng cộng", sumOf("C", 2, 6, 5), sumOf("D", 2, 6, 9), sumOf("E", 2, 6, 46)]);
  ws.getRow(3).hidden = true;
  ws.getRow(6).hidden = true;
  ws.getColumn(3).hidden = true;
  return bytesOf(wb);
}

const sumOf = (col: string, from: number, to: number, result: number): XValue => ({
  formula: `SUM(${col}${from}:${col}${to})`,
  result,
});

/**
 * Formulas and error values in data cells: cached results are read, a formula without a cached
 * result is blank, an error value (typed or computed) is 0 with a warning at its cell.
 */
export async function formulasAndErrors(): Promise<Uint8Array> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Số liệu");
  putRow(ws, 1, HEADER);
  putRow(ws, 2, [1, "Văn phòng Sở", { formula: "0+1", result: 1 }, 2, { formula: "C2+D2+9", result: 12 }]);
  putRow(ws, 3, [2, "Phòng Quản lý ngành", 1, { error: "#N/A" }, 8]);
  putRow(ws, 4, [3, "Phòng Tổ chức cán bộ", 1, { formula: "1/0", result: { error: "#DIV/0!" } }, 9]);
  putRow(ws, 5, [4, "Phòng Kế hoạch - Tài chính", 1, { formula: "D9" }, { formula: '"11"', result: "11" }]);
  return bytesOf(wb);
}

/** A table 1,000 columns wide: the five real columns, then 995 columns of notes, all filled. */
export async function thousandColumns(): Promise<Uint8Array> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Rộng");
  plainTable(ws);
  for (let c = 6; c <= 1000; c++) {
    ws.getCell(1, c).value = `Ghi chú ${c - 5}`;
    for (let r = 2; r <= 5; r++) ws.getCell(r, c).value = `x${c}`;
  }
  return bytesOf(wb);
}

/**
 * Empty sheets: "Trống" has nothing, "Định dạng" only formatting (styled blank cells, widths), then
 * "Biểu" holds the table.
 */
export async function emptySheetsThenTable(): Promise<Uint8Array> {
  const wb = newWorkbook();
  wb.addWorksheet("Trống");
  const styled = wb.addWorksheet("Định dạng");
  styled.getColumn(2).width = 40;
  for (let r = 1; r <= 50; r++) styled.getCell(r, 2).border = { top: { style: "thin" } };
  styled.getCell("C3").value = "";
  styled.getCell("D4").value = "   ";
  plainTable(wb.addWorksheet("Biểu"));
  return bytesOf(wb);
}

/** An empty first sheet, then a sheet with a header and no unit rows: its problem is the one to tell. */
export async function emptySheetThenHeaderOnly(): Promise<Uint8Array> {
  const wb = newWorkbook();
  wb.addWorksheet("Trống");
  const ws = wb.addWorksheet("Biểu");
  putRow(ws, 1, HEADER);
  putRow(ws, 3, [null, "Người lập biểu"]);
  return bytesOf(wb);
}

/** A workbook whose only sheet is empty. */
export async function onlyAnEmptySheet(): Promise<Uint8Array> {
  const wb = newWorkbook();
  wb.addWorksheet("Sheet1");
  return bytesOf(wb);
}

/** A workbook with no sheet at all (ExcelJS writes one; Excel never does). */
export async function noSheets(): Promise<Uint8Array> {
  return bytesOf(newWorkbook());
}

export const QUOTED_SHEET = "Biểu 'số 1'";

/**
 * A sheet named with quotes and Vietnamese letters, next to a decoy; C5 (heads of the fourth unit)
 * holds the word "một".
 */
export async function quotedSheetName(): Promise<Uint8Array> {
  const wb = newWorkbook();
  plainTable(wb.addWorksheet("Bản cũ"));
  const ws = wb.addWorksheet("PLACEHOLDER");
  plainTable(ws);
  ws.getCell("C5").value = "một";
  return patchZip(await bytesOf(wb), (name, xml) =>
    name === "xl/workbook.xml"
      ? xml.replace('name="PLACEHOLDER"', `name="${QUOTED_SHEET.replace(/'/g, "&apos;")}"`)
      : xml,
  );
}

/** Sheet names ExcelJS refuses or cuts (Excel would not give them; Google Sheets and scripts do). */
export const ODD_SHEETS = [
  "Biểu tổng hợp số lượng cấp phó năm 2025 (bản cuối)",
  "History",
  "biểu",
  "BIỂU",
  "'x",
];

export async function oddSheetNames(): Promise<Uint8Array> {
  const wb = newWorkbook();
  ODD_SHEETS.forEach((_, i) => plainTable(wb.addWorksheet(`PLACEHOLDER${i}`)));
  return patchZip(await bytesOf(wb), (name, xml) =>
    name === "xl/workbook.xml"
      ? ODD_SHEETS.reduce(
          (x, real, i) => x.replace(`name="PLACEHOLDER${i}"`, `name="${real.replace(/'/g, "&apos;")}"`),
          xml,
        )
      : xml,
  );
}

/**
 * The same unit twice (the second time in capitals and NFD), and a unit whose name differs only by
 * spacing: the rows are added together, each repeat with a warning at its name cell.
 */
export async function duplicateUnits(): Promise<Uint8Array> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Biểu");
  plainTable(ws);
  putRow(ws, 6, [5, "VĂN PHÒNG SỞ".normalize("NFD"), 0, 1, 3]);
  putRow(ws, 7, [6, "Phòng  Quản lý   ngành ", 0, 0, 2]);
  return bytesOf(wb);
}

/** Counts no unit has: 1e308 twice in one column would add up to Infinity. */
export async function absurdCounts(): Promise<Uint8Array> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Biểu");
  plainTable(ws);
  ws.getCell("E2").value = 1e308;
  putRow(ws, 6, [5, "Văn phòng Sở", 0, 0, 1e308]);
  return bytesOf(wb);
}

// ---------------------------------------------------------------------------------------------
// Shapes made by editing the zip

const SHEET1 = "xl/worksheets/sheet1.xml";

async function tableBytes(sheet = "Biểu"): Promise<Uint8Array> {
  const wb = newWorkbook();
  plainTable(wb.addWorksheet(sheet));
  return bytesOf(wb);
}

/**
 * A declared dimension of the whole grid, A1:XFD1048576, a value at XFD1048576 and an empty styled
 * row 1048576 spanning every column: sized by its cells, the sheet would be 17 billion cells.
 */
export async function hugeDimension(): Promise<Uint8Array> {
  return patchZip(await tableBytes(), (name, xml) =>
    name === SHEET1
      ? xml
          .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
          .replace(
            "</sheetData>",
            '<row r="1048575" spans="1:16384"><c r="A1048575" s="0"/><c r="XFD1048575" s="0"/></row>' +
              '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>cuối</t></is></c></row></sheetData>',
          )
      : xml,
  );
}

/**
 * A zip bomb: the sheet XML inflates to `megabytes` MB (blank space inside <sheetData>, which
 * deflate squeezes about 1000:1), the table itself intact. Built by streaming, so that the test
 * itself never holds the inflated part. With `lie`, the zip's headers declare the bloated part
 * 1,000 bytes long, as a crafted bomb would.
 */
export async function zipBomb(megabytes: number, lie = false): Promise<Uint8Array> {
  const entries = readZip(await tableBytes());
  const sheet = Buffer.from(entries.get(SHEET1) as Uint8Array).toString("utf8");
  const at = sheet.indexOf("<sheetData>") + "<sheetData>".length;
  const head = Buffer.from(sheet.slice(0, at));
  const tail = Buffer.from(sheet.slice(at));
  const chunk = Buffer.alloc(1_000_000, 0x20);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  let crc = crc32(head);
  deflate.write(head);
  for (let i = 0; i < megabytes; i++) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  crc = crc32(tail, crc);
  deflate.end(tail);
  await done;
  const size = head.length + megabytes * chunk.length + tail.length;
  const parts = [...entries].map(([name, data]) =>
    name === SHEET1
      ? { name, body: Buffer.concat(out), crc, size: lie ? 1000 : size }
      : { name, body: deflateRawSync(data), crc: crc32(data), size: data.length },
  );
  return rawZip(parts);
}

/** Not a zip at all: a text file named .xlsx, and random-looking bytes. */
export function notAZip(): Uint8Array {
  return new TextEncoder().encode("Đây là một tệp văn bản, không phải bảng tính.\n");
}

export function noise(length = 4096): Uint8Array {
  const out = new Uint8Array(length);
  let x = 0x2545f491;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** A real .xlsx cut in half (an interrupted download). */
export async function truncatedXlsx(): Promise<Uint8Array> {
  const bytes = await tableBytes();
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}
