/**
 * The sheet builder the renderer writes through: a row cursor, cells by position, merges that may
 * never overlap, named styles checked on use, list validations, and row heights estimated for
 * wrapped text (Excel does not grow a row for a merged cell by itself). Pure: no fs, Office or DOM.
 */
import { MAX_SHEET_NAME } from "./sheetName";
import { columnLetter } from "../core/address";
import { textWidthPt } from "./metrics";
import type {
  CellBlock,
  CellContent,
  CellStyle,
  ChartSpec,
  ListValidation,
  PageSetup,
  ReportCell,
  ReportPart,
  ReportSheet,
} from "./types";

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32767;
/** Font size a style without one is drawn at (the hosts' default). */
export const DEFAULT_FONT_SIZE = 12;

/** "C12", or "$C$12" when `absolute`. */
export function a1(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetter(col)}$${row}` : `${columnLetter(col)}${row}`;
}

/** "C12:C18". */
export function range(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

/**
 * The named styles of one document. A style must be defined before it is used; only the styles
 * used end up in the ReportDoc. Variants ("td.n+alert") add to a defined style.
 */
export class StyleBook {
  private readonly defined = new Map<string, CellStyle>();
  private readonly used = new Set<string>();

  constructor(definitions: Record<string, CellStyle>) {
    for (const [name, style] of Object.entries(definitions)) this.defined.set(name, style);
  }

  /** The name of a defined style, marked as used. Throws on an unknown name (a template bug). */
  use(name: string): string {
    if (!this.defined.has(name)) throw new Error(`Unknown report style "${name}"`);
    this.used.add(name);
    return name;
  }

  /** A variant of a defined style with `extra` laid over it, named `${name}+${suffix}`. */
  variant(name: string, suffix: string, extra: CellStyle): string {
    const key = `${name}+${suffix}`;
    if (!this.defined.has(key)) {
      const base = this.get(name);
      this.defined.set(key, {
        ...base,
        ...extra,
        ...(base.font || extra.font ? { font: { ...base.font, ...extra.font } } : {}),
        ...(base.align || extra.align ? { align: { ...base.align, ...extra.align } } : {}),
        ...(base.border || extra.border ? { border: { ...base.border, ...extra.border } } : {}),
      });
    }
    return this.use(key);
  }

  get(name: string): CellStyle {
    const style = this.defined.get(name);
    if (!style) throw new Error(`Unknown report style "${name}"`);
    return style;
  }

  /** The styles used, by name in sorted order (stable output for golden files). */
  usedStyles(): Record<string, CellStyle> {
    const out: Record<string, CellStyle> = {};
    for (const name of [...this.used].sort()) out[name] = this.get(name);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Row heights from the one text-width model (metrics.ts). They only need to be close: a row a
// little too tall prints fine, a row too short cuts text off.

export { textWidthPt };

/** Width of a run of columns in points (Excel: about 7 px per character unit plus 5 px padding). */
export function columnsWidthPt(widths: readonly number[], left: number, right: number): number {
  let px = 0;
  for (let c = left; c <= right; c++) px += Math.round((widths[c - 1] ?? 8.43) * 7) + 5;
  return px * 0.75;
}

/** Lines a text takes when wrapped at word boundaries into `widthPt` (at least 1). */
export function wrappedLines(text: string, size: number, bold: boolean, widthPt: number): number {
  // The cell's padding, and 5 % for the printers' own metrics (Liberation Serif for Times New
  // Roman in LibreOffice): a line too many costs a little space, a line too few cuts text off.
  const usable = Math.max(widthPt * 0.95 - 4, size);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      const w = textWidthPt(word, size, bold);
      const space = used === 0 ? 0 : textWidthPt(" ", size, bold);
      if (used > 0 && used + space + w > usable) {
        lines++;
        used = 0;
      }
      if (w > usable) {
        // A word wider than the cell is broken across lines.
        const extra = Math.ceil(w / usable) - 1;
        lines += extra;
        used = w - extra * usable;
      } else used += (used === 0 ? 0 : space) + w;
    }
  }
  return Math.max(1, lines);
}

/** Height in points of `lines` lines of text at `size` points. */
export function linesHeight(lines: number, size: number): number {
  return Math.ceil((lines * size * 1.22 + 3) * 4) / 4;
}

const key = (row: number, col: number): number => row * 20000 + col;

/** A deferred cell: its content is known only once later blocks are placed (forward references). */
interface Deferred {
  row: number;
  col: number;
  style: string;
  make: () => CellContent;
}

/** Builds one ReportSheet. Coordinates are 1-based; `row` is the next free row. */
export class SheetBuilder {
  /** The next free row. */
  row = 1;
  /** Columns in the left half of the header and signature blocks (set by the header block). */
  split: number;
  readonly validations: ListValidation[] = [];
  chart?: ChartSpec;
  printTitleRows?: [number, number];
  freezeRows = 0;
  /** The header rows of the table written last (set by tableHeader). */
  lastHeader?: [number, number];
  /** The rows as document parts (recorded by the renderer, block by block). */
  readonly parts: ReportPart[] = [];
  /** Positions later blocks refer to ("summary", "unitTable.total"...). */
  readonly anchors = new Map<string, CellBlock>();

  private readonly cells = new Map<number, ReportCell>();
  private readonly covered = new Map<number, CellBlock>();
  private readonly merges: CellBlock[] = [];
  private readonly heights = new Map<number, number>();
  private readonly deferred: Deferred[] = [];
  private maxCol = 0;

  constructor(
    readonly widths: readonly number[],
    readonly styles: StyleBook,
  ) {
    if (widths.length === 0) throw new Error("A report sheet needs at least one column");
    this.split = Math.ceil(widths.length / 2);
  }

  /** Number of columns of the sheet's grid. */
  get cols(): number {
    return this.widths.length;
  }

  /** Put content in a free cell that is not covered by a merge (other than as its top-left). */
  put(row: number, col: number, content: CellContent, style: string): void {
    if (row < 1 || col < 1 || col > this.cols) throw new Error(`Cell ${a1(row, col)} is outside the grid`);
    const k = key(row, col);
    if (this.cells.has(k)) throw new Error(`Cell ${a1(row, col)} is written twice`);
    const block = this.covered.get(k);
    if (block && (block.top !== row || block.left !== col)) {
      throw new Error(`Cell ${a1(row, col)} is inside a merge`);
    }
    this.cells.set(k, { row, col, content: safeContent(content), style: this.styles.use(style) });
    this.maxCol = Math.max(this.maxCol, col);
  }

  /** Text is always written as text, whatever it starts with ("=SUM(A1)", "+84 123"). */
  text(row: number, col: number, text: string, style: string): void {
    this.put(row, col, { kind: "text", text }, style);
  }

  num(row: number, col: number, value: number, style: string): void {
    this.put(row, col, { kind: "number", value }, style);
  }

  /** A live formula (no leading "=") with the engine's value as its cached result. */
  formula(row: number, col: number, formula: string, result: number | string | null, style: string): void {
    this.put(row, col, { kind: "formula", formula, result: result ?? "" }, style);
  }

  /** A cell whose content is made at the end, when every block has been placed. */
  later(row: number, col: number, style: string, make: () => CellContent): void {
    this.put(row, col, { kind: "text", text: "" }, style);
    this.deferred.push({ row, col, style, make });
  }

  /** Merge a block; merges never overlap and never swallow a written cell. */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom < top || right < left) throw new Error("Empty merge");
    if (top === bottom && left === right) return;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const k = key(r, c);
        if (this.covered.has(k)) throw new Error(`Merge ${range(top, left, bottom, right)} overlaps another`);
        if ((r !== top || c !== left) && this.cells.has(k)) {
          throw new Error(`Merge ${range(top, left, bottom, right)} covers the written cell ${a1(r, c)}`);
        }
      }
    }
    const block = { top, left, bottom, right };
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) this.covered.set(key(r, c), block);
    this.merges.push(block);
    this.maxCol = Math.max(this.maxCol, right);
  }

  /**
   * Content merged across columns `left`..`right` (and down to `bottom`), with the row grown to fit
   * wrapped text. The top-left cell carries the style; hosts apply it to the whole merged block.
   */
  span(
    row: number,
    left: number,
    right: number,
    content: CellContent,
    style: string,
    bottom: number = row,
  ): void {
    this.put(row, left, content, style);
    this.merge(row, left, bottom, right);
    if (content.kind === "text" && bottom === row) this.fit(row, content.text, left, right, style);
  }

  /** Text merged across `left`..`right`. */
  spanText(row: number, left: number, right: number, text: string, style: string): void {
    this.span(row, left, right, { kind: "text", text }, style);
  }

  /** Grow a row so that `text`, wrapped in columns left..right with `style`, fits. */
  fit(row: number, text: string, left: number, right: number, style: string): void {
    const s = this.styles.get(style);
    const size = s.font?.size ?? DEFAULT_FONT_SIZE;
    const lines = s.align?.wrap
      ? wrappedLines(text, size, s.font?.bold ?? false, columnsWidthPt(this.widths, left, right))
      : 1;
    if (lines > 1 || size > DEFAULT_FONT_SIZE) this.height(row, linesHeight(lines, size));
  }

  /** Set a row height, keeping the larger of two requests. */
  height(row: number, points: number): void {
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, points));
  }

  /** Set a row height exactly (rules and spacers). */
  fixHeight(row: number, points: number): void {
    this.heights.set(row, points);
  }

  /** Take `n` rows from the cursor; returns the first. */
  take(n = 1): number {
    const first = this.row;
    this.row += n;
    return first;
  }

  validate(block: CellBlock, values: string[]): void {
    this.validations.push({ block, values });
  }

  /** The finished sheet: cells in row-major order, deferred cells made. */
  build(name: string, page: PageSetup): ReportSheet {
    if (name.length > MAX_SHEET_NAME) throw new Error(`Sheet name "${name}" is longer than 31 characters`);
    for (const d of this.deferred) {
      const cell = this.cells.get(key(d.row, d.col));
      if (cell) cell.content = safeContent(d.make());
    }
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const merges = [...this.merges].sort((a, b) => a.top - b.top || a.left - b.left);
    const rowHeights = [...this.heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
    return {
      name,
      cells,
      merges,
      columnWidths: this.widths.slice(0, Math.max(this.maxCol, this.widths.length)),
      rowHeights,
      validations: this.validations,
      ...(this.chart ? { chart: this.chart } : {}),
      page: { ...page, ...(this.printTitleRows ? { printTitleRows: this.printTitleRows } : {}) },
      freezeRows: this.freezeRows,
      parts: this.parts,
    };
  }
}

/** Content as it may be written: text clipped to Excel's limit, non-finite numbers as blanks. */
function safeContent(content: CellContent): CellContent {
  switch (content.kind) {
    case "text":
      return content.text.length > MAX_CELL_TEXT
        ? { kind: "text", text: content.text.slice(0, MAX_CELL_TEXT) }
        : content;
    case "number":
      return Number.isFinite(content.value) ? content : { kind: "text", text: "" };
    case "formula":
      return typeof content.result === "number" && !Number.isFinite(content.result)
        ? { ...content, result: "" }
        : content;
    case "date":
      return content;
  }
}
