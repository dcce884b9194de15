/**
 * An .xlsx to one grid per worksheet, without a workbook model: the zip's parts are inflated one at
 * a time and scanned forward as UTF-8 bytes (see xml.ts, parts.ts, sheet.ts). Browser-safe (fflate,
 * TextDecoder), so the CLI and the browser worker read alike; the CLI passes zlib's inflate. Throws
 * {@link XlsxCorrupt} (or any error, on bytes that are no workbook): the caller reports "file-corrupt".
 */

import { readSheet, readSheetChunks, type ReadSheet, type SheetContext } from "./sheet";
import {
  folderOf,
  NO_STYLES,
  readRelationships,
  NO_STRINGS,
  readSharedStrings,
  readStyles,
  readWorkbook,
  relsPathOf,
  type Relationship,
  type SharedStrings,
} from "./parts";
import {
  partData,
  unzipPart,
  zipEntries,
  ZipIndex,
  type InflateChunks,
  type InflateRaw,
  type ZipEntry,
} from "./zip";
import { XlsxCorrupt } from "./xml";

export interface XlsxSheet extends ReadSheet {
  /** The sheet's name as the file has it. */
  name: string;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

export interface ReadXlsxOptions {
  /** The raw-deflate inflater (default: fflate's, as the browser has it). */
  inflate?: InflateRaw;
}

export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): XlsxSheet[] {
  const pkg = openPackage(bytes, options);
  const sheets = pkg.sheets.map(({ name, target }) => ({
    name,
    ...readSheet(pkg.part(target), name, pkg.ctx),
  }));
  if (sheets.length === 0) throw new XlsxCorrupt("no worksheet");
  return sheets;
}

/**
 * {@link readXlsx}, each worksheet read as it inflates, a chunk at a time (see readSheetChunks),
 * with `inflateChunks`; a sheet that cannot be read so is read whole.
 */
export async function readXlsxChunked(
  bytes: Uint8Array,
  options: ReadXlsxOptions & { inflateChunks: InflateChunks },
): Promise<XlsxSheet[]> {
  const pkg = openPackage(bytes, options);
  const sheets: XlsxSheet[] = [];
  for (const { name, target } of pkg.sheets) {
    const entry = pkg.zip.get(target) as ZipEntry;
    const data = entry.method === 8 ? partData(bytes, entry) : undefined;
    const chunked =
      data && (await readSheetChunks(options.inflateChunks(data, entry.size), name, pkg.ctx, entry.size));
    sheets.push({ name, ...(chunked ?? readSheet(pkg.part(target), name, pkg.ctx)) });
  }
  if (sheets.length === 0) throw new XlsxCorrupt("no worksheet");
  return sheets;
}

/** What an .xlsx's small parts say: its worksheets (name, part) in order, and what reading them needs. */
interface Package {
  zip: ZipIndex;
  ctx: SheetContext;
  sheets: { name: string; target: string }[];
  /** A part as UTF-8 bytes (see xml.ts), inflated whole. */
  part(name: string): Uint8Array;
}

function openPackage(bytes: Uint8Array, options: ReadXlsxOptions): Package {
  const entries = zipEntries(bytes);
  if (!entries) throw new XlsxCorrupt("not a zip");
  const zip = new ZipIndex(entries);
  // Every part as UTF-8 bytes (see xml.ts): only the values kept are decoded.
  const part = (name: string): Uint8Array | undefined => {
    const entry = zip.get(name);
    return entry ? utf8Bytes(unzipPart(bytes, entry, options.inflate)) : undefined;
  };

  // The workbook part: where the package's relationships say, else where Excel puts it.
  let workbookPath = "xl/workbook.xml";
  const rootRels = part("_rels/.rels");
  if (rootRels !== undefined) {
    for (const rel of readRelationships(rootRels, "").values())
      if (OFFICE_DOCUMENT.test(rel.type) && zip.get(rel.target)) workbookPath = rel.target;
  }
  const workbookXml = part(workbookPath);
  if (workbookXml === undefined) throw new XlsxCorrupt("no workbook part");
  const workbook = readWorkbook(workbookXml);
  const folder = folderOf(workbookPath);
  const relsXml = part(relsPathOf(workbookPath));
  const rels = relsXml === undefined ? new Map<string, Relationship>() : readRelationships(relsXml, folder);
  const partOf = (type: string, fallback: string): string => {
    for (const rel of rels.values()) if (rel.type.endsWith(type) && zip.get(rel.target)) return rel.target;
    return folder + fallback;
  };

  const stylesXml = part(partOf("/styles", "styles.xml"));
  const styles = stylesXml === undefined ? NO_STYLES : readStyles(stylesXml);
  const stringsXml = part(partOf("/sharedStrings", "sharedStrings.xml"));
  const strings: SharedStrings = stringsXml === undefined ? NO_STRINGS : readSharedStrings(stringsXml);

  const sheets: Package["sheets"] = [];
  workbook.sheets.forEach((sheet, i) => {
    const rel = sheet.rId === undefined ? undefined : rels.get(sheet.rId);
    // Chart sheets and dialog sheets have no cells; a sheet whose part is missing is skipped, as
    // ExcelJS skipped it.
    if (!rel || /\/(chartsheet|dialogsheet)$/.test(rel.type)) return;
    if (!zip.get(rel.target)) return;
    sheets.push({ name: sheet.name === "" ? `Sheet${i + 1}` : sheet.name, target: rel.target });
  });
  return {
    zip,
    ctx: { strings, styles, date1904: workbook.date1904 },
    sheets,
    part: (name) => part(name) as Uint8Array,
  };
}

/** A part's bytes as UTF-8 without a BOM: UTF-16 (when a BOM says so) is re-encoded. */
function utf8Bytes(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3);
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : undefined;
  // The decoder drops the BOM.
  return utf16 === undefined ? bytes : new TextEncoder().encode(new TextDecoder(utf16).decode(bytes));
}
