/**
 * A block of the workbook to a {@link Grid}, with one `context.sync()`: the values (not the
 * formulas: a formula cell gives its result, an error cell its text, mapped to `{ error }`), the
 * address (the grid's sheet and origin) and, where ExcelApi 1.13 is supported, the merged areas.
 * Nothing is written.
 *
 * Only cells with values count as used (`getUsedRange(true)`), so a sheet formatted down to row
 * 1,048,576 is read to its last value, not to its last border.
 *
 * `getMergedAreasOrNullObject` fails above 512 merged areas
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member).
 * If the sync fails while merges were asked for, the read is retried once without them, so that
 * such a sheet can still be read.
 *
 * Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded,
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 * about 40,000 rows of a six-column roster. Then the block is read in parts: one sync for its
 * address (and merged areas), then one per chunk of whole rows, each sized from the bytes of the
 * chunks already read to stay under {@link RESPONSE_BUDGET}; a chunk refused all the same is read
 * again in halves. The first chunk is sized from a guess per cell. `progress` hears rows done of
 * rows in all. A block above {@link MAX_READ_CELLS} cells is refused ("excel-read-too-large": select
 * just the table).
 *
 * Excel also refuses to read a range of more than 5,000,000 cells, in any Excel ("A range is
 * limited to 5,000,000 cells for read operations": the same page; error code RangeExceedsLimit,
 * "The cell count in the range has exceeded the maximum supported number",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * A used range that large is nearly always a stray value far from the table. When the first read
 * is refused so, the block's address is loaded (no cell is read) and the read refused with its own
 * message ("excel-read-cell-limit", with the block's address as the issue's cell), or, for a block
 * that is not above the limit after all, read in parts.
 *
 * Legacy Vietnamese fonts (TCVN3 ".VnTime…", VNI "VNI-Times…", `Grid.fonts`): the same sync loads
 * each column's font name (`getColumnProperties`, ExcelApi 1.9; null when the column mixes fonts,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcolumnproperties-member(1)).
 * A column in a legacy font is one block. Only when a mixed column holds text that `looksLegacy`
 * are the fonts of its cells read (`getCellProperties`), in one more sync (more for a sheet whose
 * mixed columns would not fit one response). Without ExcelApi 1.9 the whole block's font is loaded
 * instead (`format/font/name`, ExcelApi 1.1, null when mixed): a sheet all in one legacy font still
 * reads, and legacy-looking text in a mixed sheet is left to the reader to refuse. These are the
 * only reads that take more than one sync.
 */

import { legacyFontEncoding, looksLegacy } from "../../core/text/legacy";
import { legacyFontBlocks } from "../../core/text/legacy-blocks";
import type { CellRange, Grid, Issue, Result } from "../../core/types";
import { fail, ok } from "../../core/types";
import { toCellValue } from "./cells";
import { blockAddress, parseAddress, parseAreas } from "./address";
import type {
  ClientResult,
  ExcelContext,
  FontNameLoadOptions,
  FontNameProperties,
  IsSetSupported,
  Range,
  RangeAreas,
} from "./excelApi";
import { excelApi, officeError, officeRequirements } from "./excelApi";

/** Estimated bytes one response of a chunked read may carry: a fifth below Excel on the web's 5 MB. */
export const RESPONSE_BUDGET = 4_000_000;
/** Estimated response bytes per cell of `getCellProperties` for a font name. */
const FONT_BYTES_PER_CELL = 48;
const FONT_NAME: FontNameLoadOptions = { format: { font: { name: true } } };
/** Bytes per cell guessed for the first chunk, before any was measured. */
const GUESS_BYTES_PER_CELL = 24;
/** Rows of a chunk are sized this much above the largest bytes per row measured so far. */
const ROW_MARGIN = 1.15;
/**
 * The most cells read in parts (as the .xlsx host's MAX_GRID_CELLS): a stray value at XFD1048576
 * must not start 15,000 syncs and 17 billion cells. Larger blocks: "excel-read-too-large".
 */
