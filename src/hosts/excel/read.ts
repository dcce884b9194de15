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
 * just the table). These are the only reads that take more than one sync.
 */

import type { CellRange, Grid, Issue, Result } from "../../core/types";
import { fail, ok } from "../../core/types";
import { toCellValue } from "./cells";
import { blockAddress, parseAddress, parseAreas } from "./address";
import type { ExcelContext, IsSetSupported, Range, RangeAreas } from "./excelApi";
import { excelApi, officeError, officeRequirements } from "./excelApi";

/** Estimated bytes one response of a chunked read may carry: a fifth below Excel on the web's 5 MB. */
export const RESPONSE_BUDGET = 4_000_000;
/** Bytes per cell guessed for the first chunk, before any was measured. */
const GUESS_BYTES_PER_CELL = 24;
/** Rows of a chunk are sized this much above the largest bytes per row measured so far. */
const ROW_MARGIN = 1.15;
/**
 * The most cells read in parts (as the .xlsx host's MAX_GRID_CELLS): a stray value at XFD1048576
 * must not start 15,000 syncs and 17 billion cells. Larger blocks: "excel-read-too-large".
 */
export const MAX_READ_CELLS = 4_000_000;

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
    // Merged areas come from the selection itself: the intersection may be a null object.
    return { range: selected.getIntersectionOrNullObject(used), fallback: selected, mergeSource: selected };
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
}

async function readBlock(
  context: ExcelContext,
  options: ReadOptions,
  how: { merges: boolean; notFound?: Issue },
  target: () => Target,
): Promise<Result<Grid>> {
  const supports = options.supports ?? officeRequirements();
  const withMerges = how.merges && excelApi(supports, "1.13");
  let attempt = await queueAndSync(context, target, withMerges, "address,values");
  if (!attempt.ok && withMerges && !isFinal(attempt.code)) {
    attempt = await queueAndSync(context, target, false, "address,values");
  }
  if (!attempt.ok && isTooLarge(attempt.code)) {
    return readInParts(context, target, withMerges, how.notFound, options);
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
  return ok(grid);
}

type Attempt =
  | { ok: true; range: Range; fallback?: Range; merges?: RangeAreas }
  | { ok: false; code: string; message: string };

async function queueAndSync(
  context: ExcelContext,
  target: () => Target,
  withMerges: boolean,
  properties: "address,values" | "address",
): Promise<Attempt> {
  try {
    const { range, fallback, mergeSource } = target();
    range.load(properties);
    let merges: RangeAreas | undefined;
    if (withMerges) {
      merges = (mergeSource ?? range).getMergedAreasOrNullObject();
      merges.load("address");
    }
    await context.sync();
    return { ok: true, range, fallback, merges };
  } catch (err) {
    return { ok: false, ...officeError(err) };
  }
}

/** Errors a retry without merges cannot help. */
function isFinal(code: string): boolean {
  return code === "ItemNotFound" || isTooLarge(code);
}

/** Excel refused the request or its response as too large (ResponsePayloadSizeLimitExceeded...). */
function isTooLarge(code: string): boolean {
  return /PayloadSizeLimitExceeded|ResourceLimit|TooLarge/i.test(code);
}

function readIssue(code: string, message: string, notFound: Issue | undefined): Issue {
  if (code === "ItemNotFound" && notFound) return notFound;
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
  notFound: Issue | undefined,
  options: ReadOptions,
): Promise<Result<Grid>> {
  let attempt = await queueAndSync(context, target, withMerges, "address");
  if (!attempt.ok && withMerges && !isFinal(attempt.code)) {
    attempt = await queueAndSync(context, target, false, "address");
  }
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
  if (total * width > (options.maxCells ?? MAX_READ_CELLS))
    return fail({ level: "error", code: "excel-read-too-large" });
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
      if (isTooLarge(code) && rows > 1) {
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
