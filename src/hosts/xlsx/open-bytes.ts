/**
 * Workbook bytes to Grids: .xlsx/.xlsm through our streaming reader (stream/), .csv/.txt through
 * our own parser.
 * Browser-safe (no fs, path or Buffer): the browser mode hands over the bytes of a picked file;
 * Node reads them in `open.ts`. Every failure is an Issue naming the file; nothing is thrown.
 */

import type { WorkbookSource } from "../../core/read/workbook";
import { textKey } from "../../core/text/normalize";
import { fail, ok, type Grid, type Issue, type IssueCode, type Result } from "../../core/types";
import { csvToCells, decodeText } from "./csv";
import { MAX_GRID_CELLS, MAX_GRID_COLS, keptRange } from "./sheet-grid";
import { readXlsx, readXlsxChunked, type ReadXlsxOptions, type XlsxSheet } from "./stream/read";
import type { InflateChunks } from "./stream/zip";
import { checkDeclaredSize, MAX_UNZIPPED_BYTES } from "./zip-limits";

export { sheetNotFound, type WorkbookSource } from "../../core/read/workbook";

const XLSX_EXTENSIONS = new Set(["xlsx", "xlsm", "xltx", "xltm"]);
const TEXT_EXTENSIONS = new Set(["csv", "txt", "tsv"]);
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

/** How the host reads: in Node, `open.ts` passes zlib's inflate (the browser keeps fflate's). */
export type OpenOptions = ReadXlsxOptions & {
  /** When given, worksheets are read as they inflate, a chunk at a time (see readXlsxChunked). */
  inflateChunks?: InflateChunks;
};

export async function openWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  options: OpenOptions = {},
): Promise<Result<WorkbookSource>> {
  try {
    return await open(bytes, fileName, options);
  } catch {
    return fileIssue("file-corrupt", fileName);
  }
}

async function open(
  bytes: Uint8Array,
  fileName: string,
  options: OpenOptions,
): Promise<Result<WorkbookSource>> {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, OLE_MAGIC)) {
    // Password-protected .xlsx files are OLE containers too, with an EncryptedPackage stream.
    return fileIssue(contains(bytes, utf16le("EncryptedPackage")) ? "file-encrypted" : "file-xls", fileName);
  }
  // .xls that is not OLE: HTML or XML-2003 "Excel" exports; the same advice applies.
  if (ext === "xls") return fileIssue("file-xls", fileName);
  if (isZip(bytes)) {
    const mime = zipMimetype(bytes);
    if (ext === "ods" || mime === ODS_MIME) return fileIssue("file-ods", fileName);
    if (mime !== undefined) return fileIssue("file-unsupported", fileName);
    // Before anything is inflated: a zip bomb must not take the memory of the machine. The declared
    // sizes suffice: the reader stops any part that inflates past its declared size.
    const size = checkDeclaredSize(bytes);
    if (!size.ok && size.problem === "corrupt") return fileIssue("file-corrupt", fileName);
    if (!size.ok) {
      return fail({
        level: "error",
        code: "file-too-large",
        params: { file: fileName, size: megabytes(size.size), limit: megabytes(MAX_UNZIPPED_BYTES) },
      });
    }
    const loaded = await loadXlsx(bytes, fileName, options);
    if (!loaded.ok && !XLSX_EXTENSIONS.has(ext)) return fileIssue("file-unsupported", fileName);
    return loaded;
  }
  if (ext === "ods") return fileIssue("file-ods", fileName);
  if (TEXT_EXTENSIONS.has(ext)) return ok(openCsv(bytes, fileName));
  if (XLSX_EXTENSIONS.has(ext)) return fileIssue("file-corrupt", fileName);
  return fileIssue("file-unsupported", fileName);
}