export const MAX_READ_CELLS = 4_000_000;
/** Excel's limit on the cells of one range read (RangeExceedsLimit). */
export const EXCEL_READ_CELL_LIMIT = 5_000_000;

export interface ReadOptions {
  /** Requirement-set check; default: the running Office's (nothing outside Office). */
  supports?: IsSetSupported;
  /** Told rows done of rows in all while a block too large for one response is read in parts. */
  progress?: (done: number, total: number) => void;
  /** Estimated bytes per response of a read in parts (tests); default {@link RESPONSE_BUDGET}. */
  maxResponseBytes?: number;
  /** The most cells a read in parts takes (tests); default {@link MAX_READ_CELLS}. */
  maxCells?: number;
}

/** The selected block, cut to the cells with values (a whole-column selection reads its data only). */
export async function readSelection(context: ExcelContext, options: ReadOptions = {}): Promise<Result<Grid>> {
  return readBlock(context, options, { merges: true }, () => {
    const selected = context.workbook.getSelectedRange();
    const used = selected.worksheet.getUsedRange(true);
    selected.load("address");
    // Merged areas come from the selection itself, fonts from the used range: the intersection
    // may be a null object.
    return {
      range: selected.getIntersectionOrNullObject(used),
      fallback: selected,
      mergeSource: selected,
      fontSource: used,
    };
  });
}

/** Every cell with a value on the sheet `sheetName`. */
export async function readUsedRange(
  context: ExcelContext,
  sheetName: string,
  options: ReadOptions = {},
): Promise<Result<Grid>> {
  return readBlock(
    context,
    options,
    {
      merges: true,
      notFound: { level: "error", code: "excel-sheet-not-found", params: { sheet: sheetName } },
    },
    () => ({ range: context.workbook.worksheets.getItem(sheetName).getUsedRange(true) }),
  );
}

/** An Excel table (ListObject), its header row included. Tables hold no merged cells. */
export async function readTable(
  context: ExcelContext,
  tableName: string,
  options: ReadOptions = {},
): Promise<Result<Grid>> {
  return readBlock(
    context,
    options,
    {
      merges: false,
      notFound: { level: "error", code: "excel-table-not-found", params: { table: tableName } },
    },
    () => ({ range: context.workbook.tables.getItem(tableName).getRange() }),
  );
}

interface Target {
  /** What to read; may be a null object (a selection outside the data). */
  range: Range;
  /** Where an empty read is reported (the selection itself). */
  fallback?: Range;
  /** The range asked for its merged areas when `range` may be a null object. */
  mergeSource?: Range;
  /** The range asked for its fonts when `range` may be a null object (it holds `range`). */
  fontSource?: Range;
}

/** How the fonts are asked for: per column (ExcelApi 1.9), the whole block's (1.1), or not. */
type FontQuery = "columns" | "block" | false;

/** The fonts asked for in the first sync. */
interface ColumnFonts {
  source: Range;
  /** Set when `source` is not the range read (its address was loaded). */
  own: boolean;
  columns?: ClientResult<FontNameProperties[]>;
}

async function readBlock(
  context: ExcelContext,
  options: ReadOptions,
  how: { merges: boolean; notFound?: Issue },
  target: () => Target,
): Promise<Result<Grid>> {
  const supports = options.supports ?? officeRequirements();
  const withMerges = how.merges && excelApi(supports, "1.13");
  const withFonts: FontQuery = excelApi(supports, "1.9") ? "columns" : "block";
  const { attempt, fonts } = await firstSync(context, target, withMerges, withFonts, "address,values");
  if (!attempt.ok && (isTooLarge(attempt.code) || isCellLimit(attempt.code))) {
    return readInParts(context, target, withMerges, withFonts, how.notFound, options);
  }
  if (!attempt.ok) return fail(readIssue(attempt.code, attempt.message, how.notFound));

  const { range, fallback, merges } = attempt;
  if (range.isNullObject) return ok(emptyGrid(fallback));
  const where = parseAddress(range.address);
  if (!where) {
    return fail({ level: "error", code: "excel-read-failed", params: { reason: range.address } });
  }
  const grid: Grid = {
    sheet: where.sheet,
    origin: { row: where.block.top, col: where.block.left },
    cells: range.values.map((row) => row.map(toCellValue)),
  };
  const areas = merges && !merges.isNullObject ? mergedAreas(merges.address, where.block) : [];
  if (areas.length > 0) grid.merges = areas;
  await addFonts(context, grid, where.block, attempt.fonts, fonts, options);
  return ok(grid);
}

