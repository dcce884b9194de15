/**
 * Report templates as data and the pure renderer: Analysis (or a roadmap, a tracker, nothing for a
 * blank form) + report details → ReportDoc, which src/hosts writes into Excel or an .xlsx file.
 */
import { REPORTS } from "../core/messages";
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

/** Every template, by id, in gallery order; names and descriptions are in src/core/messages/reports.ts. */
export const TEMPLATES: Record<TemplateId, TemplateInfo> = {
  "ket-qua-sap-xep": {
    label: REPORTS["ket-qua-sap-xep.label"],
    description: REPORTS["ket-qua-sap-xep.description"],
    input: "merge-analysis",
    orientation: "portrait",
    appendixOrientation: "landscape",
  },
  "ra-soat-cap-pho": {
    label: REPORTS["ra-soat-cap-pho.label"],
    description: REPORTS["ra-soat-cap-pho.description"],
    input: "analysis",
    orientation: "portrait",
    appendixOrientation: "landscape",
  },
  "lo-trinh-tinh-gian": {
    label: REPORTS["lo-trinh-tinh-gian.label"],
    description: REPORTS["lo-trinh-tinh-gian.description"],
    input: "roadmap",
    orientation: "portrait",
  },
  "theo-doi-thi-diem": {
    label: REPORTS["theo-doi-thi-diem.label"],
    description: REPORTS["theo-doi-thi-diem.description"],
    input: "tracker",
    orientation: "landscape",
  },
  "bieu-don-vi": {
    label: REPORTS["bieu-don-vi.label"],
    description: REPORTS["bieu-don-vi.description"],
    input: "none",
    orientation: "landscape",
  },
  "danh-sach-can-bo": {
    label: REPORTS["danh-sach-can-bo.label"],
    description: REPORTS["danh-sach-can-bo.description"],
    input: "none",
    orientation: "landscape",
  },
  "so-sanh-phuong-an": {
    label: REPORTS["so-sanh-phuong-an.label"],
    description: REPORTS["so-sanh-phuong-an.description"],
    input: "scenarios",
    orientation: "landscape",
  },
  "lo-trinh-cap-pho-doi-du": {
    label: REPORTS["lo-trinh-cap-pho-doi-du.label"],
    description: REPORTS["lo-trinh-cap-pho-doi-du.description"],
    input: "excess",
    orientation: "portrait",
    appendixOrientation: "landscape",
  },
  "tong-hop-ra-soat-cap-pho": {
    label: REPORTS["tong-hop-ra-soat-cap-pho.label"],
    description: REPORTS["tong-hop-ra-soat-cap-pho.description"],
    input: "consolidation",
    orientation: "portrait",
    appendixOrientation: "landscape",
  },
};
