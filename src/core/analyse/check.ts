import type { Analysis, StaffingTable } from "../types";
import type { AnalyseOptions } from "./units";
import { combineParts, Evaluator, summaryOf, totals, unitTyper } from "./units";

/**
 * Review a table as it is: each unit (its parts combined) with its deputy cap, excess, ratios and
 * flags. Only the `before` side of the summary is filled.
 */
export function check(table: StaffingTable, opts: AnalyseOptions): Analysis {
  const evaluator = new Evaluator(table.sheet, "check", opts);
  const aggregates = combineParts(table.units);
  const typeOf = unitTyper(opts, table, aggregates, evaluator.log);
  const units = aggregates.map((agg) => evaluator.evaluate(agg, { unitType: typeOf(agg), mergedFrom: [] }));
  const { units: named, pools } = evaluator.conclude(table, units);
  return {
    mode: "check",
    date: opts.date,
    summary: summaryOf(totals(table.units), null),
    units: named,
    pools,
    removed: [],
    issues: evaluator.log.issues,
  };
}
