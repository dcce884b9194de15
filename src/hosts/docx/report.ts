/**
 * A {@link ReportDoc} written as a Word document (.docx) with the `docx` package: the document host
 * of the report renderer, for the CLI and the browser mode (a Web Worker). Browser-safe: no fs,
 * path or Buffer; the bytes come back as a Uint8Array.
 *
 * The sheet's `parts` say how its rows read as a document (Nghị định 30/2020/NĐ-CP, Hướng dẫn
 * 36-HD/VPTW):
 * - `layout`: a borderless table whose columns are the sheet's (the header block, the signature
 *   and "Nơi nhận"); the last one (the signature) is kept with the paragraph before it;
 * - `text`: paragraphs across the page, aligned as their cell; body text (justified) gets the
 *   first-line indent and 6 pt spacing of NĐ 30;
 * - `table`: a bordered Word table over the columns its cells use, widths in proportion to the
 *   sheet's column widths over the page's width, merges as column spans and vertical merges, header
 *   rows repeated on every page, no row split across pages; rows without a bordered cell are notes
 *   written as paragraphs after it;
 * - `chart`: nothing (the same figures are in the table above it); `space`: an empty paragraph.
 * Every sheet is a section (A4, its orientation and margins, the page number centred in the header
 * from the second page when asked, counted from 1 in each section: an appendix is numbered on its
 * own), except the notes for the person preparing the report, which
 * are not part of the document.
 *
 * Text cells are written as text runs, never as fields, whatever they start with. Numbers show
 * as their cell's number format would in vi-VN (./numbers). The output is deterministic: the same
 * ReportDoc gives the same word/document.xml.
 */

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type ISectionOptions,
  type ITableCellBorders,
} from "docx";
import { usableMerges } from "../../reports/merges";
import { xmlSafeText } from "../../reports/safeText";
import type {
  BorderStyle as CellBorderStyle,
  CellBlock,
  CellStyle,
  ReportCell,
  ReportDoc,
  ReportPart,
  ReportSheet,
} from "../../reports/types";
import { cellText, isNumeric } from "./numbers";

export const FONT = "Times New Roman";
/** Body text (NĐ 30/2020: 13–14 pt). */
export const BODY_SIZE = 14;
/** Table text when the cell style gives no size. */
export const TABLE_SIZE = 12;
/** The page number in the header (NĐ 30/2020: 13–14 pt). */
export const PAGE_NUMBER_SIZE = 13;

/** A4 in twips (1/20 pt), portrait. */
const A4 = { width: 11906, height: 16838 } as const;
const TWIPS_PER_MM = 1440 / 25.4;
/** Distance of the page header (the page number) from the top edge: 10 mm. */
const HEADER_DISTANCE = 567;
/** First-line indent of body paragraphs (NĐ 30/2020: 1–1.27 cm). */
const FIRST_LINE_INDENT = 720;
/** Space between body paragraphs (NĐ 30/2020: at least 6 pt). */
const PARAGRAPH_SPACING = 120;
/** Left and right padding inside a bordered table's cells: 1 mm. */
const CELL_PADDING = 57;
/** Height of an empty row without a height of its own: Excel's default row for 12 pt text. */
const EMPTY_ROW_POINTS = 15.75;
/** Tables of at most this many rows are kept on one page (counts, the summary, short lists). */
const KEEP_TABLE_ROWS = 6;
/** Width of a column the sheet gives none, in Excel characters. */
const DEFAULT_COLUMN_WIDTH = 9;

// ---------------------------------------------------------------------------------------------
// Entry point

/** The Word document of `doc`, as the bytes of a .docx file. */
export async function reportDocx(doc: ReportDoc): Promise<Uint8Array> {
  return Packer.pack(reportDocument(doc), "uint8array");
}

/** The `docx` Document of `doc` (for callers that pack it themselves). */
export function reportDocument(doc: ReportDoc): Document {
  const sheets = doc.sheets.filter((s) => s.role !== "notes");
  const sections = sheets.map((sheet) => sheetSection(sheet, doc.styles));
  if (sections.length === 0) sections.push(emptySection());
  return new Document({
    creator: "Tinh Gọn",
    title: sheets[0]?.name ?? doc.template,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE * 2, language: { value: "vi-VN" } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections,
  });
}

