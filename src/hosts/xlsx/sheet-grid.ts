/**
 * The cells read from a sheet to a {@link Grid}: its used block from A1, never sized by declared
 * dimensions, with merges and the blocks of text set in a legacy Vietnamese font (`fonts`).
 * Browser-safe: no I/O.
 *
 * What this keeps from the ExcelJS-era reader (tests pin it):
 * - a cell covered by a merge (not its top-left) is null and does not widen the grid; the merge
 *   is listed in `merges`, sorted by top then left;
 * - blank text ("   ") is kept where it is but does not widen the grid by itself; "" is no value;
 * - a grid over {@link MAX_GRID_CELLS} is cut, columns beyond {@link MAX_GRID_COLS} first.
 */

import { columnLetter } from "../../core/address";
import { legacyFontBlocks } from "../../core/text/legacy-blocks";
import type { CellRange, CellValue, Grid } from "../../core/types";
import { XlsxCorrupt } from "./stream/xml";

/** Grids larger than this are cut (a stray value at XFD1048576 must not allocate 17 G cells). */
export const MAX_GRID_CELLS = 4_000_000;
/** When a grid must be cut, columns beyond this go first: no staffing table is that wide. */
export const MAX_GRID_COLS = 1024;
/** Entry-in-merge checks allowed per sheet: overlapping whole-sheet merges must not hang the reader. */
const MAX_MERGE_WORK = 50_000_000;

export interface SheetGrid {
  grid: Grid;
  /** Set when the sheet was larger than the limits: the last row and column kept. */
  truncated?: { rows: number; cols: number };
}

/** A text cell shown in a legacy Vietnamese font. */
export interface LegacyCell {
  row: number;
  col: number;
  font: string;
}

/** Text of spaces only: kept in its cell, but it does not widen a grid by itself. */
export function isBlankText(s: string): boolean {
  // Fast path: text starting with a visible ASCII character is not blank.
  const c = s.charCodeAt(0);
  return !(c > 0x20 && c < 0x7f) && s.trim() === "";
}

/**
 * A sheet's `n` non-empty cells as parallel typed lists, in any order (a later entry for the same
 * cell wins): no boxed number per cell. Entry k is at 1-based row `rowOf[k]` and column `colOf[k]`;
 * its value is a number (`kindOf[k]` {@link NUMBER}: `numOf[k]` itself), a shared string
 * ({@link SHARED}: `strings[numOf[k]]`) or anything else ({@link OTHER}: `others[numOf[k]]`).
 */
export interface SheetCells {
  n: number;
  rowOf: Int32Array;
  colOf: Int32Array;
  kindOf: Uint8Array;
  numOf: Float64Array;
  strings: readonly string[];
  /** 1 where `strings[i]` is blank text ({@link isBlankText}). */
  blankStrings: Uint8Array;
  others: readonly CellValue[];
}

export const NUMBER = 0;
export const SHARED = 1;
export const OTHER = 2;

function valueAt(cells: SheetCells, k: number): CellValue {
  const kind = cells.kindOf[k];
  const v = cells.numOf[k] as number;
  return kind === NUMBER
    ? v
    : kind === SHARED
      ? (cells.strings[v] as string)
      : (cells.others[v] as CellValue);
}

