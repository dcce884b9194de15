/**
 * The task pane's {@link Host} in a browser without Excel: an .xlsx or .csv the user picks, read in
 * a worker (dist/reader.js: ExcelJS stays out of the pane's bundle and the page stays responsive);
 * the report comes back as a download. Nothing leaves the page.
 *
 * - `openFile` moves the bytes to the worker, which opens them (src/hosts/xlsx/open-bytes.ts) and
 *   keeps the workbook; `read` asks for one sheet, which comes in row chunks with progress. Two
 *   files can be open: the main one, and a second one (slot "after") for a comparison of two
 *   files; a sheet of the second file is `{ kind: "sheet", sheet, file: "after" }`.
 * - `peekSheets` gives the top-left corner of each sheet, sent by the worker with the opening.
 * - Selections and Excel tables exist only in Excel: reading one gives "source-excel-only".
 * - `insertReport` has the worker write the .xlsx (or the .docx), then downloads it as
 *   `baseName.xlsx` (`baseName.docx`).
 * - Settings: the browser's storage, one key per main file name ("tinhgon.settings:" + name).
 * - Every request has a time limit ({@link DEFAULT_TIMEOUT_MS} without a message from the
 *   worker): past it the worker is stopped ("file-timeout") and a new one starts on the next call.
 *   A worker that dies gives "file-read-failed". Nothing here throws.
 */

import type { CellValue, Grid, Issue, Result } from "../../core/types";
import { fail, ok } from "../../core/types";
import type { ReturnOptions, ReturnRead } from "../../jobs/returns";
import type { ReportDoc, ReportFormat } from "../../reports";
import type { FileSlot, Host, InsertOutcome, Progress, SourceList, SourceRef } from "../host";
import { downloadName } from "./download";
import type { OpenedFile, ReaderPort, ReaderRequest, ReaderResponse } from "./protocol";
import { loadFileSettings, saveFileSettings } from "./settingsStore";

/** Time without any message from the worker after which a request is given up. */
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface FileHostOptions {
  /**
   * The reader: a factory of ports (`browserReader()` from protocol.ts: a new Web Worker on
   * "reader.js"), called on first use and again after a worker was stopped; or one port.
   */
  worker: ReaderPort | (() => ReaderPort);
  /** `localStorage` in the browser; none: settings are not remembered. */
  storage?: Pick<Storage, "getItem" | "setItem">;
  /** Saves the report for the user (`downloadBytes` from download.ts). */
  download: (fileName: string, bytes: Uint8Array) => void;
  /** The browser's language, e.g. "vi-VN". */
  displayLanguage?: string;
  dark?: boolean;
  /** Default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
}

type Final = Extract<ReaderResponse, { type: "opened" | "grid" | "report" | "returned" | "closed" }>;

interface Pending {
  /** The file named in a timeout or crash message. */
  file: string;
  onMessage(message: ReaderResponse): void;
  resolve(message: Final): void;
  fail(issue: Issue): void;
  timer?: ReturnType<typeof setTimeout>;
}

