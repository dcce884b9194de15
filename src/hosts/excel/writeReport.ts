/**
 * Inserts a {@link ReportDoc} into the open workbook as new sheets, of any size: in two syncs when
 * it fits two requests (every report of a real province), in one sync per request otherwise, then
 * one best-effort sync for the page setup. Every request stays under Excel on the web's 5 MB.
 *
 * Facts this relies on:
 * - Excel on the web rejects a request larger than 5 MB, and the limit is per `sync()`: "Split the
 *   operation into smaller pieces as needed. Call context.sync() for each sub-operation to avoid
 *   those operations getting batched together again."
 *   (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins,
 *   https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
 *   So chunking inside one sync does not help: a large report needs several syncs.
 * - A batch is not a transaction: a failing operation leaves the earlier ones done and the later
 *   ones not run (and nothing loaded in that batch is readable).
 * - `worksheets.add(name)` fails on a taken name (never replaces a sheet); `getItem` takes a name
 *   or an id, and ids survive renames; proxies stay usable across the syncs of one `Excel.run`.
 * - `Worksheet.getRanges(address)` takes the areas separated by the list separator of the regional
 *   format on Windows (";" under vi-VN, "," under en-US; the other one fails with InvalidArgument:
 *   https://github.com/OfficeDev/office-js/issues/1167, /issues/1985), "," on the web; office.d.ts
 *   says "comma-separated or semicolon-separated", and Office.js has no way to read the list
 *   separator (https://github.com/OfficeDev/office-js/issues/2891).
 *
 * The list separator: one `getRanges` list carries up to 200 areas with one set of formats; one
 * range per rectangle instead would repeat every format property for every rectangle (measured on
 * the deputy review of 2,000 units: 9,503 format operations and 45.5 MB estimated instead of 84 and
 * 1.3 MB, 12 requests instead of 1). So the writer keeps `getRanges` and finds the separator by
 * trying: when the caller does not know it yet (`areaSeparator`, remembered by the task pane for
 * its session), sync 1 starts with a probe, `getRanges("A1,A2")` on the active sheet, loaded and
 * nothing else (it reads no cell and writes nothing). If sync 1 fails with InvalidArgument, the probe
 * ran first, so nothing after it ran: sync 1 is sent again, the same, with ";". The separator that
 * worked is returned (`InsertResult.areaSeparator`) for the next report. Cost: none where "," works
 * (Excel on the web, English Windows), one failed sync once per session where ";" is the separator
 * (its request still carries the first batch, up to 4 MB, but over Windows' local channel to
 * Excel, not a network).
 * If the first sync failed for another reason after the probe, the second try's adds find the
 * temporary names taken and fail: the clean-up below then deletes whatever either try added.
 *
 * The sync plan (the plan and its size are computed before anything is sent):
 * 1. (probe;) load the sheet names; add every report sheet under a temporary name
 *    ("TinhGon-x7k2q9ab-1", effectively unique); load their ids; the first batch of writes
 *    (≤ the budget).
 * 2. … n−1: one batch of writes each (only for a report larger than two requests).
 * n. the last batch; rename the sheets to their final unique names ("Báo cáo", "Báo cáo (2)":
 *    known only now); activate the first. n = max(2, batches).
 * n+1. page setup (A4, margins, then print titles, fit to width, page numbers) of every sheet, on
 *    its own: the report is complete before it, and a page option this Excel refuses only leaves a
 *    note ("report-page-setup-failed"), never a rolled-back report.
 * A report that fits two requests (every report that could be inserted before, up to about 12,000
 * units of deputy review) takes 3 syncs; a larger one one more per 4 MB (estimated) of writes, with
 * `progress` told each step. A failure before the report is complete leaves the workbook as it was:
 * - a write sync from 2 on fails: one more sync deletes the new sheets by id;
 * - sync 1 fails: one sync looks the temporary names up, one more deletes those that exist.
 * The source sheet is never written: every write goes through the proxies of the new sheets.
 * Sheets the user adds while a large report is written are not seen: a clash with a final name
 * fails the last write sync, and the report is rolled back.
 */

