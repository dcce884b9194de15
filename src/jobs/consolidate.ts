/**
 * Consolidation of the forms returned by many agencies, for every front end: one file's table read
 * → its return (agency named from the title rows, checked under its own agency's rules, the grid
 * dropped); the returns → the consolidation (src/core/analyse/consolidate); the consolidation →
 * the combined analysis and the consolidated deputy review.
 */
import { check, type AnalyseOptions } from "../core/analyse";
import {
  combinedTable,
  withAgencyNames,
  type Consolidation,
  type ReturnInput,
} from "../core/analyse/consolidate";
import { agencyName } from "../core/read/agency";
import type { Analysis, Grid, Issue, StaffingTable } from "../core/types";
import { deputyReview, type ReportDetails, type ReportDoc, type ReportSheet } from "../reports";
import { MAX_SHEET_NAME, uniqueSheetName } from "../reports/sheetName";
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
export function consolidatedSubject(c: Consolidation, subject?: string): string {
  const base = subject ?? "Tổng hợp rà soát số lượng cấp phó của các cơ quan, đơn vị";
  const missing = c.missing.map((m) => m.agency).join(", ");
  return missing === "" ? base : `${base} (CHƯA ĐẦY ĐỦ: chưa tổng hợp được số liệu của ${missing})`;
}

/**
 * The consolidated deputy review: every unit named with its agency in the first appendix
 * ("PHỤ LỤC 1"), then an appendix per agency counted ("PHỤ LỤC 2 … – SỞ NỘI VỤ": that agency's own
 * review, its own subtotal row), before the sheets for the person preparing it.
 */
export function consolidatedReport(c: Consolidation, analysis: Analysis, details: ReportDetails): ReportDoc {
  const reviewDetails = { ...details, subject: consolidatedSubject(c, details.subject) };
  const doc = deputyReview(withAgencyNames(analysis), reviewDetails);
  const at = doc.sheets.findIndex((sheet) => sheet.role !== "notes" && isAppendix(sheet));
  if (at < 0) return doc;
  const sheets = [...doc.sheets];
  sheets[at] = retitled(sheets[at] as ReportSheet, 1);
  const taken = sheets.map((sheet) => sheet.name);
  const appendices: ReportSheet[] = [];
  let styles = doc.styles;
  for (const agency of c.agencies) {
    if (!agency.counted || !agency.analysis) continue;
    const own = deputyReview(agency.analysis, reviewDetails);
    const sheet = own.sheets.find((s) => s.role !== "notes" && isAppendix(s));
    if (!sheet) continue;
    const n = appendices.length + 2;
    const name = uniqueSheetName(`PL${n} ${agency.agency}`.slice(0, MAX_SHEET_NAME), taken);
    taken.push(name);
    appendices.push({ ...retitled(sheet, n, agency.agency), name });
    styles = { ...own.styles, ...styles };
  }
  sheets.splice(at + 1, 0, ...appendices);
  return { ...doc, sheets, styles };
}

const APPENDIX = "PHỤ LỤC";

/** Whether a sheet is the review's appendix: its first text is "PHỤ LỤC". */
function isAppendix(sheet: ReportSheet): boolean {
  return sheet.cells.some((cell) => cell.content.kind === "text" && cell.content.text === APPENDIX);
}

/** "PHỤ LỤC" → "PHỤ LỤC 2"; its title, for an agency's appendix, followed by the agency. */
function retitled(sheet: ReportSheet, n: number, agency?: string): ReportSheet {
  let titled = false;
  const cells = sheet.cells.map((cell) => {
    if (cell.content.kind !== "text") return cell;
    if (cell.content.text === APPENDIX)
      return { ...cell, content: { kind: "text" as const, text: `${APPENDIX} ${n}` } };
    // The line after "PHỤ LỤC" is the appendix's title.
    if (agency !== undefined && !titled && /^KẾT QUẢ /.test(cell.content.text)) {
      titled = true;
      return {
        ...cell,
        content: { kind: "text" as const, text: `${cell.content.text} – ${agency.toUpperCase()}` },
      };
    }
    return cell;
  });
  return { ...sheet, cells };
}
