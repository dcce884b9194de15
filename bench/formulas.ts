/**
 * engine_vs_formulas: the per-unit counts done the way offices do them today, a roster sheet and a
 * per-unit sheet of COUNTIFS/SUMIFS formulas evaluated by a spreadsheet engine (HyperFormula),
 * against our reader and check on the same roster as an in-memory grid.
 */

import { HyperFormula, type Sheets } from "hyperformula";
import { check } from "../src/core/analyse";
import { readTable } from "../src/core/read";
import type { Roster } from "./data";
import { rosterGrid, rosterRows } from "./data";
import { log, median, timeSync } from "./measure";

export interface FormulasResult {
  persons: number;
  units: number;
  formulas: number;
  hfMs: number;
  engineMs: number;
  ratio: number;
}

/**
 * The workbook a user builds: "Danh sách" (the roster, plus the 0/1 helper column "Tính biên chế"
 * that SUMIFS adds up) and "Tổng hợp", one row per unit with COUNTIFS on the title and unit columns.
 */
export function formulaSheets(r: Roster): { sheets: Sheets; formulas: number } {
  // The roster holds only text, numbers and blanks.
  const rows = rosterRows(r).map((row) =>
    row.map((v) => (v === undefined ? null : v) as string | number | null),
  );
  const first = 6;
  const last = rows.length;
  (rows[3] as unknown[]).push("Tính biên chế");
  for (let i = first - 1; i < last; i++)
    (rows[i] as unknown[])[6] = r.people[i - first + 1]?.role === "contract" ? 0 : 1;
  const col = (c: string) => `'Danh sách'!$${c}$${first}:$${c}$${last}`;
  const unit = col("D");
  const title = col("C");
  const countTitle = (row: number, pattern: string) => `COUNTIFS(${unit},$A${row},${title},"${pattern}")`;
  const summary: (string | null)[][] = [
    ["Đơn vị", "Cấp trưởng", "Cấp phó", "Hợp đồng", "Biên chế", "Chuyên viên"],
  ];
  let formulas = 0;
  r.units.forEach((name, i) => {
    const row = i + 2;
    const heads = ["Trưởng*", "Chánh*", "Giám đốc*", "Chi cục trưởng*"].map((p) => countTitle(row, p));
    const deputies = ["Phó*", "PTP"].map((p) => countTitle(row, p));
    summary.push([
      name,
      `=${heads.join("+")}`,
      `=${deputies.join("+")}`,
      `=COUNTIFS(${unit},$A${row},${col("E")},"H*")`,
      `=SUMIFS(${col("G")},${unit},$A${row})`,
      `=E${row}-B${row}-C${row}`,
    ]);
    formulas += 5;
  });
  return { sheets: { "Danh sách": rows, "Tổng hợp": summary }, formulas };
}

export function engineVsFormulas(r: Roster, reps: { hf: number; engine: number }): FormulasResult {
  const { sheets, formulas } = formulaSheets(r);
  const hf: number[] = [];
  for (let k = 0; k < reps.hf; k++) {
    hf.push(
      timeSync(() => {
        // Build evaluates every formula; reading one back makes sure nothing is left lazy.
        const engine = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
        const id = engine.getSheetId("Tổng hợp") as number;
        engine.getSheetValues(id);
        engine.destroy();
      }),
    );
    log(`  HyperFormula run ${k + 1}/${reps.hf}: ${hf.at(-1)?.toFixed(0)} ms`);
  }
  const grid = rosterGrid(r);
  const ours: number[] = [];
  for (let k = 0; k < reps.engine; k++) {
    ours.push(
      timeSync(() => {
        const read = readTable(grid);
        if (!read.table) throw new Error("roster not read");
        check(read.table, { date: "2026-02-05" });
      }),
    );
  }
  log(`  engine on the same grid: ${ours.map((t) => t.toFixed(0)).join(", ")} ms`);
  const hfMs = median(hf);
  const engineMs = median(ours);
  return {
    persons: r.people.length,
    units: r.units.length,
    formulas,
    hfMs,
    engineMs,
    ratio: engineMs / hfMs,
  };
}
