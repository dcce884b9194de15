/**
 * Builders and real-case figures for tests of the analysis (and of anything that renders an
 * Analysis). Pure data; no test framework needed.
 */
import type { StaffingTable, Unit } from "../types";

/** A unit row for {@link table}: the name plus any fields that differ from zero / absent. */
export type RowSpec = Partial<Unit> & { name: string };

/**
 * A unit-level table on sheet "Test" (or `sheet`); rows start at sheet row 2. It has a merge
 * column (H) when any row has a merge target, as a plan sheet does.
 */
export function table(rows: readonly RowSpec[], sheet = "Test"): StaffingTable {
  return {
    sheet,
    kind: "units",
    columns: [],
    mapping: rows.some((r) => r.mergeInto !== undefined) ? { mergeInto: [8] } : {},
    headerRows: { first: 1, last: 1 },
    units: rows.map((spec, i) => ({
      heads: 0,
      deputies: 0,
      specialists: 0,
      staff: 0,
      contract: 0,
      row: i + 2,
      ...spec,
    })),
  };
}

/** A row from the usual figures: name, heads, deputies, specialists, staff. */
export function row(
  name: string,
  heads: number,
  deputies: number,
  specialists: number,
  staff: number,
  extra: Partial<Unit> = {},
): RowSpec {
  return { name, heads, deputies, specialists, staff, ...extra };
}

/** Văn phòng Tỉnh ủy Bình Phước before the reorganisation: 7 units, 7 heads, 16 deputies, 52 staff. */
export const BINH_PHUOC_BEFORE: readonly RowSpec[] = [
  row("Phòng Tổng hợp", 1, 3, 8, 12),
  row("Phòng Tổ chức - Hành chính", 1, 2, 5, 8),
  row("Phòng Tài chính đảng", 1, 2, 4, 7),
  row("Phòng Cơ yếu - Công nghệ thông tin", 1, 3, 3, 7),
  row("Phòng Lưu trữ", 1, 2, 0, 3),
  row("Phòng Quản trị", 1, 2, 6, 9),
  row("Phòng Hành chính - Phục vụ", 1, 2, 3, 6),
];

/** ... and after: 5 units, 5 heads, 6 deputies, 47 staff. */
export const BINH_PHUOC_AFTER: readonly RowSpec[] = [
  row("Phòng Tổng hợp", 1, 2, 11, 14),
  row("Phòng Tài chính đảng", 1, 1, 8, 10),
  row("Phòng Cơ yếu - Công nghệ thông tin", 1, 1, 7, 9),
  row("Phòng Quản trị", 1, 1, 6, 8),
  row("Phòng Hành chính - Phục vụ", 1, 1, 4, 6),
];
