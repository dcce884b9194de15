/**
 * A {@link ReportDoc} written as ExcelJS worksheets: the .xlsx host of the report renderer, used by
 * the CLI (through saveReport.ts) and by the browser mode (into the workbook the user picked).
 * Browser-safe: ExcelJS objects only, no fs, path or Buffer.
 *
 * Safety (DESIGN.md §6):
 * - text goes through {@link safeText} and is stored as a plain string, never as a formula,
 *   whatever it starts with (= + - @ tab); formulas come only from `{ kind: "formula" }` cells;
 * - a sheet is always added under a new name ("Báo cáo", "Báo cáo (2)", ...): an existing sheet is
 *   never replaced or written to;
 * - nothing throws: what cannot be written (a cell outside Excel's grid, overlapping merges, a
 *   chart) is left out and said in `notes`.
 *
 * Styles: one ExcelJS style object per ReportDoc style key, shared by all its cells (ExcelJS's
 * writer looks shared objects up in a WeakMap, so 50,000 cells cost one style each, not one copy
 * each). Do not mutate `cell.font` etc. of a written cell in place: assign a new `cell.style`.
 */

import { Workbook, type Borders, type Cell, type DataValidation, type Style, type Worksheet } from "exceljs";
import type {
  CellBlock,
  CellContent,
  CellStyle,
  ListValidation,
  ReportDoc,
  ReportSheet,
} from "../../reports/types";
import { columnLetter } from "../../core/address";
import { columnsWidthPt, linesHeight, wrappedLines } from "../../reports/builder";
import { blockAddress, cellKey, inCols, inRows, isValidBlock, MAX_COLS } from "../../reports/grid";
import { usableMerges } from "../../reports/merges";
import { uniqueSheetName } from "../../reports/sheetName";
import { cellString, safeText } from "./text";

export const DEFAULT_FONT = "Times New Roman";
export const DEFAULT_FONT_SIZE = 12;
/** Font size of the page number (NĐ 30/2020: 13–14). */
const PAGE_NUMBER_SIZE = 13;
const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";
/** The hidden sheet holding drop-down lists too long for an inline list. */
const LIST_SHEET_NAME = "Danh sách";

/** Excel's limit on an inline list source ("a,b,c"), separators included. */
export const MAX_INLINE_LIST = 255;
/** ExcelJS's width of a column the doc gives none. */
const DEFAULT_COLUMN_WIDTH = 9;
/** Excel's largest row height. */
const MAX_ROW_HEIGHT = 409;
/** ExcelJS's header margin when none is set; used as an upper bound. */
const HEADER_MARGIN_INCHES = 0.3;

export const NOTES = {
  chart:
    "Tệp .xlsx không kèm biểu đồ (thư viện ExcelJS chưa ghi được biểu đồ); khi chèn báo cáo trong Excel, biểu đồ được tạo tự động.",
  cellOutside: (sheet: string) => `Trang “${sheet}”: bỏ qua ô nằm ngoài giới hạn của Excel.`,
  mergeSkipped: (sheet: string) =>
    `Trang “${sheet}”: bỏ qua vùng gộp ô không hợp lệ hoặc chồng lên vùng khác.`,
  validationSkipped: (sheet: string) => `Trang “${sheet}”: bỏ qua danh sách chọn không hợp lệ.`,
} as const;

export interface ReportWorkbook {
  workbook: Workbook;
  /** The names given to the report's sheets, in the order of `doc.sheets`. */
  sheetNames: string[];
  /**
   * What the writer left out or changed (e.g. the chart), in Vietnamese, without duplicates.
   * `doc.notes` (the renderer's own notes) are not repeated here.
   */
  notes: string[];
}

/**
 * Writes every sheet of `doc` as a new worksheet, into `into` (the browser mode: the user's
 * workbook; existing sheets are left alone) or into a new Workbook. Long drop-down lists go to one
 * hidden sheet ("Danh sách", made unique), added after the report sheets and not in `sheetNames`.
 */
export function reportWorkbook(doc: ReportDoc, into?: Workbook): ReportWorkbook {
  const workbook = into ?? newWorkbook();
  const notes = new Set<string>();
  const styles = new StyleCache(doc.styles);
  const taken = workbook.worksheets.map((ws) => ws.name);
  const sheetNames: string[] = [];
  const longLists: { ws: Worksheet; block: CellBlock; values: string[] }[] = [];

  for (const sheet of doc.sheets) {
    const name = uniqueSheetName(sheet.name, taken);
    taken.push(name);
    const ws = workbook.addWorksheet(name);
    sheetNames.push(name);
    writeSheet(ws, sheet, styles, notes, longLists);
  }

  if (longLists.length > 0) writeListSheet(workbook, uniqueSheetName(LIST_SHEET_NAME, taken), longLists);
  return { workbook, sheetNames, notes: [...notes] };
}

