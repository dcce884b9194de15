/**
 * The reader worker's work (the worker script readerWorker.ts is only its `onmessage` binding; jest
 * calls this in process): open a workbook's bytes, send its sheets in row chunks, write reports as
 * .xlsx bytes. The only place of the page's code that imports ExcelJS (through src/hosts/xlsx).
 *
 * Never throws and never leaves a request unanswered: every failure is the final message's Issue.
 */

import type { Issue, Result } from "../../core/types";
import { fail, ok } from "../../core/types";
import { openWorkbookBytes, sheetNotFound, type WorkbookSource } from "../../hosts/xlsx/open-bytes";
import { reportDocx } from "../../hosts/docx/report";
import { reportWorkbook } from "../../hosts/xlsx/report";
import { returnFromWorkbook, type ReturnOptions, type ReturnRead } from "../../jobs/returns";
import type { FileSlot } from "../host";
import { peekGrid } from "./peek";
import type { GridHead, ReaderRequest, ReaderResponse, ReportFile } from "./protocol";
import { rowsPerMessage } from "./protocol";

export type Post = (message: ReaderResponse, transfer?: Transferable[]) => void;

type Slot = FileSlot | "main";

/** A handler of requests; it holds the workbook opened last in each slot (main, "after"). */
export function createReaderHandler(post: Post): (request: ReaderRequest) => Promise<void> {
  const sources = new Map<Slot, WorkbookSource>();
  /** Opening is asynchronous: only the last request's workbook is kept, per slot. */
  const latestOpen = new Map<Slot, number>();

  async function open(id: number, name: string, bytes: Uint8Array, slot: Slot): Promise<void> {
    latestOpen.set(slot, id);
    sources.delete(slot);
    post({ id, type: "progress", done: 0, total: bytes.length });
    let opened: Result<WorkbookSource>;
    try {
      opened = await openWorkbookBytes(bytes, name);
    } catch {
      opened = fail({ level: "error", code: "file-corrupt", params: { file: name } });
    }
    if (!opened.ok) {
      post({ id, type: "opened", result: opened });
      return;
    }
    if (latestOpen.get(slot) === id) sources.set(slot, opened.value);
    post({ id, type: "progress", done: bytes.length, total: bytes.length });
    const { fileName, sheetNames, issues } = opened.value;
    const heads = sheetNames.flatMap((sheet) => {
      const grid = opened.value.grid(sheet);
      return grid ? [peekGrid(grid)] : [];
    });
    post({
      id,
      type: "opened",
      result: ok({ fileName, sheets: [...sheetNames], issues: [...issues], heads }),
    });
  }

  function read(id: number, sheet: string, slot: Slot): void {
    const source = sources.get(slot);
    if (!source) {
      post({ id, type: "grid", result: fail({ level: "error", code: "no-file-open" }) });
      return;
    }
    const grid = source.grid(sheet);
    if (!grid) {
      post({ id, type: "grid", result: fail(sheetNotFound(source, sheet)) });
      return;
    }
    const total = grid.cells.length;
    const width = grid.cells.reduce((w, row) => Math.max(w, row.length), 0);
    const step = rowsPerMessage(width);
    post({ id, type: "progress", done: 0, total });
    for (let from = 0; from < total; from += step) {
      const rows = grid.cells.slice(from, from + step);
      post({ id, type: "rows", rows });
      post({ id, type: "progress", done: from + rows.length, total });
    }
    const head: GridHead = { sheet: grid.sheet, origin: { ...grid.origin }, rows: total };
    if (grid.merges && grid.merges.length > 0) head.merges = grid.merges.map((m) => ({ ...m }));
    if (grid.fonts && grid.fonts.length > 0) head.fonts = grid.fonts.map((f) => ({ ...f }));
    if (grid.texts) head.texts = grid.texts;
    post({ id, type: "grid", result: ok(head) });
  }

  async function report(id: number, request: Extract<ReaderRequest, { type: "report" }>): Promise<void> {
    const { doc } = request;
    if (!doc || !Array.isArray(doc.sheets) || doc.sheets.length === 0) {
      post({ id, type: "report", result: fail({ level: "error", code: "report-empty" }) });
      return;
    }
    post({ id, type: "progress", done: 0, total: 2 });
    let file: ReportFile;
    try {
      if (request.format === "docx") {
        const written = await reportDocx(doc);
        file = { bytes: ownBytes(written), sheetNames: [], notes: [] };
      } else {
        const built = reportWorkbook(doc);
        post({ id, type: "progress", done: 1, total: 2 });
        const written = await built.workbook.xlsx.writeBuffer();
        file = { bytes: ownBytes(written), sheetNames: built.sheetNames, notes: built.notes };
      }
    } catch (err) {
      post({ id, type: "report", result: fail(writeFailed(err)) });
      return;
    }
    post({ id, type: "progress", done: 2, total: 2 });
    post({ id, type: "report", result: ok(file) }, [file.bytes.buffer as ArrayBuffer]);
  }

  /** One returned form of a consolidation: nothing of it is kept after the answer. */
  async function readReturn(
    id: number,
    name: string,
    bytes: Uint8Array,
    options: ReturnOptions,
  ): Promise<void> {
    post({ id, type: "progress", done: 0, total: 1 });
    const hash = await sha256(bytes);
    const hashed = hash !== undefined ? { hash } : {};
    let opened: Result<WorkbookSource>;
    try {
      opened = await openWorkbookBytes(bytes, name);
    } catch {
      opened = fail({ level: "error", code: "file-corrupt", params: { file: name } });
    }
    const value: ReturnRead = opened.ok
      ? returnFromWorkbook(name, opened.value, options, hash)
      : { file: name, ...hashed, issues: [opened.issue] };
    post({ id, type: "progress", done: 1, total: 1 });
    post({ id, type: "returned", result: ok(value) });
  }

  return async (request: ReaderRequest): Promise<void> => {
    const id = typeof request?.id === "number" ? request.id : -1;
    try {
      switch (request.type) {
        case "open":
          return await open(id, String(request.name), toBytes(request.bytes), slotOf(request.slot));
        case "read":
          return read(id, String(request.sheet), slotOf(request.slot));
        case "close":
          sources.delete(slotOf(request.slot));
          latestOpen.delete(slotOf(request.slot));
          return post({ id, type: "closed" });
        case "report":
          return await report(id, request);
        case "return":
          return await readReturn(id, String(request.name), toBytes(request.bytes), request.options);
        default: {
          const unknown: { type?: unknown } = request;
          post({
            id,
            type: "grid",
            result: fail({
              level: "error",
              code: "file-read-failed",
              params: { file: "", reason: `unknown request ${String(unknown.type)}` },
            }),
          });
        }
      }
    } catch (err) {
      // A bug or out of memory: the request still gets its final answer.
      const issue: Issue = {
        level: "error",
        code: request?.type === "report" ? "file-write-failed" : "file-read-failed",
        params: {
          file: request?.type === "open" || request?.type === "return" ? String(request.name) : "",
          reason: reasonOf(err),
        },
      };
      const type =
        request?.type === "open"
          ? "opened"
          : request?.type === "report"
            ? "report"
            : request?.type === "return"
              ? "returned"
              : "grid";
      post({ id, type, result: fail(issue) } as ReaderResponse);
    }
  };
}

/** The SHA-256 of the bytes in hex (the same file sent twice), where the page has Web Crypto. */
async function sha256(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  } catch {
    return undefined;
  }
}

const slotOf = (slot: unknown): Slot => (slot === "after" ? "after" : "main");

/** The bytes as a Uint8Array owning its whole buffer (so the buffer can be transferred). */
function ownBytes(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
}

function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return new Uint8Array(0);
}

function writeFailed(err: unknown): Issue {
  return { level: "error", code: "file-write-failed", params: { file: "", reason: reasonOf(err) } };
}

function reasonOf(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}