import { issueMessage } from "../../core/messages";
import type { Issue, Result } from "../../core/types";
import { fail, ok } from "../../core/types";
import type { ReportDoc } from "../../reports/types";
import type { ExcelContext, IsSetSupported, Range, Worksheet } from "./excelApi";
import { officeError, officeRequirements } from "./excelApi";
import type { ChartPlan, PagePlan, PlannedOp, SheetOp, FormatProps } from "./plan";
import { uniqueSheetName } from "../../reports/sheetName";
import { capabilities, MAX_CELLS_OP_BYTES, planReport, splitBatches } from "./plan";

/**
 * Estimated bytes one request may carry. The estimate counts every action generously (see
 * plan.ts), and stays a fifth below Excel on the web's 5 MB.
 */
export const REQUEST_BUDGET = 4_000_000;
/** Estimated bytes of the fixed work per sheet: add, id, rename, activate. */
const FIXED_BYTES_PER_SHEET = 2_000;

/** The list separator `Worksheet.getRanges` takes in this Excel. */
export type AreaSeparator = "," | ";";

export interface InsertOptions {
  /** The sheet the data was read from: never written (the report always goes to new sheets). */
  sourceSheet?: string;
  /** Requirement-set check; default: the running Office's. */
  supports?: IsSetSupported;
  /** Estimated bytes per request (tests); default {@link REQUEST_BUDGET}. */
  maxRequestBytes?: number;
  /**
   * The separator `getRanges` took in an earlier insert of this session; unknown: found by trying
   * "," then ";" (see above).
   */
  areaSeparator?: AreaSeparator;
  /** Told syncs done of syncs planned: 0 before the first, then after each. */
  progress?: (done: number, total: number) => void;
}

export interface InsertResult {
  /** The names given to the report's sheets, in the order of `doc.sheets`. */
  sheetNames: string[];
  /**
   * What was left out (page setup without ExcelApi 1.9, page setup refused, ...), in Vietnamese,
   * without duplicates. `doc.notes` are not repeated here.
   */
  notes: string[];
  /** The separator `getRanges` took, when the report used it: pass it to the next insert. */
  areaSeparator?: AreaSeparator;
}

