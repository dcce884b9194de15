/**
 * The legacy font blocks of a grid (`Grid.fonts`) from each cell's font, for the hosts: a handful
 * of blocks for a sheet typed in .VnTime, not one per cell.
 */

import type { CellRange, CellValue } from "../types";
import { legacyFontEncoding } from "./legacy";

export type FontBlock = CellRange & { font: string };

/**
 * Blocks of cells set in a legacy font (one `legacyFontEncoding` knows), coalesced. Only text
 * cells are asked for their font (`fontAt(i, j)`, relative indices, undefined for the default or a
 * Unicode font); the font of the others does not matter, so a block may cover them:
 * - in a row, a run of cells in one font reaches over the cells between (numbers, empty cells,
 *   and plain ASCII text, which no font but an upper-case one changes) up to the next text cell in
 *   another font, and to the row's ends;
 * - runs of the same columns and font in rows that follow each other, with rows without text
 *   between them, make one block.
 */
export function legacyFontBlocks(
  cells: readonly (readonly CellValue[] | undefined)[],
  origin: { row: number; col: number },
  fontAt: (i: number, j: number) => string | undefined,
): FontBlock[] {
  let width = 0;
  for (const row of cells) if (Array.isArray(row) && row.length > width) width = row.length;
  const blocks: FontBlock[] = [];
  /** Blocks the last row with text ended in, by "left,right,font" (relative columns). */
  let open = new Map<string, FontBlock>();
  const runs: { start: number; font: string | null; upper: boolean }[] = [];
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i];
    if (!Array.isArray(row)) continue;
    runs.length = 0;
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== "string" || v.trim() === "") continue;
      const name = fontAt(i, j);
      const legacy = name !== undefined ? legacyFontEncoding(name) : undefined;
      const cur = runs[runs.length - 1];
      // Plain ASCII reads the same in every font but an upper-case one.
      if (isAscii(v) && !legacy?.upper && !cur?.upper) continue;
      const font = legacy ? (name as string) : null;
      if (cur && cur.font === font) continue;
      runs.push({ start: cur ? j : 0, font, upper: legacy?.upper ?? false });
    }
    if (runs.length === 0) continue; // no text whose font matters: blocks go on through
    const next = new Map<string, FontBlock>();
    for (let k = 0; k < runs.length; k++) {
      const run = runs[k] as (typeof runs)[number];
      if (run.font === null) continue;
      const end = k + 1 < runs.length ? (runs[k + 1] as (typeof runs)[number]).start - 1 : width - 1;
      const key = `${run.start},${end},${run.font}`;
      let block = open.get(key);
      if (block) block.bottom = origin.row + i;
      else {
        block = {
          top: origin.row + i,
          left: origin.col + run.start,
          bottom: origin.row + i,
          right: origin.col + end,
          font: run.font,
        };
        blocks.push(block);
      }
      next.set(key, block);
    }
    open = next;
  }
  return blocks;
}

function isAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) >= 0x80) return false;
  return true;
}
