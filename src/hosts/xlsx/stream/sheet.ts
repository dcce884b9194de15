/**
 * One worksheet part to a {@link Grid}, in a single forward pass over its XML. The cells that hold
 * something are kept as three flat lists (row, column, value) in file order; the dense grid is
 * built once the sheet's used block is known (merged-away cells and blank text excluded), so a
 * stray value at XFD1048576 costs one entry, not a row of 16,384 cells.
 *
 * Values as ExcelJS 4.4.0 gave them: shared and inline strings (rich text joined), numbers, dates
 * where the cell's style has a date format (1900 or 1904 system), booleans, `{error}`, formulas by
 * their cached result (none, or "", is empty), cells covered by a merge empty.
 */

import { legacyFontEncoding } from "../../../core/text/legacy";
import type { CellRange, CellValue } from "../../../core/types";
import { buildGrid, NUMBER, OTHER, SHARED, type LegacyCell, type SheetGrid } from "../sheet-grid";
import type { SharedStrings, Styles } from "./parts";
import { readStringItem, type StringItem } from "./parts";
import {
  ByteXmlReader,
  CLOSE,
  decodeBytes,
  decodeText,
  EOF,
  find,
  indexOfText,
  startsWithAt,
  XlsxCorrupt,
} from "./xml";

/** Excel's limits: cells addressed beyond them are not cells of a sheet. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

export interface SheetContext {
  strings: SharedStrings;
  styles: Styles;
  date1904: boolean;
}

/** The sheet's grid, and (not in Grid yet) the rows the file marks hidden. */
export interface ReadSheet extends SheetGrid {
  hiddenRows: number[];
}

// Cell types (`t`), as small numbers for the hot loop.
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

const MS_PER_DAY = 24 * 3600 * 1000;

/** ExcelJS's excelToDate: a serial to a Date at UTC midnight plus the time of day. */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY));
}

/** A worksheet part, as its UTF-8 bytes (without a BOM), to its grid. */
export function readSheet(xml: Uint8Array, name: string, ctx: SheetContext): ReadSheet {
  const r = new ByteXmlReader(xml);
  const scan = startScan(ctx, xml.length);
  if (r.seek("sheetData") && !r.selfClosing) scanRows(r, scan, false);
  return endScan(scan, r, name);
}

/**
 * A worksheet part as it inflates, in chunks, to its grid: the same grid as {@link readSheet} of the
 * whole part, without ever holding the whole part (22 MB for 100,000 rows, a fresh allocation on
 * each read that the machine must page in). The chunks gather in one window, kept from sheet to
 * sheet; whenever it holds a `<row` after others, the rows before it are read and dropped, so the
 * window holds about a chunk and a row. Undefined when the part cannot be read in stretches (UTF-16,
 * a `<row` inside a comment, broken XML...): the caller then reads it whole, which gives the
 * grid or the error the part deserves. `size` is the part's declared size.
 */
export async function readSheetChunks(
  chunks: AsyncIterable<Uint8Array>,
  name: string,
  ctx: SheetContext,
  size: number,
): Promise<ReadSheet | undefined> {
  const w = takeWindow();
  const scan = startScan(ctx, size);
  // Where the rows start (after <sheetData>), and then whether </sheetData> has been read.
  let phase: "head" | "rows" | "tail" = "head";
  // Where to look for "sheetData" in the head: not again through bytes already searched.
  let headFrom = 0;
  try {
    for await (const chunk of chunks) {
      let searchFrom = Math.max(1, w.length - 4);
      w.append(chunk);
      if (phase === "head") {
        if (w.length < 3) continue;
        if (w.bytes[0] === 0xef && w.bytes[1] === 0xbb && w.bytes[2] === 0xbf) w.drop(3);
        else if (w.bytes[0] === 0xff || w.bytes[0] === 0xfe) return undefined; // UTF-16
        const at = indexOfText(w.view(), "sheetData", headFrom);
        headFrom = at < 0 ? Math.max(0, w.length - 8) : at;
        if (at < 0 || find(w.view(), 0x3e, at) < 0) continue;
        const r = new ByteXmlReader(w.view());
        if (!r.seek("sheetData")) return undefined;
        phase = r.selfClosing ? "tail" : "rows";
        w.drop(r.pos);
        searchFrom = 1;
      }
      if (phase !== "rows") continue;
      const cut = lastRowStart(w.view(), searchFrom);
      if (cut <= 0) continue;
      const r = new ByteXmlReader(w.view(cut));
      if (scanRows(r, scan, true)) {
        phase = "tail";
        w.drop(r.pos);
      } else w.drop(cut);
    }
    const r = new ByteXmlReader(w.view());
    if (phase === "head") {
      if (r.seek("sheetData") && !r.selfClosing) scanRows(r, scan, false);
    } else if (phase === "rows") scanRows(r, scan, false);
    return endScan(scan, r, name);
  } catch (err) {
    if (err instanceof XlsxCorrupt) return undefined;
    throw err;
  } finally {
    // Kept unless it grew large (a part it could not cut, such as one with prefixed names).
    if (w.bytes.length <= KEPT_WINDOW) spareWindow = w.bytes;
  }
}

