/**
 * propose_500_units_ms: merger proposals for a province's 500 units (25 bodies of 20 phòng, about a
 * quarter below the minimum size), beside the plain check of the same table in the same run.
 */
import { check } from "../src/core/analyse";
import { propose } from "../src/core/analyse/propose";
import type { StaffingTable, Unit } from "../src/core/types";
import { median, timeSync } from "./measure";

export function provinceTable(bodies = 25, perBody = 20): StaffingTable {
  const units: Unit[] = [];
  for (let b = 0; b < bodies; b++)
    for (let i = 0; i < perBody; i++) {
      const deputies = 1 + ((i + b) % 3);
      const specialists = i % 7 === 3 ? 1 : 4 + ((i * 7 + b) % 9);
      units.push({
        name: `Phòng ${i + 1}`,
        block: `SỞ SỐ ${b + 1}`,
        heads: 1,
        deputies,
        specialists,
        staff: 1 + deputies + specialists,
        contract: 0,
        row: units.length + 2,
      });
    }
  return { sheet: "Tỉnh", kind: "units", columns: [], mapping: {}, headerRows: { first: 1, last: 1 }, units };
}

export function proposeTimes(reps: number): { proposeMs: number; checkMs: number; bounded: number } {
  const table = provinceTable();
  const opts = { date: "2026-02-05" };
  let bounded = 0;
  const proposeMs = median(
    Array.from({ length: reps }, () =>
      timeSync(() => {
        bounded = propose(table, opts).bounded.length;
      }),
    ),
  );
  const checkMs = median(Array.from({ length: reps }, () => timeSync(() => check(table, opts))));
  return { proposeMs, checkMs, bounded };
}
