/**
 * The shared data model of the engine. Everything here is plain data: hosts build a {@link Grid},
 * the reader turns it into a {@link StaffingTable}, analysis turns tables into an {@link Analysis}.
 */

/** An error value in a cell, e.g. `#N/A` or `#REF!`. */
export interface CellError {
  error: string;
}

/** One cell as a host hands it over. Formulas arrive as their cached result. */
export type CellValue = string | number | boolean | Date | CellError | null | undefined;

/** A rectangular block of a merge, in absolute 1-based sheet coordinates (inclusive). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A 2-D block of cell values and where it sits: the same input for Excel, .xlsx/.csv files and the
 * browser. `cells[i][j]` is at sheet row `origin.row + i`, column `origin.col + j` (both 1-based).
 * Cells covered by a merge (other than its top-left) should be empty; `merges` says where they are.
 */
export interface Grid {
  sheet: string;
  origin: { row: number; col: number };
  cells: CellValue[][];
  merges?: CellRange[];
  /**
   * Blocks of cells (absolute, 1-based, inclusive) set in a legacy Vietnamese font: TCVN3/ABC
   * (".VnTime", ".VnTimeH"…) or VNI ("VNI-Times"…), with the font's name. Hosts list only fonts
   * that `legacyFontEncoding` (core/text/legacy) recognises. The reader decodes text in these
   * blocks to Unicode; text that looks legacy outside them is refused, never matched as Unicode.
   * A block may also cover cells whose font does not matter (numbers, empty cells, plain ASCII
   * outside an upper-case font), so that a sheet is a handful of blocks; later blocks win.
   */
  fonts?: (CellRange & { font: string })[];
  /**
   * Every text the cells may hold, when the host knows it cheaply (a superset will do: an .xlsx's
   * shared strings and its other texts). With none that looks legacy, the reader need not look for
   * legacy text cell by cell (100,000 rows × the name columns).
   */
  texts?: readonly string[];
}

export type IssueLevel = "error" | "warning" | "info";

/**
 * A problem found in the input or during analysis. `code` keys the message table
 * (`core/messages.ts`); `params` fill its placeholders. `cell` is an A1 address with the sheet,
 * e.g. `'Biểu 01'!C12`, when the problem has a place.
 */
export interface Issue {
  level: IssueLevel;
  code: IssueCode;
  params?: Record<string, string | number>;
  cell?: string;
}

export type IssueCode =
  // files and sheets (hosts/xlsx)
  | "file-not-found"
  | "file-read-failed"
  | "file-xls"
  | "file-ods"
  | "file-encrypted"
  | "file-corrupt"
  | "file-too-large"
  | "file-unsupported"
  | "sheet-not-found"
  | "sheet-truncated"
  | "file-exists"
  | "output-is-input"
  | "file-write-failed"
  | "file-locked"
  | "empty-grid"
  | "no-header"
  | "no-name-column"
  | "no-count-columns"
  | "no-data-rows"
  | "not-a-number"
  | "negative-count"
  | "fractional-count"
  | "count-too-large"
  | "arg-not-a-number"
  | "excess-needs-roster"
  | "arg-not-finite"
  | "arg-negative-count"
  | "arg-fractional-count"
  | "arg-count-too-large"
  | "arg-not-a-birth-date"
  | "arg-not-a-sex"
  | "cell-error-value"
  | "staff-mismatch"
  | "staff-less-than-leaders"
  | "total-mismatch"
  | "count-mismatch"
  | "duplicate-unit"
  | "unknown-unit-type"
  | "unknown-merge-target"
  | "merge-target-conflict"
  | "merge-chain"
  | "merge-cycle"
  | "merge-target-ambiguous"
  | "plan-without-merge-column"
  | "compare-same-table"
  | "empty-title"
  | "person-without-unit"
  | "person-repeated"
  | "unit-without-figures"
  | "no-leader-columns"
  | "no-staff-column"
  | "legacy-encoding-unknown"
  | "rule-not-applicable"
  | "rule-family-inferred"
  | "deadline-from-report-date"
  | "rule-family-assumed"
  | "no-rule-in-force"
  | "no-published-cap"
  | "cap-entered"
  | "body-leadership"
  | "deadline-both"
  | "party-deputies-total"
  | "entered-cap-ignored"
  | "pooled-cap"
  | "rule-unsettled"
  | "province-class-assumed"
  | "unknown-rule-set"
  | "unknown-province-class"
  | "quota-assumed-from-staff"
  | "division-by-zero"
  | "invalid-value"
  | "invalid-birth-date"
  | "invalid-sex"
  | "birth-date-both-sexes"
  // Excel add-in host (hosts/excel)
  | "excel-sheet-not-found"
  | "excel-table-not-found"
  | "excel-read-too-large"
  | "excel-read-cell-limit"
  | "excel-read-failed"
  | "report-empty"
  | "report-too-large"
  | "report-write-failed"
  | "report-rollback-failed"
  | "report-page-setup-skipped"
  | "report-page-setup-failed"
  | "report-indent-skipped"
  | "report-freeze-skipped"
  | "report-validation-skipped"
  | "report-chart-skipped"
  | "report-merge-skipped"
  | "report-cell-outside"
  // browser mode: a file opened in the page (taskpane/hosts/fileHost)
  | "no-file-open"
  | "source-excel-only"
  | "file-timeout";

