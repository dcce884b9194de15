/**
 * Proposals and plans side by side, for every front end: the proposals of a table, the plans a
 * comparison shows (at most {@link MAX_SCENARIOS}, named "Phương án n"), and the comparison report.
 */
import type { Analysis } from "../core/types";
import type { ProposeResult } from "../core/analyse/propose";
import { scenarioReport, type ReportDetails, type ReportDoc, type Scenario } from "../reports";

/** Plans one comparison shows at the most (one landscape page). */
export const MAX_SCENARIOS = 4;

/** The first proposals that merge something, as the plans of a comparison. */
export function proposalScenarios(result: ProposeResult): Scenario[] {
  return result.proposals
    .filter((p) => p.merges.length > 0)
    .slice(0, MAX_SCENARIOS)
    .map((p, i) => ({ name: `Phương án ${i + 1}`, analysis: p.analysis }));
}

/** "So sánh các phương án" of the proposals with the table as it is; undefined when none merges anything. */
export function proposalsReport(result: ProposeResult, details: ReportDetails): ReportDoc | undefined {
  const scenarios = proposalScenarios(result);
  return scenarios.length > 0 ? scenarioReport(scenarios, details, result.current) : undefined;
}

/** The analyses a comparison of proposals was made from (its "Nguồn số liệu"). */
export const proposalAnalyses = (result: ProposeResult): Analysis[] => [
  result.current,
  ...result.proposals.map((p) => p.analysis),
];
