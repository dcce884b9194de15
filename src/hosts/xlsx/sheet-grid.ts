/**
 * An ExcelJS worksheet to a {@link Grid}. Browser-safe: only ExcelJS objects in memory, no I/O.
 *
 * ExcelJS facts this relies on (4.4.0):
 * - A cell covered by a merge reports the top-left cell's value; its `type` is `ValueType.Merge` and
 *   `master` is the top-left cell. We turn such cells into null and list the merge in `merges`.
 * - `rowCount` follows the last `<row>` element, even an empty styled one (row 1048576 is common);
 *   the `<dimension>` element is ignored. We iterate only cells that hold something and size the grid
 *   from them.
 * - `cell.font` is the font of the cell's own style (`s` > 0); a cell with no style or style 0 has no
 *   `font`, and then shows the workbook's default font (font 0 of styles.xml, the Normal style's),
 *   which the caller passes as `defaultFont`. A rich-text run's own font is in its `font`.
 */

import type { CellValue as ExcelCellValue, Worksheet } from "exceljs";
import { ValueType } from "exceljs";
import { columnLetter } from "../../core/address";
import { legacyFontEncoding } from "../../core/text/legacy";
import { legacyFontBlocks } from "../../core/text/legacy-blocks";
import type { CellRange, CellValue, Grid } from "../../core/types";

/** Grids larger than this are cut (a stray value at XFD1048576 must not allocate 17 G cells). */
export const MAX_GRID_CELLS = 4_000_000;
/** When a grid must be cut, columns beyond this go first: no staffing table is that wide. */
export const MAX_GRID_COLS = 1024;

export interface SheetGrid {
  grid: Grid;
  /** Set when the sheet was larger than the limits: the last row and column kept. */
  truncated?: { rows: number; cols: number };
}

type Raw = ExcelCellValue | { text?: unknown } | undefined;

/** One ExcelJS cell value to the engine's CellValue (formulas give their cached result). */
export function toCellValue(value: Raw): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== "object") return null;
  const obj = value as Record<string, unknown>;
  if (typeof obj.error === "string") return { error: obj.error };
  if (Array.isArray(obj.richText)) return richText(obj.richText);
  if ("formula" in obj || "sharedFormula" in obj || "result" in obj) {
    const result = toCellValue(obj.result as Raw);
    return result === "" ? null : result;
  }
  // Hyperlink: { text, hyperlink }; its text may itself be rich text.
  if ("text" in obj) return toCellValue(obj.text as Raw);
  return null;
}

function richText(runs: unknown[]): string {
  return runs
    .map((run) => (run && typeof run === "object" ? String((run as { text?: unknown }).text ?? "") : ""))
    .join("");
}

function isEmptyValue(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * The font a text cell shows: its rich-text runs' one font when they agree, else the cell's own,
 * else the workbook's default.
 */
function fontOf(
  cell: { value: unknown; font?: { name?: unknown } },
  defaultFont: string | undefined,
): string | undefined {
  const value = cell.value as { richText?: unknown } | null;
  if (value && typeof value === "object" && Array.isArray(value.richText)) {
    let runFont: string | undefined;
    for (const run of value.richText as { text?: unknown; font?: { name?: unknown } }[]) {
      if (!run || String(run.text ?? "").trim() === "") continue;
      const name = typeof run.font?.name === "string" ? run.font.name : undefined;
      if (name === undefined || (runFont !== undefined && runFont !== name)) {
        runFont = undefined;
        break;
      }
      runFont = name;
    }
    if (runFont !== undefined) return runFont;
  }
  const name = cell.font?.name;
  return typeof name === "string" && name !== "" ? name : defaultFont;
}

/**
 * The sheet's used block from A1, with merges and the blocks of text set in a legacy Vietnamese
 * font (`fonts`); never sized by declared dimensions. `name` is the sheet's name as the file has
 * it (ExcelJS's may be a stand-in: see open-bytes.ts); `defaultFont` the workbook's default font.
 */
export function worksheetToGrid(ws: Worksheet, name: string = ws.name, defaultFont?: string): SheetGrid {
  const values: { row: number; col: number; value: CellValue; font?: string }[] = [];
  let legacy = false;
  const merges = new Map<string, CellRange>();
  let lastRow = 0;
  let lastCol = 0;

  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ValueType.Merge) {
        const master = cell.master;
        const key = master.address;
        const top = Number(master.row);
        const left = Number(master.col);
        const range = merges.get(key) ?? { top, left, bottom: top, right: left };
        range.bottom = Math.max(range.bottom, rowNumber);
        range.right = Math.max(range.right, colNumber);
        range.top = Math.min(range.top, rowNumber);
        range.left = Math.min(range.left, colNumber);
        merges.set(key, range);
        return;
      }
      const value = toCellValue(cell.value as Raw);
      if (value === null || value === "") return;
      if (typeof value === "string") {
        const font = fontOf(cell, defaultFont);
        if (font !== undefined && legacyFontEncoding(font)) {
          values.push({ row: rowNumber, col: colNumber, value, font });
          legacy = true;
        } else values.push({ row: rowNumber, col: colNumber, value });
      } else values.push({ row: rowNumber, col: colNumber, value });
      // Whitespace-only text far away (a stray space) does not widen the grid by itself.
      if (!isEmptyValue(value)) {
        lastRow = Math.max(lastRow, rowNumber);
        lastCol = Math.max(lastCol, colNumber);
      }
    });
  });

  let truncated: SheetGrid["truncated"];
  if (lastRow * lastCol > MAX_GRID_CELLS) {
    lastCol = Math.min(lastCol, MAX_GRID_COLS);
    lastRow = Math.min(lastRow, Math.floor(MAX_GRID_CELLS / lastCol));
    truncated = { rows: lastRow, cols: lastCol };
  }

  const cells: CellValue[][] = [];
  for (let r = 0; r < lastRow; r++) cells.push(new Array<CellValue>(lastCol).fill(null));
  for (const { row, col, value } of values) {
    if (row <= lastRow && col <= lastCol) (cells[row - 1] as CellValue[])[col - 1] = value;
  }

  const grid: Grid = { sheet: name, origin: { row: 1, col: 1 }, cells };
  if (merges.size > 0) {
    grid.merges = [...merges.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  }
  if (legacy) {
    const fonts = legacyFonts(values, lastRow, lastCol, cells);
    if (fonts.length > 0) grid.fonts = fonts;
  }
  return truncated ? { grid, truncated } : { grid };
}

/** The legacy font blocks of the grid, from the fonts of its text cells (a byte a cell while building). */
function legacyFonts(
  values: readonly { row: number; col: number; font?: string }[],
  lastRow: number,
  lastCol: number,
  cells: CellValue[][],
): NonNullable<Grid["fonts"]> {
  const names: string[] = [];
  const codes = new Uint8Array(lastRow * lastCol);
  for (const { row, col, font } of values) {
    if (font === undefined || row > lastRow || col > lastCol) continue;
    let code = names.indexOf(font) + 1;
    if (code === 0) {
      if (names.length >= 255) continue;
      code = names.push(font);
    }
    codes[(row - 1) * lastCol + (col - 1)] = code;
  }
  return legacyFontBlocks(cells, { row: 1, col: 1 }, (i, j) => {
    const code = codes[i * lastCol + j] as number;
    return code === 0 ? undefined : names[code - 1];
  });
}

/** "A1:Z400": the kept block, for the truncation message. */
export function keptRange(rows: number, cols: number): string {
  return `A1:${columnLetter(cols)}${rows}`;
}
