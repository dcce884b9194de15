/**
 * Saving bytes as a file the browser downloads: a Blob and a click on an `<a download>`. The bytes
 * stay on the machine (a `blob:` URL of this page); nothing is uploaded.
 */

import type { ReportFormat } from "../../reports";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** What the download needs from the browser (the real `document`, `URL` and `Blob` by default). */
export interface DownloadEnv {
  document: Pick<Document, "createElement" | "body">;
  URL: Pick<typeof URL, "createObjectURL" | "revokeObjectURL">;
  Blob: typeof Blob;
  /** When to revoke the blob URL: after the browser has started the download. */
  later?: (f: () => void) => void;
}

/**
 * Downloads `bytes` as `fileName` (a Word file when it ends in .docx, a workbook otherwise).
 * Throws only if the browser refuses (the File host catches it).
 */
export function downloadBytes(
  fileName: string,
  bytes: Uint8Array,
  env: DownloadEnv = { document, URL, Blob },
): void {
  const type = /\.docx$/i.test(fileName) ? DOCX_MIME : XLSX_MIME;
  const blob = new env.Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const url = env.URL.createObjectURL(blob);
  const link = env.document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  env.document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel the download in some browsers.
    (env.later ?? ((f) => setTimeout(f, 60_000)))(() => env.URL.revokeObjectURL(url));
  }
}

/**
 * "Báo cáo: 2026/01" → "Báo cáo- 2026-01.xlsx" (or ".docx"): characters no file system takes are
 * replaced, a trailing ".xlsx" or ".docx" is not doubled, an empty name becomes "Bao cao Tinh Gon".
 */
export function downloadName(baseName: string, format: ReportFormat = "xlsx"): string {
  const cleaned = baseName
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, "-")
    .replace(/\.(xlsx|docx)$/i, "")
    .trim()
    .replace(/^\.+/, "");
  return `${cleaned || "Bao cao Tinh Gon"}.${format}`;
}