function newWorkbook(): Workbook {
  const wb = new Workbook();
  wb.creator = "Tinh Gọn";
  wb.created = new Date();
  return wb;
}

// ---------------------------------------------------------------------------------------------
// Sheet names

// ---------------------------------------------------------------------------------------------
// One sheet

function writeSheet(
  ws: Worksheet,
  sheet: ReportSheet,
  styles: StyleCache,
  notes: Set<string>,
  longLists: { ws: Worksheet; block: CellBlock; values: string[] }[],
): void {
  sheet.columnWidths.forEach((width, i) => {
    if (i < MAX_COLS && Number.isFinite(width) && width >= 0) ws.getColumn(i + 1).width = width;
  });
  for (const { row, height } of sheet.rowHeights) {
    if (inRows(row) && Number.isFinite(height) && height >= 0) ws.getRow(row).height = height;
  }

  const styled = new Set<number>();
  for (const cell of sheet.cells) {
    if (!inRows(cell.row) || !inCols(cell.col)) {
      notes.add(NOTES.cellOutside(ws.name));
      continue;
    }
    const target = ws.getCell(cell.row, cell.col);
    writeValue(target, cell.content);
    target.style = styles.get(cell.style, cell.content.kind === "date");
    if (cell.style !== undefined) styled.add(cellKey(cell.row, cell.col));
  }

  const merged = writeMerges(ws, sheet.merges, styled, notes);
  fitWrappedRows(ws, sheet, styles, merged);

  for (const validation of sheet.validations) {
    const done = writeValidation(ws, validation, longLists);
    if (!done) notes.add(NOTES.validationSkipped(ws.name));
  }

  if (sheet.freezeRows > 0 && inRows(sheet.freezeRows + 1)) {
    const n = Math.floor(sheet.freezeRows);
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: n, topLeftCell: `A${n + 1}`, activeCell: "A1" }];
  }

  writePage(ws, sheet);

  if (sheet.chart) notes.add(NOTES.chart);
}

function writeValue(cell: Cell, content: CellContent): void {
  switch (content.kind) {
    case "text":
      // A plain string is stored as a (shared) string: never parsed as a formula.
      cell.value = cellString(content.text);
      return;
    case "number":
      cell.value = Number.isFinite(content.value) ? content.value : null;
      return;
    case "formula": {
      const formula = safeText(content.formula).replace(/^=/, "");
      const result = content.result;
      if (typeof result === "number" && !Number.isFinite(result)) {
        cell.value = { formula, date1904: false };
      } else {
        cell.value = {
          formula,
          result: typeof result === "string" ? cellString(result) : result,
          date1904: false,
        };
      }
      return;
    }
    case "date": {
      const date = isoDate(content.iso);
      cell.value = date ?? cellString(content.iso);
      return;
    }
  }
}

/** "2030-12-31" → a Date at UTC midnight (how ExcelJS stores a date-only value), else undefined. */
function isoDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const valid = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return valid ? date : undefined;
}

/**
 * Merges, skipping invalid or overlapping blocks (ExcelJS would throw). Covered cells the doc gave
 * no style of their own take the top-left cell's style, so a bordered merged block is bordered on
 * every edge (Excel draws each covered cell's own borders).
 */
function writeMerges(
  ws: Worksheet,
  merges: CellBlock[],
  styled: Set<number>,
  notes: Set<string>,
): CellBlock[] {
  const usable = usableMerges(merges);
  if (usable.skipped > 0) notes.add(NOTES.mergeSkipped(ws.name));
  const done: CellBlock[] = [];
  for (const m of usable.merges) {
    try {
      ws.mergeCellsWithoutStyle(m.top, m.left, m.bottom, m.right);
    } catch {
      notes.add(NOTES.mergeSkipped(ws.name));
      continue;
    }
    done.push(m);
    const masterStyle = ws.getCell(m.top, m.left).style;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (!styled.has(cellKey(r, c))) ws.getCell(r, c).style = masterStyle;
      }
    }
  }
  return done;
}

