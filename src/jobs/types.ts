/**
 * A job: what a user asks of Tinh Gọn (compare two tables, check one, write a roadmap…), the same
 * in the CLI, the task pane and the ribbon. Each front end reads its sources and parses its options
 * its own way, then calls the job layer (index.ts) for the analysis and the report.
 */
import type { AnalyseOptions } from "../core/analyse";
import type { Analysis, StaffingTable } from "../core/types";
import type { ReportDetails, ReportDoc, RoadmapInput, TemplateId } from "../reports";

/** The staffing tables a job reads: `before` is the one table of plan and check. */
export interface JobTables {
  before?: StaffingTable;
  after?: StaffingTable;
}

/** What a report is made from besides the analysis. */
export interface ReportInputs {
  details: ReportDetails;
  /** The roadmap's base year, baseline and target (the roadmap job only). */
  roadmap?: RoadmapInput;
  /** Whether the host can draw charts (Excel can; the .xlsx and .docx writers cannot). */
  charts: boolean;
}

export interface Job {
  /** The report it makes. */
  template: TemplateId;
  /** How many staffing tables it reads (0: none, it is made from its inputs alone). */
  tables: 0 | 1 | 2;
  /** The analysis of the tables read; only for jobs that read tables. */
  analyse?(tables: Required<Pick<JobTables, "before">> & JobTables, options: AnalyseOptions): Analysis;
  /** The report; `analysis` is the job's own analysis when it reads tables. */
  report(analysis: Analysis | undefined, inputs: ReportInputs): ReportDoc;
}
