import { cellKey, isValidBlock } from "./grid";
import type { CellBlock } from "./types";

/**
 * The merges a host can write: inside Excel's grid, larger than one cell, not overlapping an
 * earlier one. Both hosts write exactly these, so Excel and .xlsx files get the same merges;
 * `skipped` counts the rejected blocks (single cells are dropped silently: nothing to merge).
 */
export function usableMerges(merges: readonly CellBlock[]): { merges: CellBlock[]; skipped: number } {
  const covered = new Set<number>();
  const out: CellBlock[] = [];
  let skipped = 0;
  for (const m of merges) {
    if (!isValidBlock(m)) {
      skipped++;
      continue;
    }
    if (m.top === m.bottom && m.left === m.right) continue;
    let overlaps = false;
    for (let r = m.top; r <= m.bottom && !overlaps; r++) {
      for (let c = m.left; c <= m.right && !overlaps; c++) overlaps = covered.has(cellKey(r, c));
    }
    if (overlaps) {
      skipped++;
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) covered.add(cellKey(r, c));
    out.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  }
  return { merges: out, skipped };
}
