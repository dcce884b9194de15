import type { CellValue, Grid } from "../types";
import { cleanText } from "../text/normalize";
import { decodeLegacy, legacyFontEncoding, type LegacyFont } from "../text/legacy";
import { keepShape } from "../shape";

/** Most cells a merge map will index; merges past it are ignored (hostile files). */
const MAX_MERGED_CELLS = 1_000_000;
/** Widest grid the reader looks at (Excel's own limit). */
const MAX_COLS = 16_384;
/** Largest grid whose legacy fonts are mapped cell by cell (one byte a cell). */
const MAX_FONT_MAP_CELLS = 16_000_000;
/** Most cell writes the font map takes from `grid.fonts`; blocks past it are ignored (hostile grids). */
const MAX_FONT_FILL = 32_000_000;

/** Codes of the font map: 0 is a Unicode font (or no block), then these. */
const LEGACY_FONTS: readonly LegacyFont[] = [
  { encoding: "tcvn3", upper: false },
  { encoding: "tcvn3", upper: true },
  { encoding: "vni", upper: false },
];

function fontCode(name: unknown): number {
  const font = typeof name === "string" ? legacyFontEncoding(name) : undefined;
  if (!font) return 0;
  return font.encoding === "vni" ? 3 : font.upper ? 2 : 1;
}

/**
 * Read-only view of a grid with relative indices (0-based), merge look-ups and legacy fonts, so
 * the reader never indexes past a ragged row, can see a merged header's text in every cell it
 * covers, and reads text typed in TCVN3 or VNI (cells inside `grid.fonts` blocks) as Unicode.
 */
export class GridView {
  readonly rows: number;
  readonly cols: number;
  /**
   * The grid's origin and rows, copied out of it: a grid's hidden class depends on which optional
   * fields it has (merges, fonts), and code that reads through it is thrown away when such a class
   * is collected (see core/shape); a view's own fields keep one class.
   */
  readonly originRow: number;
  readonly originCol: number;
  private readonly cells: readonly CellValue[][];
  private readonly masters = new Map<number, number>();
  /** Font code of every cell (see {@link LEGACY_FONTS}), when the grid has legacy font blocks. */
  private fontMap?: Uint8Array;
  /** Decoded text of legacy-font cells read so far, by cell index. */
  private readonly decoded = new Map<number, string>();
  /**
   * The display text of the cells of one row, as {@link text} computed them: the reader asks for the
   * same cells of a row many times (blank row?, first text, label?, title, unit…). A cell's entry
   * is valid while its stamp is the row's {@link stamp}; moving to another row only bumps it.
   */
  private textRow = -1;
  private stamp = 0;
  private readonly textStamps: Uint32Array;
  private readonly texts: string[];
  /** The value each column's entry in {@link texts} was computed from (its text is that value's). */
  private readonly textValues: CellValue[];

  constructor(readonly grid: Grid) {
    const cells = Array.isArray(grid.cells) ? grid.cells : [];
    this.cells = cells;
    this.originRow = grid.origin.row;
    this.originCol = grid.origin.col;
    this.rows = cells.length;
    let cols = 0;
    // By index: an iterator over 100,000 rows allocated a result object for each.
    for (let i = 0; i < cells.length; i++) {
      const row = cells[i];
      if (Array.isArray(row) && row.length > cols) cols = row.length;
    }
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
    if (Array.isArray(grid.fonts) && grid.fonts.length > 0) this.mapFonts(grid);
    this.textStamps = new Uint32Array(this.cols);
    this.texts = new Array<string>(this.cols).fill("");
    this.textValues = new Array<CellValue>(this.cols).fill(null);
  }

  /**
   * Marks the cells of `grid.fonts` blocks with their font's code; later blocks win, and a block in
   * a font {@link legacyFontEncoding} does not know marks its cells Unicode again. Nothing is
   * allocated unless some block is in a legacy font.
   */
  private mapFonts(grid: Grid): void {
    const blocks = grid.fonts ?? [];
    const size = this.rows * this.cols;
    if (size === 0 || size > MAX_FONT_MAP_CELLS) return;
    if (!blocks.some((b) => b && fontCode(b.font) !== 0)) return;
    const map = new Uint8Array(size);
    let budget = MAX_FONT_FILL;
    for (const b of blocks) {
      if (!b || typeof b !== "object" || typeof b.font !== "string") continue;
      const top = Math.max(0, b.top - grid.origin.row);
      const left = Math.max(0, b.left - grid.origin.col);
      const bottom = Math.min(b.bottom - grid.origin.row, this.rows - 1);
      const right = Math.min(b.right - grid.origin.col, this.cols - 1);
      if (!(top <= bottom && left <= right)) continue; // also NaN and non-numbers
      const area = (bottom - top + 1) * (right - left + 1);
      if (area > budget) continue;
      budget -= area;
      const code = fontCode(b.font);
      for (let i = top; i <= bottom; i++) map.fill(code, i * this.cols + left, i * this.cols + right + 1);
    }
    this.fontMap = map;
  }

  get sheet(): string {
    return this.grid.sheet;
  }

  absRow(i: number): number {
    return this.originRow + i;
  }

  absCol(j: number): number {
    return this.originCol + j;
  }

  /**
   * The cell's value; text in a legacy font (TCVN3, VNI) comes decoded to Unicode, so that nothing
   * downstream ever sees the legacy bytes.
   */
  raw(i: number, j: number): CellValue {
    const row = this.cells[i];
    const v = Array.isArray(row) ? row[j] : undefined;
    if (typeof v !== "string" || this.fontMap === undefined) return v;
    const font = this.legacyFont(i, j);
    if (font === undefined) return v;
    const index = i * this.cols + j;
    let text = this.decoded.get(index);
    if (text === undefined) {
      text = decodeLegacy(v, font);
      this.decoded.set(index, text);
    }
    return text;
  }

  /** The legacy font the cell is set in (from `grid.fonts`), or undefined for a Unicode font. */
  legacyFont(i: number, j: number): LegacyFont | undefined {
    const map = this.fontMap;
    if (map === undefined || !(i >= 0 && i < this.rows && j >= 0 && j < this.cols)) return undefined;
    const code = map[i * this.cols + j] as number;
    return code === 0 ? undefined : LEGACY_FONTS[code - 1];
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
    if (!(j >= 0 && j < this.cols && Number.isInteger(j))) return cellText(this.value(i, j, fillMerged));
    if (i !== this.textRow) {
      this.textRow = i;
      this.stamp++;
    }
    let t: string;
    if (this.textStamps[j] === this.stamp) t = this.texts[j] as string;
    else {
      const v = this.raw(i, j);
      // A unit's or a title's text repeats down a column: the same string is cleaned once.
      if (typeof v === "string" && v === this.textValues[j]) t = this.texts[j] as string;
      else {
        t = cellText(v);
        this.texts[j] = t;
        this.textValues[j] = v;
      }
      this.textStamps[j] = this.stamp;
    }
    // As value(): a merged cell shows its master's text only when its own value is empty.
    if (!fillMerged || t !== "" || !isEmpty(this.raw(i, j))) return t;
    return cellText(this.value(i, j, true));
  }

  /** Whether any cell is set in a legacy font (then {@link raw} may decode). */
  get hasLegacyFonts(): boolean {
    return this.fontMap !== undefined;
  }
}

/** A view of an empty grid, kept so that views keep their optimised code (see core/shape). */
export const EMPTY_VIEW = keepShape(new GridView({ sheet: "", origin: { row: 1, col: 1 }, cells: [] }));

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