// ---------------------------------------------------------------------------------------------
// Sections

const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);

function pageWidth(sheet: ReportSheet): number {
  const width = sheet.page.orientation === "landscape" ? A4.height : A4.width;
  const { left, right } = sheet.page.margins;
  return Math.max(1440, width - mmToTwips(left) - mmToTwips(right));
}

function sectionProperties(page: ReportSheet["page"]): ISectionOptions["properties"] {
  return {
    titlePage: page.pageNumbers,
    page: {
      size: {
        width: A4.width,
        height: A4.height,
        orientation: page.orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: mmToTwips(page.margins.top),
        bottom: mmToTwips(page.margins.bottom),
        left: mmToTwips(page.margins.left),
        right: mmToTwips(page.margins.right),
        header: HEADER_DISTANCE,
        footer: HEADER_DISTANCE,
      },
      // Each sheet counts its pages from 1: an appendix is numbered on its own (NĐ 30/2020).
      pageNumbers: { start: 1 },
    },
  };
}

/** The page number, centred, on every page but the first (which has an empty header). */
function pageNumberHeaders(): ISectionOptions["headers"] {
  const run = { font: FONT, size: PAGE_NUMBER_SIZE * 2 };
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ ...run, children: [PageNumber.CURRENT] })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

function emptySection(): ISectionOptions {
  return {
    properties: sectionProperties({
      paper: "A4",
      orientation: "portrait",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      fitToWidth: true,
      pageNumbers: false,
    }),
    children: [new Paragraph({ children: [] })],
  };
}

function sheetSection(sheet: ReportSheet, styles: Record<string, CellStyle>): ISectionOptions {
  const grid = new SheetGrid(sheet, styles);
  const blocks: Block[] = [];
  const parts = [...sheet.parts].sort((a, b) => a.top - b.top);
  const signature = [...parts].reverse().find((p) => p.kind === "layout" && p !== parts[0]);
  let row = 1;
  for (const part of parts) {
    if (part.top < row || part.bottom < part.top) continue; // overlapping or empty: rows already written
    for (; row < part.top; row++) blocks.push(grid.emptyParagraph(row));
    const at = blocks.length;
    writePart(grid, part, blocks);
    if (part === signature) keepWithPrevious(blocks, at);
    row = part.bottom + 1;
  }
  const children = blocks.map(buildBlock);
  if (children.length === 0) children.push(new Paragraph({ children: [] }));
  return {
    properties: sectionProperties(sheet.page),
    ...(sheet.page.pageNumbers ? { headers: pageNumberHeaders() } : {}),
    children,
  };
}

function writePart(grid: SheetGrid, part: ReportPart, blocks: Block[]): void {
  switch (part.kind) {
    case "chart":
      return;
    case "space":
      for (let r = part.top; r <= part.bottom; r++) blocks.push(grid.emptyParagraph(r));
      return;
    case "layout":
      blocks.push(grid.layoutTable(part.top, part.bottom));
      return;
    case "text":
      grid.textRows(part.top, part.bottom, blocks);
      return;
    case "table":
      grid.tableRows(part, blocks);
      return;
  }
}

/**
 * Keeps the block starting at `at` (the signature) on the page of what comes before it: its rows
 * are kept together and with the paragraphs before it, back to the last one with text (or the
 * last row of a table just above).
 */
function keepWithPrevious(blocks: Block[], at: number): void {
  const block = blocks[at];
  if (block?.kind === "table") block.rows.slice(0, -1).forEach((r) => (r.keepNext = true));
  for (let i = at - 1; i >= 0; i--) {
    const before = blocks[i] as Block;
    if (before.kind === "table") {
      const last = before.rows[before.rows.length - 1];
      if (last) last.keepNext = true;
      return;
    }
    before.keepNext = true;
    if (before.runs.some((r) => r.text !== "")) return;
  }
}

// ---------------------------------------------------------------------------------------------
// Blocks: paragraphs and tables as plain data, built into docx objects at the end (so that
// keep-with-next can still be set on what is already laid out)

interface RunSpec {
  text: string;
  style: CellStyle;
  size: number;
}

