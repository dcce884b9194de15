/**
 * Excel's grid as both report writers (Office.js and ExcelJS) address it: its limits, cells as
 * numbers for sets and maps, blocks as "B3:F20". Pure.
 */

import { columnLetter } from "../core/address";
import type { CellRange } from "../core/types";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function inRows(row: number): boolean {
  return Number.isInteger(row) && row >= 1 && row <= MAX_ROWS;
}

export function inCols(col: number): boolean {
  return Number.isInteger(col) && col >= 1 && col <= MAX_COLS;
}

/** A valid block inside Excel's grid, corners in order. */
export function isValidBlock(b: CellRange): boolean {
  return (
    inRows(b.top) &&
    inRows(b.bottom) &&
    inCols(b.left) &&
    inCols(b.right) &&
    b.top <= b.bottom &&
    b.left <= b.right
  );
}

/** A cell as one number (for sets and maps of cells); {@link fromKey} reverses it. */
export function cellKey(row: number, col: number): number {
  return row * (MAX_COLS + 1) + col;
}

export function fromKey(key: number): { row: number; col: number } {
  return { row: Math.floor(key / (MAX_COLS + 1)), col: key % (MAX_COLS + 1) };
}

/** "B3:F20", or "B3" for one cell (no sheet part). */
export function blockAddress(b: CellRange): string {
  const first = `${columnLetter(b.left)}${b.top}`;
  return b.top === b.bottom && b.left === b.right ? first : `${first}:${columnLetter(b.right)}${b.bottom}`;
}
