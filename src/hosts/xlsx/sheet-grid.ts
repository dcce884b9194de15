/**
 * An ExcelJS worksheet to a {@link Grid}. Browser-safe: only ExcelJS objects in memory, no I/O.
 *
 * ExcelJS facts this relies on (4.4.0):
 * - A cell covered by a merge reports the top-left cell's value; its `type` is `ValueType.Merge` and
 *   `master` is the top-left cell. We turn such cells into null and list the merge in `merges`.
 * - `rowCount` follows the last `<row>` element, even an empty styled one (row 1048576 is common);
 *   the `<dimension>` element is ignored. We iterate only cells that hold something and size the grid
 *   from them.
 */

import type { CellValue as ExcelCellValue, Worksheet } from "exceljs";
import { ValueType } from "exceljs";
import { columnLetter } from "../../core/address";
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
 * The sheet's used block from A1, with merges; never sized by declared dimensions. `name` is the
 * sheet's name as the file has it (ExcelJS's may be a stand-in: see open-bytes.ts).
 */
export function worksheetToGrid(ws: Worksheet, name: string = ws.name): SheetGrid {
  const values: { row: number; col: number; value: CellValue }[] = [];
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
      values.push({ row: rowNumber, col: colNumber, value });
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
  return truncated ? { grid, truncated } : { grid };
}

/** "A1:Z400": the kept block, for the truncation message. */
export function keptRange(rows: number, cols: number): string {
  return `A1:${columnLetter(cols)}${rows}`;
}