interface ParagraphSpec {
  kind: "paragraph";
  runs: RunSpec[];
  align?: CellStyle["align"] extends infer A ? (A extends { horizontal?: infer H } ? H : never) : never;
  /** Size of an empty paragraph's mark. */
  size: number;
  /** Exact line height in points (an empty row of the sheet). */
  exactHeight?: number;
  indent?: { left?: number; right?: number; firstLine?: number };
  spaceBefore?: number;
  keepNext?: boolean;
}

interface CellSpec {
  span: number;
  width: number;
  merge?: "restart" | "continue";
  paragraph: ParagraphSpec;
  style: CellStyle;
  bordered: boolean;
}

interface RowSpec {
  cells: CellSpec[];
  header: boolean;
  keepNext?: boolean;
}

interface TableSpec {
  kind: "table";
  columns: number[];
  indent: number;
  padding: number;
  rows: RowSpec[];
}

type Block = ParagraphSpec | TableSpec;

function buildBlock(block: Block): Paragraph | Table {
  return block.kind === "paragraph" ? buildParagraph(block) : buildTable(block);
}

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

function buildParagraph(spec: ParagraphSpec): Paragraph {
  const children: TextRun[] = [];
  for (const run of spec.runs) {
    run.text.split("\n").forEach((line, i) => {
      children.push(
        new TextRun({ ...runOptions(run.style, run.size), text: line, ...(i > 0 ? { break: 1 } : {}) }),
      );
    });
  }
  const options: IParagraphOptions = {
    children,
    ...(spec.align ? { alignment: ALIGNMENT[spec.align] } : {}),
    ...(spec.keepNext ? { keepNext: true } : {}),
    ...(spec.indent ? { indent: spec.indent } : {}),
    ...(spec.exactHeight !== undefined
      ? { spacing: { line: Math.round(spec.exactHeight * 20), lineRule: LineRuleType.EXACT } }
      : spec.spaceBefore
        ? { spacing: { before: spec.spaceBefore } }
        : {}),
    run: { font: FONT, size: spec.size * 2 },
  };
  return new Paragraph(options);
}

function runOptions(style: CellStyle, size: number) {
  const font = style.font ?? {};
  const color = font.color?.replace(/^#/, "");
  return {
    font: font.name ?? FONT,
    size: size * 2,
    ...(font.bold ? { bold: true } : {}),
    ...(font.italic ? { italics: true } : {}),
    ...(font.underline ? { underline: {} } : {}),
    ...(color && /^([0-9a-f]{6}|[0-9a-f]{8})$/i.test(color) ? { color: color.slice(-6) } : {}),
  };
}

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "auto" };

const BORDER: Record<CellBorderStyle, IBorderOptions> = {
  thin: { style: BorderStyle.SINGLE, size: 4, color: "000000" },
  medium: { style: BorderStyle.SINGLE, size: 12, color: "000000" },
  hair: { style: BorderStyle.DOTTED, size: 2, color: "000000" },
  double: { style: BorderStyle.DOUBLE, size: 4, color: "000000" },
};

function cellBorders(style: CellStyle): ITableCellBorders {
  const b = style.border ?? {};
  const side = (s: CellBorderStyle | undefined) => (s ? BORDER[s] : NO_BORDER);
  return { top: side(b.top), bottom: side(b.bottom), left: side(b.left), right: side(b.right) };
}

const VERTICAL = {
  top: VerticalAlignTable.TOP,
  middle: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
} as const;

function buildTable(spec: TableSpec): Table {
  const total = spec.columns.reduce((a, b) => a + b, 0);
  return new Table({
    columnWidths: spec.columns,
    width: { size: total, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    ...(spec.indent > 0 ? { indent: { size: spec.indent, type: WidthType.DXA } } : {}),
    margins: { left: spec.padding, right: spec.padding, top: 0, bottom: 0 },
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: spec.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          ...(row.header ? { tableHeader: true } : {}),
          children: row.cells.map((cell) => {
            const vertical = cell.style.align?.vertical;
            return new TableCell({
              width: { size: cell.width, type: WidthType.DXA },
              ...(cell.span > 1 ? { columnSpan: cell.span } : {}),
              ...(cell.merge
                ? {
                    verticalMerge:
                      cell.merge === "restart" ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
                  }
                : {}),
              ...(vertical ? { verticalAlign: VERTICAL[vertical] } : {}),
              ...(cell.bordered ? { borders: cellBorders(cell.style) } : {}),
              ...(cell.style.fill
                ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: cell.style.fill } }
                : {}),
              children: [
                buildParagraph(row.keepNext ? { ...cell.paragraph, keepNext: true } : { ...cell.paragraph }),
              ],
            });
          }),
        }),
    ),
  });
}

