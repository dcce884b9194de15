/**
 * "Rà soát số lượng cấp phó": the body (căn cứ, the results in a sentence, the assessment, dotted
 * lines for the proposals, the signature) in portrait; per unit staff and quota, leaders, the
 * deputy cap with its legal source, excess, leader share and flags, flagged rows filled, in a
 * landscape appendix: 12 columns, two of them long text, do not fit the width of a portrait page.
 */
import type { Analysis } from "../../core/types";
import { render, type Template } from "../render";
import type { ReportDetails, ReportDoc } from "../types";
import { closing } from "./closing";

export const DEPUTY_REVIEW: Template = {
  id: "ra-soat-cap-pho",
  sheetName: "Rà soát cấp phó",
  orientation: "portrait",
  columns: [5, 20, 7, 7, 7, 7, 7, 7, 15],
  blocks: [
    { kind: "header" },
    { kind: "title", title: "BÁO CÁO", subject: "Rà soát số lượng cấp phó của các đơn vị" },
    {
      kind: "opening",
      what: "báo cáo kết quả rà soát số lượng cấp phó so với định mức theo quy định, tỷ lệ lãnh đạo trên biên chế và các trường hợp cần lưu ý của từng đơn vị",
    },
    { kind: "heading", text: "KẾT QUẢ RÀ SOÁT" },
    { kind: "results" },
    { kind: "paragraph", text: "Kết quả rà soát của từng đơn vị tại Phụ lục kèm theo Báo cáo này." },
    ...closing({ assessment: { kind: "assessment" }, footnotes: true }),
    // The table of every unit: a landscape appendix, its header on every printed page, its live
    // counts under it.
    {
      kind: "appendix",
      title: "KẾT QUẢ RÀ SOÁT SỐ LƯỢNG CẤP PHÓ THEO TỪNG ĐƠN VỊ",
      sheetName: "Phụ lục",
      orientation: "landscape",
      columns: [5, 20, 14, 8, 8, 9, 7, 8, 8, 15, 9, 16],
    },
    {
      kind: "unitTable",
      anchor: "review",
      highlight: true,
      printTitles: true,
      columns: [
        { field: "order", header: "STT", at: [1, 1] },
        { field: "name", header: "Tên đơn vị", at: [2, 2] },
        { field: "unitType", header: "Loại đơn vị", at: [3, 3] },
        { field: "quota", header: "Được giao", group: "Biên chế", at: [4, 4] },
        { field: "staff", header: "Hiện có", group: "Biên chế", at: [5, 5] },
        { field: "heads", header: "Cấp trưởng", group: "Lãnh đạo", at: [6, 6] },
        { field: "deputies", header: "Cấp phó", group: "Lãnh đạo", at: [7, 7] },
        { field: "cap", header: "Định mức", group: "Cấp phó theo quy định", at: [8, 8] },
        { field: "excess", header: "Dôi dư", group: "Cấp phó theo quy định", at: [9, 9] },
        { field: "source", header: "Căn cứ định mức", at: [10, 10] },
        { field: "leaderShare", header: "Tỷ lệ lãnh đạo / biên chế", at: [11, 11] },
        { field: "flags", header: "Cảnh báo", at: [12, 12] },
      ],
    },
    {
      kind: "clerkNote",
      text: "Phụ lục: dòng tô đỏ là đơn vị có cấp phó vượt định mức; dòng tô vàng là đơn vị có cảnh báo khác (100% là lãnh đạo, lãnh đạo nhiều hơn chuyên viên, cấp phó quá 50% biên chế, dưới số biên chế tối thiểu).",
    },
    { kind: "footnotes" },
    { kind: "spacer" },
    { kind: "unitCounts", of: "review", label: [2, 6], value: 7 },
  ],
};

/** The deputy review ("ra-soat-cap-pho") of any analysis: the units as the analysis gives them. */
export function deputyReview(analysis: Analysis, details: ReportDetails): ReportDoc {
  return render(DEPUTY_REVIEW, { style: details.style, details, analysis });
}
