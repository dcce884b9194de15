/**
 * A rendered report saved as a file (Node), as Excel (.xlsx: {@link reportWorkbook}) or Word
 * (.docx: {@link reportDocx}) by the output's extension, so the CLI calls one function. The file
 * is written whole or not at all, never over an input, never over an existing file without `force`.
 */

import { fail, ok, type Result } from "../../core/types";
import type { ReportDoc, ReportFormat } from "../../reports/types";
import { reportDocx } from "../docx/report";
import { reportWorkbook, type ReportWorkbook } from "./report";
import { saveFile, saveWorkbook, type SaveOptions } from "./save";

/** The format an output path asks for, or undefined for an extension we do not write. */
export function reportFormat(outPath: string): ReportFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(outPath)?.[1]?.toLowerCase();
  return ext === "xlsx" || ext === "docx" ? ext : undefined;
}

/**
 * Writes `doc` to `outPath` (.xlsx unless it ends in .docx). The value: the absolute path written
 * and the notes for the reader, the report's own (`doc.notes`) first, then the writer's (e.g. the
 * chart left out), once each.
 */
export async function saveReport(
  doc: ReportDoc,
  outPath: string,
  opts: SaveOptions,
): Promise<Result<{ path: string; notes: string[] }>> {
  if (doc.sheets.length === 0) return writeFailed(outPath, "no sheets");
  if (reportFormat(outPath) === "docx") {
    const saved = await saveFile(() => reportDocx(doc), "docx", outPath, opts);
    return saved.ok ? ok({ path: saved.value, notes: [...doc.notes] }) : saved;
  }
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
