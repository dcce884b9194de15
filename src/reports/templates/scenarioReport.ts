/**
 * "So sánh các phương án sắp xếp": two to four plans side by side, what each merges, which one the
 * rules favour, and proposals to fill. Landscape: ten columns of figures.
 */
import type { Analysis } from "../../core/types";
import { render, type Template } from "../render";
import type { Scenario } from "../scenarios";
import type { ReportDetails, ReportDoc } from "../types";
import { closing } from "./closing";

export const SCENARIO_REPORT: Template = {
  id: "so-sanh-phuong-an",
  sheetName: "So sánh phương án",
  orientation: "landscape",
  columns: [5, 34, 9, 9, 9, 10, 9, 10, 13, 14],
  blocks: [
    { kind: "header" },
    { kind: "title", title: "BÁO CÁO", subject: "So sánh các phương án sắp xếp tổ chức bộ máy" },
    { kind: "opening", what: "các phương án sắp xếp tổ chức bộ máy" },
    { kind: "heading", text: "SO SÁNH CÁC PHƯƠNG ÁN" },
    {
      kind: "scenarioTable",
      columns: [
        { field: "order", header: "STT", at: [1, 1] },
        { field: "name", header: "Phương án", at: [2, 2] },
        { field: "units", header: "Đầu mối", at: [3, 3] },
        { field: "heads", header: "Cấp trưởng", at: [4, 4] },
        { field: "deputies", header: "Cấp phó", at: [5, 5] },
        { field: "cap", header: "Định mức cấp phó", at: [6, 6] },
        { field: "excess", header: "Cấp phó dôi dư", at: [7, 7] },
        { field: "staff", header: "Biên chế", at: [8, 8] },
        { field: "belowMinimum", header: "Đơn vị dưới mức tối thiểu", at: [9, 9] },
        { field: "deadline", header: "Thời hạn giải quyết dôi dư", at: [10, 10] },
      ],
    },
    { kind: "heading", text: "NỘI DUNG TỪNG PHƯƠNG ÁN" },
    { kind: "scenarioLines" },
    ...closing({ assessment: { kind: "bestScenario" }, footnotes: true }),
  ],
};

/**
 * The comparison of `scenarios` (two to four plans of one body), with the present state first when
 * `current` (the table as it is, checked) is given.
 */
export function scenarioReport(
  scenarios: readonly Scenario[],
  details: ReportDetails,
  current?: Analysis,
): ReportDoc {
  if (scenarios.length === 0) throw new RangeError("the comparison needs at least one plan");
  return render(SCENARIO_REPORT, {
    style: details.style,
    details,
    analysis: (scenarios[0] as Scenario).analysis,
    scenarios,
    ...(current ? { current } : {}),
  });
}
