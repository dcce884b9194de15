/**
 * The task pane's decisions that need neither React nor a host: which sources to offer and to
 * start from, how a change in the column drop-downs becomes the mapping the reader is given, which
 * problems to list and in what order. Plain functions, tested with jest.
 */
import { readTable } from "../../core/read";
import { correctMapping } from "../../core/read/header";
import { FIELD_LABELS } from "../../core/read/fields";
import { wordKey } from "../../core/text/normalize";
import type { ColumnInfo, Field, Grid, Issue, IssueLevel, StaffingTable, UnitType } from "../../core/types";
import type { UnitTypeOrigin } from "../view/previewModel";
import type { SourceList, SourceRef } from "../host";
import { issueKey, tablesNeeded } from "../../jobs";
import { isTableJob, sameSource, type JobKind, type PaneSettings } from "../jobs";

export { sameSource };

export type Side = "before" | "after";

/** The sides a job reads: compare both, plan and check "before" only, the others none. */
export function sidesOf(job: JobKind): Side[] {
  const n = isTableJob(job) ? tablesNeeded(job) : 0;
  return n === 2 ? ["before", "after"] : n === 1 ? ["before"] : [];
}

/** The kinds of source a host offers: selection and Excel tables only in Excel. */
export function sourceKinds(hostKind: "excel" | "file", list: SourceList | undefined): SourceRef["kind"][] {
  if (hostKind !== "excel") return ["sheet"];
  return list && list.tables.length > 0 ? ["selection", "sheet", "table"] : ["selection", "sheet"];
}

/**
 * What the pane knows of the sheets in a second file (File host: the "after" side of a comparison
 * in its own file), and of each sheet's first rows ({@link sheetProfile}), when it knows them.
 */
export interface SourceContext {
  /** Sheets of the second file, when one is open. */
  after?: SourceList;
  /** Profiles of the main file's sheets, by sheet name. */
  profiles?: Profiles;
  /** Profiles of the second file's sheets. */
  afterProfiles?: Profiles;
}

/** Whether a remembered source still exists in the workbook and can be read by this host. */
export function sourceValid(
  ref: SourceRef | undefined,
  hostKind: "excel" | "file",
  list: SourceList,
  context: SourceContext = {},
): boolean {
  if (!ref) return false;
  switch (ref.kind) {
    case "selection":
      return hostKind === "excel";
    case "sheet":
      if (ref.file === "after")
        return hostKind === "file" && (context.after?.sheets ?? []).includes(ref.sheet);
      return list.sheets.includes(ref.sheet);
    case "table":
      return hostKind === "excel" && list.tables.some((t) => t.name === ref.table);
  }
}

/** What the first rows of a sheet say about the table in it. */
export interface SheetProfile {
  /** A staffing table (units or a roster) was recognised. */
  table: boolean;
  /** One of its columns holds merge targets ("Sáp nhập vào"): a merger plan. */
  merge: boolean;
  /** The table lists people, one a row, rather than units. */
  roster: boolean;
}

/** Profiles by sheet name; a sheet missing was not peeked (its profile is unknown). */
export type Profiles = Record<string, SheetProfile>;

/**
 * What the first rows of a sheet ({@link Host.peekSheets}) say: whether the reader finds a staffing
 * table there, with a merge column or not. Its figures are not looked at: rows past the peek are
 * missing, and a sheet is read whole when the user reads it.
 */
export function sheetProfile(grid: Grid): SheetProfile {
  const { table } = readTable(grid);
  return {
    table: table !== undefined,
    merge: table?.columns.some((c) => c.field === "mergeInto") ?? false,
    roster: table?.kind === "roster",
  };
}

/** Profiles of peeked sheets by name. */
export function profilesOf(grids: readonly Grid[]): Profiles {
  const out: Profiles = {};
  for (const grid of grids) out[grid.sheet] = sheetProfile(grid);
  return out;
}

const SIDE_WORDS: Record<Side | "plan", RegExp> = {
  before: /\b(truoc|hien trang|before)\b/,
  after: /\b(sau|after)\b/,
  plan: /\b(phuong an|sap nhap|hop nhat|plan)\b/,
};

