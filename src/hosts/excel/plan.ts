/**
 * A ReportDoc turned into the list of Office.js operations that write it, each with an estimate of
 * its request size, and the split of that list into request-sized batches. Pure: everything the
 * Excel host computes lives here; writeReport.ts only replays the operations on the API.
 *
 * Content parity with the .xlsx host (src/hosts/xlsx/report.ts): Times New Roman 12 unless the
 * style says otherwise, dates without a format shown dd/mm/yyyy, covered cells of a merge take the
 * top-left cell's style (so a bordered merged block is bordered on every edge), inline drop-down
 * lists up to 255 characters and longer ones on a hidden "Danh sách" sheet, A4 page setup with
 * margins, print titles, fit to width and page numbers from page 2.
 */

import type { CellRange, IssueCode } from "../../core/types";
import type { CellBlock, CellStyle, ChartSpec, PageSetup, ReportDoc, ReportSheet } from "../../reports/types";
import { columnsAddress, rowsAddress } from "./address";
import {
  blockAddress,
  cellKey,
  fromKey,
  inCols,
  inRows,
  isValidBlock,
  MAX_COLS,
  MAX_ROWS,
} from "../../reports/grid";
import { usableMerges } from "../../reports/merges";
import { cellInput, cleanText } from "./cells";
import type {
  BorderIndex,
  ChartType,
  HorizontalAlignment,
  IsSetSupported,
  VerticalAlignment,
} from "./excelApi";
import { excelApi } from "./excelApi";

export const DEFAULT_FONT = "Times New Roman";
export const DEFAULT_FONT_SIZE = 12;
export const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";
export const LIST_SHEET_NAME = "Danh sách";
/** Excel's limit on an inline list source ("a,b,c"). */
export const MAX_INLINE_LIST = 255;
/** Font size of the page number (NĐ 30/2020: 13–14). */
const PAGE_NUMBER_SIZE = 13;
/** Header/footer margin upper bound, as in the .xlsx host: 0.3 inch. */
const HEADER_MARGIN_POINTS = 21.6;

/**
 * One `Range.formulas` write carries at most this much JSON, so that batches can be cut finely.
 * (Excel's own advice for large writes: row blocks, https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large)
 */
export const MAX_CELLS_OP_BYTES = 256 * 1024;
/**
 * `Worksheet.getRanges` fails on long area lists (about 500 areas or 8,192 characters:
 * https://github.com/OfficeDev/office-js/issues/5198); lists are cut well below.
 */
export const MAX_AREAS_PER_OP = 200;
export const MAX_AREAS_ADDRESS_CHARS = 4_000;
/**
 * Estimated request bytes of one queued action (object path + action record of the JSON batch),
 * on the generous side: the estimate must never be below what goes on the wire.
 */
export const ACTION_BYTES = 200;

/** What the running Excel supports, from its requirement sets. */
export interface Capabilities {
  /** ExcelApi 1.9: `Worksheet.getRanges` (one operation for many areas). */
  rangeAreas: boolean;
  /** ExcelApi 1.9: `RangeFormat.indentLevel`. */
  indent: boolean;
  /** ExcelApi 1.9: `Worksheet.pageLayout`. */
  pageLayout: boolean;
  /** ExcelApi 1.8: `Range.dataValidation`. */
  validation: boolean;
  /** ExcelApi 1.7: `Worksheet.freezePanes`. */
  freeze: boolean;
  /** ExcelApi 1.7: `ChartSeriesCollection.add`, `ChartSeries.setValues` / `setXAxisValues`. */
  chartSeries: boolean;
}

export function capabilities(supports: IsSetSupported): Capabilities {
  const v19 = excelApi(supports, "1.9");
  const v18 = excelApi(supports, "1.8");
  const v17 = excelApi(supports, "1.7");
  return { rangeAreas: v19, indent: v19, pageLayout: v19, validation: v18, freeze: v17, chartSeries: v17 };
}

export interface BorderSpec {
  style: "Continuous" | "Double";
  weight?: "Hairline" | "Thin" | "Medium";
}

/** The formatting of one style, as `RangeFormat` properties. */
export interface FormatProps {
  font?: {
    name?: string;
    size?: number;
    bold?: boolean;
    italic?: boolean;
    underline?: "Single";
    color?: string;
  };
  fillColor?: string;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: VerticalAlignment;
  wrapText?: boolean;
  indentLevel?: number;
  borders?: Partial<Record<BorderIndex, BorderSpec>>;
}

