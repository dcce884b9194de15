/**
 * The task pane's decisions that need neither React nor a host: which sources to offer and to
 * start from, how a change in the column drop-downs becomes the mapping the reader is given, which
 * problems to list and in what order. Plain functions, tested with jest.
 */
import { FIELD_LABELS, SUMMED_FIELDS } from "../../core/read/fields";
import { wordKey } from "../../core/text/normalize";
import type { ColumnInfo, ColumnMapping, Field, Issue, IssueLevel } from "../../core/types";
import type { SourceList, SourceRef } from "../host";
import { sameSource, tablesNeeded, type JobKind, type PaneSettings } from "../jobs";

export { sameSource };

export type Side = "before" | "after";

/** The sides a job reads: compare both, plan and check "before" only, the others none. */
export function sidesOf(job: JobKind): Side[] {
  const n = tablesNeeded(job);
  return n === 2 ? ["before", "after"] : n === 1 ? ["before"] : [];
}

/** The kinds of source a host offers: selection and Excel tables only in Excel. */
export function sourceKinds(hostKind: "excel" | "file", list: SourceList | undefined): SourceRef["kind"][] {
  if (hostKind !== "excel") return ["sheet"];
  return list && list.tables.length > 0 ? ["selection", "sheet", "table"] : ["selection", "sheet"];
}

/** Whether a remembered source still exists in the workbook and can be read by this host. */
export function sourceValid(
  ref: SourceRef | undefined,
  hostKind: "excel" | "file",
  list: SourceList,
): boolean {
  if (!ref) return false;
  switch (ref.kind) {
    case "selection":
      return hostKind === "excel";
    case "sheet":
      return list.sheets.includes(ref.sheet);
    case "table":
      return hostKind === "excel" && list.tables.some((t) => t.name === ref.table);
  }
}

const SIDE_WORDS: Record<Side | "plan", RegExp> = {
  before: /\b(truoc|hien trang|before)\b/,
  after: /\b(sau|after)\b/,
  plan: /\b(phuong an|sap nhap|hop nhat|plan)\b/,
};

/**
 * The sheet to start from when nothing valid is remembered: one whose name says the side
 * ("Trước sắp xếp", "Sau sắp xếp", "Phương án") if there is one, else the active sheet for
 * "before" and the first other sheet for "after".
 */
export function defaultSource(
  side: Side,
  job: JobKind,
  list: SourceList,
  other?: SourceRef,
): SourceRef | undefined {
  const { sheets } = list;
  if (sheets.length === 0) return undefined;
  const want = side === "after" ? SIDE_WORDS.after : job === "plan" ? SIDE_WORDS.plan : SIDE_WORDS.before;
  const taken = other?.kind === "sheet" ? other.sheet : undefined;
  const named = sheets.find((s) => s !== taken && want.test(wordKey(s)));
  if (named && (job === "compare" || job === "plan")) return { kind: "sheet", sheet: named };
  if (side === "before") {
    const active = list.activeSheet && sheets.includes(list.activeSheet) ? list.activeSheet : sheets[0];
    return { kind: "sheet", sheet: active as string };
  }
  const next = sheets.find((s) => s !== taken) ?? sheets[0];
  return { kind: "sheet", sheet: next as string };
}

/**
 * Settings with every source the job reads pointing at something that exists: remembered ones
 * kept when still valid, the others replaced by {@link defaultSource}. Sides the job does not read
 * are left as they are (so that switching jobs back and forth keeps them).
 */
export function fixSources(
  settings: PaneSettings,
  hostKind: "excel" | "file",
  list: SourceList | undefined,
): PaneSettings {
  if (!list) return settings;
  let next = settings;
  for (const side of sidesOf(settings.job)) {
    if (sourceValid(next[side], hostKind, list)) continue;
    const other = side === "after" ? next.before : next.after;
    const fallback = defaultSource(side, settings.job, list, other);
    next = { ...next };
    if (fallback) next[side] = fallback;
    else delete next[side];
  }
  return next;
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

/**
 * The mapping to give the reader after the user says column `col` holds `field` (null: ignore it),
 * over the user's earlier choices. The field the column had loses it. A field the reader adds up
 * over several columns (heads, deputies, specialists, leaders, contract) is added to the columns
 * that already hold it; any other field (unit name, staff, merge target...) moves to this column.
 */
export function nextMapping(
  columns: readonly ColumnInfo[],
  previous: ColumnMapping,
  col: number,
  field: Field | null,
): ColumnMapping {
  const out: ColumnMapping = {};
  for (const [f, cols] of Object.entries(previous) as [Field, number[]][]) out[f] = [...cols];
  const old = columns.find((c) => c.col === col)?.field ?? null;
  if (old === field) return out;
  if (old) out[old] = columnsWith(columns, old).filter((c) => c !== col);
  if (field) {
    const kept = SUMMED_FIELDS.has(field) ? columnsWith(columns, field) : [];
    out[field] = [...new Set([...kept, col])].sort((a, b) => a - b);
  }
  return out;
}

/** Fields in the order the drop-downs list them: names first, then counts, then the rest. */
export const FIELD_ORDER: readonly Field[] = [
  "unit",
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
      const id = `${issue.level}|${issue.code}|${issue.cell ?? ""}|${JSON.stringify(issue.params ?? {})}`;
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
