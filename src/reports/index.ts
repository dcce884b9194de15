/**
 * Report templates as data and the pure renderer: Analysis (or a roadmap, a tracker, nothing for a
 * blank form) + report details → ReportDoc, which src/hosts writes into Excel or an .xlsx file.
 */
import type { TemplateId } from "./render";

export type * from "./types";
export { blankForm, EMPLOYMENT_CHOICES, UNIT_TYPE_CHOICES } from "./templates/blankForm";
export { deputyReview } from "./templates/deputyReview";
export { mergeReport } from "./templates/mergeReport";
export { pilotTracker } from "./templates/pilotTracker";
export { roadmap } from "./templates/roadmap";
export { scenarioReport } from "./templates/scenarioReport";
export { excessRoadmap } from "./templates/excessRoadmap";
export { consolidatedReview, consolidatedSubject } from "./templates/consolidatedReview";
export type { Scenario } from "./scenarios";
export { DONE_STATUS, TRACKER_STATUSES } from "./inputs";
export type { FormKind, RoadmapInput, RoadmapYear, TrackerInput, TrackerItem, TrackerStatus } from "./inputs";
export { LAYOUTS, MARGINS } from "./layout";
export { defaultDetails, parseDetails } from "./details";
export { NOTES_SHEET } from "./render";
export type { TemplateId } from "./render";

/** What a template is made from, for a gallery and a command line. */
export type TemplateInput =
  /** An analysis with an "after" side: compare or plan. */
  | "merge-analysis"
  /** Any analysis (check, compare or plan). */
  | "analysis"
  | "roadmap"
  | "tracker"
  /** Nothing: a blank form. */
  | "none"
  /** Several plans (tinhgon propose or scenarios): not made from the pane's one analysis. */
  | "scenarios"
  /** A roster's excess deputies by name (tinhgon excess). */
  | "excess"
  /** The forms returned by many agencies (tinhgon consolidate): not made from the pane's one analysis. */
  | "consolidation";

export interface TemplateInfo {
  label: { vi: string; en: string };
  description: { vi: string; en: string };
  input: TemplateInput;
  /** The report's body. */
  orientation: "portrait" | "landscape";
  /** The appendix's, where it differs from the body's. */
  appendixOrientation?: "landscape";
}

/** Every template, by id, in gallery order. */
export const TEMPLATES: Record<TemplateId, TemplateInfo> = {
  "ket-qua-sap-xep": {
    label: { vi: "Kết quả sắp xếp tổ chức bộ máy", en: "Restructuring results" },
    description: {
      vi: "Báo cáo trước/sau sắp xếp: đầu mối, cấp trưởng, cấp phó, biên chế; cấp phó dôi dư và thời hạn; đánh giá; phụ lục theo đơn vị; biểu đồ khi chèn vào Excel (tệp tải xuống không có).",
      en: "Before/after report: units, heads, deputies, staff; excess deputies and deadlines; assessment; per-unit appendix; a chart when inserted in Excel (not in downloaded files).",
    },
    input: "merge-analysis",
    orientation: "portrait",
    appendixOrientation: "landscape",
  },
  "ra-soat-cap-pho": {
    label: { vi: "Rà soát số lượng cấp phó", en: "Deputy review" },
    description: {
      vi: "Theo từng đơn vị: biên chế, lãnh đạo, định mức cấp phó và căn cứ, số dôi dư, tỷ lệ lãnh đạo, cảnh báo.",
      en: "Per unit: staff, leaders, deputy cap with its legal source, excess, leader share, flags.",
    },
    input: "analysis",
    orientation: "portrait",
    appendixOrientation: "landscape",
  },
  "lo-trinh-tinh-gian": {
    label: { vi: "Lộ trình tinh giản biên chế", en: "Staff reduction roadmap" },
    description: {
      vi: "Năm gốc, mục tiêu, kế hoạch và thực hiện theo năm, số còn phải giảm, tỷ lệ hoàn thành.",
      en: "Base year, target, plan and actual cuts by year, still to cut, share of the target reached.",
    },
    input: "roadmap",
    orientation: "portrait",
  },
  "theo-doi-thi-diem": {
    label: { vi: "Theo dõi mô hình thí điểm, đề án", en: "Pilot model tracker" },
    description: {
      vi: "Danh sách mô hình với tình trạng chọn từ danh sách, thời hạn, cơ quan chủ trì; tự đếm theo tình trạng và tiến độ.",
      en: "Models with a status drop-down, deadline and body in charge; live counts by status and progress.",
    },
    input: "tracker",
    orientation: "landscape",
  },
  "bieu-don-vi": {
    label: { vi: "Biểu tổng hợp theo đơn vị (mẫu trống)", en: "Unit-level form (blank)" },
    description: {
      vi: "Mẫu nhập số lượng lãnh đạo, biên chế theo từng đơn vị, Tinh Gọn đọc được ngay.",
      en: "Blank form of leaders and staff per unit that Tinh Gọn reads as it is.",
    },
    input: "none",
    orientation: "landscape",
  },
  "danh-sach-can-bo": {
    label: { vi: "Danh sách cán bộ (mẫu trống)", en: "Staff roster (blank)" },
    description: {
      vi: "Mẫu danh sách từng người với chức vụ, đơn vị, loại cán bộ, Tinh Gọn đọc được ngay.",
      en: "Blank roster, one person per row with position, unit and employment, that Tinh Gọn reads as it is.",
    },
    input: "none",
    orientation: "landscape",
  },
  "so-sanh-phuong-an": {
    label: { vi: "So sánh các phương án sắp xếp", en: "Plans compared" },
    description: {
      vi: "Hai đến bốn phương án cạnh nhau: đầu mối, cấp trưởng, cấp phó, định mức, dôi dư, biên chế, đơn vị dưới mức tối thiểu, thời hạn; nội dung từng phương án; phương án tốt nhất theo quy định.",
      en: "Two to four plans side by side: units, heads, deputies, caps, excess, staff, units below the minimum, deadline; what each merges; the one the rules favour.",
    },
    input: "scenarios",
    orientation: "landscape",
  },
  "lo-trinh-cap-pho-doi-du": {
    label: { vi: "Lộ trình giải quyết cấp phó dôi dư", en: "Excess deputies, year by year" },
    description: {
      vi: "Từ danh sách cán bộ có ngày sinh, giới tính: cấp phó dôi dư từng năm đến thời hạn, ai nghỉ hưu (BLLĐ 2019 Điều 169), ai cần giải pháp khác; phụ lục danh sách cấp phó.",
      en: "From a roster with birth dates and sex: excess deputies year by year to the deadline, who retires (Labour Code 2019 Art. 169), who needs another solution; the deputies listed in an appendix.",
    },
    input: "excess",
    orientation: "portrait",
    appendixOrientation: "landscape",
  },
  "tong-hop-ra-soat-cap-pho": {
    label: { vi: "Tổng hợp rà soát cấp phó của các cơ quan", en: "Deputy review, agencies consolidated" },
    description: {
      vi: "Từ biểu các cơ quan, đơn vị gửi về: cơ quan chưa tổng hợp được nêu trước; từng cơ quan với các đơn vị, định mức cấp phó theo quy định của cơ quan đó, số vượt, cảnh báo, dòng cộng; tổng cộng; phụ lục tình hình tiếp nhận biểu và phụ lục từng cơ quan.",
      en: "From the forms returned by agencies: the agencies missing named first; each agency with its units, the deputy cap under its own rules, excess, flags and a subtotal; the grand total; appendices of the files received and of each agency.",
    },
    input: "consolidation",
    orientation: "portrait",
    appendixOrientation: "landscape",
  },
};
