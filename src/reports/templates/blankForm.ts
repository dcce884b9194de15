/**
 * Blank input forms the reader (src/core/read) recognises: the unit-level form ("bieu-don-vi") and
 * the person roster ("danh-sach-can-bo"), with the two-row headers and the numbering row of real
 * forms. Landscape: 12 and 10 columns.
 */
import { UNIT_TYPE_LABELS } from "../../core/rules";
import type { FormKind } from "../inputs";
import { render, type Template } from "../render";
import type { ReportDoc, ReportStyle } from "../types";

/**
 * Unit types offered in the form's drop-down: labels the reader parses back, none with a comma
 * (Excel splits an inline list at commas).
 */
export const UNIT_TYPE_CHOICES: readonly string[] = [
  UNIT_TYPE_LABELS.phong.vi,
  UNIT_TYPE_LABELS["van-phong"].vi,
  UNIT_TYPE_LABELS["thanh-tra"].vi,
  UNIT_TYPE_LABELS["chi-cuc"].vi,
  UNIT_TYPE_LABELS["phong-chi-cuc"].vi,
  "Phòng thuộc cơ quan Đảng",
  UNIT_TYPE_LABELS["phong-huyen"].vi,
];

/** Employment choices of the roster: the reader counts "Hợp đồng" apart from staff. */
export const EMPLOYMENT_CHOICES: readonly string[] = ["Biên chế", "Hợp đồng"];

export const UNIT_FORM_ROWS = 15;
export const ROSTER_FORM_ROWS = 30;

export const UNIT_FORM: Template = {
  id: "bieu-don-vi",
  sheetName: "Biểu đơn vị",
  orientation: "landscape",
  columns: [5, 24, 15, 8, 9, 8, 7, 7, 9, 8, 18, 8],
  freezeHeader: true,
  blocks: [
    { kind: "formHeader", formNumber: "01" },
    {
      kind: "formTitle",
      title: "BIỂU TỔNG HỢP ĐẦU MỐI, SỐ LƯỢNG LÃNH ĐẠO VÀ BIÊN CHẾ",
      subtitle: "(Số liệu tính đến ngày …… tháng …… năm ……)",
    },
    {
      kind: "formTable",
      form: "units",
      rows: UNIT_FORM_ROWS,
      total: true,
      columns: [
        { field: "order", header: "STT", at: [1, 1] },
        { field: "unit", header: "Tên đơn vị", at: [2, 2] },
        { field: "unitType", header: "Loại đơn vị", at: [3, 3], list: UNIT_TYPE_CHOICES },
        { field: "subUnits", header: "Số phòng trực thuộc", at: [4, 4], count: true },
        { field: "quota", header: "Biên chế được giao", at: [5, 5], count: true, total: true },
        {
          field: "staff",
          header: "Tổng số (số có mặt)",
          at: [6, 6],
          seq: "(6)=(7)+(8)+(9)",
          sum: ["heads", "deputies", "specialists"],
          count: true,
          total: true,
        },
        { field: "heads", header: "Cấp trưởng", group: "Lãnh đạo", at: [7, 7], count: true, total: true },
        { field: "deputies", header: "Cấp phó", group: "Lãnh đạo", at: [8, 8], count: true, total: true },
        { field: "specialists", header: "Chuyên viên và tương đương", at: [9, 9], count: true, total: true },
        { field: "contract", header: "Hợp đồng (HĐ68, HĐ111)", at: [10, 10], count: true, total: true },
        { field: "mergeInto", header: "Sáp nhập vào (đơn vị sau sắp xếp)", at: [11, 11] },
        { field: "note", header: "Ghi chú", at: [12, 12] },
      ],
    },
    {
      kind: "note",
      text: "Ghi chú: cột (6) tự cộng các cột (7), (8), (9). Cột (3) chọn trong danh sách. Cột (5) là căn cứ tính định mức cấp phó; để trống nếu chưa được giao. Cột (11) ghi tên đơn vị sau sắp xếp nếu đơn vị được sáp nhập, hợp nhất; để trống nếu đơn vị giữ nguyên.",
    },
    { kind: "spacer" },
    { kind: "formSignature" },
  ],
};

export const ROSTER_FORM: Template = {
  id: "danh-sach-can-bo",
  sheetName: "Danh sách cán bộ",
  orientation: "landscape",
  columns: [5, 24, 7, 7, 18, 20, 12, 11, 16, 7],
  freezeHeader: true,
  blocks: [
    { kind: "formHeader", formNumber: "02" },
    {
      kind: "formTitle",
      title: "DANH SÁCH CÁN BỘ, CÔNG CHỨC, NGƯỜI LAO ĐỘNG",
      subtitle: "(Số liệu tính đến ngày …… tháng …… năm ……)",
    },
    {
      kind: "formTable",
      form: "roster",
      rows: ROSTER_FORM_ROWS,
      total: false,
      columns: [
        { field: "order", header: "STT", at: [1, 1] },
        { field: "person", header: "Họ và tên", at: [2, 2] },
        { field: "bornMale", header: "Nam", group: "Năm sinh", at: [3, 3] },
        { field: "bornFemale", header: "Nữ", group: "Năm sinh", at: [4, 4] },
        { field: "title", header: "Chức vụ", at: [5, 5] },
        { field: "unit", header: "Đơn vị công tác", at: [6, 6] },
        { field: "subUnit", header: "Bộ phận", at: [7, 7] },
        { field: "employment", header: "Loại cán bộ", at: [8, 8], list: EMPLOYMENT_CHOICES },
        { field: "mergeInto", header: "Sáp nhập vào (đơn vị sau sắp xếp)", at: [9, 9] },
        { field: "note", header: "Ghi chú", at: [10, 10] },
      ],
    },
    {
      kind: "note",
      text: "Ghi chú: mỗi người một dòng. Cột (5) ghi đầy đủ chức vụ (Trưởng phòng, Phó Trưởng phòng, Chuyên viên…). Cột (8) chọn Biên chế hoặc Hợp đồng (HĐ68, HĐ111). Cột (9) ghi tên đơn vị sau sắp xếp nếu đơn vị được sáp nhập, hợp nhất.",
    },
    { kind: "spacer" },
    { kind: "formSignature" },
  ],
};

/** A blank input form: "units" ("bieu-don-vi") or "roster" ("danh-sach-can-bo"). */
export function blankForm(kind: FormKind, style: ReportStyle): ReportDoc {
  return render(kind === "units" ? UNIT_FORM : ROSTER_FORM, { style });
}
