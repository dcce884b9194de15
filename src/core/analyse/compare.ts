import type { Analysis, StaffingTable } from "../types";
import { textKey } from "../text/normalize";
import type { Aggregate, AnalyseOptions } from "./units";
import { beforeCounts, combineParts, Evaluator, qualifyNames, summaryOf, totals, unitTyper } from "./units";

/**
 * Compare a before table with an after table. The summary compares their totals; the units are
 * those of the after table (parts combined), each matched with its before counts: by name within
 * the same section, else by a name only one before unit has. Before units no after unit matched
 * are listed as removed.
 */
export function compare(before: StaffingTable, after: StaffingTable, opts: AnalyseOptions): Analysis {
  const evaluator = new Evaluator(after.sheet, "compare", opts);
  if (sameContent(before, after)) {
    evaluator.log.add({
      level: "error",
      code: "compare-same-table",
      params: { before: before.sheet, after: after.sheet },
    });
  }
  const beforeUnits = combineParts(before.units);
  const beforeByKey = new Map(beforeUnits.map((agg) => [agg.key, agg]));
  const byName = new Map<string, Aggregate[]>();
  for (const agg of beforeUnits) {
    const same = byName.get(textKey(agg.name));
    if (same) same.push(agg);
    else byName.set(textKey(agg.name), [agg]);
  }
  const afterUnits = combineParts(after.units);
  const matchedKeys = new Set<string>();
  // The after table's title names the body; else the before table's (the same body, restructured).
  const typeOf = unitTyper(
    opts,
    after.body ? after : { ...after, body: before.body },
    afterUnits,
    evaluator.log,
  );

  const units = afterUnits.map((agg) => {
    const sameName = byName.get(textKey(agg.name)) ?? [];
    const matched = beforeByKey.get(agg.key) ?? (sameName.length === 1 ? sameName[0] : undefined);
    if (matched) matchedKeys.add(matched.key);
    return evaluator.evaluate(agg, {
      unitType: typeOf(agg),
      mergedFrom: [],
      ...(matched ? { before: beforeCounts(matched) } : {}),
    });
  });
  const { units: named, pools } = evaluator.conclude(after, units);

  return {
    mode: "compare",
    date: opts.date,
    summary: summaryOf(totals(before.units), totals(after.units)),
    units: named,
    pools,
    removed: qualifyNames(beforeUnits.filter((agg) => !matchedKeys.has(agg.key))).map((agg) => ({
      name: agg.name,
    })),
    issues: evaluator.log.issues,
  };
}

/** Two tables with the same units and figures, row for row: the same table chosen twice. */
function sameContent(a: StaffingTable, b: StaffingTable): boolean {
  if (a === b) return true;
  if (a.units.length !== b.units.length || a.units.length === 0) return false;
  return a.units.every((u, i) => {
    const v = b.units[i];
    return (
      v !== undefined &&
      textKey(u.name) === textKey(v.name) &&
      (u.part ?? "") === (v.part ?? "") &&
      u.heads === v.heads &&
      u.deputies === v.deputies &&
      u.specialists === v.specialists &&
      u.staff === v.staff &&
      u.contract === v.contract
    );
  });
}