export type ChartPlan = {
  type: ChartType;
  title: string;
  /** Top-left and bottom-right cells of the chart's place. */
  start: string;
  end: string;
} & (
  | {
      /** ExcelApi 1.7: each series set explicitly. */
      mode: "series";
      categories: string;
      series: { name: string; values: string; seriesBy: "Columns" | "Rows" }[];
    }
  | {
      /** ExcelApi 1.1: one contiguous block, categories first. */
      mode: "block";
      source: string;
      seriesBy: "Columns" | "Rows";
      names: string[];
    }
);

export interface PagePlan {
  orientation: "Portrait" | "Landscape";
  /** Points. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** "$8:$9". */
  printTitleRows?: string;
  /** Cells above which a page starts ("A31"): `horizontalPageBreaks.add`. */
  rowBreaks?: string[];
  fitToWidth: boolean;
  /** Header text with Excel's codes, shown from page 2 on. */
  pageNumberHeader?: string;
}

/** One operation on one new sheet. */
export type SheetOp =
  | { kind: "cells"; address: string; formulas: (string | number)[][] }
  | { kind: "numberFormat"; address: string; format: string }
  /** One address: `getRange`; several: `getRanges` (ExcelApi 1.9). */
  | { kind: "format"; addresses: string[]; format: FormatProps }
  | { kind: "merge"; address: string }
  | { kind: "columnWidth"; address: string; points: number }
  | { kind: "rowHeight"; address: string; points: number }
  | { kind: "listValidation"; address: string; source: string }
  /** A list read from a block of the hidden list sheet. */
  | { kind: "rangeValidation"; address: string; listAddress: string }
  | { kind: "freezeRows"; rows: number }
  | { kind: "chart"; chart: ChartPlan }
  | { kind: "page"; page: PagePlan }
  | { kind: "hide" };

export interface PlannedOp {
  /** Index into {@link ReportPlan.sheets}. */
  sheet: number;
  op: SheetOp;
  /** Estimated request bytes. */
  bytes: number;
}

export interface ReportPlan {
  /** The sheets to add, in order: one per `doc.sheets`, then the hidden list sheet when needed. */
  sheets: { baseName: string; hidden: boolean }[];
  ops: PlannedOp[];
  /** What will be left out, one per code and sheet (index into `sheets`). */
  notes: PlanNote[];
}

export interface PlanNote {
  sheet: number;
  code: IssueCode;
}

// ---------------------------------------------------------------------------------------------
// The plan

export interface PlanOptions {
  /** JSON bytes of one `Range.formulas` write at most; default {@link MAX_CELLS_OP_BYTES}. */
  maxCellsOpBytes?: number;
}

export function planReport(doc: ReportDoc, caps: Capabilities, options: PlanOptions = {}): ReportPlan {
  const maxCellsOpBytes = options.maxCellsOpBytes ?? MAX_CELLS_OP_BYTES;
  const notes = new NoteSet();
  const ops: PlannedOp[] = [];
  const sheets: ReportPlan["sheets"] = doc.sheets.map((s) => ({ baseName: s.name, hidden: false }));
  const listSheet = doc.sheets.length;
  const lists = new ListColumns();

  doc.sheets.forEach((sheet, index) => {
    const add = (op: SheetOp): void => {
      ops.push({ sheet: index, op, bytes: estimateBytes(op) });
    };
    planSheet(sheet, doc.styles, caps, add, notes.for(index), lists, maxCellsOpBytes);
  });

  if (lists.size > 0) {
    sheets.push({ baseName: LIST_SHEET_NAME, hidden: true });
    for (const op of lists.ops()) ops.push({ sheet: listSheet, op, bytes: estimateBytes(op) });
    // Each validation that reads the list sheet waits for it: they are queued after its cells.
    const pending = ops.filter((p) => p.op.kind === "rangeValidation");
    const rest = ops.filter((p) => p.op.kind !== "rangeValidation");
    ops.length = 0;
    ops.push(...rest, ...pending);
  }
  return { sheets, ops, notes: notes.list() };
}

type Note = (code: IssueCode) => void;