export async function insertReport(
  context: ExcelContext,
  doc: ReportDoc,
  opts: InsertOptions = {},
): Promise<Result<InsertResult>> {
  if (doc.sheets.length === 0) return fail({ level: "error", code: "report-empty" });
  const caps = capabilities(opts.supports ?? officeRequirements());
  const limit = opts.maxRequestBytes ?? REQUEST_BUDGET;
  // Cell writes are cut finer than a request (an eighth of it at most), so batches fill well.
  const plan = planReport(doc, caps, {
    maxCellsOpBytes: Math.min(MAX_CELLS_OP_BYTES, Math.floor(limit / 8)),
  });
  const budget = Math.max(1, limit - FIXED_BYTES_PER_SHEET * plan.sheets.length);
  const pageOps = plan.ops.filter((p) => p.op.kind === "page");
  const writeOps = plan.ops.filter((p) => p.op.kind !== "page");
  // Operations are cut to a fraction of the budget (plan.ts); only a pathological one (a single row
  // of megabytes) cannot be carried by any request.
  const oversized = writeOps.find((p) => p.bytes > budget);
  if (oversized) {
    return fail({
      level: "error",
      code: "report-too-large",
      params: { size: megabytes(oversized.bytes), limit: megabytes(limit) },
    });
  }
  const batches = splitBatches(writeOps, budget);
  const writeSyncs = Math.max(2, batches.length);
  let total = writeSyncs + (pageOps.length > 0 ? 1 : 0);
  let done = 0;
  const step = (): void => opts.progress?.(++done, total);
  opts.progress?.(0, total);

  const usesAreas = writeOps.some((p) => p.op.kind === "format" && p.op.addresses.length > 1);
  const separators: (AreaSeparator | undefined)[] = !usesAreas
    ? [undefined]
    : opts.areaSeparator
      ? [opts.areaSeparator]
      : [",", ";"];

  const worksheets = context.workbook.worksheets;
  // Random, so that no sheet of the user's has this name (a clash would fail the add, and the
  // clean-up after a failed sync 1 deletes the sheets found under these names).
  const token = Math.random().toString(36).slice(2, 10).padEnd(8, "0");
  const tempNames = plan.sheets.map((_, i) => `TinhGon-${token}-${i + 1}`);

  // Sync 1 (again with ";" when "," is refused): names, new sheets, their ids, the first batch.
  let sheets: Worksheet[] = [];
  let ids: string[] = [];
  let taken: string[] = [];
  let separator: AreaSeparator | undefined;
  const errors: { code: string; message: string }[] = [];
  for (let attempt = 0; ; attempt++) {
    separator = separators[attempt];
    const probing = separator !== undefined && opts.areaSeparator === undefined;
    try {
      if (probing) worksheets.getActiveWorksheet().getRanges(`A1${separator}A2`).load("address");
      worksheets.load("items/name");
      sheets = tempNames.map((name) => worksheets.add(name));
      for (const ws of sheets) ws.load("id");
      queueBatch(sheets, batches[0] ?? [], separator);
      await context.sync();
      ids = sheets.map((ws) => ws.id);
      taken = worksheets.items.map((ws) => ws.name).filter((name) => !tempNames.includes(name));
      break;
    } catch (err) {
      errors.push(officeError(err));
      if (probing && attempt + 1 < separators.length && errors[attempt]?.code === "InvalidArgument") {
        total++;
        step();
        continue;
      }
      return fail(await cleanUpByName(context, tempNames, reportedError(errors)));
    }
  }
  step();

  // Syncs 2 .. n: the other batches; with the last, the final names and the first sheet shown.
  if (opts.sourceSheet !== undefined) taken.push(opts.sourceSheet);
  const finalNames: string[] = [];
  for (const sheet of plan.sheets) {
    const name = uniqueSheetName(sheet.baseName, [...taken, ...finalNames]);
    finalNames.push(name);
  }
  for (let k = 1; k < writeSyncs; k++) {
    try {
      queueBatch(sheets, batches[k] ?? [], separator);
      if (k === writeSyncs - 1) {
        sheets.forEach((ws, i) => {
          ws.name = finalNames[i] as string;
        });
        sheets[0]?.activate();
      }
      await context.sync();
    } catch (err) {
      return fail(await cleanUpById(context, ids, finalNames, officeError(err)));
    }
    step();
  }

  const notes = new Set<string>();
  for (const note of plan.notes) {
    const issue: Issue = { level: "info", code: note.code, params: { sheet: finalNames[note.sheet] ?? "" } };
    notes.add(issueMessage(issue, "vi"));
  }

  // Page setup, best effort: the report is complete and stays whatever happens here.
  if (pageOps.length > 0) {
    const failed = await setUpPages(context, sheets, pageOps);
    if (failed) {
      const names = [...new Set(pageOps.map((p) => finalNames[p.sheet] ?? ""))];
      const issue: Issue = {
        level: "info",
        code: "report-page-setup-failed",
        params: { sheets: quoteList(names), reason: failed.message || failed.code || "?" },
      };
      notes.add(issueMessage(issue, "vi"));
    }
    step();
  }

  return ok({
    sheetNames: finalNames.slice(0, doc.sheets.length),
    notes: [...notes],
    ...(separator ? { areaSeparator: separator } : {}),
  });
}

/**
 * The page setup of every sheet in one sync: the settings every printer takes (A4, orientation,
 * margins) of all sheets first, then print titles, fit to width and page numbers, so that a refused
 * option of one sheet leaves the others' margins done. The error, or undefined.
 */