/** Result of an operation that may fail with a domain problem: errors are values, never thrown. */
export type Result<T> = { ok: true; value: T } | { ok: false; issue: Issue };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(issue: Issue): Result<T> => ({ ok: false, issue });

/** The fields a column can be mapped to. */
export type Field =
  // both kinds
  | "order" // STT / TT
  | "unit" // unit (đơn vị, phòng) name
  | "block" // the body a unit belongs to (đơn vị quản lý, cơ quan chủ quản): units of one name in two blocks differ
  | "mergeInto" // sáp nhập vào / hợp nhất
  | "unitType" // loại đơn vị
  | "subUnits" // number of phòng inside a chi cục
  // unit-level tables
  | "heads"
  | "deputies"
  | "specialists"
  | "leaders" // heads + deputies in one column (when not split)
  | "staff" // biên chế / tổng số / số có mặt
  | "quota" // biên chế được giao
  | "contract" // HĐ68 / HĐ111
  // person rosters
  | "person" // họ và tên
  | "title" // chức vụ
  | "subUnit" // bộ phận
  | "employment"; // loại cán bộ / hình thức: tells contract staff apart

export type TableKind = "units" | "roster";

/** One column of the header as detected, and what it was mapped to (null: ignored). */
export interface ColumnInfo {
  col: number; // absolute 1-based column
  letter: string; // "C"
  header: string; // the header text as shown (upper and lower header rows joined with " / ")
  field: Field | null;
}

/** Column mapping a UI can show and override: field → absolute 1-based column(s). */
export type ColumnMapping = Partial<Record<Field, number[]>>;

export type UnitType =
  | "phong" // phòng thuộc sở (and phòng chuyên môn in general)
  | "van-phong" // văn phòng sở
  | "thanh-tra" // thanh tra sở
  | "chi-cuc" // chi cục thuộc sở
  | "phong-chi-cuc" // phòng thuộc chi cục
  | "phong-dang" // phòng of a Party advisory body (ban, văn phòng tỉnh ủy)
  | "phong-huyen" // phòng thuộc UBND huyện
  | "phong-xa" // phòng of a UBND xã/phường (Văn phòng HĐND và UBND, Phòng Kinh tế, Phòng Văn hóa - Xã hội)
  | "trung-tam-xa" // Trung tâm Phục vụ hành chính công of a xã/phường
  | "co-quan-dang-xa" // a commune đảng ủy's bodies (Văn phòng, Ban Xây dựng Đảng, Ủy ban Kiểm tra)
  | "xa" // a commune as a whole (its UBND or đảng ủy listed as one unit)
  | "lanh-dao"; // the body's own leadership ("Lãnh đạo Sở", "Ban Giám đốc"): not a phòng, not a đầu mối

