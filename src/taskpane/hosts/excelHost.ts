/**
 * The task pane's {@link Host} inside Excel: the open workbook through Office.js (src/hosts/excel).
 *
 * Round trips (DESIGN.md §6), each one `context.sync()`:
 * - `sources()`: one (visible sheets, tables with their sheet, the active sheet);
 * - `read()`: one for a normal block; a block whose values pass Excel on the web's 5 MB response
 *   limit is read in row chunks under it, with progress (src/hosts/excel/read.ts); a block above
 *   Excel's 5,000,000-cell read limit (RangeExceedsLimit) is refused with its own message,
 *   "excel-read-cell-limit";
 * - `peekSheets()`: one for up to {@link PEEK_SHEETS} sheets (the header corner of each);
 * - `select()`: one (activate the sheet, select the range);
 * - `insertReport()`: on new sheets only (src/hosts/excel/writeReport.ts): three for a report that
 *   fits two requests (two writes, then the page setup), one more per further request for a larger
 *   one, each step shown on the pane's progress bar ("bước 2/9"). The list separator
 *   `Worksheet.getRanges` takes (";" on Windows under vi-VN, "," on the web) is found by the first
 *   insert and remembered for the session, so only that one may take a sync more.
 *
 * Nothing here throws: Office errors come back as issues (reads, inserts) or `false` (select).
 */

import type { Grid, Issue, Result } from "../../core/types";
import { fail, ok } from "../../core/types";
import type { ReportDoc, ReportFormat } from "../../reports";
import { blockAddress, parseAddress, parseRangeAddress } from "../../hosts/excel/address";
import { toCellValue } from "../../hosts/excel/cells";
import type { ExcelContext, IsSetSupported, Range, Worksheet } from "../../hosts/excel/excelApi";
import { excelApi, officeError, officeRequirements } from "../../hosts/excel/excelApi";
import { isCellLimit, readSelection, readTable, readUsedRange } from "../../hosts/excel/read";
import type { AreaSeparator } from "../../hosts/excel/writeReport";
import { insertReport } from "../../hosts/excel/writeReport";
import type { Host, InsertOutcome, Progress, SourceList, SourceRef } from "../host";
import { PEEK_COLS, PEEK_ROWS, PEEK_SHEETS } from "../host";
import { downloadName } from "./download";
import type { DocumentSettings } from "./settingsStore";
import { loadDocumentSettings, officeDocumentSettings, saveDocumentSettings } from "./settingsStore";

/** Runs one batch against the workbook: `(batch) => Excel.run(batch)` in Office. */
export type ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** `(batch) => Excel.run(batch)` in Office ({@link officeExcelRun}); the fake's context in tests. */
  run: ExcelRun;
  /** Requirement-set check; default: the running Office's (`Office.context.requirements`). */
  supports?: IsSetSupported;
  /** The document settings ({@link officeDocumentSettings} in Office); none: nothing is remembered. */
  settings?: DocumentSettings;
  /** `Office.context.displayLanguage`, e.g. "vi-VN". */
  displayLanguage?: string;
  /** Whether Office's theme is dark. */
  dark?: boolean;
  /**
   * The Word file of a report and a way to hand it to the user, where the pane can download
   * (Excel on the web and on Windows; not Excel for Mac: docs/deploy.md §8). Without both, the
   * pane offers no Word file.
   */
  word?: {
    write: (doc: ReportDoc) => Promise<Uint8Array>;
    download: (fileName: string, bytes: Uint8Array) => void;
  };
  /**
   * Excel for Mac: opens the browser page of the same server (`Office.context.ui.openBrowserWindow`)
   * where the Word file can be had; absent where that API is not there.
   */
  openInBrowser?: () => void;
  /** The forms of a consolidation, read in a reader worker (a File host's {@link Host.readReturn}). */
  readReturn?: Host["readReturn"];
}