/**
 * The first sync, with merges and fonts; when it fails for another reason than a missing item or
 * size, again without merges (more than 512 merged areas), then without fonts as well. Reading
 * the values, a refusal of the cell count is final too (the values were too many); reading only the
 * address, it can only come from the merges or the fonts, so they are left out in turn.
 */
async function firstSync(
  context: ExcelContext,
  target: () => Target,
  withMerges: boolean,
  withFonts: FontQuery,
  properties: "address,values" | "address",
): Promise<{ attempt: Attempt; fonts: FontQuery }> {
  const final = (code: string): boolean => isFinal(code) || (properties !== "address" && isCellLimit(code));
  let fonts = withFonts;
  let attempt = await queueAndSync(context, target, withMerges, fonts, properties);
  if (!attempt.ok && withMerges && !final(attempt.code)) {
    attempt = await queueAndSync(context, target, false, fonts, properties);
  }
  if (!attempt.ok && fonts && !final(attempt.code)) {
    fonts = false;
    attempt = await queueAndSync(context, target, false, fonts, properties);
  }
  return { attempt, fonts };
}

type Attempt =
  | { ok: true; range: Range; fallback?: Range; merges?: RangeAreas; fonts?: ColumnFonts }
  | { ok: false; code: string; message: string };

async function queueAndSync(
  context: ExcelContext,
  target: () => Target,
  withMerges: boolean,
  withFonts: FontQuery,
  properties: "address,values" | "address",
): Promise<Attempt> {
  try {
    const { range, fallback, mergeSource, fontSource } = target();
    let fonts: ColumnFonts | undefined;
    if (withFonts) {
      const source = fontSource ?? range;
      const own = source !== range;
      fonts = { source, own };
      if (withFonts === "columns") {
        fonts.columns = source.getColumnProperties(FONT_NAME);
        if (own) source.load("address");
      } else source.load(own ? "address,format/font/name" : "format/font/name");
    }
    range.load(properties);
    let merges: RangeAreas | undefined;
    if (withMerges) {
      merges = (mergeSource ?? range).getMergedAreasOrNullObject();
      merges.load("address");
    }
    await context.sync();
    return { ok: true, range, fallback, merges, fonts };
  } catch (err) {
    return { ok: false, ...officeError(err) };
  }
}

/**
 * Sets `grid.fonts` from the fonts loaded with the block: each column's font (or the block's),
 * and, for mixed columns holding legacy-looking text, their cells' fonts in one more sync (or a
 * few, each response under the budget). A failure there leaves those columns without fonts.
 */
async function addFonts(
  context: ExcelContext,
  grid: Grid,
  block: CellRange,
  loaded: ColumnFonts | undefined,
  query: FontQuery,
  options: ReadOptions,
): Promise<void> {
  if (!loaded || !query || grid.cells.length === 0) return;
  const width = block.right - block.left + 1;
  /** Each column's one font; null when it mixes fonts. */
  const columns: (string | null)[] = new Array<string | null>(width).fill(null);
  try {
    let sourceLeft = block.left;
    if (loaded.own) {
      const where = parseAddress(loaded.source.address);
      if (!where) return;
      sourceLeft = where.block.left;
    }
    if (query === "columns") {
      const props = loaded.columns?.value ?? [];
      for (let j = 0; j < width; j++) columns[j] = fontName(props[block.left + j - sourceLeft]);
    } else {
      const name = loaded.source.format.font.name as unknown;
      columns.fill(typeof name === "string" ? name : null);
    }
  } catch {
    return;
  }
  const mixed: number[] = [];
  if (query === "columns") {
    for (let j = 0; j < width; j++) {
      if (columns[j] !== null) continue;
      if (grid.cells.some((row) => typeof row[j] === "string" && looksLegacy(row[j] as string) !== undefined))
        mixed.push(j);
    }
  }
  const cellFonts =
    mixed.length > 0 ? await readCellFonts(context, grid.sheet, block, mixed, options) : undefined;
  if (!columns.some((name) => name !== null && legacyFontEncoding(name)) && !cellFonts) return;
  const fonts = legacyFontBlocks(grid.cells, grid.origin, (i, j) => {
    const name = columns[j];
    if (name !== null && name !== undefined) return name;
    return cellFonts?.get(j)?.[i] ?? undefined;
  });
  if (fonts.length > 0) grid.fonts = fonts;
}