/**
 * Where the last `<row` tag of `xml` starts, searched from the end back to `from` (the bytes before
 * it were searched when they came); -1 when there is none.
 */
function lastRowStart(xml: Uint8Array, from: number): number {
  for (let i = xml.length - 5; i >= from; i--) {
    if (xml[i] !== 0x3c || !startsWithAt(xml, "<row", i)) continue;
    const c = xml[i + 4];
    if (c === 0x20 || c === 0x3e || c === 0x2f || c === 0x0a || c === 0x0d || c === 0x09) return i;
  }
  return -1;
}

/** A growable byte buffer: what has come of a part and is not read yet. */
class Window {
  length = 0;
  constructor(public bytes: Uint8Array<ArrayBuffer>) {}

  append(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + chunk.length));
      grown.set(this.view());
      this.bytes = grown;
    }
    this.bytes.set(chunk, this.length);
    this.length += chunk.length;
  }

  /** Drops the first `n` bytes. */
  drop(n: number): void {
    this.bytes.copyWithin(0, n, this.length);
    this.length -= n;
  }

  view(end = this.length): Uint8Array {
    return this.bytes.subarray(0, end);
  }
}

/** The largest window kept for the next sheet. */
const KEPT_WINDOW = 4 << 20;

/** The window of the last sheet read in chunks, kept for the next one (reading one sheet at a time). */
let spareWindow: Uint8Array<ArrayBuffer> | undefined;

function takeWindow(): Window {
  const w = new Window(spareWindow ?? new Uint8Array(1 << 20));
  spareWindow = undefined;
  return w;
}

/** What the reading of one sheet carries from one stretch of its rows to the next. */
interface Scan {
  ctx: SheetContext;
  lists: CellLists;
  /** Cells kept so far, and the last row number. */
  count: number;
  row: number;
  others: CellValue[];
  legacy: LegacyCell[];
  hiddenRows: number[];
  /** Whether a run font is a legacy Vietnamese one, by name. */
  runLegacy: Map<string, boolean>;
  attrs: CellAttributes;
}

/** A new scan for a sheet of about `size` bytes of XML. */
function startScan(ctx: SheetContext, size: number): Scan {
  // The cells in typed lists (CellLists), sized for a cell every 32 bytes of XML
  // (a shared-string cell with its reference and style takes 30 to 40), so that they seldom grow;
  // at most a million to start with (17 MB), whatever a part padded with blank space declares.
  const capacity = Math.min(1 << 20, Math.max(4096, size >> 5));
  const lists = spare !== undefined && spare.rowOf.length >= capacity ? spare : newLists(capacity);
  spare = undefined;
  return {
    ctx,
    lists,
    count: 0,
    row: 0,
    others: [],
    legacy: [],
    hiddenRows: [],
    runLegacy: new Map(),
    attrs: { selfClosing: false, r: -1, rEnd: -1, s: -1, sEnd: -1, t: -1, tEnd: -1, hidden: -1 },
  };
}