export function createFileHost(options: FileHostOptions): Host {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pending = new Map<number, Pending>();
  let port: ReaderPort | undefined;
  /** A single port given (not a factory) that was stopped: it cannot be started again. */
  let dead = false;
  let nextId = 1;
  /** The files open: the main one, and the second file of a comparison ("after"). */
  const opened = new Map<FileSlot | "main", OpenedFile>();
  /** The last `openFile` call per slot: only its file is kept (the worker does the same). */
  const latestOpen = new Map<FileSlot | "main", number>();

  function connect(): ReaderPort | undefined {
    if (port) return port;
    if (dead) return undefined;
    const made = typeof options.worker === "function" ? options.worker() : options.worker;
    made.listen(onMessage, onCrash);
    port = made;
    return made;
  }

  function onMessage(message: ReaderResponse): void {
    const request = pending.get(message?.id);
    if (!request) return;
    restartTimer(request);
    if (
      message.type === "opened" ||
      message.type === "grid" ||
      message.type === "report" ||
      message.type === "returned" ||
      message.type === "closed"
    ) {
      settle(message.id);
      request.resolve(message);
    } else {
      request.onMessage(message);
    }
  }

  /** The worker died: every request fails, the workbook it held is gone. */
  function onCrash(reason: string): void {
    stop();
    for (const [id, request] of [...pending]) {
      settle(id);
      request.fail({ level: "error", code: "file-read-failed", params: { file: request.file, reason } });
    }
  }

  function stop(): void {
    try {
      port?.terminate();
    } catch {
      // Already gone.
    }
    if (port && typeof options.worker !== "function") dead = true;
    port = undefined;
    opened.clear();
  }

  function settle(id: number): void {
    const request = pending.get(id);
    if (request?.timer !== undefined) clearTimeout(request.timer);
    pending.delete(id);
  }

  function restartTimer(request: Pending): void {
    if (request.timer !== undefined) clearTimeout(request.timer);
    request.timer = setTimeout(() => {
      // The worker is stuck (a huge file, a pathological sheet): stop it and every request with it.
      stop();
      for (const [other, r] of [...pending]) {
        settle(other);
        r.fail({
          level: "error",
          code: "file-timeout",
          params: { file: r.file, seconds: Math.max(1, Math.ceil(timeoutMs / 1000)) },
        });
      }
    }, timeoutMs);
  }

  /** Sends a request; resolves with its final message, or fails with an issue. Never rejects. */
  function call(
    request: ReaderRequest,
    file: string,
    onProgress: (message: ReaderResponse) => void,
    transfer: Transferable[] = [],
  ): Promise<Result<Final>> {
    return new Promise((resolve) => {
      const target = connect();
      if (!target) {
        resolve(
          fail({
            level: "error",
            code: "file-read-failed",
            params: { file, reason: "trình đọc tệp đã dừng" },
          }),
        );
        return;
      }
      const entry: Pending = {
        file,
        onMessage: onProgress,
        resolve: (message) => resolve(ok(message)),
        fail: (issue) => resolve(fail(issue)),
      };
      pending.set(request.id, entry);
      restartTimer(entry);
      try {
        target.post(request, transfer);
      } catch (err) {
        settle(request.id);
        resolve(fail({ level: "error", code: "file-read-failed", params: { file, reason: reasonOf(err) } }));
      }
    });
  }

  function sourceList(file: OpenedFile): SourceList {
    const list: SourceList = {
      sheets: [...file.sheets],
      tables: [],
      fileName: file.fileName,
      issues: [...file.issues],
    };
    if (file.sheets[0] !== undefined) list.activeSheet = file.sheets[0];
    return list;
  }

  return {
    kind: "file",
    displayLanguage: options.displayLanguage,
    dark: options.dark,

    async openFile(
      name: string,
      bytes: Uint8Array,
      progress?: Progress,
      slot?: FileSlot,
    ): Promise<Result<SourceList>> {
      const key = slot ?? "main";
      opened.delete(key);
      const id = nextId++;
      latestOpen.set(key, id);
      const { data, transfer } = transferable(bytes);
      const answer = await call(
        { id, type: "open", name, bytes: data, ...(slot ? { slot } : {}) },
        name,
        (message) => {
          if (message.type === "progress") progress?.(message.done, message.total);
        },
        transfer,
      );
      if (!answer.ok) return answer;
      const final = answer.value;
      if (final.type !== "opened") return fail(unexpected(name, final.type));
      if (!final.result.ok) return final.result;
      if (id !== latestOpen.get(key)) {
        // Another file was picked meanwhile: the worker keeps that one, and so does the host.
        return fail({
          level: "error",
          code: "file-read-failed",
          params: { file: name, reason: "đã mở tệp khác" },
        });
      }
      const file = final.result.value;
      opened.set(key, { ...file, heads: file.heads ?? [] });
      return ok(sourceList(file));
    },

    async closeFile(slot: FileSlot): Promise<void> {
      if (!opened.has(slot)) return;
      opened.delete(slot);
      latestOpen.delete(slot);
      await call({ id: nextId++, type: "close", slot }, "", () => undefined);
    },

    async sources(): Promise<Result<SourceList>> {
      const main = opened.get("main");
      return ok(main ? sourceList(main) : { sheets: [], tables: [], issues: [] });
    },

    async peekSheets(sheets: readonly string[], slot?: FileSlot): Promise<Result<Grid[]>> {
      const file = opened.get(slot ?? "main");
      if (!file) return fail({ level: "error", code: "no-file-open" });
      return ok(file.heads.filter((grid) => sheets.includes(grid.sheet)));
    },

    async read(source: SourceRef, progress?: Progress): Promise<Result<Grid>> {
      if (source.kind !== "sheet") return fail({ level: "error", code: "source-excel-only" });
      const held = opened.get(source.file ?? "main");
      if (!held) return fail({ level: "error", code: "no-file-open" });
      const file = held.fileName;
      const id = nextId++;
      const cells: CellValue[][] = [];
      const request = {
        id,
        type: "read",
        sheet: source.sheet,
        ...(source.file ? { slot: source.file } : {}),
      } as const;
      const answer = await call(request, file, (message) => {
        if (message.type === "rows") {
          for (const row of message.rows) cells.push(row);
        } else if (message.type === "progress") {
          progress?.(message.done, message.total);
        }
      });
      if (!answer.ok) return answer;
      const final = answer.value;
      if (final.type !== "grid") return fail(unexpected(file, final.type));
      if (!final.result.ok) return final.result;
      const head = final.result.value;
      if (head.rows !== cells.length) {
        return fail(unexpected(file, `${cells.length} of ${head.rows} rows`));
      }
      const grid: Grid = { sheet: head.sheet, origin: head.origin, cells };
      if (head.merges && head.merges.length > 0) grid.merges = head.merges;
      if (head.fonts && head.fonts.length > 0) grid.fonts = head.fonts;
      if (head.texts) grid.texts = head.texts;
      return ok(grid);
    },

    async select(): Promise<boolean> {
      return false;
    },

    async readReturn(name: string, bytes: Uint8Array, read: ReturnOptions): Promise<Result<ReturnRead>> {
      const { data, transfer } = transferable(bytes);
      const answer = await call(
        { id: nextId++, type: "return", name, bytes: data, options: read },
        name,
        () => undefined,
        transfer,
      );
      if (!answer.ok) return answer;
      const final = answer.value;
      return final.type === "returned" ? final.result : fail(unexpected(name, final.type));
    },

    word: true,

    async insertReport(
      doc: ReportDoc,
      insert: { sourceSheets: string[]; baseName: string; format?: ReportFormat },
      progress?: Progress,
    ): Promise<Result<InsertOutcome>> {
      const format = insert.format ?? "xlsx";
      const fileName = downloadName(insert.baseName, format);
      const id = nextId++;
      const answer = await call({ id, type: "report", doc, format }, fileName, (message) => {
        if (message.type === "progress") progress?.(message.done, message.total);
      });
      if (!answer.ok) return answer;
      const final = answer.value;
      if (final.type !== "report") return fail(unexpected(fileName, final.type));
      if (!final.result.ok) return fail(withFile(final.result.issue, fileName));
      const { bytes, notes } = final.result.value;
      try {
        options.download(fileName, bytes);
      } catch (err) {
        return fail({
          level: "error",
          code: "file-write-failed",
          params: { file: fileName, reason: reasonOf(err) },
        });
      }
      return ok({ where: fileName, notes: [...notes] });
    },

    async loadSettings(): Promise<unknown> {
      return loadFileSettings(options.storage, opened.get("main")?.fileName ?? "");
    },

    async saveSettings(value: unknown): Promise<void> {
      saveFileSettings(options.storage, opened.get("main")?.fileName ?? "", value);
    },
  };
}

/**
 * The reader of the forms of a consolidation where the pane's host is Excel: a File host's
 * {@link Host.readReturn} over its own worker (started on the first form), which downloads nothing.
 */
export function returnReader(worker: FileHostOptions["worker"]): NonNullable<Host["readReturn"]> {
  const files = createFileHost({ worker, download: () => undefined });
  return (name, bytes, options) =>
    (files.readReturn as NonNullable<Host["readReturn"]>)(name, bytes, options);
}

/** The bytes to post and the buffer to move with them (a copy when the view shares its buffer). */
function transferable(bytes: Uint8Array): { data: Uint8Array; transfer: Transferable[] } {
  const buffer = bytes.buffer;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) {
    return { data: bytes, transfer: [buffer] };
  }
  const copy = bytes.slice();
  return { data: copy, transfer: [copy.buffer] };
}

function withFile(issue: Issue, file: string): Issue {
  if (issue.params && issue.params.file === "") return { ...issue, params: { ...issue.params, file } };
  return issue;
}

function unexpected(file: string, what: string): Issue {
  return { level: "error", code: "file-read-failed", params: { file, reason: `unexpected answer: ${what}` } };
}

function reasonOf(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}