/**
 * Heights for rows the doc left automatic that hold wrapped text running over several lines.
 * LibreOffice does not fit such rows when it opens an .xlsx, and Excel never fits a row to a
 * merged cell: without a height the text is cut or spills over the rows around it in print. The
 * estimate is the reports' own (reports/metrics.ts, reports/builder.ts), the one the doc sizes its
 * rows by; a row the doc gives a height keeps it, and a row whose text fits on one line gets none
 * (Excel fits it).
 */
function fitWrappedRows(ws: Worksheet, sheet: ReportSheet, styles: StyleCache, merges: CellBlock[]): void {
  const fixed = new Set(sheet.rowHeights.map((h) => h.row));
  const spans = new Map<number, CellBlock>(merges.map((m) => [cellKey(m.top, m.left), m] as const));
  // The widths ExcelJS writes: the doc's, else its default.
  let lastCol = 0;
  for (const cell of sheet.cells) if (cell.col > lastCol && inCols(cell.col)) lastCol = cell.col;
  const widths = Array.from({ length: lastCol }, (_, i) => {
    const w = sheet.columnWidths[i];
    return w !== undefined && Number.isFinite(w) && w >= 0 ? w : DEFAULT_COLUMN_WIDTH;
  });
  const heights = new Map<number, number>();
  for (const cell of sheet.cells) {
    if (cell.content.kind !== "text" || fixed.has(cell.row) || !inRows(cell.row) || !inCols(cell.col))
      continue;
    const style = styles.source(cell.style);
    if (!style?.align?.wrap) continue;
    const span = spans.get(cellKey(cell.row, cell.col));
    if (span && span.bottom > span.top) continue; // a block over several rows: left to the doc
    const size = positive(style.font?.size) ?? DEFAULT_FONT_SIZE;
    const widthPt = columnsWidthPt(widths, cell.col, span?.right ?? cell.col);
    const lines = wrappedLines(safeText(cell.content.text), size, style.font?.bold === true, widthPt);
    if (lines < 2) continue;
    const height = Math.min(MAX_ROW_HEIGHT, linesHeight(lines, size));
    heights.set(cell.row, Math.max(heights.get(cell.row) ?? 0, height));
  }
  for (const [row, height] of heights) ws.getRow(row).height = height;
}

/** A drop-down list: inline when Excel allows it, else the pending reference to the list sheet. */
function writeValidation(
  ws: Worksheet,
  validation: ListValidation,
  longLists: { ws: Worksheet; block: CellBlock; values: string[] }[],
): boolean {
  const { block } = validation;
  const valid = isValidBlock(block);
  const values = validation.values.map((v) => safeText(v).replace(/\n/g, " "));
  if (!valid || values.length === 0) return false;
  const inline = values.join(",");
  // A comma splits an inline item and a quote would need escaping Excel does not document: such
  // lists go to the list sheet too.
  if (inline.length <= MAX_INLINE_LIST && !values.some((v) => v.includes(",") || v.includes('"'))) {
    addValidation(ws, blockAddress(block), {
      type: "list",
      allowBlank: true,
      formulae: [`"${inline}"`],
      showErrorMessage: true,
    });
  } else {
    longLists.push({ ws, block, values });
  }
  return true;
}

/** `Worksheet.dataValidations` exists in ExcelJS 4.4.0 but not in its type declarations. */
function addValidation(ws: Worksheet, address: string, validation: DataValidation): void {
  (ws as unknown as { dataValidations: { add(a: string, v: DataValidation): void } }).dataValidations.add(
    address,
    validation,
  );
}

/** One hidden sheet, one column per distinct list, referenced by the validations. */
function writeListSheet(
  workbook: Workbook,
  name: string,
  lists: { ws: Worksheet; block: CellBlock; values: string[] }[],
): void {
  const listSheet = workbook.addWorksheet(name, { state: "hidden" });
  const columns = new Map<string, number>();
  const quoted = `'${name.replace(/'/g, "''")}'`;
  for (const { ws, block, values } of lists) {
    const key = JSON.stringify(values);
    let col = columns.get(key);
    if (col === undefined) {
      col = columns.size + 1;
      columns.set(key, col);
      values.forEach((v, i) => {
        listSheet.getCell(i + 1, col as number).value = cellString(v);
      });
    }
    const letter = columnLetter(col);
    addValidation(ws, blockAddress(block), {
      type: "list",
      allowBlank: true,
      formulae: [`${quoted}!$${letter}$1:$${letter}$${values.length}`],
      showErrorMessage: true,
    });
  }
}