/**
 * The rows of sheetData from `r`'s position on, into `scan`. True at `</sheetData>`. At the end of
 * `r`'s bytes: an error, unless `partial` (the bytes are a stretch of the part that ends between two
 * rows, see readSheetChunks): then false, the next stretch goes on from there.
 */
function scanRows(r: ByteXmlReader, scan: Scan, partial: boolean): boolean {
  const xml = r.xml;
  let { rowOf, colOf, kindOf, numOf } = scan.lists;
  let count = scan.count;
  let row = scan.row;
  let closed = false;
  const { others, legacy, hiddenRows, runLegacy, attrs } = scan;
  const { strings, styles, date1904 } = scan.ctx;
  const stringCount = strings.text.length;
  for (;;) {
    const kind = r.next();
    if (kind === EOF) {
      if (!partial) throw new XlsxCorrupt("sheetData not closed");
      break;
    }
    if (kind === CLOSE) {
      closed = true; // </sheetData>
      break;
    }
    if (!r.is("row")) {
      r.skipElement();
      continue;
    }
    // r and hidden in one pass over the row's attributes.
    cellAttributes(xml, r.attrStart, r.attrEnd, attrs);
    row = attrs.r >= 0 ? parseDigits(xml, attrs.r, attrs.rEnd) : row + 1;
    if (!(row >= 1)) throw new XlsxCorrupt("bad row number");
    const hiddenAt = attrs.hidden;
    if (hiddenAt >= 0 && (xml[hiddenAt] === 0x31 || startsWithAt(xml, "true", hiddenAt)))
      hiddenRows.push(row);
    if (r.selfClosing) continue;
    let col = 0;
    for (;;) {
      // The usual <c r="B8" s="1" t="s"> read in one pass (fastCell); anything else by the tokenizer.
      const lt = find(xml, 0x3c, r.pos);
      const gt = lt >= 0 && xml[lt + 1] === 0x63 ? fastCell(xml, lt + 2, attrs) : -1;
      if (gt >= 0) {
        r.pos = gt + 1;
        r.selfClosing = attrs.selfClosing;
      } else {
        const k = r.next();
        if (k === EOF) throw new XlsxCorrupt("row not closed");
        if (k === CLOSE) break; // </row>
        if (!r.is("c")) {
          r.skipElement();
          continue;
        }
        cellAttributes(xml, r.attrStart, r.attrEnd, attrs);
      }
      // Column from the cell's reference (its row part is the row's, as ExcelJS read it).
      col = attrs.r >= 0 ? parseColumn(xml, attrs.r, attrs.rEnd) : col + 1;
      const s = attrs.s >= 0 ? parseDigits(xml, attrs.s, attrs.sEnd) : 0;
      const t = attrs.t >= 0 ? cellType(xml, attrs.t, attrs.tEnd) : T_NUMBER;
      if (r.selfClosing) continue;

      let formula = false;
      let vStart = -1;
      let vEnd = -1;
      let vText: string | undefined;
      let inline: StringItem | undefined;
      // The common shape, <v>digits or text</v></c>, read without the tokenizer.
      const p = r.pos;
      let done = false;
      if (xml[p] === 0x3c && xml[p + 1] === 0x76 && xml[p + 2] === 0x3e) {
        const lt = find(xml, 0x3c, p + 3);
        if (lt >= 0 && startsWithAt(xml, "</v></c>", lt)) {
          vStart = p + 3;
          vEnd = lt;
          r.pos = lt + 8;
          done = true;
        }
      }
      while (!done) {
        const kc = r.next();
        if (kc === EOF) throw new XlsxCorrupt("cell not closed");
        if (kc === CLOSE) {
          if (r.is("c")) done = true;
          continue; // </v>, </f>
        }
        if (r.is("v")) {
          if (r.selfClosing) continue;
          const lt = find(xml, 0x3c, r.pos);
          if (lt >= 0 && xml[lt + 1] === 0x2f) {
            // Plain text up to </v>: kept as offsets, decoded only if it is text.
            vStart = r.pos;
            vEnd = lt;
            r.pos = lt;
          } else vText = r.text();
        } else if (r.is("f")) {
          formula = true;
          r.skipElement();
        } else if (r.is("is")) {
          inline = readStringItem(r);
        } else r.skipElement();
      }
      if (col > MAX_COL || row > MAX_ROW || col < 1) continue;

      const hasV = vText !== undefined ? vText !== "" : vEnd > vStart;

      let value: CellValue = null;
      let runFont: string | undefined;
      let shared = -1;
      if (t === T_INLINE && inline !== undefined) {
        value = inline.text;
        runFont = inline.runFont;
      } else if (!hasV) {
        continue;
      } else if (t === T_SHARED && !formula) {
        const index = vText === undefined ? parseDigits(xml, vStart, vEnd) : parseInt(vText, 10);
        if (!(index >= 0 && index < stringCount)) throw new XlsxCorrupt("shared string out of range");
        value = strings.text[index] as string;
        runFont = strings.runFont[index];
        shared = index;
      } else if (t === T_STR || t === T_INLINE) {
        value = vText ?? decodeText(decodeBytes(xml, vStart, vEnd));
      } else if (t === T_BOOL) {
        value = parseInt(vText ?? decodeBytes(xml, vStart, vEnd), 10) !== 0;
      } else if (t === T_ERROR) {
        value = { error: vText ?? decodeText(decodeBytes(xml, vStart, vEnd)) };
      } else if (t === T_DATE && !formula) {
        const date = new Date((vText ?? decodeBytes(xml, vStart, vEnd)).trim());
        value = Number.isNaN(date.getTime()) ? null : date;
      } else {
        const n = vText === undefined ? parseNumber(xml, vStart, vEnd) : parseFloat(vText);
        if (n !== n) continue; // NaN
        value = styles.isDate[s] === 1 ? serialToDate(n, date1904) : n;
        if (value instanceof Date && Number.isNaN(value.getTime())) continue;
      }
      if (value === null || value === "") continue;
      const at = count++;
      if (at === rowOf.length) {
        rowOf = grown(rowOf);
        colOf = grown(colOf);
        kindOf = grownBytes(kindOf);
        numOf = grownNumbers(numOf);
      }
      rowOf[at] = row;
      colOf[at] = col;
      if (typeof value === "number") {
        kindOf[at] = NUMBER;
        numOf[at] = value;
      } else if (shared >= 0) {
        kindOf[at] = SHARED;
        numOf[at] = shared;
      } else {
        kindOf[at] = OTHER;
        numOf[at] = others.push(value) - 1;
      }
      if (typeof value === "string") {
        // The font the text shows: its runs' one font, else its style's, else the default.
        let font: string | undefined;
        if (runFont !== undefined) {
          let isLegacy = runLegacy.get(runFont);
          if (isLegacy === undefined)
            runLegacy.set(runFont, (isLegacy = legacyFontEncoding(runFont) !== undefined));
          font = isLegacy ? runFont : undefined;
        } else font = s < styles.legacyFont.length ? styles.legacyFont[s] : styles.legacyFont[0];
        if (font !== undefined) legacy.push({ row, col, font });
      }
    }
  }
  scan.lists = { rowOf, colOf, kindOf, numOf };
  scan.count = count;
  scan.row = row;
  return closed;
}

