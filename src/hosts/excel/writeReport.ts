/**
 * Inserts a {@link ReportDoc} into the open workbook as new sheets, in at most three
 * `context.sync()` calls whatever its size, every request under Excel on the web's 5 MB limit.
 *
 * Facts this relies on:
 * - Excel on the web rejects a request larger than 5 MB, and the limit is per `sync()`: "Split the
 *   operation into smaller pieces as needed. Call context.sync() for each sub-operation to avoid
 *   those operations getting batched together again."
 *   (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins,
 *   https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
 *   So chunking inside one sync does not help: a large report needs several syncs.
 * - A batch is not a transaction: a failing operation leaves the earlier ones done.
 * - `worksheets.add(name)` fails on a taken name (never replaces a sheet); `getItem` takes a name
 *   or an id, and ids survive renames.
 *
 * The sync plan (the plan and its size are computed before anything is sent):
 * 1. load the sheet names; add every report sheet under a temporary name ("TinhGon-x7k2q9ab-1",
 *    effectively unique); load their ids; queue the first batch of writes (≤ the budget).
 * 2. queue the second batch of writes; rename the sheets to their final unique names ("Báo cáo",
 *    "Báo cáo (2)": known only now); activate the first.
 * Success takes 2 syncs and carries up to two budgets of writes (2 × 4 MB estimated); a report
 * that would need more is refused before anything is sent ("report-too-large"), leaving the
 * workbook untouched. The third sync is kept for cleaning up:
 * - sync 2 fails: sync 3 deletes the new sheets by id;
 * - sync 1 fails: sync 2 looks the temporary names up, sync 3 deletes those that exist.
 * The source sheet is never referenced: every write goes through the proxies of the new sheets.
 */

import { issueMessage } from "../../core/messages";
import type { Issue, Result } from "../../core/types";
import { fail, ok } from "../../core/types";
import type { ReportDoc } from "../../reports/types";
import type { ExcelContext, IsSetSupported, Range, Worksheet } from "./excelApi";
import { officeError, officeRequirements } from "./excelApi";
import type { ChartPlan, PagePlan, PlannedOp, SheetOp, FormatProps } from "./plan";
import { uniqueSheetName } from "../../reports/sheetName";
import { capabilities, planReport, splitBatches } from "./plan";

/**
 * Estimated bytes one request may carry. The estimate counts every action generously (see
 * plan.ts), and stays a fifth below Excel on the web's 5 MB.
 */
export const REQUEST_BUDGET = 4_000_000;
/** Estimated bytes of the fixed work per sheet: add, id, rename, activate. */
const FIXED_BYTES_PER_SHEET = 2_000;
/** Syncs that may carry writes; the third is kept for cleaning up. */
const WRITE_SYNCS = 2;

export interface InsertOptions {
  /** The sheet the data was read from: never written (the report always goes to new sheets). */
  sourceSheet?: string;
  /** Requirement-set check; default: the running Office's. */
  supports?: IsSetSupported;
  /** Estimated bytes per request (tests); default {@link REQUEST_BUDGET}. */
  maxRequestBytes?: number;
}

export interface InsertResult {
  /** The names given to the report's sheets, in the order of `doc.sheets`. */
  sheetNames: string[];
  /**
   * What was left out (page setup without ExcelApi 1.9, ...), in Vietnamese, without duplicates.
   * `doc.notes` are not repeated here.
   */
  notes: string[];
}