async function setUpPages(
  context: ExcelContext,
  sheets: Worksheet[],
  pageOps: PlannedOp[],
): Promise<{ code: string; message: string } | undefined> {
  try {
    for (const part of ["basic", "extra"] as const) {
      for (const { sheet, op } of pageOps) {
        const ws = sheets[sheet];
        if (ws && op.kind === "page") queuePage(ws, op.page, part);
      }
    }
    await context.sync();
    return undefined;
  } catch (err) {
    return officeError(err);
  }
}

/**
 * The error to tell after the tries of sync 1: the first one, unless the second try got further
 * (its probe passed: an error other than the probe's InvalidArgument or the adds' name clash).
 */
function reportedError(errors: { code: string; message: string }[]): { code: string; message: string } {
  const [first, second] = errors;
  if (second && second.code !== "InvalidArgument" && second.code !== "ItemAlreadyExists") return second;
  return first ?? { code: "", message: "" };
}

/** "8,4" (MB, one decimal, Vietnamese comma). */
function megabytes(bytes: number): string {
  return (Math.round(bytes / 100_000) / 10).toString().replace(".", ",");
}

// ---------------------------------------------------------------------------------------------
// Cleaning up

/** After a failed sync 1: find which temporary sheets exist (sync 2), delete them (sync 3). */
async function cleanUpByName(
  context: ExcelContext,
  tempNames: string[],
  error: { code: string; message: string },
): Promise<Issue> {
  const reason = error.message || error.code || "?";
  try {
    const probes = tempNames.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    for (const p of probes) p.load("id");
    await context.sync();
    const existing = probes.filter((p) => !p.isNullObject);
    if (existing.length > 0) {
      for (const ws of existing) ws.delete();
      await context.sync();
    }
    return { level: "error", code: "report-write-failed", params: { reason } };
  } catch {
    return {
      level: "error",
      code: "report-rollback-failed",
      params: { reason, sheets: quoteList(tempNames) },
    };
  }
}

/** After a failed write sync from 2 on: delete the new sheets by id; renamed or not, ids match. */
async function cleanUpById(
  context: ExcelContext,
  ids: string[],
  names: string[],
  error: { code: string; message: string },
): Promise<Issue> {
  const reason = error.message || error.code || "?";
  try {
    for (const id of ids) context.workbook.worksheets.getItem(id).delete();
    await context.sync();
    return { level: "error", code: "report-write-failed", params: { reason } };
  } catch {
    return { level: "error", code: "report-rollback-failed", params: { reason, sheets: quoteList(names) } };
  }
}

function quoteList(names: string[]): string {
  return names.map((n) => `“${n}”`).join(", ");
}

// ---------------------------------------------------------------------------------------------
// Replaying the plan on the API

function queueBatch(sheets: Worksheet[], batch: PlannedOp[], separator: AreaSeparator | undefined): void {
  const listSheet = sheets[sheets.length - 1];
  for (const { sheet, op } of batch) {
    const ws = sheets[sheet];
    if (ws) queueOp(ws, op, listSheet, separator);
  }
}

function queueOp(
  ws: Worksheet,
  op: SheetOp,
  listSheet: Worksheet | undefined,
  separator: AreaSeparator | undefined,
): void {
  switch (op.kind) {
    case "cells":
      ws.getRange(op.address).formulas = op.formulas;
      return;
    case "numberFormat":
      // One value for every cell of the range (documented: "Update all cells in a range").
      ws.getRange(op.address).numberFormat = op.format;
      return;
    case "format": {
      // Several areas only when a separator was found (insertReport); one range each otherwise.
      if (op.addresses.length === 1 || separator === undefined) {
        for (const address of op.addresses) applyFormat(ws.getRange(address).format, op.format);
      } else {
        applyFormat(ws.getRanges(op.addresses.join(separator)).format, op.format);
      }
      return;
    }
    case "merge":
      ws.getRange(op.address).merge(false);
      return;
    case "columnWidth":
      ws.getRange(op.address).format.columnWidth = op.points;
      return;
    case "rowHeight":
      ws.getRange(op.address).format.rowHeight = op.points;
      return;
    case "listValidation":
      ws.getRange(op.address).dataValidation.rule = { list: { inCellDropDown: true, source: op.source } };
      return;
    case "rangeValidation":
      if (listSheet) {
        ws.getRange(op.address).dataValidation.rule = {
          list: { inCellDropDown: true, source: listSheet.getRange(op.listAddress) },
        };
      }
      return;
    case "freezeRows":
      ws.freezePanes.freezeRows(op.rows);
      return;
    case "chart":
      queueChart(ws, op.chart);
      return;
    case "page":
      // Its own sync (setUpPages).
      return;
    case "hide":
      ws.visibility = "Hidden";
      return;
  }
}