/** The grid of a sheet from its non-empty cells, its merged areas and its legacy-font text cells. */
export function buildGrid(
  name: string,
  entries: SheetCells,
  merges: readonly CellRange[],
  legacy: readonly LegacyCell[] = [],
): SheetGrid {
  const { n, rowOf, colOf } = entries;
  const covered = merges.length > 0 ? coveredEntries(n, rowOf, colOf, merges) : undefined;
  let lastRow = 0;
  let lastCol = 0;
  const { kindOf, numOf, blankStrings, others } = entries;
  for (let k = 0; k < n; k++) {
    if (covered?.[k] === 1) continue;
    // Blank text does not widen the grid; shared strings are looked up in the flags, not read.
    const kind = kindOf[k];
    if (kind === SHARED) {
      if (blankStrings[numOf[k] as number] === 1) continue;
    } else if (kind === OTHER) {
      const v = others[numOf[k] as number];
      if (typeof v === "string" && isBlankText(v)) continue;
    }
    const row = rowOf[k] as number;
    const col = colOf[k] as number;
    if (row > lastRow) lastRow = row;
    if (col > lastCol) lastCol = col;
  }

  let truncated: SheetGrid["truncated"];
  if (lastRow * lastCol > MAX_GRID_CELLS) {
    lastCol = Math.min(lastCol, MAX_GRID_COLS);
    lastRow = Math.min(lastRow, Math.floor(MAX_GRID_CELLS / lastCol));
    truncated = { rows: lastRow, cols: lastCol };
  }

  const cells: CellValue[][] = new Array<CellValue[]>(lastRow);
  // Wider rows: copies of one blank row, cheaper than filling a new array per row.
  const blank = new Array<CellValue>(lastCol).fill(null);
  const narrow = lastCol < BLANK_ROWS.length;
  for (let r = 0; r < lastRow; r++)
    cells[r] = narrow ? (BLANK_ROWS[lastCol] as () => CellValue[])() : blank.slice();
  for (let k = 0; k < n; k++) {
    if (covered?.[k] === 1) continue;
    const row = rowOf[k] as number;
    const col = colOf[k] as number;
    if (row <= lastRow && col <= lastCol) (cells[row - 1] as CellValue[])[col - 1] = valueAt(entries, k);
  }

  const grid: Grid = { sheet: name, origin: { row: 1, col: 1 }, cells };
  if (merges.length > 0) {
    // One merge per top-left cell (a file may repeat one), sorted as ExcelJS's reader gave them.
    const byMaster = new Map<string, CellRange>();
    for (const m of merges) {
      const key = `${m.top}:${m.left}`;
      if (!byMaster.has(key)) byMaster.set(key, { ...m });
    }
    grid.merges = [...byMaster.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  }
  const kept = legacy.filter(
    ({ row, col }) => row <= lastRow && col <= lastCol && typeof cells[row - 1]?.[col - 1] === "string",
  );
  if (kept.length > 0) {
    const fonts = legacyFonts(kept, lastCol, cells);
    if (fonts.length > 0) grid.fonts = fonts;
  }
  return truncated ? { grid, truncated } : { grid };
}

/**
 * A blank row of each width up to 16, from an array literal. V8 notes where a literal's arrays are
 * made and, once it sees that nearly all of them outlive a young-generation collection (as a grid's
 * rows do), makes the rest directly in the old generation. Rows copied with `slice` were instead
 * copied twice more by the collector: measured on a 100,000-row roster, the collections during a
 * read took 135 ms over 20 reads with `slice`, 35 ms with these. The elements are a variable, not
 * the constant `null`: a literal of constants shares one copy-on-write store, copied (young) at the
 * row's first write. Called through the table on each row: the same function taken out of it once
 * before the loop was, measured, not pretenured.
 */
const N = null;
const BLANK_ROWS: readonly (() => CellValue[])[] = [
  () => [],
  () => [N],
  () => [N, N],
  () => [N, N, N],
  () => [N, N, N, N],
  () => [N, N, N, N, N],
  () => [N, N, N, N, N, N],
  () => [N, N, N, N, N, N, N],
  () => [N, N, N, N, N, N, N, N],
  () => [N, N, N, N, N, N, N, N, N],
  () => [N, N, N, N, N, N, N, N, N, N],
  () => [N, N, N, N, N, N, N, N, N, N, N],
  () => [N, N, N, N, N, N, N, N, N, N, N, N],
  () => [N, N, N, N, N, N, N, N, N, N, N, N, N],
  () => [N, N, N, N, N, N, N, N, N, N, N, N, N, N],
  () => [N, N, N, N, N, N, N, N, N, N, N, N, N, N, N],
  () => [N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N],
];

/**
 * 1 for each entry inside a merged area but not its top-left cell. Entries are grouped by row (in
 * file order they already are), and each merge visits only the rows it spans that hold entries.
 */
function coveredEntries(
  n: number,
  rowOf: ArrayLike<number>,
  colOf: ArrayLike<number>,
  merges: readonly CellRange[],
): Uint8Array {
  const covered = new Uint8Array(n);
  let order: number[] | undefined;
  for (let k = 1; k < n; k++) {
    if ((rowOf[k] as number) < (rowOf[k - 1] as number)) {
      order = Array.from({ length: n }, (_, i) => i).sort(
        (a, b) => (rowOf[a] as number) - (rowOf[b] as number) || a - b,
      );
      break;
    }
  }
  if (!order) {
    // In row order (as files have them): each merge finds its first row's entries by bisection.
    let work = 0;
    for (const m of merges) {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((rowOf[mid] as number) < m.top) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < n; k++) {
        const row = rowOf[k] as number;
        if (row > m.bottom) break;
        if (++work > MAX_MERGE_WORK) throw new XlsxCorrupt("too many merged cells");
        const col = colOf[k] as number;
        if (col >= m.left && col <= m.right && (row !== m.top || col !== m.left)) covered[k] = 1;
      }
    }
    return covered;
  }
  const at = (i: number): number => (order ? (order[i] as number) : i);
  // Distinct rows, and where each one's entries start in `order`.
  const rows: number[] = [];
  const starts: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = rowOf[at(i)] as number;
    if (rows.length === 0 || rows[rows.length - 1] !== row) {
      rows.push(row);
      starts.push(i);
    }
  }
  starts.push(n);
  let work = 0;
  for (const m of merges) {
    // First distinct row ≥ m.top.
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((rows[mid] as number) < m.top) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < rows.length && (rows[j] as number) <= m.bottom; j++) {
      const row = rows[j] as number;
      const end = starts[j + 1] as number;
      work += end - (starts[j] as number);
      if (work > MAX_MERGE_WORK) throw new XlsxCorrupt("too many merged cells");
      for (let i = starts[j] as number; i < end; i++) {
        const k = at(i);
        const col = colOf[k] as number;
        if (col >= m.left && col <= m.right && (row !== m.top || col !== m.left)) covered[k] = 1;
      }
    }
  }
  return covered;
}

/** The legacy font blocks of the grid, from the fonts of its text cells (a byte a cell while building). */
function legacyFonts(
  cellsInFont: readonly LegacyCell[],
  lastCol: number,
  cells: CellValue[][],
): NonNullable<Grid["fonts"]> {
  const names: string[] = [];
  const codes = new Uint8Array(cells.length * lastCol);
  for (const { row, col, font } of cellsInFont) {
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