function fontName(props: FontNameProperties | undefined): string | null {
  const name = props?.format?.font?.name;
  return typeof name === "string" ? name : null;
}

/**
 * The font of every cell of the columns `mixed` (relative), by column: rows in chunks sized to keep
 * each response under the budget. Undefined when a sync fails.
 */
async function readCellFonts(
  context: ExcelContext,
  sheet: string,
  block: CellRange,
  mixed: number[],
  options: ReadOptions,
): Promise<Map<number, (string | null)[]> | undefined> {
  const budget = options.maxResponseBytes ?? RESPONSE_BUDGET;
  const total = block.bottom - block.top + 1;
  const rows = Math.max(1, Math.min(total, Math.floor(budget / (FONT_BYTES_PER_CELL * mixed.length))));
  const out = new Map<number, (string | null)[]>(mixed.map((j) => [j, []]));
  try {
    for (let top = block.top; top <= block.bottom; top += rows) {
      const bottom = Math.min(block.bottom, top + rows - 1);
      const ws = context.workbook.worksheets.getItem(sheet);
      const results = mixed.map((j) => {
        const col = block.left + j;
        return ws.getRange(blockAddress({ top, left: col, bottom, right: col })).getCellProperties(FONT_NAME);
      });
      await context.sync();
      results.forEach((result, k) => {
        const list = out.get(mixed[k] as number) as (string | null)[];
        for (const row of result.value) list.push(fontName(row[0]));
      });
    }
  } catch {
    return undefined;
  }
  return out;
}

/** Errors a retry without merges cannot help. */
function isFinal(code: string): boolean {
  return code === "ItemNotFound" || isTooLarge(code);
}

/** Excel refused the request or its response as too large (ResponsePayloadSizeLimitExceeded...). */
function isTooLarge(code: string): boolean {
  return /PayloadSizeLimitExceeded|ResourceLimit|TooLarge/i.test(code);
}

/** Excel refused to read so many cells (Excel.ErrorCodes.rangeExceedsLimit). */
export function isCellLimit(code: string): boolean {
  return code === "RangeExceedsLimit";
}

function readIssue(code: string, message: string, notFound: Issue | undefined): Issue {
  if (code === "ItemNotFound" && notFound) return notFound;
  if (isCellLimit(code)) return { level: "error", code: "excel-read-cell-limit" };
  if (isTooLarge(code)) {
    return { level: "error", code: "excel-read-too-large" };
  }
  return { level: "error", code: "excel-read-failed", params: { reason: message || code || "?" } };
}

/**
 * The block in row chunks: its address (and merged areas) first, then the values of whole rows,
 * each chunk in its own sync and sized to stay under the response budget.
 */
