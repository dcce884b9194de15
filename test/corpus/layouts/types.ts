/**
 * Layouts of real office sheets, rebuilt in code (names and numbers made up, header wording and
 * shape copied from public forms and HR/salary software exports), with the figures a correct reader
 * must find. Each layout is a workbook of one or more sheets; `reads` says, per sheet, what the
 * reader must give: the units and their true totals, or a refusal naming the cell it could not
 * understand. Run by test/corpus/layouts.test.ts (core reader on the grid, and the CLI on an .xlsx
 * written from it).
 */
import type { CellRange, CellValue, IssueCode } from "../../../src/core/types";

/** The families of issue 10 ("Layouts that must read right"). */
export type Family =
  | "bnv-statistics" // BM01/BM02-BNV "Báo cáo số lượng, chất lượng công chức" and successors
  | "mau-03-roster" // "Danh sách công chức theo hệ thống tổ chức" (Mẫu 03, TT 09/2004)
  | "salary-unit-list" // salary-software staff list of one unit ("Đơn vị: …" above the header)
  | "salary-by-unit" // salary / biên chế report by unit with category rows and "Cộng"
  | "hr-export" // HR software export: STT, Họ tên, …, Chức vụ, Đơn vị
  | "btctw-leaders" // Biểu 9A/9B/9C-BTCTW: leaders counted per column, one row per body
  | "commune-cadres" // commune cadres after 2025 (Mẫu 02/CL.CBCCX …): grouped under chức danh rows
  | "leaving-list" // NĐ 178/2024 (and later) lists of people leaving
  | "merged-departments" // before/after rosters of two departments merged into one
  | "legacy-encoding"; // TCVN3 (.VnTime) / VNI (VNI-Times) text, alone or mixed with Unicode

export interface LayoutSheet {
  name: string;
  /** Row 1 of the sheet is `cells[0]`, column A is `cells[i][0]`. */
  cells: CellValue[][];
  /** Merged blocks, 1-based sheet coordinates, inclusive. */
  merges?: CellRange[];
  /**
   * Fonts other than the workbook's Times New Roman, 1-based blocks (inclusive): ".VnTime",
   * ".VnTimeH", "VNI-Times", "Arial"… Only what the layout needs to say.
   */
  fonts?: (CellRange & { font: string })[];
}

/** A unit as the reader must give it. */
export interface ExpectedUnit {
  /** The unit's name as a person would write it (NFC, tidy spaces; no "1." numbering). */
  name: string;
  /**
   * The block the unit is listed under when the sheet has organisation blocks ("I. SỞ NỘI VỤ"):
   * two units of the same name in different blocks are different units. Compared by text key.
   */
  block?: string;
  heads: number;
  deputies: number;
  /** Everyone counted in the unit, leaders included; contract staff never. */
  staff: number;
  /** Only when the layout tells it apart. */
  specialists?: number;
  /** Contract staff (HĐ 68/111, "Hợp đồng"), only when the layout has them. */
  contract?: number;
}

/**
 * How many đầu mối a list of units makes: the body's own leadership ("Lãnh đạo Sở", "Ban Giám
 * đốc") is listed as a unit but is not a đầu mối.
 */
export const dauMoi = (units: readonly { name: string }[]): number =>
  units.filter((u) => !/^(lãnh đạo|ban giám đốc|ban lãnh đạo)\b/i.test(u.name)).length;

export interface ExpectedTotals {
  units: number;
  heads: number;
  deputies: number;
  staff: number;
  contract?: number;
}

export type ExpectedRead =
  | {
      sheet: string;
      kind: "units" | "roster";
      units: ExpectedUnit[];
      /** The totals the sheet states (total rows, "Tổng số" columns, counts in the title), or true ones. */
      totals: ExpectedTotals;
      /** Issue codes the read may give as warnings or notes (never errors); anything else fails. */
      allowedIssues?: IssueCode[];
    }
  | {
      sheet: string;
      /** The reader must refuse: an error with this code, naming this cell ("'Sheet'!C7") or column. */
      refused: { code: IssueCode; cell?: string };
    };

export interface Layout {
  /** Short id, used as the file name: "bnv-bm01-cong-chuc". */
  id: string;
  family: Family;
  /** What office document this is, in one line. */
  title: string;
  /**
   * Where the header wording and shape were taken from: a URL, or a repository and path, and what
   * was copied (e.g. "header rows 7–10 and the numbering row, verbatim; names and numbers made up").
   */
  source: string;
  sheets: LayoutSheet[];
  reads: ExpectedRead[];
}
