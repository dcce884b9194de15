/**
 * "Theo dõi mô hình thí điểm / tiến độ đề án": an editable tracker with a status drop-down, live
 * counts per status and progress such as 13/14 (92,86%). Landscape: 9 columns, four of them text.
 */
import type { TrackerInput } from "../inputs";
import { render, type Template } from "../render";
import type { ReportDetails, ReportDoc } from "../types";

/** Rows of a blank tracker. */
export const BLANK_TRACKER_ROWS = 20;

export const PILOT_TRACKER: Template = {
  id: "theo-doi-thi-diem",
  sheetName: "Theo dõi thí điểm",
  orientation: "landscape",
  columns: [5, 27, 18, 11, 17, 11, 16, 14, 10],
  blocks: [
    { kind: "header" },
    { kind: "title", title: "BÁO CÁO", subject: "Tình hình thực hiện các mô hình thí điểm, đề án" },
    { kind: "heading", text: "DANH SÁCH MÔ HÌNH THÍ ĐIỂM, ĐỀ ÁN" },
    {
      kind: "trackerTable",
      blankRows: BLANK_TRACKER_ROWS,
      columns: [
        { field: "order", header: "STT", at: [1, 1] },
        { field: "name", header: "Tên mô hình, đề án", at: [2, 2] },
        { field: "basis", header: "Căn cứ thực hiện", at: [3, 3] },
        { field: "started", header: "Ngày bắt đầu", at: [4, 4] },
        { field: "status", header: "Tình trạng", at: [5, 5] },
        { field: "deadline", header: "Thời hạn", at: [6, 6] },
        { field: "responsible", header: "Cơ quan chủ trì", at: [7, 7] },
        { field: "decision", header: "Số, ngày quyết định", at: [8, 8] },
        { field: "note", header: "Ghi chú", at: [9, 9] },
      ],
    },
    {
      kind: "clerkNote",
      text: "Cột Tình trạng chọn trong danh sách (tiếp tục thí điểm; nghiên cứu thí điểm; tạm dừng; kết thúc); ngày ghi theo dạng ngày/tháng/năm. Bảng tổng hợp tình trạng tự tính.",
    },
    { kind: "heading", text: "TỔNG HỢP TÌNH TRẠNG" },
    { kind: "trackerCounts", label: [2, 3], value: 4, share: 5 },
    { kind: "signature" },
    { kind: "recipients" },
  ],
};

/** The pilot-model tracker ("theo-doi-thi-diem"); no items: a blank tracker of 20 rows. */
export function pilotTracker(input: TrackerInput, details: ReportDetails): ReportDoc {
  return render(PILOT_TRACKER, { style: details.style, details, tracker: input });
}