function planSheet(
  sheet: ReportSheet,
  styles: Record<string, CellStyle>,
  caps: Capabilities,
  add: (op: SheetOp) => void,
  note: Note,
  lists: ListColumns,
  maxCellsOpBytes: number,
): void {
  // Cells, merges and the style of every cell (merge-covered cells take the top-left's).
  const grid = new Map<number, { input: string | number; styleId: string }>();
  for (const cell of sheet.cells) {
    if (!inRows(cell.row) || !inCols(cell.col)) {
      note("report-cell-outside");
      continue;
    }
    grid.set(cellKey(cell.row, cell.col), {
      input: cellInput(cell.content),
      styleId: styleId(cell.style, cell.content.kind === "date"),
    });
  }
  const merges = validMerges(sheet.merges, note);
  const styleOf = new Map<number, string>();
  for (const [key, cell] of grid) styleOf.set(key, cell.styleId);
  for (const m of merges) {
    const master = styleOf.get(cellKey(m.top, m.left));
    if (master === undefined) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        // A covered cell keeps a style of its own; one without ("v:", "d:") takes the top-left's.
        const key = cellKey(r, c);
        const current = styleOf.get(key);
        if (current === undefined || current.endsWith(":")) styleOf.set(key, master);
      }
    }
  }

  for (const op of cellOps(grid, maxCellsOpBytes)) add(op);
  for (const op of numberFormatOps(styleOf, styles)) add(op);
  for (const op of formatOps(styleOf, styles, caps, note)) add(op);
  for (const m of merges) add({ kind: "merge", address: blockAddress(m) });
  for (const op of widthOps(sheet.columnWidths)) add(op);
  for (const op of heightOps(sheet.rowHeights)) add(op);

  for (const v of sheet.validations) {
    const values = v.values.map((x) => cleanText(x).replace(/\n/g, " "));
    if (!caps.validation || !isValidBlock(v.block) || values.length === 0) {
      note("report-validation-skipped");
      continue;
    }
    const inline = values.join(",");
    if (inline.length <= MAX_INLINE_LIST && !values.some((x) => x.includes(",") || x.includes('"'))) {
      add({ kind: "listValidation", address: blockAddress(v.block), source: inline });
    } else {
      add({ kind: "rangeValidation", address: blockAddress(v.block), listAddress: lists.address(values) });
    }
  }

  if (sheet.freezeRows > 0) {
    const rows = Math.floor(sheet.freezeRows);
    if (caps.freeze && inRows(rows + 1)) add({ kind: "freezeRows", rows });
    else note("report-freeze-skipped");
  }

  if (sheet.chart) {
    const chart = planChart(sheet.chart, caps);
    if (chart) add({ kind: "chart", chart });
    else note("report-chart-skipped");
  }

  if (caps.pageLayout) add({ kind: "page", page: planPage(sheet.page) });
  else note("report-page-setup-skipped");
}

/** Style ids as the .xlsx host keys its style cache: dates without a format get one. */
function styleId(key: string | undefined, isDate: boolean): string {
  return `${isDate ? "d" : "v"}:${key ?? ""}`;
}

function parseStyleId(id: string): { isDate: boolean; key: string | undefined } {
  const key = id.slice(2);
  return { isDate: id.startsWith("d:"), key: key === "" ? undefined : key };
}

function styleFor(styles: Record<string, CellStyle>, key: string | undefined): CellStyle {
  return key !== undefined && Object.hasOwn(styles, key) ? (styles[key] ?? {}) : {};
}

/** The merges both hosts write (see usableMerges), with a note when some were skipped. */
function validMerges(merges: CellBlock[], note: Note): CellBlock[] {
  const usable = usableMerges(merges);
  if (usable.skipped > 0) note("report-merge-skipped");
  return usable.merges;
}

// ---------------------------------------------------------------------------------------------
// Cell values: row blocks of the bounding box, "" where the doc has nothing