export function createExcelHost(options: ExcelHostOptions): Host {
  const { run, settings } = options;

  /** The report as a Word file, downloaded; the workbook is not touched. */
  async function wordFile(
    doc: ReportDoc,
    baseName: string,
    progress?: Progress,
  ): Promise<Result<InsertOutcome>> {
    const fileName = downloadName(baseName, "docx");
    const word = options.word;
    if (!word)
      return fail({ level: "error", code: "file-write-failed", params: { file: fileName, reason: "Word" } });
    try {
      progress?.(0, 1);
      const bytes = await word.write(doc);
      word.download(fileName, bytes);
      progress?.(1, 1);
      return ok({ where: fileName, notes: [] });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      return fail({ level: "error", code: "file-write-failed", params: { file: fileName, reason } });
    }
  }

  const supports = (): IsSetSupported => options.supports ?? officeRequirements();
  /** The separator `getRanges` took in this session (found by the first insert). */
  let areaSeparator: AreaSeparator | undefined;

  return {
    kind: "excel",
    displayLanguage: options.displayLanguage,
    dark: options.dark,
    word: options.word !== undefined,
    ...(options.readReturn ? { readReturn: options.readReturn } : {}),
    ...(options.openInBrowser
      ? {
          async openInBrowser(): Promise<boolean> {
            try {
              options.openInBrowser?.();
              return true;
            } catch {
              return false;
            }
          },
        }
      : {}),

    async sources(): Promise<Result<SourceList>> {
      try {
        return await run(async (context) => {
          const { worksheets, tables } = context.workbook;
          const withSheets = excelApi(supports(), "1.2");
          worksheets.load("items/name,items/visibility");
          tables.load(withSheets ? "items/name,items/worksheet/name" : "items/name");
          const active = worksheets.getActiveWorksheet();
          active.load("name");
          await context.sync();
          const visible = worksheets.items.filter((ws) => ws.visibility === "Visible").map((ws) => ws.name);
          const list: SourceList = {
            sheets: visible,
            tables: tables.items
              .map((t) => ({ name: t.name, sheet: withSheets ? t.worksheet.name : "" }))
              .filter((t) => !withSheets || visible.includes(t.sheet)),
            issues: [],
          };
          if (visible.includes(active.name)) list.activeSheet = active.name;
          return ok(list);
        });
      } catch (err) {
        return fail(readFailed(err));
      }
    },

    async read(source: SourceRef, progress?: Progress) {
      const opts = { supports: supports(), progress };
      try {
        return await run((context) => {
          switch (source.kind) {
            case "selection":
              return readSelection(context, opts);
            case "sheet":
              return readUsedRange(context, source.sheet, opts);
            case "table":
              return readTable(context, source.table, opts);
          }
        });
      } catch (err) {
        return fail(readFailed(err));
      }
    },

    async peekSheets(sheets: readonly string[]): Promise<Result<Grid[]>> {
      const corner = blockAddress({ top: 1, left: 1, bottom: PEEK_ROWS, right: PEEK_COLS });
      try {
        return await run(async (context) => {
          const { worksheets } = context.workbook;
          const ranges: Range[] = sheets.slice(0, PEEK_SHEETS).map((name) => {
            const sheet = worksheets.getItem(name);
            // Values only: a sheet formatted far out still gives just its corner with values.
            const range = sheet.getRange(corner).getIntersectionOrNullObject(sheet.getUsedRange(true));
            range.load("address,values");
            return range;
          });
          await context.sync();
          const grids: Grid[] = [];
          for (const range of ranges) {
            if (range.isNullObject) continue;
            const where = parseAddress(range.address);
            if (!where) continue;
            grids.push({
              sheet: where.sheet,
              origin: { row: where.block.top, col: where.block.left },
              cells: range.values.map((row) => row.map(toCellValue)),
            });
          }
          return ok(grids);
        });
      } catch (err) {
        return fail(readFailed(err));
      }
    },

    async select(address: string): Promise<boolean> {
      // A cell or block, or a unit's whole row as the analysis gives it ("'Biểu 01'!12:12").
      const where = parseRangeAddress(address);
      if (!where) return false;
      try {
        return await run(async (context) => {
          const { worksheets } = context.workbook;
          const sheet: Worksheet = where.sheet
            ? worksheets.getItem(where.sheet)
            : worksheets.getActiveWorksheet();
          sheet.activate();
          sheet.getRange(blockAddress(where.block)).select();
          await context.sync();
          return true;
        });
      } catch {
        return false;
      }
    },

    async insertReport(
      doc: ReportDoc,
      insert: { sourceSheets: string[]; baseName: string; format?: ReportFormat },
      progress?: Progress,
    ): Promise<Result<InsertOutcome>> {
      if (insert.format === "docx") return wordFile(doc, insert.baseName, progress);
      try {
        // Every sheet of the workbook (the sources among them) is loaded and kept out of the new
        // names; the writer never writes a sheet it did not add. Progress: syncs done of planned.
        const inserted = await run((context) =>
          insertReport(context, doc, {
            sourceSheet: insert.sourceSheets[0],
            supports: supports(),
            areaSeparator,
            progress,
          }),
        );
        if (!inserted.ok) return inserted;
        areaSeparator = inserted.value.areaSeparator ?? areaSeparator;
        return ok({ where: inserted.value.sheetNames[0] ?? "", notes: inserted.value.notes });
      } catch (err) {
        const { code, message } = officeError(err);
        return fail({
          level: "error",
          code: "report-write-failed",
          params: { reason: message || code || "?" },
        });
      }
    },

    async loadSettings(): Promise<unknown> {
      return loadDocumentSettings(settings);
    },

    async saveSettings(value: unknown): Promise<void> {
      await saveDocumentSettings(settings, value);
    },
  };
}

/**
 * `Excel.run` of the running Office, as an {@link ExcelRun}; undefined outside Excel. The real
 * `Excel.RequestContext` has every member of {@link ExcelContext} (src/hosts/excel/excelApi.ts).
 */
export function officeExcelRun(): ExcelRun | undefined {
  const excel = (globalThis as { Excel?: { run?: unknown } }).Excel;
  const excelRun = excel?.run;
  if (typeof excelRun !== "function") return undefined;
  const runBatch = excelRun as (batch: (context: unknown) => Promise<unknown>) => Promise<unknown>;
  return <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> =>
    runBatch.call(excel, (context) => batch(context as ExcelContext)) as Promise<T>;
}

/** The Excel host of the running Office: `Excel.run`, its requirement sets and document settings. */
export function officeExcelHost(extra: { displayLanguage?: string; dark?: boolean } = {}): Host | undefined {
  const run = officeExcelRun();
  if (!run) return undefined;
  return createExcelHost({ run, settings: officeDocumentSettings(), ...extra });
}

function readFailed(err: unknown): Issue {
  const { code, message } = officeError(err);
  if (isCellLimit(code)) return { level: "error", code: "excel-read-cell-limit" };
  return { level: "error", code: "excel-read-failed", params: { reason: message || code || "?" } };
}