/** After sheetData (`r` there): the merged areas, then the grid. */
function endScan(scan: Scan, r: ByteXmlReader, name: string): ReadSheet {
  const { strings } = scan.ctx;
  const { rowOf, colOf, kindOf, numOf } = scan.lists;
  const { count, others, legacy, hiddenRows } = scan;
  const merges: CellRange[] = [];
  // Merged areas (anything else, validations included, is passed over).
  while (r.seek("mergeCell")) {
    const range = parseRange(r.attr("ref") ?? "");
    if (range && (range.bottom > range.top || range.right > range.left)) merges.push(range);
  }
  const entries = {
    n: count,
    rowOf,
    colOf,
    kindOf,
    numOf,
    strings: strings.text,
    blankStrings: strings.blank,
    others,
  };
  const built = buildGrid(name, entries, merges, legacy);
  // Every text a cell can hold: the shared strings and the sheet's own (the reader's legacy check).
  built.grid.texts = textsOf(strings.text, others);
  spare = { rowOf, colOf, kindOf, numOf };
  return { ...built, hiddenRows };
}

/** The shared strings, and the sheet's own texts after them if it has any (not a copy per sheet otherwise). */
function textsOf(shared: readonly string[], others: readonly CellValue[]): readonly string[] {
  const own = others.filter((v): v is string => typeof v === "string");
  return own.length === 0 ? shared : [...shared, ...own];
}