/** A4, orientation, margins (mm → inches), print titles, fit to width, page numbers from page 2. */
function writePage(ws: Worksheet, sheet: ReportSheet): void {
  const { page } = sheet;
  const inches = (mm: number): number => (Number.isFinite(mm) && mm > 0 ? round4(mm / 25.4) : 0);
  const top = inches(page.margins.top);
  const bottom = inches(page.margins.bottom);
  ws.pageSetup.paperSize = 9; // A4 (the only paper of the contract)
  ws.pageSetup.orientation = page.orientation;
  ws.pageSetup.margins = {
    top,
    bottom,
    left: inches(page.margins.left),
    right: inches(page.margins.right),
    // Header and footer inside the top and bottom margins, never over the text.
    header: round4(Math.min(HEADER_MARGIN_INCHES, top / 2)),
    footer: round4(Math.min(HEADER_MARGIN_INCHES, bottom / 2)),
  };
  if (page.printTitleRows) {
    const [first, last] = page.printTitleRows;
    if (inRows(first) && inRows(last) && first <= last) ws.pageSetup.printTitlesRow = `${first}:${last}`;
  }
  // A manual break above each row that must start a page (ExcelJS breaks below the row it is given).
  for (const row of page.rowBreaks ?? []) if (inRows(row) && row > 1) ws.getRow(row - 1).addPageBreak();
  if (page.fitToWidth) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
  }
  if (page.pageNumbers) {
    // NĐ 30/2020: the page number centred at the top, from the second page on.
    ws.headerFooter.differentFirst = true;
    ws.headerFooter.oddHeader = `&C&"${DEFAULT_FONT},Regular"&${PAGE_NUMBER_SIZE}&P`;
    ws.headerFooter.firstHeader = "";
  }
}

// ---------------------------------------------------------------------------------------------
// Styles

/** ExcelJS style objects, one per ReportDoc style key (and one more for dates without a format). */
class StyleCache {
  private readonly cache = new Map<string, Partial<Style>>();

  constructor(private readonly styles: Record<string, CellStyle>) {}

  /** The doc's style of a key, undefined when there is none. */
  source(key: string | undefined): CellStyle | undefined {
    return key !== undefined && Object.hasOwn(this.styles, key) ? this.styles[key] : undefined;
  }

  get(key: string | undefined, isDate: boolean): Partial<Style> {
    const id = `${isDate ? "d" : "v"}:${key ?? ""}`;
    let style = this.cache.get(id);
    if (!style) {
      style = toExcelStyle(this.source(key) ?? {}, isDate);
      this.cache.set(id, style);
    }
    return style;
  }
}

function toExcelStyle(s: CellStyle, isDate: boolean): Partial<Style> {
  const style: Partial<Style> = {};
  const f = s.font ?? {};
  const font: Partial<Style["font"]> = {
    name: f.name || DEFAULT_FONT,
    size: positive(f.size) ?? DEFAULT_FONT_SIZE,
  };
  if (f.bold) font.bold = true;
  if (f.italic) font.italic = true;
  if (f.underline) font.underline = true;
  const color = argb(f.color);
  if (color) font.color = { argb: color };
  style.font = font;

  if (s.align) {
    const a = s.align;
    const alignment: Partial<Style["alignment"]> = {};
    if (a.horizontal) alignment.horizontal = a.horizontal;
    if (a.vertical) alignment.vertical = a.vertical;
    if (a.wrap) alignment.wrapText = true;
    const indent = positive(a.indent);
    if (indent) alignment.indent = Math.round(indent);
    if (Object.keys(alignment).length > 0) style.alignment = alignment;
  }

  if (s.border) {
    const border: Partial<Borders> = {};
    for (const side of ["top", "left", "bottom", "right"] as const) {
      const kind = s.border[side];
      if (kind) border[side] = { style: kind };
    }
    if (Object.keys(border).length > 0) style.border = border;
  }

  const numFmt = s.numberFormat ?? (isDate ? DEFAULT_DATE_FORMAT : undefined);
  if (numFmt) style.numFmt = numFmt;

  const fill = argb(s.fill);
  if (fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  return style;
}

/** "C00000" or "#C00000" → "FFC00000"; undefined when not a colour. */
function argb(color: string | undefined): string | undefined {
  const hex = color?.replace(/^#/, "");
  return hex && /^[0-9a-fA-F]{6}$/.test(hex) ? `FF${hex.toUpperCase()}` : undefined;
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
}

// ---------------------------------------------------------------------------------------------
// Addresses

function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
}