function cellOps(grid: Map<number, { input: string | number }>, maxBytes: number): SheetOp[] {
  if (grid.size === 0) return [];
  let top = MAX_ROWS;
  let bottom = 1;
  let left = MAX_COLS;
  let right = 1;
  for (const key of grid.keys()) {
    const { row, col } = fromKey(key);
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, col);
    right = Math.max(right, col);
  }
  const ops: SheetOp[] = [];
  let rows: (string | number)[][] = [];
  let first = top;
  let bytes = 0;
  for (let r = top; r <= bottom; r++) {
    const row: (string | number)[] = [];
    for (let c = left; c <= right; c++) row.push(grid.get(cellKey(r, c))?.input ?? "");
    const rowBytes = jsonBytes(JSON.stringify(row)) + 1;
    if (rows.length > 0 && bytes + rowBytes > maxBytes) {
      ops.push({
        kind: "cells",
        address: blockAddress({ top: first, left, bottom: r - 1, right }),
        formulas: rows,
      });
      rows = [];
      first = r;
      bytes = 0;
    }
    rows.push(row);
    bytes += rowBytes;
  }
  ops.push({ kind: "cells", address: blockAddress({ top: first, left, bottom, right }), formulas: rows });
  return ops;
}

// ---------------------------------------------------------------------------------------------
// Formats: cells grouped by style into rectangles, few operations per style

/** `Range.numberFormat` is not on RangeAreas: one operation per rectangle, one value for all cells. */
function numberFormatOps(styleOf: Map<number, string>, styles: Record<string, CellStyle>): SheetOp[] {
  const byFormat = new Map<string, number[]>();
  for (const [key, id] of styleOf) {
    const { isDate, key: styleKey } = parseStyleId(id);
    const format = styleFor(styles, styleKey).numberFormat ?? (isDate ? DEFAULT_DATE_FORMAT : undefined);
    if (!format) continue;
    const list = byFormat.get(format) ?? [];
    list.push(key);
    byFormat.set(format, list);
  }
  const ops: SheetOp[] = [];
  for (const [format, keys] of byFormat) {
    for (const rect of rectangles(keys))
      ops.push({ kind: "numberFormat", address: blockAddress(rect), format });
  }
  return ops;
}

function formatOps(
  styleOf: Map<number, string>,
  styles: Record<string, CellStyle>,
  caps: Capabilities,
  note: Note,
): SheetOp[] {
  const byStyle = new Map<string, number[]>();
  for (const [key, id] of styleOf) {
    const styleKey = parseStyleId(id).key ?? "";
    const list = byStyle.get(styleKey) ?? [];
    list.push(key);
    byStyle.set(styleKey, list);
  }
  const ops: SheetOp[] = [];
  for (const [styleKey, keys] of byStyle) {
    const style = styleFor(styles, styleKey === "" ? undefined : styleKey);
    const { main, insideHorizontal, insideVertical } = formatProps(style, caps, note);
    const rects = rectangles(keys);
    ops.push(...areaOps(rects, main, caps));
    if (insideHorizontal) {
      const tall = rects.filter((r) => r.bottom > r.top);
      ops.push(...areaOps(tall, { borders: { InsideHorizontal: insideHorizontal } }, caps));
    }
    if (insideVertical) {
      const wide = rects.filter((r) => r.right > r.left);
      ops.push(...areaOps(wide, { borders: { InsideVertical: insideVertical } }, caps));
    }
  }
  return ops;
}

/** Rectangles as `getRanges` lists (ExcelApi 1.9), or one operation each. */
function areaOps(rects: CellRange[], format: FormatProps, caps: Capabilities): SheetOp[] {
  if (rects.length === 0) return [];
  const addresses = rects.map(blockAddress);
  if (!caps.rangeAreas) return addresses.map((a) => ({ kind: "format", addresses: [a], format }));
  const ops: SheetOp[] = [];
  let chunk: string[] = [];
  let chars = 0;
  for (const a of addresses) {
    if (
      chunk.length > 0 &&
      (chunk.length >= MAX_AREAS_PER_OP || chars + a.length + 1 > MAX_AREAS_ADDRESS_CHARS)
    ) {
      ops.push({ kind: "format", addresses: chunk, format });
      chunk = [];
      chars = 0;
    }
    chunk.push(a);
    chars += a.length + 1;
  }
  ops.push({ kind: "format", addresses: chunk, format });
  return ops;
}

const HORIZONTAL: Record<string, HorizontalAlignment> = {
  left: "Left",
  center: "Center",
  right: "Right",
  justify: "Justify",
};
const VERTICAL: Record<string, VerticalAlignment> = { top: "Top", middle: "Center", bottom: "Bottom" };
const BORDER: Record<string, BorderSpec> = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  hair: { style: "Continuous", weight: "Hairline" },
  double: { style: "Double" },
};

