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
  | "excess";

export interface TemplateInfo {
  label: { vi: string; en: string };
  description: { vi: string; en: string };
  input: TemplateInput;
  /** The report's body. */
  orientation: "portrait" | "landscape";
  /** The appendix's, where it differs from the body's. */
  appendixOrientation?: "landscape";
}

/** A template's name and description, from the message catalogue. */
const texts = (id: TemplateId): Pick<TemplateInfo, "label" | "description"> => ({
  label: REPORTS[`${id}.label`],
  description: REPORTS[`${id}.description`],
});

/** Every template, by id, in gallery order. */
export const TEMPLATES: Record<TemplateId, TemplateInfo> = {
  "ket-qua-sap-xep": {
    ...texts("ket-qua-sap-xep"),
    input: "merge-analysis",
    orientation: "portrait",
    appendixOrientation: "landscape",
  },
  "ra-soat-cap-pho": {
    ...texts("ra-soat-cap-pho"),
    input: "analysis",
    orientation: "portrait",
    appendixOrientation: "landscape",
  },
  "lo-trinh-tinh-gian": {
    ...texts("lo-trinh-tinh-gian"),
    input: "roadmap",
    orientation: "portrait",
  },
  "theo-doi-thi-diem": {
    ...texts("theo-doi-thi-diem"),
    input: "tracker",
    orientation: "landscape",
  },
  "bieu-don-vi": {
    ...texts("bieu-don-vi"),
    input: "none",
    orientation: "landscape",
  },
  "danh-sach-can-bo": {
    ...texts("danh-sach-can-bo"),
    input: "none",
    orientation: "landscape",
  },
  "so-sanh-phuong-an": {
    ...texts("so-sanh-phuong-an"),
    input: "scenarios",
    orientation: "landscape",
  },
  "lo-trinh-cap-pho-doi-du": {
    ...texts("lo-trinh-cap-pho-doi-du"),
    input: "excess",
    orientation: "portrait",
    appendixOrientation: "landscape",
  },
};