/** The first sheet passing the first test that any sheet passes. */
function firstBy(sheets: readonly string[], tests: ((sheet: string) => boolean)[]): string | undefined {
  for (const test of tests) {
    const found = sheets.find(test);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The sheet a side starts from when nothing valid is remembered, from the sheet names and what
 * each sheet's first rows hold (`profiles`; a sheet not peeked may hold anything):
 * - plan: a sheet whose table has a merge column, one whose name says so ("Phương án") first;
 * - compare: "before" a table without a merge column, one named "Trước…" first; "after" another
 *   table, one named "Sau…" first, never `other` (the before side): undefined when the workbook has
 *   no other sheet;
 * - check: any staffing table.
 * The active sheet comes first among equals for the before side (plan and check read it).
 */
export function defaultSource(
  side: Side,
  job: JobKind,
  list: SourceList,
  other?: SourceRef,
  profiles: Profiles = {},
): SourceRef | undefined {
  const { sheets } = list;
  if (sheets.length === 0) return undefined;
  const taken = other?.kind === "sheet" && other.file === undefined ? other.sheet : undefined;
  const active = list.activeSheet && sheets.includes(list.activeSheet) ? list.activeSheet : undefined;
  const order = side === "before" && active ? [active, ...sheets.filter((s) => s !== active)] : [...sheets];
  const candidates = order.filter((s) => s !== taken);
  const table = (s: string) => profiles[s]?.table === true;
  const maybe = (s: string) => profiles[s] === undefined || table(s);
  const merge = (s: string) => profiles[s]?.merge === true;
  const named = (words: RegExp) => (s: string) => words.test(wordKey(s));
  let tests: ((sheet: string) => boolean)[];
  if (job === "plan") {
    const plan = named(SIDE_WORDS.plan);
    tests = [(s) => merge(s) && plan(s), merge, (s) => maybe(s) && plan(s), table, maybe];
  } else if (job === "compare") {
    const words = named(side === "after" ? SIDE_WORDS.after : SIDE_WORDS.before);
    tests = [(s) => maybe(s) && !merge(s) && words(s), (s) => table(s) && !merge(s), table, maybe];
  } else {
    tests = [table, maybe];
  }
  const sheet = firstBy(candidates, [...tests, () => true]);
  return sheet === undefined ? undefined : { kind: "sheet", sheet };
}

/**
 * Whether a source suits the job as far as its sheet's first rows tell: a plan needs a merge
 * column; a comparison two tables of units or people as they are (a merger plan is neither the
 * before nor the after state); a review any staffing table. Selections, Excel tables and sheets
 * not peeked may hold anything: they suit.
 */
export function sourceFits(ref: SourceRef | undefined, job: JobKind, context: SourceContext = {}): boolean {
  if (ref?.kind !== "sheet") return true;
  const profile = (ref.file === "after" ? context.afterProfiles : context.profiles)?.[ref.sheet];
  if (!profile) return true;
  if (job === "plan") return profile.merge;
  if (job === "compare") return profile.table && !profile.merge;
  return profile.table;
}

/**
 * Settings with every source the job reads pointing at something that exists and suits the job:
 * remembered ones kept when still valid, the others replaced by {@link defaultSource}. A source
 * that exists but does not suit the job (a plan on a sheet without a merge column, a sheet with no
 * table) is replaced only by one that does. A comparison never reads one table twice: an "after"
 * equal to "before" is replaced too; with a second file open, "after" starts from it. Sides the
 * job does not read are left as they are (so that switching jobs back and forth keeps them).
 */
export function fixSources(
  settings: PaneSettings,
  hostKind: "excel" | "file",
  list: SourceList | undefined,
  context: SourceContext = {},
): PaneSettings {
  if (!list) return settings;
  let next = settings;
  for (const side of sidesOf(settings.job)) {
    const other = side === "after" ? next.before : next.after;
    const current = next[side];
    const twice = side === "after" && sameSource(current, next.before);
    const valid = sourceValid(current, hostKind, list, context) && !twice;
    if (valid && sourceFits(current, settings.job, context)) continue;
    const fallback =
      side === "after" && context.after
        ? afterFileSource(context.after, context.afterProfiles)
        : defaultSource(side, settings.job, list, other, context.profiles);
    if (valid && !(fallback && sourceFits(fallback, settings.job, context))) continue;
    next = { ...next };
    if (fallback) next[side] = fallback;
    else delete next[side];
  }
  return next;
}

/** The sheet of a second file the "after" side of a comparison starts from. */
export function afterFileSource(list: SourceList, profiles?: Profiles): SourceRef | undefined {
  const ref = defaultSource("after", "compare", list, undefined, profiles);
  return ref?.kind === "sheet" ? { ...ref, file: "after" } : undefined;
}

/**
 * Where the unit types of an analysis came from: the pane's choice, else the tables' unit-type
 * column (for every unit, or some), else nothing: each was inferred from its name ("assumed").
 */
export function unitTypeOrigin(
  chosen: UnitType | undefined,
  tables: readonly (StaffingTable | undefined)[],
): UnitTypeOrigin {
  if (chosen) return "user";
  const units = tables.flatMap((table) => table?.units ?? []);
  const given = units.filter((u) => u.unitType !== undefined).length;
  if (units.length > 0 && given === units.length) return "sheet";
  return given > 0 ? "partly" : "assumed";
}

/** Focal units in a table: parts of one unit (bộ phận listed on their own rows) count once. */
export function unitCount(table: { units: readonly { name: string }[] }): number {
  return new Set(table.units.map((u) => u.name)).size;
}

/** A source as users name it in messages: the sheet or table name, or "the selection". */
export function sourceName(ref: SourceRef, selectionLabel: string): string {
  return ref.kind === "sheet" ? `«${ref.sheet}»` : ref.kind === "table" ? `«${ref.table}»` : selectionLabel;
}

/** The columns that hold `field`, in order. */
export function columnsWith(columns: readonly ColumnInfo[], field: Field): number[] {
  return columns.filter((c) => c.field === field).map((c) => c.col);
}

/** The mapping after the user says column `col` holds `field` (null: ignore it): see core. */
export const nextMapping = correctMapping;

/** Fields in the order the drop-downs list them: names first, then counts, then the rest. */
export const FIELD_ORDER: readonly Field[] = [
  "unit",
  "block",
  "person",
  "title",
  "subUnit",
  "mergeInto",
  "heads",
  "deputies",
  "leaders",
  "specialists",
  "staff",
  "quota",
  "contract",
  "employment",
  "unitType",
  "subUnits",
  "order",
];

// Every field is offered: a test keeps FIELD_ORDER and FIELD_LABELS in step.
export const ALL_FIELDS = Object.keys(FIELD_LABELS) as Field[];

export interface ListedIssue {
  issue: Issue;
  /** Stable key for React lists. */
  key: string;
  side?: Side;
}

const LEVEL_RANK: Record<IssueLevel, number> = { error: 0, warning: 1, info: 2 };

/**
 * The problems to show, errors first then warnings then notes (in the order found within a level),
 * without repeats (the same code, cell and values met twice, e.g. read and analysis).
 */
export function listIssues(groups: { issues: readonly Issue[]; side?: Side }[]): ListedIssue[] {
  const seen = new Set<string>();
  const out: ListedIssue[] = [];
  for (const group of groups) {
    for (const issue of group.issues) {
      const id = issueKey(issue);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ issue, key: `${out.length}:${id}`, ...(group.side ? { side: group.side } : {}) });
    }
  }
  return out
    .map((item, index) => ({ item, index }))
    .sort((a, b) => LEVEL_RANK[a.item.issue.level] - LEVEL_RANK[b.item.issue.level] || a.index - b.index)
    .map(({ item }) => item);
}