/** A CellStyle as RangeFormat properties: edges for every area, inside lines for larger ones. */
export function formatProps(
  style: CellStyle,
  caps: Capabilities,
  note: Note = () => undefined,
): { main: FormatProps; insideHorizontal?: BorderSpec; insideVertical?: BorderSpec } {
  const f = style.font ?? {};
  const font: NonNullable<FormatProps["font"]> = {
    name: f.name || DEFAULT_FONT,
    size: positive(f.size) ?? DEFAULT_FONT_SIZE,
  };
  if (f.bold) font.bold = true;
  if (f.italic) font.italic = true;
  if (f.underline) font.underline = "Single";
  const color = hexColor(f.color);
  if (color) font.color = color;
  const main: FormatProps = { font };

  const fill = hexColor(style.fill);
  if (fill) main.fillColor = fill;
  const a = style.align ?? {};
  const h = a.horizontal ? HORIZONTAL[a.horizontal] : undefined;
  if (h) main.horizontalAlignment = h;
  const v = a.vertical ? VERTICAL[a.vertical] : undefined;
  if (v) main.verticalAlignment = v;
  if (a.wrap) main.wrapText = true;
  const indent = positive(a.indent);
  if (indent) {
    if (caps.indent) main.indentLevel = Math.min(250, Math.round(indent));
    else note("report-indent-skipped");
  }

  const b = style.border ?? {};
  const side = (kind: string | undefined): BorderSpec | undefined => (kind ? BORDER[kind] : undefined);
  const borders: Partial<Record<BorderIndex, BorderSpec>> = {};
  const top = side(b.top);
  const bottom = side(b.bottom);
  const leftSide = side(b.left);
  const rightSide = side(b.right);
  if (top) borders.EdgeTop = top;
  if (bottom) borders.EdgeBottom = bottom;
  if (leftSide) borders.EdgeLeft = leftSide;
  if (rightSide) borders.EdgeRight = rightSide;
  if (Object.keys(borders).length > 0) main.borders = borders;
  // Every cell of the style has these sides, so the lines between its cells are drawn too.
  return { main, insideHorizontal: bottom ?? top, insideVertical: rightSide ?? leftSide };
}