function applyFormat(format: Range["format"], props: FormatProps): void {
  const { font } = props;
  if (font) {
    if (font.name !== undefined) format.font.name = font.name;
    if (font.size !== undefined) format.font.size = font.size;
    if (font.bold) format.font.bold = true;
    if (font.italic) format.font.italic = true;
    if (font.underline) format.font.underline = font.underline;
    if (font.color) format.font.color = font.color;
  }
  if (props.fillColor) format.fill.color = props.fillColor;
  if (props.horizontalAlignment) format.horizontalAlignment = props.horizontalAlignment;
  if (props.verticalAlignment) format.verticalAlignment = props.verticalAlignment;
  if (props.wrapText) format.wrapText = true;
  if (props.indentLevel !== undefined) format.indentLevel = props.indentLevel;
  for (const [index, spec] of Object.entries(props.borders ?? {})) {
    if (!spec) continue;
    const border = format.borders.getItem(index as keyof NonNullable<FormatProps["borders"]>);
    border.style = spec.style;
    if (spec.weight) border.weight = spec.weight;
  }
}

function queueChart(ws: Worksheet, plan: ChartPlan): void {
  if (plan.mode === "series") {
    const [first, ...rest] = plan.series;
    if (!first) return;
    const categories = ws.getRange(plan.categories);
    const chart = ws.charts.add(plan.type, ws.getRange(first.values), first.seriesBy);
    const firstSeries = chart.series.getItemAt(0);
    firstSeries.name = first.name;
    firstSeries.setXAxisValues(categories);
    for (const s of rest) {
      const series = chart.series.add(s.name);
      series.setValues(ws.getRange(s.values));
      series.setXAxisValues(categories);
    }
    chart.title.text = plan.title;
    chart.setPosition(plan.start, plan.end);
    return;
  }
  const chart = ws.charts.add(plan.type, ws.getRange(plan.source), plan.seriesBy);
  plan.names.forEach((name, i) => {
    chart.series.getItemAt(i).name = name;
  });
  chart.title.text = plan.title;
  chart.setPosition(plan.start, plan.end);
}

/** `basic`: paper, orientation, margins; `extra`: print titles, fit to width, page numbers. */
function queuePage(ws: Worksheet, page: PagePlan, part: "basic" | "extra"): void {
  const layout = ws.pageLayout;
  if (part === "basic") {
    layout.paperSize = "A4";
    layout.orientation = page.orientation;
    layout.topMargin = page.margins.top;
    layout.bottomMargin = page.margins.bottom;
    layout.leftMargin = page.margins.left;
    layout.rightMargin = page.margins.right;
    layout.headerMargin = page.margins.header;
    layout.footerMargin = page.margins.footer;
    return;
  }
  if (page.printTitleRows) layout.setPrintTitleRows(page.printTitleRows);
  for (const cell of page.rowBreaks ?? []) ws.horizontalPageBreaks.add(cell);
  // `zoom` is set as one object (PageLayoutZoomOptions); 0 pages tall means "as many as needed",
  // as fitToHeight="0" in the file format.
  if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (page.pageNumberHeader) {
    layout.headersFooters.state = "FirstAndDefault";
    layout.headersFooters.firstPage.centerHeader = "";
    layout.headersFooters.defaultForAllPages.centerHeader = page.pageNumberHeader;
  }
}
