/** Messages of the ribbon's one-click commands, Vietnamese first, English too. */
import type { Texts } from "./lang";

export const COMMANDS = {
  inserted: {
    vi: "Đã chèn báo cáo vào trang tính “{where}”.",
    en: "The report was inserted on sheet “{where}”.",
  },
  downloaded: {
    vi: "Đã tạo báo cáo {where}; tệp được tải xuống máy này.",
    en: "The report {where} was made and downloaded to this computer.",
  },
  warnings: {
    vi: "Có {count} lưu ý về số liệu: mở Tinh Gọn để xem.",
    en: "There {count|is|are} {count} {count|note|notes} about the figures: open Tinh Gọn to see {count|it|them}.",
  },
  refusedErrors: {
    vi: "Số liệu còn {count} lỗi chưa xử lý, nên báo cáo không được lập tự động:",
    en: "The figures have {count} unresolved {count|error|errors}, so no report is made in one click:",
  },
  refusedHint: {
    vi: "Tinh Gọn đã mở để bạn xem và sửa. Nếu vẫn cần lập báo cáo, hãy đọc bảng trong Tinh Gọn rồi bấm “Vẫn tạo báo cáo”; báo cáo sẽ ghi rõ các lỗi chưa xử lý.",
    en: "Tinh Gọn is open to review and fix them. To make the report all the same, read the table in Tinh Gọn and press “Make the report anyway”; the report will say it was made with unresolved errors.",
  },
  failed: {
    vi: "Chưa tạo được báo cáo nhanh.",
    en: "The quick report could not be made.",
  },
  noActiveSheet: {
    vi: "Không xác định được trang tính đang mở. Hãy chọn trang tính có bảng biên chế rồi bấm lại.",
    en: "The active sheet is unknown. Select the sheet with the staffing table and try again.",
  },
  consolidateInPane: {
    vi: "Tổng hợp biểu mẫu cần chọn các tệp các cơ quan gửi về: hãy làm trong Tinh Gọn (ngăn tác vụ), nút này không làm việc đó.",
    en: "Consolidating needs the files the agencies returned: do it in Tinh Gọn's pane; this button cannot.",
  },
  compareNeedsTables: {
    vi: "Báo cáo so sánh cần hai bảng (trước và sau sắp xếp). Hãy mở Tinh Gọn, chọn hai bảng một lần; lần sau nút này dùng lại hai bảng đó.",
    en: "The comparison needs two tables (before and after). Open Tinh Gọn and pick them once; next time this button reuses them.",
  },
  tableBefore: { vi: "Bảng trước sắp xếp", en: "The “before” table" },
  tableAfter: { vi: "Bảng sau sắp xếp", en: "The “after” table" },
  tableActive: { vi: "Bảng trên trang tính đang mở", en: "The table on the active sheet" },
  tableProblem: {
    vi: "{table} có 1 lỗi cần sửa trước khi lập báo cáo:",
    en: "{table} has a problem to fix before a report can be made:",
  },
  tableProblems: {
    vi: "{table} có {count} lỗi cần sửa trước khi lập báo cáo:",
    en: "{table} has {count} problems to fix before a report can be made:",
  },
  moreProblems: {
    vi: "… và {count} lỗi khác: mở Tinh Gọn để xem đủ.",
    en: "… and {count} more: open Tinh Gọn to see them all.",
  },
  notInserted: {
    vi: "Không chèn được báo cáo: {reason}",
    en: "The report was not inserted: {reason}",
  },
  busy: {
    vi: "Báo cáo nhanh đang được tạo; vui lòng đợi.",
    en: "A quick report is already being made; please wait.",
  },
  unexpected: {
    vi: "Đã xảy ra lỗi không mong đợi: {reason}",
    en: "Something unexpected went wrong: {reason}",
  },
} satisfies Record<string, Texts>;
