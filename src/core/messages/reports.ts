import type { Texts } from "./lang";

/** The names and descriptions of the report templates, for the gallery and the command line: "<template id>.label", "<template id>.description". */
export const REPORTS = {
  "ket-qua-sap-xep.label": { vi: "Kết quả sắp xếp tổ chức bộ máy", en: "Restructuring results" },
  "ket-qua-sap-xep.description": {
    vi: "Báo cáo trước/sau sắp xếp: đầu mối, cấp trưởng, cấp phó, biên chế; cấp phó dôi dư và thời hạn; đánh giá; phụ lục theo đơn vị; biểu đồ khi chèn vào Excel (tệp tải xuống không có).",
    en: "Before/after report: units, heads, deputies, staff; excess deputies and deadlines; assessment; per-unit appendix; a chart when inserted in Excel (not in downloaded files).",
  },
  "ra-soat-cap-pho.label": { vi: "Rà soát số lượng cấp phó", en: "Deputy review" },
  "ra-soat-cap-pho.description": {
    vi: "Theo từng đơn vị: biên chế, lãnh đạo, định mức cấp phó và căn cứ, số dôi dư, tỷ lệ lãnh đạo, cảnh báo.",
    en: "Per unit: staff, leaders, deputy cap with its legal source, excess, leader share, flags.",
  },
  "lo-trinh-tinh-gian.label": { vi: "Lộ trình tinh giản biên chế", en: "Staff reduction roadmap" },
  "lo-trinh-tinh-gian.description": {
    vi: "Năm gốc, mục tiêu, kế hoạch và thực hiện theo năm, số còn phải giảm, tỷ lệ hoàn thành.",
    en: "Base year, target, plan and actual cuts by year, still to cut, share of the target reached.",
  },
  "theo-doi-thi-diem.label": { vi: "Theo dõi mô hình thí điểm, đề án", en: "Pilot model tracker" },
  "theo-doi-thi-diem.description": {
    vi: "Danh sách mô hình với tình trạng chọn từ danh sách, thời hạn, cơ quan chủ trì; tự đếm theo tình trạng và tiến độ.",
    en: "Models with a status drop-down, deadline and body in charge; live counts by status and progress.",
  },
  "bieu-don-vi.label": { vi: "Biểu tổng hợp theo đơn vị (mẫu trống)", en: "Unit-level form (blank)" },
  "bieu-don-vi.description": {
    vi: "Mẫu nhập số lượng lãnh đạo, biên chế theo từng đơn vị, Tinh Gọn đọc được ngay.",
    en: "Blank form of leaders and staff per unit that Tinh Gọn reads as it is.",
  },
  "danh-sach-can-bo.label": { vi: "Danh sách cán bộ (mẫu trống)", en: "Staff roster (blank)" },
  "danh-sach-can-bo.description": {
    vi: "Mẫu danh sách từng người với chức vụ, đơn vị, loại cán bộ, Tinh Gọn đọc được ngay.",
    en: "Blank roster, one person per row with position, unit and employment, that Tinh Gọn reads as it is.",
  },
  "so-sanh-phuong-an.label": { vi: "So sánh các phương án sắp xếp", en: "Plans compared" },
  "so-sanh-phuong-an.description": {
    vi: "Hai đến bốn phương án cạnh nhau: đầu mối, cấp trưởng, cấp phó, định mức, dôi dư, biên chế, đơn vị dưới mức tối thiểu, thời hạn; nội dung từng phương án; phương án tốt nhất theo quy định.",
    en: "Two to four plans side by side: units, heads, deputies, caps, excess, staff, units below the minimum, deadline; what each merges; the one the rules favour.",
  },
  "lo-trinh-cap-pho-doi-du.label": {
    vi: "Lộ trình giải quyết cấp phó dôi dư",
    en: "Excess deputies, year by year",
  },
  "lo-trinh-cap-pho-doi-du.description": {
    vi: "Từ danh sách cán bộ có ngày sinh, giới tính: cấp phó dôi dư từng năm đến thời hạn, ai nghỉ hưu (BLLĐ 2019 Điều 169), ai cần giải pháp khác; phụ lục danh sách cấp phó.",
    en: "From a roster with birth dates and sex: excess deputies year by year to the deadline, who retires (Labour Code 2019 Art. 169), who needs another solution; the deputies listed in an appendix.",
  },
  "tong-hop-ra-soat-cap-pho.label": {
    vi: "Tổng hợp rà soát cấp phó của các cơ quan",
    en: "Deputy review, agencies consolidated",
  },
  "tong-hop-ra-soat-cap-pho.description": {
    vi: "Từ biểu các cơ quan, đơn vị gửi về: cơ quan chưa tổng hợp được nêu trước; từng cơ quan với các đơn vị, định mức cấp phó theo quy định của cơ quan đó, số vượt, cảnh báo, dòng cộng; tổng cộng; phụ lục tình hình tiếp nhận biểu và phụ lục từng cơ quan.",
    en: "From the forms returned by agencies: the agencies missing named first; each agency with its units, the deputy cap under its own rules, excess, flags and a subtotal; the grand total; appendices of the files received and of each agency.",
  },
} satisfies Record<string, Texts>;