export type ProvinceClass = "hn-hcm" | "loai-1" | "loai-2-3";

/** One focal unit (đầu mối) with its counts, as read from a sheet. */
export interface Unit {
  name: string;
  /**
   * A part (bộ phận) of the unit `name`, when the sheet lists parts separately so that they can
   * move to different targets. Parts of one unit count as one unit (đầu mối).
   */
  part?: string;
  heads: number;
  deputies: number;
  specialists: number;
  /** Everyone counted in the unit, leaders included; contract staff never. */
  staff: number;
  /** Assigned posts (biên chế được giao) when the sheet has them. */
  quota?: number;
  contract: number;
  unitType?: UnitType;
  /** Name of the unit this one merges into (plan mode); absent: it stays as it is. */
  mergeInto?: string;
  /** Number of phòng inside (chi cục rules). */
  subUnits?: number;
  /** Where the unit came from: absolute sheet row of its first row (for cell addresses). */
  row: number;
  /** Section the unit is listed under ("I. Khối Đảng"), if any. */
  section?: string;
  /**
   * The body the unit belongs to, when the sheet says (a block row "I. SỞ NỘI VỤ", or a column
   * "Đơn vị quản lý"): units of one name in different blocks are different units.
   */
  block?: string;
}

/** A person's sex as the roster states it (needed for the retirement age). */
export type Sex = "male" | "female";

/**
 * One person of a roster, kept when the roster has a birth-date or sex column (or when the reader is
 * asked for people): what the excess-deputy roadmap by name works from.
 */
export interface Person {
  name: string;
  /** The unit the person is counted in (as in `StaffingTable.units`), with its part and block. */
  unit: string;
  part?: string;
  block?: string;
  title: string;
  role: "head" | "deputy" | "specialist" | "contract";
  /** Absolute sheet row. */
  row: number;
  /** ISO date of birth; a year alone is 1 January of it, a month and year the 1st (NĐ 135/2020 Điều 3). */
  birthDate?: string;
  /** Set when the sheet gave only the year ("year") or the month and year ("month") of birth. */
  birthPrecision?: "year" | "month";
  sex?: Sex;
}

export interface StaffingTable {
  sheet: string;
  kind: TableKind;
  /** Absolute rows of the header (first and last: equal for a one-row header). */
  headerRows: { first: number; last: number };
  columns: ColumnInfo[];
  mapping: ColumnMapping;
  units: Unit[];
  /** The grand total row as read, when the sheet has one (for cross-checks). */
  totalRow?: number;
  /**
   * Where a roster's units and titles came from when not from its own columns: a line above the
   * header ("Đơn vị: …"), the title rows ("… XÃ TÂN HƯNG"), label rows between the people, or the
   * chức danh rows the people are listed under. Said to the user: it is the reader's inference.
   */
  inferred?: { unitFrom?: "line" | "title" | "rows"; titlesFrom?: "rows"; cell?: string };
  /**
   * The rule family of the body the sheet's title rows name ("TỈNH ỦY …" or "ĐẢNG CỘNG SẢN VIỆT NAM":
   * Party; "ỦY BAN NHÂN DÂN …", "SỞ …": State), with the cell that says so.
   */
  body?: { family: RuleFamily; commune: boolean; text: string; cell: string };
  /** A roster's people, one per person counted (see {@link Person}); absent for unit tables. */
  people?: Person[];
  /**
   * The columns a roster's birth dates and sexes were read from (absolute, 1-based): one birth
   * column, or two ("Ngày sinh / Nam | Nữ") whose filled cell also gives the sex.
   */
  personColumns?: { birthDate: number[]; sex: number[]; birthBySex?: { male: number; female: number } };
}

/** Which rules a body's units fall under: the Party's (QĐ 137/329) or the State's (NĐ 150/370). */
export type RuleFamily = "party" | "state";

