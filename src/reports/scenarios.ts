/**
 * "So sánh các phương án": two to four plans of one body side by side (issue 15), from the engine's
 * analysis of each plan. One row per plan (and the present state first when known): units, heads,
 * deputies kept, their cap, the excess, staff, units below the minimum, the earliest deadline.
 */
import type { Analysis } from "../core/types";
import { countText } from "./narrative";
import { need, type RenderState } from "./state";
import { dateCell, put, tableHeader, type HeaderColumn } from "./tables";

/** One plan: its name ("Phương án 1", a sheet's name) and the engine's analysis of it. */
export interface Scenario {
  name: string;
  analysis: Analysis;
}

/** What the comparison shows of one plan (or of the present state). */
export interface ScenarioFigures {
  units: number;
  heads: number;
  deputies: number;
  /** Sum of the units' caps (a pooled group's common cap counted once through its units). */
  cap: number;
  excess: number;
  staff: number;
  belowMinimum: number;
  /** The earliest date by which excess deputies must be resolved, when there are any. */
  deadline?: string;
}

export function scenarioFigures(a: Analysis): ScenarioFigures {
  const deadlines = [
    ...a.units.filter((u) => u.excess > 0).map((u) => u.deadline),
    ...a.pools.filter((p) => p.excess > 0).map((p) => p.deadline),
  ].filter((d): d is string => d !== undefined);
  const sum = (f: (u: Analysis["units"][number]) => number) => a.units.reduce((s, u) => s + f(u), 0);
  const deadline = deadlines.sort()[0];
  return {
    units: a.units.length,
    heads: sum((u) => u.heads),
    deputies: sum((u) => u.deputies),
    cap: sum((u) => u.cap ?? 0),
    excess: sum((u) => u.excess) + a.pools.reduce((s, p) => s + p.excess, 0),
    staff: sum((u) => u.staff),
    belowMinimum: a.units.filter((u) => u.flags.includes("below-minimum-size")).length,
    ...(deadline !== undefined ? { deadline } : {}),
  };
}

export type ScenarioField = keyof ScenarioFigures | "order" | "name";
export type ScenarioColumn = HeaderColumn & { field: ScenarioField };

/** The comparison table: the present state (when the context has it), then each plan. */
export function renderScenarioTable(st: RenderState, columns: readonly ScenarioColumn[]): void {
  const scenarios = need(st.ctx.scenarios, "the plans to compare");
  const { b } = st;
  // Two to five rows: a table that never continues on another page, so no print titles.
  tableHeader(st, columns);
  const rows: [string, ScenarioFigures][] = [
    ...(st.ctx.current ? [["Hiện trạng", scenarioFigures(st.ctx.current)] as [string, ScenarioFigures]] : []),
    ...scenarios.map((s) => [s.name, scenarioFigures(s.analysis)] as [string, ScenarioFigures]),
  ];
  rows.forEach(([name, f], i) => {
    const r = b.take();
    for (const c of columns) {
      switch (c.field) {
        case "order":
          put(st, r, c.at, { kind: "number", value: i + 1 }, "td.c");
          break;
        case "name":
          put(st, r, c.at, { kind: "text", text: name }, "td");
          break;
        case "deadline":
          put(st, r, c.at, dateCell(f.deadline), "td.d");
          break;
        default:
          put(st, r, c.at, { kind: "number", value: f[c.field] }, "td.n");
      }
    }
  });
  b.take();
}

/** "Phương án 1: Phòng Lưu trữ sáp nhập vào Phòng Tổ chức - Hành chính; …" for each plan. */
export function scenarioLines(scenarios: readonly Scenario[]): string[] {
  return scenarios.map(({ name, analysis }) => {
    const merges = analysis.units
      .filter((u) => u.mergedFrom.length > 0)
      .map((u) => `${u.mergedFrom.join(", ")} sáp nhập vào ${u.name}`);
    return `${name}: ${merges.length > 0 ? merges.join("; ") : "giữ nguyên các đơn vị"}.`;
  });
}

/**
 * Which plan the rules favour: fewest units below the minimum, then fewest excess deputies, then
 * fewest units; said as a sentence with the figures.
 */
export function bestScenarioSentence(scenarios: readonly Scenario[]): string {
  const scored = scenarios.map((s) => ({ s, f: scenarioFigures(s.analysis) }));
  const best = [...scored].sort(
    (a, b) => a.f.belowMinimum - b.f.belowMinimum || a.f.excess - b.f.excess || a.f.units - b.f.units,
  )[0];
  if (!best) return "";
  const below =
    best.f.belowMinimum === 0
      ? "không còn đơn vị nào dưới số biên chế tối thiểu"
      : `còn ${countText(best.f.belowMinimum)} đơn vị dưới số biên chế tối thiểu`;
  return `Theo quy định, ${best.s.name} có kết quả tốt nhất: ${below}, ${countText(best.f.units)} đầu mối, ${countText(best.f.excess)} cấp phó dôi dư so với định mức.`;
}
