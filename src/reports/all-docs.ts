/**
 * Every template in every style, rendered from the fixed inputs of ./fixtures: what the golden
 * files hold and what the property tests walk through. Pure.
 */
import { blankForm } from "./templates/blankForm";
import { deputyReview } from "./templates/deputyReview";
import { mergeReport } from "./templates/mergeReport";
import { pilotTracker } from "./templates/pilotTracker";
import { roadmap } from "./templates/roadmap";
import { scenarioReport } from "./templates/scenarioReport";
import { excessRoadmap } from "./templates/excessRoadmap";
import { consolidatedReview } from "./templates/consolidatedReview";
import {
  checkAnalysis,
  CONSOLIDATION,
  consolidationOf,
  consolidationReturns,
  communeAnalysis,
  communeCompareAnalysis,
  compareAnalysis,
  DETAILS,
  planAnalysis,
  ROADMAP_INPUT,
  SCENARIOS,
  EXCESS_PLAN,
  scenarioCurrent,
  TRACKER_INPUT,
} from "./fixtures";
import type { TemplateId } from "./render";
import type { ReportDoc, ReportStyle } from "./types";

export const STYLES: readonly ReportStyle[] = ["state", "party"];

/** The golden rendering of a template in a style. */
export function goldenDoc(id: TemplateId, style: ReportStyle): ReportDoc {
  const details = DETAILS[style];
  switch (id) {
    case "ket-qua-sap-xep":
      return mergeReport(compareAnalysis(), details);
    case "ra-soat-cap-pho":
      return deputyReview(checkAnalysis(), details);
    case "lo-trinh-tinh-gian":
      return roadmap(ROADMAP_INPUT, details);
    case "theo-doi-thi-diem":
      return pilotTracker(TRACKER_INPUT, details);
    case "bieu-don-vi":
      return blankForm("units", style);
    case "danh-sach-can-bo":
      return blankForm("roster", style);
    case "so-sanh-phuong-an":
      return scenarioReport(SCENARIOS(), details, scenarioCurrent());
    case "lo-trinh-cap-pho-doi-du":
      return excessRoadmap(EXCESS_PLAN(), planAnalysis(), details);
    case "tong-hop-ra-soat-cap-pho": {
      const { c, analysis } = CONSOLIDATION();
      return consolidatedReview(c, analysis, details);
    }
  }
}

/** Further variants the golden files do not hold: plan mode, blank roadmap and tracker. */
export function variantDocs(style: ReportStyle): [string, ReportDoc][] {
  const details = DETAILS[style];
  return [
    ["ket-qua-sap-xep (plan)", mergeReport(planAnalysis(), details)],
    ["ra-soat-cap-pho (plan)", deputyReview(planAnalysis(), details)],
    ["ra-soat-cap-pho (compare)", deputyReview(compareAnalysis(), details)],
    ["ra-soat-cap-pho (commune)", deputyReview(communeAnalysis(), details)],
    ["ket-qua-sap-xep (commune)", mergeReport(communeCompareAnalysis(), details)],
    [
      "lo-trinh-tinh-gian (blank)",
      roadmap({ baseYear: 2025, baseline: 52, targetRate: 0.1, profile: "CV31_2025" }, details),
    ],
    ["theo-doi-thi-diem (blank)", pilotTracker({ items: [] }, details)],
    ["tong-hop-ra-soat-cap-pho (complete)", consolidated(consolidationReturns(false).slice(0, 3), false)],
    ["tong-hop-ra-soat-cap-pho (later used)", consolidated(consolidationReturns(), true)],
    ["tong-hop-ra-soat-cap-pho (none counted)", consolidated(consolidationReturns().slice(3, 5), false)],
  ];
  function consolidated(returns: ReturnType<typeof consolidationReturns>, useLater: boolean): ReportDoc {
    const { c, analysis } = consolidationOf(returns, { useLater });
    return consolidatedReview(c, analysis, details);
  }
}
