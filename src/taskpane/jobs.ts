/**
 * The settings the task pane remembers with a workbook, which the ribbon's one-click report reuses,
 * and what the job layer (src/jobs) takes from them. Without React or Office, so that jest tests it
 * directly.
 */
import type { AnalyseOptions } from "../core/analyse";
import type { TargetProfileId } from "../core/analyse/targets";
import type { Lang } from "../core/messages";
import { PROVINCE_CLASSES, RULE_SET_IDS, UNIT_TYPES } from "../core/rules/ruleSets";
import { FIELD_LABELS } from "../core/read/fields";
import type {
  Analysis,
  ColumnMapping,
  Field,
  RuleFamily,
  Issue,
  ProvinceClass,
  RuleSetId,
  UnitType,
} from "../core/types";
import { parseIsoDate } from "../core/format";
import { parseDetails, type ReportDetails, type TemplateId } from "../reports";
import { TARGET_PROFILES } from "../core/analyse/targets";
import type { ReportInputs } from "../jobs";
import type { SourceRef } from "./host";

/** The jobs of the job layer's registry the pane offers (the gallery makes the blank forms). */
export type TableJobKind = "compare" | "plan" | "check" | "roadmap" | "tracker";

/**
 * The jobs the pane offers: the registry's, and the consolidation of the forms returned by many
 * agencies (files the user picks, not tables of the workbook: src/jobs/consolidate.ts).
 */
export type JobKind = TableJobKind | "consolidate";

export const JOB_KINDS: readonly JobKind[] = [
  "compare",
  "plan",
  "check",
  "consolidate",
  "roadmap",
  "tracker",
];

/** Whether the job is one of the registry's (it reads the workbook's tables, or none). */
export const isTableJob = (job: JobKind): job is TableJobKind => job !== "consolidate";

/** Two sources are the same block (a sheet of the second file is never one of the first). */
export function sameSource(a: SourceRef | undefined, b: SourceRef | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind !== b.kind) return false;
  if (a.kind === "sheet" && b.kind === "sheet") return a.sheet === b.sheet && a.file === b.file;
  if (a.kind === "table" && b.kind === "table") return a.table === b.table;
  return true;
}

/** The user's column corrections kept for `side`, when `source` is the table they were made on. */
export function savedMapping(
  settings: PaneSettings,
  side: "before" | "after",
  source: SourceRef,
): ColumnMapping | undefined {
  const mapping = settings.mappings?.[side];
  return mapping && Object.keys(mapping).length > 0 && sameSource(settings[side], source)
    ? mapping
    : undefined;
}

export interface RoadmapSettings {
  baseYear: number;
  baseline: number;
  targetRate: number;
  profile?: TargetProfileId;
}

/** Everything the pane remembers with a workbook; the ribbon's one-click report reuses it. */
export interface PaneSettings {
  job: JobKind;
  /** The table read for plan and check, the "before" table for compare. */
  before?: SourceRef;
  /** The "after" table for compare. */
  after?: SourceRef;
  /**
   * Column corrections the user made in the pane for the `before` / `after` table (the reader's
   * mapping override), so that the ribbon's one-click report reads the table the same way.
   */
  mappings?: { before?: ColumnMapping; after?: ColumnMapping };
  unitType?: UnitType;
  /** The body's family, as the user answered when the sheet does not say (see AnalyseOptions). */
  family?: RuleFamily;
  ruleSet?: RuleSetId;
  provinceClass?: ProvinceClass;
  /** ISO date the reorganisation takes effect (excess-deputy deadlines); default: the report date. */
  decisionDate?: string;
  /** Caps the user entered for unit types no text publishes a cap for (see AnalyseOptions). */
  enteredCaps?: Partial<Record<UnitType, number>>;
  roadmap: RoadmapSettings;
  details: ReportDetails;
  lang?: Lang;
}