// ---------------------------------------------------------------------------------------------
// The sheet as a grid of cells, merges and column widths

/** One cell of a row as written: a run of `span` sheet columns from `col`. */
interface Slot {
  col: number;
  span: number;
  /** The cell whose content and style fill the slot (a merge's top-left cell). */
  cell?: ReportCell;
  merge?: "restart" | "continue";
}

class SheetGrid {
  private readonly cells = new Map<number, Map<number, ReportCell>>();
  private readonly merges: CellBlock[];
  private readonly heights = new Map<number, number>();
  /** Column widths in twips, index 0 = column 1, adding up to the page's width. */
  readonly widths: number[];

  constructor(
    sheet: ReportSheet,
    private readonly styles: Record<string, CellStyle>,
  ) {
    for (const cell of sheet.cells) {
      let row = this.cells.get(cell.row);
      if (!row) this.cells.set(cell.row, (row = new Map()));
      row.set(cell.col, cell);
    }
    this.merges = usableMerges(sheet.merges).merges;
    for (const h of sheet.rowHeights) this.heights.set(h.row, h.height);
    let columns = sheet.columnWidths.length;
    for (const cell of sheet.cells) columns = Math.max(columns, cell.col);
    for (const m of this.merges) columns = Math.max(columns, m.right);
    this.widths = scaleWidths(
      Array.from({ length: Math.max(1, columns) }, (_, i) => sheet.columnWidths[i] ?? DEFAULT_COLUMN_WIDTH),
      pageWidth(sheet),
    );
  }

  style(cell: ReportCell | undefined): CellStyle {
    return (cell?.style !== undefined ? this.styles[cell.style] : undefined) ?? {};
  }

  private cell(row: number, col: number): ReportCell | undefined {
    return this.cells.get(row)?.get(col);
  }

  private mergeAt(row: number, col: number): CellBlock | undefined {
    return this.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
  }

  private rowCells(row: number): ReportCell[] {
    return [...(this.cells.get(row)?.values() ?? [])];
  }

  private columnsWidth(from: number, to: number): number {
    let sum = 0;
    for (let c = from; c <= to; c++) sum += this.widths[c - 1] ?? 0;
    return sum;
  }

  private get lastColumn(): number {
    return this.widths.length;
  }

  private bordered(cell: ReportCell | undefined): boolean {
    const b = this.style(cell).border;
    return !!b && !!(b.top || b.bottom || b.left || b.right);
  }

  /** Whether a row of a table part belongs to the table: a bordered cell, or one merged down into it. */
  private tableRow(row: number): boolean {
    if (this.rowCells(row).some((c) => this.bordered(c))) return true;
    return this.merges.some((m) => m.top < row && row <= m.bottom && this.bordered(this.cell(m.top, m.left)));
  }

  /**
   * The slots of `row` over columns `from`–`to`, merges clipped to rows `top`–`bottom`. Empty
   * columns are one slot each, or (`absorb`) joined to the text cell on their left, as Excel lets
   * text run over empty neighbours, or into one empty slot.
   */
  private slots(row: number, from: number, to: number, top: number, bottom: number, absorb: boolean): Slot[] {
    const out: Slot[] = [];
    for (let c = from; c <= to;) {
      const m = this.mergeAt(row, c);
      if (m) {
        const left = Math.max(m.left, from);
        const right = Math.min(m.right, to);
        const first = Math.max(m.top, top);
        const last = Math.min(m.bottom, bottom);
        const origin = this.cell(m.top, m.left);
        const merge = first === last ? undefined : row === first ? "restart" : "continue";
        out.push({
          col: left,
          span: right - left + 1,
          ...(origin ? { cell: origin } : {}),
          ...(merge ? { merge } : {}),
        });
        c = right + 1;
        continue;
      }
      const cell = this.cell(row, c);
      const previous = out[out.length - 1];
      if (!cell && absorb && previous && !previous.merge && previous.col + previous.span === c) {
        const prevMerged = this.mergeAt(row, previous.col);
        if (!prevMerged && (previous.cell === undefined || contentText(previous.cell) !== "")) {
          previous.span++;
          c++;
          continue;
        }
      }
      out.push({ col: c, span: 1, ...(cell ? { cell } : {}) });
      c++;
    }
    return out;
  }