export async function insertReport(
  context: ExcelContext,
  doc: ReportDoc,
  opts: InsertOptions = {},
): Promise<Result<InsertResult>> {
  if (doc.sheets.length === 0) return fail({ level: "error", code: "report-empty" });
  const caps = capabilities(opts.supports ?? officeRequirements());
  const plan = planReport(doc, caps);
  const budget = (opts.maxRequestBytes ?? REQUEST_BUDGET) - FIXED_BYTES_PER_SHEET * plan.sheets.length;
  const batches = splitBatches(plan.ops, Math.max(1, budget));
  if (batches.length > WRITE_SYNCS) {
    const total = plan.ops.reduce((n, op) => n + op.bytes, 0);
    return fail({
      level: "error",
      code: "report-too-large",
      params: {
        size: megabytes(total),
        limit: megabytes(WRITE_SYNCS * (opts.maxRequestBytes ?? REQUEST_BUDGET)),
      },
    });
  }

  const worksheets = context.workbook.worksheets;
  // Random, so that no sheet of the user's has this name (a clash would fail the add, and the
  // clean-up after a failed sync 1 deletes the sheets found under these names).
  const token = Math.random().toString(36).slice(2, 10).padEnd(8, "0");
  const tempNames = plan.sheets.map((_, i) => `TinhGon-${token}-${i + 1}`);

  // Sync 1: names, new sheets under temporary names, their ids, the first batch.
  let sheets: Worksheet[] = [];
  let ids: string[] = [];
  let taken: string[] = [];
  try {
    worksheets.load("items/name");
    sheets = tempNames.map((name) => worksheets.add(name));
    for (const ws of sheets) ws.load("id");
    queueBatch(sheets, batches[0] ?? []);
    await context.sync();
    ids = sheets.map((ws) => ws.id);
    taken = worksheets.items.map((ws) => ws.name).filter((name) => !tempNames.includes(name));
  } catch (err) {
    return fail(await cleanUpByName(context, tempNames, officeError(err)));
  }

  // Sync 2: the rest, the final names, the first sheet shown.
  if (opts.sourceSheet !== undefined) taken.push(opts.sourceSheet);
  const finalNames: string[] = [];
  for (const sheet of plan.sheets) {
    const name = uniqueSheetName(sheet.baseName, [...taken, ...finalNames]);
    finalNames.push(name);
  }
  try {
    queueBatch(sheets, batches[1] ?? []);
    sheets.forEach((ws, i) => {
      ws.name = finalNames[i] as string;
    });
    sheets[0]?.activate();
    await context.sync();
  } catch (err) {
    return fail(await cleanUpById(context, ids, finalNames, officeError(err)));
  }

  const notes = new Set<string>();
  for (const note of plan.notes) {
    const issue: Issue = { level: "info", code: note.code, params: { sheet: finalNames[note.sheet] ?? "" } };
    notes.add(issueMessage(issue, "vi"));
  }
  return ok({ sheetNames: finalNames.slice(0, doc.sheets.length), notes: [...notes] });
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

/** After a failed sync 2: delete the new sheets by id (sync 3); renamed or not, ids still match. */
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

function queueBatch(sheets: Worksheet[], batch: PlannedOp[]): void {
  const listSheet = sheets[sheets.length - 1];
  for (const { sheet, op } of batch) {
    const ws = sheets[sheet];
    if (ws) queueOp(ws, op, listSheet);
  }
}

function queueOp(ws: Worksheet, op: SheetOp, listSheet: Worksheet | undefined): void {
  switch (op.kind) {
    case "cells":
      ws.getRange(op.address).formulas = op.formulas;
      return;
    case "numberFormat":
      // One value for every cell of the range (documented: "Update all cells in a range").
      ws.getRange(op.address).numberFormat = op.format;
      return;
    case "format": {
      const target =
        op.addresses.length === 1 ? ws.getRange(op.addresses[0]) : ws.getRanges(op.addresses.join(","));
      applyFormat(target.format, op.format);
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
      queuePage(ws, op.page);
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

function queuePage(ws: Worksheet, page: PagePlan): void {
  const layout = ws.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = page.orientation;
  layout.topMargin = page.margins.top;
  layout.bottomMargin = page.margins.bottom;
  layout.leftMargin = page.margins.left;
  layout.rightMargin = page.margins.right;
  layout.headerMargin = page.margins.header;
  layout.footerMargin = page.margins.footer;
  if (page.printTitleRows) layout.setPrintTitleRows(page.printTitleRows);
  // `zoom` is set as one object (PageLayoutZoomOptions); 0 pages tall means "as many as needed",
  // as fitToHeight="0" in the file format.
  if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (page.pageNumberHeader) {
    layout.headersFooters.state = "FirstAndDefault";
    layout.headersFooters.firstPage.centerHeader = "";
    layout.headersFooters.defaultForAllPages.centerHeader = page.pageNumberHeader;
  }
}