/**
 * The typed lists of {@link SheetCells}. Values in typed arrays too: a list of a million values,
 * pushed to, was the loop's largest cost.
 */
interface CellLists {
  rowOf: Int32Array<ArrayBuffer>;
  colOf: Int32Array<ArrayBuffer>;
  kindOf: Uint8Array<ArrayBuffer>;
  numOf: Float64Array<ArrayBuffer>;
}

function newLists(capacity: number): CellLists {
  return {
    rowOf: new Int32Array(capacity),
    colOf: new Int32Array(capacity),
    kindOf: new Uint8Array(capacity),
    numOf: new Float64Array(capacity),
  };
}

/**
 * The lists of the last sheet read, for the next one (reading is synchronous: one sheet at a time).
 * A 100,000-row sheet fills about 12 MB of them; allocated afresh for each sheet, outside the
 * JavaScript heap, they made V8 start a full collection in the middle of the next read (external
 * memory pressure). Kept: at most what the largest sheet read needed, 17 MB at the very most.
 */
let spare: CellLists | undefined;

function grownBytes(a: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(a.length * 2);
  b.set(a);
  return b;
}

function grownNumbers(a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Where a cell's r, s and t values are (-1: absent); filled by {@link cellAttributes}. */
interface CellAttributes {
  /** Set by {@link fastCell} only. */
  selfClosing: boolean;
  r: number;
  rEnd: number;
  s: number;
  sEnd: number;
  t: number;
  tEnd: number;
  /** A `<row>`'s hidden. */
  hidden: number;
}

/**
 * One pass over a `<c>` tag's attributes for r, s and t, or a `<row>`'s for r and hidden
 * (unprefixed, as SpreadsheetML has them).
 */
function cellAttributes(xml: Uint8Array, from: number, to: number, out: CellAttributes): void {
  out.r = out.s = out.t = out.hidden = -1;
  let i = from;
  while (i < to) {
    const c = xml[i];
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < to) {
      const d = xml[i];
      if (d === 0x3d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09) break;
      i++;
    }
    const nameLength = i - nameStart;
    const eq = find(xml, 0x3d, i);
    if (eq < 0 || eq >= to) throw new XlsxCorrupt("attribute without a value");
    i = eq + 1;
    while (i < to && xml[i] !== 0x22 && xml[i] !== 0x27) i++;
    if (i >= to) throw new XlsxCorrupt("unquoted attribute");
    const close = find(xml, xml[i] as number, i + 1);
    if (close < 0 || close > to) throw new XlsxCorrupt("unclosed attribute");
    noteAttribute(xml, nameStart, nameLength, i + 1, close, out);
    i = close + 1;
  }
}

/**
 * Where the value (`from` to `to`) of the attribute named at `name` (`length` bytes) goes in `out`:
 * r, s, t or hidden; any other attribute is passed over.
 */
function noteAttribute(
  xml: Uint8Array,
  name: number,
  length: number,
  from: number,
  to: number,
  out: CellAttributes,
): void {
  if (length === 1) {
    const n = xml[name];
    if (n === 0x72) {
      out.r = from;
      out.rEnd = to;
    } else if (n === 0x73) {
      out.s = from;
      out.sEnd = to;
    } else if (n === 0x74) {
      out.t = from;
      out.tEnd = to;
    }
  } else if (length === 6 && startsWithAt(xml, "hidden", name)) out.hidden = from;
}

