/** What users read for the figures and flags of an analysis, and the names of fields, unit types and province classes, in every host. */
import type { Field, FlagId, ProvinceClass, Totals, UnitType } from "../types";
import type { Texts } from "./lang";

export type Label = Texts;

/** The four summary figures. */
export const SUMMARY = {
  units: { vi: "Đầu mối", en: "Units" },
  heads: { vi: "Cấp trưởng", en: "Heads" },
  deputies: { vi: "Cấp phó", en: "Deputies" },
  staff: { vi: "Biên chế", en: "Staff" },
} satisfies Record<keyof Totals, Label>;

/** The four summary figures, in report order. */
export const SUMMARY_ROWS: readonly { key: keyof Totals; label: Label }[] = (
  ["units", "heads", "deputies", "staff"] as const
).map((key) => ({ key, label: SUMMARY[key] }));

export const FLAG_LABELS: Record<FlagId, Label> = {
  "leaders-only": { vi: "100% là lãnh đạo", en: "Leaders only" },
  "leaders-exceed-specialists": { vi: "Lãnh đạo nhiều hơn chuyên viên", en: "More leaders than specialists" },
  "deputies-over-cap": { vi: "Cấp phó vượt định mức", en: "Deputies over the cap" },
  "deputies-over-half-quota": {
    vi: "Cấp phó quá 50% biên chế (KL 187)",
    en: "Deputies over half of the quota (KL 187)",
  },
  "below-minimum-size": { vi: "Dưới số biên chế tối thiểu", en: "Below the minimum size" },
  "deputies-over-parent": {
    vi: "Cấp phó nhiều hơn cấp phó của cơ quan (NĐ 370/2025)",
    en: "More deputies than the body itself (Decree 370/2025)",
  },
};

/** Display names of unit types. */
export const UNIT_TYPE_LABELS: Record<UnitType, Label> = {
  phong: { vi: "Phòng thuộc sở", en: "Division of a provincial department" },
  "van-phong": { vi: "Văn phòng sở", en: "Office of a provincial department" },
  "thanh-tra": { vi: "Thanh tra sở", en: "Inspectorate of a provincial department" },
  "chi-cuc": { vi: "Chi cục thuộc sở", en: "Sub-department" },
  "phong-chi-cuc": { vi: "Phòng thuộc chi cục", en: "Division of a sub-department" },
  "phong-dang": {
    vi: "Phòng thuộc cơ quan tham mưu, giúp việc tỉnh ủy",
    en: "Division of a Party provincial advisory body",
  },
  "phong-huyen": { vi: "Phòng thuộc UBND huyện", en: "District division" },
  "phong-xa": { vi: "Phòng thuộc UBND xã, phường", en: "Division of a commune people's committee" },
  "trung-tam-xa": {
    vi: "Trung tâm Phục vụ hành chính công xã, phường",
    en: "Public administration service centre of a commune",
  },
  "co-quan-dang-xa": {
    vi: "Cơ quan tham mưu, giúp việc đảng ủy xã, phường",
    en: "Advisory body of a commune Party committee",
  },
  xa: { vi: "Xã, phường (cả đơn vị)", en: "Commune as a whole" },
  "lanh-dao": {
    vi: "Lãnh đạo cơ quan (cấp trưởng, cấp phó của cơ quan)",
    en: "The body's own leadership",
  },
};

/** Display names of province classes. */
export const PROVINCE_CLASS_LABELS: Record<ProvinceClass, Label> = {
  "hn-hcm": { vi: "Hà Nội, TP. Hồ Chí Minh", en: "Hanoi, Ho Chi Minh City" },
  "loai-1": { vi: "Tỉnh loại I", en: "Class I province" },
  "loai-2-3": { vi: "Tỉnh loại II, III", en: "Class II–III province" },
};

/** Vietnamese and English names of the fields, for mapping UIs and messages. */
export const FIELD_LABELS: Record<Field, Label> = {
  order: { vi: "STT", en: "No." },
  unit: { vi: "Tên đơn vị", en: "Unit" },
  block: { vi: "Đơn vị cấp trên (khối)", en: "Parent body (block)" },
  person: { vi: "Họ và tên", en: "Name" },
  title: { vi: "Chức vụ", en: "Position" },
  subUnit: { vi: "Bộ phận", en: "Section" },
  mergeInto: { vi: "Sáp nhập vào", en: "Merges into" },
  unitType: { vi: "Loại đơn vị", en: "Unit type" },
  subUnits: { vi: "Số phòng trực thuộc", en: "Sub-units" },
  heads: { vi: "Cấp trưởng", en: "Heads" },
  deputies: { vi: "Cấp phó", en: "Deputies" },
  leaders: { vi: "Lãnh đạo", en: "Leaders" },
  specialists: { vi: "Chuyên viên", en: "Specialists" },
  staff: { vi: "Biên chế (tổng số)", en: "Staff (total)" },
  quota: { vi: "Biên chế được giao", en: "Assigned quota" },
  contract: { vi: "Hợp đồng (HĐ68/HĐ111)", en: "Contract staff" },
  employment: { vi: "Loại cán bộ / hợp đồng", en: "Employment type" },
};
