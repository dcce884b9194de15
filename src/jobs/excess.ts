/**
 * The excess deputies by name of a reviewed roster, for every front end: year by year from the
 * decision date, resolved by retirements (core/analyse/excessPlan, core/analyse/retirement).
 */
import { excessInput, excessPlan, type ExcessPlan } from "../core/analyse/excessPlan";
import type { Analysis, StaffingTable } from "../core/types";

/** Whether any unit or pooled group has deputies over its cap. */
export const hasExcess = (analysis: Analysis): boolean =>
  analysis.units.some((u) => u.excess > 0) || analysis.pools.some((p) => p.excess > 0);

/** The plan, or undefined when the table lists no people or no unit is over its cap. */
export function excessPlanOf(
  table: StaffingTable,
  analysis: Analysis,
  decisionDate: string,
): ExcessPlan | undefined {
  if (!table.people || !hasExcess(analysis)) return undefined;
  return excessPlan(excessInput(table, analysis, { decisionDate }));
}
