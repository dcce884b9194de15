import type { Analysis, StaffingTable } from "../types";
import type { AnalyseOptions } from "./units";
import { beforeCounts, combineParts, effectiveType, Evaluator, summaryOf, totals } from "./units";

/**
 * Compare a before table with an after table. The summary compares their totals; the units are
 * those of the after table (parts combined), each matched by name with its before counts. Before
 * units with no same-named after unit are listed as removed.
 */
export function compare(before: StaffingTable, after: StaffingTable, opts: AnalyseOptions): Analysis {
  const evaluator = new Evaluator(after.sheet, "compare", opts);
  const beforeUnits = combineParts(before.units);
  const beforeByKey = new Map(beforeUnits.map((agg) => [agg.key, agg]));
  const afterUnits = combineParts(after.units);
  const afterKeys = new Set(afterUnits.map((agg) => agg.key));

  const units = afterUnits.map((agg) => {
    const matched = beforeByKey.get(agg.key);
    return evaluator.evaluate(agg, {
      unitType: effectiveType(agg, opts.unitType),
      mergedFrom: [],
      ...(matched ? { before: beforeCounts(matched) } : {}),
    });
  });
  evaluator.noteMissingQuota(after, units);

  return {
    mode: "compare",
    date: opts.date,
    summary: summaryOf(totals(before.units), totals(after.units)),
    units,
    removed: beforeUnits.filter((agg) => !afterKeys.has(agg.key)).map((agg) => ({ name: agg.name })),
    issues: evaluator.log.issues,
  };
}