  private slotText(slot: Slot, row: number): string {
    if (!slot.cell || slot.merge === "continue" || slot.cell.row !== row) {
      // A merge's content belongs to its first written row only.
      if (!slot.cell || slot.merge === "continue") return "";
    }
    return cellText(slot.cell.content, this.style(slot.cell).numberFormat);
  }

  private paragraphOf(slot: Slot, row: number, size: number, table: boolean): ParagraphSpec {
    const style = this.style(slot.cell);
    const text = this.slotText(slot, row);
    const runSize = style.font?.size ?? size;
    let align = style.align?.horizontal;
    if (
      table &&
      slot.cell &&
      slot.merge !== "continue" &&
      isNumeric(slot.cell.content) &&
      style.numberFormat
    ) {
      align = "right";
    }
    return {
      kind: "paragraph",
      runs: text === "" ? [] : [{ text: safeText(text), style, size: runSize }],
      ...(align ? { align } : {}),
      size: runSize,
    };
  }

  /** An empty row as an empty paragraph of the row's height. */
  emptyParagraph(row: number): ParagraphSpec {
    return {
      kind: "paragraph",
      runs: [],
      size: TABLE_SIZE,
      exactHeight: this.heights.get(row) ?? EMPTY_ROW_POINTS,
    };
  }

  /** Rows `top`–`bottom` as a borderless table over every column of the sheet. */
  layoutTable(top: number, bottom: number): TableSpec {
    const rows: RowSpec[] = [];
    for (let r = top; r <= bottom; r++) {
      const slots = this.slots(r, 1, this.lastColumn, top, bottom, true);
      const empty = slots.every((s) => this.slotText(s, r) === "");
      const merged = empty
        ? [{ col: 1, span: this.lastColumn }]
        : joinEmpty(slots, (s) => this.slotText(s, r));
      rows.push({
        header: false,
        cells: merged.map((slot) => {
          const paragraph = empty ? this.emptyParagraph(r) : this.paragraphOf(slot, r, BODY_SIZE, false);
          return {
            span: slot.span,
            width: this.columnsWidth(slot.col, slot.col + slot.span - 1),
            paragraph,
            style: this.style(slot.cell),
            bordered: false,
          };
        }),
      });
    }
    return { kind: "table", columns: [...this.widths], indent: 0, padding: 0, rows };
  }

  /** Rows of a text part: paragraphs, and rows of several cells side by side as borderless tables. */
  textRows(top: number, bottom: number, blocks: Block[]): void {
    let r = top;
    while (r <= bottom) {
      const slots = this.textSlots(r);
      if (slots.length <= 1) {
        blocks.push(slots[0] ? this.textParagraph(slots[0], r) : this.emptyParagraph(r));
        r++;
        continue;
      }
      let end = r;
      while (end + 1 <= bottom && this.textSlots(end + 1).length > 1) end++;
      blocks.push(this.layoutTable(r, end));
      r = end + 1;
    }
  }

  /** The slots of a row that hold text. */
  private textSlots(row: number): Slot[] {
    return this.slots(row, 1, this.lastColumn, row, row, true).filter((s) => this.slotText(s, row) !== "");
  }

  private textParagraph(slot: Slot, row: number): ParagraphSpec {
    const p = this.paragraphOf(slot, row, BODY_SIZE, false);
    const style = this.style(slot.cell);
    const left = this.columnsWidth(1, slot.col - 1);
    const right = this.columnsWidth(slot.col + slot.span, this.lastColumn);
    const body = p.align === "justify";
    const indent = {
      ...(left > 0 ? { left } : {}),
      ...(right > 0 ? { right } : {}),
      ...(body ? { firstLine: FIRST_LINE_INDENT } : {}),
    };
    if (Object.keys(indent).length > 0) p.indent = indent;
    const heading = !!style.font?.bold;
    if (body || (heading && p.align !== "center")) p.spaceBefore = PARAGRAPH_SPACING;
    // Headings and titles stay with what follows them.
    if (heading) p.keepNext = true;
    return p;
  }

