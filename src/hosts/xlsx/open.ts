/**
 * Opening workbooks from disk (Node). The bytes → grids part lives in `open-bytes.ts` so that the
 * browser mode can use it without `fs`; this file only adds "path → bytes".
 */

import { readFile } from "node:fs/promises";
import { fail, type Result } from "../../core/types";
import { openWorkbookBytes, type WorkbookSource } from "./open-bytes";

export { openWorkbookBytes, sheetNotFound, type WorkbookSource } from "./open-bytes";

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
