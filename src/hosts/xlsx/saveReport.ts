/**
 * A rendered report saved as an .xlsx file (Node): {@link reportWorkbook} + {@link saveWorkbook},
 * so the CLI calls one function. The file is written whole or not at all, never over an input,
 * never over an existing file without `force`.
 */

import { fail, ok, type Result } from "../../core/types";
import type { ReportDoc } from "../../reports/types";
import { reportWorkbook, type ReportWorkbook } from "./report";
import { saveWorkbook, type SaveOptions } from "./save";

/**
 * Writes `doc` to `outPath`. The value: the absolute path written and the notes for the reader,
 * the report's own (`doc.notes`) first, then the writer's (e.g. the chart left out), once each.
 */
export async function saveReport(
  doc: ReportDoc,
  outPath: string,
  opts: SaveOptions,
): Promise<Result<{ path: string; notes: string[] }>> {
  if (doc.sheets.length === 0) return writeFailed(outPath, "no sheets");
  let built: ReportWorkbook;
  try {
    built = reportWorkbook(doc);
  } catch {
    return writeFailed(outPath, "ExcelJS");
  }
  const saved = await saveWorkbook(built.workbook, outPath, opts);
  if (!saved.ok) return saved;
  return ok({ path: saved.value, notes: [...new Set([...doc.notes, ...built.notes])] });
}

function writeFailed(file: string, reason: string): Result<never> {
  return fail({ level: "error", code: "file-write-failed", params: { file, reason } });
}
