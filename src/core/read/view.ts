import type { CellValue, Grid } from "../types";
import { cleanText } from "../text/normalize";

/** Most cells a merge map will index; merges past it are ignored (hostile files). */
const MAX_MERGED_CELLS = 1_000_000;
/** Widest grid the reader looks at (Excel's own limit). */
const MAX_COLS = 16_384;

/**
 * Read-only view of a grid with relative indices (0-based) and merge look-ups, so the reader never
 * indexes past a ragged row and can see a merged header's text in every cell it covers.
 */
export class GridView {
  readonly rows: number;
  readonly cols: number;
  private readonly masters = new Map<number, number>();

  constructor(readonly grid: Grid) {
    const cells = Array.isArray(grid.cells) ? grid.cells : [];
    this.rows = cells.length;
    let cols = 0;
    for (const row of cells) if (Array.isArray(row) && row.length > cols) cols = row.length;
    this.cols = Math.min(cols, MAX_COLS);
    let budget = MAX_MERGED_CELLS;
    for (const m of grid.merges ?? []) {
      const top = m.top - grid.origin.row;
      const left = m.left - grid.origin.col;
      const bottom = Math.min(m.bottom - grid.origin.row, this.rows - 1);
      const right = Math.min(m.right - grid.origin.col, this.cols - 1);
      if (top < 0 || left < 0 || bottom < top || right < left) continue;
      const size = (bottom - top + 1) * (right - left + 1);
      if (size > budget) continue;
      budget -= size;
      const master = top * this.cols + left;
      for (let i = top; i <= bottom; i++) {
        for (let j = left; j <= right; j++)
          if (i !== top || j !== left) this.masters.set(i * this.cols + j, master);
      }
    }
  }

  get sheet(): string {
    return this.grid.sheet;
  }

  absRow(i: number): number {
    return this.grid.origin.row + i;
  }

  absCol(j: number): number {
    return this.grid.origin.col + j;
  }

  raw(i: number, j: number): CellValue {
    const row = this.grid.cells[i];
    return Array.isArray(row) ? row[j] : undefined;
  }

  /** The value shown in a cell: a merged cell shows its master's value when `fillMerged`. */
  value(i: number, j: number, fillMerged: boolean): CellValue {
    const v = this.raw(i, j);
    if (!fillMerged || !isEmpty(v)) return v;
    const master = this.masters.get(i * this.cols + j);
    if (master === undefined) return v;
    return this.raw(Math.floor(master / this.cols), master % this.cols);
  }

  /** Whether the cell is covered by a merge that started in an earlier row (vertical merge). */
  mergedFromAbove(i: number, j: number): boolean {
    const master = this.masters.get(i * this.cols + j);
    return master !== undefined && Math.floor(master / this.cols) < i;
  }

  text(i: number, j: number, fillMerged = false): string {
    return cellText(this.value(i, j, fillMerged));
  }
}

export function isEmpty(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && cleanText(v) === "");
}

/** A cell's value as display text (NFC, tidy spaces); error values as their code. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return cleanText(v);
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v === "object" && v !== null && "error" in v) return String(v.error);
  return "";
}
