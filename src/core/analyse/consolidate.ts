/**
 * Consolidation of the forms returned by many agencies: each file read and checked on its own (so
 * that every unit's deputy cap follows the rule family of its own agency), then one table of
 * agencies with their units, leaders and staff, the grand total, the agencies whose figures could
 * not be taken (not read, or a stated total that disagrees with its rows) and the returns of one
 * agency twice. Pure: the caller reads the files and passes their results.
 */
import type { Analysis, Issue, IssueCode, StaffingTable, Summary, Totals, Unit } from "../types";
import { textKey } from "../text/normalize";

export type ReturnStatus = "read" | "read-with-warnings" | "not-read";

/** One returned file as read and checked by the caller. */
export interface ReturnInput {
  file: string;
  sheet?: string;
  /** The agency the title rows name; absent: the file's name stands for it. */
  agency?: string;
  agencyCell?: string;
  /** A hash of the file's bytes: the same file sent twice is found by it. */
  hash?: string;
  /** Only what is needed of the table (the grid is never kept). */
  table?: Pick<StaffingTable, "kind" | "units">;
  analysis?: Analysis;
  /** What reading (and checking) the file said. */
  issues: Issue[];
}

/** Stated figures that disagree with the rows they cover: the agency's figures are not taken. */
export const DISAGREEMENT_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "total-mismatch",
  "count-mismatch",
  "staff-mismatch",
]);

export interface AgencyReturn extends Totals {
  file: string;
  sheet?: string;
  agency: string;
  agencyCell?: string;
  /** "title": named by the title rows; "file": the file's name, the title rows naming none. */
  agencyFrom: "title" | "file";
  status: ReturnStatus;
  /** Why a file was not read: its first error. */
  reason?: Issue;
  /** The stated totals that disagree with the rows (the figures are then not taken). */
  disagreements: Issue[];
  /** Deputies above the caps of the agency's own rules (units and pooled groups). */
  excess: number;
  /** Whether the figures are in the grand total. */
  counted: boolean;
  /** Set on a return of an agency already returned (or the same file again) that is not used. */
  supersededBy?: string;
  analysis?: Analysis;
  /** The rows read (for the combined table of the report). */
  rows?: readonly Unit[];
  issues: Issue[];
}

export interface Duplicate {
  agency: string;
  /** The earlier and the later file. */
  files: [string, string];
  /** "agency": two files name one agency; "content": the same file content twice. */
  kind: "agency" | "content";
  /** The file whose figures are used. */
  used: string;
  /** Whether the user said which to use (the later one); otherwise the consolidation is incomplete. */
  resolved: boolean;
}

export interface Missing {
  agency: string;
  file: string;
  why: "not-read" | "disagrees";
  issue?: Issue;
}

export interface Consolidation {
  agencies: AgencyReturn[];
  totals: Totals & { excess: number };
  /** The grand total in the shape `check` gives (`before` only). */
  summary: Summary;
  missing: Missing[];
  duplicates: Duplicate[];
  /** No agency missing or disagreeing, no duplicate left unresolved. */
  complete: boolean;
}

export interface ConsolidateOptions {
  /** Use the later of two returns of one agency (else the earlier stays and the result is incomplete). */
  useLater?: boolean;
}

/** "…/Sở Y tế.xlsx" → "Sở Y tế". */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

function agencyOf(input: ReturnInput): AgencyReturn {
  const analysis = input.analysis;
  const read = !!input.table && input.table.units.length > 0 && !!analysis;
  const errors = input.issues.filter((i) => i.level === "error");
  const disagreements = read ? errors.filter((i) => DISAGREEMENT_CODES.has(i.code)) : [];
  const status: ReturnStatus = !read
    ? "not-read"
    : input.issues.some((i) => i.level !== "info")
      ? "read-with-warnings"
      : "read";
  const s = analysis?.summary;
  const excess = analysis
    ? analysis.units.reduce((n, u) => n + u.excess, 0) + analysis.pools.reduce((n, p) => n + p.excess, 0)
    : 0;
  const reason = status === "not-read" ? (errors[0] ?? input.issues[0]) : undefined;
  return {
    file: input.file,
    ...(input.sheet !== undefined ? { sheet: input.sheet } : {}),
    agency: input.agency ?? fileStem(input.file),
    ...(input.agencyCell !== undefined ? { agencyCell: input.agencyCell } : {}),
    agencyFrom: input.agency !== undefined ? "title" : "file",
    status,
    ...(reason ? { reason } : {}),
    disagreements,
    units: read && s ? s.units.before : 0,
    heads: read && s ? s.heads.before : 0,
    deputies: read && s ? s.deputies.before : 0,
    staff: read && s ? s.staff.before : 0,
    excess: read ? excess : 0,
    counted: false,
    ...(analysis ? { analysis } : {}),
    ...(input.table ? { rows: input.table.units } : {}),
    issues: input.issues,
  };
}