/**
 * A `<c` tag (at `from`, just past its name) in the strict form Excel writes: attributes each after
 * one space, a name of letters, digits or colons, `="`, a value without `"`; then `>` or `/>`. Fills
 * `out` as {@link cellAttributes} does and returns where its `>` is; -1 for any other form (a
 * prefixed name, other spacing, single quotes, the end of the text...), which the tokenizer reads.
 */
function fastCell(xml: Uint8Array, from: number, out: CellAttributes): number {
  out.r = out.s = out.t = out.hidden = -1;
  let i = from;
  for (;;) {
    const c = xml[i];
    if (c === 0x3e) {
      out.selfClosing = false;
      return i;
    }
    if (c === 0x2f) {
      if (xml[i + 1] !== 0x3e) return -1;
      out.selfClosing = true;
      return i + 1;
    }
    if (c !== 0x20) return -1;
    const nameStart = ++i;
    for (;;) {
      const d = xml[i];
      if (d === undefined) return -1;
      if (!((d >= 0x61 && d <= 0x7a) || (d >= 0x41 && d <= 0x5a) || (d >= 0x30 && d <= 0x3a))) break;
      i++;
    }
    if (i === nameStart || xml[i] !== 0x3d || xml[i + 1] !== 0x22) return -1;
    const close = find(xml, 0x22, i + 2);
    if (close < 0) return -1;
    noteAttribute(xml, nameStart, i - nameStart, i + 2, close, out);
    i = close + 1;
  }
}

function cellType(xml: Uint8Array, at: number, end: number): number {
  const c = xml[at];
  const length = end - at;
  if (length === 1) {
    if (c === 0x73) return T_SHARED; // s
    if (c === 0x62) return T_BOOL; // b
    if (c === 0x65) return T_ERROR; // e
    if (c === 0x64) return T_DATE; // d
    return T_NUMBER;
  }
  if (length === 3 && startsWithAt(xml, "str", at)) return T_STR;
  if (length === 9 && startsWithAt(xml, "inlineStr", at)) return T_INLINE;
  return T_NUMBER;
}

/** A non-negative integer written in digits; NaN when it is anything else. */
function parseDigits(xml: Uint8Array, at: number, end: number): number {
  if (end <= at || end - at > 15) return NaN;
  let n = 0;
  for (let i = at; i < end; i++) {
    const d = (xml[i] as number) - 0x30;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** A number as parseFloat reads it, with a fast path for plain integers. */
function parseNumber(xml: Uint8Array, at: number, end: number): number {
  if (end - at <= 9) {
    const n = parseDigits(xml, at, end);
    // Under 10^9: an int32, which V8 stores in the values list without boxing it.
    if (n === n) return n | 0;
  }
  return parseFloat(decodeBytes(xml, at, end));
}

/** The column of a reference ("AB12" → 28); NaN when it does not start with letters. */
function parseColumn(xml: Uint8Array, at: number, end: number): number {
  let col = 0;
  let i = at;
  for (; i < end && i - at < 4; i++) {
    const c = (xml[i] as number) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  return i === at ? NaN : col;
}

/** "A1:C2" (or "A1") to a range, corners in order; undefined when it is not one. */
export function parseRange(ref: string): CellRange | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!m) return undefined;
  const c1 = columnOf(m[1] as string);
  const r1 = Number(m[2]);
  const c2 = m[3] === undefined ? c1 : columnOf(m[3]);
  const r2 = m[4] === undefined ? r1 : Number(m[4]);
  if (!(r1 >= 1 && r2 >= 1 && c1 >= 1 && c2 >= 1)) return undefined;
  return {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.min(Math.max(r1, r2), MAX_ROW),
    right: Math.min(Math.max(c1, c2), MAX_COL),
  };
}

/** The column of letters ("AB" → 28), as {@link parseColumn} reads them. */
function columnOf(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length && i < 4; i++) col = col * 26 + ((letters.charCodeAt(i) | 0x20) - 0x60);
  return col;
}
