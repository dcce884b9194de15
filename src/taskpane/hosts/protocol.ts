/**
 * The messages between the File host (the page) and the reader worker (dist/reader.js), which
 * holds the opened workbook and ExcelJS. Types and constants only: the page's bundle imports this
 * file and must not pull in ExcelJS.
 *
 * Each request carries an `id`; the worker answers it with any number of `progress` and `rows`
 * messages, then exactly one final message (`opened`, `grid`, `report`, `returned` or `closed`). A
 * sheet comes as `rows` messages of at most {@link ROWS_PER_MESSAGE} rows (fewer for a wide
 * sheet: {@link CELLS_PER_MESSAGE}), so that a 100,000-row roster is never one huge message and
 * the page stays responsive between them; the final `grid` gives its place and merges.
 */

import type { CellRange, CellValue, Grid, Issue, Result } from "../../core/types";
import type { ReturnOptions, ReturnRead } from "../../jobs/returns";
import type { ReportDoc, ReportFormat } from "../../reports";
import type { FileSlot } from "../host";

/** Rows of a sheet per `rows` message at most. */
export const ROWS_PER_MESSAGE = 10_000;
/** Cells per `rows` message at most (a sheet 1,000 columns wide: 100 rows a message). */
export const CELLS_PER_MESSAGE = 100_000;

/** Rows per message for a sheet `width` cells wide. */
export function rowsPerMessage(width: number): number {
  return Math.max(1, Math.min(ROWS_PER_MESSAGE, Math.floor(CELLS_PER_MESSAGE / Math.max(1, width))));
}

export type ReaderRequest =
  /**
   * Open a workbook (.xlsx, .csv): replaces the one held in `slot` (absent: the main file; "after":
   * the second file of a comparison). `bytes` is transferred.
   */
  | { id: number; type: "open"; name: string; bytes: Uint8Array; slot?: FileSlot }
  /** Send a sheet of the workbook held in `slot`. */
  | { id: number; type: "read"; sheet: string; slot?: FileSlot }
  /** Forget the workbook held in `slot`. */
  | { id: number; type: "close"; slot: FileSlot }
  /** Write a report as .xlsx bytes, or .docx with `format` "docx". */
  | { id: number; type: "report"; doc: ReportDoc; format?: ReportFormat }
  /**
   * Read one returned form for a consolidation (src/jobs/returns.ts): opened, read, checked and
   * forgotten; only the return comes back. `bytes` is transferred.
   */
  | { id: number; type: "return"; name: string; bytes: Uint8Array; options: ReturnOptions };

/**
 * What opening gave: the sheets in workbook order, the warnings (a sheet cut...), and the top-left
 * corner of each sheet (src/taskpane/hosts/peek.ts), so that the page can choose sheets without
 * asking again.
 */
export interface OpenedFile {
  fileName: string;
  sheets: string[];
  issues: Issue[];
  heads: Grid[];
}

/** A sheet read, without its rows (they came before in `rows` messages). */
export interface GridHead {
  sheet: string;
  origin: { row: number; col: number };
  merges?: CellRange[];
  fonts?: Grid["fonts"];
  texts?: readonly string[];
  /** Rows sent in all. */
  rows: number;
}

/** A report written: the .xlsx or .docx bytes (transferred) and what the writer left out. */
export interface ReportFile {
  bytes: Uint8Array;
  sheetNames: string[];
  notes: string[];
}

export type ReaderResponse =
  | { id: number; type: "progress"; done: number; total: number }
  | { id: number; type: "rows"; rows: CellValue[][] }
  | { id: number; type: "opened"; result: Result<OpenedFile> }
  | { id: number; type: "closed" }
  | { id: number; type: "grid"; result: Result<GridHead> }
  | { id: number; type: "report"; result: Result<ReportFile> }
  | { id: number; type: "returned"; result: Result<ReturnRead> };

/**
 * A channel to the reader: a Web Worker in the browser ({@link workerPort}), the handler itself
 * in jest (inProcessPort.ts). Messages are copied (structured clone); buffers listed in
 * `transfer` move to the other side.
 */
export interface ReaderPort {
  post(message: ReaderRequest, transfer?: Transferable[]): void;
  /** Sets the listener of answers, and of the worker dying (a script error, out of memory). */
  listen(onMessage: (message: ReaderResponse) => void, onCrash: (reason: string) => void): void;
  terminate(): void;
}

/** The minimal Web Worker this needs (lib DOM's `Worker` has it). */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  terminate(): void;
}

/** A Web Worker as a {@link ReaderPort}. */
export function workerPort(worker: WorkerLike): ReaderPort {
  return {
    post: (message, transfer = []) => worker.postMessage(message, transfer),
    listen(onMessage, onCrash) {
      worker.onmessage = (event) => onMessage(event.data as ReaderResponse);
      worker.onerror = (event) => {
        event.preventDefault();
        onCrash(event.message || "worker error");
      };
      worker.onmessageerror = () => onCrash("a message could not be read");
    },
    terminate: () => worker.terminate(),
  };
}

/**
 * A new reader worker from `url` (default "reader.js", beside the page), as a port factory for
 * `createFileHost({ worker: browserReader() })`: each call starts a worker.
 */
export function browserReader(url = "reader.js"): () => ReaderPort {
  return () => workerPort(new Worker(url));
}