  /** A table part: its bordered rows as tables, the other rows as paragraphs (notes after the table). */
  tableRows(part: ReportPart, blocks: Block[]): void {
    let r = part.top;
    while (r <= part.bottom) {
      if (!this.tableRow(r)) {
        const slots = this.textSlots(r);
        if (slots.length > 1) blocks.push(this.layoutTable(r, r));
        else blocks.push(slots[0] ? this.textParagraph(slots[0], r) : this.emptyParagraph(r));
        r++;
        continue;
      }
      let end = r;
      while (end + 1 <= part.bottom && this.tableRow(end + 1)) end++;
      blocks.push(this.borderedTable(r, end, part.header));
      r = end + 1;
    }
  }

  private borderedTable(top: number, bottom: number, header: [number, number] | undefined): TableSpec {
    let from = this.lastColumn;
    let to = 1;
    for (let r = top; r <= bottom; r++) {
      for (const cell of this.rowCells(r)) {
        const m = this.mergeAt(r, cell.col);
        from = Math.min(from, m?.left ?? cell.col);
        to = Math.max(to, m?.right ?? cell.col);
      }
    }
    if (from > to) [from, to] = [1, this.lastColumn];
    const rows: RowSpec[] = [];
    for (let r = top; r <= bottom; r++) {
      const isHeader = !!header && header[0] <= r && r <= header[1] && top <= header[0];
      rows.push({
        header: isHeader && rows.every((row) => row.header),
        cells: this.slots(r, from, to, top, bottom, false).map((slot) => ({
          span: slot.span,
          width: this.columnsWidth(slot.col, slot.col + slot.span - 1),
          ...(slot.merge ? { merge: slot.merge } : {}),
          paragraph: this.paragraphOf(slot, r, TABLE_SIZE, true),
          style: this.style(slot.cell),
          bordered: true,
        })),
      });
    }
    // A short table stays on one page; a long one keeps its header rows with its first row.
    const keep =
      rows.length <= KEEP_TABLE_ROWS ? rows.length - 1 : rows.filter((row) => row.header).length + 1;
    rows.slice(0, Math.min(keep, rows.length - 1)).forEach((row) => (row.keepNext = true));
    return {
      kind: "table",
      columns: this.widths.slice(from - 1, to),
      indent: this.columnsWidth(1, from - 1),
      padding: CELL_PADDING,
      rows,
    };
  }
}

/** Adjacent empty slots joined into one (a layout row's gaps). */
function joinEmpty(slots: Slot[], text: (s: Slot) => string): Slot[] {
  const out: Slot[] = [];
  for (const slot of slots) {
    const previous = out[out.length - 1];
    if (previous && text(previous) === "" && text(slot) === "" && !previous.merge && !slot.merge) {
      out[out.length - 1] = { col: previous.col, span: previous.span + slot.span };
    } else {
      out.push({ ...slot });
    }
  }
  return out;
}

function contentText(cell: ReportCell): string {
  return cell.content.kind === "text" ? cell.content.text : "x";
}

/**
 * Column widths in Excel characters → twips adding up to `total`: each column in proportion to
 * its width in pixels (7 per character plus 5 of padding), as Excel prints a sheet fitted to the
 * page's width.
 */
export function scaleWidths(characters: readonly number[], total: number): number[] {
  const pixels = characters.map((w) => (Number.isFinite(w) && w > 0 ? w * 7 + 5 : 0));
  const sum = pixels.reduce((a, b) => a + b, 0);
  if (sum <= 0) return characters.map(() => Math.floor(total / Math.max(1, characters.length)));
  const out: number[] = [];
  let edge = 0;
  let cumulative = 0;
  for (const px of pixels) {
    cumulative += px;
    const next = Math.round((cumulative / sum) * total);
    out.push(next - edge);
    edge = next;
  }
  return out;
}

/** Text as XML can hold it (reports/safeText.ts): a paragraph keeps its line breaks. */
export const safeText = xmlSafeText;
