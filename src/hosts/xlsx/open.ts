/**
 * Opening workbooks from disk (Node). The bytes → grids part lives in `open-bytes.ts` so that the
 * browser mode can use it without `fs` or `zlib`; this file adds "path → bytes" and reads the zip's
 * parts with Node's zlib, several times faster than fflate (which the browser worker keeps).
 */

import { readFile } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
import { fail, type Result } from "../../core/types";
import { openWorkbookBytes as openBytes, type WorkbookSource } from "./open-bytes";
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

/** Workbook bytes to grids (see `open-bytes.ts`), inflating with zlib. */
export function openWorkbookBytes(bytes: Uint8Array, fileName: string): Promise<Result<WorkbookSource>> {
  return openBytes(bytes, fileName, { inflate: zlibInflate });
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
