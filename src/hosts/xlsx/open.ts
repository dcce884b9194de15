/**
 * Opening workbooks from disk (Node). The bytes → grids part lives in `open-bytes.ts` so that the
 * browser mode can use it without `fs` or `zlib`; this file adds "path → bytes" and reads the zip's
 * parts with Node's zlib, several times faster than fflate (which the browser worker keeps).
 */

import { readFile } from "node:fs/promises";
import { createInflateRaw, inflateRawSync } from "node:zlib";
import { fail, type Result } from "../../core/types";
import { openWorkbookBytes as openBytes, type WorkbookSource } from "./open-bytes";
import { XlsxCorrupt } from "./stream/xml";
import type { InflateRaw } from "./stream/zip";

export { sheetNotFound, type WorkbookSource } from "./open-bytes";

/**
 * zlib's raw inflate, never past `size` bytes: a part that unpacks to more throws (a zip bomb whose
 * headers lie costs at most `size`, which zip-limits.ts has checked); the caller checks that it gave
 * exactly `size`. One output buffer of the declared size (and a little room for zlib to see the
 * end), so that nothing is copied into a second one.
 */
export const zlibInflate: InflateRaw = (data, size) =>
  inflateRawSync(data, { maxOutputLength: Math.max(size, 1), chunkSize: size + 64 });

/**
 * zlib's raw inflate as a stream, in chunks of {@link CHUNK} bytes: worksheets are read as they
 * inflate (see readSheetChunks), never whole. Stops as soon as the output passes `size`.
 */
export async function* zlibInflateChunks(data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  const stream = createInflateRaw({ chunkSize: CHUNK });
  stream.end(data);
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > size) throw new XlsxCorrupt("part inflates past its size");
      yield chunk;
    }
  } catch (err) {
    throw err instanceof XlsxCorrupt ? err : new XlsxCorrupt("part does not inflate");
  } finally {
    stream.destroy();
  }
  if (total !== size) throw new XlsxCorrupt("part inflates to another size");
}

/** 256 kB: a few dozen chunks for a large sheet, each small enough to come from memory already mapped. */
const CHUNK = 256 * 1024;

/** Workbook bytes to grids (see `open-bytes.ts`), inflating with zlib. */
export function openWorkbookBytes(bytes: Uint8Array, fileName: string): Promise<Result<WorkbookSource>> {
  return openBytes(bytes, fileName, { inflate: zlibInflate, inflateChunks: zlibInflateChunks });
}

export async function openWorkbookFile(path: string): Promise<Result<WorkbookSource>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = errorCode(err);
    if (code === "ENOENT" || code === "ENOTDIR") {
      return fail({ level: "error", code: "file-not-found", params: { file: path } });
    }
    if (code === "EBUSY") return fail({ level: "error", code: "file-locked", params: { file: path } });
    return fail({ level: "error", code: "file-read-failed", params: { file: path, reason: code ?? "?" } });
  }
  return openWorkbookBytes(bytes, path);
}

/** The Node error code ("ENOENT", "EACCES", "EISDIR"...) of a thrown value, if any. */
export function errorCode(err: unknown): string | undefined {
  if (err && typeof err === "object" && "code" in err && typeof err.code === "string") return err.code;
  return undefined;
}
