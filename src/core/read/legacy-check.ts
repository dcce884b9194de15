/**
 * Text that looks typed in a legacy encoding (TCVN3, VNI) in a cell whose font does not say which:
 * the reader refuses it ("legacy-encoding-unknown") rather than match it as if it were Unicode.
 * Cells inside legacy font blocks are not looked at here: the view decodes them.
 */

import { cellAddress } from "../address";
import { cleanText } from "../text/normalize";
import { LEGACY_ENCODING_NAMES, looksLegacy, type LegacyEncoding } from "../text/legacy";
import type { Grid, Issue } from "../types";
import type { GridView } from "./view";

/** A cell whose text looks legacy, outside any legacy font block. */
export interface LegacyCell {
  /** Absolute 1-based sheet row and column. */
  row: number;
  col: number;
  /** The text as the sheet holds it (the legacy bytes shown as Latin-1). */
  value: string;
  encoding: LegacyEncoding;
}

/**
 * The first cells (at most `limit`), row by row in the order given, whose text {@link looksLegacy}
 * and that no legacy font block covers. `rows` and `cols` are the view's relative (0-based)
 * indices of the rows and columns to look at; merged cells are looked at once, at their top-left.
 */
export function findLegacyText(
  view: GridView,
  rows: Iterable<number>,
  cols: Iterable<number>,
  limit = 1,
): LegacyCell[] {
  const found: LegacyCell[] = [];
  if (limit <= 0) return found;
  const columns = [...cols];
  // Units, titles and employment repeat down a column: a text like the one above it is not judged again.
  const last: unknown[] = columns.map(() => undefined);
  const lastVerdict: (LegacyEncoding | undefined)[] = columns.map(() => undefined);
  const fonts = view.hasLegacyFonts;
  // By index: the reader passes its 100,000 rows as an Int32Array, and iterating it was the cost.
  const list = Array.isArray(rows) || rows instanceof Int32Array ? rows : [...rows];
  for (let k = 0; k < list.length; k++) {
    const i = list[k] as number;
    for (let c = 0; c < columns.length; c++) {
      const j = columns[c] as number;
      if (fonts && view.legacyFont(i, j) !== undefined) continue;
      const v = view.raw(i, j);
      if (typeof v !== "string") continue;
      let encoding: LegacyEncoding | undefined;
      if (v === last[c]) encoding = lastVerdict[c];
      else {
        encoding = looksLegacy(v);
        last[c] = v;
        lastVerdict[c] = encoding;
      }
      if (encoding === undefined) continue;
      found.push({ row: view.absRow(i), col: view.absCol(j), value: v, encoding });
      if (found.length >= limit) return found;
    }
  }
  return found;
}

/**
 * Whether any cell of the grid may hold text that {@link looksLegacy}: false only when the grid
 * lists its texts (`Grid.texts`) and none of them does.
 */
export function mayHoldLegacyText(grid: Grid): boolean {
  return grid.texts === undefined || grid.texts.some((text) => looksLegacy(text) !== undefined);
}

/** Longest value a message quotes. */
const MAX_QUOTED = 60;

/** The "legacy-encoding-unknown" error for a cell {@link findLegacyText} found. */
export function legacyIssue(sheet: string, cell: LegacyCell): Issue {
  const text = cleanText(cell.value);
  const value = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
  return {
    level: "error",
    code: "legacy-encoding-unknown",
    cell: cellAddress(sheet, cell.row, cell.col),
    params: { value, encoding: LEGACY_ENCODING_NAMES[cell.encoding] },
  };
}
