/**
 * One returned form, from its opened workbook to what the consolidation keeps of it: the sheet
 * chosen (the one named, else the first that holds units), its table read and checked under its
 * own agency's rules. The same for the CLI (files read in turn) and the pane (each file read in
 * the reader worker): only the units, the analysis and a few strings leave, never the grid.
 */
import type { AnalyseOptions } from "../core/analyse";
import type { ReturnInput } from "../core/analyse/consolidate";
import { readTable } from "../core/read";
import { sheetNotFound, type WorkbookSource } from "../core/read/workbook";
import type { Grid, Issue, ReadResult } from "../core/types";
import { sourceInputOf, type SourceInput } from "../reports/sources";
import { returnOf } from "./consolidate";

export interface ReturnOptions {
  /** The sheet to read in every file; default: the first sheet holding units. */
  sheet?: string;
  analyse: AnalyseOptions;
  /** Keep what a report's "Nguồn số liệu" sheet says of the table read. */
  sources?: boolean;
}

/** A return, with what the "Nguồn số liệu" sheet says of it when asked for. */
export interface ReturnRead extends ReturnInput {
  source?: SourceInput;
}

/** "…/Sở Y tế.xlsx" → "Sở Y tế.xlsx". */
export const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/** The return of the file `file` opened as `workbook` (`hash`: of its bytes, to find it sent twice). */
export function returnFromWorkbook(
  file: string,
  workbook: WorkbookSource,
  options: ReturnOptions,
  hash?: string,
): ReturnRead {
  const hashed = hash !== undefined ? { hash } : {};
  const readSheet = (grid: Grid): ReadResult & { grid: Grid } => {
    const read = readTable(grid);
    const opening = workbook.issues.filter((i) => i.params?.sheet === grid.sheet);
    return { ...read, issues: [...opening, ...read.issues], grid };
  };
  let chosen: (ReadResult & { grid: Grid }) | undefined;
  let firstProblem: ReadResult | undefined;
  if (options.sheet !== undefined) {
    const grid = workbook.grid(options.sheet);
    if (!grid) return { file, ...hashed, issues: [sheetNotFound(workbook, options.sheet)] };
    chosen = readSheet(grid);
  } else {
    for (const name of workbook.sheetNames) {
      const grid = workbook.grid(name);
      if (!grid) continue;
      const read = readSheet(grid);
      if (read.table && read.table.units.length > 0) {
        chosen = read;
        break;
      }
      if (!firstProblem || firstProblem.issues.some((i) => i.code === "empty-grid")) firstProblem = read;
    }
  }
  if (!chosen?.table || chosen.table.units.length === 0) {
    const issues: Issue[] = chosen?.issues ?? firstProblem?.issues ?? [];
    return {
      file,
      ...hashed,
      ...(chosen ? { sheet: chosen.grid.sheet } : {}),
      issues: issues.length > 0 ? issues : [{ level: "error", code: "empty-grid", params: { sheet: file } }],
    };
  }
  const { table, grid } = chosen;
  return {
    ...returnOf(file, { table, grid, issues: chosen.issues }, options.analyse, hash),
    ...(options.sources ? { source: sourceInputOf(baseName(file), table.sheet, table, grid) } : {}),
  };
}
