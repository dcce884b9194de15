/**
 * Where a printed sheet must start a new page so that what belongs together stays together, as a
 * Word document keeps paragraphs with the next: the signature block with the paragraph before it,
 * a table's header with its first row and the heading above it, a heading with its first line.
 * Excel has no such setting, so the renderer places manual page breaks (PageSetup.rowBreaks) from
 * a model of the printed page: A4 between the margins, the sheet scaled to the page's width, the
 * rows' heights (a row without one is one line of 12 pt text), the print titles repeated on every
 * page after the first. The model is Excel's (Calibri's character width for the columns);
 * LibreOffice prints alike where Carlito stands in for Calibri.
 */
import { columnsWidthPt } from "./builder";
import type { ReportSheet } from "./types";

/** The style of section headings ("I- TỔNG HỢP …"), kept with what follows them. */
const HEADING_STYLE = "heading";

/** Height of a row without a height of its own: Excel's row for 12 pt Times New Roman. */
const DEFAULT_ROW_PT = 15.75;
const PT_PER_MM = 72 / 25.4;
const A4_MM = { short: 210, long: 297 };

/** The printable height of a page in the sheet's own points (before scaling to the page's width). */
function pageHeight(sheet: ReportSheet): number {
  const { orientation, margins } = sheet.page;
  const width = (orientation === "landscape" ? A4_MM.long : A4_MM.short) - margins.left - margins.right;
  const height = (orientation === "landscape" ? A4_MM.short : A4_MM.long) - margins.top - margins.bottom;
  const sheetWidth = columnsWidthPt(sheet.columnWidths, 1, sheet.columnWidths.length);
  const scale = sheet.page.fitToWidth && sheetWidth > 0 ? Math.min(1, (width * PT_PER_MM) / sheetWidth) : 1;
  return (height * PT_PER_MM) / scale;
}

/**
 * The rows of `sheet` that must start a page (a manual break above each), in order. Only what
 * would otherwise be split is moved; nothing moves when it all fits, nor when keeping it together
 * could not fit one page anyway.
 */
export function keepTogetherBreaks(sheet: ReportSheet): number[] {
  const heights = new Map(sheet.rowHeights.map((h) => [h.row, h.height]));
  const heightOf = (row: number): number => heights.get(row) ?? DEFAULT_ROW_PT;
  const filled = new Set(
    sheet.cells.filter((c) => !(c.content.kind === "text" && c.content.text === "")).map((c) => c.row),
  );
  const page = pageHeight(sheet);
  const titles = sheet.page.printTitleRows;
  const titleHeight = titles ? sumHeights(titles[0], titles[1], heightOf) : 0;

  // Rows that must print on one page: a table's header, its first row and the heading just above
  // it; the signature block (with Nơi nhận beside it) and the last paragraph before it.
  const groups: [number, number][] = [];
  const { parts } = sheet;
  parts.forEach((part, i) => {
    if (part.kind !== "table" || !part.header) return;
    const before = parts[i - 1];
    const heading =
      before?.kind === "text" && before.bottom >= part.top - 2
        ? lastFilled(before.top, before.bottom, filled)
        : undefined;
    groups.push([heading ?? part.top, Math.min(part.bottom, part.header[1] + 1)]);
  });
  // A heading with the first line under it.
  for (const cell of sheet.cells) {
    if (cell.style !== HEADING_STYLE) continue;
    const next = [...filled].filter((r) => r > cell.row).sort((x, y) => x - y)[0];
    if (next !== undefined && next <= cell.row + 2) groups.push([cell.row, next]);
  }
  const signature = [...parts].reverse().find((p) => p.kind === "layout" && p !== parts[0]);
  if (signature) groups.push([lastFilled(1, signature.top - 1, filled) ?? signature.top, signature.bottom]);
  groups.sort((a, b) => a[0] - b[0]);
  // Groups that share a row are one: a heading kept with the paragraph that a table is kept with.
  const merged: [number, number][] = [];
  for (const [from, to] of groups) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }

  const breaks: number[] = [];
  for (const [from, to] of merged) {
    const need = sumHeights(from, to, heightOf);
    const { used, room } = placeRow(from, breaks, page, titleHeight, heightOf);
    if (used > 0 && used + need > room && need <= page - titleHeight) breaks.push(from);
  }
  return breaks;
}

function sumHeights(from: number, to: number, heightOf: (row: number) => number): number {
  let sum = 0;
  for (let r = from; r <= to; r++) sum += heightOf(r);
  return sum;
}

function lastFilled(from: number, to: number, filled: ReadonlySet<number>): number | undefined {
  for (let r = to; r >= from; r--) if (filled.has(r)) return r;
  return undefined;
}

/**
 * Where `row` prints: how much of its page is used above it (0 when it starts the page) and how
 * tall that page's body is. Rows never split: a row that does not fit starts the next page, as
 * does a row with a manual break above it; pages after the first begin with the print titles.
 */
function placeRow(
  row: number,
  breaks: readonly number[],
  page: number,
  titleHeight: number,
  heightOf: (row: number) => number,
): { used: number; room: number } {
  let used = 0;
  let room = page;
  for (let r = 1; ; r++) {
    const h = heightOf(r);
    if (used > 0 && (breaks.includes(r) || used + h > room)) {
      used = 0;
      room = page - titleHeight;
    }
    if (r === row) return { used, room };
    used += h;
  }
}
