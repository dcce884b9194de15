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
 * If the sync fails while merges were asked for, the read is retried once without them: the only
 * case where reading takes a second sync, so that such a sheet can still be read.
 */

import type { CellRange, Grid, Issue, Result } from "../../core/types";
import { fail, ok } from "../../core/types";
import { parseAddress, parseAreas } from "./address";
import { toCellValue } from "./cells";
import type { ExcelContext, IsSetSupported, Range, RangeAreas } from "./excelApi";
import { excelApi, officeError, officeRequirements } from "./excelApi";

export interface ReadOptions {
  /** Requirement-set check; default: the running Office's (nothing outside Office). */
  supports?: IsSetSupported;
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
  let attempt = await queueAndSync(context, target, withMerges);
  if (!attempt.ok && withMerges && !isFinal(attempt.code)) {
    attempt = await queueAndSync(context, target, false);
  }
  if (!attempt.ok) return fail(readIssue(attempt.code, attempt.message, how.notFound));

  const { range, fallback, merges } = attempt;
  if (range.isNullObject) {
    const where = fallback ? parseAddress(fallback.address) : undefined;
    return ok({
      sheet: where?.sheet ?? "",
      origin: { row: where?.block.top ?? 1, col: where?.block.left ?? 1 },
      cells: [],
    });
  }
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
): Promise<Attempt> {
  try {
    const { range, fallback, mergeSource } = target();
    range.load("address,values");
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
  return code === "ItemNotFound" || /PayloadSizeLimitExceeded|ResourceLimit|TooLarge/i.test(code);
}

function readIssue(code: string, message: string, notFound: Issue | undefined): Issue {
  if (code === "ItemNotFound" && notFound) return notFound;
  if (/PayloadSizeLimitExceeded|ResourceLimit|TooLarge/i.test(code)) {
    return { level: "error", code: "excel-read-too-large" };
  }
  return { level: "error", code: "excel-read-failed", params: { reason: message || code || "?" } };
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
