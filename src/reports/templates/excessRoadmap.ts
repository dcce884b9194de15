/**
 * "Lộ trình giải quyết cấp phó dôi dư": year by year from the decision to the deadline, the excess
 * deputies resolved by retirement, and by name who is left; the deputies listed in an appendix.
 */
import type { ExcessPlan } from "../../core/analyse/excessPlan";
import type { Analysis } from "../../core/types";
import { render, type Template } from "../render";
import type { ReportDetails, ReportDoc } from "../types";
import { closing } from "./closing";

export const EXCESS_ROADMAP: Template = {
  id: "lo-trinh-cap-pho-doi-du",
  sheetName: "Lộ trình cấp phó dôi dư",
  orientation: "portrait",
  columns: [9, 11, 10, 11, 43],
  blocks: [
    { kind: "header" },
    { kind: "title", title: "BÁO CÁO", subject: "Lộ trình giải quyết cấp phó dôi dư" },
    { kind: "opening", what: "lộ trình giải quyết cấp phó dôi dư sau sắp xếp" },
    {
      kind: "paragraph",
      text: "Thời điểm nghỉ hưu của từng người tính theo Điều 169 Bộ luật Lao động năm 2019 và Điều 3, Điều 4 Nghị định số 135/2020/NĐ-CP ngày 18 tháng 11 năm 2020 của Chính phủ.",
    },
    { kind: "heading", text: "SỐ CẤP PHÓ DÔI DƯ THEO TỪNG NĂM" },
    {
      kind: "excessYears",
      columns: [
        { field: "year", header: "Năm", at: [1, 1] },
        { field: "excess", header: "Dôi dư đầu năm", at: [2, 2] },
        { field: "retiring", header: "Số nghỉ hưu", at: [3, 3] },
        { field: "remaining", header: "Còn dôi dư cuối năm", at: [4, 4] },
        { field: "names", header: "Người nghỉ hưu (đơn vị, thời điểm nghỉ hưu)", at: [5, 5] },
      ],
    },
    { kind: "excessSummary" },
    ...closing({ footnotes: true }),
    {
      kind: "appendix",
      title: "DANH SÁCH CẤP PHÓ CỦA CÁC ĐƠN VỊ DÔI DƯ",
      sheetName: "Phụ lục",
      orientation: "landscape",
      columns: [5, 26, 30, 11, 8, 12, 26],
    },
    {
      kind: "excessPeople",
      columns: [
        { field: "order", header: "STT", at: [1, 1] },
        { field: "name", header: "Họ và tên", at: [2, 2] },
        { field: "unit", header: "Đơn vị", at: [3, 3] },
        { field: "birthDate", header: "Ngày sinh", at: [4, 4] },
        { field: "sex", header: "Giới tính", at: [5, 5] },
        { field: "retirement", header: "Thời điểm nghỉ hưu", at: [6, 6] },
        { field: "note", header: "Ghi chú", at: [7, 7] },
      ],
    },
  ],
};

/** The excess-deputy roadmap of `plan`; `analysis` is the roster's (its rules are the căn cứ). */
export function excessRoadmap(plan: ExcessPlan, analysis: Analysis, details: ReportDetails): ReportDoc {
  return render(EXCESS_ROADMAP, { style: details.style, details, analysis, excess: plan });
}
