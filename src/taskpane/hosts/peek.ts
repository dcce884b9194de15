/**
 * The top-left corner of a sheet that {@link Host.peekSheets} gives: rows 1 to PEEK_ROWS and
 * columns A to PEEK_COLS of the sheet (where the reader looks for a header), with the merged areas
 * and legacy-font blocks cut to it. Used by the hosts that hold whole grids (the reader worker,
 * the memory host); Excel asks for the same block directly.
 */
import type { CellRange, Grid } from "../../core/types";
import { PEEK_COLS, PEEK_ROWS } from "../host";

const clip = <T extends CellRange>(area: T, bottom: number, right: number): T | undefined =>
  area.top > bottom || area.left > right
    ? undefined
    : { ...area, bottom: Math.min(area.bottom, bottom), right: Math.min(area.right, right) };

export function peekGrid(grid: Grid, rows = PEEK_ROWS, cols = PEEK_COLS): Grid {
  const { row, col } = grid.origin;
  const keepRows = Math.max(0, rows - row + 1);
  const keepCols = Math.max(0, cols - col + 1);
  const out: Grid = {
    sheet: grid.sheet,
    origin: { row, col },
    cells: grid.cells.slice(0, keepRows).map((r) => r.slice(0, keepCols)),
  };
  const merges = (grid.merges ?? [])
    .map((m) => clip(m, rows, cols))
    .filter((m): m is CellRange => m !== undefined);
  if (merges.length > 0) out.merges = merges;
  const fonts = (grid.fonts ?? [])
    .map((f) => clip(f, rows, cols))
    .filter((f): f is CellRange & { font: string } => f !== undefined);
  if (fonts.length > 0) out.fonts = fonts;
  return out;
}
