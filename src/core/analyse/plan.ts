/**
 * Plan mode (DESIGN §4.1): apply the `mergeInto` column of a table and show the day-one state.
 *
 * Rows (or parts) with the same target become one unit. Of the former heads one stays head; the
 * others and all deputies are kept as deputies (nobody is demoted by the merger itself); the cap
 * on the merged basis says how many must still go. Staff is unchanged by a merger alone.
 */
import { rowAddress } from "../address";
import { cleanText, textKey } from "../text/normalize";
import type { Analysis, StaffingTable, Unit, UnitResult, UnitType } from "../types";
import type { Aggregate, AnalyseOptions } from "./units";
import {
  beforeCounts,
  combineParts,
  Evaluator,
  keyOf,
  qualifyNames,
  resultTotals,
  sumRows,
  summaryOf,
  totals,
  unitKey,
  unitTyper,
} from "./units";

interface Group {
  key: string;
  /** Indices of the table rows in the group, in table order. */
  rows: number[];
}

export function plan(table: StaffingTable, opts: AnalyseOptions): Analysis {
  const evaluator = new Evaluator(table.sheet, "plan", opts);
  const log = evaluator.log;
  if (!table.mapping.mergeInto) {
    log.add({
      level: "error",
      code: "plan-without-merge-column",
      params: { sheet: table.sheet },
      cell: rowAddress(table.sheet, table.headerRows.first),
    });
  }
  const rows = table.units;
  const sources = combineParts(rows);
  const typeOf = unitTyper(opts, table, sources, log);
  const sourceByKey = new Map(sources.map((agg) => [agg.key, agg]));
  const rowKeys = rows.map(keyOf);
  const at = (i: number): Unit => rows[i] as Unit;
  const keyAt = (i: number): string => rowKeys[i] as string;

  // Row indices of each unit, in table order; the first is the unit's position.
  const rowsOf = new Map<string, number[]>();
  rowKeys.forEach((key, i) => {
    const list = rowsOf.get(key);
    if (list) list.push(i);
    else rowsOf.set(key, [i]);
  });
  const rowsOfKey = (key: string): number[] => rowsOf.get(key) ?? [];

  // A typed target names a unit: in the row's own block first, else the only unit of that name.
  const byName = new Map<string, string[]>();
  for (const source of sources) {
    const name = textKey(source.name);
    const keys = byName.get(name);
    if (keys) keys.push(source.key);
    else byName.set(name, [source.key]);
  }
  const resolve = (typed: string, unit: Unit): string => {
    const candidates = byName.get(textKey(typed)) ?? [];
    if (candidates.length <= 1) return candidates[0] ?? unitKey(typed);
    const own = unitKey(typed, unit.block);
    if (candidates.includes(own)) return own;
    log.add({
      level: "error",
      code: "merge-target-ambiguous",
      params: { unit: unit.name, target: typed, count: candidates.length },
      cell: rowAddress(table.sheet, unit.row),
    });
    return "";
  };

  // Direct target of each row: undefined when it stays (no target, or itself).
  const newNames = new Map<string, string>();
  const direct: (string | undefined)[] = rows.map((unit, i) => {
    const typed = unit.mergeInto === undefined ? "" : cleanText(unit.mergeInto);
    const target = typed === "" ? "" : resolve(typed, unit);
    if (target === "" || target === keyAt(i)) return undefined;
    if (!sourceByKey.has(target) && !newNames.has(target)) newNames.set(target, typed);
    return target;
  });
  const nameOf = (key: string): string => sourceByKey.get(key)?.name ?? newNames.get(key) ?? key;

  // Units that move whole to one target: the edges merge chains follow.
  const wholeNext = new Map<string, string>();
  for (const source of sources) {
    const targets = new Set(rowsOfKey(source.key).map((i) => direct[i] ?? source.key));
    const [only] = targets;
    if (targets.size === 1 && only !== undefined && only !== source.key) {
      wholeNext.set(source.key, only);
    }
  }

  // Cycles (A → B → A) are errors; their units stay unmerged.
  const state = new Map<string, "walking" | "done">();
  for (const source of sources) {
    const path: string[] = [];
    let cur: string | undefined = source.key;
    while (cur !== undefined && !state.has(cur)) {
      state.set(cur, "walking");
      path.push(cur);
      cur = wholeNext.get(cur);
    }
    if (cur !== undefined && state.get(cur) === "walking") {
      const cycle = path.slice(path.indexOf(cur));
      const names = [...cycle, cur].map(nameOf).join(" → ");
      const firstKey = cycle[0] as string;
      log.add({
        level: "error",
        code: "merge-cycle",
        params: { units: names },
        cell: rowAddress(table.sheet, sourceByKey.get(firstKey)?.row ?? 0),
      });
      for (const key of cycle) {
        wholeNext.delete(key);
        for (const i of rowsOfKey(key)) direct[i] = undefined;
      }
    }
    for (const key of path) state.set(key, "done");
  }

  // Where a chain starting at a unit ends (the graph has no cycles left); memoised.
  const ends = new Map<string, string>();
  function endOf(start: string): string {
    const path: string[] = [];
    let cur = start;
    let known = ends.get(cur);
    for (
      let next = wholeNext.get(cur);
      known === undefined && next !== undefined;
      next = wholeNext.get(cur)
    ) {
      path.push(cur);
      cur = next;
      known = ends.get(cur);
    }
    const end = known ?? cur;
    for (const key of path) ends.set(key, end);
    return end;
  }

  // Final target of each row, following chains; unknown targets become new units.
  const final: string[] = rows.map((unit, i) => {
    const own = keyAt(i);
    const target = direct[i];
    if (target === undefined) return own;
    if (!sourceByKey.has(target)) {
      log.add(
        {
          level: "info",
          code: "unknown-merge-target",
          params: { unit: nameOf(own), target: nameOf(target) },
          cell: rowAddress(table.sheet, unit.row),
        },
        `unknown-merge-target|${own}|${target}`,
      );
      return target;
    }
    const next = wholeNext.get(target);
    const end = endOf(target);
    if (next !== undefined) {
      log.add(
        {
          level: "warning",
          code: "merge-chain",
          params: { unit: nameOf(own), target: nameOf(target), next: nameOf(next), final: nameOf(end) },
          cell: rowAddress(table.sheet, unit.row),
        },
        `merge-chain|${own}|${target}`,
      );
    }
    return end;
  });

  // Groups, ordered by the position of their target (new units: of their first member).
  const groups = new Map<string, Group>();
  final.forEach((key, i) => {
    const group = groups.get(key);
    if (group) group.rows.push(i);
    else groups.set(key, { key, rows: [i] });
  });
  const position = (group: Group): [number, number] => {
    const own = rowsOf.get(group.key)?.[0];
    return own !== undefined ? [own, 0] : [group.rows[0] ?? 0, 1];
  };
  const ordered = [...groups.values()].sort((a, b) => {
    const [pa, na] = position(a);
    const [pb, nb] = position(b);
    return pa - pb || na - nb;
  });

  const { units, pools } = evaluator.conclude(
    table,
    ordered.map((group) => resultUnit(group)),
  );

  const removed = sources
    .filter((source) => !groups.has(source.key))
    .map((source) => {
      const into = [...new Set(rowsOfKey(source.key).map((i) => nameOf(final[i] as string)))];
      return {
        name: source.name,
        into: into.join("; "),
        ...(source.block ? { block: source.block } : {}),
      };
    });

  return {
    mode: "plan",
    date: opts.date,
    summary: summaryOf(totals(rows), resultTotals(units)),
    units,
    pools,
    removed: qualifyNames(removed),
    issues: log.issues,
  };

  function resultUnit(group: Group): UnitResult {
    const target = sourceByKey.get(group.key);
    const members = [...new Set(group.rows.map(keyAt))];
    const { row, section, block } = target ?? at(group.rows[0] ?? 0);
    const agg: Aggregate = sumRows(group.key, nameOf(group.key), group.rows.map(at), {
      row,
      ...(section !== undefined ? { section } : {}),
      ...(block !== undefined ? { block } : {}),
    });
    const merged = members.length >= 2;
    if (merged && agg.heads > 1) {
      agg.deputies += agg.heads - 1;
      agg.heads = 1;
    }
    const unitType: UnitType = target
      ? typeOf(target)
      : typeOf({ ...agg, unitType: undefined } as Aggregate, () => mostCommonType(members));
    agg.unitType = unitType;
    return evaluator.evaluate(agg, {
      unitType,
      mergedFrom: members.filter((key) => key !== group.key).map(nameOf),
      ...(merged ? { mergedCount: members.length } : {}),
      ...(target ? { before: beforeCounts(target) } : {}),
    });
  }

  function mostCommonType(members: readonly string[]): UnitType {
    const counts = new Map<UnitType, number>();
    let best: UnitType = "phong";
    let bestCount = 0;
    for (const key of members) {
      const source = sourceByKey.get(key);
      if (!source) continue;
      const type = typeOf(source);
      const count = (counts.get(type) ?? 0) + 1;
      counts.set(type, count);
      if (count > bestCount) {
        best = type;
        bestCount = count;
      }
    }
    return best;
  }
}
