/**
 * What the task pane needs from where the workbook lives. The pane talks only to this interface;
 * two implementations exist:
 * - Excel (hosts/excelHost.ts): the open workbook, through Office.js (src/hosts/excel);
 * - File (hosts/fileHost.ts): an .xlsx or .csv the user picks in a browser, read in a worker and
 *   never uploaded; the report comes back as a download (src/hosts/xlsx).
 *
 * Every method returns problems as values (`Result`, issues with codes and cell addresses), never
 * throws: the pane shows them in its message bar in the user's language.
 */
import type { Grid, Issue, Result } from "../core/types";
import type { ReturnOptions, ReturnRead } from "../jobs/returns";
import type { ReportDoc, ReportFormat } from "../reports";

/**
 * Which of the files open in the File host a sheet is in: the main one (absent), or a second file
 * opened for the "after" side of a comparison (browser mode: before and after in two files).
 */
export type FileSlot = "after";

/** Which block of the workbook holds the staffing table. */
export type SourceRef =
  /** The current selection (Excel only), cut to the cells with values. */
  | { kind: "selection" }
  /** Every cell with a value on the sheet (`file`: of the second file, File host only). */
  | { kind: "sheet"; sheet: string; file?: FileSlot }
  /** An Excel table (ListObject), header included (Excel only). */
  | { kind: "table"; table: string };

export interface SourceList {
  /** Sheet names in workbook order (visible ones). */
  sheets: string[];
  /** Excel tables with the sheet each is on; empty for the File host. */
  tables: { name: string; sheet: string }[];
  /** The sheet shown in Excel, or the first sheet of a file. */
  activeSheet?: string;
  /** The file's name (File host), for messages and the report's name. */
  fileName?: string;
  /** Warnings met while opening (a sheet too large and cut, ...). */
  issues: Issue[];
}

/** Rows of each sheet {@link Host.peekSheets} gives at most: as many as the reader scans for a header. */
export const PEEK_ROWS = 40;
/** Columns of each sheet {@link Host.peekSheets} gives at most (A:AD). */
export const PEEK_COLS = 30;
/** Sheets {@link Host.peekSheets} looks at, at most (the first ones): its answer stays small. */
export const PEEK_SHEETS = 40;

/** Progress of a long read or write: `done` of `total` steps (rows, requests, ...). */
export type Progress = (done: number, total: number) => void;

export interface InsertOutcome {
  /** Where the report went: the new sheet's name (Excel) or the downloaded file's name (File). */
  where: string;
  /** What was left out or changed (page setup not supported, ...), in Vietnamese. */
  notes: string[];
}

export interface Host {
  readonly kind: "excel" | "file";
  /** The Office display language ("vi-VN", "en-US"), when known. */
  readonly displayLanguage?: string;
  /** Office's theme: true when the body background is dark. */
  readonly dark?: boolean;
  /**
   * File host only: open a file the user picked. Replaces the workbook the host reads from (or,
   * with `slot` "after", the second file a comparison reads its "after" table from).
   * `bytes` is the file's content; nothing leaves the page.
   */
  openFile?(
    name: string,
    bytes: Uint8Array,
    progress?: Progress,
    slot?: FileSlot,
  ): Promise<Result<SourceList>>;
  /** File host only: forget the second file (the "after" side reads the main file again). */
  closeFile?(slot: FileSlot): Promise<void>;
  /** Sheets and tables that can be read (after `openFile` for the File host). */
  sources(): Promise<Result<SourceList>>;
  /**
   * The top-left corner of each of `sheets` (rows 1–{@link PEEK_ROWS}, columns A to the
   * {@link PEEK_COLS}th, where the reader looks for a header), to choose which sheet each job starts
   * from. Cheap: one round trip in Excel for at most {@link PEEK_SHEETS} sheets, none for a file
   * already open. Sheets that cannot be peeked are left out.
   */
  peekSheets?(sheets: readonly string[], slot?: FileSlot): Promise<Result<Grid[]>>;
  /** The block as a grid (values only). Never writes. */
  read(source: SourceRef, progress?: Progress): Promise<Result<Grid>>;
  /** Select a cell or range ("'Biểu 01'!C12") in the workbook; false where that cannot be done. */
  select(address: string): Promise<boolean>;
  /**
   * Write a report where the user finds it: new sheets (Excel; never an existing one, nothing
   * half-written after a failure) or a downloaded .xlsx (File). `baseName` names the download.
   * `format` "docx": the Word file, downloaded (only where {@link Host.word} says so).
   */
  insertReport(
    doc: ReportDoc,
    options: { sourceSheets: string[]; baseName: string; format?: ReportFormat },
    progress?: Progress,
  ): Promise<Result<InsertOutcome>>;
  /**
   * Whether the host can hand the user the report as a Word file: the browser mode and Excel on
   * the web and on Windows; not Excel for Mac, whose pane cannot download (docs/deploy.md §8).
   */
  readonly word?: boolean;
  /**
   * Where the pane cannot download (Excel for Mac): open Tinh Gọn's browser page in the user's
   * browser, where the saved workbook can be opened and the Word file downloaded. False when it
   * could not be opened.
   */
  openInBrowser?(): Promise<boolean>;
  /**
   * One form returned by an agency, for a consolidation: the bytes of a file the user picked,
   * opened, read and checked in the reader worker (in Excel too), then forgotten: only the return
   * (units, analysis, issues) comes back. A file that cannot be read is a return with its issue;
   * a failure is the worker's (stopped, timed out). Absent where no worker can be started.
   */
  readReturn?(name: string, bytes: Uint8Array, options: ReturnOptions): Promise<Result<ReturnRead>>;
  /** Settings remembered with the workbook (Excel document settings; per file name otherwise). */
  loadSettings(): Promise<unknown>;
  saveSettings(value: unknown): Promise<void>;
}
