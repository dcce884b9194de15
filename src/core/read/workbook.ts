/**
 * A workbook as the readers see it, whatever opened it (the .xlsx and .csv readers of
 * src/hosts/xlsx in Node and in the browser's worker): its sheets by name, each as a Grid.
 */
import type { Grid, Issue } from "../types";

export interface WorkbookSource {
  /** The file name as given (a path in the CLI), used in messages. */
  fileName: string;
  /** Sheet names in workbook order. */
  sheetNames: string[];
  /** The sheet's grid: exact name first, then case-, diacritic- and spacing-insensitive. */
  grid(sheet: string): Grid | undefined;
  /** Warnings met while opening (e.g. a sheet too large, cut). Empty when all went well. */
  issues: Issue[];
}

/** The issue for a sheet that is not in the workbook, listing the sheets that are. */
export function sheetNotFound(source: WorkbookSource, sheet: string): Issue {
  return {
    level: "error",
    code: "sheet-not-found",
    params: {
      file: source.fileName,
      sheet,
      sheets: source.sheetNames.map((name) => `“${name}”`).join(", "),
    },
  };
}