export function countLevels(items: readonly ListedIssue[]): Record<IssueLevel, number> {
  const counts: Record<IssueLevel, number> = { error: 0, warning: 0, info: 0 };
  for (const { issue } of items) counts[issue.level]++;
  return counts;
}

/**
 * A progress callback that passes on only steps worth redrawing: the first, the last, and one per
 * `steps`-th of the way (a read of 100,000 rows reports at most ~100 times).
 */
export function throttleProgress(
  report: (done: number, total: number) => void,
  steps = 100,
): (done: number, total: number) => void {
  let lastBucket = -1;
  let lastTotal = -1;
  let finished = false;
  return (done, total) => {
    if (total !== lastTotal) {
      lastTotal = total;
      lastBucket = -1;
      finished = false;
    }
    const bucket = total > 0 ? Math.floor((Math.min(done, total) / total) * steps) : done;
    if (total > 0 && done >= total) {
      if (finished) return;
      finished = true;
    } else if (bucket === lastBucket) return;
    lastBucket = bucket;
    report(done, total);
  };
}

/** Percent text typed by a user ("10", "12,5", "12.5%") as a rate (0.125); undefined if not 0–100. */
export function parsePercent(text: string): number | undefined {
  const cleaned = text.trim().replace(/%$/, "").trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return value >= 0 && value <= 100 ? Number((value / 100).toPrecision(12)) : undefined;
}

/** A non-negative whole number typed by a user: "1250", or grouped as "1.250", "1,250", "1 250". */
export function parseWhole(text: string): number | undefined {
  const cleaned = text.trim().replace(/\u00a0/g, " ");
  if (/^\d{1,12}$/.test(cleaned)) return Number(cleaned);
  if (/^\d{1,3}([., ]\d{3}){1,3}$/.test(cleaned)) return Number(cleaned.replace(/[., ]/g, ""));
  return undefined;
}
