/**
 * "Kết quả sắp xếp tổ chức bộ máy": the before/after report of a merger, from a compare or plan
 * analysis (a plan's is titled "Phương án"): căn cứ, the results in sentences and tables, the
 * excess deputies, an assessment and dotted lines for the proposals; the table of every unit is
 * an appendix after the signature (a sheet of its own, its header on every printed page). Portrait: its widest tables have 9 columns and fit A4 between the margins.
 */
import type { Analysis } from "../../core/types";
import { render, type Template } from "../render";
import type { ReportDetails, ReportDoc } from "../types";
import { closing } from "./closing";

const APPENDIX_PAGE = { orientation: "landscape", columns: [5, 30, 9, 8, 10, 8, 9, 9, 39] } as const;

export const MERGE_REPORT: Template = {
  id: "ket-qua-sap-xep",
  sheetName: "Kết quả sắp xếp",
  orientation: "portrait",
  columns: [5, 20, 7, 7, 7, 7, 7, 7, 15],
  blocks: [
    { kind: "header" },
    {
      kind: "title",
      title: "BÁO CÁO",
      subject: "Kết quả sắp xếp tổ chức bộ máy, tinh giản biên chế",
      modes: ["compare"],
    },
    {
      kind: "title",
      title: "BÁO CÁO",
      subject: "Phương án sắp xếp tổ chức bộ máy, tinh giản biên chế",
      modes: ["plan"],
    },
    {
      kind: "opening",
      what: "báo cáo kết quả sắp xếp tổ chức bộ máy, tinh giản biên chế",
      modes: ["compare"],
    },
    {
      kind: "opening",
      what: "báo cáo phương án sắp xếp tổ chức bộ máy, tinh giản biên chế",
      modes: ["plan"],
    },
    {
      kind: "paragraph",
      modes: ["plan"],
      text: "Số liệu sau sắp xếp là phương án tại thời điểm hợp nhất: cấp trưởng của các đơn vị được hợp nhất được bố trí làm cấp phó; số cấp phó vượt định mức phải giải quyết trong thời hạn quy định.",
    },
    { kind: "heading", text: "TỔNG HỢP KẾT QUẢ SẮP XẾP", modes: ["compare"] },
    { kind: "heading", text: "TỔNG HỢP PHƯƠNG ÁN SẮP XẾP", modes: ["plan"] },
    { kind: "results" },
    {
      kind: "summaryTable",
      columns: {
        order: { header: "STT", at: [1, 1] },
        label: { header: "Chỉ tiêu", at: [2, 2] },
        before: { header: "Trước sắp xếp", at: [3, 4] },
        after: { header: "Sau sắp xếp", at: [5, 6] },
        cut: { header: "Giảm", at: [7, 8] },
        rate: { header: "Tỷ lệ giảm", at: [9, 9] },
      },
    },
    { kind: "chart", title: "Trước và sau sắp xếp", rows: 16 },
    {
      kind: "paragraph",
      modes: ["compare"],
      text: "Kết quả sắp xếp của từng đơn vị tại Phụ lục I kèm theo Báo cáo này.",
    },
    {
      kind: "paragraph",
      modes: ["plan"],
      text: "Phương án sắp xếp của từng đơn vị tại Phụ lục I kèm theo Báo cáo này.",
    },
    { kind: "removedUnits" },
    { kind: "heading", text: "CẤP PHÓ DÔI DƯ VÀ THỜI HẠN GIẢI QUYẾT" },
    { kind: "excess", appendix: "Phụ lục II" },
    ...closing({ assessment: { kind: "assessment" }, footnotes: true }),
    // The tables, as appendices whose header repeats on every printed page. Landscape: the unit
    // names and the Ghi chú (merged units, warnings) take a line or two.
    {
      kind: "appendix",
      number: "I",
      title: "KẾT QUẢ SẮP XẾP THEO TỪNG ĐƠN VỊ",
      sheetName: "Phụ lục I",
      modes: ["compare"],
      ...APPENDIX_PAGE,
    },
    {
      kind: "appendix",
      number: "I",
      title: "PHƯƠNG ÁN SẮP XẾP THEO TỪNG ĐƠN VỊ",
      sheetName: "Phụ lục I",
      modes: ["plan"],
      ...APPENDIX_PAGE,
    },
    {
      kind: "unitTable",
      anchor: "units",
      printTitles: true,
      columns: [
        { field: "order", header: "STT", at: [1, 1] },
        { field: "name", header: "Tên đơn vị (sau sắp xếp)", at: [2, 2] },
        { field: "heads", header: "Cấp trưởng", at: [3, 3] },
        { field: "deputies", header: "Cấp phó", at: [4, 4] },
        { field: "specialists", header: "Chuyên viên và tương đương", at: [5, 5] },
        { field: "staff", header: "Biên chế", at: [6, 6] },
        { field: "cap", header: "Định mức cấp phó", at: [7, 7] },
        { field: "excess", header: "Cấp phó dôi dư", at: [8, 8] },
        { field: "note", header: "Ghi chú", at: [9, 9] },
      ],
    },
    { kind: "footnotes" },
    {
      kind: "appendix",
      number: "II",
      title: "CẤP PHÓ DÔI DƯ VÀ THỜI HẠN GIẢI QUYẾT",
      sheetName: "Phụ lục II",
      when: "excess",
      ...APPENDIX_PAGE,
    },
    {
      kind: "unitTable",
      filter: "excess",
      printTitles: true,
      columns: [
        { field: "order", header: "STT", at: [1, 1] },
        { field: "name", header: "Tên đơn vị", at: [2, 2] },
        { field: "deputies", header: "Số cấp phó", at: [3, 3] },
        { field: "cap", header: "Định mức", at: [4, 4] },
        { field: "excess", header: "Dôi dư", at: [5, 5] },
        { field: "deadline", header: "Thời hạn giải quyết", at: [6, 7] },
        { field: "source", header: "Căn cứ định mức", at: [8, 9] },
      ],
    },
    { kind: "footnotes" },
  ],
};

/**
 * The merger report ("ket-qua-sap-xep") of a compare or plan analysis.
 * `charts: false` leaves the chart out (and its space) for hosts that cannot draw one.
 * @throws RangeError for a check analysis (it has no "after" side): use {@link deputyReview}.
 */
export function mergeReport(
  analysis: Analysis,
  details: ReportDetails,
  options: { charts?: boolean } = {},
): ReportDoc {
  if (analysis.mode === "check") {
    throw new RangeError(
      "Báo cáo kết quả sắp xếp cần số liệu so sánh hoặc phương án sắp xếp (compare/plan), không phải rà soát (check).",
    );
  }
  const template =
    analysis.mode === "plan" ? { ...MERGE_REPORT, sheetName: "Phương án sắp xếp" } : MERGE_REPORT;
  return render(template, { style: details.style, details, analysis, ...options });
}