function hexColor(color: string | undefined): string | undefined {
  const hex = color?.replace(/^#/, "");
  return hex && /^[0-9a-fA-F]{6}$/.test(hex) ? `#${hex.toUpperCase()}` : undefined;
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * Cells (by key) covered with few rectangles: runs of adjacent cells in each row, stacked while
 * the next row has a run with the same columns. Exact cover, no overlap.
 */
export function rectangles(keys: Iterable<number>): CellRange[] {
  const sorted = [...new Set(keys)].sort((x, y) => x - y);
  const done: CellRange[] = [];
  let open = new Map<string, CellRange>();
  let i = 0;
  while (i < sorted.length) {
    const row = fromKey(sorted[i] as number).row;
    const next = new Map<string, CellRange>();
    while (i < sorted.length && fromKey(sorted[i] as number).row === row) {
      const start = fromKey(sorted[i] as number).col;
      let end = start;
      i++;
      while (i < sorted.length) {
        const p = fromKey(sorted[i] as number);
        if (p.row !== row || p.col !== end + 1) break;
        end = p.col;
        i++;
      }
      const id = `${start}:${end}`;
      const prev = open.get(id);
      if (prev && prev.bottom === row - 1) {
        prev.bottom = row;
        open.delete(id);
        next.set(id, prev);
      } else {
        next.set(id, { top: row, left: start, bottom: row, right: end });
      }
    }
    for (const rect of open.values()) done.push(rect);
    open = next;
  }
  for (const rect of open.values()) done.push(rect);
  return done;
}

// ---------------------------------------------------------------------------------------------
// Column widths and row heights

/**
 * A column width in characters (Excel's unit, as stored in .xlsx files) to points, the unit of
 * `RangeFormat.columnWidth`: pixels = trunc(((256·w + trunc(128/7)) / 256) · 7) for the default
 * font's 7-pixel digit (ECMA-376 §18.3.1.13), points = pixels · 3/4.
 */
export function columnWidthPoints(chars: number): number {
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

function widthOps(widths: number[]): SheetOp[] {
  const ops: SheetOp[] = [];
  let i = 0;
  while (i < widths.length && i < MAX_COLS) {
    const w = widths[i] as number;
    if (!Number.isFinite(w) || w < 0) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < widths.length && j + 1 < MAX_COLS && widths[j + 1] === w) j++;
    ops.push({ kind: "columnWidth", address: columnsAddress(i + 1, j + 1), points: columnWidthPoints(w) });
    i = j + 1;
  }
  return ops;
}

function heightOps(heights: { row: number; height: number }[]): SheetOp[] {
  const byRow = new Map<number, number>();
  for (const { row, height } of heights) {
    if (inRows(row) && Number.isFinite(height) && height >= 0) byRow.set(row, height);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const ops: SheetOp[] = [];
  let i = 0;
  while (i < rows.length) {
    const first = rows[i] as number;
    const height = byRow.get(first) as number;
    let last = first;
    while (i + 1 < rows.length && rows[i + 1] === last + 1 && byRow.get(last + 1) === height) {
      last++;
      i++;
    }
    ops.push({ kind: "rowHeight", address: rowsAddress(first, last), points: height });
    i++;
  }
  return ops;
}

// ---------------------------------------------------------------------------------------------
// Long drop-down lists: one column of the hidden list sheet per distinct list

class ListColumns {
  private readonly columns = new Map<string, { col: number; values: string[] }>();

  get size(): number {
    return this.columns.size;
  }

  /** The absolute block of the list sheet holding `values`. */
  address(values: string[]): string {
    const id = JSON.stringify(values);
    let entry = this.columns.get(id);
    if (!entry) {
      entry = { col: this.columns.size + 1, values };
      this.columns.set(id, entry);
    }
    const a = blockAddress({ top: 1, left: entry.col, bottom: values.length, right: entry.col });
    return a.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  }

  ops(): SheetOp[] {
    const ops: SheetOp[] = [];
    for (const { col, values } of this.columns.values()) {
      ops.push({
        kind: "cells",
        address: blockAddress({ top: 1, left: col, bottom: values.length, right: col }),
        formulas: values.map((v) => [cellInput({ kind: "text", text: v })]),
      });
    }
    ops.push({ kind: "hide" });
    return ops;
  }
}

// ---------------------------------------------------------------------------------------------
// Chart and page

function planChart(spec: ChartSpec, caps: Capabilities): ChartPlan | undefined {
  const { anchor } = spec;
  const place: CellRange = {
    top: anchor.row,
    left: anchor.col,
    bottom: anchor.row + Math.max(1, Math.floor(anchor.rows)) - 1,
    right: anchor.col + Math.max(1, Math.floor(anchor.cols)) - 1,
  };
  const blocks = [spec.categories, ...spec.series.map((s) => s.values)];
  if (spec.series.length === 0 || !isValidBlock(place) || !blocks.every(isValidBlock)) return undefined;
  const base = {
    type: spec.type === "barClustered" ? ("BarClustered" as const) : ("ColumnClustered" as const),
    title: cleanText(spec.title),
    start: blockAddress({ top: place.top, left: place.left, bottom: place.top, right: place.left }),
    end: blockAddress({ top: place.bottom, left: place.right, bottom: place.bottom, right: place.right }),
  };
  if (caps.chartSeries) {
    return {
      ...base,
      mode: "series",
      categories: blockAddress(spec.categories),
      series: spec.series.map((s) => ({
        name: cleanText(s.name),
        values: blockAddress(s.values),
        seriesBy: s.values.left === s.values.right ? "Columns" : "Rows",
      })),
    };
  }
  const source = contiguousBlock(spec);
  if (!source) return undefined;
  return { ...base, mode: "block", ...source, names: spec.series.map((s) => cleanText(s.name)) };
}

/** Categories then series as adjacent single columns (or rows) of the same span: one block. */
function contiguousBlock(spec: ChartSpec): { source: string; seriesBy: "Columns" | "Rows" } | undefined {
  const blocks = [spec.categories, ...spec.series.map((s) => s.values)];
  const first = blocks[0] as CellBlock;
  const last = blocks[blocks.length - 1] as CellBlock;
  const columns = blocks.every(
    (b, i) =>
      b.left === b.right &&
      b.top === first.top &&
      b.bottom === first.bottom &&
      (i === 0 || b.left === (blocks[i - 1] as CellBlock).right + 1),
  );
  if (columns) {
    return {
      source: blockAddress({ top: first.top, left: first.left, bottom: first.bottom, right: last.right }),
      seriesBy: "Columns",
    };
  }
  const rows = blocks.every(
    (b, i) =>
      b.top === b.bottom &&
      b.left === first.left &&
      b.right === first.right &&
      (i === 0 || b.top === (blocks[i - 1] as CellBlock).bottom + 1),
  );
  if (rows) {
    return {
      source: blockAddress({ top: first.top, left: first.left, bottom: last.bottom, right: first.right }),
      seriesBy: "Rows",
    };
  }
  return undefined;
}

/** Millimetres to points (1 in = 25.4 mm = 72 pt), two decimals. */
export function mmToPoints(mm: number): number {
  return Number.isFinite(mm) && mm > 0 ? Math.round((mm * 7200) / 25.4) / 100 : 0;
}

export function planPage(page: PageSetup): PagePlan {
  const top = mmToPoints(page.margins.top);
  const bottom = mmToPoints(page.margins.bottom);
  const plan: PagePlan = {
    orientation: page.orientation === "landscape" ? "Landscape" : "Portrait",
    margins: {
      top,
      bottom,
      left: mmToPoints(page.margins.left),
      right: mmToPoints(page.margins.right),
      // Header and footer inside the top and bottom margins, never over the text.
      header: Math.round(Math.min(HEADER_MARGIN_POINTS, top / 2) * 100) / 100,
      footer: Math.round(Math.min(HEADER_MARGIN_POINTS, bottom / 2) * 100) / 100,
    },
    fitToWidth: page.fitToWidth,
  };
  if (page.printTitleRows) {
    const [first, last] = page.printTitleRows;
    if (inRows(first) && inRows(last) && first <= last) plan.printTitleRows = `$${first}:$${last}`;
  }
  const breaks = (page.rowBreaks ?? []).filter((row) => inRows(row) && row > 1);
  if (breaks.length > 0) plan.rowBreaks = breaks.map((row) => `A${row}`);
  if (page.pageNumbers) plan.pageNumberHeader = `&"${DEFAULT_FONT},Regular"&${PAGE_NUMBER_SIZE}&P`;
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Request size

/**
 * An upper bound of the bytes a JSON text takes on the wire: ASCII 1 byte, any other character 6
 * (its "\uXXXX" escape, more than its 2–3 UTF-8 bytes), a surrogate pair 12. Whichever way
 * Office.js encodes Vietnamese text, the estimate is not below it.
 */
export function jsonBytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) bytes += text.charCodeAt(i) < 0x80 ? 1 : 6;
  return bytes;
}

/** Objects and property sets an operation queues (each is one action of the batch). */
function actionCount(op: SheetOp): number {
  switch (op.kind) {
    case "format":
      // getRange(s), format, font, fill, borders, and one per property / border edge (getItem + 2 sets).
      return 6 + countLeaves(op.format) + 3 * Object.keys(op.format.borders ?? {}).length;
    case "chart":
      return 10 + 6 * (op.chart.mode === "series" ? op.chart.series.length : op.chart.names.length);
    case "page":
      return 24;
    default:
      return 4;
  }
}

function countLeaves(value: unknown): number {
  if (value === null || typeof value !== "object") return 1;
  let n = 0;
  for (const v of Object.values(value)) n += countLeaves(v);
  return n;
}

/** Estimated request bytes of one operation: fixed cost per action plus its JSON arguments. */
export function estimateBytes(op: SheetOp): number {
  return ACTION_BYTES * actionCount(op) + jsonBytes(JSON.stringify(op));
}

/**
 * Operations cut, in order, into batches of at most `budget` estimated bytes. An operation larger
 * than the budget gets a batch of its own (the caller refuses plans that need too many batches).
 */
export function splitBatches(ops: PlannedOp[], budget: number): PlannedOp[][] {
  const batches: PlannedOp[][] = [];
  let current: PlannedOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length > 0 && bytes + op.bytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

// ---------------------------------------------------------------------------------------------
// Sheet names

// ---------------------------------------------------------------------------------------------
// Helpers

/** Notes per sheet, each code once per sheet. */
class NoteSet {
  private readonly seen = new Set<string>();
  private readonly notes: PlanNote[] = [];

  for(sheet: number): Note {
    return (code) => {
      const id = `${sheet}:${code}`;
      if (this.seen.has(id)) return;
      this.seen.add(id);
      this.notes.push({ sheet, code });
    };
  }

  list(): PlanNote[] {
    return this.notes;
  }
}