export interface ReadResult {
  /** Absent when no table could be recognised at all; `issues` then says why. */
  table?: StaffingTable;
  issues: Issue[];
}

export type Confidence = "verified" | "reported" | "unsettled";

/** The cap that applies to one unit and where it comes from. */
export interface CapInfo {
  cap: number;
  /** Absent for a cap the user entered (`entered`): no rule set gives one. */
  ruleSet?: RuleSetId;
  /** e.g. "Điều 6 khoản 2 Nghị định 150/2025/NĐ-CP (sửa đổi bởi NĐ 370/2025/NĐ-CP)" */
  source: string;
  confidence: Confidence;
  /** The number the thresholds were applied to (quota, or staff when there is no quota). */
  basis: number;
  basisKind: "quota" | "staff" | "people";
  /** Set when the cap is an average pooled over units (NĐ 108/2020, NQ 332/2025). */
  pooled?: boolean;
  /** Set when the user entered the cap because no text publishes one (confidence "unsettled"). */
  entered?: boolean;
}

export type RuleSetId =
  | "ND107_2020"
  | "ND108_2020"
  | "ND45_2025"
  | "ND150_2025"
  | "ND370_2025"
  | "QD04_2018"
  | "QD137_2023"
  | "QD329_2025"
  | "KL187_2025"
  | "NQ332_2025";

export type FlagId =
  | "leaders-only"
  | "leaders-exceed-specialists"
  | "deputies-over-cap"
  | "deputies-over-half-quota"
  | "below-minimum-size"
  | "deputies-over-parent";

/** Counts of one side (before or after) of a comparison. */
export interface Totals {
  units: number;
  heads: number;
  deputies: number;
  staff: number;
}

/**
 * One figure before and after. `rate` is (before − after) / before, null when before is 0.
 * In `check` mode only `before` is known: the others are null.
 */
export interface Change {
  before: number;
  after: number | null;
  cut: number | null;
  rate: number | null;
}

export type Summary = Record<keyof Totals, Change>;

/** A unit in the result: its counts plus what the rules say about it. */
export interface UnitResult {
  name: string;
  heads: number;
  deputies: number;
  specialists: number;
  staff: number;
  quota?: number;
  contract: number;
  unitType: UnitType;
  cap: number | null;
  capInfo?: CapInfo;
  excess: number;
  /** ISO date by which excess deputies must be resolved (merger transition), when known. */
  deadline?: string;
  deputyRatio: number | null;
  leaderShare: number | null;
  flags: FlagId[];
  /** Names of the units merged into this one (plan and compare), empty when unchanged. */
  mergedFrom: string[];
  /** Before-state counts of the same unit, when it can be matched (compare, plan). */
  before?: Totals & { specialists: number };
  row?: number;
  section?: string;
  block?: string;
}

export type AnalysisMode = "compare" | "plan" | "check";

/**
 * Units whose cap is an average pooled over them (NQ 332/2025: a commune's phòng and centre). The
 * excess is the group's: its units show the average as their cap and no excess of their own.
 */
export interface PoolResult {
  ruleSet: RuleSetId;
  source: string;
  confidence: Confidence;
  /** The average cap per unit. */
  average: number;
  /** Names of the units pooled, as in `Analysis.units`. */
  units: string[];
  /** average × number of units. */
  cap: number;
  deputies: number;
  excess: number;
  /** ISO date by which the excess must be resolved, when a transition rule gives one. */
  deadline?: string;
  block?: string;
}

export interface Analysis {
  mode: AnalysisMode;
  /** ISO date the rules and deadlines were taken for. */
  date: string;
  summary: Summary;
  units: UnitResult[];
  /** Groups of units checked against one pooled cap (empty when no unit has one). */
  pools: PoolResult[];
  /** Units of the before table that no longer exist as such (merged into another, or dissolved). */
  removed: { name: string; into?: string; block?: string }[];
  issues: Issue[];
}
