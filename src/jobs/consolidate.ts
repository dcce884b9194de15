/**
 * Consolidation of the forms returned by many agencies, for every front end: one file's table read
 * → its return (agency named from the title rows, checked under its own agency's rules, the grid
 * dropped); the returns → the consolidation (src/core/analyse/consolidate); the consolidation →
 * the combined analysis and the consolidated deputy review (src/reports/templates/consolidatedReview).
 */
import { check, type AnalyseOptions } from "../core/analyse";
import { combinedTable, type Consolidation, type ReturnInput } from "../core/analyse/consolidate";
import { agencyName } from "../core/read/agency";
import type { Analysis, Grid, Issue, StaffingTable } from "../core/types";
import { consolidatedReview, consolidatedSubject, type ReportDetails, type ReportDoc } from "../reports";
import { analyseJob } from "./index";

/**
 * The return of one file whose table was read from `grid`: what the consolidation keeps of it (the
 * units and the analysis, never the grid nor the columns).
 */
export function returnOf(
  file: string,
  read: { table: StaffingTable; grid: Grid; issues: readonly Issue[] },
  options: AnalyseOptions,
  hash?: string,
): ReturnInput {
  const { table, grid } = read;
  const named = agencyName(grid, table.headerRows.first);
  const analysed = analyseJob("check", { before: table }, options, read.issues);
  return {
    file,
    sheet: table.sheet,
    ...(hash !== undefined ? { hash } : {}),
    ...(named ? { agency: named.name, agencyCell: named.cell } : {}),
    table: { kind: table.kind, units: table.units },
    ...(analysed.ok ? { analysis: analysed.value } : {}),
    issues: analysed.ok ? analysed.value.issues : [...read.issues, analysed.issue],
  };
}

/** Every unit of the agencies counted, each under its own agency's rules, in one analysis. */
export function consolidatedAnalysis(c: Consolidation, options: AnalyseOptions): Analysis {
  return check(combinedTable(c), options);
}

/** The subject line of the consolidated report; an incomplete one names the agencies missing. */
export { consolidatedSubject };

/**
 * The consolidated deputy review (reports' "tong-hop-ra-soat-cap-pho"): the agencies missing named
 * first, one block per agency counted with its units under its own rules and its subtotal, the
 * grand total; the files received (PHỤ LỤC 1); the review of each agency (PHỤ LỤC 2 …).
 */
export function consolidatedReport(c: Consolidation, analysis: Analysis, details: ReportDetails): ReportDoc {
  return consolidatedReview(c, analysis, details);
}