/** Consolidate the returns, in the order given (the order of the files). */
export function consolidate(inputs: readonly ReturnInput[], options: ConsolidateOptions = {}): Consolidation {
  const agencies = inputs.map(agencyOf);
  const duplicates: Duplicate[] = [];
  // The return in use for each agency key and each content hash.
  const byAgency = new Map<string, number>();
  const byHash = new Map<string, number>();
  agencies.forEach((a, index) => {
    const hash = inputs[index]?.hash;
    const key = textKey(a.agency);
    const earlier = (hash !== undefined ? byHash.get(hash) : undefined) ?? byAgency.get(key);
    if (earlier !== undefined) {
      const first = agencies[earlier] as AgencyReturn;
      const kind = hash !== undefined && byHash.get(hash) === earlier ? "content" : "agency";
      const later = options.useLater === true;
      duplicates.push({
        agency: first.agency,
        files: [first.file, a.file],
        kind,
        used: later ? a.file : first.file,
        resolved: later,
      });
      if (later) {
        first.supersededBy = a.file;
        byAgency.set(textKey(first.agency), index);
        byAgency.set(key, index);
        if (hash !== undefined) byHash.set(hash, index);
      } else a.supersededBy = first.file;
      return;
    }
    byAgency.set(key, index);
    if (hash !== undefined) byHash.set(hash, index);
  });
  const missing: Missing[] = [];
  const totals = { units: 0, heads: 0, deputies: 0, staff: 0, excess: 0 };
  for (const a of agencies) {
    if (a.supersededBy !== undefined) continue;
    if (a.status === "not-read") {
      missing.push({
        agency: a.agency,
        file: a.file,
        why: "not-read",
        ...(a.reason ? { issue: a.reason } : {}),
      });
      continue;
    }
    if (a.disagreements.length > 0) {
      missing.push({ agency: a.agency, file: a.file, why: "disagrees", issue: a.disagreements[0] as Issue });
      continue;
    }
    a.counted = true;
    totals.units += a.units;
    totals.heads += a.heads;
    totals.deputies += a.deputies;
    totals.staff += a.staff;
    totals.excess += a.excess;
  }
  const before = (n: number) => ({ before: n, after: null, cut: null, rate: null });
  return {
    agencies,
    totals,
    summary: {
      units: before(totals.units),
      heads: before(totals.heads),
      deputies: before(totals.deputies),
      staff: before(totals.staff),
    },
    missing,
    duplicates,
    complete: missing.length === 0 && duplicates.every((d) => d.resolved),
  };
}

/**
 * One table of the agencies counted, for the consolidated report: each agency a block (its own
 * blocks under it, "SỞ NỘI VỤ – Chi cục Văn thư"), each unit with the type its own agency's check
 * gave it, so that a check of this table applies the rules of every unit's own agency (the rule
 * family is otherwise decided once per table, from its title rows).
 */
export function combinedTable(c: Consolidation, sheet = "Tổng hợp"): StaffingTable {
  const units: Unit[] = [];
  for (const a of c.agencies) {
    if (!a.counted || !a.rows || !a.analysis) continue;
    // The type of each unit as checked: by the row of its first part.
    const typeByRow = new Map(a.analysis.units.map((u) => [u.row, u.unitType]));
    const firstRow = new Map<string, number>();
    for (const row of a.rows) {
      const key = `${textKey(row.name)}|${textKey(row.block ?? "")}`;
      if (!firstRow.has(key)) firstRow.set(key, row.row);
      const unitType = row.unitType ?? typeByRow.get(firstRow.get(key) as number);
      units.push({
        ...row,
        block: row.block !== undefined ? `${a.agency} – ${row.block}` : a.agency,
        ...(unitType !== undefined ? { unitType } : {}),
      });
    }
  }
  return { sheet, kind: "units", headerRows: { first: 1, last: 1 }, columns: [], mapping: {}, units };
}