export function defaultSettings(today: string): PaneSettings {
  const details = parseDetails({}, "party", today);
  if (!details.ok) throw new Error("default report details must parse");
  return {
    job: "check",
    roadmap: { baseYear: 2021, baseline: 0, targetRate: 0.1 },
    details: details.value,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function parseSource(raw: unknown): SourceRef | undefined {
  if (!isObject(raw)) return undefined;
  if (raw.kind === "selection") return { kind: "selection" };
  if (raw.kind === "sheet" && typeof raw.sheet === "string")
    return raw.file === "after"
      ? { kind: "sheet", sheet: raw.sheet, file: "after" }
      : { kind: "sheet", sheet: raw.sheet };
  if (raw.kind === "table" && typeof raw.table === "string") return { kind: "table", table: raw.table };
  return undefined;
}

/** A stored mapping: known fields, each to 1-based column numbers within Excel's 16,384. */
function parseMapping(raw: unknown): ColumnMapping | undefined {
  if (!isObject(raw)) return undefined;
  const mapping: ColumnMapping = {};
  for (const [field, cols] of Object.entries(raw)) {
    if (!Object.hasOwn(FIELD_LABELS, field) || !Array.isArray(cols)) continue;
    const valid = cols.filter((c): c is number => Number.isInteger(c) && c >= 1 && c <= 16_384);
    if (valid.length === cols.length) mapping[field as Field] = valid;
  }
  return Object.keys(mapping).length > 0 ? mapping : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/**
 * Settings as stored with a workbook (by this or an older version, or edited by hand). Never
 * fails: a field that is missing or wrong takes its default, so that a bad setting cannot lock a
 * user out of the pane.
 */
export function parseSettings(raw: unknown, today: string): PaneSettings {
  const settings = defaultSettings(today);
  if (!isObject(raw)) return settings;
  settings.job = oneOf(raw.job, JOB_KINDS) ?? settings.job;
  settings.before = parseSource(raw.before);
  settings.after = parseSource(raw.after);
  if (isObject(raw.mappings)) {
    const before = parseMapping(raw.mappings.before);
    const after = parseMapping(raw.mappings.after);
    if (before || after) settings.mappings = { before, after };
  }
  settings.unitType = oneOf(raw.unitType, UNIT_TYPES);
  settings.family = oneOf(raw.family, ["party", "state"] as const);
  settings.ruleSet = oneOf(raw.ruleSet, RULE_SET_IDS);
  settings.provinceClass = oneOf(raw.provinceClass, PROVINCE_CLASSES);
  settings.decisionDate = typeof raw.decisionDate === "string" ? parseIsoDate(raw.decisionDate) : undefined;
  if (isObject(raw.enteredCaps)) {
    const caps: Partial<Record<UnitType, number>> = {};
    for (const [type, cap] of Object.entries(raw.enteredCaps)) {
      const unitType = oneOf(type, UNIT_TYPES);
      if (unitType && isEnteredCap(cap)) caps[unitType] = cap;
    }
    if (Object.keys(caps).length > 0) settings.enteredCaps = caps;
  }
  settings.lang = oneOf(raw.lang, ["vi", "en"] as const);
  if (isObject(raw.roadmap)) {
    const r = raw.roadmap;
    const year = Number(r.baseYear);
    const baseline = Number(r.baseline);
    const rate = Number(r.targetRate);
    if (Number.isInteger(year) && year >= 1900 && year <= 9999) settings.roadmap.baseYear = year;
    if (Number.isInteger(baseline) && baseline >= 0) settings.roadmap.baseline = baseline;
    if (Number.isFinite(rate) && rate >= 0 && rate <= 1) settings.roadmap.targetRate = rate;
    settings.roadmap.profile = oneOf(
      r.profile,
      TARGET_PROFILES.map((p) => p.id),
    );
  }
  if (isObject(raw.details)) {
    const style = raw.details.style === "state" ? "state" : "party";
    const details = parseDetails(raw.details, style, today);
    if (details.ok) settings.details = details.value;
  }
  // Drop what is undefined, so that the stored JSON stays small and stable.
  return JSON.parse(JSON.stringify(settings)) as PaneSettings;
}

/** A cap the user may enter: a whole number of deputies, 0–999. */
export function isEnteredCap(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 999;
}

/** Whether the analysis had to guess a Party or State body from the unit names: the pane asks. */
export const familyUnknown = (analysis: Analysis | undefined): boolean =>
  analysis?.issues.some((issue) => issue.code === "rule-family-assumed") ?? false;

/**
 * Unit types of an analysis that have no cap from the rules (no text publishes one, none in force)
 * or a cap the user entered: those the pane offers a cap field for, in the analysis' order.
 */
export function enteredCapTypes(analysis: Analysis | undefined): UnitType[] {
  const types = new Set<UnitType>();
  for (const issue of analysis?.issues ?? []) {
    if (!ENTERED_CAP_CODES.has(issue.code)) continue;
    const type = oneOf(issue.params?.unitTypeId, UNIT_TYPES);
    if (type) types.add(type);
  }
  return [...types];
}

const ENTERED_CAP_CODES: ReadonlySet<string> = new Set([
  "no-published-cap",
  "no-rule-in-force",
  "rule-not-applicable",
  "cap-entered",
]);

/** Error-level issues among `issues`: a report made over any of them must say so. */
export function errorCount(issues: readonly Issue[]): number {
  return issues.reduce((n, issue) => n + (issue.level === "error" ? 1 : 0), 0);
}

/** The analysis options the settings hold: the report date, the rules and what the user answered. */
export function analyseOptions(settings: PaneSettings): AnalyseOptions {
  return {
    date: settings.details.date,
    ruleSet: settings.ruleSet,
    provinceClass: settings.provinceClass,
    decisionDate: settings.decisionDate,
    unitType: settings.unitType,
    enteredCaps: settings.enteredCaps,
    family: settings.family,
  };
}

/** What a report is made from, from the settings; `charts` where the host draws them (Excel). */
export function reportInputs(settings: PaneSettings, charts: boolean): ReportInputs {
  return { details: settings.details, roadmap: { ...settings.roadmap }, charts };
}

/** A file name without its extension, with characters Windows forbids in file names as "-". */
function fileStem(fileName: string | undefined): string {
  return (
    (fileName ?? "")
      .replace(/\.[^.\\/]*$/, "")
      // Control characters are not allowed in file names either.
      // eslint-disable-next-line no-control-regex
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-")
      .replace(/^[-\s]+|[-\s]+$/g, "")
      .slice(0, 100)
  );
}

/**
 * The name a report is saved under (File host) or known by: the source file's name without its
 * extension, then the template id ("van-phong-tinh-uy-mau-ket-qua-sap-xep"); "tinhgon-…" without a
 * file. A comparison of two files names both, before then after ("bien-che-2024_bien-che-2025-ket-
 * qua-sap-xep"). Characters Windows forbids in file names become "-".
 */
export function reportBaseName(
  template: TemplateId,
  fileName: string | undefined,
  afterFileName?: string,
): string {
  const before = fileStem(fileName);
  const after = fileStem(afterFileName);
  const stems = [before, after].filter((stem, i, all) => stem !== "" && all.indexOf(stem) === i);
  const stem = stems.map((s) => s.slice(0, stems.length > 1 ? 60 : 100)).join("_");
  return `${stem === "" ? "tinhgon" : stem}-${template}`;
}
