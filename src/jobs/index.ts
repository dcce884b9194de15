/**
 * The job layer: one path from the tables read to the analysis and the report, for every front end
 * (CLI, task pane, ribbon). A new job is one file beside this one and one line in {@link JOBS}.
 */
import type { AnalyseOptions } from "../core/analyse";
import { fail, ok, type Analysis, type Issue, type Result } from "../core/types";
import { TEMPLATES, type ReportDoc, type TemplateId } from "../reports";
import { CHECK } from "./check";
import { COMPARE } from "./compare";
import { ROSTER_FORM, UNITS_FORM } from "./forms";
import { PLAN } from "./plan";
import { ROADMAP } from "./roadmap";
import { TRACKER } from "./tracker";
import type { Job, JobTables, ReportInputs } from "./types";

export type { Job, JobTables, ReportInputs } from "./types";

/** Every job, by id. */
export const JOBS = {
  compare: COMPARE,
  plan: PLAN,
  check: CHECK,
  roadmap: ROADMAP,
  tracker: TRACKER,
  "units-form": UNITS_FORM,
  "roster-form": ROSTER_FORM,
} satisfies Record<string, Job>;

export type JobId = keyof typeof JOBS;

/** How many staffing tables a job reads. */
export const tablesNeeded = (job: JobId): 0 | 1 | 2 => JOBS[job].tables;

/**
 * The analysis of a job that reads tables. `readIssues` (what reading the tables found) come first,
 * without repeats: the report is rendered from the analysis alone and must know of every error
 * behind its figures. Fails when the job reads no tables or a table is missing.
 */
export function analyseJob(
  job: JobId,
  tables: JobTables,
  options: AnalyseOptions,
  readIssues: readonly Issue[] = [],
): Result<Analysis> {
  const { analyse, tables: count } = JOBS[job] as Job;
  const { before, after } = tables;
  if (!analyse || !before || (count === 2 && !after))
    return fail({
      level: "error",
      code: "invalid-value",
      params: { name: "job", value: job, expected: "table" },
    });
  const analysis = analyse({ before, after }, options);
  return ok({ ...analysis, issues: dedupeIssues([...readIssues, ...analysis.issues]) });
}

/** The job's report; `analysis` is required for the jobs that read tables. */
export function jobReport(job: JobId, analysis: Analysis | undefined, inputs: ReportInputs): ReportDoc {
  return JOBS[job].report(analysis, inputs);
}

/**
 * Whether a template can be made now: blank forms, the tracker and the roadmap always; the merger
 * report from a compare or plan analysis; the deputy review from any analysis.
 */
export function templateAvailable(id: TemplateId, analysis: Analysis | undefined): boolean {
  switch (TEMPLATES[id].input) {
    case "merge-analysis":
      return analysis !== undefined && analysis.mode !== "check";
    case "analysis":
      return analysis !== undefined;
    case "scenarios":
    case "excess":
    case "consolidation":
      return false;
    default:
      return true;
  }
}

/** A template as a report, from the current analysis (if any): the job that makes it. */
export function templateReport(
  id: TemplateId,
  analysis: Analysis | undefined,
  inputs: ReportInputs,
): ReportDoc {
  if (!templateAvailable(id, analysis)) throw new Error(`the ${id} report needs another analysis`);
  const job: JobId =
    id === "ket-qua-sap-xep"
      ? analysis?.mode === "plan"
        ? "plan"
        : "compare"
      : ((Object.keys(JOBS) as JobId[]).find((j) => JOBS[j].template === id) as JobId);
  return jobReport(job, analysis, inputs);
}

/** The same problem met twice (the same level, code, cell and values): read and analysis, two reads. */
export function issueKey(issue: Issue): string {
  return `${issue.level}|${issue.code}|${issue.cell ?? ""}|${JSON.stringify(issue.params ?? {})}`;
}

/** The issues without repeats (by {@link issueKey}), in the order first met. */
export function dedupeIssues(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = issueKey(issue);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