async function readInParts(
  context: ExcelContext,
  target: () => Target,
  withMerges: boolean,
  withFonts: FontQuery,
  notFound: Issue | undefined,
  options: ReadOptions,
): Promise<Result<Grid>> {
  const { attempt, fonts } = await firstSync(context, target, withMerges, withFonts, "address");
  if (!attempt.ok) return fail(readIssue(attempt.code, attempt.message, notFound));
  const { range, fallback, merges } = attempt;
  if (range.isNullObject) return ok(emptyGrid(fallback));
  const where = parseAddress(range.address);
  if (!where) {
    return fail({ level: "error", code: "excel-read-failed", params: { reason: range.address } });
  }
  const { sheet, block } = where;
  const total = block.bottom - block.top + 1;
  const width = block.right - block.left + 1;
  if (total * width > (options.maxCells ?? MAX_READ_CELLS)) {
    // The address with its sheet, as Excel gave it: the pane shows it beside the message.
    const cell = range.address;
    if (total * width > EXCEL_READ_CELL_LIMIT)
      return fail({ level: "error", code: "excel-read-cell-limit", cell });
    return fail({ level: "error", code: "excel-read-too-large", cell });
  }
  const budget = options.maxResponseBytes ?? RESPONSE_BUDGET;
  const cells: Grid["cells"] = [];
  // Bytes per row: guessed for the first chunk, then the largest average of a chunk read.
  let measured = 0;
  // At most this many rows after a chunk was refused all the same (its rows were heavier).
  let maxRows = total;
  let rows = chunkRows(budget, GUESS_BYTES_PER_CELL * width, total);
  options.progress?.(0, total);
  while (cells.length < total) {
    const top = block.top + cells.length;
    const bottom = Math.min(block.bottom, top + rows - 1);
    let chunk: Range;
    try {
      chunk = context.workbook.worksheets
        .getItem(sheet)
        .getRange(blockAddress({ top, left: block.left, bottom, right: block.right }));
      chunk.load("values");
      await context.sync();
    } catch (err) {
      const { code, message } = officeError(err);
      if ((isTooLarge(code) || isCellLimit(code)) && rows > 1) {
        maxRows = Math.ceil(rows / 2);
        rows = maxRows;
        continue;
      }
      return fail(readIssue(code, message, notFound));
    }
    const values = chunk.values;
    const count = bottom - top + 1;
    if (!Array.isArray(values) || values.length !== count) {
      return fail({
        level: "error",
        code: "excel-read-failed",
        params: { reason: `${sheet}!${top}:${bottom}` },
      });
    }
    for (const row of values) cells.push(row.map(toCellValue));
    measured = Math.max(measured, jsonBytes(values) / count);
    rows = Math.min(maxRows, chunkRows(budget, measured, total));
    options.progress?.(cells.length, total);
  }
  const grid: Grid = { sheet, origin: { row: block.top, col: block.left }, cells };
  const areas = merges && !merges.isNullObject ? mergedAreas(merges.address, block) : [];
  if (areas.length > 0) grid.merges = areas;
  await addFonts(context, grid, block, attempt.fonts, fonts, options);
  return ok(grid);
}

/** Rows per chunk for `bytesPerRow`, at least 1. */
function chunkRows(budget: number, bytesPerRow: number, total: number): number {
  return Math.max(1, Math.min(total, Math.floor(budget / (Math.max(1, bytesPerRow) * ROW_MARGIN))));
}

/** A block with no values (a selection outside the used range): no cells, at the block's place. */
function emptyGrid(fallback: Range | undefined): Grid {
  const where = fallback ? parseAddress(fallback.address) : undefined;
  return {
    sheet: where?.sheet ?? "",
    origin: { row: where?.block.top ?? 1, col: where?.block.left ?? 1 },
    cells: [],
  };
}

/** UTF-8 bytes of the JSON of `values`: what the response carrying them weighs. */
function jsonBytes(values: unknown[][]): number {
  const text = JSON.stringify(values) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Each half of a surrogate pair adds 1: the pair is 2 + 2 = 4 bytes, as in UTF-8.
    if (code >= 0xd800 && code <= 0xdfff) bytes += 1;
    else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/** Merged areas whose top-left cell is in the block read (what Excel returns for a range). */
function mergedAreas(address: string, block: CellRange): CellRange[] {
  return parseAreas(address).filter(
    (m) =>
      (m.bottom > m.top || m.right > m.left) &&
      m.top >= block.top &&
      m.top <= block.bottom &&
      m.left >= block.left &&
      m.left <= block.right,
  );
}