async function loadXlsx(
  bytes: Uint8Array,
  fileName: string,
  options: OpenOptions,
): Promise<Result<WorkbookSource>> {
  let sheets: XlsxSheet[];
  try {
    const { inflateChunks } = options;
    sheets = inflateChunks
      ? await readXlsxChunked(bytes, { ...options, inflateChunks })
      : readXlsx(bytes, options);
  } catch {
    return fileIssue("file-corrupt", fileName);
  }
  const issues: Issue[] = [];
  for (const { grid, truncated } of sheets) {
    if (truncated) issues.push(truncatedIssue(fileName, grid.sheet, truncated.rows, truncated.cols));
  }
  return ok(
    makeSource(
      fileName,
      sheets.map((s) => s.grid),
      issues,
    ),
  );
}

function openCsv(bytes: Uint8Array, fileName: string): WorkbookSource {
  const sheet = stemOf(fileName);
  const { cells, truncated } = csvToCells(decodeText(bytes), MAX_GRID_CELLS, MAX_GRID_COLS);
  const grid: Grid = { sheet, origin: { row: 1, col: 1 }, cells };
  const issues = truncated ? [truncatedIssue(fileName, sheet, truncated.rows, truncated.cols)] : [];
  return makeSource(fileName, [grid], issues);
}

function makeSource(fileName: string, grids: Grid[], issues: Issue[]): WorkbookSource {
  const byName = new Map(grids.map((g) => [g.sheet, g] as const));
  return {
    fileName,
    sheetNames: grids.map((g) => g.sheet),
    issues,
    grid(sheet: string): Grid | undefined {
      const exact = byName.get(sheet);
      if (exact) return exact;
      const key = textKey(sheet);
      return grids.find((g) => textKey(g.sheet) === key);
    },
  };
}

/** "300" (MB, whole, rounded up). */
function megabytes(bytes: number): string {
  return String(Math.ceil(bytes / (1024 * 1024)));
}

function fileIssue<T>(code: IssueCode, fileName: string): Result<T> {
  return fail({ level: "error", code, params: { file: fileName } });
}

function truncatedIssue(fileName: string, sheet: string, rows: number, cols: number): Issue {
  return {
    level: "warning",
    code: "sheet-truncated",
    params: { file: fileName, sheet, range: keptRange(rows, cols) },
  };
}

// ---------------------------------------------------------------------------------------------
// File names and magic numbers

function baseNameOf(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] ?? fileName;
}

/** "Biểu 01.XLSX" → "xlsx"; "" when there is none. */
export function extensionOf(fileName: string): string {
  const base = baseNameOf(fileName);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** "/tmp/Biên chế 2025.csv" → "Biên chế 2025". */
export function stemOf(fileName: string): string {
  const base = baseNameOf(fileName);
  const dot = base.lastIndexOf(".");
  return (dot > 0 ? base.slice(0, dot) : base) || "Sheet1";
}

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

function isZip(bytes: Uint8Array): boolean {
  // Local file header, or the end record of an empty archive.
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

function utf16le(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out.push(code & 0xff, code >> 8);
  }
  return out;
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first as number); i >= 0; i = bytes.indexOf(first as number, i + 1)) {
    if (startsWith(bytes, needle, i)) return true;
  }
  return false;
}

/**
 * The OpenDocument `mimetype` entry: by the ODF spec it is the first entry of the archive, stored
 * uncompressed, so it can be read straight from the first local header. Undefined when absent.
 */
function zipMimetype(bytes: Uint8Array): string | undefined {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || bytes.length < 30) return undefined;
  const u16 = (at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
  const u32 = (at: number): number => (u16(at) | (u16(at + 2) << 16)) >>> 0;
  const method = u16(8);
  const size = u32(18);
  const nameLength = u16(26);
  const extraLength = u16(28);
  const name = String.fromCharCode(...bytes.subarray(30, 30 + nameLength));
  if (name !== "mimetype" || method !== 0 || size > 200) return undefined;
  const start = 30 + nameLength + extraLength;
  return String.fromCharCode(...bytes.subarray(start, start + size)).trim();
}
